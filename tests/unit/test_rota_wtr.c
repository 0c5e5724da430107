/*
 * test_rota_wtr.c: every Working Time Regulations rule (rota/wtr.c) on
 * its edges: exactly 11 hours' rest, shifts crossing midnight, the March
 * and October clock changes in Europe/London, the 17-week average and the
 * young workers' limits. (The calendar itself is test_caltime.c.)
 */
#include "check.h"
#include "core/caltime.h"
#include "rota/wtr.h"

#include <stdlib.h>
#include <string.h>

static struct wtr_shift shifts[400];
static size_t count;
static struct wtr_breach found[64];

/* Adds a shift on a local date from start to end (HH:MM; an end not
 * after the start is the next day). */
static void add(const char *date, const char *start, const char *end, int break_minutes)
{
	long s = atoi(start) * 60 + atoi(start + 3), e = atoi(end) * 60 + atoi(end + 3);
	if (e <= s)
		e += 1440;
	shifts[count].id = (long long)count + 1;
	shifts[count].start = london_time(date, s);
	shifts[count].end = london_time(date, e);
	shifts[count].break_minutes = break_minutes;
	count++;
}

/* Runs the check over everything from 2020 on; returns the breaches of
 * one rule. */
static int breaches_of(enum wtr_rule rule, int young, int opted_out)
{
	struct wtr_person p = { young, opted_out };
	long n = wtr_check(shifts, count, &p, london_time("2020-01-01", 0), london_time("2030-01-01", 0),
	                   found, 64);
	int of_rule = 0;
	for (long i = 0; i < n && i < 64; i++)
		of_rule += found[i].rule == rule;
	return of_rule;
}

static void reset(void)
{
	count = 0;
}

/* Daily rest: exactly 11 hours is enough, 10h59 is not; a shift crossing
 * midnight counts from its real end. */
static void test_daily_rest(void)
{
	reset();
	add("2026-11-23", "13:00", "22:00", 30);
	add("2026-11-24", "09:00", "17:00", 30);      /* 22:00 to 09:00: exactly 11h */
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 0, 0), 0);
	reset();
	add("2026-11-23", "13:00", "22:01", 30);
	add("2026-11-24", "09:00", "17:00", 30);      /* 10h59 */
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 0, 0), 1);
	CHECK_EQ_INT(found[0].shift_id, 1);
	CHECK_CONTAINS(found[0].detail, "10h 59m");
	reset();
	add("2026-11-23", "22:00", "06:00", 30);      /* overnight */
	add("2026-11-24", "16:00", "22:00", 20);      /* 10h after 06:00 */
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 0, 0), 1);
	reset();
	add("2026-11-23", "22:00", "06:00", 30);
	add("2026-11-24", "17:00", "23:00", 20);      /* 11h after 06:00 */
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 0, 0), 0);
	reset();
	add("2026-11-23", "08:00", "10:00", 0);       /* a split shift still leaves 11h */
	add("2026-11-23", "12:00", "14:00", 0);
	add("2026-11-24", "08:00", "10:00", 0);
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 0, 0), 0);
	reset();
	add("2026-11-23", "13:00", "22:00", 30);      /* young: 11h is not 12h */
	add("2026-11-24", "09:00", "13:00", 0);
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 1, 0), 1);
}

/* Daily rest across the clock changes: 22:00 to 09:00 local is 10 real
 * hours on the March night and 12 on the October night. */
static void test_rest_over_clock_change(void)
{
	reset();
	add("2026-03-28", "13:00", "22:00", 30);
	add("2026-03-29", "09:00", "17:00", 30);
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 0, 0), 1);
	reset();
	add("2026-03-28", "12:00", "21:00", 30);
	add("2026-03-29", "09:00", "17:00", 30);      /* 11 real hours */
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 0, 0), 0);
	reset();
	add("2026-10-24", "13:30", "22:30", 30);
	add("2026-10-25", "08:30", "17:00", 30);      /* 10 local, 11 real hours */
	CHECK_EQ_INT(breaches_of(WTR_DAILY_REST, 0, 0), 0);
}

/* Breaks: over 6 hours needs 20 minutes, exactly 6 needs none; the March
 * night shift 22:00-04:30 is 5.5 real hours, the October one 7.5. */
static void test_breaks(void)
{
	reset();
	add("2026-11-23", "09:00", "15:00", 0);
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 0, 0), 0);
	reset();
	add("2026-11-23", "09:00", "15:01", 0);
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 0, 0), 1);
	reset();
	add("2026-11-23", "09:00", "17:00", 19);
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 0, 0), 1);
	reset();
	add("2026-11-23", "09:00", "17:00", 20);
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 0, 0), 0);
	reset();
	add("2026-03-28", "22:00", "04:30", 0);
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 0, 0), 0);
	reset();
	add("2026-10-24", "22:00", "04:30", 0);
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 0, 0), 1);
	reset();
	add("2026-11-23", "09:00", "13:30", 0);       /* young: exactly 4.5h */
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 1, 0), 0);
	reset();
	add("2026-11-23", "09:00", "13:31", 20);
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 1, 0), 1);
	reset();
	add("2026-11-23", "09:00", "13:31", 30);
	CHECK_EQ_INT(breaches_of(WTR_BREAK, 1, 0), 0);
}

/* Weekly rest: seven days in a row with short nights breach, unless the
 * fortnight has 48 hours; a young worker needs 48 every week. */
static void test_weekly_rest(void)
{
	char date[11];
	reset();
	for (int i = 0; i < 7; i++)                   /* Mon-Sun, 12h rest each night */
		add(date_add_days("2026-11-23", i, date), "09:00", "21:00", 30);
	CHECK_EQ_INT(breaches_of(WTR_WEEKLY_REST, 0, 0), 0);   /* the fortnight before is free */
	for (int i = 7; i < 21; i++)                  /* three weeks without a day off */
		add(date_add_days("2026-11-23", i, date), "09:00", "21:00", 30);
	CHECK_EQ_INT(breaches_of(WTR_WEEKLY_REST, 0, 0), 1);   /* the middle week */
	CHECK_EQ_INT(found[0].period_start, london_time("2026-11-30", 0));
	reset();
	for (int i = 0; i < 7; i++)                   /* week 1 every day, week 2 Mon-Fri */
		add(date_add_days("2026-11-23", i, date), "09:00", "17:00", 30);
	for (int i = 7; i < 12; i++)
		add(date_add_days("2026-11-23", i, date), "09:00", "17:00", 30);
	CHECK_EQ_INT(breaches_of(WTR_WEEKLY_REST, 0, 0), 0);   /* the fortnight has 48h */
	reset();
	for (int i = 0; i < 6; i++)                   /* Mon-Sat, Sunday off: 40h rest */
		add(date_add_days("2026-11-23", i, date), "09:00", "17:00", 30);
	CHECK_EQ_INT(breaches_of(WTR_WEEKLY_REST, 0, 0), 0);
	CHECK_EQ_INT(breaches_of(WTR_WEEKLY_REST, 1, 0), 1);   /* young: needs 48 */
	reset();
	for (int i = 0; i < 5; i++)
		add(date_add_days("2026-11-23", i, date), "09:00", "13:00", 0);
	CHECK_EQ_INT(breaches_of(WTR_WEEKLY_REST, 1, 0), 0);
}

/* The 48-hour average over 17 weeks: 17 weeks of 48 net hours pass, one
 * more hour in the last week fails; heavy weeks balanced by light ones
 * pass; an opt-out silences it. */
static void test_average(void)
{
	char date[11];
	reset();
	for (int w = 0; w < 17; w++)                  /* 6 days x 8h net = 48h */
		for (int d = 0; d < 6; d++)
			add(date_add_days("2026-01-05", w * 7 + d, date), "08:00", "16:30", 30);
	CHECK_EQ_INT(breaches_of(WTR_AVERAGE_48, 0, 0), 0);
	shifts[count - 1].end += 3600;                /* the 17th week: 49h */
	CHECK_EQ_INT(breaches_of(WTR_AVERAGE_48, 0, 0), 1);
	CHECK_EQ_INT(breaches_of(WTR_AVERAGE_48, 0, 1), 0);
	reset();
	for (int w = 0; w < 17; w++)                  /* 60h and 36h weeks in turn, average 48.7 */
		for (int d = 0; d < 6; d++)
			add(date_add_days("2026-01-05", w * 7 + d, date), "08:00",
			    w % 2 ? "14:30" : "18:30", 30);
	CHECK_EQ_INT(breaches_of(WTR_AVERAGE_48, 0, 0), 1);
	reset();
	for (int w = 0; w < 16; w++)                  /* alternate, ending on a light week */
		for (int d = 0; d < 6; d++)
			add(date_add_days("2026-01-05", w * 7 + d, date), "08:00",
			    w % 2 ? "14:30" : "18:30", 30);
	CHECK_EQ_INT(breaches_of(WTR_AVERAGE_48, 0, 0), 0);     /* 16 weeks / 17 */
	reset();
	for (int d = 0; d < 6; d++)                   /* one 60-hour week alone is fine */
		add(date_add_days("2026-01-05", d, date), "08:00", "18:30", 30);
	CHECK_EQ_INT(breaches_of(WTR_AVERAGE_48, 0, 0), 0);
}

/* Young workers: 8 hours a day (a night shift counts in both days) and
 * 40 a week. */
static void test_young_hours(void)
{
	char date[11];
	reset();
	add("2026-11-23", "09:00", "17:30", 30);      /* 8h net */
	CHECK_EQ_INT(breaches_of(WTR_YOUNG_DAY_HOURS, 1, 0), 0);
	reset();
	add("2026-11-23", "09:00", "17:31", 30);
	CHECK_EQ_INT(breaches_of(WTR_YOUNG_DAY_HOURS, 1, 0), 1);
	CHECK_EQ_INT(breaches_of(WTR_YOUNG_DAY_HOURS, 0, 0), 0);
	reset();
	add("2026-11-23", "20:00", "04:00", 30);      /* 4h and 3.5h on two days */
	add("2026-11-24", "12:00", "17:00", 0);       /* 3.5 + 5 = 8.5 on the 24th */
	CHECK_EQ_INT(breaches_of(WTR_YOUNG_DAY_HOURS, 1, 0), 1);
	reset();
	for (int i = 0; i < 5; i++)                   /* 5 x 8h = 40 */
		add(date_add_days("2026-11-23", i, date), "09:00", "17:30", 30);
	CHECK_EQ_INT(breaches_of(WTR_YOUNG_WEEK_HOURS, 1, 0), 0);
	shifts[count - 1].end += 60;
	CHECK_EQ_INT(breaches_of(WTR_YOUNG_WEEK_HOURS, 1, 0), 1);
	CHECK_EQ_INT(breaches_of(WTR_YOUNG_WEEK_HOURS, 0, 0), 0);
}

/* Only breaches whose period starts in [from, to) are reported, and the
 * output is bounded by max while the count is not. */
static void test_range_and_limits(void)
{
	struct wtr_person p = { 0, 0 };
	char date[11];
	reset();
	for (int i = 0; i < 10; i++)
		add(date_add_days("2026-11-23", i, date), "09:00", "17:00", 0);
	long n = wtr_check(shifts, count, &p, london_time("2026-11-23", 0), london_time("2026-12-31", 0), found, 3);
	CHECK_EQ_INT(n, 10);
	n = wtr_check(shifts, count, &p, london_time("2026-11-25", 0), london_time("2026-11-26", 0), found, 64);
	CHECK_EQ_INT(n, 1);
	CHECK_EQ_INT(found[0].shift_id, 3);
	CHECK_STR_EQ(wtr_rule_key(WTR_AVERAGE_48), "average_48");
	struct wtr_shift half = { 1, 0, 8 * 3600, 60 };   /* 7h net over 8h */
	CHECK(wtr_net_seconds_within(&half, 0, 4 * 3600) > 3.5 * 3600 - 1);
	CHECK(wtr_net_seconds_within(&half, 0, 4 * 3600) < 3.5 * 3600 + 1);
}

int main(void)
{
	test_daily_rest();
	test_rest_over_clock_change();
	test_breaks();
	test_weekly_rest();
	test_average();
	test_young_hours();
	test_range_and_limits();
	return check_summary("rota_wtr");
}
