/*
 * intranet.c: main of the intranet program and its route table.
 *
 * Every page of the intranet is one row below: method, path, who may use
 * it, its validator table and its handler. Nothing else is reachable.
 */
#include "account.h"
#include "home.h"
#include "users.h"
#include "rota.h"
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
	/* Rota (issue 3): managers plan; staff see published weeks and their own rota. */
	{ METHOD_GET,  "/rota", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_view_fields), rota_week_page, NULL },
	{ METHOD_GET,  "/rota/print", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_view_fields), rota_print_page, NULL },
	{ METHOD_GET,  "/rota/day", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_view_fields), rota_day_page, NULL },
	{ METHOD_GET,  "/rota/mine", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_view_fields), rota_mine_page, NULL },
	{ METHOD_GET,  "/rota/shifts/new", ROLE_MANAGER, NO_FIELDS, rota_shift_new_page, NULL },
	{ METHOD_POST, "/rota/shifts", ROLE_MANAGER, FIELDS(rota_shift_fields), rota_shift_create_submit, rota_shift_create_invalid },
	{ METHOD_GET,  "/rota/shifts/{id}", ROLE_MANAGER, NO_FIELDS, rota_shift_edit_page, NULL },
	{ METHOD_POST, "/rota/shifts/{id}", ROLE_MANAGER, FIELDS(rota_shift_fields), rota_shift_update_submit, rota_shift_update_invalid },
	{ METHOD_POST, "/rota/shifts/{id}/delete", ROLE_MANAGER, NO_FIELDS, rota_shift_delete_submit, NULL },
	{ METHOD_POST, "/rota/publish", ROLE_MANAGER, FIELDS(rota_week_fields), rota_publish_submit, NULL },
	{ METHOD_GET,  "/rota/breaches", ROLE_MANAGER, FIELDS(rota_view_fields), rota_breaches_page, NULL },
	{ METHOD_POST, "/rota/breaches/{id}/ack", ROLE_MANAGER, FIELDS(rota_reason_fields), rota_breach_ack_submit, NULL },
	{ METHOD_GET,  "/rota/people/{id}", ROLE_MANAGER, NO_FIELDS, rota_person_page, NULL },
	{ METHOD_POST, "/rota/people/{id}", ROLE_MANAGER, FIELDS(rota_person_fields), rota_person_submit, rota_person_page },
	{ METHOD_GET,  "/rota/cover", ROLE_MANAGER, NO_FIELDS, rota_cover_page, NULL },
	{ METHOD_POST, "/rota/cover", ROLE_MANAGER, FIELDS(rota_cover_fields), rota_cover_submit, rota_cover_invalid },
	{ METHOD_POST, "/rota/cover/{id}/delete", ROLE_MANAGER, NO_FIELDS, rota_cover_delete_submit, NULL },
	{ METHOD_GET,  "/rota/leave", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_leave_page, NULL },
	{ METHOD_POST, "/rota/leave", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_leave_fields), rota_leave_submit, rota_leave_invalid },
	{ METHOD_POST, "/rota/leave/{id}/decide", ROLE_MANAGER, FIELDS(rota_decide_fields), rota_leave_decide_submit, NULL },
	{ METHOD_POST, "/rota/leave/{id}/cancel", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_leave_cancel_submit, NULL },
	{ METHOD_POST, "/rota/shifts/{id}/offer", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_offer_submit, NULL },
	{ METHOD_GET,  "/rota/swaps", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_swaps_page, NULL },
	{ METHOD_POST, "/rota/swaps/{id}/accept", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_swap_accept_submit, NULL },
	{ METHOD_POST, "/rota/swaps/{id}/decide", ROLE_MANAGER, FIELDS(rota_decide_fields), rota_swap_decide_submit, NULL },
	{ METHOD_POST, "/rota/swaps/{id}/withdraw", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_swap_withdraw_submit, NULL },
	{ METHOD_GET,  "/rota/plan", ROLE_MANAGER, NO_FIELDS, rota_plan_page, NULL },
	{ METHOD_POST, "/rota/copy-day", ROLE_MANAGER, FIELDS(rota_copy_day_fields), rota_copy_day_submit, rota_plan_invalid },
	{ METHOD_POST, "/rota/copy-week", ROLE_MANAGER, FIELDS(rota_copy_week_fields), rota_copy_week_submit, rota_plan_invalid },
	{ METHOD_POST, "/rota/pattern", ROLE_MANAGER, FIELDS(rota_pattern_fields), rota_pattern_submit, rota_plan_invalid },
	{ METHOD_GET,  "/rota/export.csv", ROLE_MANAGER, FIELDS(rota_view_fields), rota_export_page, NULL },
	{ METHOD_GET,  "/rota/import", ROLE_MANAGER, NO_FIELDS, rota_import_page, NULL },
	{ METHOD_POST, "/rota/import", ROLE_MANAGER, FIELDS(rota_import_fields), rota_import_submit, rota_import_invalid },
	{ METHOD_GET,  "/rota/calendar", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_calendar_page, NULL },
	{ METHOD_POST, "/rota/calendar/new", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_calendar_new_submit, NULL },
	{ METHOD_POST, "/rota/calendar/revoke", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_calendar_revoke_submit, NULL },
	{ METHOD_GET,  "/rota/feed.ics", ACCESS_PUBLIC, FIELDS(rota_feed_fields), rota_feed_page, rota_feed_invalid },
	{ METHOD_GET,  "/rota/equipment", ROLE_MANAGER, NO_FIELDS, rota_equipment_page, NULL },
	{ METHOD_POST, "/rota/equipment", ROLE_MANAGER, FIELDS(rota_equipment_fields), rota_equipment_submit, rota_equipment_invalid },
	{ METHOD_POST, "/rota/equipment/{id}/delete", ROLE_MANAGER, NO_FIELDS, rota_equipment_delete_submit, NULL },
	{ METHOD_GET,  "/_fault/500", ACCESS_PUBLIC, NO_FIELDS, fault_page, NULL },
	{ METHOD_GET,  "/_fault/slow", ACCESS_PUBLIC, NO_FIELDS, fault_page, NULL },
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
