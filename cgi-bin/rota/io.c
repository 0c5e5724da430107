/*
 * io.c: building rotas in bulk and taking them elsewhere: copy a
 * day or a week, repeating patterns ("every weekday 09:00-17:00 for 6
 * weeks"), CSV export and import (all or nothing, with a report row by
 * row), and each person's published shifts as an iCalendar feed (RFC
 * 5545, written by libical) behind a revocable secret URL.
 *
 * Pages: GET /rota/plan, POST /rota/copy-day, POST /rota/copy-week,
 * POST /rota/pattern, GET /rota/export.csv, GET/POST /rota/import,
 * GET /rota/calendar, POST /rota/calendar/new, POST /rota/calendar/revoke,
 * GET /rota/feed.ics (public: the secret is the key).
 */
#include "rota_core.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/csv.h"
#include "core/options.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_BATCH 5000
#define MAX_PATTERN_WEEKS 26

enum io_stmt {
	ST_SHIFTS_BETWEEN,
	ST_EXPORT,
	ST_STAFF_BY_USERNAME,
	ST_EQUIPMENT_BY_NAME,
	ST_STAFF_EXISTS,
	ST_STAFF,
	ST_FEED_USER,
	ST_FEED_EXISTS,
	ST_FEED_SAVE,
	ST_FEED_DELETE,
	ST_FEED_SHIFTS,
	ST__COUNT
};
static const char *const io_sql[ST__COUNT] = {
	[ST_SHIFTS_BETWEEN] = "SELECT id FROM shifts WHERE local_date BETWEEN ?1 AND ?2 ORDER BY start_utc",
	[ST_EXPORT] = "SELECT u.username, s.local_date, s.start_local, s.end_local, s.break_minutes, s.role, "
	              "s.location, coalesce(e.name, '') FROM shifts s JOIN users u ON u.id = s.user_id "
	              "LEFT JOIN rota_equipment e ON e.id = s.equipment_id WHERE s.local_date BETWEEN ?1 AND ?2 "
	              "ORDER BY s.local_date, u.username, s.start_utc",
	[ST_STAFF_BY_USERNAME] = "SELECT id FROM users WHERE username = ?1 AND disabled = 0 AND (roles & ?2) <> 0",
	[ST_EQUIPMENT_BY_NAME] = "SELECT id FROM rota_equipment WHERE name = ?",
	[ST_STAFF_EXISTS] = "SELECT 1 FROM users WHERE id = ?1 AND disabled = 0 AND (roles & ?2) <> 0",
	[ST_STAFF] = "SELECT id, display_name FROM users WHERE disabled = 0 AND (roles & ?1) <> 0 "
	             "ORDER BY display_name COLLATE NOCASE",
	[ST_FEED_USER] = "SELECT user_id FROM rota_feeds WHERE token_hash = ?",
	[ST_FEED_EXISTS] = "SELECT created_at FROM rota_feeds WHERE user_id = ?",
	[ST_FEED_SAVE] = "INSERT INTO rota_feeds (user_id, token_hash, created_at) VALUES (?1, ?2, ?3) "
	                 "ON CONFLICT(user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
	[ST_FEED_DELETE] = "DELETE FROM rota_feeds WHERE user_id = ?",
	[ST_FEED_SHIFTS] = "SELECT s.id, s.local_date, s.start_utc, s.end_utc, s.break_minutes, s.role, s.location, "
	                   "coalesce(e.name, ''), s.updated_at FROM shifts s "
	                   "LEFT JOIN rota_equipment e ON e.id = s.equipment_id "
	                   "WHERE s.user_id = ?1 AND s.local_date BETWEEN ?2 AND ?3 ORDER BY s.start_utc",
};
static sqlite3_stmt *io_cache[ST__COUNT];
static struct sql_table io_table = { io_sql, ST__COUNT, io_cache, NULL };

const struct field_spec rota_copy_day_fields[ROTA_COPYDAY__COUNT] = {
	[ROTA_COPYDAY_FROM] = { "from_date", "Copy from", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_COPYDAY_TO] = { "to_date", "Copy to", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

const struct field_spec rota_copy_week_fields[ROTA_COPYWEEK__COUNT] = {
	[ROTA_COPYWEEK_FROM] = { "from_week", "Copy from week", FIELD_TEXT, FIELD_REQUIRED, 8, 8, NULL },
	[ROTA_COPYWEEK_TO] = { "to_week", "Copy to week", FIELD_TEXT, FIELD_REQUIRED, 8, 8, NULL },
};

const struct field_spec rota_pattern_fields[ROTA_PATTERN__COUNT] = {
	[ROTA_PATTERN_USER] = { "user", "Person", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[ROTA_PATTERN_FROM] = { "from_date", "Starting", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_PATTERN_WEEKS] = { "weeks", "For how many weeks", FIELD_INT, FIELD_REQUIRED, 1, MAX_PATTERN_WEEKS, NULL },
	[ROTA_PATTERN_START] = { "start", "Start", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_PATTERN_END] = { "end", "End", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_PATTERN_BREAK] = { "break_minutes", "Unpaid break (minutes)", FIELD_INT, 0, 0, 240, NULL },
	[ROTA_PATTERN_ROLE] = { "role", "Role", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, rota_roles },
	[ROTA_PATTERN_LOCATION] = { "location", "Location", FIELD_TEXT, 0, 0, 60, NULL },
	[ROTA_PATTERN_MON] = { "mon", "Monday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PATTERN_TUE] = { "tue", "Tuesday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PATTERN_WED] = { "wed", "Wednesday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PATTERN_THU] = { "thu", "Thursday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PATTERN_FRI] = { "fri", "Friday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PATTERN_SAT] = { "sat", "Saturday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PATTERN_SUN] = { "sun", "Sunday", FIELD_CHECKBOX, 0, 0, 0, NULL },
};

const struct field_spec rota_import_fields[ROTA_IMPORT__COUNT] = {
	[ROTA_IMPORT_WEEK] = { "week", "Week", FIELD_TEXT, FIELD_REQUIRED, 8, 8, NULL },
	[ROTA_IMPORT_CSV] = { "csv", "CSV file", FIELD_MULTILINE, FIELD_REQUIRED, 1, 1000000, NULL },
};

const struct field_spec rota_feed_fields[ROTA_FEED__COUNT] = {
	[ROTA_FEED_KEY] = { "key", "Key", FIELD_TEXT, FIELD_REQUIRED, 64, 64, NULL },
};

/* One line of a report of refused rows. */
struct report_row {
	int row;
	const char *what, *problem;
};

/* The plan page: copy forms, the pattern form, and a report of what a
 * refused copy or pattern would have broken. */
static int show_plan(struct request *rq, struct response *rs, const struct report_row *report, int n)
{
	struct page p;
	const char *week_text = request_query(rq, "week");
	struct rota_week w;
	if (rota_week_init(&w, week_text && strlen(week_text) == 8 ? week_text : NULL) != 0)
		rota_week_init(&w, NULL);
	if (page_begin(&p, rq, rs, "Copy and repeat shifts", "rota/plan.tpl") != 0)
		return -1;
	if (rq->form)
		page_form(&p, rq->form);
	if (!(rq->form && rq->form->count == ROTA_COPYWEEK__COUNT)) {
		tpl_set(p.content, "FROM_WEEK_VALUE", w.week);
		tpl_set(p.content, "TO_WEEK_VALUE", w.next);
	}
	if (!(rq->form && rq->form->count == ROTA_PATTERN__COUNT)) {
		tpl_set(p.content, "FROM_DATE_VALUE", w.days[0]);
		tpl_set(p.content, "WEEKS_VALUE", "6");
		tpl_set(p.content, "START_VALUE", "09:00");
		tpl_set(p.content, "END_VALUE", "17:00");
		tpl_set(p.content, "BREAK_MINUTES_VALUE", "30");
		tpl_set(p.content, "LOCATION_VALUE", "Head office");
		static const char *const weekdays[] = { "MON_CHECKED", "TUE_CHECKED", "WED_CHECKED", "THU_CHECKED", "FRI_CHECKED" };
		for (int i = 0; i < 5; i++)
			tpl_show(p.content, weekdays[i]);
	}
	tpl_set(p.content, "WEEK", w.week);
	long long chosen = rq->form && rq->form->count == ROTA_PATTERN__COUNT ? rq->form->values[ROTA_PATTERN_USER].number : 0;
	const char *role = rq->form && rq->form->count == ROTA_PATTERN__COUNT ? rq->form->values[ROTA_PATTERN_ROLE].text : "phones";
	if (options_from_stmt(p.content, "PERSON_OPTION", auth_bind_roles(db_stmt(&io_table, ST_STAFF), 1, ROLE_STAFF),
	                      chosen) < 0) {
		page_abandon(&p);
		return -1;
	}
	options_from_list(p.content, "ROLE_OPTION", rota_roles, rota_role_labels, role);
	if (n > 0) {
		tpl_dict *r = tpl_add_row(p.content, "REPORT");
		for (int i = 0; r && i < n; i++) {
			tpl_dict *row = tpl_add_row(r, "ROW");
			if (row == NULL)
				break;
			tpl_set(row, "WHAT", report[i].what);
			tpl_set(row, "PROBLEM", report[i].problem);
		}
	}
	return page_finish(&p, rs);
}

/* GET /rota/plan?week=, and the page again after a refused form. */
int rota_plan_page(struct request *rq, struct response *rs)
{
	return show_plan(rq, rs, NULL, 0);
}

/* What a batch write needs. */
struct batch_ctx {
	struct request *rq;
	struct rota_shift *shifts;
	int n, refused;
	const char **problems;
	const char *audit_action, *audit_detail;
};

/* Stores the batch (all or nothing) and audits it as one action. */
static int write_batch(void *vctx)
{
	struct batch_ctx *c = vctx;
	int rc = rota_store_batch(c->rq, c->shifts, c->n, c->problems, &c->refused);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, c->audit_action, "week", 0, c->audit_detail);
}

/* Runs a batch; on refusal fills the report of refused shifts. Returns
 * the db_write() result. */
static int run_batch(struct request *rq, struct batch_ctx *c, struct report_row **report, int *report_n)
{
	c->rq = rq;
	c->problems = arena_zalloc(&rq->arena, (size_t)(c->n ? c->n : 1) * sizeof *c->problems);
	if (c->problems == NULL)
		return SQLITE_NOMEM;
	int rc = db_write(write_batch, c);
	*report_n = 0;
	if (rc != ROTA_REFUSED)
		return rc;
	*report = arena_alloc(&rq->arena, (size_t)c->n * sizeof **report);
	for (int i = 0; *report && i < c->n; i++)
		if (c->problems[i]) {
			struct report_row *r = &(*report)[(*report_n)++];
			r->row = i + 1;
			r->what = arena_printf(&rq->arena, "%s: %s", rota_person_name(&rq->arena, c->shifts[i].user_id),
			                       rota_shift_summary(&rq->arena, &c->shifts[i]));
			r->problem = c->problems[i];
		}
	return rc;
}

/* Loads the shifts of dates [from, to] moved by offset days, as new
 * shifts. Returns the count, or -1. */
static int load_moved(struct request *rq, const char *from, const char *to, long offset,
                      struct rota_shift **out)
{
	sqlite3_stmt *st = db_stmt(&io_table, ST_SHIFTS_BETWEEN);
	int n = 0, cap = 64;
	struct rota_shift *s = arena_alloc(&rq->arena, (size_t)cap * sizeof *s);
	if (st == NULL || s == NULL)
		return -1;
	sqlite3_bind_text(st, 1, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, to, -1, SQLITE_STATIC);
	long long ids[MAX_BATCH];
	int count = 0, rc = SQLITE_DONE;
	while (count < MAX_BATCH && db_step_row(st, &rc))
		ids[count++] = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	for (int i = 0; i < count; i++) {
		if (n == cap) {
			struct rota_shift *more = arena_alloc(&rq->arena, (size_t)cap * 2 * sizeof *more);
			if (more == NULL)
				return -1;
			memcpy(more, s, (size_t)n * sizeof *s);
			s = more;
			cap *= 2;
		}
		if (rota_shift_load(&rq->arena, ids[i], &s[n]) != 1)
			continue;
		char moved[11];
		date_add_days(s[n].date, offset, moved);
		memcpy(s[n].date, moved, sizeof moved);
		s[n].id = 0;
		if (rota_shift_times(&s[n]) == 0)
			n++;
	}
	*out = s;
	return n;
}

/* Copies the shifts of dates [from, to] offset days later; answers the
 * redirect, the report or an error. */
static int copy_days(struct request *rq, struct response *rs, const char *from, const char *to,
                     long offset, const char *detail, const char *back_week)
{
	struct batch_ctx c = {0};
	struct report_row *report = NULL;
	int report_n;
	c.n = load_moved(rq, from, to, offset, &c.shifts);
	if (c.n < 0)
		return -1;
	if (c.n == 0) {
		respond_error(rq, rs, 400, "There are no shifts to copy on those dates.");
		return 0;
	}
	c.audit_action = "rota.copied";
	c.audit_detail = detail;
	int rc = run_batch(rq, &c, &report, &report_n);
	if (rc == ROTA_REFUSED) {
		rs->status = 409;
		return show_plan(rq, rs, report, report_n);
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/rota?week=%s&done=copied", back_week));
	return 0;
}

/* See rota.h: the days differ. */
void rota_copy_day_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	if (!v[ROTA_COPYDAY_FROM].error && !v[ROTA_COPYDAY_TO].error && strcmp(v[ROTA_COPYDAY_FROM].text, v[ROTA_COPYDAY_TO].text) == 0)
		request_form_error(rq, ROTA_COPYDAY_TO, "Copy to must be another day.");
}

/* POST /rota/copy-day (checked by rota_copy_day_check): every shift of
 * one day onto another. */
int rota_copy_day_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long a, b;
	char week[9];
	date_to_days(f->values[ROTA_COPYDAY_FROM].text, &a);
	date_to_days(f->values[ROTA_COPYDAY_TO].text, &b);
	return copy_days(rq, rs, f->values[ROTA_COPYDAY_FROM].text, f->values[ROTA_COPYDAY_FROM].text, b - a,
	                 arena_printf(&rq->arena, "day %s to %s", f->values[ROTA_COPYDAY_FROM].text, f->values[ROTA_COPYDAY_TO].text),
	                 iso_week_of_date(f->values[ROTA_COPYDAY_TO].text, week));
}

/* Fills w for the ISO week typed in field i of the request's form;
 * returns 1, or 0 (the field marked with message) when the field passed
 * its validator but names no week. */
static int typed_week(struct request *rq, size_t i, struct rota_week *w, const char *message)
{
	const struct field_value *v = &request_form(rq)->values[i];
	if (v->error)
		return 0;
	if (rota_week_init(w, v->text) == 0)
		return 1;
	request_form_error(rq, i, message);
	return 0;
}

/* See rota.h: two real ISO weeks, and not the same one. */
void rota_copy_week_check(struct request *rq)
{
	struct rota_week from, to;
	int from_ok = typed_week(rq, ROTA_COPYWEEK_FROM, &from, "Copy from week must be an ISO week like 2026-W48.");
	int to_ok = typed_week(rq, ROTA_COPYWEEK_TO, &to, "Copy to week must be an ISO week like 2026-W49.");
	if (from_ok && to_ok && strcmp(from.week, to.week) == 0)
		request_form_error(rq, ROTA_COPYWEEK_TO, "Copy to week must be another week.");
}

/* POST /rota/copy-week (checked by rota_copy_week_check): every shift of
 * one week onto another. */
int rota_copy_week_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct rota_week from, to;
	if (rota_week_init(&from, f->values[ROTA_COPYWEEK_FROM].text) != 0 ||
	    rota_week_init(&to, f->values[ROTA_COPYWEEK_TO].text) != 0)
		return -1;              /* rota_copy_week_check has refused such weeks */
	long a, b;
	date_to_days(from.days[0], &a);
	date_to_days(to.days[0], &b);
	return copy_days(rq, rs, from.days[0], from.days[6], b - a,
	                 arena_printf(&rq->arena, "week %s to %s", from.week, to.week), to.week);
}

/* See rota.h: a day of the week at least, an end that differs from the
 * start, a person on the staff. */
void rota_pattern_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	int any_day = 0;
	for (int d = 0; d < 7; d++)
		any_day |= (int)v[ROTA_PATTERN_MON + d].number;
	if (!any_day)
		request_form_error(rq, ROTA_PATTERN_MON, "Choose at least one day of the week.");
	if (!v[ROTA_PATTERN_START].error && !v[ROTA_PATTERN_END].error && v[ROTA_PATTERN_START].number == v[ROTA_PATTERN_END].number)
		request_form_error(rq, ROTA_PATTERN_END, "End must differ from the start.");
	if (!v[ROTA_PATTERN_USER].error &&
	    db_id_exists(auth_bind_roles(db_stmt(&io_table, ST_STAFF_EXISTS), 2, ROLE_STAFF),
	                 v[ROTA_PATTERN_USER].number) == 0)
		request_form_error(rq, ROTA_PATTERN_USER, "Person must be one of the staff listed.");
}

/* POST /rota/pattern (checked by rota_pattern_check): one person, the
 * chosen weekdays, for N weeks. */
int rota_pattern_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	int weeks = (int)f->values[ROTA_PATTERN_WEEKS].number;
	struct batch_ctx c = {0};
	c.shifts = arena_zalloc(&rq->arena, (size_t)weeks * 7 * sizeof *c.shifts);
	if (c.shifts == NULL)
		return -1;
	for (int day = 0; day < weeks * 7; day++) {
		struct rota_shift *s = &c.shifts[c.n];
		char date[11];
		date_add_days(f->values[ROTA_PATTERN_FROM].text, day, date);
		if (!f->values[ROTA_PATTERN_MON + date_weekday(date) - 1].number)
			continue;
		s->user_id = f->values[ROTA_PATTERN_USER].number;
		memcpy(s->date, date, sizeof date);
		s->start_min = (int)f->values[ROTA_PATTERN_START].number;
		s->end_min = (int)f->values[ROTA_PATTERN_END].number;
		s->break_min = (int)f->values[ROTA_PATTERN_BREAK].number;
		s->role = f->values[ROTA_PATTERN_ROLE].text;
		s->location = f->values[ROTA_PATTERN_LOCATION].text;
		if (rota_shift_times(s) == 0)
			c.n++;
	}
	struct report_row *report = NULL;
	int report_n;
	char week[9];
	c.audit_action = "rota.pattern";
	c.audit_detail = arena_printf(&rq->arena, "user=%lld from=%s weeks=%d shifts=%d",
	                              f->values[ROTA_PATTERN_USER].number, f->values[ROTA_PATTERN_FROM].text, weeks, c.n);
	int rc = run_batch(rq, &c, &report, &report_n);
	if (rc == ROTA_REFUSED) {
		rs->status = 409;
		return show_plan(rq, rs, report, report_n);
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/rota?week=%s&done=pattern",
	                                  iso_week_of_date(f->values[ROTA_PATTERN_FROM].text, week)));
	return 0;
}

#define CSV_HEADER "person,date,start,end,break_minutes,role,location,equipment"

/* GET /rota/export.csv?week=: the week's shifts, one per row. */
int rota_export_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct rota_week w;
	if (rota_week_init(&w, f->values[ROTA_VIEW_WEEK].text) != 0) {
		respond_error(rq, rs, 400, "Week must be an ISO week like 2026-W48.");
		return 0;
	}
	sqlite3_stmt *st = db_stmt(&io_table, ST_EXPORT);
	if (st == NULL)
		return -1;
	buf_reset(&rs->body);
	buf_puts(&rs->body, CSV_HEADER "\r\n");
	sqlite3_bind_text(st, 1, w.days[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, w.days[6], -1, SQLITE_STATIC);
	int rc;
	while (db_step_row(st, &rc)) {
		for (int i = 0; i < 8; i++)
			csv_field(&rs->body, db_text(st, i), i == 0);
		csv_end_row(&rs->body);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;          /* the 500 page replaces the rows written so far */
	rs->content_type = "text/csv; charset=utf-8";
	respond_header(rs, "Content-Disposition",
	               arena_printf(&rq->arena, "attachment; filename=\"rota-%s.csv\"", w.week));
	return 0;
}

/* Why a file could not be read at all, worded for the import form. */
static const char *malformed_reason(struct arena *a, const struct csv_problem *p)
{
	switch (p->kind) {
	case CSV_PROBLEM_UNCLOSED_QUOTE:
		return "a quoted field is not closed";
	case CSV_PROBLEM_TEXT_AFTER_QUOTE:
		return "there is text after a closing quote";
	case CSV_PROBLEM_TOO_MANY_FIELDS:
		return "it has more fields than the header allows";
	case CSV_PROBLEM_TOO_MANY_ROWS:
		return arena_printf(a, "the file has more than %d rows", MAX_BATCH + 1);
	default:
		return "it could not be read";
	}
}

/* Reads the file's rows (core/csv) and drops any row that is one empty
 * field (a line holding only "" or a lone CR), as blank lines are.
 * Returns 0, or -1 with *error set to the import form's message. */
static int read_rows(struct arena *a, const char *text, struct csv *rows, const char **error)
{
	struct csv_problem p;
	if (csv_parse_records(a, text, strlen(text), MAX_BATCH + 1, 8, rows, &p) != 0) {
		*error = arena_printf(a, "Row %zu is malformed: %s. Nothing was imported.", p.record,
		                      malformed_reason(a, &p));
		return -1;
	}
	size_t kept = 0;
	for (size_t i = 0; i < rows->count; i++)
		if (!(rows->rows[i].count == 1 && rows->rows[i].fields[0][0] == '\0'))
			rows->rows[kept++] = rows->rows[i];
	rows->count = kept;
	return 0;
}

/* Looks up an id by a text key; 0 when absent. */
static long long id_by_text(enum io_stmt which, const char *text)
{
	sqlite3_stmt *st = db_stmt(&io_table, which);
	long long id = 0;
	if (st == NULL)
		return 0;
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	if (which == ST_STAFF_BY_USERNAME)
		auth_bind_roles(st, 2, ROLE_STAFF);
	return db_count(st, &id) == 0 ? id : 0;
}

/* The apostrophe that csv_field (or a spreadsheet) puts before a value
 * starting with = + - @ tab or CR is dropped; returns the value. */
static const char *unprotect(const char *s)
{
	return s[0] == '\'' && strchr("=+-@\t\r", s[1]) && s[1] ? s + 1 : s;
}

/* Turns one CSV row into a shift; returns NULL or why it is refused. */
static const char *row_to_shift(struct arena *a, const char *const *f, int nf, const struct rota_week *w,
                                struct rota_shift *s)
{
	long long start, end, brk = 0;
	memset(s, 0, sizeof *s);
	if (nf < 7)
		return arena_printf(a, "it has %d fields; 7 or 8 are needed (" CSV_HEADER ")", nf);
	if ((s->user_id = id_by_text(ST_STAFF_BY_USERNAME, f[0])) == 0)
		return arena_printf(a, "there is no member of staff with the username \"%s\"", f[0]);
	if (!valid_date(f[1]))
		return "the date is not a real date in the form YYYY-MM-DD";
	if (strcmp(f[1], w->days[0]) < 0 || strcmp(f[1], w->days[6]) > 0)
		return arena_printf(a, "the date %s is not in week %s", f[1], w->week);
	if (!parse_clock_time(f[2], &start) || !parse_clock_time(f[3], &end))
		return "start and end must be times like 09:00";
	if (start == end)
		return "the end must differ from the start";
	if (f[4][0]) {
		char *stop;
		brk = strtoll(f[4], &stop, 10);
		if (*stop || brk < 0 || brk > 240)
			return "break_minutes must be a whole number from 0 to 240";
	}
	if (rota_role_index(f[5]) < 0)
		return "role must be one of phones, email, floor, team_leader";
	const char *location = unprotect(f[6]);
	if (strlen(location) > 60 || !utf8_valid(location, strlen(location)))
		return "the location must be at most 60 characters of text";
	if (nf > 7 && f[7][0] && (s->equipment_id = id_by_text(ST_EQUIPMENT_BY_NAME, unprotect(f[7]))) == 0)
		return arena_printf(a, "there is no equipment called \"%s\"", f[7]);
	memcpy(s->date, f[1], 11);
	s->start_min = (int)start;
	s->end_min = (int)end;
	s->break_min = (int)brk;
	s->role = f[5];
	s->location = location;
	if (rota_shift_times(s) != 0)
		return "the start is not a time that exists on that date";
	if (s->break_min * 60L >= (long)(s->end - s->start))
		return "the break must be shorter than the shift";
	return NULL;
}

/* Renders the import page with an optional report of every row. */
static int show_import(struct request *rq, struct response *rs, const struct report_row *report, int n,
                       const char *summary)
{
	struct page p;
	const char *week_text = request_query(rq, "week");
	struct rota_week w;
	if (rq->form && rq->form->count == ROTA_IMPORT__COUNT)
		week_text = rq->form->values[ROTA_IMPORT_WEEK].text;
	if (rota_week_init(&w, week_text && strlen(week_text) == 8 ? week_text : NULL) != 0)
		rota_week_init(&w, NULL);
	if (page_begin(&p, rq, rs, "Import a week from CSV", "rota/import.tpl") != 0)
		return -1;
	if (rq->form && rq->form->count == ROTA_IMPORT__COUNT)
		page_form(&p, rq->form);
	tpl_set(p.content, "WEEK", w.week);
	tpl_set(p.content, "HEADER", CSV_HEADER);
	if (summary) {
		tpl_dict *r = tpl_add_row(p.content, "REPORT");
		if (r)
			tpl_set(r, "SUMMARY", summary);
		for (int i = 0; r && i < n; i++) {
			tpl_dict *row = tpl_add_row(r, "ROW");
			if (row == NULL)
				break;
			tpl_set_int(row, "ROW", report[i].row);
			tpl_set(row, "WHAT", report[i].what);
			tpl_set(row, "PROBLEM", report[i].problem ? report[i].problem : "");
			tpl_show(row, report[i].problem ? "REFUSED" : "ACCEPTED");
		}
	}
	return page_finish(&p, rs);
}

/* GET /rota/import?week= */
int rota_import_page(struct request *rq, struct response *rs)
{
	return show_import(rq, rs, NULL, 0, NULL);
}

/* The import page again after a refused form. */
int rota_import_invalid(struct request *rq, struct response *rs)
{
	return show_import(rq, rs, NULL, 0, NULL);
}

/* See rota.h: the week is a real ISO week. */
void rota_import_check(struct request *rq)
{
	struct rota_week w;
	typed_week(rq, ROTA_IMPORT_WEEK, &w, "Week must be an ISO week like 2026-W48.");
}

/* POST /rota/import (the week checked by rota_import_check): reads every
 * row; if any row is refused (badly formed, unknown person, overlap,
 * leave, ...) nothing is imported and the report names each row and
 * why. */
int rota_import_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct rota_week w;
	struct arena *a = &rq->arena;
	if (rota_week_init(&w, f->values[ROTA_IMPORT_WEEK].text) != 0)
		return -1;              /* rota_import_check has refused such a week */
	struct csv csv;
	const char *error = NULL;
	if (read_rows(a, f->values[ROTA_IMPORT_CSV].text, &csv, &error) != 0 || csv.count == 0)
		request_form_error(rq, ROTA_IMPORT_CSV, error ? error : "The file has no rows.");
	if (request_form_refused(rq))
		return form_again(rq, rs, rota_import_invalid);
	int n = (int)csv.count;
	const struct csv_row *rows = csv.rows;
	int first = rows[0].count >= 1 && strcmp(rows[0].fields[0], "person") == 0 ? 1 : 0;
	struct batch_ctx c = {0};
	struct report_row *report = arena_zalloc(a, (size_t)n * sizeof *report);
	c.shifts = arena_zalloc(a, (size_t)n * sizeof *c.shifts);
	if (report == NULL || c.shifts == NULL)
		return -1;
	int bad = 0;
	for (int i = first; i < n; i++) {
		const char *const *fv = rows[i].fields;
		int nf = (int)rows[i].count;
		struct report_row *r = &report[c.n];
		r->row = i + 1;
		r->what = arena_printf(a, "%s %s %s-%s", fv[0], nf > 1 ? fv[1] : "", nf > 2 ? fv[2] : "",
		                       nf > 3 ? fv[3] : "");
		r->problem = row_to_shift(a, fv, nf, &w, &c.shifts[c.n]);
		bad += r->problem != NULL;
		c.n++;
	}
	if (bad == 0) {
		c.audit_action = "rota.imported";
		c.audit_detail = arena_printf(a, "week=%s rows=%d", w.week, c.n);
		c.rq = rq;
		c.problems = arena_zalloc(a, (size_t)(c.n ? c.n : 1) * sizeof *c.problems);
		if (c.problems == NULL)
			return -1;
		int rc = db_write(write_batch, &c);
		if (rc == SQLITE_OK) {
			respond_redirect(rs, arena_printf(a, "/rota?week=%s&done=imported", w.week));
			return 0;
		}
		if (rc != ROTA_REFUSED)
			return -1;
		for (int i = 0; i < c.n; i++)
			if ((report[i].problem = c.problems[i]) != NULL)
				bad++;
	}
	rs->status = 400;              /* the form again, with the report of every row */
	return show_import(rq, rs, report, c.n, arena_printf(a, "%d of %d rows were refused, so nothing was "
	                                                     "imported. Correct them and import the whole file "
	                                                     "again.", bad, c.n));
}

/* The BLAKE2b hash (hex) of a feed secret, as stored. */
static void feed_hash(const char *secret, char out[65])
{
	unsigned char digest[32];
	crypto_generichash(digest, sizeof digest, (const unsigned char *)secret, strlen(secret), NULL, 0);
	hex_encode(out, digest, sizeof digest);
}

/* Renders the calendar page; url is the new feed address, shown once. */
static int show_calendar(struct request *rq, struct response *rs, const char *url)
{
	struct page p;
	sqlite3_stmt *st = db_stmt(&io_table, ST_FEED_EXISTS);
	if (st == NULL || page_begin(&p, rq, rs, "Calendar feed", "rota/calendar.tpl") != 0)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		tpl_set(tpl_add_row(p.content, "HAS_FEED"), "SINCE", display_time(&rq->arena, db_text(st, 0)));
	else
		tpl_show(p.content, "NO_FEED");
	sqlite3_reset(st);
	if (url)
		tpl_set(tpl_add_row(p.content, "NEW_URL"), "URL", url);
	const char *done = request_query(rq, "done");
	if (done && strcmp(done, "revoked") == 0)
		tpl_show(p.content, "REVOKED");
	return page_finish(&p, rs);
}

/* GET /rota/calendar */
int rota_calendar_page(struct request *rq, struct response *rs)
{
	return show_calendar(rq, rs, NULL);
}

/* What a feed write needs. */
struct feed_ctx {
	struct request *rq;
	const char *hash;   /* NULL: revoke */
};

/* Stores (replacing) or deletes the person's feed, and audits. */
static int write_feed(void *vctx)
{
	struct feed_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&io_table, c->hash ? ST_FEED_SAVE : ST_FEED_DELETE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->rq->session->user_id);
	if (c->hash) {
		sqlite3_bind_text(st, 2, c->hash, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	}
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, c->hash ? "rota.feed_created" : "rota.feed_revoked", "user",
	                    c->rq->session->user_id, "");
}

/* POST /rota/calendar/new: a new secret address (the old one stops
 * working); only its hash is kept, so it is shown this once. */
int rota_calendar_new_submit(struct request *rq, struct response *rs)
{
	char secret[65], hash[65];
	random_hex(secret, 32);
	feed_hash(secret, hash);
	struct feed_ctx c = { rq, hash };
	if (db_write(write_feed, &c) != SQLITE_OK)
		return -1;
	const char *scheme = rq->https ? "https" : "http";
	return show_calendar(rq, rs, arena_printf(&rq->arena, "%s://%s/rota/feed.ics?key=%s", scheme,
	                                          rq->host ? rq->host : "localhost", secret));
}

/* POST /rota/calendar/revoke */
int rota_calendar_revoke_submit(struct request *rq, struct response *rs)
{
	struct feed_ctx c = { rq, NULL };
	if (db_write(write_feed, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/rota/calendar?done=revoked");
	return 0;
}

/* Answers 404 for any feed address that is not a live secret. */
int rota_feed_invalid(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 404, "There is no calendar at this address.");
	return 0;
}

/* An icaltimetype in UTC for an instant. */
static struct icaltimetype ical_utc(time_t t)
{
	return icaltime_from_timet_with_zone(t, 0, icaltimezone_get_utc_timezone());
}

/* Adds one VEVENT for a shift row of ST_FEED_SHIFTS; the UID is stable
 * per shift, so calendars update the event when the shift changes. */
static void add_event(struct arena *a, icalcomponent *cal, sqlite3_stmt *st, const char *host)
{
	time_t start, end, stamp;
	if (!parse_utc_text(db_text(st, 2), &start) || !parse_utc_text(db_text(st, 3), &end))
		return;
	if (!parse_utc_text(db_text(st, 8), &stamp))
		stamp = now_utc();
	icalcomponent *ev = icalcomponent_new_vevent();
	if (ev == NULL)
		return;
	icalcomponent_add_property(ev, icalproperty_new_uid(arena_printf(a, "shift-%lld@%s",
	                                                                 (long long)sqlite3_column_int64(st, 0), host)));
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(ical_utc(stamp)));
	icalcomponent_add_property(ev, icalproperty_new_dtstart(ical_utc(start)));
	icalcomponent_add_property(ev, icalproperty_new_dtend(ical_utc(end)));
	icalcomponent_add_property(ev, icalproperty_new_summary(arena_printf(a, "Shift: %s",
	                                                                     rota_role_label(db_text(st, 5)))));
	if (db_text(st, 6)[0])
		icalcomponent_add_property(ev, icalproperty_new_location(db_text(st, 6)));
	icalcomponent_add_property(ev, icalproperty_new_description(arena_printf(a, "Unpaid break: %d minutes.%s%s",
	                           sqlite3_column_int(st, 4), db_text(st, 7)[0] ? " Equipment: " : "", db_text(st, 7))));
	icalcomponent_add_component(cal, ev);
}

/* GET /rota/feed.ics?key=: the person's shifts in published weeks from
 * 8 weeks ago to 26 weeks ahead, as iCalendar; 404 for an unknown or
 * revoked key. */
int rota_feed_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	char hash[65], today[11], from[11], to[11], week[9];
	feed_hash(f->values[ROTA_FEED_KEY].text, hash);
	long long user = id_by_text(ST_FEED_USER, hash);
	if (user == 0)
		return rota_feed_invalid(rq, rs);
	sqlite3_stmt *st = db_stmt(&io_table, ST_FEED_SHIFTS);
	icalcomponent *cal = icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT,
	                                         icalproperty_new_version("2.0"),
	                                         icalproperty_new_prodid("-//Frontline//Rota//EN"),
	                                         icalproperty_new_calscale("GREGORIAN"),
	                                         icalproperty_new_method(ICAL_METHOD_PUBLISH),
	                                         (void *)0);
	if (st == NULL || cal == NULL) {
		if (cal)
			icalcomponent_free(cal);
		return -1;
	}
	today_london(today);
	sqlite3_bind_int64(st, 1, user);
	sqlite3_bind_text(st, 2, date_add_days(today, -56, from), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, date_add_days(today, 182, to), -1, SQLITE_TRANSIENT);
	char last_week[9] = "";
	int published = 0, rc;
	while (db_step_row(st, &rc)) {
		iso_week_of_date(db_text(st, 1), week);
		if (strcmp(week, last_week) != 0) {
			published = rota_week_is_published(week) == 1;
			memcpy(last_week, week, sizeof week);
		}
		if (published)
			add_event(&rq->arena, cal, st, "rota.frontline");
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		icalcomponent_free(cal);
		return -1;
	}
	char *text = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	if (text == NULL)
		return -1;
	buf_reset(&rs->body);
	buf_puts(&rs->body, text);
	icalmemory_free_buffer(text);
	rs->content_type = "text/calendar; charset=utf-8";
	respond_header(rs, "Content-Disposition", "inline; filename=\"rota.ics\"");
	return 0;
}
