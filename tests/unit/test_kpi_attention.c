/*
 * test_kpi_attention.c: the schema's own guard of the red-result rule
 * (schema/005_kpis.sql): a red result's need for attention cannot be
 * cleared without an action or a written justification; raising an action
 * clears it, cancelling that action reopens it. Also the KPI table's
 * threshold order and one result per period.
 */
#include "check.h"
#include "core/db.h"

#include <stdio.h>
#include <string.h>

/* Runs SQL; returns the primary result code. */
static int run(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL) & 0xff;
}

/* The state of result 1's attention row. */
static const char *state(sqlite3 *db)
{
	static char out[32];
	sqlite3_stmt *st;
	snprintf(out, sizeof out, "%s", "none");
	if (sqlite3_prepare_v2(db, "SELECT state || coalesce(':' || action_id, '') FROM kpi_attention "
	                       "WHERE result_id = 1", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
	}
	return out;
}

#define ACTION(id, status) \
	"INSERT INTO actions (id, source_type, source_id, title, due_date, created_at, updated_at, status) " \
	"VALUES (" #id ", 'kpi_result', 1, 't', '2026-12-01', 'x', 'x', '" status "')"

static void test_attention_rule(sqlite3 *db)
{
	CHECK_EQ_INT(run(db, "INSERT INTO users (id, username, display_name, password_hash, created_at, "
	                     "updated_at, password_changed_at) VALUES (1, 'mm', 'M', 'h', 'x', 'x', 'x')"), SQLITE_OK);
	CHECK_EQ_INT(run(db, "INSERT INTO kpis (id, name, direction, target, amber_at, red_at, created_at, "
	                     "updated_at) VALUES (1, 'CSAT', 'higher', 90, 85, 80, 'x', 'x')"), SQLITE_OK);
	CHECK_EQ_INT(run(db, "INSERT INTO kpi_results (id, kpi_id, period, value, rag, entered_at) "
	                     "VALUES (1, 1, '2026-10-01', 70, 'red', 'x')"), SQLITE_OK);
	CHECK_EQ_INT(run(db, "INSERT INTO kpi_attention (result_id, kpi_id) VALUES (1, 1)"), SQLITE_OK);
	CHECK_STR_EQ(state(db), "open");
	/* cleared with nothing to show for it: refused */
	CHECK_EQ_INT(run(db, "UPDATE kpi_attention SET state = 'justified', resolved_at = 'x' WHERE result_id = 1"),
	             SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "UPDATE kpi_attention SET state = 'justified', justification = 'too short', "
	                     "resolved_at = 'x' WHERE result_id = 1"), SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "UPDATE kpi_attention SET state = 'action', resolved_at = 'x' WHERE result_id = 1"),
	             SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "UPDATE kpi_attention SET state = 'justified', justification = "
	                     "'A one-off outage, already fixed by the supplier' WHERE result_id = 1"),
	             SQLITE_CONSTRAINT);     /* no resolved_at */
	CHECK_STR_EQ(state(db), "open");
	/* an action raised from the result clears it, however it was raised */
	CHECK_EQ_INT(run(db, ACTION(10, "open")), SQLITE_OK);
	CHECK_STR_EQ(state(db), "action:10");
	CHECK_EQ_INT(run(db, ACTION(11, "open")), SQLITE_OK);
	CHECK_STR_EQ(state(db), "action:10");
	/* cancelling the answering action moves to the other live one... */
	CHECK_EQ_INT(run(db, "UPDATE actions SET status = 'cancelled' WHERE id = 10"), SQLITE_OK);
	CHECK_STR_EQ(state(db), "action:11");
	/* ...and cancelling the last reopens the need for attention */
	CHECK_EQ_INT(run(db, "UPDATE actions SET status = 'cancelled' WHERE id = 11"), SQLITE_OK);
	CHECK_STR_EQ(state(db), "open");
	CHECK_EQ_INT(run(db, "UPDATE kpi_attention SET state = 'justified', justification = "
	                     "'A one-off outage, already fixed by the supplier', resolved_at = 'x' WHERE result_id = 1"),
	             SQLITE_OK);
	CHECK_STR_EQ(state(db), "justified");
}

static void test_kpi_table(sqlite3 *db)
{
	CHECK_EQ_INT(run(db, "INSERT INTO kpi_results (kpi_id, period, value, rag, entered_at) "
	                     "VALUES (1, '2026-10-01', 95, 'green', 'x')"), SQLITE_CONSTRAINT);   /* same period */
	CHECK_EQ_INT(run(db, "INSERT INTO kpis (name, direction, target, amber_at, red_at, created_at, updated_at) "
	                     "VALUES ('a', 'higher', 90, 90, 80, 'x', 'x')"), SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "INSERT INTO kpis (name, direction, target, amber_at, red_at, created_at, updated_at) "
	                     "VALUES ('b', 'lower', 24, 36, 30, 'x', 'x')"), SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "INSERT INTO kpis (name, direction, target, amber_at, red_at, created_at, updated_at) "
	                     "VALUES ('c', 'lower', 24, 36, 48, 'x', 'x')"), SQLITE_OK);
	CHECK_EQ_INT(run(db, "INSERT INTO kpis (name, direction, target, amber_at, red_at, source, created_at, "
	                     "updated_at) VALUES ('d', 'lower', 24, 36, 48, 'telepathy', 'x', 'x')"), SQLITE_CONSTRAINT);
}

int main(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return check_summary("test_kpi_attention");
	CHECK(db_migrate(db) >= 5);
	test_attention_rule(db);
	test_kpi_table(db);
	sqlite3_close(db);
	return check_summary("test_kpi_attention");
}
