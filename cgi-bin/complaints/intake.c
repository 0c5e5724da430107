/*
 * intake.c: recording a complaint from any channel (GET /complaints/new,
 * POST /complaints), by staff and managers.
 */
#include "record.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

enum intake_stmt { ST_INSERT, ST_CATEGORY_OK, ST__COUNT };
static const char *const intake_sql[ST__COUNT] = {
	[ST_INSERT] =
		"INSERT INTO complaints (source, received_at, received_day, channel, customer_name, what_happened, "
		"what_they_want, product, category_id, severity, vulnerability, adjustment, owner_id, created_by, "
		"profile, model, ack_due, response_due, next_due, created_at, updated_at, ack_days, ack_days_category, "
		"response_days, response_days_category) "
		"VALUES ('staff', ?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9, ?10, ?11, nullif(?12, 0), ?13, "
		"?14, ?15, ?16, ?17, ?16, ?18, ?18, nullif(?19, 0), CASE WHEN ?19 > 0 THEN ?8 END, "
		"nullif(?20, 0), CASE WHEN ?20 > 0 THEN ?8 END)",
	[ST_CATEGORY_OK] = "SELECT 1 FROM complaint_categories WHERE id = ? AND active = 1",
};
static sqlite3_stmt *intake_cache[ST__COUNT];
static struct sql_table intake_table = { intake_sql, ST__COUNT, intake_cache, NULL };

const struct field_spec complaint_new_fields[COMPLAINT_NEW__COUNT] = {
	[COMPLAINT_NEW_CHANNEL] = { "channel", "How the complaint came in", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, complaint_channels },
	[COMPLAINT_NEW_RECEIVED] = { "received", "Date received", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[COMPLAINT_NEW_NAME] = { "customer_name", "Customer's name", FIELD_TEXT, FIELD_REQUIRED, 1, 100, NULL },
	[COMPLAINT_NEW_EMAIL] = { "contact_email", "Email address", FIELD_EMAIL, 0, 0, 0, NULL },
	[COMPLAINT_NEW_PHONE] = { "contact_phone", "Phone number", FIELD_TEXT, 0, 0, 30, NULL },
	[COMPLAINT_NEW_WHAT] = { "what_happened", "What happened", FIELD_MULTILINE, FIELD_REQUIRED, 10, 4000, NULL },
	[COMPLAINT_NEW_WANT] = { "what_they_want", "What the customer wants", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[COMPLAINT_NEW_PRODUCT] = { "product", "Product or service", FIELD_TEXT, 0, 0, 200, NULL },
	[COMPLAINT_NEW_CATEGORY] = { "category", "Category", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[COMPLAINT_NEW_SEVERITY] = { "severity", "Severity", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, complaint_severities },
	[COMPLAINT_NEW_VULNERABILITY] = { "vulnerability", "Vulnerability or needs", FIELD_MULTILINE, 0, 0, 1000, NULL },
	[COMPLAINT_NEW_ADJUSTMENT] = { "adjustment", "Reasonable adjustment asked for", FIELD_CHOICE, 0, 0, 0, complaint_adjustments },
	[COMPLAINT_NEW_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL },
};

/* Draws the form, with what was typed when f is given. */
static int show_form(struct request *rq, struct response *rs, const struct form *f)
{
	struct page p;
	char today[11];
	if (page_begin(&p, rq, rs, "Record a complaint", "complaints/new.tpl") != 0)
		return -1;
	tpl_dict *c = p.content;
	long long category = 0, owner = rq->session->user_id;
	const char *channel = "phone", *severity = "medium", *adjustment = "";
	if (f) {
		page_form(&p, f);
		category = f->values[COMPLAINT_NEW_CATEGORY].number;
		owner = f->values[COMPLAINT_NEW_OWNER].number;
		channel = f->values[COMPLAINT_NEW_CHANNEL].text;
		severity = f->values[COMPLAINT_NEW_SEVERITY].text;
		adjustment = f->values[COMPLAINT_NEW_ADJUSTMENT].text;
	} else {
		tpl_set(c, "RECEIVED_VALUE", today_london(today));
	}
	options_from_list(c, "CHANNEL_OPTION", complaint_channels, complaint_channel_labels, channel);
	options_from_list(c, "SEVERITY_OPTION", complaint_severities, complaint_severity_labels, severity);
	options_from_list(c, "ADJUSTMENT_OPTION", complaint_adjustments, complaint_adjustment_labels, adjustment);
	if (complaint_add_category_options(c, category) < 0 ||
	    action_add_owner_options(c, "OWNER_OPTION", owner) < 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* GET /complaints/new */
int complaint_new_page(struct request *rq, struct response *rs)
{
	return show_form(rq, rs, request_form(rq));
}

/* The route's check: a live category, an owner who can own work, a
 * received date not in the future. */
void complaint_new_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	char today[11];
	if (v[COMPLAINT_NEW_CATEGORY].error == NULL &&
	    db_id_exists(db_stmt(&intake_table, ST_CATEGORY_OK), v[COMPLAINT_NEW_CATEGORY].number) != 1)
		request_form_error(rq, COMPLAINT_NEW_CATEGORY, "Choose one of the categories listed.");
	if (v[COMPLAINT_NEW_OWNER].error == NULL && !action_owner_valid(v[COMPLAINT_NEW_OWNER].number))
		request_form_error(rq, COMPLAINT_NEW_OWNER, "Choose a member of staff or a manager to own it.");
	if (v[COMPLAINT_NEW_RECEIVED].error == NULL &&
	    strcmp(v[COMPLAINT_NEW_RECEIVED].text, today_london(today)) > 0)
		request_form_error(rq, COMPLAINT_NEW_RECEIVED, "The date received cannot be in the future.");
}

/* What a new complaint writes. */
struct create_ctx {
	struct request *rq;
	const char *profile, *model, *ack, *response;
	struct complaint_override override;     /* the category's periods */
	long long id;
};

/* Inserts the complaint, seals its contact details, audits. */
static int write_complaint(void *vctx)
{
	struct create_ctx *x = vctx;
	const struct field_value *v = request_form(x->rq)->values;
	char now[21], received[21];
	sqlite3_stmt *st = db_stmt(&intake_table, ST_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	/* a complaint received today keeps its time; an earlier one is noon that day */
	if (strncmp(now, v[COMPLAINT_NEW_RECEIVED].text, 10) == 0)
		memcpy(received, now, sizeof received);
	else
		iso_utc(london_time(v[COMPLAINT_NEW_RECEIVED].text, 12 * 60), received);
	sqlite3_bind_text(st, 1, received, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, v[COMPLAINT_NEW_RECEIVED].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, v[COMPLAINT_NEW_CHANNEL].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, v[COMPLAINT_NEW_NAME].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, v[COMPLAINT_NEW_WHAT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, v[COMPLAINT_NEW_WANT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, v[COMPLAINT_NEW_PRODUCT].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, v[COMPLAINT_NEW_CATEGORY].number);
	sqlite3_bind_text(st, 9, v[COMPLAINT_NEW_SEVERITY].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, v[COMPLAINT_NEW_VULNERABILITY].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, v[COMPLAINT_NEW_ADJUSTMENT].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 12, v[COMPLAINT_NEW_OWNER].number);
	sqlite3_bind_int64(st, 13, x->rq->session->user_id);
	sqlite3_bind_text(st, 14, x->profile, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 15, x->model, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 16, x->ack, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 17, x->response, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 18, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 19, x->override.ack_days);
	sqlite3_bind_int(st, 20, x->override.response_days);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	x->id = sqlite3_last_insert_rowid(db_get());
	rc = complaint_store_contact(x->id, v[COMPLAINT_NEW_EMAIL].text, v[COMPLAINT_NEW_PHONE].text);
	if (rc == SQLITE_OK)
		rc = audit_record(x->rq, "complaint.create", "complaint", x->id, "");
	return rc;
}

/* POST /complaints: records the complaint with its clocks started, on
 * its category's periods where it has its own. */
int complaint_create_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct complaint_settings s;
	struct complaint_override o;
	char ack[11], response[11];
	if (complaint_settings_load(&rq->arena, &s) != 0 ||
	    complaint_category_override(f->values[COMPLAINT_NEW_CATEGORY].number, &o) != 0 ||
	    complaint_initial_dues(&rq->arena, s.profile, &o, f->values[COMPLAINT_NEW_RECEIVED].text, ack, response) != 0)
		return -1;
	struct create_ctx x = { rq, s.profile, s.model[0] ? s.model : "heat", ack, response, o, 0 };
	if (db_write(write_complaint, &x) != SQLITE_OK)
		return -1;      /* the dispatcher shows the form again: nothing was saved */
	respond_redirect(rs, arena_printf(&rq->arena, "/complaints/%lld?done=created", x.id));
	return 0;
}
