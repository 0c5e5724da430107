/*
 * test_action.c: the shared action record's rules (core/action.c) and the
 * schema's refusal to close an action without a review.
 */
#include "check.h"
#include "core/action.h"
#include "core/options.h"
#include "core/db.h"

#include <string.h>

/* Overdue means still open or in progress and due before today. */
static void test_overdue(void)
{
	CHECK(action_is_overdue("open", "2026-11-22", "2026-11-23"));
	CHECK(action_is_overdue("in_progress", "2025-01-01", "2026-11-23"));
	CHECK(!action_is_overdue("open", "2026-11-23", "2026-11-23"));   /* due today */
	CHECK(!action_is_overdue("open", "2026-11-24", "2026-11-23"));
	CHECK(!action_is_overdue("closed", "2026-01-01", "2026-11-23"));
	CHECK(!action_is_overdue("cancelled", "2026-01-01", "2026-11-23"));
}

/* Labels pair with values; an unknown value is shown as itself. */
static void test_labels(void)
{
	CHECK_STR_EQ(options_label(action_statuses, action_status_labels, "in_progress"), "In progress");
	CHECK_STR_EQ(options_label(action_sources, action_source_labels, "kpi_result"), "KPI result");
	CHECK_STR_EQ(options_label(action_statuses, action_status_labels, "odd"), "odd");
	size_t n = 0, m = 0;
	while (action_root_causes[n]) n++;
	while (action_root_cause_labels[m]) m++;
	CHECK_EQ_INT(n, m);
}

/* The table refuses a closed action without a result, a review and dates. */
static void test_close_needs_review(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	CHECK_NOT_NULL(db);
	if (db == NULL)
		return;
	CHECK(db_migrate(db) > 0);
	const char *base = "INSERT INTO actions (source_type, title, due_date, created_at, updated_at, "
	                   "status, result, review, reviewed_at, closed_at) VALUES ('other', 't', "
	                   "'2026-12-01', 'x', 'x', ";
	char sql[512];
	snprintf(sql, sizeof sql, "%s'closed', '', '', NULL, NULL)", base);
	CHECK((sqlite3_exec(db, sql, NULL, NULL, NULL) & 0xff) == SQLITE_CONSTRAINT);
	snprintf(sql, sizeof sql, "%s'closed', '6 a month', '', 'x', 'x')", base);
	CHECK((sqlite3_exec(db, sql, NULL, NULL, NULL) & 0xff) == SQLITE_CONSTRAINT);
	snprintf(sql, sizeof sql, "%s'closed', '6 a month', 'fell from 14', 'x', 'x')", base);
	CHECK_EQ_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof sql, "%s'open', '', '', NULL, NULL)", base);
	CHECK_EQ_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

int main(void)
{
	test_overdue();
	test_labels();
	test_close_needs_review();
	return check_summary("test_action");
}
