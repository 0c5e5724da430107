/*
 * demo.c: the demo portfolio. The demo manager is enrolled on all five
 * units of the built-in qualification, assessed by the demo assessor and
 * quality assured by the demo IQA. Their evidence is the demo's real
 * records (a service plan, a KPI with results, an action with its root
 * cause and review, meeting minutes, a month's feedback analysis), two
 * reflective accounts and one signed witness testimony. Unit 000 was
 * submitted and assessed (one criterion referred, sampled for the IQA);
 * unit 001 waits for the assessor.
 */
#include "portfolio.h"
#include "submit.h"
#include "demo.h"
#include "core/db.h"

#include <stdio.h>

/* The rows, in SQL; the records are found by what the other areas' demos wrote. */
static const char demo_sql[] =
	"INSERT INTO pf_learners (learner_id, assessor_id, iqa_id, started_on, planned_end, created_at, updated_at) "
	"VALUES (" DEMO_USER("manager") ", " DEMO_USER("assessor") ", " DEMO_USER("iqa") ", " DEMO_DAY("-120") ", "
	DEMO_DAY("+240") ", " DEMO_AGO("120") ", " DEMO_AGO("120") ");"
	"INSERT INTO pf_enrolments (learner_id, unit_id, enrolled_at) SELECT " DEMO_USER("manager") ", id, " DEMO_AGO("120") " FROM pf_units;"
	"INSERT INTO pf_sampling_rates (assessor_id, rate_percent, set_by, set_at) VALUES (" DEMO_USER("assessor") ", 100, "
	DEMO_USER("admin") ", " DEMO_AGO("120") ");"
	/* product evidence from the demo's own records */
	"INSERT INTO pf_evidence (learner_id, kind, title, record_id, author_id, created_at, updated_at) "
	"SELECT " DEMO_USER("manager") ", 'plan', title, id, " DEMO_USER("manager") ", " DEMO_AGO("60") ", " DEMO_AGO("60") " FROM plans ORDER BY id LIMIT 1;"
	"INSERT INTO pf_evidence (learner_id, kind, title, record_id, author_id, created_at, updated_at) "
	"SELECT " DEMO_USER("manager") ", 'kpi', name, id, " DEMO_USER("manager") ", " DEMO_AGO("58") ", " DEMO_AGO("58") " FROM kpis ORDER BY id LIMIT 1;"
	"INSERT INTO pf_evidence (learner_id, kind, title, record_id, author_id, created_at, updated_at) "
	"SELECT " DEMO_USER("manager") ", 'action', title, id, " DEMO_USER("manager") ", " DEMO_AGO("55") ", " DEMO_AGO("55") " FROM actions "
	"ORDER BY (status = 'closed') DESC, id LIMIT 1;"
	"INSERT INTO pf_evidence (learner_id, kind, title, record_id, author_id, created_at, updated_at) "
	"SELECT " DEMO_USER("manager") ", 'meeting', title, id, " DEMO_USER("manager") ", " DEMO_AGO("50") ", " DEMO_AGO("50") " FROM meetings ORDER BY id LIMIT 1;"
	"INSERT INTO pf_evidence (learner_id, kind, title, record_id, author_id, created_at, updated_at) "
	"SELECT " DEMO_USER("manager") ", 'feedback', 'Customer feedback, last month', "
	"CAST(strftime('%Y%m', 'now', 'start of month', '-1 month') AS INTEGER), " DEMO_USER("manager") ", " DEMO_AGO("20") ", " DEMO_AGO("20") ";"
	"INSERT INTO pf_evidence (learner_id, kind, title, happened, did, why, result, differently, author_id, created_at, updated_at) VALUES "
	"(" DEMO_USER("manager") ", 'reflection', 'Bringing the phone queue back under control', "
	"'In the autumn our calls answered within 20 seconds fell below target for three weeks running after a billing mailing.', "
	"'I raised a corrective action, traced the cause with the team (the forecast ignored mailings) and re-planned the rota for mailing weeks.', "
	"'A fix without a cause would only have moved the queue to another week; the team knew where the forecast went wrong.', "
	"'The KPI was back above target within a month and abandoned calls halved.', "
	"'I would agree mailing dates with billing before the rota is published rather than react afterwards.', "
	DEMO_USER("manager") ", " DEMO_AGO("40") ", " DEMO_AGO("40") "),"
	"(" DEMO_USER("manager") ", 'reflection', 'Coaching a new team leader through a complaint', "
	"'A customer escalated a repeated billing error to me after two calls had not resolved it.', "
	"'I listened with Amy, apologised, took ownership of the fix and agreed a call-back time that we kept.', "
	"'The HEAT approach keeps the customer at the centre and shows a new team leader how ownership sounds.', "
	"'The customer stayed with us and Amy handled the next escalation alone.', "
	"'I would record the complaint as a case from the first call so the pattern is visible sooner.', "
	DEMO_USER("manager") ", " DEMO_AGO("30") ", " DEMO_AGO("30") ");"
	"INSERT INTO pf_evidence (learner_id, kind, title, author_id, created_at, updated_at) VALUES "
	"(" DEMO_USER("manager") ", 'witness', 'Testimony from Amy Clarke on the winter planning', " DEMO_USER("manager") ", " DEMO_AGO("35") ", " DEMO_AGO("35") ");"
	"INSERT INTO pf_witness (evidence_id, witness_id, asked, statement, signed_name, signed_at) VALUES "
	"(last_insert_rowid(), " DEMO_USER("staff1") ", 'Please confirm how Daniel involved the team leaders in the winter service plan.', "
	"'Daniel ran two planning sessions with the team leaders, shared the draft objectives and changed the staffing plan after our comments on the Monday peaks.', "
	"'Amy Clarke', " DEMO_AGO("33") ");"
	/* mappings, each with a sentence */
	"INSERT INTO pf_mappings (evidence_id, criterion_id, rationale, created_at) "
	"SELECT e.id, c.id, CASE e.kind "
	"  WHEN 'plan' THEN 'The plan sets measurable objectives with milestones, resources and contingencies.' "
	"  WHEN 'kpi' THEN 'The KPI shows monthly results against target and the actions raised from red ones.' "
	"  WHEN 'action' THEN 'The action records the root cause, the steps taken and the measured result.' "
	"  WHEN 'meeting' THEN 'The minutes show the team involved in deciding the improvement.' "
	"  WHEN 'feedback' THEN 'The month''s CSAT and NPS are the customer feedback the service is measured by.' "
	"  WHEN 'witness' THEN 'The team leader confirms how the plan was built with the team.' "
	"  ELSE 'My reflection explains what I did, why, and what I would change.' END, " DEMO_AGO("25") " "
	"FROM pf_evidence e JOIN pf_criteria c JOIN pf_units u ON u.id = c.unit_id "
	"WHERE e.learner_id = " DEMO_USER("manager") " AND u.code IN ('000', '001') AND ("
	"  (e.kind = 'plan' AND c.ref IN ('000.1', '001.4', '001.2')) OR (e.kind = 'kpi' AND c.ref IN ('000.2', '001.3')) OR "
	"  (e.kind = 'action' AND c.ref IN ('000.3', '000.2', '001.6')) OR (e.kind = 'meeting' AND c.ref IN ('001.5')) OR "
	"  (e.kind = 'feedback' AND c.ref IN ('000.K1')) OR (e.kind = 'witness' AND c.ref IN ('001.5', '000.K4')) OR "
	"  (e.kind = 'reflection' AND c.ref IN ('000.4', '000.K2', '001.K4')));";

/* Unit 000's assessment: decisions, feedback, signature; one referred. */
static const char assessed_sql[] =
	"INSERT INTO pf_decisions (submission_id, criterion_id, outcome, comment, assessor_id, decided_at) "
	"SELECT ?1, c.id, CASE WHEN c.ref = '000.4' THEN 'not_yet' ELSE 'met' END, "
	"CASE WHEN c.ref = '000.4' THEN 'The reflection names the business goal but gives no measure of it: add the retention or cost figures.' ELSE '' END, "
	DEMO_USER("assessor") ", " DEMO_AGO("10") " FROM pf_criteria c JOIN pf_units u ON u.id = c.unit_id "
	"WHERE u.code = '000' AND c.ref IN ('000.1', '000.2', '000.3', '000.4', '000.K1');"
	"UPDATE pf_submissions SET status = 'assessed', assessor_id = " DEMO_USER("assessor") ", assessed_at = " DEMO_AGO("10") ", "
	"signed_name = 'Margaret Ellis', sampled = 1, feedback = 'Strong plan-do-review evidence. 000.4 is referred: show how the "
	"improvement links to a measured business goal.' WHERE id = ?1;";

/* Submits the demo manager's unit code at the given time; SQLITE_OK or error. */
static int submit_unit(const char *code, const char *ago_sql, long long *submission)
{
	sqlite3_stmt *st;
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT " DEMO_USER("manager") ", (SELECT id FROM pf_units WHERE code = '%s'), %s", code, ago_sql);
	if (sqlite3_prepare_v2(db_get(), sql, -1, &st, NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	int rc = SQLITE_ERROR;
	if (sqlite3_step(st) == SQLITE_ROW) {
		struct portfolio_submit s = { NULL, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
		                              (const char *)sqlite3_column_text(st, 2), 0, 0, NULL };
		rc = portfolio_write_submission(&s);
		*submission = s.submission_id;
	}
	sqlite3_finalize(st);
	return rc;
}

/* See portfolio.h. */
int portfolio_demo_write(void)
{
	const char *problem;
	long long first, second;
	int rc = portfolio_load_builtin("customer-service-operations.txt", &problem);
	if (rc != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: the built-in qualification: %s\n", problem ? problem : "");
		return rc;
	}
	if ((rc = db_exec(db_get(), demo_sql)) != SQLITE_OK ||
	    (rc = submit_unit("000", DEMO_AGO("14"), &first)) != SQLITE_OK)
		return rc;
	char *script = sqlite3_mprintf("%s", assessed_sql);
	const char *tail = script;
	while (rc == SQLITE_OK && tail && *tail) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(db_get(), tail, -1, &st, &tail) != SQLITE_OK) {
			rc = SQLITE_ERROR;
			break;
		}
		if (st == NULL)
			break;
		sqlite3_bind_int64(st, 1, first);
		rc = db_exec_stmt(st);
		sqlite3_finalize(st);
	}
	sqlite3_free(script);
	if (rc != SQLITE_OK)
		return rc;
	return submit_unit("001", DEMO_AGO("3"), &second);
}
