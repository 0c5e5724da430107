/*
 * home.c: the home page, a dashboard with one panel per role the user
 * holds. Later areas add their panels here.
 *
 * Pages: GET /, GET /healthz, and for the tests GET /_fault/500 and
 * GET /_fault/slow.
 */
#include "home.h"
#include "plans/plans.h"
#include "checklists/checklists.h"
#include "complaints/complaints.h"
#include "portfolio/portfolio.h"
#include "privacy/privacy.h"
#include "kpis/actions.h"
#include "feedback/feedback.h"
#include "rota/rota.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "standards/standards.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

enum home_stmt {
	ST_MY_TEAM,
	ST_TEAMMATES,
	ST_TEAM_SIZES,
	ST_ACCOUNT_COUNTS,
	ST_FAILED_LOGINS,
	ST_RECENT_AUDIT,
	ST__COUNT
};
static const char *const home_sql[ST__COUNT] = {
	[ST_MY_TEAM] = "SELECT coalesce(t.name, ''), coalesce(u.team_id, 0), u.job_title "
	               "FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.id = ?",
	[ST_TEAMMATES] = "SELECT display_name, job_title FROM users "
	                 "WHERE team_id = ? AND disabled = 0 AND id <> ? ORDER BY display_name LIMIT 50",
	[ST_TEAM_SIZES] = "SELECT t.name, count(u.id) FROM teams t "
	                  "LEFT JOIN users u ON u.team_id = t.id AND u.disabled = 0 "
	                  "GROUP BY t.id ORDER BY t.name",
	[ST_ACCOUNT_COUNTS] = "SELECT sum(disabled = 0), sum(disabled = 1), "
	                      "(SELECT count(*) FROM sessions) FROM users",
	[ST_FAILED_LOGINS] = "SELECT count(*) FROM login_failures WHERE at > ?",
	[ST_RECENT_AUDIT] = "SELECT at, username, action FROM audit ORDER BY id DESC LIMIT 8",
};
static sqlite3_stmt *home_cache[ST__COUNT];
static struct sql_table home_table = { home_sql, ST__COUNT, home_cache, NULL };

/* The staff panel: my team and my teammates. Returns 0, or -1 when they
 * could not be read. */
static int staff_panel(struct page *p, struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&home_table, ST_MY_TEAM);
	long long team_id = 0;
	int rc;
	tpl_dict *panel = tpl_add_row(p->content, "STAFF_PANEL");
	if (st == NULL || panel == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		tpl_set(panel, "TEAM", db_text(st, 0));
		team_id = sqlite3_column_int64(st, 1);
		tpl_set(panel, "JOB_TITLE", db_text(st, 2));
	}
	sqlite3_reset(st);
	tpl_show_if(panel, team_id ? "HAS_TEAM" : "NO_TEAM", 1);
	if (team_id == 0)
		return 0;
	if ((st = db_stmt(&home_table, ST_TEAMMATES)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, team_id);
	sqlite3_bind_int64(st, 2, rq->session->user_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(panel, "TEAMMATE");
		if (row == NULL)
			break;
		tpl_set(row, "NAME", db_text(st, 0));
		tpl_set(row, "JOB_TITLE", db_text(st, 1));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The manager panel: every team and how many people are in it. Returns 0,
 * or -1 when they could not be read. */
static int manager_panel(struct page *p)
{
	sqlite3_stmt *st = db_stmt(&home_table, ST_TEAM_SIZES);
	tpl_dict *panel = tpl_add_row(p->content, "MANAGER_PANEL");
	int teams = 0, rc;
	if (st == NULL || panel == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(panel, "TEAM");
		if (row == NULL)
			break;
		teams++;
		tpl_set(row, "NAME", db_text(st, 0));
		tpl_set_int(row, "PEOPLE", sqlite3_column_int64(st, 1));
	}
	sqlite3_reset(st);
	tpl_show_if(panel, teams ? "HAS_TEAMS" : "NO_TEAMS", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The admin panel: account counts, failed sign-ins and recent activity.
 * Returns 0, or -1 when the recent activity could not be read. */
static int admin_panel(struct page *p, struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&home_table, ST_ACCOUNT_COUNTS);
	tpl_dict *panel = tpl_add_row(p->content, "ADMIN_PANEL");
	char since[21];
	int rc;
	if (st == NULL || panel == NULL)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		tpl_set_int(panel, "ACTIVE_USERS", sqlite3_column_int64(st, 0));
		tpl_set_int(panel, "DISABLED_USERS", sqlite3_column_int64(st, 1));
		tpl_set_int(panel, "SESSIONS", sqlite3_column_int64(st, 2));
	}
	sqlite3_reset(st);
	if ((st = db_stmt(&home_table, ST_FAILED_LOGINS)) != NULL) {
		sqlite3_bind_text(st, 1, iso_utc(now_utc() - 86400, since), -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW)
			tpl_set_int(panel, "FAILED_LOGINS", sqlite3_column_int64(st, 0));
		sqlite3_reset(st);
	}
	st = db_stmt(&home_table, ST_RECENT_AUDIT);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(panel, "EVENT");
		if (row == NULL)
			break;
		tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 0)));
		tpl_set(row, "WHO", db_text(st, 1));
		tpl_set(row, "ACTION", db_text(st, 2));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Fills the panels for the user's roles: their own, then each area's.
 * Returns 0, or -1 when one could not be read. */
static int add_panels(struct page *p, struct request *rq)
{
	unsigned roles = rq->session->roles;
	if ((roles & ROLE_ADMIN) && admin_panel(p, rq) != 0)
		return -1;
	if (privacy_home_panel(rq, p->content) != 0)   /* requests due, breaches past 72 hours */
		return -1;
	if ((roles & ROLE_MANAGER) && manager_panel(p) != 0)
		return -1;
	if ((roles & ROLE_STAFF) && staff_panel(p, rq) != 0)
		return -1;
	/* portfolio: what waits for an assessor or an IQA, oldest first */
	if (portfolio_home_panel(p, rq) != 0)
		return -1;
	if (standards_home_panel(p, rq) != 0)   /* standards to acknowledge or review */
		return -1;
	/* service plans */
	if ((roles & ROLE_MANAGER) && plans_dashboard_panel(p, rq) != 0)
		return -1;
	/* Actions: open and overdue actions, for staff and managers. */
	if ((roles & (ROLE_STAFF | ROLE_MANAGER)) && actions_home_panel(p, rq) != 0)
		return -1;
	/* Compliance checklists: checks due and overdue, runs to sign off. */
	if (checklist_home_panel(p, rq) != 0)
		return -1;
	/* Customer feedback: the last 30 days for managers. */
	if (roles & ROLE_MANAGER)
		feedback_dashboard_panel(p->content, rq);
	/* Complaints: overdue and due soon, systemic problems for managers */
	if (complaints_home_panel(p, rq) != 0)
		return -1;
	/* Rota: next shifts, or what waits for the manager */
	return rota_home_panel(rq, p->content);
}

/* GET /: the dashboard for the signed-in user's roles. */
int home_page(struct request *rq, struct response *rs)
{
	struct page p;
	char date[11], today[32];
	if (page_begin(&p, rq, rs, "Home", "home/dashboard.tpl") != 0)
		return -1;
	tpl_set(p.content, "TODAY", date_in_full_words(today_london(date), today));
	tpl_set(p.content, "DISPLAY_NAME", rq->session->display_name);
	if (add_panels(&p, rq) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* GET /healthz: 200 "ok" only when the database answers, else 503
 * "database unavailable: " and why (a worker that could not start at all
 * answers 503 "unavailable: ..." before it gets here). */
int health_page(struct request *rq, struct response *rs)
{
	const char *problem = db_health_problem();
	if (problem == NULL) {
		respond_text(rs, 200, "ok\n");
		return 0;
	}
	respond_text(rs, 503, arena_printf(&rq->arena, "database unavailable: %s\n", problem));
	return 0;
}

/* GET /_fault/500 and /_fault/slow exist only for the tests, and only when
 * the worker was started with FRONTLINE_TEST_FAULTS=1: one fails inside a
 * handler (to prove the 500 page and its headers), the other takes two
 * seconds (to prove a stopping worker finishes its request). */
int fault_page(struct request *rq, struct response *rs)
{
	const char *enabled = getenv("FRONTLINE_TEST_FAULTS");
	if (enabled == NULL || enabled[0] != '1') {
		respond_error(rq, rs, 404, "There is no page at this address.");
		return 0;
	}
	if (rq->path[8] == 's') {
		struct timespec left = { 2, 0 };
		while (nanosleep(&left, &left) != 0)
			;               /* a stop signal must not cut the request short */
		respond_text(rs, 200, "slow request finished\n");
		return 0;
	}
	return -1;
}
