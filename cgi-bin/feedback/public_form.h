/*
 * public_form.h: the public feedback form (served by the public program
 * only): show a form, take a response, thank the customer.
 *
 * Pages: GET /feedback, GET/POST /feedback/{slug}, GET
 * /feedback/{slug}/thanks, GET /feedback/privacy.
 */
#ifndef FRONTLINE_FEEDBACK_FORM_H
#define FRONTLINE_FEEDBACK_FORM_H

#include "core/route.h"
#include "calc.h"

/* The fields of a response. The SERVQUAL ones come in blocks: the short
 * form's five expectations and five perceptions, then the full form's 22
 * and 22. */
enum public_field {
	PF_TOUCHPOINT, PF_FIXED, PF_VERSION, PF_CSAT, PF_NPS,
	PF_SQ_E1, PF_SQ_P1 = PF_SQ_E1 + SQ_DIMENSIONS,
	PF_FE1 = PF_SQ_P1 + SQ_DIMENSIONS, PF_FP1 = PF_FE1 + SQ_ITEMS,
	PF_COMMENT = PF_FP1 + SQ_ITEMS, PF_NAME, PF_EMAIL, PF_PHONE, PF_CONSENT,
	PF_WEBSITE, PF_SUBMISSION, PF__COUNT
};
extern const struct field_spec public_fields[PF__COUNT];

/* The query of GET /feedback/{slug}: ?touchpoint= fixes the touchpoint. */
enum public_query_field { PQ_TOUCHPOINT, PQ__COUNT };
extern const struct field_spec public_query_fields[PQ__COUNT];

/* The most characters a comment may have. */
#define FEEDBACK_COMMENT_MAX 2000

int feedback_default_page(struct request *rq, struct response *rs);
int feedback_form_page(struct request *rq, struct response *rs);
int feedback_submit(struct request *rq, struct response *rs);
int feedback_thanks_page(struct request *rq, struct response *rs);
int feedback_privacy_page(struct request *rq, struct response *rs);

/* The SQLite authorizer of the public program (public_access.c): allows
 * what the form needs and denies everything else. */
int feedback_public_authorizer(void *unused, int action, const char *a, const char *b,
                               const char *dbname, const char *trigger);
/* GET /feedback/_probe: the authorizer's refusals, one line each (404
 * unless FRONTLINE_TEST_FAULTS=1). */
int feedback_public_probe_page(struct request *rq, struct response *rs);

/* The pages of the public program (public_routes.c). */
extern const struct area feedback_public_area;

#endif
