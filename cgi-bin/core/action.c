/*
 * action.c: raising and listing shared actions (see action.h).
 */
#include "action.h"
#include "audit.h"
#include "auth.h"
#include "caltime.h"
#include "db.h"
#include "form.h"
#include "options.h"
#include "route.h"
#include "util.h"

#include <string.h>

const char *const action_sources[] = {
	"kpi_result", "feedback", "complaint", "checklist_item", "meeting", "other", NULL
};
const char *const action_source_labels[] = {
	"KPI result", "Feedback response", "Complaint", "Checklist item", "Meeting", "Other", NULL
};
const char *const action_statuses[] = {
	"open", "in_progress", "closed", "cancelled", NULL
};
const char *const action_status_labels[] = {
	"Open", "In progress", "Closed", "Cancelled", NULL
};
const char *const action_root_causes[] = {
	"people", "process", "systems", "training", "resources",
	"communication", "policy", "supplier", "demand", "other", NULL
};
const char *const action_root_cause_labels[] = {
	"People", "Process", "Systems and tools", "Training", "Resources and staffing",
	"Communication", "Policy", "Supplier or partner", "Customer demand", "Other", NULL
};
const char *const action_kinds[] = { "corrective", "improvement", NULL };

#define ACTION_OWNER_ROLES (ROLE_MANAGER | ROLE_STAFF)   /* who can own an action */

enum action_stmt { ST_ACTION_INSERT, ST_ACTION_FOR_SOURCE, ST_ACTION_OWNERS, ST_ACTION_OWNER_VALID,
                   ST__COUNT };
static const char *const action_sql[ST__COUNT] = {
	[ST_ACTION_INSERT] =
		"INSERT INTO actions (kind, source_type, source_id, title, problem, owner_id, "
		"due_date, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[ST_ACTION_FOR_SOURCE] =
		"SELECT a.id, a.title, a.status, a.due_date, COALESCE(u.display_name, '') "
		"FROM actions a LEFT JOIN users u ON u.id = a.owner_id "
		"WHERE a.source_type = ? AND a.source_id = ? ORDER BY a.id",
	[ST_ACTION_OWNERS] =
		"SELECT id, display_name FROM users WHERE disabled = 0 AND (roles & ?1) <> 0 "
		"ORDER BY display_name COLLATE NOCASE",
	[ST_ACTION_OWNER_VALID] =
		"SELECT 1 FROM users WHERE id = ?1 AND disabled = 0 AND (roles & ?2) <> 0",
};
static sqlite3_stmt *action_cache[ST__COUNT];
static struct sql_table action_table = { action_sql, ST__COUNT, action_cache, NULL };

/* Inserts the action and its audit row; SQLITE_OK or the error. */
int action_insert(const struct request *rq, const struct action_new *a, long long *id)
{
	char when[21];
	sqlite3_stmt *st = db_stmt(&action_table, ST_ACTION_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), when);
	sqlite3_bind_text(st, 1, a->kind ? a->kind : "corrective", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, a->source_type, -1, SQLITE_STATIC);
	if (a->source_id > 0)
		sqlite3_bind_int64(st, 3, a->source_id);
	sqlite3_bind_text(st, 4, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, a->problem ? a->problem : "", -1, SQLITE_STATIC);
	if (a->owner_id > 0)
		sqlite3_bind_int64(st, 6, a->owner_id);
	sqlite3_bind_text(st, 7, a->due_date, -1, SQLITE_STATIC);
	if (rq && rq->session)
		sqlite3_bind_int64(st, 8, rq->session->user_id);
	sqlite3_bind_text(st, 9, when, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 10, when, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	*id = sqlite3_last_insert_rowid(db_get());
	return audit_record(rq, "action.create", "action", *id, a->source_type);
}

/* What action_raise() hands to its transaction. */
struct raise_ctx {
	const struct request *rq;
	const struct action_new *a;
	long long *id;
};

/* Inserts the action (action_insert audits it). Returns SQLITE_OK or the error. */
static int write_raise(void *vctx)
{
	struct raise_ctx *c = vctx;
	return action_insert(c->rq, c->a, c->id);
}

/* See action.h: action_insert() in a transaction of its own. */
int action_raise(const struct request *rq, const struct action_new *a, long long *id)
{
	struct raise_ctx c = { rq, a, id };
	return db_write(write_raise, &c);
}

/* Returns 1 when the action is still open or in progress and due before today. */
int action_is_overdue(const char *status, const char *due_date, const char *today)
{
	if (strcmp(status, "open") != 0 && strcmp(status, "in_progress") != 0)
		return 0;
	return strcmp(due_date, today) < 0;
}

/* Adds a row per action raised from the source; the row count or -1. */
int action_add_rows(tpl_dict *d, const char *section, const char *source_type,
                    long long source_id)
{
	char today[11];
	sqlite3_stmt *st = db_stmt(&action_table, ST_ACTION_FOR_SOURCE);
	if (st == NULL)
		return -1;
	today_london(today);
	sqlite3_bind_text(st, 1, source_type, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, source_id);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, section);
		const char *status = db_text(st, 2), *due = db_text(st, 3);
		tpl_set_int(row, "ACTION_ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "ACTION_TITLE", db_text(st, 1));
		tpl_set(row, "ACTION_STATUS", options_label(action_statuses, action_status_labels, status));
		tpl_set(row, "ACTION_DUE", due);
		tpl_set(row, "ACTION_OWNER", db_text(st, 4));
		if (action_is_overdue(status, due, today))
			tpl_show(row, "ACTION_OVERDUE");
		rows++;
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : rows;
}

/* Adds the people who can own an action, marking the chosen one. */
int action_add_owner_options(tpl_dict *d, const char *section, long long chosen)
{
	sqlite3_stmt *st = auth_bind_roles(db_stmt(&action_table, ST_ACTION_OWNERS), 1, ACTION_OWNER_ROLES);
	return options_from_stmt(d, section, st, chosen);
}

/* 1 when the user exists, is enabled and is staff or a manager. */
int action_owner_valid(long long user_id)
{
	sqlite3_stmt *st = auth_bind_roles(db_stmt(&action_table, ST_ACTION_OWNER_VALID), 2, ACTION_OWNER_ROLES);
	return db_id_exists(st, user_id) == 1;
}

/* The owner and due-date checks every raise-an-action form shares. */
void action_check_owner_and_due(struct request *rq, size_t owner, size_t due)
{
	char today[11];
	const struct form *f = request_form(rq);
	if (!f->values[owner].error && !action_owner_valid(f->values[owner].number))
		request_form_error(rq, owner, "Owner must be one of the people listed.");
	if (!f->values[due].error && strcmp(f->values[due].text, today_london(today)) < 0)
		request_form_error(rq, due, "Due date must be today or later.");
}
