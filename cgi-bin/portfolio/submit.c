/*
 * submit.c: submitting a unit freezes it: every piece of evidence mapped
 * to the unit's criteria is rendered by its kind's renderer into a
 * snapshot (the HTML and its BLAKE2b hash, core/snapshot.h) with a copy
 * of its mappings, in one transaction; later edits to the live records
 * cannot change what the assessor judges. A resubmission makes a new
 * submission with new snapshots; earlier ones and their decisions stay.
 *
 * Page: POST /portfolio/units/{id}/submit.
 */
#include "internal.h"
#include "submit.h"
#include "core/audit.h"
#include "core/db.h"

#include <stdlib.h>
#include <string.h>

enum submit_stmt {
	ST_ENROLLED,
	ST_WAITING,
	ST_NEXT_NUMBER,
	ST_INSERT_SUBMISSION,
	ST_EVIDENCE,
	ST_INSERT_SNAPSHOT,
	ST_COPY_MAPPINGS,
	ST__COUNT
};
static const char *const submit_sql[ST__COUNT] = {
	[ST_ENROLLED] = "SELECT 1 FROM pf_enrolments WHERE learner_id = ?1 AND unit_id = ?2",
	[ST_WAITING] = "SELECT 1 FROM pf_submissions WHERE learner_id = ?1 AND unit_id = ?2 AND status = 'waiting'",
	[ST_NEXT_NUMBER] = "SELECT coalesce(max(number), 0) + 1 FROM pf_submissions WHERE learner_id = ?1 AND unit_id = ?2",
	[ST_INSERT_SUBMISSION] = "INSERT INTO pf_submissions (learner_id, unit_id, number, submitted_at) VALUES (?1, ?2, ?3, ?4)",
	[ST_EVIDENCE] = "SELECT DISTINCT e.id, e.kind, coalesce(e.record_id, 0), e.title FROM pf_evidence e "
	                "JOIN pf_mappings m ON m.evidence_id = e.id JOIN pf_criteria c ON c.id = m.criterion_id "
	                "WHERE e.learner_id = ?1 AND c.unit_id = ?2 ORDER BY e.id",
	[ST_INSERT_SNAPSHOT] = "INSERT INTO pf_snapshots (submission_id, evidence_id, kind, title, live_url, record_id, html, hash, captured_at) "
	                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[ST_COPY_MAPPINGS] = "INSERT INTO pf_snapshot_mappings (snapshot_id, criterion_id, rationale) "
	                     "SELECT ?1, m.criterion_id, m.rationale FROM pf_mappings m JOIN pf_criteria c ON c.id = m.criterion_id "
	                     "WHERE m.evidence_id = ?2 AND c.unit_id = ?3",
};
static sqlite3_stmt *submit_cache[ST__COUNT];
static struct sql_table submit_table = { submit_sql, ST__COUNT, submit_cache, NULL };

/* Runs a two-id statement and says whether it found a row (-1 on error). */
static int pair_exists(enum submit_stmt which, long long a, long long b)
{
	sqlite3_stmt *st = db_stmt(&submit_table, which);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, a);
	sqlite3_bind_int64(st, 2, b);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Stores one snapshot of evidence and copies its mappings; SQLITE_OK or error. */
static int store_snapshot(struct portfolio_submit *s, long long evidence_id, const char *kind,
                          long long record_id, const char *title, const char *now)
{
	struct buf html = {0};
	char rendered_title[200] = "", hash[65];
	const struct portfolio_kind *k = portfolio_kind_find(kind);
	int found = portfolio_render_evidence(evidence_id, kind, record_id, &html, rendered_title, sizeof rendered_title);
	if (found < 0) {
		buf_free(&html);
		return SQLITE_ERROR;
	}
	if (found == 1) {
		buf_reset(&html);
		buf_puts(&html, "<p class=\"empty\">The record this evidence pointed at no longer exists.</p>\n");
	}
	snapshot_hash_hex(html.data ? html.data : "", html.len, hash);
	sqlite3_stmt *st = db_stmt(&submit_table, ST_INSERT_SNAPSHOT);
	if (st == NULL) {
		buf_free(&html);
		return SQLITE_ERROR;
	}
	struct arena a = {0};
	sqlite3_bind_int64(st, 1, s->submission_id);
	sqlite3_bind_int64(st, 2, evidence_id);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, title, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, k && record_id ? portfolio_live_url(&a, k, record_id) : "", -1, SQLITE_TRANSIENT);
	if (record_id)
		sqlite3_bind_int64(st, 6, record_id);
	sqlite3_bind_text(st, 7, html.data ? html.data : "", (int)html.len, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 8, hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 9, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	arena_free(&a);
	buf_free(&html);
	if (rc != SQLITE_OK)
		return rc;
	long long snapshot_id = sqlite3_last_insert_rowid(db_get());
	if ((st = db_stmt(&submit_table, ST_COPY_MAPPINGS)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, snapshot_id);
	sqlite3_bind_int64(st, 2, evidence_id);
	sqlite3_bind_int64(st, 3, s->unit_id);
	s->snapshots++;
	return db_exec_stmt(st);
}

/* See submit.h. */
int portfolio_write_submission(void *vctx)
{
	struct portfolio_submit *s = vctx;
	char now[21];
	int rc;
	s->refused = NULL;
	if ((rc = pair_exists(ST_WAITING, s->learner_id, s->unit_id)) != 0) {
		if (rc < 0)
			return SQLITE_ERROR;
		s->refused = "This unit is already waiting for your assessor: you can submit again once it has been assessed.";
		return SQLITE_CONSTRAINT;
	}
	sqlite3_stmt *st = db_stmt(&submit_table, ST_NEXT_NUMBER);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, s->learner_id);
	sqlite3_bind_int64(st, 2, s->unit_id);
	long long number = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (number <= 0 || (st = db_stmt(&submit_table, ST_INSERT_SUBMISSION)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, s->learner_id);
	sqlite3_bind_int64(st, 2, s->unit_id);
	sqlite3_bind_int64(st, 3, number);
	sqlite3_bind_text(st, 4, s->at ? s->at : iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	s->submission_id = sqlite3_last_insert_rowid(db_get());
	s->snapshots = 0;
	if ((st = db_stmt(&submit_table, ST_EVIDENCE)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, s->learner_id);
	sqlite3_bind_int64(st, 2, s->unit_id);
	/* read the evidence list first: the snapshots' statements reuse the connection */
	long long ids[1000], records[1000];
	char *kinds[1000], *titles[1000];
	int n = 0;
	while (n < 1000 && db_step_row(st, &rc)) {
		ids[n] = sqlite3_column_int64(st, 0);
		kinds[n] = strdup(db_text(st, 1));
		records[n] = sqlite3_column_int64(st, 2);
		titles[n] = strdup(db_text(st, 3));
		n++;
	}
	sqlite3_reset(st);
	int failed = db_rows_failed(rc);
	iso_utc(now_utc(), now);
	for (int i = 0; i < n; i++) {
		if (!failed && kinds[i] && titles[i])
			failed = store_snapshot(s, ids[i], kinds[i], records[i], titles[i], s->at ? s->at : now) != SQLITE_OK;
		free(kinds[i]);
		free(titles[i]);
	}
	if (failed)
		return SQLITE_ERROR;
	if (s->snapshots == 0) {
		s->refused = "Map at least one piece of evidence to this unit's criteria before submitting it.";
		return SQLITE_CONSTRAINT;
	}
	return s->rq ? audit_record(s->rq, "portfolio.submitted", "pf_submission", s->submission_id, "") : SQLITE_OK;
}

/* POST /portfolio/units/{id}/submit: the learner submits a unit. */
int portfolio_submit_unit(struct request *rq, struct response *rs)
{
	struct portfolio_submit s = { .rq = rq, .learner_id = rq->session->user_id, .unit_id = rq->path_ids[0] };
	int enrolled = pair_exists(ST_ENROLLED, s.learner_id, s.unit_id);
	if (enrolled < 0)
		return -1;
	if (!enrolled) {
		respond_error(rq, rs, 404, "You are not enrolled on that unit.");
		return 0;
	}
	int rc = db_write(portfolio_write_submission, &s);
	if (rc == SQLITE_CONSTRAINT && s.refused) {
		respond_error(rq, rs, 409, s.refused);
		return 0;
	}
	if (rc != SQLITE_OK) {
		respond_error(rq, rs, 503, "Nothing was saved: the unit could not be submitted.");
		return 0;
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/submissions/%lld?done=submitted", s.submission_id));
	return 0;
}
