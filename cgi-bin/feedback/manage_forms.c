/*
 * manage_forms.c: managers create, edit, close and reopen feedback
 * forms, and print a QR code and links for each.
 *
 * Pages: GET /customer-feedback/forms, GET /customer-feedback/forms/new,
 * POST /customer-feedback/forms, GET/POST /customer-feedback/forms/{id},
 * POST /customer-feedback/forms/{id}/close and .../open,
 * GET /customer-feedback/forms/{id}/qr.svg, GET /customer-feedback/forms/{id}/print.
 *
 * A form's wording is never changed in place: saving an edit makes a new
 * version, so every response keeps the wording it answered. The slug (the
 * address) cannot change once made, so printed QR codes keep working.
 * QR codes come from libqrencode, drawn here as SVG squares.
 */
#include "feedback.h"
#include "calc.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/db.h"

#include <qrencode.h>
#include <string.h>

enum forms_stmt {
	ST_LIST,
	ST_FORM,
	ST_SLUG_TAKEN,
	ST_INSERT_FORM,
	ST_INSERT_VERSION,
	ST_SET_CURRENT,
	ST_CLEAR_DEFAULT,
	ST_SET_OPEN,
	ST_PUBLIC_URL,
	ST__COUNT
};
static const char *const forms_sql[ST__COUNT] = {
	[ST_LIST] = "SELECT f.id, f.slug, v.title, f.is_open, f.is_default, f.current_version, "
	            "(SELECT coalesce(sum(responses), 0) FROM feedback_daily d WHERE d.form_id = f.id) "
	            "FROM feedback_forms f JOIN feedback_form_versions v ON v.form_id = f.id "
	            "AND v.version = f.current_version ORDER BY f.is_open DESC, f.id",
	[ST_FORM] = "SELECT f.slug, f.is_open, f.is_default, f.current_version, v.title, v.intro, "
	            "v.touchpoints, v.ask_csat, v.ask_nps, v.servqual, v.ask_comment, v.ask_contact "
	            "FROM feedback_forms f JOIN feedback_form_versions v ON v.form_id = f.id "
	            "AND v.version = f.current_version WHERE f.id = ?",
	[ST_SLUG_TAKEN] = "SELECT 1 FROM feedback_forms WHERE slug = ?",
	[ST_INSERT_FORM] = "INSERT INTO feedback_forms (slug, is_open, is_default, current_version, "
	                   "created_at, updated_at) VALUES (?1, 1, ?2, 1, ?3, ?3)",
	[ST_INSERT_VERSION] = "INSERT INTO feedback_form_versions (form_id, version, title, intro, "
	                      "touchpoints, ask_csat, ask_nps, servqual, ask_comment, ask_contact, "
	                      "created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
	[ST_SET_CURRENT] = "UPDATE feedback_forms SET current_version = ?2, is_default = ?3, "
	                   "updated_at = ?4 WHERE id = ?1",
	[ST_CLEAR_DEFAULT] = "UPDATE feedback_forms SET is_default = 0 WHERE id <> ?",
	[ST_SET_OPEN] = "UPDATE feedback_forms SET is_open = ?2, updated_at = ?3 WHERE id = ?1",
	[ST_PUBLIC_URL] = "SELECT value FROM settings WHERE key = 'feedback_public_url'",
};
static sqlite3_stmt *forms_cache[ST__COUNT];
static struct sql_table forms_table = { forms_sql, ST__COUNT, forms_cache, NULL };

static const char *const servqual_values[] = { "none", "short", "full", NULL };

const struct field_spec feedback_form_fields[FB_FF__COUNT] = {
	[FB_FF_SLUG] = { "slug", "Address", FIELD_TEXT, 0, 0, 40, NULL },
	[FB_FF_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 120, NULL },
	[FB_FF_INTRO] = { "intro", "Introduction", FIELD_MULTILINE, 0, 0, 1000, NULL },
	[FB_FF_TP_PHONE] = { "tp_phone", "Phone", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_FF_TP_EMAIL] = { "tp_email", "Email", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_FF_TP_IN_PERSON] = { "tp_in_person", "In person", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_FF_TP_WEB] = { "tp_web", "Website", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_FF_CSAT] = { "ask_csat", "CSAT question", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_FF_NPS] = { "ask_nps", "NPS question", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_FF_SERVQUAL] = { "servqual", "SERVQUAL section", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, servqual_values },
	[FB_FF_COMMENT] = { "ask_comment", "Comment box", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_FF_CONTACT] = { "ask_contact", "Contact details", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_FF_DEFAULT] = { "is_default", "Main form", FIELD_CHECKBOX, 0, 0, 0, NULL },
};

static const char *const forms_notices[] = {
	"created", "The form has been created and is open for responses.",
	"saved", "Saved as a new version. Responses already received keep the wording they answered.",
	"unchanged", "Nothing was changed, so no new version was made.",
	"closed", "The form is closed: customers who open its link are told it no longer takes responses.",
	"opened", "The form is open again.",
	NULL, NULL
};

/* A form's settings as stored (the current version). */
struct form_row {
	const char *slug, *title, *intro, *touchpoints, *servqual;
	int is_open, is_default, version, ask_csat, ask_nps, ask_comment, ask_contact;
};

/* Loads form id; returns 1, 0 when there is none, -1 on error. */
static int load_form_row(struct request *rq, long long id, struct form_row *r)
{
	sqlite3_stmt *st = db_stmt(&forms_table, ST_FORM);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		struct arena *a = &rq->arena;
		r->slug = arena_strdup(a, db_text(st, 0));
		r->is_open = sqlite3_column_int(st, 1);
		r->is_default = sqlite3_column_int(st, 2);
		r->version = sqlite3_column_int(st, 3);
		r->title = arena_strdup(a, db_text(st, 4));
		r->intro = arena_strdup(a, db_text(st, 5));
		r->touchpoints = arena_strdup(a, db_text(st, 6));
		r->ask_csat = sqlite3_column_int(st, 7);
		r->ask_nps = sqlite3_column_int(st, 8);
		r->servqual = arena_strdup(a, db_text(st, 9));
		r->ask_comment = sqlite3_column_int(st, 10);
		r->ask_contact = sqlite3_column_int(st, 11);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* The public address forms are reached at: the feedback_public_url
 * setting (production: the public server's name), else this site. */
static const char *public_base(struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&forms_table, ST_PUBLIC_URL);
	const char *base = NULL;
	if (st && sqlite3_step(st) == SQLITE_ROW && db_text(st, 0)[0])
		base = arena_strdup(&rq->arena, db_text(st, 0));
	if (st)
		sqlite3_reset(st);
	return base ? base : arena_printf(&rq->arena, "%s://%s", rq->https ? "https" : "http",
	                                  rq->host ? rq->host : "localhost");
}

/* GET /customer-feedback/forms. */
int feedback_forms_page(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&forms_table, ST_LIST);
	struct page p;
	if (st == NULL || page_begin(&p, rq, rs, "Feedback forms", "feedback/forms.tpl") != 0)
		return -1;
	const char *base = public_base(rq);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "FORM");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "SLUG", db_text(st, 1));
		tpl_set(row, "URL", arena_printf(&rq->arena, "%s/feedback/%s", base, db_text(st, 1)));
		tpl_set(row, "TITLE", db_text(st, 2));
		tpl_show(row, sqlite3_column_int(st, 3) ? "OPEN" : "CLOSED");
		tpl_show_if(row, "DEFAULT", sqlite3_column_int(st, 4));
		tpl_set_int(row, "VERSION", sqlite3_column_int(st, 5));
		tpl_set_int(row, "RESPONSES", sqlite3_column_int64(st, 6));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_FORMS" : "NO_FORMS", 1);
	page_notice(&p, rq, forms_notices);
	return page_finish(&p, rs);
}

/* Ticks the checkbox section NAME_CHECKED when on. */
static void checked(tpl_dict *d, const char *section, int on)
{
	tpl_show_if(d, section, on);
}

/* Returns 1 when the comma list holds value. */
static int has_touchpoint(const char *list, const char *value)
{
	size_t n = strlen(value);
	for (const char *p = list; p && *p; ) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == n && strncmp(p, value, n) == 0)
			return 1;
		p = end ? end + 1 : NULL;
	}
	return 0;
}

/* Renders the create or edit page: values from the stored row (r) or
 * from what was typed (f). id 0: creating. */
static int render_form_edit(struct request *rq, struct response *rs, long long id,
                            const struct form_row *r, const struct form *f)
{
	struct page p;
	int status = rs->status;
	if (page_begin(&p, rq, rs, id ? "Edit feedback form" : "New feedback form",
	               "feedback/form_edit.tpl") != 0)
		return -1;
	tpl_dict *c = p.content;
	tpl_show(c, id ? "EDITING" : "CREATING");
	tpl_set(c, "ACTION", id ? arena_printf(&rq->arena, "/customer-feedback/forms/%lld", id)
	                        : "/customer-feedback/forms");
	tpl_set_int(c, "ID", id);
	const char *servqual = "short";
	if (r) {
		tpl_set(c, "SLUG_VALUE", r->slug);
		tpl_set(c, "TITLE_VALUE", r->title);
		tpl_set(c, "INTRO_VALUE", r->intro);
		tpl_set_int(c, "VERSION", r->version);
		checked(c, "TP_PHONE_CHECKED", has_touchpoint(r->touchpoints, "phone"));
		checked(c, "TP_EMAIL_CHECKED", has_touchpoint(r->touchpoints, "email"));
		checked(c, "TP_IN_PERSON_CHECKED", has_touchpoint(r->touchpoints, "in_person"));
		checked(c, "TP_WEB_CHECKED", has_touchpoint(r->touchpoints, "web"));
		checked(c, "ASK_CSAT_CHECKED", r->ask_csat);
		checked(c, "ASK_NPS_CHECKED", r->ask_nps);
		checked(c, "ASK_COMMENT_CHECKED", r->ask_comment);
		checked(c, "ASK_CONTACT_CHECKED", r->ask_contact);
		checked(c, "IS_DEFAULT_CHECKED", r->is_default);
		servqual = r->servqual;
	}
	if (f) {
		page_form(&p, f);
		if (f->values[FB_FF_SERVQUAL].present && !f->values[FB_FF_SERVQUAL].error)
			servqual = f->values[FB_FF_SERVQUAL].text;
		rs->status = status;
	}
	tpl_show_if(c, "SQ_NONE", strcmp(servqual, "none") == 0);
	tpl_show_if(c, "SQ_SHORT", strcmp(servqual, "short") == 0);
	tpl_show_if(c, "SQ_FULL", strcmp(servqual, "full") == 0);
	return page_finish(&p, rs);
}

/* GET /customer-feedback/forms/new: a new form with sensible defaults. */
int feedback_form_new_page(struct request *rq, struct response *rs)
{
	struct form_row r = { "", "", "", "phone,email,in_person,web", "short", 1, 0, 1, 1, 1, 1, 1 };
	return render_form_edit(rq, rs, 0, &r, NULL);
}

/* The touchpoints ticked, as a comma list ("" when none). */
static const char *touchpoints_of(struct request *rq, const struct form *f)
{
	const char *list = "";
	for (int i = 0; i < 4; i++)
		if (f->values[FB_FF_TP_PHONE + i].number)
			list = arena_printf(&rq->arena, "%s%s%s", list, list[0] ? "," : "", feedback_touchpoints[i]);
	return list;
}

/* Checks the address of a new form, which a validator table cannot: its
 * characters and that no other form has it. */
static void check_slug(struct request *rq)
{
	const struct field_value *v = &request_form(rq)->values[FB_FF_SLUG];
	const char *slug = v->text;
	if (!v->present)
		request_form_error(rq, FB_FF_SLUG, "Enter the address, like \"phones\" or \"branch-leeds\".");
	else if (v->error == NULL &&
	         (strspn(slug, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(slug) ||
	          strcmp(slug, "privacy") == 0 || strcmp(slug, "thanks") == 0))
		request_form_error(rq, FB_FF_SLUG, "The address may hold only lower-case letters, digits and "
		                   "hyphens, and cannot be \"privacy\" or \"thanks\".");
	else if (v->error == NULL) {
		sqlite3_stmt *st = db_stmt(&forms_table, ST_SLUG_TAKEN);
		if (st) {
			sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
			if (sqlite3_step(st) == SQLITE_ROW)
				request_form_error(rq, FB_FF_SLUG, "Another form already has this address.");
			sqlite3_reset(st);
		}
	}
}

/* See feedback.h: a touchpoint and a question at least. */
void feedback_form_update_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	const struct field_value *v = f->values;
	if (touchpoints_of(rq, f)[0] == '\0')
		request_form_error(rq, FB_FF_TP_PHONE, "Tick at least one touchpoint customers can choose.");
	if (!v[FB_FF_CSAT].number && !v[FB_FF_NPS].number && !v[FB_FF_COMMENT].number &&
	    strcmp(v[FB_FF_SERVQUAL].text, "none") == 0)
		request_form_error(rq, FB_FF_CSAT, "Ask at least one question.");
}

/* See feedback.h: the slug as well as what every version needs. */
void feedback_form_create_check(struct request *rq)
{
	check_slug(rq);
	feedback_form_update_check(rq);
}

/* A form write: a new form (id 0) or a new version of form id. */
struct form_write {
	struct request *rq;
	const struct form *f;
	long long id;
	int version;
	const char *touchpoints;
};

/* Inserts the version's row. */
static int insert_version(struct form_write *w, const char *now)
{
	const struct field_value *v = w->f->values;
	sqlite3_stmt *st = db_stmt(&forms_table, ST_INSERT_VERSION);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, w->id);
	sqlite3_bind_int(st, 2, w->version);
	sqlite3_bind_text(st, 3, v[FB_FF_TITLE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, v[FB_FF_INTRO].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, w->touchpoints, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, (int)v[FB_FF_CSAT].number);
	sqlite3_bind_int(st, 7, (int)v[FB_FF_NPS].number);
	sqlite3_bind_text(st, 8, v[FB_FF_SERVQUAL].text, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 9, (int)v[FB_FF_COMMENT].number);
	sqlite3_bind_int(st, 10, (int)v[FB_FF_CONTACT].number);
	sqlite3_bind_text(st, 11, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 12, w->rq->session->user_id);
	return db_exec_stmt(st);
}

/* Makes this form the only default when asked. */
static int settle_default(struct form_write *w)
{
	if (!w->f->values[FB_FF_DEFAULT].number)
		return SQLITE_OK;
	sqlite3_stmt *st = db_stmt(&forms_table, ST_CLEAR_DEFAULT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, w->id);
	return db_exec_stmt(st);
}

/* The create transaction: form, version 1, default, audit. */
static int write_new_form(void *ctx)
{
	struct form_write *w = ctx;
	char now[21];
	iso_utc(now_utc(), now);
	sqlite3_stmt *st = db_stmt(&forms_table, ST_INSERT_FORM);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, w->f->values[FB_FF_SLUG].text, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, (int)w->f->values[FB_FF_DEFAULT].number);
	sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	w->id = sqlite3_last_insert_rowid(db_get());
	w->version = 1;
	rc = insert_version(w, now);
	if (rc == SQLITE_OK)
		rc = settle_default(w);
	if (rc == SQLITE_OK)
		rc = audit_record(w->rq, "feedback.form_create", "feedback_form", w->id,
		                  w->f->values[FB_FF_SLUG].text);
	return rc;
}

/* The edit transaction: a new version made current, default, audit. */
static int write_new_version(void *ctx)
{
	struct form_write *w = ctx;
	char now[21];
	iso_utc(now_utc(), now);
	int rc = insert_version(w, now);
	sqlite3_stmt *st = db_stmt(&forms_table, ST_SET_CURRENT);
	if (rc != SQLITE_OK || st == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, w->id);
	sqlite3_bind_int(st, 2, w->version);
	sqlite3_bind_int(st, 3, (int)w->f->values[FB_FF_DEFAULT].number);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_TRANSIENT);
	rc = db_exec_stmt(st);
	if (rc == SQLITE_OK)
		rc = settle_default(w);
	if (rc == SQLITE_OK)
		rc = audit_record(w->rq, "feedback.form_version", "feedback_form", w->id,
		                  arena_printf(&w->rq->arena, "version %d", w->version));
	return rc;
}

/* POST /customer-feedback/forms (checked by feedback_form_create_check). */
int feedback_form_create_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct form_write w = { rq, f, 0, 1, touchpoints_of(rq, f) };
	if (db_write(write_new_form, &w) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/customer-feedback/forms?done=created");
	return 0;
}

/* The create form again when it was refused, with what was typed. */
int feedback_form_create_invalid(struct request *rq, struct response *rs)
{
	return render_form_edit(rq, rs, 0, NULL, request_form(rq));
}

/* Loads the form named in the path, answering 404 when there is none.
 * Returns 1 when loaded, 0 when answered, -1 on error. */
static int load_path_form(struct request *rq, struct response *rs, struct form_row *r)
{
	int found = load_form_row(rq, rq->path_ids[0], r);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no feedback form with this number.");
	return found;
}

/* GET /customer-feedback/forms/{id}. */
int feedback_form_edit_page(struct request *rq, struct response *rs)
{
	struct form_row r;
	int found = load_path_form(rq, rs, &r);
	if (found <= 0)
		return found;
	return render_form_edit(rq, rs, rq->path_ids[0], &r, NULL);
}

/* Returns 1 when the form's answers equal the stored version's. */
static int unchanged(struct request *rq, const struct form *f, const struct form_row *r)
{
	const struct field_value *v = f->values;
	return strcmp(v[FB_FF_TITLE].text, r->title) == 0 && strcmp(v[FB_FF_INTRO].text, r->intro) == 0 &&
	       strcmp(touchpoints_of(rq, f), r->touchpoints) == 0 &&
	       v[FB_FF_CSAT].number == r->ask_csat && v[FB_FF_NPS].number == r->ask_nps &&
	       strcmp(v[FB_FF_SERVQUAL].text, r->servqual) == 0 && v[FB_FF_COMMENT].number == r->ask_comment &&
	       v[FB_FF_CONTACT].number == r->ask_contact && v[FB_FF_DEFAULT].number == r->is_default;
}

/* POST /customer-feedback/forms/{id} (checked by
 * feedback_form_update_check): saves a new version. */
int feedback_form_update_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct form_row r;
	long long id = rq->path_ids[0];
	int found = load_path_form(rq, rs, &r);
	if (found <= 0)
		return found;
	if (unchanged(rq, f, &r)) {
		respond_redirect(rs, "/customer-feedback/forms?done=unchanged");
		return 0;
	}
	struct form_write w = { rq, f, id, r.version + 1, touchpoints_of(rq, f) };
	if (db_write(write_new_version, &w) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/customer-feedback/forms?done=saved");
	return 0;
}

/* The edit form again when it was refused, with what was typed. */
int feedback_form_update_invalid(struct request *rq, struct response *rs)
{
	struct form_row r;
	int found = load_path_form(rq, rs, &r);
	if (found <= 0)
		return found;
	return render_form_edit(rq, rs, rq->path_ids[0], &r, request_form(rq));
}

/* Opening or closing a form. */
struct open_change {
	struct request *rq;
	long long id;
	int open;
};

/* Sets is_open and audits it. */
static int write_open(void *ctx)
{
	struct open_change *o = ctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&forms_table, ST_SET_OPEN);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, o->id);
	sqlite3_bind_int(st, 2, o->open);
	sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc == SQLITE_OK)
		rc = audit_record(o->rq, o->open ? "feedback.form_open" : "feedback.form_close",
		                  "feedback_form", o->id, "");
	return rc;
}

/* POST .../open and .../close. */
static int set_open(struct request *rq, struct response *rs, int open)
{
	struct form_row r;
	int found = load_path_form(rq, rs, &r);
	if (found <= 0)
		return found;
	struct open_change o = { rq, rq->path_ids[0], open };
	if (db_write(write_open, &o) != SQLITE_OK)
		return -1;
	respond_redirect(rs, open ? "/customer-feedback/forms?done=opened" : "/customer-feedback/forms?done=closed");
	return 0;
}

int feedback_form_open_submit(struct request *rq, struct response *rs)
{
	return set_open(rq, rs, 1);
}

int feedback_form_close_submit(struct request *rq, struct response *rs)
{
	return set_open(rq, rs, 0);
}

/* Draws text as a QR code in SVG (dark squares on white, a four-module
 * quiet zone) into out. Returns 0, or -1 when it cannot be encoded. */
static int qr_svg(struct buf *out, const char *text)
{
	QRcode *qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (qr == NULL)
		return -1;
	int size = qr->width + 8;
	buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
	           "shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code of the form's address\">"
	           "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path fill=\"#000\" d=\"", size, size, size, size);
	for (int y = 0; y < qr->width; y++)
		for (int x = 0; x < qr->width; x++)
			if (qr->data[y * qr->width + x] & 1)
				buf_printf(out, "M%d %dh1v1h-1z", x + 4, y + 4);
	QRcode_free(qr);
	return buf_puts(out, "\"/></svg>");
}

/* GET /customer-feedback/forms/{id}/qr.svg: the QR code on its own, to
 * download for posters and receipts. */
int feedback_form_qr(struct request *rq, struct response *rs)
{
	struct form_row r;
	int found = load_path_form(rq, rs, &r);
	if (found <= 0)
		return found;
	buf_reset(&rs->body);
	if (qr_svg(&rs->body, arena_printf(&rq->arena, "%s/feedback/%s", public_base(rq), r.slug)) != 0)
		return -1;
	rs->content_type = "image/svg+xml";
	respond_header(rs, "Content-Disposition",
	               arena_printf(&rq->arena, "attachment; filename=\"feedback-%s-qr.svg\"", r.slug));
	return 0;
}

/* GET /customer-feedback/forms/{id}/print: a printable page with the QR
 * code, the address, and a link per touchpoint. */
int feedback_form_print_page(struct request *rq, struct response *rs)
{
	struct form_row r;
	struct page p;
	int found = load_path_form(rq, rs, &r);
	if (found <= 0)
		return found;
	const char *url = arena_printf(&rq->arena, "%s/feedback/%s", public_base(rq), r.slug);
	struct buf svg = {0};
	if (qr_svg(&svg, url) != 0 || page_begin(&p, rq, rs, r.title, "feedback/print.tpl") != 0) {
		buf_free(&svg);
		return -1;
	}
	tpl_set(p.content, "TITLE", r.title);
	tpl_set(p.content, "URL", url);
	tpl_set_int(p.content, "ID", rq->path_ids[0]);
	tpl_set(p.content, "QR", svg.data);
	tpl_show_if(p.content, "CLOSED", !r.is_open);
	buf_free(&svg);
	for (int i = 0; feedback_touchpoints[i]; i++) {
		if (!has_touchpoint(r.touchpoints, feedback_touchpoints[i]))
			continue;
		tpl_dict *row = tpl_add_row(p.content, "TOUCHPOINT_LINK");
		if (row) {
			tpl_set(row, "LABEL", feedback_touchpoint_labels[i]);
			tpl_set(row, "URL", arena_printf(&rq->arena, "%s?touchpoint=%s", url, feedback_touchpoints[i]));
		}
	}
	return page_finish(&p, rs);
}
