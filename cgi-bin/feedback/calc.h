/*
 * calc.h: the figures of customer feedback, in plain C with no
 * database: CSAT, NPS and the SERVQUAL expectation-perception gap, plus
 * the fixed wording both programs share (touchpoints, the 22 SERVQUAL
 * items and the five dimensions).
 *
 * CSAT  = answers of 4 or 5 as a percentage of all CSAT answers (1 to 5).
 * NPS   = % promoters (9-10) minus % detractors (0-6), -100 to 100.
 * Gap   = mean perception minus mean expectation (1-7 scale) per
 *         dimension; overall = the mean of the five dimension gaps.
 *         Negative: the service falls short of what customers expect.
 */
#ifndef FRONTLINE_FEEDBACK_CALC_H
#define FRONTLINE_FEEDBACK_CALC_H

#define SQ_DIMENSIONS 5
#define SQ_ITEMS 22
#define SQ_SCALE_MAX 7
#define SQ_OVERALL SQ_DIMENSIONS   /* index of the overall gap */

/* Touchpoints (stored values and labels), NULL-terminated. */
extern const char *const feedback_touchpoints[];
extern const char *const feedback_touchpoint_labels[];
/* Returns the label of a stored touchpoint, or the value itself. */
const char *feedback_touchpoint_label(const char *value);

/* The five dimensions: names ("Reliability") and what each means. */
extern const char *const servqual_dimension_names[SQ_DIMENSIONS];
extern const char *const servqual_dimension_hints[SQ_DIMENSIONS];

/* One of the 22 items: its dimension (0-4), whether it is worded
 * negatively (so a high answer means bad service and is turned round),
 * and its two statements. */
struct servqual_item {
	int dimension;
	int reversed;
	const char *expectation;
	const char *perception;
};
extern const struct servqual_item servqual_items[SQ_ITEMS];

/* The short form's one expectation and one perception statement per
 * dimension. */
extern const char *const servqual_short_expectation[SQ_DIMENSIONS];
extern const char *const servqual_short_perception[SQ_DIMENSIONS];

/* Returns the score of an answer (1-7) to item (0-21): the answer, or
 * 8 minus it for a reversed item; 0 for an answer out of range. */
int servqual_item_score(int item, int answer);

/* Turns the 22 expectation and perception answers (1-7, as typed) into
 * the mean scores per dimension (reverse scoring applied). Returns 0, or
 * -1 when an answer is out of range (the outputs are then untouched). */
int servqual_full_means(const int expect[SQ_ITEMS], const int perceive[SQ_ITEMS],
                        double e_mean[SQ_DIMENSIONS], double p_mean[SQ_DIMENSIONS]);

/* Running totals of a set of responses (a period, a touchpoint, a week). */
struct feedback_totals {
	long long responses;
	long long csat_n, csat_top, csat_sum;
	long long nps_n, promoters, detractors;
	long long sq_n;                      /* responses with SERVQUAL answers */
	double e_sum[SQ_DIMENSIONS], p_sum[SQ_DIMENSIONS];
};

/* Adds one response: csat 1-5 or 0 for none, nps 0-10 or -1 for none,
 * e and p the per-dimension means or NULL for none. */
void feedback_totals_add(struct feedback_totals *t, int csat, int nps,
                         const double *e, const double *p);
/* Adds every count and sum of b into a. */
void feedback_totals_merge(struct feedback_totals *a, const struct feedback_totals *b);

/* Each returns 1 and sets *out, or 0 when there is nothing to compute
 * from (no answers): show "no data", never a 0 that looks like a result. */
int feedback_csat_percent(const struct feedback_totals *t, double *out);
int feedback_nps(const struct feedback_totals *t, double *out);
/* The NPS bands as counts: promoters, passives (7-8), detractors. */
void feedback_nps_bands(const struct feedback_totals *t, long long *promoters,
                        long long *passives, long long *detractors);
/* Mean expectation and perception of a dimension (0-4). */
int feedback_mean_expectation(const struct feedback_totals *t, int dim, double *out);
int feedback_mean_perception(const struct feedback_totals *t, int dim, double *out);
/* The gap of dimension dim (0-4) or SQ_OVERALL. */
int feedback_gap(const struct feedback_totals *t, int dim, double *out);
/* The dimension (0-4) with the widest negative gap, or -1 when no gap is
 * negative or there are no SERVQUAL answers. */
int feedback_widest_negative_gap(const struct feedback_totals *t);

/* Rounds to one decimal place for display ("-0.0" never appears). */
double feedback_round1(double v);

#endif
