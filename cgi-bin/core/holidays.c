/*
 * holidays.c: the England and Wales working calendar from the
 * bank_holidays table (see holidays.h).
 */
#include "holidays.h"
#include "caltime.h"
#include "db.h"

#include <stdio.h>
#include <string.h>

enum holiday_stmt { ST_DAYS, ST_NAME, ST__COUNT };
static const char *const holiday_sql[ST__COUNT] = {
	[ST_DAYS] = "SELECT day FROM bank_holidays WHERE region = ?1 ORDER BY day",
	[ST_NAME] = "SELECT name FROM bank_holidays WHERE region = 'england-and-wales' AND day = ?1",
};
static sqlite3_stmt *holiday_cache[ST__COUNT];
static struct sql_table holiday_table = { holiday_sql, ST__COUNT, holiday_cache, NULL };

/* Appends day d to the growing array *days (*n used of *cap), doubling it
 * in the arena when full. Returns 0, or -1 when memory ran out. */
static int holidays_append(struct arena *a, long **days, size_t *n, size_t *cap, long d)
{
	if (*n == *cap) {
		long *more = arena_alloc(a, 2 * *cap * sizeof *more);
		if (more == NULL)
			return -1;
		memcpy(more, *days, *n * sizeof **days);
		*days = more;
		*cap *= 2;
	}
	(*days)[(*n)++] = d;
	return 0;
}

/* See holidays.h. */
int holidays_load(struct arena *a, const char *region, long **days, size_t *count)
{
	sqlite3_stmt *st;
	size_t cap = 64;
	int rc = SQLITE_DONE, full = 0;
	*count = 0;
	*days = arena_alloc(a, cap * sizeof **days);
	if (*days == NULL)
		return -1;
	if (strcmp(region, "none") == 0)
		return 0;
	if ((st = db_stmt(&holiday_table, ST_DAYS)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, region, -1, SQLITE_TRANSIENT);
	while (!full && db_step_row(st, &rc)) {
		long d;
		if (date_to_days(db_text(st, 0), &d))
			full = holidays_append(a, days, count, &cap, d) != 0;
	}
	sqlite3_reset(st);
	return full || db_rows_failed(rc) ? -1 : 0;
}

/* See holidays.h. */
int holidays_england_calendar(struct arena *a, struct biz_calendar *cal)
{
	long *days;
	size_t n;
	if (holidays_load(a, "england-and-wales", &days, &n) != 0)
		return -1;
	biz_calendar_weekdays(cal, 9 * 60, 17 * 60, days, n);
	return 0;
}

/* See holidays.h. */
int holidays_england_name(const char *day, char *out, size_t size)
{
	sqlite3_stmt *st = db_stmt(&holiday_table, ST_NAME);
	int rc, found = 0;
	out[0] = '\0';
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, day, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		snprintf(out, size, "%s", db_text(st, 0));
		found = 1;
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : found;
}
