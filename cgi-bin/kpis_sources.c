/*
 * kpis_sources.c: the registry of KPI sources (see kpis_sources.h).
 */
#include "kpis_sources.h"

#include <stddef.h>
#include <string.h>

/* Every row must also be allowed by the CHECK on kpis.source in
 * schema/005_kpis.sql. */
const struct kpi_source kpi_sources[] = {
	{ "manual", "Typed in by hand", 1, NULL },
	{ "csv", "Imported from a CSV file", 1, NULL },
	{ "feedback_csat", "Customer satisfaction (CSAT) from feedback", 0, NULL },
	{ "feedback_nps", "Net Promoter Score from feedback", 0, NULL },
	{ "rota_cover", "Rota cover against demand", 0, NULL },
};
const unsigned kpi_source_count = sizeof kpi_sources / sizeof kpi_sources[0];

const char *const kpi_source_keys[] = {
	"manual", "csv", "feedback_csat", "feedback_nps", "rota_cover", NULL
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
