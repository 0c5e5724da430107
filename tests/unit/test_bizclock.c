/*
 * test_bizclock.c: dates, the Europe/London clock changes, the
 * business-hours clock (weekends, nights, bank holidays, the changes in
 * March and October) and the review-date check of service standards.
 */
#include "check.h"
#include "core/bizclock.h"
#include "core/caltime.h"
#include "core/util.h"

/* The UTC instant of "YYYY-MM-DDTHH:MM:SSZ" (the test fails loudly on a typo). */
static time_t at(const char *iso)
{
	time_t t = 0;
	if (!CHECK(parse_utc_text(iso, &t)))
		printf("bad instant in test: %s\n", iso);
	return t;
}

/* The day number of a date written in a test. */
static long long day(const char *s)
{
	long long d = 0;
	CHECK(biz_parse_day(s, &d));
	return d;
}

/* Writes an instant back as ISO for comparisons. */
static const char *iso(time_t t, char out[21])
{
	if (t == (time_t)-1)
		return "never";
	return iso_utc(t, out);
}

static void test_dates(void)
{
	char out[11];
	CHECK_EQ_INT(biz_days_from_civil(1970, 1, 1), 0);
	CHECK_EQ_INT(biz_days_from_civil(2000, 3, 1), 11017);
	CHECK_EQ_INT(biz_days_from_civil(1969, 12, 31), -1);
	CHECK_STR_EQ(biz_format_day(biz_days_from_civil(2028, 2, 29), out), "2028-02-29");
	int bad = 0;
	for (long long d = -800000; d < 800000; d += 37) {
		int y, m, dd;
		biz_civil_from_days(d, &y, &m, &dd);
		if (biz_days_from_civil(y, m, dd) != d)
			bad++;
	}
	CHECK_EQ_INT(bad, 0);
	CHECK_EQ_INT(biz_weekday(day("2026-11-23")), 1);   /* a Monday */
	CHECK_EQ_INT(biz_weekday(day("1970-01-01")), 4);   /* a Thursday */
	CHECK_EQ_INT(biz_weekday(day("1969-12-28")), 0);   /* a Sunday */
	long long d;
	CHECK(biz_parse_day("2028-02-29", &d));
	CHECK(!biz_parse_day("2026-02-29", &d));
	CHECK(!biz_parse_day("2026-2-01", &d));
	CHECK(!biz_parse_day("2026-13-01", &d));
	CHECK(!biz_parse_day("2026-01-01x", &d));
	CHECK(!biz_parse_day("", &d));
	CHECK(!biz_parse_day(NULL, &d));
}

static void test_london_offsets(void)
{
	/* 2026: clocks go forward 29 March, back 25 October, at 01:00 UTC. */
	CHECK(!biz_london_is_bst(at("2026-03-29T00:59:59Z")));
	CHECK(biz_london_is_bst(at("2026-03-29T01:00:00Z")));
	CHECK(biz_london_is_bst(at("2026-10-25T00:59:59Z")));
	CHECK(!biz_london_is_bst(at("2026-10-25T01:00:00Z")));
	CHECK(!biz_london_is_bst(at("2026-01-15T12:00:00Z")));
	CHECK(biz_london_is_bst(at("2026-07-15T12:00:00Z")));
	/* 2027: 28 March and 31 October. */
	CHECK(!biz_london_is_bst(at("2027-03-28T00:30:00Z")));
	CHECK(biz_london_is_bst(at("2027-03-28T01:30:00Z")));
	CHECK(biz_london_is_bst(at("2027-10-31T00:30:00Z")));
	CHECK(!biz_london_is_bst(at("2027-10-31T01:30:00Z")));
	char out[21];
	CHECK_STR_EQ(iso(biz_london_to_utc(day("2026-06-01"), 9 * 60), out), "2026-06-01T08:00:00Z");
	CHECK_STR_EQ(iso(biz_london_to_utc(day("2026-12-01"), 9 * 60), out), "2026-12-01T09:00:00Z");
	/* 01:30 on the October change day happens twice: the first (BST) is taken. */
	CHECK_STR_EQ(iso(biz_london_to_utc(day("2026-10-25"), 90), out), "2026-10-25T00:30:00Z");
	/* 01:30 on the March change day never happens: read as GMT. */
	CHECK_STR_EQ(iso(biz_london_to_utc(day("2026-03-29"), 90), out), "2026-03-29T01:30:00Z");
	CHECK_EQ_INT(biz_london_local(at("2026-06-01T08:00:00Z")) - at("2026-06-01T08:00:00Z"), 3600);
}

/* Monday to Friday 09:00-17:00 with the Christmas 2026 bank holidays. */
static const long long *christmas(size_t *n)
{
	static long long days[2];
	days[0] = day("2026-12-25");
	days[1] = day("2026-12-28");
	*n = 2;
	return days;
}

static void test_elapsed(void)
{
	struct biz_calendar c;
	size_t n;
	const long long *hols = christmas(&n);
	biz_calendar_weekdays(&c, 9 * 60, 17 * 60, hols, n);
	/* within a day, in GMT */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-11-23T10:00:00Z"), at("2026-11-23T12:00:00Z")), 7200);
	/* before opening and after closing count nothing */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-11-23T06:00:00Z"), at("2026-11-23T09:00:00Z")), 0);
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-11-23T17:00:00Z"), at("2026-11-23T23:00:00Z")), 0);
	/* across a night */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-11-23T16:00:00Z"), at("2026-11-24T10:00:00Z")), 7200);
	/* across a weekend */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-11-27T16:00:00Z"), at("2026-11-30T10:00:00Z")), 7200);
	/* a whole week is five eight-hour days */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-11-23T00:00:00Z"), at("2026-11-30T00:00:00Z")), 5 * 8 * 3600);
	/* across Christmas: Thursday 1 h, holidays Friday and Monday, Tuesday 1 h */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-12-24T16:00:00Z"), at("2026-12-29T10:00:00Z")), 7200);
	struct biz_calendar plain;
	biz_calendar_weekdays(&plain, 9 * 60, 17 * 60, NULL, 0);
	CHECK_EQ_INT(biz_seconds_between(&plain, at("2026-12-24T16:00:00Z"), at("2026-12-29T10:00:00Z")),
	             (1 + 8 + 8 + 1) * 3600);
	/* in summer the day is 08:00-16:00 UTC */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-06-01T08:00:00Z"), at("2026-06-01T16:00:00Z")), 8 * 3600);
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-06-01T16:00:00Z"), at("2026-06-01T17:00:00Z")), 0);
	/* clocks forward (Sunday 29 March 2026): Friday 16:00 GMT to Monday 10:00 BST */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-03-27T16:00:00Z"), at("2026-03-30T09:00:00Z")), 7200);
	/* clocks back (Sunday 25 October 2026): Friday 16:00 BST to Monday 10:00 GMT */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-10-23T15:00:00Z"), at("2026-10-26T10:00:00Z")), 7200);
	/* a calendar open on Sundays sees the 23-hour and 25-hour days */
	struct biz_calendar always;
	for (int wd = 0; wd < 7; wd++) {
		always.open[wd] = 0;
		always.close[wd] = 24 * 60;
	}
	always.holidays = NULL;
	always.holiday_count = 0;
	CHECK_EQ_INT(biz_seconds_between(&always, biz_london_to_utc(day("2026-03-29"), 0),
	                                 biz_london_to_utc(day("2026-03-30"), 0)), 23 * 3600);
	CHECK_EQ_INT(biz_seconds_between(&always, biz_london_to_utc(day("2026-10-25"), 0),
	                                 biz_london_to_utc(day("2026-10-26"), 0)), 25 * 3600);
	/* the end before the start */
	CHECK_EQ_INT(biz_seconds_between(&c, at("2026-11-24T10:00:00Z"), at("2026-11-23T10:00:00Z")), 0);
	CHECK_EQ_INT(biz_working_day_seconds(&c), 8 * 3600);
	CHECK(biz_is_holiday(&c, day("2026-12-28")));
	CHECK(!biz_is_holiday(&c, day("2026-12-29")));
}

static void test_add(void)
{
	struct biz_calendar c;
	size_t n;
	char out[21];
	const long long *hols = christmas(&n);
	biz_calendar_weekdays(&c, 9 * 60, 17 * 60, hols, n);
	CHECK_STR_EQ(iso(biz_add_seconds(&c, at("2026-11-23T10:00:00Z"), 3600), out), "2026-11-23T11:00:00Z");
	/* exactly to closing time */
	CHECK_STR_EQ(iso(biz_add_seconds(&c, at("2026-11-23T10:00:00Z"), 7 * 3600), out), "2026-11-23T17:00:00Z");
	/* over the weekend */
	CHECK_STR_EQ(iso(biz_add_seconds(&c, at("2026-11-27T16:00:00Z"), 7200), out), "2026-11-30T10:00:00Z");
	/* a start on Saturday counts from Monday's opening */
	CHECK_STR_EQ(iso(biz_add_seconds(&c, at("2026-11-28T12:00:00Z"), 1800), out), "2026-11-30T09:30:00Z");
	/* two working days from Christmas Eve 10:00: Thu 7 h, Tue 8 h, Wed 1 h */
	CHECK_STR_EQ(iso(biz_add_seconds(&c, at("2026-12-24T10:00:00Z"), 16 * 3600), out), "2026-12-30T10:00:00Z");
	/* into BST: Monday 30 March opens at 08:00 UTC */
	CHECK_STR_EQ(iso(biz_add_seconds(&c, at("2026-03-27T16:00:00Z"), 7200), out), "2026-03-30T09:00:00Z");
	/* out of BST: Friday 23 October closes at 16:00 UTC, Monday opens 09:00 UTC */
	CHECK_STR_EQ(iso(biz_add_seconds(&c, at("2026-10-23T15:00:00Z"), 7200), out), "2026-10-26T10:00:00Z");
	CHECK_STR_EQ(iso(biz_add_seconds(&c, at("2026-11-23T10:00:00Z"), 0), out), "2026-11-23T10:00:00Z");
	/* adding then counting gives back the same seconds */
	int mismatches = 0;
	time_t start = at("2026-03-20T07:13:00Z");
	for (long long s = 60; s < 40LL * 8 * 3600; s += 3 * 3600 + 17 * 60) {
		time_t due = biz_add_seconds(&c, start, s);
		if (biz_seconds_between(&c, start, due) != s)
			mismatches++;
	}
	CHECK_EQ_INT(mismatches, 0);
	struct biz_calendar never;
	biz_calendar_weekdays(&never, 9 * 60, 9 * 60, NULL, 0);
	CHECK_EQ_INT(biz_add_seconds(&never, at("2026-11-23T10:00:00Z"), 60), -1);
	CHECK_EQ_INT(biz_working_day_seconds(&never), 0);
}

static void test_review_state(void)
{
	CHECK_EQ_INT(biz_review_state("2026-11-22", "2026-11-23", 30), BIZ_REVIEW_OVERDUE);
	CHECK_EQ_INT(biz_review_state("2025-01-01", "2026-11-23", 30), BIZ_REVIEW_OVERDUE);
	CHECK_EQ_INT(biz_review_state("2026-11-23", "2026-11-23", 30), BIZ_REVIEW_DUE_SOON);
	CHECK_EQ_INT(biz_review_state("2026-12-23", "2026-11-23", 30), BIZ_REVIEW_DUE_SOON);
	CHECK_EQ_INT(biz_review_state("2026-12-24", "2026-11-23", 30), BIZ_REVIEW_OK);
	CHECK_EQ_INT(biz_review_state("2027-03-01", "2026-11-23", 0), BIZ_REVIEW_OK);
	CHECK_EQ_INT(biz_review_state("2026-02-30", "2026-11-23", 30), BIZ_REVIEW_UNKNOWN);
	CHECK_EQ_INT(biz_review_state("", "2026-11-23", 30), BIZ_REVIEW_UNKNOWN);
	CHECK_EQ_INT(biz_review_state("2026-11-22", "nonsense", 30), BIZ_REVIEW_UNKNOWN);
}

int main(void)
{
	test_dates();
	test_london_offsets();
	test_elapsed();
	test_add();
	test_review_state();
	return check_summary("test_bizclock");
}
