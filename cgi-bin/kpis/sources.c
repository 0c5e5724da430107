/*
 * sources.c: the registry of KPI sources (see sources.h).
 */
#include "sources.h"
#include "complaints/complaints.h"
#include "feedback/feedback.h"
#include "rules.h"
#include "core/caltime.h"
#include "rota/rota.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

/* Computes CSAT (csat) or NPS (nps) from every feedback form over
 * [start, end); 1 with a value, 0 when nobody answered, -1 on error. */
static int feedback_score(const char *start, const char *end, int want_nps, double *value)
{
	char last[11];
	double csat, nps;
	long long responses;
	date_add_days(end, -1, last);   /* the period's last included day */
	if (feedback_scores(start, last, &csat, &nps, &responses) < 0)
		return -1;
	double v = want_nps ? nps : csat;
	if (responses == 0 || isnan(v))
		return 0;
	*value = v;
	return 1;
}

/* CSAT % of the period, from feedback. */
static int compute_feedback_csat(const char *start, const char *end, double *value)
{
	return feedback_score(start, end, 0, value);
}

/* NPS of the period, from feedback. */
static int compute_feedback_nps(const char *start, const char *end, double *value)
{
	return feedback_score(start, end, 1, value);
}

/* Cover against demand from the rota over [start, end): the share of the
 * required cover that planned shifts meet. A period with no shifts at all
 * has no rota yet, so no result (0); -1 on error. */
static int compute_rota_cover(const char *start, const char *end, double *value)
{
	char last[11];
	double hours, percent;
	date_add_days(end, -1, last);
	if (rota_planned_hours(start, last, 0, &hours) < 0 || rota_cover_percent(start, last, &percent) < 0)
		return -1;
	if (hours <= 0)
		return 0;
	*value = percent;
	return 1;
}

/* Every row must also be allowed by the CHECK on kpis.source in
 * schema/005_kpis.sql. */
const struct kpi_source kpi_sources[] = {
	{ "manual", "Typed in by hand", 1, NULL },
	{ "csv", "Imported from a CSV file", 1, NULL },
	{ "feedback_csat", "Customer satisfaction (CSAT) from feedback", 0, compute_feedback_csat },
	{ "feedback_nps", "Net Promoter Score from feedback", 0, compute_feedback_nps },
	{ "rota_cover", "Rota cover against demand", 0, compute_rota_cover },
	{ "complaints_10_days", "Complaints answered within 10 working days (%)", 0, complaints_answered_in_10_days },
};
const unsigned kpi_source_count = sizeof kpi_sources / sizeof kpi_sources[0];

const char *const kpi_source_keys[] = {
	"manual", "csv", "feedback_csat", "feedback_nps", "rota_cover", "complaints_10_days", NULL
};

/* Looks a source up by key. */
const struct kpi_source *kpi_source_find(const char *key)
{
	for (unsigned i = 0; i < kpi_source_count; i++)
		if (strcmp(kpi_sources[i].key, key) == 0)
			return &kpi_sources[i];
	return NULL;
}

/* Typed sources are always available; computed ones once connected. */
int kpi_source_available(const struct kpi_source *s)
{
	return s != NULL && (s->typed || s->compute != NULL);
}
