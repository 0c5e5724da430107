/*
 * page.c: responses, the layout, forms in pages, notices and paging.
 */
#include "page.h"
#include "auth.h"
#include "db.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The navigation of this worker's program, in order (see
 * page_set_navigation). */
static const struct nav_link *navigation;
static size_t navigation_count;

enum page_stmt { ST_SETTING, ST__COUNT };
static const char *const page_sql[ST__COUNT] = {
	[ST_SETTING] = "SELECT value FROM settings WHERE key = ?",
};
static sqlite3_stmt *page_cache[ST__COUNT];
static struct sql_table page_table = { page_sql, ST__COUNT, page_cache, NULL };

/* Readies a response for a new request. */
void response_reset(struct response *rs)
{
	rs->status = 200;
	rs->content_type = "text/html; charset=utf-8";
	buf_reset(&rs->headers);
	buf_reset(&rs->body);
	rs->error_id[0] = '\0';
	rs->not_saved = NULL;
}

/* Adds a header line unless it would smuggle a line break. */
void respond_header(struct response *rs, const char *name, const char *value)
{
	if (strpbrk(name, "\r\n:") || strpbrk(value, "\r\n"))
		return;
	buf_printf(&rs->headers, "%s: %s\r\n", name, value);
}

/* Sets a cookie with Frontline's attributes. Values are hex tokens. */
void respond_cookie(struct response *rs, const struct request *rq,
                    const char *name, const char *value, long max_age)
{
	char line[512];
	char age[48] = "";
	if (max_age >= 0)
		snprintf(age, sizeof age, "; Max-Age=%ld", max_age);
	snprintf(line, sizeof line, "%s=%s; Path=/; HttpOnly; SameSite=Strict%s%s",
	         name, value, rq->https ? "; Secure" : "", age);
	respond_header(rs, "Set-Cookie", line);
}

/* 303 to a local path only, so no open redirect is possible. */
void respond_redirect(struct response *rs, const char *location)
{
	if (location == NULL || location[0] != '/' || location[1] == '/' ||
	    location[1] == '\\' || strpbrk(location, "\r\n"))
		location = "/";
	rs->status = 303;
	respond_header(rs, "Location", location);
	buf_reset(&rs->body);
	buf_puts(&rs->body, "See other\n");
	rs->content_type = "text/plain; charset=utf-8";
}

/* Plain text with a status. */
void respond_text(struct response *rs, int status, const char *text)
{
	rs->status = status;
	rs->content_type = "text/plain; charset=utf-8";
	buf_reset(&rs->body);
	buf_puts(&rs->body, text);
}

/* The short name of a status, for page titles. */
static const char *status_title(int status)
{
	switch (status) {
	case 400: return "Something in the request was not right";
	case 403: return "You do not have access to this page";
	case 404: return "Page not found";
	case 405: return "That action is not allowed here";
	case 409: return "That cannot be done now";
	case 411: return "Length required";
	case 413: return "Too large";
	case 415: return "Unsupported content";
	case 429: return "Too many requests";
	case 503: return "Service unavailable";
	default: return "Sorry, something went wrong";
	}
}

/* Renders the error page; on a template failure, plain text. */
void respond_error(struct request *rq, struct response *rs, int status,
                   const char *message)
{
	struct page p;
	if (status >= 500 && rs->error_id[0] == '\0')
		log_error(rs->error_id, "%s %s: %s", rq->method_name, rq->path, message);
	buf_reset(&rs->body);
	rs->status = status;
	rs->content_type = "text/html; charset=utf-8";
	if (status == 500)
		message = "The problem has been logged. Please try again; if it keeps happening, "
		          "give the error id below to your administrator.";
	rs->not_saved = NULL;       /* the message says it: no banner above it */
	if (page_begin(&p, rq, rs, status_title(status), "error.tpl") == 0) {
		tpl_set(p.content, "MESSAGE", message);
		tpl_set_int(p.content, "STATUS", status);
		if (rs->error_id[0]) {
			tpl_dict *row = tpl_add_row(p.content, "ERROR_ID");
			if (row)
				tpl_set(row, "ID", rs->error_id);
		}
		if (page_finish(&p, rs) == 0)
			return;
	}
	rs->status = status;
	rs->content_type = "text/plain; charset=utf-8";
	buf_reset(&rs->body);
	buf_printf(&rs->body, "%s\n%s\n%s%s\n", status_title(status), message,
	           rs->error_id[0] ? "Error id: " : "", rs->error_id);
}

/* Reads one settings value into the arena ("" when absent). */
static const char *setting(struct request *rq, const char *key)
{
	sqlite3_stmt *st = db_stmt(&page_table, ST_SETTING);
	const char *value = "";
	if (st == NULL)
		return value;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		value = arena_strdup(&rq->arena, db_text(st, 0));
	sqlite3_reset(st);
	return value;
}

/* The CSRF token for this page's forms: the session's, or the form cookie's
 * (set now if the visitor has none). */
static const char *form_token(struct request *rq, struct response *rs)
{
	if (rq->session)
		return rq->session->csrf_token;
	const char *cookie = request_cookie(rq, form_cookie_name(rq));
	if (cookie && strlen(cookie) == 64 && strspn(cookie, "0123456789abcdef") == 64)
		return cookie;
	char *token = arena_alloc(&rq->arena, 65);
	if (token == NULL)
		return "";
	random_hex(token, 32);
	respond_cookie(rs, rq, form_cookie_name(rq), token, -1);
	return token;
}

/* See page.h. */
void page_set_navigation(const struct nav_link *links, size_t count)
{
	navigation = links;
	navigation_count = count;
}

/* Adds the navigation links the user's roles allow, marking the current one. */
static void add_navigation(tpl_dict *root, const struct request *rq)
{
	if (rq->session == NULL)
		return;
	tpl_show(root, "HAS_NAV");
	for (size_t i = 0; i < navigation_count; i++) {
		const struct nav_link *n = &navigation[i];
		if ((n->roles & rq->session->roles) == 0)
			continue;
		tpl_dict *row = tpl_add_row(root, "NAV");
		if (row == NULL)
			return;
		tpl_set(row, "HREF", n->href);
		tpl_set(row, "LABEL", n->label);
		size_t len = strlen(n->href);
		int current = strcmp(rq->path, n->href) == 0 ||
		              (len > 1 && strncmp(rq->path, n->href, len) == 0 &&
		               (rq->path[len] == '/' || rq->path[len] == '\0'));
		tpl_show_if(row, "CURRENT", current);
	}
}

/* Lists the user's roles in words for the header. */
static const char *role_words(struct request *rq, unsigned roles)
{
	struct buf b = {0};
	auth_role_names(roles, ", ", &b);
	const char *out = arena_strdup(&rq->arena, b.data ? b.data : "");
	buf_free(&b);
	return out;
}

/* Starts a page in the shared layout. */
/* Where the organisation's name in the header, and "the home page" on
 * error pages, lead: "/" on the intranet (see page_set_home). */
static const char *home_href = "/";

/* Sets the address of the program's home page. */
void page_set_home(const char *href)
{
	home_href = href;
}

int page_begin(struct page *p, struct request *rq, struct response *rs,
               const char *title, const char *content_template)
{
	p->root = tpl_dict_new();
	if (p->root == NULL)
		return -1;
	p->content = tpl_add_include(p->root, "CONTENT", content_template);
	if (p->content == NULL) {
		page_abandon(p);
		return -1;
	}
	const char *org = setting(rq, "org_name");
	tpl_set_global(p->root, "ORG_NAME", org[0] ? org : "Frontline");
	tpl_set_global(p->root, "HOME_HREF", home_href);
	tpl_set_global(p->root, "TITLE", title);
	tpl_set_global(p->root, "CSRF_TOKEN", form_token(rq, rs));
	if (rq->session) {
		tpl_dict *who = tpl_add_row(p->root, "SIGNED_IN");
		if (who) {
			tpl_set(who, "DISPLAY_NAME", rq->session->display_name);
			tpl_set(who, "USERNAME", rq->session->username);
			tpl_set(who, "ROLES", role_words(rq, rq->session->roles));
		}
		add_navigation(p->root, rq);
	}
	if (rs->not_saved) {
		tpl_dict *banner = tpl_add_row(p->root, "NOT_SAVED");
		if (banner) {
			tpl_set(banner, "MESSAGE", rs->not_saved);
			tpl_set(banner, "ERROR_ID", rs->error_id);
		}
	}
	return 0;
}

/* Expands the layout into the body; frees the dictionaries. */
int page_finish(struct page *p, struct response *rs)
{
	char *out = NULL;
	size_t len = 0;
	int rc = tpl_expand("layout.tpl", p->root, &out, &len);
	page_abandon(p);
	if (rc != 0)
		return -1;
	buf_reset(&rs->body);
	rc = buf_append(&rs->body, out, len);
	free(out);
	return rc;
}

/* Frees the dictionaries. */
void page_abandon(struct page *p)
{
	if (p->root)
		tpl_dict_free(p->root);
	p->root = p->content = NULL;
}

/* Upper-cases a field name and appends a suffix into out. */
static void field_key(char *out, size_t size, const char *name, const char *suffix)
{
	size_t i = 0;
	for (; name[i] && i + 1 < size; i++)
		out[i] = (char)toupper((unsigned char)name[i]);
	out[i] = '\0';
	strncat(out, suffix, size - strlen(out) - 1);
}

/* Puts values and errors of a form into the page's content dictionary. */
void page_form(struct page *p, const struct form *f)
{
	char key[160];
	tpl_dict *summary = NULL;
	if (f == NULL || f->values == NULL)
		return;
	if (f->error_count > 0) {
		summary = tpl_add_include(p->content, "FORM_ERRORS", "partials/form_errors.tpl");
		if (summary)
			tpl_set_int(summary, "COUNT", f->error_count);
	}
	for (size_t i = 0; i < f->count; i++) {
		const struct field_spec *s = &f->specs[i];
		const struct field_value *v = &f->values[i];
		if (s->type != FIELD_PASSWORD) {
			field_key(key, sizeof key, s->name, "_VALUE");
			tpl_set(p->content, key, v->text);
		}
		if (s->type == FIELD_CHECKBOX && v->number) {
			field_key(key, sizeof key, s->name, "_CHECKED");
			tpl_show(p->content, key);
		}
		if (v->error == NULL)
			continue;
		field_key(key, sizeof key, s->name, "_ERROR");
		tpl_set(p->content, key, v->error);
		field_key(key, sizeof key, s->name, "_INVALID");
		tpl_show(p->content, key);
		tpl_dict *row = summary ? tpl_add_row(summary, "ERROR") : NULL;
		if (row) {
			tpl_set(row, "FIELD", s->name);
			tpl_set(row, "MESSAGE", v->error);
		}
	}
}

/* Shows the message that matches ?done=KEY, if any. */
void page_notice(struct page *p, const struct request *rq,
                 const char *const *messages)
{
	const char *done = request_query(rq, "done");
	if (done == NULL)
		return;
	for (const char *const *m = messages; m[0] && m[1]; m += 2)
		if (strcmp(m[0], done) == 0) {
			tpl_dict *row = tpl_add_row(p->root, "NOTICE");
			if (row)
				tpl_set(row, "MESSAGE", m[1]);
			return;
		}
}

/* Previous/next links and "page n of m". */
void page_pager(struct page *p, struct request *rq, const char *base,
                long long n, long long per_page, long long total)
{
	long long pages = total <= 0 ? 1 : (total + per_page - 1) / per_page;
	if (pages <= 1)
		return;
	tpl_dict *pager = tpl_add_include(p->content, "PAGER", "partials/pager.tpl");
	if (pager == NULL)
		return;
	tpl_set_int(pager, "PAGE", n);
	tpl_set_int(pager, "PAGES", pages);
	if (n > 1) {
		tpl_dict *prev = tpl_add_row(pager, "PREVIOUS");
		if (prev)
			tpl_set(prev, "HREF", arena_printf(&rq->arena, "%spage=%lld", base, n - 1));
	}
	if (n < pages) {
		tpl_dict *next = tpl_add_row(pager, "NEXT");
		if (next)
			tpl_set(next, "HREF", arena_printf(&rq->arena, "%spage=%lld", base, n + 1));
	}
}
