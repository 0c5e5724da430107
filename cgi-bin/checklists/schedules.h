/*
 * schedules.h: what the other checklist pages use of the schedules: the
 * rows of checks due (the front page, the home panel, the dashboard) and
 * a template's schedules.
 */
#ifndef FRONTLINE_CHECKLISTS_SCHEDULES_H
#define FRONTLINE_CHECKLISTS_SCHEDULES_H

#include "core/http.h"
#include "core/tpl.h"

/* Whose checks: the signed-in person's (assigned to them or their team),
 * or everyone's. */
enum checklist_scope { CHECKLIST_SCOPE_MINE, CHECKLIST_SCOPE_ALL };

/* Adds one row to section (SCHEDULE_ID, TEMPLATE, ASSIGNEE, FREQUENCY,
 * DUE, STATE, STATE_LABEL, RUN_ID / IN_PROGRESS, OVERDUE, MISSED_COUNT)
 * per active schedule in scope whose open check is overdue or due within
 * warn_days (or in progress); MISSED_COUNT only when count_missed is set
 * (it costs a look-up per past due date). Returns the number of rows, or -1. */
int checklist_add_due_rows(struct request *rq, tpl_dict *d, const char *section,
                           enum checklist_scope scope, int warn_days, int count_missed);

/* Adds SCHEDULE rows for every schedule of a template, with its next due
 * date and state. Returns the number of rows, or -1. */
int checklist_add_template_schedules(struct request *rq, tpl_dict *d, long long template_id);

/* Sets *overdue to the number of active schedules whose latest due date
 * has passed without a run, and *missed to the due dates passed over
 * (never run, not run late either) in the last year. Returns 0 or -1. */
int checklist_schedule_counts(long long *overdue, long long *missed);

#endif
