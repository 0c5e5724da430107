/*
 * routes.c: the pages of the home area: the home page (a dashboard with
 * one panel per role), the health check, and the test-only fault pages.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "home.h"
#include "core/auth.h"

static const struct route home_routes[] = {
	{ METHOD_GET,  "/healthz", ACCESS_PUBLIC, NO_FIELDS, health_page, NULL },
	{ METHOD_GET,  "/", ROLE_ALL, NO_FIELDS, home_page, NULL },
	{ METHOD_GET,  "/_fault/500", ACCESS_PUBLIC, NO_FIELDS, fault_page, NULL },
	{ METHOD_GET,  "/_fault/slow", ACCESS_PUBLIC, NO_FIELDS, fault_page, NULL },
};

/* The area's links in the site navigation. */
static const struct nav_link home_nav[] = {
	{ "/", "Home", ROLE_ALL },
};

const struct area home_area = { "home", ROUTES(home_routes), NAV(home_nav) };
