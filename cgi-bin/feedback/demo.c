/*
 * demo.c: demo customer feedback (see feedback.h).
 *
 * The main form ("How did we do?", short SERVQUAL) gets about 420
 * responses and the branch form (the full 22 statements) about 120,
 * spread over the last 182 days. The story a manager should find: CSAT
 * and NPS improve month by month; responsiveness is the weak dimension
 * (customers expect prompt help and do not get it); phone is the
 * touchpoint with the lowest CSAT. Every 40th customer left consented
 * contact details (sealed like real ones). The numbers come from a fixed
 * pseudo-random sequence, so every demo database is the same.
 */
#include "feedback.h"
#include "calc.h"
#include "core/caltime.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/util.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define DAYS 182

/* A small deterministic generator (xorshift32). */
static unsigned demo_state = 2463534242u;

/* The next pseudo-random number in [0, 1). */
static double next_random(void)
{
	demo_state ^= demo_state << 13;
	demo_state ^= demo_state >> 17;
	demo_state ^= demo_state << 5;
	return (double)(demo_state % 1000000u) / 1000000.0;
}

/* An integer in [lo, hi]. */
static int between(int lo, int hi)
{
	return lo + (int)(next_random() * (hi - lo + 1));
}

/* Clamps a rating to 1..7. */
static int clamp7(int v)
{
	return v < 1 ? 1 : v > 7 ? 7 : v;
}

static const char demo_forms_sql[] =
	"INSERT INTO feedback_forms (id, slug, is_open, is_default, current_version, created_at, updated_at) "
	"VALUES (1, 'how-did-we-do', 1, 1, 1, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z'),"
	"       (2, 'branch-visit', 1, 0, 1, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z');"
	"INSERT INTO feedback_form_versions (form_id, version, title, intro, touchpoints, ask_csat, ask_nps, "
	"servqual, ask_comment, ask_contact, created_at, created_by) VALUES "
	"(1, 1, 'How did we do?', 'Tell us about your last contact with Riverside Energy. It helps us put things right and do more of what works.', "
	" 'phone,email,in_person,web', 1, 1, 'short', 1, 1, '2026-01-05T09:00:00Z', (SELECT id FROM users WHERE username = 'manager')),"
	"(2, 1, 'Your visit to our Leeds branch', 'Thank you for visiting us. These statements take about five minutes.', "
	" 'in_person,phone', 1, 1, 'full', 1, 1, '2026-01-05T09:00:00Z', (SELECT id FROM users WHERE username = 'manager'));";

static const char *const good_comments[] = {
	"Sorted my bill out in one call, thank you.",
	"Friendly adviser who explained everything clearly.",
	"Quick reply to my email and the meter reading was fixed.",
	"Very helpful staff at the branch.",
	"The new online account page is much easier to use.",
};
static const char *const bad_comments[] = {
	"I waited 40 minutes on hold before anyone answered.",
	"Promised a call back that never came.",
	"Had to explain my problem three times to different people.",
	"Nobody replied to my email for over a week.",
	"The adviser was polite but could not fix anything.",
	"Too long on hold again. Please get more staff on the phones.",
};
static const char *const demo_names[] = {
	"Sam Taylor", "Aisha Khan", "Tom Reilly", "Grace Osei", "Lewis Grant", "Maria Silva",
	"Owen Price", "Hannah Lee", "Kofi Mensah", "Ruth Walsh", "Ian Brooks", "Zara Ahmed", "Joe Fisher",
	"Nina Novak",
};

/* One generated response. */
struct demo_response {
	long long id;
	int form;
	char submitted[21], day[11];
	const char *touchpoint;
	int csat, nps;
	const char *comment;
	double e[SQ_DIMENSIONS], p[SQ_DIMENSIONS];
	int has_sq;
	int full[2][SQ_ITEMS];     /* the full form's raw answers */
	int contact;
};

/* How far the perception of each dimension falls below expectation, at
 * progress x (0 six months ago, 1 today): responsiveness is the weak one
 * and improves a little; reliability improves. */
static int perceived(int dim, int expected, double x, int unhappy)
{
	static const double base_gap[SQ_DIMENSIONS] = { -0.3, -1.0, -2.2, -0.2, -0.7 };
	static const double improves[SQ_DIMENSIONS] = { 0.1, 0.6, 0.7, 0.1, 0.3 };
	double gap = base_gap[dim] + improves[dim] * x - (unhappy ? 0.8 : 0) + (next_random() - 0.5) * 1.6;
	return clamp7(expected + (int)(gap + (gap < 0 ? -0.5 : 0.5)));
}

/* Fills r for response number i of count on form, at progress x. */
static void generate(struct demo_response *r, int form, double x, time_t when)
{
	static const char *const web_tp[] = { "phone", "phone", "phone", "email", "email", "in_person", "web", "web" };
	static const char *const branch_tp[] = { "in_person", "in_person", "in_person", "phone" };
	memset(r->full, 0, sizeof r->full);
	r->form = form;
	iso_utc(when, r->submitted);
	london_date(when, r->day);
	r->touchpoint = form == 1 ? web_tp[between(0, 7)] : branch_tp[between(0, 3)];
	double p_satisfied = 0.50 + 0.32 * x - (strcmp(r->touchpoint, "phone") == 0 ? 0.15 : 0);
	int happy = next_random() < p_satisfied;
	r->csat = happy ? between(4, 5) : between(1, 3);
	r->nps = happy ? (next_random() < 0.6 + 0.2 * x ? between(9, 10) : between(7, 8)) : between(0, 7);
	r->comment = next_random() < 0.4 ? (happy ? good_comments[between(0, 4)] : bad_comments[between(0, 5)]) : "";
	r->has_sq = next_random() < 0.75;
	for (int d = 0; r->has_sq && d < SQ_DIMENSIONS; d++) {
		int e = clamp7(between(5, 7));
		r->e[d] = e;
		r->p[d] = perceived(d, e, x, !happy);
	}
	if (form == 2 && r->has_sq) {
		for (int i = 0; i < SQ_ITEMS; i++) {
			int dim = servqual_items[i].dimension;
			int e = clamp7((int)r->e[dim] + between(-1, 0));
			int p = perceived(dim, e, x, !happy);
			/* a negatively worded statement is answered the other way round */
			r->full[0][i] = servqual_items[i].reversed ? 8 - e : e;
			r->full[1][i] = servqual_items[i].reversed ? 8 - p : p;
		}
		servqual_full_means(r->full[0], r->full[1], r->e, r->p);
	}
}

/* Seals and binds a demo customer's contact details. */
static int bind_demo_contact(sqlite3_stmt *st, const struct demo_response *r, int n)
{
	const char *name = demo_names[n % (sizeof demo_names / sizeof demo_names[0])];
	char plain[200], email[80];
	snprintf(email, sizeof email, "%.*s@example.net", (int)strcspn(name, " "), name);
	for (char *p = email; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	snprintf(plain, sizeof plain, "%s\n%s\n07700 900%03d", name, email, n % 1000);
	struct buf sealed = {0};
	if (secret_seal(plain, strlen(plain), "feedback_responses", "contact", r->id, &sealed) != 0)
		return SQLITE_ERROR;
	sqlite3_bind_blob(st, 19, sealed.data, (int)sealed.len, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 20, r->submitted, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 21, "2026-11", -1, SQLITE_STATIC);
	buf_free(&sealed);
	return SQLITE_OK;
}

/* Inserts one response (and its raw answers for the full form). */
static int insert_response(sqlite3_stmt *st, sqlite3_stmt *answer, const struct demo_response *r,
                           int contact_number)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	sqlite3_bind_int64(st, 1, r->id);
	sqlite3_bind_int(st, 2, r->form);
	sqlite3_bind_text(st, 3, r->submitted, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, r->day, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, r->touchpoint, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, r->csat);
	sqlite3_bind_int(st, 7, r->nps);
	sqlite3_bind_text(st, 8, r->comment, -1, SQLITE_STATIC);
	for (int d = 0; r->has_sq && d < SQ_DIMENSIONS; d++) {
		sqlite3_bind_double(st, 9 + d, r->e[d]);
		sqlite3_bind_double(st, 14 + d, r->p[d]);
	}
	if (r->contact && bind_demo_contact(st, r, contact_number) != SQLITE_OK)
		return SQLITE_ERROR;
	if (sqlite3_step(st) != SQLITE_DONE)
		return sqlite3_errcode(db_get());
	for (int i = 0; r->form == 2 && r->has_sq && i < SQ_ITEMS; i++) {
		sqlite3_reset(answer);
		sqlite3_bind_int64(answer, 1, r->id);
		sqlite3_bind_int(answer, 2, i + 1);
		sqlite3_bind_int(answer, 3, r->full[0][i]);
		sqlite3_bind_int(answer, 4, r->full[1][i]);
		if (sqlite3_step(answer) != SQLITE_DONE)
			return sqlite3_errcode(db_get());
	}
	return SQLITE_OK;
}

/* See feedback.h. */
int feedback_demo_write(void)
{
	sqlite3_stmt *st = NULL, *answer = NULL, *tag = NULL;
	int rc = db_exec(db_get(), demo_forms_sql);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db_get(),
			"INSERT INTO feedback_responses (id, form_id, form_version, submitted_at, day, touchpoint, "
			"csat, nps, comment, sq_e1, sq_e2, sq_e3, sq_e4, sq_e5, sq_p1, sq_p2, sq_p3, sq_p4, sq_p5, "
			"contact, consent_at, consent_notice) VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
			"?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)", -1, &st, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db_get(), "INSERT INTO feedback_servqual_answers "
			"(response_id, item, expectation, perception) VALUES (?, ?, ?, ?)", -1, &answer, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db_get(), "INSERT INTO feedback_tags (response_id, tag, added_by, added_at) "
			"VALUES (?1, ?2, (SELECT id FROM users WHERE username = 'staff1'), ?3)", -1, &tag, NULL);
	time_t now = now_utc(), start = now - (time_t)DAYS * 86400;
	const int total = 540;
	struct demo_response r;
	for (int i = 0; rc == SQLITE_OK && i < total; i++) {
		double x = (double)i / (double)total;
		time_t when = start + (time_t)(x * DAYS * 86400.0) + (time_t)between(0, 7200);
		if (when > now - 60)
			when = now - 60;
		generate(&r, i % 9 < 7 ? 1 : 2, x, when);
		r.id = i + 1;
		r.contact = i % 40 == 17;
		rc = insert_response(st, answer, &r, i / 40);
		if (rc == SQLITE_OK && r.comment[0] && strstr(r.comment, "hold")) {
			sqlite3_reset(tag);
			sqlite3_bind_int64(tag, 1, r.id);
			sqlite3_bind_text(tag, 2, "waiting time", -1, SQLITE_STATIC);
			sqlite3_bind_text(tag, 3, r.submitted, -1, SQLITE_TRANSIENT);
			rc = sqlite3_step(tag) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_get());
		}
	}
	sqlite3_finalize(st);
	sqlite3_finalize(answer);
	sqlite3_finalize(tag);
	return rc;
}
