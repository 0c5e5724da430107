/*
 * intranet.c: main of the intranet program and its route table.
 *
 * Every page of the intranet is one row below: method, path, who may use
 * it, its validator table and its handler. Nothing else is reachable.
 */
#include "account.h"
#include "feedback.h"
#include "home.h"
#include "plans.h"
#include "kpis.h"
#include "actions.h"
#include "users.h"
/* issue 5a: standards, SLAs and team */
#include "standards.h"
#include "slas.h"
#include "team.h"
#include "team_raci.h"
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
	{ METHOD_POST, "/rota/breaches/{id}/ack", ROLE_MANAGER, FIELDS(rota_reason_fields), rota_breach_ack_submit, rota_breach_ack_invalid },
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
	/* issue 5a: service standards, SLAs and the team */
	{ METHOD_GET,  "/standards", ROLE_ALL, FIELDS(std_list_fields), standards_page, NULL },
	{ METHOD_GET,  "/standards/new", ROLE_MANAGER, NO_FIELDS, standard_new_page, NULL },
	{ METHOD_GET,  "/standards/handbook", ROLE_ALL, NO_FIELDS, standards_handbook_page, NULL },
	{ METHOD_POST, "/standards", ROLE_MANAGER, FIELDS(std_fields), standard_create_submit, standard_form_invalid },
	{ METHOD_GET,  "/standards/{id}", ROLE_ALL, NO_FIELDS, standard_page, NULL },
	{ METHOD_GET,  "/standards/{id}/edit", ROLE_MANAGER, NO_FIELDS, standard_edit_page, NULL },
	{ METHOD_POST, "/standards/{id}/edit", ROLE_MANAGER, std_fields, STD_EDIT__COUNT, standard_edit_submit, standard_form_invalid },
	{ METHOD_GET,  "/standards/{id}/publish", ROLE_MANAGER, NO_FIELDS, standard_publish_page, NULL },
	{ METHOD_POST, "/standards/{id}/publish", ROLE_MANAGER, FIELDS(std_publish_fields), standard_publish_submit, standard_publish_invalid },
	{ METHOD_POST, "/standards/{id}/acknowledge", ROLE_STAFF, FIELDS(std_ack_fields), standard_ack_submit, NULL },
	{ METHOD_POST, "/standards/{id}/raci", ROLE_MANAGER, FIELDS(raci_fields), standard_raci_submit, standard_page },
	{ METHOD_POST, "/standards/{id}/raci/{id}/delete", ROLE_MANAGER, NO_FIELDS, standard_raci_delete_submit, NULL },
	{ METHOD_GET,  "/slas", ROLE_ALL, FIELDS(sla_list_fields), slas_page, NULL },
	{ METHOD_GET,  "/slas/new", ROLE_MANAGER, NO_FIELDS, sla_new_page, NULL },
	{ METHOD_POST, "/slas", ROLE_MANAGER, FIELDS(sla_fields), sla_create_submit, sla_form_invalid },
	{ METHOD_GET,  "/slas/{id}", ROLE_ALL, FIELDS(sla_calc_fields), sla_page, sla_page },
	{ METHOD_GET,  "/slas/{id}/edit", ROLE_MANAGER, NO_FIELDS, sla_edit_page, NULL },
	{ METHOD_POST, "/slas/{id}/edit", ROLE_MANAGER, FIELDS(sla_fields), sla_edit_submit, sla_form_invalid },
	{ METHOD_GET,  "/slas/holidays", ROLE_MANAGER | ROLE_ADMIN, FIELDS(sla_list_fields), sla_holidays_page, NULL },
	{ METHOD_POST, "/slas/holidays", ROLE_MANAGER | ROLE_ADMIN, FIELDS(sla_holiday_fields), sla_holiday_create_submit, sla_holidays_page },
	{ METHOD_POST, "/slas/holidays/{id}/delete", ROLE_MANAGER | ROLE_ADMIN, NO_FIELDS, sla_holiday_delete_submit, NULL },
	{ METHOD_GET,  "/team", ROLE_ALL, FIELDS(team_list_fields), team_page, NULL },
	{ METHOD_POST, "/team/roles", ROLE_MANAGER, FIELDS(team_role_fields), team_role_submit, team_role_invalid },
	{ METHOD_POST, "/team/roles/{id}/delete", ROLE_MANAGER, NO_FIELDS, team_role_delete_submit, NULL },
	{ METHOD_GET,  "/team/meetings", ROLE_ALL, FIELDS(team_list_fields), meetings_page, NULL },
	{ METHOD_GET,  "/team/meetings/new", ROLE_MANAGER, NO_FIELDS, meeting_new_page, NULL },
	{ METHOD_POST, "/team/meetings", ROLE_MANAGER, FIELDS(meeting_fields), meeting_create_submit, meeting_create_invalid },
	{ METHOD_GET,  "/team/meetings/{id}", ROLE_ALL, NO_FIELDS, meeting_page, NULL },
	{ METHOD_POST, "/team/meetings/{id}/actions", ROLE_MANAGER, FIELDS(meeting_action_fields), meeting_action_submit, meeting_action_invalid },
	{ METHOD_GET,  "/team/coaching", ROLE_MANAGER | ROLE_STAFF, NO_FIELDS, coaching_index_page, NULL },
	{ METHOD_GET,  "/team/coaching/{id}", ROLE_MANAGER | ROLE_STAFF, FIELDS(team_list_fields), coaching_page, NULL },
	{ METHOD_POST, "/team/coaching/{id}", ROLE_MANAGER, FIELDS(coaching_fields), coaching_submit, coaching_invalid },
	/* service plans (plans*.c): everyone reads, managers write */
	{ METHOD_GET,  "/plans", ROLE_ALL, FIELDS(plan_list_fields), plans_list_page, NULL },
	{ METHOD_GET,  "/plans/new", ROLE_MANAGER, NO_FIELDS, plan_new_page, NULL },
	{ METHOD_POST, "/plans", ROLE_MANAGER, FIELDS(plan_fields), plan_create_submit, plan_create_invalid },
	{ METHOD_GET,  "/plans/{id}", ROLE_ALL, NO_FIELDS, plan_page, NULL },
	{ METHOD_GET,  "/plans/{id}/print", ROLE_ALL, NO_FIELDS, plan_print_page, NULL },
	{ METHOD_GET,  "/plans/{id}/edit", ROLE_MANAGER, NO_FIELDS, plan_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}", ROLE_MANAGER, FIELDS(plan_fields), plan_update_submit, plan_update_invalid },
	{ METHOD_GET,  "/plans/{id}/review", ROLE_MANAGER, NO_FIELDS, plan_review_page, NULL },
	{ METHOD_POST, "/plans/{id}/review", ROLE_MANAGER, FIELDS(review_fields), plan_review_submit, plan_review_page },
	{ METHOD_GET,  "/plans/{id}/goals/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/goals", ROLE_MANAGER, FIELDS(goal_fields), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/goals/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/goals/{id}", ROLE_MANAGER, FIELDS(goal_fields), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/goals/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/objectives/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/objectives", ROLE_MANAGER, FIELDS(objective_fields), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/objectives/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/objectives/{id}", ROLE_MANAGER, FIELDS(objective_fields), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/objectives/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/milestones/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/milestones", ROLE_MANAGER, FIELDS(milestone_fields), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/milestones/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/milestones/{id}", ROLE_MANAGER, FIELDS(milestone_fields), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/milestones/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/resources/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/resources", ROLE_MANAGER, FIELDS(resource_fields), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/resources/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/resources/{id}", ROLE_MANAGER, FIELDS(resource_fields), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/resources/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/risks/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/risks", ROLE_MANAGER, FIELDS(risk_fields), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/risks/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/risks/{id}", ROLE_MANAGER, FIELDS(risk_fields), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/risks/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/stakeholders/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/stakeholders", ROLE_MANAGER, FIELDS(stakeholder_fields), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/stakeholders/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/stakeholders/{id}", ROLE_MANAGER, FIELDS(stakeholder_fields), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/stakeholders/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_POST, "/plans/{id}/raci", ROLE_MANAGER, FIELDS(raci_fields), plan_raci_submit, plan_page },
	{ METHOD_POST, "/plans/{id}/raci/{id}/delete", ROLE_MANAGER, NO_FIELDS, plan_raci_delete_submit, NULL },
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
	{ METHOD_POST, "/customer-feedback/{id}/action", FEEDBACK_MANAGERS, FIELDS(feedback_raise_fields), feedback_raise_submit, feedback_raise_invalid },
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
