/*
 * routes.c: the pages of the rota area: managers plan shifts, cover,
 * equipment and publish weeks; staff see published weeks and their own
 * rota, request leave and swaps, and subscribe to their shifts as a
 * calendar feed.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "rota.h"
#include "core/auth.h"

static const struct route rota_routes[] = {
	{ METHOD_GET,  "/rota", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_view_fields), rota_week_page, NULL },
	{ METHOD_GET,  "/rota/print", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_view_fields), rota_print_page, NULL },
	{ METHOD_GET,  "/rota/day", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_view_fields), rota_day_page, NULL },
	{ METHOD_GET,  "/rota/mine", ROLE_STAFF | ROLE_MANAGER, FIELDS(rota_view_fields), rota_mine_page, NULL },
	{ METHOD_GET,  "/rota/shifts/new", ROLE_MANAGER, NO_FIELDS, rota_shift_new_page, NULL },
	{ METHOD_POST, "/rota/shifts", ROLE_MANAGER, CHECKED_FIELDS(rota_shift_fields, rota_shift_check), rota_shift_create_submit, rota_shift_create_invalid },
	{ METHOD_GET,  "/rota/shifts/{id}", ROLE_MANAGER, NO_FIELDS, rota_shift_edit_page, NULL },
	{ METHOD_POST, "/rota/shifts/{id}", ROLE_MANAGER, CHECKED_FIELDS(rota_shift_fields, rota_shift_check), rota_shift_update_submit, rota_shift_update_invalid },
	{ METHOD_POST, "/rota/shifts/{id}/delete", ROLE_MANAGER, NO_FIELDS, rota_shift_delete_submit, NULL },
	{ METHOD_POST, "/rota/publish", ROLE_MANAGER, FIELDS(rota_week_fields), rota_publish_submit, NULL },
	{ METHOD_GET,  "/rota/breaches", ROLE_MANAGER, FIELDS(rota_view_fields), rota_breaches_page, NULL },
	{ METHOD_POST, "/rota/breaches/{id}/ack", ROLE_MANAGER, FIELDS(rota_reason_fields), rota_breach_ack_submit, rota_breach_ack_invalid },
	{ METHOD_GET,  "/rota/people/{id}", ROLE_MANAGER, NO_FIELDS, rota_person_page, NULL },
	{ METHOD_POST, "/rota/people/{id}", ROLE_MANAGER, CHECKED_FIELDS(rota_person_fields, rota_person_check), rota_person_submit, rota_person_page },
	{ METHOD_GET,  "/rota/cover", ROLE_MANAGER, NO_FIELDS, rota_cover_page, NULL },
	{ METHOD_POST, "/rota/cover", ROLE_MANAGER, CHECKED_FIELDS(rota_cover_fields, rota_cover_check), rota_cover_submit, rota_cover_page },
	{ METHOD_POST, "/rota/cover/{id}/delete", ROLE_MANAGER, NO_FIELDS, rota_cover_delete_submit, NULL },
	{ METHOD_GET,  "/rota/leave", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_leave_page, NULL },
	{ METHOD_POST, "/rota/leave", ROLE_STAFF | ROLE_MANAGER, CHECKED_FIELDS(rota_leave_fields, rota_leave_check), rota_leave_submit, rota_leave_page },
	{ METHOD_POST, "/rota/leave/{id}/decide", ROLE_MANAGER, CHECKED_FIELDS(rota_decide_fields, rota_decide_check), rota_leave_decide_submit, rota_leave_page },
	{ METHOD_POST, "/rota/leave/{id}/cancel", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_leave_cancel_submit, NULL },
	{ METHOD_POST, "/rota/shifts/{id}/offer", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_offer_submit, NULL },
	{ METHOD_GET,  "/rota/swaps", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_swaps_page, NULL },
	{ METHOD_POST, "/rota/swaps/{id}/accept", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_swap_accept_submit, NULL },
	{ METHOD_POST, "/rota/swaps/{id}/decide", ROLE_MANAGER, CHECKED_FIELDS(rota_decide_fields, rota_decide_check), rota_swap_decide_submit, rota_swaps_page },
	{ METHOD_POST, "/rota/swaps/{id}/withdraw", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_swap_withdraw_submit, NULL },
	{ METHOD_GET,  "/rota/plan", ROLE_MANAGER, NO_FIELDS, rota_plan_page, NULL },
	{ METHOD_POST, "/rota/copy-day", ROLE_MANAGER, CHECKED_FIELDS(rota_copy_day_fields, rota_copy_day_check), rota_copy_day_submit, rota_plan_page },
	{ METHOD_POST, "/rota/copy-week", ROLE_MANAGER, CHECKED_FIELDS(rota_copy_week_fields, rota_copy_week_check), rota_copy_week_submit, rota_plan_page },
	{ METHOD_POST, "/rota/pattern", ROLE_MANAGER, CHECKED_FIELDS(rota_pattern_fields, rota_pattern_check), rota_pattern_submit, rota_plan_page },
	{ METHOD_GET,  "/rota/export.csv", ROLE_MANAGER, FIELDS(rota_view_fields), rota_export_page, NULL },
	{ METHOD_GET,  "/rota/import", ROLE_MANAGER, NO_FIELDS, rota_import_page, NULL },
	{ METHOD_POST, "/rota/import", ROLE_MANAGER, CHECKED_FIELDS(rota_import_fields, rota_import_check), rota_import_submit, rota_import_invalid },
	{ METHOD_GET,  "/rota/calendar", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_calendar_page, NULL },
	{ METHOD_POST, "/rota/calendar/new", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_calendar_new_submit, NULL },
	{ METHOD_POST, "/rota/calendar/revoke", ROLE_STAFF | ROLE_MANAGER, NO_FIELDS, rota_calendar_revoke_submit, NULL },
	{ METHOD_GET,  "/rota/feed.ics", ACCESS_PUBLIC, FIELDS(rota_feed_fields), rota_feed_page, rota_feed_invalid },
	{ METHOD_GET,  "/rota/equipment", ROLE_MANAGER, NO_FIELDS, rota_equipment_page, NULL },
	{ METHOD_POST, "/rota/equipment", ROLE_MANAGER, CHECKED_FIELDS(rota_equipment_fields, rota_equipment_check), rota_equipment_submit, rota_equipment_page },
	{ METHOD_POST, "/rota/equipment/{id}/delete", ROLE_MANAGER, NO_FIELDS, rota_equipment_delete_submit, NULL },
};

/* The area's links in the site navigation. */
static const struct nav_link rota_nav[] = {
	{ "/rota", "Rota", ROLE_STAFF | ROLE_MANAGER },
};

const struct area rota_area = { "rota", ROUTES(rota_routes), NAV(rota_nav) };
