/*
 * routes.c: the pages of the checklists area. Staff and managers use it
 * (staff run what is assigned to them or their team); only managers build
 * templates, schedule them, deal with failed items and sign runs off.
 * Assessors have no row here: core/route.c answers them 403.
 */
#include "checklists.h"
#include "core/auth.h"

#define U CHECKLIST_USERS
#define M CHECKLIST_MANAGERS

static const struct route checklists_routes[] = {
	{ METHOD_GET,  "/checklists", U, NO_FIELDS, checklists_page, NULL },
	{ METHOD_GET,  "/checklists/dashboard", U, FIELDS(checklist_list_fields), checklist_dashboard_page, NULL },
	{ METHOD_GET,  "/checklists/templates/new", M, NO_FIELDS, checklist_template_new_page, NULL },
	{ METHOD_POST, "/checklists/templates", M, CHECKED_FIELDS(checklist_template_fields, checklist_template_check), checklist_template_create_submit, checklist_template_new_page },
	{ METHOD_GET,  "/checklists/templates/{id}", U, NO_FIELDS, checklist_template_page, NULL },
	{ METHOD_GET,  "/checklists/templates/{id}/edit", M, NO_FIELDS, checklist_template_edit_page, NULL },
	{ METHOD_POST, "/checklists/templates/{id}", M, CHECKED_FIELDS(checklist_template_fields, checklist_template_check), checklist_template_update_submit, checklist_template_edit_page },
	{ METHOD_POST, "/checklists/templates/{id}/sections", M, FIELDS(checklist_section_fields), checklist_section_submit, checklist_template_page },
	{ METHOD_POST, "/checklists/templates/{id}/sections/{id}", M, FIELDS(checklist_section_fields), checklist_section_rename_submit, checklist_template_page },
	{ METHOD_POST, "/checklists/templates/{id}/sections/{id}/delete", M, NO_FIELDS, checklist_section_delete_submit, NULL },
	{ METHOD_GET,  "/checklists/templates/{id}/items/new", M, NO_FIELDS, checklist_item_new_page, NULL },
	{ METHOD_POST, "/checklists/templates/{id}/items", M, CHECKED_FIELDS(checklist_item_fields, checklist_item_check), checklist_item_create_submit, checklist_item_new_page },
	{ METHOD_GET,  "/checklists/templates/{id}/items/{id}/edit", M, NO_FIELDS, checklist_item_edit_page, NULL },
	{ METHOD_POST, "/checklists/templates/{id}/items/{id}", M, CHECKED_FIELDS(checklist_item_fields, checklist_item_check), checklist_item_update_submit, checklist_item_edit_page },
	{ METHOD_POST, "/checklists/templates/{id}/items/{id}/delete", M, NO_FIELDS, checklist_item_delete_submit, NULL },
	{ METHOD_POST, "/checklists/templates/{id}/schedules", M, CHECKED_FIELDS(checklist_schedule_fields, checklist_schedule_check), checklist_schedule_submit, checklist_template_page },
	{ METHOD_POST, "/checklists/templates/{id}/run", M, FIELDS(checklist_adhoc_fields), checklist_adhoc_run_submit, NULL },
	{ METHOD_GET,  "/checklists/schedules/{id}", U, NO_FIELDS, checklist_schedule_page, NULL },
	{ METHOD_POST, "/checklists/schedules/{id}/stop", M, NO_FIELDS, checklist_schedule_stop_submit, NULL },
	{ METHOD_POST, "/checklists/schedules/{id}/run", U, NO_FIELDS, checklist_schedule_run_submit, NULL },
	{ METHOD_GET,  "/checklists/runs", U, FIELDS(checklist_list_fields), checklist_runs_page, NULL },
	{ METHOD_GET,  "/checklists/runs.csv", M, NO_FIELDS, checklist_runs_csv, NULL },
	{ METHOD_GET,  "/checklists/runs/{id}", U, NO_FIELDS, checklist_run_page, NULL },
	{ METHOD_GET,  "/checklists/runs/{id}/report", U, NO_FIELDS, checklist_report_page, NULL },
	{ METHOD_GET,  "/checklists/answers/{id}", U, NO_FIELDS, checklist_answer_page, NULL },
	{ METHOD_POST, "/checklists/runs/{id}/items/{id}", U, FIELDS(checklist_answer_fields), checklist_answer_submit, checklist_run_page },
	{ METHOD_POST, "/checklists/runs/{id}/submit", U, NO_FIELDS, checklist_submit_submit, NULL },
	{ METHOD_POST, "/checklists/runs/{id}/answers/{id}/action", M, CHECKED_FIELDS(checklist_raise_fields, checklist_raise_check), checklist_raise_submit, checklist_run_page },
	{ METHOD_POST, "/checklists/runs/{id}/answers/{id}/justify", M, FIELDS(checklist_justify_fields), checklist_justify_submit, checklist_run_page },
	{ METHOD_POST, "/checklists/runs/{id}/signoff", M, NO_FIELDS, checklist_signoff_submit, NULL },
	{ METHOD_POST, "/checklists/runs/{id}/reopen", M, FIELDS(checklist_reopen_fields), checklist_reopen_submit, checklist_run_page },
};

/* The area's link in the site navigation. */
static const struct nav_link checklists_nav[] = {
	{ "/checklists", "Checklists", U },
};

const struct area checklists_area = { "checklists", ROUTES(checklists_routes), NAV(checklists_nav) };
