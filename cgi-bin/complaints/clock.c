/*
 * clock.c: the complaint clocks (see clock.h). Pure: day numbers in,
 * day numbers out.
 */
#include "clock.h"

#include <string.h>

#define HORIZON_DAYS 3660   /* ten years: a clock that has not run out by then is stopped */

const struct complaint_profile complaint_profiles[] = {
	{ "housing", "Housing Ombudsman's code: acknowledge in 5 working days, stage 1 answered in 10, "
	  "stage 2 acknowledged in 5 and answered in 20", 5, 10, 0, 5, 20, 0, 0 },
	{ "financial", "Financial services (FCA DISP): acknowledge in 5 working days, a final response "
	  "within 8 weeks of receipt", 5, 56, 1, 5, 56, 1, 1 },
};
const char *const complaint_profile_keys[] = { "housing", "financial", NULL };
const char *const complaint_profile_labels[] = {
	"Housing Ombudsman's code (5, 10; stage 2: 5, 20 working days)",
	"Financial services: final response within 8 weeks", NULL
};

/* See clock.h. */
const struct complaint_profile *complaint_profile_find(const char *key)
{
	for (size_t i = 0; i < sizeof complaint_profiles / sizeof complaint_profiles[0]; i++)
		if (key && strcmp(complaint_profiles[i].key, key) == 0)
			return &complaint_profiles[i];
	return &complaint_profiles[0];
}

/* Returns 1 when day is inside one of the pauses. */
static int paused_on(long day, const struct complaint_pause_span *pauses, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (day >= pauses[i].from_day && (pauses[i].until_day < 0 || day < pauses[i].until_day))
			return 1;
	return 0;
}

/* Returns 1 when the calendar works on day (open that weekday, no holiday). */
static int working_day(const struct biz_calendar *cal, long day)
{
	int wd = weekday_of_days(day);
	return cal->open[wd] < cal->close[wd] && !biz_is_holiday(cal, day);
}

/* See clock.h. */
int complaint_day_counts(const struct biz_calendar *cal, int calendar_days, long day,
                         const struct complaint_pause_span *pauses, size_t count)
{
	if (paused_on(day, pauses, count))
		return 0;
	return calendar_days || working_day(cal, day);
}

/* See clock.h. */
long complaint_due_day(const struct biz_calendar *cal, int calendar_days, long start_day, int n,
                       const struct complaint_pause_span *pauses, size_t count)
{
	long day = start_day;
	for (int counted = 0; counted < n; ) {
		day++;
		if (day - start_day > HORIZON_DAYS)
			return -1;
		counted += complaint_day_counts(cal, calendar_days, day, pauses, count);
	}
	return day;
}

/* See clock.h. */
long complaint_counted_days(const struct biz_calendar *cal, int calendar_days, long from_day,
                            long to_day, const struct complaint_pause_span *pauses, size_t count)
{
	long n = 0;
	for (long day = from_day + 1; day <= to_day; day++)
		n += complaint_day_counts(cal, calendar_days, day, pauses, count);
	return n;
}

/* See clock.h. */
long complaint_paused_days(const struct biz_calendar *cal, int calendar_days, long from_day,
                           long to_day, const struct complaint_pause_span *pauses, size_t count)
{
	return complaint_counted_days(cal, calendar_days, from_day, to_day, NULL, 0) -
	       complaint_counted_days(cal, calendar_days, from_day, to_day, pauses, count);
}

/* See clock.h. */
enum complaint_clock_state complaint_clock_state(long due_day, long done_day, long today,
                                                 int soon_days, int paused)
{
	if (due_day < 0 && done_day < 0)
		return paused ? COMPLAINT_CLOCK_PAUSED : COMPLAINT_CLOCK_NONE;
	if (done_day >= 0)
		return due_day < 0 || done_day <= due_day ? COMPLAINT_CLOCK_MET : COMPLAINT_CLOCK_LATE;
	if (paused)
		return COMPLAINT_CLOCK_PAUSED;
	if (today > due_day)
		return COMPLAINT_CLOCK_OVERDUE;
	if (due_day - today <= soon_days)
		return COMPLAINT_CLOCK_DUE_SOON;
	return COMPLAINT_CLOCK_RUNNING;
}

/* See clock.h. */
const char *complaint_clock_label(enum complaint_clock_state s)
{
	switch (s) {
	case COMPLAINT_CLOCK_RUNNING: return "On time";
	case COMPLAINT_CLOCK_DUE_SOON: return "Due soon";
	case COMPLAINT_CLOCK_OVERDUE: return "Overdue";
	case COMPLAINT_CLOCK_PAUSED: return "Paused (waiting on the customer)";
	case COMPLAINT_CLOCK_MET: return "Done in time";
	case COMPLAINT_CLOCK_LATE: return "Done late";
	case COMPLAINT_CLOCK_NONE: break;
	}
	return "Not started";
}

/* See clock.h. */
const char *complaint_clock_class(enum complaint_clock_state s)
{
	switch (s) {
	case COMPLAINT_CLOCK_RUNNING: return "running";
	case COMPLAINT_CLOCK_DUE_SOON: return "soon";
	case COMPLAINT_CLOCK_OVERDUE: return "overdue";
	case COMPLAINT_CLOCK_PAUSED: return "paused";
	case COMPLAINT_CLOCK_MET: return "met";
	case COMPLAINT_CLOCK_LATE: return "late";
	case COMPLAINT_CLOCK_NONE: break;
	}
	return "none";
}

/* See clock.h. */
int complaint_stage2_handler_allowed(long long stage1_handler, long long candidate)
{
	return candidate > 0 && candidate != stage1_handler;
}
