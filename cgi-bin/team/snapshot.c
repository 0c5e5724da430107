/*
 * snapshot.c: a team meeting's minutes rendered for an evidence
 * portfolio's snapshot (core/snapshot.h): date, attendees, minutes,
 * decisions and the actions raised from it. Minutes are about the team's
 * work; they hold no customer contact details.
 */
#include "team.h"
#include "core/action.h"
#include "core/db.h"
#include "core/snapshot.h"

enum team_snap_stmt {
	ST_MEETING,
	ST_ATTENDEES,
	ST_ACTIONS,
	ST__COUNT
};
static const char *const snap_sql[ST__COUNT] = {
	[ST_MEETING] = "SELECT held_on, title, minutes, decisions FROM meetings WHERE id = ?",
	[ST_ATTENDEES] = "SELECT u.display_name, u.job_title FROM meeting_attendees a JOIN users u ON u.id = a.user_id "
	                 "WHERE a.meeting_id = ? ORDER BY u.display_name COLLATE NOCASE",
	[ST_ACTIONS] = "SELECT x.title, coalesce(u.display_name, ''), x.due_date, x.status FROM actions x "
	               "LEFT JOIN users u ON u.id = x.owner_id WHERE x.source_type = 'meeting' AND x.source_id = ? "
	               "ORDER BY x.id",
};
static sqlite3_stmt *snap_cache[ST__COUNT];
static struct sql_table snap_table = { snap_sql, ST__COUNT, snap_cache, NULL };

/* See team.h. */
int team_meeting_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	static const char *const attendee_heads[] = { "Attendee", "Job title" };
	static const char *const action_heads[] = { "Action", "Owner", "Due", "Status" };
	sqlite3_stmt *st = db_stmt(&snap_table, ST_MEETING);
	int found = db_row_by_id(st, id), bad = 0, rc, rows = 0;
	if (found <= 0)
		return found < 0 ? -1 : 1;
	snapshot_set_title(title, title_size, db_text(st, 1));
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "Meeting", db_text(st, 1));
	bad |= snapshot_field(out, "Held on", db_text(st, 0));
	bad |= snapshot_fields_end(out);
	bad |= snapshot_heading(out, "Minutes");
	bad |= snapshot_paragraphs(out, db_text(st, 2), "No minutes.");
	bad |= snapshot_heading(out, "Decisions");
	bad |= snapshot_paragraphs(out, db_text(st, 3), "No decisions were recorded.");
	sqlite3_reset(st);
	if ((st = db_stmt(&snap_table, ST_ATTENDEES)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while (db_step_row(st, &rc)) {
		const char *cells[2] = { db_text(st, 0), db_text(st, 1) };
		if (rows++ == 0)
			bad |= snapshot_table_begin(out, "Attendees", 2, attendee_heads);
		bad |= snapshot_table_row(out, 2, cells);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	if (rows)
		bad |= snapshot_table_end(out);
	if ((st = db_stmt(&snap_table, ST_ACTIONS)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rows = 0;
	while (db_step_row(st, &rc)) {
		const char *cells[4] = { db_text(st, 0), db_text(st, 1), db_text(st, 2), db_text(st, 3) };
		if (rows++ == 0)
			bad |= snapshot_table_begin(out, "Actions raised", 4, action_heads);
		bad |= snapshot_table_row(out, 4, cells);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	bad |= rows ? snapshot_table_end(out) : snapshot_paragraphs(out, "", "No actions were raised.");
	return bad ? -1 : 0;
}
