/*
 * parts.c: the parts of a plan, each a list of rows under the plan:
 * business goals, objectives, milestones, resource requirements, risks
 * and stakeholders. One table below describes each part (its fields, how
 * they are shown, its SQL, its extra checks); the handlers are shared and
 * find the part from the path (/plans/{id}/<slug>/...).
 *
 * Pages (managers only): GET /plans/{id}/<slug>/new, POST /plans/{id}/<slug>,
 * GET and POST /plans/{id}/<slug>/{item}, POST /plans/{id}/<slug>/{item}/delete.
 * Objectives warn before saving (no measurable target, no deadline); see plans.h.
 */
#include "plans.h"
#include "logic.h"
#include "core/audit.h"

#include <string.h>

/* ---- validator tables ---- */

static const char *const resource_kinds[] = { "staff_hours", "equipment", "budget", NULL };
static const char *const stakeholder_channels[] = {
	"meeting", "email", "report", "briefing", "intranet", "other", NULL
};
static const char *const stakeholder_frequencies[] = {
	"daily", "weekly", "fortnightly", "monthly", "quarterly", "milestones", NULL
};

#define ID_MAX 1000000000
#define VALUE_MAX 1000000000

const struct field_spec plan_goal_fields[PLAN_GOAL__COUNT] = {
	[PLAN_GOAL_TITLE] = { "title", "Business goal", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[PLAN_GOAL_DESCRIPTION] = { "description", "How the service supports it", FIELD_MULTILINE, 0, 0, 2000, NULL },
};
static const struct field_ui goal_ui[PLAN_GOAL__COUNT] = {
	[PLAN_GOAL_TITLE] = { "The organisation's goal, e.g. \"Keep customers with us: reduce switching to other suppliers\".", PLAN_OPT_NONE },
	[PLAN_GOAL_DESCRIPTION] = { NULL, PLAN_OPT_NONE },
};

const struct field_spec plan_objective_fields[PLAN_OBJ__COUNT] = {
	[PLAN_OBJ_GOAL] = { "goal", "Business goal", FIELD_INT, 0, 0, ID_MAX, NULL },
	[PLAN_OBJ_STATEMENT] = { "statement", "Objective", FIELD_TEXT, FIELD_REQUIRED, 1, 300, NULL },
	[PLAN_OBJ_MEASURE] = { "measure", "Measure", FIELD_TEXT, 0, 0, 200, NULL },
	[PLAN_OBJ_BASELINE] = { "baseline", "Baseline", FIELD_DECIMAL, 0, -VALUE_MAX, VALUE_MAX, NULL },
	[PLAN_OBJ_TARGET] = { "target", "Target value", FIELD_DECIMAL, 0, -VALUE_MAX, VALUE_MAX, NULL },
	[PLAN_OBJ_CURRENT] = { "current_value", "Current value", FIELD_DECIMAL, 0, -VALUE_MAX, VALUE_MAX, NULL },
	[PLAN_OBJ_OWNER] = { "owner", "Owner", FIELD_INT, 0, 0, ID_MAX, NULL },
	[PLAN_OBJ_DEADLINE] = { "deadline", "Deadline", FIELD_DATE, 0, 0, 0, NULL },
	[PLAN_OBJ_KPI] = { "kpi", "KPI", FIELD_INT, 0, 0, ID_MAX, NULL },
	[PLAN_OBJ_CONFIRM] = { "save_anyway", "Save anyway", FIELD_CHECKBOX, 0, 0, 0, NULL },
};
static const struct field_ui objective_ui[PLAN_OBJ__COUNT] = {
	[PLAN_OBJ_GOAL] = { "Which business goal this objective serves.", PLAN_OPT_GOALS },
	[PLAN_OBJ_STATEMENT] = { "Specific: what will change, e.g. \"Answer more calls within 20 seconds\".", PLAN_OPT_NONE },
	[PLAN_OBJ_MEASURE] = { "What is measured and its unit, e.g. \"% of calls answered within 20 s\".", PLAN_OPT_NONE },
	[PLAN_OBJ_BASELINE] = { "The value now, before the plan (a number, e.g. 72.5).", PLAN_OPT_NONE },
	[PLAN_OBJ_TARGET] = { "The value to reach. Lower than the baseline when less is better (fewer complaints).", PLAN_OPT_NONE },
	[PLAN_OBJ_CURRENT] = { "The latest measured value; progress is worked out from it.", PLAN_OPT_NONE },
	[PLAN_OBJ_OWNER] = { NULL, PLAN_OPT_USERS },
	[PLAN_OBJ_DEADLINE] = { "YYYY-MM-DD.", PLAN_OPT_NONE },
	[PLAN_OBJ_KPI] = { "The KPI that measures it: its latest result is then the current value.", PLAN_OPT_KPIS },
	[PLAN_OBJ_CONFIRM] = { NULL, PLAN_OPT_NONE },
};

const struct field_spec plan_milestone_fields[PLAN_MS__COUNT] = {
	[PLAN_MS_TITLE] = { "title", "Milestone", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[PLAN_MS_START] = { "start_date", "Start date", FIELD_DATE, 0, 0, 0, NULL },
	[PLAN_MS_DUE] = { "due_date", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[PLAN_MS_DONE] = { "done_date", "Date reached", FIELD_DATE, 0, 0, 0, NULL },
	[PLAN_MS_OWNER] = { "owner", "Owner", FIELD_INT, 0, 0, ID_MAX, NULL },
	[PLAN_MS_NOTES] = { "notes", "Notes", FIELD_MULTILINE, 0, 0, 2000, NULL },
};
static const struct field_ui milestone_ui[PLAN_MS__COUNT] = {
	[PLAN_MS_TITLE] = { NULL, PLAN_OPT_NONE },
	[PLAN_MS_START] = { "YYYY-MM-DD. Leave empty for a single-day milestone.", PLAN_OPT_NONE },
	[PLAN_MS_DUE] = { "YYYY-MM-DD.", PLAN_OPT_NONE },
	[PLAN_MS_DONE] = { "YYYY-MM-DD, once it has been reached.", PLAN_OPT_NONE },
	[PLAN_MS_OWNER] = { NULL, PLAN_OPT_USERS },
	[PLAN_MS_NOTES] = { NULL, PLAN_OPT_NONE },
};

const struct field_spec plan_resource_fields[PLAN_RES__COUNT] = {
	[PLAN_RES_KIND] = { "kind", "Kind of resource", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, resource_kinds },
	[PLAN_RES_DESCRIPTION] = { "description", "Description", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[PLAN_RES_QUANTITY] = { "quantity", "Quantity", FIELD_DECIMAL, FIELD_REQUIRED, 0, VALUE_MAX, NULL },
	[PLAN_RES_FROM] = { "from_date", "From", FIELD_DATE, 0, 0, 0, NULL },
	[PLAN_RES_TO] = { "to_date", "To", FIELD_DATE, 0, 0, 0, NULL },
	[PLAN_RES_TEAM] = { "team", "Team", FIELD_INT, 0, 0, ID_MAX, NULL },
	[PLAN_RES_NOTES] = { "notes", "Notes", FIELD_MULTILINE, 0, 0, 2000, NULL },
};
static const struct field_ui resource_ui[PLAN_RES__COUNT] = {
	[PLAN_RES_KIND] = { NULL, PLAN_OPT_CHOICES },
	[PLAN_RES_DESCRIPTION] = { "e.g. \"Extra adviser hours for the winter peak\", \"Headsets\", \"Training budget\".", PLAN_OPT_NONE },
	[PLAN_RES_QUANTITY] = { "Hours for staff hours, a count for equipment, pounds for budget.", PLAN_OPT_NONE },
	[PLAN_RES_FROM] = { "YYYY-MM-DD. Staff hours need the dates they are needed between.", PLAN_OPT_NONE },
	[PLAN_RES_TO] = { "YYYY-MM-DD.", PLAN_OPT_NONE },
	[PLAN_RES_TEAM] = { "For staff hours: the team that works them.", PLAN_OPT_TEAMS },
	[PLAN_RES_NOTES] = { NULL, PLAN_OPT_NONE },
};

const struct field_spec plan_risk_fields[PLAN_RISK__COUNT] = {
	[PLAN_RISK_DESCRIPTION] = { "description", "Risk", FIELD_TEXT, FIELD_REQUIRED, 1, 300, NULL },
	[PLAN_RISK_LIKELIHOOD] = { "likelihood", "Likelihood", FIELD_INT, FIELD_REQUIRED, 1, 5, NULL },
	[PLAN_RISK_IMPACT] = { "impact", "Impact", FIELD_INT, FIELD_REQUIRED, 1, 5, NULL },
	[PLAN_RISK_CONTINGENCY] = { "contingency", "Contingency", FIELD_MULTILINE, FIELD_REQUIRED, 1, 2000, NULL },
	[PLAN_RISK_OWNER] = { "owner", "Owner", FIELD_INT, 0, 0, ID_MAX, NULL },
};
static const struct field_ui risk_ui[PLAN_RISK__COUNT] = {
	[PLAN_RISK_DESCRIPTION] = { "What could go wrong, e.g. \"Sickness in the winter peak\".", PLAN_OPT_NONE },
	[PLAN_RISK_LIKELIHOOD] = { NULL, PLAN_OPT_LIKELIHOOD },
	[PLAN_RISK_IMPACT] = { NULL, PLAN_OPT_IMPACT },
	[PLAN_RISK_CONTINGENCY] = { "What will be done if it happens, and who does it.", PLAN_OPT_NONE },
	[PLAN_RISK_OWNER] = { NULL, PLAN_OPT_USERS },
};

const struct field_spec plan_stakeholder_fields[PLAN_SH__COUNT] = {
	[PLAN_SH_NAME] = { "name", "Stakeholder", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[PLAN_SH_INTEREST] = { "interest", "Their interest", FIELD_TEXT, 0, 0, 300, NULL },
	[PLAN_SH_CHANNEL] = { "channel", "How they are kept informed", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, stakeholder_channels },
	[PLAN_SH_FREQUENCY] = { "frequency", "How often", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, stakeholder_frequencies },
};
static const struct field_ui stakeholder_ui[PLAN_SH__COUNT] = {
	[PLAN_SH_NAME] = { "A role or group, e.g. \"Head of Customer Operations\", \"Phones team\".", PLAN_OPT_NONE },
	[PLAN_SH_INTEREST] = { "What they need from the plan.", PLAN_OPT_NONE },
	[PLAN_SH_CHANNEL] = { NULL, PLAN_OPT_CHOICES },
	[PLAN_SH_FREQUENCY] = { NULL, PLAN_OPT_CHOICES },
};

/* ---- SQL: fields bind to ?1..?n; then plan ?n+1, now ?n+2, item ?n+3,
 * warnings overridden ?n+4 (objectives). SELECT_ONE takes (item, plan). */

enum parts_stmt {
	ST_GOAL_ONE, ST_GOAL_INSERT, ST_GOAL_UPDATE, ST_GOAL_DELETE,
	ST_OBJ_ONE, ST_OBJ_INSERT, ST_OBJ_UPDATE, ST_OBJ_DELETE,
	ST_MS_ONE, ST_MS_INSERT, ST_MS_UPDATE, ST_MS_DELETE,
	ST_RES_ONE, ST_RES_INSERT, ST_RES_UPDATE, ST_RES_DELETE,
	ST_RISK_ONE, ST_RISK_INSERT, ST_RISK_UPDATE, ST_RISK_DELETE,
	ST_SH_ONE, ST_SH_INSERT, ST_SH_UPDATE, ST_SH_DELETE,
	ST_TOUCH_PLAN,
	ST__COUNT
};
static const char *const parts_sql[ST__COUNT] = {
	[ST_GOAL_ONE] = "SELECT title, description FROM plan_goals WHERE id = ?1 AND plan_id = ?2",
	[ST_GOAL_INSERT] = "INSERT INTO plan_goals (title, description, plan_id, created_at, updated_at) "
	                   "VALUES (?1, ?2, ?3, ?4, ?4)",
	[ST_GOAL_UPDATE] = "UPDATE plan_goals SET title = ?1, description = ?2, updated_at = ?4 "
	                   "WHERE id = ?5 AND plan_id = ?3",
	[ST_GOAL_DELETE] = "DELETE FROM plan_goals WHERE id = ?1 AND plan_id = ?2",

	[ST_OBJ_ONE] = "SELECT goal_id, statement, measure, baseline, target, current_value, owner_id, deadline, "
	               "kpi_id FROM plan_objectives WHERE id = ?1 AND plan_id = ?2",
	[ST_OBJ_INSERT] = "INSERT INTO plan_objectives (goal_id, statement, measure, baseline, target, "
	                  "current_value, owner_id, deadline, kpi_id, plan_id, created_at, updated_at, "
	                  "warnings_overridden) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?13)",
	[ST_OBJ_UPDATE] = "UPDATE plan_objectives SET goal_id = ?1, statement = ?2, measure = ?3, baseline = ?4, "
	                  "target = ?5, current_value = ?6, owner_id = ?7, deadline = ?8, kpi_id = ?9, "
	                  "updated_at = ?11, warnings_overridden = ?13 WHERE id = ?12 AND plan_id = ?10",
	[ST_OBJ_DELETE] = "DELETE FROM plan_objectives WHERE id = ?1 AND plan_id = ?2",

	[ST_MS_ONE] = "SELECT title, start_date, due_date, done_date, owner_id, notes "
	              "FROM plan_milestones WHERE id = ?1 AND plan_id = ?2",
	[ST_MS_INSERT] = "INSERT INTO plan_milestones (title, start_date, due_date, done_date, owner_id, notes, "
	                 "plan_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
	[ST_MS_UPDATE] = "UPDATE plan_milestones SET title = ?1, start_date = ?2, due_date = ?3, done_date = ?4, "
	                 "owner_id = ?5, notes = ?6, updated_at = ?8 WHERE id = ?9 AND plan_id = ?7",
	[ST_MS_DELETE] = "DELETE FROM plan_milestones WHERE id = ?1 AND plan_id = ?2",

	[ST_RES_ONE] = "SELECT kind, description, quantity, from_date, to_date, team_id, notes "
	               "FROM plan_resources WHERE id = ?1 AND plan_id = ?2",
	[ST_RES_INSERT] = "INSERT INTO plan_resources (kind, description, quantity, from_date, to_date, team_id, "
	                  "notes, plan_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
	[ST_RES_UPDATE] = "UPDATE plan_resources SET kind = ?1, description = ?2, quantity = ?3, from_date = ?4, "
	                  "to_date = ?5, team_id = ?6, notes = ?7, updated_at = ?9 WHERE id = ?10 AND plan_id = ?8",
	[ST_RES_DELETE] = "DELETE FROM plan_resources WHERE id = ?1 AND plan_id = ?2",

	[ST_RISK_ONE] = "SELECT description, likelihood, impact, contingency, owner_id "
	                "FROM plan_risks WHERE id = ?1 AND plan_id = ?2",
	[ST_RISK_INSERT] = "INSERT INTO plan_risks (description, likelihood, impact, contingency, owner_id, "
	                   "plan_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
	[ST_RISK_UPDATE] = "UPDATE plan_risks SET description = ?1, likelihood = ?2, impact = ?3, contingency = ?4, "
	                   "owner_id = ?5, updated_at = ?7 WHERE id = ?8 AND plan_id = ?6",
	[ST_RISK_DELETE] = "DELETE FROM plan_risks WHERE id = ?1 AND plan_id = ?2",

	[ST_SH_ONE] = "SELECT name, interest, channel, frequency FROM plan_stakeholders WHERE id = ?1 AND plan_id = ?2",
	[ST_SH_INSERT] = "INSERT INTO plan_stakeholders (name, interest, channel, frequency, plan_id, created_at, "
	                 "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
	[ST_SH_UPDATE] = "UPDATE plan_stakeholders SET name = ?1, interest = ?2, channel = ?3, frequency = ?4, "
	                 "updated_at = ?6 WHERE id = ?7 AND plan_id = ?5",
	[ST_SH_DELETE] = "DELETE FROM plan_stakeholders WHERE id = ?1 AND plan_id = ?2",

	[ST_TOUCH_PLAN] = "UPDATE plans SET updated_at = ?2 WHERE id = ?1",
};
static sqlite3_stmt *parts_cache[ST__COUNT];
static struct sql_table parts_table = { parts_sql, ST__COUNT, parts_cache, NULL };

/* ---- extra checks ---- */

/* Milestones: start on or before due; reached on a real day. */
static void check_milestone(struct request *rq)
{
	plans_check_order(rq, PLAN_MS_START, PLAN_MS_DUE, "Start date must be on or before the due date.");
}

/* Resources: staff hours need their date range; to on or after from. */
static void check_resource(struct request *rq)
{
	const struct form *f = request_form(rq);
	int staff = strcmp(f->values[PLAN_RES_KIND].text, "staff_hours") == 0;
	if (staff && !f->values[PLAN_RES_FROM].present && !f->values[PLAN_RES_FROM].error)
		request_form_error(rq, PLAN_RES_FROM, "Staff hours need the date they are needed from.");
	if (staff && !f->values[PLAN_RES_TO].present && !f->values[PLAN_RES_TO].error)
		request_form_error(rq, PLAN_RES_TO, "Staff hours need the date they are needed until.");
	plans_check_order(rq, PLAN_RES_FROM, PLAN_RES_TO, "To must be on or after From.");
}

/* Objectives: the SMART warnings. */
static unsigned warn_objective(const struct form *f)
{
	struct objective_facts o = {
		f->values[PLAN_OBJ_MEASURE].present, f->values[PLAN_OBJ_BASELINE].present,
		f->values[PLAN_OBJ_TARGET].present, f->values[PLAN_OBJ_DEADLINE].present,
	};
	return objective_warnings(&o);
}

/* One part of a plan. */
struct plan_part {
	const char *slug;           /* in the path */
	const char *noun;           /* "milestone" */
	const char *new_title, *edit_title;
	const char *audit_type;     /* "plan_milestone" */
	const struct field_spec *fields;
	const struct field_ui *ui;
	size_t bound;               /* fields bound to columns (the rest: the confirm box) */
	int confirm;                /* index of the "save anyway" box, or -1 */
	enum parts_stmt one, insert, update, remove;
	void (*check)(struct request *rq);
	unsigned (*warn)(const struct form *f);
	const char *intro;
};

static const struct plan_part parts[] = {
	{ "goals", "business goal", "Add a business goal", "Edit business goal", "plan_goal",
	  plan_goal_fields, goal_ui, PLAN_GOAL__COUNT, -1,
	  ST_GOAL_ONE, ST_GOAL_INSERT, ST_GOAL_UPDATE, ST_GOAL_DELETE, NULL, NULL,
	  "A service plan serves the organisation's goals. Objectives are linked to one of these." },
	{ "objectives", "objective", "Add an objective", "Edit objective", "plan_objective",
	  plan_objective_fields, objective_ui, PLAN_OBJ_CONFIRM, PLAN_OBJ_CONFIRM,
	  ST_OBJ_ONE, ST_OBJ_INSERT, ST_OBJ_UPDATE, ST_OBJ_DELETE, NULL, warn_objective,
	  "A SMART objective: specific, measurable (a baseline and a target value), owned, and with a deadline." },
	{ "milestones", "milestone", "Add a milestone", "Edit milestone", "plan_milestone",
	  plan_milestone_fields, milestone_ui, PLAN_MS__COUNT, -1,
	  ST_MS_ONE, ST_MS_INSERT, ST_MS_UPDATE, ST_MS_DELETE, check_milestone, NULL,
	  "Milestones are drawn on the plan's timeline." },
	{ "resources", "resource", "Add a resource requirement", "Edit resource requirement", "plan_resource",
	  plan_resource_fields, resource_ui, PLAN_RES__COUNT, -1,
	  ST_RES_ONE, ST_RES_INSERT, ST_RES_UPDATE, ST_RES_DELETE, check_resource, NULL,
	  "Staff hours, equipment or budget the plan needs." },
	{ "risks", "risk", "Add a risk", "Edit risk", "plan_risk",
	  plan_risk_fields, risk_ui, PLAN_RISK__COUNT, -1,
	  ST_RISK_ONE, ST_RISK_INSERT, ST_RISK_UPDATE, ST_RISK_DELETE, NULL, NULL,
	  "Each risk is scored likelihood x impact and has the contingency used if it happens." },
	{ "stakeholders", "stakeholder", "Add a stakeholder", "Edit stakeholder", "plan_stakeholder",
	  plan_stakeholder_fields, stakeholder_ui, PLAN_SH__COUNT, -1,
	  ST_SH_ONE, ST_SH_INSERT, ST_SH_UPDATE, ST_SH_DELETE, NULL, NULL,
	  "Who has an interest in the plan and how they are kept informed." },
};

/* The part named by the path /plans/{id}/<slug>...; NULL when none. */
static const struct plan_part *part_for_path(const char *path)
{
	const char *p = strchr(path + 1, '/');          /* after "/plans" */
	p = p ? strchr(p + 1, '/') : NULL;               /* after the plan id */
	if (p == NULL)
		return NULL;
	p++;
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		size_t n = strlen(parts[i].slug);
		if (strncmp(p, parts[i].slug, n) == 0 && (p[n] == '/' || p[n] == '\0'))
			return &parts[i];
	}
	return NULL;
}

/* Answers 404 for a plan or item that is not there; returns 0. */
static int not_found(struct request *rq, struct response *rs, const char *what)
{
	respond_error(rq, rs, 404, arena_printf(&rq->arena, "There is no %s with that number.", what));
	return 0;
}

/* Shows the form of a part: new when item is 0; values from f, or from
 * the database for an edit, or empty. */
static int show_part_form(struct request *rq, struct response *rs, const struct plan_part *part,
                          long long plan_id, long long item, const struct form *f, unsigned warnings)
{
	struct page p;
	if (!plans_exists(plan_id))
		return not_found(rq, rs, "plan");
	if (f == NULL && item) {
		sqlite3_stmt *st = db_stmt(&parts_table, part->one);
		if (st == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, item);
		sqlite3_bind_int64(st, 2, plan_id);
		if (sqlite3_step(st) == SQLITE_ROW)
			f = plans_form_from_row(&rq->arena, st, part->fields, part->bound);
		sqlite3_reset(st);
		if (f == NULL)
			return not_found(rq, rs, part->noun);
	}
	if (page_begin(&p, rq, rs, item ? part->edit_title : part->new_title, "plans/form.tpl") != 0)
		return -1;
	tpl_set(p.content, "BACK_HREF", arena_printf(&rq->arena, "/plans/%lld#%s", plan_id, part->slug));
	tpl_set(p.content, "BACK_LABEL", "Back to the plan");
	tpl_dict *intro = tpl_add_row(p.content, "INTRO");
	if (intro)
		tpl_set(intro, "TEXT", part->intro);
	tpl_set(p.content, "ACTION", item ? arena_printf(&rq->arena, "/plans/%lld/%s/%lld", plan_id, part->slug, item)
	                                  : arena_printf(&rq->arena, "/plans/%lld/%s", plan_id, part->slug));
	if (item) {
		tpl_dict *del = tpl_add_row(p.content, "DELETE");
		if (del) {
			tpl_set(del, "HREF", arena_printf(&rq->arena, "/plans/%lld/%s/%lld/delete", plan_id, part->slug, item));
			tpl_set(del, "NOUN", part->noun);
		}
	}
	plans_show_warnings(&p, warnings);
	if (plans_form_fields(&p, rq, part->fields, part->ui, part->bound, f, plan_id) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* GET /plans/{id}/<part>/new */
int part_new_page(struct request *rq, struct response *rs)
{
	const struct plan_part *part = part_for_path(rq->path);
	if (part == NULL)
		return not_found(rq, rs, "page");
	return show_part_form(rq, rs, part, rq->path_ids[0], 0, NULL, 0);
}

/* GET /plans/{id}/<part>/{item} */
int part_edit_page(struct request *rq, struct response *rs)
{
	const struct plan_part *part = part_for_path(rq->path);
	if (part == NULL)
		return not_found(rq, rs, "page");
	return show_part_form(rq, rs, part, rq->path_ids[0], rq->path_ids[1], NULL, 0);
}

/* See plans.h: runs the checks of the part the path names beyond its
 * validator table. */
void plan_part_check(struct request *rq)
{
	const struct plan_part *part = part_for_path(rq->path);
	if (part == NULL)
		return;
	plans_check_references(rq, part->ui, part->bound, rq->path_ids[0]);
	if (part->check)
		part->check(rq);
}

/* The re-render of a refused create or edit (status 400 from the
 * dispatcher), naming every problem. */
int part_form_invalid(struct request *rq, struct response *rs)
{
	const struct plan_part *part = part_for_path(rq->path);
	const struct form *f = request_form(rq);
	if (part == NULL)
		return not_found(rq, rs, "page");
	return show_part_form(rq, rs, part, rq->path_ids[0], rq->path_id_count > 1 ? rq->path_ids[1] : 0, f, 0);
}

/* What saving a part writes. */
struct part_ctx {
	struct request *rq;
	const struct plan_part *part;
	const struct form *f;
	long long plan_id, item;
	const char *overridden;     /* warning codes saved against, "" for none */
	int deleting;
};

/* Inserts, updates or deletes the row, touches the plan and audits. */
static int write_part(void *vctx)
{
	struct part_ctx *c = vctx;
	const struct plan_part *part = c->part;
	char now[21];
	iso_utc(now_utc(), now);
	enum parts_stmt which = c->deleting ? part->remove : c->item ? part->update : part->insert;
	sqlite3_stmt *st = db_stmt(&parts_table, which);
	if (st == NULL)
		return SQLITE_ERROR;
	int n = (int)part->bound;
	if (c->deleting) {
		sqlite3_bind_int64(st, 1, c->item);
		sqlite3_bind_int64(st, 2, c->plan_id);
	} else {
		plans_bind_fields(st, c->f, part->bound);
		plans_bind_int(st, n + 1, c->plan_id);
		plans_bind_text(st, n + 2, now);
		plans_bind_int(st, n + 3, c->item);
		plans_bind_text(st, n + 4, c->overridden);
	}
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	if (c->item && sqlite3_changes(db_get()) == 0)
		return SQLITE_NOTFOUND;
	if (!c->item)
		c->item = sqlite3_last_insert_rowid(db_get());
	if ((st = db_stmt(&parts_table, ST_TOUCH_PLAN)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->plan_id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	const char *verb = c->deleting ? "deleted" : which == part->update ? "updated" : "created";
	const char *detail = c->overridden[0]
		? arena_printf(&c->rq->arena, "plan=%lld warnings_overridden=%s", c->plan_id, c->overridden)
		: arena_printf(&c->rq->arena, "plan=%lld", c->plan_id);
	return audit_record(c->rq, arena_printf(&c->rq->arena, "%s.%s", part->audit_type, verb),
	                    part->audit_type, c->item, detail);
}

/* Saves a create (item 0) or edit after its checks and warnings. */
static int save_part(struct request *rq, struct response *rs, long long item)
{
	const struct plan_part *part = part_for_path(rq->path);
	const struct form *f = request_form(rq);
	long long plan_id = rq->path_ids[0];
	if (part == NULL)
		return not_found(rq, rs, "page");
	if (!plans_exists(plan_id))
		return not_found(rq, rs, "plan");
	unsigned warnings = part->warn ? part->warn(f) : 0;
	int confirmed = part->confirm >= 0 && f->values[part->confirm].number;
	if (warnings && !confirmed)
		return show_part_form(rq, rs, part, plan_id, item, f, warnings);   /* 200: nothing wrong yet */
	struct part_ctx c = { rq, part, f, plan_id, item, warning_codes(&rq->arena, warnings), 0 };
	int rc = db_write(write_part, &c);
	if (rc == SQLITE_NOTFOUND)
		return not_found(rq, rs, part->noun);
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/plans/%lld?done=%s#%s", plan_id, part->slug, part->slug));
	return 0;
}

/* POST /plans/{id}/<part> */
int part_create_submit(struct request *rq, struct response *rs)
{
	return save_part(rq, rs, 0);
}

/* POST /plans/{id}/<part>/{item} */
int part_update_submit(struct request *rq, struct response *rs)
{
	return save_part(rq, rs, rq->path_ids[1]);
}

/* POST /plans/{id}/<part>/{item}/delete */
int part_delete_submit(struct request *rq, struct response *rs)
{
	const struct plan_part *part = part_for_path(rq->path);
	if (part == NULL)
		return not_found(rq, rs, "page");
	struct part_ctx c = { rq, part, NULL, rq->path_ids[0], rq->path_ids[1], "", 1 };
	int rc = db_write(write_part, &c);
	if (rc == SQLITE_NOTFOUND)
		return not_found(rq, rs, part->noun);
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/plans/%lld?done=deleted#%s", c.plan_id, part->slug));
	return 0;
}
