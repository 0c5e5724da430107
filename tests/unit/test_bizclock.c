/*
 * test_bizclock.c: the business-hours clock (weekends, nights, bank
 * holidays, the changes in March and October), its calendars indexed by
 * ISO weekday and the days mask (bit 0 Monday) with the migration that
 * moved stored masks to it, and the review-date check of service
 * standards. (Dates and the London rule themselves: test_caltime.c.)
 */
#include "check.h"
#include "core/bizclock.h"
#include "core/db.h"
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

/* Monday to Friday 09:00-17:00 with the Christmas 2026 bank holidays. */
static const long *christmas(size_t *n)
{
	static long days[2];
	days[0] = day("2026-12-25");
	days[1] = day("2026-12-28");
	*n = 2;
	return days;
}

static void test_elapsed(void)
{
	struct biz_calendar c;
	size_t n;
	const long *hols = christmas(&n);
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
	for (int wd = MONDAY; wd <= SUNDAY; wd++) {
		always.open[wd] = 0;
		always.close[wd] = 24 * 60;
	}
	always.holidays = NULL;
	always.holiday_count = 0;
	CHECK_EQ_INT(biz_seconds_between(&always, london_instant(day("2026-03-29"), 0),
	                                 london_instant(day("2026-03-30"), 0)), 23 * 3600);
	CHECK_EQ_INT(biz_seconds_between(&always, london_instant(day("2026-10-25"), 0),
	                                 london_instant(day("2026-10-26"), 0)), 25 * 3600);
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
	const long *hols = christmas(&n);
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

/* A calendar is indexed by ISO weekday ([MONDAY] .. [SUNDAY]) and a days
 * mask has Monday in bit 0: a weekend desk opens on [SATURDAY] and
 * [SUNDAY] and is shut Monday to Friday. */
static void test_weekday_index(void)
{
	struct biz_calendar c, weekend, sunday;
	char out[21];
	biz_calendar_weekdays(&c, 9 * 60, 17 * 60, NULL, 0);
	CHECK_EQ_INT(c.open[MONDAY], 9 * 60);
	CHECK_EQ_INT(c.close[FRIDAY], 17 * 60);
	CHECK_EQ_INT(c.close[SATURDAY], 0);
	CHECK_EQ_INT(c.close[SUNDAY], 0);
	CHECK_EQ_INT(BIZ_DAY_BIT(MONDAY), 1);
	CHECK_EQ_INT(BIZ_DAY_BIT(SUNDAY), 64);
	CHECK_EQ_INT(BIZ_MONDAY_TO_FRIDAY, BIZ_DAY_BIT(MONDAY) | BIZ_DAY_BIT(TUESDAY) | BIZ_DAY_BIT(WEDNESDAY) |
	             BIZ_DAY_BIT(THURSDAY) | BIZ_DAY_BIT(FRIDAY));
	CHECK_EQ_INT(BIZ_MONDAY_TO_SATURDAY, BIZ_MONDAY_TO_FRIDAY | BIZ_DAY_BIT(SATURDAY));
	CHECK_EQ_INT(BIZ_EVERY_DAY, BIZ_MONDAY_TO_SATURDAY | BIZ_DAY_BIT(SUNDAY));
	biz_calendar_days(&weekend, 10 * 60, 16 * 60, BIZ_DAY_BIT(SATURDAY) | BIZ_DAY_BIT(SUNDAY), NULL, 0);
	CHECK_EQ_INT(weekend.open[SATURDAY], 10 * 60);
	CHECK_EQ_INT(weekend.close[SUNDAY], 16 * 60);
	CHECK_EQ_INT(weekend.close[MONDAY], 0);
	CHECK_EQ_INT(biz_working_day_seconds(&weekend), 6 * 3600);
	/* the week of Monday 23 November 2026 holds two six-hour days */
	CHECK_EQ_INT(biz_seconds_between(&weekend, at("2026-11-23T00:00:00Z"), at("2026-11-30T00:00:00Z")), 12 * 3600);
	/* Friday 16:00 plus an hour: Saturday 11:00 */
	CHECK_STR_EQ(iso(biz_add_seconds(&weekend, at("2026-11-27T16:00:00Z"), 3600), out), "2026-11-28T11:00:00Z");
	/* Sunday 15:00 plus two hours: one on Sunday, one next Saturday */
	CHECK_STR_EQ(iso(biz_add_seconds(&weekend, at("2026-11-29T15:00:00Z"), 7200), out), "2026-12-05T11:00:00Z");
	biz_calendar_days(&sunday, 9 * 60, 17 * 60, BIZ_DAY_BIT(SUNDAY), NULL, 0);
	CHECK_EQ_INT(biz_seconds_between(&sunday, at("2026-11-28T00:00:00Z"), at("2026-11-29T23:00:00Z")), 8 * 3600);
}

/* Runs the built-in migrations numbered below version on db and leaves
 * it at version - 1; returns 1 when they all ran. */
static int migrate_below(sqlite3 *db, int version)
{
	char pragma[40];
	for (size_t i = 0; i < embedded_migrations_count; i++) {
		const struct embedded_file *m = &embedded_migrations[i];
		if (atoi(m->name) >= version)
			continue;
		char *sql = strndup(m->data, m->len);
		int rc = sql ? sqlite3_exec(db, sql, NULL, NULL, NULL) : SQLITE_NOMEM;
		free(sql);
		if (rc != SQLITE_OK)
			return 0;
	}
	snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", version - 1);
	return sqlite3_exec(db, pragma, NULL, NULL, NULL) == SQLITE_OK;
}

/* The days masks of every SLA in id order, "31,63,..." (a static buffer). */
static const char *stored_masks(sqlite3 *db)
{
	static char out[128];
	sqlite3_stmt *st = NULL;
	out[0] = '\0';
	if (sqlite3_prepare_v2(db, "SELECT group_concat(days_mask, ',') FROM (SELECT days_mask FROM slas ORDER BY id)",
	                       -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

/* Schema 008: masks stored Sunday first (bit 0 Sunday .. bit 6 Saturday)
 * come out Monday first (BIZ_DAY_BIT) with the same days, the rest of the
 * rows untouched, and the column's default is Monday to Friday. */
static void test_days_mask_migration(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return;
	if (CHECK(migrate_below(db, 9))) {
		/* Monday to Friday, Monday to Saturday, every day, Sunday,
		 * Saturday and Sunday, none, and the old default */
		CHECK_EQ_INT(sqlite3_exec(db, "INSERT INTO slas (id, title, customer, metric, target_value, target_unit, "
		             "period, days_mask, created_at, updated_at) VALUES "
		             "(1, 'a', 'c', 'm', 1, 'count', 'monthly', 62, 't', 't'), "
		             "(2, 'b', 'c', 'm', 1, 'count', 'monthly', 126, 't', 't'), "
		             "(3, 'c', 'c', 'm', 1, 'count', 'monthly', 127, 't', 't'), "
		             "(4, 'd', 'c', 'm', 1, 'count', 'monthly', 1, 't', 't'), "
		             "(5, 'e', 'c', 'm', 1, 'count', 'monthly', 65, 't', 't'), "
		             "(6, 'f', 'c', 'm', 1, 'count', 'monthly', 0, 't', 't'); "
		             "INSERT INTO slas (id, title, customer, metric, target_value, target_unit, period, "
		             "created_at, updated_at) VALUES (7, 'g', 'c', 'm', 1, 'count', 'monthly', 't', 't')",
		             NULL, NULL, NULL), SQLITE_OK);
		CHECK_STR_EQ(stored_masks(db), "62,126,127,1,65,0,62");
		CHECK(db_migrate(db) >= 9);
		CHECK_STR_EQ(stored_masks(db), "31,63,127,64,96,0,31");
		CHECK_EQ_INT(sqlite3_exec(db, "INSERT INTO slas (id, title, customer, metric, target_value, target_unit, "
		             "period, created_at, updated_at) VALUES (8, 'h', 'c', 'm', 1, 'count', 'monthly', 't', 't')",
		             NULL, NULL, NULL), SQLITE_OK);
		CHECK_STR_EQ(stored_masks(db), "31,63,127,64,96,0,31,31");
		sqlite3_stmt *st = NULL;
		CHECK_EQ_INT(sqlite3_prepare_v2(db, "SELECT title || open_minutes || holiday_region FROM slas WHERE id = 5",
		                                -1, &st, NULL), SQLITE_OK);
		if (CHECK_EQ_INT(sqlite3_step(st), SQLITE_ROW))
			CHECK_STR_EQ((const char *)sqlite3_column_text(st, 0), "e540england-and-wales");
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
}

/* Working days: weekends and holidays are not; the next working day
 * skips them. */
static void test_next_working_day(void)
{
	long fri = days_from_civil(2025, 12, 26), thu = days_from_civil(2025, 12, 25);
	const long holidays[] = { thu, fri };
	struct biz_calendar c;
	biz_calendar_weekdays(&c, 9 * 60, 17 * 60, holidays, 2);
	CHECK(!biz_is_working_day(&c, thu));
	CHECK(!biz_is_working_day(&c, fri + 1));                    /* Saturday */
	CHECK(biz_is_working_day(&c, thu - 1));                     /* Wednesday */
	CHECK_EQ_INT(biz_next_working_day(&c, thu), fri + 3);       /* Monday 29 December */
	CHECK_EQ_INT(biz_next_working_day(&c, thu - 1), thu - 1);
	struct biz_calendar shut;
	biz_calendar_days(&shut, 9 * 60, 17 * 60, 0, NULL, 0);
	CHECK_EQ_INT(biz_next_working_day(&shut, thu), -1);
}

int main(void)
{
	test_next_working_day();
	test_weekday_index();
	test_days_mask_migration();
	test_elapsed();
	test_add();
	test_review_state();
	return check_summary("test_bizclock");
}
