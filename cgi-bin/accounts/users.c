/*
 * users.c: administrators manage accounts and read the audit trail.
 *
 * Pages: GET /admin/users, GET /admin/users/new, POST /admin/users,
 * GET/POST /admin/users/{id}, POST /admin/users/{id}/password,
 * GET /admin/audit.
 */
#include "users.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

#define USERS_PER_PAGE 25
#define AUDIT_PER_PAGE 50

enum users_stmt {
	ST_COUNT_USERS,
	ST_LIST_USERS,
	ST_USER,
	ST_TEAMS,
	ST_TEAM_EXISTS,
	ST_USERNAME_TAKEN,
	ST_INSERT_USER,
	ST_UPDATE_USER,
	ST_COUNT_AUDIT,
	ST_LIST_AUDIT,
	ST__COUNT
};
static const char *const users_sql[ST__COUNT] = {
	[ST_COUNT_USERS] = "SELECT count(*) FROM users WHERE ?1 = '' OR username LIKE ?1 OR display_name LIKE ?1",
	[ST_LIST_USERS] = "SELECT u.id, u.username, u.display_name, u.job_title, coalesce(t.name, ''), "
	                  "u.roles, u.disabled FROM users u LEFT JOIN teams t ON t.id = u.team_id "
	                  "WHERE ?1 = '' OR u.username LIKE ?1 OR u.display_name LIKE ?1 "
	                  "ORDER BY u.display_name COLLATE NOCASE LIMIT ?2 OFFSET ?3",
	[ST_USER] = "SELECT username, display_name, email, job_title, coalesce(team_id, 0), roles, disabled "
	            "FROM users WHERE id = ?",
	[ST_TEAMS] = "SELECT id, name FROM teams ORDER BY name",
	[ST_TEAM_EXISTS] = "SELECT 1 FROM teams WHERE id = ?",
	[ST_USERNAME_TAKEN] = "SELECT 1 FROM users WHERE username = ?",
	[ST_INSERT_USER] = "INSERT INTO users (username, display_name, email, job_title, team_id, roles, "
	                   "password_hash, created_at, updated_at, password_changed_at) "
	                   "VALUES (?1, ?2, ?3, ?4, nullif(?5, 0), ?6, ?7, ?8, ?8, ?8)",
	[ST_UPDATE_USER] = "UPDATE users SET display_name = ?2, email = ?3, job_title = ?4, "
	                   "team_id = nullif(?5, 0), roles = ?6, disabled = ?7, updated_at = ?8 WHERE id = ?1",
	[ST_COUNT_AUDIT] = "SELECT count(*) FROM audit WHERE ?1 = '' OR username = ?1",
	[ST_LIST_AUDIT] = "SELECT at, username, action, target_type, coalesce(target_id, ''), detail, ip "
	                  "FROM audit WHERE ?1 = '' OR username = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3",
};
static sqlite3_stmt *users_cache[ST__COUNT];
static struct sql_table users_table = { users_sql, ST__COUNT, users_cache, NULL };

const struct field_spec account_user_fields[ACCOUNT_USER__COUNT] = {
	[ACCOUNT_USER_USERNAME] = { "username", "Username", FIELD_USERNAME, 0, 0, 0, NULL },  /* new accounts only */
	[ACCOUNT_USER_DISPLAY_NAME] = { "display_name", "Full name", FIELD_TEXT, FIELD_REQUIRED, 1, 100, NULL },
	[ACCOUNT_USER_EMAIL] = { "email", "Email", FIELD_EMAIL, 0, 0, 0, NULL },
	[ACCOUNT_USER_JOB_TITLE] = { "job_title", "Job title", FIELD_TEXT, 0, 0, 100, NULL },
	[ACCOUNT_USER_TEAM] = { "team", "Team", FIELD_INT, 0, 0, 1000000000, NULL },
	[ACCOUNT_USER_ROLE_ADMIN] = { "role_admin", "Admin", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ACCOUNT_USER_ROLE_MANAGER] = { "role_manager", "Manager", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ACCOUNT_USER_ROLE_STAFF] = { "role_staff", "Staff", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ACCOUNT_USER_ROLE_ASSESSOR] = { "role_assessor", "Assessor", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ACCOUNT_USER_ROLE_IQA] = { "role_iqa", "Internal quality assurer", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ACCOUNT_USER_DISABLED] = { "disabled", "Disabled", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ACCOUNT_USER_PASSWORD] = { "password", "Password", FIELD_PASSWORD, 0, 0, 1024, NULL },
};

const struct field_spec account_reset_fields[ACCOUNT_RESET__COUNT] = {
	[ACCOUNT_RESET_PASSWORD] = { "new_password", "New password", FIELD_PASSWORD, FIELD_REQUIRED, 0, 1024, NULL },
};

const struct field_spec account_list_fields[ACCOUNT_LIST__COUNT] = {
	[ACCOUNT_LIST_QUERY] = { "q", "Search", FIELD_TEXT, 0, 0, 100, NULL },
	[ACCOUNT_LIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
	[ACCOUNT_LIST_USER] = { "user", "User", FIELD_TEXT, 0, 0, 64, NULL },
};

static const char *const users_notices[] = {
	"created", "The account has been created.",
	"saved", "The changes have been saved.",
	"reset", "The password has been reset and the user's sessions ended.",
	NULL, NULL
};

/* Role bits from the four checkboxes of the form. */
static unsigned roles_from_form(const struct form *f)
{
	return (f->values[ACCOUNT_USER_ROLE_ADMIN].number ? ROLE_ADMIN : 0) |
	       (f->values[ACCOUNT_USER_ROLE_MANAGER].number ? ROLE_MANAGER : 0) |
	       (f->values[ACCOUNT_USER_ROLE_STAFF].number ? ROLE_STAFF : 0) |
	       (f->values[ACCOUNT_USER_ROLE_ASSESSOR].number ? ROLE_ASSESSOR : 0) |
	       (f->values[ACCOUNT_USER_ROLE_IQA].number ? ROLE_IQA : 0);
}

/* Adds the role flags of a list row. */
static void set_role_sections(tpl_dict *d, unsigned roles)
{
	tpl_show_if(d, "IS_ADMIN", roles & ROLE_ADMIN);
	tpl_show_if(d, "IS_MANAGER", roles & ROLE_MANAGER);
	tpl_show_if(d, "IS_STAFF", roles & ROLE_STAFF);
	tpl_show_if(d, "IS_ASSESSOR", roles & ROLE_ASSESSOR);
	tpl_show_if(d, "IS_IQA", roles & ROLE_IQA);
}

/* Counts rows of a statement whose first parameter is a filter text. */
static long long count_rows(enum users_stmt which, const char *filter)
{
	sqlite3_stmt *st = db_stmt(&users_table, which);
	long long n = 0;
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, filter, -1, SQLITE_STATIC);
	return db_count(st, &n) == 0 ? n : -1;
}

/* Opens one page of a filtered list: count_st takes (filter) and rows_st
 * (filter, limit, offset). Sets *total; returns the rows statement ready to
 * step, or NULL on failure. */
static sqlite3_stmt *open_paged_list(enum users_stmt count_st, enum users_stmt rows_st,
                                     const char *filter, long long page, int per_page,
                                     long long *total)
{
	*total = count_rows(count_st, filter);
	sqlite3_stmt *st = db_stmt(&users_table, rows_st);
	if (*total < 0 || st == NULL)
		return NULL;
	sqlite3_bind_text(st, 1, filter, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, per_page);
	sqlite3_bind_int64(st, 3, (page - 1) * per_page);
	return st;
}

/* GET /admin/users: paged, searchable list of accounts. */
int users_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const char *q = f->values[ACCOUNT_LIST_QUERY].text;
	const char *like = q[0] ? arena_printf(&rq->arena, "%%%s%%", q) : "";
	long long page = f->values[ACCOUNT_LIST_PAGE].present ? f->values[ACCOUNT_LIST_PAGE].number : 1;
	long long total;
	sqlite3_stmt *st = open_paged_list(ST_COUNT_USERS, ST_LIST_USERS, like, page,
	                                   USERS_PER_PAGE, &total);
	struct page p;
	if (st == NULL || page_begin(&p, rq, rs, "Users", "accounts/users.tpl") != 0)
		return -1;
	tpl_set(p.content, "Q", q);
	tpl_set_int(p.content, "TOTAL", total);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "USER");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "USERNAME", db_text(st, 1));
		tpl_set(row, "DISPLAY_NAME", db_text(st, 2));
		tpl_set(row, "JOB_TITLE", db_text(st, 3));
		tpl_set(row, "TEAM", db_text(st, 4));
		set_role_sections(row, (unsigned)sqlite3_column_int(st, 5));
		tpl_show(row, sqlite3_column_int(st, 6) ? "DISABLED" : "ACTIVE");
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_USERS" : "NO_USERS", 1);
	page_pager(&p, rq, q[0] ? arena_printf(&rq->arena, "/admin/users?q=%s&", url_encode(&rq->arena, q)) : "/admin/users?",
	           page, USERS_PER_PAGE, total);
	page_notice(&p, rq, users_notices);
	return page_finish(&p, rs);
}

/* Adds the team choices, marking the chosen one; returns the number of
 * teams, or -1 when they could not be read. */
static int add_team_options(struct page *p, long long chosen)
{
	return options_from_stmt(p->content, "TEAM_OPTION", db_stmt(&users_table, ST_TEAMS), chosen);
}

/* Username of a user id into the arena, or NULL when there is none. */
static const char *username_of(struct request *rq, long long id)
{
	sqlite3_stmt *st = db_stmt(&users_table, ST_USER);
	const char *name = NULL;
	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		name = arena_strdup(&rq->arena, db_text(st, 0));
	sqlite3_reset(st);
	return name;
}

/* Shows the create or edit form. user_id 0 means a new account; the form's
 * values come from rq->form when re-rendering, else from the database. */
static int show_user_form(struct request *rq, struct response *rs, long long user_id)
{
	struct page p;
	const char *title = user_id ? "Edit user" : "New user";
	if (page_begin(&p, rq, rs, title, "accounts/user_form.tpl") != 0)
		return -1;
	long long team = 0;
	if (rq->form && rq->form->count == ACCOUNT_RESET__COUNT) {
		page_form(&p, rq->form);       /* a refused reset: the rest from the database */
		rq->form = NULL;
	}
	if (rq->form && rq->form->count == ACCOUNT_USER__COUNT) {
		page_form(&p, rq->form);
		team = rq->form->values[ACCOUNT_USER_TEAM].number;
		if (user_id)
			tpl_set(p.content, "USERNAME_VALUE", username_of(rq, user_id));
	} else if (user_id) {
		sqlite3_stmt *st = db_stmt(&users_table, ST_USER);
		if (st == NULL) {
			page_abandon(&p);
			return -1;
		}
		sqlite3_bind_int64(st, 1, user_id);
		if (sqlite3_step(st) != SQLITE_ROW) {
			sqlite3_reset(st);
			page_abandon(&p);
			respond_error(rq, rs, 404, "There is no user with that number.");
			return 0;
		}
		tpl_set(p.content, "USERNAME_VALUE", db_text(st, 0));
		tpl_set(p.content, "DISPLAY_NAME_VALUE", db_text(st, 1));
		tpl_set(p.content, "EMAIL_VALUE", db_text(st, 2));
		tpl_set(p.content, "JOB_TITLE_VALUE", db_text(st, 3));
		team = sqlite3_column_int64(st, 4);
		unsigned roles = (unsigned)sqlite3_column_int(st, 5);
		tpl_show_if(p.content, "ROLE_ADMIN_CHECKED", roles & ROLE_ADMIN);
		tpl_show_if(p.content, "ROLE_MANAGER_CHECKED", roles & ROLE_MANAGER);
		tpl_show_if(p.content, "ROLE_STAFF_CHECKED", roles & ROLE_STAFF);
		tpl_show_if(p.content, "ROLE_ASSESSOR_CHECKED", roles & ROLE_ASSESSOR);
		tpl_show_if(p.content, "ROLE_IQA_CHECKED", roles & ROLE_IQA);
		tpl_show_if(p.content, "DISABLED_CHECKED", sqlite3_column_int(st, 6));
		sqlite3_reset(st);
	} else {
		tpl_show(p.content, "ROLE_STAFF_CHECKED");
	}
	if (add_team_options(&p, team) < 0) {
		page_abandon(&p);
		return -1;
	}
	if (user_id) {
		tpl_dict *edit = tpl_add_row(p.content, "EDITING");
		if (edit)
			tpl_set_int(edit, "ID", user_id);
		tpl_set(p.content, "ACTION", arena_printf(&rq->arena, "/admin/users/%lld", user_id));
	} else {
		tpl_show(p.content, "CREATING");
		tpl_set(p.content, "ACTION", "/admin/users");
	}
	page_notice(&p, rq, users_notices);
	return page_finish(&p, rs);
}

/* GET /admin/users/new, and the form again when a create was refused. */
int user_new_page(struct request *rq, struct response *rs)
{
	return show_user_form(rq, rs, 0);
}

/* GET /admin/users/{id}, and the form again when an edit or a password
 * reset was refused. */
int user_edit_page(struct request *rq, struct response *rs)
{
	return show_user_form(rq, rs, rq->path_ids[0]);
}

/* Returns 1 when a statement taking one bound value finds a row. */
static int exists(enum users_stmt which, const char *text, long long number)
{
	sqlite3_stmt *st = db_stmt(&users_table, which);
	int found;
	if (st == NULL)
		return 0;
	if (text)
		sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(st, 1, number);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* Checks what the table cannot, for new and edited accounts alike: a
 * team that exists, at least one role. */
static void check_user_form(struct request *rq)
{
	const struct form *f = request_form(rq);
	long long team = f->values[ACCOUNT_USER_TEAM].number;
	if (!f->values[ACCOUNT_USER_TEAM].error && team != 0 && !exists(ST_TEAM_EXISTS, NULL, team))
		request_form_error(rq, ACCOUNT_USER_TEAM, "Team must be one of the teams listed.");
	if (roles_from_form(f) == 0)
		request_form_error(rq, ACCOUNT_USER_ROLE_STAFF, "Choose at least one role.");
}

/* What creating or updating a user writes. */
struct user_ctx {
	struct request *rq;
	const struct form *f;
	long long user_id;
	const char *hash;        /* new accounts only */
	unsigned old_roles;
};

/* Binds the fields shared by insert and update (parameters 2 to 8). */
static void bind_user_fields(sqlite3_stmt *st, const struct form *f, const char *now)
{
	sqlite3_bind_text(st, 2, f->values[ACCOUNT_USER_DISPLAY_NAME].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f->values[ACCOUNT_USER_EMAIL].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, f->values[ACCOUNT_USER_JOB_TITLE].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, f->values[ACCOUNT_USER_TEAM].number);
	sqlite3_bind_int(st, 6, (int)roles_from_form(f));
	sqlite3_bind_text(st, 8, now, -1, SQLITE_TRANSIENT);
}

/* Inserts the new account and audits it. */
static int write_new_user(void *vctx)
{
	struct user_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&users_table, ST_INSERT_USER);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_text(st, 1, c->f->values[ACCOUNT_USER_USERNAME].text, -1, SQLITE_STATIC);
	bind_user_fields(st, c->f, now);
	sqlite3_bind_text(st, 7, c->hash, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->user_id = sqlite3_last_insert_rowid(db_get());
	return audit_record(c->rq, "user.created", "user", c->user_id,
	                    arena_printf(&c->rq->arena, "username=%s roles=%u",
	                                 c->f->values[ACCOUNT_USER_USERNAME].text, roles_from_form(c->f)));
}

/* See users.h: team, roles, a free username and an acceptable first
 * password. */
void user_create_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	const char *username = f->values[ACCOUNT_USER_USERNAME].text;
	const char *password = f->values[ACCOUNT_USER_PASSWORD].text;
	const char *problem;
	check_user_form(rq);
	if (!f->values[ACCOUNT_USER_USERNAME].present && !f->values[ACCOUNT_USER_USERNAME].error)
		request_form_error(rq, ACCOUNT_USER_USERNAME, "Username is required.");
	else if (!f->values[ACCOUNT_USER_USERNAME].error && exists(ST_USERNAME_TAKEN, username, 0))
		request_form_error(rq, ACCOUNT_USER_USERNAME, "That username is already taken.");
	if (!f->values[ACCOUNT_USER_PASSWORD].error &&
	    (problem = password_policy_error(password, strlen(password), username)))
		request_form_error(rq, ACCOUNT_USER_PASSWORD, problem);
}

/* POST /admin/users (checked by user_create_check): creates an account
 * with an initial password. */
int user_create_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const char *password = f->values[ACCOUNT_USER_PASSWORD].text;
	char hash[crypto_pwhash_STRBYTES];
	if (password_hash(password, strlen(password), hash) != 0)
		return -1;
	struct user_ctx c = { rq, f, 0, hash, 0 };
	if (db_write(write_new_user, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/users/%lld?done=created", c.user_id));
	return 0;
}

/* Updates the account, ends its sessions if it was disabled, audits. */
static int write_user_update(void *vctx)
{
	struct user_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&users_table, ST_UPDATE_USER);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_int64(st, 1, c->user_id);
	bind_user_fields(st, c->f, now);
	sqlite3_bind_int(st, 7, (int)c->f->values[ACCOUNT_USER_DISABLED].number);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	if (c->f->values[ACCOUNT_USER_DISABLED].number && (rc = sessions_end_for_user(c->user_id)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, c->f->values[ACCOUNT_USER_DISABLED].number ? "user.disabled" : "user.updated",
	                    "user", c->user_id,
	                    arena_printf(&c->rq->arena, "roles=%u disabled=%lld",
	                                 roles_from_form(c->f), c->f->values[ACCOUNT_USER_DISABLED].number));
}

/* See users.h: team and roles, and an admin cannot disable their own
 * account or take away their own admin role (so one cannot lock oneself
 * out). */
void user_update_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	check_user_form(rq);
	if (rq->path_ids[0] == rq->session->user_id) {
		if (f->values[ACCOUNT_USER_DISABLED].number)
			request_form_error(rq, ACCOUNT_USER_DISABLED, "You cannot disable your own account.");
		if (!f->values[ACCOUNT_USER_ROLE_ADMIN].number)
			request_form_error(rq, ACCOUNT_USER_ROLE_ADMIN, "You cannot remove your own admin role.");
	}
}

/* POST /admin/users/{id} (checked by user_update_check): saves changes. */
int user_update_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long id = rq->path_ids[0];
	struct user_ctx c = { rq, f, id, NULL, 0 };
	int rc = db_write(write_user_update, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no user with that number.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/users/%lld?done=saved", id));
	return 0;
}

/* What a password reset writes. */
struct reset_ctx {
	struct request *rq;
	long long user_id;
	const char *hash;
};

/* Stores the new hash, ends the user's sessions and audits. */
static int write_reset(void *vctx)
{
	struct reset_ctx *c = vctx;
	int rc = auth_store_password_hash(c->user_id, c->hash);
	if (rc != SQLITE_OK)
		return rc;
	if (sqlite3_changes(db_get()) == 0)
		return SQLITE_NOTFOUND;
	if ((rc = sessions_end_for_user(c->user_id)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "user.password_reset", "user", c->user_id, "");
}

/* See users.h: the new password must pass the policy for the account
 * in the path (an account that does not exist is the handler's 404). */
void user_reset_check(struct request *rq)
{
	const struct field_value *v = &request_form(rq)->values[ACCOUNT_RESET_PASSWORD];
	const char *username = username_of(rq, rq->path_ids[0]);
	const char *problem;
	if (!v->error && username && (problem = password_policy_error(v->text, strlen(v->text), username)))
		request_form_error(rq, ACCOUNT_RESET_PASSWORD, problem);
}

/* POST /admin/users/{id}/password (checked by user_reset_check): sets a
 * new password for the user. */
int user_reset_submit(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	const char *password = request_form(rq)->values[ACCOUNT_RESET_PASSWORD].text;
	if (username_of(rq, id) == NULL) {
		respond_error(rq, rs, 404, "There is no user with that number.");
		return 0;
	}
	char hash[crypto_pwhash_STRBYTES];
	if (password_hash(password, strlen(password), hash) != 0)
		return -1;
	struct reset_ctx c = { rq, id, hash };
	if (db_write(write_reset, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/users/%lld?done=reset", id));
	return 0;
}

/* GET /admin/audit: the audit trail, newest first, optionally one user's. */
int audit_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const char *user = f->values[ACCOUNT_LIST_USER].text;
	long long page = f->values[ACCOUNT_LIST_PAGE].present ? f->values[ACCOUNT_LIST_PAGE].number : 1;
	long long total;
	sqlite3_stmt *st = open_paged_list(ST_COUNT_AUDIT, ST_LIST_AUDIT, user, page,
	                                   AUDIT_PER_PAGE, &total);
	struct page p;
	if (st == NULL || page_begin(&p, rq, rs, "Audit log", "accounts/audit.tpl") != 0)
		return -1;
	tpl_set(p.content, "USER", user);
	tpl_set_int(p.content, "TOTAL", total);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "EVENT");
		if (row == NULL)
			break;
		rows++;
		tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 0)));
		tpl_set(row, "WHO", db_text(st, 1));
		tpl_set(row, "ACTION", db_text(st, 2));
		tpl_set(row, "TARGET", arena_printf(&rq->arena, "%s %s", db_text(st, 3), db_text(st, 4)));
		tpl_set(row, "DETAIL", db_text(st, 5));
		tpl_set(row, "IP", db_text(st, 6));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_EVENTS" : "NO_EVENTS", 1);
	page_pager(&p, rq, user[0] ? arena_printf(&rq->arena, "/admin/audit?user=%s&", url_encode(&rq->arena, user)) : "/admin/audit?",
	           page, AUDIT_PER_PAGE, total);
	return page_finish(&p, rs);
}
