/*
 * public_form.h: the public complaint form (served by the public program
 * only, no sign-in): GET/POST /complaint, GET /complaint/thanks?key=,
 * and the test-only authorizer probe GET /complaint/_probe. It shares the
 * feedback form's defences (core/public_guard.h: the form token, the
 * honeypot, the submission key and the hourly limit per address) and its
 * database access is its allow-list in the public program's authorizer
 * (core/public_access.h).
 */
#ifndef FRONTLINE_COMPLAINT_PUBLIC_FORM_H
#define FRONTLINE_COMPLAINT_PUBLIC_FORM_H

#include "core/public_access.h"
#include "core/route.h"

enum complaint_public_field {
	COMPLAINT_PF_NAME, COMPLAINT_PF_EMAIL, COMPLAINT_PF_PHONE, COMPLAINT_PF_WHAT, COMPLAINT_PF_WANT,
	COMPLAINT_PF_PRODUCT, COMPLAINT_PF_ADJUSTMENT, COMPLAINT_PF_NEEDS, COMPLAINT_PF_WEBSITE,
	COMPLAINT_PF_SUBMISSION, COMPLAINT_PF__COUNT
};
extern const struct field_spec complaint_public_fields[COMPLAINT_PF__COUNT];

enum complaint_thanks_field { COMPLAINT_TQ_KEY, COMPLAINT_TQ__COUNT };
extern const struct field_spec complaint_thanks_fields[COMPLAINT_TQ__COUNT];

int complaint_public_page(struct request *rq, struct response *rs);
void complaint_public_check(struct request *rq);
int complaint_public_submit(struct request *rq, struct response *rs);
int complaint_public_invalid(struct request *rq, struct response *rs);
int complaint_public_thanks(struct request *rq, struct response *rs);
int complaint_public_probe(struct request *rq, struct response *rs);

/* What the form may do in the database (public_access.c). */
extern const struct public_allow complaint_public_allow;

/* The pages of the public program (public_routes.c). */
extern const struct area complaint_public_area;

#endif
