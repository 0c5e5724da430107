/*
 * export.c: the whole portfolio as one printable document (cover page,
 * each unit's criteria matrix, each submitted evidence item with its
 * mappings and the decisions) and as a zip of that HTML with a JSON
 * manifest (core/bundle.c), for the awarding organisation. What others
 * see is what was submitted; the learner's matrix is live.
 *
 * Pages: GET /portfolio/learners/{id}/print, GET /portfolio/learners/{id}/export.
 */
#include "internal.h"
#include "matrix.h"
#include "core/bundle.h"
#include "core/db.h"

#include <stdio.h>
#include <string.h>

enum export_stmt {
	ST_LEARNER,
	ST_UNITS,
	ST_SNAPSHOTS,
	ST_DECISIONS,
	ST__COUNT
};
static const char *const export_sql[ST__COUNT] = {
	[ST_LEARNER] = "SELECT u.display_name, u.job_title, l.started_on, l.planned_end, coalesce(a.display_name, ''), "
	               "coalesce(i.display_name, ''), (SELECT value FROM settings WHERE key = 'org_name') FROM pf_learners l "
	               "JOIN users u ON u.id = l.learner_id LEFT JOIN users a ON a.id = l.assessor_id "
	               "LEFT JOIN users i ON i.id = l.iqa_id WHERE l.learner_id = ?",
	[ST_UNITS] = "SELECT n.id, n.code, n.title, (SELECT max(id) FROM pf_submissions s WHERE s.learner_id = ?1 AND s.unit_id = n.id) "
	             "FROM pf_enrolments e JOIN pf_units n ON n.id = e.unit_id WHERE e.learner_id = ?1 ORDER BY n.position",
	[ST_SNAPSHOTS] = "SELECT s.id, s.kind, s.title, s.hash, s.html, s.captured_at, (SELECT group_concat(c.ref || ': ' || sm.rationale, '\n') "
	                 "FROM pf_snapshot_mappings sm JOIN pf_criteria c ON c.id = sm.criterion_id WHERE sm.snapshot_id = s.id) "
	                 "FROM pf_snapshots s WHERE s.submission_id = ? ORDER BY s.id",
	[ST_DECISIONS] = "SELECT c.ref, d.outcome, d.comment, b.number, coalesce(b.signed_name, ''), coalesce(b.assessed_at, '') "
	                 "FROM pf_decisions d JOIN pf_criteria c ON c.id = d.criterion_id JOIN pf_submissions b ON b.id = d.submission_id "
	                 "WHERE b.learner_id = ?1 AND b.unit_id = ?2 ORDER BY b.number, c.position",
};
static sqlite3_stmt *export_cache[ST__COUNT];
static struct sql_table export_table = { export_sql, ST__COUNT, export_cache, NULL };

/* Appends s as a JSON string. */
static int json_string(struct buf *out, const char *s)
{
	int rc = buf_puts(out, "\"");
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			rc |= buf_printf(out, "\\%c", *p);
		else if (*p < 0x20)
			rc |= buf_printf(out, "\\u%04x", *p);
		else
			rc |= buf_append(out, p, 1);
	}
	return rc | buf_puts(out, "\"");
}

/* Builds the document's body (html) and the manifest (json) for the
 * viewer. Returns 0, 1 when the learner has no portfolio, -1 on error. */
static int build_portfolio(struct request *rq, long long learner, int live, struct buf *html, struct buf *json)
{
	sqlite3_stmt *st = db_stmt(&export_table, ST_LEARNER);
	int found = db_row_by_id(st, learner), bad = 0, rc;
	if (found <= 0)
		return found < 0 ? -1 : 1;
	bad |= buf_puts(html, "<section class=\"pf-cover\"><h1>Evidence portfolio</h1><dl class=\"summary-list\">");
	static const char *const labels[] = { "Learner", "Job title", "Started", "Planned end", "Assessor", "Internal quality assurer", "Organisation" };
	for (int i = 0; i < 7; i++) {
		bad |= buf_puts(html, "<div><dt>");
		bad |= html_escape_append(html, labels[i]);
		bad |= buf_puts(html, "</dt><dd>");
		bad |= html_escape_append(html, db_text(st, i));
		bad |= buf_puts(html, "</dd></div>");
	}
	bad |= buf_puts(html, "</dl></section>\n");
	bad |= buf_puts(json, "{\"learner\":");
	bad |= json_string(json, db_text(st, 0));
	bad |= buf_puts(json, ",\"organisation\":");
	bad |= json_string(json, db_text(st, 6));
	bad |= buf_puts(json, ",\"units\":[");
	sqlite3_reset(st);
	if ((st = db_stmt(&export_table, ST_UNITS)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, learner);
	long long units[64], submissions[64];
	char codes[64][24], titles[64][201];
	int n = 0;
	while (n < 64 && db_step_row(st, &rc)) {
		units[n] = sqlite3_column_int64(st, 0);
		snprintf(codes[n], sizeof codes[n], "%s", db_text(st, 1));
		snprintf(titles[n], sizeof titles[n], "%s", db_text(st, 2));
		submissions[n] = sqlite3_column_int64(st, 3);
		n++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	for (int u = 0; u < n; u++) {
		long long gaps = 0;
		bad |= buf_puts(html, "<section class=\"pf-unit\"><h2>Unit ");
		bad |= html_escape_append(html, codes[u]);
		bad |= buf_puts(html, ": ");
		bad |= html_escape_append(html, titles[u]);
		bad |= buf_puts(html, "</h2>\n");
		if (portfolio_matrix_html(&rq->arena, learner, units[u], live, html, &gaps) < 0)
			return -1;
		bad |= buf_printf(json, "%s{\"code\":", u ? "," : "");
		bad |= json_string(json, codes[u]);
		bad |= buf_printf(json, ",\"criteria_not_met\":%lld,\"submission\":%lld,\"evidence\":[", gaps, submissions[u]);
		if ((st = db_stmt(&export_table, ST_SNAPSHOTS)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, submissions[u]);
		int items = 0;
		while (db_step_row(st, &rc)) {
			const struct portfolio_kind *k = portfolio_kind_find(db_text(st, 1));
			bad |= buf_puts(html, "<article class=\"pf-evidence\"><h3>");
			bad |= html_escape_append(html, db_text(st, 2));
			bad |= buf_puts(html, " <span class=\"muted\">");
			bad |= html_escape_append(html, k ? k->label : db_text(st, 1));
			bad |= buf_puts(html, "</span></h3>\n<p class=\"muted\">Frozen ");
			bad |= html_escape_append(html, db_text(st, 5));
			bad |= buf_puts(html, ", BLAKE2b <code>");
			bad |= html_escape_append(html, db_text(st, 3));
			bad |= buf_puts(html, "</code></p>\n<h4>Mapped to</h4>\n");
			bad |= snapshot_paragraphs(html, db_text(st, 6), "Not mapped.");
			bad |= buf_puts(html, db_text(st, 4));   /* the snapshot: escaped when it was rendered */
			bad |= buf_puts(html, "</article>\n");
			bad |= buf_printf(json, "%s{\"snapshot\":%lld,\"kind\":", items++ ? "," : "", (long long)sqlite3_column_int64(st, 0));
			bad |= json_string(json, db_text(st, 1));
			bad |= buf_puts(json, ",\"title\":");
			bad |= json_string(json, db_text(st, 2));
			bad |= buf_puts(json, ",\"blake2b\":");
			bad |= json_string(json, db_text(st, 3));
			bad |= buf_puts(json, "}");
		}
		sqlite3_reset(st);
		if (db_rows_failed(rc) || (st = db_stmt(&export_table, ST_DECISIONS)) == NULL)
			return -1;
		bad |= buf_puts(json, "]}");
		static const char *const heads[] = { "Criterion", "Decision", "Comment", "Submission", "Signed", "At" };
		int rows = 0;
		sqlite3_bind_int64(st, 1, learner);
		sqlite3_bind_int64(st, 2, units[u]);
		while (db_step_row(st, &rc)) {
			const char *cells[6] = { db_text(st, 0), strcmp(db_text(st, 1), "met") == 0 ? "Met" : "Not yet met",
				db_text(st, 2), db_text(st, 3), db_text(st, 4), db_text(st, 5) };
			if (rows++ == 0)
				bad |= snapshot_table_begin(html, "Assessment decisions, every submission", 6, heads);
			bad |= snapshot_table_row(html, 6, cells);
		}
		sqlite3_reset(st);
		if (db_rows_failed(rc))
			return -1;
		bad |= rows ? snapshot_table_end(html) : snapshot_paragraphs(html, "", "No decisions yet.");
		bad |= buf_puts(html, "</section>\n");
	}
	bad |= buf_puts(json, "]}\n");
	return bad ? -1 : 0;
}

/* Checks who is looking; answers 404 for others. 1 allowed, 0 answered, -1 error. */
static int allowed(struct request *rq, struct response *rs, long long learner, enum portfolio_viewer *viewer,
                   const char *what)
{
	if (portfolio_viewer_of(rq, learner, viewer) != 0)
		return -1;
	if (*viewer == PORTFOLIO_VIEWER_NONE) {
		respond_error(rq, rs, 404, "There is no such portfolio, or it is not assigned to you.");
		return 0;
	}
	return portfolio_audit_view(rq, *viewer, learner, what) == 0 ? 1 : -1;
}

/* GET /portfolio/learners/{id}/print: the printable portfolio. */
int portfolio_print_page(struct request *rq, struct response *rs)
{
	long long learner = rq->path_ids[0];
	enum portfolio_viewer viewer;
	struct buf html = {0}, json = {0};
	struct page p;
	int ok = allowed(rq, rs, learner, &viewer, "printable portfolio");
	if (ok <= 0)
		return ok;
	int rc = build_portfolio(rq, learner, viewer == PORTFOLIO_VIEWER_LEARNER, &html, &json);
	buf_free(&json);
	if (rc != 0 || page_begin(&p, rq, rs, "Evidence portfolio", "portfolio/print.tpl") != 0) {
		buf_free(&html);
		return -1;
	}
	tpl_set_int(p.content, "LEARNER_ID", learner);
	tpl_set(p.content, "DOCUMENT", html.data ? html.data : "");
	buf_free(&html);
	return page_finish(&p, rs);
}

/* GET /portfolio/learners/{id}/export: portfolio.html and manifest.json in a zip. */
int portfolio_export_zip(struct request *rq, struct response *rs)
{
	long long learner = rq->path_ids[0];
	enum portfolio_viewer viewer;
	struct buf body = {0}, html = {0}, json = {0}, zip = {0};
	int ok = allowed(rq, rs, learner, &viewer, "exported portfolio");
	if (ok <= 0)
		return ok;
	int rc = build_portfolio(rq, learner, viewer == PORTFOLIO_VIEWER_LEARNER, &body, &json);
	rc |= buf_puts(&html, "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Evidence portfolio</title>"
	                      "<style>body{font-family:sans-serif;max-width:60rem;margin:auto}table{border-collapse:collapse}"
	                      "td,th{border:1px solid #999;padding:.25rem}.pf-rag--red th{background:#fde0e0}.pf-rag--amber th{background:#fff1cc}"
	                      ".pf-rag--green th{background:#dff3e3}.pf-unit,.pf-evidence{break-before:page}</style></head><body>\n");
	rc |= buf_append(&html, body.data ? body.data : "", body.len);
	rc |= buf_puts(&html, "</body></html>\n");
	struct bundle_file files[2] = { { "portfolio/portfolio.html", html.data, html.len },
	                                { "portfolio/manifest.json", json.data, json.len } };
	if (rc == 0)
		rc = bundle_zip(files, 2, &zip);
	buf_free(&body);
	buf_free(&html);
	buf_free(&json);
	if (rc != 0) {
		buf_free(&zip);
		return -1;
	}
	buf_reset(&rs->body);
	rc = buf_append(&rs->body, zip.data, zip.len);
	buf_free(&zip);
	rs->content_type = "application/zip";
	respond_header(rs, "Content-Disposition", "attachment; filename=\"portfolio.zip\"");
	return rc ? -1 : 0;
}
