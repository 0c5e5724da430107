/*
 * panel.c: the home page's data protection panel for administrators:
 * requests overdue or due within a week, and breaches past their 72
 * hours without a report.
 */
#include "privacy.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"

enum panel_stmt { ST_REQUESTS, ST_BREACHES, ST__COUNT };
static const char *const panel_sql[ST__COUNT] = {
	[ST_REQUESTS] = "SELECT count(*), coalesce(sum(due_on < ?1), 0) FROM privacy_requests "
	                "WHERE status = 'open' AND due_on <= ?2",
	[ST_BREACHES] = "SELECT count(*) FROM privacy_breaches WHERE ico_told = 0 AND aware_at < ?1 "
	                "AND NOT (risk = 'unlikely' AND ico_reason <> '')",
};
static sqlite3_stmt *panel_cache[ST__COUNT];
static struct sql_table panel_table = { panel_sql, ST__COUNT, panel_cache, NULL };

/* See privacy.h. */
int privacy_home_panel(struct request *rq, tpl_dict *content)
{
	char today[11], week[11], limit[21];
	long long due = 0, overdue = 0, breaches = 0;
	if (!(rq->session->roles & PRIVACY_ROLES))
		return 0;
	sqlite3_stmt *st = db_stmt(&panel_table, ST_REQUESTS);
	if (st == NULL)
		return -1;
	today_london(today);
	sqlite3_bind_text(st, 1, today, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, date_add_days(today, 7, week), -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW) {
		due = sqlite3_column_int64(st, 0);
		overdue = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if ((st = db_stmt(&panel_table, ST_BREACHES)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, iso_utc(now_utc() - 72 * 3600, limit), -1, SQLITE_TRANSIENT);
	if (db_count(st, &breaches) != 0)
		return -1;
	tpl_dict *panel = tpl_add_include(content, "PRIVACY_PANEL", "privacy/home_panel.tpl");
	if (panel == NULL)
		return -1;
	tpl_set_int(panel, "DUE", due);
	tpl_set_int(panel, "OVERDUE", overdue);
	tpl_set_int(panel, "BREACHES", breaches);
	tpl_show_if(panel, "ANY_OVERDUE", overdue > 0 || breaches > 0);
	return 0;
}
