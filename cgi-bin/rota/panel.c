/*
 * panel.c: the rota's panel on the dashboard.
 */
#include "rota_core.h"
#include "core/auth.h"
#include "core/caltime.h"

#include <stdio.h>
#include <string.h>

enum home_stmt {
	ST_NEXT_SHIFTS,
	ST_WAITING,
	ST__COUNT
};
static const char *const home_sql[ST__COUNT] = {
	[ST_NEXT_SHIFTS] = "SELECT s.local_date, s.start_local, s.end_local, s.role FROM shifts s "
	                   "WHERE s.user_id = ?1 AND s.local_date BETWEEN ?2 AND ?3 "
	                   "ORDER BY s.start_utc LIMIT 3",
	[ST_WAITING] = "SELECT (SELECT count(*) FROM rota_leave WHERE status = 'pending'), "
	               "(SELECT count(*) FROM rota_swaps WHERE status = 'accepted'), "
	               "(SELECT count(*) FROM rota_breaches b WHERE b.local_date BETWEEN ?1 AND ?2 AND NOT EXISTS "
	               " (SELECT 1 FROM rota_breach_acks a WHERE a.user_id = b.user_id AND a.rule = b.rule "
	               "  AND a.period_start = b.period_start))",
};
static sqlite3_stmt *home_cache[ST__COUNT];
static struct sql_table home_table = { home_sql, ST__COUNT, home_cache, NULL };

/* Staff: the next three shifts in this week and next, when published.
 * Returns 0, or -1 when they could not be read. */
static int staff_part(struct request *rq, tpl_dict *panel, const struct rota_week *w,
                      const struct rota_week *next)
{
	char today[11];
	int n = 0, rc;
	int this_published = rota_week_is_published(w->week) == 1;
	int next_published = rota_week_is_published(next->week) == 1;
	sqlite3_stmt *st = db_stmt(&home_table, ST_NEXT_SHIFTS);
	tpl_dict *part = tpl_add_row(panel, "STAFF");
	if (st == NULL || part == NULL)
		return -1;
	/* Only published weeks count: the range stops where drafts start. */
	const char *from = today_london(today);
	const char *to = next_published ? next->days[6] : w->days[6];
	if (!this_published)
		from = next_published ? next->days[0] : "9999-12-31";
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, to, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(part, "NEXT_SHIFT");
		if (row == NULL)
			break;
		n++;
		tpl_set(row, "DAY", rota_day_label(&rq->arena, db_text(st, 0)));
		tpl_set(row, "TIME", arena_printf(&rq->arena, "%s–%s", db_text(st, 1), db_text(st, 2)));
		tpl_set(row, "ROLE", rota_role_label(db_text(st, 3)));
	}
	sqlite3_reset(st);
	tpl_show_if(part, n ? "HAS_NEXT" : "NO_NEXT", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Managers: what waits for a decision, and this week's cover. Returns 0,
 * or -1 when the cover could not be worked out. */
static int manager_part(struct request *rq, tpl_dict *panel, const struct rota_week *w,
                        const struct rota_week *next)
{
	sqlite3_stmt *st = db_stmt(&home_table, ST_WAITING);
	tpl_dict *part = tpl_add_row(panel, "MANAGER");
	double percent;
	if (st == NULL || part == NULL)
		return -1;
	sqlite3_bind_text(st, 1, w->days[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, next->days[6], -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		tpl_set_int(part, "PENDING_LEAVE", sqlite3_column_int64(st, 0));
		tpl_set_int(part, "SWAPS", sqlite3_column_int64(st, 1));
		tpl_set_int(part, "WARNINGS", sqlite3_column_int64(st, 2));
	}
	sqlite3_reset(st);
	if (rota_week_cover_percent(w, &percent) != 0)
		return -1;
	tpl_set(part, "COVER", arena_printf(&rq->arena, "%.0f%%", percent));
	tpl_set(part, "WEEK", w->week);
	tpl_set(part, "NEXT_WEEK", next->week);
	return 0;
}

/* See rota.h. */
int rota_home_panel(struct request *rq, tpl_dict *content)
{
	unsigned roles = rq->session->roles;
	struct rota_week w, next;
	if (!(roles & (ROLE_STAFF | ROLE_MANAGER)))
		return 0;
	if (rota_week_init(&w, NULL) != 0 || rota_week_init(&next, w.next) != 0)
		return -1;
	tpl_dict *panel = tpl_add_include(content, "ROTA_PANEL", "rota/home_panel.tpl");
	if (panel == NULL)
		return -1;
	if ((roles & ROLE_MANAGER) && manager_part(rq, panel, &w, &next) != 0)
		return -1;
	if (roles & ROLE_STAFF)
		return staff_part(rq, panel, &w, &next);
	return 0;
}
