/*
 * dashboard.c: the compliance dashboard: each template's latest score and
 * RAG per team, the monthly trend (SVG with its table), the checks overdue
 * or missed, and the open actions raised from failed items. The body is
 * built once per worker and kept (core/fragment.c) until the database
 * changes or the day does.
 *
 * Page: GET /checklists/dashboard?template=
 */
#include "checklists.h"
#include "rules.h"
#include "schedules.h"
#include "core/action.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/chart.h"
#include "core/db.h"
#include "core/fragment.h"
#include "core/options.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TREND_MONTHS 12

enum dash_stmt { ST_LATEST, ST_TREND, ST_ACTIONS, ST_TEMPLATES, ST_WAITING, ST_OPEN_ACTIONS, ST_PASS_MARK, ST__COUNT };
static const char *const dash_sql[ST__COUNT] = {
	[ST_LATEST] =
		"SELECT l.template_id, v.title, coalesce(t.name, ''), l.id, l.score, l.rag, l.started_at, l.status "
		"FROM (SELECT r.*, row_number() OVER (PARTITION BY r.template_id, r.team_id "
		"      ORDER BY r.started_at DESC, r.id DESC) AS n FROM checklist_runs r "
		"      WHERE r.status <> 'in_progress' AND r.superseded_by IS NULL AND (?1 = 0 OR r.template_id = ?1)) l "
		"JOIN checklist_templates ct ON ct.id = l.template_id "
		"JOIN checklist_versions v ON v.template_id = ct.id AND v.version = ct.current_version "
		"LEFT JOIN teams t ON t.id = l.team_id WHERE l.n = 1 "
		"ORDER BY v.title COLLATE NOCASE, t.name LIMIT 1000",
	[ST_TREND] =
		"SELECT substr(started_at, 1, 7), avg(score), count(*), sum(rag = 'red') FROM checklist_runs "
		"WHERE status <> 'in_progress' AND superseded_by IS NULL AND score IS NOT NULL "
		"AND started_at >= ?2 AND (?1 = 0 OR template_id = ?1) GROUP BY 1 ORDER BY 1",
	[ST_ACTIONS] =
		"SELECT a.id, a.title, a.status, a.due_date, coalesce(u.display_name, ''), r.id, v.title "
		"FROM actions a JOIN checklist_answers x ON x.id = a.source_id JOIN checklist_runs r ON r.id = x.run_id "
		"JOIN checklist_versions v ON v.id = r.version_id LEFT JOIN users u ON u.id = a.owner_id "
		"WHERE a.source_type = 'checklist_item' AND a.status IN ('open', 'in_progress') "
		"AND (?1 = 0 OR r.template_id = ?1) ORDER BY a.due_date, a.id LIMIT 20",
	[ST_TEMPLATES] =
		"SELECT t.id, v.title FROM checklist_templates t JOIN checklist_versions v ON v.template_id = t.id "
		"AND v.version = t.current_version WHERE t.archived = 0 ORDER BY v.title COLLATE NOCASE LIMIT 500",
	[ST_WAITING] = "SELECT count(*) FROM checklist_runs WHERE status = 'submitted' AND superseded_by IS NULL",
	[ST_OPEN_ACTIONS] =
		"SELECT count(*) FROM actions a JOIN checklist_answers x ON x.id = a.source_id "
		"JOIN checklist_runs r ON r.id = x.run_id WHERE a.source_type = 'checklist_item' "
		"AND a.status IN ('open', 'in_progress') AND (?1 = 0 OR r.template_id = ?1)",
	[ST_PASS_MARK] =
		"SELECT v.pass_mark FROM checklist_templates t JOIN checklist_versions v ON v.template_id = t.id "
		"AND v.version = t.current_version WHERE t.id = ?",
};
static sqlite3_stmt *dash_cache[ST__COUNT];
static struct sql_table dash_table = { dash_sql, ST__COUNT, dash_cache, NULL };

/* What the dashboard's builder needs. */
struct dash_ctx {
	struct request *rq;
	long long template_id;
};

/* Adds the latest run per template and team; returns the count or -1. */
static int add_latest(struct request *rq, tpl_dict *d, long long template_id)
{
	sqlite3_stmt *st = db_stmt(&dash_table, ST_LATEST);
	int n = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, template_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "LATEST");
		char day[11], words[12];
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "TEMPLATE_ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TEMPLATE", db_text(st, 1));
		tpl_set(row, "TEAM", db_text(st, 2)[0] ? db_text(st, 2) : "no team");
		tpl_set_int(row, "RUN_ID", sqlite3_column_int64(st, 3));
		tpl_set(row, "SCORE", sqlite3_column_type(st, 4) == SQLITE_NULL ? "not scored"
		        : arena_printf(&rq->arena, "%.1f%%", sqlite3_column_double(st, 4)));
		tpl_set(row, "RAG", db_text(st, 5)[0] ? db_text(st, 5) : "none");
		tpl_set(row, "RAG_LABEL", options_label(checklist_rags, checklist_rag_labels, db_text(st, 5)));
		snprintf(day, sizeof day, "%.10s", db_text(st, 6));
		tpl_set(row, "AT", date_in_words(day, words) ? words : day);
		tpl_show_if(row, "WAITING", strcmp(db_text(st, 7), "submitted") == 0);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* The pass mark of a template's current version (0 when none). */
static int pass_mark_of(long long template_id)
{
	sqlite3_stmt *st = db_stmt(&dash_table, ST_PASS_MARK);
	int mark = 0;
	if (db_row_by_id(st, template_id) == 1) {
		mark = sqlite3_column_int(st, 0);
		sqlite3_reset(st);
	}
	return mark;
}

/* Draws the monthly trend of average scores, with its table; returns the
 * number of months with runs, or -1. */
static int add_trend(struct request *rq, tpl_dict *d, long long template_id)
{
	char today[11], from[11];
	struct chart_point points[TREND_MONTHS];
	today_london(today);
	snprintf(from, sizeof from, "%.8s01", today);
	date_add_months(from, -(TREND_MONTHS - 1), from);
	for (int i = 0; i < TREND_MONTHS; i++) {
		char month[11], words[12];
		date_add_months(from, i, month);
		points[i].label = arena_printf(&rq->arena, "%s %.4s", month_abbrs[atoi(month + 5)], month);
		points[i].value = 0;
		points[i].mark = points[i].mark_label = NULL;
		points[i].missing = 1;
		(void)words;
	}
	sqlite3_stmt *st = db_stmt(&dash_table, ST_TREND);
	int months = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, template_id);
	sqlite3_bind_text(st, 2, from, -1, SQLITE_TRANSIENT);
	while (db_step_row(st, &rc)) {
		const char *ym = db_text(st, 0);
		for (int i = 0; i < TREND_MONTHS; i++) {
			char month[11];
			date_add_months(from, i, month);
			if (strncmp(month, ym, 7) != 0)
				continue;
			points[i].value = round(sqlite3_column_double(st, 1) * 10) / 10;   /* one decimal, as elsewhere */
			points[i].missing = 0;
			long long reds = sqlite3_column_int64(st, 3);
			if (reds) {
				points[i].mark = "red";
				points[i].mark_label = arena_printf(&rq->arena, "%lld of %lld runs red", reds,
				                                    sqlite3_column_int64(st, 2));
			}
			months++;
		}
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	int mark = template_id ? pass_mark_of(template_id) : 0;
	struct chart c = { .title = "Average checklist score by month", .unit = "%", .points = points,
	                   .count = TREND_MONTHS, .has_target = mark > 0, .target = mark, .fixed_range = 1,
	                   .lo = 0, .hi = 100, .described = 1 };
	struct buf b = { 0 };
	int ok = chart_svg(&b, &c) == 0 && chart_table(&b, &c, "Average score of the runs of each month") == 0;
	if (ok)
		tpl_set(d, "TREND", b.data);
	buf_free(&b);
	return ok ? months : -1;
}

/* Adds the open actions raised from failed items; returns the count or -1. */
static int add_actions(struct request *rq, tpl_dict *d, long long template_id)
{
	sqlite3_stmt *st = db_stmt(&dash_table, ST_ACTIONS);
	char today[11];
	int n = 0, rc;
	if (st == NULL)
		return -1;
	today_london(today);
	sqlite3_bind_int64(st, 1, template_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "OPEN_ACTION");
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "ACTION_ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "ACTION_TITLE", db_text(st, 1));
		tpl_set(row, "ACTION_STATUS", options_label(action_statuses, action_status_labels, db_text(st, 2)));
		tpl_set(row, "ACTION_DUE", db_text(st, 3));
		tpl_set(row, "ACTION_OWNER", db_text(st, 4)[0] ? db_text(st, 4) : "nobody yet");
		tpl_show_if(row, "ACTION_OVERDUE", action_is_overdue(db_text(st, 2), db_text(st, 3), today));
		tpl_set_int(row, "RUN_ID", sqlite3_column_int64(st, 5));
		tpl_set(row, "TEMPLATE", db_text(st, 6));
	}
	sqlite3_reset(st);
	(void)rq;
	return db_rows_failed(rc) ? -1 : n;
}

/* Sets the headline figures (the open actions of the template filter,
 * shown is how many of them the list holds). Returns 0 or -1. */
static int add_figures(tpl_dict *d, long long template_id, int shown)
{
	long long overdue, missed, waiting = 0, actions = 0;
	sqlite3_stmt *st = db_stmt(&dash_table, ST_WAITING);
	if (st == NULL || checklist_schedule_counts(&overdue, &missed) != 0)
		return -1;
	if (db_count(st, &waiting) != 0)
		return -1;
	if ((st = db_stmt(&dash_table, ST_OPEN_ACTIONS)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, template_id);
	if (db_count(st, &actions) != 0)
		return -1;
	tpl_show_if(d, "MORE_ACTIONS", actions > shown);
	tpl_set_int(d, "OVERDUE_COUNT", overdue);
	tpl_set_int(d, "MISSED_COUNT", missed);
	tpl_set_int(d, "WAITING_COUNT", waiting);
	tpl_set_int(d, "ACTION_COUNT", actions);
	return 0;
}

/* Builds the dashboard's body (a fragment_builder). */
static int build_body(void *vctx, char **html, size_t *len, long long *count)
{
	struct dash_ctx *c = vctx;
	struct request *rq = c->rq;
	tpl_dict *d = tpl_dict_new();
	int rc = -1, latest = -1, actions, trend, late;
	if (d && (latest = add_latest(rq, d, c->template_id)) >= 0 && (trend = add_trend(rq, d, c->template_id)) >= 0 &&
	    (actions = add_actions(rq, d, c->template_id)) >= 0 &&
	    (late = checklist_add_due_rows(rq, d, "LATE", CHECKLIST_SCOPE_ALL, -1, 1)) >= 0 && add_figures(d, c->template_id, actions) == 0 &&
	    options_from_stmt(d, "TEMPLATE_OPTION", db_stmt(&dash_table, ST_TEMPLATES), c->template_id) >= 0) {
		tpl_show_if(d, latest ? "HAS_LATEST" : "NO_LATEST", 1);
		tpl_show_if(d, trend ? "HAS_TREND" : "NO_TREND", 1);
		tpl_show_if(d, actions ? "HAS_ACTIONS" : "NO_ACTIONS", 1);
		tpl_show_if(d, late ? "HAS_LATE" : "NO_LATE", 1);
		rc = tpl_expand("checklists/dashboard_body.tpl", d, html, len);
	}
	if (d)
		tpl_dict_free(d);
	*count = latest;
	return rc;
}

/* GET /checklists/dashboard */
int checklist_dashboard_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct dash_ctx c = { rq, f->values[CHECKLIST_LIST_TEMPLATE].present ? f->values[CHECKLIST_LIST_TEMPLATE].number : 0 };
	char today[11], key[64];
	struct page p;
	snprintf(key, sizeof key, "checklists/dashboard/%s/%lld", today_london(today), c.template_id);
	const struct fragment *body = fragment_get(key, build_body, &c);
	if (body == NULL || page_begin(&p, rq, rs, "Compliance dashboard", "checklists/dashboard.tpl") != 0)
		return -1;
	tpl_set(p.content, "BODY", body->data);
	tpl_show_if(p.content, "CAN_MANAGE", (rq->session->roles & ROLE_MANAGER) != 0);
	return page_finish(&p, rs);
}
