/*
 * load.c: loads a qualification seed file (data/qualifications/ (*.txt),
 * parsed by portfolio_seed_parse in rules.c) into pf_qualifications,
 * pf_units and pf_criteria, matching by code so loading again updates in
 * place and never loses the evidence mapped to a criterion.
 */
#include "portfolio.h"
#include "core/db.h"

#include <stdio.h>
#include <string.h>

extern const struct embedded_file embedded_qualifications[];
extern const size_t embedded_qualifications_count;

enum load_stmt {
	ST_QUALIFICATION,
	ST_UNIT,
	ST_CRITERION,
	ST__COUNT
};
static const char *const load_sql[ST__COUNT] = {
	[ST_QUALIFICATION] = "INSERT INTO pf_qualifications (code, title, loaded_at) VALUES (?1, ?2, ?3) "
	                     "ON CONFLICT (code) DO UPDATE SET title = excluded.title, loaded_at = excluded.loaded_at "
	                     "RETURNING id",
	[ST_UNIT] = "INSERT INTO pf_units (qualification_id, code, title, position) VALUES (?1, ?2, ?3, ?4) "
	            "ON CONFLICT (qualification_id, code) DO UPDATE SET title = excluded.title, "
	            "position = excluded.position RETURNING id",
	[ST_CRITERION] = "INSERT INTO pf_criteria (unit_id, ref, source, text, tags, position) "
	                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (unit_id, ref) DO UPDATE SET "
	                 "source = excluded.source, text = excluded.text, tags = excluded.tags, "
	                 "position = excluded.position",
};
static sqlite3_stmt *load_cache[ST__COUNT];
static struct sql_table load_table = { load_sql, ST__COUNT, load_cache, NULL };

/* Where the loader is in the file. */
struct load_ctx {
	long long qualification_id, unit_id;
	int units, criteria;
	int rc;
};

/* Runs an upsert that returns the row's id into *id; SQLITE_OK or error. */
static int upsert_returning(sqlite3_stmt *st, long long *id)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_get());
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Stores one item of the file; returns 0 to go on, 1 to stop (ctx->rc). */
static int store_item(void *vctx, const struct portfolio_seed_item *item)
{
	struct load_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st;
	iso_utc(now_utc(), now);
	switch (item->kind) {
	case PORTFOLIO_SEED_QUALIFICATION:
		if ((st = db_stmt(&load_table, ST_QUALIFICATION)) == NULL)
			return c->rc = SQLITE_ERROR, 1;
		sqlite3_bind_text(st, 1, item->code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, item->text, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
		c->rc = upsert_returning(st, &c->qualification_id);
		break;
	case PORTFOLIO_SEED_UNIT:
		if ((st = db_stmt(&load_table, ST_UNIT)) == NULL)
			return c->rc = SQLITE_ERROR, 1;
		sqlite3_bind_int64(st, 1, c->qualification_id);
		sqlite3_bind_text(st, 2, item->code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, item->text, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 4, ++c->units);
		c->rc = upsert_returning(st, &c->unit_id);
		break;
	case PORTFOLIO_SEED_CRITERION:
	case PORTFOLIO_SEED_CONCEPT:
		if ((st = db_stmt(&load_table, ST_CRITERION)) == NULL)
			return c->rc = SQLITE_ERROR, 1;
		sqlite3_bind_int64(st, 1, c->unit_id);
		sqlite3_bind_text(st, 2, item->code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, item->kind == PORTFOLIO_SEED_CRITERION ? "marking_point" : "key_concept", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, item->text, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 5, item->tags, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 6, ++c->criteria);
		c->rc = db_exec_stmt(st);
		break;
	}
	return c->rc != SQLITE_OK;
}

/* See portfolio.h. */
int portfolio_load_qualification(const char *text, size_t len, const char **problem)
{
	static char message[160];
	struct load_ctx c = { 0, 0, 0, 0, SQLITE_OK };
	const char *why = NULL;
	int line = portfolio_seed_parse(text, len, store_item, &c, &why);
	*problem = NULL;
	if (line > 0) {
		snprintf(message, sizeof message, "line %d: %s", line, why);
		*problem = message;
		return SQLITE_CONSTRAINT;
	}
	if (line < 0) {
		snprintf(message, sizeof message, "the database refused an item: %s", sqlite3_errstr(c.rc));
		*problem = message;
		return c.rc != SQLITE_OK ? c.rc : SQLITE_NOMEM;
	}
	return SQLITE_OK;
}

/* See portfolio.h. */
int portfolio_load_builtin(const char *name, const char **problem)
{
	for (size_t i = 0; i < embedded_qualifications_count; i++)
		if (strcmp(embedded_qualifications[i].name, name) == 0)
			return portfolio_load_qualification(embedded_qualifications[i].data,
			                                    embedded_qualifications[i].len, problem);
	*problem = "no such built-in qualification";
	return SQLITE_NOTFOUND;
}
