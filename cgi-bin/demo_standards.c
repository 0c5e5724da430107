/*
 * demo_standards.c: demo data for standards, SLAs and the team: two
 * standards (the phone standard's version 2 still awaiting most staff's
 * acknowledgement; the complaints standard past its review date), an email
 * SLA, responsibilities and RACI rows, a team meeting with minutes and an
 * action raised from it, and coaching entries.
 */
#include "demo_standards.h"
#include "core/action.h"
#include "core/db.h"
#include "core/util.h"

#include <stdio.h>

/* The demo rows; U('name') is the id of a demo account. Dates are relative
 * to today so the demo always looks current. */
#define U(name) "(SELECT id FROM users WHERE username = '" name "')"
#define AGO(days) "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-" days " days')"
#define DAY(offset) "date('now', '" offset " days')"

static const char demo_standards_sql[] =
	"INSERT INTO standards (title, principle, owner_id, review_date, current_version, created_at, updated_at) VALUES "
	"('Answering the phone', 'responsiveness', " U("manager") ", " DAY("+180") ", 2, " AGO("60") ", " AGO("2") "),"
	"('Acknowledging complaints', 'assurance', " U("staff1") ", " DAY("-10") ", 1, " AGO("200") ", " AGO("200") ");"
	"INSERT INTO standard_versions (standard_id, version, commitment, details, change_note, published_by, published_at) VALUES "
	"((SELECT id FROM standards WHERE title = 'Answering the phone'), 1, 'Answer 80% of calls within 30 seconds', "
	" 'Measured on the telephony report every week.', 'First version.', " U("manager") ", " AGO("60") "),"
	"((SELECT id FROM standards WHERE title = 'Answering the phone'), 2, 'Answer 90% of calls within 20 seconds', "
	" 'Measured on the telephony report every week.\nAt peaks the floor walker takes overflow calls.', "
	" 'Customers told us 30 seconds felt too long; the survey target moved.', " U("manager") ", " AGO("2") "),"
	"((SELECT id FROM standards WHERE title = 'Acknowledging complaints'), 1, "
	" 'Acknowledge every complaint within 1 working day and name the person handling it', "
	" 'By the channel the customer used. Use the HEAT approach: hear, empathise, apologise, take ownership.', "
	" 'First version.', " U("staff1") ", " AGO("200") ");"
	/* everyone acknowledged the old phone version and the complaints standard */
	"INSERT INTO standard_acks (version_id, user_id, acknowledged_at) "
	"SELECT v.id, u.id, " AGO("50") " FROM standard_versions v JOIN standards s ON s.id = v.standard_id, users u "
	"WHERE (u.roles & 4) <> 0 AND ((s.title = 'Answering the phone' AND v.version = 1) OR s.title = 'Acknowledging complaints');"
	/* version 2 of the phone standard: two have read it so far */
	"INSERT INTO standard_acks (version_id, user_id, acknowledged_at) "
	"SELECT v.id, u.id, " AGO("1") " FROM standard_versions v JOIN standards s ON s.id = v.standard_id, users u "
	"WHERE s.title = 'Answering the phone' AND v.version = 2 AND u.username IN ('staff1', 'staff4');"
	"INSERT INTO raci (subject_type, subject_id, user_id, letter) SELECT 'standard', s.id, x.uid, x.letter FROM standards s, "
	"(SELECT " U("manager") " AS uid, 'A' AS letter UNION ALL SELECT " U("staff1") ", 'R' UNION ALL "
	" SELECT " U("staff6") ", 'C' UNION ALL SELECT " U("staff2") ", 'I') x WHERE s.title = 'Answering the phone';"
	"INSERT INTO raci (subject_type, subject_id, user_id, letter) SELECT 'standard', s.id, x.uid, x.letter FROM standards s, "
	"(SELECT " U("manager") " AS uid, 'A' AS letter UNION ALL SELECT " U("staff1") ", 'R' UNION ALL "
	" SELECT " U("staff5") ", 'R') x WHERE s.title = 'Acknowledging complaints';"
	"INSERT INTO slas (title, customer, promise, metric, target_value, target_unit, period, open_minutes, close_minutes, "
	"days_mask, holiday_region, responsible_id, on_breach, created_at, updated_at) VALUES "
	"('Email first response', 'Domestic customers writing to the customer service mailbox', "
	" 'A reply written by a person that answers the question or says who is dealing with it and by when.', "
	" 'Business time from an email arriving to the first personal reply', 2, 'working_days', 'monthly', 540, 1020, 62, "
	" 'england-and-wales', " U("staff5") ", "
	" 'The team leader phones the customer the same day and apologises; a breach over 5 working days earns a £10 "
	"goodwill credit; more than 5 breaches in a month raise a corrective action.', " AGO("30") ", " AGO("30") ");"
	"INSERT INTO team_roles (user_id, responsibility, created_at) VALUES "
	"(" U("staff1") ", 'Leads the Phones team''s morning huddle and covers escalations', " AGO("40") "),"
	"(" U("staff5") ", 'Quality checks five email and chat replies a week', " AGO("40") "),"
	"(" U("staff6") ", 'Floor walker at peaks; first aider', " AGO("40") "),"
	"(" U("manager") ", 'Owns the service plan and the weekly KPI review', " AGO("40") ");"
	"INSERT INTO meetings (held_on, title, minutes, decisions, created_by, created_at) VALUES "
	"(" DAY("-3") ", 'Weekly Phones team meeting', "
	" 'Reviewed last week: 84% of calls answered within 20 seconds against the new 90% standard.\n"
	"Monday and Tuesday mornings were the worst; three advisers were on lunch at 12:30.\n"
	"Staff asked for the hold script to be shortened.', "
	" 'Stagger lunch breaks between 12:00 and 14:00\nFloor walker takes overflow calls at peaks', "
	" " U("manager") ", " AGO("3") ");"
	"INSERT INTO meeting_attendees (meeting_id, user_id) SELECT m.id, u.id FROM meetings m, users u "
	"WHERE m.title = 'Weekly Phones team meeting' AND u.username IN ('manager', 'staff1', 'staff2', 'staff3');"
	"INSERT INTO coaching_entries (user_id, author_id, held_on, kind, notes, agreed, follow_up, created_at) VALUES "
	"(" U("staff2") ", " U("manager") ", " DAY("-20") ", 'observation', "
	" 'Listened to four calls. Warm greeting and clear explanations; two long holds while checking the billing system.', "
	" 'Use the billing quick guide; ask Amy for a screen-share session.', " DAY("+10") ", " AGO("20") "),"
	"(" U("staff2") ", " U("manager") ", " DAY("-6") ", 'recognition', "
	" 'Customer emailed to thank Ben for sorting a meter reading in one call.', '', '', " AGO("6") "),"
	"(" U("staff3") ", " U("manager") ", " DAY("-12") ", 'one_to_one', "
	" 'Monthly one-to-one. Chloe would like to train as a complaints handler.', "
	" 'Shadow Amy on two complaints this month.', " DAY("+18") ", " AGO("12") ");";

/* Raises the demo action from the meeting through the shared action record. */
static int raise_meeting_action(void)
{
	sqlite3_stmt *st;
	long long meeting = 0, owner = 0, id;
	char due[11];
	int rc = sqlite3_prepare_v2(db_get(),
		"SELECT (SELECT id FROM meetings WHERE title = 'Weekly Phones team meeting'), "
		U("staff1") ", date('now', '+11 days')", -1, &st, NULL);
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

/* See demo_standards.h. */
int demo_standards(void)
{
	int rc = db_exec(db_get(), demo_standards_sql);
	if (rc == SQLITE_OK)
		rc = raise_meeting_action();
	return rc;
}
