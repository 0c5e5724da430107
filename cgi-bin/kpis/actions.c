/*
 * actions.c: the /actions pages (see actions.h).
 *
 * Anyone signed in may read actions; managers and an action's owner may
 * change it. An action is closed only after its review (the measured result
 * after the change against the baseline before it) is recorded; the schema
 * refuses a closed action without one, and this page says so first. It
 * also needs its root cause, so no problem is "fixed" without one.
 */
#include "actions.h"
#include "rules.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/auth.h"
#include "core/chart.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

#define ACTIONS_PER_PAGE 25

enum actions_stmt {
	ST_COUNT,
	ST_LIST,
	ST_ACTION,
	ST_UPDATE,
	ST_REVIEW,
	ST_CLOSE,
	ST_KPI_BASELINE,
	ST_MINE,
	ST_ALL_OVERDUE,
	ST_OVERDUE_COUNT,
	ST_ATTENTION_COUNT,
	ST__COUNT
};

/* The list's filter, shared by the count and the page of rows:
 * ?1 status ('live', 'all' or one status), ?2 source ('' any), ?3 owner
 * (0 any), ?4 overdue only, ?5 today. */
#define LIST_WHERE \
	"WHERE (?1 = 'all' OR (?1 = 'live' AND a.status IN ('open', 'in_progress')) OR a.status = ?1) " \
	"AND (?2 = '' OR a.source_type = ?2) AND (?3 = 0 OR a.owner_id = ?3) " \
	"AND (?4 = 0 OR (a.status IN ('open', 'in_progress') AND a.due_date < ?5)) "

static const char *const actions_sql[ST__COUNT] = {
	[ST_COUNT] = "SELECT count(*) FROM actions a " LIST_WHERE,
	[ST_LIST] =
		"SELECT a.id, a.title, a.kind, a.source_type, coalesce(u.display_name, ''), a.due_date, a.status "
		"FROM actions a LEFT JOIN users u ON u.id = a.owner_id " LIST_WHERE
		"ORDER BY (a.status IN ('open', 'in_progress') AND a.due_date < ?5) DESC, "
		"a.status IN ('closed', 'cancelled'), a.due_date, a.id LIMIT ?6 OFFSET ?7",
	[ST_ACTION] =
		"SELECT a.title, a.kind, a.source_type, coalesce(a.source_id, 0), a.problem, a.root_cause, "
		"a.why_1, a.why_2, a.why_3, a.why_4, a.why_5, a.steps, coalesce(a.owner_id, 0), "
		"coalesce(o.display_name, ''), a.due_date, a.status, a.baseline, a.result, a.review, "
		"coalesce(rv.display_name, ''), coalesce(a.reviewed_at, ''), coalesce(c.display_name, ''), "
		"a.created_at, coalesce(a.closed_at, '') "
		"FROM actions a LEFT JOIN users o ON o.id = a.owner_id LEFT JOIN users rv ON rv.id = a.reviewed_by "
		"LEFT JOIN users c ON c.id = a.created_by WHERE a.id = ?",
	[ST_UPDATE] =
		"UPDATE actions SET title = ?2, kind = ?3, problem = ?4, root_cause = ?5, why_1 = ?6, "
		"why_2 = ?7, why_3 = ?8, why_4 = ?9, why_5 = ?10, steps = ?11, owner_id = ?12, due_date = ?13, "
		"status = ?14, updated_at = ?15 WHERE id = ?1 AND status IN ('open', 'in_progress')",
	[ST_REVIEW] =
		"UPDATE actions SET baseline = ?2, result = ?3, review = ?4, reviewed_by = ?5, reviewed_at = ?6, "
		"updated_at = ?6 WHERE id = ?1 AND status IN ('open', 'in_progress')",
	[ST_CLOSE] =
		"UPDATE actions SET status = 'closed', closed_at = ?2, updated_at = ?2 "
		"WHERE id = ?1 AND status IN ('open', 'in_progress') AND reviewed_at IS NOT NULL AND root_cause <> ''",
	[ST_KPI_BASELINE] =
		"SELECT k.id, k.name, k.unit, k.frequency, r.period, r.value, "
		"coalesce(l.period, ''), l.value FROM kpi_results r JOIN kpis k ON k.id = r.kpi_id "
		"LEFT JOIN kpi_results l ON l.id = (SELECT x.id FROM kpi_results x WHERE x.kpi_id = k.id "
		"AND x.period > r.period ORDER BY x.period DESC LIMIT 1) WHERE r.id = ?",
	[ST_MINE] =
		"SELECT id, title, due_date, status FROM actions WHERE owner_id = ? "
		"AND status IN ('open', 'in_progress') ORDER BY due_date, id LIMIT 10",
	[ST_ALL_OVERDUE] =
		"SELECT a.id, a.title, a.due_date, a.status, coalesce(u.display_name, '') "
		"FROM actions a INDEXED BY actions_live_due "      /* in order: no sort */
		"LEFT JOIN users u ON u.id = a.owner_id WHERE a.status IN ('open', 'in_progress') "
		"AND a.due_date < ? ORDER BY a.due_date, a.id LIMIT 10",
	[ST_OVERDUE_COUNT] =
		"SELECT count(*), sum(owner_id = ?2) FROM actions WHERE status IN ('open', 'in_progress') "
		"AND due_date < ?1",
	[ST_ATTENTION_COUNT] = "SELECT count(*) FROM kpi_attention WHERE state = 'open'",
};
static sqlite3_stmt *actions_cache[ST__COUNT];
static struct sql_table actions_table = { actions_sql, ST__COUNT, actions_cache, NULL };

static const char *const list_statuses[] = { "live", "open", "in_progress", "closed", "cancelled", "all", NULL };
static const char *const list_status_labels[] = { "Open or in progress", "Open", "In progress", "Closed",
                                                  "Cancelled", "Any status", NULL };
static const char *const new_sources[] = { "meeting", "other", NULL };
static const char *const edit_statuses[] = { "open", "in_progress", "cancelled", NULL };

const struct field_spec action_list_fields[ALIST__COUNT] = {
	[ALIST_STATUS] = { "status", "Status", FIELD_CHOICE, 0, 0, 0, list_statuses },
	[ALIST_SOURCE] = { "source", "Source", FIELD_CHOICE, 0, 0, 0, action_sources },
	[ALIST_OWNER] = { "owner", "Owner", FIELD_INT, 0, 0, 1000000000000LL, NULL },
	[ALIST_OVERDUE] = { "overdue", "Overdue only", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ALIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
};

const struct field_spec action_new_fields[ANEW__COUNT] = {
	[ANEW_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[ANEW_KIND] = { "kind", "Kind", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, action_kinds },
	[ANEW_SOURCE] = { "source", "Where it came from", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, new_sources },
	[ANEW_PROBLEM] = { "problem", "The problem", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[ANEW_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL },
	[ANEW_DUE] = { "due_date", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

const struct field_spec action_edit_fields[AEDIT__COUNT] = {
	[AEDIT_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[AEDIT_KIND] = { "kind", "Kind", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, action_kinds },
	[AEDIT_PROBLEM] = { "problem", "The problem", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[AEDIT_ROOT_CAUSE] = { "root_cause", "Root cause", FIELD_CHOICE, 0, 0, 0, action_root_causes },
	[AEDIT_WHY_1] = { "why_1", "First why", FIELD_TEXT, 0, 0, 500, NULL },
	[AEDIT_WHY_2] = { "why_2", "Second why", FIELD_TEXT, 0, 0, 500, NULL },
	[AEDIT_WHY_3] = { "why_3", "Third why", FIELD_TEXT, 0, 0, 500, NULL },
	[AEDIT_WHY_4] = { "why_4", "Fourth why", FIELD_TEXT, 0, 0, 500, NULL },
	[AEDIT_WHY_5] = { "why_5", "Fifth why", FIELD_TEXT, 0, 0, 500, NULL },
	[AEDIT_STEPS] = { "steps", "Steps", FIELD_MULTILINE, 0, 0, 4000, NULL },
	[AEDIT_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL },
	[AEDIT_DUE] = { "due_date", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[AEDIT_STATUS] = { "status", "Status", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, edit_statuses },
};

const struct field_spec action_review_fields[AREVIEW__COUNT] = {
	[AREVIEW_BASELINE] = { "baseline", "Baseline before the change", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[AREVIEW_RESULT] = { "result", "Result after the change", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[AREVIEW_REVIEW] = { "review", "Review", FIELD_MULTILINE, FIELD_REQUIRED, 10, 4000, NULL },
};

static const char *const actions_notices[] = {
	"raised", "The action has been raised. Record its root cause and steps next.",
	"created", "The action has been created. Record its root cause and steps next.",
	"saved", "The changes have been saved.",
	"reviewed", "The review has been recorded. The action can now be closed.",
	"closed", "The action has been closed.",
	NULL, NULL
};

/* Where an action's source can be seen, by source type (NULL: no page
 * yet); the areas that raise actions fill in theirs. */
static const char *source_href(struct request *rq, const char *type, long long id)
{
	if (id > 0 && strcmp(type, "kpi_result") == 0)
		return arena_printf(&rq->arena, "/kpis/results/%lld", id);
	if (id > 0 && strcmp(type, "checklist_item") == 0)
		return arena_printf(&rq->arena, "/checklists/answers/%lld", id);
	return NULL;
}

/* One action as its pages show it. */
struct action_view {
	long long id, source_id, owner_id;
	const char *title, *kind, *source_type, *problem, *root_cause, *why[5], *steps, *owner_name;
	const char *due_date, *status, *baseline, *result, *review, *reviewed_by, *reviewed_at;
	const char *created_by, *created_at, *closed_at;
};

/* Loads action id; 1 found, 0 not found, -1 on error. */
static int load_action(struct request *rq, long long id, struct action_view *v)
{
	sqlite3_stmt *st = db_stmt(&actions_table, ST_ACTION);
	struct arena *a = &rq->arena;
	int found = db_row_by_id(st, id);
	if (found != 1)
		return found;
	v->id = id;
	v->title = arena_strdup(a, db_text(st, 0));
	v->kind = arena_strdup(a, db_text(st, 1));
	v->source_type = arena_strdup(a, db_text(st, 2));
	v->source_id = sqlite3_column_int64(st, 3);
	v->problem = arena_strdup(a, db_text(st, 4));
	v->root_cause = arena_strdup(a, db_text(st, 5));
	for (int i = 0; i < 5; i++)
		v->why[i] = arena_strdup(a, db_text(st, 6 + i));
	v->steps = arena_strdup(a, db_text(st, 11));
	v->owner_id = sqlite3_column_int64(st, 12);
	v->owner_name = arena_strdup(a, db_text(st, 13));
	v->due_date = arena_strdup(a, db_text(st, 14));
	v->status = arena_strdup(a, db_text(st, 15));
	v->baseline = arena_strdup(a, db_text(st, 16));
	v->result = arena_strdup(a, db_text(st, 17));
	v->review = arena_strdup(a, db_text(st, 18));
	v->reviewed_by = arena_strdup(a, db_text(st, 19));
	v->reviewed_at = display_time(a, db_text(st, 20));
	v->created_by = arena_strdup(a, db_text(st, 21));
	v->created_at = display_time(a, db_text(st, 22));
	v->closed_at = display_time(a, db_text(st, 23));
	sqlite3_reset(st);
	return v->closed_at ? 1 : -1;
}

/* Loads the action of the path, answering 404 itself when there is none;
 * returns 1 to go on, 0 when answered, -1 on error. */
static int load_path_action(struct request *rq, struct response *rs, struct action_view *v)
{
	int found = load_action(rq, rq->path_ids[0], v);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no action with that number.");
	return found;
}

/* 1 when the action is still open or in progress. */
static int is_live(const struct action_view *v)
{
	return strcmp(v->status, "open") == 0 || strcmp(v->status, "in_progress") == 0;
}

/* 1 when the signed-in user may change the action: a manager or its owner. */
static int may_change(const struct request *rq, const struct action_view *v)
{
	return (rq->session->roles & ROLE_MANAGER) || (v->owner_id && v->owner_id == rq->session->user_id);
}

/* Answers 403 unless the user may change the action, 409 when it is
 * closed or cancelled; returns 1 when the change may go ahead. */
static int change_allowed(struct request *rq, struct response *rs, const struct action_view *v)
{
	if (!may_change(rq, v)) {
		respond_error(rq, rs, 403, "Only a manager or the action's owner can change it.");
		return 0;
	}
	if (!is_live(v)) {
		respond_error(rq, rs, 409, "This action is closed or cancelled, so it can no longer be changed.");
		return 0;
	}
	return 1;
}

/* Loads the action of the path for a change: answers 404 when there is
 * none, 403 or 409 (change_allowed) when it may not be changed. Returns 1
 * to go on, 0 when answered, -1 on error. */
static int load_changeable_action(struct request *rq, struct response *rs, struct action_view *v)
{
	int found = load_path_action(rq, rs, v);
	if (found <= 0)
		return found;
	return change_allowed(rq, rs, v);
}

/* Adds OWNER_OPTION rows and the status, source and owner choices of the
 * list's filter form; returns 0, or -1 when the owners could not be read. */
static int add_filter_choices(struct page *p, const char *status, const char *source, long long owner)
{
	options_from_list(p->content, "STATUS_OPTION", list_statuses, list_status_labels, status);
	options_from_list(p->content, "SOURCE_OPTION", action_sources, action_source_labels, source);
	return action_add_owner_options(p->content, "OWNER_OPTION", owner) < 0 ? -1 : 0;
}

/* Binds the list filter (?1 to ?5). */
static void bind_filter(sqlite3_stmt *st, const char *status, const char *source, long long owner,
                        int overdue, const char *today)
{
	sqlite3_bind_text(st, 1, status, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, source, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, owner);
	sqlite3_bind_int(st, 4, overdue);
	sqlite3_bind_text(st, 5, today, -1, SQLITE_STATIC);
}

/* GET /actions: filtered by status, source, owner and overdue; paged;
 * overdue actions first and highlighted. */
int actions_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const char *status = f->values[ALIST_STATUS].present ? f->values[ALIST_STATUS].text : "live";
	const char *source = f->values[ALIST_SOURCE].text;
	long long owner = f->values[ALIST_OWNER].number;
	int overdue = (int)f->values[ALIST_OVERDUE].number;
	long long page = f->values[ALIST_PAGE].present ? f->values[ALIST_PAGE].number : 1, total = 0;
	char today[11];
	struct page p;
	today_london(today);
	sqlite3_stmt *st = db_stmt(&actions_table, ST_COUNT);
	if (st == NULL)
		return -1;
	bind_filter(st, status, source, owner, overdue, today);
	if (db_count(st, &total) != 0)
		return -1;
	if ((st = db_stmt(&actions_table, ST_LIST)) == NULL || page_begin(&p, rq, rs, "Actions", "kpis/action_list.tpl") != 0)
		return -1;
	bind_filter(st, status, source, owner, overdue, today);
	sqlite3_bind_int(st, 6, ACTIONS_PER_PAGE);
	sqlite3_bind_int64(st, 7, (page - 1) * ACTIONS_PER_PAGE);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "ACTION");
		const char *due = db_text(st, 5), *state = db_text(st, 6);
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set(row, "KIND", strcmp(db_text(st, 2), "improvement") == 0 ? "Improvement" : "Corrective");
		tpl_set(row, "SOURCE", options_label(action_sources, action_source_labels, db_text(st, 3)));
		tpl_set(row, "OWNER", db_text(st, 4)[0] ? db_text(st, 4) : "Nobody yet");
		tpl_set(row, "DUE", due);
		tpl_set(row, "STATUS", options_label(action_statuses, action_status_labels, state));
		tpl_show_if(row, "OVERDUE", action_is_overdue(state, due, today));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || add_filter_choices(&p, status, source, owner) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_ACTIONS" : "NO_ACTIONS", 1);
	tpl_set_int(p.content, "TOTAL", total);
	tpl_set_int(p.content, "MY_ID", rq->session->user_id);
	tpl_show_if(p.content, "OVERDUE_CHECKED", overdue);
	tpl_show_if(p.content, "CAN_CREATE", (rq->session->roles & ROLE_MANAGER) != 0);
	page_pager(&p, rq, arena_printf(&rq->arena, "/actions?status=%s&source=%s&owner=%lld%s&", status,
	                                url_encode(&rq->arena, source), owner, overdue ? "&overdue=1" : ""),
	           page, ACTIONS_PER_PAGE, total);
	return page_finish(&p, rs);
}

/* Shows the form for a new action (meeting or other source). */
int action_new_page(struct request *rq, struct response *rs)
{
	struct page p;
	char today[11], due[11];
	if (page_begin(&p, rq, rs, "New action", "kpis/action_new.tpl") != 0)
		return -1;
	const struct form *f = request_form(rq);
	long long owner = rq->session->user_id;
	const char *kind = "corrective", *source = "meeting";
	if (f && f->specs == action_new_fields) {
		page_form(&p, f);
		owner = f->values[ANEW_OWNER].number;
		kind = f->values[ANEW_KIND].text;
		source = f->values[ANEW_SOURCE].text;
	} else {
		date_add_days(today_london(today), 28, due);
		tpl_set(p.content, "DUE_DATE_VALUE", due);
	}
	tpl_show_if(p.content, strcmp(kind, "improvement") == 0 ? "KIND_IMPROVEMENT" : "KIND_CORRECTIVE", 1);
	tpl_show_if(p.content, strcmp(source, "other") == 0 ? "SOURCE_OTHER" : "SOURCE_MEETING", 1);
	if (action_add_owner_options(p.content, "OWNER_OPTION", owner) < 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* See actions.h: the checks of the new-action form beyond its validators. */
void action_new_check(struct request *rq)
{
	action_check_owner_and_due(rq, ANEW_OWNER, ANEW_DUE);
}

/* Re-render of a refused new action, every problem named. */
int action_create_invalid(struct request *rq, struct response *rs)
{
	return action_new_page(rq, rs);
}

/* POST /actions: a manager raises an action from a meeting or elsewhere. */
int action_create_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct action_new a = { f->values[ANEW_KIND].text, f->values[ANEW_SOURCE].text, 0,
	                        f->values[ANEW_TITLE].text, f->values[ANEW_PROBLEM].text,
	                        f->values[ANEW_OWNER].number, f->values[ANEW_DUE].text };
	long long id = 0;
	if (action_raise(rq, &a, &id) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/actions/%lld?done=created", id));
	return 0;
}

/* Words for the record an action came from: for a KPI result, the KPI,
 * the period and the value ("CSAT, Oct 2026: 80%"); else "". */
static const char *source_words(struct request *rq, const struct action_view *v)
{
	sqlite3_stmt *st;
	char label[40], num[40];
	const char *words = "";
	if (strcmp(v->source_type, "kpi_result") != 0 || (st = db_stmt(&actions_table, ST_KPI_BASELINE)) == NULL)
		return words;
	sqlite3_bind_int64(st, 1, v->source_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *unit = db_text(st, 2);
		words = arena_printf(&rq->arena, ": %s, %s: %s%s%s", db_text(st, 1),
		                     kpi_period_label(kpi_frequency_from(db_text(st, 3)), db_text(st, 4), label, sizeof label),
		                     chart_number(sqlite3_column_double(st, 5), num),
		                     unit[0] && unit[0] != '%' ? " " : "", unit);
	}
	sqlite3_reset(st);
	return words;
}

/* Sets the fields every action page shows about the action. */
static void set_action_summary(struct request *rq, struct page *p, const struct action_view *v)
{
	char today[11];
	tpl_set_int(p->content, "ID", v->id);
	tpl_set(p->content, "TITLE_TEXT", v->title);
	tpl_set(p->content, "KIND", strcmp(v->kind, "improvement") == 0 ? "Improvement" : "Corrective");
	tpl_set(p->content, "SOURCE", options_label(action_sources, action_source_labels, v->source_type));
	const char *href = source_href(rq, v->source_type, v->source_id);
	if (href) {
		tpl_dict *link = tpl_add_row(p->content, "SOURCE_LINK");
		tpl_set(link, "HREF", href);
		tpl_set(link, "WHAT", source_words(rq, v));
	} else {
		tpl_show(p->content, "SOURCE_PLAIN");
		if (v->source_id > 0)
			tpl_set_int(tpl_add_row(p->content, "SOURCE_NUMBER"), "SOURCE_ID", v->source_id);
	}
	tpl_set(p->content, "STATUS", options_label(action_statuses, action_status_labels, v->status));
	tpl_set(p->content, "OWNER", v->owner_name[0] ? v->owner_name : "Nobody yet");
	tpl_set(p->content, "DUE", v->due_date);
	tpl_show_if(p->content, "OVERDUE", action_is_overdue(v->status, v->due_date, today_london(today)));
}

/* Shows an action's page; status and message set a refusal notice. */
static int show_action(struct request *rq, struct response *rs, const char *refusal)
{
	struct action_view v;
	struct page p;
	int found = load_path_action(rq, rs, &v);
	if (found <= 0)
		return found;
	if (page_begin(&p, rq, rs, v.title, "kpis/action_detail.tpl") != 0)
		return -1;
	set_action_summary(rq, &p, &v);
	tpl_show_if(p.content, "ADD_TO_PORTFOLIO", (rq->session->roles & ROLE_LEARNERS) != 0);
	tpl_set(p.content, "PROBLEM", v.problem[0] ? v.problem : "Not written yet.");
	tpl_set(p.content, "ROOT_CAUSE", v.root_cause[0] ?
	        options_label(action_root_causes, action_root_cause_labels, v.root_cause) : "Not chosen yet");
	int whys = 0;
	for (int i = 0; i < 5; i++)
		if (v.why[i][0]) {
			tpl_set(tpl_add_row(p.content, "WHY"), "TEXT", v.why[i]);
			whys++;
		}
	tpl_show_if(p.content, whys ? "HAS_WHYS" : "NO_WHYS", 1);
	tpl_set(p.content, "STEPS", v.steps[0] ? v.steps : "Not written yet.");
	tpl_set(p.content, "CREATED", arena_printf(&rq->arena, "%s by %s", v.created_at,
	        v.created_by[0] ? v.created_by : "someone no longer listed"));
	if (v.reviewed_at[0]) {
		tpl_dict *r = tpl_add_row(p.content, "REVIEWED");
		tpl_set(r, "BASELINE", v.baseline);
		tpl_set(r, "RESULT", v.result);
		tpl_set(r, "REVIEW", v.review);
		tpl_set(r, "BY", v.reviewed_by);
		tpl_set(r, "AT", v.reviewed_at);
	} else {
		tpl_show(p.content, "NOT_REVIEWED");
	}
	if (v.closed_at[0])
		tpl_set(tpl_add_row(p.content, "CLOSED"), "CLOSED_AT", v.closed_at);
	if (may_change(rq, &v) && is_live(&v))
		tpl_show(p.content, "CAN_CHANGE");
	if (refusal)
		tpl_set(tpl_add_row(p.content, "REFUSAL"), "MESSAGE", refusal);
	page_notice(&p, rq, actions_notices);
	return page_finish(&p, rs);
}

/* GET /actions/{id} */
int action_page(struct request *rq, struct response *rs)
{
	return show_action(rq, rs, NULL);
}

/* Adds the choices of the edit form; returns 0, or -1 when the owners
 * could not be read. */
static int add_edit_choices(struct page *p, const char *kind, const char *root_cause, const char *status,
                             long long owner)
{
	tpl_show_if(p->content, strcmp(kind, "improvement") == 0 ? "KIND_IMPROVEMENT" : "KIND_CORRECTIVE", 1);
	options_from_list(p->content, "CAUSE_OPTION", action_root_causes, action_root_cause_labels, root_cause);
	for (int i = 0; edit_statuses[i]; i++) {
		tpl_dict *row = tpl_add_row(p->content, "STATUS_OPTION");
		tpl_set(row, "VALUE", edit_statuses[i]);
		tpl_set(row, "LABEL", options_label(action_statuses, action_status_labels, edit_statuses[i]));
		tpl_show_if(row, "SELECTED", strcmp(edit_statuses[i], status) == 0);
	}
	return action_add_owner_options(p->content, "OWNER_OPTION", owner) < 0 ? -1 : 0;
}

/* The checks of the edit form beyond its validator table: an owner who
 * can own actions; a changed due date not in the past. */
static void check_edit(struct request *rq, const struct action_view *v)
{
	char today[11];
	const struct form *f = request_form(rq);
	const char *due = f->values[AEDIT_DUE].text;
	if (!f->values[AEDIT_OWNER].error && !action_owner_valid(f->values[AEDIT_OWNER].number))
		request_form_error(rq, AEDIT_OWNER, "Owner must be one of the people listed.");
	if (!f->values[AEDIT_DUE].error && strcmp(due, v->due_date) != 0 && strcmp(due, today_london(today)) < 0)
		request_form_error(rq, AEDIT_DUE, "A new due date must be today or later.");
}

/* Starts a page that changes the action in the path: loads it (404 when
 * there is none), checks the user may change it (403), begins the page with
 * the action's summary and keeps a refused form's status 400. Returns 1
 * with v loaded and p begun, 0 when a response was already made, or -1. */
static int begin_change_page(struct request *rq, struct response *rs, struct action_view *v,
                             struct page *p, const char *title, const char *template)
{
	int refused = rs->status == 400;
	int found = load_changeable_action(rq, rs, v);
	if (found <= 0)
		return found;
	if (page_begin(p, rq, rs, title, template) != 0)
		return -1;
	if (refused)
		rs->status = 400;
	set_action_summary(rq, p, v);
	return 1;
}

/* GET /actions/{id}/edit, and the re-render of a refused edit. */
int action_edit_page(struct request *rq, struct response *rs)
{
	struct action_view v;
	struct page p;
	int begun = begin_change_page(rq, rs, &v, &p, "Edit action", "kpis/action_edit.tpl");
	if (begun <= 0)
		return begun;
	const struct form *f = request_form(rq);
	int chosen;
	if (f && f->specs == action_edit_fields) {
		check_edit(rq, &v);   /* a refused edit: name every problem */
		page_form(&p, f);
		chosen = add_edit_choices(&p, f->values[AEDIT_KIND].text, f->values[AEDIT_ROOT_CAUSE].text,
		                          f->values[AEDIT_STATUS].text, f->values[AEDIT_OWNER].number);
	} else {
		static const char *const why_keys[] = { "WHY_1_VALUE", "WHY_2_VALUE", "WHY_3_VALUE",
		                                        "WHY_4_VALUE", "WHY_5_VALUE" };
		tpl_set(p.content, "TITLE_VALUE", v.title);
		tpl_set(p.content, "PROBLEM_VALUE", v.problem);
		for (int i = 0; i < 5; i++)
			tpl_set(p.content, why_keys[i], v.why[i]);
		tpl_set(p.content, "STEPS_VALUE", v.steps);
		tpl_set(p.content, "DUE_DATE_VALUE", v.due_date);
		chosen = add_edit_choices(&p, v.kind, v.root_cause, v.status, v.owner_id);
	}
	if (chosen != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* What saving an edit writes. */
struct update_ctx {
	struct request *rq;
	const struct form *f;
	long long id;
};

/* Updates the action and audits; SQLITE_NOTFOUND when it was closed or
 * cancelled meanwhile. */
static int write_update(void *vctx)
{
	struct update_ctx *c = vctx;
	const struct field_value *v = c->f->values;
	char now[21];
	sqlite3_stmt *st = db_stmt(&actions_table, ST_UPDATE);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, v[AEDIT_TITLE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, v[AEDIT_KIND].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, v[AEDIT_PROBLEM].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, v[AEDIT_ROOT_CAUSE].text, -1, SQLITE_STATIC);
	for (int i = 0; i < 5; i++)
		sqlite3_bind_text(st, 6 + i, v[AEDIT_WHY_1 + i].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, v[AEDIT_STEPS].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 12, v[AEDIT_OWNER].number);
	sqlite3_bind_text(st, 13, v[AEDIT_DUE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 14, v[AEDIT_STATUS].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 15, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "action.update", "action", c->id,
	                    arena_printf(&c->rq->arena, "status=%s", v[AEDIT_STATUS].text));
}

/* POST /actions/{id}: saves the root cause, whys, steps, owner, due date
 * and status (closing goes through the review and close instead). */
int action_update_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct action_view v;
	int found = load_changeable_action(rq, rs, &v);
	if (found <= 0)
		return found;
	check_edit(rq, &v);
	if (request_form_refused(rq))
		return form_again(rq, rs, action_edit_page);
	struct update_ctx c = { rq, f, v.id };
	int rc = db_write(write_update, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "This action was closed or cancelled meanwhile, so the changes were not saved.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/actions/%lld?done=saved", v.id));
	return 0;
}

/* For an action raised from a KPI result, suggests the baseline (the
 * result) and the result (the KPI's latest result since), as text. */
static void suggest_review(struct request *rq, struct page *p, const struct action_view *v)
{
	sqlite3_stmt *st;
	char label[40], num[40];
	if (strcmp(v->source_type, "kpi_result") != 0 || v->source_id <= 0 ||
	    (st = db_stmt(&actions_table, ST_KPI_BASELINE)) == NULL)
		return;
	sqlite3_bind_int64(st, 1, v->source_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		enum kpi_frequency f = kpi_frequency_from(db_text(st, 3));
		const char *unit = db_text(st, 2);
		const char *space = unit[0] && unit[0] != '%' ? " " : "";
		tpl_set(p->content, "BASELINE_VALUE", arena_printf(&rq->arena, "%s: %s%s%s in %s", db_text(st, 1),
		        chart_number(sqlite3_column_double(st, 5), num), space, unit,
		        kpi_period_label(f, db_text(st, 4), label, sizeof label)));
		if (db_text(st, 6)[0])
			tpl_set(p->content, "RESULT_VALUE", arena_printf(&rq->arena, "%s: %s%s%s in %s", db_text(st, 1),
			        chart_number(sqlite3_column_double(st, 7), num), space, unit,
			        kpi_period_label(f, db_text(st, 6), label, sizeof label)));
		tpl_set_int(tpl_add_row(p->content, "FROM_KPI"), "KPI_ID", sqlite3_column_int64(st, 0));
	}
	sqlite3_reset(st);
}

/* GET /actions/{id}/review, and the re-render of a refused review. */
int action_review_page(struct request *rq, struct response *rs)
{
	struct action_view v;
	struct page p;
	int begun = begin_change_page(rq, rs, &v, &p, "Review the action", "kpis/action_review.tpl");
	if (begun <= 0)
		return begun;
	const struct form *f = request_form(rq);
	if (f && f->specs == action_review_fields) {
		page_form(&p, f);
	} else if (v.reviewed_at[0]) {
		tpl_set(p.content, "BASELINE_VALUE", v.baseline);
		tpl_set(p.content, "RESULT_VALUE", v.result);
		tpl_set(p.content, "REVIEW_VALUE", v.review);
	} else {
		suggest_review(rq, &p, &v);
	}
	return page_finish(&p, rs);
}

/* What recording a review writes. */
struct review_ctx {
	struct request *rq;
	const struct form *f;
	long long id;
};

/* Stores the review and audits; SQLITE_NOTFOUND when no longer live. */
static int write_review(void *vctx)
{
	struct review_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&actions_table, ST_REVIEW);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, c->f->values[AREVIEW_BASELINE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, c->f->values[AREVIEW_RESULT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, c->f->values[AREVIEW_REVIEW].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, c->rq->session->user_id);
	sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "action.review", "action", c->id, "");
}

/* POST /actions/{id}/review: records the measured result against the
 * baseline and what was learned. */
int action_review_submit(struct request *rq, struct response *rs)
{
	struct action_view v;
	int found = load_changeable_action(rq, rs, &v);
	if (found <= 0)
		return found;
	struct review_ctx c = { rq, request_form(rq), v.id };
	int rc = db_write(write_review, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "This action was closed or cancelled meanwhile, so the review was not saved.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/actions/%lld?done=reviewed", v.id));
	return 0;
}

/* Closes the reviewed action and audits; SQLITE_NOTFOUND when it has no
 * review or root cause, or is no longer live. */
static int write_close(void *vctx)
{
	struct review_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&actions_table, ST_CLOSE);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "action.close", "action", c->id, "");
}

/* POST /actions/{id}/close: refused with the reason, on the action's own
 * page (409), while there is no review or no root cause. */
int action_close_submit(struct request *rq, struct response *rs)
{
	struct action_view v;
	int found = load_changeable_action(rq, rs, &v);
	if (found <= 0)
		return found;
	if (v.reviewed_at[0] == '\0') {
		rs->status = 409;
		return show_action(rq, rs, "This action cannot be closed yet: record its review first (the "
		                   "baseline before the change, the measured result after it, and what it shows).");
	}
	if (v.root_cause[0] == '\0') {         /* a fix without a cause is a guess */
		rs->status = 409;
		return show_action(rq, rs, "This action cannot be closed yet: record its root cause first "
		                   "(choose a category under Edit, and ask the five whys).");
	}
	struct review_ctx c = { rq, NULL, v.id };
	int rc = db_write(write_close, &c);
	if (rc == SQLITE_NOTFOUND) {
		rs->status = 409;
		return show_action(rq, rs, "This action could not be closed: it has no review, or it was closed meanwhile.");
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/actions/%lld?done=closed", v.id));
	return 0;
}

/* Adds a row per action from a statement of (id, title, due, status
 * [, owner]); returns the number of rows, or -1 when they could not be
 * read. */
static int add_panel_rows(tpl_dict *panel, const char *section, sqlite3_stmt *st, const char *today)
{
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(panel, section);
		const char *due = db_text(st, 2), *status = db_text(st, 3);
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set(row, "DUE", due);
		if (sqlite3_column_count(st) > 4)
			tpl_set(row, "OWNER", db_text(st, 4)[0] ? db_text(st, 4) : "Nobody yet");
		tpl_show_if(row, "OVERDUE", action_is_overdue(status, due, today));
		rows++;
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : rows;
}

/* The home page's panel: see actions.h. */
int actions_home_panel(struct page *p, struct request *rq)
{
	char today[11];
	sqlite3_stmt *st;
	tpl_dict *panel = tpl_add_include(p->content, "ACTIONS_PANEL", "kpis/action_home_panel.tpl");
	if (panel == NULL)
		return -1;
	today_london(today);
	tpl_set_int(panel, "MY_ID", rq->session->user_id);
	if ((st = db_stmt(&actions_table, ST_MINE)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	int my_rows = add_panel_rows(panel, "MINE", st, today);
	if (my_rows < 0)
		return -1;
	tpl_show_if(panel, my_rows ? "HAS_MINE" : "NO_MINE", 1);
	if ((st = db_stmt(&actions_table, ST_OVERDUE_COUNT)) != NULL) {
		sqlite3_bind_text(st, 1, today, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, rq->session->user_id);
		if (sqlite3_step(st) == SQLITE_ROW) {
			long long all = sqlite3_column_int64(st, 0), mine = sqlite3_column_int64(st, 1);
			if (mine > 0)
				tpl_set_int(tpl_add_row(panel, "MY_OVERDUE"), "COUNT", mine);
			if ((rq->session->roles & ROLE_MANAGER) && all > 0)
				tpl_set_int(tpl_add_row(panel, "ALL_OVERDUE_COUNT"), "COUNT", all);
		}
		sqlite3_reset(st);
	}
	if (!(rq->session->roles & ROLE_MANAGER))
		return 0;
	tpl_show(panel, "IS_MANAGER");
	if ((st = db_stmt(&actions_table, ST_ALL_OVERDUE)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, today, -1, SQLITE_STATIC);
	int rows = add_panel_rows(panel, "OVERDUE_ACTION", st, today);
	if (rows < 0)
		return -1;
	tpl_show_if(panel, rows ? "HAS_OVERDUE" : "NO_OVERDUE", 1);
	if ((st = db_stmt(&actions_table, ST_ATTENTION_COUNT)) != NULL) {
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) > 0)
			tpl_set_int(tpl_add_row(panel, "KPI_ATTENTION"), "COUNT", sqlite3_column_int64(st, 0));
		sqlite3_reset(st);
	}
	return 0;
}
