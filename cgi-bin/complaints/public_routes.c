/*
 * public_routes.c: the pages of the public complaint form, served by the
 * public program only (no sign-in).
 */
#include "public_form.h"

static const struct route complaint_public_routes[] = {
	{ METHOD_GET,  "/complaint", ACCESS_PUBLIC, NO_FIELDS, complaint_public_page, NULL },
	{ METHOD_POST, "/complaint", ACCESS_PUBLIC, CHECKED_FIELDS(complaint_public_fields, complaint_public_check), complaint_public_submit, complaint_public_invalid },
	{ METHOD_GET,  "/complaint/thanks", ACCESS_PUBLIC, FIELDS(complaint_thanks_fields), complaint_public_thanks, complaint_public_thanks },
	{ METHOD_GET,  "/complaint/_probe", ACCESS_PUBLIC, NO_FIELDS, complaint_public_probe, NULL },
};

const struct area complaint_public_area = { "complaints-public", ROUTES(complaint_public_routes), NO_NAV };
