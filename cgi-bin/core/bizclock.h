/*
 * bizclock.h: the business-hours clock, built on core/caltime (its day
 * numbers, ISO weekdays and Europe/London rule; no date arithmetic here).
 *
 * A calendar says when the organisation works: an opening and closing
 * time for each ISO weekday (local, minutes after midnight; equal means
 * shut that day) and a sorted list of holiday dates (day numbers). From it
 * the clock counts the business seconds between two instants (for
 * "answered within 8 working hours?") and adds N business seconds to an
 * instant (for "respond within 2 working days": when is that due?).
 *
 * Also here: the review-date check of service standards (overdue, due
 * soon, fine).
 */
#ifndef FRONTLINE_BIZCLOCK_H
#define FRONTLINE_BIZCLOCK_H

#include "caltime.h"

#include <stddef.h>
#include <time.h>

/* A set of working weekdays as a mask: bit 0 Monday .. bit 6 Sunday, the
 * bit of ISO weekday wd being BIZ_DAY_BIT(wd). slas.days_mask stores it. */
#define BIZ_DAY_BIT(weekday) (1 << ((weekday) - MONDAY))
#define BIZ_MONDAY_TO_FRIDAY 0x1f
#define BIZ_MONDAY_TO_SATURDAY 0x3f
#define BIZ_EVERY_DAY 0x7f

/* When the organisation works. open and close are indexed by ISO weekday,
 * [MONDAY] .. [SUNDAY]; [0] is not used. */
struct biz_calendar {
	int open[SUNDAY + 1];       /* minutes after local midnight */
	int close[SUNDAY + 1];      /* open >= close: shut all day */
	const long *holidays;       /* sorted ascending day numbers, may be NULL */
	size_t holiday_count;
};

/* Fills a calendar open from open to close (minutes) on the weekdays of
 * days_mask (BIZ_DAY_BIT), shut on the others, with the given holidays. */
void biz_calendar_days(struct biz_calendar *c, int open, int close, int days_mask,
                       const long *holidays, size_t count);
/* biz_calendar_days open Monday to Friday. */
void biz_calendar_weekdays(struct biz_calendar *c, int open, int close,
                           const long *holidays, size_t count);

/* Returns 1 when day is one of the calendar's holidays. */
int biz_is_holiday(const struct biz_calendar *c, long day);

/* Returns 1 when the calendar works on day (a day number): its weekday
 * has opening hours and it is not a holiday. */
int biz_is_working_day(const struct biz_calendar *c, long day);

/* The first working day of the calendar on or after day (day itself when
 * it is one); -1 when there is none in the next hundred years. */
long biz_next_working_day(const struct biz_calendar *c, long day);

/* Business seconds of the calendar between start and end (0 when end is
 * not after start). */
long long biz_seconds_between(const struct biz_calendar *c, time_t start, time_t end);

/* The instant when `seconds` business seconds have passed after start (a
 * start outside business hours counts from the next opening); start itself
 * for 0. Returns (time_t)-1 when the calendar has no working time in the
 * next hundred years. */
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
