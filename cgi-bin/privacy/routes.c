/*
 * routes.c: the pages of the data protection area, all for
 * administrators only (PRIVACY_ROLES): the data map, subject-access and
 * erasure requests with their bundles, the breach log and the privacy
 * notice. Everyone else gets 403 from core/route.c.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused.
 */
#include "privacy.h"
#include "core/auth.h"

static const struct route privacy_routes[] = {
	{ METHOD_GET,  "/admin/data-map", PRIVACY_ROLES, NO_FIELDS, privacy_data_map_page, NULL },
	{ METHOD_GET,  "/admin/data-map.csv", PRIVACY_ROLES, NO_FIELDS, privacy_data_map_csv_page, NULL },
	{ METHOD_GET,  "/admin/privacy", PRIVACY_ROLES, FIELDS(privacy_list_fields), privacy_requests_page, NULL },
	{ METHOD_GET,  "/admin/privacy/requests/new", PRIVACY_ROLES, NO_FIELDS, privacy_request_new_page, NULL },
	{ METHOD_POST, "/admin/privacy/requests", PRIVACY_ROLES, CHECKED_FIELDS(privacy_request_fields, privacy_request_check), privacy_request_create_submit, privacy_request_new_page },
	{ METHOD_GET,  "/admin/privacy/requests/{id}", PRIVACY_ROLES, NO_FIELDS, privacy_request_page, NULL },
	{ METHOD_POST, "/admin/privacy/requests/{id}/pause", PRIVACY_ROLES, FIELDS(privacy_reason_fields), privacy_request_pause_submit, privacy_request_page },
	{ METHOD_POST, "/admin/privacy/requests/{id}/resume", PRIVACY_ROLES, NO_FIELDS, privacy_request_resume_submit, NULL },
	{ METHOD_POST, "/admin/privacy/requests/{id}/extend", PRIVACY_ROLES, FIELDS(privacy_extend_fields), privacy_request_extend_submit, privacy_request_page },
	{ METHOD_POST, "/admin/privacy/requests/{id}/complete", PRIVACY_ROLES, NO_FIELDS, privacy_request_complete_submit, NULL },
	{ METHOD_POST, "/admin/privacy/requests/{id}/erase", PRIVACY_ROLES, CHECKED_FIELDS(privacy_erase_fields, privacy_erase_check), privacy_request_erase_submit, privacy_request_page },
	{ METHOD_POST, "/admin/privacy/requests/{id}/refuse", PRIVACY_ROLES, CHECKED_FIELDS(privacy_refuse_fields, privacy_refuse_check), privacy_request_refuse_submit, privacy_request_page },
	{ METHOD_GET,  "/admin/privacy/requests/{id}/bundle", PRIVACY_ROLES, NO_FIELDS, privacy_request_bundle_page, NULL },
	{ METHOD_GET,  "/admin/privacy/requests/{id}/bundle.zip", PRIVACY_ROLES, NO_FIELDS, privacy_request_bundle_zip, NULL },
	{ METHOD_GET,  "/admin/privacy/breaches", PRIVACY_ROLES, FIELDS(privacy_list_fields), privacy_breaches_page, NULL },
	{ METHOD_GET,  "/admin/privacy/breaches/new", PRIVACY_ROLES, NO_FIELDS, privacy_breach_new_page, NULL },
	{ METHOD_POST, "/admin/privacy/breaches", PRIVACY_ROLES, CHECKED_FIELDS(privacy_breach_fields, privacy_breach_check), privacy_breach_create_submit, privacy_breach_new_page },
	{ METHOD_GET,  "/admin/privacy/breaches/{id}", PRIVACY_ROLES, NO_FIELDS, privacy_breach_page, NULL },
	{ METHOD_POST, "/admin/privacy/breaches/{id}/ico", PRIVACY_ROLES, CHECKED_FIELDS(privacy_ico_fields, privacy_ico_check), privacy_breach_ico_submit, privacy_breach_page },
	{ METHOD_POST, "/admin/privacy/breaches/{id}/action", PRIVACY_ROLES, CHECKED_FIELDS(privacy_action_fields, privacy_action_check), privacy_breach_action_submit, privacy_breach_page },
	{ METHOD_GET,  "/admin/privacy/notice", PRIVACY_ROLES, NO_FIELDS, privacy_notice_page, NULL },
	{ METHOD_POST, "/admin/privacy/notice", PRIVACY_ROLES, CHECKED_FIELDS(privacy_notice_fields, privacy_notice_check), privacy_notice_submit, privacy_notice_page },
};

/* The area's link in the site navigation. */
static const struct nav_link privacy_nav[] = {
	{ "/admin/privacy", "Data protection", PRIVACY_ROLES },
};

const struct area privacy_area = { "privacy", ROUTES(privacy_routes), NAV(privacy_nav) };
