/*
 * privacy.h: the data protection area, for administrators only: the
 * record of processing from the schema's declarations (/admin/data-map),
 * subject-access and erasure requests with their ICO deadline
 * (/admin/privacy), the breach log and the versioned privacy notice; and
 * the commands frontline-admin runs (purge, restore's erasure replay, key
 * rotation: engine.h).
 */
#ifndef FRONTLINE_PRIVACY_H
#define FRONTLINE_PRIVACY_H

#include "core/bizclock.h"
#include "core/datamap.h"
#include "core/route.h"

#include <stdio.h>

/* Who reaches the area: administrators, nobody else. */
#define PRIVACY_ROLES ROLE_ADMIN

/* ---- the ICO's time limits (deadline.c) ---- */

/* The day a subject-access or erasure request must be answered by: one
 * calendar month after the day the clock runs from (received, or when
 * identity was confirmed), on the same day number; the last day of that
 * month when it has no such day (31 January: 28 or 29 February); three
 * months when extended. Writes YYYY-MM-DD into out and returns it, or
 * NULL when from is not a date. */
char *privacy_sar_due(const char *from, int extended, char out[11]);

/* Why a request's due date is later than its calendar-month date. */
enum privacy_due_moved {
	PRIVACY_DUE_NOT_MOVED,   /* the calendar-month date is a working day */
	PRIVACY_DUE_WEEKEND,     /* it falls on a Saturday or a Sunday */
	PRIVACY_DUE_HOLIDAY,     /* it falls on a bank holiday */
};

/* A request's due date by the working calendar. */
struct privacy_due {
	char date[11];           /* the day to answer by (a working day) */
	char calendar[11];       /* privacy_sar_due()'s date */
	enum privacy_due_moved moved;
};

/* The ICO's rule with working days: privacy_sar_due(), then, when that
 * day is not a working day of cal (a weekend or a bank holiday), the
 * next working day. Pure: the calendar holds the holidays. Fills due;
 * returns due->date, or NULL when from is not a date. */
char *privacy_sar_due_working(const char *from, int extended, const struct biz_calendar *cal,
                              struct privacy_due *due);

/* The state of a request on a day, for the requests page: "completed",
 * "refused", "paused", "overdue" (due before today), "due" (within 7
 * days) or "open". */
const char *privacy_request_state(const char *status, const char *due_on, const char *today);

/* The ICO must hear of a breach within 72 hours of awareness: the
 * deadline (UTC time text) into out; returns out or NULL. */
char *privacy_breach_deadline(const char *aware_at, char out[21]);

/* The state of a breach's report at now: "reported", "not reportable"
 * (no risk, with the reason recorded), "overdue" (past 72 hours,
 * unreported) or "open". Sets *hours_left (negative when past). */
const char *privacy_breach_state(const char *aware_at, int ico_told, const char *risk,
                                 const char *ico_reason, time_t now, long *hours_left);

/* ---- the data map (data_map.c) ---- */

/* Writes the record of processing as CSV (one row per table and column
 * declaration) into out; returns 0 or -1. */
int privacy_data_map_csv(const struct datamap *m, struct buf *out);

int privacy_data_map_page(struct request *rq, struct response *rs);
int privacy_data_map_csv_page(struct request *rq, struct response *rs);

/* ---- requests (requests.c, bundle.c) ---- */

enum privacy_request_field {
	PRIVACY_REQ_KIND, PRIVACY_REQ_SUBJECT, PRIVACY_REQ_USERNAME, PRIVACY_REQ_EMAIL,
	PRIVACY_REQ_PHONE, PRIVACY_REQ_REQUESTER, PRIVACY_REQ_RECEIVED, PRIVACY_REQ__COUNT
};
extern const struct field_spec privacy_request_fields[PRIVACY_REQ__COUNT];
/* The new request's check: an account for staff, an email or phone for
 * a customer, a received date not in the future. */
void privacy_request_check(struct request *rq);

enum privacy_reason_field { PRIVACY_REASON_TEXT, PRIVACY_REASON__COUNT };
extern const struct field_spec privacy_reason_fields[PRIVACY_REASON__COUNT];

enum privacy_extend_field { PRIVACY_EXTEND_REASON, PRIVACY_EXTEND__COUNT };
extern const struct field_spec privacy_extend_fields[PRIVACY_EXTEND__COUNT];

enum privacy_erase_field { PRIVACY_ERASE_CONFIRM, PRIVACY_ERASE__COUNT };
extern const struct field_spec privacy_erase_fields[PRIVACY_ERASE__COUNT];
/* The erasure's check: the confirmation ticked. */
void privacy_erase_check(struct request *rq);

/* Refusing a request: the UK GDPR ground, the Schedule 2 paragraph for
 * an exemption, and the explanation given to the requester. */
enum privacy_refuse_field { PRIVACY_REFUSE_GROUND, PRIVACY_REFUSE_PARAGRAPH, PRIVACY_REFUSE_EXPLANATION,
                            PRIVACY_REFUSE__COUNT };
extern const struct field_spec privacy_refuse_fields[PRIVACY_REFUSE__COUNT];
/* The refusal's check: an exemption names its paragraph of DPA 2018
 * Schedule 2 in words. */
void privacy_refuse_check(struct request *rq);

enum privacy_list_field { PRIVACY_LIST_PAGE, PRIVACY_LIST__COUNT };
extern const struct field_spec privacy_list_fields[PRIVACY_LIST__COUNT];

int privacy_requests_page(struct request *rq, struct response *rs);
int privacy_request_new_page(struct request *rq, struct response *rs);
int privacy_request_create_submit(struct request *rq, struct response *rs);
int privacy_request_page(struct request *rq, struct response *rs);
int privacy_request_pause_submit(struct request *rq, struct response *rs);
int privacy_request_resume_submit(struct request *rq, struct response *rs);
int privacy_request_extend_submit(struct request *rq, struct response *rs);
int privacy_request_complete_submit(struct request *rq, struct response *rs);
int privacy_request_erase_submit(struct request *rq, struct response *rs);
int privacy_request_refuse_submit(struct request *rq, struct response *rs);
/* Seals a customer request's email and phone into its contact column,
 * with their keyed hash indexes (inside the caller's write). Returns
 * SQLITE_OK or the error. */
int privacy_request_seal_contact(long long id, const char *email, const char *phone);

/* A request's due date from the day its clock runs from, by the England
 * and Wales working calendar (core/holidays.h; day numbers in arena a).
 * Returns due->date, or NULL when from is not a date or the holidays
 * could not be read. */
char *privacy_request_due(struct arena *a, const char *from, int extended, struct privacy_due *due);

struct privacy_person;
/* Loads the request of the path (404 answered when there is none) into
 * the person it is about, its id and a title naming them. Returns 1, 0
 * when answered, -1 on error. */
int privacy_path_request_person(struct request *rq, struct response *rs, struct privacy_person *p,
                                long long *id, const char **title);

int privacy_request_bundle_page(struct request *rq, struct response *rs);
int privacy_request_bundle_zip(struct request *rq, struct response *rs);

/* ---- breaches (breaches.c) ---- */

enum privacy_breach_field {
	PRIVACY_BR_TITLE, PRIVACY_BR_DESCRIPTION, PRIVACY_BR_FOUND_ON, PRIVACY_BR_FOUND_TIME,
	PRIVACY_BR_AWARE_ON, PRIVACY_BR_AWARE_TIME, PRIVACY_BR_PEOPLE, PRIVACY_BR_RISK,
	PRIVACY_BR_ICO_TOLD, PRIVACY_BR_ICO_ON, PRIVACY_BR_ICO_REASON, PRIVACY_BR__COUNT
};
extern const struct field_spec privacy_breach_fields[PRIVACY_BR__COUNT];
/* The breach's check: awareness not before finding, neither in the
 * future, a date when the ICO was told, a reason when it was not. */
void privacy_breach_check(struct request *rq);

enum privacy_ico_field { PRIVACY_ICO_TOLD_ON, PRIVACY_ICO_REASON, PRIVACY_ICO__COUNT };
extern const struct field_spec privacy_ico_fields[PRIVACY_ICO__COUNT];
/* The report's check: a date, or a reason why the ICO is not told. */
void privacy_ico_check(struct request *rq);

enum privacy_action_field { PRIVACY_ACT_TITLE, PRIVACY_ACT_OWNER, PRIVACY_ACT_DUE, PRIVACY_ACT__COUNT };
extern const struct field_spec privacy_action_fields[PRIVACY_ACT__COUNT];
/* The action's check: an owner who can own actions, a due date ahead. */
void privacy_action_check(struct request *rq);

int privacy_breaches_page(struct request *rq, struct response *rs);
int privacy_breach_new_page(struct request *rq, struct response *rs);
int privacy_breach_create_submit(struct request *rq, struct response *rs);
int privacy_breach_page(struct request *rq, struct response *rs);
int privacy_breach_ico_submit(struct request *rq, struct response *rs);
int privacy_breach_action_submit(struct request *rq, struct response *rs);

/* ---- the privacy notice (notice.c) ---- */

enum privacy_notice_field { PRIVACY_NOTICE_VERSION, PRIVACY_NOTICE_BODY, PRIVACY_NOTICE_NOTE, PRIVACY_NOTICE__COUNT };
extern const struct field_spec privacy_notice_fields[PRIVACY_NOTICE__COUNT];
/* The new version's check: a version not used before. */
void privacy_notice_check(struct request *rq);

int privacy_notice_page(struct request *rq, struct response *rs);
int privacy_notice_submit(struct request *rq, struct response *rs);

/* ---- the home page panel (panel.c) ---- */

/* For admins: requests overdue or due within a week, and breaches past
 * their 72 hours (the include PRIVACY_PANEL). Returns 0, or -1 when they
 * could not be read. */
int privacy_home_panel(struct request *rq, tpl_dict *content);

/* Writes the demo requests, a breach and the notice's first version,
 * and fills the contact indexes of the demo's sealed contacts (demo.c);
 * SQLITE_OK or the error. */
int privacy_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area privacy_area;

#endif
