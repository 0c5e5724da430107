/*
 * db.c: SQLite handle, migrations, statement tables, write transactions.
 */
#include "db.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static sqlite3 *worker_db;              /* the one handle of this worker */
static struct sql_table *prepared_tables; /* tables with cached statements */
static long rows_before_fault = -1;     /* test fault: rows db_step_row() still
                                         * gives before failing; -1: none */

/* Runs SQL text; returns SQLITE_OK or the error code (logged). */
int db_exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		char id[9];
		log_error(id, "sqlite: %s (in: %.80s)", msg ? msg : sqlite3_errstr(rc), sql);
		sqlite3_free(msg);
	}
	return rc;
}

/* Prepares, binds, runs and finalizes one statement. */
int db_exec_int(sqlite3 *db, const char *sql, long long value)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, value);
		rc = db_exec_stmt(st);
	}
	if (rc != SQLITE_OK) {
		char id[9];
		log_error(id, "sqlite: %s (in: %.80s)", sqlite3_errmsg(db), sql);
	}
	sqlite3_finalize(st);
	return rc;
}

/* Opens the database and applies the settings DESIGN.md asks for. */
sqlite3 *db_open(const char *path, int create)
{
	sqlite3 *db = NULL;
	char id[9];
	int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
	int rc = sqlite3_open_v2(path, &db, flags, NULL);
	if (rc != SQLITE_OK) {
		log_error(id, "cannot open database %s: %s", path, sqlite3_errstr(rc));
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, 5000);
	sqlite3_extended_result_codes(db, 1);
	if (db_exec(db, "PRAGMA journal_mode=WAL") != SQLITE_OK ||
	    db_exec(db, "PRAGMA synchronous=FULL") != SQLITE_OK ||
	    db_exec(db, "PRAGMA foreign_keys=ON") != SQLITE_OK ||
	    db_exec(db, "PRAGMA secure_delete=ON") != SQLITE_OK) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

/* The numeric prefix of a migration file name ("003_x.sql" gives 3). */
static int migration_version(const char *name)
{
	return atoi(name);
}

/* Highest built-in migration version. */
int db_latest_version(void)
{
	int v = 0;
	for (size_t i = 0; i < embedded_migrations_count; i++)
		if (migration_version(embedded_migrations[i].name) > v)
			v = migration_version(embedded_migrations[i].name);
	return v;
}

/* Reads PRAGMA user_version; -1 on error. */
static int user_version(sqlite3 *db)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Applies one migration if the database is still below its version. The
 * version is re-read inside the transaction, so workers starting together
 * apply it once. Returns SQLITE_OK or an error. */
static int apply_migration(sqlite3 *db, const struct embedded_file *m)
{
	int version = migration_version(m->name);
	char *sql = malloc(m->len + 1);
	if (sql == NULL)
		return SQLITE_NOMEM;
	memcpy(sql, m->data, m->len);
	sql[m->len] = '\0';
	int rc = db_exec(db, "BEGIN IMMEDIATE");
	if (rc == SQLITE_OK) {
		if (user_version(db) < version) {
			char pragma[64];
			snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", version);
			rc = db_exec(db, sql);
			if (rc == SQLITE_OK)
				rc = db_exec(db, pragma);
			if (rc == SQLITE_OK)
				log_info("applied migration %s", m->name);
		}
		if (rc == SQLITE_OK)
			rc = db_exec(db, "COMMIT");
		if (rc != SQLITE_OK)
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	}
	free(sql);
	return rc;
}

/* Applies pending migrations in order; returns the new version or -1. */
int db_migrate(sqlite3 *db)
{
	for (size_t i = 0; i < embedded_migrations_count; i++) {
		const struct embedded_file *m = &embedded_migrations[i];
		if (user_version(db) >= migration_version(m->name))
			continue;
		if (apply_migration(db, m) != SQLITE_OK)
			return -1;
	}
	return user_version(db);
}

/* Sets the worker's handle. */
void db_set(sqlite3 *db)
{
	worker_db = db;
}

/* Returns the worker's handle. */
sqlite3 *db_get(void)
{
	return worker_db;
}

/* Finalizes cached statements and closes the handle. */
void db_close(void)
{
	for (struct sql_table *t = prepared_tables; t; t = t->next)
		for (size_t i = 0; i < t->count; i++) {
			sqlite3_finalize(t->cache[i]);
			t->cache[i] = NULL;
		}
	prepared_tables = NULL;
	sqlite3_close(worker_db);
	worker_db = NULL;
}

/* Prepares statement i of t once; returns it reset and unbound. */
sqlite3_stmt *db_stmt(struct sql_table *t, size_t i)
{
	if (worker_db == NULL || i >= t->count)
		return NULL;
	if (t->cache[i] == NULL) {
		int first = 1;
		for (size_t k = 0; k < t->count; k++)
			if (t->cache[k])
				first = 0;
		if (sqlite3_prepare_v3(worker_db, t->sql[i], -1, SQLITE_PREPARE_PERSISTENT,
		                       &t->cache[i], NULL) != SQLITE_OK) {
			char id[9];
			log_error(id, "prepare failed: %s (in: %.100s)",
			          sqlite3_errmsg(worker_db), t->sql[i]);
			t->cache[i] = NULL;
			return NULL;
		}
		if (first) {
			t->next = prepared_tables;
			prepared_tables = t;
		}
	}
	sqlite3_reset(t->cache[i]);
	sqlite3_clear_bindings(t->cache[i]);
	return t->cache[i];
}

/* Steps a statement to completion; SQLITE_OK or the error. */
int db_exec_stmt(sqlite3_stmt *st)
{
	if (st == NULL)
		return SQLITE_ERROR;
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		return SQLITE_OK;
	return rc;
}

/* Steps the statement, then tells a change from none by the connection's
 * count of changed rows. */
int db_exec_changed(sqlite3_stmt *st)
{
	int rc = db_exec_stmt(st);
	if (rc == SQLITE_OK && sqlite3_changes(db_get()) == 0)
		return SQLITE_NOTFOUND;
	return rc;
}

/* Binds the id, steps once and resets. */
int db_id_exists(sqlite3_stmt *st, long long id)
{
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Logs a step that failed: SQLite's message (or the test fault's) and the
 * start of the statement's SQL. */
static void log_step_error(sqlite3_stmt *st, int rc, int injected)
{
	char id[9];
	const char *sql = st ? sqlite3_sql(st) : NULL;
	const char *why = injected ? "disk I/O error (a test fault)" :
	                  st ? sqlite3_errmsg(sqlite3_db_handle(st)) : sqlite3_errstr(rc);
	log_error(id, "step failed: %s (in: %.100s)", why, sql ? sql : "a statement that was not prepared");
}

/* Steps once; a test fault, when armed and due, stands in for the step
 * (the statement is reset, as a failed step leaves it). */
int db_step_row(sqlite3_stmt *st, int *rc)
{
	int injected = st && rows_before_fault == 0;
	if (st == NULL) {
		*rc = SQLITE_MISUSE;
	} else if (injected) {
		rows_before_fault = -1;
		sqlite3_reset(st);
		*rc = SQLITE_IOERR;
	} else {
		*rc = sqlite3_step(st);
	}
	if (*rc == SQLITE_ROW) {
		if (rows_before_fault > 0)
			rows_before_fault--;
		return 1;
	}
	if (*rc != SQLITE_DONE)
		log_step_error(st, *rc, injected);
	return 0;
}

/* Anything but a row or the end is a failure. */
int db_rows_failed(int rc)
{
	return rc != SQLITE_DONE && rc != SQLITE_ROW;
}

/* Arms or disarms the test fault; armed only in a test run. */
int db_fail_step_after(long rows)
{
	const char *enabled;
	rows_before_fault = -1;
	if (rows < 0)
		return 0;
	enabled = getenv("FRONTLINE_TEST_FAULTS");
	if (enabled == NULL || strcmp(enabled, "1") != 0)
		return 0;
	rows_before_fault = rows;
	return 1;
}

/* Starts a deferred transaction and takes the read snapshot at once. */
int db_read_begin(void)
{
	int rc = sqlite3_exec(worker_db, "BEGIN", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(worker_db, "SELECT 1 FROM sqlite_schema LIMIT 1", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		db_read_end();
	return rc;
}

/* Ends an open read transaction (nothing to commit, so it cannot fail). */
void db_read_end(void)
{
	if (worker_db && !sqlite3_get_autocommit(worker_db))
		sqlite3_exec(worker_db, "COMMIT", NULL, NULL, NULL);
}

/* Runs fn in a write transaction, retried as a whole when busy. */
int db_write(int (*fn)(void *ctx), void *ctx)
{
	int rc = SQLITE_BUSY;
	db_read_end();
	for (int attempt = 0; attempt < 8; attempt++) {
		rc = sqlite3_exec(worker_db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc == SQLITE_OK) {
			rc = fn(ctx);
			if (rc == SQLITE_OK)
				rc = sqlite3_exec(worker_db, "COMMIT", NULL, NULL, NULL);
			if (rc != SQLITE_OK)
				sqlite3_exec(worker_db, "ROLLBACK", NULL, NULL, NULL);
		}
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			break;
		usleep(10000u << attempt);   /* 10 ms, 20 ms, ... */
	}
	if (rc != SQLITE_OK) {
		char id[9];
		log_error(id, "write transaction failed: %s", sqlite3_errstr(rc));
	}
	return rc;
}

/* Column text or "". */
const char *db_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? (const char *)t : "";
}

/* Is the database answering? */
int db_healthy(void)
{
	sqlite3_stmt *st;
	int ok = 0;
	if (worker_db == NULL)
		return 0;
	if (sqlite3_prepare_v2(worker_db, "SELECT count(*) FROM sqlite_schema", -1, &st, NULL) != SQLITE_OK)
		return 0;
	ok = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return ok;
}
