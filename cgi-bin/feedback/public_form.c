/*
 * public_form.c: the public feedback form (see public_form.h).
 *
 * Linked only into the public program, whose database authorizer lets it
 * read forms and their versions and add responses, nothing else. A
 * checked response becomes a plain record that public_commit.c stores
 * with its rate-limit count (and, by trigger, the daily totals) in a
 * transaction committed with synchronous=FULL; only then is the customer
 * sent to the thank-you page, so a "thank you" is never followed by a
 * lost response.
 */
#include "public_form.h"
#include "public_commit.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/public_guard.h"

#include <sodium.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEFAULT_HOURLY_LIMIT 20    /* responses per address per hour */

enum public_stmt {
	ST_FORM,
	ST_DEFAULT_SLUG,
	ST_NOTICE_VERSION,
	ST_NOTICE_TEXT,
	ST__COUNT
};
static const char *const public_sql[ST__COUNT] = {
	[ST_FORM] = "SELECT f.id, f.slug, f.is_open, v.version, v.title, v.intro, v.touchpoints, "
	            "v.ask_csat, v.ask_nps, v.servqual, v.ask_comment, v.ask_contact "
	            "FROM feedback_forms f JOIN feedback_form_versions v ON v.form_id = f.id "
	            "AND v.version = CASE WHEN ?2 > 0 AND EXISTS (SELECT 1 FROM feedback_form_versions "
	            "WHERE form_id = f.id AND version = ?2) THEN ?2 ELSE f.current_version END "
	            "WHERE f.slug = ?1",
	[ST_DEFAULT_SLUG] = "SELECT slug FROM feedback_forms WHERE is_open = 1 "
	                    "ORDER BY is_default DESC, id LIMIT 1",
	[ST_NOTICE_VERSION] = "SELECT value FROM settings WHERE key = 'feedback_privacy_notice'",
	[ST_NOTICE_TEXT] = "SELECT value FROM settings WHERE key = 'privacy_notice_text'",
};
static sqlite3_stmt *public_cache[ST__COUNT];
static struct sql_table public_table = { public_sql, ST__COUNT, public_cache, NULL };

static const char *const touchpoint_choices[] = { "phone", "email", "in_person", "web", NULL };

#define SQ_E(n, dim) [FB_PF_SQ_E1 + n - 1] = { "sq_e" #n, "Your rating of what you expect (" dim ")", FIELD_INT, 0, 1, 7, NULL }
#define SQ_P(n, dim) [FB_PF_SQ_P1 + n - 1] = { "sq_p" #n, "Your rating of what you got (" dim ")", FIELD_INT, 0, 1, 7, NULL }
#define FE(n) [FB_PF_FE1 + n - 1] = { "fe" #n, "Your rating of statement " #n " (what you expect)", FIELD_INT, 0, 1, 7, NULL }
#define FP(n) [FB_PF_FP1 + n - 1] = { "fp" #n, "Your rating of statement " #n " (your experience)", FIELD_INT, 0, 1, 7, NULL }

const struct field_spec feedback_public_fields[FB_PF__COUNT] = {
	[FB_PF_TOUCHPOINT] = { "touchpoint", "How you contacted us", FIELD_CHOICE, 0, 0, 0, touchpoint_choices },
	[FB_PF_FIXED] = { "fixed", "Fixed touchpoint", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_PF_VERSION] = { "form_version", "Form version", FIELD_INT, 0, 1, 1000000, NULL },
	[FB_PF_CSAT] = { "csat", "Your satisfaction rating", FIELD_INT, 0, 1, 5, NULL },
	[FB_PF_NPS] = { "nps", "How likely you are to recommend us", FIELD_INT, 0, 0, 10, NULL },
	SQ_E(1, "tangibles"), SQ_E(2, "reliability"), SQ_E(3, "responsiveness"),
	SQ_E(4, "assurance"), SQ_E(5, "empathy"),
	SQ_P(1, "tangibles"), SQ_P(2, "reliability"), SQ_P(3, "responsiveness"),
	SQ_P(4, "assurance"), SQ_P(5, "empathy"),
	FE(1), FE(2), FE(3), FE(4), FE(5), FE(6), FE(7), FE(8), FE(9), FE(10), FE(11),
	FE(12), FE(13), FE(14), FE(15), FE(16), FE(17), FE(18), FE(19), FE(20), FE(21), FE(22),
	FP(1), FP(2), FP(3), FP(4), FP(5), FP(6), FP(7), FP(8), FP(9), FP(10), FP(11),
	FP(12), FP(13), FP(14), FP(15), FP(16), FP(17), FP(18), FP(19), FP(20), FP(21), FP(22),
	[FB_PF_COMMENT] = { "comment", "Your comments", FIELD_MULTILINE, 0, 0, FEEDBACK_COMMENT_MAX, NULL },
	[FB_PF_NAME] = { "contact_name", "Your name", FIELD_TEXT, 0, 0, 100, NULL },
	[FB_PF_EMAIL] = { "contact_email", "Your email address", FIELD_EMAIL, 0, 0, 0, NULL },
	[FB_PF_PHONE] = { "contact_phone", "Your phone number", FIELD_TEXT, 0, 0, 30, NULL },
	[FB_PF_CONSENT] = { "consent", "Permission to contact you", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[FB_PF_WEBSITE] = { "website", "Website", FIELD_TEXT, 0, 0, 500, NULL },
	[FB_PF_SUBMISSION] = { "submission", "Submission key", FIELD_TEXT, 0, 0, 64, NULL },
	[FB_PF_FOLLOWUP] = { "followup", "Follow-up key", FIELD_TEXT, 0, 0, 64, NULL },
};

const struct field_spec feedback_public_query_fields[FB_PQ__COUNT] = {
	[FB_PQ_TOUCHPOINT] = { "touchpoint", "Touchpoint", FIELD_CHOICE, 0, 0, 0, touchpoint_choices },
	[FB_PQ_FOLLOWUP] = { "followup", "Follow-up key", FIELD_TEXT, 0, 0, 64, NULL },
};

/* One version of a form, as the customer sees it. */
struct form_def {
	long long id;
	const char *slug;
	int is_open;
	int version;
	const char *title, *intro, *touchpoints, *servqual;
	int ask_csat, ask_nps, ask_comment, ask_contact;
};

/* Loads the form with this slug at the given version (0 or a version it
 * does not have: the current one). Returns 1 found, 0 none, -1 error. */
static int load_form(struct request *rq, const char *slug, long long version,
                     struct form_def *def)
{
	sqlite3_stmt *st = db_stmt(&public_table, ST_FORM);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, version);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		struct arena *a = &rq->arena;
		def->id = sqlite3_column_int64(st, 0);
		def->slug = arena_strdup(a, db_text(st, 1));
		def->is_open = sqlite3_column_int(st, 2);
		def->version = sqlite3_column_int(st, 3);
		def->title = arena_strdup(a, db_text(st, 4));
		def->intro = arena_strdup(a, db_text(st, 5));
		def->touchpoints = arena_strdup(a, db_text(st, 6));
		def->ask_csat = sqlite3_column_int(st, 7);
		def->ask_nps = sqlite3_column_int(st, 8);
		def->servqual = arena_strdup(a, db_text(st, 9));
		def->ask_comment = sqlite3_column_int(st, 10);
		def->ask_contact = sqlite3_column_int(st, 11);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Returns 1 when the comma list holds value. */
static int list_has(const char *list, const char *value)
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

/* The value typed for field i ("" when none or no form). */
static const char *typed(const struct form *f, size_t i)
{
	return f && f->values && f->values[i].text ? f->values[i].text : "";
}

/* Adds one rating question (radio buttons min..max) as an include of
 * feedback/rating.tpl under section (in d). */
static void add_rating(tpl_dict *d, const char *include, const struct form *f, size_t field,
                       const char *legend, const char *hint, int min, int max)
{
	tpl_dict *q = tpl_add_include(d, include, "feedback/rating.tpl");
	if (q == NULL)
		return;
	const char *name = feedback_public_fields[field].name;
	const char *value = typed(f, field);
	const char *error = f && f->values ? f->values[field].error : NULL;
	tpl_set(q, "NAME", name);
	tpl_set(q, "LEGEND", legend);
	tpl_set(q, "HINT", hint);
	if (error) {
		tpl_dict *e = tpl_add_row(q, "INVALID");
		if (e)
			tpl_set(e, "ERROR", error);
	}
	for (int v = min; v <= max; v++) {
		tpl_dict *o = tpl_add_row(q, "OPTION");
		if (o == NULL)
			return;
		char num[8];
		snprintf(num, sizeof num, "%d", v);
		tpl_set(o, "VALUE", num);
		tpl_set(o, "NAME", name);
		tpl_show_if(o, "CHECKED", strcmp(value, num) == 0);
	}
}

/* The SERVQUAL section: the short form's five pairs, or the full form's
 * 22 expectations then 22 perceptions. */
static void add_servqual(struct request *rq, tpl_dict *d, const struct form *f,
                         const struct form_def *def)
{
	static const char scale[] = "1 = strongly disagree, 7 = strongly agree";
	if (strcmp(def->servqual, "short") == 0) {
		tpl_dict *sq = tpl_add_row(d, "SERVQUAL_SHORT");
		for (int dim = 0; sq && dim < SQ_DIMENSIONS; dim++) {
			tpl_dict *group = tpl_add_row(sq, "DIMENSION");
			if (group == NULL)
				return;
			tpl_set(group, "NAME", servqual_dimension_names[dim]);
			tpl_set(group, "HINT", servqual_dimension_hints[dim]);
			add_rating(group, "RATING", f, FB_PF_SQ_E1 + (size_t)dim,
			           arena_printf(&rq->arena, "What you expect: %s", servqual_short_expectation[dim]),
			           scale, 1, 7);
			add_rating(group, "RATING", f, FB_PF_SQ_P1 + (size_t)dim,
			           arena_printf(&rq->arena, "What you got: %s", servqual_short_perception[dim]),
			           scale, 1, 7);
		}
	} else if (strcmp(def->servqual, "full") == 0) {
		tpl_dict *sq = tpl_add_row(d, "SERVQUAL_FULL");
		for (int i = 0; sq && i < SQ_ITEMS; i++)
			add_rating(sq, "EXPECT", f, FB_PF_FE1 + (size_t)i,
			           arena_printf(&rq->arena, "%d. %s", i + 1, servqual_items[i].expectation),
			           scale, 1, 7);
		for (int i = 0; sq && i < SQ_ITEMS; i++)
			add_rating(sq, "PERCEIVE", f, FB_PF_FP1 + (size_t)i,
			           arena_printf(&rq->arena, "%d. %s", i + 1, servqual_items[i].perception),
			           scale, 1, 7);
	}
}

/* The touchpoint: fixed by the link (a hidden field and a sentence) or
 * chosen by the customer from the form's list. */
static void add_touchpoint(tpl_dict *d, const struct form *f, const struct form_def *def,
                           const char *fixed)
{
	if (fixed && list_has(def->touchpoints, fixed)) {
		tpl_dict *t = tpl_add_row(d, "TOUCHPOINT_FIXED");
		if (t) {
			tpl_set(t, "VALUE", fixed);
			tpl_set(t, "LABEL", feedback_touchpoint_label(fixed));
		}
		return;
	}
	tpl_dict *t = tpl_add_row(d, "TOUCHPOINT_CHOICE");
	const char *error = f && f->values ? f->values[FB_PF_TOUCHPOINT].error : NULL;
	if (t == NULL)
		return;
	if (error) {
		tpl_dict *e = tpl_add_row(t, "INVALID");
		if (e)
			tpl_set(e, "ERROR", error);
	}
	for (size_t i = 0; feedback_touchpoints[i]; i++) {
		if (!list_has(def->touchpoints, feedback_touchpoints[i]))
			continue;
		tpl_dict *o = tpl_add_row(t, "OPTION");
		if (o == NULL)
			return;
		tpl_set(o, "VALUE", feedback_touchpoints[i]);
		tpl_set(o, "LABEL", feedback_touchpoint_labels[i]);
		tpl_show_if(o, "CHECKED", strcmp(typed(f, FB_PF_TOUCHPOINT), feedback_touchpoints[i]) == 0);
	}
}

/* The submission key the form carries: the one it was sent with, or a
 * new random one (core/public_guard.c). */
static const char *submission_key(struct request *rq, const struct form *f)
{
	return public_submission_key(&rq->arena, typed(f, FB_PF_SUBMISSION));
}

/* The follow-up key the form carries (a complaint's survey link): from
 * the form sent, else from the query of the link; "" when none or not a
 * key. */
static const char *followup_key(struct request *rq, const struct form *f)
{
	const struct form *q = request_form(rq);
	const char *key = f ? typed(f, FB_PF_FOLLOWUP)
	                    : q && q->specs == feedback_public_query_fields ? typed(q, FB_PQ_FOLLOWUP) : "";
	return public_submission_key_valid(key) ? key : "";
}

static const char *notice_version(struct request *rq);

/* Renders the form (with what was typed and its errors when f is given,
 * and a refusal sentence at the top when refusal is given). */
static int render_form(struct request *rq, struct response *rs, const struct form_def *def,
                       const struct form *f, const char *fixed, const char *refusal)
{
	struct page p;
	if (page_begin(&p, rq, rs, def->title, "feedback/public_form.tpl") != 0)
		return -1;
	tpl_dict *c = p.content;
	tpl_set(c, "SUBMISSION", submission_key(rq, f));
	const char *followup = followup_key(rq, f);
	if (followup[0])
		tpl_set(tpl_add_row(c, "FOLLOWUP"), "KEY", followup);
	tpl_set(c, "FORM_TITLE", def->title);
	tpl_set(c, "INTRO", def->intro);
	tpl_show_if(c, "HAS_INTRO", def->intro[0] != '\0');
	tpl_set(c, "SLUG", def->slug);
	tpl_set_int(c, "VERSION", def->version);
	tpl_set(c, "NOTICE_VERSION", notice_version(rq));
	if (f)
		page_form(&p, f);
	if (refusal) {
		tpl_dict *r = tpl_add_row(c, "REFUSAL");
		if (r)
			tpl_set(r, "MESSAGE", refusal);
	}
	if (!def->is_open) {
		tpl_show(c, "CLOSED");
		return page_finish(&p, rs);
	}
	tpl_show(c, "OPEN");
	add_touchpoint(c, f, def, fixed);
	if (def->ask_csat)
		add_rating(c, "CSAT", f, FB_PF_CSAT,
		           "Overall, how satisfied are you with the service you received?",
		           "1 = very dissatisfied, 5 = very satisfied", 1, 5);
	if (def->ask_nps)
		add_rating(c, "NPS", f, FB_PF_NPS,
		           "How likely are you to recommend us to a friend or colleague?",
		           "0 = not at all likely, 10 = extremely likely", 0, 10);
	add_servqual(rq, c, f, def);
	tpl_show_if(c, "ASK_COMMENT", def->ask_comment);
	tpl_show_if(c, "ASK_CONTACT", def->ask_contact);
	return page_finish(&p, rs);
}

/* Shows the form of slug, or a 404 page when there is none. */
static int show_form(struct request *rq, struct response *rs, const char *slug)
{
	struct form_def def;
	const struct form *q = request_form(rq);
	const char *fixed = q && q->values[FB_PQ_TOUCHPOINT].error == NULL && q->values[FB_PQ_TOUCHPOINT].present
	                    ? q->values[FB_PQ_TOUCHPOINT].text : NULL;
	int found = slug ? load_form(rq, slug, 0, &def) : 0;
	if (found < 0)
		return -1;
	if (found == 0) {
		respond_error(rq, rs, 404, "There is no feedback form at this address. "
		              "Check the link you were given.");
		return 0;
	}
	rs->status = 200;
	return render_form(rq, rs, &def, NULL, fixed, NULL);
}

/* GET /feedback: the organisation's main (default) open form; a database
 * that cannot be read is a failure (503), not "no form" (404). */
int feedback_default_page(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&public_table, ST_DEFAULT_SLUG);
	const char *slug = NULL;
	if (st == NULL)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		slug = arena_strdup(&rq->arena, db_text(st, 0));
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -1;
	if (slug == NULL) {
		respond_error(rq, rs, 404, "We are not collecting feedback online at the moment. "
		              "Thank you for thinking of us.");
		return 0;
	}
	return show_form(rq, rs, slug);
}

/* GET /feedback/{slug}. */
int feedback_form_page(struct request *rq, struct response *rs)
{
	return show_form(rq, rs, rq->path_slug);
}

/* Marks an error on field i of the request's form unless it already has
 * one. */
static void refuse_field(struct request *rq, size_t i, const char *message)
{
	if (request_form(rq)->values[i].error == NULL)
		request_form_error(rq, i, message);
}

/* The touchpoint fixed by the link the customer followed (a ticked
 * "fixed" and an acceptable touchpoint), or NULL when they chose it. */
static const char *fixed_touchpoint(const struct form *f)
{
	return f->values[FB_PF_FIXED].number && f->values[FB_PF_TOUCHPOINT].error == NULL
	       ? f->values[FB_PF_TOUCHPOINT].text : NULL;
}

/* Loads the version of the path's form that the response answers (the
 * form_version field, else the current one). Returns 1 found, 0 none,
 * -1 error. */
static int load_answered_form(struct request *rq, struct form_def *def)
{
	return load_form(rq, rq->path_slug, request_form(rq)->values[FB_PF_VERSION].number, def);
}

/* Checks the answers against what this version of the form asks: the
 * required questions, SERVQUAL all or nothing, contact only with consent. */
static void check_answers(struct request *rq, const struct form_def *def, int fixed_ok)
{
	const struct field_value *v = request_form(rq)->values;
	if (!v[FB_PF_TOUCHPOINT].present && !fixed_ok)
		refuse_field(rq, FB_PF_TOUCHPOINT, "Choose how you contacted us.");
	else if (v[FB_PF_TOUCHPOINT].present && !list_has(def->touchpoints, v[FB_PF_TOUCHPOINT].text))
		refuse_field(rq, FB_PF_TOUCHPOINT, "Choose one of the ways of contacting us listed.");
	if (def->ask_csat && !v[FB_PF_CSAT].present)
		refuse_field(rq, FB_PF_CSAT, "Choose a satisfaction rating from 1 to 5.");
	if (def->ask_nps && !v[FB_PF_NPS].present)
		refuse_field(rq, FB_PF_NPS, "Choose how likely you are to recommend us, from 0 to 10.");
	size_t first = 0, count = 0;
	if (strcmp(def->servqual, "short") == 0)
		first = FB_PF_SQ_E1, count = 2 * SQ_DIMENSIONS;
	else if (strcmp(def->servqual, "full") == 0)
		first = FB_PF_FE1, count = 2 * SQ_ITEMS;
	size_t answered = 0;
	for (size_t i = first; i < first + count; i++)
		answered += v[i].present;
	if (answered > 0 && answered < count)
		for (size_t i = first; i < first + count; i++)
			if (!v[i].present)
				refuse_field(rq, i, "Rate this statement too, or leave the whole section "
				             "about the quality of our service blank.");
	int contact = v[FB_PF_NAME].present || v[FB_PF_EMAIL].present || v[FB_PF_PHONE].present;
	if (contact && !def->ask_contact)
		refuse_field(rq, FB_PF_NAME, "This form does not take contact details.");
	else if (contact && !v[FB_PF_CONSENT].number)
		refuse_field(rq, FB_PF_CONSENT, "Tick the box to let us contact you, or clear your "
		             "contact details to stay anonymous.");
	else if (v[FB_PF_CONSENT].number && !v[FB_PF_EMAIL].present && !v[FB_PF_PHONE].present)
		refuse_field(rq, FB_PF_EMAIL, "Give an email address or a phone number so we can "
		             "contact you, or untick the box.");
}

/* See public_form.h: the answers against the version of the form they
 * answer, unless the form is gone or closed or the hidden box was filled
 * in (the handlers answer those). */
void feedback_submit_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	struct form_def def;
	if (load_answered_form(rq, &def) != 1 || !def.is_open || f->values[FB_PF_WEBSITE].present)
		return;
	const char *fixed = fixed_touchpoint(f);
	check_answers(rq, &def, fixed != NULL && fixed[0] != '\0');
}

/* The hourly limit per address (FRONTLINE_FEEDBACK_LIMIT, default 20). */
static int hourly_limit(void)
{
	return public_hourly_limit("FRONTLINE_FEEDBACK_LIMIT", DEFAULT_HOURLY_LIMIT);
}

/* Reads the privacy notice version the consent is given against. */
static const char *notice_version(struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&public_table, ST_NOTICE_VERSION);
	const char *v = "unknown";
	if (st && sqlite3_step(st) == SQLITE_ROW)
		v = arena_strdup(&rq->arena, db_text(st, 0));
	if (st)
		sqlite3_reset(st);
	return v;
}

/* Fills the SERVQUAL means of the record from the short or full answers
 * (leaves has_servqual 0 when the section was left blank). */
static void record_servqual(struct pending_response *p, const struct form *f,
                            const struct form_def *def)
{
	const struct field_value *v = f->values;
	if (strcmp(def->servqual, "short") == 0 && v[FB_PF_SQ_E1].present) {
		for (int d = 0; d < SQ_DIMENSIONS; d++) {
			p->e[d] = (double)v[FB_PF_SQ_E1 + d].number;
			p->p[d] = (double)v[FB_PF_SQ_P1 + d].number;
		}
		p->has_servqual = 1;
	} else if (strcmp(def->servqual, "full") == 0 && v[FB_PF_FE1].present) {
		int ea[SQ_ITEMS], pa[SQ_ITEMS];
		for (int i = 0; i < SQ_ITEMS; i++) {
			ea[i] = (int)v[FB_PF_FE1 + i].number;
			pa[i] = (int)v[FB_PF_FP1 + i].number;
			p->full_e[i] = (unsigned char)ea[i];
			p->full_p[i] = (unsigned char)pa[i];
		}
		p->has_servqual = p->has_full = servqual_full_means(ea, pa, p->e, p->p) == 0;
	}
}

/* Turns a checked form into the record to store; returns it (arena), or
 * NULL when out of memory or the address cannot be hashed. */
static struct pending_response *make_record(struct request *rq, const struct form *f,
                                            const struct form_def *def)
{
	const struct field_value *v = f->values;
	struct pending_response *p = arena_zalloc(&rq->arena, sizeof *p);
	if (p == NULL || public_address_hash(rq, p->addr_hash) != 0)
		return NULL;
	p->form_id = def->id;
	p->version = def->version;
	snprintf(p->touchpoint, sizeof p->touchpoint, "%s", v[FB_PF_TOUCHPOINT].text);
	p->csat = def->ask_csat ? (int)v[FB_PF_CSAT].number : 0;
	p->nps = def->ask_nps ? (int)v[FB_PF_NPS].number : -1;
	snprintf(p->comment, sizeof p->comment, "%s", def->ask_comment ? v[FB_PF_COMMENT].text : "");
	record_servqual(p, f, def);
	if (v[FB_PF_CONSENT].number) {
		p->has_contact = 1;
		snprintf(p->contact, sizeof p->contact, "%s\n%s\n%s", v[FB_PF_NAME].text, v[FB_PF_EMAIL].text,
		         v[FB_PF_PHONE].text);
		snprintf(p->notice, sizeof p->notice, "%s", notice_version(rq));
	}
	snprintf(p->key, sizeof p->key, "%s", v[FB_PF_SUBMISSION].text);
	snprintf(p->followup, sizeof p->followup, "%s", followup_key(rq, f));
	p->hourly_limit = hourly_limit();
	return p;
}

/* Loads the form a response answers, answering 404 when there is none.
 * Returns 1 when loaded, 0 when answered, -1 on error. */
static int load_path_form(struct request *rq, struct response *rs, struct form_def *def)
{
	int found = load_answered_form(rq, def);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no feedback form at this address.");
	return found;
}

/* See public_form.h: the form again with what was typed, its errors,
 * and why the hidden box refused it when it was filled in. */
int feedback_submit_invalid(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct form_def def;
	int found = load_path_form(rq, rs, &def);
	if (found <= 0)
		return found;
	const char *refusal = NULL;
	if (def.is_open && f->values[FB_PF_WEBSITE].present)
		refusal = public_honeypot_refusal(&rq->arena, "feedback");
	else if (def.is_open && !public_submission_key_valid(typed(f, FB_PF_SUBMISSION)))
		refusal = "Your feedback was not sent because the form was incomplete (it had no "
		          "submission number). Everything you typed is still here: please press Send again.";
	return render_form(rq, rs, &def, f, fixed_touchpoint(f), refusal);
}

/* POST /feedback/{slug} (answers checked by feedback_submit_check): a
 * closed form, a filled-in hidden box or a missing submission key is
 * refused; otherwise writes in one transaction, then 303 to the thank-you
 * page (also when the submission key was stored already: the customer
 * sent the same form twice). Every refusal shows the form again with what
 * was typed and says why. */
int feedback_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct form_def def;
	int found = load_path_form(rq, rs, &def);
	if (found <= 0)
		return found;
	if (!def.is_open || f->values[FB_PF_WEBSITE].present ||
	    !public_submission_key_valid(typed(f, FB_PF_SUBMISSION)))
		return form_again(rq, rs, feedback_submit_invalid);
	const char *fixed = fixed_touchpoint(f);
	struct pending_response *record = make_record(rq, f, &def);
	struct pending_result result;
	if (record == NULL)
		return -1;
	feedback_store(record, &result);
	sodium_memzero(record->contact, sizeof record->contact);
	if (result.rc != SQLITE_OK) {
		rs->status = 503;
		return render_form(rq, rs, &def, f, fixed,
			"We could not save your feedback just now, so nothing was sent. Everything you "
			"typed is still here: please press Send again in a minute.");
	}
	if (result.rate_limited) {
		rs->status = 429;
		return render_form(rq, rs, &def, f, fixed,
			"We have received a lot of feedback from your connection in the last hour, so "
			"this one was not sent. Everything you typed is still here: please try again later.");
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/feedback/%s/thanks", def.slug));
	return 0;
}

/* GET /feedback/{slug}/thanks. */
int feedback_thanks_page(struct request *rq, struct response *rs)
{
	struct form_def def;
	struct page p;
	int found = load_form(rq, rq->path_slug, 0, &def);
	if (found < 0)
		return -1;
	if (found == 0) {
		respond_error(rq, rs, 404, "There is no feedback form at this address.");
		return 0;
	}
	if (page_begin(&p, rq, rs, "Thank you for your feedback", "feedback/thanks.tpl") != 0)
		return -1;
	tpl_set(p.content, "SLUG", def.slug);
	tpl_set(p.content, "FORM_TITLE", def.title);
	return page_finish(&p, rs);
}

/* Adds the notice text an admin published (/admin/privacy/notice keeps
 * it in settings), one PARAGRAPH row per blank-line-separated paragraph
 * in section PUBLISHED; or shows BUILT_IN, the wording of the template,
 * when none was. Returns 0 or -1. */
static int add_notice_text(tpl_dict *c, struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&public_table, ST_NOTICE_TEXT);
	char *text = NULL;
	if (st == NULL)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW && db_text(st, 0)[0])
		text = arena_strdup(&rq->arena, db_text(st, 0));
	sqlite3_reset(st);
	if (text == NULL)
		return tpl_show(c, "BUILT_IN");
	tpl_dict *published = tpl_add_row(c, "PUBLISHED");
	for (char *p = text; published && p && *p;) {
		char *end = strstr(p, "\n\n");
		if (end)
			*end = '\0';
		while (*p == '\n' || *p == '\r')
			p++;
		if (*p)
			tpl_set(tpl_add_row(published, "PARAGRAPH"), "TEXT", p);
		p = end ? end + 2 : NULL;
	}
	return published ? 0 : -1;
}

/* GET /feedback/privacy: what happens to what customers tell us. */
int feedback_privacy_page(struct request *rq, struct response *rs)
{
	struct page p;
	if (page_begin(&p, rq, rs, "How we use your feedback", "feedback/privacy.tpl") != 0)
		return -1;
	tpl_set(p.content, "NOTICE_VERSION", notice_version(rq));
	if (add_notice_text(p.content, rq) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}
