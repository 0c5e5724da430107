/*
 * rules.c: classification, thresholds and periods (see rules.h).
 */
#include "rules.h"
#include "core/caltime.h"
#include "core/form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Returns the colour of value: the red threshold is checked first, so a
 * value exactly on it is red, and one exactly on the amber one amber. */
enum kpi_rag kpi_classify(const struct kpi_thresholds *t, double value)
{
	if (t->direction == KPI_HIGHER_IS_BETTER) {
		if (value <= t->red_at)
			return RAG_RED;
		return value <= t->amber_at ? RAG_AMBER : RAG_GREEN;
	}
	if (value >= t->red_at)
		return RAG_RED;
	return value >= t->amber_at ? RAG_AMBER : RAG_GREEN;
}

/* Returns the stored name of a colour. */
const char *kpi_rag_name(enum kpi_rag rag)
{
	return rag == RAG_RED ? "red" : rag == RAG_AMBER ? "amber" : "green";
}

/* Returns the label of a colour for people. */
const char *kpi_rag_label(enum kpi_rag rag)
{
	return rag == RAG_RED ? "Red" : rag == RAG_AMBER ? "Amber" : "Green";
}

/* Returns the label for a stored colour name, "" when it is none. */
const char *kpi_rag_label_of(const char *name)
{
	if (strcmp(name, "red") == 0)
		return "Red";
	if (strcmp(name, "amber") == 0)
		return "Amber";
	if (strcmp(name, "green") == 0)
		return "Green";
	return "";
}

/* Returns NULL when red_at, amber_at and target are in order for the
 * direction, or the sentence that says how they must be ordered. */
const char *kpi_thresholds_problem(const struct kpi_thresholds *t)
{
	if (t->direction == KPI_HIGHER_IS_BETTER) {
		if (!(t->amber_at < t->target))
			return "When higher is better, the amber threshold must be below the target.";
		if (!(t->red_at <= t->amber_at))
			return "When higher is better, the red threshold must be at or below the amber threshold.";
		return NULL;
	}
	if (!(t->amber_at > t->target))
		return "When lower is better, the amber threshold must be above the target.";
	if (!(t->red_at >= t->amber_at))
		return "When lower is better, the red threshold must be at or above the amber threshold.";
	return NULL;
}

/* "lower" gives lower is better; anything else higher. */
enum kpi_direction kpi_direction_from(const char *s)
{
	return strcmp(s, "lower") == 0 ? KPI_LOWER_IS_BETTER : KPI_HIGHER_IS_BETTER;
}

/* "weekly" and "quarterly" are themselves; anything else is monthly. */
enum kpi_frequency kpi_frequency_from(const char *s)
{
	if (strcmp(s, "weekly") == 0)
		return KPI_WEEKLY;
	if (strcmp(s, "quarterly") == 0)
		return KPI_QUARTERLY;
	return KPI_MONTHLY;
}

/* Writes the first day of the period date (a real date) falls in. */
static void start_of_period(enum kpi_frequency f, const char *date, char out[11])
{
	if (f == KPI_WEEKLY) {
		date_add_days(date, MONDAY - date_weekday(date), out);
		return;
	}
	int month = atoi(date + 5);
	if (f == KPI_QUARTERLY)
		month -= (month - 1) % 3;
	days_to_date(days_from_civil(atol(date), month, 1), out);
}

/* Normalises a typed period to its first day; 1 or 0 (see the header). */
int kpi_period_normalise(enum kpi_frequency f, const char *text, char out[11])
{
	char date[11];
	size_t len = strlen(text);
	if (len == 7) {
		snprintf(date, sizeof date, "%.7s-01", text);
	} else if (len == 10) {
		memcpy(date, text, 11);
	} else {
		return 0;
	}
	if (!valid_date(date))
		return 0;
	start_of_period(f, date, out);
	return 1;
}

/* The first day of n periods after period (n may be negative); "9999-12-31"
 * when period is not a date. */
static void period_add(enum kpi_frequency f, const char *period, long n, char out[11])
{
	char *done = f == KPI_WEEKLY ? date_add_days(period, 7 * n, out) :
	             date_add_months(period, (f == KPI_QUARTERLY ? 3 : 1) * n, out);
	if (done == NULL)
		snprintf(out, 11, "%s", "9999-12-31");
}

/* The first day of the following period. */
void kpi_period_next(enum kpi_frequency f, const char *period, char out[11])
{
	period_add(f, period, 1, out);
}

/* "Nov 2026", "Q4 2026" or "w/c 16 Nov 2026". */
char *kpi_period_label(enum kpi_frequency f, const char *period, char *out, size_t size)
{
	char words[12];
	if (f != KPI_WEEKLY && strlen(period) == 10 && period[4] == '-' && period[5] >= '0' && period[5] <= '1' &&
	    period[6] >= '0' && period[6] <= '9') {
		/* months and quarters need no calendar: the fast path for charts */
		int m = (period[5] - '0') * 10 + (period[6] - '0');
		if (m >= 1 && m <= 12) {
			if (f == KPI_QUARTERLY)
				snprintf(out, size, "Q%d %.4s", (m - 1) / 3 + 1, period);
			else
				snprintf(out, size, "%s %.4s", month_abbrs[m], period);
			return out;
		}
	}
	if (f == KPI_WEEKLY && date_in_words(period, words))
		snprintf(out, size, "w/c %s", words);
	else
		snprintf(out, size, "%s", period);   /* not a period: shown as it is */
	return out;
}

/* The complete periods still to compute: after last (or, with none, the
 * twelve before the current period), up to the period before today's. */
size_t kpi_periods_due(enum kpi_frequency f, const char *last, const char *today,
                       char (*out)[11], size_t max)
{
	char current[11], p[11];
	size_t n = 0;
	if (!kpi_period_normalise(f, today, current))
		return 0;
	if (last && last[0])
		kpi_period_next(f, last, p);
	else
		period_add(f, current, -12, p);
	while (n < max && strcmp(p, current) < 0) {
		memcpy(out[n++], p, 11);
		kpi_period_next(f, p, p);
	}
	return n;
}
