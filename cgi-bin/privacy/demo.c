/*
 * demo.c: the data protection area's demo rows: the index columns of the
 * demo's sealed feedback contacts, three requests (one due soon, one
 * overdue, one answered), two breaches (one inside its 72 hours, one
 * reported) and the privacy notice's first version.
 */
#include "privacy.h"
#include "engine.h"
#include "demo.h"
#include "core/caltime.h"
#include "core/crypto.h"
#include "core/db.h"

#include <string.h>

/* Inserts a customer's request, received days_ago days ago, found by
 * their email (sealed as a real request is), with the deadline the ICO's
 * rule gives. */
static int demo_customer_request(const char *kind, const char *requester, const char *email,
                                 long days_ago)
{
	char today[11], received[11];
	struct privacy_due due;
	struct arena a = {0};
	sqlite3_stmt *st;
	int found = date_add_days(today_london(today), -days_ago, received) != NULL &&
	            privacy_request_due(&a, received, 0, &due) != NULL;
	arena_free(&a);
	if (!found)
		return SQLITE_ERROR;
	int rc = sqlite3_prepare_v2(db_get(),
		"INSERT INTO privacy_requests (kind, subject_kind, requester, received_on, "
		"clock_from, due_on, created_by, created_at) VALUES (?1, 'customer', ?2, ?3, ?3, ?4, "
		DEMO_USER("admin") ", " DEMO_AGO("1") ")", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, requester, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, received, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, due.date, -1, SQLITE_TRANSIENT);
	rc = db_exec_stmt(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_OK)
		rc = privacy_request_seal_contact(sqlite3_last_insert_rowid(db_get()), email, "");
	return rc;
}

static const char *const demo_sql[] = {
	"INSERT INTO privacy_requests (kind, subject_kind, user_id, requester, received_on, clock_from, "
	"due_on, status, outcome, completed_at, created_by, created_at) VALUES ('access', 'staff', "
	DEMO_USER("staff3") ", 'Chloe Evans', " DEMO_DAY("-50") ", " DEMO_DAY("-50") ", "
	"date('now', '-50 days', '+1 month'), 'completed', 'The subject access bundle was provided.', "
	DEMO_AGO("30") ", " DEMO_USER("admin") ", " DEMO_AGO("50") ")",
	"INSERT INTO privacy_requests (kind, subject_kind, user_id, requester, received_on, clock_from, "
	"due_on, status, outcome, completed_at, created_by, created_at) VALUES ('access', 'staff', "
	DEMO_USER("staff5") ", (SELECT display_name FROM users WHERE username = 'staff5'), "
	DEMO_DAY("-12") ", " DEMO_DAY("-12") ", date('now', '-12 days', '+1 month'), 'refused', "
	"'Refused: Manifestly excessive (UK GDPR Article 12(5)).\nThe fourth request this month for "
	"the same records; the bundle sent on the 1st is still complete.', " DEMO_AGO("10") ", "
	DEMO_USER("admin") ", " DEMO_AGO("12") ")",
	"INSERT INTO privacy_breaches (found_at, aware_at, title, description, people_affected, risk, "
	"ico_told, ico_reason, recorded_by, recorded_at) VALUES (" DEMO_AGO("2") ", " DEMO_AGO("2") ", "
	"'Feedback export emailed to the wrong supplier', 'A CSV of last month''s feedback responses "
	"(ratings and comments, no contact details) was emailed to the wrong supplier. They confirmed "
	"deletion the same day.', 120, 'risk', 0, '', " DEMO_USER("admin") ", " DEMO_AGO("2") ")",
	"INSERT INTO privacy_breaches (found_at, aware_at, title, description, people_affected, risk, "
	"ico_told, ico_told_at, ico_reason, recorded_by, recorded_at) VALUES (" DEMO_AGO("60") ", "
	DEMO_AGO("60") ", 'Rota printout left on a train', 'A printed week of the phones team''s rota "
	"(names and shift times) was left on a train.', 9, 'unlikely', 0, NULL, "
	"'Names and working hours only, no contact details; unlikely to result in a risk to the people.', "
	DEMO_USER("admin") ", " DEMO_AGO("60") ")",
	"INSERT INTO privacy_notices (version, body, change_note, published_by, published_at) VALUES "
	"('2026-11', 'We use feedback to measure and improve our service. If you tick the consent box "
	"we keep your contact details, encrypted, for 12 months and use them only to reply to you.', "
	"'First version', " DEMO_USER("admin") ", " DEMO_AGO("40") ")",
};

/* See privacy.h. */
int privacy_demo_write(void)
{
	long long filled = 0;
	int rc = privacy_fill_contact_indexes(1, &filled);
	if (rc == SQLITE_OK)
		rc = demo_customer_request("access", "Sam Taylor", "sam@example.net", 25);
	if (rc == SQLITE_OK)
		rc = demo_customer_request("erasure", "Aisha Khan", "aisha@example.net", 35);
	for (size_t i = 0; rc == SQLITE_OK && i < sizeof demo_sql / sizeof demo_sql[0]; i++)
		rc = db_exec(db_get(), demo_sql[i]);
	return rc;
}
