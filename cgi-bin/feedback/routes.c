/*
 * routes.c: the pages of the feedback area: the intranet side of customer
 * feedback: the log of responses, tags, the analysis and the management of
 * forms. The public form is served by the public program
 * (public_routes.c).
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "feedback.h"
#include "core/auth.h"

static const struct route feedback_routes[] = {
	{ METHOD_GET,  "/customer-feedback", FEEDBACK_READERS, FIELDS(feedback_log_fields), feedback_log_page, feedback_log_page },
	{ METHOD_GET,  "/customer-feedback/responses.csv", FEEDBACK_READERS, FIELDS(feedback_log_fields), feedback_log_csv, NULL },
	{ METHOD_GET,  "/customer-feedback/analysis", FEEDBACK_MANAGERS, CHECKED_FIELDS(feedback_analysis_fields, feedback_analysis_check), feedback_analysis_page, feedback_analysis_page },
	{ METHOD_GET,  "/customer-feedback/summary.csv", FEEDBACK_MANAGERS, FIELDS(feedback_analysis_fields), feedback_summary_csv, NULL },
	{ METHOD_GET,  "/customer-feedback/forms", FEEDBACK_MANAGERS, NO_FIELDS, feedback_forms_page, NULL },
	{ METHOD_GET,  "/customer-feedback/forms/new", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_new_page, NULL },
	{ METHOD_POST, "/customer-feedback/forms", FEEDBACK_MANAGERS, CHECKED_FIELDS(feedback_form_fields, feedback_form_create_check), feedback_form_create_submit, feedback_form_create_invalid },
	{ METHOD_GET,  "/customer-feedback/forms/{id}", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_edit_page, NULL },
	{ METHOD_POST, "/customer-feedback/forms/{id}", FEEDBACK_MANAGERS, CHECKED_FIELDS(feedback_form_fields, feedback_form_update_check), feedback_form_update_submit, feedback_form_update_invalid },
	{ METHOD_POST, "/customer-feedback/forms/{id}/close", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_close_submit, NULL },
	{ METHOD_POST, "/customer-feedback/forms/{id}/open", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_open_submit, NULL },
	{ METHOD_GET,  "/customer-feedback/forms/{id}/qr.svg", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_qr, NULL },
	{ METHOD_GET,  "/customer-feedback/forms/{id}/print", FEEDBACK_MANAGERS, NO_FIELDS, feedback_form_print_page, NULL },
	{ METHOD_GET,  "/customer-feedback/{id}", FEEDBACK_READERS, FIELDS(feedback_response_query_fields), feedback_response_page, feedback_response_page },
	{ METHOD_POST, "/customer-feedback/{id}/tags", FEEDBACK_READERS, FIELDS(feedback_tag_fields), feedback_tag_add_submit, feedback_tag_invalid },
	{ METHOD_POST, "/customer-feedback/{id}/tags/remove", FEEDBACK_READERS, FIELDS(feedback_tag_fields), feedback_tag_remove_submit, feedback_tag_invalid },
	{ METHOD_POST, "/customer-feedback/{id}/action", FEEDBACK_MANAGERS, CHECKED_FIELDS(feedback_raise_fields, feedback_raise_check), feedback_raise_submit, feedback_raise_invalid },
};

/* The area's links in the site navigation. */
static const struct nav_link feedback_nav[] = {
	{ "/customer-feedback", "Customer feedback", ROLE_MANAGER | ROLE_STAFF },
};

const struct area feedback_area = { "feedback", ROUTES(feedback_routes), NAV(feedback_nav) };
