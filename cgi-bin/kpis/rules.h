/*
 * rules.h: the pure rules of KPIs, with no database and no pages, so
 * the unit tests can hold them to account: red/amber/green classification
 * in both directions, the consistency of a KPI's thresholds, and periods
 * (normalising what people type to the first day of the period, labels,
 * the next period).
 */
#ifndef FRONTLINE_KPIS_RULES_H
#define FRONTLINE_KPIS_RULES_H

#include <stddef.h>

enum kpi_rag { RAG_GREEN, RAG_AMBER, RAG_RED };
enum kpi_direction { KPI_HIGHER_IS_BETTER, KPI_LOWER_IS_BETTER };
enum kpi_frequency { KPI_WEEKLY, KPI_MONTHLY, KPI_QUARTERLY };

/* What a value is judged against. A threshold is where its colour starts:
 * higher is better: red at or below red_at, amber at or below amber_at,
 * green above amber_at (red_at <= amber_at < target); lower is better:
 * red at or above red_at, amber at or above amber_at, green below it
 * (target < amber_at <= red_at). */
struct kpi_thresholds {
	enum kpi_direction direction;
	double target, amber_at, red_at;
};

/* Returns the colour of value against the thresholds. */
enum kpi_rag kpi_classify(const struct kpi_thresholds *t, double value);

/* "green", "amber", "red" (as stored) and "Green", "Amber", "Red". */
const char *kpi_rag_name(enum kpi_rag rag);
const char *kpi_rag_label(enum kpi_rag rag);
/* Returns the label for a stored name, or "" for anything else. */
const char *kpi_rag_label_of(const char *name);

/* Returns NULL when the thresholds are in the right order for their
 * direction, or a sentence saying what is wrong. */
const char *kpi_thresholds_problem(const struct kpi_thresholds *t);

/* Parses "higher"/"lower" and "weekly"/"monthly"/"quarterly"; unknown
 * text gives the first value. */
enum kpi_direction kpi_direction_from(const char *s);
enum kpi_frequency kpi_frequency_from(const char *s);

/* Normalises what a person typed for a period to the period's first day
 * (YYYY-MM-DD) in out: "2026-11" or any date in November gives 2026-11-01
 * for a monthly KPI; any date gives its Monday for weekly and the first
 * day of its quarter for quarterly ("2026-11" works for those too, as the
 * 1st of that month). Returns 1, or 0 when text is not a real date. */
int kpi_period_normalise(enum kpi_frequency f, const char *text, char out[11]);

/* The first day of the period after period (YYYY-MM-DD) into out. */
void kpi_period_next(enum kpi_frequency f, const char *period, char out[11]);

/* A label for people: "Nov 2026", "Q4 2026", "w/c 16 Nov 2026". Returns out. */
char *kpi_period_label(enum kpi_frequency f, const char *period, char *out, size_t size);


/* Fills out (at most max) with the first days of the complete periods a
 * computed KPI still needs: those after last (YYYY-MM-DD; NULL or "" when
 * it has no results: then from twelve periods before the current one),
 * up to and excluding the period today is in. Returns how many. */
size_t kpi_periods_due(enum kpi_frequency f, const char *last, const char *today,
                       char (*out)[11], size_t max);

#endif
