/*
 * panel.c: the home page's complaints panel (see complaints.h): the
 * user's own open complaints overdue or due within 2 days, and for
 * managers the count of every overdue one and the systemic problems
 * waiting for them. Reads the queue's partial indexes only.
 */
#include "complaints.h"
#include "record.h"
#include "core/action.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

enum panel_stmt { ST_MINE, ST_OVERDUE_COUNT, ST_OVERDUE, ST_SYSTEMIC, ST__COUNT };
static const char *const panel_sql[ST__COUNT] = {
	[ST_MINE] = "SELECT id, customer_name, next_due, stage FROM complaints WHERE owner_id = ?1 AND status = 'open' "
	            "AND paused_since IS NULL AND next_due <> '' AND next_due <= ?2 ORDER BY next_due LIMIT 10",
	[ST_OVERDUE_COUNT] = "SELECT count(*) FROM complaints WHERE status = 'open' AND paused_since IS NULL "
	                     "AND next_due <> '' AND next_due < ?1",
	[ST_OVERDUE] = "SELECT c.id, c.customer_name, c.next_due, c.stage, coalesce(u.display_name, '') FROM complaints c "
	               "LEFT JOIN users u ON u.id = c.owner_id WHERE c.status = 'open' AND c.paused_since IS NULL "
	               "AND c.next_due <> '' AND c.next_due < ?1 ORDER BY c.next_due LIMIT 5",
	[ST_SYSTEMIC] = "SELECT id, root_cause, complaint_count, window_end FROM complaint_systemic "
	                "WHERE state = 'open' ORDER BY id",
};
static sqlite3_stmt *panel_cache[ST__COUNT];
static struct sql_table panel_table = { panel_sql, ST__COUNT, panel_cache, NULL };

/* Adds the rows of st (id, name, due, stage[, owner]) to section. */
static int add_rows(struct request *rq, tpl_dict *panel, const char *section, sqlite3_stmt *st, long today)
{
	int rc, n = 0;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(panel, section);
		char words[12];
		long long id = sqlite3_column_int64(st, 0);
		n++;
		tpl_set_int(row, "ID", id);
		tpl_set(row, "REFERENCE", complaint_reference(&rq->arena, id));
		tpl_set(row, "CUSTOMER", db_text(st, 1));
		tpl_set(row, "DUE", date_in_words(db_text(st, 2), words) ? words : "");
		tpl_set_int(row, "STAGE", sqlite3_column_int(st, 3));
		enum complaint_clock_state s = complaint_clock_state(complaint_day_of(db_text(st, 2)), -1, today, 2, 0);
		tpl_set(row, "STATE", complaint_clock_label(s));
		tpl_set(row, "STATE_CLASS", complaint_clock_class(s));
		if (sqlite3_column_count(st) > 4)
			tpl_set(row, "OWNER", db_text(st, 4)[0] ? db_text(st, 4) : "nobody");
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* See complaints.h. */
int complaints_home_panel(struct page *p, struct request *rq)
{
	unsigned roles = rq->session->roles;
	if (!(roles & (ROLE_STAFF | ROLE_MANAGER)))
		return 0;
	tpl_dict *panel = tpl_add_include(p->content, "COMPLAINTS_PANEL", "complaints/panel.tpl");
	char today[11], soon[11];
	long day = complaint_today();
	today_london(today);
	date_add_days(today, 2, soon);
	sqlite3_stmt *st = db_stmt(&panel_table, ST_MINE);
	if (panel == NULL || st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	sqlite3_bind_text(st, 2, soon, -1, SQLITE_TRANSIENT);
	int mine = add_rows(rq, panel, "MINE", st, day);
	if (mine < 0)
		return -1;
	tpl_show_if(panel, mine ? "HAS_MINE" : "NO_MINE", 1);
	if (!(roles & ROLE_MANAGER))
		return 0;
	tpl_dict *m = tpl_add_row(panel, "MANAGER");
	if ((st = db_stmt(&panel_table, ST_OVERDUE_COUNT)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, today, -1, SQLITE_TRANSIENT);
	long long overdue = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	tpl_set_int(m, "OVERDUE_COUNT", overdue);
	if ((st = db_stmt(&panel_table, ST_OVERDUE)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, today, -1, SQLITE_TRANSIENT);
	if (add_rows(rq, m, "OVERDUE", st, day) < 0)
		return -1;
	int rc, systemic = 0;
	st = db_stmt(&panel_table, ST_SYSTEMIC);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(m, "SYSTEMIC");
		systemic++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "CAUSE", options_label(action_root_causes, action_root_cause_labels, db_text(st, 1)));
		tpl_set_int(row, "COUNT", sqlite3_column_int64(st, 2));
	}
	if (db_rows_failed(rc))
		return -1;
	tpl_show_if(m, "HAS_SYSTEMIC", systemic > 0);
	return 0;
}
