/*
 * rules.c: classification, thresholds and periods (see rules.h).
 */
#include "rules.h"
#include "core/form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

/* Fills tm from a real YYYY-MM-DD date (noon UTC, so day arithmetic never
 * meets a leap second or an edge); returns 1, or 0 when it is not one. */
static int date_to_tm(const char *date, struct tm *tm)
{
	if (!valid_date(date))
		return 0;
	memset(tm, 0, sizeof *tm);
	tm->tm_year = atoi(date) - 1900;
	tm->tm_mon = atoi(date + 5) - 1;
	tm->tm_mday = atoi(date + 8);
	tm->tm_hour = 12;
	return 1;
}

/* Writes tm (after timegm has normalised it) as YYYY-MM-DD into out. */
static void tm_to_date(struct tm *tm, char out[11])
{
	time_t t = timegm(tm);
	struct tm norm;
	gmtime_r(&t, &norm);
	char tmp[48];
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", norm.tm_year + 1900, norm.tm_mon + 1, norm.tm_mday);
	memcpy(out, tmp, 10);
	out[10] = '\0';
}

/* Moves tm to the first day of its period. */
static void start_of_period(enum kpi_frequency f, struct tm *tm)
{
	if (f == KPI_WEEKLY) {
		timegm(tm);                              /* sets tm_wday */
		tm->tm_mday -= (tm->tm_wday + 6) % 7;    /* back to Monday */
	} else {
		tm->tm_mday = 1;
		if (f == KPI_QUARTERLY)
			tm->tm_mon -= tm->tm_mon % 3;
	}
}

/* Normalises a typed period to its first day; 1 or 0 (see the header). */
int kpi_period_normalise(enum kpi_frequency f, const char *text, char out[11])
{
	char date[11];
	struct tm tm;
	size_t len = strlen(text);
	if (len == 7) {
		snprintf(date, sizeof date, "%.7s-01", text);
	} else if (len == 10) {
		memcpy(date, text, 11);
	} else {
		return 0;
	}
	if (!date_to_tm(date, &tm))
		return 0;
	start_of_period(f, &tm);
	tm_to_date(&tm, out);
	return 1;
}

/* The first day of the following period. */
void kpi_period_next(enum kpi_frequency f, const char *period, char out[11])
{
	struct tm tm;
	if (!date_to_tm(period, &tm)) {
		snprintf(out, 11, "%s", "9999-12-31");
		return;
	}
	if (f == KPI_WEEKLY)
		tm.tm_mday += 7;
	else
		tm.tm_mon += f == KPI_QUARTERLY ? 3 : 1;
	tm_to_date(&tm, out);
}

/* "Nov 2026", "Q4 2026" or "w/c 16 Nov 2026". */
char *kpi_period_label(enum kpi_frequency f, const char *period, char *out, size_t size)
{
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;
	if (f != KPI_WEEKLY && strlen(period) == 10 && period[4] == '-' && period[5] >= '0' && period[5] <= '1' &&
	    period[6] >= '0' && period[6] <= '9') {
		/* months and quarters need no calendar: the fast path for charts */
		int m = (period[5] - '0') * 10 + (period[6] - '0');
		if (m >= 1 && m <= 12) {
			if (f == KPI_QUARTERLY)
				snprintf(out, size, "Q%d %.4s", (m - 1) / 3 + 1, period);
			else
				snprintf(out, size, "%s %.4s", months[m - 1], period);
			return out;
		}
	}
	if (!date_to_tm(period, &tm)) {
		snprintf(out, size, "%s", period);
		return out;
	}
	int year = tm.tm_year + 1900;
	if (f == KPI_QUARTERLY)
		snprintf(out, size, "Q%d %d", tm.tm_mon / 3 + 1, year);
	else if (f == KPI_WEEKLY)
		snprintf(out, size, "w/c %d %s %d", tm.tm_mday, months[tm.tm_mon], year);
	else
		snprintf(out, size, "%s %d", months[tm.tm_mon], year);
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
	if (last && last[0]) {
		kpi_period_next(f, last, p);
	} else {
		struct tm tm;
		if (!date_to_tm(current, &tm))
			return 0;
		if (f == KPI_WEEKLY)
			tm.tm_mday -= 7 * 12;
		else
			tm.tm_mon -= f == KPI_QUARTERLY ? 3 * 12 : 12;
		tm_to_date(&tm, p);
	}
	while (n < max && strcmp(p, current) < 0) {
		memcpy(out[n++], p, 11);
		kpi_period_next(f, p, p);
	}
	return n;
}
