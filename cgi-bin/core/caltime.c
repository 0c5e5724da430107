/*
 * caltime.c: dates, ISO weeks and Europe/London times (see caltime.h).
 */
#include "caltime.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Days from 1970-01-01 of a proleptic Gregorian y-m-d (Howard Hinnant's
 * days_from_civil algorithm). */
static long civil_to_days(long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

/* The inverse of civil_to_days. */
static void days_to_civil(long z, long *y, unsigned *m, unsigned *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yy + (*m <= 2);
}

/* See caltime.h. */
int valid_date(const char *s)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return 0;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
		return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	int max = days[m - 1] + (m == 2 && leap);
	return d <= max;
}

/* See caltime.h. */
int date_to_days(const char *s, long *days)
{
	if (s == NULL || !valid_date(s))
		return 0;
	*days = civil_to_days(atol(s), (unsigned)atoi(s + 5), (unsigned)atoi(s + 8));
	return 1;
}

/* See caltime.h. */
char *days_to_date(long days, char out[11])
{
	long y;
	unsigned m, d;
	days_to_civil(days, &y, &m, &d);
	char tmp[32];
	snprintf(tmp, sizeof tmp, "%04ld-%02u-%02u", y, m, d);
	memcpy(out, tmp, 10);
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

/* ISO weekday of a day number: 1970-01-01 was a Thursday. */
static int weekday_of_days(long days)
{
	long w = (days + 3) % 7;   /* 0 Monday */
	if (w < 0)
		w += 7;
	return (int)w + 1;
}

/* See caltime.h. */
int date_weekday(const char *date)
{
	long days;
	return date_to_days(date, &days) ? weekday_of_days(days) : 0;
}

/* Day number of the Monday of ISO week 1 of an ISO year (the week with
 * 4 January in it). */
static long iso_year_start(long year)
{
	long jan4 = civil_to_days(year, 1, 4);
	return jan4 - (weekday_of_days(jan4) - 1);
}

/* See caltime.h. */
char *iso_week_of_date(const char *date, char out[9])
{
	long days, year;
	unsigned m, d;
	if (!date_to_days(date, &days))
		return NULL;
	long thursday = days - weekday_of_days(days) + 4;   /* decides the ISO year */
	days_to_civil(thursday, &year, &m, &d);
	long week = (thursday - iso_year_start(year)) / 7 + 1;
	char tmp[40];
	snprintf(tmp, sizeof tmp, "%04ld-W%02ld", year, week);
	memcpy(out, tmp, 8);
	out[8] = '\0';
	return out;
}

/* Parses "YYYY-Www" into year and week; returns 1 when the week exists. */
static int parse_iso_week(const char *s, long *year, long *week)
{
	if (s == NULL || strlen(s) != 8 || s[4] != '-' || s[5] != 'W')
		return 0;
	for (int i = 0; i < 8; i++)
		if (i != 4 && i != 5 && (s[i] < '0' || s[i] > '9'))
			return 0;
	*year = atol(s);
	*week = atol(s + 6);
	if (*year < 1900 || *week < 1)
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

/* See caltime.h. mktime() with tm_isdst -1 lets the C library decide
 * summer time; minutes past the day are normalised by it too. */
time_t london_time(const char *date, long minutes)
{
	long days;
	if (!date_to_days(date, &days))
		return (time_t)-1;
	struct tm tm = {0};
	tm.tm_year = atoi(date) - 1900;
	tm.tm_mon = atoi(date + 5) - 1;
	tm.tm_mday = atoi(date + 8) + (int)(minutes / 1440);
	tm.tm_hour = (int)((minutes % 1440) / 60);
	tm.tm_min = (int)(minutes % 60);
	tm.tm_isdst = -1;
	return mktime(&tm);
}

/* See caltime.h. */
char *london_date(time_t t, char out[11])
{
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
	return out;
}

/* See caltime.h. */
char *london_clock(time_t t, char out[6])
{
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(out, 6, "%H:%M", &tm);
	return out;
}

/* See caltime.h: the 18th birthday is the first day they are not. */
int is_under_18(const char *dob, const char *date)
{
	if (dob == NULL || !valid_date(dob) || date == NULL || !valid_date(date))
		return 0;
	char birthday[24];
	snprintf(birthday, sizeof birthday, "%04d%.6s", atoi(dob) + 18, dob + 4);
	if (strcmp(birthday + 5, "02-29") == 0 && !valid_date(birthday))
		memcpy(birthday + 5, "03-01", 5);
	return strcmp(date, birthday) < 0;
}

/* Reads n decimal digits; -1 when one is not a digit. */
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

/* See caltime.h. */
int parse_utc_text(const char *s, time_t *t)
{
	if (s == NULL || strlen(s) != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
	    s[13] != ':' || s[16] != ':' || s[19] != 'Z')
		return 0;
	long y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
	long h = digits(s + 11, 2), mi = digits(s + 14, 2), se = digits(s + 17, 2);
	if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 ||
	    se < 0 || se > 59)
		return 0;
	*t = (time_t)(civil_to_days(y, (unsigned)mo, (unsigned)d) * 86400L + h * 3600 + mi * 60 + se);
	return 1;
}

/* Writes today's date in Europe/London (the worker's TZ) to out. */
char *today_london(char out[11])
{
	return london_date(now_utc(), out);
}
