/*
 * snapshot.c: a service plan rendered for an evidence portfolio's
 * snapshot (core/snapshot.h): the plan, its SMART objectives, milestones,
 * resources, risks with contingencies, stakeholders and review. Plans
 * hold no customer data.
 */
#include "plans.h"
#include "core/db.h"
#include "core/snapshot.h"

enum plan_snap_stmt {
	ST_PLAN,
	ST_OBJECTIVES,
	ST_MILESTONES,
	ST_RESOURCES,
	ST_RISKS,
	ST_STAKEHOLDERS,
	ST_REVIEW,
	ST__COUNT
};
static const char *const snap_sql[ST__COUNT] = {
	[ST_PLAN] = "SELECT p.title, coalesce(t.name, ''), coalesce(u.display_name, ''), p.period_start, "
	            "p.period_end, p.status, p.purpose, p.contingency FROM plans p "
	            "LEFT JOIN teams t ON t.id = p.team_id LEFT JOIN users u ON u.id = p.owner_id WHERE p.id = ?",
	[ST_OBJECTIVES] = "SELECT statement, measure, coalesce(baseline, ''), coalesce(target, ''), "
	                  "coalesce(current_value, ''), coalesce(deadline, '') FROM plan_objectives "
	                  "WHERE plan_id = ? ORDER BY id",
	[ST_MILESTONES] = "SELECT title, coalesce(start_date, ''), due_date, coalesce(done_date, '') "
	                  "FROM plan_milestones WHERE plan_id = ? ORDER BY due_date, id",
	[ST_RESOURCES] = "SELECT kind, description, quantity, coalesce(from_date, '') || "
	                 "CASE WHEN to_date IS NULL THEN '' ELSE ' to ' || to_date END "
	                 "FROM plan_resources WHERE plan_id = ? ORDER BY id",
	[ST_RISKS] = "SELECT description, likelihood, impact, contingency FROM plan_risks "
	             "WHERE plan_id = ? ORDER BY likelihood * impact DESC, id",
	[ST_STAKEHOLDERS] = "SELECT name, interest, channel, frequency FROM plan_stakeholders "
	                    "WHERE plan_id = ? ORDER BY id",
	[ST_REVIEW] = "SELECT achieved, against_target, changes_next, reviewed_at FROM plan_reviews WHERE plan_id = ?",
};
static sqlite3_stmt *snap_cache[ST__COUNT];
static struct sql_table snap_table = { snap_sql, ST__COUNT, snap_cache, NULL };

/* Appends a table of the plan's rows from statement which (n text
 * columns) under caption, or the empty sentence. Returns 0 or -1. */
static int rows_table(struct buf *out, enum plan_snap_stmt which, long long id, const char *caption,
                      size_t n, const char *const *headings, const char *empty)
{
	sqlite3_stmt *st = db_stmt(&snap_table, which);
	const char *cells[8];
	int rows = 0, rc, bad = 0;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while (db_step_row(st, &rc)) {
		if (rows++ == 0)
			bad |= snapshot_table_begin(out, caption, n, headings);
		for (size_t i = 0; i < n; i++)
			cells[i] = db_text(st, (int)i);
		bad |= snapshot_table_row(out, n, cells);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || bad)
		return -1;
	if (rows)
		return snapshot_table_end(out);
	bad |= snapshot_heading(out, caption);
	return (bad | snapshot_paragraphs(out, "", empty)) ? -1 : 0;
}

/* See plans.h. */
int plan_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	static const char *const objective_heads[] = { "Objective", "Measure", "Baseline", "Target", "Latest", "Deadline" };
	static const char *const milestone_heads[] = { "Milestone", "Starts", "Due", "Done" };
	static const char *const resource_heads[] = { "Kind", "Resource", "Quantity", "When" };
	static const char *const risk_heads[] = { "Risk", "Likelihood (1-5)", "Impact (1-5)", "Contingency" };
	static const char *const stakeholder_heads[] = { "Stakeholder", "Interest", "Channel", "How often" };
	sqlite3_stmt *st = db_stmt(&snap_table, ST_PLAN);
	int found = db_row_by_id(st, id), bad = 0;
	if (found <= 0)
		return found < 0 ? -1 : 1;
	snapshot_set_title(title, title_size, db_text(st, 0));
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "Service plan", db_text(st, 0));
	bad |= snapshot_field(out, "Team", db_text(st, 1));
	bad |= snapshot_field(out, "Owner", db_text(st, 2));
	bad |= snapshot_field(out, "Period", db_text(st, 3));
	bad |= snapshot_field(out, "Until", db_text(st, 4));
	bad |= snapshot_field(out, "Status", db_text(st, 5));
	bad |= snapshot_field(out, "Purpose", db_text(st, 6));
	bad |= snapshot_field(out, "General contingency", db_text(st, 7));
	bad |= snapshot_fields_end(out);
	sqlite3_reset(st);
	if (bad ||
	    rows_table(out, ST_OBJECTIVES, id, "Objectives", 6, objective_heads, "No objectives.") != 0 ||
	    rows_table(out, ST_MILESTONES, id, "Milestones", 4, milestone_heads, "No milestones.") != 0 ||
	    rows_table(out, ST_RESOURCES, id, "Resources", 4, resource_heads, "No resources.") != 0 ||
	    rows_table(out, ST_RISKS, id, "Risks and contingencies", 4, risk_heads, "No risks recorded.") != 0 ||
	    rows_table(out, ST_STAKEHOLDERS, id, "Stakeholders", 4, stakeholder_heads, "No stakeholders.") != 0)
		return -1;
	st = db_stmt(&snap_table, ST_REVIEW);
	found = db_row_by_id(st, id);
	if (found < 0)
		return -1;
	bad |= snapshot_heading(out, "Review");
	if (found) {
		bad |= snapshot_fields_begin(out);
		bad |= snapshot_field(out, "What was achieved", db_text(st, 0));
		bad |= snapshot_field(out, "Against the targets", db_text(st, 1));
		bad |= snapshot_field(out, "Changes for next time", db_text(st, 2));
		bad |= snapshot_field(out, "Reviewed", db_text(st, 3));
		bad |= snapshot_fields_end(out);
		sqlite3_reset(st);
	} else {
		bad |= snapshot_paragraphs(out, "", "Not reviewed yet.");
	}
	return bad ? -1 : 0;
}
