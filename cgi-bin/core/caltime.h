/*
 * caltime.h: the one calendar of the code.
 *
 * - Civil dates: YYYY-MM-DD text and day numbers (days since 1970-01-01,
 *   proleptic Gregorian), one pair of conversions for every caller.
 * - Weekdays: one numbering everywhere, ISO 8601: 1 Monday .. 7 Sunday
 *   (MONDAY .. SUNDAY below). Tables indexed by weekday (names, a business
 *   calendar's opening hours) use these numbers as their index.
 * - ISO weeks ("2026-W48").
 * - Europe/London: computed from the rule, never from the TZ variable or
 *   the C library's zone files, so results do not depend on the
 *   environment. GMT in winter; BST (UTC+1) from 01:00 UTC on the last
 *   Sunday of March to 01:00 UTC on the last Sunday of October, the rule
 *   in force since 1996, applied to every year (earlier years' historical
 *   offsets are not modelled).
 *   On the nights the clocks change, a local wall-clock time turns into an
 *   instant like this: a time the clocks skip (01:00-01:59 on the March
 *   change day) is read as GMT, so it lands an hour later on the clock
 *   (01:30 is 02:30 BST, 01:30 UTC); a time that happens twice (01:00-01:59
 *   on the October change day) is the first of the two, in BST (01:30 is
 *   00:30 UTC). A shift on those nights therefore gets its real length.
 * - Stored UTC text ("YYYY-MM-DDTHH:MM:SSZ"): one strict, fast parser.
 *   (util.h writes it: iso_utc.)
 * - Display: stored UTC shown in London, dates in words, today's date.
 */
#ifndef FRONTLINE_CALTIME_H
#define FRONTLINE_CALTIME_H

#include <time.h>

struct arena;

/* ISO weekdays. */
enum { MONDAY = 1, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY };

/* Names indexed by ISO weekday: [MONDAY] "Monday" .. [SUNDAY] "Sunday",
 * [0] "" (what date_weekday gives for a bad date). */
extern const char *const weekday_names[SUNDAY + 1];
/* "Mon" .. "Sun", indexed the same way. */
extern const char *const weekday_abbrs[SUNDAY + 1];
/* Names indexed by month: [1] "January" .. [12] "December", [0] "". */
extern const char *const month_names[13];
/* "Jan" .. "Dec", indexed the same way. */
extern const char *const month_abbrs[13];

/* ---- civil dates and day numbers ---- */

/* The day number (days since 1970-01-01) of a proleptic Gregorian date;
 * month 1..12, day 1..31 (not checked: see valid_date). */
long days_from_civil(long year, int month, int day);
/* The date of a day number (the inverse of days_from_civil). */
void civil_from_days(long days, long *year, int *month, int *day);

/* Returns 1 if s is a real date in the form YYYY-MM-DD (years 1900-2200). */
int valid_date(const char *s);
/* Day number of a YYYY-MM-DD date; returns 1 and sets *days, or 0 when s
 * is not a real date (valid_date). */
int date_to_days(const char *s, long *days);
/* Writes the date of a day number as YYYY-MM-DD into out; returns out. */
char *days_to_date(long days, char out[11]);
/* Writes date + n days into out; returns out, or NULL when date is bad. */
char *date_add_days(const char *date, long n, char out[11]);
/* Writes date + n months into out (n may be negative), the day cut to the
 * length of the month it lands in (31 January + 1 month is 28 or 29
 * February); returns out, or NULL when date is bad. */
char *date_add_months(const char *date, long n, char out[11]);

/* ISO weekday (1 Monday .. 7 Sunday) of a day number. */
int weekday_of_days(long days);
/* ISO weekday of a date: 1 Monday .. 7 Sunday; 0 when the date is bad. */
int date_weekday(const char *date);

/* "23 Nov 2026" (no leading zero on the day) into out; NULL if bad. */
char *date_in_words(const char *date, char out[12]);
/* "Monday 23 November 2026" into out; NULL if bad. */
char *date_in_full_words(const char *date, char out[32]);

/* ---- ISO weeks ---- */

/* The ISO week ("2026-W48") a date falls in, into out; NULL if bad. */
char *iso_week_of_date(const char *date, char out[9]);
/* The Monday of an ISO week ("2026-W48") into out; NULL when the text is
 * not a week that exists (week 53 only in years that have one). */
char *iso_week_monday(const char *week, char out[11]);
/* The ISO week n weeks after week (n may be negative) into out. */
char *iso_week_add(const char *week, int n, char out[9]);

/* ---- Europe/London ---- */

/* Returns 1 when the instant falls in British Summer Time. */
int london_is_summer_time(time_t t);
/* Seconds London's clocks are ahead of UTC at an instant: 0 or 3600. */
long london_offset(time_t t);
/* The day number of the London date of an instant. */
long london_day(time_t t);
/* The instant of a London wall-clock time: minutes after the midnight of
 * day number day (minutes may pass 1440 into the next days, or be
 * negative). The clock-change nights are read as the top of this file says. */
time_t london_instant(long day, long minutes);
/* london_instant for a YYYY-MM-DD date; (time_t)-1 on a bad date. */
time_t london_time(const char *date, long minutes);
/* The London date of an instant into out; returns out. */
char *london_date(time_t t, char out[11]);
/* The London time of an instant as HH:MM into out; returns out. */
char *london_clock(time_t t, char out[6]);
/* Writes today's date in London (YYYY-MM-DD) to out; returns out. */
char *today_london(char out[11]);

/* ---- stored UTC text ---- */

/* Parses stored UTC text "YYYY-MM-DDTHH:MM:SSZ", exactly that: a real date
 * (as valid_date), hours 00-23, minutes and seconds 00-59, nothing before
 * or after. Fast: no locale, no time zone, no sscanf. Returns 1 and sets
 * *t, or 0 (leaving *t alone) when s is anything else. */
int parse_utc_text(const char *s, time_t *t);
/* Shows stored UTC text in London time, "01 Dec 2026 14:05" (the day with
 * its leading zero); returns an arena string, "" when iso is malformed. */
char *display_time(struct arena *a, const char *iso);

/* Returns 1 when someone born on dob (YYYY-MM-DD) is under 18 on date. */
int is_under_18(const char *dob, const char *date);

#endif
