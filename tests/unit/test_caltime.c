/*
 * test_caltime.c: the one calendar (core/caltime.c): civil dates and day
 * numbers, the ISO weekday numbering, ISO weeks, months, the Europe/London
 * rule (the clock-change nights both ways), stored UTC text and its
 * refusals, display in London time and dates in words.
 *
 * The process's TZ is set to a zone far from London on purpose: nothing
 * here may depend on it.
 */
#include "check.h"
#include "core/caltime.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/* The UTC instant of "YYYY-MM-DDTHH:MM:SSZ" (the test fails loudly on a typo). */
static time_t at(const char *iso)
{
	time_t t = 0;
	if (!CHECK(parse_utc_text(iso, &t)))
		printf("bad instant in test: %s\n", iso);
	return t;
}

/* The day number of a date written in a test. */
static long day(const char *s)
{
	long d = 0;
	CHECK(date_to_days(s, &d));
	return d;
}

/* Writes an instant back as ISO for comparisons. */
static const char *iso(time_t t, char out[21])
{
	if (t == (time_t)-1)
		return "never";
	return iso_utc(t, out);
}

/* Day numbers both ways, over a wide range, and the strict date reader. */
static void test_day_numbers(void)
{
	char out[11];
	CHECK_EQ_INT(days_from_civil(1970, 1, 1), 0);
	CHECK_EQ_INT(days_from_civil(2000, 3, 1), 11017);
	CHECK_EQ_INT(days_from_civil(1969, 12, 31), -1);
	CHECK_STR_EQ(days_to_date(days_from_civil(2028, 2, 29), out), "2028-02-29");
	int bad = 0;
	for (long d = -800000; d < 800000; d += 37) {
		long y;
		int m, dd;
		civil_from_days(d, &y, &m, &dd);
		if (days_from_civil(y, m, dd) != d)
			bad++;
	}
	CHECK_EQ_INT(bad, 0);
	long d;
	CHECK(date_to_days("2028-02-29", &d));
	CHECK_EQ_INT(d, days_from_civil(2028, 2, 29));
	CHECK(!date_to_days("2026-02-29", &d));
	CHECK(!date_to_days("2026-2-01", &d));
	CHECK(!date_to_days("2026-13-01", &d));
	CHECK(!date_to_days("2026-01-01x", &d));
	CHECK(!date_to_days("", &d));
	CHECK(!date_to_days(NULL, &d));
	CHECK_STR_EQ(days_to_date(day("2026-11-23"), out), "2026-11-23");
}

/* One weekday numbering, ISO: 1 Monday .. 7 Sunday, for day numbers and
 * dates alike, before and after 1970; names indexed by it. */
static void test_weekday_numbering(void)
{
	CHECK_EQ_INT(weekday_of_days(day("2026-11-23")), MONDAY);
	CHECK_EQ_INT(weekday_of_days(day("1970-01-01")), THURSDAY);
	CHECK_EQ_INT(weekday_of_days(day("1969-12-28")), SUNDAY);
	CHECK_EQ_INT(weekday_of_days(-1), WEDNESDAY);
	CHECK_EQ_INT(MONDAY, 1);
	CHECK_EQ_INT(SUNDAY, 7);
	int wrong = 0;
	char date[11];
	for (int i = 0; i < 7; i++)
		if (date_weekday(date_add_days("2026-11-23", i, date)) != MONDAY + i ||
		    weekday_of_days(day("2026-11-23") + i) != MONDAY + i)
			wrong++;
	CHECK_EQ_INT(wrong, 0);
	CHECK_EQ_INT(date_weekday("2026-11-29"), 7);
	CHECK_EQ_INT(date_weekday("2026-02-30"), 0);
	CHECK_STR_EQ(weekday_names[date_weekday("2026-11-29")], "Sunday");
	CHECK_STR_EQ(weekday_names[MONDAY], "Monday");
	CHECK_STR_EQ(weekday_abbrs[date_weekday("2026-12-25")], "Fri");
	CHECK_STR_EQ(weekday_abbrs[date_weekday("nonsense")], "");
	CHECK_STR_EQ(month_names[12], "December");
	CHECK_STR_EQ(month_abbrs[1], "Jan");
}

/* Dates, weekdays and ISO weeks, including years with week 53. */
static void test_calendar(void)
{
	char out[11], week[9];
	CHECK_STR_EQ(date_add_days("2026-02-28", 1, out), "2026-03-01");
	CHECK_STR_EQ(date_add_days("2028-02-28", 1, out), "2028-02-29");
	CHECK_STR_EQ(date_add_days("2026-01-01", -1, out), "2025-12-31");
	CHECK_EQ_INT(date_weekday("2026-11-23"), 1);
	CHECK_EQ_INT(date_weekday("2026-11-29"), 7);
	CHECK_STR_EQ(iso_week_of_date("2026-11-23", week), "2026-W48");
	CHECK_STR_EQ(iso_week_of_date("2027-01-01", week), "2026-W53");
	CHECK_STR_EQ(iso_week_of_date("2024-12-30", week), "2025-W01");
	CHECK_STR_EQ(iso_week_monday("2026-W48", out), "2026-11-23");
	CHECK_STR_EQ(iso_week_monday("2025-W01", out), "2024-12-30");
	CHECK_NULL(iso_week_monday("2025-W53", out));   /* 2025 has 52 weeks */
	CHECK_NOT_NULL(iso_week_monday("2026-W53", out));
	CHECK_NULL(iso_week_monday("2026-W00", out));
	CHECK_NULL(iso_week_monday("2026W48", out));
	CHECK_NULL(iso_week_monday("2026-W4x", out));
	CHECK_STR_EQ(iso_week_add("2026-W53", 1, week), "2027-W01");
	CHECK_STR_EQ(iso_week_add("2026-W01", -1, week), "2025-W52");
	time_t t;
	CHECK(parse_utc_text("2026-03-29T01:00:00Z", &t));
	CHECK_EQ_INT(t, 1774746000);
	CHECK(!parse_utc_text("2026-03-29 01:00:00Z", &t));
	CHECK(!parse_utc_text("2026-13-29T01:00:00Z", &t));
	CHECK(is_under_18("2009-06-15", "2027-06-14"));
	CHECK(!is_under_18("2009-06-15", "2027-06-15"));
	CHECK(!is_under_18("", "2027-06-15"));
	CHECK(is_under_18("2008-02-29", "2026-02-28"));    /* the 18th birthday is 1 March */
	CHECK(!is_under_18("2008-02-29", "2026-03-01"));
}

/* Months added with the day cut to fit; dates in words. */
static void test_months_and_words(void)
{
	char out[11], words[12], full[32];
	CHECK_STR_EQ(date_add_months("2026-11-15", 3, out), "2027-02-15");
	CHECK_STR_EQ(date_add_months("2026-01-15", -1, out), "2025-12-15");
	CHECK_STR_EQ(date_add_months("2026-01-01", -12, out), "2025-01-01");
	CHECK_STR_EQ(date_add_months("2026-01-31", 1, out), "2026-02-28");
	CHECK_STR_EQ(date_add_months("2024-01-31", 1, out), "2024-02-29");
	CHECK_STR_EQ(date_add_months("2026-10-01", 3, out), "2027-01-01");
	CHECK_NULL(date_add_months("2026-02-30", 1, out));
	CHECK_STR_EQ(date_in_words("2026-11-23", words), "23 Nov 2026");
	CHECK_STR_EQ(date_in_words("2026-12-01", words), "1 Dec 2026");
	CHECK_NULL(date_in_words("2026-12-32", words));
	CHECK_NULL(date_in_words(NULL, words));
	CHECK_STR_EQ(date_in_full_words("2026-12-01", full), "Tuesday 1 December 2026");
	CHECK_STR_EQ(date_in_full_words("2026-11-29", full), "Sunday 29 November 2026");
	CHECK_NULL(date_in_full_words("29/11/2026", full));
}

/* The rule: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC
 * on the last Sunday of October. */
static void test_london_offsets(void)
{
	/* 2026: clocks go forward 29 March, back 25 October, at 01:00 UTC. */
	CHECK(!london_is_summer_time(at("2026-03-29T00:59:59Z")));
	CHECK(london_is_summer_time(at("2026-03-29T01:00:00Z")));
	CHECK(london_is_summer_time(at("2026-10-25T00:59:59Z")));
	CHECK(!london_is_summer_time(at("2026-10-25T01:00:00Z")));
	CHECK(!london_is_summer_time(at("2026-01-15T12:00:00Z")));
	CHECK(london_is_summer_time(at("2026-07-15T12:00:00Z")));
	/* 2027: 28 March and 31 October. */
	CHECK(!london_is_summer_time(at("2027-03-28T00:30:00Z")));
	CHECK(london_is_summer_time(at("2027-03-28T01:30:00Z")));
	CHECK(london_is_summer_time(at("2027-10-31T00:30:00Z")));
	CHECK(!london_is_summer_time(at("2027-10-31T01:30:00Z")));
	char out[21];
	CHECK_STR_EQ(iso(london_instant(day("2026-06-01"), 9 * 60), out), "2026-06-01T08:00:00Z");
	CHECK_STR_EQ(iso(london_instant(day("2026-12-01"), 9 * 60), out), "2026-12-01T09:00:00Z");
	/* 01:30 on the October change day happens twice: the first (BST) is taken. */
	CHECK_STR_EQ(iso(london_instant(day("2026-10-25"), 90), out), "2026-10-25T00:30:00Z");
	/* 01:30 on the March change day never happens: read as GMT. */
	CHECK_STR_EQ(iso(london_instant(day("2026-03-29"), 90), out), "2026-03-29T01:30:00Z");
	CHECK_EQ_INT(london_offset(at("2026-06-01T08:00:00Z")), 3600);
	CHECK_EQ_INT(london_offset(at("2026-12-01T08:00:00Z")), 0);
}

/* London times: winter is UTC, summer is UTC+1, and the nights of the
 * clock changes have 7 and 9 hours between 22:00 and 06:00. */
static void test_london_time(void)
{
	CHECK_EQ_INT(london_time("2026-01-10", 9 * 60), 1768035600);          /* 09:00Z */
	CHECK_EQ_INT(london_time("2026-07-10", 9 * 60), 1783670400);          /* 08:00Z */
	CHECK_EQ_INT(london_time("2026-03-28", 30 * 60) - london_time("2026-03-28", 22 * 60), 7 * 3600);
	CHECK_EQ_INT(london_time("2026-10-24", 30 * 60) - london_time("2026-10-24", 22 * 60), 9 * 3600);
	char d[11], c[6];
	CHECK_STR_EQ(london_date(london_time("2026-11-23", 23 * 60 + 30), d), "2026-11-23");
	CHECK_STR_EQ(london_clock(london_time("2026-07-10", 23 * 60 + 30), c), "23:30");
}

/* Every wall-clock time of the two change nights, as the header says:
 * March's skipped hour read as GMT (an hour later on the clock),
 * October's repeated hour the first time (BST); minutes past midnight
 * or before it count into the next or previous day. */
static void test_clock_change_nights(void)
{
	char out[21], d[11], c[6];
	CHECK_STR_EQ(iso(london_time("2026-03-29", 0), out), "2026-03-29T00:00:00Z");
	CHECK_STR_EQ(iso(london_time("2026-03-29", 60), out), "2026-03-29T01:00:00Z");
	CHECK_STR_EQ(iso(london_time("2026-03-29", 90), out), "2026-03-29T01:30:00Z");
	CHECK_STR_EQ(iso(london_time("2026-03-29", 120), out), "2026-03-29T01:00:00Z");
	CHECK_STR_EQ(iso(london_time("2026-10-25", 60), out), "2026-10-25T00:00:00Z");
	CHECK_STR_EQ(iso(london_time("2026-10-25", 90), out), "2026-10-25T00:30:00Z");
	CHECK_STR_EQ(iso(london_time("2026-10-25", 120), out), "2026-10-25T02:00:00Z");
	CHECK_STR_EQ(iso(london_time("2026-03-28", 1440 + 90), out), "2026-03-29T01:30:00Z");
	CHECK_STR_EQ(iso(london_instant(day("2026-03-30"), -30), out), "2026-03-29T22:30:00Z");
	CHECK_EQ_INT(london_time("2026-03-30", 0) - london_time("2026-03-29", 0), 23 * 3600);
	CHECK_EQ_INT(london_time("2026-10-26", 0) - london_time("2026-10-25", 0), 25 * 3600);
	CHECK_EQ_INT(london_time("2026-02-30", 0), -1);
	/* the repeated hour reads the same on the clock both times */
	CHECK_STR_EQ(london_clock(at("2026-10-25T00:30:00Z"), c), "01:30");
	CHECK_STR_EQ(london_clock(at("2026-10-25T01:30:00Z"), c), "01:30");
	CHECK_STR_EQ(london_clock(at("2026-03-29T01:00:00Z"), c), "02:00");
	/* a summer evening in UTC is already the next day in London */
	CHECK_STR_EQ(london_date(at("2026-07-01T23:30:00Z"), d), "2026-07-02");
	CHECK_STR_EQ(london_clock(at("2026-07-01T23:30:00Z"), c), "00:30");
	CHECK_EQ_INT(london_day(at("2026-07-01T23:30:00Z")), day("2026-07-02"));
	CHECK_EQ_INT(london_day(at("2026-12-31T23:30:00Z")), day("2026-12-31"));
	CHECK_STR_EQ(london_date(at("1969-12-31T23:59:59Z"), d), "1969-12-31");
	CHECK(valid_date(today_london(d)));
}

/* Formats t with iso_utc, parses it back, and checks both ways. */
static void round_trip(time_t t, const char *want)
{
	char out[21];
	time_t back = 0;
	CHECK_STR_EQ(iso_utc(t, out), want);
	CHECK_EQ_INT(parse_utc_text(want, &back), 1);
	CHECK_EQ_INT(back, t);
}

/* iso_utc and parse_utc_text: round trips and malformed input. */
static void test_iso_time(void)
{
	time_t t = 123;
	round_trip(0, "1970-01-01T00:00:00Z");
	round_trip(1700000000, "2023-11-14T22:13:20Z");
	round_trip(1709210096, "2024-02-29T12:34:56Z");
	round_trip(4102444799LL, "2099-12-31T23:59:59Z");
	round_trip(951782400, "2000-02-29T00:00:00Z");
	round_trip(-1, "1969-12-31T23:59:59Z");

	static const char *const bad[] = {
		"",
		"2026-01-01",
		"2026-01-01T00:00:00",
		"2026-01-01 00:00:00Z",
		"2026-01-01T00:00:00+00:00",
		"2026-01-01T00:00:00z",
		"2026-01-01T00:00:00Zx",
		"2026-13-01T00:00:00Z",
		"2026-00-01T00:00:00Z",
		"2026-01-32T00:00:00Z",
		"2026-01-01T24:00:00Z",
		"2026-01-01T00:60:00Z",
		"2026/01/01T00:00:00Z",
		"+026-01-01T00:00:00Z",
		"abcd-ef-ghTij:kl:mnZ",
		/* Spaces where digits belong: not the exact stored form. */
		" 026-01-01T00:00:00Z",
		"2026-01-01T 1:00:00Z",
		/* No such day (it must not become 2 March). */
		"2026-02-30T00:00:00Z",
		/* The same refusals as valid_date: no 29 February in 2026, no
		 * 31 April, no year outside 1900-2200; no leap second. */
		"2026-02-29T12:00:00Z",
		"2026-04-31T12:00:00Z",
		"1899-12-31T23:59:59Z",
		"2201-01-01T00:00:00Z",
		"2026-06-30T23:59:60Z",
		/* Stray text before or after. */
		"2026-01-01T00:00:00Z ",
		"x2026-01-01T00:00:00Z",
		"2026-01-01T00:00:00Z\n",
		"2026-01-01T00:00:-1Z",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		t = 123;
		if (!CHECK_EQ_INT(parse_utc_text(bad[i], &t), 0))
			printf("  (the input was \"%s\", parsed as %lld)\n", bad[i], (long long)t);
		CHECK_EQ_INT(t, 123);   /* a refusal leaves *t alone */
	}
	CHECK_EQ_INT(parse_utc_text(NULL, &t), 0);
	CHECK(parse_utc_text("2024-02-29T23:59:59Z", &t));
	CHECK(parse_utc_text("2200-12-31T23:59:59Z", &t));
}

/* display_time in Europe/London, and "" for malformed input. */
static void test_display_time(void)
{
	struct arena a = {0};
	CHECK_STR_EQ(display_time(&a, "2026-01-15T12:05:00Z"), "15 Jan 2026 12:05");
	CHECK_STR_EQ(display_time(&a, "2026-07-01T12:00:00Z"), "01 Jul 2026 13:00");
	CHECK_STR_EQ(display_time(&a, "2026-03-29T00:59:59Z"), "29 Mar 2026 00:59");
	CHECK_STR_EQ(display_time(&a, "2026-03-29T01:00:00Z"), "29 Mar 2026 02:00");
	CHECK_STR_EQ(display_time(&a, "yesterday"), "");
	CHECK_STR_EQ(display_time(&a, NULL), "");
	CHECK_STR_EQ(display_time(&a, "2026-10-25T00:59:59Z"), "25 Oct 2026 01:59");
	CHECK_STR_EQ(display_time(&a, "2026-10-25T01:00:00Z"), "25 Oct 2026 01:00");
	CHECK_STR_EQ(display_time(&a, "2026-12-31T23:59:59Z"), "31 Dec 2026 23:59");
	CHECK_STR_EQ(display_time(&a, "2026-02-30T12:00:00Z"), "");
	arena_free(&a);
}

int main(void)
{
	setenv("TZ", "America/New_York", 1);
	tzset();
	test_day_numbers();
	test_weekday_numbering();
	test_calendar();
	test_months_and_words();
	test_london_offsets();
	test_london_time();
	test_clock_change_nights();
	test_iso_time();
	test_display_time();
	return check_summary("test_caltime");
}
