/*
 * panel.c: the home page's portfolio panels: an assessor's submissions
 * waiting for a decision and an IQA's sampled decisions waiting for a
 * review, oldest first (home/home.c calls portfolio_home_panel).
 */
#include "portfolio.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"

enum panel_stmt {
	ST_TO_ASSESS,
	ST_TO_REVIEW,
	ST__COUNT
};
static const char *const panel_sql[ST__COUNT] = {
	[ST_TO_ASSESS] = "SELECT s.id, u.display_name, n.code, s.number, s.submitted_at FROM pf_submissions s "
	                 "JOIN pf_learners l ON l.learner_id = s.learner_id JOIN users u ON u.id = s.learner_id "
	                 "JOIN pf_units n ON n.id = s.unit_id WHERE s.status = 'waiting' AND l.assessor_id = ? "
	                 "ORDER BY s.submitted_at, s.id LIMIT 50",
	[ST_TO_REVIEW] = "SELECT s.id, u.display_name, n.code, s.number, s.assessed_at FROM pf_submissions s "
	                 "JOIN pf_learners l ON l.learner_id = s.learner_id JOIN users u ON u.id = s.learner_id "
	                 "JOIN pf_units n ON n.id = s.unit_id WHERE s.status = 'assessed' AND s.sampled = 1 "
	                 "AND l.iqa_id = ? AND NOT EXISTS (SELECT 1 FROM pf_iqa_reviews r WHERE r.submission_id = s.id) "
	                 "ORDER BY s.assessed_at, s.id LIMIT 50",
};
static sqlite3_stmt *panel_cache[ST__COUNT];
static struct sql_table panel_table = { panel_sql, ST__COUNT, panel_cache, NULL };

/* Adds one panel's rows (ITEM) from statement which; returns 0 or -1. */
static int add_panel(struct page *p, struct request *rq, enum panel_stmt which, const char *section)
{
	sqlite3_stmt *st = db_stmt(&panel_table, which);
	tpl_dict *panel = tpl_add_row(p->content, section);
	int n = 0, rc;
	if (st == NULL || panel == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(panel, "ITEM");
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "LEARNER", db_text(st, 1));
		tpl_set(row, "UNIT", db_text(st, 2));
		tpl_set_int(row, "NUMBER", sqlite3_column_int64(st, 3));
		tpl_set(row, "SINCE", display_time(&rq->arena, db_text(st, 4)));
	}
	sqlite3_reset(st);
	tpl_show_if(panel, n ? "HAS_ITEMS" : "NO_ITEMS", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* See portfolio.h. */
int portfolio_home_panel(struct page *p, struct request *rq)
{
	tpl_dict *inc;
	unsigned roles = rq->session->roles;
	if (!(roles & (ROLE_ASSESSOR | ROLE_IQA)))
		return 0;
	struct page sub = *p;
	if ((inc = tpl_add_include(p->content, "PORTFOLIO_PANEL", "portfolio/panel.tpl")) == NULL)
		return -1;
	sub.content = inc;
	if ((roles & ROLE_ASSESSOR) && add_panel(&sub, rq, ST_TO_ASSESS, "TO_ASSESS") != 0)
		return -1;
	if ((roles & ROLE_IQA) && add_panel(&sub, rq, ST_TO_REVIEW, "TO_REVIEW") != 0)
		return -1;
	return 0;
}
