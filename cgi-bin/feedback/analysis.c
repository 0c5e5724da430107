/*
 * analysis.c: turning feedback into figures a manager can act
 * on: CSAT, NPS and the SERVQUAL gaps of one form version over a period,
 * against the previous period of the same length, trends by week or
 * month (SVG charts with their tables), the weakest dimension and
 * touchpoint named in words, and the summary as CSV. Also
 * feedback_scores() for KPIs.
 *
 * Pages: GET /customer-feedback/analysis, GET /customer-feedback/summary.csv.
 *
 * Everything is added up from feedback_daily_total (one row per form
 * version and day) and feedback_daily (the same per touchpoint), both kept
 * by a trigger, so the page costs the same with a hundred responses or a
 * hundred thousand.
 */
#include "feedback.h"
#include "calc.h"
#include "core/chart.h"
#include "core/caltime.h"
#include "core/csv.h"
#include "core/db.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PERIOD_DAYS 731
#define MAX_BUCKETS 110
#define TOUCHPOINTS 4

enum analysis_stmt { ST_FORMS, ST_VERSIONS, ST_DAILY, ST_TOUCH, ST_SCORES, ST__COUNT };
static const char *const analysis_sql[ST__COUNT] = {
	[ST_FORMS] = "SELECT f.id, v.title, f.current_version, f.is_default FROM feedback_forms f "
	             "JOIN feedback_form_versions v ON v.form_id = f.id AND v.version = f.current_version "
	             "ORDER BY f.id",
	[ST_VERSIONS] = "SELECT version, created_at, servqual FROM feedback_form_versions WHERE form_id = ? "
	                "ORDER BY version DESC",
	/* per day, every touchpoint together (both periods) */
	[ST_DAILY] = "SELECT day, '', responses, csat_n, csat_top, csat_sum, nps_n, promoters, "
	             "detractors, sq_n, e1, e2, e3, e4, e5, p1, p2, p3, p4, p5 FROM feedback_daily_total "
	             "WHERE form_id = ?1 AND form_version = ?2 AND day BETWEEN ?3 AND ?4",
	/* per touchpoint over the period: CSAT and NPS only */
	[ST_TOUCH] = "SELECT '', touchpoint, sum(responses), sum(csat_n), sum(csat_top), sum(csat_sum), "
	             "sum(nps_n), sum(promoters), sum(detractors), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 "
	             "FROM feedback_daily WHERE form_id = ?1 AND form_version = ?2 AND day BETWEEN ?3 AND ?4 "
	             "GROUP BY touchpoint",
	[ST_SCORES] = "SELECT coalesce(sum(responses), 0), coalesce(sum(csat_n), 0), "
	              "coalesce(sum(csat_top), 0), coalesce(sum(nps_n), 0), coalesce(sum(promoters), 0), "
	              "coalesce(sum(detractors), 0) FROM feedback_daily_total WHERE day BETWEEN ?1 AND ?2",
};
static sqlite3_stmt *analysis_cache[ST__COUNT];
static struct sql_table analysis_table = { analysis_sql, ST__COUNT, analysis_cache, NULL };

static const char *const grain_values[] = { "week", "month", NULL };

const struct field_spec feedback_analysis_fields[FB_AN__COUNT] = {
	[FB_AN_FORM] = { "form", "Form", FIELD_INT, 0, 1, 1000000000, NULL },
	[FB_AN_VERSION] = { "version", "Version", FIELD_INT, 0, 1, 1000000, NULL },
	[FB_AN_FROM] = { "from", "From", FIELD_DATE, 0, 0, 0, NULL },
	[FB_AN_TO] = { "to", "To", FIELD_DATE, 0, 0, 0, NULL },
	[FB_AN_GRAIN] = { "grain", "Trend by", FIELD_CHOICE, 0, 0, 0, grain_values },
};

/* The day number (core/caltime) of a YYYY-MM-DD date; 0 (1970-01-01)
 * when it is not a real date. */
static long day_number(const char *date)
{
	long day = 0;
	date_to_days(date, &day);
	return day;
}

/* The day number of the first of the month that day falls in. */
static long month_start(long day)
{
	char d[11];
	days_to_date(day, d);
	memcpy(d + 8, "01", 2);
	return day_number(d);
}

/* The start of the bucket a day falls in: the Monday of its week, or the
 * first of its month. */
static long bucket_start(long day, int monthly)
{
	if (monthly)
		return month_start(day);
	return day - (weekday_of_days(day) - MONDAY);
}

/* The bucket after the one starting at start. */
static long next_bucket(long start, int monthly)
{
	if (!monthly)
		return start + 7;
	return month_start(month_start(start) + 31);
}

/* What the analysis covers. */
struct analysis {
	long long form_id;
	int version;
	const char *form_title;
	const char *servqual;
	char from[11], to[11], prev_from[11], prev_to[11];
	int monthly;
	struct feedback_totals current, previous, touch[TOUCHPOINTS];
	long bucket_day[MAX_BUCKETS];
	struct feedback_totals bucket[MAX_BUCKETS];
	size_t buckets;
};

/* Adds one daily row (columns as ST_DAILY) into t. */
static void add_daily_row(struct feedback_totals *t, sqlite3_stmt *st)
{
	struct feedback_totals row = {0};
	row.responses = sqlite3_column_int64(st, 2);
	row.csat_n = sqlite3_column_int64(st, 3);
	row.csat_top = sqlite3_column_int64(st, 4);
	row.csat_sum = sqlite3_column_int64(st, 5);
	row.nps_n = sqlite3_column_int64(st, 6);
	row.promoters = sqlite3_column_int64(st, 7);
	row.detractors = sqlite3_column_int64(st, 8);
	row.sq_n = sqlite3_column_int64(st, 9);
	for (int d = 0; d < SQ_DIMENSIONS; d++) {
		row.e_sum[d] = sqlite3_column_double(st, 10 + d);
		row.p_sum[d] = sqlite3_column_double(st, 15 + d);
	}
	feedback_totals_merge(t, &row);
}

/* The index of a touchpoint value, or -1. */
static int touchpoint_index(const char *value)
{
	for (int i = 0; i < TOUCHPOINTS; i++)
		if (strcmp(feedback_touchpoints[i], value) == 0)
			return i;
	return -1;
}

/* Sets up the buckets covering from..to. */
static void make_buckets(struct analysis *an)
{
	long first = day_number(an->from), last = day_number(an->to);
	an->buckets = 0;
	for (long b = bucket_start(first, an->monthly); b <= last && an->buckets < MAX_BUCKETS;
	     b = next_bucket(b, an->monthly))
		an->bucket_day[an->buckets++] = b;
}

/* The bucket a day belongs to, or -1. */
static int bucket_of(const struct analysis *an, long day)
{
	for (size_t i = an->buckets; i-- > 0; )
		if (day >= an->bucket_day[i])
			return (int)i;
	return -1;
}

/* Reads the days of both periods (and the touchpoints of the current
 * one) and adds them up. Returns 0 or -1. */
static int load_totals(struct analysis *an)
{
	sqlite3_stmt *st = db_stmt(&analysis_table, ST_DAILY);
	if (st == NULL)
		return -1;
	make_buckets(an);
	sqlite3_bind_int64(st, 1, an->form_id);
	sqlite3_bind_int(st, 2, an->version);
	sqlite3_bind_text(st, 3, an->prev_from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, an->to, -1, SQLITE_STATIC);
	int rc;
	while (db_step_row(st, &rc)) {
		const char *day = db_text(st, 0);
		if (strcmp(day, an->from) < 0) {
			add_daily_row(&an->previous, st);
			continue;
		}
		add_daily_row(&an->current, st);
		int b = bucket_of(an, day_number(day));
		if (b >= 0)
			add_daily_row(&an->bucket[b], st);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || (st = db_stmt(&analysis_table, ST_TOUCH)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, an->form_id);
	sqlite3_bind_int(st, 2, an->version);
	sqlite3_bind_text(st, 3, an->from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, an->to, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		int t = touchpoint_index(db_text(st, 1));
		if (t >= 0)
			add_daily_row(&an->touch[t], st);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Chooses the form: the one asked for, else the default, else the first.
 * Sets title, version (asked for if the form has it, else current) and
 * servqual; lists the forms and versions in c (when not NULL). Returns 1,
 * 0 when there are no forms, -1 on error. */
static int choose_form(struct request *rq, struct analysis *an, tpl_dict *c,
                       long long want_form, long long want_version)
{
	sqlite3_stmt *st = db_stmt(&analysis_table, ST_FORMS);
	int rank = 0, rc;   /* rank: 1 first form, 2 default form, 3 the one asked for */
	if (st == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		long long id = sqlite3_column_int64(st, 0);
		int r = id == want_form ? 3 : sqlite3_column_int(st, 3) ? 2 : 1;
		if (r > rank) {
			rank = r;
			an->form_id = id;
			an->form_title = arena_strdup(&rq->arena, db_text(st, 1));
			an->version = sqlite3_column_int(st, 2);
		}
		tpl_dict *o = c ? tpl_add_row(c, "FORM_OPTION") : NULL;
		if (o) {
			tpl_set_int(o, "ID", id);
			tpl_set(o, "TITLE", db_text(st, 1));
			tpl_show_if(o, "SELECTED", r == 3 || (want_form == 0 && r == 2));
		}
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	if (rank == 0)
		return 0;
	if ((st = db_stmt(&analysis_table, ST_VERSIONS)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, an->form_id);
	int current = an->version;
	an->servqual = "none";
	while (db_step_row(st, &rc))
		if (sqlite3_column_int(st, 0) == want_version)
			an->version = (int)want_version;
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	sqlite3_bind_int64(st, 1, an->form_id);
	while (db_step_row(st, &rc)) {
		int v = sqlite3_column_int(st, 0);
		if (v == an->version)
			an->servqual = arena_strdup(&rq->arena, db_text(st, 2));
		tpl_dict *o = c ? tpl_add_row(c, "VERSION_OPTION") : NULL;
		if (o) {
			tpl_set_int(o, "VERSION", v);
			tpl_set(o, "SINCE", display_time(&rq->arena, db_text(st, 1)));
			tpl_show_if(o, "CURRENT", v == current);
			tpl_show_if(o, "SELECTED", v == an->version);
		}
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 1;
}

/* Reads the period asked for (default: the 90 days to today): sets
 * to_date and the day numbers of its first and last days. Returns NULL,
 * or what is wrong with it (back to front or too long). */
static const char *asked_period(const struct form *f, char to_date[11], long *from, long *to)
{
	const struct field_value *v = f->values;
	int to_ok = v[FB_AN_TO].present && !v[FB_AN_TO].error;
	int from_ok = v[FB_AN_FROM].present && !v[FB_AN_FROM].error;
	if (to_ok)
		snprintf(to_date, 11, "%s", v[FB_AN_TO].text);
	else
		today_london(to_date);
	*to = day_number(to_date);
	*from = from_ok ? day_number(v[FB_AN_FROM].text) : *to - 89;
	if (*from > *to)
		return "From must be on or before To.";
	if (*to - *from + 1 > MAX_PERIOD_DAYS)
		return "The period can be at most two years long.";
	return NULL;
}

/* See feedback.h. */
void feedback_analysis_check(struct request *rq)
{
	char to_date[11];
	long from, to;
	const char *problem = asked_period(request_form(rq), to_date, &from, &to);
	if (problem)
		request_form_error(rq, FB_AN_FROM, problem);
}

/* Reads the period from the form and the previous period of the same
 * length before it; a period the check refused is replaced by the 90
 * days to its end. */
static void choose_period(struct analysis *an, const struct form *f)
{
	const struct field_value *v = f->values;
	long from, to;
	if (asked_period(f, an->to, &from, &to))
		from = to - 89;
	days_to_date(from, an->from);
	long length = to - from + 1;
	days_to_date(from - length, an->prev_from);
	days_to_date(from - 1, an->prev_to);
	an->monthly = v[FB_AN_GRAIN].present && !v[FB_AN_GRAIN].error
	              ? strcmp(v[FB_AN_GRAIN].text, "month") == 0 : length > 120;
}

/* Formats a figure with one decimal place, or "no data". */
static const char *figure(struct request *rq, int ok, double v, const char *unit)
{
	return ok ? arena_printf(&rq->arena, "%.1f%s", feedback_round1(v), unit ? unit : "") : "no data";
}

/* Formats the change from previous to current, or "". */
static const char *change(struct request *rq, int ok_now, double now, int ok_before, double before)
{
	if (!ok_now || !ok_before)
		return "no comparison";
	return arena_printf(&rq->arena, "%+.1f", feedback_round1(now - before));
}

/* One row of the headline figures table. */
static void add_figure_row(struct request *rq, tpl_dict *c, const char *name,
                           int ok_now, double now, long long n_now,
                           int ok_before, double before, long long n_before, const char *unit)
{
	tpl_dict *row = tpl_add_row(c, "FIGURE");
	if (row == NULL)
		return;
	tpl_set(row, "NAME", name);
	tpl_set(row, "NOW", figure(rq, ok_now, now, unit));
	tpl_set_int(row, "N_NOW", n_now);
	tpl_set(row, "BEFORE", figure(rq, ok_before, before, unit));
	tpl_set_int(row, "N_BEFORE", n_before);
	tpl_set(row, "CHANGE", change(rq, ok_now, now, ok_before, before));
	if (unit == NULL) {   /* a count: whole numbers */
		tpl_set_int(row, "NOW", n_now);
		tpl_set_int(row, "BEFORE", n_before);
		tpl_set(row, "CHANGE", arena_printf(&rq->arena, "%+lld", n_now - n_before));
	}
}

/* The headline figures: responses, CSAT, NPS and overall gap, now and
 * before, and the NPS bands. */
static void add_figures(struct request *rq, tpl_dict *c, const struct analysis *an)
{
	double a = 0, b = 0;
	int oa, ob;
	add_figure_row(rq, c, "Responses", 1, (double)an->current.responses, an->current.responses,
	               1, (double)an->previous.responses, an->previous.responses, NULL);
	oa = feedback_csat_percent(&an->current, &a);
	ob = feedback_csat_percent(&an->previous, &b);
	add_figure_row(rq, c, "CSAT (% answering 4 or 5)", oa, a, an->current.csat_n, ob, b, an->previous.csat_n, "%");
	oa = feedback_nps(&an->current, &a);
	ob = feedback_nps(&an->previous, &b);
	add_figure_row(rq, c, "NPS (% promoters minus % detractors)", oa, a, an->current.nps_n, ob, b,
	               an->previous.nps_n, "");
	oa = feedback_gap(&an->current, SQ_OVERALL, &a);
	ob = feedback_gap(&an->previous, SQ_OVERALL, &b);
	add_figure_row(rq, c, "SERVQUAL overall gap (perception minus expectation)", oa, a, an->current.sq_n,
	               ob, b, an->previous.sq_n, "");
	long long pro, pas, det;
	feedback_nps_bands(&an->current, &pro, &pas, &det);
	tpl_set_int(c, "PROMOTERS", pro);
	tpl_set_int(c, "PASSIVES", pas);
	tpl_set_int(c, "DETRACTORS", det);
}

/* The dimension table and the gap chart. */
static void add_dimensions(struct request *rq, tpl_dict *c, const struct analysis *an)
{
	struct chart_point bars[SQ_DIMENSIONS];
	int any = an->current.sq_n > 0;
	for (int d = 0; d < SQ_DIMENSIONS; d++) {
		double e = 0, p = 0, g = 0, before = 0;
		int ok = feedback_mean_expectation(&an->current, d, &e) &&
		         feedback_mean_perception(&an->current, d, &p) && feedback_gap(&an->current, d, &g);
		int ok_before = feedback_gap(&an->previous, d, &before);
		tpl_dict *row = tpl_add_row(c, "DIMENSION");
		bars[d] = (struct chart_point){ .label = servqual_dimension_names[d], .value = g, .missing = !ok };
		if (row == NULL)
			continue;
		tpl_set(row, "NAME", servqual_dimension_names[d]);
		tpl_set(row, "EXPECTATION", figure(rq, ok, e, ""));
		tpl_set(row, "PERCEPTION", figure(rq, ok, p, ""));
		tpl_set(row, "GAP", ok ? arena_printf(&rq->arena, "%+.2f", g) : "no data");
		tpl_show_if(row, "NEGATIVE", ok && g < 0);
		tpl_set(row, "BEFORE", ok_before ? arena_printf(&rq->arena, "%+.2f", before) : "no data");
		tpl_set_int(row, "N", an->current.sq_n);
	}
	if (!any) {
		tpl_show(c, "NO_SERVQUAL");
		return;
	}
	tpl_show(c, "HAS_SERVQUAL");
	struct buf svg = {0};
	struct chart gaps = { .title = "SERVQUAL gap by dimension", .points = bars, .count = SQ_DIMENSIONS,
	                      .fixed_range = 1, .lo = -3, .hi = 1, .described = 1 };
	chart_bars_svg(&svg, &gaps);
	tpl_set(c, "GAP_CHART", svg.data ? svg.data : "");
	buf_free(&svg);
}

/* The touchpoint table; returns the index of the lowest CSAT, or -1. */
static int add_touchpoints(struct request *rq, tpl_dict *c, const struct analysis *an)
{
	int lowest = -1;
	double low = 101;
	for (int t = 0; t < TOUCHPOINTS; t++) {
		const struct feedback_totals *tt = &an->touch[t];
		if (tt->responses == 0)
			continue;
		double csat = 0, nps = 0;
		int ok = feedback_csat_percent(tt, &csat), ok_nps = feedback_nps(tt, &nps);
		tpl_dict *row = tpl_add_row(c, "TOUCHPOINT");
		if (row) {
			tpl_set(row, "NAME", feedback_touchpoint_labels[t]);
			tpl_set_int(row, "RESPONSES", tt->responses);
			tpl_set(row, "CSAT", figure(rq, ok, csat, "%"));
			tpl_set_int(row, "CSAT_N", tt->csat_n);
			tpl_set(row, "NPS", figure(rq, ok_nps, nps, ""));
		}
		if (ok && csat < low) {
			low = csat;
			lowest = t;
		}
	}
	return lowest;
}

/* The label of a bucket ("w/c 3 Nov 2025" or "Nov 2025"). */
static const char *bucket_label(struct request *rq, long day, int monthly)
{
	char d[11], words[12];
	days_to_date(day, d);
	if (monthly)
		return arena_printf(&rq->arena, "%s %.4s", month_abbrs[atoi(d + 5)], d);
	return arena_strdup(&rq->arena, date_in_words(d, words) ? words : "");
}

/* Sets the template value name to a trend line of the points on a fixed
 * axis from lo to hi (the table beside it gives the same figures). */
static void set_trend_chart(tpl_dict *c, const char *name, const char *title,
                            const struct chart_point *points, size_t n, double lo, double hi,
                            const char *unit)
{
	struct buf svg = {0};
	struct chart trend = { .title = title, .unit = unit, .points = points, .count = n,
	                       .fixed_range = 1, .lo = lo, .hi = hi, .described = 1 };
	chart_svg(&svg, &trend);
	tpl_set(c, name, svg.data ? svg.data : "");
	buf_free(&svg);
}

/* The trend charts (CSAT, NPS, overall gap) and the table beside them. */
static void add_trends(struct request *rq, tpl_dict *c, const struct analysis *an)
{
	size_t n = an->buckets;
	struct chart_point *csat = arena_zalloc(&rq->arena, sizeof *csat * (n + 1));
	struct chart_point *nps = arena_zalloc(&rq->arena, sizeof *nps * (n + 1));
	struct chart_point *gap = arena_zalloc(&rq->arena, sizeof *gap * (n + 1));
	if (!csat || !nps || !gap)
		return;
	for (size_t i = 0; i < n; i++) {
		const struct feedback_totals *t = &an->bucket[i];
		const char *label = bucket_label(rq, an->bucket_day[i], an->monthly);
		csat[i].label = nps[i].label = gap[i].label = label;
		csat[i].missing = !feedback_csat_percent(t, &csat[i].value);
		nps[i].missing = !feedback_nps(t, &nps[i].value);
		gap[i].missing = !feedback_gap(t, SQ_OVERALL, &gap[i].value);
		tpl_dict *row = tpl_add_row(c, "BUCKET");
		if (row == NULL)
			continue;
		tpl_set(row, "LABEL", label);
		tpl_set_int(row, "RESPONSES", t->responses);
		tpl_set(row, "CSAT", figure(rq, !csat[i].missing, csat[i].value, "%"));
		tpl_set(row, "NPS", figure(rq, !nps[i].missing, nps[i].value, ""));
		tpl_set(row, "GAP", !gap[i].missing ? arena_printf(&rq->arena, "%+.2f", gap[i].value) : "no data");
	}
	set_trend_chart(c, "CSAT_CHART", "CSAT % by period", csat, n, 0, 100, "%");
	set_trend_chart(c, "NPS_CHART", "NPS by period", nps, n, -100, 100, "");
	if (an->current.sq_n > 0) {
		set_trend_chart(c, "GAP_TREND_CHART", "SERVQUAL overall gap by period", gap, n, -3, 1, "");
		tpl_show(c, "HAS_GAP_TREND");
	}
	tpl_set(c, "GRAIN", an->monthly ? "month" : "week");
}

/* The sentences at the top: the widest negative gap and the touchpoint
 * with the lowest CSAT, each with the number of responses behind it. */
static void add_headline(struct request *rq, tpl_dict *c, const struct analysis *an, int lowest)
{
	int widest = feedback_widest_negative_gap(&an->current);
	double g;
	if (widest >= 0 && feedback_gap(&an->current, widest, &g))
		tpl_set(c, "WEAKEST_DIMENSION", arena_printf(&rq->arena,
			"The widest gap between what customers expect and what they get is in %s: "
			"%+.2f on a 7-point scale (from %lld responses).",
			servqual_dimension_names[widest], g, an->current.sq_n));
	else if (an->current.sq_n > 0)
		tpl_set(c, "WEAKEST_DIMENSION", "No SERVQUAL dimension falls short of what customers expect.");
	else
		tpl_set(c, "WEAKEST_DIMENSION", "No SERVQUAL answers in this period.");
	double csat = 0;
	if (lowest >= 0 && feedback_csat_percent(&an->touch[lowest], &csat))
		tpl_set(c, "WEAKEST_TOUCHPOINT", arena_printf(&rq->arena,
			"The touchpoint with the lowest CSAT is %s: %.1f%% satisfied (from %lld responses).",
			feedback_touchpoint_labels[lowest], feedback_round1(csat), an->touch[lowest].csat_n));
	else
		tpl_set(c, "WEAKEST_TOUCHPOINT", "No CSAT answers in this period.");
}

/* Fills an analysis from the request; returns 1, 0 (no forms) or -1. */
static int prepare_analysis(struct request *rq, struct analysis *an, tpl_dict *c)
{
	const struct form *f = request_form(rq);
	const struct field_value *v = f->values;
	long long want_form = v[FB_AN_FORM].present && !v[FB_AN_FORM].error ? v[FB_AN_FORM].number : 0;
	long long want_version = v[FB_AN_VERSION].present && !v[FB_AN_VERSION].error ? v[FB_AN_VERSION].number : 0;
	int found = choose_form(rq, an, c, want_form, want_version);
	if (found <= 0)
		return found;
	choose_period(an, f);
	return load_totals(an) == 0 ? 1 : -1;
}

/* GET /customer-feedback/analysis (checked by feedback_analysis_check),
 * and the page again with the query's errors (status 400). */
int feedback_analysis_page(struct request *rq, struct response *rs)
{
	struct analysis *an = arena_zalloc(&rq->arena, sizeof *an);
	struct page p;
	if (an == NULL || page_begin(&p, rq, rs, "Feedback analysis", "feedback/analysis.tpl") != 0)
		return -1;
	tpl_dict *c = p.content;
	int found = prepare_analysis(rq, an, c);
	if (found < 0) {
		page_abandon(&p);
		return -1;
	}
	page_form(&p, request_form(rq));
	if (found == 0) {
		tpl_show(c, "NO_FORMS");
		return page_finish(&p, rs);
	}
	tpl_show(c, "HAS_FORM");
	tpl_set(c, "FORM_TITLE", an->form_title);
	tpl_set_int(c, "FORM_ID", an->form_id);
	tpl_set_int(c, "VERSION", an->version);
	tpl_set(c, "FROM", an->from);
	tpl_set(c, "TO", an->to);
	tpl_set(c, "FROM_VALUE", an->from);
	tpl_set(c, "TO_VALUE", an->to);
	tpl_set(c, "PREV_FROM", an->prev_from);
	tpl_set(c, "PREV_TO", an->prev_to);
	tpl_show_if(c, "GRAIN_MONTH", an->monthly);
	tpl_set(c, "SERVQUAL_MODE", strcmp(an->servqual, "full") == 0 ? "the full 22 statements"
	        : strcmp(an->servqual, "short") == 0 ? "the short form (one pair per dimension)" : "not asked");
	tpl_show_if(c, an->current.responses ? "HAS_RESPONSES" : "NO_RESPONSES", 1);
	add_figures(rq, c, an);
	add_dimensions(rq, c, an);
	int lowest = add_touchpoints(rq, c, an);
	add_headline(rq, c, an, lowest);
	add_trends(rq, c, an);
	return page_finish(&p, rs);
}

/* One summary CSV row: section, label, value (or empty), responses. */
static void summary_row(struct buf *b, const char *section, const char *label, int ok,
                        double value, long long n)
{
	csv_field(b, section, 1);
	csv_field(b, label, 0);
	if (ok)
		csv_number(b, value, 2, 0);
	else
		csv_field(b, "", 0);
	buf_printf(b, ",%lld", n);
	csv_end_row(b);
}

/* One summary row of a figure: ok is what the calculation returned.
 * (The value is read only after the calculation has set it.) */
#define SUMMARY_FIGURE(b, section, label, calc, n) \
	do { double value_ = 0; int ok_ = (calc); \
	     summary_row((b), (section), (label), ok_, value_, (n)); } while (0)

/* The figures of one set of totals as summary rows. */
static void summary_totals(struct buf *b, const char *section, const struct feedback_totals *t)
{
	summary_row(b, section, "responses", 1, (double)t->responses, t->responses);
	SUMMARY_FIGURE(b, section, "csat_percent", feedback_csat_percent(t, &value_), t->csat_n);
	SUMMARY_FIGURE(b, section, "nps", feedback_nps(t, &value_), t->nps_n);
	summary_row(b, section, "promoters", 1, (double)t->promoters, t->nps_n);
	summary_row(b, section, "detractors", 1, (double)t->detractors, t->nps_n);
	for (int d = 0; d < SQ_DIMENSIONS; d++) {
		char label[64];
		snprintf(label, sizeof label, "gap_%s", servqual_dimension_names[d]);
		for (char *p = label; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
		SUMMARY_FIGURE(b, section, label, feedback_gap(t, d, &value_), t->sq_n);
	}
	SUMMARY_FIGURE(b, section, "gap_overall", feedback_gap(t, SQ_OVERALL, &value_), t->sq_n);
}

/* GET /customer-feedback/summary.csv: the analysis's figures. */
int feedback_summary_csv(struct request *rq, struct response *rs)
{
	struct analysis *an = arena_zalloc(&rq->arena, sizeof *an);
	if (an == NULL)
		return -1;
	int found = prepare_analysis(rq, an, NULL);
	if (found < 0)
		return -1;
	if (found == 0) {
		respond_error(rq, rs, 404, "There are no feedback forms yet.");
		return 0;
	}
	struct buf *b = &rs->body;
	buf_reset(b);
	buf_puts(b, "section,figure,value,responses\r\n");
	summary_row(b, arena_printf(&rq->arena, "form %lld version %d", an->form_id, an->version),
	            an->form_title, 0, 0, an->current.responses);
	summary_totals(b, arena_printf(&rq->arena, "current %s to %s", an->from, an->to), &an->current);
	summary_totals(b, arena_printf(&rq->arena, "previous %s to %s", an->prev_from, an->prev_to), &an->previous);
	for (int t = 0; t < TOUCHPOINTS; t++) {
		const char *section = arena_printf(&rq->arena, "touchpoint %s", feedback_touchpoints[t]);
		SUMMARY_FIGURE(b, section, "csat_percent", feedback_csat_percent(&an->touch[t], &value_), an->touch[t].csat_n);
		SUMMARY_FIGURE(b, section, "nps", feedback_nps(&an->touch[t], &value_), an->touch[t].nps_n);
	}
	for (size_t i = 0; i < an->buckets; i++) {
		char day[11];
		days_to_date(an->bucket_day[i], day);
		const char *section = arena_printf(&rq->arena, "%s from %s", an->monthly ? "month" : "week", day);
		SUMMARY_FIGURE(b, section, "csat_percent", feedback_csat_percent(&an->bucket[i], &value_), an->bucket[i].csat_n);
		SUMMARY_FIGURE(b, section, "nps", feedback_nps(&an->bucket[i], &value_), an->bucket[i].nps_n);
		SUMMARY_FIGURE(b, section, "gap_overall", feedback_gap(&an->bucket[i], SQ_OVERALL, &value_), an->bucket[i].sq_n);
	}
	rs->content_type = "text/csv; charset=utf-8";
	respond_header(rs, "Content-Disposition", "attachment; filename=\"feedback-summary.csv\"");
	return 0;
}

/* See feedback.h. */
int feedback_scores(const char *from_date, const char *to_date, double *csat_percent,
                    double *nps, long long *responses)
{
	if (!valid_date(from_date) || !valid_date(to_date))
		return -1;
	sqlite3_stmt *st = db_stmt(&analysis_table, ST_SCORES);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, from_date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, to_date, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	struct feedback_totals t = {0};
	if (rc == SQLITE_ROW) {
		t.responses = sqlite3_column_int64(st, 0);
		t.csat_n = sqlite3_column_int64(st, 1);
		t.csat_top = sqlite3_column_int64(st, 2);
		t.nps_n = sqlite3_column_int64(st, 3);
		t.promoters = sqlite3_column_int64(st, 4);
		t.detractors = sqlite3_column_int64(st, 5);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return -1;
	if (!feedback_csat_percent(&t, csat_percent))
		*csat_percent = NAN;
	if (!feedback_nps(&t, nps))
		*nps = NAN;
	*responses = t.responses;
	return 0;
}

/* See feedback.h. */
void feedback_dashboard_panel(tpl_dict *content, struct request *rq)
{
	char today[11], from[11];
	double csat, nps;
	long long n;
	tpl_dict *panel = tpl_add_row(content, "FEEDBACK_PANEL");
	if (panel == NULL)
		return;
	today_london(today);
	days_to_date(day_number(today) - 29, from);
	if (feedback_scores(from, today, &csat, &nps, &n) != 0)
		return;
	tpl_set_int(panel, "RESPONSES", n);
	tpl_set(panel, "CSAT", figure(rq, !isnan(csat), csat, "%"));
	tpl_set(panel, "NPS", figure(rq, !isnan(nps), nps, ""));
}
