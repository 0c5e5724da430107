/*
 * import.c: importing KPI results from a CSV file, all or nothing.
 *
 * The file has a header row naming its columns: kpi, period, value and,
 * optionally, note (in any order, any case). kpi is a KPI's name (or
 * number); period and value are as on the form. Every row is checked
 * before anything is written; if any row is wrong, the page lists each
 * problem by row number and nothing is imported.
 * Pages: GET /kpis/import, POST /kpis/import.
 */
#include "kpis.h"
#include "sources.h"
#include "core/audit.h"
#include "core/csv.h"
#include "core/db.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define IMPORT_MAX_ROWS 5000
#define IMPORT_MAX_ERRORS 50

enum import_stmt { ST_KPI_BY_NAME, ST__COUNT };
static const char *const import_sql[ST__COUNT] = {
	[ST_KPI_BY_NAME] = "SELECT id FROM kpis WHERE name = ?1 COLLATE NOCASE OR CAST(id AS TEXT) = ?1",
};
static sqlite3_stmt *import_cache[ST__COUNT];
static struct sql_table import_table = { import_sql, ST__COUNT, import_cache, NULL };

const struct field_spec kpi_import_fields[KPI_IMPORT__COUNT] = {
	[KPI_IMPORT_FILE] = { "file", "CSV file", FIELD_MULTILINE, 0, 0, 2000000, NULL },
	[KPI_IMPORT_CSV] = { "csv", "Pasted CSV", FIELD_MULTILINE, 0, 0, 2000000, NULL },
};

/* The columns a file may have. */
enum column { COL_KPI, COL_PERIOD, COL_VALUE, COL_NOTE, COL__COUNT };
static const char *const column_names[COL__COUNT] = { "kpi", "period", "value", "note" };

/* One checked row, ready to write. */
struct import_row {
	const struct kpi *kpi;
	char period[11];
	double value;
	const char *note;
};

/* The whole import: the rows to write and the problems found. */
struct import {
	struct request *rq;
	struct import_row *rows;
	size_t count;
	const char **errors;
	size_t error_count;
	long long red;
	const struct kpi **kpis;     /* KPIs met so far, to look each up once */
	size_t kpi_count;
};

/* Notes a problem with a row (up to IMPORT_MAX_ERRORS are kept). */
static void row_error(struct import *im, size_t row, const char *message)
{
	if (im->error_count < IMPORT_MAX_ERRORS)
		im->errors[im->error_count] = arena_printf(&im->rq->arena, "Row %zu: %s", row, message);
	im->error_count++;
}

/* Finds the KPI named (or numbered) text, loading it once; NULL when
 * there is none. */
static const struct kpi *find_kpi(struct import *im, const char *text)
{
	sqlite3_stmt *st = db_stmt(&import_table, ST_KPI_BY_NAME);
	long long id = 0;
	if (st == NULL)
		return NULL;
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	if (db_count(st, &id) != 0 || id == 0)
		return NULL;
	for (size_t i = 0; i < im->kpi_count; i++)
		if (im->kpis[i]->id == id)
			return im->kpis[i];
	struct kpi *k = arena_alloc(&im->rq->arena, sizeof *k);
	if (k == NULL || kpi_load(im->rq, id, k) != 1)
		return NULL;
	im->kpis[im->kpi_count++] = k;
	return k;
}

/* Maps the header row to columns; returns 0, or -1 with the problem
 * noted against row 1. */
static int read_header(struct import *im, const struct csv_row *h, int where[COL__COUNT])
{
	for (int c = 0; c < COL__COUNT; c++)
		where[c] = -1;
	for (size_t i = 0; i < h->count; i++) {
		int found = -1;
		for (int c = 0; c < COL__COUNT; c++)
			if (strcasecmp(h->fields[i], column_names[c]) == 0)
				found = c;
		if (found < 0) {
			row_error(im, 1, arena_printf(&im->rq->arena, "the column \"%s\" is not one of kpi, period, "
			                              "value, note.", h->fields[i]));
			return -1;
		}
		if (where[found] >= 0) {
			row_error(im, 1, arena_printf(&im->rq->arena, "the column %s appears twice.", column_names[found]));
			return -1;
		}
		where[found] = (int)i;
	}
	for (int c = 0; c < COL_NOTE; c++)
		if (where[c] < 0) {
			row_error(im, 1, arena_printf(&im->rq->arena, "the header row must name the columns kpi, "
			                              "period and value (the column %s is missing).", column_names[c]));
			return -1;
		}
	return 0;
}

/* Returns 1 when an earlier row of the file has the same KPI and period. */
static int repeated_in_file(const struct import *im, const struct kpi *k, const char *period)
{
	for (size_t i = 0; i < im->count; i++)
		if (im->rows[i].kpi == k && strcmp(im->rows[i].period, period) == 0)
			return 1;
	return 0;
}

/* Checks one data row (row is its number in the file, header = 1) and
 * adds it to the rows to write when it is right. */
static void check_row(struct import *im, const struct csv_row *r, size_t row, const int where[COL__COUNT],
                      size_t columns)
{
	struct arena *a = &im->rq->arena;
	const char *cell[COL__COUNT] = { "", "", "", "" };
	for (int c = 0; c < COL__COUNT; c++)
		if (where[c] >= 0 && (size_t)where[c] < r->count)
			cell[c] = r->fields[where[c]];
	if (r->count > columns) {
		row_error(im, row, "it has more cells than the header row.");
		return;
	}
	const struct kpi *k = cell[COL_KPI][0] ? find_kpi(im, cell[COL_KPI]) : NULL;
	if (k == NULL) {
		row_error(im, row, cell[COL_KPI][0] ? arena_printf(a, "there is no KPI called \"%s\".", cell[COL_KPI])
		                                   : "the kpi cell is empty.");
		return;
	}
	const struct kpi_source *src = kpi_source_find(k->source);
	if (k->archived || src == NULL || !src->typed) {
		row_error(im, row, arena_printf(a, "the KPI \"%s\" does not take imported results (archived or computed).",
		                                k->name));
		return;
	}
	struct import_row *out = &im->rows[im->count];
	const char *problem = kpi_period_problem(im->rq, k, cell[COL_PERIOD], out->period);
	if (problem) {
		row_error(im, row, arena_printf(a, "\"%s\": %s", cell[COL_PERIOD], problem));
		return;
	}
	if (!utf8_valid(cell[COL_VALUE], strlen(cell[COL_VALUE])) || !parse_plain_decimal(cell[COL_VALUE], &out->value)) {
		row_error(im, row, arena_printf(a, "value \"%s\" is not a number like 12 or 12.5 (at most 4 decimal places).",
		                                utf8_valid(cell[COL_VALUE], strlen(cell[COL_VALUE])) ? cell[COL_VALUE] : "?"));
		return;
	}
	if (!utf8_valid(cell[COL_NOTE], strlen(cell[COL_NOTE])) || utf8_length(cell[COL_NOTE], strlen(cell[COL_NOTE])) > 500) {
		row_error(im, row, "the note must be text of at most 500 characters.");
		return;
	}
	if (repeated_in_file(im, k, out->period)) {
		row_error(im, row, arena_printf(a, "%s for %s appears earlier in the file.", k->name, out->period));
		return;
	}
	if (kpi_period_taken(k->id, out->period)) {
		row_error(im, row, arena_printf(a, "%s already has a result for %s.", k->name, out->period));
		return;
	}
	out->kpi = k;
	out->note = cell[COL_NOTE];
	if (kpi_classify(&k->thresholds, out->value) == RAG_RED)
		im->red++;
	im->count++;
}

/* Writes every checked row, or none. */
static int write_import(void *vctx)
{
	struct import *im = vctx;
	int rc = SQLITE_OK;
	for (size_t i = 0; i < im->count && rc == SQLITE_OK; i++)
		rc = kpi_insert_result(im->rq, im->rows[i].kpi, im->rows[i].period, im->rows[i].value,
		                       im->rows[i].note, "csv", NULL, NULL);
	if (rc == SQLITE_OK)
		rc = audit_record(im->rq, "kpi.import", "kpi", 0,
		                  arena_printf(&im->rq->arena, "rows=%zu red=%lld", im->count, im->red));
	return rc;
}

/* Shows the import page: the format, the form, and the problems (errors
 * NULL when there are none). */
static int show_import(struct request *rq, struct response *rs, const struct import *im)
{
	struct page p;
	if (page_begin(&p, rq, rs, "Import KPI results", "kpis/import.tpl") != 0)
		return -1;
	const struct form *f = request_form(rq);
	if (f && f->specs == kpi_import_fields) {
		page_form(&p, f);
		tpl_set(p.content, "FILE_VALUE", "");
	}
	if (im && im->error_count) {
		tpl_dict *box = tpl_add_row(p.content, "ROW_ERRORS");
		tpl_set_int(box, "COUNT", (long long)im->error_count);
		for (size_t i = 0; i < im->error_count && i < IMPORT_MAX_ERRORS; i++)
			tpl_set(tpl_add_row(box, "ROW_ERROR"), "MESSAGE", im->errors[i]);
		if (im->error_count > IMPORT_MAX_ERRORS)
			tpl_set_int(tpl_add_row(box, "MORE"), "MORE_COUNT", (long long)(im->error_count - IMPORT_MAX_ERRORS));
	}
	const char *imported = request_query(rq, "imported"), *red = request_query(rq, "red");
	if (imported && strspn(imported, "0123456789") == strlen(imported) && strlen(imported) < 7) {
		tpl_dict *done = tpl_add_row(p.content, "IMPORTED");
		tpl_set(done, "ROWS", imported);
		if (red && red[0] && red[0] != '0' && strspn(red, "0123456789") == strlen(red) && strlen(red) < 7)
			tpl_set(tpl_add_row(done, "RED"), "RED_COUNT", red);
	}
	return page_finish(&p, rs);
}

/* GET /kpis/import */
int kpi_import_page(struct request *rq, struct response *rs)
{
	return show_import(rq, rs, NULL);
}

/* POST /kpis/import: checks every row, then writes all of them or none. */
int kpi_import_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const struct field_value *file = &f->values[KPI_IMPORT_FILE], *pasted = &f->values[KPI_IMPORT_CSV];
	const char *text = file->present ? file->text : pasted->text;
	size_t field = file->present ? KPI_IMPORT_FILE : KPI_IMPORT_CSV;
	struct csv csv;
	if (!file->present && !pasted->present) {
		request_form_error(rq, KPI_IMPORT_FILE, "Choose a CSV file, or paste its contents.");
		return form_again(rq, rs, kpi_import_page);
	}
	const char *problem = csv_parse(&rq->arena, text, strlen(text), IMPORT_MAX_ROWS + 1, 8, &csv);
	if (problem == NULL && csv.count < 2)
		problem = "The file has no rows of results under its header row.";
	if (problem) {
		request_form_error(rq, field, problem);
		return form_again(rq, rs, kpi_import_page);
	}
	struct import im = { rq, arena_alloc(&rq->arena, csv.count * sizeof *im.rows), 0,
	                     arena_alloc(&rq->arena, IMPORT_MAX_ERRORS * sizeof *im.errors), 0, 0,
	                     arena_alloc(&rq->arena, csv.count * sizeof *im.kpis), 0 };
	int where[COL__COUNT];
	if (im.rows == NULL || im.errors == NULL || im.kpis == NULL)
		return -1;
	if (read_header(&im, &csv.rows[0], where) == 0)
		for (size_t i = 1; i < csv.count; i++)
			check_row(&im, &csv.rows[i], i + 1, where, csv.rows[0].count);
	if (im.error_count) {
		request_form_error(rq, field, arena_printf(&rq->arena, "Nothing was imported: %zu row(s) have "
		                                           "problems, listed below.", im.error_count));
		rs->status = 400;              /* the form again, with the report of every row */
		return show_import(rq, rs, &im);
	}
	int rc = db_write(write_import, &im);
	if (rc == SQLITE_CONSTRAINT) {          /* a period recorded meanwhile by someone else */
		request_form_error(rq, field, "Nothing was imported: one of these periods was recorded by someone "
		               "else meanwhile. Import the file again to see which.");
		rs->status = 409;
		return show_import(rq, rs, NULL);
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/kpis/import?imported=%zu&red=%lld", im.count, im.red));
	return 0;
}
