/*
 * route.h: the route table and the one road every request takes.
 *
 * Each area lists its pages in one table: method, path pattern, the roles
 * allowed, the validator table and the handler; a program is the list of
 * areas it serves. route_dispatch() answers
 * unknown paths 404, wrong methods 405, visitors who are not signed in 303
 * to /login, wrong roles 403; checks the Origin and the CSRF token of every
 * POST; validates the fields; and only then calls the handler. Access is
 * denied unless a row grants it.
 */
#ifndef FRONTLINE_ROUTE_H
#define FRONTLINE_ROUTE_H

#include "form.h"
#include "http.h"
#include "page.h"

#include <stdio.h>

/* A handler fills the response; it returns 0, or -1 for an internal error
 * (the dispatcher then answers 500 with a logged error id). */
typedef int (*handler_fn)(struct request *rq, struct response *rs);

/* A form's check: the rules a validator table cannot say (one field
 * against another, a name already taken). It reads the form with
 * request_form() and reports each problem with request_form_error(). */
typedef void (*form_check_fn)(struct request *rq);

/* Who may use a route: PUBLIC needs no sign-in; otherwise the user must
 * hold at least one of the role bits (ROLE_ALL: anyone signed in). */
#define ACCESS_PUBLIC 0u

struct route {
	enum method method;            /* METHOD_GET (serves HEAD too) or METHOD_POST */
	const char *pattern;           /* "/admin/users/{id}": {id} is a positive integer;
	                                  {slug} is 1-40 of a-z 0-9 '-' (rq->path_slug) */
	unsigned roles;
	const struct field_spec *fields; /* POST: body fields; GET: query fields */
	size_t field_count;
	form_check_fn check;           /* rules over several fields or the database,
	                                  run after the validators; NULL: none */
	handler_fn handler;            /* runs when the fields are valid */
	handler_fn invalid;            /* re-renders the form (status 400) when they are not;
	                                  NULL: a plain 400 page */
};

/* Build the fields, field_count and check members: FIELDS from a static
 * array of validators, CHECKED_FIELDS with the form's check as well. */
#define FIELDS(table) (table), (sizeof(table) / sizeof((table)[0])), NULL
#define CHECKED_FIELDS(table, check) (table), (sizeof(table) / sizeof((table)[0])), (check)
#define NO_FIELDS NULL, 0, NULL

/* An area of the application (rota, plans, feedback, ...): its name, its
 * pages and its links in the site navigation. Each area folder defines one
 * in its routes.c, and a program is the list of the areas it serves (the
 * navigation follows that order). */
struct area {
	const char *name;
	const struct route *routes;
	size_t route_count;
	const struct nav_link *nav;
	size_t nav_count;
};

/* Build the routes/route_count and nav/nav_count members from static
 * arrays; NO_NAV for an area with no link in the navigation. */
#define ROUTES(table) (table), (sizeof(table) / sizeof((table)[0]))
#define NAV(table) (table), (sizeof(table) / sizeof((table)[0]))
#define NO_NAV NULL, 0

/* Matches path against pattern, filling rq->path_ids; returns 1 on a match. */
int route_match(const char *pattern, const char *path, struct request *rq);

/* The one road: see the comment at the top. The routes of the areas are
 * tried in order, the first match wins. Always fills rs. */
void route_dispatch(const struct area *const *areas, size_t area_count,
                    struct request *rq, struct response *rs);

/* Writes one line per route of the areas to out: area, method, pattern
 * and the roles allowed ("public", or role names joined by '|'). */
void route_list(const struct area *const *areas, size_t area_count, FILE *out);

/* The validated form of the current request: never NULL inside a handler
 * of a route with fields, always NULL for a route without. */
const struct form *request_form(const struct request *rq);

/* Marks field i of the request's form wrong with message (a check made
 * after the validators: one field against another, or the database). */
void request_form_error(struct request *rq, size_t i, const char *message);
/* Returns 1 when the request's form has an error. */
int request_form_refused(const struct request *rq);
/* Shows the form again with its errors: status 400 and the page that
 * show draws (the route's invalid handler); returns what show returns.
 * The one way a handler answers a refused form:
 *     if (request_form_refused(rq)) return form_again(rq, rs, x_invalid); */
int form_again(struct request *rq, struct response *rs, handler_fn show);

/* Returns 1 when the Origin (or, failing that, Referer) header names this
 * site or is absent. */
int origin_allowed(const struct request *rq);

#endif
