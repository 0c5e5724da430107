/*
 * logic.c: the rules of a service plan (see logic.h).
 */
#include "logic.h"
#include "gantt.h"

#include <string.h>

/* See logic.h. */
unsigned objective_warnings(const struct objective_facts *o)
{
	unsigned w = 0;
	if (!o->has_measure || !o->has_baseline || !o->has_target)
		w |= PLAN_WARN_NO_TARGET;
	if (!o->has_deadline)
		w |= PLAN_WARN_NO_DEADLINE;
	return w;
}

/* See logic.h. */
unsigned plan_warnings(const char *contingency, long long risks_with_contingency)
{
	int has_text = contingency && contingency[0];
	return has_text || risks_with_contingency > 0 ? 0 : PLAN_WARN_NO_CONTINGENCY;
}

/* The warnings in the order they are shown, with their codes and sentences. */
static const struct {
	unsigned bit;
	const char *code, *message;
} warnings_known[] = {
	{ PLAN_WARN_NO_TARGET, "no_target",
	  "This objective has no measurable target: say what is measured, its baseline now and the target value." },
	{ PLAN_WARN_NO_DEADLINE, "no_deadline",
	  "This objective has no deadline: without one nobody can tell whether it was met in time." },
	{ PLAN_WARN_NO_CONTINGENCY, "no_contingency",
	  "This plan has no contingency: write what happens if it goes off track, or add risks with their contingencies." },
};
#define WARNINGS_KNOWN (sizeof warnings_known / sizeof warnings_known[0])

/* See logic.h. */
const char *warning_codes(struct arena *a, unsigned warnings)
{
	const char *out = "";
	for (size_t i = 0; i < WARNINGS_KNOWN; i++)
		if (warnings & warnings_known[i].bit)
			out = out[0] ? arena_printf(a, "%s,%s", out, warnings_known[i].code)
			             : warnings_known[i].code;
	return out ? out : "";
}

/* See logic.h. */
const char *warning_message(unsigned warning)
{
	for (size_t i = 0; i < WARNINGS_KNOWN; i++)
		if (warning == warnings_known[i].bit)
			return warnings_known[i].message;
	return "";
}

/* Returns 1 when two values are equal to within rounding. */
static int same_value(double a, double b)
{
	double d = a - b;
	return d < 1e-9 && d > -1e-9;
}

/* See logic.h. */
int objective_progress(int has_baseline, double baseline, int has_target, double target,
                       int has_current, double current)
{
	if (!has_baseline || !has_target || !has_current)
		return -1;
	if (same_value(target, baseline))
		return same_value(current, target) ? 100 : 0;
	double p = (current - baseline) / (target - baseline) * 100.0;
	if (p <= 0)
		return 0;
	if (p >= 100)
		return 100;
	return (int)(p + 1e-9);   /* whole percent, rounded down */
}

/* See logic.h. */
enum plan_objective_status objective_status(int progress, const char *start,
                                       const char *deadline, const char *today)
{
	long s, d, t;
	if (progress < 0)
		return PLAN_OBJECTIVE_NOT_MEASURED;
	if (progress >= 100)
		return PLAN_OBJECTIVE_ACHIEVED;
	if (!gantt_day(deadline, &d) || !gantt_day(today, &t))
		return PLAN_OBJECTIVE_ON_TRACK;
	if (t > d)
		return PLAN_OBJECTIVE_MISSED;
	if (!gantt_day(start, &s) || s >= d)
		return PLAN_OBJECTIVE_ON_TRACK;
	double expected = t <= s ? 0 : (double)(t - s) / (double)(d - s) * 100.0;
	return progress + 10 < expected ? PLAN_OBJECTIVE_BEHIND : PLAN_OBJECTIVE_ON_TRACK;
}

static const char *const objective_labels[] = {
	[PLAN_OBJECTIVE_NOT_MEASURED] = "Not measured yet", [PLAN_OBJECTIVE_ACHIEVED] = "Achieved",
	[PLAN_OBJECTIVE_ON_TRACK] = "On track", [PLAN_OBJECTIVE_BEHIND] = "Behind", [PLAN_OBJECTIVE_MISSED] = "Missed",
};
static const char *const objective_classes[] = {
	[PLAN_OBJECTIVE_NOT_MEASURED] = "not-measured", [PLAN_OBJECTIVE_ACHIEVED] = "achieved",
	[PLAN_OBJECTIVE_ON_TRACK] = "on-track", [PLAN_OBJECTIVE_BEHIND] = "behind", [PLAN_OBJECTIVE_MISSED] = "missed",
};

/* See logic.h. */
const char *objective_status_label(enum plan_objective_status s)
{
	return objective_labels[s];
}

/* See logic.h. */
const char *objective_status_class(enum plan_objective_status s)
{
	return objective_classes[s];
}

/* See logic.h. */
enum plan_milestone_status milestone_status(const char *start, const char *due,
                                       const char *done, const char *today)
{
	long s, d, f, t;
	if (!gantt_day(due, &d) || !gantt_day(today, &t))
		return PLAN_MILESTONE_IN_PROGRESS;
	if (done && gantt_day(done, &f))
		return f > d ? PLAN_MILESTONE_DONE_LATE : PLAN_MILESTONE_DONE;
	if (t > d)
		return PLAN_MILESTONE_OVERDUE;
	if (d - t < 7)
		return PLAN_MILESTONE_DUE_SOON;
	if (start && gantt_day(start, &s) && s > t)
		return PLAN_MILESTONE_NOT_STARTED;
	return PLAN_MILESTONE_IN_PROGRESS;
}

static const char *const milestone_labels[] = {
	[PLAN_MILESTONE_NOT_STARTED] = "Not started", [PLAN_MILESTONE_IN_PROGRESS] = "In progress",
	[PLAN_MILESTONE_DUE_SOON] = "Due soon", [PLAN_MILESTONE_OVERDUE] = "Overdue",
	[PLAN_MILESTONE_DONE] = "Done", [PLAN_MILESTONE_DONE_LATE] = "Done late",
};
static const char *const milestone_classes[] = {
	[PLAN_MILESTONE_NOT_STARTED] = "not-started", [PLAN_MILESTONE_IN_PROGRESS] = "in-progress",
	[PLAN_MILESTONE_DUE_SOON] = "due-soon", [PLAN_MILESTONE_OVERDUE] = "overdue",
	[PLAN_MILESTONE_DONE] = "done", [PLAN_MILESTONE_DONE_LATE] = "done-late",
};

/* See logic.h. */
const char *milestone_status_label(enum plan_milestone_status s)
{
	return milestone_labels[s];
}

/* See logic.h. */
const char *milestone_status_class(enum plan_milestone_status s)
{
	return milestone_classes[s];
}

/* See logic.h. */
int risk_score(int likelihood, int impact)
{
	if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5)
		return 0;
	return likelihood * impact;
}

/* See logic.h. */
const char *risk_band(int score)
{
	if (score >= 1 && score <= 4)
		return "low";
	if (score >= 5 && score <= 9)
		return "medium";
	if (score >= 10 && score <= 14)
		return "high";
	if (score >= 15 && score <= 25)
		return "severe";
	return "";
}
