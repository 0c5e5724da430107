/*
 * log.c: the feedback log: every response, newest first, paged
 * and filtered; a response's page with its tags and the actions raised
 * from it; the CSV export of responses.
 *
 * Pages: GET /customer-feedback, GET /customer-feedback/responses.csv,
 * GET /customer-feedback/{id}, POST /customer-feedback/{id}/tags,
 * POST /customer-feedback/{id}/tags/remove, POST /customer-feedback/{id}/action.
 *
 * Contact details are sealed in the database (core/crypto.h). Only
 * managers can open them, only when they ask (?contact=1), and every such
 * viewing or export is written to the audit trail first.
 */
#include "feedback.h"
#include "calc.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/crypto.h"
#include "core/csv.h"
#include "core/db.h"
#include "core/options.h"

#include <math.h>
#include <sodium.h>
#include <string.h>

#define RESPONSES_PER_PAGE 25
#define CSV_MAX_ROWS 200000

enum log_stmt {
	ST_FORMS,
	ST_COUNT,
	ST_COUNT_ALL,
	ST_COUNT_FORM,
	ST_LIST,
	ST_RESPONSE,
	ST_ANSWERS,
	ST_TAGS,
	ST_TAG_ADD,
	ST_TAG_REMOVE,
	ST_EXISTS,
	ST_OWNER_EXISTS,
	ST__COUNT
};

/* The filters, shared by the count, the list and the export: ?1 form,
 * ?2 touchpoint, ?3 from day, ?4 to day, ?5 band, ?6 comment, ?7 tag. */
#define LOG_WHERE \
	"WHERE (?1 = 0 OR r.form_id = ?1) AND (?2 = '' OR r.touchpoint = ?2) " \
	"AND (?3 = '' OR r.day >= ?3) AND (?4 = '' OR r.day <= ?4) " \
	"AND (?5 = '' OR (?5 = 'csat_low' AND r.csat <= 2) OR (?5 = 'csat_mid' AND r.csat = 3) " \
	"OR (?5 = 'csat_high' AND r.csat >= 4) OR (?5 = 'promoter' AND r.nps >= 9) " \
	"OR (?5 = 'passive' AND r.nps BETWEEN 7 AND 8) OR (?5 = 'detractor' AND r.nps <= 6)) " \
	"AND (?6 = '' OR (?6 = 'with' AND r.comment <> '') OR (?6 = 'without' AND r.comment = '')) " \
	"AND (?7 = '' OR EXISTS (SELECT 1 FROM feedback_tags t WHERE t.response_id = r.id AND t.tag = ?7)) "

static const char *const log_sql[ST__COUNT] = {
	[ST_FORMS] = "SELECT f.id, v.title, f.slug FROM feedback_forms f JOIN feedback_form_versions v "
	             "ON v.form_id = f.id AND v.version = f.current_version ORDER BY f.id",
	[ST_COUNT] = "SELECT count(*) FROM feedback_responses r " LOG_WHERE,
	/* The same counts without filters, or of one form only: answered from
	 * the table's b-tree or the form's index instead of a scan testing
	 * every filter on every row (100,000 responses: 20 ms to under 1). */
	[ST_COUNT_ALL] = "SELECT count(*) FROM feedback_responses",
	[ST_COUNT_FORM] = "SELECT count(*) FROM feedback_responses WHERE form_id = ?1",
	[ST_LIST] = "SELECT r.id, r.submitted_at, v.title, r.form_version, r.touchpoint, r.csat, r.nps, "
	            "r.comment, r.contact IS NOT NULL, "
	            "(SELECT group_concat(tag, ', ') FROM feedback_tags t WHERE t.response_id = r.id), "
	            "r.sq_e1, r.sq_e2, r.sq_e3, r.sq_e4, r.sq_e5, r.sq_p1, r.sq_p2, r.sq_p3, r.sq_p4, r.sq_p5, "
	            "f.slug, r.day "
	            "FROM feedback_responses r JOIN feedback_forms f ON f.id = r.form_id "
	            "JOIN feedback_form_versions v ON v.form_id = r.form_id AND v.version = r.form_version "
	            LOG_WHERE "ORDER BY r.submitted_at DESC, r.id DESC LIMIT ?8 OFFSET ?9",
	[ST_RESPONSE] = "SELECT r.id, r.submitted_at, v.title, r.form_version, r.touchpoint, r.csat, r.nps, "
	                "r.comment, r.contact, r.consent_at, r.consent_notice, v.servqual, "
	                "r.sq_e1, r.sq_e2, r.sq_e3, r.sq_e4, r.sq_e5, r.sq_p1, r.sq_p2, r.sq_p3, r.sq_p4, r.sq_p5, "
	                "f.slug, r.form_id "
	                "FROM feedback_responses r JOIN feedback_forms f ON f.id = r.form_id "
	                "JOIN feedback_form_versions v ON v.form_id = r.form_id AND v.version = r.form_version "
	                "WHERE r.id = ?",
	[ST_ANSWERS] = "SELECT item, expectation, perception FROM feedback_servqual_answers "
	               "WHERE response_id = ? ORDER BY item",
	[ST_TAGS] = "SELECT tag FROM feedback_tags WHERE response_id = ? ORDER BY tag",
	[ST_TAG_ADD] = "INSERT OR IGNORE INTO feedback_tags (response_id, tag, added_by, added_at) "
	               "VALUES (?, ?, ?, ?)",
	[ST_TAG_REMOVE] = "DELETE FROM feedback_tags WHERE response_id = ? AND tag = ?",
	[ST_EXISTS] = "SELECT csat, nps FROM feedback_responses WHERE id = ?",
	[ST_OWNER_EXISTS] = "SELECT 1 FROM users WHERE id = ? AND disabled = 0",
};
static sqlite3_stmt *log_cache[ST__COUNT];
static struct sql_table log_table = { log_sql, ST__COUNT, log_cache, NULL };

static const char *const touchpoint_filter[] = { "phone", "email", "in_person", "web", NULL };
static const char *const band_values[] = {
	"csat_low", "csat_mid", "csat_high", "promoter", "passive", "detractor", NULL
};
static const char *const band_labels[] = {
	"CSAT 1-2 (dissatisfied)", "CSAT 3 (neutral)", "CSAT 4-5 (satisfied)",
	"NPS 9-10 (promoters)", "NPS 7-8 (passives)", "NPS 0-6 (detractors)", NULL
};
static const char *const comment_values[] = { "with", "without", NULL };
static const char *const kind_values[] = { "corrective", "improvement", NULL };

const struct field_spec feedback_log_fields[FB_LOG__COUNT] = {
	[FB_LOG_FORM] = { "form", "Form", FIELD_INT, 0, 0, 1000000000, NULL },
	[FB_LOG_TOUCHPOINT] = { "touchpoint", "Touchpoint", FIELD_CHOICE, 0, 0, 0, touchpoint_filter },
	[FB_LOG_FROM] = { "from", "From", FIELD_DATE, 0, 0, 0, NULL },
	[FB_LOG_TO] = { "to", "To", FIELD_DATE, 0, 0, 0, NULL },
	[FB_LOG_BAND] = { "band", "Score band", FIELD_CHOICE, 0, 0, 0, band_values },
	[FB_LOG_COMMENT] = { "comment", "Comment", FIELD_CHOICE, 0, 0, 0, comment_values },
	[FB_LOG_TAG] = { "tag", "Tag", FIELD_TEXT, 0, 0, 40, NULL },
	[FB_LOG_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
	[FB_LOG_CONTACT] = { "contact", "Contact details", FIELD_CHECKBOX, 0, 0, 0, NULL },
};

const struct field_spec feedback_tag_fields[FB_TAG__COUNT] = {
	[FB_TAG_TAG] = { "tag", "Tag", FIELD_TEXT, FIELD_REQUIRED, 1, 40, NULL },
};

const struct field_spec feedback_raise_fields[FB_RAISE__COUNT] = {
	[FB_RAISE_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[FB_RAISE_PROBLEM] = { "problem", "What is wrong", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[FB_RAISE_KIND] = { "kind", "Kind of action", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, kind_values },
	[FB_RAISE_OWNER] = { "owner", "Owner", FIELD_INT, 0, 0, 1000000000, NULL },
	[FB_RAISE_DUE] = { "due_date", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

const struct field_spec feedback_response_query_fields[FB_RQ__COUNT] = {
	[FB_RQ_CONTACT] = { "contact", "Contact details", FIELD_CHECKBOX, 0, 0, 0, NULL },
};

static const char *const response_notices[] = {
	"tagged", "The tag has been added.",
	"untagged", "The tag has been removed.",
	"raised", "The action has been raised. It is listed below; follow its link to plan and track it.",
	NULL, NULL
};

/* Returns 1 when the signed-in user may see contact details. */
static int may_see_contact(const struct request *rq)
{
	return rq->session && (rq->session->roles & ROLE_MANAGER) != 0;
}

/* The NPS band of a score in words. */
static const char *nps_band(int nps)
{
	return nps >= 9 ? "promoter" : nps >= 7 ? "passive" : "detractor";
}

/* The filters of a validated log query, ready to bind. */
struct log_filter {
	long long form;
	const char *touchpoint, *from, *to, *band, *comment, *tag;
	long long page;
};

/* Reads the filters (a value in error counts as not given). */
static void read_filter(const struct form *f, struct log_filter *lf)
{
	const struct field_value *v = f->values;
#define OK_TEXT(i) (v[i].present && v[i].error == NULL ? v[i].text : "")
	lf->form = v[FB_LOG_FORM].present && !v[FB_LOG_FORM].error ? v[FB_LOG_FORM].number : 0;
	lf->touchpoint = OK_TEXT(FB_LOG_TOUCHPOINT);
	lf->from = OK_TEXT(FB_LOG_FROM);
	lf->to = OK_TEXT(FB_LOG_TO);
	lf->band = OK_TEXT(FB_LOG_BAND);
	lf->comment = OK_TEXT(FB_LOG_COMMENT);
	lf->tag = OK_TEXT(FB_LOG_TAG);
	lf->page = v[FB_LOG_PAGE].present && !v[FB_LOG_PAGE].error ? v[FB_LOG_PAGE].number : 1;
#undef OK_TEXT
}

/* Binds the seven filter parameters. */
static void bind_filter(sqlite3_stmt *st, const struct log_filter *lf)
{
	sqlite3_bind_int64(st, 1, lf->form);
	sqlite3_bind_text(st, 2, lf->touchpoint, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, lf->from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, lf->to, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, lf->band, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, lf->comment, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, lf->tag, -1, SQLITE_STATIC);
}

/* The query string of the filters ("form=1&band=promoter&"), for the
 * pager and the export link. */
static const char *filter_query(struct request *rq, const struct log_filter *lf)
{
	struct arena *a = &rq->arena;
	const char *q = lf->form ? arena_printf(a, "form=%lld&", lf->form) : "";
	const char *names[] = { "touchpoint", "from", "to", "band", "comment", "tag" };
	const char *values[] = { lf->touchpoint, lf->from, lf->to, lf->band, lf->comment, lf->tag };
	for (int i = 0; i < 6; i++)
		if (values[i][0])
			q = arena_printf(a, "%s%s=%s&", q, names[i], url_encode(a, values[i]));
	return q;
}

/* Adds the form choices of the filter; returns 0, or -1 when they could
 * not be read. */
static int add_form_options(tpl_dict *d, long long chosen)
{
	sqlite3_stmt *st = db_stmt(&log_table, ST_FORMS);
	int rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *o = tpl_add_row(d, "FORM_OPTION");
		if (o == NULL)
			break;
		tpl_set_int(o, "ID", sqlite3_column_int64(st, 0));
		tpl_set(o, "TITLE", db_text(st, 1));
		tpl_show_if(o, "SELECTED", sqlite3_column_int64(st, 0) == chosen);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Counts the responses the filters match; -1 on error. */
static long long count_matching(const struct log_filter *lf)
{
	int only_form = !lf->touchpoint[0] && !lf->from[0] && !lf->to[0] && !lf->band[0] &&
	                !lf->comment[0] && !lf->tag[0];
	sqlite3_stmt *st = db_stmt(&log_table, !only_form ? ST_COUNT : lf->form ? ST_COUNT_FORM : ST_COUNT_ALL);
	long long n = -1;
	if (st == NULL)
		return -1;
	if (!only_form)
		bind_filter(st, lf);
	else if (lf->form)
		sqlite3_bind_int64(st, 1, lf->form);
	return db_count(st, &n) == 0 ? n : -1;
}

/* Sets CSAT and NPS (or "not asked") on a row. */
static void set_scores(tpl_dict *row, sqlite3_stmt *st, int csat_col, int nps_col)
{
	if (sqlite3_column_type(st, csat_col) != SQLITE_NULL)
		tpl_set_int(row, "CSAT", sqlite3_column_int(st, csat_col));
	else
		tpl_set(row, "CSAT", "–");
	if (sqlite3_column_type(st, nps_col) != SQLITE_NULL) {
		tpl_set_int(row, "NPS", sqlite3_column_int(st, nps_col));
		tpl_dict *band = tpl_add_row(row, "NPS_BAND");
		if (band)
			tpl_set(band, "BAND", nps_band(sqlite3_column_int(st, nps_col)));
	} else {
		tpl_set(row, "NPS", "–");
	}
}

/* GET /customer-feedback: the log. */
int feedback_log_page(struct request *rq, struct response *rs)
{
	struct log_filter lf;
	struct page p;
	read_filter(request_form(rq), &lf);
	long long total = count_matching(&lf);
	sqlite3_stmt *st = db_stmt(&log_table, ST_LIST);
	if (total < 0 || st == NULL || page_begin(&p, rq, rs, "Feedback log", "feedback/log.tpl") != 0)
		return -1;
	tpl_dict *c = p.content;
	page_form(&p, request_form(rq));
	if (add_form_options(c, lf.form) != 0) {
		page_abandon(&p);
		return -1;
	}
	options_from_list(c, "TOUCHPOINT_OPTION", feedback_touchpoints, feedback_touchpoint_labels, lf.touchpoint);
	options_from_list(c, "BAND_OPTION", band_values, band_labels, lf.band);
	tpl_show_if(c, "COMMENT_WITH", strcmp(lf.comment, "with") == 0);
	tpl_show_if(c, "COMMENT_WITHOUT", strcmp(lf.comment, "without") == 0);
	tpl_set_int(c, "TOTAL", total);
	tpl_show_if(c, "IS_MANAGER", may_see_contact(rq));
	const char *query = filter_query(rq, &lf);
	tpl_set(c, "EXPORT_QUERY", query);
	bind_filter(st, &lf);
	sqlite3_bind_int(st, 8, RESPONSES_PER_PAGE);
	sqlite3_bind_int64(st, 9, (lf.page - 1) * RESPONSES_PER_PAGE);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(c, "RESPONSE");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "WHEN", display_time(&rq->arena, db_text(st, 1)));
		tpl_set(row, "FORM", db_text(st, 2));
		tpl_set_int(row, "VERSION", sqlite3_column_int(st, 3));
		tpl_set(row, "TOUCHPOINT", feedback_touchpoint_label(db_text(st, 4)));
		set_scores(row, st, 5, 6);
		const char *comment = db_text(st, 7);
		size_t keep = utf8_prefix(comment, 140);
		tpl_set(row, "COMMENT", arena_printf(&rq->arena, "%.*s%s", (int)keep, comment,
		                                     comment[keep] ? "…" : ""));
		tpl_show_if(row, "NO_COMMENT", comment[0] == '\0');
		tpl_show_if(row, "HAS_CONTACT", may_see_contact(rq) && sqlite3_column_int(st, 8));
		tpl_set(row, "TAGS", db_text(st, 9));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(c, rows ? "HAS_RESPONSES" : "NO_RESPONSES", 1);
	page_pager(&p, rq, arena_printf(&rq->arena, "/customer-feedback?%s", query),
	           lf.page, RESPONSES_PER_PAGE, total);
	return page_finish(&p, rs);
}

/* Opens a sealed contact value into its three lines; returns 0 or -1. */
static int open_contact(struct request *rq, long long id, const void *blob, int len,
                        const char **name, const char **email, const char **phone)
{
	struct buf plain = {0};
	if (secret_key_ensure_loaded() != 0 ||
	    secret_open(blob, (size_t)len, "feedback_responses", "contact", id, &plain) != 0) {
		buf_free(&plain);
		return -1;
	}
	char *s = arena_strdup(&rq->arena, plain.data ? plain.data : "");
	sodium_memzero(plain.data, plain.len);
	buf_free(&plain);
	if (s == NULL)
		return -1;
	*name = s;
	char *nl = strchr(s, '\n');
	*email = nl ? (*nl = '\0', nl + 1) : "";
	nl = strchr(*email, '\n');
	*phone = nl ? (*nl = '\0', nl + 1) : "";
	return 0;
}

/* What the audit row of a contact viewing says. */
struct contact_audit {
	struct request *rq;
	long long id;
	const char *action;
	const char *detail;
};

/* Writes one audit row (a db_write callback). */
static int write_contact_audit(void *ctx)
{
	struct contact_audit *a = ctx;
	return audit_record(a->rq, a->action, "feedback_response", a->id, a->detail);
}

/* Adds the SERVQUAL means and gaps of a response (columns from e_col),
 * and the full form's raw answers. Returns 0, or -1 when the answers could
 * not be read. */
static int add_response_servqual(tpl_dict *c, sqlite3_stmt *st, int e_col, long long id)
{
	if (sqlite3_column_type(st, e_col) == SQLITE_NULL)
		return 0;
	tpl_dict *sq = tpl_add_row(c, "SERVQUAL");
	for (int d = 0; sq && d < SQ_DIMENSIONS; d++) {
		tpl_dict *row = tpl_add_row(sq, "DIMENSION");
		double e = sqlite3_column_double(st, e_col + d);
		double p = sqlite3_column_double(st, e_col + SQ_DIMENSIONS + d);
		if (row == NULL)
			return -1;
		tpl_set(row, "NAME", servqual_dimension_names[d]);
		char num[32];
		snprintf(num, sizeof num, "%.1f", feedback_round1(e));
		tpl_set(row, "EXPECTATION", num);
		snprintf(num, sizeof num, "%.1f", feedback_round1(p));
		tpl_set(row, "PERCEPTION", num);
		snprintf(num, sizeof num, "%+.1f", feedback_round1(p - e));
		tpl_set(row, "GAP", num);
		tpl_show_if(row, "NEGATIVE", feedback_round1(p - e) < 0);
	}
	sqlite3_stmt *a = db_stmt(&log_table, ST_ANSWERS);
	int rc;
	if (a == NULL || sq == NULL)
		return -1;
	sqlite3_bind_int64(a, 1, id);
	while (db_step_row(a, &rc)) {
		int item = sqlite3_column_int(a, 0) - 1;
		if (item < 0 || item >= SQ_ITEMS)
			continue;
		tpl_dict *row = tpl_add_row(sq, "ITEM");
		if (row == NULL)
			break;
		tpl_show(sq, "HAS_ITEMS");
		tpl_set_int(row, "NUMBER", item + 1);
		tpl_set(row, "STATEMENT", servqual_items[item].perception);
		tpl_set(row, "DIMENSION", servqual_dimension_names[servqual_items[item].dimension]);
		tpl_set_int(row, "EXPECTATION", sqlite3_column_int(a, 1));
		tpl_set_int(row, "PERCEPTION", sqlite3_column_int(a, 2));
		tpl_show_if(row, "REVERSED", servqual_items[item].reversed);
	}
	sqlite3_reset(a);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Adds the response's tags, each with a remove button; returns 0, or -1
 * when they could not be read. */
static int add_tags(tpl_dict *c, long long id)
{
	sqlite3_stmt *st = db_stmt(&log_table, ST_TAGS);
	int n = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(c, "TAG");
		if (row == NULL)
			break;
		n++;
		tpl_set(row, "TAG", db_text(st, 0));
		tpl_set_int(row, "RESPONSE_ID", id);
	}
	sqlite3_reset(st);
	tpl_show_if(c, n ? "HAS_TAGS" : "NO_TAGS", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Fills the contact section: a reveal link, or (when asked for and
 * already audited) the opened details. Returns 0 or -1. */
static int add_contact(struct request *rq, tpl_dict *c, sqlite3_stmt *st, long long id, int reveal)
{
	if (sqlite3_column_type(st, 8) == SQLITE_NULL || !may_see_contact(rq))
		return 0;
	tpl_dict *box = tpl_add_row(c, "CONTACT");
	if (box == NULL)
		return -1;
	tpl_set(box, "CONSENT_AT", display_time(&rq->arena, db_text(st, 9)));
	tpl_set(box, "NOTICE", db_text(st, 10));
	tpl_set_int(box, "ID", id);
	if (!reveal) {
		tpl_show(box, "HIDDEN");
		return 0;
	}
	const char *name, *email, *phone;
	if (open_contact(rq, id, sqlite3_column_blob(st, 8), sqlite3_column_bytes(st, 8),
	                 &name, &email, &phone) != 0) {
		tpl_show(box, "UNREADABLE");
		return 0;
	}
	tpl_dict *shown = tpl_add_row(box, "SHOWN");
	if (shown == NULL)
		return -1;
	tpl_set(shown, "NAME", name);
	tpl_set(shown, "EMAIL", email);
	tpl_set(shown, "PHONE", phone);
	return 0;
}

/* Renders a response's page, with a refused tag or action form when f is
 * given. reveal: show contact details (the caller has audited it). */
static int render_response(struct request *rq, struct response *rs, long long id,
                           const struct form *f, int reveal)
{
	sqlite3_stmt *st = db_stmt(&log_table, ST_RESPONSE);
	struct page p;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		respond_error(rq, rs, 404, "There is no feedback response with this number.");
		return 0;
	}
	int status = rs->status;
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "Feedback response %lld", id),
	               "feedback/response.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	tpl_dict *c = p.content;
	tpl_set_int(c, "ID", id);
	tpl_set(c, "WHEN", display_time(&rq->arena, db_text(st, 1)));
	tpl_set(c, "FORM", db_text(st, 2));
	tpl_set_int(c, "VERSION", sqlite3_column_int(st, 3));
	tpl_set(c, "TOUCHPOINT", feedback_touchpoint_label(db_text(st, 4)));
	set_scores(c, st, 5, 6);
	tpl_set(c, "COMMENT", db_text(st, 7));
	tpl_show_if(c, db_text(st, 7)[0] ? "HAS_COMMENT" : "NO_COMMENT", 1);
	int rc = add_response_servqual(c, st, 12, id);
	if (rc == 0)
		rc = add_contact(rq, c, st, id, reveal);
	sqlite3_reset(st);
	if (rc == 0)
		rc = add_tags(c, id);
	int actions = rc == 0 ? action_add_rows(c, "ACTION", "feedback", id) : 0;
	if (actions < 0)
		rc = -1;
	tpl_show_if(c, actions > 0 ? "HAS_ACTIONS" : "NO_ACTIONS", 1);
	if (may_see_contact(rq)) {
		tpl_show(c, "CAN_RAISE");
		char today[11];
		tpl_set(c, "DUE_DATE_VALUE", today_london(today));
		tpl_set(c, "KIND_VALUE", "corrective");
	}
	if (f) {
		page_form(&p, f);
		rs->status = status;
	}
	long long owner = f && f->specs == feedback_raise_fields && f->values[FB_RAISE_OWNER].present
	                  ? f->values[FB_RAISE_OWNER].number : 0;
	if (rc == 0 && action_add_owner_options(c, "OWNER_OPTION", owner) < 0)
		rc = -1;
	const char *kind = f && f->specs == feedback_raise_fields ? f->values[FB_RAISE_KIND].text : "corrective";
	tpl_show_if(c, "KIND_IMPROVEMENT", kind && strcmp(kind, "improvement") == 0);
	page_notice(&p, rq, response_notices);
	if (rc != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* GET /customer-feedback/{id}: one response. With ?contact=1 a manager
 * sees the contact details, after the viewing has been audited. */
int feedback_response_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long id = rq->path_ids[0];
	int reveal = f && f->values[FB_RQ_CONTACT].number && may_see_contact(rq);
	if (reveal) {
		struct contact_audit a = { rq, id, "feedback.contact_view", "" };
		if (db_write(write_contact_audit, &a) != SQLITE_OK)
			return -1;
	}
	return render_response(rq, rs, id, NULL, reveal);
}

/* Returns 1 when the response exists, 0 when not, -1 on error; sets its
 * scores (0 / -1 when not asked). */
static int response_exists(long long id, int *csat, int *nps)
{
	sqlite3_stmt *st = db_stmt(&log_table, ST_EXISTS);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*csat = sqlite3_column_type(st, 0) == SQLITE_NULL ? 0 : sqlite3_column_int(st, 0);
		*nps = sqlite3_column_type(st, 1) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* A tag change. */
struct tag_change {
	struct request *rq;
	long long id;
	const char *tag;
	int add;
};

/* Adds or removes the tag and audits it. */
static int write_tag(void *ctx)
{
	struct tag_change *t = ctx;
	sqlite3_stmt *st = db_stmt(&log_table, t->add ? ST_TAG_ADD : ST_TAG_REMOVE);
	char now[21];
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, t->id);
	sqlite3_bind_text(st, 2, t->tag, -1, SQLITE_STATIC);
	if (t->add) {
		sqlite3_bind_int64(st, 3, t->rq->session->user_id);
		sqlite3_bind_text(st, 4, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	}
	int rc = db_exec_stmt(st);
	if (rc == SQLITE_OK)
		rc = audit_record(t->rq, t->add ? "feedback.tag_add" : "feedback.tag_remove",
		                  "feedback_response", t->id, t->tag);
	return rc;
}

/* Tags are kept in lower case, so "Billing" and "billing" are one theme. */
static const char *normal_tag(struct request *rq, const char *tag)
{
	char *t = arena_strdup(&rq->arena, tag);
	for (char *p = t; p && *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return t;
}

/* POST /customer-feedback/{id}/tags and .../tags/remove. */
static int change_tag(struct request *rq, struct response *rs, int add)
{
	int csat, nps;
	long long id = rq->path_ids[0];
	int found = response_exists(id, &csat, &nps);
	if (found <= 0) {
		if (found == 0)
			respond_error(rq, rs, 404, "There is no feedback response with this number.");
		return found;
	}
	struct tag_change t = { rq, id, normal_tag(rq, request_form(rq)->values[FB_TAG_TAG].text), add };
	if (db_write(write_tag, &t) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/customer-feedback/%lld?done=%s#tags", id,
	                                  add ? "tagged" : "untagged"));
	return 0;
}

int feedback_tag_add_submit(struct request *rq, struct response *rs)
{
	return change_tag(rq, rs, 1);
}

int feedback_tag_remove_submit(struct request *rq, struct response *rs)
{
	return change_tag(rq, rs, 0);
}

/* The tag form was refused: the response page again, status 400. */
int feedback_tag_invalid(struct request *rq, struct response *rs)
{
	return render_response(rq, rs, rq->path_ids[0], request_form(rq), 0);
}

/* The owner chosen for an action (0: none). */
static long long raise_owner(const struct form *f)
{
	return f->values[FB_RAISE_OWNER].present ? f->values[FB_RAISE_OWNER].number : 0;
}

/* See feedback.h. An owner that cannot be confirmed (the look-up failed)
 * is refused like an unknown one, so nothing is written. */
void feedback_raise_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	long long owner = raise_owner(f);
	char today[11];
	if (!f->values[FB_RAISE_OWNER].error && owner > 0 &&
	    db_id_exists(db_stmt(&log_table, ST_OWNER_EXISTS), owner) != 1)
		request_form_error(rq, FB_RAISE_OWNER, "Choose an owner from the list.");
	if (!f->values[FB_RAISE_DUE].error && f->values[FB_RAISE_DUE].present &&
	    strcmp(f->values[FB_RAISE_DUE].text, today_london(today)) < 0)
		request_form_error(rq, FB_RAISE_DUE, "The due date cannot be in the past.");
}

/* POST /customer-feedback/{id}/action (checked by feedback_raise_check):
 * raises an action from the response and comes back to the response,
 * which lists it. */
int feedback_raise_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long id = rq->path_ids[0];
	long long owner = raise_owner(f);
	int csat, nps;
	int found = response_exists(id, &csat, &nps);
	if (found <= 0) {
		if (found == 0)
			respond_error(rq, rs, 404, "There is no feedback response with this number.");
		return found;
	}
	const char *scores = arena_printf(&rq->arena, "Raised from feedback response %lld (%s%s%s).", id,
		csat ? arena_printf(&rq->arena, "CSAT %d of 5", csat) : "no CSAT",
		", ", nps >= 0 ? arena_printf(&rq->arena, "NPS answer %d of 10", nps) : "no NPS answer");
	const char *problem = f->values[FB_RAISE_PROBLEM].present
	                      ? arena_printf(&rq->arena, "%s\n\n%s", f->values[FB_RAISE_PROBLEM].text, scores)
	                      : scores;
	struct action_new a = { f->values[FB_RAISE_KIND].text, "feedback", id,
	                        f->values[FB_RAISE_TITLE].text, problem, owner,
	                        f->values[FB_RAISE_DUE].text };
	long long action_id = 0;
	if (action_raise(rq, &a, &action_id) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/customer-feedback/%lld?done=raised#actions", id));
	return 0;
}

/* The action form was refused: the response page again, status 400. */
int feedback_raise_invalid(struct request *rq, struct response *rs)
{
	return render_response(rq, rs, rq->path_ids[0], request_form(rq), 0);
}

/* Writes the CSV header row. */
static void csv_header(struct buf *b, int with_contact)
{
	static const char *const cols[] = {
		"id", "submitted_at", "day", "form", "form_version", "touchpoint", "csat", "nps",
		"comment", "tags", "tangibles_e", "reliability_e", "responsiveness_e", "assurance_e",
		"empathy_e", "tangibles_p", "reliability_p", "responsiveness_p", "assurance_p", "empathy_p",
	};
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		csv_field(b, cols[i], i == 0);
	if (with_contact) {
		csv_field(b, "contact_name", 0);
		csv_field(b, "contact_email", 0);
		csv_field(b, "contact_phone", 0);
	}
	csv_end_row(b);
}

/* Appends a column that may be NULL (empty) as a number. */
static void csv_optional(struct buf *b, sqlite3_stmt *st, int col, int decimals)
{
	if (sqlite3_column_type(st, col) == SQLITE_NULL)
		csv_field(b, "", 0);
	else
		csv_number(b, sqlite3_column_double(st, col), decimals, 0);
}

/* Fetches and opens a response's contact details for the export. */
static void csv_contact(struct request *rq, struct buf *b, long long id)
{
	sqlite3_stmt *st = db_stmt(&log_table, ST_RESPONSE);
	const char *name = "", *email = "", *phone = "";
	if (st) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 8) != SQLITE_NULL)
			open_contact(rq, id, sqlite3_column_blob(st, 8), sqlite3_column_bytes(st, 8),
			             &name, &email, &phone);
		sqlite3_reset(st);
	}
	csv_field(b, name, 0);
	csv_field(b, email, 0);
	csv_field(b, phone, 0);
}

/* GET /customer-feedback/responses.csv: the filtered responses. Contact
 * details only for managers who ask (&contact=1), audited first. */
int feedback_log_csv(struct request *rq, struct response *rs)
{
	struct log_filter lf;
	const struct form *f = request_form(rq);
	read_filter(f, &lf);
	int with_contact = f->values[FB_LOG_CONTACT].number && may_see_contact(rq);
	struct contact_audit a = { rq, 0, with_contact ? "feedback.export_contact" : "feedback.export",
	                           filter_query(rq, &lf) };
	if (db_write(write_contact_audit, &a) != SQLITE_OK)
		return -1;
	sqlite3_stmt *st = db_stmt(&log_table, ST_LIST);
	if (st == NULL)
		return -1;
	struct buf *b = &rs->body;
	buf_reset(b);
	csv_header(b, with_contact);
	bind_filter(st, &lf);
	sqlite3_bind_int(st, 8, CSV_MAX_ROWS);
	sqlite3_bind_int(st, 9, 0);
	int rc;
	while (db_step_row(st, &rc)) {
		char num[24];
		snprintf(num, sizeof num, "%lld", sqlite3_column_int64(st, 0));
		csv_field(b, num, 1);
		csv_field(b, db_text(st, 1), 0);
		csv_field(b, db_text(st, 21), 0);
		csv_field(b, db_text(st, 2), 0);
		csv_optional(b, st, 3, 0);
		csv_field(b, db_text(st, 4), 0);
		csv_optional(b, st, 5, 0);
		csv_optional(b, st, 6, 0);
		csv_field(b, db_text(st, 7), 0);
		csv_field(b, db_text(st, 9), 0);
		for (int col = 10; col < 20; col++)
			csv_optional(b, st, col, 2);
		if (with_contact && sqlite3_column_int(st, 8)) {
			csv_contact(rq, b, sqlite3_column_int64(st, 0));
		} else if (with_contact) {
			csv_field(b, "", 0);
			csv_field(b, "", 0);
			csv_field(b, "", 0);
		}
		csv_end_row(b);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;          /* the 500 page replaces the rows written so far */
	rs->content_type = "text/csv; charset=utf-8";
	respond_header(rs, "Content-Disposition", "attachment; filename=\"feedback-responses.csv\"");
	return 0;
}
