/*
 * record.h: what the complaint area's files share (not for other areas:
 * they use complaints.h): the record as loaded, the handling models,
 * the organisation's settings, the business calendar, the clocks'
 * refresh inside a write, and the validator tables of the pages.
 */
#ifndef FRONTLINE_COMPLAINT_RECORD_H
#define FRONTLINE_COMPLAINT_RECORD_H

#include "clock.h"
#include "store.h"
#include "remedy.h"
#include "core/page.h"
#include "core/route.h"

/* One complaint as its pages show it. */
struct complaint {
	long long id;
	const char *source, *received_at, *received_day, *channel, *customer_name;
	const char *what_happened, *what_they_want, *product, *category, *severity;
	const char *vulnerability, *adjustment;
	long long category_id, owner_id;
	const char *owner_name, *profile, *model, *status;
	int stage;
	const char *ack_due, *acknowledged_at, *response_due, *responded_at, *response_summary;
	long long stage1_handler_id, stage2_handler_id, closed_by;
	const char *stage1_handler_name, *stage2_handler_name, *closed_by_name;
	const char *escalated_at, *escalation_reason, *stage2_ack_due, *stage2_acknowledged_at, *stage2_due;
	const char *paused_since, *next_due;
	int paused_days;
	const char *closed_at, *closed_day, *decision, *reasons, *remedy_text, *still_to_do, *letter;
	const char *cra_kind, *cra_delivered_day, *cra_remedy, *refund_agreed_day, *refund_paid_day;
	int cra_attempts;
	const char *root_cause, *root_cause_day, *why[5];
	const char *followup_key;
	int has_contact;
	/* the category's periods the clocks run on (0: the profile's), and
	 * the names of the categories that set them */
	struct complaint_override override;
	const char *ack_rule_category, *response_rule_category;
	long long ack_rule_category_id, response_rule_category_id;
};

/* Loads complaint id into c (strings in the arena). Returns 1 found, 0
 * none, -1 on error. */
int complaint_load(struct arena *a, long long id, struct complaint *c);

/* Loads the path's complaint ({id}), answering 404 itself when there is
 * none. Returns 1 to go on, 0 when answered, -1 on error. */
int complaint_load_path(struct request *rq, struct response *rs, struct complaint *c);

/* The reference customers are given: "C-000123" (arena). */
const char *complaint_reference(struct arena *a, long long id);

/* ---- the handling models ---- */

struct complaint_step_def {
	const char *key;
	const char *label;
	const char *prompt;         /* what the step means, shown beside it */
};
struct complaint_model {
	const char *key, *label;
	const struct complaint_step_def *steps;
	size_t count;
};
extern const char *const complaint_model_keys[];
extern const char *const complaint_model_labels[];
/* The model with this key (HEAT when unknown). */
const struct complaint_model *complaint_model_find(const char *key);

/* ---- settings (the settings table) ---- */

struct complaint_settings {
	const char *profile;        /* complaint_profile_keys */
	const char *model;          /* "" until a manager chose one */
	int systemic_n;             /* complaints sharing a root cause in 30 days */
};
/* Reads the settings (defaults where unset). Returns 0 or -1. */
int complaint_settings_load(struct arena *a, struct complaint_settings *s);

/* ---- the business calendar and the clocks ---- */

/* Inside a write: works out the complaint's due dates again from its
 * profile, stages and every ended pause, and stores them with the paused
 * days and the next deadline. Returns SQLITE_OK or the error. */
int complaint_refresh_clocks(struct arena *a, long long id);

/* The day number of a YYYY-MM-DD date or the London day of stored UTC
 * text; -1 when empty or bad. */
long complaint_day_of(const char *date_or_utc);

/* Today in London as a day number. */
long complaint_today(void);

/* Returns 1 when the request's user is a manager. */
int complaint_user_is_manager(const struct request *rq);

/* Adds the enabled categories as CATEGORY_OPTION rows (ID, NAME,
 * SELECTED). Returns the number, or -1. */
int complaint_add_category_options(tpl_dict *d, long long chosen);

/* ---- the pages' fields ---- */

enum complaint_new_field {
	COMPLAINT_NEW_CHANNEL, COMPLAINT_NEW_RECEIVED, COMPLAINT_NEW_NAME, COMPLAINT_NEW_EMAIL,
	COMPLAINT_NEW_PHONE, COMPLAINT_NEW_WHAT, COMPLAINT_NEW_WANT, COMPLAINT_NEW_PRODUCT,
	COMPLAINT_NEW_CATEGORY, COMPLAINT_NEW_SEVERITY, COMPLAINT_NEW_VULNERABILITY,
	COMPLAINT_NEW_ADJUSTMENT, COMPLAINT_NEW_OWNER, COMPLAINT_NEW__COUNT
};
extern const struct field_spec complaint_new_fields[COMPLAINT_NEW__COUNT];

enum complaint_list_field {
	COMPLAINT_LIST_STATUS, COMPLAINT_LIST_STAGE, COMPLAINT_LIST_CATEGORY, COMPLAINT_LIST_CHANNEL,
	COMPLAINT_LIST_OWNER, COMPLAINT_LIST_DUE, COMPLAINT_LIST_PAGE, COMPLAINT_LIST__COUNT
};
extern const struct field_spec complaint_list_fields[COMPLAINT_LIST__COUNT];

enum complaint_view_field { COMPLAINT_VIEW_CONTACT, COMPLAINT_VIEW_DONE, COMPLAINT_VIEW__COUNT };
extern const struct field_spec complaint_view_fields[COMPLAINT_VIEW__COUNT];

enum complaint_assign_field { COMPLAINT_ASSIGN_OWNER, COMPLAINT_ASSIGN_CATEGORY, COMPLAINT_ASSIGN_SEVERITY,
	COMPLAINT_ASSIGN__COUNT };
extern const struct field_spec complaint_assign_fields[COMPLAINT_ASSIGN__COUNT];

enum complaint_step_field { COMPLAINT_STEP_STEP, COMPLAINT_STEP_TEXT, COMPLAINT_STEP__COUNT };
extern const struct field_spec complaint_step_fields[COMPLAINT_STEP__COUNT];

enum complaint_pause_field { COMPLAINT_PAUSE_REASON, COMPLAINT_PAUSE__COUNT };
extern const struct field_spec complaint_pause_fields[COMPLAINT_PAUSE__COUNT];

enum complaint_respond_field { COMPLAINT_RESPOND_SUMMARY, COMPLAINT_RESPOND__COUNT };
extern const struct field_spec complaint_respond_fields[COMPLAINT_RESPOND__COUNT];

enum complaint_escalate_field { COMPLAINT_ESCALATE_REASON, COMPLAINT_ESCALATE_HANDLER, COMPLAINT_ESCALATE__COUNT };
extern const struct field_spec complaint_escalate_fields[COMPLAINT_ESCALATE__COUNT];

enum complaint_close_field {
	COMPLAINT_CLOSE_DECISION, COMPLAINT_CLOSE_REASONS, COMPLAINT_CLOSE_REMEDY,
	COMPLAINT_CLOSE_STILL_TO_DO, COMPLAINT_CLOSE__COUNT
};
extern const struct field_spec complaint_close_fields[COMPLAINT_CLOSE__COUNT];

enum complaint_remedy_field {
	COMPLAINT_REMEDY_KIND, COMPLAINT_REMEDY_DELIVERED, COMPLAINT_REMEDY_ATTEMPTS,
	COMPLAINT_REMEDY_CHOSEN, COMPLAINT_REMEDY_REFUND_AGREED, COMPLAINT_REMEDY_REFUND_PAID,
	COMPLAINT_REMEDY__COUNT
};
extern const struct field_spec complaint_remedy_fields[COMPLAINT_REMEDY__COUNT];

enum complaint_cause_field {
	COMPLAINT_CAUSE_ROOT, COMPLAINT_CAUSE_WHY1, COMPLAINT_CAUSE_WHY2, COMPLAINT_CAUSE_WHY3,
	COMPLAINT_CAUSE_WHY4, COMPLAINT_CAUSE_WHY5, COMPLAINT_CAUSE__COUNT
};
extern const struct field_spec complaint_cause_fields[COMPLAINT_CAUSE__COUNT];

enum complaint_action_field { COMPLAINT_ACTION_TITLE, COMPLAINT_ACTION_PROBLEM, COMPLAINT_ACTION_OWNER,
	COMPLAINT_ACTION_DUE, COMPLAINT_ACTION__COUNT };
extern const struct field_spec complaint_action_fields[COMPLAINT_ACTION__COUNT];

enum complaint_settings_field { COMPLAINT_SETTINGS_PROFILE, COMPLAINT_SETTINGS_MODEL,
	COMPLAINT_SETTINGS_SYSTEMIC, COMPLAINT_SETTINGS__COUNT };
extern const struct field_spec complaint_settings_fields[COMPLAINT_SETTINGS__COUNT];

enum complaint_category_field { COMPLAINT_CATEGORY_NAME, COMPLAINT_CATEGORY__COUNT };
extern const struct field_spec complaint_category_fields[COMPLAINT_CATEGORY__COUNT];

enum complaint_category_clock_field { COMPLAINT_CATEGORY_CLOCK_ACK, COMPLAINT_CATEGORY_CLOCK_RESPONSE,
	COMPLAINT_CATEGORY_CLOCK__COUNT };
extern const struct field_spec complaint_category_clock_fields[COMPLAINT_CATEGORY_CLOCK__COUNT];

enum complaint_justify_field { COMPLAINT_JUSTIFY_TEXT, COMPLAINT_JUSTIFY__COUNT };
extern const struct field_spec complaint_justify_fields[COMPLAINT_JUSTIFY__COUNT];

enum complaint_analysis_field { COMPLAINT_ANALYSIS_MONTHS, COMPLAINT_ANALYSIS__COUNT };
extern const struct field_spec complaint_analysis_fields[COMPLAINT_ANALYSIS__COUNT];

/* queue.c */
int complaint_queue_page(struct request *rq, struct response *rs);
/* intake.c */
int complaint_new_page(struct request *rq, struct response *rs);
void complaint_new_check(struct request *rq);
int complaint_create_submit(struct request *rq, struct response *rs);
/* detail.c */
int complaint_page(struct request *rq, struct response *rs);
int complaint_form_invalid(struct request *rq, struct response *rs);
int complaint_letter_page(struct request *rq, struct response *rs);
/* handling.c */
int complaint_acknowledge_submit(struct request *rq, struct response *rs);
void complaint_assign_check(struct request *rq);
int complaint_assign_submit(struct request *rq, struct response *rs);
int complaint_step_submit(struct request *rq, struct response *rs);
void complaint_step_check(struct request *rq);
int complaint_pause_submit(struct request *rq, struct response *rs);
int complaint_resume_submit(struct request *rq, struct response *rs);
int complaint_respond_submit(struct request *rq, struct response *rs);
void complaint_escalate_check(struct request *rq);
int complaint_escalate_submit(struct request *rq, struct response *rs);
void complaint_close_check(struct request *rq);
int complaint_close_submit(struct request *rq, struct response *rs);
int complaint_remedy_submit(struct request *rq, struct response *rs);
/* learning.c */
int complaint_cause_submit(struct request *rq, struct response *rs);
void complaint_action_check(struct request *rq);
int complaint_action_submit(struct request *rq, struct response *rs);
int complaint_systemic_page(struct request *rq, struct response *rs);
int complaint_systemic_action_submit(struct request *rq, struct response *rs);
int complaint_systemic_justify_submit(struct request *rq, struct response *rs);
int complaint_systemic_invalid(struct request *rq, struct response *rs);
/* Inside a write: raises a systemic-problem item when N complaints share
 * root_cause within the 30 days ending on day, unless one is open for
 * it already. Returns SQLITE_OK or the error. */
int complaint_systemic_check(const char *root_cause, const char *day, int n);
/* settings.c */
int complaint_settings_page(struct request *rq, struct response *rs);
int complaint_settings_submit(struct request *rq, struct response *rs);
int complaint_category_submit(struct request *rq, struct response *rs);
int complaint_category_toggle_submit(struct request *rq, struct response *rs);
/* category.c */
int complaint_category_page(struct request *rq, struct response *rs);
void complaint_category_clock_check(struct request *rq);
int complaint_category_clock_submit(struct request *rq, struct response *rs);
/* analysis.c */
int complaint_analysis_page(struct request *rq, struct response *rs);
int complaint_analysis_csv(struct request *rq, struct response *rs);

/* The letter of a closing complaint, from the record and the closing
 * form (letter.c); an arena string. */
const char *complaint_letter_text(struct arena *a, const struct complaint *c, const char *closer,
                                  const char *decision, const char *reasons, const char *remedy,
                                  const char *still_to_do, const char *today);

#endif
