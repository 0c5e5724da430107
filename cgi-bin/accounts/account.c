/*
 * account.c: signing in and out, one's own password and sessions.
 *
 * Pages: GET/POST /login, POST /logout, GET /account,
 * GET/POST /account/password, GET /account/sessions,
 * POST /account/sessions/{id}/end.
 */
#include "account.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"

#include <string.h>

enum account_stmt {
	ST_PROFILE,
	ST_SESSIONS_OF_USER,
	ST_END_OTHER_SESSIONS,
	ST__COUNT
};
static const char *const account_sql[ST__COUNT] = {
	[ST_PROFILE] = "SELECT u.username, u.display_name, u.email, u.job_title, "
	               "coalesce(t.name, ''), u.roles, u.password_changed_at "
	               "FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.id = ?",
	[ST_SESSIONS_OF_USER] = "SELECT id, created_at, last_seen, ip, user_agent FROM sessions "
	                        "WHERE user_id = ? ORDER BY last_seen DESC LIMIT 100",
	[ST_END_OTHER_SESSIONS] = "DELETE FROM sessions WHERE user_id = ? AND id <> ?",
};
static sqlite3_stmt *account_cache[ST__COUNT];
static struct sql_table account_table = { account_sql, ST__COUNT, account_cache, NULL };

const struct field_spec account_login_fields[ACCOUNT_LOGIN__COUNT] = {
	[ACCOUNT_LOGIN_USERNAME] = { "username", "Username", FIELD_TEXT, FIELD_REQUIRED, 1, 64, NULL },
	[ACCOUNT_LOGIN_PASSWORD] = { "password", "Password", FIELD_PASSWORD, FIELD_REQUIRED, 1, 1024, NULL },
	[ACCOUNT_LOGIN_NEXT] = { "next", "Next page", FIELD_TEXT, 0, 0, 300, NULL },
};

const struct field_spec account_password_fields[ACCOUNT_PASSWORD__COUNT] = {
	[ACCOUNT_PASSWORD_CURRENT] = { "current_password", "Current password", FIELD_PASSWORD, FIELD_REQUIRED, 1, 1024, NULL },
	[ACCOUNT_PASSWORD_NEW] = { "new_password", "New password", FIELD_PASSWORD, FIELD_REQUIRED, 0, 1024, NULL },
	[ACCOUNT_PASSWORD_CONFIRM] = { "confirm_password", "Confirm new password", FIELD_PASSWORD, FIELD_REQUIRED, 0, 1024, NULL },
};

/* Messages for ?done= on the account and sign-in pages. */
static const char *const account_notices[] = {
	"password", "Your password has been changed. Your other sessions were ended.",
	"session", "The session has been ended.",
	"logout", "You have signed out.",
	NULL, NULL
};

/* Returns next if it is a safe local path to go to after sign-in, else "/". */
static const char *safe_next(const char *next)
{
	if (next == NULL || next[0] != '/' || next[1] == '/' || next[1] == '\\' ||
	    strncmp(next, "/login", 6) == 0 || strpbrk(next, "\r\n"))
		return "/";
	return next;
}

/* Renders the sign-in form with whatever rq->form holds and an optional
 * message above it. */
static int show_login(struct request *rq, struct response *rs, const char *problem)
{
	struct page p;
	if (page_begin(&p, rq, rs, "Sign in", "accounts/login.tpl") != 0)
		return -1;
	if (rq->form)
		page_form(&p, rq->form);
	else
		tpl_set(p.content, "NEXT_VALUE", safe_next(request_query(rq, "next")));
	if (problem) {
		tpl_dict *row = tpl_add_row(p.content, "PROBLEM");
		if (row)
			tpl_set(row, "MESSAGE", problem);
	} else if (request_query(rq, "expired")) {
		tpl_dict *row = tpl_add_row(p.content, "PROBLEM");
		if (row)
			tpl_set(row, "MESSAGE", "Your session ended after 30 minutes without activity "
			        "(or 12 hours in all). Sign in again to carry on.");
	}
	page_notice(&p, rq, account_notices);
	return page_finish(&p, rs);
}

/* GET /login: the sign-in form, or home for someone already signed in. */
int login_page(struct request *rq, struct response *rs)
{
	if (rq->session) {
		respond_redirect(rs, "/");
		return 0;
	}
	return show_login(rq, rs, NULL);
}

/* POST /login with invalid fields: the form again. */
int login_invalid(struct request *rq, struct response *rs)
{
	return show_login(rq, rs, NULL);
}

/* POST /login: checks the password and starts a session. */
int login_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const struct field_value *pw = &f->values[ACCOUNT_LOGIN_PASSWORD];
	char token[65];
	switch (auth_login(rq, f->values[ACCOUNT_LOGIN_USERNAME].text, pw->text,
	                   strlen(pw->text), token)) {
	case LOGIN_OK:
		respond_cookie(rs, rq, session_cookie_name(rq), token, -1);
		respond_cookie(rs, rq, form_cookie_name(rq), "", 0);
		respond_redirect(rs, safe_next(f->values[ACCOUNT_LOGIN_NEXT].text));
		sodium_memzero(token, sizeof token);
		return 0;
	case LOGIN_BAD:
		rs->status = 401;
		return show_login(rq, rs, "The username or password is not right. Check them and try again.");
	case LOGIN_THROTTLED:
		rs->status = 429;
		return show_login(rq, rs, "There have been too many failed attempts to sign in. "
		                  "Wait a few minutes, then try again.");
	case LOGIN_ERROR:
		break;
	}
	return -1;
}

/* What logging out writes. */
struct logout_ctx {
	struct request *rq;
};

/* Deletes the current session and audits, in one transaction. */
static int write_logout(void *vctx)
{
	struct logout_ctx *c = vctx;
	session_end(c->rq->session->id, c->rq->session->user_id);
	return audit_record(c->rq, "logout", "user", c->rq->session->user_id, "");
}

/* POST /logout: ends this session and clears the cookie. */
int logout_submit(struct request *rq, struct response *rs)
{
	struct logout_ctx c = { rq };
	if (db_write(write_logout, &c) != SQLITE_OK)
		return -1;
	respond_cookie(rs, rq, session_cookie_name(rq), "", 0);
	respond_redirect(rs, "/login?done=logout");
	return 0;
}

/* GET /account: who I am, my roles and team, links to password and sessions. */
int account_page(struct request *rq, struct response *rs)
{
	struct page p;
	sqlite3_stmt *st = db_stmt(&account_table, ST_PROFILE);
	if (st == NULL || page_begin(&p, rq, rs, "My account", "accounts/account.tpl") != 0)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		tpl_set(p.content, "USERNAME", db_text(st, 0));
		tpl_set(p.content, "DISPLAY_NAME", db_text(st, 1));
		tpl_set(p.content, "EMAIL", db_text(st, 2));
		tpl_set(p.content, "JOB_TITLE", db_text(st, 3));
		tpl_set(p.content, "TEAM", db_text(st, 4));
		tpl_set(p.content, "PASSWORD_CHANGED", display_time(&rq->arena, db_text(st, 6)));
	}
	sqlite3_reset(st);
	page_notice(&p, rq, account_notices);
	return page_finish(&p, rs);
}

/* Renders the change-password form with rq->form's errors, if any. */
int password_page(struct request *rq, struct response *rs)
{
	struct page p;
	if (page_begin(&p, rq, rs, "Change your password", "accounts/password.tpl") != 0)
		return -1;
	page_form(&p, rq->form);
	return page_finish(&p, rs);
}

/* What a password change writes. */
struct password_ctx {
	struct request *rq;
	const char *hash;
};

/* Stores the new hash, ends the user's other sessions and audits. */
static int write_password(void *vctx)
{
	struct password_ctx *c = vctx;
	const struct session *s = c->rq->session;
	int rc = auth_store_password_hash(s->user_id, c->hash);
	sqlite3_stmt *st = db_stmt(&account_table, ST_END_OTHER_SESSIONS);
	if (rc != SQLITE_OK || st == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, s->user_id);
	sqlite3_bind_int64(st, 2, s->id);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "password.changed", "user", s->user_id, "");
}

/* The check of POST /account/password: the current password must be
 * right, then the new one acceptable and typed the same twice (each step
 * only when the fields it reads passed their validators). */
void password_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	const char *current = v[ACCOUNT_PASSWORD_CURRENT].text;
	const char *fresh = v[ACCOUNT_PASSWORD_NEW].text;
	const char *problem;
	if (!v[ACCOUNT_PASSWORD_CURRENT].error &&
	    !auth_verify_user_password(rq->session->user_id, current, strlen(current)))
		request_form_error(rq, ACCOUNT_PASSWORD_CURRENT, "Current password is not right.");
	else if (!v[ACCOUNT_PASSWORD_NEW].error &&
	         (problem = password_policy_error(fresh, strlen(fresh), rq->session->username)))
		request_form_error(rq, ACCOUNT_PASSWORD_NEW, problem);
	else if (!v[ACCOUNT_PASSWORD_NEW].error && !v[ACCOUNT_PASSWORD_CONFIRM].error &&
	         strcmp(fresh, v[ACCOUNT_PASSWORD_CONFIRM].text) != 0)
		request_form_error(rq, ACCOUNT_PASSWORD_CONFIRM, "The two new passwords are not the same.");
}

/* POST /account/password (checked by password_check): stores the new
 * password and ends the other sessions. */
int password_submit(struct request *rq, struct response *rs)
{
	const char *fresh = request_form(rq)->values[ACCOUNT_PASSWORD_NEW].text;
	char hash[crypto_pwhash_STRBYTES];
	if (password_hash(fresh, strlen(fresh), hash) != 0)
		return -1;
	struct password_ctx c = { rq, hash };
	if (db_write(write_password, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/account?done=password");
	return 0;
}

/* Shortens a browser's user agent to something readable. */
static const char *browser_name(const char *ua)
{
	if (strstr(ua, "Edg/")) return "Edge";
	if (strstr(ua, "Firefox/")) return "Firefox";
	if (strstr(ua, "Chrome/")) return "Chrome or Chromium";
	if (strstr(ua, "Safari/")) return "Safari";
	if (strstr(ua, "curl/")) return "curl";
	return ua[0] ? "Other browser" : "Unknown";
}

/* GET /account/sessions: every session of mine with a button to end it. */
int sessions_page(struct request *rq, struct response *rs)
{
	struct page p;
	sqlite3_stmt *st = db_stmt(&account_table, ST_SESSIONS_OF_USER);
	if (st == NULL || page_begin(&p, rq, rs, "Your sessions", "accounts/sessions.tpl") != 0)
		return -1;
	int rc;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "SESSION");
		if (row == NULL)
			break;
		long long id = sqlite3_column_int64(st, 0);
		tpl_set_int(row, "ID", id);
		tpl_set(row, "CREATED", display_time(&rq->arena, db_text(st, 1)));
		tpl_set(row, "LAST_SEEN", display_time(&rq->arena, db_text(st, 2)));
		tpl_set(row, "IP", db_text(st, 3));
		tpl_set(row, "BROWSER", browser_name(db_text(st, 4)));
		tpl_show_if(row, "CURRENT", id == rq->session->id);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	page_notice(&p, rq, account_notices);
	return page_finish(&p, rs);
}

/* What ending a session writes. */
struct end_ctx {
	struct request *rq;
	long long session_id;
	int ended;
};

/* Ends one of the user's sessions and audits it. */
static int write_end_session(void *vctx)
{
	struct end_ctx *c = vctx;
	c->ended = session_end(c->session_id, c->rq->session->user_id);
	if (!c->ended)
		return SQLITE_OK;
	return audit_record(c->rq, "session.ended", "session", c->session_id, "");
}

/* POST /account/sessions/{id}/end: ends that session (mine only). */
int session_end_submit(struct request *rq, struct response *rs)
{
	struct end_ctx c = { rq, rq->path_ids[0], 0 };
	if (db_write(write_end_session, &c) != SQLITE_OK)
		return -1;
	if (!c.ended) {
		respond_error(rq, rs, 404, "That session does not exist or has already ended.");
		return 0;
	}
	if (c.session_id == rq->session->id) {
		respond_cookie(rs, rq, session_cookie_name(rq), "", 0);
		respond_redirect(rs, "/login?done=logout");
		return 0;
	}
	respond_redirect(rs, "/account/sessions?done=session");
	return 0;
}
