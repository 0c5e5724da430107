/*
 * plans.c: the service plans themselves: the list, the plan form (with the
 * "no contingency" warning before saving), the plan page with every part,
 * its SVG Gantt and its checks, the print view and the review.
 *
 * Pages: GET /plans, GET /plans/new, POST /plans, GET /plans/{id},
 * GET /plans/{id}/edit, POST /plans/{id}, GET /plans/{id}/print,
 * GET and POST /plans/{id}/review, POST /plans/{id}/raci and
 * POST /plans/{id}/raci/{id}/delete (the plan's RACI, team/raci.c). The
 * parts are in parts.c.
 */
#include "plans.h"
#include "logic.h"
#include "rota/rota.h"
#include "team/raci.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "gantt.h"

#include <stdio.h>
#include <string.h>

#define PLANS_PER_PAGE 20

static const char *const plan_statuses[] = { "draft", "active", "closed", NULL };

const struct field_spec plan_fields[PLAN__COUNT] = {
	[PLAN_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[PLAN_TEAM] = { "team", "Team", FIELD_INT, 0, 0, 1000000000, NULL },
	[PLAN_OWNER] = { "owner", "Plan owner", FIELD_INT, 0, 0, 1000000000, NULL },
	[PLAN_START] = { "period_start", "Start date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[PLAN_END] = { "period_end", "End date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[PLAN_STATUS] = { "status", "Status", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, plan_statuses },
	[PLAN_PURPOSE] = { "purpose", "Purpose", FIELD_MULTILINE, 0, 0, 4000, NULL },
	[PLAN_CONTINGENCY] = { "contingency", "General contingency", FIELD_MULTILINE, 0, 0, 4000, NULL },
	[PLAN_CONFIRM] = { "save_anyway", "Save anyway", FIELD_CHECKBOX, 0, 0, 0, NULL },
};
static const struct field_ui plan_ui[PLAN__COUNT] = {
	[PLAN_TITLE] = { "e.g. \"Winter service plan 2026-27\".", PLAN_OPT_NONE },
	[PLAN_TEAM] = { "The team the plan is for, or every team.", PLAN_OPT_TEAMS },
	[PLAN_OWNER] = { NULL, PLAN_OPT_USERS },
	[PLAN_START] = { "YYYY-MM-DD.", PLAN_OPT_NONE },
	[PLAN_END] = { "YYYY-MM-DD.", PLAN_OPT_NONE },
	[PLAN_STATUS] = { "Draft while it is being written, active while it runs; the review closes it.", PLAN_OPT_CHOICES },
	[PLAN_PURPOSE] = { "Why this plan, and how it serves the customers and the business.", PLAN_OPT_NONE },
	[PLAN_CONTINGENCY] = { "What happens if the plan goes off track (risks and their own contingencies are added on the plan's page).", PLAN_OPT_NONE },
	[PLAN_CONFIRM] = { NULL, PLAN_OPT_NONE },
};

static const char *const list_statuses[] = { "draft", "active", "closed", NULL };
const struct field_spec plan_list_fields[PLIST__COUNT] = {
	[PLIST_STATUS] = { "status", "Status", FIELD_CHOICE, 0, 0, 0, list_statuses },
	[PLIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
};

const struct field_spec plan_review_fields[PLAN_REVIEW__COUNT] = {
	[PLAN_REVIEW_ACHIEVED] = { "achieved", "What was achieved", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[PLAN_REVIEW_AGAINST] = { "against_target", "Against the targets", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[PLAN_REVIEW_NEXT] = { "changes_next", "What changes next", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
};
static const struct field_ui review_ui[PLAN_REVIEW__COUNT] = {
	[PLAN_REVIEW_ACHIEVED] = { "The results, with figures and dates.", PLAN_OPT_NONE },
	[PLAN_REVIEW_AGAINST] = { "Each objective's final value against its target (the table above), and why.", PLAN_OPT_NONE },
	[PLAN_REVIEW_NEXT] = { "What the next plan will do differently.", PLAN_OPT_NONE },
};

static const char *const plans_notices[] = {
	"created", "The plan has been saved.",
	"saved", "The changes have been saved.",
	"goals", "The business goal has been saved.",
	"objectives", "The objective has been saved.",
	"milestones", "The milestone has been saved.",
	"resources", "The resource requirement has been saved.",
	"risks", "The risk has been saved.",
	"stakeholders", "The stakeholder has been saved.",
	"deleted", "It has been deleted.",
	"reviewed", "The review has been saved and the plan closed.",
	"raci", "The RACI has been updated.",
	NULL, NULL
};

enum plans_stmt {
	ST_COUNT_PLANS, ST_LIST_PLANS, ST_PLAN_FORM, ST_PLAN_INSERT, ST_PLAN_UPDATE,
	ST_PLAN_DETAIL, ST_GOALS, ST_OBJECTIVES, ST_MILESTONES, ST_RESOURCES, ST_RISKS,
	ST_STAKEHOLDERS, ST_REVIEW_FORM, ST_REVIEW_SAVE, ST_CLOSE_PLAN, ST_ACTIVE_PLANS,
	ST__COUNT
};
static const char *const plans_sql[ST__COUNT] = {
	[ST_COUNT_PLANS] = "SELECT count(*) FROM plans WHERE ?1 = '' OR status = ?1",
	[ST_LIST_PLANS] = "SELECT p.id, p.title, coalesce(t.name, ''), p.period_start, p.period_end, p.status, "
	                  "(SELECT count(*) FROM plan_objectives o WHERE o.plan_id = p.id), "
	                  "EXISTS (SELECT 1 FROM plan_reviews r WHERE r.plan_id = p.id) "
	                  "FROM plans p LEFT JOIN teams t ON t.id = p.team_id WHERE ?1 = '' OR p.status = ?1 "
	                  "ORDER BY p.period_start DESC, p.id DESC LIMIT ?2 OFFSET ?3",
	[ST_PLAN_FORM] = "SELECT title, team_id, owner_id, period_start, period_end, status, purpose, contingency "
	                 "FROM plans WHERE id = ?",
	[ST_PLAN_INSERT] = "INSERT INTO plans (title, team_id, owner_id, period_start, period_end, status, purpose, "
	                   "contingency, created_by, created_at, updated_at, warnings_overridden) "
	                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?12)",
	[ST_PLAN_UPDATE] = "UPDATE plans SET title = ?1, team_id = ?2, owner_id = ?3, period_start = ?4, "
	                   "period_end = ?5, status = ?6, purpose = ?7, contingency = ?8, updated_at = ?10, "
	                   "warnings_overridden = ?12 WHERE id = ?11",
	[ST_PLAN_DETAIL] = "SELECT p.title, coalesce(t.name, ''), coalesce(o.display_name, ''), p.period_start, "
	                   "p.period_end, p.status, p.purpose, p.contingency, p.warnings_overridden, p.updated_at, "
	                   "r.plan_id IS NOT NULL, coalesce(r.achieved, ''), coalesce(r.against_target, ''), "
	                   "coalesce(r.changes_next, ''), coalesce(v.display_name, ''), coalesce(r.reviewed_at, '') "
	                   "FROM plans p LEFT JOIN teams t ON t.id = p.team_id "
	                   "LEFT JOIN users o ON o.id = p.owner_id LEFT JOIN plan_reviews r ON r.plan_id = p.id "
	                   "LEFT JOIN users v ON v.id = r.reviewed_by WHERE p.id = ?",
	[ST_GOALS] = "SELECT g.id, g.title, g.description, "
	             "(SELECT count(*) FROM plan_objectives o WHERE o.goal_id = g.id) "
	             "FROM plan_goals g WHERE g.plan_id = ? ORDER BY g.id",
	/* An objective measured by a KPI takes its latest result as the
	 * current value; otherwise the value typed in. */
	[ST_OBJECTIVES] = "SELECT o.id, o.statement, o.measure, o.baseline, o.target, "
	                  "coalesce((SELECT r.value FROM kpi_results r WHERE r.kpi_id = o.kpi_id "
	                  "ORDER BY r.period DESC LIMIT 1), o.current_value), "
	                  "coalesce(u.display_name, ''), coalesce(o.deadline, ''), coalesce(g.title, ''), "
	                  "o.warnings_overridden, coalesce(k.name, ''), coalesce(k.id, 0) FROM plan_objectives o "
	                  "LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN plan_goals g ON g.id = o.goal_id "
	                  "LEFT JOIN kpis k ON k.id = o.kpi_id WHERE o.plan_id = ? ORDER BY o.id",
	[ST_MILESTONES] = "SELECT m.id, m.title, coalesce(m.start_date, ''), m.due_date, coalesce(m.done_date, ''), "
	                  "coalesce(u.display_name, ''), m.notes FROM plan_milestones m "
	                  "LEFT JOIN users u ON u.id = m.owner_id WHERE m.plan_id = ? ORDER BY m.due_date, m.id",
	[ST_RESOURCES] = "SELECT r.id, r.kind, r.description, r.quantity, coalesce(r.from_date, ''), "
	                 "coalesce(r.to_date, ''), coalesce(t.name, ''), r.notes, coalesce(r.team_id, 0) FROM plan_resources r "
	                 "LEFT JOIN teams t ON t.id = r.team_id WHERE r.plan_id = ? "
	                 "ORDER BY CASE r.kind WHEN 'staff_hours' THEN 0 WHEN 'equipment' THEN 1 ELSE 2 END, r.id",
	[ST_RISKS] = "SELECT k.id, k.description, k.likelihood, k.impact, k.contingency, coalesce(u.display_name, '') "
	             "FROM plan_risks k LEFT JOIN users u ON u.id = k.owner_id WHERE k.plan_id = ? "
	             "ORDER BY k.likelihood * k.impact DESC, k.id",
	[ST_STAKEHOLDERS] = "SELECT id, name, interest, channel, frequency FROM plan_stakeholders "
	                    "WHERE plan_id = ? ORDER BY id",
	[ST_REVIEW_FORM] = "SELECT achieved, against_target, changes_next FROM plan_reviews WHERE plan_id = ?",
	[ST_REVIEW_SAVE] = "INSERT INTO plan_reviews (achieved, against_target, changes_next, plan_id, reviewed_by, "
	                   "reviewed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (plan_id) DO UPDATE SET "
	                   "achieved = excluded.achieved, against_target = excluded.against_target, "
	                   "changes_next = excluded.changes_next, reviewed_by = excluded.reviewed_by, "
	                   "reviewed_at = excluded.reviewed_at",
	[ST_CLOSE_PLAN] = "UPDATE plans SET status = 'closed', updated_at = ?2 WHERE id = ?1",
	[ST_ACTIVE_PLANS] = "SELECT p.id, p.title, p.period_end, (SELECT count(*) FROM plan_milestones m "
	                    "WHERE m.plan_id = p.id AND m.done_date IS NULL AND m.due_date < ?1) "
	                    "FROM plans p WHERE p.status = 'active' ORDER BY p.period_end, p.id LIMIT 5",
};
static sqlite3_stmt *plans_cache[ST__COUNT];
static struct sql_table plans_table = { plans_sql, ST__COUNT, plans_cache, NULL };

/* "2026-11-23" as "23 Nov 2026" (an arena string); "" for no date. */
static const char *date_words(struct arena *a, const char *ymd)
{
	char words[12];
	return date_in_words(ymd, words) ? arena_strdup(a, words) : "";
}

/* Returns 1 when the signed-in user may change plans. */
static int can_edit_plans(const struct request *rq)
{
	return rq->session && (rq->session->roles & ROLE_MANAGER);
}

/* ---- the list ---- */

/* GET /plans: every plan, newest period first, optionally one status. */
int plans_list_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const char *status = f->values[PLIST_STATUS].error ? "" : f->values[PLIST_STATUS].text;
	long long page = f->values[PLIST_PAGE].present && !f->values[PLIST_PAGE].error ? f->values[PLIST_PAGE].number : 1;
	long long total = 0;
	sqlite3_stmt *st = db_stmt(&plans_table, ST_COUNT_PLANS);
	struct page p;
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, status, -1, SQLITE_STATIC);
	if (db_count(st, &total) != 0)
		return -1;
	if ((st = db_stmt(&plans_table, ST_LIST_PLANS)) == NULL ||
	    page_begin(&p, rq, rs, "Service plans", "plans/list.tpl") != 0)
		return -1;
	tpl_show_if(p.content, "CAN_ADD", can_edit_plans(rq));
	tpl_set_int(p.content, "TOTAL", total);
	for (const char *const *s = list_statuses; *s; s++) {
		tpl_dict *o = tpl_add_row(p.content, "STATUS_OPTION");
		if (o) {
			tpl_set(o, "VALUE", *s);
			tpl_set(o, "LABEL", plans_choice_label(*s));
			tpl_show_if(o, "SELECTED", strcmp(*s, status) == 0);
		}
	}
	sqlite3_bind_text(st, 1, status, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, PLANS_PER_PAGE);
	sqlite3_bind_int64(st, 3, (page - 1) * PLANS_PER_PAGE);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "PLAN");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set(row, "TEAM", db_text(st, 2)[0] ? db_text(st, 2) : "Every team");
		tpl_set(row, "START", date_words(&rq->arena, db_text(st, 3)));
		tpl_set(row, "END", date_words(&rq->arena, db_text(st, 4)));
		tpl_set(row, "STATUS", plans_choice_label(db_text(st, 5)));
		tpl_set(row, "STATUS_CLASS", db_text(st, 5));
		tpl_set_int(row, "OBJECTIVES", sqlite3_column_int64(st, 6));
		tpl_set(row, "REVIEWED", sqlite3_column_int(st, 7) ? "Yes" : "Not yet");
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_PLANS" : "NO_PLANS", 1);
	page_pager(&p, rq, status[0] ? arena_printf(&rq->arena, "/plans?status=%s&", status) : "/plans?",
	           page, PLANS_PER_PAGE, total);
	page_notice(&p, rq, plans_notices);
	return page_finish(&p, rs);
}

/* ---- the plan form ---- */

/* Shows the plan form: new when plan_id is 0; values from f, or from the
 * database for an edit, or the defaults for a new plan. */
static int show_plan_form(struct request *rq, struct response *rs, long long plan_id,
                          const struct form *f, unsigned warnings)
{
	struct page p;
	if (f == NULL && plan_id) {
		sqlite3_stmt *st = db_stmt(&plans_table, ST_PLAN_FORM);
		if (st == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, plan_id);
		if (sqlite3_step(st) == SQLITE_ROW)
			f = plans_form_from_row(&rq->arena, st, plan_fields, PLAN_CONFIRM);
		sqlite3_reset(st);
		if (f == NULL) {
			respond_error(rq, rs, 404, "There is no plan with that number.");
			return 0;
		}
	}
	if (page_begin(&p, rq, rs, plan_id ? "Edit service plan" : "New service plan", "plans/form.tpl") != 0)
		return -1;
	tpl_set(p.content, "BACK_HREF", plan_id ? arena_printf(&rq->arena, "/plans/%lld", plan_id) : "/plans");
	tpl_set(p.content, "BACK_LABEL", plan_id ? "Back to the plan" : "Back to service plans");
	tpl_dict *intro = tpl_add_row(p.content, "INTRO");
	if (intro)
		tpl_set(intro, "TEXT", plan_id ? "The plan's period, purpose and general contingency."
		        : "Start with the plan's period and purpose. Business goals, objectives, milestones, "
		          "resources, risks and stakeholders are added on the plan's page once it is saved.");
	tpl_set(p.content, "ACTION", plan_id ? arena_printf(&rq->arena, "/plans/%lld", plan_id) : "/plans");
	plans_show_warnings(&p, warnings);
	if (plans_form_fields(&p, rq, plan_fields, plan_ui, PLAN_CONFIRM, f, 0) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* See plans.h: the checks of the plan form beyond the validator table. */
void plan_check_form(struct request *rq)
{
	plans_check_references(rq, plan_ui, PLAN_CONFIRM, 0);
	plans_check_order(rq, PLAN_START, PLAN_END, "End date must be on or after the start date.");
}

/* GET /plans/new: an empty form, status draft. */
int plan_new_page(struct request *rq, struct response *rs)
{
	return show_plan_form(rq, rs, 0, NULL, 0);
}

/* GET /plans/{id}/edit */
int plan_edit_page(struct request *rq, struct response *rs)
{
	return show_plan_form(rq, rs, rq->path_ids[0], NULL, 0);
}

/* Re-render of a refused create (400), every problem named. */
int plan_create_invalid(struct request *rq, struct response *rs)
{
	return show_plan_form(rq, rs, 0, request_form(rq), 0);
}

/* Re-render of a refused edit (400). */
int plan_update_invalid(struct request *rq, struct response *rs)
{
	return show_plan_form(rq, rs, rq->path_ids[0], request_form(rq), 0);
}

/* What saving a plan writes. */
struct plan_ctx {
	struct request *rq;
	const struct form *f;
	long long plan_id;
	const char *overridden;
};

/* Inserts or updates the plan and audits. */
static int write_plan(void *vctx)
{
	struct plan_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&plans_table, c->plan_id ? ST_PLAN_UPDATE : ST_PLAN_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	plans_bind_fields(st, c->f, PLAN_CONFIRM);
	plans_bind_int(st, 9, c->rq->session->user_id);
	plans_bind_text(st, 10, now);
	plans_bind_int(st, 11, c->plan_id);
	plans_bind_text(st, 12, c->overridden);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	if (c->plan_id && sqlite3_changes(db_get()) == 0)
		return SQLITE_NOTFOUND;
	const char *action = c->plan_id ? "plan.updated" : "plan.created";
	if (!c->plan_id)
		c->plan_id = sqlite3_last_insert_rowid(db_get());
	return audit_record(c->rq, action, "plan", c->plan_id,
	                    c->overridden[0] ? arena_printf(&c->rq->arena, "warnings_overridden=%s", c->overridden) : "");
}

/* Saves a new plan (plan_id 0) or an edit, after the checks and the
 * warning (no contingency) unless the manager ticked "save anyway". */
static int save_plan(struct request *rq, struct response *rs, long long plan_id)
{
	const struct form *f = request_form(rq);
	unsigned warnings = plan_warnings(f->values[PLAN_CONTINGENCY].text,
	                                  plan_id ? plans_risks_with_contingency(plan_id) : 0);
	if (warnings && !f->values[PLAN_CONFIRM].number)
		return show_plan_form(rq, rs, plan_id, f, warnings);   /* 200: nothing is wrong yet */
	struct plan_ctx c = { rq, f, plan_id, warning_codes(&rq->arena, warnings) };
	int rc = db_write(write_plan, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no plan with that number.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/plans/%lld?done=%s", c.plan_id, plan_id ? "saved" : "created"));
	return 0;
}

/* POST /plans */
int plan_create_submit(struct request *rq, struct response *rs)
{
	return save_plan(rq, rs, 0);
}

/* POST /plans/{id} */
int plan_update_submit(struct request *rq, struct response *rs)
{
	return save_plan(rq, rs, rq->path_ids[0]);
}

/* ---- the plan page ---- */

/* What the plan page learns while filling its sections, for its checks. */
struct plan_facts {
	const char *start, *end, *contingency, *overridden, *today;
	int goals, objectives, milestones, risks_with_contingency, stakeholders;
	int achieved_or_on_track;
	tpl_dict *checks;      /* where CHECK rows go (NULL: not shown) */
	int check_count;
};

/* Adds one row to the plan's checks. */
static void add_check(struct plan_facts *pf, const char *message, int overridden)
{
	pf->check_count++;
	if (pf->checks == NULL)
		return;
	tpl_dict *row = tpl_add_row(pf->checks, "CHECK");
	if (row == NULL)
		return;
	tpl_set(row, "MESSAGE", message);
	tpl_show_if(row, "OVERRIDDEN", overridden);
}

/* Returns 1 when the comma-separated codes hold code. */
static int has_code(const char *codes, const char *code)
{
	size_t n = strlen(code);
	for (const char *p = codes; p && (p = strstr(p, code)) != NULL; p += n)
		if ((p == codes || p[-1] == ',') && (p[n] == '\0' || p[n] == ','))
			return 1;
	return 0;
}

/* Adds the EDIT section of a row (for managers) with its address. */
static void add_edit_link(struct request *rq, tpl_dict *row, long long plan_id,
                          const char *slug, long long id, int can_edit)
{
	if (!can_edit)
		return;
	tpl_dict *e = tpl_add_row(row, "EDIT");
	if (e)
		tpl_set(e, "HREF", arena_printf(&rq->arena, "/plans/%lld/%s/%lld", plan_id, slug, id));
}

/* A part of the plan as the plan's page lists it. */
struct part_rows {
	int statement;            /* the rows' ST_..., bound to the plan's id; id in column 0 */
	const char *section;      /* the template section of a row */
	const char *slug;         /* the part's address below /plans/{id}/ */
	const char *has, *none;   /* shown when there are rows, and when there are none */
	/* Sets a row from the statement's current row, with what the part
	 * keeps in ctx; returns 0, or -1 on a database error. */
	int (*fill_row)(struct request *rq, tpl_dict *row, sqlite3_stmt *st, void *ctx);
};

/* Lists one part of the plan: a row in the part's section per row of its
 * statement, set by its fill_row, with the edit link for managers; then
 * the part's "has" or "none" section. Returns the number of rows, or -1 on
 * a database error. */
static int list_part(struct request *rq, tpl_dict *d, long long plan_id, int can_edit,
                     const struct part_rows *part, void *ctx)
{
	sqlite3_stmt *st = db_stmt(&plans_table, part->statement);
	int rows = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, plan_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, part->section);
		if (row == NULL)
			break;
		rows++;
		if (part->fill_row(rq, row, st, ctx) != 0) {
			rc = SQLITE_ERROR;
			break;
		}
		add_edit_link(rq, row, plan_id, part->slug, sqlite3_column_int64(st, 0), can_edit);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	tpl_show_if(d, rows ? part->has : part->none, 1);
	return rows;
}

/* A business goal's row (ctx: unused). Returns 0. */
static int fill_goal(struct request *rq, tpl_dict *row, sqlite3_stmt *st, void *ctx)
{
	(void)rq;
	(void)ctx;
	tpl_set(row, "TITLE", db_text(st, 1));
	tpl_set(row, "DESCRIPTION", db_text(st, 2));
	tpl_set_int(row, "OBJECTIVES", sqlite3_column_int64(st, 3));
	return 0;
}

/* An objective's row with its progress and status, and its checks (ctx:
 * the plan's facts). Returns 0. */
static int fill_objective(struct request *rq, tpl_dict *row, sqlite3_stmt *st, void *ctx)
{
	struct plan_facts *pf = ctx;
	const char *statement = db_text(st, 1), *deadline = db_text(st, 7);
	int has[3];
	for (int i = 0; i < 3; i++)
		has[i] = sqlite3_column_type(st, 3 + i) != SQLITE_NULL;
	/* Progress: from the KPI's latest result when a KPI measures it,
	 * else from the value typed in (the query picks). */
	int progress = objective_progress(has[0], sqlite3_column_double(st, 3), has[1],
	                                  sqlite3_column_double(st, 4), has[2], sqlite3_column_double(st, 5));
	enum plan_objective_status status = objective_status(progress, pf->start, deadline, pf->today);
	if (status == PLAN_OBJECTIVE_ACHIEVED || status == PLAN_OBJECTIVE_ON_TRACK)
		pf->achieved_or_on_track++;
	tpl_set(row, "STATEMENT", statement);
	tpl_set(row, "MEASURE", db_text(st, 2));
	tpl_set(row, "BASELINE", plans_decimal_text(&rq->arena, st, 3));
	tpl_set(row, "TARGET", plans_decimal_text(&rq->arena, st, 4));
	tpl_set(row, "CURRENT", plans_decimal_text(&rq->arena, st, 5));
	tpl_set(row, "OWNER", db_text(st, 6));
	tpl_set(row, "DEADLINE", date_words(&rq->arena, deadline));
	tpl_set(row, "GOAL", db_text(st, 8));
	if (sqlite3_column_int64(st, 11) > 0) {
		tpl_dict *kpi = tpl_add_row(row, "KPI");
		tpl_set_int(kpi, "KPI_ID", sqlite3_column_int64(st, 11));
		tpl_set(kpi, "KPI_NAME", db_text(st, 10));
	}
	tpl_set(row, "STATUS", objective_status_label(status));
	tpl_set(row, "STATUS_CLASS", objective_status_class(status));
	if (progress >= 0) {
		tpl_dict *pr = tpl_add_row(row, "PROGRESS");
		if (pr)
			tpl_set_int(pr, "PERCENT", progress);
	}
	struct objective_facts o = { db_text(st, 2)[0] != '\0', has[0], has[1], deadline[0] != '\0' };
	unsigned w = objective_warnings(&o);
	const char *overridden = db_text(st, 9);
	if (w & PLAN_WARN_NO_TARGET)
		add_check(pf, arena_printf(&rq->arena, "Objective \"%s\" has no measurable target (measure, baseline and target value).",
		                           statement), has_code(overridden, "no_target"));
	if (w & PLAN_WARN_NO_DEADLINE)
		add_check(pf, arena_printf(&rq->arena, "Objective \"%s\" has no deadline.", statement),
		          has_code(overridden, "no_deadline"));
	if (db_text(st, 8)[0] == '\0')
		add_check(pf, arena_printf(&rq->arena, "Objective \"%s\" is not linked to a business goal.", statement), 0);
	return 0;
}

/* The milestones drawn so far on the plan's Gantt chart, and the dates
 * the chart spans. */
struct milestone_chart {
	const char *today;
	struct gantt_item items[200];
	size_t n;
	const char *from, *to;
};

/* A milestone's row, and its bar on the chart (ctx: the milestone_chart).
 * Returns 0. */
static int fill_milestone(struct request *rq, tpl_dict *row, sqlite3_stmt *st, void *ctx)
{
	struct milestone_chart *g = ctx;
	const char *start = arena_strdup(&rq->arena, db_text(st, 2));
	const char *due = arena_strdup(&rq->arena, db_text(st, 3));
	const char *done = db_text(st, 4);
	const char *title = arena_strdup(&rq->arena, db_text(st, 1));
	enum plan_milestone_status s = milestone_status(start, due, done, g->today);
	tpl_set(row, "TITLE", title);
	tpl_set(row, "START", start[0] ? date_words(&rq->arena, start) : "");
	tpl_set(row, "DUE", date_words(&rq->arena, due));
	tpl_set(row, "DONE", date_words(&rq->arena, done));
	tpl_set(row, "OWNER", db_text(st, 5));
	tpl_set(row, "NOTES", db_text(st, 6));
	tpl_set(row, "STATUS", milestone_status_label(s));
	tpl_set(row, "STATUS_CLASS", milestone_status_class(s));
	if (g->n < sizeof g->items / sizeof g->items[0] && title && start && due) {
		g->items[g->n++] = (struct gantt_item){ title, start, due,
			arena_printf(&rq->arena, "gantt-bar--%s", milestone_status_class(s)) };
		if (start[0] && strcmp(start, g->from) < 0)
			g->from = start;
		if (strcmp(due, g->from) < 0)
			g->from = due;
		if (strcmp(due, g->to) > 0)
			g->to = due;
	}
	return 0;
}

/* The milestones: a table and the Gantt chart drawn from the same rows. */
static int fill_milestones(struct request *rq, tpl_dict *d, long long plan_id, int can_edit,
                           struct plan_facts *pf)
{
	static const struct part_rows part = { ST_MILESTONES, "MILESTONE", "milestones",
	                                       "HAS_MILESTONES", "NO_MILESTONES", fill_milestone };
	struct milestone_chart g = { .today = pf->today, .from = pf->start, .to = pf->end };
	int rows = list_part(rq, d, plan_id, can_edit, &part, &g);
	if (rows < 0)
		return -1;
	pf->milestones = rows;
	if (g.n == 0)
		return 0;
	struct buf svg = { 0 };
	int rc = gantt_svg(&svg, "Timeline of the plan's milestones", g.items, g.n, g.from, g.to, pf->today);
	if (rc == 0)
		rc = tpl_set(d, "GANTT_SVG", svg.data ? svg.data : "");
	buf_free(&svg);
	return rc;
}

/* Shows, beside a staff-hours requirement (the ST_RESOURCES row st), the
 * hours the rota plans for the same dates and team, and a shortfall when
 * they are fewer than asked for. Returns 0, or -1 on a database error. */
static int show_rota_hours(struct request *rq, tpl_dict *row, sqlite3_stmt *st)
{
	const char *from = db_text(st, 4), *to = db_text(st, 5);
	double planned;
	if (from[0] == '\0' || to[0] == '\0') {
		tpl_show(row, "ROTA_NO_DATES");
		return 0;
	}
	if (rota_planned_hours(from, to, sqlite3_column_int64(st, 8), &planned) != 0)
		return -1;
	char hours[40];
	snprintf(hours, sizeof hours, "%.1f", planned);
	tpl_dict *shown = tpl_add_row(row, planned + 0.05 < sqlite3_column_double(st, 3) ? "ROTA_SHORT" : "ROTA_MET");
	tpl_set(shown, "ROTA_HOURS", arena_strdup(&rq->arena, hours));
	return 0;
}

/* The totals of the resource requirements. */
struct resource_totals {
	double staff_hours, budget;
};

/* A resource requirement's row, staff hours with the rota's planned hours
 * beside them (ctx: the resource_totals it adds to). Returns 0, or -1 on
 * a database error. */
static int fill_resource(struct request *rq, tpl_dict *row, sqlite3_stmt *st, void *ctx)
{
	struct resource_totals *t = ctx;
	const char *kind = db_text(st, 1);
	const char *quantity = plans_decimal_text(&rq->arena, st, 3);
	int staff = strcmp(kind, "staff_hours") == 0;
	tpl_set(row, "KIND", plans_choice_label(kind));
	tpl_set(row, "DESCRIPTION", db_text(st, 2));
	tpl_set(row, "QUANTITY", staff ? arena_printf(&rq->arena, "%s hours", quantity) :
	        strcmp(kind, "budget") == 0 ? arena_printf(&rq->arena, "£%s", quantity) : quantity);
	if (db_text(st, 4)[0])
		tpl_set(row, "WHEN", arena_printf(&rq->arena, "%s to %s", date_words(&rq->arena, db_text(st, 4)),
		                                  date_words(&rq->arena, db_text(st, 5))));
	tpl_set(row, "TEAM", db_text(st, 6));
	tpl_set(row, "NOTES", db_text(st, 7));
	if (staff) {
		t->staff_hours += sqlite3_column_double(st, 3);
		return show_rota_hours(rq, row, st);
	}
	if (strcmp(kind, "budget") == 0)
		t->budget += sqlite3_column_double(st, 3);
	return 0;
}

/* The resource requirements and their totals. Returns 0, or -1 on a
 * database error. */
static int fill_resources(struct request *rq, tpl_dict *d, long long plan_id, int can_edit)
{
	static const struct part_rows part = { ST_RESOURCES, "RESOURCE", "resources",
	                                       "HAS_RESOURCES", "NO_RESOURCES", fill_resource };
	struct resource_totals t = { 0, 0 };
	if (list_part(rq, d, plan_id, can_edit, &part, &t) < 0)
		return -1;
	tpl_set(d, "STAFF_HOURS_TOTAL", arena_printf(&rq->arena, "%.1f", t.staff_hours));
	tpl_set(d, "BUDGET_TOTAL", arena_printf(&rq->arena, "%.2f", t.budget));
	return 0;
}

/* A risk's row with its score and band (ctx: the plan's facts, counting
 * the risks with a contingency). Returns 0. */
static int fill_risk(struct request *rq, tpl_dict *row, sqlite3_stmt *st, void *ctx)
{
	struct plan_facts *pf = ctx;
	int l = sqlite3_column_int(st, 2), i = sqlite3_column_int(st, 3);
	int score = risk_score(l, i);
	tpl_set(row, "DESCRIPTION", db_text(st, 1));
	tpl_set(row, "LIKELIHOOD", arena_printf(&rq->arena, "%d %s", l, plans_likelihood_label(l)));
	tpl_set(row, "IMPACT", arena_printf(&rq->arena, "%d %s", i, plans_impact_label(i)));
	tpl_set_int(row, "SCORE", score);
	tpl_set(row, "BAND", risk_band(score));
	tpl_set(row, "CONTINGENCY", db_text(st, 4));
	tpl_set(row, "OWNER", db_text(st, 5));
	if (db_text(st, 4)[0])
		pf->risks_with_contingency++;
	return 0;
}

/* A stakeholder's row and how they are kept informed (ctx: unused).
 * Returns 0. */
static int fill_stakeholder(struct request *rq, tpl_dict *row, sqlite3_stmt *st, void *ctx)
{
	(void)rq;
	(void)ctx;
	tpl_set(row, "NAME", db_text(st, 1));
	tpl_set(row, "INTEREST", db_text(st, 2));
	tpl_set(row, "CHANNEL", plans_choice_label(db_text(st, 3)));
	tpl_set(row, "FREQUENCY", plans_choice_label(db_text(st, 4)));
	return 0;
}

/* The business goals, the objectives with their checks, the risks
 * (highest score first) and the stakeholders: the parts listed with the
 * plan's facts as their ctx. */
static const struct part_rows goal_rows = { ST_GOALS, "GOAL", "goals", "HAS_GOALS", "NO_GOALS", fill_goal };
static const struct part_rows objective_rows = { ST_OBJECTIVES, "OBJECTIVE", "objectives",
                                                 "HAS_OBJECTIVES", "NO_OBJECTIVES", fill_objective };
static const struct part_rows risk_rows = { ST_RISKS, "RISK", "risks", "HAS_RISKS", "NO_RISKS", fill_risk };
static const struct part_rows stakeholder_rows = { ST_STAKEHOLDERS, "STAKEHOLDER", "stakeholders",
                                                   "HAS_STAKEHOLDERS", "NO_STAKEHOLDERS", fill_stakeholder };

/* The plan-wide checks, after every part has been read. */
static void add_plan_checks(struct plan_facts *pf)
{
	if (pf->goals == 0)
		add_check(pf, "No business goals yet: say which of the organisation's goals this plan serves.", 0);
	if (pf->objectives == 0)
		add_check(pf, "No objectives yet.", 0);
	if (plan_warnings(pf->contingency, pf->risks_with_contingency))
		add_check(pf, warning_message(PLAN_WARN_NO_CONTINGENCY), has_code(pf->overridden, "no_contingency"));
	if (pf->milestones == 0)
		add_check(pf, "No milestones yet: the plan has no timeline.", 0);
	if (pf->stakeholders == 0)
		add_check(pf, "No stakeholders yet: say who is kept informed and how.", 0);
}

/* The three ways a plan is shown. */
enum plan_view { VIEW_PAGE, VIEW_PRINT, VIEW_REVIEW };

/* Fills a page with the plan (the header into the content, the parts into
 * the SECTIONS include): the page adds the plan's checks, the review shows
 * only the objectives. Returns 0, 1 when there is no such plan, or -1. */
static int fill_plan(struct request *rq, struct page *p, long long plan_id, int can_edit,
                     enum plan_view view)
{
	sqlite3_stmt *st = db_stmt(&plans_table, ST_PLAN_DETAIL);
	char today[11];
	struct plan_facts pf = { 0 };
	tpl_dict *d = p->content;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, plan_id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return 1;
	}
	pf.today = today_london(today);
	pf.start = arena_strdup(&rq->arena, db_text(st, 3));
	pf.end = arena_strdup(&rq->arena, db_text(st, 4));
	pf.contingency = arena_strdup(&rq->arena, db_text(st, 7));
	pf.overridden = arena_strdup(&rq->arena, db_text(st, 8));
	tpl_set_int(d, "PLAN_ID", plan_id);
	tpl_set(d, "PLAN_TITLE", db_text(st, 0));
	tpl_set(d, "TEAM", db_text(st, 1)[0] ? db_text(st, 1) : "Every team");
	tpl_set(d, "OWNER", db_text(st, 2)[0] ? db_text(st, 2) : "Not set");
	tpl_set(d, "START", date_words(&rq->arena, pf.start));
	tpl_set(d, "END", date_words(&rq->arena, pf.end));
	tpl_set(d, "STATUS", plans_choice_label(db_text(st, 5)));
	tpl_set(d, "STATUS_CLASS", db_text(st, 5));
	tpl_set(d, "PURPOSE", db_text(st, 6));
	tpl_set(d, "CONTINGENCY", pf.contingency[0] ? pf.contingency : "None written.");
	tpl_set(d, "UPDATED", display_time(&rq->arena, db_text(st, 9)));
	tpl_set(d, "TODAY", date_words(&rq->arena, pf.today));
	tpl_show_if(d, "MANAGER", can_edit);
	if (sqlite3_column_int(st, 10)) {
		tpl_dict *r = tpl_add_row(d, "REVIEW");
		if (r) {
			tpl_set(r, "ACHIEVED", db_text(st, 11));
			tpl_set(r, "AGAINST", db_text(st, 12));
			tpl_set(r, "NEXT", db_text(st, 13));
			tpl_set(r, "BY", db_text(st, 14));
			tpl_set(r, "AT", display_time(&rq->arena, db_text(st, 15)));
		}
	} else {
		tpl_show(d, "NO_REVIEW");
	}
	sqlite3_reset(st);
	tpl_dict *sec = tpl_add_include(d, "SECTIONS", "plans/sections.tpl");
	if (sec == NULL)
		return -1;
	tpl_set_int(sec, "PLAN_ID", plan_id);
	tpl_show_if(sec, "MANAGER", can_edit);
	tpl_show_if(sec, "ALL_PARTS", view != VIEW_REVIEW);
	if (view == VIEW_PAGE)
		pf.checks = tpl_add_row(d, "CHECKS");
	if ((pf.goals = list_part(rq, sec, plan_id, can_edit, &goal_rows, &pf)) < 0 ||
	    (pf.objectives = list_part(rq, sec, plan_id, can_edit, &objective_rows, &pf)) < 0 ||
	    fill_milestones(rq, sec, plan_id, can_edit, &pf) != 0 ||
	    fill_resources(rq, sec, plan_id, can_edit) != 0 ||
	    list_part(rq, sec, plan_id, can_edit, &risk_rows, &pf) < 0 ||
	    (pf.stakeholders = list_part(rq, sec, plan_id, can_edit, &stakeholder_rows, &pf)) < 0)
		return -1;
	if (view != VIEW_REVIEW &&
	    raci_add_section(p, rq, "plan", plan_id, arena_printf(&rq->arena, "/plans/%lld", plan_id),
	                     can_edit) != 0)
		return -1;
	add_plan_checks(&pf);
	if (pf.checks)
		tpl_show_if(pf.checks, pf.check_count ? "HAS_CHECKS" : "ALL_PASS", 1);
	tpl_set(d, "ON_TRACK", arena_printf(&rq->arena, "%d of %d", pf.achieved_or_on_track, pf.objectives));
	return 0;
}

/* Begins page p with the given template and fills it with the plan of the
 * path, answering 404 itself when there is none. Returns 1 with p begun,
 * 0 when answered, -1 on error. */
static int begin_plan_page(struct request *rq, struct response *rs, struct page *p, const char *title,
                           const char *template, int can_edit, enum plan_view view)
{
	if (page_begin(p, rq, rs, title, template) != 0)
		return -1;
	tpl_show_if(p->content, "ADD_TO_PORTFOLIO", (rq->session->roles & ROLE_LEARNERS) != 0);
	int rc = fill_plan(rq, p, rq->path_ids[0], can_edit, view);
	if (rc == 0)
		return 1;
	page_abandon(p);
	if (rc < 0)
		return -1;
	respond_error(rq, rs, 404, "There is no plan with that number.");
	return 0;
}

/* Shows the plan with the given template; 404 when there is none. */
static int show_plan(struct request *rq, struct response *rs, const char *title,
                     const char *template, int can_edit, enum plan_view view)
{
	struct page p;
	int begun = begin_plan_page(rq, rs, &p, title, template, can_edit, view);
	if (begun <= 0)
		return begun;
	page_notice(&p, rq, plans_notices);
	return page_finish(&p, rs);
}

/* GET /plans/{id}: the whole plan, its checks and (for managers) the
 * links to change it. */
int plan_page(struct request *rq, struct response *rs)
{
	return show_plan(rq, rs, "Service plan", "plans/plan.tpl", can_edit_plans(rq), VIEW_PAGE);
}

/* GET /plans/{id}/print: the plan as portfolio evidence, no controls. */
int plan_print_page(struct request *rq, struct response *rs)
{
	return show_plan(rq, rs, "Service plan (print)", "plans/print.tpl", 0, VIEW_PRINT);
}

/* ---- the RACI ---- */

/* POST /plans/{id}/raci: names someone R, A, C or I for the plan (one
 * accountable person); a refused entry shows the plan again, 400. */
int plan_raci_submit(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	if (!plans_exists(id)) {
		respond_error(rq, rs, 404, "There is no plan with that number.");
		return 0;
	}
	return raci_add_submit(rq, rs, "plan", id, arena_printf(&rq->arena, "/plans/%lld", id), plan_page);
}

/* POST /plans/{id}/raci/{id}/delete: removes an entry of the plan's RACI. */
int plan_raci_delete_submit(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	return raci_delete_submit(rq, rs, "plan", id, rq->path_ids[1],
	                          arena_printf(&rq->arena, "/plans/%lld", id));
}

/* ---- the review ---- */

/* Shows the review form under the plan's objectives; values from f, or
 * the saved review, or empty. */
static int show_review_form(struct request *rq, struct response *rs, const struct form *f)
{
	struct page p;
	long long plan_id = rq->path_ids[0];
	int begun = begin_plan_page(rq, rs, &p, "Review of the plan", "plans/review.tpl", 0, VIEW_REVIEW);
	if (begun <= 0)
		return begun;
	if (f == NULL) {
		sqlite3_stmt *st = db_stmt(&plans_table, ST_REVIEW_FORM);
		if (st == NULL) {
			page_abandon(&p);
			return -1;
		}
		sqlite3_bind_int64(st, 1, plan_id);
		if (sqlite3_step(st) == SQLITE_ROW)
			f = plans_form_from_row(&rq->arena, st, plan_review_fields, PLAN_REVIEW__COUNT);
		sqlite3_reset(st);
	}
	if (plans_form_fields(&p, rq, plan_review_fields, review_ui, PLAN_REVIEW__COUNT, f, plan_id) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* GET /plans/{id}/review, and the re-render of a refused review (400). */
int plan_review_page(struct request *rq, struct response *rs)
{
	return show_review_form(rq, rs, request_form(rq));
}

/* What saving a review writes. */
struct review_ctx {
	struct request *rq;
	const struct form *f;
	long long plan_id;
};

/* Saves the review, closes the plan and audits. */
static int write_review(void *vctx)
{
	struct review_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&plans_table, ST_REVIEW_SAVE);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	plans_bind_fields(st, c->f, PLAN_REVIEW__COUNT);
	sqlite3_bind_int64(st, 4, c->plan_id);
	sqlite3_bind_int64(st, 5, c->rq->session->user_id);
	sqlite3_bind_text(st, 6, now, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK || (st = db_stmt(&plans_table, ST_CLOSE_PLAN)) == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->plan_id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "plan.reviewed", "plan", c->plan_id, "");
}

/* POST /plans/{id}/review */
int plan_review_submit(struct request *rq, struct response *rs)
{
	long long plan_id = rq->path_ids[0];
	if (!plans_exists(plan_id)) {
		respond_error(rq, rs, 404, "There is no plan with that number.");
		return 0;
	}
	struct review_ctx c = { rq, request_form(rq), plan_id };
	if (db_write(write_review, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/plans/%lld?done=reviewed#review", plan_id));
	return 0;
}

/* ---- the dashboard ---- */

/* See plans.h. */
int plans_dashboard_panel(struct page *p, struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&plans_table, ST_ACTIVE_PLANS);
	tpl_dict *panel = tpl_add_row(p->content, "PLANS_PANEL");
	char today[11];
	int rows = 0, rc;
	if (st == NULL || panel == NULL)
		return -1;
	today_london(today);
	sqlite3_bind_text(st, 1, today, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(panel, "ACTIVE_PLAN");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set(row, "END", date_words(&rq->arena, db_text(st, 2)));
		long long overdue = sqlite3_column_int64(st, 3);
		tpl_dict *o = overdue ? tpl_add_row(row, "OVERDUE") : NULL;
		if (o)
			tpl_set(o, "TEXT", arena_printf(&rq->arena, "%lld overdue milestone%s", overdue, overdue == 1 ? "" : "s"));
		tpl_show_if(row, "REVIEW_DUE", strcmp(db_text(st, 2), today) < 0);
	}
	sqlite3_reset(st);
	tpl_show_if(panel, rows ? "HAS_ACTIVE_PLANS" : "NO_ACTIVE_PLANS", 1);
	return db_rows_failed(rc) ? -1 : 0;
}
