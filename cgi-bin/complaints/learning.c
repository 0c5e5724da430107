/*
 * learning.c: learning from complaints: the root cause (the actions'
 * list) with five whys, a corrective action raised from a complaint by a
 * manager (core/action.c, source_type "complaint"), and systemic
 * problems: when N complaints (settings, default 3) share a root cause
 * within 30 days, an item needs the manager's attention until an action
 * is raised from it or a justification written (the rule of the KPI
 * area's red results, kept in complaint_systemic).
 */
#include "record.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

#define WINDOW_DAYS 30

enum learning_stmt { ST_CAUSE, ST_COUNT_CAUSE, ST_OPEN_SYSTEMIC, ST_RAISE_SYSTEMIC, ST_SYSTEMIC,
	ST_SYSTEMIC_COMPLAINTS, ST_SYSTEMIC_ACTION, ST_SYSTEMIC_JUSTIFY, ST__COUNT };
static const char *const learning_sql[ST__COUNT] = {
	[ST_CAUSE] = "UPDATE complaints SET root_cause = ?2, root_cause_day = CASE WHEN ?2 = '' THEN '' "
	             "WHEN root_cause = ?2 THEN root_cause_day ELSE ?3 END, why_1 = ?4, why_2 = ?5, why_3 = ?6, "
	             "why_4 = ?7, why_5 = ?8, updated_at = ?9 WHERE id = ?1",
	[ST_COUNT_CAUSE] = "SELECT count(*) FROM complaints WHERE root_cause = ?1 AND root_cause_day > ?2 "
	                   "AND root_cause_day <= ?3",
	[ST_OPEN_SYSTEMIC] = "SELECT 1 FROM complaint_systemic WHERE root_cause = ? AND state = 'open'",
	[ST_RAISE_SYSTEMIC] = "INSERT INTO complaint_systemic (root_cause, window_start, window_end, complaint_count, raised_at) "
	                      "VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_SYSTEMIC] = "SELECT root_cause, window_start, window_end, complaint_count, raised_at, state, "
	                "coalesce(action_id, 0), justification FROM complaint_systemic WHERE id = ?",
	[ST_SYSTEMIC_COMPLAINTS] = "SELECT id, received_day, customer_name FROM complaints WHERE root_cause = ?1 "
	                           "AND root_cause_day > ?2 AND root_cause_day <= ?3 ORDER BY id",
	[ST_SYSTEMIC_ACTION] = "UPDATE complaint_systemic SET state = 'action', action_id = ?2, resolved_by = ?3, "
	                       "resolved_at = ?4 WHERE id = ?1 AND state = 'open'",
	[ST_SYSTEMIC_JUSTIFY] = "UPDATE complaint_systemic SET state = 'justified', justification = ?2, resolved_by = ?3, "
	                        "resolved_at = ?4 WHERE id = ?1 AND state = 'open'",
};
static sqlite3_stmt *learning_cache[ST__COUNT];
static struct sql_table learning_table = { learning_sql, ST__COUNT, learning_cache, NULL };

static const char *const cause_choices[] = { "", "people", "process", "systems", "training", "resources",
	"communication", "policy", "supplier", "demand", "other", NULL };

const struct field_spec complaint_cause_fields[COMPLAINT_CAUSE__COUNT] = {
	[COMPLAINT_CAUSE_ROOT] = { "root_cause", "Root cause", FIELD_CHOICE, 0, 0, 0, cause_choices },
	[COMPLAINT_CAUSE_WHY1] = { "why_1", "Why 1", FIELD_TEXT, 0, 0, 300, NULL },
	[COMPLAINT_CAUSE_WHY2] = { "why_2", "Why 2", FIELD_TEXT, 0, 0, 300, NULL },
	[COMPLAINT_CAUSE_WHY3] = { "why_3", "Why 3", FIELD_TEXT, 0, 0, 300, NULL },
	[COMPLAINT_CAUSE_WHY4] = { "why_4", "Why 4", FIELD_TEXT, 0, 0, 300, NULL },
	[COMPLAINT_CAUSE_WHY5] = { "why_5", "Why 5", FIELD_TEXT, 0, 0, 300, NULL },
};
const struct field_spec complaint_action_fields[COMPLAINT_ACTION__COUNT] = {
	[COMPLAINT_ACTION_TITLE] = { "action_title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[COMPLAINT_ACTION_PROBLEM] = { "action_problem", "The problem", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[COMPLAINT_ACTION_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL },
	[COMPLAINT_ACTION_DUE] = { "due_date", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};
const struct field_spec complaint_justify_fields[COMPLAINT_JUSTIFY__COUNT] = {
	[COMPLAINT_JUSTIFY_TEXT] = { "justification", "Justification", FIELD_MULTILINE, FIELD_REQUIRED, 20, 2000, NULL },
};

/* See record.h. */
int complaint_systemic_check(const char *root_cause, const char *day, int n)
{
	char from[11], now[21];
	if (root_cause == NULL || root_cause[0] == '\0' || date_add_days(day, -WINDOW_DAYS, from) == NULL)
		return SQLITE_OK;
	sqlite3_stmt *st = db_stmt(&learning_table, ST_OPEN_SYSTEMIC);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, root_cause, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return SQLITE_OK;           /* one is waiting for the manager already */
	if (rc != SQLITE_DONE)
		return rc;
	if ((st = db_stmt(&learning_table, ST_COUNT_CAUSE)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, root_cause, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, day, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	long long count = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return rc;
	if (count < n)
		return SQLITE_OK;
	if ((st = db_stmt(&learning_table, ST_RAISE_SYSTEMIC)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, root_cause, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, day, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, count);
	sqlite3_bind_text(st, 5, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	return db_exec_stmt(st);
}

/* What a root-cause form writes. */
struct cause_ctx {
	struct request *rq;
	long long id;
	int systemic_n;
};

/* Stores the root cause and whys, audits, and looks for a systemic problem. */
static int write_cause(void *v)
{
	struct cause_ctx *x = v;
	const struct field_value *f = request_form(x->rq)->values;
	char now[21], today[11];
	sqlite3_stmt *st = db_stmt(&learning_table, ST_CAUSE);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	today_london(today);
	sqlite3_bind_int64(st, 1, x->id);
	sqlite3_bind_text(st, 2, f[COMPLAINT_CAUSE_ROOT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, today, -1, SQLITE_TRANSIENT);
	for (int i = 0; i < 5; i++)
		sqlite3_bind_text(st, 4 + i, f[COMPLAINT_CAUSE_WHY1 + i].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	if (rc == SQLITE_OK)
		rc = audit_record(x->rq, "complaint.root_cause", "complaint", x->id, f[COMPLAINT_CAUSE_ROOT].text);
	if (rc == SQLITE_OK)
		rc = complaint_systemic_check(f[COMPLAINT_CAUSE_ROOT].text, today, x->systemic_n);
	return rc;
}

/* POST /complaints/{id}/cause */
int complaint_cause_submit(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct complaint_settings s;
	int found = complaint_load_path(rq, rs, &c);
	if (found <= 0)
		return found;
	if (complaint_settings_load(&rq->arena, &s) != 0)
		return -1;
	struct cause_ctx x = { rq, c.id, s.systemic_n };
	if (db_write(write_cause, &x) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/complaints/%lld?done=cause", c.id));
	return 0;
}

/* The route's check of raising an action (core/action.c's rules). */
void complaint_action_check(struct request *rq)
{
	action_check_owner_and_due(rq, COMPLAINT_ACTION_OWNER, COMPLAINT_ACTION_DUE);
}

/* POST /complaints/{id}/action: a manager raises a corrective action. */
int complaint_action_submit(struct request *rq, struct response *rs)
{
	const struct field_value *f = request_form(rq)->values;
	struct complaint c;
	int found = complaint_load_path(rq, rs, &c);
	if (found <= 0)
		return found;
	struct action_new a = { "corrective", "complaint", c.id, f[COMPLAINT_ACTION_TITLE].text,
	                        f[COMPLAINT_ACTION_PROBLEM].text, f[COMPLAINT_ACTION_OWNER].number,
	                        f[COMPLAINT_ACTION_DUE].text };
	long long action_id = 0;
	if (action_raise(rq, &a, &action_id) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/actions/%lld?done=raised", action_id));
	return 0;
}

/* One systemic problem. */
struct systemic {
	long long id, action_id, count;
	const char *root_cause, *from, *to, *raised_at, *state, *justification;
};

/* Loads the path's systemic problem, answering 404; 1 to go on. */
static int load_systemic(struct request *rq, struct response *rs, struct systemic *s)
{
	sqlite3_stmt *st = db_stmt(&learning_table, ST_SYSTEMIC);
	struct arena *a = &rq->arena;
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no systemic problem with that number.");
	if (found != 1)
		return found;
	s->id = rq->path_ids[0];
	s->root_cause = arena_strdup(a, db_text(st, 0));
	s->from = arena_strdup(a, db_text(st, 1));
	s->to = arena_strdup(a, db_text(st, 2));
	s->count = sqlite3_column_int64(st, 3);
	s->raised_at = arena_strdup(a, db_text(st, 4));
	s->state = arena_strdup(a, db_text(st, 5));
	s->action_id = sqlite3_column_int64(st, 6);
	s->justification = arena_strdup(a, db_text(st, 7));
	sqlite3_reset(st);
	return 1;
}

/* Draws a systemic problem's page with its complaints and the forms. */
static int show_systemic(struct request *rq, struct response *rs)
{
	struct systemic s;
	struct page p;
	int found = load_systemic(rq, rs, &s);
	if (found <= 0)
		return found;
	const char *cause = options_label(action_root_causes, action_root_cause_labels, s.root_cause);
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "Systemic problem: %s", cause), "complaints/systemic.tpl") != 0)
		return -1;
	tpl_dict *d = p.content;
	char w1[12], w2[12], today[11], due[11];
	tpl_set_int(d, "ID", s.id);
	tpl_set(d, "CAUSE", cause);
	tpl_set_int(d, "COUNT", s.count);
	tpl_set(d, "FROM", date_in_words(s.from, w1) ? w1 : s.from);
	tpl_set(d, "TO", date_in_words(s.to, w2) ? w2 : s.to);
	tpl_set(d, "RAISED", display_time(&rq->arena, s.raised_at));
	int open = strcmp(s.state, "open") == 0;
	tpl_show_if(d, "OPEN", open);
	if (strcmp(s.state, "action") == 0) {
		tpl_dict *a = tpl_add_row(d, "ANSWERED_ACTION");
		tpl_set_int(a, "ACTION_ID", s.action_id);
	}
	if (strcmp(s.state, "justified") == 0) {
		tpl_dict *j = tpl_add_row(d, "JUSTIFIED");
		tpl_set(j, "TEXT", s.justification);
	}
	sqlite3_stmt *st = db_stmt(&learning_table, ST_SYSTEMIC_COMPLAINTS);
	int rc;
	if (st == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, s.root_cause, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, s.from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, s.to, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "COMPLAINT");
		long long id = sqlite3_column_int64(st, 0);
		tpl_set_int(row, "ID", id);
		tpl_set(row, "REFERENCE", complaint_reference(&rq->arena, id));
		tpl_set(row, "RECEIVED", date_in_words(db_text(st, 1), w1) ? w1 : "");
		tpl_set(row, "CUSTOMER", db_text(st, 2));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		goto fail;
	const struct form *f = request_form(rq);
	long long owner = 0;
	if (f) {
		page_form(&p, f);
		if (f->specs == complaint_action_fields)
			owner = f->values[COMPLAINT_ACTION_OWNER].number;
	}
	if (!(f && f->specs == complaint_action_fields)) {
		tpl_set(d, "ACTION_TITLE_VALUE", arena_printf(&rq->arena, "Fix the %s cause of repeated complaints", s.root_cause));
		tpl_set(d, "ACTION_PROBLEM_VALUE", arena_printf(&rq->arena, "%lld complaints between %s and %s share the root cause \"%s\".",
		        s.count, s.from, s.to, cause));
		tpl_set(d, "DUE_DATE_VALUE", date_add_days(today_london(today), 28, due));
	}
	if (open && action_add_owner_options(d, "OWNER_OPTION", owner) < 0)
		goto fail;
	return page_finish(&p, rs);
fail:
	page_abandon(&p);
	return -1;
}

/* GET /complaints/systemic/{id} */
int complaint_systemic_page(struct request *rq, struct response *rs)
{
	return show_systemic(rq, rs);
}

/* A refused form of the systemic page, shown again. */
int complaint_systemic_invalid(struct request *rq, struct response *rs)
{
	return show_systemic(rq, rs);
}

/* What answering a systemic problem writes. */
struct systemic_ctx {
	struct request *rq;
	long long id;
	struct action_new action;
	long long action_id;
	const char *justification;
};

/* Raises the action and marks the problem answered, in one write. */
static int write_systemic_action(void *v)
{
	struct systemic_ctx *x = v;
	char now[21];
	int rc = x->justification ? SQLITE_OK : action_insert(x->rq, &x->action, &x->action_id);
	sqlite3_stmt *st = db_stmt(&learning_table, x->justification ? ST_SYSTEMIC_JUSTIFY : ST_SYSTEMIC_ACTION);
	if (rc != SQLITE_OK || st == NULL)
		return st ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->id);
	if (x->justification)
		sqlite3_bind_text(st, 2, x->justification, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(st, 2, x->action_id);
	sqlite3_bind_int64(st, 3, x->rq->session->user_id);
	sqlite3_bind_text(st, 4, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	rc = db_exec_changed(st);
	if (rc == SQLITE_OK)
		rc = audit_record(x->rq, x->justification ? "complaint.systemic.justify" : "complaint.systemic.action",
		                  "complaint_systemic", x->id, "");
	return rc;
}

/* POST /complaints/systemic/{id}/action */
int complaint_systemic_action_submit(struct request *rq, struct response *rs)
{
	const struct field_value *f = request_form(rq)->values;
	struct systemic s;
	int found = load_systemic(rq, rs, &s);
	if (found <= 0)
		return found;
	struct systemic_ctx x = { rq, s.id, { "corrective", "complaint", 0, f[COMPLAINT_ACTION_TITLE].text,
	                          f[COMPLAINT_ACTION_PROBLEM].text, f[COMPLAINT_ACTION_OWNER].number,
	                          f[COMPLAINT_ACTION_DUE].text }, 0, NULL };
	int rc = db_write(write_systemic_action, &x);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "This systemic problem has been answered already.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/actions/%lld?done=raised", x.action_id));
	return 0;
}

/* POST /complaints/systemic/{id}/justify */
int complaint_systemic_justify_submit(struct request *rq, struct response *rs)
{
	struct systemic s;
	int found = load_systemic(rq, rs, &s);
	if (found <= 0)
		return found;
	struct systemic_ctx x = { rq, s.id, { 0 }, 0, request_form(rq)->values[COMPLAINT_JUSTIFY_TEXT].text };
	int rc = db_write(write_systemic_action, &x);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "This systemic problem has been answered already.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/complaints/systemic/%lld", s.id));
	return 0;
}
