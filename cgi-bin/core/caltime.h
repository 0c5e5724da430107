/*
 * caltime.h: calendar arithmetic for rotas: dates (YYYY-MM-DD), ISO weeks
 * ("2026-W48") and Europe/London wall-clock times turned into UTC.
 *
 * Date arithmetic is pure (no time zone). The functions that turn a local
 * date and time into an instant use the process's TZ, which every worker
 * (and every unit test) sets to Europe/London, so a shift on the night
 * the clocks change gets its real length.
 */
#ifndef FRONTLINE_CALTIME_H
#define FRONTLINE_CALTIME_H

#include <time.h>

/* Returns 1 if s is a real date in the form YYYY-MM-DD (years 1900-2200). */
int valid_date(const char *s);

/* Days since 1970-01-01 of a YYYY-MM-DD date; returns 1 and sets *days,
 * or 0 when s is not a real date. */
int date_to_days(const char *s, long *days);
/* Writes the date days after 1970-01-01 as YYYY-MM-DD into out. */
char *days_to_date(long days, char out[11]);
/* Writes date + n days into out; returns out, or NULL when date is bad. */
char *date_add_days(const char *date, long n, char out[11]);
/* ISO weekday of a date: 1 Monday .. 7 Sunday; 0 when the date is bad. */
int date_weekday(const char *date);

/* The ISO week ("2026-W48") a date falls in, into out; NULL if bad. */
char *iso_week_of_date(const char *date, char out[9]);
/* The Monday of an ISO week ("2026-W48") into out; NULL when the text is
 * not a week that exists (week 53 only in years that have one). */
char *iso_week_monday(const char *week, char out[11]);
/* The ISO week n weeks after week (n may be negative) into out. */
char *iso_week_add(const char *week, int n, char out[9]);

/* The instant of a local (Europe/London) date plus minutes after its
 * midnight (minutes may pass 1440 into the next days). A time the clocks
 * skip (01:30 on the March change) is taken as the hour after; a time
 * that happens twice (01:30 in October) as the first. (time_t)-1 on a bad
 * date. */
time_t london_time(const char *date, long minutes);
/* The local date of an instant into out. */
char *london_date(time_t t, char out[11]);
/* Writes today's date in Europe/London (YYYY-MM-DD) to out; returns out. */
char *today_london(char out[11]);
/* The local time of an instant as HH:MM into out. */
char *london_clock(time_t t, char out[6]);

/* Parses stored UTC text "YYYY-MM-DDTHH:MM:SSZ" quickly (no locale, no
 * time zone); returns 1 and sets *t, or 0 when malformed. */
int parse_utc_text(const char *s, time_t *t);

/* Returns 1 when someone born on dob (YYYY-MM-DD) is under 18 on date. */
int is_under_18(const char *dob, const char *date);

#endif
