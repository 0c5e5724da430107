/*
 * public_routes.c: the pages of the public feedback form, served by the
 * public program only (no sign-in): the default form, a form by its
 * address, its thank-you page, the privacy notice, and the test-only
 * authorizer probe.
 */
#include "public_form.h"

static const struct route feedback_public_routes[] = {
	{ METHOD_GET,  "/feedback", ACCESS_PUBLIC, FIELDS(feedback_public_query_fields), feedback_default_page, feedback_default_page },
	{ METHOD_GET,  "/feedback/privacy", ACCESS_PUBLIC, NO_FIELDS, feedback_privacy_page, NULL },
	{ METHOD_GET,  "/feedback/_probe", ACCESS_PUBLIC, NO_FIELDS, feedback_public_probe_page, NULL },
	{ METHOD_GET,  "/feedback/{slug}", ACCESS_PUBLIC, FIELDS(feedback_public_query_fields), feedback_form_page, feedback_form_page },
	{ METHOD_POST, "/feedback/{slug}", ACCESS_PUBLIC, CHECKED_FIELDS(feedback_public_fields, feedback_submit_check), feedback_submit, feedback_submit_invalid },
	{ METHOD_GET,  "/feedback/{slug}/thanks", ACCESS_PUBLIC, NO_FIELDS, feedback_thanks_page, NULL },
};

const struct area feedback_public_area = { "feedback-public", ROUTES(feedback_public_routes), NO_NAV };
