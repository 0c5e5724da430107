/*
 * caltime.c: the one calendar: dates, weekdays, ISO weeks, Europe/London
 * and stored UTC text (see caltime.h).
 */
#include "caltime.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DAY_SECONDS 86400L
#define MIN_YEAR 1900
#define MAX_YEAR 2200

const char *const weekday_names[SUNDAY + 1] = {
	"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
};
const char *const weekday_abbrs[SUNDAY + 1] = { "", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
const char *const month_names[13] = {
	"", "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"
};
const char *const month_abbrs[13] = {
	"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

/* Division rounding towards minus infinity (b > 0). */
static long floor_div(long a, long b)
{
	long q = a / b;
	return a % b < 0 ? q - 1 : q;
}

/* See caltime.h (Howard Hinnant's days_from_civil algorithm). */
long days_from_civil(long year, int month, int day)
{
	long y = year - (month <= 2);
	long era = floor_div(y, 400);
	long yoe = y - era * 400;
	long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* See caltime.h. */
void civil_from_days(long days, long *year, int *month, int *day)
{
	long z = days + 719468;
	long era = floor_div(z, 146097);
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = (int)(mp < 10 ? mp + 3 : mp - 9);
	*year = yoe + era * 400 + (*month <= 2);
}

/* Days in a month of a year. */
static int month_length(long year, int month)
{
	static const int lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return month == 2 && leap ? 29 : lengths[month - 1];
}

/* Reads n decimal digits at s; -1 when one is not a digit. */
static long digits(const char *s, int n)
{
	long v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Reads the ten characters YYYY-MM-DD at s (what follows is not looked
 * at) as a real date of years MIN_YEAR..MAX_YEAR; returns 1 and sets
 * *days, or 0. The one reader of dates: valid_date, date_to_days and
 * parse_utc_text all use it. */
static int read_date(const char *s, long *days)
{
	if (s[4] != '-' || s[7] != '-')
		return 0;
	long y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > month_length(y, (int)m))
		return 0;
	*days = days_from_civil(y, (int)m, (int)d);
	return 1;
}

/* See caltime.h. */
int date_to_days(const char *s, long *days)
{
	return s != NULL && strnlen(s, 11) == 10 && read_date(s, days);
}

/* See caltime.h. */
int valid_date(const char *s)
{
	long days;
	return date_to_days(s, &days);
}

/* Writes n digits of v (0 <= v) at out, with leading zeros. */
static void put_digits(char *out, long v, int n)
{
	for (int i = n - 1; i >= 0; i--, v /= 10)
		out[i] = (char)('0' + v % 10);
}

/* See caltime.h. */
char *days_to_date(long days, char out[11])
{
	long y;
	int m, d;
	civil_from_days(days, &y, &m, &d);
	put_digits(out, y < 0 ? 0 : y % 10000, 4);
	out[4] = '-';
	put_digits(out + 5, m, 2);
	out[7] = '-';
	put_digits(out + 8, d, 2);
	out[10] = '\0';
	return out;
}

/* See caltime.h. */
char *date_add_days(const char *date, long n, char out[11])
{
	long days;
	if (!date_to_days(date, &days))
		return NULL;
	return days_to_date(days + n, out);
}

/* See caltime.h: months counted from year 0, then the day cut to fit. */
char *date_add_months(const char *date, long n, char out[11])
{
	long days, y;
	int m, d;
	if (!date_to_days(date, &days))
		return NULL;
	civil_from_days(days, &y, &m, &d);
	long months = y * 12 + (m - 1) + n;
	y = floor_div(months, 12);
	m = (int)(months - y * 12) + 1;
	if (d > month_length(y, m))
		d = month_length(y, m);
	return days_to_date(days_from_civil(y, m, d), out);
}

/* See caltime.h: 1970-01-01 (day 0) was a Thursday. */
int weekday_of_days(long days)
{
	long since_monday = (days + 3) % 7;
	if (since_monday < 0)
		since_monday += 7;
	return (int)since_monday + MONDAY;
}

/* See caltime.h. */
int date_weekday(const char *date)
{
	long days;
	return date_to_days(date, &days) ? weekday_of_days(days) : 0;
}

/* See caltime.h. */
char *date_in_words(const char *date, char out[12])
{
	long days, y;
	int m, d;
	if (!date_to_days(date, &days))
		return NULL;
	civil_from_days(days, &y, &m, &d);
	snprintf(out, 12, "%d %s %04ld", d, month_abbrs[m], y % 10000);
	return out;
}

/* See caltime.h. */
char *date_in_full_words(const char *date, char out[32])
{
	long days, y;
	int m, d;
	if (!date_to_days(date, &days))
		return NULL;
	civil_from_days(days, &y, &m, &d);
	snprintf(out, 32, "%s %d %s %04ld", weekday_names[weekday_of_days(days)], d, month_names[m], y % 10000);
	return out;
}

/* ---- ISO weeks ---- */

/* Day number of the Monday of ISO week 1 of an ISO year (the week with
 * 4 January in it). */
static long iso_year_start(long year)
{
	long jan4 = days_from_civil(year, 1, 4);
	return jan4 - (weekday_of_days(jan4) - MONDAY);
}

/* See caltime.h. */
char *iso_week_of_date(const char *date, char out[9])
{
	long days, year;
	int m, d;
	if (!date_to_days(date, &days))
		return NULL;
	long thursday = days - weekday_of_days(days) + THURSDAY;   /* decides the ISO year */
	civil_from_days(thursday, &year, &m, &d);
	long week = (thursday - iso_year_start(year)) / 7 + 1;
	put_digits(out, year % 10000, 4);
	memcpy(out + 4, "-W", 2);
	put_digits(out + 6, week, 2);
	out[8] = '\0';
	return out;
}

/* Parses "YYYY-Www" into year and week; returns 1 when the week exists. */
static int parse_iso_week(const char *s, long *year, long *week)
{
	if (s == NULL || strnlen(s, 9) != 8 || s[4] != '-' || s[5] != 'W')
		return 0;
	*year = digits(s, 4);
	*week = digits(s + 6, 2);
	if (*year < MIN_YEAR || *year > MAX_YEAR || *week < 1)
		return 0;
	long weeks = (iso_year_start(*year + 1) - iso_year_start(*year)) / 7;
	return *week <= weeks;
}

/* See caltime.h. */
char *iso_week_monday(const char *week, char out[11])
{
	long year, n;
	if (!parse_iso_week(week, &year, &n))
		return NULL;
	return days_to_date(iso_year_start(year) + (n - 1) * 7, out);
}

/* See caltime.h. */
char *iso_week_add(const char *week, int n, char out[9])
{
	char monday[11], moved[11];
	if (iso_week_monday(week, monday) == NULL || date_add_days(monday, 7L * n, moved) == NULL)
		return NULL;
	return iso_week_of_date(moved, out);
}

/* ---- Europe/London ---- */

/* The instant of 01:00 UTC on the last Sunday of a month: when the
 * clocks change. */
static long last_sunday_0100(long year, int month)
{
	long last = days_from_civil(year, month, month_length(year, month));
	return (last - weekday_of_days(last) % SUNDAY) * DAY_SECONDS + 3600;
}

/* See caltime.h: BST from the last Sunday of March to the last Sunday of
 * October, each at 01:00 UTC. */
int london_is_summer_time(time_t t)
{
	long y;
	int m, d;
	civil_from_days(floor_div((long)t, DAY_SECONDS), &y, &m, &d);
	return (long)t >= last_sunday_0100(y, 3) && (long)t < last_sunday_0100(y, 10);
}

/* See caltime.h. */
long london_offset(time_t t)
{
	return london_is_summer_time(t) ? 3600 : 0;
}

/* See caltime.h. */
long london_day(time_t t)
{
	return floor_div((long)t + london_offset(t), DAY_SECONDS);
}

/* See caltime.h: the wall-clock reading taken as BST when an instant an
 * hour earlier than it as UTC is in summer time, else as GMT. That gives
 * the first of October's repeated hour and reads March's skipped hour as
 * GMT. */
time_t london_instant(long day, long minutes)
{
	long local = day * DAY_SECONDS + minutes * 60;
	if (london_is_summer_time((time_t)(local - 3600)))
		return (time_t)(local - 3600);
	return (time_t)local;
}

/* See caltime.h. */
time_t london_time(const char *date, long minutes)
{
	long days;
	if (!date_to_days(date, &days))
		return (time_t)-1;
	return london_instant(days, minutes);
}

/* See caltime.h. */
char *london_date(time_t t, char out[11])
{
	return days_to_date(london_day(t), out);
}

/* Minutes after London's midnight of an instant. */
static long london_minutes(time_t t)
{
	long local = (long)t + london_offset(t);
	return (local - floor_div(local, DAY_SECONDS) * DAY_SECONDS) / 60;
}

/* See caltime.h. */
char *london_clock(time_t t, char out[6])
{
	long minutes = london_minutes(t);
	put_digits(out, minutes / 60, 2);
	out[2] = ':';
	put_digits(out + 3, minutes % 60, 2);
	out[5] = '\0';
	return out;
}

/* See caltime.h. */
char *today_london(char out[11])
{
	return london_date(now_utc(), out);
}

/* ---- stored UTC text ---- */

/* See caltime.h. */
int parse_utc_text(const char *s, time_t *t)
{
	long days;
	if (s == NULL || strnlen(s, 21) != 20 || !read_date(s, &days) || s[10] != 'T' || s[13] != ':' ||
	    s[16] != ':' || s[19] != 'Z')
		return 0;
	long h = digits(s + 11, 2), mi = digits(s + 14, 2), se = digits(s + 17, 2);
	if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59)
		return 0;
	*t = (time_t)(days * DAY_SECONDS + h * 3600 + mi * 60 + se);
	return 1;
}

/* See caltime.h. */
char *display_time(struct arena *a, const char *iso)
{
	time_t t;
	long y;
	int m, d;
	if (!parse_utc_text(iso, &t))
		return arena_strdup(a, "");
	civil_from_days(london_day(t), &y, &m, &d);
	long minutes = london_minutes(t);
	return arena_printf(a, "%02d %s %04ld %02ld:%02ld", d, month_abbrs[m], y, minutes / 60, minutes % 60);
}

/* See caltime.h: the 18th birthday is the first day they are not. */
int is_under_18(const char *dob, const char *date)
{
	if (!valid_date(dob) || !valid_date(date))
		return 0;
	char birthday[24];
	snprintf(birthday, sizeof birthday, "%04d%.6s", atoi(dob) + 18, dob + 4);
	if (strcmp(birthday + 5, "02-29") == 0 && !valid_date(birthday))
		memcpy(birthday + 5, "03-01", 5);
	return strcmp(date, birthday) < 0;
}
