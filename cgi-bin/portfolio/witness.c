/*
 * witness.c: a witness testimony, written and signed by the named
 * colleague with their own sign-in. They see only what they were asked
 * and can write only the statement and their signature, once.
 *
 * Pages: GET /portfolio/witness/{id}, POST /portfolio/witness/{id}.
 */
#include "internal.h"
#include "core/audit.h"
#include "core/db.h"

enum witness_stmt {
	ST_REQUEST,
	ST_SIGN,
	ST__COUNT
};
static const char *const witness_sql[ST__COUNT] = {
	[ST_REQUEST] = "SELECT w.witness_id, e.title, w.asked, u.display_name, w.statement, w.signed_name, coalesce(w.signed_at, '') "
	               "FROM pf_witness w JOIN pf_evidence e ON e.id = w.evidence_id JOIN users u ON u.id = e.learner_id "
	               "WHERE w.evidence_id = ?",
	[ST_SIGN] = "UPDATE pf_witness SET statement = ?2, signed_name = ?3, signed_at = ?4 "
	            "WHERE evidence_id = ?1 AND witness_id = ?5 AND signed_at IS NULL",
};
static sqlite3_stmt *witness_cache[ST__COUNT];
static struct sql_table witness_table = { witness_sql, ST__COUNT, witness_cache, NULL };

const struct field_spec portfolio_testimony_fields[PORTFOLIO_TESTIMONY__COUNT] = {
	[PORTFOLIO_TESTIMONY_STATEMENT] = { "statement", "Your testimony", FIELD_MULTILINE, FIELD_REQUIRED, 20, 5000, NULL },
	[PORTFOLIO_TESTIMONY_SIGNED] = { "signed_name", "Your signature (your full name)", FIELD_TEXT, FIELD_REQUIRED, 2, 100, NULL },
};

/* GET /portfolio/witness/{id}: the request, to the named witness only. */
int portfolio_testimony_page(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&witness_table, ST_REQUEST);
	struct page p;
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found < 0)
		return -1;
	if (!found || sqlite3_column_int64(st, 0) != rq->session->user_id) {
		if (found)
			sqlite3_reset(st);
		respond_error(rq, rs, 404, "No testimony with that number was asked of you.");
		return 0;
	}
	if (page_begin(&p, rq, rs, "Witness testimony", "portfolio/witness.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	tpl_set_int(p.content, "ID", rq->path_ids[0]);
	tpl_set(p.content, "TITLE", db_text(st, 1));
	tpl_set(p.content, "ASKED", db_text(st, 2));
	tpl_set(p.content, "LEARNER", db_text(st, 3));
	if (db_text(st, 6)[0]) {
		tpl_dict *d = tpl_add_row(p.content, "SIGNED");
		tpl_set(d, "STATEMENT", db_text(st, 4));
		tpl_set(d, "SIGNED_NAME", db_text(st, 5));
		tpl_set(d, "SIGNED_AT", display_time(&rq->arena, db_text(st, 6)));
	} else {
		tpl_show(p.content, "UNSIGNED");
		if (request_form(rq))
			page_form(&p, request_form(rq));
	}
	sqlite3_reset(st);
	if (fields_find(&rq->query, "done"))
		tpl_show(p.content, "THANKS");
	return page_finish(&p, rs);
}

/* What signing writes. */
struct sign_ctx {
	struct request *rq;
	long long id;
	const char *statement, *signed_name;
};

/* Stores the statement and signature (once) and audits. */
static int write_testimony(void *vctx)
{
	struct sign_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&witness_table, ST_SIGN);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, c->statement, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, c->signed_name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 5, c->rq->session->user_id);
	int rc = db_exec_changed(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "portfolio.testimony_signed", "pf_evidence", c->id, "");
}

/* POST /portfolio/witness/{id}: the named witness writes and signs. */
int portfolio_testimony_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	sqlite3_stmt *st = db_stmt(&witness_table, ST_REQUEST);
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found < 0)
		return -1;
	int mine = found && sqlite3_column_int64(st, 0) == rq->session->user_id;
	int signed_already = found && db_text(st, 6)[0];
	if (found)
		sqlite3_reset(st);
	if (!mine) {
		respond_error(rq, rs, 404, "No testimony with that number was asked of you.");
		return 0;
	}
	if (signed_already) {
		respond_error(rq, rs, 409, "You have signed this testimony already: it cannot be changed.");
		return 0;
	}
	struct sign_ctx c = { rq, rq->path_ids[0], f->values[PORTFOLIO_TESTIMONY_STATEMENT].text, f->values[PORTFOLIO_TESTIMONY_SIGNED].text };
	int rc = db_write(write_testimony, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "You have signed this testimony already: it cannot be changed.");
		return 0;
	}
	if (rc != SQLITE_OK) {
		rs->not_saved = "The testimony was not saved.";
		rs->status = 503;
		return portfolio_testimony_page(rq, rs);
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/witness/%lld?done=signed", c.id));
	return 0;
}
