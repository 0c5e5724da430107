/*
 * routes.c: the pages of the plans area: service plans: everyone reads,
 * managers write the plan and its goals, objectives, milestones,
 * resources, risks, stakeholders and RACI.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "plans.h"
#include "team/raci.h"
#include "core/auth.h"

static const struct route plans_routes[] = {
	{ METHOD_GET,  "/plans", ROLE_INTRANET, FIELDS(plan_list_fields), plans_list_page, NULL },
	{ METHOD_GET,  "/plans/new", ROLE_MANAGER, NO_FIELDS, plan_new_page, NULL },
	{ METHOD_POST, "/plans", ROLE_MANAGER, CHECKED_FIELDS(plan_fields, plan_check_form), plan_create_submit, plan_create_invalid },
	{ METHOD_GET,  "/plans/{id}", ROLE_INTRANET, NO_FIELDS, plan_page, NULL },
	{ METHOD_GET,  "/plans/{id}/print", ROLE_INTRANET, NO_FIELDS, plan_print_page, NULL },
	{ METHOD_GET,  "/plans/{id}/edit", ROLE_MANAGER, NO_FIELDS, plan_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}", ROLE_MANAGER, CHECKED_FIELDS(plan_fields, plan_check_form), plan_update_submit, plan_update_invalid },
	{ METHOD_GET,  "/plans/{id}/review", ROLE_MANAGER, NO_FIELDS, plan_review_page, NULL },
	{ METHOD_POST, "/plans/{id}/review", ROLE_MANAGER, FIELDS(plan_review_fields), plan_review_submit, plan_review_page },
	{ METHOD_GET,  "/plans/{id}/goals/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/goals", ROLE_MANAGER, CHECKED_FIELDS(plan_goal_fields, plan_part_check), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/goals/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/goals/{id}", ROLE_MANAGER, CHECKED_FIELDS(plan_goal_fields, plan_part_check), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/goals/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/objectives/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/objectives", ROLE_MANAGER, CHECKED_FIELDS(plan_objective_fields, plan_part_check), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/objectives/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/objectives/{id}", ROLE_MANAGER, CHECKED_FIELDS(plan_objective_fields, plan_part_check), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/objectives/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/milestones/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/milestones", ROLE_MANAGER, CHECKED_FIELDS(plan_milestone_fields, plan_part_check), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/milestones/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/milestones/{id}", ROLE_MANAGER, CHECKED_FIELDS(plan_milestone_fields, plan_part_check), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/milestones/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/resources/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/resources", ROLE_MANAGER, CHECKED_FIELDS(plan_resource_fields, plan_part_check), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/resources/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/resources/{id}", ROLE_MANAGER, CHECKED_FIELDS(plan_resource_fields, plan_part_check), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/resources/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/risks/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/risks", ROLE_MANAGER, CHECKED_FIELDS(plan_risk_fields, plan_part_check), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/risks/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/risks/{id}", ROLE_MANAGER, CHECKED_FIELDS(plan_risk_fields, plan_part_check), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/risks/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_GET,  "/plans/{id}/stakeholders/new", ROLE_MANAGER, NO_FIELDS, part_new_page, NULL },
	{ METHOD_POST, "/plans/{id}/stakeholders", ROLE_MANAGER, CHECKED_FIELDS(plan_stakeholder_fields, plan_part_check), part_create_submit, part_form_invalid },
	{ METHOD_GET,  "/plans/{id}/stakeholders/{id}", ROLE_MANAGER, NO_FIELDS, part_edit_page, NULL },
	{ METHOD_POST, "/plans/{id}/stakeholders/{id}", ROLE_MANAGER, CHECKED_FIELDS(plan_stakeholder_fields, plan_part_check), part_update_submit, part_form_invalid },
	{ METHOD_POST, "/plans/{id}/stakeholders/{id}/delete", ROLE_MANAGER, NO_FIELDS, part_delete_submit, NULL },
	{ METHOD_POST, "/plans/{id}/raci", ROLE_MANAGER, FIELDS(team_raci_fields), plan_raci_submit, plan_page },
	{ METHOD_POST, "/plans/{id}/raci/{id}/delete", ROLE_MANAGER, NO_FIELDS, plan_raci_delete_submit, NULL },
};

/* The area's links in the site navigation. */
static const struct nav_link plans_nav[] = {
	{ "/plans", "Service plans", ROLE_INTRANET },
};

const struct area plans_area = { "plans", ROUTES(plans_routes), NAV(plans_nav) };
