/*
 * test_feedback.c: CSAT, NPS and SERVQUAL against hand-worked examples
 * (feedback/calc.c), and feedback_scores() for KPIs against a database
 * in memory (feedback/analysis.c).
 */
#include "check.h"
#include "feedback/feedback.h"
#include "feedback/calc.h"
#include "core/db.h"

#include <math.h>
#include <sodium.h>

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

/* Adds responses with these CSAT and NPS answers (0 / -1: not asked). */
static void add_all(struct feedback_totals *t, const int *csat, const int *nps, int n)
{
	for (int i = 0; i < n; i++)
		feedback_totals_add(t, csat[i], nps[i], NULL, NULL);
}

/* Nothing to compute from: every figure says "no data". */
static void test_empty(void)
{
	struct feedback_totals t = {0};
	double v = 123;
	CHECK_EQ_INT(feedback_csat_percent(&t, &v), 0);
	CHECK_EQ_INT(feedback_nps(&t, &v), 0);
	CHECK_EQ_INT(feedback_gap(&t, 0, &v), 0);
	CHECK_EQ_INT(feedback_gap(&t, SQ_OVERALL, &v), 0);
	CHECK_EQ_INT(feedback_widest_negative_gap(&t), -1);
	CHECK(v == 123);
	/* responses that skipped CSAT and NPS count as responses only */
	feedback_totals_add(&t, 0, -1, NULL, NULL);
	CHECK_EQ_INT(t.responses, 1);
	CHECK_EQ_INT(feedback_csat_percent(&t, &v), 0);
	CHECK_EQ_INT(feedback_nps(&t, &v), 0);
}

/* One response: CSAT 4 is satisfied (100%), NPS answer 9 is a promoter. */
static void test_single(void)
{
	struct feedback_totals t = {0};
	double v;
	feedback_totals_add(&t, 4, 9, NULL, NULL);
	CHECK(feedback_csat_percent(&t, &v) && NEAR(v, 100));
	CHECK(feedback_nps(&t, &v) && NEAR(v, 100));
	struct feedback_totals u = {0};
	feedback_totals_add(&u, 3, 8, NULL, NULL);     /* neutral, passive */
	CHECK(feedback_csat_percent(&u, &v) && NEAR(v, 0));
	CHECK(feedback_nps(&u, &v) && NEAR(v, 0));
	long long p, pa, d;
	feedback_nps_bands(&u, &p, &pa, &d);
	CHECK(p == 0 && pa == 1 && d == 0);
}

/* All promoters: NPS 100 whatever the mix of 9s and 10s. */
static void test_all_promoters(void)
{
	const int csat[] = { 5, 5, 4, 5, 4 }, nps[] = { 9, 10, 9, 10, 10 };
	struct feedback_totals t = {0};
	double v;
	long long p, pa, d;
	add_all(&t, csat, nps, 5);
	CHECK(feedback_nps(&t, &v) && NEAR(v, 100));
	feedback_nps_bands(&t, &p, &pa, &d);
	CHECK(p == 5 && pa == 0 && d == 0);
	CHECK(feedback_csat_percent(&t, &v) && NEAR(v, 100));
}

/* Ten responses worked by hand:
 *   CSAT 5 4 3 2 1 4 5 5 3 4: six 4s and 5s of ten = 60%.
 *   NPS  10 9 8 7 6 0 9 5 10 3: promoters 10 9 9 10 (4), detractors
 *   6 0 5 3 (4), passives 8 7 (2): 40% - 40% = 0. */
static void test_mixed(void)
{
	const int csat[] = { 5, 4, 3, 2, 1, 4, 5, 5, 3, 4 };
	const int nps[] = { 10, 9, 8, 7, 6, 0, 9, 5, 10, 3 };
	struct feedback_totals t = {0};
	double v;
	long long p, pa, d;
	add_all(&t, csat, nps, 10);
	CHECK(feedback_csat_percent(&t, &v) && NEAR(v, 60));
	CHECK(feedback_nps(&t, &v) && NEAR(v, 0));
	feedback_nps_bands(&t, &p, &pa, &d);
	CHECK(p == 4 && pa == 2 && d == 4);
	/* 9 9 9 7 2: 3 promoters, 1 detractor of 5 = 60% - 20% = 40 */
	const int c2[] = { 0, 0, 0, 0, 0 }, n2[] = { 9, 9, 9, 7, 2 };
	struct feedback_totals u = {0};
	add_all(&u, c2, n2, 5);
	CHECK(feedback_nps(&u, &v) && NEAR(v, 40));
	/* only detractors: -100 */
	const int n3[] = { 0, 6, 3 };
	struct feedback_totals w = {0};
	add_all(&w, c2, n3, 3);
	CHECK(feedback_nps(&w, &v) && NEAR(v, -100));
	/* merging two sets adds them up */
	feedback_totals_merge(&u, &w);
	CHECK(feedback_nps(&u, &v) && NEAR(v, 100.0 * (3 - 4) / 8));
}

/* Two short-form responses worked by hand:
 *   E1 = 6 7 6 5 6, P1 = 5 6 3 5 6; E2 = 7 7 7 6 6, P2 = 6 5 4 6 5.
 *   Mean E = 6.5 7 6.5 5.5 6; mean P = 5.5 5.5 3.5 5.5 5.5.
 *   Gaps = -1 -1.5 -3 0 -0.5; overall = -6 / 5 = -1.2; the widest
 *   negative gap is responsiveness (index 2). */
static void test_servqual_gaps(void)
{
	const double e1[] = { 6, 7, 6, 5, 6 }, p1[] = { 5, 6, 3, 5, 6 };
	const double e2[] = { 7, 7, 7, 6, 6 }, p2[] = { 6, 5, 4, 6, 5 };
	const double want[] = { -1, -1.5, -3, 0, -0.5 };
	struct feedback_totals t = {0};
	double v;
	feedback_totals_add(&t, 0, -1, e1, p1);
	feedback_totals_add(&t, 0, -1, e2, p2);
	CHECK_EQ_INT(t.sq_n, 2);
	for (int d = 0; d < SQ_DIMENSIONS; d++)
		CHECK(feedback_gap(&t, d, &v) && NEAR(v, want[d]));
	CHECK(feedback_mean_expectation(&t, 2, &v) && NEAR(v, 6.5));
	CHECK(feedback_mean_perception(&t, 2, &v) && NEAR(v, 3.5));
	CHECK(feedback_gap(&t, SQ_OVERALL, &v) && NEAR(v, -1.2));
	CHECK_EQ_INT(feedback_widest_negative_gap(&t), 2);
	/* a response that met every expectation: no negative gap to name */
	struct feedback_totals u = {0};
	feedback_totals_add(&u, 0, -1, e1, e1);
	CHECK_EQ_INT(feedback_widest_negative_gap(&u), -1);
	CHECK(feedback_gap(&u, SQ_OVERALL, &v) && NEAR(v, 0));
	/* out-of-range dimensions are refused */
	CHECK_EQ_INT(feedback_gap(&t, 6, &v), 0);
	CHECK_EQ_INT(feedback_gap(&t, -1, &v), 0);
}

/* The full 22: every answer 4 except statement 11 (negatively worded,
 * responsiveness): expectation answered 2 (scores 6), perception answered
 * 6 (scores 2). Responsiveness (statements 10-13): E = (4+6+4+4)/4 = 4.5,
 * P = (4+2+4+4)/4 = 3.5; every other dimension 4 and 4. */
static void test_servqual_full_reversed(void)
{
	int e[SQ_ITEMS], p[SQ_ITEMS];
	double em[SQ_DIMENSIONS], pm[SQ_DIMENSIONS];
	for (int i = 0; i < SQ_ITEMS; i++)
		e[i] = p[i] = 4;
	e[10] = 2;
	p[10] = 6;
	CHECK(servqual_items[10].reversed);
	CHECK_EQ_INT(servqual_items[10].dimension, 2);
	CHECK_EQ_INT(servqual_full_means(e, p, em, pm), 0);
	CHECK(NEAR(em[2], 4.5) && NEAR(pm[2], 3.5));
	for (int d = 0; d < SQ_DIMENSIONS; d++)
		if (d != 2)
			CHECK(NEAR(em[d], 4) && NEAR(pm[d], 4));
	/* the dimensions hold 4, 5, 4, 4 and 5 statements */
	int count[SQ_DIMENSIONS] = {0};
	for (int i = 0; i < SQ_ITEMS; i++)
		count[servqual_items[i].dimension]++;
	CHECK(count[0] == 4 && count[1] == 5 && count[2] == 4 && count[3] == 4 && count[4] == 5);
	/* item scores: reversed items turn round, others do not; out of range is 0 */
	CHECK_EQ_INT(servqual_item_score(10, 7), 1);
	CHECK_EQ_INT(servqual_item_score(0, 7), 7);
	CHECK_EQ_INT(servqual_item_score(0, 8), 0);
	CHECK_EQ_INT(servqual_item_score(22, 3), 0);
	/* an answer out of range refuses the whole set and leaves the outputs */
	em[0] = -9;
	e[3] = 0;
	CHECK_EQ_INT(servqual_full_means(e, p, em, pm), -1);
	CHECK(em[0] == -9);
}

/* Rounding for display never shows "-0.0". */
static void test_round(void)
{
	CHECK(NEAR(feedback_round1(-0.04), 0) && !signbit(feedback_round1(-0.04)));
	CHECK(NEAR(feedback_round1(66.66), 66.7));
	CHECK(NEAR(feedback_round1(-1.25), -1.3));
	CHECK_STR_EQ(feedback_touchpoint_label("in_person"), "In person");
	CHECK_STR_EQ(feedback_touchpoint_label("fax"), "fax");
}

/* feedback_scores over a database in memory: three responses on two
 * days of one form and one on another form; the day range is inclusive
 * and counts every form. */
static void test_scores(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return;
	db_set(db);
	CHECK(db_migrate(db) > 0);
	CHECK_EQ_INT(db_exec(db,
		"INSERT INTO feedback_forms (id, slug, created_at, updated_at) VALUES (1, 'a', 'x', 'x'), (2, 'b', 'x', 'x');"
		"INSERT INTO feedback_form_versions (form_id, version, title, touchpoints, created_at) "
		"VALUES (1, 1, 'A', 'web', 'x'), (2, 1, 'B', 'web', 'x');"
		"INSERT INTO feedback_responses (form_id, form_version, submitted_at, day, touchpoint, csat, nps) VALUES "
		"(1, 1, '2026-06-30T23:30:00Z', '2026-07-01', 'web', 5, 10),"
		"(1, 1, '2026-07-01T10:00:00Z', '2026-07-01', 'phone', 2, 3),"
		"(1, 1, '2026-07-02T10:00:00Z', '2026-07-02', 'web', 4, 8),"
		"(2, 1, '2026-07-02T11:00:00Z', '2026-07-02', 'email', 4, NULL),"
		"(1, 1, '2026-07-03T11:00:00Z', '2026-07-03', 'web', 1, 0);"), SQLITE_OK);
	double csat = 0, nps = 0;
	long long n = 0;
	/* 1-2 July: CSAT 5 2 4 4 = 3 of 4 = 75%; NPS 10 3 8 = (1 - 1) / 3 = 0 */
	CHECK_EQ_INT(feedback_scores("2026-07-01", "2026-07-02", &csat, &nps, &n), 0);
	CHECK(NEAR(csat, 75) && NEAR(nps, 0) && n == 4);
	/* 1 July only (the 23:30 UTC answer is a London 1 July one) */
	CHECK_EQ_INT(feedback_scores("2026-07-01", "2026-07-01", &csat, &nps, &n), 0);
	CHECK(NEAR(csat, 50) && NEAR(nps, 0) && n == 2);
	/* a day with nothing: no data is NaN, not 0 */
	CHECK_EQ_INT(feedback_scores("2026-08-01", "2026-08-31", &csat, &nps, &n), 0);
	CHECK(isnan(csat) && isnan(nps) && n == 0);
	CHECK_EQ_INT(feedback_scores("2026-07-01", "not a date", &csat, &nps, &n), -1);
	db_close();
}

int main(void)
{
	if (sodium_init() < 0)
		return 1;
	test_empty();
	test_single();
	test_all_promoters();
	test_mixed();
	test_servqual_gaps();
	test_servqual_full_reversed();
	test_round();
	test_scores();
	return check_summary("feedback");
}
