/*
 * action.h: the shared action record (schema/002_actions.sql).
 *
 * Any area that finds a problem (a red KPI result, a feedback response, a
 * complaint, a checklist item, a meeting) raises an action through
 * action_insert() inside its own db_write(), and lists the actions raised
 * from one of its records with action_add_rows(). The /actions pages own
 * everything after that: root cause, steps, status and the review.
 */
#ifndef FRONTLINE_ACTION_H
#define FRONTLINE_ACTION_H

#include "http.h"
#include "tpl.h"

/* The values of actions.source_type, actions.status, actions.root_cause
 * and actions.kind, NULL-terminated (usable as FIELD_CHOICE lists), and
 * their labels for people, in the same order. */
extern const char *const action_sources[];
extern const char *const action_source_labels[];
extern const char *const action_statuses[];
extern const char *const action_status_labels[];
extern const char *const action_root_causes[];
extern const char *const action_root_cause_labels[];
extern const char *const action_kinds[];

/* What an area gives to raise an action. */
struct action_new {
	const char *kind;          /* "corrective" or "improvement" */
	const char *source_type;   /* one of action_sources */
	long long source_id;       /* the source row's id, 0 for none */
	const char *title;         /* 1-200 characters */
	const char *problem;       /* what was wrong, may be "" */
	long long owner_id;        /* 0 for nobody yet */
	const char *due_date;      /* YYYY-MM-DD */
};

/* Inserts a new open action created by the request's user, and audits it.
 * Call inside db_write(). Sets *id. Returns SQLITE_OK or the error. */
int action_insert(const struct request *rq, const struct action_new *a,
                  long long *id);

/* Raises the action in a transaction of its own (action_insert() inside
 * db_write()), for an area that writes nothing else with it. Sets *id.
 * Returns SQLITE_OK or the error. */
int action_raise(const struct request *rq, const struct action_new *a, long long *id);

/* Adds one row to section (with ACTION_ID, ACTION_TITLE, ACTION_STATUS,
 * ACTION_DUE, ACTION_OWNER, and ACTION_OVERDUE shown when open and past
 * due) for each action raised from source_type/source_id, oldest first.
 * Returns the number of rows, or -1 on error. */
int action_add_rows(tpl_dict *d, const char *section, const char *source_type,
                    long long source_id);


/* Returns 1 when an action with this status and due date (YYYY-MM-DD) is
 * overdue on today's date (YYYY-MM-DD): still open or in progress and due
 * before today. */
int action_is_overdue(const char *status, const char *due_date, const char *today);

/* Adds one row to section per enabled staff member or manager (ID, NAME,
 * and SELECTED when it is chosen; see core/options.h), by name. Returns the
 * number of rows, or -1 on error. */
int action_add_owner_options(tpl_dict *d, const char *section, long long chosen);

/* Checks the owner and due date fields of the request's form raising an
 * action (unless their validators already refused them): the owner must be
 * able to own actions, the due date today or later. Marks the fields
 * wrong with request_form_error(). */
void action_check_owner_and_due(struct request *rq, size_t owner, size_t due);

/* Returns 1 when user_id is an enabled staff member or manager, who can
 * own an action or a KPI. */
int action_owner_valid(long long user_id);

#endif
