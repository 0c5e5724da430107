/*
 * test_complaints.c: the complaint clocks (working days across weekends
 * and bank holidays, calendar days, pauses, the clock states on their
 * boundaries), the stage 2 independence rule (in C and in the table), the
 * Consumer Rights Act 2015 remedy ladder on its date boundaries, the
 * categories' own clock periods (across bank holidays, set at triage after
 * receipt, with pauses, their validation and the words naming the rule), the
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

/* The due day of the clock with period pp after received, with the pauses. */
static long due_on(const struct complaint_period *pp, long received, const struct complaint_pause_span *pauses,
                   size_t n)
{
	return complaint_due_day(&cal, pp->calendar, received, pp->days, pauses, n);
}

static void test_category_periods(void)
{
	char out[11];
	struct complaint_period ack, resp;
	const struct complaint_profile *housing = complaint_profile_find("housing");
	const struct complaint_profile *financial = complaint_profile_find("financial");
	/* no override: the profile's periods, not from a category */
	complaint_stage1_periods(housing, NULL, &ack, &resp);
	CHECK_EQ_INT(ack.days, 5);
	CHECK_EQ_INT(resp.days, 10);
	CHECK_EQ_INT(ack.from_category + resp.from_category, 0);
	/* an override across Christmas: received Christmas Eve, acknowledge in 2 working days skips
	 * the Friday holiday, the weekend and the Monday substitute: Tuesday 29th, Wednesday 30th */
	struct complaint_override billing = { 2, 3 };
	complaint_stage1_periods(housing, &billing, &ack, &resp);
	CHECK_EQ_INT(ack.from_category, 1);
	CHECK_EQ_INT(resp.from_category, 1);
	CHECK_STR_EQ(date(due_on(&ack, day("2026-12-24"), NULL, 0), out), "2026-12-30");
	CHECK_STR_EQ(date(due_on(&resp, day("2026-12-24"), NULL, 0), out), "2026-12-31");
	/* the profile's 5 on the same receipt runs into January */
	complaint_stage1_periods(housing, NULL, &ack, &resp);
	CHECK_STR_EQ(date(due_on(&ack, day("2026-12-24"), NULL, 0), out), "2027-01-04");
	/* only the acknowledgement overridden: the response stays the profile's */
	struct complaint_override ack_only = { 2, 0 };
	complaint_stage1_periods(housing, &ack_only, &ack, &resp);
	CHECK_EQ_INT(ack.days, 2);
	CHECK_EQ_INT(resp.days, 10);
	CHECK_EQ_INT(resp.from_category, 0);
	/* under the 8-week profile a category's response is in working days, not calendar days */
	struct complaint_override ten = { 0, 10 };
	complaint_stage1_periods(financial, &ten, &ack, &resp);
	CHECK_EQ_INT(resp.calendar, 0);
	CHECK_STR_EQ(date(due_on(&resp, day("2026-11-30"), NULL, 0), out), "2026-12-14");
	complaint_stage1_periods(financial, NULL, &ack, &resp);
	CHECK_EQ_INT(resp.calendar, 1);
	CHECK_STR_EQ(date(due_on(&resp, day("2026-11-30"), NULL, 0), out), "2027-01-25");
}

static void test_category_periods_with_pauses(void)
{
	char out[11];
	struct complaint_period ack, resp;
	struct complaint_override o = { 2, 6 };
	complaint_stage1_periods(complaint_profile_find("housing"), &o, &ack, &resp);
	/* received Monday 30 November: acknowledge by Wednesday, respond by Tuesday 8th */
	CHECK_STR_EQ(date(due_on(&ack, day("2026-11-30"), NULL, 0), out), "2026-12-02");
	CHECK_STR_EQ(date(due_on(&resp, day("2026-11-30"), NULL, 0), out), "2026-12-08");
	/* paused Tuesday and Wednesday (ended Thursday): both clocks move by the 2 working days */
	struct complaint_pause_span tue_wed = { day("2026-12-01"), day("2026-12-03") };
	CHECK_STR_EQ(date(due_on(&ack, day("2026-11-30"), &tue_wed, 1), out), "2026-12-04");
	CHECK_STR_EQ(date(due_on(&resp, day("2026-11-30"), &tue_wed, 1), out), "2026-12-10");
	/* a pause over the weekend only takes out its working day */
	struct complaint_pause_span fri_to_mon = { day("2026-12-04"), day("2026-12-08") };
	CHECK_STR_EQ(date(due_on(&resp, day("2026-11-30"), &fri_to_mon, 1), out), "2026-12-10");
	/* two pauses add up */
	struct complaint_pause_span both[2] = { { day("2026-12-01"), day("2026-12-03") },
	                                        { day("2026-12-04"), day("2026-12-08") } };
	CHECK_STR_EQ(date(due_on(&resp, day("2026-11-30"), both, 2), out), "2026-12-14");
	CHECK_EQ_INT(complaint_paused_days(&cal, 0, day("2026-11-30"), day("2026-12-31"), both, 2), 4);
}

static void test_triage_override(void)
{
	char out[11];
	struct complaint_period ack, resp;
	const struct complaint_profile *housing = complaint_profile_find("housing");
	struct complaint_override none = { 0, 0 }, billing = { 2, 6 };
	long received = day("2026-11-30");
	/* received Monday on the profile's clocks (acknowledge by the 7th, respond by the 14th);
	 * given the category at triage on Wednesday before either was met: both follow the category,
	 * still counted from receipt */
	struct complaint_override o = complaint_override_on_triage(none, 0, 0, billing);
	CHECK_EQ_INT(o.ack_days, 2);
	CHECK_EQ_INT(o.response_days, 6);
	complaint_stage1_periods(housing, &o, &ack, &resp);
	CHECK_STR_EQ(date(due_on(&ack, received, NULL, 0), out), "2026-12-02");
	CHECK_STR_EQ(date(due_on(&resp, received, NULL, 0), out), "2026-12-08");
	/* acknowledged already: the acknowledgement keeps the profile's period, the response moves */
	o = complaint_override_on_triage(none, 1, 0, billing);
	CHECK_EQ_INT(o.ack_days, 0);
	CHECK_EQ_INT(o.response_days, 6);
	complaint_stage1_periods(housing, &o, &ack, &resp);
	CHECK_STR_EQ(date(due_on(&ack, received, NULL, 0), out), "2026-12-07");
	CHECK_STR_EQ(date(due_on(&resp, received, NULL, 0), out), "2026-12-08");
	/* both met: nothing moves */
	o = complaint_override_on_triage(none, 1, 1, billing);
	CHECK_EQ_INT(o.ack_days + o.response_days, 0);
	/* moved from an overridden category to one without: back to the profile's */
	o = complaint_override_on_triage(billing, 0, 0, none);
	CHECK_EQ_INT(o.ack_days + o.response_days, 0);
	/* a triage after receipt across the bank holidays, with a pause since: received Christmas Eve,
	 * paused Tuesday 29th (ended Wednesday 30th), acknowledge in 2: Wednesday 30th, Thursday 31st */
	o = complaint_override_on_triage(none, 0, 0, billing);
	complaint_stage1_periods(housing, &o, &ack, &resp);
	struct complaint_pause_span tue = { day("2026-12-29"), day("2026-12-30") };
	CHECK_STR_EQ(date(due_on(&ack, day("2026-12-24"), &tue, 1), out), "2026-12-31");
}

static void test_override_validation(void)
{
	int field = -1;
	const struct complaint_profile *housing = complaint_profile_find("housing");
	const struct complaint_profile *financial = complaint_profile_find("financial");
	struct complaint_override o = { 0, 0 };
	CHECK(complaint_override_problem(housing, &o, &field) == NULL);
	o = (struct complaint_override){ 1, 1 };
	CHECK(complaint_override_problem(housing, &o, &field) == NULL);
	o = (struct complaint_override){ 60, 60 };
	CHECK(complaint_override_problem(housing, &o, &field) == NULL);
	o = (struct complaint_override){ 61, 0 };
	CHECK(complaint_override_problem(housing, &o, &field) != NULL);
	CHECK_EQ_INT(field, 0);
	o = (struct complaint_override){ 0, 61 };
	CHECK(complaint_override_problem(housing, &o, &field) != NULL);
	CHECK_EQ_INT(field, 1);
	o = (struct complaint_override){ -2, 0 };
	CHECK(complaint_override_problem(housing, &o, &field) != NULL);
	/* the response shorter than the acknowledgement */
	o = (struct complaint_override){ 5, 3 };
	CHECK_STR_EQ(complaint_override_problem(housing, &o, &field),
	             "Stage 1 response within cannot be shorter than the acknowledgement period.");
	CHECK_EQ_INT(field, 1);
	/* a response of 3 against the profile's acknowledgement of 5 */
	o = (struct complaint_override){ 0, 3 };
	CHECK(complaint_override_problem(housing, &o, &field) != NULL);
	CHECK_EQ_INT(field, 1);
	o = (struct complaint_override){ 0, 5 };
	CHECK(complaint_override_problem(housing, &o, &field) == NULL);
	/* an acknowledgement longer than the profile's 10-day response */
	o = (struct complaint_override){ 11, 0 };
	CHECK_STR_EQ(complaint_override_problem(housing, &o, &field),
	             "Acknowledge within cannot be longer than the profile's stage 1 response period.");
	CHECK_EQ_INT(field, 0);
	/* ... but not longer than 8 calendar weeks (40 working days) under the financial profile */
	CHECK(complaint_override_problem(financial, &o, &field) == NULL);
	o = (struct complaint_override){ 40, 0 };
	CHECK(complaint_override_problem(financial, &o, &field) == NULL);
	o = (struct complaint_override){ 41, 0 };
	CHECK(complaint_override_problem(financial, &o, &field) != NULL);
	CHECK_EQ_INT(field, 0);
}

static void test_rule_text(void)
{
	char out[200];
	struct complaint_period cat2 = { 2, 0, 1 }, profile5 = { 5, 0, 0 }, weeks = { 56, 1, 0 }, one = { 1, 0, 1 };
	CHECK_STR_EQ(complaint_rule_text(out, sizeof out, "acknowledge", &cat2, "Billing", "Housing"),
	             "Billing: acknowledge in 2 working days (category)");
	CHECK_STR_EQ(complaint_rule_text(out, sizeof out, "acknowledge", &profile5, "Billing", "Housing Ombudsman's code"),
	             "Acknowledge in 5 working days (profile: Housing Ombudsman's code)");
	CHECK_STR_EQ(complaint_rule_text(out, sizeof out, "stage 1 response", &weeks, "", "Financial services"),
	             "Stage 1 response in 56 calendar days (profile: Financial services)");
	CHECK_STR_EQ(complaint_rule_text(out, sizeof out, "acknowledge", &one, "Delays", "Housing"),
	             "Delays: acknowledge in 1 working day (category)");
}

/* The table refuses what the page refuses. */
static void test_category_table(sqlite3 *db)
{
	CHECK_EQ_INT(sqlite3_exec(db, "UPDATE complaint_categories SET ack_days = 2, response_days = 6 WHERE id = 1",
	                          NULL, NULL, NULL), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_exec(db, "UPDATE complaint_categories SET ack_days = 61 WHERE id = 1", NULL, NULL, NULL) & 0xff,
	             SQLITE_CONSTRAINT);
	CHECK_EQ_INT(sqlite3_exec(db, "UPDATE complaint_categories SET ack_days = 7 WHERE id = 1", NULL, NULL, NULL) & 0xff,
	             SQLITE_CONSTRAINT);
	CHECK_EQ_INT(sqlite3_exec(db, "UPDATE complaint_categories SET ack_days = NULL, response_days = NULL WHERE id = 1",
	                          NULL, NULL, NULL), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_exec(db, "UPDATE complaints SET ack_days = 0 WHERE id = 1", NULL, NULL, NULL) & 0xff,
	             SQLITE_CONSTRAINT);
}

/* Migration 010 widened kpis.source's CHECK by rewriting its text: the
 * new computed source is accepted, an unknown one still refused, and the
 * database passes its integrity check. */
static void test_kpi_source_check(sqlite3 *db)
{
	sqlite3_stmt *st;
	CHECK_EQ_INT(sqlite3_exec(db, "INSERT INTO kpis (name, unit, direction, target, amber_at, red_at, frequency, source, created_at, updated_at) "
	                          "VALUES ('Answered in 10 days', '%', 'higher', 90, 80, 70, 'monthly', 'complaints_10_days', 'x', 'x')",
	                          NULL, NULL, NULL), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_exec(db, "INSERT INTO kpis (name, unit, direction, target, amber_at, red_at, frequency, source, created_at, updated_at) "
	                          "VALUES ('Made up', '%', 'higher', 90, 80, 70, 'monthly', 'no_such_source', 'x', 'x')",
	                          NULL, NULL, NULL) & 0xff, SQLITE_CONSTRAINT);
	CHECK_EQ_INT(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_step(st), SQLITE_ROW);
	CHECK_STR_EQ((const char *)sqlite3_column_text(st, 0), "ok");
	sqlite3_finalize(st);
}

int main(void)
{
	set_up_calendar();
	test_working_days();
	test_pauses();
	test_clock_states();
	test_profiles();
	test_remedy_ladder();
	test_category_periods();
	test_category_periods_with_pauses();
	test_triage_override();
	test_override_validation();
	test_rule_text();
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
	test_category_table(db);
	test_kpi_source_check(db);
	test_snapshot(db);
	db_close();
	return check_summary("test_complaints");
}
