/*
 * demo.c: demo data for standards and SLAs: two standards (the phone
 * standard's version 2 still awaiting most staff's acknowledgement; the
 * complaints standard past its review date) with their RACI rows, and an
 * email SLA.
 */
#include "standards.h"
#include "demo.h"
#include "core/auth.h"
#include "core/db.h"

/* The demo rows. Dates are relative to today so the demo always looks
 * current. */
static const char demo_standards_sql[] =
	"INSERT INTO standards (title, principle, owner_id, review_date, current_version, created_at, updated_at) VALUES "
	"('Answering the phone', 'responsiveness', " DEMO_USER("manager") ", " DEMO_DAY("+180") ", 2, " DEMO_AGO("60") ", " DEMO_AGO("2") "),"
	"('Acknowledging complaints', 'assurance', " DEMO_USER("staff1") ", " DEMO_DAY("-10") ", 1, " DEMO_AGO("200") ", " DEMO_AGO("200") ");"
	"INSERT INTO standard_versions (standard_id, version, commitment, details, change_note, published_by, published_at) VALUES "
	"((SELECT id FROM standards WHERE title = 'Answering the phone'), 1, 'Answer 80% of calls within 30 seconds', "
	" 'Measured on the telephony report every week.', 'First version.', " DEMO_USER("manager") ", " DEMO_AGO("60") "),"
	"((SELECT id FROM standards WHERE title = 'Answering the phone'), 2, 'Answer 90% of calls within 20 seconds', "
	" 'Measured on the telephony report every week.\nAt peaks the floor walker takes overflow calls.', "
	" 'Customers told us 30 seconds felt too long; the survey target moved.', " DEMO_USER("manager") ", " DEMO_AGO("2") "),"
	"((SELECT id FROM standards WHERE title = 'Acknowledging complaints'), 1, "
	" 'Acknowledge every complaint within 1 working day and name the person handling it', "
	" 'By the channel the customer used. Use the HEAT approach: hear, empathise, apologise, take ownership.', "
	" 'First version.', " DEMO_USER("staff1") ", " DEMO_AGO("200") ");"
	/* version 2 of the phone standard: two have read it so far */
	"INSERT INTO standard_acks (version_id, user_id, acknowledged_at) "
	"SELECT v.id, u.id, " DEMO_AGO("1") " FROM standard_versions v JOIN standards s ON s.id = v.standard_id, users u "
	"WHERE s.title = 'Answering the phone' AND v.version = 2 AND u.username IN ('staff1', 'staff4');"
	"INSERT INTO raci (subject_type, subject_id, user_id, letter) SELECT 'standard', s.id, x.uid, x.letter FROM standards s, "
	"(SELECT " DEMO_USER("manager") " AS uid, 'A' AS letter UNION ALL SELECT " DEMO_USER("staff1") ", 'R' UNION ALL "
	" SELECT " DEMO_USER("staff6") ", 'C' UNION ALL SELECT " DEMO_USER("staff2") ", 'I') x WHERE s.title = 'Answering the phone';"
	"INSERT INTO raci (subject_type, subject_id, user_id, letter) SELECT 'standard', s.id, x.uid, x.letter FROM standards s, "
	"(SELECT " DEMO_USER("manager") " AS uid, 'A' AS letter UNION ALL SELECT " DEMO_USER("staff1") ", 'R' UNION ALL "
	" SELECT " DEMO_USER("staff5") ", 'R') x WHERE s.title = 'Acknowledging complaints';"
	"INSERT INTO slas (title, customer, promise, metric, target_value, target_unit, period, open_minutes, close_minutes, "
	"days_mask, holiday_region, responsible_id, on_breach, created_at, updated_at) VALUES "
	"('Email first response', 'Domestic customers writing to the customer service mailbox', "
	" 'A reply written by a person that answers the question or says who is dealing with it and by when.', "
	" 'Business time from an email arriving to the first personal reply', 2, 'working_days', 'monthly', 540, 1020, 31, "
	" 'england-and-wales', " DEMO_USER("staff5") ", "
	" 'The team leader phones the customer the same day and apologises; a breach over 5 working days earns a £10 "
	"goodwill credit; more than 5 breaches in a month raise a corrective action.', " DEMO_AGO("30") ", " DEMO_AGO("30") ");";

/* Every member of staff (?1: the staff role) acknowledged the old phone
 * version and the complaints standard. */
static const char demo_old_acks_sql[] =
	"INSERT INTO standard_acks (version_id, user_id, acknowledged_at) "
	"SELECT v.id, u.id, " DEMO_AGO("50") " FROM standard_versions v JOIN standards s ON s.id = v.standard_id, users u "
	"WHERE (u.roles & ?1) <> 0 AND ((s.title = 'Answering the phone' AND v.version = 1) OR s.title = 'Acknowledging complaints')";

/* See standards.h. */
int standards_demo_write(void)
{
	int rc = db_exec(db_get(), demo_standards_sql);
	if (rc == SQLITE_OK)
		rc = db_exec_int(db_get(), demo_old_acks_sql, ROLE_STAFF);
	return rc;
}
