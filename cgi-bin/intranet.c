/*
 * intranet.c: main of the intranet program and its route table.
 *
 * Every page of the intranet is one row below: method, path, who may use
 * it, its validator table and its handler. Nothing else is reachable.
 */
#include "account.h"
#include "home.h"
#include "kpis.h"
#include "actions.h"
#include "users.h"
#include "core/auth.h"
#include "core/db.h"
#include "core/server.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* GET /_fault/500 and /_fault/slow exist only for the tests, and only when
 * the worker was started with FRONTLINE_TEST_FAULTS=1: one fails inside a
 * handler (to prove the 500 page and its headers), the other takes two
 * seconds (to prove a stopping worker finishes its request). */
static int fault_page(struct request *rq, struct response *rs)
{
	const char *enabled = getenv("FRONTLINE_TEST_FAULTS");
	if (enabled == NULL || enabled[0] != '1') {
		respond_error(rq, rs, 404, "There is no page at this address.");
		return 0;
	}
	if (rq->path[8] == 's') {
		struct timespec left = { 2, 0 };
		while (nanosleep(&left, &left) != 0)
			;               /* a stop signal must not cut the request short */
		respond_text(rs, 200, "slow request finished\n");
		return 0;
	}
	return -1;
}

static const struct route routes[] = {
	{ METHOD_GET,  "/healthz", ACCESS_PUBLIC, NO_FIELDS, health_page, NULL },
	{ METHOD_GET,  "/login", ACCESS_PUBLIC, NO_FIELDS, login_page, NULL },
	{ METHOD_POST, "/login", ACCESS_PUBLIC, FIELDS(login_fields), login_submit, login_invalid },
	{ METHOD_POST, "/logout", ROLE_ALL, NO_FIELDS, logout_submit, NULL },
	{ METHOD_GET,  "/", ROLE_ALL, NO_FIELDS, home_page, NULL },
	{ METHOD_GET,  "/account", ROLE_ALL, NO_FIELDS, account_page, NULL },
	{ METHOD_GET,  "/account/password", ROLE_ALL, NO_FIELDS, password_page, NULL },
	{ METHOD_POST, "/account/password", ROLE_ALL, FIELDS(password_fields), password_submit, password_page },
	{ METHOD_GET,  "/account/sessions", ROLE_ALL, NO_FIELDS, sessions_page, NULL },
	{ METHOD_POST, "/account/sessions/{id}/end", ROLE_ALL, NO_FIELDS, session_end_submit, NULL },
	{ METHOD_GET,  "/admin/users", ROLE_ADMIN, FIELDS(list_fields), users_page, NULL },
	{ METHOD_GET,  "/admin/users/new", ROLE_ADMIN, NO_FIELDS, user_new_page, NULL },
	{ METHOD_POST, "/admin/users", ROLE_ADMIN, FIELDS(user_fields), user_create_submit, user_create_invalid },
	{ METHOD_GET,  "/admin/users/{id}", ROLE_ADMIN, NO_FIELDS, user_edit_page, NULL },
	{ METHOD_POST, "/admin/users/{id}", ROLE_ADMIN, FIELDS(user_fields), user_update_submit, user_update_invalid },
	{ METHOD_POST, "/admin/users/{id}/password", ROLE_ADMIN, FIELDS(reset_fields), user_reset_submit, user_edit_page },
	{ METHOD_GET,  "/admin/audit", ROLE_ADMIN, FIELDS(list_fields), audit_page, NULL },
	{ METHOD_GET,  "/_fault/500", ACCESS_PUBLIC, NO_FIELDS, fault_page, NULL },
	{ METHOD_GET,  "/_fault/slow", ACCESS_PUBLIC, NO_FIELDS, fault_page, NULL },
	/* KPIs and actions (issue 5, parts 3 and 4) */
	{ METHOD_GET,  "/kpis", ROLE_ALL, NO_FIELDS, kpis_dashboard_page, NULL },
	{ METHOD_GET,  "/kpis/new", ROLE_MANAGER, NO_FIELDS, kpi_new_page, NULL },
	{ METHOD_POST, "/kpis", ROLE_MANAGER, FIELDS(kpi_fields), kpi_create_submit, kpi_create_invalid },
	{ METHOD_GET,  "/kpis/import", ROLE_MANAGER, NO_FIELDS, kpi_import_page, NULL },
	{ METHOD_POST, "/kpis/import", ROLE_MANAGER, FIELDS(kpi_import_fields), kpi_import_submit, kpi_import_page },
	{ METHOD_GET,  "/kpis/{id}", ROLE_ALL, FIELDS(kpi_page_fields), kpi_detail_page, NULL },
	{ METHOD_GET,  "/kpis/{id}/edit", ROLE_MANAGER, NO_FIELDS, kpi_edit_page, NULL },
	{ METHOD_POST, "/kpis/{id}", ROLE_MANAGER, FIELDS(kpi_fields), kpi_update_submit, kpi_update_invalid },
	{ METHOD_POST, "/kpis/{id}/results", ROLE_MANAGER, FIELDS(kpi_result_fields), kpi_result_submit, kpi_result_invalid },
	{ METHOD_POST, "/kpis/{id}/compute", ROLE_MANAGER, NO_FIELDS, kpi_compute_submit, NULL },
	{ METHOD_GET,  "/kpis/results/{id}", ROLE_ALL, NO_FIELDS, kpi_result_page, NULL },
	{ METHOD_POST, "/kpis/results/{id}/action", ROLE_MANAGER, FIELDS(kpi_raise_fields), kpi_raise_submit, kpi_result_form_invalid },
	{ METHOD_POST, "/kpis/results/{id}/justify", ROLE_MANAGER, FIELDS(kpi_justify_fields), kpi_justify_submit, kpi_result_form_invalid },
	{ METHOD_GET,  "/actions", ROLE_ALL, FIELDS(action_list_fields), actions_page, NULL },
	{ METHOD_GET,  "/actions/new", ROLE_MANAGER, NO_FIELDS, action_new_page, NULL },
	{ METHOD_POST, "/actions", ROLE_MANAGER, FIELDS(action_new_fields), action_create_submit, action_create_invalid },
	{ METHOD_GET,  "/actions/{id}", ROLE_ALL, NO_FIELDS, action_page, NULL },
	{ METHOD_GET,  "/actions/{id}/edit", ROLE_ALL, NO_FIELDS, action_edit_page, NULL },
	{ METHOD_POST, "/actions/{id}", ROLE_ALL, FIELDS(action_edit_fields), action_update_submit, action_edit_page },
	{ METHOD_GET,  "/actions/{id}/review", ROLE_ALL, NO_FIELDS, action_review_page, NULL },
	{ METHOD_POST, "/actions/{id}/review", ROLE_ALL, FIELDS(action_review_fields), action_review_submit, action_review_page },
	{ METHOD_POST, "/actions/{id}/close", ROLE_ALL, NO_FIELDS, action_close_submit, NULL },
};

/* Opens the database read-write and brings its schema up to date. */
static sqlite3 *open_intranet_database(const char *path)
{
	sqlite3 *db = db_open(path, 0);
	if (db && db_migrate(db) < 0) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

static const struct program intranet = {
	"intranet", routes, sizeof routes / sizeof routes[0], open_intranet_database
};

int main(void)
{
	return server_run(&intranet);
}
