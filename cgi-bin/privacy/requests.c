/*
 * requests.c: subject-access and erasure requests. An admin logs a
 * request (who asked, when it arrived, how to find the person: a staff
 * account, or a customer's email or phone, kept only as keyed hashes),
 * and the page shows its ICO deadline (deadline.c) with due and overdue
 * states. The clock can be paused while identity is checked (it runs
 * again from the day identity is confirmed) and extended once by two
 * months with a reason. An access request's bundle is in bundle.c; an
 * erasure request erases the person per the declarations (engine.h).
 *
 * Pages: GET /admin/privacy, GET|POST /admin/privacy/requests(/new),
 * GET /admin/privacy/requests/{id}, POST .../{id}/pause, /resume,
 * /extend, /complete, /erase.
 */
#include "privacy.h"
#include "engine.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/holidays.h"
#include "core/options.h"

#include <sodium.h>

#include <string.h>

#define REQUESTS_PER_PAGE 25

static const char *const request_kinds[] = { "access", "erasure", NULL };
static const char *const request_kind_labels[] = { "Subject access", "Erasure", NULL };
/* The grounds on which UK GDPR lets a request be refused. */
static const char *const refuse_grounds[] = { "unfounded", "excessive", "identity", "exemption", NULL };
static const char *const refuse_ground_labels[] = {
	"Manifestly unfounded (UK GDPR Article 12(5))",
	"Manifestly excessive (UK GDPR Article 12(5))",
	"Identity not confirmed (UK GDPR Article 12(6))",
	"An exemption under the Data Protection Act 2018, Schedule 2",
	NULL
};
static const char *const subject_kinds[] = { "staff", "customer", NULL };
static const char *const subject_kind_labels[] = { "A member of staff (by account)", "A customer (by email or phone)", NULL };

enum request_stmt {
	ST_COUNT, ST_LIST, ST_GET, ST_USER_BY_NAME, ST_INSERT, ST_PAUSE, ST_RESUME, ST_EXTEND,
	ST_COMPLETE, ST_SEAL, ST_REFUSE, ST__COUNT
};
static const char *const request_sql[ST__COUNT] = {
	[ST_COUNT] = "SELECT count(*) FROM privacy_requests",
	[ST_LIST] = "SELECT r.id, r.kind, r.subject_kind, r.requester, r.received_on, r.due_on, r.status, "
	            "r.extended, coalesce(u.display_name, ''), r.outcome FROM privacy_requests r "
	            "LEFT JOIN users u ON u.id = r.user_id "
	            "ORDER BY r.status IN ('completed', 'refused'), r.due_on, r.id LIMIT ?1 OFFSET ?2",
	[ST_GET] = "SELECT r.id, r.kind, r.subject_kind, coalesce(r.user_id, 0), r.requester, "
	           "r.contact, coalesce(r.contact_phone_index, ''), r.received_on, r.clock_from, "
	           "r.due_on, r.status, r.pause_reason, r.extended, r.extension_reason, r.outcome, "
	           "coalesce(r.completed_at, ''), r.created_at, coalesce(u.display_name, ''), "
	           "coalesce(u.username, '') FROM privacy_requests r LEFT JOIN users u ON u.id = r.user_id "
	           "WHERE r.id = ?1",
	[ST_USER_BY_NAME] = "SELECT id FROM users WHERE username = ?1",
	[ST_INSERT] = "INSERT INTO privacy_requests (kind, subject_kind, user_id, requester, "
	              "received_on, clock_from, due_on, created_by, created_at) "
	              "VALUES (?1, ?2, ?3, ?4, ?7, ?7, ?8, ?9, ?10)",
	[ST_SEAL] = "UPDATE privacy_requests SET contact = ?2, contact_email_index = ?3, contact_phone_index = ?4 "
	            "WHERE id = ?1",
	[ST_PAUSE] = "UPDATE privacy_requests SET status = 'paused', pause_reason = ?2 "
	             "WHERE id = ?1 AND status = 'open'",
	[ST_RESUME] = "UPDATE privacy_requests SET status = 'open', clock_from = ?2, due_on = ?3 "
	              "WHERE id = ?1 AND status = 'paused'",
	[ST_EXTEND] = "UPDATE privacy_requests SET extended = 1, extension_reason = ?2, due_on = ?3 "
	              "WHERE id = ?1 AND extended = 0 AND status IN ('open', 'paused')",
	[ST_REFUSE] = "UPDATE privacy_requests SET status = 'refused', outcome = ?2, completed_at = ?3 "
	              "WHERE id = ?1 AND status IN ('open', 'paused')",
	[ST_COMPLETE] = "UPDATE privacy_requests SET status = 'completed', outcome = ?2, completed_at = ?3 "
	                "WHERE id = ?1 AND status = 'open'",
};
static sqlite3_stmt *request_cache[ST__COUNT];
static struct sql_table request_table = { request_sql, ST__COUNT, request_cache, NULL };

const struct field_spec privacy_request_fields[PRIVACY_REQ__COUNT] = {
	[PRIVACY_REQ_KIND] = { "kind", "Kind of request", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, request_kinds },
	[PRIVACY_REQ_SUBJECT] = { "subject", "Whose data", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, subject_kinds },
	[PRIVACY_REQ_USERNAME] = { "username", "Username", FIELD_TEXT, 0, 0, 32, NULL },
	[PRIVACY_REQ_EMAIL] = { "email", "Email address", FIELD_EMAIL, 0, 0, 0, NULL },
	[PRIVACY_REQ_PHONE] = { "phone", "Phone number", FIELD_TEXT, 0, 0, 40, NULL },
	[PRIVACY_REQ_REQUESTER] = { "requester", "Requester's name", FIELD_TEXT, FIELD_REQUIRED, 1, 120, NULL },
	[PRIVACY_REQ_RECEIVED] = { "received_on", "Received on", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

const struct field_spec privacy_reason_fields[PRIVACY_REASON__COUNT] = {
	[PRIVACY_REASON_TEXT] = { "reason", "Reason", FIELD_MULTILINE, FIELD_REQUIRED, 1, 500, NULL },
};

const struct field_spec privacy_extend_fields[PRIVACY_EXTEND__COUNT] = {
	[PRIVACY_EXTEND_REASON] = { "extension_reason", "Reason for the extension", FIELD_MULTILINE, FIELD_REQUIRED, 1, 500, NULL },
};

const struct field_spec privacy_erase_fields[PRIVACY_ERASE__COUNT] = {
	[PRIVACY_ERASE_CONFIRM] = { "confirm", "Confirmation", FIELD_CHECKBOX, 0, 0, 0, NULL },
};

const struct field_spec privacy_refuse_fields[PRIVACY_REFUSE__COUNT] = {
	[PRIVACY_REFUSE_GROUND] = { "ground", "Ground for refusing", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, refuse_grounds },
	[PRIVACY_REFUSE_PARAGRAPH] = { "paragraph", "Paragraph of Schedule 2", FIELD_TEXT, 0, 0, 200, NULL },
	[PRIVACY_REFUSE_EXPLANATION] = { "explanation", "Explanation", FIELD_MULTILINE, FIELD_REQUIRED, 20, 2000, NULL },
};

const struct field_spec privacy_list_fields[PRIVACY_LIST__COUNT] = {
	[PRIVACY_LIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 100000, NULL },
};

static const char *const request_notices[] = {
	"logged", "The request has been logged; its deadline is shown below.",
	"paused", "The clock is paused until the requester's identity is confirmed.",
	"resumed", "The clock runs again from today.",
	"extended", "The deadline has been extended by two months.",
	"completed", "The request has been marked as answered.",
	"refused", "The request has been refused; the reason is recorded below and in the audit trail. Tell the requester, with their right to complain to the ICO.",
	"erased", "The person's data has been erased as the data map says; what is kept, and why, is listed below.",
	NULL, NULL
};

/* Returns the number of digits in s. */
static int digit_count(const char *s)
{
	int n = 0;
	for (; s && *s; s++)
		n += *s >= '0' && *s <= '9';
	return n;
}

/* Looks up a username; returns the id, 0 when there is none, -1 on error. */
static long long user_by_name(const char *username)
{
	sqlite3_stmt *st = db_stmt(&request_table, ST_USER_BY_NAME);
	long long id = -1;
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, username, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : rc == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(st);
	return id;
}

/* See privacy.h. */
void privacy_request_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	const struct field_value *v = f->values;
	char today[11];
	if (!v[PRIVACY_REQ_SUBJECT].error && strcmp(v[PRIVACY_REQ_SUBJECT].text, "staff") == 0) {
		if (!v[PRIVACY_REQ_USERNAME].present)
			request_form_error(rq, PRIVACY_REQ_USERNAME, "Give the username of the member of staff.");
		else if (!v[PRIVACY_REQ_USERNAME].error && user_by_name(v[PRIVACY_REQ_USERNAME].text) <= 0)
			request_form_error(rq, PRIVACY_REQ_USERNAME, "There is no account with this username.");
	} else if (!v[PRIVACY_REQ_SUBJECT].error) {
		if (!v[PRIVACY_REQ_EMAIL].present && !v[PRIVACY_REQ_PHONE].present && !v[PRIVACY_REQ_EMAIL].error)
			request_form_error(rq, PRIVACY_REQ_EMAIL, "Give the email address or the phone number the customer used.");
		if (v[PRIVACY_REQ_PHONE].present && !v[PRIVACY_REQ_PHONE].error &&
		    digit_count(v[PRIVACY_REQ_PHONE].text) < 7)
			request_form_error(rq, PRIVACY_REQ_PHONE, "A phone number has at least 7 digits.");
	}
	if (!v[PRIVACY_REQ_RECEIVED].error && strcmp(v[PRIVACY_REQ_RECEIVED].text, today_london(today)) > 0)
		request_form_error(rq, PRIVACY_REQ_RECEIVED, "The date received cannot be in the future.");
}

/* See privacy.h. */
void privacy_erase_check(struct request *rq)
{
	if (!request_form(rq)->values[PRIVACY_ERASE_CONFIRM].number)
		request_form_error(rq, PRIVACY_ERASE_CONFIRM,
		                   "Tick the box to confirm the erasure: it cannot be undone.");
}

/* See privacy.h: an exemption needs its paragraph, written out (its
 * number, as digits or "paragraph ...", and what it covers, so the
 * requester can be told which one). */
void privacy_refuse_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	if (v[PRIVACY_REFUSE_GROUND].error || strcmp(v[PRIVACY_REFUSE_GROUND].text, "exemption") != 0 ||
	    v[PRIVACY_REFUSE_PARAGRAPH].error)
		return;
	const char *para = v[PRIVACY_REFUSE_PARAGRAPH].present ? v[PRIVACY_REFUSE_PARAGRAPH].text : "";
	if (strlen(para) < 10 || (digit_count(para) == 0 && strcasestr(para, "paragraph") == NULL))
		request_form_error(rq, PRIVACY_REFUSE_PARAGRAPH,
		                   "Name the paragraph of Schedule 2 and what it covers, for example "
		                   "\"paragraph 19: legal professional privilege\".");
}

/* Words for a request state. */
static const char *state_label(const char *state)
{
	static const char *const states[] = { "open", "due", "overdue", "paused", "completed", "refused", NULL };
	static const char *const labels[] = { "Open", "Due within a week", "Overdue", "Paused", "Answered", "Refused", NULL };
	return options_label(states, labels, state);
}

/* Sets STATE, STATE_LABEL and the IS_<state> flags of a request row. */
static void set_state(tpl_dict *d, const char *status, const char *due_on)
{
	char today[11];
	const char *state = privacy_request_state(status, due_on, today_london(today));
	tpl_set(d, "STATE", state);
	tpl_set(d, "STATE_LABEL", state_label(state));
	tpl_show_if(d, "IS_OVERDUE", strcmp(state, "overdue") == 0);
	tpl_show_if(d, "IS_DUE", strcmp(state, "due") == 0);
}

/* The first line of s (arena copy). */
static const char *first_line(struct arena *a, const char *s)
{
	const char *nl = strchr(s, '\n');
	return nl ? arena_printf(a, "%.*s", (int)(nl - s), s) : s;
}

/* GET /admin/privacy: the requests, the most urgent first. */
int privacy_requests_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long page = f->values[PRIVACY_LIST_PAGE].present ? f->values[PRIVACY_LIST_PAGE].number : 1, total = 0;
	sqlite3_stmt *st = db_stmt(&request_table, ST_COUNT);
	struct page p;
	char when[12];
	int rc, rows = 0;
	if (st == NULL)
		return -1;
	if (db_count(st, &total) != 0)
		return -1;
	if ((st = db_stmt(&request_table, ST_LIST)) == NULL ||
	    page_begin(&p, rq, rs, "Data protection", "privacy/requests.tpl") != 0)
		return -1;
	sqlite3_bind_int(st, 1, REQUESTS_PER_PAGE);
	sqlite3_bind_int64(st, 2, (page - 1) * REQUESTS_PER_PAGE);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "REQUEST");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "KIND", options_label(request_kinds, request_kind_labels, db_text(st, 1)));
		tpl_set(row, "WHOSE", strcmp(db_text(st, 2), "staff") == 0 ? db_text(st, 8) : "a customer");
		tpl_set(row, "REQUESTER", db_text(st, 3));
		tpl_set(row, "RECEIVED", date_in_words(db_text(st, 4), when));
		tpl_set(row, "DUE", date_in_words(db_text(st, 5), when));
		tpl_show_if(row, "EXTENDED", sqlite3_column_int(st, 7));
		set_state(row, db_text(st, 6), db_text(st, 5));
		if (strcmp(db_text(st, 6), "refused") == 0) {
			tpl_show_if(row, "HAS_REFUSAL", 1);
			tpl_set(row, "REFUSAL", first_line(&rq->arena, db_text(st, 9)));
		}
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_REQUESTS" : "NO_REQUESTS", 1);
	page_pager(&p, rq, "/admin/privacy?", page, REQUESTS_PER_PAGE, total);
	return page_finish(&p, rs);
}

/* The new-request form, with what was typed when it was refused. */
int privacy_request_new_page(struct request *rq, struct response *rs)
{
	struct page p;
	const char *kind = "access", *subject = "customer";
	if (page_begin(&p, rq, rs, "Log a request", "privacy/request_new.tpl") != 0)
		return -1;
	if (rq->form && rq->form->count == PRIVACY_REQ__COUNT) {
		page_form(&p, rq->form);
		kind = rq->form->values[PRIVACY_REQ_KIND].text;
		subject = rq->form->values[PRIVACY_REQ_SUBJECT].text;
	} else {
		char today[11];
		tpl_set(p.content, "RECEIVED_ON_VALUE", today_london(today));
	}
	options_from_list(p.content, "KIND_OPTION", request_kinds, request_kind_labels, kind);
	options_from_list(p.content, "SUBJECT_OPTION", subject_kinds, subject_kind_labels, subject);
	return page_finish(&p, rs);
}

/* See privacy.h. */
char *privacy_request_due(struct arena *a, const char *from, int extended, struct privacy_due *due)
{
	struct biz_calendar cal;
	if (holidays_england_calendar(a, &cal) != 0)
		return NULL;
	return privacy_sar_due_working(from, extended, &cal, due);
}

/* What logging a request writes. */
struct new_request {
	struct request *rq;
	long long id;
};

/* See privacy.h. */
int privacy_request_seal_contact(long long id, const char *email, const char *phone)
{
	char plain[400], email_index[33] = "", phone_index[33] = "";
	struct buf sealed = {0};
	sqlite3_stmt *st = db_stmt(&request_table, ST_SEAL);
	snprintf(plain, sizeof plain, "%s\n%s", email ? email : "", phone ? phone : "");
	if (st == NULL || secret_key_ensure_loaded() != 0 ||
	    contact_index_hex("email", email ? email : "", email_index) != 0 ||
	    contact_index_hex("phone", phone ? phone : "", phone_index) != 0 ||
	    secret_seal(plain, strlen(plain), "privacy_requests", "contact", id, &sealed) != 0) {
		sodium_memzero(plain, sizeof plain);
		buf_free(&sealed);
		return SQLITE_ERROR;
	}
	sodium_memzero(plain, sizeof plain);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_blob(st, 2, sealed.data, (int)sealed.len, SQLITE_TRANSIENT);
	if (email_index[0])
		sqlite3_bind_text(st, 3, email_index, -1, SQLITE_TRANSIENT);
	if (phone_index[0])
		sqlite3_bind_text(st, 4, phone_index, -1, SQLITE_TRANSIENT);
	buf_free(&sealed);
	return db_exec_stmt(st);
}

/* Inserts the request (a customer's contact sealed) and audits it (a
 * db_write callback). */
static int write_request(void *ctx)
{
	struct new_request *n = ctx;
	const struct field_value *v = request_form(n->rq)->values;
	sqlite3_stmt *st = db_stmt(&request_table, ST_INSERT);
	char now[21];
	struct privacy_due due;
	int staff = strcmp(v[PRIVACY_REQ_SUBJECT].text, "staff") == 0;
	if (st == NULL || privacy_request_due(&n->rq->arena, v[PRIVACY_REQ_RECEIVED].text, 0, &due) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, v[PRIVACY_REQ_KIND].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, staff ? "staff" : "customer", -1, SQLITE_STATIC);
	if (staff)
		sqlite3_bind_int64(st, 3, user_by_name(v[PRIVACY_REQ_USERNAME].text));
	sqlite3_bind_text(st, 4, v[PRIVACY_REQ_REQUESTER].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, v[PRIVACY_REQ_RECEIVED].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, due.date, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 9, n->rq->session->user_id);
	sqlite3_bind_text(st, 10, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	n->id = sqlite3_last_insert_rowid(db_get());
	if (!staff && (rc = privacy_request_seal_contact(n->id, v[PRIVACY_REQ_EMAIL].text,
	                                                 v[PRIVACY_REQ_PHONE].text)) != SQLITE_OK)
		return rc;
	return audit_record(n->rq, "privacy.request_logged", "privacy_request", n->id, v[PRIVACY_REQ_KIND].text);
}

/* POST /admin/privacy/requests: logs the request. */
int privacy_request_create_submit(struct request *rq, struct response *rs)
{
	struct new_request n = { rq, 0 };
	if (request_form_refused(rq))
		return form_again(rq, rs, privacy_request_new_page);
	if (db_write(write_request, &n) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/privacy/requests/%lld?done=logged", n.id));
	return 0;
}

/* One request, as read. */
struct request_row {
	long long id, user_id;
	const char *kind, *subject_kind, *requester, *email, *phone, *received_on,
	           *clock_from, *due_on, *status, *pause_reason, *extension_reason, *outcome,
	           *completed_at, *created_at, *name, *username;
	int extended;
};

/* Reads request id into r (arena strings); returns 1, 0 when there is
 * none, -1 on error. */
static int load_request(struct request *rq, long long id, struct request_row *r)
{
	sqlite3_stmt *st = db_stmt(&request_table, ST_GET);
	int found = db_row_by_id(st, id);
	if (found != 1)
		return found;
	struct arena *a = &rq->arena;
	r->id = sqlite3_column_int64(st, 0);
	r->kind = arena_strdup(a, db_text(st, 1));
	r->subject_kind = arena_strdup(a, db_text(st, 2));
	r->user_id = sqlite3_column_int64(st, 3);
	r->requester = arena_strdup(a, db_text(st, 4));
	r->email = r->phone = "";
	if (sqlite3_column_type(st, 5) == SQLITE_BLOB) {
		struct buf plain = {0};
		if (secret_key_ensure_loaded() == 0 &&
		    secret_open(sqlite3_column_blob(st, 5), (size_t)sqlite3_column_bytes(st, 5), "privacy_requests",
		                "contact", r->id, &plain) == 0 && plain.data) {
			char *copy = arena_strdup(a, plain.data), *nl = copy ? strchr(copy, '\n') : NULL;
			if (nl) {
				*nl = '\0';
				r->email = copy;
				r->phone = nl + 1;
			}
			sodium_memzero(plain.data, plain.len);
		}
		buf_free(&plain);
	}
	r->received_on = arena_strdup(a, db_text(st, 7));
	r->clock_from = arena_strdup(a, db_text(st, 8));
	r->due_on = arena_strdup(a, db_text(st, 9));
	r->status = arena_strdup(a, db_text(st, 10));
	r->pause_reason = arena_strdup(a, db_text(st, 11));
	r->extended = sqlite3_column_int(st, 12);
	r->extension_reason = arena_strdup(a, db_text(st, 13));
	r->outcome = arena_strdup(a, db_text(st, 14));
	r->completed_at = arena_strdup(a, db_text(st, 15));
	r->created_at = arena_strdup(a, db_text(st, 16));
	r->name = arena_strdup(a, db_text(st, 17));
	r->username = arena_strdup(a, db_text(st, 18));
	sqlite3_reset(st);
	return 1;
}

/* Loads the request of the path, answering 404 when there is none.
 * Returns 1 loaded, 0 answered, -1 on error. */
static int path_request(struct request *rq, struct response *rs, struct request_row *r)
{
	int found = load_request(rq, rq->path_ids[0], r);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no request with this number.");
	return found;
}

/* The person a request is about (a customer's contact opened and hashed
 * under every loaded key); returns 0, or -1 when a customer's contact
 * could not be opened. */
static int privacy_request_person(const struct request_row *r, struct privacy_person *p)
{
	memset(p, 0, sizeof *p);
	p->staff = strcmp(r->subject_kind, "staff") == 0;
	p->user_id = r->user_id;
	if (p->staff)
		return 0;
	return privacy_person_from_contact(p, r->email, r->phone);
}

/* Sets DUE_MOVED with CALENDAR_DUE and MOVED_WHY when the request's due
 * date is later than its calendar-month date because that day is a
 * weekend or a bank holiday. Returns 0, or -1 when the calendar could not
 * be read. */
static int set_due_moved(struct request *rq, tpl_dict *c, const struct request_row *r)
{
	struct privacy_due due;
	char when[32], name[101];
	if (privacy_request_due(&rq->arena, r->clock_from, r->extended, &due) == NULL)
		return -1;
	if (due.moved == PRIVACY_DUE_NOT_MOVED || strcmp(due.date, r->due_on) != 0)
		return 0;
	const char *why = "a weekend";
	if (due.moved == PRIVACY_DUE_WEEKEND) {
		why = date_weekday(due.calendar) == SATURDAY ? "a Saturday" : "a Sunday";
	} else {
		int found = holidays_england_name(due.calendar, name, sizeof name);
		if (found < 0)
			return -1;
		why = found ? arena_printf(&rq->arena, "a bank holiday (%s)", name) : "a bank holiday";
	}
	tpl_show_if(c, "DUE_MOVED", 1);
	tpl_set(c, "CALENDAR_DUE", date_in_full_words(due.calendar, when));
	tpl_set(c, "MOVED_WHY", why);
	return 0;
}

/* GET /admin/privacy/requests/{id}: the request, its deadline and what
 * can be done next. */
int privacy_request_page(struct request *rq, struct response *rs)
{
	struct request_row r;
	struct page p;
	char when[32];
	int found = path_request(rq, rs, &r);
	if (found <= 0)
		return found;
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "Request %lld", r.id), "privacy/request.tpl") != 0)
		return -1;
	tpl_dict *c = p.content;
	page_notice(&p, rq, request_notices);
	if (rq->form)
		page_form(&p, rq->form);
	tpl_set_int(c, "ID", r.id);
	tpl_set(c, "KIND", options_label(request_kinds, request_kind_labels, r.kind));
	tpl_set(c, "REQUESTER", r.requester);
	tpl_set(c, "WHOSE", strcmp(r.subject_kind, "staff") == 0
	                    ? arena_printf(&rq->arena, "%s (account %s)", r.name, r.username)
	                    : arena_printf(&rq->arena, "a customer, found by %s%s%s",
	                                   r.email[0] ? "email address" : "",
	                                   r.email[0] && r.phone[0] ? " and " : "",
	                                   r.phone[0] ? "phone number" : ""));
	tpl_set(c, "RECEIVED", date_in_full_words(r.received_on, when));
	tpl_set(c, "CLOCK_FROM", date_in_full_words(r.clock_from, when));
	tpl_show_if(c, "CLOCK_MOVED", strcmp(r.clock_from, r.received_on) != 0);
	tpl_set(c, "DUE", date_in_full_words(r.due_on, when));
	if (set_due_moved(rq, c, &r) != 0) {
		page_abandon(&p);
		return -1;
	}
	set_state(c, r.status, r.due_on);
	tpl_show_if(c, "WAS_EXTENDED", r.extended);
	tpl_set(c, "EXTENSION_REASON", r.extension_reason);
	tpl_set(c, "PAUSE_REASON", r.pause_reason);
	tpl_show_if(c, "HAS_PAUSE_REASON", r.pause_reason[0] != '\0');
	tpl_set(c, "OUTCOME", r.outcome);
	tpl_show_if(c, "HAS_OUTCOME", r.outcome[0] != '\0');
	tpl_set(c, "COMPLETED_AT", display_time(&rq->arena, r.completed_at));
	int open = strcmp(r.status, "open") == 0, paused = strcmp(r.status, "paused") == 0;
	tpl_show_if(c, "CAN_PAUSE", open);
	tpl_show_if(c, "CAN_RESUME", paused);
	tpl_show_if(c, "CAN_EXTEND", (open || paused) && !r.extended);
	tpl_show_if(c, "CAN_COMPLETE", open && strcmp(r.kind, "access") == 0);
	tpl_show_if(c, "CAN_REFUSE", open || paused);
	tpl_set(c, "OUTCOME_VERB", strcmp(r.status, "refused") == 0 ? "Refused" : "Answered");
	options_from_list(c, "GROUND_OPTION", refuse_grounds, refuse_ground_labels,
	                  rq->form && rq->form->count == PRIVACY_REFUSE__COUNT
	                  ? rq->form->values[PRIVACY_REFUSE_GROUND].text : "");
	tpl_show_if(c, "CAN_ERASE", open && strcmp(r.kind, "erasure") == 0);
	tpl_show_if(c, "IS_ACCESS", strcmp(r.kind, "access") == 0);
	return page_finish(&p, rs);
}

/* A change to a request's clock. */
struct request_change {
	struct request *rq;
	size_t stmt;
	const char *text, *date, *action;
};

/* Runs the change and audits it (a db_write callback). */
static int write_change(void *ctx)
{
	struct request_change *ch = ctx;
	sqlite3_stmt *st = db_stmt(&request_table, ch->stmt);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, ch->rq->path_ids[0]);
	if (ch->text)
		sqlite3_bind_text(st, 2, ch->text, -1, SQLITE_STATIC);
	if (ch->date)
		sqlite3_bind_text(st, ch->text ? 3 : 2, ch->date, -1, SQLITE_STATIC);
	int rc = db_exec_changed(st);
	if (rc == SQLITE_NOTFOUND)
		return SQLITE_OK;   /* already changed: the page shows how it stands */
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(ch->rq, ch->action, "privacy_request", ch->rq->path_ids[0], ch->text ? ch->text : "");
}

/* Runs a change and goes back to the request with the notice done. */
static int change_request(struct request *rq, struct response *rs, struct request_change *ch,
                          const char *done)
{
	struct request_row r;
	int found = path_request(rq, rs, &r);
	if (found <= 0)
		return found;
	if (db_write(write_change, ch) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/privacy/requests/%lld?done=%s", r.id, done));
	return 0;
}

/* A refused reason: the request page again, status 400. */
static int reason_again(struct request *rq, struct response *rs)
{
	return form_again(rq, rs, privacy_request_page);
}

/* POST /admin/privacy/requests/{id}/pause: the clock stops while the
 * requester's identity is checked, with the reason. */
int privacy_request_pause_submit(struct request *rq, struct response *rs)
{
	if (request_form_refused(rq))
		return reason_again(rq, rs);
	struct request_change ch = { rq, ST_PAUSE, request_form(rq)->values[PRIVACY_REASON_TEXT].text, NULL,
	                             "privacy.request_paused" };
	return change_request(rq, rs, &ch, "paused");
}

/* POST /admin/privacy/requests/{id}/resume: identity confirmed; the
 * month runs from today (the ICO: the time limit starts once the
 * information asked for is received). */
int privacy_request_resume_submit(struct request *rq, struct response *rs)
{
	struct request_row r;
	char today[11];
	struct privacy_due due;
	int found = path_request(rq, rs, &r);
	if (found <= 0)
		return found;
	if (privacy_request_due(&rq->arena, today_london(today), r.extended, &due) == NULL)
		return -1;
	const char *due_on = arena_strdup(&rq->arena, due.date);
	struct request_change ch = { rq, ST_RESUME, today, due_on, "privacy.request_resumed" };
	return change_request(rq, rs, &ch, "resumed");
}

/* POST /admin/privacy/requests/{id}/extend: two more months, with why. */
int privacy_request_extend_submit(struct request *rq, struct response *rs)
{
	struct request_row r;
	struct privacy_due due;
	if (request_form_refused(rq))
		return reason_again(rq, rs);
	int found = path_request(rq, rs, &r);
	if (found <= 0)
		return found;
	if (privacy_request_due(&rq->arena, r.clock_from, 1, &due) == NULL)
		return -1;
	const char *due_on = arena_strdup(&rq->arena, due.date);
	struct request_change ch = { rq, ST_EXTEND, request_form(rq)->values[PRIVACY_EXTEND_REASON].text, due_on,
	                             "privacy.request_extended" };
	return change_request(rq, rs, &ch, "extended");
}

/* Answers 409 when the request was refused (it cannot be answered or
 * erased afterwards); returns 1 when it answered. */
static int refused_already(struct request *rq, struct response *rs, const struct request_row *r,
                           const char *what)
{
	if (strcmp(r->status, "refused") != 0)
		return 0;
	respond_error(rq, rs, 409, arena_printf(&rq->arena, "Request %lld was refused (%s), so it cannot be %s. "
	                                        "If the person asks again, log a new request.", r->id,
	                                        first_line(&rq->arena, r->outcome), what));
	return 1;
}

/* POST /admin/privacy/requests/{id}/complete: the bundle was sent. */
int privacy_request_complete_submit(struct request *rq, struct response *rs)
{
	struct request_row r;
	int found = path_request(rq, rs, &r);
	if (found <= 0)
		return found;
	if (refused_already(rq, rs, &r, "answered"))
		return 0;
	char now[21];
	struct request_change ch = { rq, ST_COMPLETE, "The subject access bundle was provided.",
	                             iso_utc(now_utc(), now), "privacy.request_completed" };
	return change_request(rq, rs, &ch, "completed");
}

/* What an erasure writes. */
struct erasure_write {
	struct request *rq;
	const struct request_row *r;
	struct buf outcome;
};

/* Erases the person, records the outcome and completes the request (a
 * db_write callback). */
static int write_erasure(void *ctx)
{
	struct erasure_write *w = ctx;
	struct privacy_person p;
	struct privacy_erasure_line lines[64];
	size_t n = 0;
	char now[21];
	if (privacy_request_person(w->r, &p) != 0)
		return SQLITE_ERROR;
	buf_reset(&w->outcome);
	int rc = privacy_erase_person(w->rq, &p, w->r->id, lines, 64, &n);
	if (rc != SQLITE_OK)
		return rc;
	if (n == 0)
		buf_puts(&w->outcome, "Nothing was held about this person.");
	for (size_t i = 0; i < n; i++)
		buf_printf(&w->outcome, "%s: %lld row(s) %s%s%s\n", lines[i].table, lines[i].rows,
		           privacy_action_words(lines[i].action), lines[i].reason ? " because " : "",
		           lines[i].reason ? lines[i].reason : "");
	sqlite3_stmt *st = db_stmt(&request_table, ST_COMPLETE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, w->r->id);
	sqlite3_bind_text(st, 2, w->outcome.data, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	return db_exec_stmt(st);
}

/* POST /admin/privacy/requests/{id}/erase: erases the person (an open
 * erasure request only), then shows the outcome. */
int privacy_request_erase_submit(struct request *rq, struct response *rs)
{
	struct request_row r;
	if (request_form_refused(rq))
		return form_again(rq, rs, privacy_request_page);
	int found = path_request(rq, rs, &r);
	if (found <= 0)
		return found;
	if (refused_already(rq, rs, &r, "erased"))
		return 0;
	if (strcmp(r.kind, "erasure") != 0 || strcmp(r.status, "open") != 0) {
		respond_error(rq, rs, 409, "Only an open erasure request can erase data.");
		return 0;
	}
	struct erasure_write w = { rq, &r, {0} };
	int rc = db_write(write_erasure, &w);
	buf_free(&w.outcome);
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/privacy/requests/%lld?done=erased", r.id));
	return 0;
}

/* What a refusal writes. */
struct refusal_write {
	struct request *rq;
	long long id;
	const char *outcome, *detail;
};

/* Refuses the request and audits it with its ground (a db_write
 * callback). */
static int write_refusal(void *ctx)
{
	struct refusal_write *w = ctx;
	sqlite3_stmt *st = db_stmt(&request_table, ST_REFUSE);
	char now[21];
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, w->id);
	sqlite3_bind_text(st, 2, w->outcome, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	if (rc == SQLITE_NOTFOUND)
		return SQLITE_OK;   /* answered or refused meanwhile: the page shows how it stands */
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(w->rq, "privacy.request_refused", "privacy_request", w->id, w->detail);
}

/* POST /admin/privacy/requests/{id}/refuse: refuses an open or paused
 * request on a UK GDPR ground, with the explanation for the requester. */
int privacy_request_refuse_submit(struct request *rq, struct response *rs)
{
	struct request_row r;
	if (request_form_refused(rq))
		return form_again(rq, rs, privacy_request_page);
	int found = path_request(rq, rs, &r);
	if (found <= 0)
		return found;
	if (strcmp(r.status, "open") != 0 && strcmp(r.status, "paused") != 0) {
		respond_error(rq, rs, 409, strcmp(r.status, "refused") == 0
		              ? "This request has already been refused."
		              : "This request has already been answered, so it cannot be refused.");
		return 0;
	}
	const struct field_value *v = request_form(rq)->values;
	const char *ground = v[PRIVACY_REFUSE_GROUND].text;
	int exemption = strcmp(ground, "exemption") == 0;
	const char *label = options_label(refuse_grounds, refuse_ground_labels, ground);
	struct refusal_write w = { rq, r.id, NULL, NULL };
	w.outcome = arena_printf(&rq->arena, "Refused: %s%s%s.\n%s", label, exemption ? ", " : "",
	                         exemption ? v[PRIVACY_REFUSE_PARAGRAPH].text : "", v[PRIVACY_REFUSE_EXPLANATION].text);
	w.detail = exemption ? arena_printf(&rq->arena, "%s: %s", ground, v[PRIVACY_REFUSE_PARAGRAPH].text) : ground;
	if (db_write(write_refusal, &w) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/privacy/requests/%lld?done=refused", r.id));
	return 0;
}

/* See privacy.h. */
int privacy_path_request_person(struct request *rq, struct response *rs, struct privacy_person *p,
                                long long *id, const char **title)
{
	struct request_row r;
	int found = path_request(rq, rs, &r);
	if (found <= 0)
		return found;
	if (privacy_request_person(&r, p) != 0)
		return -1;
	*id = r.id;
	*title = strcmp(r.subject_kind, "staff") == 0
	         ? arena_printf(&rq->arena, "%s (account %s)", r.name, r.username)
	         : arena_printf(&rq->arena, "%s (a customer)", r.requester);
	return 1;
}
