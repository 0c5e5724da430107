/*
 * sources.h: where a KPI's results come from, as a small registry.
 *
 * Each source has a key (the value of kpis.source), a label, and either
 * accepts results typed in or imported (manual, csv), or computes the value
 * of a period from Frontline's own data. The computed sources (CSAT and
 * NPS from feedback, cover against demand from rotas) are listed now and
 * connected when those areas exist: give the row its compute function.
 */
#ifndef FRONTLINE_KPIS_SOURCES_H
#define FRONTLINE_KPIS_SOURCES_H

/* Computes a KPI's value for the period [start, end) (YYYY-MM-DD, end
 * excluded). Returns 1 and sets *value, 0 when there is no data for the
 * period, -1 on a database error. Runs inside the caller's transaction. */
typedef int (*kpi_compute_fn)(const char *start, const char *end, double *value);

struct kpi_source {
	const char *key;
	const char *label;
	int typed;                 /* 1: results are typed in or imported */
	kpi_compute_fn compute;    /* computed sources; NULL while not connected */
};

/* The registry, in the order offered to people. */
extern const struct kpi_source kpi_sources[];
extern const unsigned kpi_source_count;
/* The keys, NULL-terminated, for a FIELD_CHOICE. */
extern const char *const kpi_source_keys[];

/* Returns the source with this key, or NULL. */
const struct kpi_source *kpi_source_find(const char *key);

/* Returns 1 when a KPI with this source can have results now: typed in or
 * imported, or computed by a connected function. */
int kpi_source_available(const struct kpi_source *s);

#endif
