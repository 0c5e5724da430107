/*
 * wtr.c: the Working Time Regulations check (see wtr.h).
 */
#include "wtr.h"
#include "core/caltime.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HOUR 3600L
#define DAY (24 * HOUR)

static const char *const rule_keys[WTR__COUNT] = {
	"daily_rest", "weekly_rest", "break", "average_48", "young_day_hours", "young_week_hours",
};
static const char *const rule_labels[WTR__COUNT] = {
	"Daily rest", "Weekly rest", "Rest break", "48-hour average",
	"Young worker: daily hours", "Young worker: weekly hours",
};

/* See wtr.h. */
const char *wtr_rule_key(enum wtr_rule rule)
{
	return rule < WTR__COUNT ? rule_keys[rule] : "unknown";
}

/* See wtr.h. */
const char *wtr_rule_label(enum wtr_rule rule)
{
	return rule < WTR__COUNT ? rule_labels[rule] : "Unknown rule";
}

/* Orders shifts by start. */
static int by_start(const void *a, const void *b)
{
	const struct wtr_shift *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* See wtr.h. */
double wtr_net_seconds_within(const struct wtr_shift *s, time_t from, time_t to)
{
	time_t a = s->start > from ? s->start : from;
	time_t b = s->end < to ? s->end : to;
	double gross = (double)(s->end - s->start);
	if (b <= a || gross <= 0)
		return 0;
	double net = gross - s->break_minutes * 60.0;
	if (net < 0)
		net = 0;
	return (double)(b - a) * net / gross;
}

/* The rest periods (gaps without work) inside [from, to): the longest in
 * *longest and how many last at least min_run seconds in *runs. */
static void rest_within(const struct wtr_shift *s, size_t n, time_t from, time_t to,
                        time_t min_run, time_t *longest, int *runs)
{
	time_t cursor = from;
	*longest = 0;
	*runs = 0;
	for (size_t i = 0; i < n && s[i].start < to; i++) {
		if (s[i].end <= cursor)
			continue;
		if (s[i].start > cursor) {
			time_t gap = s[i].start - cursor;
			if (gap > *longest)
				*longest = gap;
			if (gap >= min_run)
				(*runs)++;
		}
		if (s[i].end > cursor)
			cursor = s[i].end;
	}
	if (to > cursor) {
		time_t gap = to - cursor;
		if (gap > *longest)
			*longest = gap;
		if (gap >= min_run)
			(*runs)++;
	}
}

/* Adds a breach to out if there is room; counts it either way. */
static void add_breach(struct wtr_breach *out, size_t max, long *count, enum wtr_rule rule,
                       long long shift_id, time_t period, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));
static void add_breach(struct wtr_breach *out, size_t max, long *count, enum wtr_rule rule,
                       long long shift_id, time_t period, const char *fmt, ...)
{
	if ((size_t)*count < max) {
		struct wtr_breach *b = &out[*count];
		va_list ap;
		b->rule = rule;
		b->shift_id = shift_id;
		b->period_start = period;
		va_start(ap, fmt);
		vsnprintf(b->detail, sizeof b->detail, fmt, ap);
		va_end(ap);
	}
	(*count)++;
}

/* "14:00 on 2026-11-23" for a detail sentence. */
static char *when(time_t t, char out[24])
{
	char date[11], clock[6];
	snprintf(out, 24, "%s on %s", london_clock(t, clock), london_date(t, date));
	return out;
}

/* Hours and minutes of a number of seconds, "8h 30m". */
static char *hm(double seconds, char out[24])
{
	int m = (int)(seconds / 60 + 0.5) % 1000000;
	snprintf(out, 24, "%dh %02dm", m / 60, m % 60);
	return out;
}

/* Daily rest and breaks: one check per shift starting in [from, to). */
static void check_each_shift(const struct wtr_shift *s, size_t n, const struct wtr_person *p,
                             time_t from, time_t to, struct wtr_breach *out, size_t max, long *count)
{
	time_t need_rest = (p->young_worker ? 12 : 11) * HOUR;
	for (size_t i = 0; i < n; i++) {
		if (s[i].start < from || s[i].start >= to)
			continue;
		char a[24], b[24];
		time_t longest;
		int runs;
		rest_within(s + i, n - i, s[i].start, s[i].start + DAY, need_rest, &longest, &runs);
		if (longest < need_rest)
			add_breach(out, max, count, WTR_DAILY_REST, s[i].id, s[i].start,
			           "Only %s of unbroken rest in the 24 hours from %s (%ld hours needed).",
			           hm((double)longest, a), when(s[i].start, b), (long)(need_rest / HOUR));
		time_t length = s[i].end - s[i].start;
		time_t over = p->young_worker ? 4 * HOUR + HOUR / 2 : 6 * HOUR;
		int need_break = p->young_worker ? 30 : 20;
		if (length > over && s[i].break_minutes < need_break)
			add_breach(out, max, count, WTR_BREAK, s[i].id, s[i].start,
			           "The shift from %s lasts %s with a %d-minute break; over %s it needs %d minutes.",
			           when(s[i].start, a), hm((double)length, b), s[i].break_minutes,
			           p->young_worker ? "4.5 hours" : "6 hours", need_break);
	}
}

/* The instant of the Monday 00:00 (London) of the week holding t, and of
 * the Monday weeks later. */
static time_t week_start(time_t t, int weeks_later)
{
	char date[11], monday[11];
	london_date(t, date);
	date_add_days(date, 1 - date_weekday(date) + 7L * weeks_later, monday);
	return london_time(monday, 0);
}

/* The first shift starting in [from, to), or NULL. */
static const struct wtr_shift *first_in(const struct wtr_shift *s, size_t n, time_t from, time_t to)
{
	for (size_t i = 0; i < n; i++)
		if (s[i].start >= from && s[i].start < to)
			return &s[i];
	return NULL;
}

/* Hours worked, net of breaks, in [from, to). */
static double net_hours(const struct wtr_shift *s, size_t n, time_t from, time_t to)
{
	double seconds = 0;
	for (size_t i = 0; i < n; i++)
		seconds += wtr_net_seconds_within(&s[i], from, to);
	return seconds / HOUR;
}

/* Returns 1 when a fortnight [from, to) holds two rests of 24 hours or
 * one of 48. */
static int fortnight_rest_ok(const struct wtr_shift *s, size_t n, time_t from, time_t to)
{
	time_t longest;
	int runs;
	rest_within(s, n, from, to, 24 * HOUR, &longest, &runs);
	return runs >= 2 || longest >= 48 * HOUR;
}

/* The weekly rules: rest, the 17-week average and the young worker's 40
 * hours, for each week whose Monday is in [from, to) and that has work. */
static void check_each_week(const struct wtr_shift *s, size_t n, const struct wtr_person *p,
                            time_t from, time_t to, struct wtr_breach *out, size_t max, long *count)
{
	char a[24], b[24];
	for (time_t mon = week_start(from, 0); mon < to; mon = week_start(mon + DAY, 1)) {
		time_t next = week_start(mon + DAY, 1);
		const struct wtr_shift *first = first_in(s, n, mon, next);
		if (mon < from || first == NULL)
			continue;
		time_t need = (p->young_worker ? 48 : 24) * HOUR, longest;
		int runs;
		rest_within(s, n, mon, next, need, &longest, &runs);
		if (longest < need && (p->young_worker ||
		    (!fortnight_rest_ok(s, n, week_start(mon - DAY, 0), next) &&
		     !fortnight_rest_ok(s, n, mon, week_start(next + DAY, 1)))))
			add_breach(out, max, count, WTR_WEEKLY_REST, first->id, mon,
			           "The week from %s has no %ld hours of unbroken rest (longest %s)%s.",
			           when(mon, a), (long)(need / HOUR), hm((double)longest, b),
			           p->young_worker ? "" : ", nor does the fortnight around it have 48");
		double worked = net_hours(s, n, mon, next);
		if (p->young_worker && worked > 40.0 + 1e-9)
			add_breach(out, max, count, WTR_YOUNG_WEEK_HOURS, first->id, mon,
			           "A young worker is planned for %.2f hours in the week from %s (at most 40).",
			           worked, when(mon, a));
		if (!p->opted_out) {
			double total = net_hours(s, n, week_start(mon, -16), next);
			if (total / 17.0 > 48.0 + 1e-9)
				add_breach(out, max, count, WTR_AVERAGE_48, first->id, mon,
				           "The 17 weeks ending with the week from %s average %.2f hours a week "
				           "(at most 48 without an opt-out).", when(mon, a), total / 17.0);
		}
	}
}

/* A young worker's 8 hours a day, for each local day in [from, to) with work. */
static void check_young_days(const struct wtr_shift *s, size_t n, time_t from, time_t to,
                             struct wtr_breach *out, size_t max, long *count)
{
	char date[11], next_date[11], a[24];
	london_date(from, date);
	for (time_t day = london_time(date, 0); day < to; ) {
		london_date(day, date);
		date_add_days(date, 1, next_date);
		time_t next = london_time(next_date, 0);
		double worked = net_hours(s, n, day, next);
		const struct wtr_shift *first = first_in(s, n, day - DAY, next);
		if (day >= from && worked > 8.0 + 1e-9 && first)
			add_breach(out, max, count, WTR_YOUNG_DAY_HOURS, first->id, day,
			           "A young worker is planned for %.2f hours on the day from %s (at most 8).",
			           worked, when(day, a));
		day = next;
	}
}

/* Orders breaches by period, then rule. */
static int by_period(const void *a, const void *b)
{
	const struct wtr_breach *x = a, *y = b;
	if (x->period_start != y->period_start)
		return x->period_start < y->period_start ? -1 : 1;
	return (int)x->rule - (int)y->rule;
}

/* See wtr.h. */
long wtr_check(const struct wtr_shift *shifts, size_t n, const struct wtr_person *person,
               time_t from, time_t to, struct wtr_breach *out, size_t max)
{
	struct wtr_shift *s = malloc((n ? n : 1) * sizeof *s);
	long count = 0;
	if (s == NULL)
		return -1;
	memcpy(s, shifts, n * sizeof *s);
	qsort(s, n, sizeof *s, by_start);
	check_each_shift(s, n, person, from, to, out, max, &count);
	check_each_week(s, n, person, from, to, out, max, &count);
	if (person->young_worker)
		check_young_days(s, n, from, to, out, max, &count);
	free(s);
	qsort(out, (size_t)count < max ? (size_t)count : max, sizeof *out, by_period);
	return count;
}
