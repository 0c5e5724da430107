/*
 * clock.c: the complaint clocks (see clock.h). Pure: day numbers in,
 * day numbers out.
 */
#include "clock.h"

#include <ctype.h>
#include <stdio.h>
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

/* See clock.h. */
void complaint_stage1_periods(const struct complaint_profile *p, const struct complaint_override *o,
                              struct complaint_period *ack, struct complaint_period *response)
{
	ack->days = p->ack_days;
	ack->calendar = 0;
	ack->from_category = 0;
	response->days = p->response_days;
	response->calendar = p->response_calendar;
	response->from_category = 0;
	if (o && o->ack_days > 0) {
		ack->days = o->ack_days;
		ack->from_category = 1;
	}
	if (o && o->response_days > 0) {
		response->days = o->response_days;
		response->calendar = 0;
		response->from_category = 1;
	}
}

/* Returns 1 when n is 0 (the profile's) or a period a category may set. */
static int period_allowed(int n)
{
	return n == 0 || (n >= 1 && n <= COMPLAINT_OVERRIDE_MAX_DAYS);
}

/* See clock.h. */
const char *complaint_override_problem(const struct complaint_profile *p, const struct complaint_override *o,
                                       int *field)
{
	struct complaint_period ack, response;
	*field = 0;
	if (!period_allowed(o->ack_days))
		return "Acknowledge within must be between 1 and 60 working days, or empty for the profile's.";
	*field = 1;
	if (!period_allowed(o->response_days))
		return "Stage 1 response within must be between 1 and 60 working days, or empty for the profile's.";
	complaint_stage1_periods(p, o, &ack, &response);
	/* a profile's calendar-day response is compared as the working days of
	 * its whole weeks (8 weeks: 40) */
	int response_working = response.calendar ? response.days * 5 / 7 : response.days;
	if (response_working < ack.days) {
		*field = o->response_days > 0 ? 1 : 0;
		return o->response_days > 0 ?
			"Stage 1 response within cannot be shorter than the acknowledgement period." :
			"Acknowledge within cannot be longer than the profile's stage 1 response period.";
	}
	return NULL;
}

/* See clock.h. */
struct complaint_override complaint_override_on_triage(struct complaint_override kept, int ack_met,
                                                       int response_met, struct complaint_override fresh)
{
	struct complaint_override o = fresh;
	if (ack_met)
		o.ack_days = kept.ack_days;
	if (response_met)
		o.response_days = kept.response_days;
	return o;
}

/* See clock.h. */
char *complaint_rule_text(char *out, size_t n, const char *what, const struct complaint_period *period,
                          const char *category, const char *profile_label)
{
	const char *unit = period->calendar ? "calendar days" : "working days";
	if (period->days == 1)
		unit = period->calendar ? "calendar day" : "working day";
	if (period->from_category)
		snprintf(out, n, "%s: %s in %d %s (category)", category && *category ? category : "Its category",
		         what, period->days, unit);
	else {
		snprintf(out, n, "%s in %d %s (profile: %s)", what, period->days, unit, profile_label);
		out[0] = (char)toupper((unsigned char)out[0]);
	}
	return out;
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
