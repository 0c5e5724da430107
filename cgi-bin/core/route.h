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
	handler_fn handler;            /* runs when the fields are valid */
	handler_fn invalid;            /* re-renders the form (status 400) when they are not;
	                                  NULL: a plain 400 page */
};

/* Builds the fields and field_count members from a static array. */
#define FIELDS(table) (table), (sizeof(table) / sizeof((table)[0]))
#define NO_FIELDS NULL, 0

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

/* Returns 1 when the Origin (or, failing that, Referer) header names this
 * site or is absent. */
int origin_allowed(const struct request *rq);

#endif
