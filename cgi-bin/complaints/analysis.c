/*
 * analysis.c: what complaints say about the service (GET
 * /complaints/analysis, and the same figures as CSV at
 * /complaints/analysis.csv): volumes by category, channel and stage per
 * month (SVG charts with their tables, core/chart.c), the share
 * acknowledged and answered within their clocks, the average working
 * days to resolve, repeat complainants, the top root causes, and the
 * service recovery paradox (satisfaction of complainants whose complaint
 * was closed, from the follow-up survey, against all customers). Also the
 * KPI source "complaints answered within 10 working days".
 */
#include "complaints.h"
#include "record.h"
#include "core/action.h"
#include "core/caltime.h"
#include "core/chart.h"
#include "core/csv.h"
#include "core/db.h"
#include "core/options.h"

#include <stdio.h>
#include <string.h>

#define MAX_MONTHS 24
#define MAX_GROUPS 32

enum analysis_stmt { ST_ROWS, ST_RESPONDED, ST_CAUSES, ST_REPEATS, ST_RECOVERED, ST_ALL_CSAT, ST__COUNT };
static const char *const analysis_sql[ST__COUNT] = {
	[ST_ROWS] = "SELECT c.id, c.received_day, c.channel, coalesce(k.name, 'None'), c.stage, c.status, c.ack_due, "
	            "coalesce(c.acknowledged_at, ''), c.response_due, coalesce(c.responded_at, ''), "
	            "coalesce(c.stage2_due, ''), coalesce(c.closed_day, ''), c.paused_days, c.root_cause "
	            "FROM complaints c LEFT JOIN complaint_categories k ON k.id = c.category_id "
	            "WHERE c.received_day >= ?1 AND c.received_day < ?2 ORDER BY c.received_day, c.id",
	[ST_RESPONDED] = "SELECT received_day, coalesce(responded_at, ''), paused_days FROM complaints "
	                 "WHERE received_day >= ?1 AND received_day < ?2",
	[ST_CAUSES] = "SELECT root_cause, count(*) AS n FROM complaints WHERE received_day >= ?1 AND received_day < ?2 "
	              "AND root_cause <> '' GROUP BY root_cause ORDER BY n DESC, root_cause LIMIT 5",
	[ST_REPEATS] = "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM complaints "
	               "WHERE received_day >= ?1 AND received_day < ?2 "
	               "GROUP BY CASE WHEN contact_email_index <> '' THEN 'e' || contact_email_index "
	               "WHEN contact_phone_index <> '' THEN 'p' || contact_phone_index ELSE 'n' || lower(customer_name) END "
	               "HAVING count(*) > 1)",
	[ST_RECOVERED] = "SELECT count(r.csat), coalesce(sum(r.csat >= 4), 0) FROM feedback_responses r "
	                 "JOIN complaints c ON c.followup_key = r.followup_key "
	                 "WHERE r.day >= ?1 AND r.day < ?2 AND r.csat IS NOT NULL",
	[ST_ALL_CSAT] = "SELECT count(csat), coalesce(sum(csat >= 4), 0) FROM feedback_responses "
	                "WHERE day >= ?1 AND day < ?2 AND csat IS NOT NULL",
};
static sqlite3_stmt *analysis_cache[ST__COUNT];
static struct sql_table analysis_table = { analysis_sql, ST__COUNT, analysis_cache, NULL };

const struct field_spec complaint_analysis_fields[COMPLAINT_ANALYSIS__COUNT] = {
	[COMPLAINT_ANALYSIS_MONTHS] = { "months", "Months", FIELD_INT, 0, 1, MAX_MONTHS, NULL },
};

/* A tally of complaints by a label, per month. */
struct tally {
	const char *labels[MAX_GROUPS];
	long long counts[MAX_GROUPS][MAX_MONTHS];
	long long totals[MAX_GROUPS];
	size_t n;
};

/* Counts one complaint under label in month m. */
static void tally_add(struct arena *a, struct tally *t, const char *label, int m)
{
	size_t i;
	for (i = 0; i < t->n; i++)
		if (strcmp(t->labels[i], label) == 0)
			break;
	if (i == t->n) {
		if (t->n == MAX_GROUPS)
			return;
		t->labels[t->n++] = arena_strdup(a, label);
	}
	t->counts[i][m]++;
	t->totals[i]++;
}

/* Everything the page and the CSV show. */
struct figures {
	int months;
	char start[11], end[11];
	char month_first[MAX_MONTHS][11];
	long long per_month[MAX_MONTHS];
	struct tally category, channel, stage;
	long long total, ack_due_count, ack_in_time, answer_due_count, answer_in_time;
	long long resolved, resolve_days;
	long long repeat_customers, repeat_complaints;
	long long recovered_n, recovered_sat, all_n, all_sat;
};

/* Working days from a to b (YYYY-MM-DD or UTC text) less paused days;
 * -1 when either is missing. */
static long working_days(const struct biz_calendar *cal, const char *a, const char *b, int paused)
{
	long from = complaint_day_of(a), to = complaint_day_of(b);
	if (from < 0 || to < 0)
		return -1;
	long n = complaint_counted_days(cal, 0, from, to, NULL, 0) - paused;
	return n < 0 ? 0 : n;
}

/* Binds the period as ?1, ?2. */
static void bind_period(sqlite3_stmt *st, const struct figures *f)
{
	sqlite3_bind_text(st, 1, f->start, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, f->end, -1, SQLITE_STATIC);
}

/* Reads two counts of a one-row statement over the period. */
static int two_counts(enum analysis_stmt which, const struct figures *f, long long *a, long long *b)
{
	sqlite3_stmt *st = db_stmt(&analysis_table, which);
	if (st == NULL)
		return -1;
	bind_period(st, f);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*a = sqlite3_column_int64(st, 0);
		*b = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Works out the figures for the last `months` whole and current months.
 * Returns 0 or -1. */
static int compute(struct arena *a, int months, struct figures *f)
{
	struct biz_calendar cal;
	char today[11], first[11];
	memset(f, 0, sizeof *f);
	f->months = months;
	today_london(today);
	snprintf(first, sizeof first, "%.8s01", today);
	for (int m = 0; m < months; m++)
		date_add_months(first, m - months + 1, f->month_first[m]);
	memcpy(f->start, f->month_first[0], 11);
	date_add_months(first, 1, f->end);
	if (complaint_calendar(a, &cal) != 0)
		return -1;
	sqlite3_stmt *st = db_stmt(&analysis_table, ST_ROWS);
	int rc;
	if (st == NULL)
		return -1;
	bind_period(st, f);
	while (db_step_row(st, &rc)) {
		const char *day = db_text(st, 1);
		int m = 0;
		while (m + 1 < months && strcmp(day, f->month_first[m + 1]) >= 0)
			m++;
		f->total++;
		f->per_month[m]++;
		tally_add(a, &f->channel, options_label(complaint_channels, complaint_channel_labels, db_text(st, 2)), m);
		tally_add(a, &f->category, db_text(st, 3), m);
		tally_add(a, &f->stage, sqlite3_column_int(st, 4) == 2 ? "Escalated to stage 2" : "Stage 1 only", m);
		const char *ack_due = db_text(st, 6), *acked = db_text(st, 7);
		const char *resp_due = db_text(st, 8), *responded = db_text(st, 9);
		long now = complaint_day_of(today);
		if (acked[0] || complaint_day_of(ack_due) < now) {
			f->ack_due_count++;
			f->ack_in_time += acked[0] && complaint_day_of(acked) <= complaint_day_of(ack_due);
		}
		if (responded[0] || complaint_day_of(resp_due) < now) {
			f->answer_due_count++;
			f->answer_in_time += responded[0] && complaint_day_of(responded) <= complaint_day_of(resp_due);
		}
		long days = working_days(&cal, day, db_text(st, 11), sqlite3_column_int(st, 12));
		if (days >= 0) {
			f->resolved++;
			f->resolve_days += days;
		}
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	if (two_counts(ST_REPEATS, f, &f->repeat_customers, &f->repeat_complaints) != 0 ||
	    two_counts(ST_RECOVERED, f, &f->recovered_n, &f->recovered_sat) != 0 ||
	    two_counts(ST_ALL_CSAT, f, &f->all_n, &f->all_sat) != 0)
		return -1;
	return 0;
}

/* "87.5%" of a over b, or "No data" (arena). */
static const char *percent(struct arena *a, long long part, long long whole)
{
	char num[40];
	if (whole == 0)
		return "No data";
	return arena_printf(a, "%s%%", chart_number((double)(part * 1000 / whole) / 10.0, num));
}

/* Adds a bar chart of a tally's totals with its table, and the month by
 * month table, as rows of section. Returns 0 or -1. */
static int add_tally(struct request *rq, tpl_dict *d, const char *section, const char *title,
                     const struct tally *t, const struct figures *f)
{
	struct chart_point points[MAX_GROUPS];
	struct buf svg = {0};
	tpl_dict *s = tpl_add_row(d, section);
	if (s == NULL)
		return -1;
	tpl_set(s, "TITLE", title);
	for (size_t i = 0; i < t->n; i++)
		points[i] = (struct chart_point){ t->labels[i], (double)t->totals[i], NULL, NULL, 0 };
	double hi = 1;
	for (size_t i = 0; i < t->n; i++)
		if (t->totals[i] > hi)
			hi = (double)t->totals[i];
	struct chart c = { title, "", points, t->n, 0, 0, 0, 1, 0, hi, 1 };
	int bad = t->n > 0 && (chart_bars_svg(&svg, &c) != 0 || chart_table(&svg, &c, title) != 0);
	tpl_set(s, "CHART", bad || svg.data == NULL ? "" : svg.data);
	buf_free(&svg);
	for (int m = 0; m < f->months; m++) {
		tpl_dict *h = tpl_add_row(s, "MONTH_HEAD");
		char w[12];
		date_in_words(f->month_first[m], w);
		tpl_set(h, "MONTH", arena_printf(&rq->arena, "%s", w + (w[1] == ' ' ? 2 : 3)));
	}
	for (size_t i = 0; i < t->n; i++) {
		tpl_dict *row = tpl_add_row(s, "GROUP");
		tpl_set(row, "LABEL", t->labels[i]);
		tpl_set_int(row, "TOTAL", t->totals[i]);
		for (int m = 0; m < f->months; m++) {
			tpl_dict *cell = tpl_add_row(row, "CELL");
			tpl_set_int(cell, "N", t->counts[i][m]);
		}
	}
	tpl_show_if(s, t->n ? "HAS_DATA" : "NO_DATA", 1);
	return bad ? -1 : 0;
}

/* Reads the months asked for (default 6). */
static int months_asked(const struct request *rq)
{
	const struct form *f = request_form(rq);
	return f && f->values[COMPLAINT_ANALYSIS_MONTHS].present && !f->values[COMPLAINT_ANALYSIS_MONTHS].error
	       ? (int)f->values[COMPLAINT_ANALYSIS_MONTHS].number : 6;
}

/* GET /complaints/analysis */
int complaint_analysis_page(struct request *rq, struct response *rs)
{
	struct figures *f = arena_zalloc(&rq->arena, sizeof *f);
	struct page p;
	struct arena *a = &rq->arena;
	if (f == NULL || compute(a, months_asked(rq), f) != 0 ||
	    page_begin(&p, rq, rs, "Complaints analysis", "complaints/analysis.tpl") != 0)
		return -1;
	tpl_dict *d = p.content;
	char w1[12], w2[12], last[11], num[40];
	date_add_days(f->end, -1, last);
	tpl_set_int(d, "MONTHS", f->months);
	tpl_set(d, "FROM", date_in_words(f->start, w1));
	tpl_set(d, "TO", date_in_words(last, w2));
	tpl_set_int(d, "TOTAL", f->total);
	tpl_set(d, "ACK_IN_TIME", percent(a, f->ack_in_time, f->ack_due_count));
	tpl_set(d, "ANSWER_IN_TIME", percent(a, f->answer_in_time, f->answer_due_count));
	tpl_set(d, "AVERAGE_DAYS", f->resolved ? chart_number((double)(f->resolve_days * 10 / f->resolved) / 10.0, num) : "No data");
	tpl_set_int(d, "RESOLVED", f->resolved);
	tpl_set_int(d, "REPEAT_CUSTOMERS", f->repeat_customers);
	tpl_set_int(d, "REPEAT_COMPLAINTS", f->repeat_complaints);
	tpl_set(d, "RECOVERED_SAT", percent(a, f->recovered_sat, f->recovered_n));
	tpl_set_int(d, "RECOVERED_N", f->recovered_n);
	tpl_set(d, "ALL_SAT", percent(a, f->all_sat, f->all_n));
	tpl_set_int(d, "ALL_N", f->all_n);
	if (f->recovered_n > 0 && f->all_n > 0)
		tpl_show_if(d, f->recovered_sat * f->all_n > f->all_sat * f->recovered_n ? "PARADOX_SEEN" : "PARADOX_NOT_SEEN", 1);
	/* the monthly volume line */
	struct chart_point points[MAX_MONTHS];
	for (int m = 0; m < f->months; m++) {
		char w[12];
		date_in_words(f->month_first[m], w);
		points[m] = (struct chart_point){ arena_strdup(a, w + (w[1] == ' ' ? 2 : 3)), (double)f->per_month[m], NULL, NULL, 0 };
	}
	struct chart c = { "Complaints received per month", "", points, (size_t)f->months, 0, 0, 0, 0, 0, 0, 1 };
	struct buf svg = {0};
	if (chart_svg(&svg, &c) != 0 || chart_table(&svg, &c, "Complaints received per month") != 0) {
		buf_free(&svg);
		page_abandon(&p);
		return -1;
	}
	tpl_set(d, "VOLUME_CHART", svg.data ? svg.data : "");
	buf_free(&svg);
	if (add_tally(rq, d, "TALLY", "By category", &f->category, f) != 0 ||
	    add_tally(rq, d, "TALLY", "By channel", &f->channel, f) != 0 ||
	    add_tally(rq, d, "TALLY", "By stage", &f->stage, f) != 0) {
		page_abandon(&p);
		return -1;
	}
	sqlite3_stmt *st = db_stmt(&analysis_table, ST_CAUSES);
	int rc, causes = 0;
	if (st == NULL) {
		page_abandon(&p);
		return -1;
	}
	bind_period(st, f);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "CAUSE");
		causes++;
		tpl_set(row, "CAUSE", options_label(action_root_causes, action_root_cause_labels, db_text(st, 0)));
		tpl_set_int(row, "N", sqlite3_column_int64(st, 1));
	}
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(d, causes ? "HAS_CAUSES" : "NO_CAUSES", 1);
	return page_finish(&p, rs);
}

/* GET /complaints/analysis.csv: one row per complaint of the period, no
 * names or contact details. */
int complaint_analysis_csv(struct request *rq, struct response *rs)
{
	struct figures f;
	struct biz_calendar cal;
	int months = months_asked(rq), rc;
	memset(&f, 0, sizeof f);
	char today[11], first[11];
	today_london(today);
	snprintf(first, sizeof first, "%.8s01", today);
	date_add_months(first, 1 - months, f.start);
	date_add_months(first, 1, f.end);
	sqlite3_stmt *st = db_stmt(&analysis_table, ST_ROWS);
	if (st == NULL || complaint_calendar(&rq->arena, &cal) != 0)
		return -1;
	struct buf *b = &rs->body;
	static const char *const head[] = { "reference", "received", "channel", "category", "stage", "status",
		"acknowledge_by", "acknowledged", "respond_by", "responded", "closed", "working_days_to_resolve",
		"root_cause", NULL };
	for (int i = 0; head[i]; i++)
		csv_field(b, head[i], i == 0);
	csv_end_row(b);
	bind_period(st, &f);
	while (db_step_row(st, &rc)) {
		char stage[4];
		snprintf(stage, sizeof stage, "%d", sqlite3_column_int(st, 4));
		csv_field(b, complaint_reference(&rq->arena, sqlite3_column_int64(st, 0)), 1);
		csv_field(b, db_text(st, 1), 0);
		csv_field(b, db_text(st, 2), 0);
		csv_field(b, db_text(st, 3), 0);
		csv_field(b, stage, 0);
		csv_field(b, db_text(st, 5), 0);
		csv_field(b, db_text(st, 6), 0);
		csv_field(b, db_text(st, 7), 0);
		csv_field(b, db_text(st, 8), 0);
		csv_field(b, db_text(st, 9), 0);
		csv_field(b, db_text(st, 11), 0);
		long days = working_days(&cal, db_text(st, 1), db_text(st, 11), sqlite3_column_int(st, 12));
		if (days >= 0)
			csv_number(b, (double)days, 0, 0);
		else
			csv_field(b, "", 0);
		csv_field(b, db_text(st, 13), 0);
		csv_end_row(b);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	rs->content_type = "text/csv; charset=utf-8";
	respond_header(rs, "Content-Disposition", "attachment; filename=\"complaints.csv\"");
	return 0;
}

/* See complaints.h. */
int complaints_answered_in_10_days(const char *start, const char *end, double *value)
{
	struct arena a = {0};
	struct biz_calendar cal;
	sqlite3_stmt *st = db_stmt(&analysis_table, ST_RESPONDED);
	long long received = 0, in_time = 0;
	int rc;
	if (st == NULL || complaint_calendar(&a, &cal) != 0) {
		arena_free(&a);
		return -1;
	}
	sqlite3_bind_text(st, 1, start, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, end, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		received++;
		long days = working_days(&cal, db_text(st, 0), db_text(st, 1), sqlite3_column_int(st, 2));
		in_time += days >= 0 && days <= 10;
	}
	sqlite3_reset(st);
	arena_free(&a);
	if (db_rows_failed(rc))
		return -1;
	if (received == 0)
		return 0;
	*value = 100.0 * (double)in_time / (double)received;
	return 1;
}
