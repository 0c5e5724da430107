/*
 * plans.h: service plans: business goals, SMART objectives, milestones on
 * an SVG Gantt, resource requirements, risks with contingencies,
 * stakeholders, the review at the end and a print view.
 *
 * Everyone signed in reads plans; managers write them. The plan and
 * objective forms warn before saving about the units' "common mistakes"
 * (no measurable target, no deadline, no contingency): the first POST
 * re-renders the form with status 200 and a "save anyway" checkbox; a
 * POST with it ticked saves and records which warnings were overridden.
 *
 * Files: plans.c (list, plan form, plan page, print, review),
 * parts.c (the plan's parts: goals, objectives, milestones,
 * resources, risks, stakeholders), form.c (what both share: the
 * generic form renderer, bindings, option lists), logic.c (rules).
 */
#ifndef FRONTLINE_PLANS_H
#define FRONTLINE_PLANS_H

#include "core/db.h"
#include "core/route.h"

/* The plan form. PLAN_CONFIRM is the "save anyway" checkbox; the fields
 * before it are bound to the plans table's columns in this order. */
enum plan_field {
	PLAN_TITLE, PLAN_TEAM, PLAN_OWNER, PLAN_START, PLAN_END, PLAN_STATUS,
	PLAN_PURPOSE, PLAN_CONTINGENCY, PLAN_CONFIRM, PLAN__COUNT
};
extern const struct field_spec plan_fields[PLAN__COUNT];

/* The list's query: ?status=&page=. */
enum plan_list_field { PLIST_STATUS, PLIST_PAGE, PLIST__COUNT };
extern const struct field_spec plan_list_fields[PLIST__COUNT];

/* The review at the end of a plan. */
enum plan_review_field { PLAN_REVIEW_ACHIEVED, PLAN_REVIEW_AGAINST, PLAN_REVIEW_NEXT, PLAN_REVIEW__COUNT };
extern const struct field_spec plan_review_fields[PLAN_REVIEW__COUNT];

/* The parts of a plan. Each table's fields are bound to its columns in
 * order; objectives end with the "save anyway" checkbox. */
enum plan_goal_field { PLAN_GOAL_TITLE, PLAN_GOAL_DESCRIPTION, PLAN_GOAL__COUNT };
enum plan_objective_field {
	PLAN_OBJ_GOAL, PLAN_OBJ_STATEMENT, PLAN_OBJ_MEASURE, PLAN_OBJ_BASELINE, PLAN_OBJ_TARGET, PLAN_OBJ_CURRENT,
	PLAN_OBJ_OWNER, PLAN_OBJ_DEADLINE, PLAN_OBJ_KPI, PLAN_OBJ_CONFIRM, PLAN_OBJ__COUNT
};
enum plan_milestone_field {
	PLAN_MS_TITLE, PLAN_MS_START, PLAN_MS_DUE, PLAN_MS_DONE, PLAN_MS_OWNER, PLAN_MS_NOTES, PLAN_MS__COUNT
};
enum plan_resource_field {
	PLAN_RES_KIND, PLAN_RES_DESCRIPTION, PLAN_RES_QUANTITY, PLAN_RES_FROM, PLAN_RES_TO, PLAN_RES_TEAM, PLAN_RES_NOTES, PLAN_RES__COUNT
};
enum plan_risk_field { PLAN_RISK_DESCRIPTION, PLAN_RISK_LIKELIHOOD, PLAN_RISK_IMPACT, PLAN_RISK_CONTINGENCY, PLAN_RISK_OWNER, PLAN_RISK__COUNT };
enum plan_stakeholder_field { PLAN_SH_NAME, PLAN_SH_INTEREST, PLAN_SH_CHANNEL, PLAN_SH_FREQUENCY, PLAN_SH__COUNT };
extern const struct field_spec plan_goal_fields[PLAN_GOAL__COUNT];
extern const struct field_spec plan_objective_fields[PLAN_OBJ__COUNT];
extern const struct field_spec plan_milestone_fields[PLAN_MS__COUNT];
extern const struct field_spec plan_resource_fields[PLAN_RES__COUNT];
extern const struct field_spec plan_risk_fields[PLAN_RISK__COUNT];
extern const struct field_spec plan_stakeholder_fields[PLAN_SH__COUNT];

/* plans.c */
int plans_list_page(struct request *rq, struct response *rs);
int plan_new_page(struct request *rq, struct response *rs);
int plan_create_submit(struct request *rq, struct response *rs);
/* The checks of the plan form beyond its validators (the route's check). */
void plan_check_form(struct request *rq);
int plan_create_invalid(struct request *rq, struct response *rs);
int plan_page(struct request *rq, struct response *rs);
int plan_print_page(struct request *rq, struct response *rs);
int plan_edit_page(struct request *rq, struct response *rs);
int plan_update_submit(struct request *rq, struct response *rs);
int plan_update_invalid(struct request *rq, struct response *rs);
int plan_review_page(struct request *rq, struct response *rs);
int plan_review_submit(struct request *rq, struct response *rs);
int plan_raci_submit(struct request *rq, struct response *rs);
int plan_raci_delete_submit(struct request *rq, struct response *rs);
/* Adds the home page's PLANS_PANEL: the active plans (at most five, the
 * soonest to end first), their overdue milestones, and whether the plan
 * has ended and waits for its review. Returns 0, or -1 when they could
 * not be read. */
int plans_dashboard_panel(struct page *p, struct request *rq);

/* parts.c: /plans/{id}/<part>/new, /plans/{id}/<part>,
 * /plans/{id}/<part>/{item} and /plans/{id}/<part>/{item}/delete; the
 * part is read from the path. */
int part_new_page(struct request *rq, struct response *rs);
int part_create_submit(struct request *rq, struct response *rs);
int part_edit_page(struct request *rq, struct response *rs);
int part_update_submit(struct request *rq, struct response *rs);
/* The checks of a plan part's form beyond its validators (the route's
 * check; the part is the one the path names). */
void plan_part_check(struct request *rq);
int part_form_invalid(struct request *rq, struct response *rs);
int part_delete_submit(struct request *rq, struct response *rs);

/* ---- form.c: shared by the plans*.c files ---- */

/* Where a field's <select> takes its options from (PLAN_OPT_NONE: not a select). */
enum plan_option_source {
	PLAN_OPT_NONE, PLAN_OPT_CHOICES, PLAN_OPT_USERS, PLAN_OPT_TEAMS, PLAN_OPT_GOALS, PLAN_OPT_LIKELIHOOD, PLAN_OPT_IMPACT, PLAN_OPT_KPIS
};

/* How a field is shown: its hint and where its options come from. */
struct field_ui {
	const char *hint;
	enum plan_option_source options;
};

/* Fills the FIELDS include (plans/fields.tpl) with one row per field of
 * specs[0..n): its label, input kind, value (from values, which may be
 * NULL for an empty form), error, hint and options; plan_id names the plan
 * whose goals are offered. Also adds the error summary when values hold
 * errors. Returns 0 or -1. */
int plans_form_fields(struct page *p, struct request *rq, const struct field_spec *specs,
                      const struct field_ui *ui, size_t n, const struct form *values,
                      long long plan_id);

/* Shows the WARNINGS box (each warning bit's sentence and the "save
 * anyway" checkbox) when warnings is not 0. */
void plans_show_warnings(struct page *p, unsigned warnings);

/* A form whose values are the columns 0..n-1 of the current row of st, as
 * the form would have sent them (REAL as a plain decimal, NULL as ""). */
struct form *plans_form_from_row(struct arena *a, sqlite3_stmt *st,
                                 const struct field_spec *specs, size_t n);

/* Binds the values of fields 0..n-1 to parameters 1..n: text as text,
 * empty dates and absent or zero ids (FIELD_INT) as NULL, decimals as
 * numbers or NULL. */
void plans_bind_fields(sqlite3_stmt *st, const struct form *f, size_t n);

/* Binds an integer or text to parameter i when the statement has it. */
void plans_bind_int(sqlite3_stmt *st, int i, long long v);
void plans_bind_text(sqlite3_stmt *st, int i, const char *s);

/* Checks the ids a form names: a team, a user, or a goal of plan_id (for
 * fields whose ui says PLAN_OPT_TEAMS, PLAN_OPT_USERS, PLAN_OPT_GOALS), marking the
 * field wrong when it does not exist. */
void plans_check_references(struct request *rq, const struct field_ui *ui, size_t n,
                            long long plan_id);

/* Marks field later wrong unless its date is on or after field earlier's
 * (when both are given). */
void plans_check_order(struct request *rq, size_t earlier, size_t later, const char *message);

/* Returns 1 when the plan exists. */
int plans_exists(long long plan_id);

/* Number of risks of the plan that have a contingency. */
long long plans_risks_with_contingency(long long plan_id);

/* The label of a stored choice ("staff_hours" gives "Staff hours"); the
 * value itself when unknown. */
const char *plans_choice_label(const char *value);

/* The words for a risk's likelihood and impact, 1 to 5 ("Likely",
 * "Major"); "" out of range. */
const char *plans_likelihood_label(long long n);
const char *plans_impact_label(long long n);

/* A REAL column as a plain decimal ("92.5", "14"); "" for NULL. */
const char *plans_decimal_text(struct arena *a, sqlite3_stmt *st, int col);

/* The plan rendered for a portfolio snapshot (core/snapshot.h): 0, 1 when
 * there is no such plan, -1 on error. */
int plan_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

/* Writes the demo service plans (demo.c); SQLITE_OK or the error. */
int plans_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area plans_area;

#endif
