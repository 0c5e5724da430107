/*
 * routes.c: the pages of the standards area: service standards (versioned,
 * acknowledged by staff, with a RACI) and SLAs on the business-hours clock
 * with their bank holidays.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "standards.h"
#include "slas.h"
#include "team/raci.h"
#include "core/auth.h"

static const struct route standards_routes[] = {
	{ METHOD_GET,  "/standards", ROLE_INTRANET, FIELDS(std_list_fields), standards_page, NULL },
	{ METHOD_GET,  "/standards/new", ROLE_MANAGER, NO_FIELDS, standard_new_page, NULL },
	{ METHOD_GET,  "/standards/handbook", ROLE_INTRANET, NO_FIELDS, standards_handbook_page, NULL },
	{ METHOD_POST, "/standards", ROLE_MANAGER, CHECKED_FIELDS(std_fields, standard_check_form), standard_create_submit, standard_form_invalid },
	{ METHOD_GET,  "/standards/{id}", ROLE_INTRANET, NO_FIELDS, standard_page, NULL },
	{ METHOD_GET,  "/standards/{id}/edit", ROLE_MANAGER, NO_FIELDS, standard_edit_page, NULL },
	{ METHOD_POST, "/standards/{id}/edit", ROLE_MANAGER, std_fields, STD_EDIT__COUNT, standard_check_form, standard_edit_submit, standard_form_invalid },
	{ METHOD_GET,  "/standards/{id}/publish", ROLE_MANAGER, NO_FIELDS, standard_publish_page, NULL },
	{ METHOD_POST, "/standards/{id}/publish", ROLE_MANAGER, CHECKED_FIELDS(std_publish_fields, standard_check_publish_form), standard_publish_submit, standard_publish_invalid },
	{ METHOD_POST, "/standards/{id}/acknowledge", ROLE_STAFF, FIELDS(std_ack_fields), standard_ack_submit, NULL },
	{ METHOD_POST, "/standards/{id}/raci", ROLE_MANAGER, FIELDS(team_raci_fields), standard_raci_submit, standard_page },
	{ METHOD_POST, "/standards/{id}/raci/{id}/delete", ROLE_MANAGER, NO_FIELDS, standard_raci_delete_submit, NULL },
	{ METHOD_GET,  "/slas", ROLE_INTRANET, FIELDS(sla_list_fields), slas_page, NULL },
	{ METHOD_GET,  "/slas/new", ROLE_MANAGER, NO_FIELDS, sla_new_page, NULL },
	{ METHOD_POST, "/slas", ROLE_MANAGER, CHECKED_FIELDS(sla_fields, sla_check_form), sla_create_submit, sla_form_invalid },
	{ METHOD_GET,  "/slas/{id}", ROLE_INTRANET, CHECKED_FIELDS(sla_calc_fields, sla_check_clock_form), sla_page, sla_page },
	{ METHOD_GET,  "/slas/{id}/edit", ROLE_MANAGER, NO_FIELDS, sla_edit_page, NULL },
	{ METHOD_POST, "/slas/{id}/edit", ROLE_MANAGER, CHECKED_FIELDS(sla_fields, sla_check_form), sla_edit_submit, sla_form_invalid },
	{ METHOD_GET,  "/slas/holidays", ROLE_MANAGER | ROLE_ADMIN, FIELDS(sla_list_fields), sla_holidays_page, NULL },
	{ METHOD_POST, "/slas/holidays", ROLE_MANAGER | ROLE_ADMIN, FIELDS(sla_holiday_fields), sla_holiday_create_submit, sla_holidays_page },
	{ METHOD_POST, "/slas/holidays/{id}/delete", ROLE_MANAGER | ROLE_ADMIN, NO_FIELDS, sla_holiday_delete_submit, NULL },
};

/* The area's links in the site navigation. */
static const struct nav_link standards_nav[] = {
	{ "/standards", "Standards", ROLE_INTRANET },
	{ "/slas", "SLAs", ROLE_INTRANET },
};

const struct area standards_area = { "standards", ROUTES(standards_routes), NAV(standards_nav) };
