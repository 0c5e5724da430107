/*
 * intranet.c: main of the intranet program and its route table.
 *
 * Every page of the intranet is one row below: method, path, who may use
 * it, its validator table and its handler. Nothing else is reachable.
 */
#include "account.h"
#include "feedback.h"
#include "home.h"
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
	/* Customer feedback: the log, responses, analysis and forms. */
	{ METHOD_GET,  "/customer-feedback", FEEDBACK_READERS, FIELDS(log_fields), feedback_log_page, feedback_log_page },
	{ METHOD_GET,  "/customer-feedback/responses.csv", FEEDBACK_READERS, FIELDS(log_fields), feedback_log_csv, NULL },
	{ METHOD_GET,  "/customer-feedback/analysis", FEEDBACK_MANAGERS, FIELDS(analysis_fields), feedback_analysis_page, feedback_analysis_page },
	{ METHOD_GET,  "/customer-feedback/summary.csv", FEEDBACK_MANAGERS, FIELDS(analysis_fields), feedback_summary_csv, NULL },
	{ METHOD_GET,  "/customer-feedback/forms", FEEDBACK_MANAGERS, NO_FIELDS, feedback_forms_page, NULL },
	{ METHOD_GET,  "/customer-feedback/forms/new", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_new_page, NULL },
	{ METHOD_POST, "/customer-feedback/forms", FEEDBACK_MANAGERS, FIELDS(form_fields), feedback_form_create_submit, feedback_form_create_invalid },
	{ METHOD_GET,  "/customer-feedback/forms/{id}", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_edit_page, NULL },
	{ METHOD_POST, "/customer-feedback/forms/{id}", FEEDBACK_MANAGERS, FIELDS(form_fields), feedback_form_update_submit, feedback_form_update_invalid },
	{ METHOD_POST, "/customer-feedback/forms/{id}/close", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_close_submit, NULL },
	{ METHOD_POST, "/customer-feedback/forms/{id}/open", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_open_submit, NULL },
	{ METHOD_GET,  "/customer-feedback/forms/{id}/qr.svg", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_qr, NULL },
	{ METHOD_GET,  "/customer-feedback/forms/{id}/print", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_print_page, NULL },
	{ METHOD_GET,  "/customer-feedback/{id}", FEEDBACK_READERS, FIELDS(response_query_fields), feedback_response_page, feedback_response_page },
	{ METHOD_POST, "/customer-feedback/{id}/tags", FEEDBACK_READERS, FIELDS(tag_fields), feedback_tag_add_submit, feedback_tag_invalid },
	{ METHOD_POST, "/customer-feedback/{id}/tags/remove", FEEDBACK_READERS, FIELDS(tag_fields), feedback_tag_remove_submit, feedback_tag_invalid },
	{ METHOD_POST, "/customer-feedback/{id}/action", FEEDBACK_MANAGERS, FIELDS(raise_fields), feedback_raise_submit, feedback_raise_invalid },
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
