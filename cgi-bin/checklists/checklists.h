/*
 * checklists.h: compliance checklists: versioned templates (sections and
 * items with their law, clause or policy), schedules for a team or a
 * person, runs answered on a phone and scored per section and overall,
 * failed items answered with an action or a justification, a manager's
 * sign-off, the printable report, the CSV and the compliance dashboard.
 *
 * templates.c: GET /checklists, the template pages and forms
 * schedules.c: schedules, their due dates, the home page's panel
 * runs.c:      a run: answering, submitting, actions, justification,
 *              sign-off, reopening; the report and the CSV
 * dashboard.c: GET /checklists/dashboard
 * snapshot.c:  a run as an HTML fragment for the learner's portfolio
 * store.c, rules.c, seed.c: loading and scoring, the pure rules, seed files
 */
#ifndef FRONTLINE_CHECKLISTS_H
#define FRONTLINE_CHECKLISTS_H

#include "core/route.h"
#include "core/util.h"

#include <stdio.h>

/* Who uses the area: staff run checks, managers run, edit and sign off.
 * Assessors see none of it (they see runs through portfolio snapshots). */
#define CHECKLIST_USERS (ROLE_MANAGER | ROLE_STAFF)
#define CHECKLIST_MANAGERS ROLE_MANAGER

/* ---- for other areas ---- */

/* Writes run id (template, version, score, RAG, failed items, actions,
 * sign-off) as a self-contained HTML fragment into out, every value
 * escaped, and its title into title. Returns 0, 1 when there is no such
 * run, -1 on error. */
int checklist_run_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

/* Adds the checklists' panel to the home page: the checks due and
 * overdue for the signed-in person (their own and their team's), and for
 * managers every overdue check and the runs waiting for sign-off.
 * Returns 0 or -1. */
int checklist_home_panel(struct page *p, struct request *rq);

/* Loads the built-in templates (data/checklists/, built into the
 * program) that are not in the database yet; SQLITE_OK or the error.
 * Call inside db_write(). */
int checklist_load_builtin(void);

/* Loads the built-in templates not in the database yet, in a transaction
 * of its own, saying so on out (or the problem on err). Returns 0 or 1. */
int checklist_load_builtin_now(FILE *out, FILE *err);

/* Loads one template file (format in seed.h) in its own transaction:
 * a new template, or a new version of the one with the same name. Prints
 * what it did to out, or the problem to err. Returns 0, or 1 on failure. */
int checklist_load_file(const char *path, FILE *out, FILE *err);

/* Writes the demo checklists (demo.c); SQLITE_OK or the error. */
int checklists_demo_write(void);

/* ---- forms ---- */

enum checklist_template_field {
	CHECKLIST_TPL_TITLE, CHECKLIST_TPL_DESCRIPTION, CHECKLIST_TPL_PASS_MARK, CHECKLIST_TPL_AMBER_BAND,
	CHECKLIST_TPL_CHANGE_NOTE, CHECKLIST_TPL__COUNT
};
extern const struct field_spec checklist_template_fields[CHECKLIST_TPL__COUNT];
void checklist_template_check(struct request *rq);

enum checklist_section_field { CHECKLIST_SEC_TITLE, CHECKLIST_SEC__COUNT };
extern const struct field_spec checklist_section_fields[CHECKLIST_SEC__COUNT];

enum checklist_item_field {
	CHECKLIST_ITEM_SECTION, CHECKLIST_ITEM_PROMPT, CHECKLIST_ITEM_GUIDANCE, CHECKLIST_ITEM_REFERENCE,
	CHECKLIST_ITEM_KIND, CHECKLIST_ITEM_WEIGHT, CHECKLIST_ITEM_MANDATORY, CHECKLIST_ITEM_NOTE_ON_FAIL,
	CHECKLIST_ITEM_SCALE_MAX, CHECKLIST_ITEM_PASS_AT, CHECKLIST_ITEM_MIN, CHECKLIST_ITEM_MAX,
	CHECKLIST_ITEM_MAX_AGE, CHECKLIST_ITEM_CHOICES, CHECKLIST_ITEM_PASS_CHOICES, CHECKLIST_ITEM_SOURCE,
	CHECKLIST_ITEM__COUNT
};
extern const struct field_spec checklist_item_fields[CHECKLIST_ITEM__COUNT];
void checklist_item_check(struct request *rq);

enum checklist_schedule_field {
	CHECKLIST_SCHED_TEAM, CHECKLIST_SCHED_USER, CHECKLIST_SCHED_FREQUENCY, CHECKLIST_SCHED_FIRST_DUE,
	CHECKLIST_SCHED__COUNT
};
extern const struct field_spec checklist_schedule_fields[CHECKLIST_SCHED__COUNT];
void checklist_schedule_check(struct request *rq);

enum checklist_answer_field { CHECKLIST_ANS_ANSWER, CHECKLIST_ANS_NOTE, CHECKLIST_ANS__COUNT };
extern const struct field_spec checklist_answer_fields[CHECKLIST_ANS__COUNT];

enum checklist_raise_field {
	CHECKLIST_RAISE_TITLE, CHECKLIST_RAISE_PROBLEM, CHECKLIST_RAISE_OWNER, CHECKLIST_RAISE_DUE,
	CHECKLIST_RAISE__COUNT
};
extern const struct field_spec checklist_raise_fields[CHECKLIST_RAISE__COUNT];
void checklist_raise_check(struct request *rq);

enum checklist_justify_field { CHECKLIST_JUSTIFY_TEXT, CHECKLIST_JUSTIFY__COUNT };
extern const struct field_spec checklist_justify_fields[CHECKLIST_JUSTIFY__COUNT];

enum checklist_reopen_field { CHECKLIST_REOPEN_REASON, CHECKLIST_REOPEN__COUNT };
extern const struct field_spec checklist_reopen_fields[CHECKLIST_REOPEN__COUNT];

enum checklist_list_field { CHECKLIST_LIST_PAGE, CHECKLIST_LIST_TEMPLATE, CHECKLIST_LIST__COUNT };
extern const struct field_spec checklist_list_fields[CHECKLIST_LIST__COUNT];

enum checklist_adhoc_field { CHECKLIST_ADHOC_TEAM, CHECKLIST_ADHOC__COUNT };
extern const struct field_spec checklist_adhoc_fields[CHECKLIST_ADHOC__COUNT];

/* ---- pages ---- */

int checklists_page(struct request *rq, struct response *rs);
int checklist_template_page(struct request *rq, struct response *rs);
int checklist_template_new_page(struct request *rq, struct response *rs);
int checklist_template_create_submit(struct request *rq, struct response *rs);
int checklist_template_edit_page(struct request *rq, struct response *rs);
int checklist_template_update_submit(struct request *rq, struct response *rs);
int checklist_section_submit(struct request *rq, struct response *rs);
int checklist_section_rename_submit(struct request *rq, struct response *rs);
int checklist_section_delete_submit(struct request *rq, struct response *rs);
int checklist_item_new_page(struct request *rq, struct response *rs);
int checklist_item_create_submit(struct request *rq, struct response *rs);
int checklist_item_edit_page(struct request *rq, struct response *rs);
int checklist_item_update_submit(struct request *rq, struct response *rs);
int checklist_item_delete_submit(struct request *rq, struct response *rs);

int checklist_schedule_submit(struct request *rq, struct response *rs);
int checklist_schedule_page(struct request *rq, struct response *rs);
int checklist_schedule_stop_submit(struct request *rq, struct response *rs);
int checklist_schedule_run_submit(struct request *rq, struct response *rs);
int checklist_adhoc_run_submit(struct request *rq, struct response *rs);

int checklist_runs_page(struct request *rq, struct response *rs);
int checklist_runs_csv(struct request *rq, struct response *rs);
int checklist_run_page(struct request *rq, struct response *rs);
/* GET /checklists/answers/{id}: the run an answer belongs to, at that
 * item (where an action's "raised from" link leads). */
int checklist_answer_page(struct request *rq, struct response *rs);
int checklist_answer_submit(struct request *rq, struct response *rs);
int checklist_submit_submit(struct request *rq, struct response *rs);
int checklist_raise_submit(struct request *rq, struct response *rs);
int checklist_justify_submit(struct request *rq, struct response *rs);
int checklist_signoff_submit(struct request *rq, struct response *rs);
int checklist_reopen_submit(struct request *rq, struct response *rs);
int checklist_report_page(struct request *rq, struct response *rs);

int checklist_dashboard_page(struct request *rq, struct response *rs);

/* The pages of the area (routes.c). */
extern const struct area checklists_area;

#endif
