/*
 * picker.c: the evidence form's picker. Under the kind choice, each
 * product kind lists its latest records (one query each, read never
 * written from the owning areas' tables), or the last months or weeks
 * for the kinds named by a month or a week; each entry is a link that
 * opens the form with the kind and record filled in.
 * A kind's row in kinds.c names its query here (portfolio_kind.recent).
 */
#include "internal.h"
#include "core/caltime.h"
#include "core/db.h"

#include <stdio.h>
#include <string.h>

/* How many records, months and weeks each kind offers. */
#define PICK_RECORDS 8
#define PICK_MONTHS 6
#define PICK_WEEKS 6

/* Each query answers (id, words naming the record), newest first, ?1 rows. */
static const char *const picker_sql[PORTFOLIO_RECENT__COUNT] = {
	[PORTFOLIO_RECENT_NONE] = "SELECT 0, '' WHERE 0",
	[PORTFOLIO_RECENT_PLANS] = "SELECT id, title FROM plans ORDER BY id DESC LIMIT ?1",
	[PORTFOLIO_RECENT_KPIS] = "SELECT id, name FROM kpis ORDER BY id DESC LIMIT ?1",
	[PORTFOLIO_RECENT_ACTIONS] = "SELECT id, title FROM actions ORDER BY id DESC LIMIT ?1",
	[PORTFOLIO_RECENT_MEETINGS] = "SELECT id, held_on || ' ' || title FROM meetings ORDER BY held_on DESC, id DESC LIMIT ?1",
	[PORTFOLIO_RECENT_COMPLAINTS] = "SELECT id, 'Complaint received ' || received_day FROM complaints ORDER BY id DESC LIMIT ?1",
	[PORTFOLIO_RECENT_CHECKLISTS] = "SELECT id, 'Run started ' || substr(started_at, 1, 10) || ' (' || status || ')' "
	                                "FROM checklist_runs WHERE superseded_by IS NULL ORDER BY id DESC LIMIT ?1",
};
static sqlite3_stmt *picker_cache[PORTFOLIO_RECENT__COUNT];
static struct sql_table picker_table = { picker_sql, PORTFOLIO_RECENT__COUNT, picker_cache, NULL };

/* Adds one entry to the kind's row: a link that pre-fills the form with
 * kind and record, named by words. */
static void add_pick(struct request *rq, tpl_dict *kind_row, const struct portfolio_kind *k,
                     const char *record, const char *words)
{
	tpl_dict *row = tpl_add_row(kind_row, "PICK");
	if (row == NULL)
		return;
	tpl_set(row, "HREF", arena_printf(&rq->arena, "/portfolio/evidence/new?kind=%s&record=%s#product-heading",
	                                  k->key, url_encode(&rq->arena, record)));
	tpl_set(row, "WORDS", words);
}

/* Adds the kind's latest records from its query; returns 0 or -1. */
static int add_records(struct request *rq, tpl_dict *kind_row, const struct portfolio_kind *k)
{
	sqlite3_stmt *st = db_stmt(&picker_table, k->recent);
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, PICK_RECORDS);
	int n = 0;
	while (db_step_row(st, &rc)) {
		n++;
		long long id = sqlite3_column_int64(st, 0);
		add_pick(rq, kind_row, k, portfolio_live_url(&rq->arena, k, id),
		         arena_printf(&rq->arena, "%lld: %s", id, db_text(st, 1)));
	}
	if (db_rows_failed(rc))
		return -1;
	tpl_show_if(kind_row, "NONE", n == 0);
	return 0;
}

/* Adds this month and the months before it, newest first. */
static void add_months(struct request *rq, tpl_dict *kind_row, const struct portfolio_kind *k)
{
	char today[11], day[11];
	today_london(today);
	for (int i = 0; i < PICK_MONTHS; i++) {
		date_add_months(today, -i, day);
		day[7] = '\0';
		add_pick(rq, kind_row, k, day, day);
	}
}

/* Adds this week and the weeks before it, newest first. */
static void add_weeks(struct request *rq, tpl_dict *kind_row, const struct portfolio_kind *k)
{
	char today[11], week[9], earlier[9];
	iso_week_of_date(today_london(today), week);
	for (int i = 0; i < PICK_WEEKS; i++) {
		iso_week_add(week, -i, earlier);
		add_pick(rq, kind_row, k, earlier, earlier);
	}
}

/* See internal.h. */
int portfolio_picker(struct request *rq, tpl_dict *d)
{
	for (size_t i = 0; portfolio_product_keys[i]; i++) {
		const struct portfolio_kind *k = portfolio_kind_find(portfolio_product_keys[i]);
		tpl_dict *row = tpl_add_row(d, "PICK_KIND");
		if (row == NULL)
			return -1;
		tpl_set(row, "LABEL", k->label);
		if (k->ref == PORTFOLIO_REF_MONTH)
			add_months(rq, row, k);
		else if (k->ref == PORTFOLIO_REF_WEEK)
			add_weeks(rq, row, k);
		else if (add_records(rq, row, k) != 0)
			return -1;
	}
	return 0;
}
