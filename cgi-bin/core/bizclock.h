/*
 * bizclock.h: calendar dates and the business-hours clock.
 *
 * Pure C, no database and no dependence on the TZ variable: the clock
 * knows the Europe/London rule itself (GMT in winter; BST, UTC+1, from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October, as in law since 1998 and for the whole EU since 1996).
 *
 * A calendar says when the organisation works: an opening and closing
 * time for each weekday (local, minutes after midnight; equal means shut
 * that day) and a sorted list of holiday dates (day numbers). From it the
 * clock counts the business seconds between two instants (for "answered
 * within 8 working hours?") and adds N business seconds to an instant (for
 * "respond within 2 working days": when is that due?).
 *
 * Also here: day numbers for YYYY-MM-DD dates and the review-date check
 * of service standards (overdue, due soon, fine).
 */
#ifndef FRONTLINE_BIZCLOCK_H
#define FRONTLINE_BIZCLOCK_H

#include <stddef.h>
#include <time.h>

/* Days since 1970-01-01 for a proleptic Gregorian date. */
long long biz_days_from_civil(int year, int month, int day);
/* The date of a day number. */
void biz_civil_from_days(long long days, int *year, int *month, int *day);
/* 0 Sunday .. 6 Saturday for a day number. */
int biz_weekday(long long days);
/* Parses "YYYY-MM-DD" (a real date) into a day number; returns 1, or 0. */
int biz_parse_day(const char *s, long long *days);
/* Writes a day number as "YYYY-MM-DD" into out (11 bytes); returns out. */
char *biz_format_day(long long days, char out[11]);

/* Returns 1 when the instant falls in British Summer Time. */
int biz_london_is_bst(time_t t);
/* Europe/London wall-clock seconds (as if UTC) for a UTC instant. */
long long biz_london_local(time_t t);
/* The UTC instant of a Europe/London wall-clock time: the first of two in
 * the October repeat; a time skipped in March is read as GMT (an hour
 * later on the clock). */
time_t biz_london_to_utc(long long day, int minutes);

/* When the organisation works. Weekday index 0 is Sunday. */
struct biz_calendar {
	int open[7];                /* minutes after local midnight */
	int close[7];               /* open >= close: shut all day */
	const long long *holidays;  /* sorted ascending day numbers, may be NULL */
	size_t holiday_count;
};

/* Fills a calendar open Monday to Friday from open to close (minutes),
 * shut at weekends, with the given holidays. */
void biz_calendar_weekdays(struct biz_calendar *c, int open, int close,
                           const long long *holidays, size_t count);

/* Returns 1 when day is one of the calendar's holidays. */
int biz_is_holiday(const struct biz_calendar *c, long long day);

/* Business seconds of the calendar between start and end (0 when end is
 * not after start). */
long long biz_seconds_between(const struct biz_calendar *c, time_t start, time_t end);

/* The instant when `seconds` business seconds have passed after start (a
 * start outside business hours counts from the next opening); start itself
 * for 0. Returns (time_t)-1 when the calendar has no working time in the
 * next ten years. */
time_t biz_add_seconds(const struct biz_calendar *c, time_t start, long long seconds);

/* The length of a working day of the calendar in seconds: the longest
 * day's hours (a "working day" in an SLA); 0 for a calendar that never opens. */
long long biz_working_day_seconds(const struct biz_calendar *c);

/* Where a review date stands on a given day. */
enum biz_review_state {
	BIZ_REVIEW_UNKNOWN,     /* the date is missing or malformed */
	BIZ_REVIEW_OK,          /* more than soon_days away */
	BIZ_REVIEW_DUE_SOON,    /* today or within soon_days */
	BIZ_REVIEW_OVERDUE,     /* the date has passed */
};

/* Compares a review date with today (both YYYY-MM-DD). */
enum biz_review_state biz_review_state(const char *review_date, const char *today, int soon_days);

#endif
