/*
 * test_privacy.c: the data protection engine on a real database file:
 * the ICO deadline rule (month ends, leap years, extensions); the
 * retention purge at its boundaries (a row one day past its retention
 * goes, one a day short stays, aggregates stay, a dry run changes
 * nothing); a person's bundle (their rows, sealed contacts opened,
 * secrets left out, who accessed them); erasure and its replay after a
 * restore (a row reused by someone else is not touched); and key rotation
 * (everything re-sealed and still found, the old key gone, secure_delete
 * still on and the old ciphertext gone from the file).
 */
#include "check.h"
#include "privacy/engine.h"
#include "privacy/privacy.h"
#include "core/audit.h"
#include "core/crypto.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/holidays.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/frontline-privacy-XXXXXX";
static char db_path[256], key_path[300];

/* The deadline rule: one calendar month, the last day of the month when
 * it has no such day, three months when extended. */
static void test_sar_deadline(void)
{
	char out[11];
	CHECK_STR_EQ(privacy_sar_due("2026-09-03", 0, out), "2026-10-03");
	CHECK_STR_EQ(privacy_sar_due("2026-01-31", 0, out), "2026-02-28");
	CHECK_STR_EQ(privacy_sar_due("2028-01-31", 0, out), "2028-02-29");   /* leap year */
	CHECK_STR_EQ(privacy_sar_due("2028-01-29", 0, out), "2028-02-29");
	CHECK_STR_EQ(privacy_sar_due("2026-01-29", 0, out), "2026-02-28");
	CHECK_STR_EQ(privacy_sar_due("2026-03-31", 0, out), "2026-04-30");
	CHECK_STR_EQ(privacy_sar_due("2026-04-30", 0, out), "2026-05-30");
	CHECK_STR_EQ(privacy_sar_due("2028-02-29", 0, out), "2028-03-29");
	CHECK_STR_EQ(privacy_sar_due("2026-12-15", 0, out), "2027-01-15");   /* over the year end */
	CHECK_STR_EQ(privacy_sar_due("2026-12-31", 0, out), "2027-01-31");
	CHECK_STR_EQ(privacy_sar_due("2026-01-31", 1, out), "2026-04-30");   /* extended */
	CHECK_STR_EQ(privacy_sar_due("2027-11-30", 1, out), "2028-02-29");
	CHECK_STR_EQ(privacy_sar_due("2026-11-30", 1, out), "2027-02-28");
	CHECK_STR_EQ(privacy_sar_due("2026-06-10", 1, out), "2026-09-10");
	CHECK_NULL(privacy_sar_due("2026-02-30", 0, out));
	CHECK_NULL(privacy_sar_due("soon", 0, out));
	/* the states of the requests page */
	CHECK_STR_EQ(privacy_request_state("open", "2026-12-02", "2026-12-03"), "overdue");
	CHECK_STR_EQ(privacy_request_state("open", "2026-12-03", "2026-12-03"), "due");
	CHECK_STR_EQ(privacy_request_state("open", "2026-12-10", "2026-12-03"), "due");
	CHECK_STR_EQ(privacy_request_state("open", "2026-12-11", "2026-12-03"), "open");
	CHECK_STR_EQ(privacy_request_state("paused", "2026-11-01", "2026-12-03"), "paused");
	CHECK_STR_EQ(privacy_request_state("completed", "2026-11-01", "2026-12-03"), "completed");
}

/* Returns the day number of a YYYY-MM-DD date (0 for a bad one). */
static long day_of(const char *date)
{
	long d = 0;
	return date_to_days(date, &d) ? d : 0;
}

/* The deadline on working days: a calendar-month date on a weekend or a
 * bank holiday moves to the next working day; the leap-year and month-end
 * dates still come from the calendar-month rule. */
static void test_sar_working_deadline(void)
{
	const long holidays[] = {
		day_of("2025-12-25"), day_of("2025-12-26"), day_of("2026-04-03"), day_of("2026-04-06"),
		day_of("2026-12-25"), day_of("2026-12-28"),
	};
	struct biz_calendar cal;
	struct privacy_due due;
	biz_calendar_weekdays(&cal, 9 * 60, 17 * 60, holidays, sizeof holidays / sizeof holidays[0]);
	/* a working day: unchanged */
	CHECK_STR_EQ(privacy_sar_due_working("2026-09-03", 0, &cal, &due), "2026-10-05");   /* 3 Oct: a Saturday */
	CHECK_STR_EQ(due.calendar, "2026-10-03");
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_WEEKEND);
	CHECK_STR_EQ(privacy_sar_due_working("2026-09-02", 0, &cal, &due), "2026-10-02");   /* a Friday */
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_NOT_MOVED);
	CHECK_STR_EQ(due.calendar, due.date);
	CHECK_STR_EQ(privacy_sar_due_working("2026-12-04", 0, &cal, &due), "2027-01-04");   /* 4 Jan 2027: a Monday */
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_NOT_MOVED);
	/* a Sunday */
	CHECK_STR_EQ(privacy_sar_due_working("2026-12-31", 0, &cal, &due), "2027-02-01");   /* 31 Jan 2027: a Sunday */
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_WEEKEND);
	/* Christmas Day (Thursday) then Boxing Day (Friday) then the weekend */
	CHECK_STR_EQ(privacy_sar_due_working("2025-11-25", 0, &cal, &due), "2025-12-29");
	CHECK_STR_EQ(due.calendar, "2025-12-25");
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_HOLIDAY);
	/* Boxing Day itself */
	CHECK_STR_EQ(privacy_sar_due_working("2025-11-26", 0, &cal, &due), "2025-12-29");
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_HOLIDAY);
	/* Christmas Day 2026 (Friday), the weekend, Boxing Day's substitute Monday */
	CHECK_STR_EQ(privacy_sar_due_working("2026-11-25", 0, &cal, &due), "2026-12-29");
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_HOLIDAY);
	/* Easter Monday */
	CHECK_STR_EQ(privacy_sar_due_working("2026-03-06", 0, &cal, &due), "2026-04-07");
	CHECK_STR_EQ(due.calendar, "2026-04-06");
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_HOLIDAY);
	/* Good Friday, the weekend and Easter Monday: the Tuesday */
	CHECK_STR_EQ(privacy_sar_due_working("2026-03-03", 0, &cal, &due), "2026-04-07");
	/* month ends and leap years still hold */
	CHECK_STR_EQ(privacy_sar_due_working("2028-01-31", 0, &cal, &due), "2028-02-29");   /* a Tuesday */
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_NOT_MOVED);
	CHECK_STR_EQ(privacy_sar_due_working("2026-01-31", 0, &cal, &due), "2026-03-02");   /* 28 Feb: a Saturday */
	CHECK_STR_EQ(due.calendar, "2026-02-28");
	CHECK_EQ_INT(due.moved, PRIVACY_DUE_WEEKEND);
	CHECK_STR_EQ(privacy_sar_due_working("2026-03-31", 0, &cal, &due), "2026-04-30");   /* a Thursday */
	CHECK_STR_EQ(privacy_sar_due_working("2027-11-30", 1, &cal, &due), "2028-02-29");   /* extended */
	CHECK_STR_EQ(privacy_sar_due_working("2026-03-30", 1, &cal, &due), "2026-06-30");
	CHECK_NULL(privacy_sar_due_working("2026-02-30", 0, &cal, &due));
}

/* The England and Wales calendar from the migrated bank_holidays table
 * (core/holidays.c) gives the same dates, and the holiday's name. */
static void test_england_calendar(void)
{
	struct arena a = {0};
	struct biz_calendar cal;
	struct privacy_due due;
	char name[101];
	CHECK_EQ_INT(holidays_england_calendar(&a, &cal), 0);
	CHECK(cal.holiday_count >= 8);
	CHECK(biz_is_holiday(&cal, day_of("2026-04-06")));
	CHECK_STR_EQ(privacy_sar_due_working("2026-03-06", 0, &cal, &due), "2026-04-07");
	CHECK_STR_EQ(privacy_request_due(&a, "2025-11-25", 0, &due), "2025-12-29");
	CHECK_EQ_INT(holidays_england_name("2026-04-06", name, sizeof name), 1);
	CHECK_STR_EQ(name, "Easter Monday");
	CHECK_EQ_INT(holidays_england_name("2026-04-07", name, sizeof name), 0);
	CHECK_STR_EQ(name, "");
	long *days;
	size_t n = 99, england = 0;
	CHECK_EQ_INT(holidays_load(&a, "none", &days, &n), 0);   /* an SLA that counts holidays */
	CHECK_EQ_INT((int)n, 0);
	CHECK_EQ_INT(holidays_load(&a, "england-and-wales", &days, &england), 0);
	CHECK_EQ_INT((int)england, (int)cal.holiday_count);        /* the same table, the same days */
	for (size_t i = 1; i < england; i++)
		CHECK(days[i - 1] < days[i]);                           /* sorted, as bizclock needs */
	arena_free(&a);
}

/* The 72 hours from awareness of a breach. */
static void test_breach_clock(void)
{
	char out[21];
	long hours;
	time_t aware;
	CHECK_STR_EQ(privacy_breach_deadline("2026-12-01T09:00:00Z", out), "2026-12-04T09:00:00Z");
	CHECK(parse_utc_text("2026-12-01T09:00:00Z", &aware));
	CHECK_STR_EQ(privacy_breach_state("2026-12-01T09:00:00Z", 0, "risk", "", aware + 71 * 3600, &hours), "open");
	CHECK_EQ_INT(hours, 1);
	CHECK_STR_EQ(privacy_breach_state("2026-12-01T09:00:00Z", 0, "risk", "", aware + 73 * 3600, &hours), "overdue");
	CHECK_EQ_INT(hours, -1);
	CHECK_STR_EQ(privacy_breach_state("2026-12-01T09:00:00Z", 1, "high", "", aware + 99 * 3600, &hours), "reported");
	CHECK_STR_EQ(privacy_breach_state("2026-12-01T09:00:00Z", 0, "unlikely", "names only", aware + 99 * 3600, &hours),
	             "not reportable");
	CHECK_STR_EQ(privacy_breach_state("2026-12-01T09:00:00Z", 0, "unlikely", "", aware + 99 * 3600, &hours), "overdue");
}

/* Runs SQL on the test database; returns SQLITE_OK or the error. */
static int exec(const char *sql)
{
	return db_exec(db_get(), sql);
}

/* Returns the integer the query gives, or -1. */
static long long number(const char *sql)
{
	sqlite3_stmt *st;
	long long n = -1;
	if (sqlite3_prepare_v2(db_get(), sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Inserts feedback response id submitted at when, with contact details
 * (sealed, indexed) given at consent when contact is not NULL. */
static int add_response(long long id, const char *when, const char *contact, const char *consent)
{
	sqlite3_stmt *st;
	struct buf sealed = {0};
	char email[33] = "", phone[33] = "";
	if (sqlite3_prepare_v2(db_get(), "INSERT INTO feedback_responses (id, form_id, form_version, submitted_at, "
	                       "day, touchpoint, csat, nps, comment, contact, consent_at, consent_notice, "
	                       "contact_email_index, contact_phone_index) VALUES (?1, 1, 1, ?2, substr(?2, 1, 10), "
	                       "'web', 4, 9, 'fine', ?3, ?4, '2026-11', ?5, ?6)", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, when, -1, SQLITE_STATIC);
	if (contact) {
		if (secret_seal(contact, strlen(contact), "feedback_responses", "contact", id, &sealed) != 0 ||
		    contact_index_of_plain(contact, email, phone) != 0)
			return -1;
		sqlite3_bind_blob(st, 3, sealed.data, (int)sealed.len, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 4, consent, -1, SQLITE_STATIC);
		if (email[0])
			sqlite3_bind_text(st, 5, email, -1, SQLITE_TRANSIENT);
		if (phone[0])
			sqlite3_bind_text(st, 6, phone, -1, SQLITE_TRANSIENT);
	}
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_finalize(st);
	buf_free(&sealed);
	return rc;
}

/* A new database with a key, a form, two accounts and a KPI result. */
static int make_database(void)
{
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(db_path, sizeof db_path, "%s/p.db", dir);
	snprintf(key_path, sizeof key_path, "%s/p.db.key", dir);
	setenv("FRONTLINE_DB", db_path, 1);
	sqlite3 *db = db_open(db_path, 1);
	if (db == NULL || db_migrate(db) < 0)
		return -1;
	db_set(db);
	if (secret_key_create(key_path) < 0 || secret_key_load(key_path) != 0)
		return -1;
	return exec("INSERT INTO feedback_forms (id, slug, created_at, updated_at) VALUES (1, 'f', 'x', 'x');"
	            "INSERT INTO feedback_form_versions (form_id, version, title, touchpoints, created_at) "
	            "VALUES (1, 1, 'F', 'web', 'x');"
	            "INSERT INTO users (id, username, display_name, email, job_title, password_hash, created_at, "
	            "updated_at, password_changed_at) VALUES (2, 'amy', 'Amy Clarke', 'amy@example.org', 'Adviser', "
	            "'x', 'x', 'x', 'x'), (3, 'ben', 'Ben Hughes', 'ben@example.org', 'Adviser', 'x', 'x', 'x', 'x');"
	            "INSERT INTO kpis (id, name, direction, target, amber_at, red_at, created_by, created_at, updated_at) "
	            "VALUES (1, 'CSAT', 'higher', 90, 80, 70, 2, '2015-01-01T00:00:00Z', 'x');"
	            "INSERT INTO kpi_results (kpi_id, period, value, rag, entered_by, entered_at) "
	            "VALUES (1, '2015-01-01', 85, 'amber', 2, '2015-02-01T00:00:00Z');") == SQLITE_OK ? 0 : -1;
}

/* The purge at its boundaries, with the clock set to 2026-06-15. */
static void test_purge_boundaries(void)
{
	struct privacy_purge_line lines[64];
	size_t n = 0;
	/* feedback: 6 years after submitted_at (cut-off 2020-06-15); contact
	 * details 12 months after consent_at (cut-off 2025-06-15) */
	CHECK_EQ_INT(add_response(1, "2020-06-14T23:00:00Z", NULL, NULL), 0);       /* a day past */
	CHECK_EQ_INT(add_response(2, "2020-06-13T08:00:00Z", NULL, NULL), 0);       /* two days past */
	CHECK_EQ_INT(add_response(3, "2020-06-16T08:00:00Z", NULL, NULL), 0);       /* a day short */
	CHECK_EQ_INT(add_response(4, "2025-06-14T10:00:00Z", "Old Contact\nold@example.net\n07700 900001",
	                          "2025-06-14T10:00:00Z"), 0);                      /* contact a day past */
	CHECK_EQ_INT(add_response(5, "2025-06-16T10:00:00Z", "New Contact\nnew@example.net\n07700 900002",
	                          "2025-06-16T10:00:00Z"), 0);                      /* contact a day short */
	/* sign-in failures: 1 day after at (cut-off 2026-06-14) */
	CHECK_EQ_INT(exec("INSERT INTO login_failures (at, username, ip) VALUES "
	                  "('2026-06-13T12:00:00Z', 'x', '1'), ('2026-06-14T12:00:00Z', 'y', '2')"), SQLITE_OK);
	long long totals = number("SELECT sum(responses) FROM feedback_daily_total");
	CHECK_EQ_INT(totals, 5);

	struct privacy_purge_options dry = { "2026-06-15", 1, 1, NULL };
	CHECK_EQ_INT(privacy_purge(&dry, lines, 64, &n), SQLITE_OK);
	long long due_rows = 0;
	for (size_t i = 0; i < n; i++)
		due_rows += lines[i].rows;
	CHECK_EQ_INT(due_rows, 4);     /* responses 1 and 2, contact 4, one failure */
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_responses"), 5);   /* a dry run changes nothing */

	struct privacy_purge_options run = { "2026-06-15", 0, 1, NULL };   /* batches of one row */
	CHECK_EQ_INT(privacy_purge(&run, lines, 64, &n), SQLITE_OK);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_responses WHERE id IN (1, 2)"), 0);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_responses WHERE id = 3"), 1);
	CHECK_EQ_INT(number("SELECT contact IS NULL AND contact_email_index IS NULL AND contact_phone_index IS NULL "
	                    "FROM feedback_responses WHERE id = 4"), 1);
	CHECK_EQ_INT(number("SELECT csat FROM feedback_responses WHERE id = 4"), 4);   /* the answers stay */
	CHECK_EQ_INT(number("SELECT contact IS NOT NULL AND contact_email_index IS NOT NULL "
	                    "FROM feedback_responses WHERE id = 5"), 1);
	CHECK_EQ_INT(number("SELECT count(*) FROM login_failures"), 1);
	CHECK_EQ_INT(number("SELECT count(*) FROM login_failures WHERE username = 'y'"), 1);
	/* aggregates survive */
	CHECK_EQ_INT(number("SELECT sum(responses) FROM feedback_daily_total"), totals);
	CHECK_EQ_INT(number("SELECT sum(responses) FROM feedback_daily"), totals);
	CHECK_EQ_INT(number("SELECT count(*) FROM kpi_results"), 1);
	CHECK_EQ_INT(number("SELECT count(*) FROM audit WHERE action = 'privacy.purge'"), 1);
	/* a second run finds nothing more */
	CHECK_EQ_INT(privacy_purge(&run, lines, 64, &n), SQLITE_OK);
	due_rows = 0;
	for (size_t i = 0; i < n; i++)
		due_rows += lines[i].rows;
	CHECK_EQ_INT(due_rows, 0);
}

/* Returns 1 when the bundle has a table called name. */
static const struct privacy_rows *bundle_table(const struct privacy_bundle *b, const char *name)
{
	for (const struct privacy_rows *r = b->tables; r; r = r->next)
		if (strcmp(r->entry->table, name) == 0)
			return r;
	return NULL;
}

/* Returns 1 when a column of r is called name. */
static int has_column(const struct privacy_rows *r, const char *name)
{
	for (size_t c = 0; r && c < r->ncols; c++)
		if (strcmp(r->cols[c], name) == 0)
			return 1;
	return 0;
}

/* A staff member's and a customer's bundles. */
static void test_bundle(void)
{
	struct arena a = {0};
	struct privacy_bundle b;
	struct buf json = {0};
	struct privacy_person staff = { 1, 2, { "", "" }, { "", "" } };
	/* child rows of the customer's response 5 (tagged by Ben), and a tag
	 * Amy gave someone else's response 3 */
	CHECK_EQ_INT(exec("INSERT INTO feedback_tags (response_id, tag, added_by, added_at) VALUES "
	                  "(5, 'billing', 3, 'x'), (3, 'waiting time', 2, 'x');"
	                  "INSERT INTO feedback_servqual_answers (response_id, item, expectation, perception) VALUES "
	                  "(5, 1, 7, 5), (5, 2, 6, 6), (3, 1, 4, 4);"), SQLITE_OK);
	CHECK_EQ_INT(exec("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen) "
	                  "VALUES ('secret-hash', 2, 'secret-csrf', '2026-06-15T00:00:00Z', '2026-06-15T00:00:00Z');"
	                  "INSERT INTO audit (at, user_id, username, action, target_type, target_id, detail) VALUES "
	                  "('2026-06-15T10:00:00Z', 3, 'ben', 'coaching.viewed', 'user', 2, ''),"
	                  "('2026-06-15T11:00:00Z', 3, 'ben', 'feedback.contact_viewed', 'feedback_response', 5, 'reply');"),
	             SQLITE_OK);
	CHECK_EQ_INT(privacy_bundle_collect(&a, &staff, &b), 0);
	const struct privacy_rows *users = bundle_table(&b, "users"), *sessions = bundle_table(&b, "sessions");
	if (CHECK_NOT_NULL(users) && CHECK_NOT_NULL(sessions)) {
		CHECK_EQ_INT((long long)users->nrows, 1);
		CHECK(!has_column(users, "password_hash"));
		CHECK(!has_column(sessions, "token_hash"));
		CHECK(!has_column(sessions, "csrf_token"));
		CHECK(has_column(sessions, "last_seen"));
	}
	CHECK_NOT_NULL(bundle_table(&b, "kpi_results"));
	CHECK_NULL(bundle_table(&b, "feedback_responses"));
	const struct privacy_rows *amy_tags = bundle_table(&b, "feedback_tags");
	if (CHECK_NOT_NULL(amy_tags))
		CHECK_EQ_INT((long long)amy_tags->nrows, 1);   /* the tag she gave, not the customer's rows */
	CHECK_NULL(bundle_table(&b, "feedback_servqual_answers"));
	if (CHECK_NOT_NULL(b.access))
		CHECK_EQ_INT((long long)b.access->nrows, 1);   /* the coaching view */
	CHECK_EQ_INT(privacy_bundle_json(&b, "Amy Clarke", "2026-06-15T12:00:00Z", &json), 0);
	CHECK_CONTAINS(json.data, "\"table\": \"users\"");
	CHECK_CONTAINS(json.data, "\"coaching.viewed\"");
	CHECK(strstr(json.data, "secret-hash") == NULL);

	struct privacy_person customer;
	CHECK_EQ_INT(privacy_person_from_contact(&customer, " NEW@example.net ", ""), 0);
	CHECK_EQ_INT(privacy_bundle_collect(&a, &customer, &b), 0);
	const struct privacy_rows *fr = bundle_table(&b, "feedback_responses");
	if (CHECK_NOT_NULL(fr)) {
		CHECK_EQ_INT((long long)fr->nrows, 1);
		CHECK(!has_column(fr, "contact_email_index"));
		int opened = 0;
		for (size_t c = 0; c < fr->ncols; c++)
			if (strcmp(fr->cols[c], "contact") == 0 && fr->cells[c])
				opened = strstr(fr->cells[c], "new@example.net") != NULL;
		CHECK(opened);
	}
	CHECK_NULL(bundle_table(&b, "users"));
	/* the child rows of their response, through the declarations' via ties */
	const struct privacy_rows *tags = bundle_table(&b, "feedback_tags");
	const struct privacy_rows *answers = bundle_table(&b, "feedback_servqual_answers");
	if (CHECK_NOT_NULL(tags) && CHECK_NOT_NULL(answers)) {
		CHECK_EQ_INT((long long)tags->nrows, 1);
		CHECK(has_column(tags, "tag"));
		CHECK_EQ_INT((long long)answers->nrows, 2);   /* not response 3's */
		CHECK(has_column(answers, "perception"));
	}
	if (CHECK_NOT_NULL(b.access))
		CHECK_EQ_INT((long long)b.access->nrows, 1);   /* the contact view */
	struct privacy_person by_phone;
	CHECK_EQ_INT(privacy_person_from_contact(&by_phone, "", "+44 7700 900002"), 0);
	CHECK_EQ_INT(privacy_bundle_collect(&a, &by_phone, &b), 0);
	CHECK_NOT_NULL(bundle_table(&b, "feedback_responses"));
	CHECK_EQ_INT(privacy_person_from_contact(&by_phone, "", ""), -1);
	buf_free(&json);
	arena_free(&a);
}

/* What the erasure callback erases. */
struct erase_ctx {
	const struct privacy_person *p;
	struct privacy_erasure_line lines[64];
	size_t n;
};

/* Erases inside a write (a db_write callback). */
static int write_erase(void *ctx)
{
	struct erase_ctx *e = ctx;
	return privacy_erase_person(NULL, e->p, 7, e->lines, 64, &e->n);
}

/* Copies the database file at from over the open database (as
 * frontline-admin restore does). Returns 0 or -1. */
static int restore_from(const char *from)
{
	sqlite3 *src;
	if (sqlite3_open_v2(from, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	sqlite3_backup *b = sqlite3_backup_init(db_get(), "main", src, "main");
	int rc = b && sqlite3_backup_step(b, -1) == SQLITE_DONE ? 0 : -1;
	sqlite3_backup_finish(b);
	sqlite3_close(src);
	return rc;
}

/* Erasure per the declarations, and its replay after a restore. */
static void test_erasure_and_replay(void)
{
	char backup[300], log_path[4200], sql[400];
	struct privacy_person customer, staff = { 1, 2, { "", "" }, { "", "" } };
	CHECK_EQ_INT(add_response(10, "2026-06-01T10:00:00Z", "Kofi Mensah\nkofi@example.net\n07700 900010",
	                          "2026-06-01T10:00:00Z"), 0);
	CHECK_EQ_INT(add_response(11, "2026-06-02T10:00:00Z", "Kofi M\nKofi@Example.net\n", "2026-06-02T10:00:00Z"), 0);
	CHECK_EQ_INT(exec("INSERT INTO feedback_tags (response_id, tag, added_by, added_at) VALUES (10, 'praise', 3, 'x');"
	                  "INSERT INTO feedback_servqual_answers (response_id, item, expectation, perception) VALUES "
	                  "(10, 1, 7, 7), (11, 1, 5, 3);"), SQLITE_OK);
	CHECK_EQ_INT(exec("INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, role, "
	                  "created_at, updated_at) VALUES (2, '2026-06-01', '2026-06-01T08:00:00Z', "
	                  "'2026-06-01T16:00:00Z', '09:00', '17:00', 'phones', 'x', 'x')"), SQLITE_OK);
	long long totals = number("SELECT sum(responses) FROM feedback_daily_total");
	snprintf(backup, sizeof backup, "%s/backup.db", dir);
	snprintf(sql, sizeof sql, "VACUUM INTO '%s'", backup);
	CHECK_EQ_INT(exec(sql), SQLITE_OK);

	CHECK_EQ_INT(privacy_person_from_contact(&customer, "kofi@example.net", ""), 0);
	struct erase_ctx e = { &customer, {{ "", 0, 0, NULL }}, 0 };
	CHECK_EQ_INT(db_write(write_erase, &e), SQLITE_OK);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_responses WHERE id IN (10, 11)"), 0);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_responses WHERE id = 5"), 1);   /* someone else */
	/* their responses' child rows go with them (ON DELETE CASCADE, which the
	 * data map's check requires of a via tie to a deleted parent) */
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_tags WHERE response_id IN (10, 11)"), 0);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_servqual_answers WHERE response_id IN (10, 11)"), 0);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_servqual_answers WHERE response_id = 5"), 2);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_tags WHERE response_id = 5"), 1);
	CHECK_EQ_INT(number("SELECT sum(responses) FROM feedback_daily_total"), totals);
	CHECK(e.n >= 1);
	struct privacy_erasure_line *fl = NULL;
	for (size_t i = 0; i < e.n; i++)
		if (strcmp(e.lines[i].table, "feedback_responses") == 0)
			fl = &e.lines[i];
	if (CHECK_NOT_NULL(fl))
		CHECK_EQ_INT(fl->rows, 2);

	struct erase_ctx s = { &staff, {{ "", 0, 0, NULL }}, 0 };
	CHECK_EQ_INT(db_write(write_erase, &s), SQLITE_OK);
	CHECK_EQ_INT(number("SELECT count(*) FROM sessions WHERE user_id = 2"), 0);
	CHECK_EQ_INT(number("SELECT email = '' AND job_title = '' FROM users WHERE id = 2"), 1);
	CHECK_EQ_INT(number("SELECT count(*) FROM shifts WHERE user_id = 2"), 1);    /* kept, with the reason */
	CHECK_EQ_INT(number("SELECT entered_by IS NULL FROM kpi_results"), 1);
	CHECK_EQ_INT(number("SELECT email <> '' FROM users WHERE id = 3"), 1);   /* nobody else's */
	int kept = 0;
	for (size_t i = 0; i < s.n; i++)
		if (strcmp(s.lines[i].table, "shifts") == 0 && s.lines[i].action == DATAMAP_ACTION_KEEP &&
		    s.lines[i].reason && strstr(s.lines[i].reason, "Working Time"))
			kept = 1;
	CHECK(kept);

	/* the log is beside the key, holds no contact detail, mode 0600 */
	struct stat sb;
	if (CHECK_NOT_NULL(privacy_erasure_log_path(log_path, sizeof log_path)) && CHECK_EQ_INT(stat(log_path, &sb), 0)) {
		CHECK_EQ_INT(sb.st_mode & 0777, 0600);
		FILE *f = fopen(log_path, "r");
		char text[4096] = "";
		size_t got = f ? fread(text, 1, sizeof text - 1, f) : 0;
		text[got] = '\0';
		if (f)
			fclose(f);
		CHECK_CONTAINS(text, "\trow\tfeedback_responses\t10\tcontact\t");
		CHECK_CONTAINS(text, "\tuser\t2\n");
		CHECK(strstr(text, "kofi") == NULL);
	}

	/* restoring the old backup brings them back; the replay erases them again */
	CHECK_EQ_INT(restore_from(backup), 0);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_responses WHERE id IN (10, 11)"), 2);
	CHECK_EQ_INT(exec("UPDATE feedback_responses SET contact = x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899' "
	                  "WHERE id = 11"), SQLITE_OK);   /* the id taken by someone else */
	long long applied = 0;
	CHECK_EQ_INT(privacy_erasure_replay(&applied), SQLITE_OK);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_responses WHERE id = 10"), 0);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_tags WHERE response_id = 10"), 0);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_servqual_answers WHERE response_id = 10"), 0);
	CHECK_EQ_INT(number("SELECT count(*) FROM feedback_responses WHERE id = 11"), 1);
	CHECK_EQ_INT(number("SELECT count(*) FROM sessions WHERE user_id = 2"), 0);
	CHECK_EQ_INT(number("SELECT email = '' FROM users WHERE id = 2"), 1);
	CHECK_EQ_INT(applied, 2);
	exec("DELETE FROM feedback_responses WHERE id = 11");
}

/* Returns 1 when the file at path holds the len bytes of needle. */
static int file_holds(const char *path, const void *needle, size_t len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = {0};
	char chunk[65536];
	size_t got;
	if (f == NULL)
		return 0;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, got);
	fclose(f);
	int found = b.data && memmem(b.data, b.len, needle, len) != NULL;
	buf_free(&b);
	return found;
}

/* Key rotation: every value re-sealed under the new key and still found
 * by its index; the old key gone; secure_delete still on. */
static void test_rotate_key(void)
{
	unsigned char old_blob[200], old_key[SECRET_KEY_BYTES];
	char next_path[320], old_path[320], wal_checkpoint[] = "PRAGMA wal_checkpoint(TRUNCATE)";
	int old_len = 0;
	long long resealed = 0;
	sqlite3_stmt *st;
	FILE *kf = fopen(key_path, "rb");
	CHECK(kf && fread(old_key, 1, sizeof old_key, kf) == sizeof old_key);
	if (kf)
		fclose(kf);
	if (sqlite3_prepare_v2(db_get(), "SELECT contact FROM feedback_responses WHERE id = 5", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW && (old_len = sqlite3_column_bytes(st, 0)) <= (int)sizeof old_blob)
			memcpy(old_blob, sqlite3_column_blob(st, 0), (size_t)old_len);
		sqlite3_finalize(st);
	}
	CHECK(old_len > SECRET_OVERHEAD);
	CHECK_EQ_INT(exec(wal_checkpoint), SQLITE_OK);
	CHECK(file_holds(db_path, old_blob, (size_t)old_len));
	CHECK_EQ_INT(privacy_rotate_key(key_path, 1, NULL, &resealed), 0);
	CHECK(resealed >= 1);
	snprintf(next_path, sizeof next_path, "%s.next", key_path);
	snprintf(old_path, sizeof old_path, "%s.old", key_path);
	CHECK(access(next_path, F_OK) != 0);
	CHECK(access(old_path, F_OK) != 0);
	CHECK_EQ_INT(secret_key_rotating(), 0);
	kf = fopen(key_path, "rb");
	unsigned char new_key[SECRET_KEY_BYTES];
	CHECK(kf && fread(new_key, 1, sizeof new_key, kf) == sizeof new_key);
	if (kf)
		fclose(kf);
	CHECK(memcmp(old_key, new_key, sizeof old_key) != 0);
	/* still opened, still found */
	struct arena a = {0};
	struct privacy_bundle b;
	struct privacy_person customer;
	CHECK_EQ_INT(privacy_person_from_contact(&customer, "new@example.net", ""), 0);
	CHECK_EQ_INT(privacy_bundle_collect(&a, &customer, &b), 0);
	const struct privacy_rows *fr = bundle_table(&b, "feedback_responses");
	int opened = 0;
	for (size_t c = 0; fr && c < fr->ncols; c++)
		if (strcmp(fr->cols[c], "contact") == 0 && fr->cells[c])
			opened = strstr(fr->cells[c], "new@example.net") != NULL;
	CHECK(opened);
	arena_free(&a);
	/* secure_delete stays on, so the old ciphertext is gone from the file */
	CHECK_EQ_INT(number("PRAGMA secure_delete"), 1);
	CHECK_EQ_INT(exec(wal_checkpoint), SQLITE_OK);
	CHECK(!file_holds(db_path, old_blob, (size_t)old_len));
	sodium_memzero(old_key, sizeof old_key);
}

/* audit_access() writes who, when and why in a transaction of its own. */
static void test_audit_access(void)
{
	long long before = number("SELECT count(*) FROM audit WHERE action = 'test.viewed'");
	CHECK_EQ_INT(audit_access(NULL, "test.viewed", "user", 3, "subject access request 9"), SQLITE_OK);
	CHECK_EQ_INT(number("SELECT count(*) FROM audit WHERE action = 'test.viewed' AND target_type = 'user' "
	                    "AND target_id = 3 AND detail = 'subject access request 9' AND at <> ''"), before + 1);
}

int main(void)
{
	if (sodium_init() < 0)
		return 1;
	test_sar_deadline();
	test_sar_working_deadline();
	test_breach_clock();
	if (!CHECK_EQ_INT(make_database(), 0))
		return check_summary("privacy");
	test_england_calendar();
	test_purge_boundaries();
	test_bundle();
	test_erasure_and_replay();
	test_rotate_key();
	test_audit_access();
	db_close();
	return check_summary("privacy");
}
