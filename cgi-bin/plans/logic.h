/*
 * logic.h: the rules of a service plan, free of the database and the
 * web: the SMART warnings shown before saving, an objective's progress and
 * status, a milestone's status, and a risk's score and band. Unit tested
 * in tests/unit/test_plans.c.
 */
#ifndef FRONTLINE_PLANS_LOGIC_H
#define FRONTLINE_PLANS_LOGIC_H

#include "core/util.h"

/* The "common mistakes" a plan form warns about before saving (bits). */
enum plan_warning {
	PLAN_WARN_NO_TARGET      = 1u << 0,  /* objective: no measure, baseline or target value */
	PLAN_WARN_NO_DEADLINE    = 1u << 1,  /* objective: no deadline */
	PLAN_WARN_NO_CONTINGENCY = 1u << 2,  /* plan: no general contingency and no risk with one */
};

/* What an objective form holds, for the warnings. */
struct objective_facts {
	int has_measure, has_baseline, has_target, has_deadline;
};

/* The warnings of an objective (PLAN_WARN_NO_TARGET, PLAN_WARN_NO_DEADLINE bits). */
unsigned objective_warnings(const struct objective_facts *o);

/* The warnings of a plan: PLAN_WARN_NO_CONTINGENCY unless it has a general
 * contingency text or at least one risk with a contingency. */
unsigned plan_warnings(const char *contingency, long long risks_with_contingency);

/* The codes of the warning bits, comma-separated ("no_target,no_deadline"),
 * as stored in warnings_overridden; "" for none. Returns an arena string. */
const char *warning_codes(struct arena *a, unsigned warnings);

/* The sentence shown for one warning bit. */
const char *warning_message(unsigned warning);

/* Progress of an objective from baseline towards target, in whole percent
 * clamped to 0..100 (moving the wrong way is 0, beyond the target 100).
 * Works both ways: a target below the baseline (fewer complaints) counts
 * falls as progress. When target equals baseline the objective is to hold
 * the value: 100 when current equals the target, else 0. Returns -1 when a
 * value is missing (a has_* flag is 0). */
int objective_progress(int has_baseline, double baseline, int has_target, double target,
                       int has_current, double current);

/* Where an objective stands. */
enum plan_objective_status {
	PLAN_OBJECTIVE_NOT_MEASURED,  /* no current value (or no baseline/target) */
	PLAN_OBJECTIVE_ACHIEVED,      /* progress 100 */
	PLAN_OBJECTIVE_ON_TRACK,      /* progress keeps up with the time gone */
	PLAN_OBJECTIVE_BEHIND,        /* more than 10 points behind the time gone */
	PLAN_OBJECTIVE_MISSED,        /* deadline passed short of the target */
};

/* The status from progress (-1: not measured) and the time gone from the
 * plan's start to the objective's deadline (dates YYYY-MM-DD; a missing or
 * bad deadline means only achieved/on track/not measured are possible). */
enum plan_objective_status objective_status(int progress, const char *start,
                                       const char *deadline, const char *today);

/* Label ("On track") and CSS modifier ("on-track") of a status. */
const char *objective_status_label(enum plan_objective_status s);
const char *objective_status_class(enum plan_objective_status s);

/* Where a milestone stands. */
enum plan_milestone_status {
	PLAN_MILESTONE_NOT_STARTED,  /* its start is still to come */
	PLAN_MILESTONE_IN_PROGRESS,  /* started (or no start date), due later than a week away */
	PLAN_MILESTONE_DUE_SOON,     /* not done, due within the next 7 days (today included) */
	PLAN_MILESTONE_OVERDUE,      /* not done and due before today */
	PLAN_MILESTONE_DONE,         /* done on or before its due date */
	PLAN_MILESTONE_DONE_LATE,    /* done after its due date */
};

/* The status of a milestone (start and done may be NULL or ""). */
enum plan_milestone_status milestone_status(const char *start, const char *due,
                                       const char *done, const char *today);
const char *milestone_status_label(enum plan_milestone_status s);
const char *milestone_status_class(enum plan_milestone_status s);

/* A risk's score: likelihood x impact (each 1..5), or 0 when either is
 * out of range. */
int risk_score(int likelihood, int impact);

/* The band of a score: "low" 1-4, "medium" 5-9, "high" 10-14, "severe"
 * 15-25; "" for anything else. */
const char *risk_band(int score);

#endif
