/*
 * snapshot.c: the customer feedback analysis of one month rendered for an
 * evidence portfolio's snapshot (core/snapshot.h). Only totals from
 * feedback_scores(): no customer's answers, comments, names or contact
 * details reach an assessor.
 */
#include "feedback.h"
#include "core/caltime.h"
#include "core/snapshot.h"

#include <math.h>
#include <stdio.h>

/* A figure as text ("72.4"), or "no answers" for NaN, into out. */
static const char *figure(double v, char out[32])
{
	if (isnan(v))
		return "no answers";
	snprintf(out, 32, "%.1f", v);
	return out;
}

/* See feedback.h. */
int feedback_period_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	static const char *const heads[] = { "Month", "Responses", "CSAT (% satisfied)", "NPS" };
	long year = (long)(id / 100);
	int month = (int)(id % 100), bad = 0;
	char from[11], to[11], prev_from[11], prev_to[11], text[80], a[32], b[32], n[32];
	double csat, nps, prev_csat, prev_nps;
	long long responses, prev_responses;
	if (year < 2000 || year > 2999 || month < 1 || month > 12)
		return 1;
	snprintf(from, sizeof from, "%04ld-%02d-01", year, month);
	if (date_add_months(from, 1, to) == NULL || date_add_days(to, -1, to) == NULL ||
	    date_add_months(from, -1, prev_from) == NULL || date_add_days(from, -1, prev_to) == NULL)
		return 1;
	if (feedback_scores(from, to, &csat, &nps, &responses) != 0 ||
	    feedback_scores(prev_from, prev_to, &prev_csat, &prev_nps, &prev_responses) != 0)
		return -1;
	if (responses == 0)
		return 1;
	snprintf(text, sizeof text, "Customer feedback, %s %ld", month_names[month], year);
	snapshot_set_title(title, title_size, text);
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "Analysis", text);
	bad |= snapshot_field(out, "Days", from);
	bad |= snapshot_field(out, "To", to);
	bad |= snapshot_fields_end(out);
	bad |= snapshot_table_begin(out, "Every form, this month and the month before", 4, heads);
	snprintf(n, sizeof n, "%lld", responses);
	const char *row[4] = { text, n, figure(csat, a), figure(nps, b) };
	bad |= snapshot_table_row(out, 4, row);
	char prev_text[80], pn[32];
	int pm = month == 1 ? 12 : month - 1;
	snprintf(prev_text, sizeof prev_text, "%s %ld", month_names[pm], month == 1 ? year - 1 : year);
	snprintf(pn, sizeof pn, "%lld", prev_responses);
	const char *prev_row[4] = { prev_text, pn, figure(prev_csat, a), figure(prev_nps, b) };
	bad |= snapshot_table_row(out, 4, prev_row);
	bad |= snapshot_table_end(out);
	bad |= snapshot_paragraphs(out, "Totals only: customers' answers, comments and contact details are not part of this record.", "");
	return bad ? -1 : 0;
}
