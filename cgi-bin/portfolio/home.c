/*
 * home.c: the portfolio's front pages: /portfolio (my portfolio, the
 * testimonies asked of me, the learners assigned to me), a learner's
 * overview with progress per unit, and who has viewed it.
 *
 * Pages: GET /portfolio, GET /portfolio/learners/{id},
 * GET /portfolio/learners/{id}/views.
 */
#include "internal.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"

#include <string.h>

enum home_stmt {
	ST_ASKED_OF_ME,
	ST_MY_LEARNERS,
	ST_ALL_LEARNERS,
	ST_LEARNER,
	ST_UNITS,
	ST_SUBMISSIONS,
	ST_EVIDENCE,
	ST_VIEWS,
	ST__COUNT
};
static const char *const home_sql[ST__COUNT] = {
	[ST_ASKED_OF_ME] = "SELECT e.id, e.title, u.display_name, coalesce(w.signed_at, '') FROM pf_witness w "
	                   "JOIN pf_evidence e ON e.id = w.evidence_id JOIN users u ON u.id = e.learner_id "
	                   "WHERE w.witness_id = ? ORDER BY w.signed_at IS NOT NULL, e.id DESC LIMIT 50",
	[ST_MY_LEARNERS] = "SELECT l.learner_id, u.display_name, l.planned_end FROM pf_learners l JOIN users u ON u.id = l.learner_id "
	                   "WHERE l.assessor_id = ?1 OR l.iqa_id = ?1 ORDER BY u.display_name LIMIT 200",
	[ST_ALL_LEARNERS] = "SELECT l.learner_id, u.display_name, l.planned_end FROM pf_learners l JOIN users u ON u.id = l.learner_id "
	                    "ORDER BY u.display_name LIMIT 200",
	[ST_LEARNER] = "SELECT u.display_name, u.job_title, l.started_on, l.planned_end, coalesce(a.display_name, ''), "
	               "coalesce(i.display_name, '') FROM pf_learners l JOIN users u ON u.id = l.learner_id "
	               "LEFT JOIN users a ON a.id = l.assessor_id LEFT JOIN users i ON i.id = l.iqa_id WHERE l.learner_id = ?",
	/* per unit: criteria, criteria with evidence (live for the learner,
	 * snapshots of the latest submission for others), criteria whose
	 * latest decision is met */
	[ST_UNITS] = "SELECT n.id, n.code, n.title, "
	             "(SELECT count(*) FROM pf_criteria c WHERE c.unit_id = n.id), "
	             "(SELECT count(DISTINCT m.criterion_id) FROM pf_mappings m JOIN pf_evidence e ON e.id = m.evidence_id "
	             "  JOIN pf_criteria c ON c.id = m.criterion_id WHERE e.learner_id = ?1 AND c.unit_id = n.id), "
	             "(SELECT count(DISTINCT sm.criterion_id) FROM pf_snapshot_mappings sm JOIN pf_snapshots s ON s.id = sm.snapshot_id "
	             "  WHERE s.submission_id = (SELECT max(id) FROM pf_submissions WHERE learner_id = ?1 AND unit_id = n.id)), "
	             "(SELECT count(*) FROM pf_criteria c WHERE c.unit_id = n.id AND (SELECT d.outcome FROM pf_decisions d "
	             "  JOIN pf_submissions s ON s.id = d.submission_id WHERE s.learner_id = ?1 AND d.criterion_id = c.id "
	             "  ORDER BY s.number DESC LIMIT 1) = 'met') "
	             "FROM pf_enrolments e JOIN pf_units n ON n.id = e.unit_id WHERE e.learner_id = ?1 ORDER BY n.position",
	[ST_SUBMISSIONS] = "SELECT s.id, n.code, s.number, s.submitted_at, s.status, coalesce(s.assessed_at, ''), "
	                   "(SELECT count(*) FROM pf_decisions d WHERE d.submission_id = s.id AND d.outcome = 'not_yet') "
	                   "FROM pf_submissions s JOIN pf_units n ON n.id = s.unit_id WHERE s.learner_id = ? "
	                   "ORDER BY s.id DESC LIMIT 100",
	[ST_EVIDENCE] = "SELECT e.id, e.kind, e.title, e.created_at, (SELECT count(*) FROM pf_mappings m WHERE m.evidence_id = e.id) "
	                "FROM pf_evidence e WHERE e.learner_id = ? ORDER BY e.id DESC LIMIT 500",
	[ST_VIEWS] = "SELECT at, username, detail FROM audit WHERE action = 'portfolio.viewed' "
	             "AND target_type = 'learner_portfolio' AND target_id = ? ORDER BY id DESC LIMIT 200",
};
static sqlite3_stmt *home_cache[ST__COUNT];
static struct sql_table home_table = { home_sql, ST__COUNT, home_cache, NULL };

static const char *const learner_notices[] = {
	"submitted", "The unit has been submitted: your assessor sees it as it is now, frozen.",
	"deleted", "The evidence has been removed from your portfolio (what was submitted stays).",
	"recorded", "The record has been added to the learner's portfolio.",
	NULL, NULL
};

/* Adds LEARNER rows of a learner list statement; returns count or -1. */
static int add_learners(struct page *p, sqlite3_stmt *st)
{
	int n = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "LEARNER");
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "NAME", db_text(st, 1));
		tpl_set(row, "PLANNED_END", db_text(st, 2));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* GET /portfolio: my portfolio, testimonies asked of me, my learners. */
int portfolio_index_page(struct request *rq, struct response *rs)
{
	struct page p;
	long long me = rq->session->user_id;
	unsigned roles = rq->session->roles;
	int enrolled = portfolio_is_learner(me), rc, n = 0;
	if (enrolled < 0 || page_begin(&p, rq, rs, "Portfolio", "portfolio/index.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "ME", me);
	tpl_show_if(p.content, "ENROLLED", enrolled && (roles & (ROLE_MANAGER | ROLE_STAFF)));
	if (roles & (ROLE_MANAGER | ROLE_STAFF)) {
		tpl_show(p.content, "COLLEAGUE");
		sqlite3_stmt *st = db_stmt(&home_table, ST_ASKED_OF_ME);
		if (st == NULL)
			goto failed;
		sqlite3_bind_int64(st, 1, me);
		while (db_step_row(st, &rc)) {
			tpl_dict *row = tpl_add_row(p.content, "ASKED");
			n++;
			tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
			tpl_set(row, "TITLE", db_text(st, 1));
			tpl_set(row, "LEARNER", db_text(st, 2));
			tpl_show_if(row, db_text(st, 3)[0] ? "SIGNED" : "WAITING", 1);
		}
		sqlite3_reset(st);
		if (db_rows_failed(rc))
			goto failed;
		tpl_show_if(p.content, n ? "HAS_ASKED" : "NO_ASKED", 1);
	}
	if (roles & (ROLE_ASSESSOR | ROLE_IQA)) {
		int eqa = portfolio_eqa_active(me);
		sqlite3_stmt *st = db_stmt(&home_table, eqa ? ST_ALL_LEARNERS : ST_MY_LEARNERS);
		if (st == NULL)
			goto failed;
		if (!eqa)
			sqlite3_bind_int64(st, 1, me);
		tpl_show(p.content, "JUDGE");
		tpl_show_if(p.content, eqa ? "EQA" : "NOT_EQA", 1);
		int learners = add_learners(&p, st);
		if (learners < 0)
			goto failed;
		tpl_show_if(p.content, learners ? "HAS_LEARNERS" : "NO_LEARNERS", 1);
	}
	return page_finish(&p, rs);
failed:
	page_abandon(&p);
	return -1;
}

/* Adds the UNIT rows with progress for the viewer; returns 0 or -1. */
static int add_units(struct request *rq, struct page *p, long long learner, enum portfolio_viewer viewer,
                     const char *started, const char *planned_end)
{
	sqlite3_stmt *st = db_stmt(&home_table, ST_UNITS);
	char today[11];
	int rc;
	if (st == NULL)
		return -1;
	today_london(today);
	sqlite3_bind_int64(st, 1, learner);
	while (db_step_row(st, &rc)) {
		struct portfolio_progress pr;
		long long criteria = sqlite3_column_int64(st, 3);
		long long evidenced = sqlite3_column_int64(st, viewer == PORTFOLIO_VIEWER_LEARNER ? 4 : 5);
		portfolio_progress_of(criteria, evidenced, sqlite3_column_int64(st, 6), started, planned_end, today, &pr);
		tpl_dict *row = tpl_add_row(p->content, "UNIT");
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set_int(row, "LEARNER", learner);
		tpl_set(row, "CODE", db_text(st, 1));
		tpl_set(row, "TITLE", db_text(st, 2));
		tpl_set_int(row, "CRITERIA", criteria);
		tpl_set_int(row, "EVIDENCE_PERCENT", pr.evidence_percent);
		tpl_set_int(row, "MET_PERCENT", pr.met_percent);
		tpl_set_int(row, "TIME_PERCENT", pr.time_percent);
		tpl_set(row, "DAYS_LEFT", pr.days_left >= 0 ? arena_printf(&rq->arena, "%ld days left", pr.days_left)
		                                            : arena_printf(&rq->arena, "%ld days past the planned end", -pr.days_left));
		tpl_show_if(row, "CAN_SUBMIT", viewer == PORTFOLIO_VIEWER_LEARNER);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Adds SUBMISSION rows; returns the count or -1. */
static int add_submissions(struct page *p, long long learner)
{
	sqlite3_stmt *st = db_stmt(&home_table, ST_SUBMISSIONS);
	int n = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, learner);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "SUBMISSION");
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "UNIT", db_text(st, 1));
		tpl_set_int(row, "NUMBER", sqlite3_column_int64(st, 2));
		tpl_set(row, "SUBMITTED_AT", db_text(st, 3));
		int assessed = strcmp(db_text(st, 4), "assessed") == 0;
		tpl_show_if(row, assessed ? "ASSESSED" : "WAITING", 1);
		tpl_set(row, "ASSESSED_AT", db_text(st, 5));
		tpl_set_int(row, "REFERRED", sqlite3_column_int64(st, 6));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* Adds the learner's own EVIDENCE rows; returns the count or -1. */
static int add_evidence(struct page *p, long long learner)
{
	sqlite3_stmt *st = db_stmt(&home_table, ST_EVIDENCE);
	int n = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, learner);
	while (db_step_row(st, &rc)) {
		const struct portfolio_kind *k = portfolio_kind_find(db_text(st, 1));
		tpl_dict *row = tpl_add_row(p->content, "EVIDENCE");
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "KIND", k ? k->label : db_text(st, 1));
		tpl_set(row, "TITLE", db_text(st, 2));
		tpl_set(row, "CREATED_AT", db_text(st, 3));
		tpl_set_int(row, "MAPPINGS", sqlite3_column_int64(st, 4));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* Answers 404 for a portfolio the user may not see; returns 0. */
static int not_yours(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 404, "There is no such portfolio, or it is not assigned to you.");
	return 0;
}

/* GET /portfolio/learners/{id}: the overview, for whoever may see it. */
int portfolio_learner_page(struct request *rq, struct response *rs)
{
	long long learner = rq->path_ids[0];
	enum portfolio_viewer viewer;
	struct page p;
	if (portfolio_viewer_of(rq, learner, &viewer) != 0)
		return -1;
	if (viewer == PORTFOLIO_VIEWER_NONE)
		return not_yours(rq, rs);
	if (portfolio_audit_view(rq, viewer, learner, "overview") != 0)
		return -1;
	sqlite3_stmt *st = db_stmt(&home_table, ST_LEARNER);
	if (db_row_by_id(st, learner) != 1)
		return -1;
	const char *name = arena_strdup(&rq->arena, db_text(st, 0));
	const char *started = arena_strdup(&rq->arena, db_text(st, 2)), *end = arena_strdup(&rq->arena, db_text(st, 3));
	if (page_begin(&p, rq, rs, viewer == PORTFOLIO_VIEWER_LEARNER ? "My portfolio" : name, "portfolio/learner.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	page_notice(&p, rq, learner_notices);
	tpl_set_int(p.content, "LEARNER_ID", learner);
	tpl_set(p.content, "NAME", name);
	tpl_set(p.content, "JOB_TITLE", db_text(st, 1));
	tpl_set(p.content, "STARTED", started);
	tpl_set(p.content, "PLANNED_END", end);
	tpl_set(p.content, "ASSESSOR", db_text(st, 4));
	tpl_set(p.content, "IQA", db_text(st, 5));
	sqlite3_reset(st);
	tpl_set(p.content, "VIEWER", portfolio_viewer_name(viewer));
	tpl_show_if(p.content, viewer == PORTFOLIO_VIEWER_LEARNER ? "IS_LEARNER" : "NOT_LEARNER", 1);
	tpl_show_if(p.content, "IS_ASSESSOR", viewer == PORTFOLIO_VIEWER_ASSESSOR);
	if (request_form(rq))
		page_form(&p, request_form(rq));
	int subs = 0, items = 0;
	if (add_units(rq, &p, learner, viewer, started, end) != 0 || (subs = add_submissions(&p, learner)) < 0 ||
	    (viewer == PORTFOLIO_VIEWER_LEARNER && (items = add_evidence(&p, learner)) < 0)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, subs ? "HAS_SUBMISSIONS" : "NO_SUBMISSIONS", 1);
	tpl_show_if(p.content, items ? "HAS_EVIDENCE" : "NO_EVIDENCE", viewer == PORTFOLIO_VIEWER_LEARNER);
	return page_finish(&p, rs);
}

/* GET /portfolio/learners/{id}/views: who has viewed my portfolio (the
 * learner only). */
int portfolio_views_page(struct request *rq, struct response *rs)
{
	long long learner = rq->path_ids[0];
	struct page p;
	int n = 0, rc;
	if (learner != rq->session->user_id)
		return not_yours(rq, rs);
	sqlite3_stmt *st = db_stmt(&home_table, ST_VIEWS);
	if (st == NULL || page_begin(&p, rq, rs, "Who has viewed my portfolio", "portfolio/views.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "LEARNER_ID", learner);
	sqlite3_bind_int64(st, 1, learner);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "VIEW");
		n++;
		tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 0)));
		tpl_set(row, "WHO", db_text(st, 1));
		tpl_set(row, "WHAT", db_text(st, 2));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, n ? "HAS_VIEWS" : "NO_VIEWS", 1);
	return page_finish(&p, rs);
}
