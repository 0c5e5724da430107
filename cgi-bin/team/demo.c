/*
 * demo.c: demo data for the team: responsibilities, a team meeting with
 * minutes and an action raised from it, and coaching entries.
 */
#include "team.h"
#include "demo.h"
#include "core/action.h"
#include "core/db.h"
#include "core/util.h"

#include <stdio.h>

/* The demo rows. Dates are relative to today so the demo always looks
 * current. */
static const char demo_team_sql[] =
	"INSERT INTO team_roles (user_id, responsibility, created_at) VALUES "
	"(" DEMO_USER("staff1") ", 'Leads the Phones team''s morning huddle and covers escalations', " DEMO_AGO("40") "),"
	"(" DEMO_USER("staff5") ", 'Quality checks five email and chat replies a week', " DEMO_AGO("40") "),"
	"(" DEMO_USER("staff6") ", 'Floor walker at peaks; first aider', " DEMO_AGO("40") "),"
	"(" DEMO_USER("manager") ", 'Owns the service plan and the weekly KPI review', " DEMO_AGO("40") ");"
	"INSERT INTO meetings (held_on, title, minutes, decisions, created_by, created_at) VALUES "
	"(" DEMO_DAY("-3") ", 'Weekly Phones team meeting', "
	" 'Reviewed last week: 84% of calls answered within 20 seconds against the new 90% standard.\n"
	"Monday and Tuesday mornings were the worst; three advisers were on lunch at 12:30.\n"
	"Staff asked for the hold script to be shortened.', "
	" 'Stagger lunch breaks between 12:00 and 14:00\nFloor walker takes overflow calls at peaks', "
	" " DEMO_USER("manager") ", " DEMO_AGO("3") ");"
	"INSERT INTO meeting_attendees (meeting_id, user_id) SELECT m.id, u.id FROM meetings m, users u "
	"WHERE m.title = 'Weekly Phones team meeting' AND u.username IN ('manager', 'staff1', 'staff2', 'staff3');"
	"INSERT INTO coaching_entries (user_id, author_id, held_on, kind, notes, agreed, follow_up, created_at) VALUES "
	"(" DEMO_USER("staff2") ", " DEMO_USER("manager") ", " DEMO_DAY("-20") ", 'observation', "
	" 'Listened to four calls. Warm greeting and clear explanations; two long holds while checking the billing system.', "
	" 'Use the billing quick guide; ask Amy for a screen-share session.', " DEMO_DAY("+10") ", " DEMO_AGO("20") "),"
	"(" DEMO_USER("staff2") ", " DEMO_USER("manager") ", " DEMO_DAY("-6") ", 'recognition', "
	" 'Customer emailed to thank Ben for sorting a meter reading in one call.', '', '', " DEMO_AGO("6") "),"
	"(" DEMO_USER("staff3") ", " DEMO_USER("manager") ", " DEMO_DAY("-12") ", 'one_to_one', "
	" 'Monthly one-to-one. Chloe would like to train as a complaints handler.', "
	" 'Shadow Amy on two complaints this month.', " DEMO_DAY("+18") ", " DEMO_AGO("12") ");";

/* Raises the demo action from the meeting through the shared action record. */
static int raise_meeting_action(void)
{
	sqlite3_stmt *st;
	long long meeting = 0, owner = 0, id;
	char due[11];
	int rc = sqlite3_prepare_v2(db_get(),
		"SELECT (SELECT id FROM meetings WHERE title = 'Weekly Phones team meeting'), "
		DEMO_USER("staff1") ", date('now', '+11 days')", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	if (sqlite3_step(st) == SQLITE_ROW) {
		meeting = sqlite3_column_int64(st, 0);
		owner = sqlite3_column_int64(st, 1);
		snprintf(due, sizeof due, "%s", db_text(st, 2));
	}
	sqlite3_finalize(st);
	if (meeting == 0)
		return SQLITE_ERROR;
	struct action_new a = {
		.kind = "corrective",
		.source_type = "meeting",
		.source_id = meeting,
		.title = "Shorten the hold script and retrain the Phones team",
		.problem = "Calls answered within 20 seconds at 84% against the 90% standard; long holds.",
		.owner_id = owner,
		.due_date = due,
	};
	return action_insert(NULL, &a, &id);
}

/* See team.h. */
int team_demo_write(void)
{
	int rc = db_exec(db_get(), demo_team_sql);
	if (rc == SQLITE_OK)
		rc = raise_meeting_action();
	return rc;
}
