/*
 * snapshot.c: a run as a self-contained HTML fragment, for the learner's
 * portfolio (the portfolio area stores it as evidence): the template and
 * version, score and RAG, the failed items with their notes, the actions
 * raised from them and the sign-off. Every value passes through
 * html_escape_append; the markup around them is fixed text.
 */
#include "checklists.h"
#include "store.h"
#include "core/action.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <stdio.h>
#include <string.h>

enum snap_stmt { ST_RUN_ACTIONS, ST__COUNT };
static const char *const snap_sql[ST__COUNT] = {
	[ST_RUN_ACTIONS] =
		"SELECT x.item_id, a.title, a.status, a.due_date, coalesce(u.display_name, '') FROM actions a "
		"JOIN checklist_answers x ON x.id = a.source_id LEFT JOIN users u ON u.id = a.owner_id "
		"WHERE a.source_type = 'checklist_item' AND x.run_id IN (WITH RECURSIVE chain(id) AS "
		"(SELECT ?1 UNION ALL SELECT r.revision_of FROM checklist_runs r JOIN chain c ON r.id = c.id "
		" WHERE r.revision_of IS NOT NULL) SELECT id FROM chain) ORDER BY a.id",
};
static sqlite3_stmt *snap_cache[ST__COUNT];
static struct sql_table snap_table = { snap_sql, ST__COUNT, snap_cache, NULL };

/* Appends fixed markup, then value escaped, then more fixed markup. */
static int put(struct buf *out, const char *before, const char *value, const char *after)
{
	return buf_puts(out, before) || html_escape_append(out, value) || buf_puts(out, after) ? -1 : 0;
}

/* Appends one "term: value" row of the summary list. */
static int put_row(struct buf *out, const char *term, const char *value)
{
	return put(out, "<div><dt>", term, "</dt>") || put(out, "<dd>", value, "</dd></div>") ? -1 : 0;
}

/* Appends the actions raised from item item_id of the run's chain. */
static int put_actions(struct arena *a, struct buf *out, long long run_id, long long item_id, int *count)
{
	sqlite3_stmt *st = db_stmt(&snap_table, ST_RUN_ACTIONS);
	int rc, n = 0;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, run_id);
	while (db_step_row(st, &rc)) {
		if (sqlite3_column_int64(st, 0) != item_id)
			continue;
		if (n++ == 0 && buf_puts(out, "<ul class=\"snapshot-actions\">"))
			break;
		const char *owner = db_text(st, 4)[0] ? db_text(st, 4) : "nobody yet";
		const char *words = arena_printf(a, "%s, due %s, owner %s", options_label(action_statuses,
		                                 action_status_labels, db_text(st, 2)), db_text(st, 3), owner);
		if (put(out, "<li>Action: ", db_text(st, 1), " (") || put(out, "", words, ")</li>"))
			break;
	}
	sqlite3_reset(st);
	if (n && buf_puts(out, "</ul>"))
		return -1;
	*count += n;
	return db_rows_failed(rc) ? -1 : 0;
}

/* Appends the failed items with notes, justifications and actions. */
static int put_failures(struct arena *a, struct buf *out, const struct checklist_run *r, int *actions)
{
	int failed = 0;
	if (buf_puts(out, "<h3>Failed items</h3>"))
		return -1;
	for (size_t i = 0; i < r->version.item_count; i++) {
		const struct checklist_item *it = &r->version.items[i];
		const struct checklist_answer *x = &r->answers[i];
		if (!x->present || x->outcome != CHECKLIST_FAIL)
			continue;
		if (failed++ == 0 && buf_puts(out, "<ol class=\"snapshot-failed\">"))
			return -1;
		if (put(out, "<li><p><strong>", it->prompt, "</strong>") ||
		    (it->reference[0] && put(out, " <span class=\"muted\">", it->reference, "</span>")) ||
		    put(out, "</p><p>Answer: ", x->value, it->mandatory ? " (mandatory item)</p>" : "</p>") ||
		    (x->note[0] && put(out, "<p>Note: ", x->note, "</p>")) ||
		    (x->justification[0] && put(out, "<p>Justification: ", x->justification, "</p>")) ||
		    put_actions(a, out, r->id, it->id, actions) != 0 || buf_puts(out, "</li>"))
			return -1;
	}
	if (failed == 0)
		return buf_puts(out, "<p>No item failed.</p>") ? -1 : 0;
	return buf_puts(out, "</ol>") ? -1 : 0;
}

/* Writes the whole fragment of a loaded run. */
static int put_run(struct arena *a, struct buf *out, const struct checklist_run *r)
{
	struct checklist_score sections[CHECKLIST_MAX_SECTIONS], overall;
	int actions = 0;
	checklist_run_score(r, sections, &overall);
	const char *score = overall.scored ? arena_printf(a, "%.1f%%", overall.percent) : "not scored";
	const char *rag = checklist_rag_labels[overall.rag];
	const char *signed_off = strcmp(r->status, "signed_off") == 0
		? arena_printf(a, "Signed off by %s on %s", r->signed_name, display_time(a, r->signed_at))
		: "Not signed off";
	if (put(out, "<section class=\"checklist-snapshot\"><h2>", r->version.title, "</h2><dl class=\"summary-list\">") ||
	    put_row(out, "Version", arena_printf(a, "%d (run %lld, revision %d)", r->version.version, r->id, r->revision)) ||
	    put_row(out, "Team", r->team[0] ? r->team : "no team") ||
	    put_row(out, "Due", r->due_date[0] ? r->due_date : "unscheduled") ||
	    put_row(out, "Run by", arena_printf(a, "%s, started %s", r->started_by, display_time(a, r->started_at))) ||
	    put_row(out, "Score", arena_printf(a, "%s against a pass mark of %d%%", score, r->version.pass_mark)) ||
	    put_row(out, "RAG", arena_printf(a, "%s%s", rag, overall.mandatory_failed ? " (a mandatory item failed)" : "")) ||
	    put_row(out, "Sign-off", signed_off) || buf_puts(out, "</dl><h3>Sections</h3><ul>"))
		return -1;
	for (size_t s = 0; s < r->version.section_count; s++) {
		const char *line = arena_printf(a, "%s: %s, %s", r->version.sections[s].title,
		                                sections[s].scored ? arena_printf(a, "%.1f%%", sections[s].percent) : "not scored",
		                                checklist_rag_labels[sections[s].rag]);
		if (put(out, "<li>", line, "</li>"))
			return -1;
	}
	if (buf_puts(out, "</ul>") || put_failures(a, out, r, &actions) != 0)
		return -1;
	return put(out, "<p class=\"muted\">", arena_printf(a, "%d corrective action%s raised.", actions,
	           actions == 1 ? "" : "s"), "</p></section>");
}

/* See checklists.h. */
int checklist_run_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	struct arena a = { 0 };
	struct checklist_run r;
	int found = checklist_run_load(&a, id, &r), rc = -1;
	if (found == 0)
		rc = 1;
	else if (found == 1 && put_run(&a, out, &r) == 0) {
		char day[11];
		snprintf(day, sizeof day, "%.10s", r.started_at);
		if (title && title_size)
			snprintf(title, title_size, "Checklist: %s, %s", r.version.title,
			         r.due_date[0] ? r.due_date : day);
		rc = 0;
	}
	arena_free(&a);
	return rc;
}
