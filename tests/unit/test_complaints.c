/*
 * test_complaints.c: the complaint clocks (working days across weekends
 * and bank holidays, calendar days, pauses, the clock states on their
 * boundaries), the stage 2 independence rule (in C and in the table), the
 * Consumer Rights Act 2015 remedy ladder on its date boundaries, the
 * refund deadline, and the portfolio snapshot (escaped, pseudonymised,
 * no contact details).
 */
#include "check.h"
#include "complaints/clock.h"
#include "complaints/complaints.h"
#include "complaints/remedy.h"
#include "core/db.h"

#include <stdio.h>
#include <string.h>

/* The day number of a date written in a test. */
static long day(const char *s)
{
	long d = 0;
	if (!CHECK(date_to_days(s, &d)))
		printf("bad date in test: %s\n", s);
	return d;
}

/* A day number as text, for comparisons. */
static const char *date(long d, char out[11])
{
	if (d < 0)
		return "never";
	return days_to_date(d, out);
}

static long holidays[3];
static struct biz_calendar cal;

/* Monday to Friday with Christmas 2026 (Friday 25th) and the Boxing Day
 * substitute (Monday 28th), and the Early May bank holiday 2027. */
static void set_up_calendar(void)
{
	holidays[0] = day("2026-12-25");
	holidays[1] = day("2026-12-28");
	holidays[2] = day("2027-05-03");
	biz_calendar_weekdays(&cal, 9 * 60, 17 * 60, holidays, 3);
}

static void test_working_days(void)
{
	char out[11];
	/* Monday + 5 working days: the next Monday */
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-11-30"), 5, NULL, 0), out), "2026-12-07");
	/* Friday + 5 across Christmas and the Boxing Day substitute */
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-12-18"), 5, NULL, 0), out), "2026-12-29");
	/* Christmas Eve + 1: Friday and Monday are holidays, so Tuesday */
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-12-24"), 1, NULL, 0), out), "2026-12-29");
	/* received on a Saturday: the first working day is Monday */
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-12-05"), 1, NULL, 0), out), "2026-12-07");
	/* received on a bank holiday */
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-12-25"), 1, NULL, 0), out), "2026-12-29");
	/* 10 working days (stage 1) from Friday 30 April 2027, over the May bank holiday */
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2027-04-30"), 10, NULL, 0), out), "2027-05-17");
	/* 0 days is the day itself */
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-12-05"), 0, NULL, 0), out), "2026-12-05");
	/* calendar days: 8 weeks */
	CHECK_STR_EQ(date(complaint_due_day(&cal, 1, day("2026-12-01"), 56, NULL, 0), out), "2027-01-26");
	/* counted days between: the start day never counts, the end day does */
	CHECK_EQ_INT(complaint_counted_days(&cal, 0, day("2026-11-30"), day("2026-12-07"), NULL, 0), 5);
	CHECK_EQ_INT(complaint_counted_days(&cal, 0, day("2026-12-24"), day("2026-12-29"), NULL, 0), 1);
	CHECK_EQ_INT(complaint_counted_days(&cal, 0, day("2026-12-07"), day("2026-12-07"), NULL, 0), 0);
	CHECK_EQ_INT(complaint_counted_days(&cal, 0, day("2026-12-08"), day("2026-12-07"), NULL, 0), 0);
	CHECK(!complaint_day_counts(&cal, 0, day("2026-12-26"), NULL, 0));   /* Saturday */
	CHECK(complaint_day_counts(&cal, 1, day("2026-12-26"), NULL, 0));    /* every day counts */
	CHECK(!complaint_day_counts(&cal, 0, day("2026-12-28"), NULL, 0));   /* substitute holiday */
}

static void test_pauses(void)
{
	char out[11];
	/* waiting on the customer Wednesday and Thursday: the due day moves two working days */
	struct complaint_pause_span wed_thu = { day("2026-12-02"), day("2026-12-04") };
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-11-30"), 5, &wed_thu, 1), out), "2026-12-09");
	CHECK_EQ_INT(complaint_paused_days(&cal, 0, day("2026-11-30"), day("2026-12-09"), &wed_thu, 1), 2);
	/* a pause over a weekend takes only its working days out */
	struct complaint_pause_span fri_to_tue = { day("2026-12-04"), day("2026-12-08") };
	CHECK_EQ_INT(complaint_paused_days(&cal, 0, day("2026-11-30"), day("2026-12-31"), &fri_to_tue, 1), 2);
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-11-30"), 5, &fri_to_tue, 1), out), "2026-12-09");
	/* a pause ended the day it started covers nothing */
	struct complaint_pause_span same_day = { day("2026-12-02"), day("2026-12-02") };
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-11-30"), 5, &same_day, 1), out), "2026-12-07");
	/* two pauses add up */
	struct complaint_pause_span two[2] = { { day("2026-12-01"), day("2026-12-02") }, { day("2026-12-03"), day("2026-12-04") } };
	CHECK_STR_EQ(date(complaint_due_day(&cal, 0, day("2026-11-30"), 5, two, 2), out), "2026-12-09");
	CHECK_EQ_INT(complaint_paused_days(&cal, 0, day("2026-11-30"), day("2026-12-31"), two, 2), 2);
	/* calendar-day clocks pause too */
	struct complaint_pause_span three = { day("2026-12-10"), day("2026-12-13") };
	CHECK_STR_EQ(date(complaint_due_day(&cal, 1, day("2026-12-01"), 56, &three, 1), out), "2027-01-29");
	/* a pause still running stops the clock */
	struct complaint_pause_span running = { day("2026-12-02"), -1 };
	CHECK_EQ_INT(complaint_due_day(&cal, 0, day("2026-11-30"), 5, &running, 1), -1);
}

static void test_clock_states(void)
{
	long due = day("2026-12-07");
	CHECK_EQ_INT(complaint_clock_state(due, -1, due - 3, 2, 0), COMPLAINT_CLOCK_RUNNING);
	CHECK_EQ_INT(complaint_clock_state(due, -1, due - 2, 2, 0), COMPLAINT_CLOCK_DUE_SOON);
	CHECK_EQ_INT(complaint_clock_state(due, -1, due, 2, 0), COMPLAINT_CLOCK_DUE_SOON);
	CHECK_EQ_INT(complaint_clock_state(due, -1, due + 1, 2, 0), COMPLAINT_CLOCK_OVERDUE);
	CHECK_EQ_INT(complaint_clock_state(due, -1, due + 1, 2, 1), COMPLAINT_CLOCK_PAUSED);
	CHECK_EQ_INT(complaint_clock_state(due, due, due + 9, 2, 0), COMPLAINT_CLOCK_MET);
	CHECK_EQ_INT(complaint_clock_state(due, due + 1, due + 9, 2, 0), COMPLAINT_CLOCK_LATE);
	CHECK_EQ_INT(complaint_clock_state(-1, -1, due, 2, 0), COMPLAINT_CLOCK_NONE);
	CHECK_STR_EQ(complaint_clock_label(COMPLAINT_CLOCK_OVERDUE), "Overdue");
	CHECK_STR_EQ(complaint_clock_class(COMPLAINT_CLOCK_DUE_SOON), "soon");
}

static void test_profiles(void)
{
	const struct complaint_profile *h = complaint_profile_find("housing");
	const struct complaint_profile *f = complaint_profile_find("financial");
	CHECK_EQ_INT(h->ack_days, 5);
	CHECK_EQ_INT(h->response_days, 10);
	CHECK_EQ_INT(h->stage2_ack_days, 5);
	CHECK_EQ_INT(h->stage2_days, 20);
	CHECK_EQ_INT(h->response_calendar, 0);
	CHECK_EQ_INT(f->response_days, 56);
	CHECK_EQ_INT(f->response_calendar, 1);
	CHECK_EQ_INT(f->stage2_from_receipt, 1);
	CHECK(complaint_profile_find("nonsense") == h);
	CHECK(complaint_profile_find(NULL) == h);
}

static void test_stage2_rule(sqlite3 *db)
{
	CHECK(!complaint_stage2_handler_allowed(5, 5));
	CHECK(complaint_stage2_handler_allowed(5, 6));
	CHECK(complaint_stage2_handler_allowed(0, 6));
	CHECK(!complaint_stage2_handler_allowed(5, 0));
	/* the table refuses it too, however the row is written */
	CHECK_EQ_INT(sqlite3_exec(db, "UPDATE complaints SET stage = 2, stage1_handler_id = 1, stage2_handler_id = 1 "
	                              "WHERE id = 1", NULL, NULL, NULL) & 0xff, SQLITE_CONSTRAINT);
	CHECK_EQ_INT(sqlite3_exec(db, "UPDATE complaints SET stage = 2, stage1_handler_id = 1, stage2_handler_id = 2 "
	                              "WHERE id = 1", NULL, NULL, NULL), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_exec(db, "UPDATE complaints SET stage = 1, stage1_handler_id = NULL, stage2_handler_id = NULL "
	                              "WHERE id = 1", NULL, NULL, NULL), SQLITE_OK);
}

static void test_remedy_ladder(void)
{
	struct complaint_remedies r;
	long d = day("2026-11-01");
	/* goods: the 30 days begin the day after delivery, so day 30 is the last */
	CHECK_EQ_INT(complaint_remedies_on(1, d, 0, d + 30, &r), 0);
	CHECK(r.available & COMPLAINT_REMEDY_SHORT_TERM_REJECT);
	CHECK(r.available & COMPLAINT_REMEDY_REPAIR_OR_REPLACE);
	CHECK(!(r.available & COMPLAINT_REMEDY_FINAL_REJECT));
	CHECK(!(r.available & COMPLAINT_REMEDY_PRICE_REDUCTION));
	CHECK_EQ_INT(r.short_term_ends, d + 30);
	CHECK_EQ_INT(complaint_remedies_on(1, d, 0, d + 31, &r), 0);
	CHECK(!(r.available & COMPLAINT_REMEDY_SHORT_TERM_REJECT));
	CHECK(r.available & COMPLAINT_REMEDY_REPAIR_OR_REPLACE);
	/* the delivery day itself */
	CHECK_EQ_INT(complaint_remedies_on(1, d, 0, d, &r), 0);
	CHECK(r.available & COMPLAINT_REMEDY_SHORT_TERM_REJECT);
	/* after one failed repair or replacement: price reduction or final rejection, no second repair */
	CHECK_EQ_INT(complaint_remedies_on(1, d, 1, d + 40, &r), 0);
	CHECK(!(r.available & COMPLAINT_REMEDY_REPAIR_OR_REPLACE));
	CHECK(r.available & COMPLAINT_REMEDY_PRICE_REDUCTION);
	CHECK(r.available & COMPLAINT_REMEDY_FINAL_REJECT);
	CHECK(!(r.available & COMPLAINT_REMEDY_SHORT_TERM_REJECT));
	/* within the 30 days the short-term right survives a repair attempt */
	CHECK_EQ_INT(complaint_remedies_on(1, d, 1, d + 10, &r), 0);
	CHECK(r.available & COMPLAINT_REMEDY_SHORT_TERM_REJECT);
	/* the six-month presumption: 31 January + 6 months is 31 July */
	long jan31 = day("2026-01-31");
	CHECK_EQ_INT(complaint_remedies_on(1, jan31, 0, day("2026-07-31"), &r), 0);
	CHECK_EQ_INT(r.presumed_fault, 1);
	CHECK_EQ_INT(complaint_remedies_on(1, jan31, 0, day("2026-08-01"), &r), 0);
	CHECK_EQ_INT(r.presumed_fault, 0);
	/* services: repeat performance first, then a price reduction */
	CHECK_EQ_INT(complaint_remedies_on(0, d, 0, d + 100, &r), 0);
	CHECK_EQ_INT(r.available, COMPLAINT_REMEDY_REPEAT_PERFORMANCE);
	CHECK_EQ_INT(r.short_term_ends, -1);
	CHECK_EQ_INT(complaint_remedies_on(0, d, 1, d + 100, &r), 0);
	CHECK_EQ_INT(r.available, COMPLAINT_REMEDY_PRICE_REDUCTION);
	/* a delivery in the future is refused */
	CHECK_EQ_INT(complaint_remedies_on(1, d + 1, 0, d, &r), -1);
	/* refunds within 14 days of agreeing */
	CHECK_EQ_INT(complaint_refund_due(d), d + 14);
	CHECK_EQ_INT(complaint_clock_state(complaint_refund_due(d), -1, d + 14, 3, 0), COMPLAINT_CLOCK_DUE_SOON);
	CHECK_EQ_INT(complaint_clock_state(complaint_refund_due(d), -1, d + 15, 3, 0), COMPLAINT_CLOCK_OVERDUE);
	CHECK_EQ_INT(complaint_remedy_bit("final_reject"), COMPLAINT_REMEDY_FINAL_REJECT);
	CHECK_EQ_INT(complaint_remedy_bit("repeat_performance"), COMPLAINT_REMEDY_REPEAT_PERFORMANCE);
	CHECK_EQ_INT(complaint_remedy_bit(""), 0);
}

static void test_snapshot(sqlite3 *db)
{
	struct buf out = {0};
	char title[200];
	CHECK_EQ_INT(sqlite3_exec(db,
		"UPDATE complaints SET what_happened = 'Mrs Ann O''Hara said <script>alert(1)</script> & left', "
		"why_1 = 'Ann O''Hara was not called back', why_2 = 'Nobody phoned Ann; Mrs O''Hara waited', why_3 = 'Annual visit missed', decision = 'upheld', reasons = 'We <b>failed</b>' WHERE id = 1",
		NULL, NULL, NULL), SQLITE_OK);
	CHECK_EQ_INT(complaint_snapshot_html(1, &out, title, sizeof title), 0);
	if (!CHECK_NOT_NULL(out.data))
		return;
	CHECK_CONTAINS(title, "C-000001");
	CHECK_CONTAINS(out.data, "Customer A");
	CHECK(strstr(out.data, "O'Hara") == NULL && strstr(out.data, "O&#39;Hara") == NULL);
	CHECK_CONTAINS(out.data, "Annual visit missed");   /* a name inside a word stays */
	CHECK_CONTAINS(out.data, "Nobody phoned Customer A; Mrs Customer A waited");
	CHECK(strstr(out.data, "ann@example.org") == NULL);
	CHECK(strstr(out.data, "<script>") == NULL);
	CHECK_CONTAINS(out.data, "&lt;script&gt;");
	CHECK_CONTAINS(out.data, "We &lt;b&gt;failed&lt;/b&gt;");
	CHECK_CONTAINS(out.data, "&amp; left");
	CHECK_CONTAINS(out.data, "Upheld");
	CHECK_CONTAINS(out.data, "Hear");            /* the HEAT steps listed */
	buf_free(&out);
	CHECK_EQ_INT(complaint_snapshot_html(999, &out, title, sizeof title), 1);
	buf_free(&out);
}

int main(void)
{
	set_up_calendar();
	test_working_days();
	test_pauses();
	test_clock_states();
	test_profiles();
	test_remedy_ladder();
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return check_summary("test_complaints");
	CHECK(db_migrate(db) >= 10);
	db_set(db);
	CHECK_EQ_INT(sqlite3_exec(db,
		"INSERT INTO users (id, username, display_name, password_hash, created_at, updated_at, password_changed_at) "
		"VALUES (1, 'aa', 'A', 'h', 'x', 'x', 'x'), (2, 'bb', 'B', 'h', 'x', 'x', 'x');"
		"INSERT INTO complaints (id, received_at, received_day, channel, customer_name, what_happened, "
		"ack_due, response_due, created_at, updated_at, contact_email_index) VALUES (1, '2026-12-01T10:00:00Z', "
		"'2026-12-01', 'phone', 'Ann O''Hara', 'x', '2026-12-08', '2026-12-15', 'x', 'x', 'ann@example.org')",
		NULL, NULL, NULL), SQLITE_OK);
	test_stage2_rule(db);
	test_snapshot(db);
	db_close();
	return check_summary("test_complaints");
}
