/*
 * facts.c: what the suggestion rules (rules.c) need to know about a live
 * record: counts read (never written) from the owning areas' tables.
 */
#include "portfolio.h"
#include "feedback/feedback.h"
#include "core/db.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum facts_stmt {
	ST_PLAN,
	ST_KPI,
	ST_ACTION,
	ST_MEETING,
	ST_COMPLAINT,
	ST_CHECKLIST,
	ST__COUNT
};
static const char *const facts_sql[ST__COUNT] = {
	[ST_PLAN] = "SELECT (SELECT count(*) FROM plan_objectives WHERE plan_id = p.id), "
	            "(SELECT count(*) FROM plan_objectives WHERE plan_id = p.id AND target IS NOT NULL "
	            "  AND (measure <> '' OR kpi_id IS NOT NULL)), "
	            "(SELECT count(*) FROM plan_milestones WHERE plan_id = p.id), "
	            "(SELECT count(*) FROM plan_resources WHERE plan_id = p.id), "
	            "(SELECT count(*) FROM plan_risks WHERE plan_id = p.id), "
	            "(SELECT count(*) FROM plan_risks WHERE plan_id = p.id AND length(trim(contingency)) > 0), "
	            "p.contingency <> '', "
	            "(SELECT count(*) FROM plan_stakeholders WHERE plan_id = p.id), "
	            "EXISTS (SELECT 1 FROM plan_reviews WHERE plan_id = p.id) FROM plans p WHERE p.id = ?",
	[ST_KPI] = "SELECT (SELECT count(*) FROM kpi_results WHERE kpi_id = k.id), "
	           "(SELECT count(*) FROM kpi_results WHERE kpi_id = k.id AND rag = 'red'), "
	           "(SELECT count(*) FROM actions a JOIN kpi_results r ON r.id = a.source_id "
	           "  WHERE a.source_type = 'kpi_result' AND r.kpi_id = k.id) FROM kpis k WHERE k.id = ?",
	[ST_ACTION] = "SELECT root_cause <> '', review <> '' AND result <> '', steps <> '' FROM actions WHERE id = ?",
	[ST_MEETING] = "SELECT decisions <> '', (SELECT count(*) FROM actions x WHERE x.source_type = 'meeting' "
	               "AND x.source_id = m.id) FROM meetings m WHERE m.id = ?",
	[ST_COMPLAINT] = "SELECT root_cause <> '', why_1 <> '', status = 'closed', "
	                 "(SELECT count(*) FROM actions x WHERE x.source_type = 'complaint' "
	                 "AND x.source_id = c.id) FROM complaints c WHERE c.id = ?",
	[ST_CHECKLIST] = "SELECT (SELECT count(*) FROM checklist_answers x WHERE x.run_id = r.id AND x.outcome = 'fail'), "
	                 "(SELECT count(*) FROM checklist_answers x WHERE x.run_id = r.id AND x.outcome = 'fail' "
	                 "  AND (x.justification <> '' OR EXISTS (SELECT 1 FROM actions a "
	                 "  WHERE a.source_type = 'checklist_item' AND a.source_id = x.id))), "
	                 "r.status = 'signed_off', "
	                 "(SELECT count(*) FROM actions a JOIN checklist_answers x ON x.id = a.source_id "
	                 "  WHERE a.source_type = 'checklist_item' AND x.run_id = r.id) "
	                 "FROM checklist_runs r WHERE r.id = ?",
};
static sqlite3_stmt *facts_cache[ST__COUNT];
static struct sql_table facts_table = { facts_sql, ST__COUNT, facts_cache, NULL };

/* Reads the row of statement which for id into n ints; returns 0, 1 when
 * there is no row, -1 on error. */
static int read_counts(enum facts_stmt which, long long id, int *const *into, int n)
{
	sqlite3_stmt *st = db_stmt(&facts_table, which);
	int found = db_row_by_id(st, id);
	if (found <= 0)
		return found < 0 ? -1 : 1;
	for (int i = 0; i < n; i++)
		*into[i] = sqlite3_column_int(st, i);
	sqlite3_reset(st);
	return 0;
}

/* See portfolio.h. */
int portfolio_plan_facts(long long id, struct portfolio_facts *f)
{
	int *const into[] = { &f->objectives, &f->measurable_objectives, &f->milestones, &f->resources,
	                      &f->risks, &f->risks_with_contingency, &f->general_contingency,
	                      &f->stakeholders, &f->reviewed };
	return read_counts(ST_PLAN, id, into, 9);
}

/* See portfolio.h. */
int portfolio_kpi_facts(long long id, struct portfolio_facts *f)
{
	int *const into[] = { &f->results, &f->red_results, &f->actions_raised };
	return read_counts(ST_KPI, id, into, 3);
}

/* See portfolio.h. */
int portfolio_action_facts(long long id, struct portfolio_facts *f)
{
	int *const into[] = { &f->root_cause, &f->review, &f->steps };
	return read_counts(ST_ACTION, id, into, 3);
}

/* See portfolio.h. */
int portfolio_meeting_facts(long long id, struct portfolio_facts *f)
{
	int *const into[] = { &f->decisions, &f->actions_raised };
	return read_counts(ST_MEETING, id, into, 2);
}

/* See portfolio.h. */
int portfolio_complaint_facts(long long id, struct portfolio_facts *f)
{
	int *const into[] = { &f->root_cause, &f->whys, &f->closed, &f->actions_raised };
	return read_counts(ST_COMPLAINT, id, into, 4);
}

/* See portfolio.h. */
int portfolio_checklist_facts(long long id, struct portfolio_facts *f)
{
	int *const into[] = { &f->failed_items, &f->failures_answered, &f->signed_off, &f->actions_raised };
	return read_counts(ST_CHECKLIST, id, into, 4);
}

/* See portfolio.h: id is YYYYMM. */
int portfolio_feedback_facts(long long id, struct portfolio_facts *f)
{
	char from[11], to[11];
	double csat, nps;
	if (id < 200001 || id > 299912)
		return 1;
	snprintf(from, sizeof from, "%04d-%02d-01", (int)(id / 100), (int)(id % 100) % 100);
	if (date_add_months(from, 1, to) == NULL || date_add_days(to, -1, to) == NULL)
		return 1;
	if (feedback_scores(from, to, &csat, &nps, &f->responses) != 0)
		return -1;
	return 0;
}
