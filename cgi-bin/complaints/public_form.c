/*
 * public_form.c: the public complaint form (see public_form.h). A
 * complaint sent here is stored in one transaction with its rate-limit
 * count and its acknowledgement and response clocks started (the first
 * due dates from the organisation's profile and the bank holidays); only
 * then is the customer shown the reference and the date we will
 * acknowledge by.
 */
#include "public_form.h"
#include "clock.h"
#include "store.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"
#include "core/public_guard.h"

#include <stdio.h>
#include <string.h>

#define DEFAULT_HOURLY_LIMIT 5   /* complaints per address per hour */

enum public_stmt { ST_BY_KEY, ST_NEXT_ID, ST_INSERT, ST_RATE_COUNT, ST_RATE_ADD, ST_RATE_PURGE, ST__COUNT };
static const char *const public_sql[ST__COUNT] = {
	[ST_BY_KEY] = "SELECT id, ack_due FROM complaints WHERE submission_key = ?",
	[ST_NEXT_ID] = "SELECT coalesce(max(id), 0) + 1 FROM complaints",
	[ST_INSERT] =
		"INSERT INTO complaints (id, source, received_at, received_day, channel, customer_name, contact, "
		"contact_email_index, contact_phone_index, what_happened, what_they_want, product, vulnerability, "
		"adjustment, profile, model, ack_due, response_due, next_due, submission_key, created_at, updated_at) "
		"VALUES (?1, 'public', ?2, ?3, 'web', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
		"coalesce((SELECT value FROM settings WHERE key = 'complaint_model'), 'heat'), ?14, ?15, ?14, ?16, ?2, ?2)",
	[ST_RATE_COUNT] = "SELECT count FROM complaint_rate WHERE addr_hash = ?1 AND hour = ?2",
	[ST_RATE_ADD] = "INSERT INTO complaint_rate (addr_hash, hour, count) VALUES (?1, ?2, 1) "
	                "ON CONFLICT (addr_hash, hour) DO UPDATE SET count = count + 1",
	[ST_RATE_PURGE] = "DELETE FROM complaint_rate WHERE hour < ?",
};
static sqlite3_stmt *public_cache[ST__COUNT];
static struct sql_table public_table = { public_sql, ST__COUNT, public_cache, NULL };

const struct field_spec complaint_public_fields[COMPLAINT_PF__COUNT] = {
	[COMPLAINT_PF_NAME] = { "customer_name", "Your name", FIELD_TEXT, FIELD_REQUIRED, 1, 100, NULL },
	[COMPLAINT_PF_EMAIL] = { "contact_email", "Your email address", FIELD_EMAIL, 0, 0, 0, NULL },
	[COMPLAINT_PF_PHONE] = { "contact_phone", "Your phone number", FIELD_TEXT, 0, 0, 30, NULL },
	[COMPLAINT_PF_WHAT] = { "what_happened", "What happened", FIELD_MULTILINE, FIELD_REQUIRED, 10, 4000, NULL },
	[COMPLAINT_PF_WANT] = { "what_they_want", "What you would like us to do", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[COMPLAINT_PF_PRODUCT] = { "product", "The product or service", FIELD_TEXT, 0, 0, 200, NULL },
	[COMPLAINT_PF_ADJUSTMENT] = { "adjustment", "Help you need from us", FIELD_CHOICE, 0, 0, 0, complaint_adjustments },
	[COMPLAINT_PF_NEEDS] = { "vulnerability", "Anything else we should know", FIELD_MULTILINE, 0, 0, 1000, NULL },
	[COMPLAINT_PF_WEBSITE] = { PUBLIC_HONEYPOT_FIELD, "Website", FIELD_TEXT, 0, 0, 500, NULL },
	[COMPLAINT_PF_SUBMISSION] = { "submission", "Submission key", FIELD_TEXT, 0, 0, 64, NULL },
};
const struct field_spec complaint_thanks_fields[COMPLAINT_TQ__COUNT] = {
	[COMPLAINT_TQ_KEY] = { "key", "Key", FIELD_TEXT, 0, 0, 64, NULL },
};

/* The value typed for field i ("" when none). */
static const char *typed(const struct form *f, size_t i)
{
	return f && f->values && f->values[i].text ? f->values[i].text : "";
}

/* Draws the form (what was typed and its errors when f is given, a
 * refusal at the top when refusal is given). */
static int render(struct request *rq, struct response *rs, const struct form *f, const char *refusal)
{
	struct page p;
	if (page_begin(&p, rq, rs, "Make a complaint", "complaints/public_form.tpl") != 0)
		return -1;
	tpl_set(p.content, "SUBMISSION", public_submission_key(&rq->arena, typed(f, COMPLAINT_PF_SUBMISSION)));
	if (f)
		page_form(&p, f);
	if (refusal) {
		tpl_dict *r = tpl_add_row(p.content, "REFUSAL");
		tpl_set(r, "MESSAGE", refusal);
	}
	options_from_list(p.content, "ADJUSTMENT_OPTION", complaint_adjustments, complaint_adjustment_labels,
	                  typed(f, COMPLAINT_PF_ADJUSTMENT));
	return page_finish(&p, rs);
}

/* GET /complaint */
int complaint_public_page(struct request *rq, struct response *rs)
{
	return render(rq, rs, NULL, NULL);
}

/* The route's check: a way to reply (an email address or a phone number). */
void complaint_public_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	if (!v[COMPLAINT_PF_EMAIL].present && !v[COMPLAINT_PF_PHONE].present && v[COMPLAINT_PF_EMAIL].error == NULL)
		request_form_error(rq, COMPLAINT_PF_EMAIL, "Give an email address or a phone number so we can reply to you.");
}

/* The form again with its errors, and why the honeypot or a missing
 * submission key refused it. */
int complaint_public_invalid(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const char *refusal = NULL;
	if (f->values[COMPLAINT_PF_WEBSITE].present)
		refusal = public_honeypot_refusal(&rq->arena, "complaint");
	else if (!public_submission_key_valid(typed(f, COMPLAINT_PF_SUBMISSION)))
		refusal = "Your complaint was not sent because the form was incomplete (it had no submission "
		          "number). Everything you typed is still here: please press Send again.";
	return render(rq, rs, f, refusal);
}

/* What storing a complaint needs and learns. */
struct public_ctx {
	struct request *rq;
	char addr_hash[33];
	int limit, limited;
	long long id;
	const char *profile;
	char ack[11], response[11];
};

/* Looks the submission key up: 1 with x->id set when stored already. */
static int stored_already(struct public_ctx *x, const char *key)
{
	sqlite3_stmt *st = db_stmt(&public_table, ST_BY_KEY);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		x->id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Stores the complaint with its clocks, unless its key was stored already
 * or the address used up its hour. */
static int write_public(void *v)
{
	struct public_ctx *x = v;
	const struct field_value *f = request_form(x->rq)->values;
	char now[21], today[11], hour[14], old[14];
	time_t t = now_utc();
	int found = stored_already(x, f[COMPLAINT_PF_SUBMISSION].text);
	if (found != 0)
		return found == 1 ? SQLITE_OK : SQLITE_ERROR;
	int rc = public_rate_take(db_stmt(&public_table, ST_RATE_COUNT), db_stmt(&public_table, ST_RATE_ADD),
	                          x->addr_hash, public_rate_hour(t, hour), x->limit, &x->limited);
	if (rc != SQLITE_OK || x->limited)
		return rc;
	iso_utc(t, now);
	london_date(t, today);
	if ((x->profile = complaint_current_profile(&x->rq->arena)) == NULL ||
	    complaint_initial_dues(&x->rq->arena, x->profile, NULL, today, x->ack, x->response) != 0)
		return SQLITE_ERROR;
	sqlite3_stmt *st = db_stmt(&public_table, ST_NEXT_ID);
	if (st == NULL)
		return SQLITE_ERROR;
	x->id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	struct buf sealed = {0};
	char email_index[33], phone_index[33];
	if (x->id <= 0 || (st = db_stmt(&public_table, ST_INSERT)) == NULL ||
	    complaint_seal_contact(x->id, f[COMPLAINT_PF_EMAIL].text, f[COMPLAINT_PF_PHONE].text, &sealed,
	                           email_index, phone_index) != 0) {
		buf_free(&sealed);
		return SQLITE_ERROR;
	}
	sqlite3_bind_int64(st, 1, x->id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, today, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, f[COMPLAINT_PF_NAME].text, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 5, sealed.data, (int)sealed.len, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, email_index, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 7, phone_index, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 8, f[COMPLAINT_PF_WHAT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, f[COMPLAINT_PF_WANT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, f[COMPLAINT_PF_PRODUCT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, f[COMPLAINT_PF_NEEDS].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 12, f[COMPLAINT_PF_ADJUSTMENT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 13, x->profile, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 14, x->ack, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 15, x->response, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 16, f[COMPLAINT_PF_SUBMISSION].text, -1, SQLITE_STATIC);
	rc = db_exec_stmt(st);
	buf_free(&sealed);
	if (rc == SQLITE_OK && x->id % 50 == 0 && (st = db_stmt(&public_table, ST_RATE_PURGE)) != NULL) {
		sqlite3_bind_text(st, 1, public_rate_hour(t - 2 * 86400, old), -1, SQLITE_TRANSIENT);
		rc = db_exec_stmt(st);
	}
	return rc;
}

/* POST /complaint: the honeypot or a missing submission key refuses it
 * (the form again, saying why); otherwise stored, then 303 to the page
 * with its reference. */
int complaint_public_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	if (f->values[COMPLAINT_PF_WEBSITE].present || !public_submission_key_valid(typed(f, COMPLAINT_PF_SUBMISSION)))
		return form_again(rq, rs, complaint_public_invalid);
	struct public_ctx x;
	memset(&x, 0, sizeof x);
	x.rq = rq;
	x.limit = public_hourly_limit("FRONTLINE_COMPLAINT_LIMIT", DEFAULT_HOURLY_LIMIT);
	if (public_address_hash(rq, x.addr_hash) != 0)
		return -1;
	int rc = db_write(write_public, &x);
	if (rc != SQLITE_OK) {
		rs->status = 503;
		return render(rq, rs, f, "We could not save your complaint just now, so nothing was sent. Everything "
		              "you typed is still here: please press Send again in a minute.");
	}
	if (x.limited) {
		rs->status = 429;
		return render(rq, rs, f, "We have received several complaints from your connection in the last hour, "
		              "so this one was not sent. Everything you typed is still here: please try again later, "
		              "or phone us.");
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/complaint/thanks?key=%s", typed(f, COMPLAINT_PF_SUBMISSION)));
	return 0;
}

/* GET /complaint/thanks?key=: the reference and the date we will
 * acknowledge by; 404 for a key that was never stored. */
int complaint_public_thanks(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const char *key = typed(f, COMPLAINT_TQ_KEY);
	struct public_ctx x;
	struct page p;
	char words[32];
	memset(&x, 0, sizeof x);
	int found = public_submission_key_valid(key) ? stored_already(&x, key) : 0;
	if (found < 0)
		return -1;
	if (found == 0) {
		respond_error(rq, rs, 404, "We cannot find a complaint for this link. If you sent one, "
		              "please contact us and we will find it for you.");
		return 0;
	}
	sqlite3_stmt *st = db_stmt(&public_table, ST_BY_KEY);
	const char *ack = "";
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		ack = arena_strdup(&rq->arena, db_text(st, 1));
	sqlite3_reset(st);
	if (page_begin(&p, rq, rs, "Thank you: we have your complaint", "complaints/public_thanks.tpl") != 0)
		return -1;
	tpl_set(p.content, "REFERENCE", arena_printf(&rq->arena, "C-%06lld", x.id));
	tpl_set(p.content, "ACK_BY", date_in_full_words(ack, words) ? words : ack);
	return page_finish(&p, rs);
}
