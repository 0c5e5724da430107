/*
 * snapshot.c: a published rota week rendered for an evidence portfolio's
 * snapshot (core/snapshot.h): the shifts of each day by role, the planned
 * hours and the cover against demand (rota_cover_percent). Staff names
 * appear (they are the evidence of resource allocation); no customer data
 * is in the rota.
 */
#include "rota.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/snapshot.h"

#include <stdio.h>

enum rota_snap_stmt {
	ST_WEEK,
	ST_DAYS,
	ST__COUNT
};
static const char *const snap_sql[ST__COUNT] = {
	[ST_WEEK] = "SELECT published_at FROM rota_weeks WHERE week = ?",
	[ST_DAYS] = "SELECT s.local_date, s.role, count(*), group_concat(u.display_name || ' ' || s.start_local || '-' || s.end_local, '\n') "
	            "FROM shifts s JOIN users u ON u.id = s.user_id WHERE s.local_date BETWEEN ?1 AND ?2 "
	            "GROUP BY s.local_date, s.role ORDER BY s.local_date, s.role",
};
static sqlite3_stmt *snap_cache[ST__COUNT];
static struct sql_table snap_table = { snap_sql, ST__COUNT, snap_cache, NULL };

/* See rota.h. */
int rota_week_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	static const char *const heads[] = { "Date", "Role", "Shifts", "Who and when" };
	char week[16], monday[11], sunday[11], text[64], hours_text[32], cover_text[32];
	double hours = 0, cover = 0;
	int bad = 0, rc, rows = 0;
	if (id < 200001 || id > 299953)
		return 1;
	snprintf(week, sizeof week, "%04d-W%02d", (int)(id / 100), (int)(id % 100));
	if (iso_week_monday(week, monday) == NULL ||
	    date_add_days(monday, 6, sunday) == NULL)
		return 1;
	sqlite3_stmt *st = db_stmt(&snap_table, ST_WEEK);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, week, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? 1 : -1;
	}
	snprintf(text, sizeof text, "Rota for week %s", week);
	snapshot_set_title(title, title_size, text);
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "Week", week);
	bad |= snapshot_field(out, "From", monday);
	bad |= snapshot_field(out, "To", sunday);
	bad |= snapshot_field(out, "Published", db_text(st, 0));
	sqlite3_reset(st);
	if (rota_planned_hours(monday, sunday, 0, &hours) != 0 || rota_cover_percent(monday, sunday, &cover) != 0)
		return -1;
	snprintf(hours_text, sizeof hours_text, "%.1f", hours);
	snprintf(cover_text, sizeof cover_text, "%.1f%%", cover);
	bad |= snapshot_field(out, "Planned hours", hours_text);
	bad |= snapshot_field(out, "Cover against demand", cover_text);
	bad |= snapshot_fields_end(out);
	if ((st = db_stmt(&snap_table, ST_DAYS)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, monday, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, sunday, -1, SQLITE_TRANSIENT);
	while (db_step_row(st, &rc)) {
		const char *cells[4] = { db_text(st, 0), db_text(st, 1), db_text(st, 2), db_text(st, 3) };
		if (rows++ == 0)
			bad |= snapshot_table_begin(out, "Shifts by day and role", 4, heads);
		bad |= snapshot_table_row(out, 4, cells);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	bad |= rows ? snapshot_table_end(out) : snapshot_paragraphs(out, "", "No shifts in this week.");
	return bad ? -1 : 0;
}
