/*
 * purge.c: the retention purge, driven by the declarations (see
 * engine.h): `frontline-admin purge DB [--dry-run] [--as-of DATE]`, run
 * daily by deploy/frontline-purge.timer.
 */
#include "engine.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/db.h"

#include <string.h>

/* One declaration's purge statements, built from the map. */
struct purge_job {
	const struct datamap_entry *e;
	struct buf where;        /* the rows past retention (and not yet cleared) */
	struct buf change;       /* DELETE or UPDATE of one batch of them */
	char cutoff[11];
	int batch;
	long long done;
};

/* Returns 1 when e is purged by age on its own: a table with an age
 * retention, or a column giving its own retention or expiry. */
static int purged_by_age(const struct datamap_entry *e)
{
	if (e->period <= 0 || e->expiry == DATAMAP_ACTION_NONE)
		return 0;
	return e->column[0] == '\0' || (e->given & (DATAMAP_KEY_RETENTION | DATAMAP_KEY_EXPIRY));
}

/* Appends "(c1 IS NOT v1 OR ...)": a listed column not yet cleared. */
static int append_not_cleared(const struct datamap_entry *e, struct buf *sql)
{
	char value[128];
	buf_puts(sql, " AND (");
	for (size_t i = 0; i < e->expiry_columns.count; i++) {
		if (datamap_cleared_value(db_get(), e->table, e->expiry_columns.name[i], value, sizeof value) != 0)
			return -1;
		buf_printf(sql, "%s\"%s\" IS NOT %s", i ? " OR " : "", e->expiry_columns.name[i], value);
	}
	buf_puts(sql, ")");
	return 0;
}

/* Builds the job's SQL; returns 0 or -1. */
static int build_job(struct purge_job *j)
{
	char key[200];
	const struct datamap_entry *e = j->e;
	if (privacy_row_key(e->table, key, sizeof key) != 0)
		return -1;
	buf_printf(&j->where, "FROM \"%s\" WHERE \"%s\" < ?1", e->table, e->after);
	if (e->expiry == DATAMAP_ACTION_CLEAR && append_not_cleared(e, &j->where) != 0)
		return -1;
	if (e->expiry == DATAMAP_ACTION_DELETE) {
		buf_printf(&j->change, "DELETE FROM \"%s\"", e->table);
	} else {
		buf_printf(&j->change, "UPDATE \"%s\" SET ", e->table);
		if (privacy_clear_assignments(e, &e->expiry_columns, &j->change) != 0)
			return -1;
	}
	buf_printf(&j->change, " WHERE %s IN (SELECT %s %s LIMIT %d)", key, key, j->where.data, j->batch);
	return j->where.data && j->change.data ? 0 : -1;
}

/* Counts the rows past retention; returns the count or -1. */
static long long count_due(const struct purge_job *j)
{
	sqlite3_stmt *st;
	struct buf sql = {0};
	long long n = -1;
	buf_printf(&sql, "SELECT count(*) %s", j->where.data);
	if (sql.data && sqlite3_prepare_v2(db_get(), sql.data, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, j->cutoff, -1, SQLITE_STATIC);
		if (db_count(st, &n) != 0)
			n = -1;
		sqlite3_finalize(st);
	}
	buf_free(&sql);
	return n;
}

/* Purges one batch (a db_write callback); adds the rows changed to done. */
static int write_batch(void *ctx)
{
	struct purge_job *j = ctx;
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db_get(), j->change.data, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, j->cutoff, -1, SQLITE_STATIC);
	rc = db_exec_stmt(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_OK)
		j->done += sqlite3_changes(db_get());
	return rc;
}

/* Runs one job to the end, a batch per transaction, with progress on
 * long runs. Returns SQLITE_OK or the error. */
static int run_job(struct purge_job *j, long long total, FILE *progress)
{
	long long before;
	do {
		before = j->done;
		int rc = db_write(write_batch, j);
		if (rc != SQLITE_OK)
			return rc;
		if (progress && total > j->batch)
			fprintf(progress, "purge: %s%s%s: %lld of %lld\n", j->e->table, j->e->column[0] ? "." : "",
			        j->e->column, j->done, total);
	} while (j->done > before && j->done < total);
	return SQLITE_OK;
}

/* What the purge's audit row says. */
struct purge_audit {
	const char *as_of;
	long long deleted, cleared;
};

/* Writes the purge's audit row (a db_write callback). */
static int write_purge_audit(void *ctx)
{
	struct purge_audit *a = ctx;
	char detail[160];
	snprintf(detail, sizeof detail, "as of %s: %lld row(s) deleted, %lld cleared", a->as_of,
	         a->deleted, a->cleared);
	return audit_record_as(NULL, 0, "frontline-admin", "privacy.purge", "", 0, detail);
}

/* See engine.h. */
int privacy_purge(const struct privacy_purge_options *o, struct privacy_purge_line *lines,
                  size_t max, size_t *count)
{
	const struct datamap *m = datamap_get();
	struct purge_audit audit = { o->as_of, 0, 0 };
	int rc = SQLITE_OK;
	*count = 0;
	if (m == NULL)
		return SQLITE_ERROR;
	for (size_t i = 0; i < m->count && rc == SQLITE_OK; i++) {
		struct purge_job j = { &m->entries[i], {0}, {0}, "", o->batch > 0 ? o->batch : 500, 0 };
		if (!purged_by_age(j.e))
			continue;
		if (datamap_retention_cutoff(j.e, o->as_of, j.cutoff) == NULL || build_job(&j) != 0) {
			rc = SQLITE_ERROR;
		} else {
			long long due = count_due(&j);
			if (due < 0)
				rc = SQLITE_ERROR;
			else if (!o->dry_run && due > 0)
				rc = run_job(&j, due, o->progress);
			else
				j.done = due;
		}
		if (rc == SQLITE_OK && *count < max) {
			struct privacy_purge_line *l = &lines[(*count)++];
			snprintf(l->table, sizeof l->table, "%s", j.e->table);
			snprintf(l->column, sizeof l->column, "%s", j.e->column);
			l->action = j.e->expiry;
			memcpy(l->cutoff, j.cutoff, sizeof l->cutoff);
			l->rows = j.done;
			if (j.e->expiry == DATAMAP_ACTION_DELETE)
				audit.deleted += j.done;
			else
				audit.cleared += j.done;
		}
		buf_free(&j.where);
		buf_free(&j.change);
	}
	if (rc == SQLITE_OK && !o->dry_run)
		rc = db_write(write_purge_audit, &audit);
	return rc;
}

/* See engine.h. */
int privacy_rows_past_retention(const char *table, const char *column, long long *rows)
{
	struct privacy_purge_line lines[256];
	struct privacy_purge_options o = { NULL, 1, 0, NULL };
	char today[11];
	size_t n = 0;
	*rows = 0;
	o.as_of = today_london(today);
	if (privacy_purge(&o, lines, sizeof lines / sizeof lines[0], &n) != SQLITE_OK)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (strcmp(lines[i].table, table) == 0 && strcmp(lines[i].column, column) == 0)
			*rows += lines[i].rows;
	return 0;
}
