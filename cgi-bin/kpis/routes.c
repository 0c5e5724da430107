/*
 * routes.c: the pages of the kpis area: the KPI dashboard, KPIs and their
 * results (typed, imported or computed), red results that need attention,
 * and the actions raised from any area with their root cause and review.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "kpis.h"
#include "actions.h"
#include "core/auth.h"

static const struct route kpis_routes[] = {
	{ METHOD_GET,  "/kpis", ROLE_INTRANET, NO_FIELDS, kpis_dashboard_page, NULL },
	{ METHOD_GET,  "/kpis/new", ROLE_MANAGER, NO_FIELDS, kpi_new_page, NULL },
	{ METHOD_POST, "/kpis", ROLE_MANAGER, CHECKED_FIELDS(kpi_fields, kpi_definition_check), kpi_create_submit, kpi_create_invalid },
	{ METHOD_GET,  "/kpis/import", ROLE_MANAGER, NO_FIELDS, kpi_import_page, NULL },
	{ METHOD_POST, "/kpis/import", ROLE_MANAGER, FIELDS(kpi_import_fields), kpi_import_submit, kpi_import_page },
	{ METHOD_GET,  "/kpis/{id}", ROLE_INTRANET, FIELDS(kpi_page_fields), kpi_detail_page, NULL },
	{ METHOD_GET,  "/kpis/{id}/edit", ROLE_MANAGER, NO_FIELDS, kpi_edit_page, NULL },
	{ METHOD_POST, "/kpis/{id}", ROLE_MANAGER, CHECKED_FIELDS(kpi_fields, kpi_definition_check), kpi_update_submit, kpi_update_invalid },
	{ METHOD_POST, "/kpis/{id}/results", ROLE_MANAGER, FIELDS(kpi_result_fields), kpi_result_submit, kpi_result_invalid },
	{ METHOD_POST, "/kpis/{id}/compute", ROLE_MANAGER, NO_FIELDS, kpi_compute_submit, NULL },
	{ METHOD_GET,  "/kpis/results/{id}", ROLE_INTRANET, NO_FIELDS, kpi_result_page, NULL },
	{ METHOD_POST, "/kpis/results/{id}/action", ROLE_MANAGER, CHECKED_FIELDS(kpi_raise_fields, kpi_raise_check), kpi_raise_submit, kpi_result_form_invalid },
	{ METHOD_POST, "/kpis/results/{id}/justify", ROLE_MANAGER, FIELDS(kpi_justify_fields), kpi_justify_submit, kpi_result_form_invalid },
	{ METHOD_GET,  "/actions", ROLE_INTRANET, FIELDS(action_list_fields), actions_page, NULL },
	{ METHOD_GET,  "/actions/new", ROLE_MANAGER, NO_FIELDS, action_new_page, NULL },
	{ METHOD_POST, "/actions", ROLE_MANAGER, CHECKED_FIELDS(action_new_fields, action_new_check), action_create_submit, action_create_invalid },
	{ METHOD_GET,  "/actions/{id}", ROLE_INTRANET, NO_FIELDS, action_page, NULL },
	{ METHOD_GET,  "/actions/{id}/edit", ROLE_INTRANET, NO_FIELDS, action_edit_page, NULL },
	{ METHOD_POST, "/actions/{id}", ROLE_INTRANET, FIELDS(action_edit_fields), action_update_submit, action_edit_page },
	{ METHOD_GET,  "/actions/{id}/review", ROLE_INTRANET, NO_FIELDS, action_review_page, NULL },
	{ METHOD_POST, "/actions/{id}/review", ROLE_INTRANET, FIELDS(action_review_fields), action_review_submit, action_review_page },
	{ METHOD_POST, "/actions/{id}/close", ROLE_INTRANET, NO_FIELDS, action_close_submit, NULL },
};

/* The area's links in the site navigation. */
static const struct nav_link kpis_nav[] = {
	{ "/kpis", "KPIs", ROLE_INTRANET },
	{ "/actions", "Actions", ROLE_INTRANET },
};

const struct area kpis_area = { "kpis", ROUTES(kpis_routes), NAV(kpis_nav) };
