/*
 * db.h: the per-worker SQLite handle, migrations, statement tables and
 * write transactions.
 *
 * Each area lists its SQL once, as an enum and an array of strings (as
 * openradtool and kcaldav do), in a struct sql_table; db_stmt() prepares a
 * statement the first time it is asked for and hands back the cached one,
 * reset and with its bindings cleared, every time after.
 */
#ifndef FRONTLINE_DB_H
#define FRONTLINE_DB_H

#include <sqlite3.h>
#include <stddef.h>

/* One area's statements: sql[i] is prepared into cache[i] on first use. */
struct sql_table {
	const char *const *sql;
	size_t count;
	sqlite3_stmt **cache;
	struct sql_table *next;    /* linked in by db_stmt() for db_close() */
};

/* A migration or other file built into the program (see tools/embed.c). */
struct embedded_file {
	const char *name;
	const char *data;
	size_t len;
};
extern const struct embedded_file embedded_migrations[];
extern const size_t embedded_migrations_count;

/* Opens (creating if asked) the database at path with Frontline's settings:
 * WAL, synchronous=FULL, foreign_keys, secure_delete, and a busy handler
 * that waits for locks within the request's budget (core/waiting.h).
 * Returns the handle or NULL (the reason is logged, and kept for
 * db_open_problem()). */
sqlite3 *db_open(const char *path, int create);
/* Why the last db_open() failed, in SQLite's words ("unable to open
 * database file", "file is not a database"). */
const char *db_open_problem(void);
/* Returns 1 when the open database's file was moved, renamed over or
 * deleted since it was opened (SQLite keeps using the old file). */
int db_file_moved(void);

/* Applies every built-in migration newer than PRAGMA user_version, each in
 * its own BEGIN IMMEDIATE transaction. Returns the resulting version, or
 * -1 on failure. */
int db_migrate(sqlite3 *db);
/* Returns the highest migration version built into the program. */
int db_latest_version(void);

/* Sets the per-worker handle used by db_stmt() and db_write(). */
void db_set(sqlite3 *db);
/* Returns the per-worker handle. */
sqlite3 *db_get(void);
/* Finalizes every cached statement and closes the per-worker handle. */
void db_close(void);

/* Returns statement i of the table, prepared once, reset and unbound; NULL
 * when it cannot be prepared (logged). */
sqlite3_stmt *db_stmt(struct sql_table *t, size_t i);

/* Runs fn(ctx) inside BEGIN IMMEDIATE ... COMMIT. fn returns SQLITE_OK to
 * commit or any other code to roll back. Waiting for the lock stays within
 * the request's budget (core/waiting.h); on SQLITE_BUSY the whole
 * transaction is retried a few times within it. A read transaction still
 * open is ended first (what was read before may be re-read). Returns
 * SQLITE_OK or the failure, which is logged with an error id. */
int db_write(int (*fn)(void *ctx), void *ctx);
/* The last db_write() of this request that failed: its code (SQLITE_OK
 * when none did), and into id (when not NULL) the error id it was logged
 * with, so the page can show the same id. */
int db_failed_write(char id[9]);
/* Forgets the previous request's failed write (the server calls it). */
void db_request_begin(void);

/* Opens a read transaction, so every query of a page sees one snapshot and
 * SQLite takes its locks once per page instead of once per statement.
 * Returns SQLITE_OK or an error. */
int db_read_begin(void);
/* Ends the read transaction, if one is open. */
void db_read_end(void);

/* Steps a statement that returns no rows; returns SQLITE_OK or the error. */
int db_exec_stmt(sqlite3_stmt *st);
/* The same, but SQLITE_BUSY at once rather than waiting for a lock: for
 * writes a request can do without (a session's last-seen time). */
int db_exec_stmt_at_once(sqlite3_stmt *st);

/* Steps a statement that changes rows (UPDATE, DELETE); returns SQLITE_OK
 * when it changed at least one, SQLITE_NOTFOUND when it changed none, or
 * the error. */
int db_exec_changed(sqlite3_stmt *st);

/* Steps st to its next row, for a loop over a statement's rows:
 *     int rc;
 *     while (db_step_row(st, &rc)) { ... one row ... }
 *     if (db_rows_failed(rc)) return -1;
 * Returns 1 when a row is ready and 0 when the rows have ended or stepping
 * failed. *rc records how the last step ended: SQLITE_ROW, SQLITE_DONE
 * after the last row, or the error (logged with the statement's SQL). A
 * NULL st fails with SQLITE_MISUSE, so a statement that could not be
 * prepared is an error rather than an empty list. */
int db_step_row(sqlite3_stmt *st, int *rc);

/* Returns 1 when a loop over db_step_row() ended on an error, 0 when it
 * read every row (SQLITE_DONE) or left early after one (SQLITE_ROW). */
int db_rows_failed(int rc);

/* For the tests only: makes db_step_row() fail once with SQLITE_IOERR,
 * at the first step after it has given rows rows (0: the next step), to
 * prove that every page turns a failed step into an error. A negative
 * rows disarms it. Refused (the fault stays disarmed) unless the program
 * was started with FRONTLINE_TEST_FAULTS=1. Returns 1 when armed, 0
 * otherwise. */
int db_fail_step_after(long rows);

/* Binds id as ?1 of st and steps to its row: returns 1 with the row
 * ready to read (reset st when done), 0 when there is none, -1 when st is
 * NULL or the step failed (logged); st is reset unless a row is ready. */
int db_row_by_id(sqlite3_stmt *st, long long id);

/* Steps st (its parameters already bound) once through db_step_row(), so
 * a failed step is logged like every row loop, and resets it: sets *n to
 * column 0 of its row as an integer (0 when there is no row), for a
 * count or another one-row scalar. Returns 0, or -1 when st is NULL or the
 * step failed (*n is then 0). */
int db_count(sqlite3_stmt *st, long long *n);

/* Runs st with id bound to its first parameter, and resets it: 1 when it
 * finds a row, 0 when none, -1 when st is NULL or the step failed. */
int db_id_exists(sqlite3_stmt *st, long long id);

/* Runs a statement of SQL text with no parameters on the handle; returns
 * SQLITE_OK or the error (logged). */
int db_exec(sqlite3 *db, const char *sql);

/* Runs one statement of SQL text that returns no rows, with value bound
 * to its parameter ?1 (the demo writers' statements that name a role);
 * returns SQLITE_OK or the error (logged). */
int db_exec_int(sqlite3 *db, const char *sql, long long value);

/* Column text as a C string, "" for NULL. */
const char *db_text(sqlite3_stmt *st, int col);

/* Returns 1 when "SELECT 1" answers: the database is reachable. */
int db_healthy(void);
/* NULL when the database answers, else a sentence saying why not (it
 * cannot be opened, its file was moved or deleted, it cannot be read),
 * in a static buffer. */
const char *db_health_problem(void);

#endif
