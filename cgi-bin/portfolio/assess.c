/*
 * assess.c: a submission as the assessor judges it: each snapshot with
 * its mappings, a decision per criterion (met / not yet met), feedback
 * and a signature; the IQA's agree / disagree; one snapshot with a look
 * at how its live record has changed since; the assessor's professional
 * discussion and observation records.
 *
 * Pages: GET /portfolio/submissions/{id}, POST .../decisions, POST
 * .../review, GET /portfolio/snapshots/{id}, GET /portfolio/snapshots/{id}/file,
 * POST /portfolio/learners/{id}/discussions.
 */
#include "internal.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/db.h"

#include <sodium.h>
#include <string.h>

enum assess_stmt {
	ST_SUBMISSION,
	ST_SNAPSHOTS,
	ST_CRITERIA,
	ST_HISTORY,
	ST_REVIEWS,
	ST_DECIDE,
	ST_SIGN,
	ST_SIGNED_COUNT,
	ST_RATE,
	ST_REVIEW,
	ST_SNAPSHOT,
	ST_SNAP_FILE,
	ST_INSERT_DISCUSSION,
	ST__COUNT
};
static const char *const assess_sql[ST__COUNT] = {
	[ST_SUBMISSION] = "SELECT s.learner_id, n.code, n.title, s.number, s.submitted_at, s.status, s.feedback, s.signed_name, "
	                  "coalesce(s.assessed_at, ''), s.sampled, u.display_name, s.unit_id FROM pf_submissions s "
	                  "JOIN pf_units n ON n.id = s.unit_id JOIN users u ON u.id = s.learner_id WHERE s.id = ?",
	[ST_SNAPSHOTS] = "SELECT s.id, s.kind, s.title, s.hash, s.html, (SELECT group_concat(c.ref || ': ' || sm.rationale, '\n') "
	                 "FROM pf_snapshot_mappings sm JOIN pf_criteria c ON c.id = sm.criterion_id WHERE sm.snapshot_id = s.id) "
	                 "FROM pf_snapshots s WHERE s.submission_id = ? ORDER BY s.id",
	[ST_CRITERIA] = "SELECT c.id, c.ref, c.text, coalesce(d.outcome, ''), coalesce(d.comment, ''), "
	                "(SELECT d2.outcome FROM pf_decisions d2 JOIN pf_submissions s2 ON s2.id = d2.submission_id "
	                " WHERE s2.learner_id = ?2 AND s2.unit_id = c.unit_id AND s2.id < ?1 AND d2.criterion_id = c.id "
	                " ORDER BY s2.id DESC LIMIT 1) "
	                "FROM pf_criteria c LEFT JOIN pf_decisions d ON d.submission_id = ?1 AND d.criterion_id = c.id "
	                "WHERE c.unit_id = ?3 ORDER BY c.position",
	[ST_HISTORY] = "SELECT s.id, s.number, s.status, coalesce(s.assessed_at, ''), "
	               "(SELECT count(*) FROM pf_decisions d WHERE d.submission_id = s.id AND d.outcome = 'met'), "
	               "(SELECT count(*) FROM pf_decisions d WHERE d.submission_id = s.id AND d.outcome = 'not_yet') "
	               "FROM pf_submissions s WHERE s.learner_id = ?1 AND s.unit_id = ?2 ORDER BY s.number",
	[ST_REVIEWS] = "SELECT r.verdict, r.note, r.reviewed_at, coalesce(u.display_name, '') FROM pf_iqa_reviews r "
	               "LEFT JOIN users u ON u.id = r.iqa_id WHERE r.submission_id = ? ORDER BY r.id",
	[ST_DECIDE] = "INSERT INTO pf_decisions (submission_id, criterion_id, outcome, comment, assessor_id, decided_at) "
	              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (submission_id, criterion_id) DO UPDATE SET "
	              "outcome = excluded.outcome, comment = excluded.comment, decided_at = excluded.decided_at",
	[ST_SIGN] = "UPDATE pf_submissions SET status = 'assessed', feedback = ?2, signed_name = ?3, assessor_id = ?4, "
	            "assessed_at = ?5, sampled = ?6 WHERE id = ?1 AND status = 'waiting'",
	[ST_SIGNED_COUNT] = "SELECT count(*) FROM pf_submissions WHERE assessor_id = ? AND status = 'assessed'",
	[ST_RATE] = "SELECT rate_percent FROM pf_sampling_rates WHERE assessor_id = ?",
	[ST_REVIEW] = "INSERT INTO pf_iqa_reviews (submission_id, iqa_id, verdict, note, reviewed_at) VALUES (?, ?, ?, ?, ?)",
	[ST_SNAPSHOT] = "SELECT s.submission_id, s.kind, s.title, s.html, s.hash, s.captured_at, s.live_url, "
	                "coalesce(s.record_id, 0), s.evidence_id, b.learner_id FROM pf_snapshots s "
	                "JOIN pf_submissions b ON b.id = s.submission_id WHERE s.id = ?",
	[ST_SNAP_FILE] = "SELECT f.filename, f.media_type, f.stored_name FROM pf_snapshots s "
	                 "JOIN pf_files f ON f.evidence_id = s.evidence_id WHERE s.id = ? AND s.kind = 'file'",
	[ST_INSERT_DISCUSSION] = "INSERT INTO pf_evidence (learner_id, kind, title, body, author_id, created_at, updated_at) "
	                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
};
static sqlite3_stmt *assess_cache[ST__COUNT];
static struct sql_table assess_table = { assess_sql, ST__COUNT, assess_cache, NULL };

static const char *const verdicts[] = { "agree", "disagree", NULL };
static const char *const discussion_kinds[] = { "discussion", "observation", NULL };
static const char *const outcomes[] = { "met", "not_yet", NULL };

const struct field_spec portfolio_decision_fields[PORTFOLIO_DECIDE__COUNT] = {
	[PORTFOLIO_DECIDE_FEEDBACK] = { "feedback", "Feedback to the learner", FIELD_MULTILINE, FIELD_REQUIRED, 20, 5000, NULL },
	[PORTFOLIO_DECIDE_SIGNED] = { "signed_name", "Your signature (your full name)", FIELD_TEXT, FIELD_REQUIRED, 2, 100, NULL },
};
const struct field_spec portfolio_review_fields[PORTFOLIO_REVIEW__COUNT] = {
	[PORTFOLIO_REVIEW_VERDICT] = { "verdict", "Your verdict", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, verdicts },
	[PORTFOLIO_REVIEW_NOTE] = { "note", "Note", FIELD_MULTILINE, FIELD_REQUIRED, 10, 2000, NULL },
};
const struct field_spec portfolio_discussion_fields[PORTFOLIO_DISC__COUNT] = {
	[PORTFOLIO_DISC_KIND] = { "disc_kind", "Kind of record", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, discussion_kinds },
	[PORTFOLIO_DISC_TITLE] = { "disc_title", "Title", FIELD_TEXT, FIELD_REQUIRED, 3, 200, NULL },
	[PORTFOLIO_DISC_BODY] = { "disc_body", "The record", FIELD_MULTILINE, FIELD_REQUIRED, 20, 20000, NULL },
};

static const char *const submission_notices[] = {
	"submitted", "The unit has been submitted and frozen: your assessor sees these snapshots.",
	"assessed", "Your decisions, feedback and signature have been recorded.",
	"reviewed", "Your quality assurance review has been recorded.",
	NULL, NULL
};

/* A loaded submission. */
struct submission {
	long long id, learner_id, unit_id, number;
	const char *code, *title, *status, *feedback, *signed_name, *assessed_at, *submitted_at, *learner;
	int sampled;
};

/* Loads submission id into s; 1, 0 when none, -1 on error. */
static int load_submission(struct request *rq, long long id, struct submission *s)
{
	sqlite3_stmt *st = db_stmt(&assess_table, ST_SUBMISSION);
	int found = db_row_by_id(st, id);
	if (found <= 0)
		return found;
	struct arena *a = &rq->arena;
	*s = (struct submission){ id, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 11), sqlite3_column_int64(st, 3),
		arena_strdup(a, db_text(st, 1)), arena_strdup(a, db_text(st, 2)), arena_strdup(a, db_text(st, 5)),
		arena_strdup(a, db_text(st, 6)), arena_strdup(a, db_text(st, 7)), arena_strdup(a, db_text(st, 8)),
		arena_strdup(a, db_text(st, 4)), arena_strdup(a, db_text(st, 10)), sqlite3_column_int(st, 9) };
	sqlite3_reset(st);
	return 1;
}

/* Loads the submission and who is looking; answers 404 itself when the
 * user may not see it (returns 0 with *viewer NONE). -1 on error. */
static int submission_for_viewer(struct request *rq, struct response *rs, struct submission *s,
                                 enum portfolio_viewer *viewer)
{
	int found = load_submission(rq, rq->path_ids[0], s);
	*viewer = PORTFOLIO_VIEWER_NONE;
	if (found < 0)
		return -1;
	if (found && portfolio_viewer_of(rq, s->learner_id, viewer) != 0)
		return -1;
	if (*viewer == PORTFOLIO_VIEWER_NONE)
		respond_error(rq, rs, 404, "There is no such submission, or it is not assigned to you.");
	return 0;
}

/* The name of criterion id's decision field ("outcome_<id>"), in the arena. */
static const char *outcome_field(struct arena *a, long long id)
{
	return arena_printf(a, "outcome_%lld", id);
}

/* The name of criterion id's comment field ("comment_<id>"), in the arena. */
static const char *comment_field(struct arena *a, long long id)
{
	return arena_printf(a, "comment_%lld", id);
}

/* Adds the snapshots, criteria (with the decision form's values),
 * history and IQA reviews to the page. Returns 0 or -1. */
static int add_submission_parts(struct request *rq, struct page *p, const struct submission *s, int deciding)
{
	int rc, n = 0;
	sqlite3_stmt *st = db_stmt(&assess_table, ST_SNAPSHOTS);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, s->id);
	while (db_step_row(st, &rc)) {
		const struct portfolio_kind *k = portfolio_kind_find(db_text(st, 1));
		tpl_dict *row = tpl_add_row(p->content, "SNAPSHOT");
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "KIND", k ? k->label : db_text(st, 1));
		tpl_set(row, "TITLE", db_text(st, 2));
		tpl_set(row, "HASH", db_text(st, 3));
		tpl_set(row, "HTML", db_text(st, 4));
		tpl_set(row, "MAPPINGS", db_text(st, 5));
		n++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || (st = db_stmt(&assess_table, ST_CRITERIA)) == NULL)
		return -1;
	tpl_set_int(p->content, "SNAPSHOT_COUNT", n);
	sqlite3_bind_int64(st, 1, s->id);
	sqlite3_bind_int64(st, 2, s->learner_id);
	sqlite3_bind_int64(st, 3, s->unit_id);
	while (db_step_row(st, &rc)) {
		long long cid = sqlite3_column_int64(st, 0);
		tpl_dict *row = tpl_add_row(p->content, "CRITERION");
		const char *decided = db_text(st, 3), *before = db_text(st, 5);
		tpl_set_int(row, "ID", cid);
		tpl_set(row, "REF", db_text(st, 1));
		tpl_set(row, "TEXT", db_text(st, 2));
		tpl_show_if(row, "MET", strcmp(decided, "met") == 0);
		tpl_show_if(row, "NOT_YET", strcmp(decided, "not_yet") == 0);
		tpl_show_if(row, "UNDECIDED", decided[0] == '\0');
		tpl_set(row, "COMMENT", db_text(st, 4));
		tpl_show_if(row, "BEFORE_MET", strcmp(before, "met") == 0);
		tpl_show_if(row, "BEFORE_NOT_YET", strcmp(before, "not_yet") == 0);
		if (deciding) {
			/* pre-filled from what was typed, else the earlier decision */
			const struct field *typed = fields_find(&rq->body, outcome_field(&rq->arena, cid));
			const char *v = typed ? typed->value : before;
			tpl_dict *form = tpl_add_row(row, "DECIDE");
			tpl_set_int(form, "ID", cid);
			tpl_show_if(form, "CHOSE_MET", strcmp(v, "met") == 0);
			tpl_show_if(form, "CHOSE_NOT_YET", strcmp(v, "not_yet") == 0);
			const struct field *comment = fields_find(&rq->body, comment_field(&rq->arena, cid));
			tpl_set(form, "COMMENT_VALUE", comment ? comment->value : "");
		}
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || (st = db_stmt(&assess_table, ST_HISTORY)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, s->learner_id);
	sqlite3_bind_int64(st, 2, s->unit_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "HISTORY");
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set_int(row, "NUMBER", sqlite3_column_int64(st, 1));
		tpl_set(row, "STATUS", strcmp(db_text(st, 2), "assessed") == 0 ? "assessed" : "waiting for the assessor");
		tpl_set(row, "ASSESSED_AT", db_text(st, 3));
		tpl_set_int(row, "MET", sqlite3_column_int64(st, 4));
		tpl_set_int(row, "NOT_YET", sqlite3_column_int64(st, 5));
		tpl_show_if(row, "CURRENT", sqlite3_column_int64(st, 0) == s->id);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || (st = db_stmt(&assess_table, ST_REVIEWS)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, s->id);
	n = 0;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "REVIEW");
		n++;
		tpl_set(row, "VERDICT", strcmp(db_text(st, 0), "agree") == 0 ? "Agrees with the decisions" : "Disagrees with the decisions");
		tpl_set(row, "NOTE", db_text(st, 1));
		tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 2)));
		tpl_set(row, "BY", db_text(st, 3));
	}
	sqlite3_reset(st);
	tpl_show_if(p->content, n ? "HAS_REVIEWS" : "NO_REVIEWS", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* GET /portfolio/submissions/{id} (and the forms again when refused). */
int portfolio_submission_page(struct request *rq, struct response *rs)
{
	struct submission s;
	enum portfolio_viewer viewer;
	struct page p;
	if (submission_for_viewer(rq, rs, &s, &viewer) != 0)
		return -1;
	if (viewer == PORTFOLIO_VIEWER_NONE)
		return 0;
	if (portfolio_audit_view(rq, viewer, s.learner_id, arena_printf(&rq->arena, "submission %lld of unit %s", s.number, s.code)) != 0)
		return -1;
	int waiting = strcmp(s.status, "waiting") == 0;
	int deciding = waiting && viewer == PORTFOLIO_VIEWER_ASSESSOR;
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "Unit %s, submission %lld", s.code, s.number), "portfolio/submission.tpl") != 0)
		return -1;
	page_notice(&p, rq, submission_notices);
	if (request_form(rq))
		page_form(&p, request_form(rq));
	tpl_set_int(p.content, "ID", s.id);
	tpl_set_int(p.content, "LEARNER_ID", s.learner_id);
	tpl_set_int(p.content, "UNIT_ID", s.unit_id);
	tpl_set(p.content, "LEARNER", s.learner);
	tpl_set(p.content, "CODE", s.code);
	tpl_set(p.content, "UNIT_TITLE", s.title);
	tpl_set_int(p.content, "NUMBER", s.number);
	tpl_set(p.content, "SUBMITTED_AT", display_time(&rq->arena, s.submitted_at));
	tpl_show_if(p.content, waiting ? "WAITING" : "ASSESSED", 1);
	tpl_set(p.content, "FEEDBACK", s.feedback);
	tpl_set(p.content, "SIGNED_NAME", s.signed_name);
	tpl_set(p.content, "ASSESSED_AT", display_time(&rq->arena, s.assessed_at));
	tpl_show_if(p.content, "SAMPLED", s.sampled);
	tpl_show_if(p.content, "DECIDING", deciding);
	tpl_show_if(p.content, "REVIEWING", !waiting && viewer == PORTFOLIO_VIEWER_IQA);
	tpl_show_if(p.content, "IS_LEARNER", viewer == PORTFOLIO_VIEWER_LEARNER);
	if (add_submission_parts(rq, &p, &s, deciding) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* One criterion's decision as posted. */
struct decision {
	long long criterion_id;
	const char *outcome, *comment;
};

/* What signing an assessment writes. */
struct decide_ctx {
	struct request *rq;
	const struct submission *s;
	struct decision *d;
	size_t n;
	const char *feedback, *signed_name;
	int sampled;
};

/* Writes each decision, signs the submission (sampling it for the IQA
 * at the assessor's rate) and audits. */
static int write_decisions(void *vctx)
{
	struct decide_ctx *c = vctx;
	char now[21];
	long long me = c->rq->session->user_id;
	iso_utc(now_utc(), now);
	sqlite3_stmt *st;
	for (size_t i = 0; i < c->n; i++) {
		if ((st = db_stmt(&assess_table, ST_DECIDE)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, c->s->id);
		sqlite3_bind_int64(st, 2, c->d[i].criterion_id);
		sqlite3_bind_text(st, 3, c->d[i].outcome, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, c->d[i].comment, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 5, me);
		sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
		int rc = db_exec_stmt(st);
		if (rc != SQLITE_OK)
			return rc;
	}
	/* the sampling rate: the assessor's own, or the default for how new they are */
	int rate = -1;
	long long signed_count = 0;
	if ((st = db_stmt(&assess_table, ST_RATE)) != NULL && db_row_by_id(st, me) == 1) {
		rate = sqlite3_column_int(st, 0);
		sqlite3_reset(st);
	}
	if ((st = db_stmt(&assess_table, ST_SIGNED_COUNT)) != NULL && db_row_by_id(st, me) == 1) {
		signed_count = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	c->sampled = (int)randombytes_uniform(100) < portfolio_sampling_rate(rate, signed_count);
	if ((st = db_stmt(&assess_table, ST_SIGN)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->s->id);
	sqlite3_bind_text(st, 2, c->feedback, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, c->signed_name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, me);
	sqlite3_bind_text(st, 5, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 6, c->sampled);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "portfolio.assessed", "pf_submission", c->s->id, c->sampled ? "sampled for IQA" : "");
}

/* POST /portfolio/submissions/{id}/decisions: the assigned assessor's
 * decision on every criterion, feedback and signature. */
int portfolio_decisions_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct submission s;
	enum portfolio_viewer viewer;
	if (submission_for_viewer(rq, rs, &s, &viewer) != 0)
		return -1;
	if (viewer == PORTFOLIO_VIEWER_NONE)
		return 0;
	if (viewer != PORTFOLIO_VIEWER_ASSESSOR) {
		respond_error(rq, rs, 403, "Only the learner's assessor records decisions.");
		return 0;
	}
	if (strcmp(s.status, "waiting") != 0) {
		respond_error(rq, rs, 409, "This submission has been assessed and signed: its decisions cannot change.");
		return 0;
	}
	/* every criterion of the unit needs an outcome: a validator table
	 * built for the unit's criteria (an outcome and a comment each) */
	struct decision *d = arena_zalloc(&rq->arena, PORTFOLIO_MAX_CRITERIA * sizeof *d);
	struct field_spec *specs = arena_zalloc(&rq->arena, 2 * PORTFOLIO_MAX_CRITERIA * sizeof *specs);
	size_t n = 0;
	int rc;
	sqlite3_stmt *st = db_stmt(&assess_table, ST_CRITERIA);
	if (st == NULL || d == NULL || specs == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, s.id);
	sqlite3_bind_int64(st, 2, s.learner_id);
	sqlite3_bind_int64(st, 3, s.unit_id);
	while (n < PORTFOLIO_MAX_CRITERIA && db_step_row(st, &rc)) {
		long long cid = sqlite3_column_int64(st, 0);
		const char *ref = arena_strdup(&rq->arena, db_text(st, 1));
		d[n].criterion_id = cid;
		specs[2 * n] = (struct field_spec){ outcome_field(&rq->arena, cid), arena_printf(&rq->arena, "Decision on %s", ref),
		                                    FIELD_CHOICE, FIELD_REQUIRED, 0, 0, outcomes };
		specs[2 * n + 1] = (struct field_spec){ comment_field(&rq->arena, cid), arena_printf(&rq->arena, "Comment on %s", ref),
		                                        FIELD_TEXT, 0, 0, 2000, NULL };
		n++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	struct form typed;
	if (form_validate(&rq->arena, specs, 2 * n, &rq->body, &typed) < 0)
		return -1;
	int missing = 0;
	for (size_t i = 0; i < n; i++) {
		const struct field_value *o = &typed.values[2 * i], *c = &typed.values[2 * i + 1];
		missing += o->error != NULL || c->error != NULL;
		d[i].outcome = o->error == NULL && strcmp(o->text, "met") == 0 ? outcomes[0] : outcomes[1];
		d[i].comment = c->error == NULL && c->present ? c->text : "";
	}
	if (missing)
		request_form_error(rq, PORTFOLIO_DECIDE_FEEDBACK,
		                   "Record met or not yet met for every criterion (each comment at most 2000 characters, one line) before signing.");
	if (request_form_refused(rq))
		return form_again(rq, rs, portfolio_submission_page);
	struct decide_ctx c = { rq, &s, d, n, f->values[PORTFOLIO_DECIDE_FEEDBACK].text, f->values[PORTFOLIO_DECIDE_SIGNED].text, 0 };
	if (db_write(write_decisions, &c) != SQLITE_OK) {
		rs->not_saved = "The decisions were not recorded.";
		rs->status = 503;
		return portfolio_submission_page(rq, rs);
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/submissions/%lld?done=assessed", s.id));
	return 0;
}

/* What an IQA review writes. */
struct review_ctx {
	struct request *rq;
	long long submission_id;
	const char *verdict, *note;
};

/* Inserts the review and audits. */
static int write_review(void *vctx)
{
	struct review_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&assess_table, ST_REVIEW);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->submission_id);
	sqlite3_bind_int64(st, 2, c->rq->session->user_id);
	sqlite3_bind_text(st, 3, c->verdict, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, c->note, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "portfolio.iqa_reviewed", "pf_submission", c->submission_id, c->verdict);
}

/* POST /portfolio/submissions/{id}/review: the learner's IQA agrees or
 * disagrees with the assessor's decisions, with a note. */
int portfolio_review_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct submission s;
	enum portfolio_viewer viewer;
	if (submission_for_viewer(rq, rs, &s, &viewer) != 0)
		return -1;
	if (viewer == PORTFOLIO_VIEWER_NONE)
		return 0;
	if (viewer != PORTFOLIO_VIEWER_IQA) {
		respond_error(rq, rs, 403, "Only the learner's IQA reviews decisions.");
		return 0;
	}
	if (strcmp(s.status, "assessed") != 0) {
		respond_error(rq, rs, 409, "This submission has not been assessed yet.");
		return 0;
	}
	struct review_ctx c = { rq, s.id, strcmp(f->values[PORTFOLIO_REVIEW_VERDICT].text, "agree") == 0 ? verdicts[0] : verdicts[1],
		f->values[PORTFOLIO_REVIEW_NOTE].text };
	if (db_write(write_review, &c) != SQLITE_OK) {
		rs->not_saved = "The review was not recorded.";
		rs->status = 503;
		return portfolio_submission_page(rq, rs);
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/submissions/%lld?done=reviewed", s.id));
	return 0;
}

/* GET /portfolio/snapshots/{id}: one frozen snapshot, its hash checked
 * again, and the live record as it renders now when it has changed since. */
int portfolio_snapshot_page(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&assess_table, ST_SNAPSHOT);
	enum portfolio_viewer viewer = PORTFOLIO_VIEWER_NONE;
	struct page p;
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found < 0)
		return -1;
	long long learner = found ? sqlite3_column_int64(st, 9) : 0;
	if (found) {
		sqlite3_reset(st);
		if (portfolio_viewer_of(rq, learner, &viewer) != 0)
			return -1;
	}
	if (viewer == PORTFOLIO_VIEWER_NONE) {
		respond_error(rq, rs, 404, "There is no such snapshot, or it is not assigned to you.");
		return 0;
	}
	if (db_row_by_id(st, rq->path_ids[0]) != 1)
		return -1;
	struct arena *a = &rq->arena;
	long long submission = sqlite3_column_int64(st, 0), record = sqlite3_column_int64(st, 7), evidence = sqlite3_column_int64(st, 8);
	const char *kind = arena_strdup(a, db_text(st, 1)), *title = arena_strdup(a, db_text(st, 2));
	const char *html = arena_strdup(a, db_text(st, 3)), *hash = arena_strdup(a, db_text(st, 4));
	const char *captured = arena_strdup(a, db_text(st, 5)), *live_url = arena_strdup(a, db_text(st, 6));
	sqlite3_reset(st);
	if (portfolio_audit_view(rq, viewer, learner, arena_printf(a, "snapshot %lld", rq->path_ids[0])) != 0)
		return -1;
	char check[65], now_title[200];
	snapshot_hash_hex(html, strlen(html), check);
	struct buf now = {0};
	int live = portfolio_render_evidence(evidence, kind, record, &now, now_title, sizeof now_title);
	if (live < 0 || page_begin(&p, rq, rs, title, "portfolio/snapshot.tpl") != 0) {
		buf_free(&now);
		return -1;
	}
	const struct portfolio_kind *k = portfolio_kind_find(kind);
	tpl_set_int(p.content, "SUBMISSION_ID", submission);
	tpl_set(p.content, "SNAPSHOT_TITLE", title);
	tpl_set(p.content, "KIND", k ? k->label : kind);
	tpl_set(p.content, "CAPTURED", display_time(a, captured));
	tpl_set(p.content, "HASH", hash);
	tpl_show_if(p.content, strcmp(check, hash) == 0 ? "HASH_OK" : "HASH_BAD", 1);
	tpl_set(p.content, "HTML", html);
	tpl_show_if(p.content, "FILE", strcmp(kind, "file") == 0);
	tpl_set_int(p.content, "ID", rq->path_ids[0]);
	tpl_show_if(p.content, "LEARNER_LIVE", viewer == PORTFOLIO_VIEWER_LEARNER && live_url[0]);
	tpl_set(p.content, "LIVE_URL", live_url);
	char now_hash[65];
	snapshot_hash_hex(now.data ? now.data : "", now.len, now_hash);
	if (live == 1)
		tpl_show(p.content, "LIVE_GONE");
	else if (strcmp(now_hash, hash) == 0)
		tpl_show(p.content, "UNCHANGED");
	else
		tpl_set(tpl_add_row(p.content, "CHANGED"), "NOW_HTML", now.data ? now.data : "");
	buf_free(&now);
	return page_finish(&p, rs);
}

/* GET /portfolio/snapshots/{id}/file: the uploaded file of a file snapshot. */
int portfolio_snapshot_file(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&assess_table, ST_SNAPSHOT);
	enum portfolio_viewer viewer = PORTFOLIO_VIEWER_NONE;
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found < 0)
		return -1;
	if (found) {
		long long learner = sqlite3_column_int64(st, 9);
		sqlite3_reset(st);
		if (portfolio_viewer_of(rq, learner, &viewer) != 0 ||
		    portfolio_audit_view(rq, viewer, learner, "uploaded file") != 0)
			return -1;
	}
	st = db_stmt(&assess_table, ST_SNAP_FILE);
	found = viewer == PORTFOLIO_VIEWER_NONE ? 0 : db_row_by_id(st, rq->path_ids[0]);
	if (found < 0)
		return -1;
	if (!found) {
		respond_error(rq, rs, 404, "There is no such file, or it is not assigned to you.");
		return 0;
	}
	const char *name = arena_strdup(&rq->arena, db_text(st, 0)), *type = arena_strdup(&rq->arena, db_text(st, 1));
	const char *stored = arena_strdup(&rq->arena, db_text(st, 2));
	sqlite3_reset(st);
	return portfolio_send_file(rq, rs, stored, type, name);
}

/* What an assessor's record writes. */
struct discussion_ctx {
	struct request *rq;
	long long learner_id, id;
	const char *kind, *title, *body;
};

/* Inserts the assessor's record into the learner's evidence and audits. */
static int write_discussion(void *vctx)
{
	struct discussion_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&assess_table, ST_INSERT_DISCUSSION);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->learner_id);
	sqlite3_bind_text(st, 2, c->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, c->title, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, c->body, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 5, c->rq->session->user_id);
	sqlite3_bind_text(st, 6, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	return audit_record(c->rq, "portfolio.discussion_recorded", "pf_evidence", c->id, c->kind);
}

/* POST /portfolio/learners/{id}/discussions: the assigned assessor records
 * a professional discussion or an observation in the learner's portfolio
 * (the learner maps it to criteria like any other evidence). */
int portfolio_discussion_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	enum portfolio_viewer viewer;
	long long learner = rq->path_ids[0];
	if (portfolio_viewer_of(rq, learner, &viewer) != 0)
		return -1;
	if (viewer != PORTFOLIO_VIEWER_ASSESSOR) {
		respond_error(rq, rs, 404, "There is no such portfolio, or it is not assigned to you.");
		return 0;
	}
	struct discussion_ctx c = { rq, learner, 0,
		strcmp(f->values[PORTFOLIO_DISC_KIND].text, "observation") == 0 ? discussion_kinds[1] : discussion_kinds[0],
		f->values[PORTFOLIO_DISC_TITLE].text, f->values[PORTFOLIO_DISC_BODY].text };
	if (db_write(write_discussion, &c) != SQLITE_OK) {
		rs->not_saved = "The record was not saved.";
		rs->status = 503;
		return portfolio_learner_page(rq, rs);
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/learners/%lld?done=recorded", learner));
	return 0;
}
