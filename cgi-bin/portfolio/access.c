/*
 * access.c: who may see a learner's portfolio, and the audit of every
 * view by an assessor, an IQA or an EQA. The learner sees their own; the
 * assessor and the IQA assigned to them see what was submitted; an EQA
 * with an unexpired grant reads every learner's submitted portfolio.
 */
#include "portfolio.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/db.h"

enum access_stmt {
	ST_LEARNER,
	ST_EQA,
	ST__COUNT
};
static const char *const access_sql[ST__COUNT] = {
	[ST_LEARNER] = "SELECT coalesce(assessor_id, 0), coalesce(iqa_id, 0) FROM pf_learners WHERE learner_id = ?",
	[ST_EQA] = "SELECT 1 FROM pf_eqa_grants WHERE user_id = ?1 AND expires_at > ?2 LIMIT 1",
};
static sqlite3_stmt *access_cache[ST__COUNT];
static struct sql_table access_table = { access_sql, ST__COUNT, access_cache, NULL };

/* See portfolio.h. */
int portfolio_eqa_active(long long user_id)
{
	sqlite3_stmt *st = db_stmt(&access_table, ST_EQA);
	char now[21];
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_text(st, 2, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* See portfolio.h. */
int portfolio_viewer_of(struct request *rq, long long learner_id, enum portfolio_viewer *viewer)
{
	sqlite3_stmt *st = db_stmt(&access_table, ST_LEARNER);
	long long me = rq->session->user_id;
	unsigned roles = rq->session->roles;
	int found = db_row_by_id(st, learner_id);
	*viewer = PORTFOLIO_VIEWER_NONE;
	if (found < 0)
		return -1;
	if (found == 0)
		return 0;
	long long assessor = sqlite3_column_int64(st, 0), iqa = sqlite3_column_int64(st, 1);
	sqlite3_reset(st);
	if (me == learner_id && (roles & (ROLE_MANAGER | ROLE_STAFF)))
		*viewer = PORTFOLIO_VIEWER_LEARNER;
	else if (me == assessor && (roles & ROLE_ASSESSOR))
		*viewer = PORTFOLIO_VIEWER_ASSESSOR;
	else if (me == iqa && (roles & ROLE_IQA))
		*viewer = PORTFOLIO_VIEWER_IQA;
	else if ((roles & (ROLE_ASSESSOR | ROLE_IQA)) && portfolio_eqa_active(me))
		*viewer = PORTFOLIO_VIEWER_EQA;
	return 0;
}

/* See portfolio.h. */
const char *portfolio_viewer_name(enum portfolio_viewer viewer)
{
	switch (viewer) {
	case PORTFOLIO_VIEWER_LEARNER: return "learner";
	case PORTFOLIO_VIEWER_ASSESSOR: return "assessor";
	case PORTFOLIO_VIEWER_IQA: return "IQA";
	case PORTFOLIO_VIEWER_EQA: return "EQA";
	case PORTFOLIO_VIEWER_NONE: break;
	}
	return "";
}

/* What the view's audit row says. */
struct view_ctx {
	struct request *rq;
	long long learner_id;
	const char *detail;
};

/* Writes the audit row of a view. */
static int write_view(void *vctx)
{
	struct view_ctx *c = vctx;
	return audit_record(c->rq, "portfolio.viewed", "learner_portfolio", c->learner_id, c->detail);
}

/* See portfolio.h. */
int portfolio_audit_view(struct request *rq, enum portfolio_viewer viewer, long long learner_id,
                         const char *what)
{
	if (viewer == PORTFOLIO_VIEWER_LEARNER || viewer == PORTFOLIO_VIEWER_NONE)
		return 0;
	struct view_ctx c = { rq, learner_id,
		arena_printf(&rq->arena, "%s: %s", portfolio_viewer_name(viewer), what) };
	return db_write(write_view, &c) == SQLITE_OK ? 0 : -1;
}
