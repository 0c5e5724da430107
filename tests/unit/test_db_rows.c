/*
 * test_db_rows.c: db_step_row() gives every row, then tells the end of the
 * rows (SQLITE_DONE) from a step that failed, whether the failure is
 * SQLite's own (an error raised by the third row), a statement that could
 * not be prepared, or the test-only fault of db_fail_step_after(), which
 * is refused unless FRONTLINE_TEST_FAULTS=1 and fires once; and
 * db_count() reads a one-row count, 0 for no row, and fails with -1 on a
 * failed step or a NULL statement.
 */
#include "check.h"
#include "core/db.h"

#include <stdlib.h>

enum { ST_ALL, ST_FAILS_AT_THIRD, ST_COUNT_ABOVE, ST_NONE, ST__COUNT };
static const char *const sql[ST__COUNT] = {
	[ST_ALL] = "SELECT id FROM t ORDER BY id",
	/* abs() of the smallest integer is an error, raised when stepping */
	[ST_FAILS_AT_THIRD] = "SELECT CASE WHEN id = 3 THEN abs(-9223372036854775807 - 1) ELSE id END "
	                      "FROM t ORDER BY id",
	[ST_COUNT_ABOVE] = "SELECT count(*) FROM t WHERE id > ?1",
	[ST_NONE] = "SELECT id FROM t WHERE id > 99",
};
static sqlite3_stmt *cache[ST__COUNT];
static struct sql_table table = { sql, ST__COUNT, cache, NULL };

/* Steps statement which to its end; returns the rows read and sets *rc. */
static int count_rows(size_t which, int *rc)
{
	sqlite3_stmt *st = db_stmt(&table, which);
	int rows = 0;
	while (db_step_row(st, rc))
		rows++;
	sqlite3_reset(st);
	return rows;
}

/* Opens an in-memory database with the table t of ids 1 to 5. */
static int open_table(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return 0;
	db_set(db);
	return CHECK_EQ_INT(db_exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY); "
	                                "INSERT INTO t VALUES (1), (2), (3), (4), (5)"), SQLITE_OK);
}

/* Every row, then the end: not a failure. Leaving early after a row is
 * not a failure either. */
static void test_rows_then_done(void)
{
	int rc = -1;
	CHECK_EQ_INT(count_rows(ST_ALL, &rc), 5);
	CHECK_EQ_INT(rc, SQLITE_DONE);
	CHECK_EQ_INT(db_rows_failed(rc), 0);
	sqlite3_stmt *st = db_stmt(&table, ST_ALL);
	CHECK_EQ_INT(db_step_row(st, &rc), 1);
	CHECK_EQ_INT(sqlite3_column_int(st, 0), 1);
	CHECK_EQ_INT(rc, SQLITE_ROW);
	CHECK_EQ_INT(db_rows_failed(rc), 0);
	sqlite3_reset(st);
}

/* SQLite's own error at the third row ends the loop after two rows, and
 * is a failure; so is a statement that was never prepared. */
static void test_step_errors(void)
{
	int rc = -1;
	CHECK_EQ_INT(count_rows(ST_FAILS_AT_THIRD, &rc), 2);
	CHECK_EQ_INT(rc & 0xff, SQLITE_ERROR);
	CHECK_EQ_INT(db_rows_failed(rc), 1);
	CHECK_EQ_INT(db_step_row(NULL, &rc), 0);
	CHECK_EQ_INT(rc, SQLITE_MISUSE);
	CHECK_EQ_INT(db_rows_failed(rc), 1);
	CHECK_EQ_INT(db_rows_failed(SQLITE_IOERR), 1);
	CHECK_EQ_INT(db_rows_failed(SQLITE_BUSY), 1);
}

/* The fault is refused without FRONTLINE_TEST_FAULTS=1; with it, a loop
 * fails with SQLITE_IOERR after the rows asked for, counted across loops,
 * once: the next loop reads every row again. */
static void test_fault(void)
{
	int rc = -1;
	unsetenv("FRONTLINE_TEST_FAULTS");
	CHECK_EQ_INT(db_fail_step_after(0), 0);
	CHECK_EQ_INT(count_rows(ST_ALL, &rc), 5);
	CHECK_EQ_INT(rc, SQLITE_DONE);
	setenv("FRONTLINE_TEST_FAULTS", "0", 1);
	CHECK_EQ_INT(db_fail_step_after(0), 0);
	CHECK_EQ_INT(count_rows(ST_ALL, &rc), 5);

	setenv("FRONTLINE_TEST_FAULTS", "1", 1);
	CHECK_EQ_INT(db_fail_step_after(3), 1);
	CHECK_EQ_INT(count_rows(ST_ALL, &rc), 3);
	CHECK_EQ_INT(rc, SQLITE_IOERR);
	CHECK_EQ_INT(db_rows_failed(rc), 1);
	CHECK_EQ_INT(count_rows(ST_ALL, &rc), 5);
	CHECK_EQ_INT(rc, SQLITE_DONE);

	CHECK_EQ_INT(db_fail_step_after(7), 1);
	CHECK_EQ_INT(count_rows(ST_ALL, &rc), 5);
	CHECK_EQ_INT(rc, SQLITE_DONE);
	CHECK_EQ_INT(count_rows(ST_ALL, &rc), 2);
	CHECK_EQ_INT(rc, SQLITE_IOERR);

	CHECK_EQ_INT(db_fail_step_after(0), 1);
	CHECK_EQ_INT(db_fail_step_after(-1), 0);
	CHECK_EQ_INT(count_rows(ST_ALL, &rc), 5);
	CHECK_EQ_INT(rc, SQLITE_DONE);
	unsetenv("FRONTLINE_TEST_FAULTS");
}

/* A count, bound and read, then read again (the statement was reset); no
 * row reads as 0; a failed step (the test fault) and a NULL statement are
 * -1 with *n 0, and the next read is right again. */
static void test_count(void)
{
	long long n = -1;
	sqlite3_stmt *st = db_stmt(&table, ST_COUNT_ABOVE);
	sqlite3_bind_int64(st, 1, 2);
	CHECK_EQ_INT(db_count(st, &n), 0);
	CHECK_EQ_INT(n, 3);
	sqlite3_bind_int64(st, 1, 4);
	CHECK_EQ_INT(db_count(st, &n), 0);
	CHECK_EQ_INT(n, 1);
	n = -1;
	CHECK_EQ_INT(db_count(db_stmt(&table, ST_NONE), &n), 0);
	CHECK_EQ_INT(n, 0);

	setenv("FRONTLINE_TEST_FAULTS", "1", 1);
	CHECK_EQ_INT(db_fail_step_after(0), 1);
	n = -1;
	sqlite3_bind_int64(st, 1, 0);
	CHECK_EQ_INT(db_count(st, &n), -1);
	CHECK_EQ_INT(n, 0);
	CHECK_EQ_INT(db_count(st, &n), 0);
	CHECK_EQ_INT(n, 5);
	unsetenv("FRONTLINE_TEST_FAULTS");

	n = -1;
	CHECK_EQ_INT(db_count(NULL, &n), -1);
	CHECK_EQ_INT(n, 0);
}

int main(void)
{
	if (open_table()) {
		test_rows_then_done();
		test_step_errors();
		test_fault();
		test_count();
	}
	db_close();
	return check_summary("test_db_rows");
}
