/*
 * detail.c: one complaint's page (GET /complaints/{id}): the record, its
 * clocks, the handling model's steps, the stage forms, the remedies, the
 * root cause and the actions; contact details for managers on request
 * (?contact=1, audited as complaint.contact_viewed); and the printable
 * final response letter (GET /complaints/{id}/letter).
 */
#include "record.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

#define SOON_DAYS 2

const struct field_spec complaint_view_fields[COMPLAINT_VIEW__COUNT] = {
	[COMPLAINT_VIEW_CONTACT] = { "contact", "Show contact details", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[COMPLAINT_VIEW_DONE] = { "done", "Done", FIELD_TEXT, 0, 0, 40, NULL },
};

enum detail_stmt { ST_STEPS, ST_PAUSES, ST_CONTACT, ST_HANDLERS, ST_FOLLOWUP, ST_CATEGORIES, ST__COUNT };
static const char *const detail_sql[ST__COUNT] = {
	[ST_STEPS] = "SELECT s.step, s.done_text, s.done_at, coalesce(u.display_name, '') "
	             "FROM complaint_steps s LEFT JOIN users u ON u.id = s.done_by WHERE s.complaint_id = ?",
	[ST_PAUSES] = "SELECT started_at, coalesce(ended_at, ''), reason FROM complaint_pauses "
	              "WHERE complaint_id = ? ORDER BY id",
	[ST_CONTACT] = "SELECT contact FROM complaints WHERE id = ?",
	[ST_HANDLERS] = "SELECT id, display_name FROM users WHERE disabled = 0 AND (roles & ?1) <> 0 "
	                "AND id <> ?2 ORDER BY display_name",
	[ST_FOLLOWUP] = "SELECT csat, nps FROM feedback_responses WHERE followup_key = ? ORDER BY id DESC LIMIT 1",
	[ST_CATEGORIES] = "SELECT id, name FROM complaint_categories WHERE active = 1 OR id = ?1 ORDER BY name",
};
static sqlite3_stmt *detail_cache[ST__COUNT];
static struct sql_table detail_table = { detail_sql, ST__COUNT, detail_cache, NULL };

static const char *const detail_notices[] = {
	"created", "The complaint has been recorded and its clocks have started.",
	"assigned", "The owner, category and severity have been saved; the clocks not yet met follow the category's periods.",
	"acknowledged", "The acknowledgement has been recorded.",
	"step", "The step has been recorded.",
	"paused", "The clock is paused while you wait on the customer.",
	"resumed", "The clock is running again; the due dates have moved by the days paused.",
	"responded", "The stage 1 response has been recorded.",
	"escalated", "The complaint is at stage 2 now, with its own clocks.",
	"closed", "The complaint is closed and its final response letter is kept with the record.",
	"remedy", "The remedy has been recorded.",
	"cause", "The root cause has been recorded.",
	NULL, NULL
};

/* Shows stored UTC text or a date as words ("" when empty). */
static const char *when(struct arena *a, const char *s)
{
	char words[12];
	if (s == NULL || *s == '\0')
		return "";
	if (strlen(s) == 10)
		return arena_strdup(a, date_in_words(s, words) ? words : s);
	return display_time(a, s);
}

/* Adds one CLOCK row: what, due day, done (UTC or ""), its state. */
static void add_clock(struct request *rq, tpl_dict *d, const char *what, const char *due,
                      const char *done, int paused)
{
	tpl_dict *row = tpl_add_row(d, "CLOCK");
	if (row == NULL)
		return;
	enum complaint_clock_state s = complaint_clock_state(complaint_day_of(due), complaint_day_of(done),
	                                                     complaint_today(), SOON_DAYS, paused);
	tpl_set(row, "WHAT", what);
	tpl_set(row, "DUE", due[0] ? when(&rq->arena, due) : "Not started");
	tpl_set(row, "DONE", done[0] ? when(&rq->arena, done) : "Not yet");
	tpl_set(row, "STATE", complaint_clock_label(s));
	tpl_set(row, "STATE_CLASS", complaint_clock_class(s));
}

/* Adds the CLOCK_RULE rows: which rule set the acknowledgement and the
 * stage 1 response, the complaint's category or the profile (named by
 * its label up to the colon). */
static void add_rules(struct request *rq, tpl_dict *d, const struct complaint *c,
                      const struct complaint_profile *p)
{
	struct complaint_period ack, response;
	char text[200];
	const char *colon = strchr(p->label, ':');
	const char *name = colon ? arena_strndup(&rq->arena, p->label, (size_t)(colon - p->label)) : p->label;
	complaint_stage1_periods(p, &c->override, &ack, &response);
	tpl_dict *row = tpl_add_row(d, "CLOCK_RULE");
	if (row)
		tpl_set(row, "RULE", complaint_rule_text(text, sizeof text, "acknowledge", &ack, c->ack_rule_category, name));
	row = tpl_add_row(d, "CLOCK_RULE");
	if (row)
		tpl_set(row, "RULE", complaint_rule_text(text, sizeof text, "stage 1 response", &response,
		                                         c->response_rule_category, name));
}

/* The clocks section and the pauses. Returns 0 or -1. */
static int add_clocks(struct request *rq, tpl_dict *d, const struct complaint *c)
{
	int paused = c->paused_since[0] != '\0';
	const struct complaint_profile *p = complaint_profile_find(c->profile);
	tpl_set(d, "PROFILE", p->label);
	add_clock(rq, d, "Acknowledge", c->ack_due, c->acknowledged_at, paused);
	add_clock(rq, d, "Stage 1 response", c->response_due, c->responded_at, paused);
	add_rules(rq, d, c, p);
	if (c->stage == 2) {
		add_clock(rq, d, "Stage 2 acknowledgement", c->stage2_ack_due, c->stage2_acknowledged_at, paused);
		add_clock(rq, d, "Stage 2 final response", c->stage2_due, c->closed_at, paused);
	}
	tpl_set_int(d, "PAUSED_DAYS", c->paused_days);
	tpl_show_if(d, "IS_PAUSED", paused);
	sqlite3_stmt *st = db_stmt(&detail_table, ST_PAUSES);
	int rc, n = 0;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, c->id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "PAUSE");
		if (row == NULL)
			break;
		n++;
		tpl_set(row, "FROM", display_time(&rq->arena, db_text(st, 0)));
		tpl_set(row, "UNTIL", db_text(st, 1)[0] ? display_time(&rq->arena, db_text(st, 1)) : "still paused");
		tpl_set(row, "REASON", db_text(st, 2));
	}
	sqlite3_reset(st);
	tpl_show_if(d, "HAS_PAUSES", n > 0);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The handling model's steps: each with its prompt, what was done, or
 * the form; a step left out before one recorded is marked skipped.
 * Returns 0 or -1. */
static int add_steps(struct request *rq, tpl_dict *d, const struct complaint *c, int open)
{
	const struct complaint_model *m = complaint_model_find(c->model);
	const char *text[8] = {0}, *at[8] = {0}, *by[8] = {0};
	sqlite3_stmt *st = db_stmt(&detail_table, ST_STEPS);
	int rc, last = -1;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, c->id);
	while (db_step_row(st, &rc))
		for (size_t i = 0; i < m->count; i++)
			if (strcmp(m->steps[i].key, db_text(st, 0)) == 0) {
				text[i] = arena_strdup(&rq->arena, db_text(st, 1));
				at[i] = display_time(&rq->arena, db_text(st, 2));
				by[i] = arena_strdup(&rq->arena, db_text(st, 3));
				if ((int)i > last)
					last = (int)i;
			}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	tpl_set(d, "MODEL", m->label);
	int skipped = 0;
	for (size_t i = 0; i < m->count; i++) {
		tpl_dict *row = tpl_add_row(d, "STEP");
		if (row == NULL)
			return -1;
		tpl_set_int(row, "NUMBER", (long long)i + 1);
		tpl_set(row, "KEY", m->steps[i].key);
		tpl_set(row, "LABEL", m->steps[i].label);
		tpl_set(row, "PROMPT", m->steps[i].prompt);
		if (text[i]) {
			tpl_dict *done = tpl_add_row(row, "DONE");
			tpl_set(done, "TEXT", text[i]);
			tpl_set(done, "AT", at[i]);
			tpl_set(done, "BY", by[i][0] ? by[i] : "someone no longer listed");
		} else {
			if ((int)i < last) {
				tpl_show(row, "SKIPPED");
				skipped++;
			}
			if (open)
				tpl_show(row, "CAN_RECORD");
		}
	}
	tpl_show_if(d, "STEPS_SKIPPED", skipped > 0);
	int missing = 0;
	for (size_t i = 0; i < m->count; i++)
		missing += text[i] == NULL;
	tpl_set_int(d, "STEPS_MISSING", missing);
	tpl_show_if(d, "STEPS_INCOMPLETE", missing > 0);
	return 0;
}

/* The Consumer Rights Act section: the remedies that still apply today
 * and the refund's deadline. */
static void add_remedies(struct request *rq, tpl_dict *d, const struct complaint *c)
{
	const char *kind = c->cra_kind;
	tpl_show_if(d, "CRA_GOODS", strcmp(kind, "goods") == 0);
	tpl_show_if(d, "CRA_SERVICE", strcmp(kind, "service") == 0);
	tpl_show_if(d, "CRA_NONE", kind[0] == '\0');
	tpl_set(d, "CRA_DELIVERED_VALUE", c->cra_delivered_day);
	tpl_set_int(d, "CRA_ATTEMPTS_VALUE", c->cra_attempts);
	tpl_set(d, "REFUND_AGREED_VALUE", c->refund_agreed_day);
	tpl_set(d, "REFUND_PAID_VALUE", c->refund_paid_day);
	options_from_list(d, "CRA_REMEDY_OPTION", complaint_remedy_keys, complaint_remedy_labels, c->cra_remedy);
	tpl_set(d, "CRA_REMEDY", c->cra_remedy[0] ? options_label(complaint_remedy_keys, complaint_remedy_labels, c->cra_remedy) : "None chosen yet");
	long delivered = complaint_day_of(c->cra_delivered_day), today = complaint_today();
	struct complaint_remedies r;
	if (kind[0] && delivered >= 0 && complaint_remedies_on(strcmp(kind, "goods") == 0, delivered,
	                                                        c->cra_attempts, today, &r) == 0) {
		tpl_dict *ladder = tpl_add_row(d, "LADDER");
		for (int i = 0; complaint_remedy_keys[i]; i++) {
			if (!(r.available & (1u << i)))
				continue;
			tpl_dict *row = tpl_add_row(ladder, "APPLIES");
			tpl_set(row, "LABEL", complaint_remedy_labels[i]);
		}
		if (r.short_term_ends >= 0) {
			char date[11], words[12];
			tpl_dict *s = tpl_add_row(ladder, r.short_term_ends >= today ? "SHORT_TERM_OPEN" : "SHORT_TERM_GONE");
			tpl_set(s, "ENDS", date_in_words(days_to_date(r.short_term_ends, date), words));
		}
		tpl_show_if(ladder, "PRESUMED", r.presumed_fault);
	}
	long agreed = complaint_day_of(c->refund_agreed_day);
	if (agreed >= 0) {
		char date[11], words[12];
		long due = complaint_refund_due(agreed);
		long paid = complaint_day_of(c->refund_paid_day);
		tpl_dict *refund = tpl_add_row(d, "REFUND");
		tpl_set(refund, "DUE", date_in_words(days_to_date(due, date), words));
		enum complaint_clock_state s = complaint_clock_state(due, paid, today, 3, 0);
		tpl_set(refund, "STATE", complaint_clock_label(s));
		tpl_set(refund, "STATE_CLASS", complaint_clock_class(s));
	}
	tpl_show_if(d, "KIND_GOODS_SELECTED", strcmp(kind, "goods") == 0);
	tpl_show_if(d, "KIND_SERVICE_SELECTED", strcmp(kind, "service") == 0);
}

/* The root cause and five whys. */
static void add_cause(tpl_dict *d, const struct complaint *c)
{
	options_from_list(d, "ROOT_CAUSE_OPTION", action_root_causes, action_root_cause_labels, c->root_cause);
	tpl_set(d, "ROOT_CAUSE", c->root_cause[0] ? options_label(action_root_causes, action_root_cause_labels, c->root_cause) : "Not found yet");
	static const char *const names[] = { "WHY_1_VALUE", "WHY_2_VALUE", "WHY_3_VALUE", "WHY_4_VALUE", "WHY_5_VALUE" };
	for (int i = 0; i < 5; i++)
		tpl_set(d, names[i], c->why[i]);
}

/* What viewing the contact details writes: the audit row alone. */
static int write_contact_viewed(void *rq)
{
	return audit_record(rq, "complaint.contact_viewed", "complaint", ((struct request *)rq)->path_ids[0], "");
}

/* Opens the sealed contact details into email and phone (arena).
 * Returns 0, or -1 when they cannot be opened. */
static int open_contact(struct request *rq, long long id, const char **email, const char **phone)
{
	sqlite3_stmt *st = db_stmt(&detail_table, ST_CONTACT);
	struct buf plain = {0};
	int found = db_row_by_id(st, id), rc = -1;
	*email = *phone = "";
	if (found != 1)
		return found == 0 ? 0 : -1;
	const void *sealed = sqlite3_column_blob(st, 0);
	int len = sqlite3_column_bytes(st, 0);
	if (sealed == NULL) {
		sqlite3_reset(st);
		return 0;
	}
	if (secret_key_ensure_loaded() == 0 &&
	    secret_open(sealed, (size_t)len, "complaints", "contact", id, &plain) == 0) {
		char *text = arena_strndup(&rq->arena, plain.data, plain.len);
		char *nl = text ? strchr(text, '\n') : NULL;
		if (nl) {
			*nl = '\0';
			*email = text;
			*phone = nl + 1;
			rc = 0;
		}
		memset(plain.data, 0, plain.len);
	}
	sqlite3_reset(st);
	buf_free(&plain);
	return rc;
}

/* The contact section: for managers, a link to show them, or (asked
 * with ?contact=1) the details, audited in the same request. Returns 0
 * or -1. */
static int add_contact(struct request *rq, tpl_dict *d, const struct complaint *c)
{
	const struct form *f = request_form(rq);
	int asked = f && f->specs == complaint_view_fields && f->values[COMPLAINT_VIEW_CONTACT].number;
	if (!complaint_user_is_manager(rq) || !c->has_contact) {
		tpl_show_if(d, c->has_contact ? "CONTACT_MANAGERS_ONLY" : "CONTACT_NONE", 1);
		return 0;
	}
	if (!asked) {
		tpl_show(d, "CONTACT_LINK");
		return 0;
	}
	const char *email, *phone;
	if (db_write(write_contact_viewed, rq) != SQLITE_OK || open_contact(rq, c->id, &email, &phone) != 0)
		return -1;
	tpl_dict *shown = tpl_add_row(d, "CONTACT_SHOWN");
	tpl_set(shown, "EMAIL", email[0] ? email : "None given");
	tpl_set(shown, "PHONE", phone[0] ? phone : "None given");
	return 0;
}

/* The stage forms the complaint's state allows. Returns 0 or -1. */
static int add_stage_forms(struct request *rq, tpl_dict *d, const struct complaint *c, int open)
{
	if (!open)
		return 0;
	const struct form *af = request_form(rq);
	int refused = af && af->specs == complaint_assign_fields;
	tpl_dict *assign = tpl_add_row(d, "CAN_ASSIGN");
	if (assign == NULL ||
	    action_add_owner_options(assign, "ASSIGN_OWNER_OPTION", refused ? af->values[COMPLAINT_ASSIGN_OWNER].number : c->owner_id) < 0)
		return -1;
	sqlite3_stmt *cats = db_stmt(&detail_table, ST_CATEGORIES);
	if (cats == NULL)
		return -1;
	long long category = refused ? af->values[COMPLAINT_ASSIGN_CATEGORY].number : c->category_id;
	sqlite3_bind_int64(cats, 1, category);
	if (options_from_stmt(assign, "ASSIGN_CATEGORY_OPTION", cats, category) < 0)
		return -1;
	options_from_list(assign, "ASSIGN_SEVERITY_OPTION", complaint_severities, complaint_severity_labels,
	                  refused ? af->values[COMPLAINT_ASSIGN_SEVERITY].text : c->severity);
	if (c->stage == 1 && !c->acknowledged_at[0])
		tpl_show(d, "CAN_ACKNOWLEDGE");
	if (c->stage == 2 && !c->stage2_acknowledged_at[0])
		tpl_show(d, "CAN_ACKNOWLEDGE");
	tpl_show_if(d, c->paused_since[0] ? "CAN_RESUME" : "CAN_PAUSE", 1);
	if (c->stage == 1 && !c->responded_at[0])
		tpl_show(d, "CAN_RESPOND");
	if (c->stage == 1 && c->responded_at[0]) {
		tpl_dict *e = tpl_add_row(d, "CAN_ESCALATE");
		sqlite3_stmt *st = db_stmt(&detail_table, ST_HANDLERS);
		if (e == NULL || st == NULL)
			return -1;
		auth_bind_roles(st, 1, ROLE_STAFF | ROLE_MANAGER);
		sqlite3_bind_int64(st, 2, c->stage1_handler_id);
		const struct form *f = request_form(rq);
		long long chosen = f && f->specs == complaint_escalate_fields ? f->values[COMPLAINT_ESCALATE_HANDLER].number : 0;
		if (options_from_stmt(e, "HANDLER_OPTION", st, chosen) < 0)
			return -1;
		tpl_set(e, "STAGE1_HANDLER", c->stage1_handler_name[0] ? c->stage1_handler_name : "nobody recorded");
	}
	tpl_show(d, "CAN_CLOSE");
	const struct form *f = request_form(rq);
	options_from_list(d, "DECISION_OPTION", complaint_decisions, complaint_decision_labels,
	                  f && f->specs == complaint_close_fields ? f->values[COMPLAINT_CLOSE_DECISION].text : NULL);
	return 0;
}

/* The follow-up section of a closed complaint: the feedback link tied to
 * it and the answer when there is one. Returns 0 or -1. */
static int add_followup(struct request *rq, tpl_dict *d, const struct complaint *c)
{
	if (!c->followup_key[0])
		return 0;
	tpl_dict *fu = tpl_add_row(d, "FOLLOWUP");
	tpl_set(fu, "LINK", arena_printf(&rq->arena, "/feedback?followup=%s", c->followup_key));
	sqlite3_stmt *st = db_stmt(&detail_table, ST_FOLLOWUP);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, c->followup_key, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		tpl_dict *a = tpl_add_row(fu, "ANSWERED");
		tpl_set(a, "CSAT", sqlite3_column_type(st, 0) == SQLITE_NULL ? "not given" :
		        arena_printf(&rq->arena, "%d of 5", sqlite3_column_int(st, 0)));
	} else {
		tpl_show(fu, "WAITING");
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* Draws the complaint's page (with a refused form's values and errors). */
static int show_complaint(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct page p;
	int found = complaint_load_path(rq, rs, &c);
	if (found <= 0)
		return found;
	const char *ref = complaint_reference(&rq->arena, c.id);
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "Complaint %s", ref), "complaints/complaint.tpl") != 0)
		return -1;
	tpl_dict *d = p.content;
	struct arena *a = &rq->arena;
	tpl_show_if(d, "ADD_TO_PORTFOLIO", (rq->session->roles & ROLE_LEARNERS) != 0);
	int open = strcmp(c.status, "open") == 0;
	tpl_set_int(d, "ID", c.id);
	tpl_set(d, "REFERENCE", ref);
	tpl_set(d, "STATUS", open ? "Open" : "Closed");
	tpl_set_int(d, "STAGE", c.stage);
	tpl_set(d, "CUSTOMER", c.customer_name);
	tpl_set(d, "CHANNEL", options_label(complaint_channels, complaint_channel_labels, c.channel));
	tpl_set(d, "SOURCE", strcmp(c.source, "public") == 0 ? "the public complaint form" : "staff");
	tpl_set(d, "RECEIVED", display_time(a, c.received_at));
	tpl_set(d, "CATEGORY", c.category[0] ? c.category : "None");
	tpl_set(d, "SEVERITY", options_label(complaint_severities, complaint_severity_labels, c.severity));
	tpl_set(d, "PRODUCT", c.product[0] ? c.product : "Not given");
	tpl_set(d, "OWNER", c.owner_name[0] ? c.owner_name : "Nobody yet");
	tpl_set(d, "WHAT_HAPPENED", c.what_happened);
	tpl_set(d, "WHAT_THEY_WANT", c.what_they_want[0] ? c.what_they_want : "Not recorded");
	if (c.vulnerability[0] || c.adjustment[0]) {
		tpl_dict *n = tpl_add_row(d, "NEEDS");
		tpl_set(n, "ADJUSTMENT", options_label(complaint_adjustments, complaint_adjustment_labels, c.adjustment));
		tpl_set(n, "VULNERABILITY", c.vulnerability[0] ? c.vulnerability : "No note");
	}
	if (c.responded_at[0]) {
		tpl_dict *r = tpl_add_row(d, "RESPONSE");
		tpl_set(r, "SUMMARY", c.response_summary);
		tpl_set(r, "BY", c.stage1_handler_name[0] ? c.stage1_handler_name : "someone no longer listed");
		tpl_set(r, "AT", display_time(a, c.responded_at));
	}
	if (c.stage == 2) {
		tpl_dict *e = tpl_add_row(d, "ESCALATION");
		tpl_set(e, "REASON", c.escalation_reason);
		tpl_set(e, "AT", display_time(a, c.escalated_at));
		tpl_set(e, "HANDLER", c.stage2_handler_name[0] ? c.stage2_handler_name : "someone no longer listed");
	}
	if (!open) {
		tpl_dict *cl = tpl_add_row(d, "CLOSED");
		tpl_set(cl, "DECISION", options_label(complaint_decisions, complaint_decision_labels, c.decision));
		tpl_set(cl, "AT", display_time(a, c.closed_at));
		tpl_set(cl, "BY", c.closed_by_name);
	}
	const struct form *f = request_form(rq);
	if (f && f->specs != complaint_view_fields)
		page_form(&p, f);
	tpl_show_if(d, "IS_MANAGER", complaint_user_is_manager(rq));
	add_remedies(rq, d, &c);
	add_cause(d, &c);
	if (f && f->specs == complaint_remedy_fields)
		page_form(&p, f);
	if (f && f->specs == complaint_cause_fields)
		page_form(&p, f);
	int actions = action_add_rows(d, "ACTION", "complaint", c.id);
	if (actions < 0 || add_clocks(rq, d, &c) != 0 || add_steps(rq, d, &c, open) != 0 ||
	    add_contact(rq, d, &c) != 0 || add_stage_forms(rq, d, &c, open) != 0 ||
	    add_followup(rq, d, &c) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(d, actions ? "HAS_ACTIONS" : "NO_ACTIONS", 1);
	if (complaint_user_is_manager(rq)) {
		tpl_dict *raise = tpl_add_row(d, "CAN_RAISE");
		long long owner = f && f->specs == complaint_action_fields ? f->values[COMPLAINT_ACTION_OWNER].number : c.owner_id;
		if (!(f && f->specs == complaint_action_fields)) {
			char today[11], due[11];
			tpl_set(raise, "ACTION_TITLE_VALUE", arena_printf(a, "Stop complaints like %s happening again", ref));
			tpl_set(raise, "ACTION_DUE_VALUE", date_add_days(today_london(today), 28, due));
		}
		if (action_add_owner_options(raise, "OWNER_OPTION", owner) < 0) {
			page_abandon(&p);
			return -1;
		}
	}
	page_notice(&p, rq, detail_notices);
	return page_finish(&p, rs);
}

/* GET /complaints/{id} */
int complaint_page(struct request *rq, struct response *rs)
{
	return show_complaint(rq, rs);
}

/* Every form of the complaint's page shown again when refused. */
int complaint_form_invalid(struct request *rq, struct response *rs)
{
	return show_complaint(rq, rs);
}

/* GET /complaints/{id}/letter: the final response letter, printable. */
int complaint_letter_page(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct page p;
	int found = complaint_load_path(rq, rs, &c);
	if (found <= 0)
		return found;
	if (c.letter[0] == '\0') {
		respond_error(rq, rs, 404, "This complaint has no final response letter yet: it is written when the complaint is closed.");
		return 0;
	}
	const char *ref = complaint_reference(&rq->arena, c.id);
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "Final response, %s", ref), "complaints/letter.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "ID", c.id);
	tpl_set(p.content, "REFERENCE", ref);
	tpl_set(p.content, "LETTER", c.letter);
	return page_finish(&p, rs);
}
