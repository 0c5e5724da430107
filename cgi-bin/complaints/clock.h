/*
 * clock.h: the complaint clocks, as pure functions on core/bizclock's
 * calendar (working weekdays and bank holidays) and caltime's day
 * numbers: no database, no current time, so the unit tests drive them on
 * fixed dates (tests/unit/test_complaints.c).
 *
 * A clock counts days after a start day: working days (a weekday the
 * calendar opens on that is not a bank holiday) or, for a profile that
 * says so, every calendar day. A day inside a pause (waiting on the
 * customer) does not count. A pause covers the days from its first day
 * up to, not including, the day it ended; one still running covers every
 * day from its first.
 */
#ifndef FRONTLINE_COMPLAINT_CLOCK_H
#define FRONTLINE_COMPLAINT_CLOCK_H

#include "core/bizclock.h"

#include <stddef.h>

/* A pause as day numbers; until_day < 0: still running. */
struct complaint_pause_span {
	long from_day;
	long until_day;
};

/* How long each stage may take, in one profile. */
struct complaint_profile {
	const char *key;              /* complaints.profile */
	const char *label;
	int ack_days;                 /* acknowledge within (working days) */
	int response_days;            /* stage 1 answered within */
	int response_calendar;        /* 1: response_days are calendar days */
	int stage2_ack_days;          /* stage 2 acknowledged within (working days) */
	int stage2_days;              /* stage 2 answered within */
	int stage2_calendar;          /* 1: calendar days */
	int stage2_from_receipt;      /* 1: stage 2's deadline counts from the first receipt */
};

/* The profiles (housing: the Housing Ombudsman's code; financial: the
 * FCA's 8-week final response), and their keys NULL-terminated for a
 * FIELD_CHOICE, with the labels in the same order. */
extern const struct complaint_profile complaint_profiles[];
extern const char *const complaint_profile_keys[];
extern const char *const complaint_profile_labels[];

/* The profile with this key, or the first (housing) when it is unknown. */
const struct complaint_profile *complaint_profile_find(const char *key);

/* A category's own periods, in working days, overriding the profile's
 * acknowledgement and stage 1 response (0: the profile's). */
struct complaint_override {
	int ack_days;
	int response_days;
};

/* The longest period a category may set (working days). */
#define COMPLAINT_OVERRIDE_MAX_DAYS 60

/* One clock's rule: how many days, whether they are calendar days, and
 * whether a category's override set it (0: the profile). */
struct complaint_period {
	int days;
	int calendar;
	int from_category;
};

/* The acknowledgement and stage 1 response periods that apply under
 * profile p with override o (NULL, or a field 0: the profile's). A
 * category's periods are always working days. */
void complaint_stage1_periods(const struct complaint_profile *p, const struct complaint_override *o,
                              struct complaint_period *ack, struct complaint_period *response);

/* Why override o (0: the profile's) cannot be saved under profile p, or
 * NULL when it can: each period 1 to 60 working days, and a response no
 * shorter than the acknowledgement that would apply with it (a profile's
 * calendar-day response counted as 5 working days a week). *field is
 * 0 when the acknowledgement is at fault, 1 for the response. */
const char *complaint_override_problem(const struct complaint_profile *p, const struct complaint_override *o,
                                       int *field);

/* The override a complaint keeps when its category is set or changed
 * (triage): a clock already met keeps the period it was met under (from
 * kept), one not yet met takes the new category's (from fresh, 0: the
 * profile's). */
struct complaint_override complaint_override_on_triage(struct complaint_override kept, int ack_met,
                                                       int response_met, struct complaint_override fresh);

/* Says which rule set a clock, into out (size n): "Billing:
 * acknowledge in 2 working days (category)" when a category set it,
 * "Acknowledge in 5 working days (profile: <label>)" otherwise. what is
 * the clock in lower case ("acknowledge", "stage 1 response"). Returns
 * out. */
char *complaint_rule_text(char *out, size_t n, const char *what, const struct complaint_period *period,
                          const char *category, const char *profile_label);

/* Returns 1 when day counts on the clock: a working day of cal (or any
 * day when calendar_days) and inside none of the pauses. */
int complaint_day_counts(const struct biz_calendar *cal, int calendar_days, long day,
                         const struct complaint_pause_span *pauses, size_t count);

/* The day on which n counted days have passed after start_day (the start
 * day itself never counts; n = 0 gives start_day). Returns -1 when that
 * is more than ten years away (a pause still running stops the clock). */
long complaint_due_day(const struct biz_calendar *cal, int calendar_days, long start_day, int n,
                       const struct complaint_pause_span *pauses, size_t count);

/* How many counted days lie after from_day up to and including to_day
 * (0 when to_day is not after from_day). */
long complaint_counted_days(const struct biz_calendar *cal, int calendar_days, long from_day,
                            long to_day, const struct complaint_pause_span *pauses, size_t count);

/* The working days (or calendar days) the pauses took out of the clock
 * after from_day up to and including to_day. */
long complaint_paused_days(const struct biz_calendar *cal, int calendar_days, long from_day,
                           long to_day, const struct complaint_pause_span *pauses, size_t count);

/* Where one clock stands. */
enum complaint_clock_state {
	COMPLAINT_CLOCK_NONE,       /* no deadline (stage not reached) */
	COMPLAINT_CLOCK_RUNNING,    /* not done, due after the due-soon window */
	COMPLAINT_CLOCK_DUE_SOON,   /* not done, due today or within soon days */
	COMPLAINT_CLOCK_OVERDUE,    /* not done, due day passed */
	COMPLAINT_CLOCK_PAUSED,     /* not done, waiting on the customer */
	COMPLAINT_CLOCK_MET,        /* done on or before the due day */
	COMPLAINT_CLOCK_LATE,       /* done after the due day */
};

/* The state of a clock due on due_day (-1: none), done on done_day (-1:
 * not yet), seen on today, with soon_days of warning. paused applies
 * only while it is not done. */
enum complaint_clock_state complaint_clock_state(long due_day, long done_day, long today,
                                                 int soon_days, int paused);

/* Words for a state ("Overdue"), and its CSS modifier ("overdue"). */
const char *complaint_clock_label(enum complaint_clock_state s);
const char *complaint_clock_class(enum complaint_clock_state s);

/* Who may handle stage 2: someone (candidate > 0) other than the stage 1
 * handler. Returns 1 when allowed. */
int complaint_stage2_handler_allowed(long long stage1_handler, long long candidate);

#endif
