/*
 * calc.c: CSAT, NPS and SERVQUAL figures and the shared wording
 * (see calc.h). No database, no I/O: unit-tested on its own.
 */
#include "calc.h"
#include "core/options.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

const char *const feedback_touchpoints[] = { "phone", "email", "in_person", "web", NULL };
const char *const feedback_touchpoint_labels[] = { "Phone", "Email", "In person", "Website", NULL };

/* Returns the label of a touchpoint value, or the value. */
const char *feedback_touchpoint_label(const char *value)
{
	return options_label(feedback_touchpoints, feedback_touchpoint_labels, value);
}

const char *const servqual_dimension_names[SQ_DIMENSIONS] = {
	"Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy",
};
const char *const servqual_dimension_hints[SQ_DIMENSIONS] = {
	"premises, equipment, staff appearance and written material",
	"doing what was promised, dependably and accurately",
	"willingness to help and prompt service",
	"knowledge and courtesy of staff, and their ability to inspire trust",
	"caring, individual attention",
};

/* Items 1-4 tangibles, 5-9 reliability, 10-13 responsiveness, 14-17
 * assurance, 18-22 empathy, as in the published instrument; the wording
 * is our own. Items 11, 13, 20 and 22 are worded negatively (agreeing
 * means worse service), so their answers are reversed before averaging. */
const struct servqual_item servqual_items[SQ_ITEMS] = {
	{ 0, 0, "An excellent service provider has modern-looking equipment.",
	        "This organisation has modern-looking equipment." },
	{ 0, 0, "Its premises and facilities are visually appealing.",
	        "Its premises and facilities are visually appealing." },
	{ 0, 0, "Its staff are neat and professional in appearance.",
	        "Its staff were neat and professional in appearance." },
	{ 0, 0, "Its letters, emails and leaflets are clear and easy to follow.",
	        "Its letters, emails and leaflets were clear and easy to follow." },
	{ 1, 0, "When it promises to do something by a certain time, it does so.",
	        "When it promised to do something by a certain time, it did so." },
	{ 1, 0, "When a customer has a problem, it shows a sincere interest in solving it.",
	        "When I had a problem, it showed a sincere interest in solving it." },
	{ 1, 0, "It gets the service right the first time.",
	        "It got the service right the first time." },
	{ 1, 0, "It provides its services at the time it promises to.",
	        "It provided its service at the time it promised to." },
	{ 1, 0, "It keeps accurate, error-free records.",
	        "Its records about me were accurate and error-free." },
	{ 2, 0, "Staff tell customers exactly when things will be done.",
	        "Staff told me exactly when things would be done." },
	{ 2, 1, "It is acceptable for staff to keep customers waiting for service.",
	        "Staff kept me waiting for service." },
	{ 2, 0, "Staff are always willing to help customers.",
	        "Staff were willing to help me." },
	{ 2, 1, "It is understandable if staff are too busy to respond to requests.",
	        "Staff were too busy to respond to my requests." },
	{ 3, 0, "The behaviour of staff instils confidence in customers.",
	        "The behaviour of staff gave me confidence." },
	{ 3, 0, "Customers feel safe in their dealings with it.",
	        "I felt safe in my dealings with it." },
	{ 3, 0, "Staff are consistently courteous.",
	        "Staff were courteous." },
	{ 3, 0, "Staff have the knowledge to answer customers' questions.",
	        "Staff had the knowledge to answer my questions." },
	{ 4, 0, "It gives customers individual attention.",
	        "It gave me individual attention." },
	{ 4, 0, "Its opening hours suit all its customers.",
	        "Its opening hours suited me." },
	{ 4, 1, "Staff cannot be expected to give customers personal attention.",
	        "Staff did not give me personal attention." },
	{ 4, 0, "It has its customers' best interests at heart.",
	        "It had my best interests at heart." },
	{ 4, 1, "Staff cannot be expected to understand customers' specific needs.",
	        "Staff did not understand my specific needs." },
};

const char *const servqual_short_expectation[SQ_DIMENSIONS] = {
	"An excellent service has modern equipment, appealing premises and clear information.",
	"An excellent service does what it promises, right first time.",
	"An excellent service helps promptly and willingly.",
	"An excellent service has knowledgeable, courteous staff you can trust.",
	"An excellent service gives you individual, caring attention.",
};
const char *const servqual_short_perception[SQ_DIMENSIONS] = {
	"Our equipment, premises and information were modern, appealing and clear.",
	"We did what we promised, right first time.",
	"We helped you promptly and willingly.",
	"Our staff were knowledgeable, courteous and trustworthy.",
	"We gave you individual, caring attention.",
};

/* The answer, or 8 minus it for a negatively worded item. */
int servqual_item_score(int item, int answer)
{
	if (item < 0 || item >= SQ_ITEMS || answer < 1 || answer > SQ_SCALE_MAX)
		return 0;
	return servqual_items[item].reversed ? SQ_SCALE_MAX + 1 - answer : answer;
}

/* Per-dimension means of the scored answers. */
int servqual_full_means(const int expect[SQ_ITEMS], const int perceive[SQ_ITEMS],
                        double e_mean[SQ_DIMENSIONS], double p_mean[SQ_DIMENSIONS])
{
	double e_sum[SQ_DIMENSIONS] = {0}, p_sum[SQ_DIMENSIONS] = {0};
	int count[SQ_DIMENSIONS] = {0};
	for (int i = 0; i < SQ_ITEMS; i++) {
		int e = servqual_item_score(i, expect[i]), p = servqual_item_score(i, perceive[i]);
		if (e == 0 || p == 0)
			return -1;
		e_sum[servqual_items[i].dimension] += e;
		p_sum[servqual_items[i].dimension] += p;
		count[servqual_items[i].dimension]++;
	}
	for (int d = 0; d < SQ_DIMENSIONS; d++) {
		e_mean[d] = e_sum[d] / count[d];
		p_mean[d] = p_sum[d] / count[d];
	}
	return 0;
}

/* Adds one response to the totals. */
void feedback_totals_add(struct feedback_totals *t, int csat, int nps,
                         const double *e, const double *p)
{
	t->responses++;
	if (csat >= 1 && csat <= 5) {
		t->csat_n++;
		t->csat_sum += csat;
		t->csat_top += csat >= 4;
	}
	if (nps >= 0 && nps <= 10) {
		t->nps_n++;
		t->promoters += nps >= 9;
		t->detractors += nps <= 6;
	}
	if (e && p) {
		t->sq_n++;
		for (int d = 0; d < SQ_DIMENSIONS; d++) {
			t->e_sum[d] += e[d];
			t->p_sum[d] += p[d];
		}
	}
}

/* a += b. */
void feedback_totals_merge(struct feedback_totals *a, const struct feedback_totals *b)
{
	a->responses += b->responses;
	a->csat_n += b->csat_n;
	a->csat_top += b->csat_top;
	a->csat_sum += b->csat_sum;
	a->nps_n += b->nps_n;
	a->promoters += b->promoters;
	a->detractors += b->detractors;
	a->sq_n += b->sq_n;
	for (int d = 0; d < SQ_DIMENSIONS; d++) {
		a->e_sum[d] += b->e_sum[d];
		a->p_sum[d] += b->p_sum[d];
	}
}

/* CSAT: share of 4s and 5s. */
int feedback_csat_percent(const struct feedback_totals *t, double *out)
{
	if (t->csat_n <= 0)
		return 0;
	*out = 100.0 * (double)t->csat_top / (double)t->csat_n;
	return 1;
}

/* NPS: % promoters minus % detractors. */
int feedback_nps(const struct feedback_totals *t, double *out)
{
	if (t->nps_n <= 0)
		return 0;
	*out = 100.0 * (double)(t->promoters - t->detractors) / (double)t->nps_n;
	return 1;
}

/* The three bands' counts. */
void feedback_nps_bands(const struct feedback_totals *t, long long *promoters,
                        long long *passives, long long *detractors)
{
	*promoters = t->promoters;
	*detractors = t->detractors;
	*passives = t->nps_n - t->promoters - t->detractors;
}

/* Mean expectation of a dimension. */
int feedback_mean_expectation(const struct feedback_totals *t, int dim, double *out)
{
	if (t->sq_n <= 0 || dim < 0 || dim >= SQ_DIMENSIONS)
		return 0;
	*out = t->e_sum[dim] / (double)t->sq_n;
	return 1;
}

/* Mean perception of a dimension. */
int feedback_mean_perception(const struct feedback_totals *t, int dim, double *out)
{
	if (t->sq_n <= 0 || dim < 0 || dim >= SQ_DIMENSIONS)
		return 0;
	*out = t->p_sum[dim] / (double)t->sq_n;
	return 1;
}

/* P - E for one dimension, or the mean of the five for SQ_OVERALL. */
int feedback_gap(const struct feedback_totals *t, int dim, double *out)
{
	if (t->sq_n <= 0 || dim < 0 || dim > SQ_OVERALL)
		return 0;
	if (dim == SQ_OVERALL) {
		double sum = 0;
		for (int d = 0; d < SQ_DIMENSIONS; d++)
			sum += (t->p_sum[d] - t->e_sum[d]) / (double)t->sq_n;
		*out = sum / SQ_DIMENSIONS;
		return 1;
	}
	*out = (t->p_sum[dim] - t->e_sum[dim]) / (double)t->sq_n;
	return 1;
}

/* The most negative gap's dimension, or -1. */
int feedback_widest_negative_gap(const struct feedback_totals *t)
{
	int widest = -1;
	double worst = 0, gap;
	for (int d = 0; d < SQ_DIMENSIONS; d++)
		if (feedback_gap(t, d, &gap) && gap < worst - 1e-9) {
			worst = gap;
			widest = d;
		}
	return widest;
}

/* One decimal place, without a negative zero. */
double feedback_round1(double v)
{
	double r = round(v * 10.0) / 10.0;
	return r == 0 ? 0.0 : r;
}
