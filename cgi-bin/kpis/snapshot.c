/*
 * snapshot.c: a KPI with its results, and an action with its root cause
 * and review, rendered for an evidence portfolio's snapshot
 * (core/snapshot.h). Neither holds customer data.
 */
#include "kpis.h"
#include "actions.h"
#include "core/action.h"
#include "core/db.h"
#include "core/snapshot.h"

#include <string.h>

#define SNAPSHOT_RESULTS 24

enum kpi_snap_stmt {
	ST_KPI,
	ST_RESULTS,
	ST_RAISED,
	ST_ACTION,
	ST__COUNT
};
static const char *const snap_sql[ST__COUNT] = {
	[ST_KPI] = "SELECT k.name, k.description, k.unit, k.direction, k.target, k.amber_at, k.red_at, "
	           "k.frequency, coalesce(u.display_name, '') FROM kpis k "
	           "LEFT JOIN users u ON u.id = k.owner_id WHERE k.id = ?",
	[ST_RESULTS] = "SELECT period, value, rag, note FROM kpi_results WHERE kpi_id = ?1 "
	               "ORDER BY period DESC LIMIT ?2",
	[ST_RAISED] = "SELECT a.title, r.period, a.root_cause, a.status FROM actions a "
	              "JOIN kpi_results r ON r.id = a.source_id WHERE a.source_type = 'kpi_result' "
	              "AND r.kpi_id = ? ORDER BY r.period DESC, a.id",
	[ST_ACTION] = "SELECT a.title, a.kind, a.source_type, a.problem, a.root_cause, a.why_1, a.why_2, "
	              "a.why_3, a.why_4, a.why_5, a.steps, coalesce(u.display_name, ''), a.due_date, "
	              "a.status, a.baseline, a.result, a.review, coalesce(a.reviewed_at, ''), "
	              "coalesce(a.closed_at, '') FROM actions a LEFT JOIN users u ON u.id = a.owner_id "
	              "WHERE a.id = ?",
};
static sqlite3_stmt *snap_cache[ST__COUNT];
static struct sql_table snap_table = { snap_sql, ST__COUNT, snap_cache, NULL };

/* The label of a value in a NULL-terminated values list with its labels
 * beside it; the value itself when not listed. */
static const char *label_of(const char *const *values, const char *const *labels, const char *value)
{
	for (size_t i = 0; values[i]; i++)
		if (strcmp(values[i], value) == 0)
			return labels[i];
	return value;
}

/* See kpis.h. */
int kpi_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	static const char *const result_heads[] = { "Period", "Value", "RAG", "Note" };
	static const char *const raised_heads[] = { "Action", "For the result of", "Root cause", "Status" };
	sqlite3_stmt *st = db_stmt(&snap_table, ST_KPI);
	int found = db_row_by_id(st, id), bad = 0, rc, rows = 0;
	if (found <= 0)
		return found < 0 ? -1 : 1;
	snapshot_set_title(title, title_size, db_text(st, 0));
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "KPI", db_text(st, 0));
	bad |= snapshot_field(out, "What it measures", db_text(st, 1));
	bad |= snapshot_field(out, "Unit", db_text(st, 2));
	bad |= snapshot_field(out, "Better when", strcmp(db_text(st, 3), "lower") == 0 ? "lower" : "higher");
	bad |= snapshot_field(out, "Target", db_text(st, 4));
	bad |= snapshot_field(out, "Amber from", db_text(st, 5));
	bad |= snapshot_field(out, "Red from", db_text(st, 6));
	bad |= snapshot_field(out, "Measured", db_text(st, 7));
	bad |= snapshot_field(out, "Owner", db_text(st, 8));
	bad |= snapshot_fields_end(out);
	sqlite3_reset(st);
	if ((st = db_stmt(&snap_table, ST_RESULTS)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, SNAPSHOT_RESULTS);
	while (db_step_row(st, &rc)) {
		const char *cells[4] = { db_text(st, 0), db_text(st, 1), db_text(st, 2), db_text(st, 3) };
		if (rows++ == 0)
			bad |= snapshot_table_begin(out, "Results, newest first", 4, result_heads);
		bad |= snapshot_table_row(out, 4, cells);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	bad |= rows ? snapshot_table_end(out) : snapshot_paragraphs(out, "", "No results recorded.");
	if ((st = db_stmt(&snap_table, ST_RAISED)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rows = 0;
	while (db_step_row(st, &rc)) {
		const char *cells[4] = { db_text(st, 0), db_text(st, 1),
			label_of(action_root_causes, action_root_cause_labels, db_text(st, 2)),
			label_of(action_statuses, action_status_labels, db_text(st, 3)) };
		if (rows++ == 0)
			bad |= snapshot_table_begin(out, "Actions raised from its results", 4, raised_heads);
		bad |= snapshot_table_row(out, 4, cells);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	if (rows)
		bad |= snapshot_table_end(out);
	return bad ? -1 : 0;
}

/* See actions.h. */
int action_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	static const char *const why_labels[] = { "Why? (1)", "Why? (2)", "Why? (3)", "Why? (4)", "Why? (5)" };
	sqlite3_stmt *st = db_stmt(&snap_table, ST_ACTION);
	int found = db_row_by_id(st, id), bad = 0;
	if (found <= 0)
		return found < 0 ? -1 : 1;
	snapshot_set_title(title, title_size, db_text(st, 0));
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "Action", db_text(st, 0));
	bad |= snapshot_field(out, "Kind", db_text(st, 1));
	bad |= snapshot_field(out, "Raised from", label_of(action_sources, action_source_labels, db_text(st, 2)));
	bad |= snapshot_field(out, "The problem", db_text(st, 3));
	bad |= snapshot_field(out, "Root cause", label_of(action_root_causes, action_root_cause_labels, db_text(st, 4)));
	for (int i = 0; i < 5; i++)
		if (db_text(st, 5 + i)[0])
			bad |= snapshot_field(out, why_labels[i], db_text(st, 5 + i));
	bad |= snapshot_field(out, "Steps", db_text(st, 10));
	bad |= snapshot_field(out, "Owner", db_text(st, 11));
	bad |= snapshot_field(out, "Due", db_text(st, 12));
	bad |= snapshot_field(out, "Status", label_of(action_statuses, action_status_labels, db_text(st, 13)));
	bad |= snapshot_field(out, "Baseline before", db_text(st, 14));
	bad |= snapshot_field(out, "Measured result after", db_text(st, 15));
	bad |= snapshot_field(out, "Review", db_text(st, 16));
	bad |= snapshot_field(out, "Reviewed", db_text(st, 17));
	bad |= snapshot_field(out, "Closed", db_text(st, 18));
	bad |= snapshot_fields_end(out);
	sqlite3_reset(st);
	return bad ? -1 : 0;
}
