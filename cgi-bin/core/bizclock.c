/*
 * bizclock.c: the business-hours clock (see bizclock.h).
 */
#include "bizclock.h"


/* add_seconds gives up after this many days (a hundred years). */
#define BIZ_SEARCH_DAYS (366L * 100)

/* open..close on the days of the mask, the others shut. */
void biz_calendar_days(struct biz_calendar *c, int open, int close, int days_mask,
                       const long *holidays, size_t count)
{
	c->open[0] = c->close[0] = 0;
	for (int wd = MONDAY; wd <= SUNDAY; wd++) {
		int working = (days_mask & BIZ_DAY_BIT(wd)) != 0;
		c->open[wd] = working ? open : 0;
		c->close[wd] = working ? close : 0;
	}
	c->holidays = holidays;
	c->holiday_count = count;
}

/* Monday to Friday open..close, weekends shut. */
void biz_calendar_weekdays(struct biz_calendar *c, int open, int close,
                           const long *holidays, size_t count)
{
	biz_calendar_days(c, open, close, BIZ_MONDAY_TO_FRIDAY, holidays, count);
}

/* Binary search of the sorted holiday list. */
int biz_is_holiday(const struct biz_calendar *c, long day)
{
	size_t lo = 0, hi = c->holiday_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->holidays[mid] == day)
			return 1;
		if (c->holidays[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* See bizclock.h. */
int biz_is_working_day(const struct biz_calendar *c, long day)
{
	int wd = weekday_of_days(day);
	return c->open[wd] < c->close[wd] && !biz_is_holiday(c, day);
}

/* See bizclock.h. */
long biz_next_working_day(const struct biz_calendar *c, long day)
{
	for (long i = 0; i < BIZ_SEARCH_DAYS; i++)
		if (biz_is_working_day(c, day + i))
			return day + i;
	return -1;
}

/* The working window of a day in UTC; returns 0 when the day is shut. */
static int day_window(const struct biz_calendar *c, long day, time_t *from, time_t *to)
{
	int wd = weekday_of_days(day);
	if (c->open[wd] >= c->close[wd] || biz_is_holiday(c, day))
		return 0;
	*from = london_instant(day, c->open[wd]);
	*to = london_instant(day, c->close[wd]);
	return *to > *from;
}

/* Sums the overlap of each day's window with [start, end). */
long long biz_seconds_between(const struct biz_calendar *c, time_t start, time_t end)
{
	long long total = 0;
	if (end <= start)
		return 0;
	long last = london_day(end);
	for (long day = london_day(start); day <= last; day++) {
		time_t from, to;
		if (!day_window(c, day, &from, &to))
			continue;
		time_t lo = from > start ? from : start;
		time_t hi = to < end ? to : end;
		if (hi > lo)
			total += (long long)(hi - lo);
	}
	return total;
}

/* Walks forward day by day, spending the seconds in each window. */
time_t biz_add_seconds(const struct biz_calendar *c, time_t start, long long seconds)
{
	long long remaining = seconds;
	if (seconds <= 0)
		return start;
	long first = london_day(start);
	for (long day = first; day < first + BIZ_SEARCH_DAYS; day++) {
		time_t from, to;
		if (!day_window(c, day, &from, &to))
			continue;
		time_t lo = from > start ? from : start;
		if (to <= lo)
			continue;
		long long available = (long long)(to - lo);
		if (remaining <= available)
			return lo + (time_t)remaining;
		remaining -= available;
	}
	return (time_t)-1;
}

/* The longest day's opening hours, in seconds. */
long long biz_working_day_seconds(const struct biz_calendar *c)
{
	long long best = 0;
	for (int wd = MONDAY; wd <= SUNDAY; wd++)
		if (c->close[wd] - c->open[wd] > best)
			best = c->close[wd] - c->open[wd];
	return best * 60;
}

/* Overdue once the date has passed; due soon from soon_days before it. */
enum biz_review_state biz_review_state(const char *review_date, const char *today, int soon_days)
{
	long review, now;
	if (!date_to_days(review_date, &review) || !date_to_days(today, &now))
		return BIZ_REVIEW_UNKNOWN;
	if (review < now)
		return BIZ_REVIEW_OVERDUE;
	if (review - now <= soon_days)
		return BIZ_REVIEW_DUE_SOON;
	return BIZ_REVIEW_OK;
}
