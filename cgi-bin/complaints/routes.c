/*
 * routes.c: the pages of the complaints area, for staff and managers
 * (never assessors: they see complaints only through portfolio
 * snapshots, complaint_snapshot_html). Managers alone change the
 * settings and categories, see contact details, raise actions and answer
 * systemic problems.
 */
#include "complaints.h"
#include "record.h"
#include "core/auth.h"

#define TEAM (ROLE_STAFF | ROLE_MANAGER)

static const struct route complaints_routes[] = {
	{ METHOD_GET,  "/complaints", TEAM, FIELDS(complaint_list_fields), complaint_queue_page, NULL },
	{ METHOD_GET,  "/complaints/new", TEAM, NO_FIELDS, complaint_new_page, NULL },
	{ METHOD_POST, "/complaints", TEAM, CHECKED_FIELDS(complaint_new_fields, complaint_new_check), complaint_create_submit, complaint_new_page },
	{ METHOD_GET,  "/complaints/analysis", ROLE_MANAGER, FIELDS(complaint_analysis_fields), complaint_analysis_page, NULL },
	{ METHOD_GET,  "/complaints/analysis.csv", ROLE_MANAGER, FIELDS(complaint_analysis_fields), complaint_analysis_csv, NULL },
	{ METHOD_GET,  "/complaints/settings", ROLE_MANAGER, NO_FIELDS, complaint_settings_page, NULL },
	{ METHOD_POST, "/complaints/settings", ROLE_MANAGER, FIELDS(complaint_settings_fields), complaint_settings_submit, complaint_settings_page },
	{ METHOD_POST, "/complaints/categories", ROLE_MANAGER, FIELDS(complaint_category_fields), complaint_category_submit, complaint_settings_page },
	{ METHOD_POST, "/complaints/categories/{id}", ROLE_MANAGER, NO_FIELDS, complaint_category_toggle_submit, NULL },
	{ METHOD_GET,  "/complaints/categories/{id}", ROLE_MANAGER, NO_FIELDS, complaint_category_page, NULL },
	{ METHOD_POST, "/complaints/categories/{id}/clock", ROLE_MANAGER, CHECKED_FIELDS(complaint_category_clock_fields, complaint_category_clock_check), complaint_category_clock_submit, complaint_category_page },
	{ METHOD_GET,  "/complaints/systemic/{id}", ROLE_MANAGER, NO_FIELDS, complaint_systemic_page, NULL },
	{ METHOD_POST, "/complaints/systemic/{id}/action", ROLE_MANAGER, CHECKED_FIELDS(complaint_action_fields, complaint_action_check), complaint_systemic_action_submit, complaint_systemic_invalid },
	{ METHOD_POST, "/complaints/systemic/{id}/justify", ROLE_MANAGER, FIELDS(complaint_justify_fields), complaint_systemic_justify_submit, complaint_systemic_invalid },
	{ METHOD_GET,  "/complaints/{id}", TEAM, FIELDS(complaint_view_fields), complaint_page, NULL },
	{ METHOD_GET,  "/complaints/{id}/letter", TEAM, NO_FIELDS, complaint_letter_page, NULL },
	{ METHOD_POST, "/complaints/{id}/assign", TEAM, CHECKED_FIELDS(complaint_assign_fields, complaint_assign_check), complaint_assign_submit, complaint_form_invalid },
	{ METHOD_POST, "/complaints/{id}/acknowledge", TEAM, NO_FIELDS, complaint_acknowledge_submit, NULL },
	{ METHOD_POST, "/complaints/{id}/steps", TEAM, CHECKED_FIELDS(complaint_step_fields, complaint_step_check), complaint_step_submit, complaint_form_invalid },
	{ METHOD_POST, "/complaints/{id}/pause", TEAM, FIELDS(complaint_pause_fields), complaint_pause_submit, complaint_form_invalid },
	{ METHOD_POST, "/complaints/{id}/resume", TEAM, NO_FIELDS, complaint_resume_submit, NULL },
	{ METHOD_POST, "/complaints/{id}/respond", TEAM, FIELDS(complaint_respond_fields), complaint_respond_submit, complaint_form_invalid },
	{ METHOD_POST, "/complaints/{id}/escalate", TEAM, CHECKED_FIELDS(complaint_escalate_fields, complaint_escalate_check), complaint_escalate_submit, complaint_form_invalid },
	{ METHOD_POST, "/complaints/{id}/close", TEAM, CHECKED_FIELDS(complaint_close_fields, complaint_close_check), complaint_close_submit, complaint_form_invalid },
	{ METHOD_POST, "/complaints/{id}/remedy", TEAM, FIELDS(complaint_remedy_fields), complaint_remedy_submit, complaint_form_invalid },
	{ METHOD_POST, "/complaints/{id}/cause", TEAM, FIELDS(complaint_cause_fields), complaint_cause_submit, complaint_form_invalid },
	{ METHOD_POST, "/complaints/{id}/action", ROLE_MANAGER, CHECKED_FIELDS(complaint_action_fields, complaint_action_check), complaint_action_submit, complaint_form_invalid },
};

/* The area's links in the site navigation. */
static const struct nav_link complaints_nav[] = {
	{ "/complaints", "Complaints", TEAM },
};

const struct area complaints_area = { "complaints", ROUTES(complaints_routes), NAV(complaints_nav) };
