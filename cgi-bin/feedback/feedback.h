/*
 * feedback.h: the intranet's side of customer feedback: the feedback log
 * (log.c), the analysis (analysis.c) and form management
 * (manage_forms.c). The public form itself is in public_form.c, which
 * only the public program links.
 *
 * Pages under /customer-feedback: the log, a response, its tags and
 * actions, CSV exports, the analysis, and the forms.
 */
#ifndef FRONTLINE_FEEDBACK_H
#define FRONTLINE_FEEDBACK_H

#include "core/route.h"

/* Who sees what: staff and managers see the log (managers alone see
 * contact details, and only on request, audited); managers analyse and
 * manage forms. */
#define FEEDBACK_READERS (ROLE_MANAGER | ROLE_STAFF)
#define FEEDBACK_MANAGERS ROLE_MANAGER

/* The log's filters (query fields of the log and its CSV export). */
enum feedback_log_field {
	FB_LOG_FORM, FB_LOG_TOUCHPOINT, FB_LOG_FROM, FB_LOG_TO, FB_LOG_BAND, FB_LOG_COMMENT, FB_LOG_TAG,
	FB_LOG_PAGE, FB_LOG_CONTACT, FB_LOG__COUNT
};
extern const struct field_spec feedback_log_fields[FB_LOG__COUNT];

/* Adding or removing a tag. */
enum feedback_tag_field { FB_TAG_TAG, FB_TAG__COUNT };
extern const struct field_spec feedback_tag_fields[FB_TAG__COUNT];

/* Raising an action from a response. */
enum feedback_raise_field { FB_RAISE_TITLE, FB_RAISE_PROBLEM, FB_RAISE_KIND, FB_RAISE_OWNER, FB_RAISE_DUE, FB_RAISE__COUNT };
extern const struct field_spec feedback_raise_fields[FB_RAISE__COUNT];

/* The response page's query: ?contact=1 reveals contact details. */
enum feedback_response_query_field { FB_RQ_CONTACT, FB_RQ__COUNT };
extern const struct field_spec feedback_response_query_fields[FB_RQ__COUNT];

int feedback_log_page(struct request *rq, struct response *rs);
int feedback_log_csv(struct request *rq, struct response *rs);
int feedback_response_page(struct request *rq, struct response *rs);
int feedback_tag_add_submit(struct request *rq, struct response *rs);
int feedback_tag_remove_submit(struct request *rq, struct response *rs);
int feedback_tag_invalid(struct request *rq, struct response *rs);
int feedback_raise_submit(struct request *rq, struct response *rs);
int feedback_raise_invalid(struct request *rq, struct response *rs);
/* The route's check of raising an action (see route.h): an owner from
 * the list, a due date not in the past. */
void feedback_raise_check(struct request *rq);

/* The analysis: a period, a form (and its version), weekly or monthly. */
enum feedback_analysis_field { FB_AN_FORM, FB_AN_VERSION, FB_AN_FROM, FB_AN_TO, FB_AN_GRAIN, FB_AN__COUNT };
extern const struct field_spec feedback_analysis_fields[FB_AN__COUNT];

int feedback_analysis_page(struct request *rq, struct response *rs);
/* The analysis page's check (see route.h): a period the right way round
 * and at most two years long. */
void feedback_analysis_check(struct request *rq);
int feedback_summary_csv(struct request *rq, struct response *rs);

/* For KPIs computed from feedback: CSAT % and NPS over every form for the
 * Europe/London days from_date to to_date (YYYY-MM-DD, inclusive), with
 * the number of responses. A figure with no answers behind it is set to
 * NaN. Returns 0, or -1 on a database error or bad dates. */
int feedback_scores(const char *from_date, const char *to_date, double *csat_percent,
                    double *nps, long long *responses);

/* The home page's customer feedback panel for managers (FEEDBACK_PANEL:
 * responses, CSAT and NPS over the last 30 days). */
void feedback_dashboard_panel(tpl_dict *content, struct request *rq);

/* Form management. */
enum feedback_form_field {
	FB_FF_SLUG, FB_FF_TITLE, FB_FF_INTRO, FB_FF_TP_PHONE, FB_FF_TP_EMAIL, FB_FF_TP_IN_PERSON, FB_FF_TP_WEB,
	FB_FF_CSAT, FB_FF_NPS, FB_FF_SERVQUAL, FB_FF_COMMENT, FB_FF_CONTACT, FB_FF_DEFAULT, FB_FF__COUNT
};
extern const struct field_spec feedback_form_fields[FB_FF__COUNT];

int feedback_forms_page(struct request *rq, struct response *rs);
int feedback_form_new_page(struct request *rq, struct response *rs);
int feedback_form_create_submit(struct request *rq, struct response *rs);
int feedback_form_create_invalid(struct request *rq, struct response *rs);
int feedback_form_edit_page(struct request *rq, struct response *rs);
int feedback_form_update_submit(struct request *rq, struct response *rs);
int feedback_form_update_invalid(struct request *rq, struct response *rs);
int feedback_form_open_submit(struct request *rq, struct response *rs);
int feedback_form_close_submit(struct request *rq, struct response *rs);
int feedback_form_qr(struct request *rq, struct response *rs);
int feedback_form_print_page(struct request *rq, struct response *rs);
/* The routes' checks (see route.h) of a new form (its address as well)
 * and of a new version: a touchpoint and a question at least. */
void feedback_form_create_check(struct request *rq);
void feedback_form_update_check(struct request *rq);

/* The customer feedback analysis of one month, id YYYYMM (202611 for
 * November 2026): responses, CSAT and NPS over every form, and the month
 * before for comparison; no customer's answers, names or contact details.
 * For a portfolio snapshot (core/snapshot.h): 0, 1 when id is not a month
 * or it has no responses, -1 on error. */
int feedback_period_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

/* Writes the demo feedback forms and six months of responses (demo.c);
 * SQLITE_OK or the error. */
int feedback_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area feedback_area;

#endif
