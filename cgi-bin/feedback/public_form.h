/*
 * public_form.h: the public feedback form (served by the public program
 * only): show a form, take a response, thank the customer.
 *
 * Pages: GET /feedback, GET/POST /feedback/{slug}, GET
 * /feedback/{slug}/thanks, GET /feedback/privacy.
 */
#ifndef FRONTLINE_FEEDBACK_FORM_H
#define FRONTLINE_FEEDBACK_FORM_H

#include "core/public_access.h"
#include "core/route.h"
#include "calc.h"

/* The fields of a response. The SERVQUAL ones come in blocks: the short
 * form's five expectations and five perceptions, then the full form's 22
 * and 22. */
enum feedback_public_field {
	FB_PF_TOUCHPOINT, FB_PF_FIXED, FB_PF_VERSION, FB_PF_CSAT, FB_PF_NPS,
	FB_PF_SQ_E1, FB_PF_SQ_P1 = FB_PF_SQ_E1 + SQ_DIMENSIONS,
	FB_PF_FE1 = FB_PF_SQ_P1 + SQ_DIMENSIONS, FB_PF_FP1 = FB_PF_FE1 + SQ_ITEMS,
	FB_PF_COMMENT = FB_PF_FP1 + SQ_ITEMS, FB_PF_NAME, FB_PF_EMAIL, FB_PF_PHONE, FB_PF_CONSENT,
	FB_PF_WEBSITE, FB_PF_SUBMISSION, FB_PF_FOLLOWUP, FB_PF__COUNT
};
extern const struct field_spec feedback_public_fields[FB_PF__COUNT];

/* The query of GET /feedback/{slug}: ?touchpoint= fixes the touchpoint;
 * ?followup= is the key of the complaint whose follow-up survey this is
 * (the complaints area's link), stored with the response. */
enum feedback_public_query_field { FB_PQ_TOUCHPOINT, FB_PQ_FOLLOWUP, FB_PQ__COUNT };
extern const struct field_spec feedback_public_query_fields[FB_PQ__COUNT];

/* The most characters a comment may have. */
#define FEEDBACK_COMMENT_MAX 2000

int feedback_default_page(struct request *rq, struct response *rs);
int feedback_form_page(struct request *rq, struct response *rs);
int feedback_submit(struct request *rq, struct response *rs);
/* The route's check of a response (see route.h), and the form shown
 * again when the response is refused. */
void feedback_submit_check(struct request *rq);
int feedback_submit_invalid(struct request *rq, struct response *rs);
int feedback_thanks_page(struct request *rq, struct response *rs);
int feedback_privacy_page(struct request *rq, struct response *rs);

/* What the form may do in the database (public_access.c), one of the
 * allow-lists the public program's authorizer joins (core/public_access.h). */
extern const struct public_allow feedback_public_allow;
/* GET /feedback/_probe: the authorizer's refusals, one line each (404
 * unless FRONTLINE_TEST_FAULTS=1). */
int feedback_public_probe_page(struct request *rq, struct response *rs);

/* The pages of the public program (public_routes.c). */
extern const struct area feedback_public_area;

#endif
