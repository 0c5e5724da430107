/*
 * kpis.c: KPI definitions, results typed in by hand, the dashboard and a
 * KPI's own page (see kpis.h for the pages).
 *
 * The dashboard reads everything in five queries whatever the number of
 * KPIs: the KPIs with their latest result and open red results, the last
 * twelve results of every KPI (KPI by KPI through the (kpi_id, period)
 * index: the CROSS JOIN keeps SQLite from scanning every result instead),
 * the red results still needing attention and their number, and the
 * archived KPIs.
 */
#include "kpis.h"
#include "sources.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/chart.h"
#include "core/db.h"
#include "core/fragment.h"

#include <stdlib.h>
#include <string.h>

#define TREND_POINTS 12        /* results in a dashboard trend line */
#define CHART_POINTS 60        /* results in a KPI page's chart */
#define RESULTS_PER_PAGE 24

enum kpis_stmt {
	ST_DASH_KPIS,
	ST_DASH_POINTS,
	ST_DASH_ATTENTION,
	ST_DASH_ARCHIVED,
	ST_KPI,
	ST_NAME_TAKEN,
	ST_KPI_INSERT,
	ST_KPI_UPDATE,
	ST_PERIOD_TAKEN,
	ST_RESULT_INSERT,
	ST_ATTENTION_INSERT,
	ST_RESULTS_COUNT,
	ST_RESULTS_PAGE,
	ST_CHART_POINTS,
	ST_LAST_PERIOD,
	ST_ATTENTION_TOTAL,
	ST__COUNT
};
static const char *const kpis_sql[ST__COUNT] = {
	[ST_DASH_KPIS] =
		"SELECT k.id, k.name, k.unit, k.direction, k.target, k.frequency, "
		"coalesce(u.display_name, ''), coalesce(r.period, ''), r.value, coalesce(r.rag, ''), "
		"(SELECT count(*) FROM kpi_attention a WHERE a.state = 'open' AND a.kpi_id = k.id) "
		"FROM kpis k LEFT JOIN users u ON u.id = k.owner_id "
		"LEFT JOIN kpi_results r ON r.id = (SELECT l.id FROM kpi_results l WHERE l.kpi_id = k.id "
		"ORDER BY l.period DESC LIMIT 1) "
		"WHERE k.archived = 0 ORDER BY CASE r.rag WHEN 'red' THEN 0 WHEN 'amber' THEN 1 "
		"WHEN 'green' THEN 2 ELSE 3 END, k.name COLLATE NOCASE, k.id",
	[ST_DASH_POINTS] =
		"SELECT r.kpi_id, r.period, r.value, r.rag FROM kpis k CROSS JOIN kpi_results r ON r.kpi_id = k.id "
		"AND r.period >= coalesce((SELECT p.period FROM kpi_results p WHERE p.kpi_id = k.id "
		"ORDER BY p.period DESC LIMIT 1 OFFSET 11), '') "
		"WHERE k.archived = 0 ORDER BY k.id, r.period",
	[ST_DASH_ATTENTION] =
		"SELECT a.result_id, k.id, k.name, k.unit, k.frequency, r.period, r.value "
		"FROM kpi_attention a JOIN kpi_results r ON r.id = a.result_id JOIN kpis k ON k.id = a.kpi_id "
		"WHERE a.state = 'open' ORDER BY r.period DESC, k.name LIMIT 10",
	[ST_DASH_ARCHIVED] = "SELECT id, name FROM kpis WHERE archived = 1 ORDER BY name COLLATE NOCASE",
	[ST_KPI] =
		"SELECT k.name, k.description, k.unit, k.direction, k.target, k.amber_at, k.red_at, "
		"k.frequency, k.source, coalesce(k.owner_id, 0), coalesce(u.display_name, ''), k.archived "
		"FROM kpis k LEFT JOIN users u ON u.id = k.owner_id WHERE k.id = ?",
	[ST_NAME_TAKEN] = "SELECT 1 FROM kpis WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
	[ST_KPI_INSERT] =
		"INSERT INTO kpis (name, description, unit, direction, target, amber_at, red_at, frequency, "
		"source, owner_id, archived, created_by, created_at, updated_at) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, nullif(?10, 0), ?11, ?12, ?13, ?13)",
	[ST_KPI_UPDATE] =
		"UPDATE kpis SET name = ?1, description = ?2, unit = ?3, direction = ?4, target = ?5, "
		"amber_at = ?6, red_at = ?7, frequency = ?8, source = ?9, owner_id = nullif(?10, 0), "
		"archived = ?11, updated_at = ?13 WHERE id = ?14",
	[ST_PERIOD_TAKEN] = "SELECT 1 FROM kpi_results WHERE kpi_id = ? AND period = ?",
	[ST_RESULT_INSERT] =
		"INSERT INTO kpi_results (kpi_id, period, value, rag, note, origin, entered_by, entered_at) "
		"VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
	[ST_ATTENTION_INSERT] = "INSERT INTO kpi_attention (result_id, kpi_id) VALUES (?, ?)",
	[ST_RESULTS_COUNT] = "SELECT count(*) FROM kpi_results WHERE kpi_id = ?",
	[ST_RESULTS_PAGE] =
		"SELECT r.id, r.period, r.value, r.rag, r.note, r.origin, coalesce(a.state, ''), "
		"(SELECT count(*) FROM actions x WHERE x.source_type = 'kpi_result' AND x.source_id = r.id) "
		"FROM kpi_results r LEFT JOIN kpi_attention a ON a.result_id = r.id "
		"WHERE r.kpi_id = ? ORDER BY r.period DESC LIMIT ? OFFSET ?",
	[ST_CHART_POINTS] =
		"SELECT period, value, rag FROM (SELECT period, value, rag FROM kpi_results WHERE kpi_id = ? "
		"ORDER BY period DESC LIMIT ?) ORDER BY period",
	[ST_LAST_PERIOD] = "SELECT coalesce(max(period), '') FROM kpi_results WHERE kpi_id = ?",
	[ST_ATTENTION_TOTAL] = "SELECT count(*) FROM kpi_attention WHERE state = 'open'",
};
static sqlite3_stmt *kpis_cache[ST__COUNT];
static struct sql_table kpis_table = { kpis_sql, ST__COUNT, kpis_cache, NULL };

static const char *const directions[] = { "higher", "lower", NULL };
static const char *const frequencies[] = { "weekly", "monthly", "quarterly", NULL };

const struct field_spec kpi_fields[KPI__COUNT] = {
	[KPI_NAME] = { "name", "Name", FIELD_TEXT, FIELD_REQUIRED, 1, 120, NULL },
	[KPI_DESCRIPTION] = { "description", "What it measures and why", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[KPI_UNIT] = { "unit", "Unit", FIELD_TEXT, 0, 0, 20, NULL },
	[KPI_DIRECTION] = { "direction", "Which way is better", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, directions },
	[KPI_TARGET] = { "target", "Target", FIELD_DECIMAL, FIELD_REQUIRED, 0, 0, NULL },
	[KPI_AMBER] = { "amber_at", "Amber threshold", FIELD_DECIMAL, FIELD_REQUIRED, 0, 0, NULL },
	[KPI_RED] = { "red_at", "Red threshold", FIELD_DECIMAL, FIELD_REQUIRED, 0, 0, NULL },
	[KPI_FREQUENCY] = { "frequency", "Frequency", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, frequencies },
	[KPI_SOURCE] = { "source", "Source of results", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, kpi_source_keys },
	[KPI_OWNER] = { "owner", "Owner", FIELD_INT, 0, 0, 1000000000000LL, NULL },
	[KPI_ARCHIVED] = { "archived", "Archived", FIELD_CHECKBOX, 0, 0, 0, NULL },
};

const struct field_spec kpi_result_fields[KPI_RESULT__COUNT] = {
	[KPI_RESULT_PERIOD] = { "period", "Period", FIELD_TEXT, FIELD_REQUIRED, 0, 10, NULL },
	[KPI_RESULT_VALUE] = { "value", "Value", FIELD_DECIMAL, FIELD_REQUIRED, 0, 0, NULL },
	[KPI_RESULT_NOTE] = { "note", "Note", FIELD_MULTILINE, 0, 0, 500, NULL },
};

const struct field_spec kpi_page_fields[KPI_PAGE__COUNT] = {
	[KPI_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
};

static const char *const kpis_notices[] = {
	"created", "The KPI has been created. Record its first result below.",
	"saved", "The changes to the KPI have been saved.",
	"recorded", "The result has been recorded.",
	"computed", "The results of the complete periods have been computed.",
	"nothing", "There was nothing to compute: every complete period has a result, or there is no data yet.",
	NULL, NULL
};

/* 1 when the signed-in user holds the manager role. */
int kpi_user_is_manager(const struct request *rq)
{
	return rq->session && (rq->session->roles & ROLE_MANAGER);
}

/* Loads a KPI's definition into the arena. */
int kpi_load(struct request *rq, long long id, struct kpi *k)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_KPI);
	struct arena *a = &rq->arena;
	int found = db_row_by_id(st, id);
	if (found != 1)
		return found;
	k->id = id;
	k->name = arena_strdup(a, db_text(st, 0));
	k->description = arena_strdup(a, db_text(st, 1));
	k->unit = arena_strdup(a, db_text(st, 2));
	k->direction = arena_strdup(a, db_text(st, 3));
	k->thresholds.direction = kpi_direction_from(k->direction);
	k->thresholds.target = sqlite3_column_double(st, 4);
	k->thresholds.amber_at = sqlite3_column_double(st, 5);
	k->thresholds.red_at = sqlite3_column_double(st, 6);
	k->frequency = arena_strdup(a, db_text(st, 7));
	k->freq = kpi_frequency_from(k->frequency);
	k->source = arena_strdup(a, db_text(st, 8));
	k->owner_id = sqlite3_column_int64(st, 9);
	k->owner_name = arena_strdup(a, db_text(st, 10));
	k->archived = sqlite3_column_int(st, 11);
	sqlite3_reset(st);
	return k->name && k->owner_name ? 1 : -1;
}

/* The unit as it follows a number: "%" directly, words after a space. */
static const char *unit_suffix(struct request *rq, const char *unit)
{
	if (unit[0] == '\0' || unit[0] == '%')
		return unit;
	return arena_printf(&rq->arena, " %s", unit);
}

/* A value with its unit. */
const char *kpi_value_text(struct request *rq, const struct kpi *k, double value)
{
	char num[40];
	return arena_printf(&rq->arena, "%s%s", chart_number(value, num), unit_suffix(rq, k->unit));
}

/* 1 when a result for the period exists. */
int kpi_period_taken(long long kpi_id, const char *period)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_PERIOD_TAKEN);
	int taken;
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, kpi_id);
	sqlite3_bind_text(st, 2, period, -1, SQLITE_STATIC);
	taken = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return taken;
}

/* Normalises a typed period; NULL or what is wrong with it. */
const char *kpi_period_problem(struct request *rq, const struct kpi *k, const char *text,
                               char out[11])
{
	char today[11];
	if (!kpi_period_normalise(k->freq, text, out))
		return "Period must be a real date written YYYY-MM-DD, or a month written YYYY-MM.";
	today_london(today);
	if (strcmp(out, today) > 0)
		return "Period must not be in the future.";
	(void)rq;
	return NULL;
}

/* Inserts a result (and its attention row when red) and audits. */
int kpi_insert_result(struct request *rq, const struct kpi *k, const char *period,
                      double value, const char *note, const char *origin,
                      long long *result_id, enum kpi_rag *rag_out)
{
	char now[21];
	enum kpi_rag rag = kpi_classify(&k->thresholds, value);
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_RESULT_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_int64(st, 1, k->id);
	sqlite3_bind_text(st, 2, period, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 3, value);
	sqlite3_bind_text(st, 4, kpi_rag_name(rag), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, note, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, origin, -1, SQLITE_STATIC);
	if (rq->session)
		sqlite3_bind_int64(st, 7, rq->session->user_id);
	sqlite3_bind_text(st, 8, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return (rc & 0xff) == SQLITE_CONSTRAINT ? SQLITE_CONSTRAINT : rc;
	long long id = sqlite3_last_insert_rowid(db_get());
	if (rag == RAG_RED) {
		if ((st = db_stmt(&kpis_table, ST_ATTENTION_INSERT)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, k->id);
		if ((rc = db_exec_stmt(st)) != SQLITE_OK)
			return rc;
	}
	if (result_id)
		*result_id = id;
	if (rag_out)
		*rag_out = rag;
	return audit_record(rq, "kpi.result", "kpi_result", id,
	                    arena_printf(&rq->arena, "kpi=%lld period=%s rag=%s origin=%s",
	                                 k->id, period, kpi_rag_name(rag), origin));
}

/* The points of one KPI's dashboard trend, read from the points query. */
struct trend_points {
	long long *kpi_ids;
	struct chart_point *points;
	size_t count;
};

/* Reads the last TREND_POINTS results of every KPI, ordered by KPI and
 * period, into the arena. Returns 0 or -1. */
static int load_trends(struct request *rq, struct trend_points *t)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_DASH_POINTS);
	size_t cap = 64;
	t->count = 0;
	t->kpi_ids = arena_alloc(&rq->arena, cap * sizeof *t->kpi_ids);
	t->points = arena_alloc(&rq->arena, cap * sizeof *t->points);
	if (st == NULL || t->kpi_ids == NULL || t->points == NULL)
		return -1;
	int rc;
	while (db_step_row(st, &rc)) {
		if (t->count == cap) {
			long long *ids = arena_alloc(&rq->arena, 2 * cap * sizeof *ids);
			struct chart_point *pts = arena_alloc(&rq->arena, 2 * cap * sizeof *pts);
			if (ids == NULL || pts == NULL) {
				rc = SQLITE_NOMEM;
				break;
			}
			memcpy(ids, t->kpi_ids, cap * sizeof *ids);
			memcpy(pts, t->points, cap * sizeof *pts);
			t->kpi_ids = ids;
			t->points = pts;
			cap *= 2;
		}
		struct chart_point *p = &t->points[t->count];
		t->kpi_ids[t->count] = sqlite3_column_int64(st, 0);
		p->label = arena_strdup(&rq->arena, db_text(st, 1));   /* the period, labelled later */
		p->value = sqlite3_column_double(st, 2);
		p->mark = arena_strdup(&rq->arena, db_text(st, 3));
		p->mark_label = kpi_rag_label_of(p->mark);
		t->count++;
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Finds the run of trend points of one KPI (ids are in ascending order);
 * sets *n and returns the first, or NULL when it has none. */
static struct chart_point *trend_of(struct trend_points *t, long long kpi_id, size_t *n)
{
	size_t lo = 0, hi = t->count;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t->kpi_ids[mid] < kpi_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < t->count && t->kpi_ids[end] == kpi_id)
		end++;
	*n = end - lo;
	return *n ? &t->points[lo] : NULL;
}

/* Gives each point a period label for people. */
static void label_points(struct request *rq, struct chart_point *p, size_t n,
                         enum kpi_frequency f)
{
	char label[40];
	for (size_t i = 0; i < n; i++)
		p[i].label = arena_strdup(&rq->arena, kpi_period_label(f, p[i].label, label, sizeof label));
}

/* Sets TREND to the compact chart and its table of figures. */
static void set_trend(struct request *rq, tpl_dict *row, const char *name, const char *unit,
                      double target, struct chart_point *points, size_t n)
{
	struct buf b = {0};
	struct chart c = { .title = arena_printf(&rq->arena, "Trend of %s over the last %zu results, "
	                                         "with the target line", name, n),
	                   .unit = unit, .points = points, .count = n,
	                   .has_target = 1, .target = target, .compact = 1 };
	if (chart_svg(&b, &c) == 0 &&
	    buf_puts(&b, "<details class=\"chart-figures\"><summary>Figures</summary>") == 0 &&
	    chart_table(&b, &c, arena_printf(&rq->arena, "%s, last %zu results", name, n)) == 0 &&
	    buf_puts(&b, "</details>") == 0)
		tpl_set(row, "TREND", b.data);
	buf_free(&b);
}

/* Adds one dashboard card per KPI, worst colour first. */
static int add_dashboard_kpis(struct request *rq, tpl_dict *d, struct trend_points *t)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_DASH_KPIS);
	char label[40], num[40];
	int rows = 0, rc;
	if (st == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "KPI");
		long long id = sqlite3_column_int64(st, 0);
		const char *name = db_text(st, 1);
		const char *unit = unit_suffix(rq, db_text(st, 2));
		double target = sqlite3_column_double(st, 4);
		enum kpi_frequency f = kpi_frequency_from(db_text(st, 5));
		const char *rag = db_text(st, 9);
		rows++;
		tpl_set_int(row, "ID", id);
		tpl_set(row, "NAME", name);
		tpl_set(row, "DIRECTION", strcmp(db_text(st, 3), "lower") == 0 ? "lower is better" : "higher is better");
		tpl_set(row, "TARGET", arena_printf(&rq->arena, "%s%s", chart_number(target, num), unit));
		tpl_set(row, "OWNER", db_text(st, 6)[0] ? db_text(st, 6) : "No owner");
		if (rag[0]) {
			tpl_dict *latest = tpl_add_row(row, "LATEST");
			tpl_set(latest, "VALUE", arena_printf(&rq->arena, "%s%s",
			        chart_number(sqlite3_column_double(st, 8), num), unit));
			tpl_set(latest, "PERIOD", kpi_period_label(f, db_text(st, 7), label, sizeof label));
			tpl_set(latest, "RAG", rag);
			tpl_set(latest, "RAG_LABEL", kpi_rag_label_of(rag));
		} else {
			tpl_show(row, "NO_RESULTS");
		}
		long long open = sqlite3_column_int64(st, 10);
		if (open > 0)
			tpl_set_int(tpl_add_row(row, "NEEDS_ATTENTION"), "COUNT", open);
		size_t n;
		struct chart_point *points = trend_of(t, id, &n);
		if (points) {
			label_points(rq, points, n, f);
			set_trend(rq, row, name, unit, target, points, n);
		}
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : rows;
}

/* Adds the ten latest red results still needing an action or a
 * justification (archived KPIs' too: archiving does not answer them), and
 * how many there are in all. */
static int add_attention_list(struct request *rq, tpl_dict *d)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_ATTENTION_TOTAL);
	char label[40], num[40];
	long long total = 0;
	int rows = 0, rc;
	if (st == NULL)
		return -1;
	if (db_count(st, &total) != 0)
		return -1;
	if ((st = db_stmt(&kpis_table, ST_DASH_ATTENTION)) == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "ATTENTION");
		rows++;
		tpl_set_int(row, "RESULT_ID", sqlite3_column_int64(st, 0));
		tpl_set_int(row, "KPI_ID", sqlite3_column_int64(st, 1));
		tpl_set(row, "NAME", db_text(st, 2));
		tpl_set(row, "PERIOD", kpi_period_label(kpi_frequency_from(db_text(st, 4)), db_text(st, 5),
		                                        label, sizeof label));
		tpl_set(row, "VALUE", arena_printf(&rq->arena, "%s%s", chart_number(sqlite3_column_double(st, 6), num),
		                                   unit_suffix(rq, db_text(st, 3))));
	}
	sqlite3_reset(st);
	if (rows)
		tpl_set_int(d, "ATTENTION_COUNT", total);
	if (total > rows)
		tpl_set_int(tpl_add_row(d, "MORE_ATTENTION"), "MORE", total - rows);
	tpl_show_if(d, "HAS_ATTENTION", rows > 0);
	return db_rows_failed(rc) ? -1 : rows;
}

/* Lists archived KPIs by name, so they can still be reached. */
static int add_archived(tpl_dict *d)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_DASH_ARCHIVED);
	int rows = 0, rc;
	if (st == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "ARCHIVED");
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "NAME", db_text(st, 1));
		rows++;
	}
	sqlite3_reset(st);
	tpl_show_if(d, "HAS_ARCHIVED", rows > 0);
	return db_rows_failed(rc) ? -1 : rows;
}

/* Builds the dashboard's cards, attention list and archived list as HTML
 * (from kpis/cards.tpl, which escapes every value), with the number of
 * live KPIs as its count; a fragment_builder. With fifty KPIs the page is
 * about 100 kB and building it is most of its cost, so it is kept in the
 * worker's fragment cache: nothing in it depends on who is asking or on
 * today's date. */
static int build_dashboard(void *ctx, char **html, size_t *len, long long *count)
{
	struct request *rq = ctx;
	struct trend_points t;
	tpl_dict *d = tpl_dict_new();
	int kpis = -1, rc = -1;
	if (d && load_trends(rq, &t) == 0 && (kpis = add_dashboard_kpis(rq, d, &t)) >= 0 &&
	    add_attention_list(rq, d) >= 0 && add_archived(d) >= 0) {
		tpl_show_if(d, kpis ? "HAS_KPIS" : "NO_KPIS", 1);
		rc = tpl_expand("kpis/cards.tpl", d, html, len);
	}
	if (d)
		tpl_dict_free(d);
	*count = kpis;
	return rc;
}

/* GET /kpis: every KPI's latest result in red, amber or green, its trend
 * with the target line and figures, and the red results needing attention. */
int kpis_dashboard_page(struct request *rq, struct response *rs)
{
	struct page p;
	const struct fragment *cards = fragment_get("kpis/dashboard", build_dashboard, rq);
	if (cards == NULL)
		return -1;
	if (page_begin(&p, rq, rs, "KPIs", "kpis/dashboard.tpl") != 0)
		return -1;
	tpl_set(p.content, "CARDS", cards->data);
	tpl_show_if(p.content, "NO_KPIS", cards->count == 0);
	tpl_show_if(p.content, "CAN_MANAGE", kpi_user_is_manager(rq));
	page_notice(&p, rq, kpis_notices);
	return page_finish(&p, rs);
}

/* Adds the choices of the definition form, marking the chosen ones;
 * returns 0, or -1 when the owners could not be read. */
static int add_definition_choices(struct page *p, const char *direction, const char *frequency,
                                   const char *source, long long owner)
{
	for (int i = 0; directions[i]; i++)
		if (strcmp(directions[i], direction) == 0)
			tpl_show(p->content, i == 0 ? "DIRECTION_HIGHER" : "DIRECTION_LOWER");
	for (int i = 0; frequencies[i]; i++) {
		tpl_dict *row = tpl_add_row(p->content, "FREQUENCY_OPTION");
		tpl_set(row, "VALUE", frequencies[i]);
		tpl_set(row, "LABEL", i == 0 ? "Weekly" : i == 1 ? "Monthly" : "Quarterly");
		tpl_show_if(row, "SELECTED", strcmp(frequencies[i], frequency) == 0);
	}
	for (unsigned i = 0; i < kpi_source_count; i++) {
		tpl_dict *row = tpl_add_row(p->content, "SOURCE_OPTION");
		tpl_set(row, "VALUE", kpi_sources[i].key);
		tpl_set(row, "LABEL", kpi_sources[i].label);
		tpl_show_if(row, "SELECTED", strcmp(kpi_sources[i].key, source) == 0);
		tpl_show_if(row, "UNAVAILABLE", !kpi_source_available(&kpi_sources[i]));
	}
	return action_add_owner_options(p->content, "OWNER_OPTION", owner) < 0 ? -1 : 0;
}

/* Shows the definition form: new (id 0) or edit; the values come from a
 * refused form when there is one, else from the KPI. */
static int show_definition_form(struct request *rq, struct response *rs, long long id)
{
	struct page p;
	struct kpi k;
	if (id) {
		int found = kpi_load(rq, id, &k);
		if (found < 0)
			return -1;
		if (found == 0) {
			respond_error(rq, rs, 404, "There is no KPI with that number.");
			return 0;
		}
	}
	if (page_begin(&p, rq, rs, id ? "Edit KPI" : "New KPI", "kpis/form.tpl") != 0)
		return -1;
	const struct form *f = request_form(rq);
	int chosen;
	if (f && f->specs == kpi_fields) {
		page_form(&p, f);
		chosen = add_definition_choices(&p, f->values[KPI_DIRECTION].text, f->values[KPI_FREQUENCY].text,
		                                f->values[KPI_SOURCE].text, f->values[KPI_OWNER].number);
	} else if (id) {
		char num[40];
		tpl_set(p.content, "NAME_VALUE", k.name);
		tpl_set(p.content, "DESCRIPTION_VALUE", k.description);
		tpl_set(p.content, "UNIT_VALUE", k.unit);
		tpl_set(p.content, "TARGET_VALUE", chart_number(k.thresholds.target, num));
		tpl_set(p.content, "AMBER_AT_VALUE", chart_number(k.thresholds.amber_at, num));
		tpl_set(p.content, "RED_AT_VALUE", chart_number(k.thresholds.red_at, num));
		tpl_show_if(p.content, "ARCHIVED_CHECKED", k.archived);
		chosen = add_definition_choices(&p, k.direction, k.frequency, k.source, k.owner_id);
	} else {
		chosen = add_definition_choices(&p, "higher", "monthly", "manual", rq->session->user_id);
	}
	if (chosen != 0) {
		page_abandon(&p);
		return -1;
	}
	if (id) {
		tpl_set_int(tpl_add_row(p.content, "EDITING"), "ID", id);
		tpl_set(p.content, "ACTION", arena_printf(&rq->arena, "/kpis/%lld", id));
	} else {
		tpl_show(p.content, "CREATING");
		tpl_set(p.content, "ACTION", "/kpis");
	}
	return page_finish(&p, rs);
}

/* GET /kpis/new */
int kpi_new_page(struct request *rq, struct response *rs)
{
	return show_definition_form(rq, rs, 0);
}

/* GET /kpis/{id}/edit */
int kpi_edit_page(struct request *rq, struct response *rs)
{
	return show_definition_form(rq, rs, rq->path_ids[0]);
}

/* Returns 1 when another KPI (not id) already has this name. */
static int name_taken(const char *name, long long id)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_NAME_TAKEN);
	int taken;
	if (st == NULL)
		return 0;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	taken = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return taken;
}

/* See kpis.h: the checks the validator table cannot make: thresholds in
 * order for the direction, a free name, an owner who exists, a source that
 * works. The KPI is the one in the path (none: a new KPI). */
void kpi_definition_check(struct request *rq)
{
	long long id = rq->path_id_count ? rq->path_ids[0] : 0;
	const struct field_value *v = request_form(rq)->values;
	if (!v[KPI_DIRECTION].error && !v[KPI_TARGET].error && !v[KPI_AMBER].error && !v[KPI_RED].error) {
		struct kpi_thresholds t = { kpi_direction_from(v[KPI_DIRECTION].text), v[KPI_TARGET].decimal,
		                            v[KPI_AMBER].decimal, v[KPI_RED].decimal };
		const char *problem = kpi_thresholds_problem(&t);
		if (problem)
			request_form_error(rq, strstr(problem, "red threshold") ? KPI_RED : KPI_AMBER, problem);
	}
	if (!v[KPI_NAME].error && name_taken(v[KPI_NAME].text, id))
		request_form_error(rq, KPI_NAME, "Another KPI already has that name.");
	if (!v[KPI_OWNER].error && v[KPI_OWNER].number != 0 && !action_owner_valid(v[KPI_OWNER].number))
		request_form_error(rq, KPI_OWNER, "Owner must be one of the people listed.");
	if (!v[KPI_SOURCE].error && !kpi_source_available(kpi_source_find(v[KPI_SOURCE].text)))
		request_form_error(rq, KPI_SOURCE, "That source is not connected yet: choose typed in by hand or imported from CSV.");
}

/* What creating or updating a KPI writes. */
struct definition_ctx {
	struct request *rq;
	const struct form *f;
	long long id;            /* 0 to create; then the new KPI's id */
	int creating;
};

/* Inserts or updates the KPI and audits it. */
static int write_definition(void *vctx)
{
	struct definition_ctx *c = vctx;
	const struct field_value *v = c->f->values;
	char now[21];
	sqlite3_stmt *st = db_stmt(&kpis_table, c->creating ? ST_KPI_INSERT : ST_KPI_UPDATE);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_text(st, 1, v[KPI_NAME].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, v[KPI_DESCRIPTION].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, v[KPI_UNIT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, v[KPI_DIRECTION].text, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 5, v[KPI_TARGET].decimal);
	sqlite3_bind_double(st, 6, v[KPI_AMBER].decimal);
	sqlite3_bind_double(st, 7, v[KPI_RED].decimal);
	sqlite3_bind_text(st, 8, v[KPI_FREQUENCY].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, v[KPI_SOURCE].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 10, v[KPI_OWNER].number);
	sqlite3_bind_int(st, 11, c->creating ? 0 : (int)v[KPI_ARCHIVED].number);
	if (c->creating)
		sqlite3_bind_int64(st, 12, c->rq->session->user_id);
	sqlite3_bind_text(st, 13, now, -1, SQLITE_TRANSIENT);
	if (!c->creating)
		sqlite3_bind_int64(st, 14, c->id);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	if (c->creating)
		c->id = sqlite3_last_insert_rowid(db_get());
	else if (sqlite3_changes(db_get()) == 0)
		return SQLITE_NOTFOUND;
	return audit_record(c->rq, c->creating ? "kpi.create" : "kpi.update", "kpi", c->id,
	                    v[KPI_NAME].text);
}

/* Saves the definition form for id (0: a new KPI). */
static int save_definition(struct request *rq, struct response *rs, long long id)
{
	struct definition_ctx c = { rq, request_form(rq), id, id == 0 };
	int rc = db_write(write_definition, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no KPI with that number.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/kpis/%lld?done=%s", c.id, id ? "saved" : "created"));
	return 0;
}

/* POST /kpis */
int kpi_create_submit(struct request *rq, struct response *rs)
{
	return save_definition(rq, rs, 0);
}

/* Re-render of a refused new KPI, with every other problem named too. */
int kpi_create_invalid(struct request *rq, struct response *rs)
{
	return show_definition_form(rq, rs, 0);
}

/* POST /kpis/{id} */
int kpi_update_submit(struct request *rq, struct response *rs)
{
	return save_definition(rq, rs, rq->path_ids[0]);
}

/* Re-render of a refused edit. */
int kpi_update_invalid(struct request *rq, struct response *rs)
{
	return show_definition_form(rq, rs, rq->path_ids[0]);
}

/* Sets the chart of a KPI's page: its last CHART_POINTS results. */
static int set_kpi_chart(struct request *rq, struct page *p, const struct kpi *k)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_CHART_POINTS);
	struct chart_point *points = arena_alloc(&rq->arena, CHART_POINTS * sizeof *points);
	char label[40];
	size_t n = 0;
	int rc = SQLITE_DONE;
	if (st == NULL || points == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, k->id);
	sqlite3_bind_int(st, 2, CHART_POINTS);
	while (n < CHART_POINTS && db_step_row(st, &rc)) {
		points[n].label = arena_strdup(&rq->arena, kpi_period_label(k->freq, db_text(st, 0), label, sizeof label));
		points[n].value = sqlite3_column_double(st, 1);
		points[n].mark = arena_strdup(&rq->arena, db_text(st, 2));
		points[n].mark_label = kpi_rag_label_of(points[n].mark);
		n++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	if (n == 0)
		return 0;
	struct buf b = {0};
	struct chart c = { .title = arena_printf(&rq->arena, "%s: the last %zu results against the target",
	                                         k->name, n),
	                   .unit = unit_suffix(rq, k->unit), .points = points, .count = n,
	                   .has_target = 1, .target = k->thresholds.target };
	rc = chart_svg(&b, &c);
	if (rc == 0)
		tpl_set(p->content, "CHART", b.data);
	buf_free(&b);
	tpl_set_int(p->content, "CHART_COUNT", (long long)n);
	return rc;
}

/* Adds one page of the KPI's results, newest first, with their state. */
static int add_result_rows(struct request *rq, struct page *p, const struct kpi *k, long long page,
                           long long *total)
{
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_RESULTS_COUNT);
	char label[40];
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, k->id);
	*total = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if ((st = db_stmt(&kpis_table, ST_RESULTS_PAGE)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, k->id);
	sqlite3_bind_int(st, 2, RESULTS_PER_PAGE);
	sqlite3_bind_int64(st, 3, (page - 1) * RESULTS_PER_PAGE);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "RESULT");
		const char *state = db_text(st, 6);
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "PERIOD", kpi_period_label(k->freq, db_text(st, 1), label, sizeof label));
		tpl_set(row, "VALUE", kpi_value_text(rq, k, sqlite3_column_double(st, 2)));
		tpl_set(row, "RAG", db_text(st, 3));
		tpl_set(row, "RAG_LABEL", kpi_rag_label_of(db_text(st, 3)));
		tpl_set(row, "NOTE", db_text(st, 4));
		tpl_set(row, "ORIGIN", strcmp(db_text(st, 5), "csv") == 0 ? "CSV import" :
		                       strcmp(db_text(st, 5), "computed") == 0 ? "Computed" : "Typed in");
		if (strcmp(state, "open") == 0)
			tpl_show(row, "NEEDS_ATTENTION");
		else if (strcmp(state, "justified") == 0)
			tpl_show(row, "JUSTIFIED");
		long long actions = sqlite3_column_int64(st, 7);
		if (actions > 0)
			tpl_set_int(tpl_add_row(row, "HAS_ACTIONS"), "ACTIONS", actions);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The rule in words: where each colour starts. */
static const char *rule_text(struct request *rq, const struct kpi *k)
{
	char a[40], r[40];
	const char *unit = unit_suffix(rq, k->unit);
	int higher = k->thresholds.direction == KPI_HIGHER_IS_BETTER;
	chart_number(k->thresholds.amber_at, a);
	chart_number(k->thresholds.red_at, r);
	return arena_printf(&rq->arena, "Green %s %s%s; amber at or %s %s%s; red at or %s %s%s.",
	                    higher ? "above" : "below", a, unit, higher ? "below" : "above", a, unit,
	                    higher ? "below" : "above", r, unit);
}

/* Shows a KPI's page: definition, chart, results and (for managers) the
 * form to record a result, refused values kept when re-rendering. */
static int show_kpi(struct request *rq, struct response *rs, long long page)
{
	struct kpi k;
	struct page p;
	long long total = 0;
	int found = kpi_load(rq, rq->path_ids[0], &k);
	if (found < 0)
		return -1;
	if (found == 0) {
		respond_error(rq, rs, 404, "There is no KPI with that number.");
		return 0;
	}
	if (page_begin(&p, rq, rs, k.name, "kpis/detail.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "ID", k.id);
	tpl_show_if(p.content, "ADD_TO_PORTFOLIO", (rq->session->roles & ROLE_LEARNERS) != 0);
	tpl_set(p.content, "NAME", k.name);
	tpl_set(p.content, "DESCRIPTION", k.description[0] ? k.description : "Not described yet.");
	tpl_set(p.content, "UNIT", k.unit[0] ? k.unit : "none");
	tpl_set(p.content, "DIRECTION", k.thresholds.direction == KPI_LOWER_IS_BETTER ? "Lower is better" : "Higher is better");
	tpl_set(p.content, "TARGET", kpi_value_text(rq, &k, k.thresholds.target));
	tpl_set(p.content, "RULE", rule_text(rq, &k));
	tpl_set(p.content, "FREQUENCY", k.freq == KPI_WEEKLY ? "Weekly" : k.freq == KPI_QUARTERLY ? "Quarterly" : "Monthly");
	tpl_set(p.content, "SOURCE", kpi_source_find(k.source) ? kpi_source_find(k.source)->label : k.source);
	tpl_set(p.content, "OWNER", k.owner_name[0] ? k.owner_name : "No owner");
	tpl_show_if(p.content, "IS_ARCHIVED", k.archived);
	if (set_kpi_chart(rq, &p, &k) != 0 || add_result_rows(rq, &p, &k, page, &total) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, total ? "HAS_RESULTS" : "NO_RESULTS", 1);
	if (kpi_user_is_manager(rq)) {
		tpl_show(p.content, "CAN_MANAGE");
		const struct kpi_source *src = kpi_source_find(k.source);
		if (src && src->compute && !k.archived)
			tpl_show(p.content, "CAN_COMPUTE");
		if (src && src->typed && !k.archived) {
			tpl_dict *form = tpl_add_row(p.content, "RESULT_FORM");
			tpl_set(form, "PERIOD_HINT", k.freq == KPI_MONTHLY ? "The month, written YYYY-MM (2026-10)." :
			        k.freq == KPI_WEEKLY ? "Any date in the week, written YYYY-MM-DD; the week starts on its Monday." :
			        "Any date in the quarter, written YYYY-MM-DD or YYYY-MM.");
		}
	}
	const struct form *f = request_form(rq);
	if (f && f->specs == kpi_result_fields)
		page_form(&p, f);
	page_pager(&p, rq, arena_printf(&rq->arena, "/kpis/%lld?", k.id), page, RESULTS_PER_PAGE, total);
	page_notice(&p, rq, kpis_notices);
	return page_finish(&p, rs);
}

/* GET /kpis/{id} */
int kpi_detail_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	return show_kpi(rq, rs, f->values[KPI_PAGE].present ? f->values[KPI_PAGE].number : 1);
}

/* The checks of a typed result beyond its validator table: a real period,
 * not in the future, not already recorded. Sets *period on success. */
static void check_result(struct request *rq, const struct kpi *k, char period[11])
{
	const struct form *f = request_form(rq);
	const char *problem;
	if (f->values[KPI_RESULT_PERIOD].error)
		return;
	if ((problem = kpi_period_problem(rq, k, f->values[KPI_RESULT_PERIOD].text, period)) != NULL)
		request_form_error(rq, KPI_RESULT_PERIOD, problem);
	else if (kpi_period_taken(k->id, period))
		request_form_error(rq, KPI_RESULT_PERIOD, "A result for that period is already recorded.");
}

/* Re-render of a refused result (status 400 already set), every problem
 * named. */
int kpi_result_invalid(struct request *rq, struct response *rs)
{
	struct kpi k;
	char period[11];
	if (kpi_load(rq, rq->path_ids[0], &k) == 1)
		check_result(rq, &k, period);
	return show_kpi(rq, rs, 1);
}

/* What recording a result writes. */
struct result_ctx {
	struct request *rq;
	const struct kpi *k;
	const char *period;
	double value;
	const char *note;
	long long result_id;
	enum kpi_rag rag;
};

/* Records the typed result. */
static int write_result(void *vctx)
{
	struct result_ctx *c = vctx;
	return kpi_insert_result(c->rq, c->k, c->period, c->value, c->note, "manual",
	                         &c->result_id, &c->rag);
}

/* POST /kpis/{id}/results: records a result typed in; a red one goes to
 * its own page, where it must be answered with an action or a reason. */
int kpi_result_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct kpi k;
	char period[11];
	int found = kpi_load(rq, rq->path_ids[0], &k);
	if (found <= 0) {
		if (found == 0)
			respond_error(rq, rs, 404, "There is no KPI with that number.");
		return found;
	}
	const struct kpi_source *src = kpi_source_find(k.source);
	if (k.archived || src == NULL || !src->typed) {
		respond_error(rq, rs, 409, "This KPI's results are not typed in: it is archived or computed.");
		return 0;
	}
	check_result(rq, &k, period);
	if (request_form_refused(rq))
		return form_again(rq, rs, kpi_result_invalid);
	struct result_ctx c = { rq, &k, period, f->values[KPI_RESULT_VALUE].decimal, f->values[KPI_RESULT_NOTE].text, 0, RAG_GREEN };
	int rc = db_write(write_result, &c);
	if (rc == SQLITE_CONSTRAINT) {
		request_form_error(rq, KPI_RESULT_PERIOD, "A result for that period is already recorded.");
		return form_again(rq, rs, kpi_result_invalid);
	}
	if (rc != SQLITE_OK)
		return -1;
	if (c.rag == RAG_RED)
		respond_redirect(rs, arena_printf(&rq->arena, "/kpis/results/%lld?done=red", c.result_id));
	else
		respond_redirect(rs, arena_printf(&rq->arena, "/kpis/%lld?done=recorded", k.id));
	return 0;
}

/* What computing a KPI's results writes. */
struct compute_ctx {
	struct request *rq;
	const struct kpi *k;
	kpi_compute_fn compute;
	int written;
};

/* Computes and records every complete period without a result; periods
 * with no data are left for later. SQLITE_OK or the error. */
static int write_computed(void *vctx)
{
	struct compute_ctx *c = vctx;
	char periods[60][11], today[11], end[11];
	sqlite3_stmt *st = db_stmt(&kpis_table, ST_LAST_PERIOD);
	const char *last = "";
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->k->id);
	if (sqlite3_step(st) == SQLITE_ROW)
		last = arena_strdup(&c->rq->arena, db_text(st, 0));
	sqlite3_reset(st);
	size_t n = kpi_periods_due(c->k->freq, last, today_london(today), periods, 60);
	c->written = 0;
	for (size_t i = 0; i < n; i++) {
		double value;
		kpi_period_next(c->k->freq, periods[i], end);
		int got = c->compute(periods[i], end, &value);
		if (got < 0)
			return SQLITE_ERROR;
		if (got == 0)
			continue;
		int rc = kpi_insert_result(c->rq, c->k, periods[i], value, "", "computed", NULL, NULL);
		if (rc != SQLITE_OK)
			return rc;
		c->written++;
	}
	return SQLITE_OK;
}

/* POST /kpis/{id}/compute: for a KPI computed from Frontline's own data,
 * records the complete periods that have no result yet. */
int kpi_compute_submit(struct request *rq, struct response *rs)
{
	struct kpi k;
	int found = kpi_load(rq, rq->path_ids[0], &k);
	if (found <= 0) {
		if (found == 0)
			respond_error(rq, rs, 404, "There is no KPI with that number.");
		return found;
	}
	const struct kpi_source *src = kpi_source_find(k.source);
	if (k.archived || src == NULL || src->compute == NULL) {
		respond_error(rq, rs, 409, "This KPI's results are not computed by Frontline: type them in or import them.");
		return 0;
	}
	struct compute_ctx c = { rq, &k, src->compute, 0 };
	if (db_write(write_computed, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/kpis/%lld?done=%s", k.id, c.written ? "computed" : "nothing"));
	return 0;
}
