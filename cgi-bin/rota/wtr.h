/*
 * wtr.h: the Working Time Regulations 1998 as a pure check.
 *
 * Give it one person's shifts as UTC intervals (with their unpaid break)
 * and what is known about the person (a young worker? a recorded opt-out
 * of the 48-hour average?); it returns the breaches. No database, no
 * request: the rota calls it on every save, and the unit tests drive it
 * on the edges.
 *
 * The rules, as checked here:
 *  - daily rest: in the 24 hours from the start of each shift there must
 *    be 11 consecutive hours without work (12 for a young worker);
 *  - weekly rest: each ISO week (Monday 00:00 to Monday 00:00, London
 *    time) must hold 24 consecutive hours without work, unless the
 *    fortnight it makes with the week before or after holds two such
 *    rests or one of 48 hours; a young worker needs 48 hours every week;
 *  - breaks: a shift longer than 6 hours (start to end) needs an unpaid
 *    break of at least 20 minutes; for a young worker, longer than 4.5
 *    hours needs 30 minutes;
 *  - the 48-hour average: hours worked (net of breaks) in the 17 weeks
 *    ending with each week, divided by 17, must not pass 48, unless the
 *    person has opted out;
 *  - young workers: at most 8 hours worked in a local day and 40 in a week.
 * A shift crossing midnight or a week boundary counts, hour by hour, in
 * each day or week it touches; all lengths are real elapsed time, so a
 * shift over the clock change is an hour shorter or longer.
 */
#ifndef FRONTLINE_WTR_H
#define FRONTLINE_WTR_H

#include <stddef.h>
#include <time.h>

enum wtr_rule {
	WTR_DAILY_REST,
	WTR_WEEKLY_REST,
	WTR_BREAK,
	WTR_AVERAGE_48,
	WTR_YOUNG_DAY_HOURS,
	WTR_YOUNG_WEEK_HOURS,
	WTR__COUNT
};

/* One shift: [start, end) in UTC, and its unpaid break. */
struct wtr_shift {
	long long id;
	time_t start, end;
	int break_minutes;
};

/* What the rules need to know about the person. */
struct wtr_person {
	int young_worker;   /* under 18 */
	int opted_out;      /* a recorded opt-out of the 48-hour average */
};

/* One breach: which rule, the shift it is shown against, the instant
 * that names the period (the shift's start, or the week's Monday) and a
 * sentence for people. */
struct wtr_breach {
	enum wtr_rule rule;
	long long shift_id;
	time_t period_start;
	char detail[200];
};

/* Checks the shifts (in any order; they must not overlap) and writes the
 * breaches whose period starts in [from, to) into out, at most max of
 * them, ordered by period then rule. Give it the shifts of at least 17
 * weeks before from, so the averages are complete. Returns the number of
 * breaches found (which may be more than max), or -1 when out of memory. */
long wtr_check(const struct wtr_shift *shifts, size_t n, const struct wtr_person *person,
               time_t from, time_t to, struct wtr_breach *out, size_t max);

/* The stored key of a rule ("daily_rest") and its name for people. */
const char *wtr_rule_key(enum wtr_rule rule);
const char *wtr_rule_label(enum wtr_rule rule);

/* Seconds of [start, end) that fall inside [from, to), net of the break
 * spread evenly over the shift. */
double wtr_net_seconds_within(const struct wtr_shift *s, time_t from, time_t to);

#endif
