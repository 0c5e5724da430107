/*
 * bizclock.c: calendar dates, Europe/London offsets and the business-hours
 * clock (see bizclock.h).
 */
#include "bizclock.h"

#include <string.h>

#define DAY_SECONDS 86400LL
/* add_seconds gives up after this many days (a hundred years). */
#define BIZ_SEARCH_DAYS (366LL * 100)

/* Division rounding towards minus infinity. */
static long long floor_div(long long a, long long b)
{
	long long q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* Days since 1970-01-01 of a Gregorian date (the era-based method). */
long long biz_days_from_civil(int year, int month, int day)
{
	long long y = year - (month <= 2);
	long long era = floor_div(y, 400);
	long long yoe = y - era * 400;
	long long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The date of a day number (inverse of biz_days_from_civil). */
void biz_civil_from_days(long long days, int *year, int *month, int *day)
{
	long long z = days + 719468;
	long long era = floor_div(z, 146097);
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long long mp = (5 * doy + 2) / 153;
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

/* 0 Sunday .. 6 Saturday; 1970-01-01 was a Thursday. */
int biz_weekday(long long days)
{
	long long w = (days + 4) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

/* Days in a month of a year. */
static int month_length(int year, int month)
{
	static const int lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return month == 2 && leap ? 29 : lengths[month - 1];
}

/* Reads n digits at s into *out; returns 1 when they are all digits. */
static int read_digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

/* Parses a strict YYYY-MM-DD real date into a day number. */
int biz_parse_day(const char *s, long long *days)
{
	int y, m, d;
	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	if (!read_digits(s, 4, &y) || !read_digits(s + 5, 2, &m) || !read_digits(s + 8, 2, &d))
		return 0;
	if (m < 1 || m > 12 || d < 1 || d > month_length(y, m))
		return 0;
	*days = biz_days_from_civil(y, m, d);
	return 1;
}

/* Writes a day number as YYYY-MM-DD. */
char *biz_format_day(long long days, char out[11])
{
	int y, m, d;
	biz_civil_from_days(days, &y, &m, &d);
	int parts[3] = { y, m, d }, widths[3] = { 4, 2, 2 };
	char *o = out;
	for (int i = 0; i < 3; i++) {
		int v = parts[i] < 0 ? 0 : parts[i];
		for (int k = widths[i] - 1; k >= 0; k--, v /= 10)
			o[k] = (char)('0' + v % 10);
		o += widths[i];
		if (i < 2)
			*o++ = '-';
	}
	*o = '\0';
	return out;
}

/* The UTC instant of 01:00 UTC on the last Sunday of a month. */
static long long last_sunday_0100(int year, int month)
{
	long long last = biz_days_from_civil(year, month, month_length(year, month));
	return (last - biz_weekday(last)) * DAY_SECONDS + 3600;
}

/* BST runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October. */
int biz_london_is_bst(time_t t)
{
	int y, m, d;
	biz_civil_from_days(floor_div((long long)t, DAY_SECONDS), &y, &m, &d);
	return (long long)t >= last_sunday_0100(y, 3) && (long long)t < last_sunday_0100(y, 10);
}

/* The wall-clock reading in London, as seconds since the epoch. */
long long biz_london_local(time_t t)
{
	return (long long)t + (biz_london_is_bst(t) ? 3600 : 0);
}

/* Wall-clock time on a day to UTC: try BST first, else GMT. */
time_t biz_london_to_utc(long long day, int minutes)
{
	long long local = day * DAY_SECONDS + (long long)minutes * 60;
	if (biz_london_is_bst((time_t)(local - 3600)))
		return (time_t)(local - 3600);
	return (time_t)local;
}

/* Monday to Friday open..close, weekends shut. */
void biz_calendar_weekdays(struct biz_calendar *c, int open, int close,
                           const long long *holidays, size_t count)
{
	for (int wd = 0; wd < 7; wd++) {
		int working = wd >= 1 && wd <= 5;
		c->open[wd] = working ? open : 0;
		c->close[wd] = working ? close : 0;
	}
	c->holidays = holidays;
	c->holiday_count = count;
}

/* Binary search of the sorted holiday list. */
int biz_is_holiday(const struct biz_calendar *c, long long day)
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

/* The working window of a day in UTC; returns 0 when the day is shut. */
static int day_window(const struct biz_calendar *c, long long day, time_t *from, time_t *to)
{
	int wd = biz_weekday(day);
	if (c->open[wd] >= c->close[wd] || biz_is_holiday(c, day))
		return 0;
	*from = biz_london_to_utc(day, c->open[wd]);
	*to = biz_london_to_utc(day, c->close[wd]);
	return *to > *from;
}

/* Sums the overlap of each day's window with [start, end). */
long long biz_seconds_between(const struct biz_calendar *c, time_t start, time_t end)
{
	long long total = 0;
	if (end <= start)
		return 0;
	long long first = floor_div(biz_london_local(start), DAY_SECONDS);
	long long last = floor_div(biz_london_local(end), DAY_SECONDS);
	for (long long day = first; day <= last; day++) {
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
	long long first = floor_div(biz_london_local(start), DAY_SECONDS);
	for (long long day = first; day < first + BIZ_SEARCH_DAYS; day++) {
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
	for (int wd = 0; wd < 7; wd++)
		if (c->close[wd] - c->open[wd] > best)
			best = c->close[wd] - c->open[wd];
	return best * 60;
}

/* Overdue once the date has passed; due soon from soon_days before it. */
enum biz_review_state biz_review_state(const char *review_date, const char *today, int soon_days)
{
	long long review, now;
	if (!biz_parse_day(review_date, &review) || !biz_parse_day(today, &now))
		return BIZ_REVIEW_UNKNOWN;
	if (review < now)
		return BIZ_REVIEW_OVERDUE;
	if (review - now <= soon_days)
		return BIZ_REVIEW_DUE_SOON;
	return BIZ_REVIEW_OK;
}
