/*
 * slas.c: service level agreements.
 *
 * An SLA says what is promised to whom, the metric and target, the
 * measurement period, the business hours and bank holidays its clock
 * counts, who is responsible and what happens on a breach. Its page works
 * the clock both ways: when a case started at a given time is due, and how
 * much business time passed between two instants. Bank holidays (England
 * and Wales 2024-2028 shipped in schema 006) are edited at /slas/holidays.
 * An SLA is measured through a KPI (slas.kpi_id, optional): its page names
 * the KPI, linked, with the KPI's latest result and its colour.
 *
 * Pages: GET /slas, GET /slas/new, POST /slas, GET /slas/{id},
 * GET/POST /slas/{id}/edit, GET/POST /slas/holidays,
 * POST /slas/holidays/{id}/delete.
 */
#include "slas.h"
#include "kpis/kpis.h"
#include "team/people.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/bizclock.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/holidays.h"
#include "core/options.h"

#include <stdio.h>
#include <string.h>

#define SLAS_PER_PAGE 20
#define HOLIDAYS_PER_PAGE 50
#define CLOCK_MAX_DAYS (5 * 366)

static const char *const units[] = {
	"percent", "working_minutes", "working_hours", "working_days", "count", "score", NULL
};
static const char *const unit_labels[] = {
	"per cent", "working minutes", "working hours", "working days", "in number", "score", NULL
};
static const char *const periods[] = { "daily", "weekly", "monthly", "quarterly", "yearly", NULL };
static const char *const period_labels[] = { "Daily", "Weekly", "Monthly", "Quarterly", "Yearly", NULL };
static const char *const regions[] = { "england-and-wales", "none", NULL };
static const char *const region_labels[] = {
	"England and Wales bank holidays are not counted", "Bank holidays count as working days", NULL
};

enum sla_stmt {
	ST_COUNT,
	ST_LIST,
	ST_SLA,
	ST_INSERT,
	ST_UPDATE,
	ST_HOLIDAY_COUNT,
	ST_HOLIDAY_LIST,
	ST_HOLIDAY_INSERT,
	ST_HOLIDAY_DELETE,
	ST_KPI_OPTIONS,
	ST_KPI_ALLOWED,
	ST_KPI_LATEST,
	ST__COUNT
};
static const char *const sla_sql[ST__COUNT] = {
	[ST_COUNT] = "SELECT count(*) FROM slas",
	[ST_LIST] = "SELECT s.id, s.title, s.customer, s.metric, s.target_value, s.target_unit, s.period, "
	            "s.open_minutes, s.close_minutes, s.days_mask, s.holiday_region, coalesce(u.display_name, '') "
	            "FROM slas s LEFT JOIN users u ON u.id = s.responsible_id "
	            "ORDER BY s.title COLLATE NOCASE LIMIT ?1 OFFSET ?2",
	[ST_SLA] = "SELECT s.title, s.customer, s.promise, s.metric, s.target_value, s.target_unit, s.period, "
	           "s.open_minutes, s.close_minutes, s.days_mask, s.holiday_region, coalesce(s.responsible_id, 0), "
	           "coalesce(u.display_name, ''), s.on_breach, s.updated_at, coalesce(s.kpi_id, 0) "
	           "FROM slas s LEFT JOIN users u ON u.id = s.responsible_id WHERE s.id = ?",
	[ST_INSERT] = "INSERT INTO slas (title, customer, promise, metric, target_value, target_unit, period, "
	              "open_minutes, close_minutes, days_mask, holiday_region, responsible_id, on_breach, "
	              "created_at, updated_at, kpi_id) "
	              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?16)",
	[ST_UPDATE] = "UPDATE slas SET title = ?1, customer = ?2, promise = ?3, metric = ?4, target_value = ?5, "
	              "target_unit = ?6, period = ?7, open_minutes = ?8, close_minutes = ?9, days_mask = ?10, "
	              "holiday_region = ?11, responsible_id = ?12, on_breach = ?13, updated_at = ?14, kpi_id = ?16 "
	              "WHERE id = ?15",
	[ST_HOLIDAY_COUNT] = "SELECT count(*) FROM bank_holidays",
	[ST_HOLIDAY_LIST] = "SELECT id, day, name, region FROM bank_holidays ORDER BY day LIMIT ?1 OFFSET ?2",
	[ST_HOLIDAY_INSERT] = "INSERT INTO bank_holidays (region, day, name) VALUES ('england-and-wales', ?, ?)",
	[ST_HOLIDAY_DELETE] = "DELETE FROM bank_holidays WHERE id = ? RETURNING day",
	/* KPIs offered: the live ones, and the one already linked (?1) even
	 * when it has been archived since, so an edit does not lose it. */
	[ST_KPI_OPTIONS] = "SELECT id, name FROM kpis WHERE archived = 0 OR id = ?1 ORDER BY name COLLATE NOCASE",
	[ST_KPI_ALLOWED] = "SELECT 1 FROM kpis WHERE id = ?1 AND (archived = 0 OR id = "
	                   "(SELECT kpi_id FROM slas WHERE id = ?2))",
	[ST_KPI_LATEST] = "SELECT period, value, rag FROM kpi_results WHERE kpi_id = ? ORDER BY period DESC LIMIT 1",
};
static sqlite3_stmt *sla_cache[ST__COUNT];
static struct sql_table sla_table = { sla_sql, ST__COUNT, sla_cache, NULL };

const struct field_spec sla_fields[SLA__COUNT] = {
	[SLA_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[SLA_CUSTOMER] = { "customer", "Promised to", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[SLA_PROMISE] = { "promise", "What is promised", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[SLA_METRIC] = { "metric", "Metric", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[SLA_TARGET] = { "target", "Target", FIELD_DECIMAL, FIELD_REQUIRED, 0, 1000000, NULL },
	[SLA_UNIT] = { "unit", "Target unit", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, units },
	[SLA_PERIOD] = { "period", "Measurement period", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, periods },
	[SLA_OPENS] = { "opens", "Opening time", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[SLA_CLOSES] = { "closes", "Closing time", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[SLA_MON] = { "day_mon", "Monday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[SLA_TUE] = { "day_tue", "Tuesday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[SLA_WED] = { "day_wed", "Wednesday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[SLA_THU] = { "day_thu", "Thursday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[SLA_FRI] = { "day_fri", "Friday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[SLA_SAT] = { "day_sat", "Saturday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[SLA_SUN] = { "day_sun", "Sunday", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[SLA_HOLIDAYS] = { "holidays", "Bank holidays", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, regions },
	[SLA_RESPONSIBLE] = { "responsible", "Responsible", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[SLA_ON_BREACH] = { "on_breach", "On a breach", FIELD_MULTILINE, FIELD_REQUIRED, 1, 2000, NULL },
	[SLA_KPI] = { "kpi", "Measured by KPI", FIELD_INT, 0, 1, 1000000000, NULL },
};

const struct field_spec sla_calc_fields[SLA_CALC__COUNT] = {
	[SLA_CALC_START_DATE] = { "start_date", "Start date", FIELD_DATE, 0, 0, 0, NULL },
	[SLA_CALC_START_TIME] = { "start_time", "Start time", FIELD_TIME, 0, 0, 0, NULL },
	[SLA_CALC_END_DATE] = { "end_date", "End date", FIELD_DATE, 0, 0, 0, NULL },
	[SLA_CALC_END_TIME] = { "end_time", "End time", FIELD_TIME, 0, 0, 0, NULL },
};

const struct field_spec sla_holiday_fields[SLA_BANKHOL__COUNT] = {
	[SLA_BANKHOL_DAY] = { "day", "Date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[SLA_BANKHOL_NAME] = { "name", "Name", FIELD_TEXT, FIELD_REQUIRED, 1, 100, NULL },
};

const struct field_spec sla_list_fields[SLALIST__COUNT] = {
	[SLALIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
};

static const char *const sla_notices[] = {
	"created", "The SLA has been saved.",
	"saved", "The changes have been saved.",
	"holiday_added", "The bank holiday has been added.",
	"holiday_removed", "The bank holiday has been removed.",
	NULL, NULL
};

/* "09:30" for minutes after midnight, into the arena. */
static const char *clock_text(struct arena *a, int minutes)
{
	return arena_printf(a, "%02d:%02d", minutes / 60 % 24, minutes % 60);
}

/* The days of a mask in words: "Monday to Friday", or "Mon, Wed, Sat". */
static const char *days_text(struct arena *a, int mask)
{
	if (mask == BIZ_MONDAY_TO_FRIDAY)
		return "Monday to Friday";
	if (mask == BIZ_MONDAY_TO_SATURDAY)
		return "Monday to Saturday";
	if (mask == BIZ_EVERY_DAY)
		return "every day";
	char out[64] = "";
	for (int wd = MONDAY; wd <= SUNDAY; wd++)
		if (mask & BIZ_DAY_BIT(wd)) {
			if (out[0])
				strcat(out, ", ");
			strcat(out, weekday_abbrs[wd]);
		}
	return arena_strdup(a, out[0] ? out : "no days");
}

/* A target as people read it: "90 per cent", "2 working days". */
static const char *target_text(struct arena *a, double value, const char *unit)
{
	return arena_printf(a, "%g %s", value, options_label(units, unit_labels, unit));
}

/* The business hours of an SLA in words. */
static const char *hours_text(struct arena *a, int open, int close, int mask, const char *region)
{
	return arena_printf(a, "%s, %s to %s (UK time)%s", days_text(a, mask), clock_text(a, open),
	                    clock_text(a, close), strcmp(region, "none") == 0 ? "" :
	                    ", not on England and Wales bank holidays");
}

/* Returns 1 when the signed-in user manages SLAs. */
static int is_manager(const struct request *rq)
{
	return (rq->session->roles & ROLE_MANAGER) != 0;
}

/* Answers 404 for a missing SLA; returns 0 for the handler. */
static int no_such_sla(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 404, "There is no SLA with that number.");
	return 0;
}

/* Runs a one-number statement and returns its value, or -1. */
static long long count_of(enum sla_stmt which)
{
	sqlite3_stmt *st = db_stmt(&sla_table, which);
	long long n = -1;
	if (st == NULL)
		return -1;
	return db_count(st, &n) == 0 ? n : -1;
}

/* GET /slas: every SLA with its target and hours. */
int slas_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long page = f->values[SLALIST_PAGE].present ? f->values[SLALIST_PAGE].number : 1;
	long long total = count_of(ST_COUNT);
	struct page p;
	sqlite3_stmt *st = db_stmt(&sla_table, ST_LIST);
	if (total < 0 || st == NULL || page_begin(&p, rq, rs, "Service level agreements", "standards/sla_list.tpl") != 0)
		return -1;
	sqlite3_bind_int(st, 1, SLAS_PER_PAGE);
	sqlite3_bind_int64(st, 2, (page - 1) * SLAS_PER_PAGE);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "SLA");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set(row, "CUSTOMER", db_text(st, 2));
		tpl_set(row, "METRIC", db_text(st, 3));
		tpl_set(row, "TARGET", target_text(&rq->arena, sqlite3_column_double(st, 4), db_text(st, 5)));
		tpl_set(row, "PERIOD", options_label(periods, period_labels, db_text(st, 6)));
		tpl_set(row, "HOURS", hours_text(&rq->arena, sqlite3_column_int(st, 7), sqlite3_column_int(st, 8),
		                                 sqlite3_column_int(st, 9), db_text(st, 10)));
		tpl_set(row, "RESPONSIBLE", db_text(st, 11));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_SLAS" : "NO_SLAS", 1);
	tpl_show_if(p.content, "CAN_MANAGE", is_manager(rq));
	tpl_show_if(p.content, "CAN_EDIT_HOLIDAYS", rq->session->roles & (ROLE_MANAGER | ROLE_ADMIN));
	page_pager(&p, rq, "/slas?", page, SLAS_PER_PAGE, total);
	page_notice(&p, rq, sla_notices);
	return page_finish(&p, rs);
}

/* The stored values of an SLA, as the form shows them. */
struct sla_values {
	const char *unit, *period, *region;
	long long responsible;
	int days_mask;
	long long kpi;  /* 0: not linked */
};

/* Adds KPI_OPTION rows (ID, NAME, SELECTED) for the KPI picker, and
 * KPI_NONE_SELECTED ("Not linked") when none of them is the chosen one.
 * Returns 0, or -1 when the KPIs could not be read. */
static int add_kpi_options(tpl_dict *d, long long chosen)
{
	sqlite3_stmt *st = db_stmt(&sla_table, ST_KPI_OPTIONS);
	int matched = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, chosen);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "KPI_OPTION");
		if (row == NULL)
			break;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "NAME", db_text(st, 1));
		if (sqlite3_column_int64(st, 0) == chosen) {
			tpl_show(row, "SELECTED");
			matched = 1;
		}
	}
	sqlite3_reset(st);
	tpl_show_if(d, "KPI_NONE_SELECTED", !matched);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Returns 1 when SLA sla_id (0: a new one) may be measured by KPI kpi_id:
 * the KPI exists and is live, or is the one the SLA already has. */
static int kpi_allowed(long long kpi_id, long long sla_id)
{
	sqlite3_stmt *st = db_stmt(&sla_table, ST_KPI_ALLOWED);
	int ok;
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, kpi_id);
	sqlite3_bind_int64(st, 2, sla_id);
	ok = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return ok;
}

/* Adds a choice list: rows of section with VALUE, LABEL and SELECTED. */
static void add_choices(tpl_dict *d, const char *section, const char *const *values,
                        const char *const *labels, const char *chosen)
{
	for (size_t i = 0; values[i]; i++) {
		tpl_dict *row = tpl_add_row(d, section);
		if (row == NULL)
			return;
		tpl_set(row, "VALUE", values[i]);
		tpl_set(row, "LABEL", labels[i]);
		tpl_show_if(row, "SELECTED", strcmp(values[i], chosen) == 0);
	}
}

/* Fills the pickers and the day checkboxes of the form; returns 0, or -1
 * when the people or KPIs could not be read. */
static int add_sla_choices(struct page *p, const struct sla_values *v)
{
	static const char *const day_keys[SUNDAY + 1] = {
		"", "DAY_MON_CHECKED", "DAY_TUE_CHECKED", "DAY_WED_CHECKED", "DAY_THU_CHECKED",
		"DAY_FRI_CHECKED", "DAY_SAT_CHECKED", "DAY_SUN_CHECKED"
	};
	add_choices(p->content, "UNIT_OPTION", units, unit_labels, v->unit);
	add_choices(p->content, "PERIOD_OPTION", periods, period_labels, v->period);
	add_choices(p->content, "HOLIDAYS_OPTION", regions, region_labels, v->region);
	if (team_people_options(p->content, "RESPONSIBLE_OPTION", v->responsible) < 0 ||
	    add_kpi_options(p->content, v->kpi) != 0)
		return -1;
	for (int wd = MONDAY; wd <= SUNDAY; wd++)
		tpl_show_if(p->content, day_keys[wd], v->days_mask & BIZ_DAY_BIT(wd));
	return 0;
}

/* Loads a stored SLA into the form's values; returns 1, 0 when missing, -1 on error. */
static int load_sla_into_form(struct page *p, struct request *rq, long long id, struct sla_values *v)
{
	sqlite3_stmt *st = db_stmt(&sla_table, ST_SLA);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return 0;
	}
	tpl_set(p->content, "TITLE_VALUE", db_text(st, 0));
	tpl_set(p->content, "CUSTOMER_VALUE", db_text(st, 1));
	tpl_set(p->content, "PROMISE_VALUE", db_text(st, 2));
	tpl_set(p->content, "METRIC_VALUE", db_text(st, 3));
	tpl_set(p->content, "TARGET_VALUE", arena_printf(&rq->arena, "%g", sqlite3_column_double(st, 4)));
	v->unit = arena_strdup(&rq->arena, db_text(st, 5));
	v->period = arena_strdup(&rq->arena, db_text(st, 6));
	tpl_set(p->content, "OPENS_VALUE", clock_text(&rq->arena, sqlite3_column_int(st, 7)));
	tpl_set(p->content, "CLOSES_VALUE", clock_text(&rq->arena, sqlite3_column_int(st, 8)));
	v->days_mask = sqlite3_column_int(st, 9);
	v->region = arena_strdup(&rq->arena, db_text(st, 10));
	v->responsible = sqlite3_column_int64(st, 11);
	tpl_set(p->content, "ON_BREACH_VALUE", db_text(st, 13));
	v->kpi = sqlite3_column_int64(st, 15);
	sqlite3_reset(st);
	return 1;
}

/* The days ticked in a form, as a mask (BIZ_DAY_BIT: bit 0 Monday). */
static int days_from_form(const struct form *f)
{
	int mask = 0;
	for (int wd = MONDAY; wd <= SUNDAY; wd++)
		if (f->values[SLA_MON + wd - MONDAY].number)
			mask |= BIZ_DAY_BIT(wd);
	return mask;
}

/* Shows the create (id 0) or edit form: refused input, stored values or
 * the defaults (Monday to Friday, 09:00 to 17:00, England and Wales). */
static int show_sla_form(struct request *rq, struct response *rs, long long id)
{
	struct page p;
	struct sla_values v = { "percent", "monthly", "england-and-wales", rq->session->user_id, BIZ_MONDAY_TO_FRIDAY, 0 };
	if (page_begin(&p, rq, rs, id ? "Edit SLA" : "New SLA", "standards/sla_form.tpl") != 0)
		return -1;
	if (rq->form) {
		const struct form *f = rq->form;
		page_form(&p, f);
		v.unit = f->values[SLA_UNIT].text;
		v.period = f->values[SLA_PERIOD].text;
		v.region = f->values[SLA_HOLIDAYS].text;
		v.responsible = f->values[SLA_RESPONSIBLE].number;
		v.days_mask = days_from_form(f);
		v.kpi = f->values[SLA_KPI].present ? f->values[SLA_KPI].number : 0;
	} else if (id) {
		int found = load_sla_into_form(&p, rq, id, &v);
		if (found <= 0) {
			page_abandon(&p);
			return found < 0 ? -1 : no_such_sla(rq, rs);
		}
	} else {
		tpl_set(p.content, "OPENS_VALUE", "09:00");
		tpl_set(p.content, "CLOSES_VALUE", "17:00");
	}
	if (add_sla_choices(&p, &v) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_set(p.content, "ACTION", id ? arena_printf(&rq->arena, "/slas/%lld/edit", id) : "/slas");
	tpl_set(p.content, "BACK", id ? arena_printf(&rq->arena, "/slas/%lld", id) : "/slas");
	return page_finish(&p, rs);
}

/* GET /slas/new */
int sla_new_page(struct request *rq, struct response *rs)
{
	return show_sla_form(rq, rs, 0);
}

/* GET /slas/{id}/edit */
int sla_edit_page(struct request *rq, struct response *rs)
{
	return show_sla_form(rq, rs, rq->path_ids[0]);
}

/* See slas.h: the checks beyond the validator table: closing after
 * opening, at least one working day, a percentage at most 100, an active
 * responsible person, a KPI that exists (for the SLA in the path; none for
 * a new one). */
void sla_check_form(struct request *rq)
{
	long long id = rq->path_id_count ? rq->path_ids[0] : 0;
	const struct form *f = request_form(rq);
	const struct field_value *opens = &f->values[SLA_OPENS], *closes = &f->values[SLA_CLOSES];
	if (!opens->error && !closes->error && opens->present && closes->present &&
	    closes->number <= opens->number)
		request_form_error(rq, SLA_CLOSES, "Closing time must be later than the opening time.");
	if (days_from_form(f) == 0)
		request_form_error(rq, SLA_MON, "Tick at least one working day.");
	if (!f->values[SLA_TARGET].error && !f->values[SLA_UNIT].error &&
	    strcmp(f->values[SLA_UNIT].text, "percent") == 0 && f->values[SLA_TARGET].decimal > 100)
		request_form_error(rq, SLA_TARGET, "Target must be between 0 and 100 for a percentage.");
	if (!f->values[SLA_RESPONSIBLE].error && !team_person_is_active(f->values[SLA_RESPONSIBLE].number))
		request_form_error(rq, SLA_RESPONSIBLE, "Responsible must be one of the people listed.");
	const struct field_value *kpi = &f->values[SLA_KPI];
	if (!kpi->error && kpi->present && !kpi_allowed(kpi->number, id))
		request_form_error(rq, SLA_KPI, "Measured by KPI must be one of the KPIs listed.");
}

/* The form again when its fields were refused, every problem named. */
int sla_form_invalid(struct request *rq, struct response *rs)
{
	return show_sla_form(rq, rs, rq->path_id_count ? rq->path_ids[0] : 0);
}

/* What saving an SLA writes. */
struct sla_ctx {
	struct request *rq;
	const struct form *f;
	long long id;     /* 0: a new SLA */
	long long saved;  /* the row written */
};

/* Inserts or updates the SLA and audits. */
static int write_sla(void *vctx)
{
	struct sla_ctx *c = vctx;
	const struct form *f = c->f;
	char now[21];
	int creating = c->id == 0;
	sqlite3_stmt *st = db_stmt(&sla_table, creating ? ST_INSERT : ST_UPDATE);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	static const int text_fields[] = { SLA_TITLE, SLA_CUSTOMER, SLA_PROMISE, SLA_METRIC };
	for (int i = 0; i < 4; i++)
		sqlite3_bind_text(st, i + 1, f->values[text_fields[i]].text, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 5, f->values[SLA_TARGET].decimal);
	sqlite3_bind_text(st, 6, f->values[SLA_UNIT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, f->values[SLA_PERIOD].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, f->values[SLA_OPENS].number);
	sqlite3_bind_int64(st, 9, f->values[SLA_CLOSES].number);
	sqlite3_bind_int(st, 10, days_from_form(f));
	sqlite3_bind_text(st, 11, f->values[SLA_HOLIDAYS].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 12, f->values[SLA_RESPONSIBLE].number);
	sqlite3_bind_text(st, 13, f->values[SLA_ON_BREACH].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 14, now, -1, SQLITE_STATIC);
	if (c->id)
		sqlite3_bind_int64(st, 15, c->id);
	if (f->values[SLA_KPI].present)
		sqlite3_bind_int64(st, 16, f->values[SLA_KPI].number);
	else
		sqlite3_bind_null(st, 16);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	if (!creating && sqlite3_changes(db_get()) == 0)
		return SQLITE_NOTFOUND;
	c->saved = creating ? sqlite3_last_insert_rowid(db_get()) : c->id;
	return audit_record(c->rq, creating ? "sla.created" : "sla.updated", "sla", c->saved, "");
}

/* Validates and saves an SLA, then goes to its page with the notice. */
static int save_sla(struct request *rq, struct response *rs, long long id)
{
	struct sla_ctx c = { rq, request_form(rq), id, 0 };
	int rc = db_write(write_sla, &c);
	if (rc == SQLITE_NOTFOUND)
		return no_such_sla(rq, rs);
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/slas/%lld?done=%s", c.saved, id ? "saved" : "created"));
	return 0;
}

/* POST /slas */
int sla_create_submit(struct request *rq, struct response *rs)
{
	return save_sla(rq, rs, 0);
}

/* POST /slas/{id}/edit */
int sla_edit_submit(struct request *rq, struct response *rs)
{
	return save_sla(rq, rs, rq->path_ids[0]);
}

/* Builds the business calendar of an SLA; returns 0, or -1 when its
 * holidays could not be read. */
static int sla_calendar(struct request *rq, struct biz_calendar *c, int open, int close,
                        int mask, const char *region)
{
	size_t n;
	long *days;
	if (holidays_load(&rq->arena, region, &days, &n) != 0)
		return -1;
	biz_calendar_days(c, open, close, mask, days, n);
	return 0;
}

/* Business seconds as "2 h 05 min". */
static const char *duration_text(struct arena *a, long long seconds)
{
	return arena_printf(a, "%lld h %02lld min", seconds / 3600, seconds / 60 % 60);
}

/* The business seconds a duration target allows, or 0 for other units. */
static long long target_seconds(const struct biz_calendar *c, double value, const char *unit)
{
	if (strcmp(unit, "working_minutes") == 0)
		return (long long)(value * 60);
	if (strcmp(unit, "working_hours") == 0)
		return (long long)(value * 3600);
	if (strcmp(unit, "working_days") == 0)
		return (long long)(value * (double)biz_working_day_seconds(c));
	return 0;
}

/* An instant from a date and a time field pair (London wall clock). */
static int instant_of(const struct form *f, size_t date_i, size_t time_i, time_t *out)
{
	long day;
	if (!f->values[date_i].present || !date_to_days(f->values[date_i].text, &day))
		return 0;
	*out = london_instant(day, f->values[time_i].present ? (long)f->values[time_i].number : 0);
	return 1;
}

/* Formats an instant for people in London time. */
static const char *london_text(struct request *rq, time_t t)
{
	char iso[21];
	return display_time(&rq->arena, iso_utc(t, iso));
}

/* See slas.h: the checks of the clock form beyond its table: an end needs
 * a start and must come after it, within CLOCK_MAX_DAYS (which also
 * bounds the work). Nothing more is said of a form already refused. */
void sla_check_clock_form(struct request *rq)
{
	const struct form *f = request_form(rq);
	time_t start = 0, end = 0;
	if (f->error_count)
		return;
	int has_start = instant_of(f, SLA_CALC_START_DATE, SLA_CALC_START_TIME, &start);
	int has_end = instant_of(f, SLA_CALC_END_DATE, SLA_CALC_END_TIME, &end);
	if (!has_start && (has_end || f->values[SLA_CALC_START_TIME].present))
		request_form_error(rq, SLA_CALC_START_DATE, "Start date is required to work out the clock.");
	else if (has_end && end < start)
		request_form_error(rq, SLA_CALC_END_DATE, "End date must not be before the start.");
	else if (has_end && (long long)(end - start) > CLOCK_MAX_DAYS * 86400LL)
		request_form_error(rq, SLA_CALC_END_DATE, "End date must be within 5 years of the start.");
}

/* The clock check: the due time from a start, and the business time to an
 * end with whether it met the target. */
static void add_clock_check(struct page *p, struct request *rq, const struct biz_calendar *c,
                            double target, const char *unit)
{
	const struct form *f = rq->form;
	long long allowed = target_seconds(c, target, unit);
	time_t start, end;
	tpl_show_if(p->content, "HAS_DURATION", allowed > 0);
	if (f == NULL)
		return;
	page_form(p, f);
	if (f->error_count || !instant_of(f, SLA_CALC_START_DATE, SLA_CALC_START_TIME, &start))
		return;
	tpl_dict *res = tpl_add_row(p->content, "CLOCK_RESULT");
	if (res == NULL)
		return;
	tpl_set(res, "START", london_text(rq, start));
	if (allowed > 0) {
		time_t due = biz_add_seconds(c, start, allowed);
		tpl_dict *row = tpl_add_row(res, "DUE");
		if (row)
			tpl_set(row, "DUE", due == (time_t)-1 ? "never (the hours never open)" : london_text(rq, due));
	}
	if (instant_of(f, SLA_CALC_END_DATE, SLA_CALC_END_TIME, &end)) {
		long long used = biz_seconds_between(c, start, end);
		tpl_dict *row = tpl_add_row(res, "ELAPSED");
		if (row == NULL)
			return;
		tpl_set(row, "END", london_text(rq, end));
		tpl_set(row, "USED", duration_text(&rq->arena, used));
		if (allowed > 0)
			tpl_show(row, used <= allowed ? "MET" : "BREACHED");
	}
}

/* The KPI that measures the SLA: MEASURED_BY (KPI_ID, KPI_NAME) with its
 * latest result (KPI_RESULT: VALUE, PERIOD, RAG, RAG_LABEL) or NO_RESULT;
 * NOT_MEASURED when no KPI is linked. Returns 0 or -1. */
static int add_measured_by(struct page *p, struct request *rq, long long kpi_id)
{
	struct kpi k;
	char label[40];
	int found = kpi_id ? kpi_load(rq, kpi_id, &k) : 0;
	if (found <= 0) {
		tpl_show(p->content, "NOT_MEASURED");
		return found;
	}
	tpl_dict *m = tpl_add_row(p->content, "MEASURED_BY");
	sqlite3_stmt *st = db_stmt(&sla_table, ST_KPI_LATEST);
	if (m == NULL || st == NULL)
		return -1;
	tpl_set_int(m, "KPI_ID", k.id);
	tpl_set(m, "KPI_NAME", k.name);
	sqlite3_bind_int64(st, 1, k.id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		tpl_dict *r = tpl_add_row(m, "KPI_RESULT");
		if (r) {
			tpl_set(r, "VALUE", kpi_value_text(rq, &k, sqlite3_column_double(st, 1)));
			tpl_set(r, "PERIOD", kpi_period_label(k.freq, db_text(st, 0), label, sizeof label));
			tpl_set(r, "RAG", db_text(st, 2));
			tpl_set(r, "RAG_LABEL", kpi_rag_label_of(db_text(st, 2)));
		}
	} else {
		tpl_show(m, "NO_RESULT");
	}
	sqlite3_reset(st);
	return 0;
}

/* GET /slas/{id}: the agreement and its clock; ?start_date=... works the
 * clock (refused values are shown by their fields, status 400). */
int sla_page(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	struct page p;
	struct biz_calendar cal;
	sqlite3_stmt *st = db_stmt(&sla_table, ST_SLA);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return no_such_sla(rq, rs);
	}
	const char *title = arena_strdup(&rq->arena, db_text(st, 0));
	if (page_begin(&p, rq, rs, title, "standards/sla_view.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	double target = sqlite3_column_double(st, 4);
	const char *unit = arena_strdup(&rq->arena, db_text(st, 5));
	int open = sqlite3_column_int(st, 7), close = sqlite3_column_int(st, 8), mask = sqlite3_column_int(st, 9);
	const char *region = arena_strdup(&rq->arena, db_text(st, 10));
	tpl_set_int(p.content, "ID", id);
	tpl_set(p.content, "SLA_TITLE", title);
	tpl_set(p.content, "CUSTOMER", db_text(st, 1));
	tpl_set(p.content, "PROMISE", db_text(st, 2));
	tpl_set(p.content, "METRIC", db_text(st, 3));
	tpl_set(p.content, "TARGET", target_text(&rq->arena, target, unit));
	tpl_set(p.content, "PERIOD", options_label(periods, period_labels, db_text(st, 6)));
	tpl_set(p.content, "HOURS", hours_text(&rq->arena, open, close, mask, region));
	tpl_set(p.content, "RESPONSIBLE", db_text(st, 12));
	tpl_set(p.content, "ON_BREACH", db_text(st, 13));
	tpl_set(p.content, "UPDATED_AT", display_time(&rq->arena, db_text(st, 14)));
	long long kpi_id = sqlite3_column_int64(st, 15);
	sqlite3_reset(st);
	if (add_measured_by(&p, rq, kpi_id) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, "CAN_MANAGE", is_manager(rq));
	if (sla_calendar(rq, &cal, open, close, mask, region) != 0) {
		page_abandon(&p);
		return -1;
	}
	add_clock_check(&p, rq, &cal, target, unit);
	page_notice(&p, rq, sla_notices);
	return page_finish(&p, rs);
}

/* GET /slas/holidays, and the page again when an addition is refused. */
int sla_holidays_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long page = 1, total = count_of(ST_HOLIDAY_COUNT);
	struct page p;
	if (f && f->count == SLALIST__COUNT && f->values[SLALIST_PAGE].present)
		page = f->values[SLALIST_PAGE].number;
	sqlite3_stmt *st = db_stmt(&sla_table, ST_HOLIDAY_LIST);
	if (total < 0 || st == NULL || page_begin(&p, rq, rs, "Bank holidays", "standards/sla_holidays.tpl") != 0)
		return -1;
	if (f && f->count == SLA_BANKHOL__COUNT)
		page_form(&p, f);
	sqlite3_bind_int(st, 1, HOLIDAYS_PER_PAGE);
	sqlite3_bind_int64(st, 2, (page - 1) * HOLIDAYS_PER_PAGE);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "HOLIDAY");
		long day;
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "DAY", db_text(st, 1));
		if (date_to_days(db_text(st, 1), &day))
			tpl_set(row, "WEEKDAY", weekday_abbrs[weekday_of_days(day)]);
		tpl_set(row, "NAME", db_text(st, 2));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_HOLIDAYS" : "NO_HOLIDAYS", 1);
	page_pager(&p, rq, "/slas/holidays?", page, HOLIDAYS_PER_PAGE, total);
	page_notice(&p, rq, sla_notices);
	return page_finish(&p, rs);
}

/* What adding or removing a holiday writes. */
struct holiday_ctx {
	struct request *rq;
	const struct form *f;
	long long id;
};

/* Inserts the holiday and audits. */
static int write_holiday(void *vctx)
{
	struct holiday_ctx *c = vctx;
	sqlite3_stmt *st = db_stmt(&sla_table, ST_HOLIDAY_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, c->f->values[SLA_BANKHOL_DAY].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, c->f->values[SLA_BANKHOL_NAME].text, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	return audit_record(c->rq, "holiday.added", "bank_holiday", c->id, c->f->values[SLA_BANKHOL_DAY].text);
}

/* POST /slas/holidays: adds a bank holiday (one per date). */
int sla_holiday_create_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	char name[128];
	int taken = holidays_england_name(f->values[SLA_BANKHOL_DAY].text, name, sizeof name);
	if (taken < 0)
		return -1;
	if (taken)
		request_form_error(rq, SLA_BANKHOL_DAY, arena_printf(&rq->arena, "Date is already a bank holiday (%s).",
		                                             name));
	if (request_form_refused(rq))
		return form_again(rq, rs, sla_holidays_page);
	struct holiday_ctx c = { rq, f, 0 };
	if (db_write(write_holiday, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/slas/holidays?done=holiday_added");
	return 0;
}

/* Deletes the holiday and audits. */
static int write_holiday_delete(void *vctx)
{
	struct holiday_ctx *c = vctx;
	sqlite3_stmt *st = db_stmt(&sla_table, ST_HOLIDAY_DELETE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc;
	}
	const char *day = arena_strdup(&c->rq->arena, db_text(st, 0));
	sqlite3_reset(st);
	return audit_record(c->rq, "holiday.removed", "bank_holiday", c->id, day);
}

/* POST /slas/holidays/{id}/delete */
int sla_holiday_delete_submit(struct request *rq, struct response *rs)
{
	struct holiday_ctx c = { rq, NULL, rq->path_ids[0] };
	int rc = db_write(write_holiday_delete, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "That bank holiday does not exist (it may have been removed already).");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/slas/holidays?done=holiday_removed");
	return 0;
}
