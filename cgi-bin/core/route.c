/*
 * route.c: route matching and the request's one road (see route.h).
 */
#include "route.h"
#include "auth.h"
#include "db.h"

#include <stdlib.h>
#include <string.h>

/* Matches a pattern segment by segment; "{id}" takes 1-18 digits, not 0. */
int route_match(const char *pattern, const char *path, struct request *rq)
{
	const char *p = pattern, *s = path;
	int ids = 0;
	long long found[4];
	const char *slug = NULL;
	size_t slug_len = 0;
	while (*p && *s) {
		if (strncmp(p, "{slug}", 6) == 0) {
			/* {slug}: 1-40 of a-z 0-9 '-' (the public feedback forms) */
			size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-");
			if (n == 0 || n > 40 || slug)
				return 0;
			slug = s;
			slug_len = n;
			s += n;
			p += 6;
		} else if (strncmp(p, "{id}", 4) == 0) {
			size_t digits = strspn(s, "0123456789");
			if (digits == 0 || digits > 18 || s[0] == '0' || ids == 4)
				return 0;
			found[ids++] = strtoll(s, NULL, 10);
			s += digits;
			p += 4;
		} else if (*p == *s) {
			p++;
			s++;
		} else {
			return 0;
		}
	}
	if (*p || *s)
		return 0;
	if (rq) {
		memcpy(rq->path_ids, found, sizeof(long long) * (size_t)ids);
		rq->path_id_count = ids;
		rq->path_slug = slug ? arena_strndup(&rq->arena, slug, slug_len) : NULL;
	}
	return 1;
}

/* The expected origin of a request: scheme and Host. */
static const char *own_origin(struct request *rq)
{
	return arena_printf(&rq->arena, "%s://%s", rq->https ? "https" : "http", rq->host);
}

/* Origin check: a present Origin must be ours; without one, a present
 * Referer must start with our origin and a '/'. Neither: allowed (the
 * CSRF token still has to match). */
int origin_allowed(const struct request *rq)
{
	const char *own = own_origin((struct request *)rq);
	size_t len = strlen(own);
	if (rq->origin)
		return strcmp(rq->origin, own) == 0;
	if (rq->referer)
		return strncmp(rq->referer, own, len) == 0 && rq->referer[len] == '/';
	return 1;
}

/* The CSRF check: the body's csrf_token must equal the session's token, or
 * for visitors not signed in, the form cookie's. */
static int csrf_allowed(const struct request *rq)
{
	const struct field *f = fields_find(&rq->body, "csrf_token");
	if (f == NULL || fields_count(&rq->body, "csrf_token") != 1)
		return 0;
	if (rq->session)
		return csrf_token_matches(rq->session->csrf_token, f->value);
	return csrf_token_matches(request_cookie(rq, form_cookie_name(rq)), f->value);
}

/* Finds the route for the request among the areas' routes; sets
 * *method_mismatch when the path is known but not for this method. */
static const struct route *find_route(const struct area *const *areas, size_t area_count,
                                      struct request *rq, int *method_mismatch)
{
	enum method m = rq->method == METHOD_HEAD ? METHOD_GET : rq->method;
	*method_mismatch = 0;
	for (size_t a = 0; a < area_count; a++) {
		const struct route *routes = areas[a]->routes;
		for (size_t i = 0; i < areas[a]->route_count; i++) {
			if (!route_match(routes[i].pattern, rq->path, rq))
				continue;
			if (routes[i].method == m)
				return &routes[i];
			*method_mismatch = 1;
		}
	}
	return NULL;
}

/* Lists the methods a path accepts, for the Allow header of a 405. */
static const char *allowed_methods(const struct area *const *areas, size_t area_count,
                                   struct request *rq)
{
	int get = 0, post = 0;
	for (size_t a = 0; a < area_count; a++)
		for (size_t i = 0; i < areas[a]->route_count; i++) {
			const struct route *r = &areas[a]->routes[i];
			if (route_match(r->pattern, rq->path, NULL)) {
				get |= r->method == METHOD_GET;
				post |= r->method == METHOD_POST;
			}
		}
	return get && post ? "GET, HEAD, POST" : get ? "GET, HEAD" : "POST";
}

/* Sends a visitor who is not signed in to the sign-in page, remembering
 * where they were going (GET only) and whether their session expired. */
static void redirect_to_login(struct request *rq, struct response *rs, int expired)
{
	const char *next = rq->method == METHOD_GET && strcmp(rq->path, "/") != 0 ? rq->path : NULL;
	struct buf b = {0};
	buf_puts(&b, "/login");
	if (expired || next)
		buf_puts(&b, "?");
	if (expired)
		buf_puts(&b, next ? "expired=1&" : "expired=1");
	if (next) {
		buf_puts(&b, "next=");
		buf_puts(&b, url_encode(&rq->arena, next));
	}
	respond_redirect(rs, b.data);
	if (expired)
		respond_cookie(rs, rq, session_cookie_name(rq), "", 0);
	buf_free(&b);
}

/* Checks sign-in and roles; returns 1 when the request may go on (having
 * filled rs otherwise). */
static int access_granted(const struct route *r, struct request *rq,
                          struct response *rs, enum session_state state)
{
	if (r->roles == ACCESS_PUBLIC)
		return 1;
	if (rq->session == NULL) {
		redirect_to_login(rq, rs, state == SESSION_EXPIRED);
		return 0;
	}
	if ((rq->session->roles & r->roles) == 0) {
		respond_error(rq, rs, 403, "Your account does not have the role this page needs. "
		              "If you think it should, ask an administrator.");
		return 0;
	}
	return 1;
}

/* Validates the route's fields into rq->form; returns 1 when valid or
 * when the invalid handler has rendered the form again. */
static int validate_fields(const struct route *r, struct request *rq,
                           struct response *rs, int *handled)
{
	*handled = 0;
	if (r->field_count == 0)
		return 1;               /* no fields: rq->form stays NULL */
	struct form *form = arena_zalloc(&rq->arena, sizeof *form);
	const struct fields *input = r->method == METHOD_POST ? &rq->body : &rq->query;
	if (form == NULL)
		return 0;
	rq->form = form;
	if (form_validate(&rq->arena, r->fields, r->field_count, input, form) < 0)
		return 0;               /* out of memory: the caller answers 503 */
	if (r->check)
		r->check(rq);           /* also when a field is wrong: every problem at once */
	if (form->error_count == 0)
		return 1;
	if (r->invalid) {
		rs->status = 400;
		*handled = 1;
		if (r->invalid(rq, rs) != 0)
			respond_error(rq, rs, 500, "the form could not be shown again");
		return 0;
	}
	respond_error(rq, rs, 400, "A value in the address or form was not acceptable.");
	*handled = 1;
	return 0;
}

/* What to tell someone whose write failed with rc: nothing was saved,
 * and why in words they can act on. */
static const char *not_saved_message(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_FULL:
		return "Nothing was saved: the server has run out of disk space. What you typed is "
		       "still here; please tell your administrator, and press the button again once "
		       "they have made room.";
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return "Nothing was saved: the database was busy for too long. What you typed is "
		       "still here; please press the button again in a minute.";
	default:
		return "Nothing was saved: the database could not write it. What you typed is still "
		       "here; please try again, and if it keeps happening, give the error id to your "
		       "administrator.";
	}
}

/* Answers a POST whose write failed (rc, logged under id): the route's
 * form again with what was typed and a 503 banner saying nothing was
 * saved, with the same error id as the log; without a form to show, an
 * error page saying the same. */
static void answer_not_saved(const struct route *r, struct request *rq, struct response *rs,
                             int rc, const char id[9])
{
	const char *message = not_saved_message(rc);
	response_reset(rs);
	memcpy(rs->error_id, id, sizeof rs->error_id);
	rs->not_saved = message;
	if (r->invalid && rq->form) {
		rs->status = 503;
		if (r->invalid(rq, rs) == 0) {
			rs->status = 503;
			return;
		}
		response_reset(rs);
		memcpy(rs->error_id, id, sizeof rs->error_id);
	}
	respond_error(rq, rs, 503, message);
}

/* Answers a handler that failed: a write that failed on a POST is
 * answer_not_saved(); with the database unavailable, 503; otherwise 500. */
static void answer_failure(const struct route *r, struct request *rq, struct response *rs)
{
	char id[9] = "";
	int rc = db_failed_write(id);
	if (r->method == METHOD_POST && rc != SQLITE_OK) {
		answer_not_saved(r, rq, rs, rc, id);
		return;
	}
	if (!db_healthy()) {
		respond_error(rq, rs, 503, "The database is not available just now, so this page "
		              "cannot be shown and nothing can be saved. Please try again in a few minutes.");
		return;
	}
	respond_error(rq, rs, 500, "handler failed");
}

/* The one road. */
void route_dispatch(const struct area *const *areas, size_t area_count,
                    struct request *rq, struct response *rs)
{
	int mismatch, handled;
	const struct route *r = find_route(areas, area_count, rq, &mismatch);
	enum session_state state = session_load(rq);
	if (state == SESSION_ERROR) {
		respond_error(rq, rs, 503, "The database is not answering. Nothing was changed; "
		              "please try again in a minute.");
		return;
	}
	if (r == NULL) {
		if (mismatch) {
			respond_header(rs, "Allow", allowed_methods(areas, area_count, rq));
			respond_error(rq, rs, 405, "This address does not accept that kind of request.");
		} else {
			respond_error(rq, rs, 404, "There is no page at this address. "
			              "Check the address, or go back to the home page.");
		}
		return;
	}
	if (!access_granted(r, rq, rs, state))
		return;
	if (r->method == METHOD_POST && (!origin_allowed(rq) || !csrf_allowed(rq))) {
		respond_error(rq, rs, 403, "This form had expired or did not come from this site, "
		              "so nothing was changed. Go back, reload the page and try again.");
		return;
	}
	if (!validate_fields(r, rq, rs, &handled)) {
		if (!handled)
			respond_error(rq, rs, 500, "out of memory while validating");
		return;
	}
	/* A page is read from one snapshot; a write inside it ends the snapshot. */
	int reading = r->method == METHOD_GET && db_read_begin() == SQLITE_OK;
	int failed = r->handler(rq, rs) != 0;
	if (reading)
		db_read_end();
	if (failed)
		answer_failure(r, rq, rs);
}

/* The current request's validated form. */
const struct form *request_form(const struct request *rq)
{
	return rq->form;
}

/* See route.h. */
void request_form_error(struct request *rq, size_t i, const char *message)
{
	if (rq->form)
		form_set_error(rq->form, i, message);
}

/* See route.h. */
int request_form_refused(const struct request *rq)
{
	return rq->form && rq->form->error_count > 0;
}

/* See route.h. */
int form_again(struct request *rq, struct response *rs, handler_fn show)
{
	rs->status = 400;
	return show(rq, rs);
}

/* Writes the roles of a route as text: "public" or names joined by '|'. */
static void print_roles(unsigned roles, FILE *out)
{
	struct buf b = {0};
	if (roles == ACCESS_PUBLIC || auth_role_names(roles, "|", &b) != 0 || b.data == NULL)
		fputs(roles == ACCESS_PUBLIC ? "public" : "?", out);
	else
		fputs(b.data, out);
	buf_free(&b);
}

/* See route.h: one tab-separated line per route. */
void route_list(const struct area *const *areas, size_t area_count, FILE *out)
{
	for (size_t a = 0; a < area_count; a++)
		for (size_t i = 0; i < areas[a]->route_count; i++) {
			const struct route *r = &areas[a]->routes[i];
			fprintf(out, "%s\t%s\t%s\t", areas[a]->name,
			        r->method == METHOD_POST ? "POST" : "GET", r->pattern);
			print_roles(r->roles, out);
			fputc('\n', out);
		}
}
