/*
 * handling.c: the POSTs of a complaint's page that move it along:
 * assign (owner, category, severity: the triage of a complaint that came
 * in through the public form), acknowledge, record a step of the handling model, pause and resume the
 * clock, the stage 1 response, escalation to stage 2 (to someone other
 * than the stage 1 handler), closing with the final response letter, and
 * the Consumer Rights Act remedy.
 */
#include "record.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/db.h"

#include <string.h>

enum handling_stmt {
	ST_ACK1, ST_ACK2, ST_STEP, ST_PAUSE, ST_PAUSED, ST_RESUME_PAUSE, ST_RESUMED, ST_RESPOND,
	ST_ESCALATE, ST_CLOSE, ST_REMEDY, ST_ASSIGN, ST_CATEGORY_OK, ST_RETIME, ST__COUNT
};
static const char *const handling_sql[ST__COUNT] = {
	[ST_ACK1] = "UPDATE complaints SET acknowledged_at = ?2, updated_at = ?2 WHERE id = ?1 "
	            "AND status = 'open' AND stage = 1 AND acknowledged_at IS NULL",
	[ST_ACK2] = "UPDATE complaints SET stage2_acknowledged_at = ?2, updated_at = ?2 WHERE id = ?1 "
	            "AND status = 'open' AND stage = 2 AND stage2_acknowledged_at IS NULL",
	[ST_STEP] = "INSERT INTO complaint_steps (complaint_id, step, done_text, done_at, done_by) "
	            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (complaint_id, step) DO UPDATE SET "
	            "done_text = excluded.done_text, done_at = excluded.done_at, done_by = excluded.done_by",
	[ST_PAUSE] = "INSERT INTO complaint_pauses (complaint_id, started_at, started_day, reason, started_by) "
	             "VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_PAUSED] = "UPDATE complaints SET paused_since = ?2, updated_at = ?2 WHERE id = ?1 "
	              "AND status = 'open' AND paused_since IS NULL",
	[ST_RESUME_PAUSE] = "UPDATE complaint_pauses SET ended_at = ?2, ended_day = ?3 "
	                    "WHERE complaint_id = ?1 AND ended_at IS NULL",
	[ST_RESUMED] = "UPDATE complaints SET paused_since = NULL, updated_at = ?2 WHERE id = ?1 "
	               "AND paused_since IS NOT NULL",
	[ST_RESPOND] = "UPDATE complaints SET responded_at = ?2, response_summary = ?3, stage1_handler_id = ?4, "
	               "updated_at = ?2 WHERE id = ?1 AND status = 'open' AND stage = 1 AND responded_at IS NULL",
	[ST_ESCALATE] = "UPDATE complaints SET stage = 2, escalated_at = ?2, escalation_reason = ?3, "
	                "stage2_handler_id = ?4, owner_id = ?4, updated_at = ?2 "
	                "WHERE id = ?1 AND status = 'open' AND stage = 1 AND responded_at IS NOT NULL",
	[ST_CLOSE] = "UPDATE complaints SET status = 'closed', closed_at = ?2, closed_day = ?3, closed_by = ?4, "
	             "decision = ?5, reasons = ?6, remedy_text = ?7, still_to_do = ?8, letter = ?9, "
	             "followup_key = ?10, responded_at = coalesce(responded_at, ?2), "
	             "stage1_handler_id = CASE WHEN stage = 1 THEN coalesce(stage1_handler_id, ?4) ELSE stage1_handler_id END, "
	             "response_summary = CASE WHEN response_summary = '' THEN ?6 ELSE response_summary END, "
	             "paused_since = NULL, updated_at = ?2 WHERE id = ?1 AND status = 'open'",
	[ST_REMEDY] = "UPDATE complaints SET cra_kind = ?2, cra_delivered_day = ?3, cra_attempts = ?4, "
	              "cra_remedy = ?5, refund_agreed_day = ?6, refund_paid_day = ?7, updated_at = ?8 WHERE id = ?1",
	[ST_ASSIGN] = "UPDATE complaints SET owner_id = ?2, category_id = ?3, severity = ?4, updated_at = ?5 "
	              "WHERE id = ?1 AND status = 'open'",
	[ST_CATEGORY_OK] = "SELECT 1 FROM complaint_categories WHERE id = ? AND active = 1",
	[ST_RETIME] = "UPDATE complaints SET ack_days = nullif(?2, 0), ack_days_category = nullif(?3, 0), "
	              "response_days = nullif(?4, 0), response_days_category = nullif(?5, 0) WHERE id = ?1",
};
static sqlite3_stmt *handling_cache[ST__COUNT];
static struct sql_table handling_table = { handling_sql, ST__COUNT, handling_cache, NULL };

static const char *const cra_kinds[] = { "", "goods", "service", NULL };
static const char *const remedy_choices[] = { "", "short_term_reject", "repair_or_replace", "price_reduction",
	"final_reject", "repeat_performance", NULL };

const struct field_spec complaint_assign_fields[COMPLAINT_ASSIGN__COUNT] = {
	[COMPLAINT_ASSIGN_OWNER] = { "assign_owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL },
	[COMPLAINT_ASSIGN_CATEGORY] = { "assign_category", "Category", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[COMPLAINT_ASSIGN_SEVERITY] = { "assign_severity", "Severity", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, complaint_severities },
};

const struct field_spec complaint_step_fields[COMPLAINT_STEP__COUNT] = {
	[COMPLAINT_STEP_STEP] = { "step", "Step", FIELD_TEXT, FIELD_REQUIRED, 1, 40, NULL },
	[COMPLAINT_STEP_TEXT] = { "step_text", "What was done", FIELD_MULTILINE, FIELD_REQUIRED, 5, 2000, NULL },
};
const struct field_spec complaint_pause_fields[COMPLAINT_PAUSE__COUNT] = {
	[COMPLAINT_PAUSE_REASON] = { "pause_reason", "What you are waiting for from the customer", FIELD_TEXT, FIELD_REQUIRED, 5, 500, NULL },
};
const struct field_spec complaint_respond_fields[COMPLAINT_RESPOND__COUNT] = {
	[COMPLAINT_RESPOND_SUMMARY] = { "response_summary", "The stage 1 response", FIELD_MULTILINE, FIELD_REQUIRED, 10, 4000, NULL },
};
const struct field_spec complaint_escalate_fields[COMPLAINT_ESCALATE__COUNT] = {
	[COMPLAINT_ESCALATE_REASON] = { "escalation_reason", "Why the customer is not satisfied", FIELD_MULTILINE, FIELD_REQUIRED, 5, 2000, NULL },
	[COMPLAINT_ESCALATE_HANDLER] = { "handler", "Stage 2 handler", FIELD_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL },
};
const struct field_spec complaint_close_fields[COMPLAINT_CLOSE__COUNT] = {
	[COMPLAINT_CLOSE_DECISION] = { "decision", "Decision", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, complaint_decisions },
	[COMPLAINT_CLOSE_REASONS] = { "reasons", "Reasons for the decision", FIELD_MULTILINE, FIELD_REQUIRED, 10, 4000, NULL },
	[COMPLAINT_CLOSE_REMEDY] = { "remedy", "Remedy offered", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[COMPLAINT_CLOSE_STILL_TO_DO] = { "still_to_do", "What is still to do", FIELD_MULTILINE, 0, 0, 2000, NULL },
};
const struct field_spec complaint_remedy_fields[COMPLAINT_REMEDY__COUNT] = {
	[COMPLAINT_REMEDY_KIND] = { "cra_kind", "Goods or a service", FIELD_CHOICE, 0, 0, 0, cra_kinds },
	[COMPLAINT_REMEDY_DELIVERED] = { "cra_delivered", "Delivered or performed on", FIELD_DATE, 0, 0, 0, NULL },
	[COMPLAINT_REMEDY_ATTEMPTS] = { "cra_attempts", "Repairs, replacements or repeat performances so far", FIELD_INT, 0, 0, 10, NULL },
	[COMPLAINT_REMEDY_CHOSEN] = { "cra_remedy", "Remedy chosen", FIELD_CHOICE, 0, 0, 0, remedy_choices },
	[COMPLAINT_REMEDY_REFUND_AGREED] = { "refund_agreed", "Refund agreed on", FIELD_DATE, 0, 0, 0, NULL },
	[COMPLAINT_REMEDY_REFUND_PAID] = { "refund_paid", "Refund paid on", FIELD_DATE, 0, 0, 0, NULL },
};

/* One write of this file: the request, the complaint, and what it needs. */
struct handling_ctx {
	struct request *rq;
	struct complaint *c;
	const char *extra;          /* the letter, for closing */
	const char *followup_key;
	char now[21], today[11];
};

/* Starts a ctx for the request's complaint. */
static void ctx_begin(struct handling_ctx *x, struct request *rq, struct complaint *c)
{
	memset(x, 0, sizeof *x);
	x->rq = rq;
	x->c = c;
	iso_utc(now_utc(), x->now);
	today_london(x->today);
}

/* Runs a statement with ?1 the complaint and ?2 now; SQLITE_NOTFOUND when
 * it changed nothing. */
static int exec_id_now(struct handling_ctx *x, enum handling_stmt which)
{
	sqlite3_stmt *st = db_stmt(&handling_table, which);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_text(st, 2, x->now, -1, SQLITE_TRANSIENT);
	return db_exec_changed(st);
}

/* Ends a write: the clocks again and the audit row. */
static int finish(struct handling_ctx *x, int rc, const char *action)
{
	if (rc == SQLITE_OK)
		rc = complaint_refresh_clocks(&x->rq->arena, x->c->id);
	if (rc == SQLITE_OK)
		rc = audit_record(x->rq, action, "complaint", x->c->id, "");
	return rc;
}

/* Runs fn in a write and answers: 303 to the page with done, 409 with
 * message when the complaint was not in a state for it. */
static int run(struct request *rq, struct response *rs, struct handling_ctx *x, int (*fn)(void *),
               const char *done, const char *message)
{
	int rc = db_write(fn, x);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, message);
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/complaints/%lld?done=%s", x->c->id, done));
	return 0;
}

/* Loads the path's complaint into c and starts x; 1 to go on. */
static int begin(struct request *rq, struct response *rs, struct complaint *c, struct handling_ctx *x)
{
	int found = complaint_load_path(rq, rs, c);
	if (found == 1)
		ctx_begin(x, rq, c);
	return found;
}

/* Writes the acknowledgement of the current stage. */
static int write_ack(void *v)
{
	struct handling_ctx *x = v;
	return finish(x, exec_id_now(x, x->c->stage == 2 ? ST_ACK2 : ST_ACK1), "complaint.acknowledge");
}

/* POST /complaints/{id}/acknowledge */
int complaint_acknowledge_submit(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	return run(rq, rs, &x, write_ack, "acknowledged", "This stage of the complaint has been acknowledged already, or the complaint is closed.");
}

/* The route's check of assigning: an owner who can own work, a live category. */
void complaint_assign_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	if (v[COMPLAINT_ASSIGN_OWNER].error == NULL && !action_owner_valid(v[COMPLAINT_ASSIGN_OWNER].number))
		request_form_error(rq, COMPLAINT_ASSIGN_OWNER, "Choose a member of staff or a manager to own it.");
	if (v[COMPLAINT_ASSIGN_CATEGORY].error == NULL &&
	    db_id_exists(db_stmt(&handling_table, ST_CATEGORY_OK), v[COMPLAINT_ASSIGN_CATEGORY].number) != 1)
		request_form_error(rq, COMPLAINT_ASSIGN_CATEGORY, "Choose one of the categories listed.");
}

/* Inside the triage write: the clocks not yet met take the periods of
 * the complaint's new category (its own, or the profile's); the ones met
 * keep theirs. finish() then works the due dates out again. */
static int retime(struct handling_ctx *x, long long category)
{
	struct complaint_override fresh;
	const struct complaint *c = x->c;
	int ack_met = c->acknowledged_at[0] != '\0', response_met = c->responded_at[0] != '\0' || c->stage == 2;
	if (complaint_category_override(category, &fresh) != 0)
		return SQLITE_ERROR;
	struct complaint_override o = complaint_override_on_triage(c->override, ack_met, response_met, fresh);
	long long ack_from = ack_met ? c->ack_rule_category_id : o.ack_days > 0 ? category : 0;
	long long response_from = response_met ? c->response_rule_category_id : o.response_days > 0 ? category : 0;
	sqlite3_stmt *st = db_stmt(&handling_table, ST_RETIME);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_int(st, 2, o.ack_days);
	sqlite3_bind_int64(st, 3, ack_from);
	sqlite3_bind_int(st, 4, o.response_days);
	sqlite3_bind_int64(st, 5, response_from);
	return db_exec_stmt(st);
}

/* Writes the owner, category and severity, and the clocks again when the
 * category changed (the complaint read again inside the write, so what is
 * met is what is stored). */
static int write_assign(void *v)
{
	struct handling_ctx *x = v;
	const struct field_value *f = request_form(x->rq)->values;
	sqlite3_stmt *st = db_stmt(&handling_table, ST_ASSIGN);
	int found = complaint_load(&x->rq->arena, x->c->id, x->c);
	if (found != 1)
		return found == 0 ? SQLITE_NOTFOUND : SQLITE_ERROR;
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_int64(st, 2, f[COMPLAINT_ASSIGN_OWNER].number);
	sqlite3_bind_int64(st, 3, f[COMPLAINT_ASSIGN_CATEGORY].number);
	sqlite3_bind_text(st, 4, f[COMPLAINT_ASSIGN_SEVERITY].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, x->now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	if (rc == SQLITE_OK && f[COMPLAINT_ASSIGN_CATEGORY].number != x->c->category_id)
		rc = retime(x, f[COMPLAINT_ASSIGN_CATEGORY].number);
	return finish(x, rc, "complaint.assign");
}

/* POST /complaints/{id}/assign */
int complaint_assign_submit(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	return run(rq, rs, &x, write_assign, "assigned", "This complaint is closed: its owner and category can no longer change.");
}

/* The route's check: the step is one of the complaint's model. */
void complaint_step_check(struct request *rq)
{
	struct complaint c;
	const struct field_value *v = request_form(rq)->values;
	if (v[COMPLAINT_STEP_STEP].error || complaint_load(&rq->arena, rq->path_ids[0], &c) != 1)
		return;
	const struct complaint_model *m = complaint_model_find(c.model);
	for (size_t i = 0; i < m->count; i++)
		if (strcmp(m->steps[i].key, v[COMPLAINT_STEP_STEP].text) == 0)
			return;
	request_form_error(rq, COMPLAINT_STEP_STEP, "Choose one of the steps of the handling model.");
}

/* Writes one step. */
static int write_step(void *v)
{
	struct handling_ctx *x = v;
	const struct field_value *f = request_form(x->rq)->values;
	sqlite3_stmt *st = db_stmt(&handling_table, ST_STEP);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_text(st, 2, f[COMPLAINT_STEP_STEP].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f[COMPLAINT_STEP_TEXT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, x->now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 5, x->rq->session->user_id);
	int rc = db_exec_stmt(st);
	return rc == SQLITE_OK ? audit_record(x->rq, "complaint.step", "complaint", x->c->id, f[COMPLAINT_STEP_STEP].text) : rc;
}

/* POST /complaints/{id}/steps */
int complaint_step_submit(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	if (strcmp(c.status, "open") != 0) {
		respond_error(rq, rs, 409, "This complaint is closed: its handling record can no longer change.");
		return 0;
	}
	return run(rq, rs, &x, write_step, "step", "");
}

/* Starts a pause. */
static int write_pause(void *v)
{
	struct handling_ctx *x = v;
	int rc = exec_id_now(x, ST_PAUSED);
	sqlite3_stmt *st = db_stmt(&handling_table, ST_PAUSE);
	if (rc != SQLITE_OK || st == NULL)
		return st ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_text(st, 2, x->now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, x->today, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, request_form(x->rq)->values[COMPLAINT_PAUSE_REASON].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, x->rq->session->user_id);
	return finish(x, db_exec_stmt(st), "complaint.pause");
}

/* POST /complaints/{id}/pause: the clock stops while waiting on the customer. */
int complaint_pause_submit(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	return run(rq, rs, &x, write_pause, "paused", "The clock is paused already, or the complaint is closed.");
}

/* Ends the running pause. */
static int write_resume(void *v)
{
	struct handling_ctx *x = v;
	int rc = exec_id_now(x, ST_RESUMED);
	sqlite3_stmt *st = db_stmt(&handling_table, ST_RESUME_PAUSE);
	if (rc != SQLITE_OK || st == NULL)
		return st ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_text(st, 2, x->now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, x->today, -1, SQLITE_TRANSIENT);
	return finish(x, db_exec_stmt(st), "complaint.resume");
}

/* POST /complaints/{id}/resume */
int complaint_resume_submit(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	return run(rq, rs, &x, write_resume, "resumed", "The clock is not paused.");
}

/* Writes the stage 1 response; its writer is the stage 1 handler. */
static int write_respond(void *v)
{
	struct handling_ctx *x = v;
	sqlite3_stmt *st = db_stmt(&handling_table, ST_RESPOND);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_text(st, 2, x->now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, request_form(x->rq)->values[COMPLAINT_RESPOND_SUMMARY].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, x->rq->session->user_id);
	return finish(x, db_exec_changed(st), "complaint.respond");
}

/* POST /complaints/{id}/respond */
int complaint_respond_submit(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	return run(rq, rs, &x, write_respond, "responded", "This complaint has had its stage 1 response already, or it is closed.");
}

/* The route's check of escalation: the stage 2 handler is an active
 * member of staff or manager and not the stage 1 handler. */
void complaint_escalate_check(struct request *rq)
{
	struct complaint c;
	const struct field_value *v = request_form(rq)->values;
	if (v[COMPLAINT_ESCALATE_HANDLER].error || complaint_load(&rq->arena, rq->path_ids[0], &c) != 1)
		return;
	long long who = v[COMPLAINT_ESCALATE_HANDLER].number;
	if (!complaint_stage2_handler_allowed(c.stage1_handler_id, who))
		request_form_error(rq, COMPLAINT_ESCALATE_HANDLER, "Stage 2 must be handled by someone other than "
		                   "the stage 1 handler: choose a different person.");
	else if (!action_owner_valid(who))
		request_form_error(rq, COMPLAINT_ESCALATE_HANDLER, "Choose a member of staff or a manager.");
}

/* Moves the complaint to stage 2. */
static int write_escalate(void *v)
{
	struct handling_ctx *x = v;
	const struct field_value *f = request_form(x->rq)->values;
	sqlite3_stmt *st = db_stmt(&handling_table, ST_ESCALATE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_text(st, 2, x->now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, f[COMPLAINT_ESCALATE_REASON].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, f[COMPLAINT_ESCALATE_HANDLER].number);
	return finish(x, db_exec_changed(st), "complaint.escalate");
}

/* POST /complaints/{id}/escalate */
int complaint_escalate_submit(struct request *rq, struct response *rs)
{
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	return run(rq, rs, &x, write_escalate, "escalated", "Only an open stage 1 complaint that has had its response can be escalated.");
}

/* The route's check of closing: at stage 2, the person closing must not
 * be the one who handled stage 1. */
void complaint_close_check(struct request *rq)
{
	struct complaint c;
	if (complaint_load(&rq->arena, rq->path_ids[0], &c) != 1)
		return;
	if (c.stage == 2 && !complaint_stage2_handler_allowed(c.stage1_handler_id, rq->session->user_id))
		request_form_error(rq, COMPLAINT_CLOSE_DECISION, "You handled this complaint at stage 1, so you "
		                   "cannot give its stage 2 final response: the stage 2 handler or another manager must.");
}

/* Closes the complaint with its letter. */
static int write_close(void *v)
{
	struct handling_ctx *x = v;
	const struct field_value *f = request_form(x->rq)->values;
	sqlite3_stmt *st = db_stmt(&handling_table, ST_CLOSE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_text(st, 2, x->now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, x->today, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, x->rq->session->user_id);
	sqlite3_bind_text(st, 5, f[COMPLAINT_CLOSE_DECISION].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, f[COMPLAINT_CLOSE_REASONS].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, f[COMPLAINT_CLOSE_REMEDY].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, f[COMPLAINT_CLOSE_STILL_TO_DO].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, x->extra, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, x->followup_key, -1, SQLITE_STATIC);
	int rc = db_exec_changed(st);
	if (rc == SQLITE_OK && x->c->paused_since[0]) {
		sqlite3_stmt *p = db_stmt(&handling_table, ST_RESUME_PAUSE);
		if (p == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(p, 1, x->c->id);
		sqlite3_bind_text(p, 2, x->now, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(p, 3, x->today, -1, SQLITE_TRANSIENT);
		rc = db_exec_stmt(p);
	}
	return finish(x, rc, "complaint.close");
}

/* POST /complaints/{id}/close: the final response; its letter is written
 * from the record and kept with it, and the follow-up link made. */
int complaint_close_submit(struct request *rq, struct response *rs)
{
	const struct field_value *f = request_form(rq)->values;
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	if (strcmp(c.status, "open") != 0) {
		respond_error(rq, rs, 409, "This complaint is closed already.");
		return 0;
	}
	char *key = arena_alloc(&rq->arena, 33);
	if (key == NULL)
		return -1;
	random_hex(key, 16);
	x.followup_key = key;
	x.extra = complaint_letter_text(&rq->arena, &c, rq->session->display_name, f[COMPLAINT_CLOSE_DECISION].text,
	                                f[COMPLAINT_CLOSE_REASONS].text, f[COMPLAINT_CLOSE_REMEDY].text,
	                                f[COMPLAINT_CLOSE_STILL_TO_DO].text, x.today);
	if (x.extra == NULL)
		return -1;
	return run(rq, rs, &x, write_close, "closed", "This complaint is closed already.");
}

/* Writes the remedy fields. */
static int write_remedy(void *v)
{
	struct handling_ctx *x = v;
	const struct field_value *f = request_form(x->rq)->values;
	sqlite3_stmt *st = db_stmt(&handling_table, ST_REMEDY);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, x->c->id);
	sqlite3_bind_text(st, 2, f[COMPLAINT_REMEDY_KIND].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f[COMPLAINT_REMEDY_DELIVERED].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, f[COMPLAINT_REMEDY_ATTEMPTS].number);
	sqlite3_bind_text(st, 5, f[COMPLAINT_REMEDY_CHOSEN].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, f[COMPLAINT_REMEDY_REFUND_AGREED].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, f[COMPLAINT_REMEDY_REFUND_PAID].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, x->now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	return rc == SQLITE_OK ? audit_record(x->rq, "complaint.remedy", "complaint", x->c->id, "") : rc;
}

/* POST /complaints/{id}/remedy: refused (400) when the remedy chosen no
 * longer applies on the dates given. */
int complaint_remedy_submit(struct request *rq, struct response *rs)
{
	const struct field_value *f = request_form(rq)->values;
	struct complaint c;
	struct handling_ctx x;
	int found = begin(rq, rs, &c, &x);
	if (found <= 0)
		return found;
	unsigned bit = complaint_remedy_bit(f[COMPLAINT_REMEDY_CHOSEN].text);
	long delivered = complaint_day_of(f[COMPLAINT_REMEDY_DELIVERED].text);
	struct complaint_remedies r;
	if (f[COMPLAINT_REMEDY_KIND].text[0] && delivered < 0)
		request_form_error(rq, COMPLAINT_REMEDY_DELIVERED, "Give the date the goods were delivered or the service performed.");
	else if (delivered >= 0 && complaint_remedies_on(strcmp(f[COMPLAINT_REMEDY_KIND].text, "goods") == 0, delivered,
	                                                 (int)f[COMPLAINT_REMEDY_ATTEMPTS].number, complaint_today(), &r) != 0)
		request_form_error(rq, COMPLAINT_REMEDY_DELIVERED, "The delivery date cannot be in the future.");
	else if (bit && delivered >= 0 && !(r.available & bit))
		request_form_error(rq, COMPLAINT_REMEDY_CHOSEN, "That remedy does not apply on these dates: choose one the record lists as still applying.");
	if (f[COMPLAINT_REMEDY_REFUND_PAID].present && !f[COMPLAINT_REMEDY_REFUND_AGREED].present)
		request_form_error(rq, COMPLAINT_REMEDY_REFUND_AGREED, "Give the date the refund was agreed.");
	if (request_form_refused(rq))
		return form_again(rq, rs, complaint_form_invalid);
	return run(rq, rs, &x, write_remedy, "remedy", "");
}
