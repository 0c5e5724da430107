/*
 * matrix.c: the criteria matrix of one unit for one learner: rows are the
 * unit's criteria, columns the evidence mapped to them, each cell marked
 * when the evidence is mapped to the criterion; each row coloured red,
 * amber or green (portfolio_criterion_rag: no evidence or not yet met,
 * evidence not judged, met), so the gaps show at a glance. The learner
 * sees their live evidence; the assessor, IQA and EQA the snapshots of
 * the latest submission.
 *
 * Page: GET /portfolio/learners/{id}/units/{id}.
 */
#include "internal.h"
#include "matrix.h"
#include "core/db.h"
#include "core/fragment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MATRIX_MAX_COLUMNS 2000

enum matrix_stmt {
	ST_UNIT,
	ST_CRITERIA,
	ST_LIVE_COLUMNS,
	ST_LIVE_CELLS,
	ST_SNAP_COLUMNS,
	ST_SNAP_CELLS,
	ST__COUNT
};
static const char *const matrix_sql[ST__COUNT] = {
	[ST_UNIT] = "SELECT n.code, n.title FROM pf_units n JOIN pf_enrolments e ON e.unit_id = n.id "
	            "WHERE n.id = ?2 AND e.learner_id = ?1",
	[ST_CRITERIA] = "SELECT c.id, c.ref, c.text, c.source, "
	                "(SELECT d.outcome FROM pf_decisions d JOIN pf_submissions s ON s.id = d.submission_id "
	                " WHERE s.learner_id = ?1 AND d.criterion_id = c.id ORDER BY s.number DESC LIMIT 1) "
	                "FROM pf_criteria c WHERE c.unit_id = ?2 ORDER BY c.position",
	[ST_LIVE_COLUMNS] = "SELECT DISTINCT e.id, e.kind, e.title FROM pf_evidence e JOIN pf_mappings m ON m.evidence_id = e.id "
	                    "JOIN pf_criteria c ON c.id = m.criterion_id WHERE e.learner_id = ?1 AND c.unit_id = ?2 ORDER BY e.id",
	[ST_LIVE_CELLS] = "SELECT m.criterion_id, m.evidence_id FROM pf_mappings m JOIN pf_evidence e ON e.id = m.evidence_id "
	                  "JOIN pf_criteria c ON c.id = m.criterion_id WHERE e.learner_id = ?1 AND c.unit_id = ?2",
	[ST_SNAP_COLUMNS] = "SELECT s.id, s.kind, s.title FROM pf_snapshots s WHERE s.submission_id = "
	                    "(SELECT max(id) FROM pf_submissions WHERE learner_id = ?1 AND unit_id = ?2) ORDER BY s.id",
	[ST_SNAP_CELLS] = "SELECT sm.criterion_id, sm.snapshot_id FROM pf_snapshot_mappings sm JOIN pf_snapshots s ON s.id = sm.snapshot_id "
	                  "WHERE s.submission_id = (SELECT max(id) FROM pf_submissions WHERE learner_id = ?1 AND unit_id = ?2)",
};
static sqlite3_stmt *matrix_cache[ST__COUNT];
static struct sql_table matrix_table = { matrix_sql, ST__COUNT, matrix_cache, NULL };

/* One column of the matrix. */
struct column {
	long long id;
	const char *kind, *title;
};

/* Finds the column of id (columns are sorted by id); -1 when absent. */
static long column_of(const struct column *cols, long n, long long id)
{
	long lo = 0, hi = n - 1;
	while (lo <= hi) {
		long mid = (lo + hi) / 2;
		if (cols[mid].id == id)
			return mid;
		if (cols[mid].id < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* Binds learner and unit to the statement. */
static sqlite3_stmt *bound(enum matrix_stmt which, long long learner, long long unit)
{
	sqlite3_stmt *st = db_stmt(&matrix_table, which);
	if (st) {
		sqlite3_bind_int64(st, 1, learner);
		sqlite3_bind_int64(st, 2, unit);
	}
	return st;
}

/* See matrix.h. */
int portfolio_matrix_html(struct arena *a, long long learner, long long unit, int live,
                          struct buf *out, long long *gaps)
{
	struct column *cols = arena_alloc(a, MATRIX_MAX_COLUMNS * sizeof *cols);
	long n = 0;
	int rc, bad = 0;
	sqlite3_stmt *st = bound(live ? ST_LIVE_COLUMNS : ST_SNAP_COLUMNS, learner, unit);
	if (st == NULL || cols == NULL)
		return -1;
	while (n < MATRIX_MAX_COLUMNS && db_step_row(st, &rc)) {
		cols[n].id = sqlite3_column_int64(st, 0);
		cols[n].kind = arena_strdup(a, db_text(st, 1));
		cols[n].title = arena_strdup(a, db_text(st, 2));
		n++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	/* the cells: criterion id -> bit per column, as a list of pairs */
	long pair_cap = 1024, pairs = 0;
	long long (*pair)[2] = malloc((size_t)pair_cap * sizeof *pair);
	if (pair == NULL || (st = bound(live ? ST_LIVE_CELLS : ST_SNAP_CELLS, learner, unit)) == NULL) {
		free(pair);
		return -1;
	}
	while (db_step_row(st, &rc)) {
		if (pairs == pair_cap) {
			void *grown = realloc(pair, (size_t)(pair_cap *= 2) * sizeof *pair);
			if (grown == NULL) {
				bad = 1;
				break;
			}
			pair = grown;
		}
		pair[pairs][0] = sqlite3_column_int64(st, 0);
		pair[pairs][1] = sqlite3_column_int64(st, 1);
		pairs++;
	}
	sqlite3_reset(st);
	unsigned char *marks = calloc((size_t)(n ? n : 1), 1);
	if (db_rows_failed(rc) || bad || marks == NULL) {
		free(pair);
		free(marks);
		return -1;
	}
	bad |= buf_puts(out, "<div class=\"pf-matrix-wrap\"><table class=\"table pf-matrix\"><caption>Criteria (rows) against evidence (columns); &#10003; marks evidence mapped to the criterion</caption><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Status</th>");
	/* Compact markup, as the matrix may have hundreds of columns: end tags
	 * of cells are left out (HTML allows it), a header shows at most 40
	 * bytes of the title (whole characters), a mapped cell is a tick. */
	for (long i = 0; i < n; i++) {
		size_t cut = utf8_prefix(cols[i].title, 40);
		char *shown = arena_strndup(a, cols[i].title, cut);
		bad |= buf_printf(out, "<th><a href=\"/portfolio/%s/%lld\">", live ? "evidence" : "snapshots", cols[i].id);
		bad |= html_escape_append(out, shown);
		bad |= buf_puts(out, cols[i].title[cut] ? "&hellip;</a>" : "</a>");
	}
	bad |= buf_puts(out, "</tr></thead><tbody>\n");
	*gaps = 0;
	if ((st = bound(ST_CRITERIA, learner, unit)) == NULL) {
		free(pair);
		free(marks);
		return -1;
	}
	while (db_step_row(st, &rc)) {
		long long cid = sqlite3_column_int64(st, 0), mapped = 0;
		memset(marks, 0, (size_t)(n ? n : 1));
		for (long i = 0; i < pairs; i++)
			if (pair[i][0] == cid) {
				long c = column_of(cols, n, pair[i][1]);
				if (c >= 0 && !marks[c]) {
					marks[c] = 1;
					mapped++;
				}
			}
		const char *decision = db_text(st, 4);
		const char *rag = portfolio_criterion_rag(mapped, decision);
		const char *status = strcmp(rag, "green") == 0 ? "Met" : decision[0] ? "Not yet met" :
		                     mapped ? "Evidence, not judged" : "No evidence";
		*gaps += strcmp(rag, "green") != 0;
		bad |= buf_printf(out, "<tr class=\"pf-rag--%s\"><th scope=\"row\"><strong>", rag);
		bad |= html_escape_append(out, db_text(st, 1));
		bad |= buf_puts(out, "</strong> ");
		bad |= html_escape_append(out, db_text(st, 2));
		bad |= buf_printf(out, "</th><td class=\"pf-status\"><span class=\"tag pf-tag--%s\">", rag);
		bad |= html_escape_append(out, status);
		bad |= buf_puts(out, "</span></td>");
		for (long i = 0; i < n; i++)
			bad |= buf_puts(out, marks[i] ? "<td>\xe2\x9c\x93" : "<td>");
		bad |= buf_puts(out, "</tr>\n");
	}
	sqlite3_reset(st);
	free(pair);
	free(marks);
	if (db_rows_failed(rc))
		return -1;
	bad |= buf_puts(out, "</tbody></table></div>\n");
	return bad ? -1 : (int)n;
}

/* What the matrix fragment is built from. */
struct matrix_ctx {
	struct arena *arena;
	long long learner, unit;
	int live;
};

/* Builds the matrix with its summary line for the fragment cache
 * (core/fragment.c); count is the number of evidence columns. */
static int build_matrix(void *vctx, char **data, size_t *len, long long *count)
{
	struct matrix_ctx *c = vctx;
	struct buf table = {0}, out = {0};
	long long gaps = 0;
	int columns = portfolio_matrix_html(c->arena, c->learner, c->unit, c->live, &table, &gaps);
	if (columns < 0 ||
	    buf_printf(&out, "<p id=\"matrix-summary\">%lld criteria are not yet green; %d pieces of evidence %s.</p>\n", gaps, columns,
	               c->live ? "are mapped to this unit (live)" : "were submitted (the latest submission's snapshots)") != 0 ||
	    buf_append(&out, table.data ? table.data : "", table.len) != 0 || buf_append(&out, "", 1) != 0) {
		buf_free(&table);
		buf_free(&out);
		return -1;
	}
	buf_free(&table);
	*data = out.data;
	*len = out.len - 1;
	*count = columns;
	return 0;
}

/* GET /portfolio/learners/{id}/units/{id}: the matrix. */
int portfolio_matrix_page(struct request *rq, struct response *rs)
{
	long long learner = rq->path_ids[0], unit = rq->path_ids[1];
	enum portfolio_viewer viewer;
	struct page p;
	if (portfolio_viewer_of(rq, learner, &viewer) != 0)
		return -1;
	sqlite3_stmt *st = bound(ST_UNIT, learner, unit);
	int found = viewer == PORTFOLIO_VIEWER_NONE ? 0 : st == NULL ? -1 : sqlite3_step(st) == SQLITE_ROW;
	if (found < 0)
		return -1;
	if (!found) {
		if (st)
			sqlite3_reset(st);
		respond_error(rq, rs, 404, "There is no such unit in a portfolio assigned to you.");
		return 0;
	}
	const char *code = arena_strdup(&rq->arena, db_text(st, 0)), *title = arena_strdup(&rq->arena, db_text(st, 1));
	sqlite3_reset(st);
	if (portfolio_audit_view(rq, viewer, learner, arena_printf(&rq->arena, "matrix of unit %s", code)) != 0)
		return -1;
	/* kept per learner, unit and view while the database is unchanged */
	struct matrix_ctx ctx = { &rq->arena, learner, unit, viewer == PORTFOLIO_VIEWER_LEARNER };
	char key[80];
	snprintf(key, sizeof key, "portfolio/matrix/%lld/%lld/%d", learner, unit, ctx.live);
	const struct fragment *matrix = fragment_get(key, build_matrix, &ctx);
	if (matrix == NULL || page_begin(&p, rq, rs, arena_printf(&rq->arena, "Unit %s: criteria matrix", code), "portfolio/matrix.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "LEARNER_ID", learner);
	tpl_set_int(p.content, "UNIT_ID", unit);
	tpl_set(p.content, "CODE", code);
	tpl_set(p.content, "TITLE", title);
	tpl_set(p.content, "MATRIX", matrix->data);
	return page_finish(&p, rs);
}
