/*
 * evidence.c: a learner's evidence: adding product evidence (a live
 * record), a reflective account (five guided prompts), a witness
 * testimony request and an uploaded file; the evidence page with the
 * record as it is now, the criteria it is likely to evidence, the units'
 * common mistakes it shows, and its mappings to criteria; and the
 * renderers of the kinds written in the portfolio.
 *
 * Pages: GET /portfolio/evidence/new, POST /portfolio/evidence/{product,
 * reflection,witness,file}, GET /portfolio/evidence/{id},
 * GET /portfolio/evidence/{id}/file, POST /portfolio/evidence/{id}/mappings,
 * POST /portfolio/evidence/{id}/delete, POST /portfolio/mappings/{id}/delete.
 */
#include "internal.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/db.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum evidence_stmt {
	ST_INSERT,
	ST_INSERT_WITNESS,
	ST_INSERT_FILE,
	ST_EVIDENCE,
	ST_MAPPINGS,
	ST_SUGGESTED,
	ST_CRITERION_OK,
	ST_MAP,
	ST_MAPPING_OWNER,
	ST_UNMAP,
	ST_DELETE,
	ST_FILE,
	ST_REFLECTION,
	ST_WITNESS,
	ST_DISCUSSION,
	ST_COLLEAGUE,
	ST__COUNT
};
static const char *const evidence_sql[ST__COUNT] = {
	[ST_INSERT] = "INSERT INTO pf_evidence (learner_id, kind, title, record_id, body, happened, did, why, "
	              "result, differently, author_id, created_at, updated_at) "
	              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
	[ST_INSERT_WITNESS] = "INSERT INTO pf_witness (evidence_id, witness_id, asked) VALUES (?, ?, ?)",
	[ST_INSERT_FILE] = "INSERT INTO pf_files (evidence_id, filename, media_type, size, stored_name, hash) "
	                   "VALUES (?, ?, ?, ?, ?, ?)",
	[ST_EVIDENCE] = "SELECT learner_id, kind, title, coalesce(record_id, 0), created_at FROM pf_evidence WHERE id = ?",
	[ST_MAPPINGS] = "SELECT m.id, c.ref, c.text, m.rationale, u.code FROM pf_mappings m "
	                "JOIN pf_criteria c ON c.id = m.criterion_id JOIN pf_units u ON u.id = c.unit_id "
	                "WHERE m.evidence_id = ? ORDER BY u.position, c.position",
	[ST_SUGGESTED] = "SELECT c.id, c.ref, c.text, c.tags FROM pf_enrolments e JOIN pf_criteria c ON c.unit_id = e.unit_id "
	                 "JOIN pf_units u ON u.id = c.unit_id WHERE e.learner_id = ?1 AND NOT EXISTS "
	                 "(SELECT 1 FROM pf_mappings m WHERE m.evidence_id = ?2 AND m.criterion_id = c.id) "
	                 "ORDER BY u.position, c.position",
	[ST_CRITERION_OK] = "SELECT 1 FROM pf_enrolments e JOIN pf_criteria c ON c.unit_id = e.unit_id "
	                    "WHERE e.learner_id = ?1 AND c.id = ?2",
	[ST_MAP] = "INSERT INTO pf_mappings (evidence_id, criterion_id, rationale, created_at) VALUES (?1, ?2, ?3, ?4) "
	           "ON CONFLICT (evidence_id, criterion_id) DO UPDATE SET rationale = excluded.rationale",
	[ST_MAPPING_OWNER] = "SELECT e.learner_id, e.id FROM pf_mappings m JOIN pf_evidence e ON e.id = m.evidence_id WHERE m.id = ?",
	[ST_UNMAP] = "DELETE FROM pf_mappings WHERE id = ?",
	[ST_DELETE] = "DELETE FROM pf_evidence WHERE id = ?",
	[ST_FILE] = "SELECT filename, media_type, size, stored_name, hash FROM pf_files WHERE evidence_id = ?",
	[ST_REFLECTION] = "SELECT title, happened, did, why, result, differently, created_at FROM pf_evidence "
	                  "WHERE id = ? AND kind = 'reflection'",
	[ST_WITNESS] = "SELECT e.title, w.asked, u.display_name, u.job_title, w.statement, w.signed_name, "
	               "coalesce(w.signed_at, '') FROM pf_evidence e JOIN pf_witness w ON w.evidence_id = e.id "
	               "JOIN users u ON u.id = w.witness_id WHERE e.id = ?",
	[ST_DISCUSSION] = "SELECT e.title, e.kind, e.body, coalesce(u.display_name, ''), e.created_at FROM pf_evidence e "
	                  "LEFT JOIN users u ON u.id = e.author_id WHERE e.id = ? AND e.kind IN ('discussion', 'observation')",
	[ST_COLLEAGUE] = "SELECT 1 FROM users WHERE id = ?1 AND disabled = 0 AND (roles & ?2) <> 0",
};
static sqlite3_stmt *evidence_cache[ST__COUNT];
static struct sql_table evidence_table = { evidence_sql, ST__COUNT, evidence_cache, NULL };

const struct field_spec portfolio_product_fields[PORTFOLIO_PRODUCT__COUNT] = {
	[PORTFOLIO_PRODUCT_KIND] = { "kind", "Kind of record", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, portfolio_product_keys },
	[PORTFOLIO_PRODUCT_RECORD] = { "record", "The record", FIELD_TEXT, FIELD_REQUIRED, 1, 300, NULL },
	[PORTFOLIO_PRODUCT_TITLE] = { "product_title", "Title", FIELD_TEXT, 0, 0, 200, NULL },
};
const struct field_spec portfolio_prefill_fields[PORTFOLIO_PRODUCT_TITLE] = {
	[PORTFOLIO_PRODUCT_KIND] = { "kind", "Kind of record", FIELD_CHOICE, 0, 0, 0, portfolio_product_keys },
	[PORTFOLIO_PRODUCT_RECORD] = { "record", "The record", FIELD_TEXT, 0, 0, 300, NULL },
};
const struct field_spec portfolio_reflection_fields[PORTFOLIO_REFL__COUNT] = {
	[PORTFOLIO_REFL_TITLE] = { "refl_title", "Title", FIELD_TEXT, FIELD_REQUIRED, 3, 200, NULL },
	[PORTFOLIO_REFL_HAPPENED] = { "happened", "What happened", FIELD_MULTILINE, FIELD_REQUIRED, 20, 5000, NULL },
	[PORTFOLIO_REFL_DID] = { "did", "What I did", FIELD_MULTILINE, FIELD_REQUIRED, 20, 5000, NULL },
	[PORTFOLIO_REFL_WHY] = { "why", "Why I did it", FIELD_MULTILINE, FIELD_REQUIRED, 20, 5000, NULL },
	[PORTFOLIO_REFL_RESULT] = { "result", "What the result was", FIELD_MULTILINE, FIELD_REQUIRED, 20, 5000, NULL },
	[PORTFOLIO_REFL_DIFFERENTLY] = { "differently", "What I would do differently", FIELD_MULTILINE, FIELD_REQUIRED, 20, 5000, NULL },
};
const struct field_spec portfolio_ask_fields[PORTFOLIO_ASK__COUNT] = {
	[PORTFOLIO_ASK_WITNESS] = { "witness", "Witness", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[PORTFOLIO_ASK_TITLE] = { "ask_title", "Title", FIELD_TEXT, FIELD_REQUIRED, 3, 200, NULL },
	[PORTFOLIO_ASK_ASKED] = { "asked", "What you ask them to confirm", FIELD_MULTILINE, FIELD_REQUIRED, 10, 2000, NULL },
};
const struct field_spec portfolio_file_fields[PORTFOLIO_FILE__COUNT] = {
	[PORTFOLIO_FILE_TITLE] = { "file_title", "Title", FIELD_TEXT, FIELD_REQUIRED, 3, 200, NULL },
};
const struct field_spec portfolio_map_fields[PORTFOLIO_MAP__COUNT] = {
	[PORTFOLIO_MAP_CRITERION] = { "criterion", "Criterion", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[PORTFOLIO_MAP_RATIONALE] = { "rationale", "How it meets the criterion", FIELD_MULTILINE, FIELD_REQUIRED, 10, 1000, NULL },
};

static const char *const evidence_notices[] = {
	"added", "The evidence has been added. Map it to the criteria it meets.",
	"mapped", "The mapping has been saved.",
	"unmapped", "The mapping has been removed.",
	"asked", "Your colleague has been asked for a witness testimony. It appears here when they have signed it.",
	NULL, NULL
};

/* ---- adding evidence ---- */

/* What to tell a learner whose record does not name one of kind k. */
static const char *record_hint(const struct portfolio_kind *k)
{
	if (k && k->ref == PORTFOLIO_REF_MONTH)
		return "The record must be a month like 2026-11.";
	if (k && k->ref == PORTFOLIO_REF_WEEK)
		return "The record must be a week like 2026-W48.";
	return "The record must be its number or its address, like /plans/3.";
}

/* The pre-filling query's check: a record given with a kind must name one
 * of that kind (the link of a record page, or the picker's). */
void portfolio_prefill_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	const struct field_value *kind = &f->values[PORTFOLIO_PRODUCT_KIND];
	const struct field_value *record = &f->values[PORTFOLIO_PRODUCT_RECORD];
	long long id;
	if (kind->error || record->error || !kind->present || !record->present)
		return;
	const struct portfolio_kind *k = portfolio_kind_find(kind->text);
	if (k && !portfolio_record_ref(k, record->text, &id))
		request_form_error(rq, PORTFOLIO_PRODUCT_RECORD, record_hint(k));
}

/* GET /portfolio/evidence/new (and the forms again when one was refused);
 * ?kind=plan&record=/plans/3 fills in the product form (the links of the
 * picker and of the records' own pages). */
int portfolio_evidence_new_page(struct request *rq, struct response *rs)
{
	struct page p;
	int enrolled = portfolio_is_learner(rq->session->user_id);
	if (enrolled < 0)
		return -1;
	if (!enrolled)
		return portfolio_not_enrolled(rq, rs);
	if (page_begin(&p, rq, rs, "Add evidence", "portfolio/evidence_new.tpl") != 0)
		return -1;
	const struct form *f = request_form(rq);
	long long witness = 0;
	if (f) {
		page_form(&p, f);
		if (f->specs == portfolio_ask_fields && f->values[PORTFOLIO_ASK_WITNESS].present)
			witness = f->values[PORTFOLIO_ASK_WITNESS].number;
	}
	int product = f && (f->specs == portfolio_product_fields || f->specs == portfolio_prefill_fields);
	for (size_t i = 0; portfolio_product_keys[i]; i++) {
		const struct portfolio_kind *k = portfolio_kind_find(portfolio_product_keys[i]);
		tpl_dict *row = tpl_add_row(p.content, "KIND_OPTION");
		tpl_set(row, "KEY", k->key);
		tpl_set(row, "LABEL", k->label);
		tpl_show_if(row, "SELECTED", product &&
		            strcmp(f->values[PORTFOLIO_PRODUCT_KIND].text ? f->values[PORTFOLIO_PRODUCT_KIND].text : "", k->key) == 0);
	}
	tpl_set_int(p.content, "FILE_MAX_MB", PORTFOLIO_FILE_MAX >> 20);
	if (portfolio_picker(rq, p.content) != 0 ||
	    portfolio_people_options(p.content, "WITNESS_OPTION", rq->session->user_id, witness,
	                             ROLE_MANAGER | ROLE_STAFF) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* What adding one piece of evidence writes. */
struct add_ctx {
	struct request *rq;
	const char *kind, *title, *body;
	const char *prompts[5];
	long long record_id;          /* 0: none */
	long long witness_id;         /* witness testimony */
	const char *asked;
	const char *filename, *media_type, *stored_name, *hash;
	size_t size;
	long long id;
};

/* Inserts the evidence (and its witness request or file row) and audits. */
static int write_evidence(void *vctx)
{
	struct add_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->rq->session->user_id);
	sqlite3_bind_text(st, 2, c->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, c->title, -1, SQLITE_TRANSIENT);
	if (c->record_id)
		sqlite3_bind_int64(st, 4, c->record_id);
	sqlite3_bind_text(st, 5, c->body ? c->body : "", -1, SQLITE_TRANSIENT);
	for (int i = 0; i < 5; i++)
		sqlite3_bind_text(st, 6 + i, c->prompts[i] ? c->prompts[i] : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 11, c->rq->session->user_id);
	sqlite3_bind_text(st, 12, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	if (c->witness_id) {
		if ((st = db_stmt(&evidence_table, ST_INSERT_WITNESS)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, c->id);
		sqlite3_bind_int64(st, 2, c->witness_id);
		sqlite3_bind_text(st, 3, c->asked, -1, SQLITE_TRANSIENT);
		if ((rc = db_exec_stmt(st)) != SQLITE_OK)
			return rc;
	}
	if (c->stored_name) {
		if ((st = db_stmt(&evidence_table, ST_INSERT_FILE)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, c->id);
		sqlite3_bind_text(st, 2, c->filename, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, c->media_type, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, (long long)c->size);
		sqlite3_bind_text(st, 5, c->stored_name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 6, c->hash, -1, SQLITE_TRANSIENT);
		if ((rc = db_exec_stmt(st)) != SQLITE_OK)
			return rc;
	}
	return audit_record(c->rq, "portfolio.evidence_added", "pf_evidence", c->id, c->kind);
}

/* Saves the evidence and answers 303 to its page (done=notice); a failed
 * write shows the form again with "nothing was saved". */
static int save_evidence(struct request *rq, struct response *rs, struct add_ctx *c, const char *notice)
{
	int rc = db_write(write_evidence, c);
	if (rc != SQLITE_OK) {
		rs->not_saved = "The evidence was not added.";
		rs->status = 503;
		return portfolio_evidence_new_page(rq, rs);
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/evidence/%lld?done=%s", c->id, notice));
	return 0;
}

/* POST /portfolio/evidence/product: a live record as evidence. */
int portfolio_product_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const struct portfolio_kind *k = portfolio_kind_find(f->values[PORTFOLIO_PRODUCT_KIND].text);
	long long id = 0;
	char title[200] = "";
	struct buf scratch = {0};
	int enrolled = portfolio_is_learner(rq->session->user_id);
	if (enrolled < 0)
		return -1;
	if (!enrolled)
		return portfolio_not_enrolled(rq, rs);
	if (k == NULL || !portfolio_record_ref(k, f->values[PORTFOLIO_PRODUCT_RECORD].text, &id)) {
		request_form_error(rq, PORTFOLIO_PRODUCT_RECORD, record_hint(k));
	} else {
		int found = k->render(id, &scratch, title, sizeof title);
		buf_free(&scratch);
		if (found < 0)
			return -1;
		if (found == 1)
			request_form_error(rq, PORTFOLIO_PRODUCT_RECORD, "There is no such record.");
	}
	if (request_form_refused(rq))
		return form_again(rq, rs, portfolio_evidence_new_page);
	struct add_ctx c = { .rq = rq, .kind = k->key, .record_id = id,
		.title = f->values[PORTFOLIO_PRODUCT_TITLE].present ? f->values[PORTFOLIO_PRODUCT_TITLE].text : title };
	if (c.title[0] == '\0')
		c.title = k->label;
	return save_evidence(rq, rs, &c, "added");
}

/* POST /portfolio/evidence/reflection: a reflective account. */
int portfolio_reflection_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	int enrolled = portfolio_is_learner(rq->session->user_id);
	if (enrolled < 0)
		return -1;
	if (!enrolled)
		return portfolio_not_enrolled(rq, rs);
	struct add_ctx c = { .rq = rq, .kind = "reflection", .title = f->values[PORTFOLIO_REFL_TITLE].text };
	for (int i = 0; i < 5; i++)
		c.prompts[i] = f->values[PORTFOLIO_REFL_HAPPENED + i].text;
	return save_evidence(rq, rs, &c, "added");
}

/* POST /portfolio/evidence/witness: asks a named colleague for a testimony. */
int portfolio_ask_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long witness = f->values[PORTFOLIO_ASK_WITNESS].number;
	int enrolled = portfolio_is_learner(rq->session->user_id);
	if (enrolled < 0)
		return -1;
	if (!enrolled)
		return portfolio_not_enrolled(rq, rs);
	int ok = db_id_exists(auth_bind_roles(db_stmt(&evidence_table, ST_COLLEAGUE), 2, ROLE_MANAGER | ROLE_STAFF), witness);
	if (ok < 0)
		return -1;
	if (!ok || witness == rq->session->user_id)
		request_form_error(rq, PORTFOLIO_ASK_WITNESS, "Witness must be one of the colleagues listed (not yourself).");
	if (request_form_refused(rq))
		return form_again(rq, rs, portfolio_evidence_new_page);
	struct add_ctx c = { .rq = rq, .kind = "witness", .title = f->values[PORTFOLIO_ASK_TITLE].text,
		.witness_id = witness, .asked = f->values[PORTFOLIO_ASK_ASKED].text };
	return save_evidence(rq, rs, &c, "asked");
}

/* Writes data to a new file in the files folder (mode 0640, never over an
 * existing one); sets *stored to its name. Returns 0 or -1. */
static int store_file(struct request *rq, const char *data, size_t len, const char **stored)
{
	const char *dir = portfolio_files_dir(&rq->arena);
	char name[33];
	if (mkdir(dir, 0750) != 0 && errno != EEXIST)
		return -1;
	random_hex(name, 16);
	const char *path = arena_printf(&rq->arena, "%s/%s", dir, name);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
	if (fd < 0)
		return -1;
	size_t done = 0;
	while (done < len) {
		ssize_t n = write(fd, data + done, len - done);
		if (n <= 0) {
			close(fd);
			unlink(path);
			return -1;
		}
		done += (size_t)n;
	}
	if (fsync(fd) != 0 || close(fd) != 0) {
		unlink(path);
		return -1;
	}
	*stored = arena_strdup(&rq->arena, name);
	return 0;
}

/* POST /portfolio/evidence/file (multipart): a PDF or image, its type
 * checked from its first bytes, at most PORTFOLIO_FILE_MAX. */
int portfolio_file_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	const struct field *upload = fields_find(&rq->body, "upload");
	const char *type = NULL;
	int enrolled = portfolio_is_learner(rq->session->user_id);
	if (enrolled < 0)
		return -1;
	if (!enrolled)
		return portfolio_not_enrolled(rq, rs);
	if (upload == NULL || upload->filename == NULL || upload->value_len == 0)
		request_form_error(rq, PORTFOLIO_FILE_TITLE, "Choose a file to upload.");
	else if (upload->value_len > PORTFOLIO_FILE_MAX)
		request_form_error(rq, PORTFOLIO_FILE_TITLE, "The file is larger than the limit.");
	else if ((type = portfolio_media_type((const unsigned char *)upload->value, upload->value_len)) == NULL)
		request_form_error(rq, PORTFOLIO_FILE_TITLE, "The file must be a PDF, PNG or JPEG (its content is checked, not its name).");
	if (request_form_refused(rq))
		return form_again(rq, rs, portfolio_evidence_new_page);
	struct add_ctx c = { .rq = rq, .kind = "file", .title = f->values[PORTFOLIO_FILE_TITLE].text,
		.media_type = type, .size = upload->value_len };
	char hash[65];
	snapshot_hash_hex(upload->value, upload->value_len, hash);
	c.hash = hash;
	size_t n = utf8_prefix(upload->filename, 200);
	c.filename = arena_strndup(&rq->arena, upload->filename, n);
	if (c.filename == NULL || !utf8_valid(c.filename, strlen(c.filename)) || c.filename[0] == '\0')
		c.filename = "upload";
	if (store_file(rq, upload->value, upload->value_len, &c.stored_name) != 0) {
		rs->not_saved = "The file could not be stored.";
		rs->status = 503;
		return portfolio_evidence_new_page(rq, rs);
	}
	return save_evidence(rq, rs, &c, "added");
}

/* ---- the evidence page ---- */

/* Loads evidence id when it is the signed-in learner's: 1 found (kind,
 * title, record into the arena), 0 not theirs or none, -1 on error. */
static int own_evidence(struct request *rq, long long id, const char **kind, const char **title,
                        long long *record_id)
{
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_EVIDENCE);
	int found = db_row_by_id(st, id);
	if (found <= 0)
		return found;
	int mine = sqlite3_column_int64(st, 0) == rq->session->user_id;
	*kind = arena_strdup(&rq->arena, db_text(st, 1));
	*title = arena_strdup(&rq->arena, db_text(st, 2));
	*record_id = sqlite3_column_int64(st, 3);
	sqlite3_reset(st);
	return mine;
}

/* Adds the suggestions and warnings of the rules for the evidence, and
 * the mapping form's options. Returns 0 or -1. */
static int add_advice(struct request *rq, struct page *p, long long evidence_id,
                      const struct portfolio_kind *k, long long record_id, long long selected)
{
	struct portfolio_facts facts = {0};
	struct portfolio_advice advice;
	int rc;
	if (k->facts && k->facts(record_id, &facts) < 0)
		return -1;
	portfolio_advise(k->rule, &facts, &advice);
	for (size_t i = 0; i < advice.warning_count; i++)
		tpl_set(tpl_add_row(p->content, "WARNING"), "TEXT", advice.warnings[i]);
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_SUGGESTED);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	sqlite3_bind_int64(st, 2, evidence_id);
	int suggested = 0;
	while (db_step_row(st, &rc)) {
		int fits = 0;
		for (size_t i = 0; i < advice.tag_count && !fits; i++)
			fits = portfolio_tags_have(db_text(st, 3), advice.tags[i]);
		if (!fits)
			continue;
		tpl_dict *row = tpl_add_row(p->content, "SUGGESTION");
		suggested++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "REF", db_text(st, 1));
		tpl_set(row, "TEXT", db_text(st, 2));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	tpl_show_if(p->content, "HAS_SUGGESTIONS", suggested);
	return portfolio_criterion_options(rq, p->content, "CRITERION", rq->session->user_id, selected) < 0 ? -1 : 0;
}

/* Adds the evidence's mappings (MAPPING rows); returns the count or -1. */
static int add_mappings(struct page *p, long long evidence_id)
{
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_MAPPINGS);
	int n = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, evidence_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "MAPPING");
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "REF", db_text(st, 1));
		tpl_set(row, "TEXT", db_text(st, 2));
		tpl_set(row, "RATIONALE", db_text(st, 3));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* GET /portfolio/evidence/{id}: the learner's own evidence only. */
int portfolio_evidence_page(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0], record_id;
	const char *kind, *title;
	int mine = own_evidence(rq, id, &kind, &title, &record_id);
	if (mine < 0)
		return -1;
	if (mine == 0) {
		respond_error(rq, rs, 404, "There is no such evidence in your portfolio.");
		return 0;
	}
	const struct portfolio_kind *k = portfolio_kind_find(kind);
	struct buf html = {0};
	char rendered_title[200];
	struct page p;
	if (k == NULL)
		return -1;
	int found = portfolio_render_evidence(id, kind, record_id, &html, rendered_title, sizeof rendered_title);
	if (found < 0 || page_begin(&p, rq, rs, title, "portfolio/evidence.tpl") != 0) {
		buf_free(&html);
		return -1;
	}
	page_notice(&p, rq, evidence_notices);
	tpl_set_int(p.content, "ID", id);
	tpl_set(p.content, "EVIDENCE_TITLE", title);
	tpl_set(p.content, "KIND", k->label);
	tpl_set(p.content, "LIVE_URL", portfolio_live_url(&rq->arena, k, record_id));
	tpl_show_if(p.content, "HAS_LIVE", k->ref != PORTFOLIO_REF_NONE);
	tpl_show_if(p.content, "FILE", strcmp(kind, "file") == 0);
	if (found == 1)
		tpl_show(p.content, "RECORD_GONE");
	else
		tpl_set(p.content, "RENDERED", html.data ? html.data : "");
	buf_free(&html);
	const struct form *f = request_form(rq);
	if (f)
		page_form(&p, f);
	int mapped = add_mappings(&p, id);
	if (mapped < 0 || add_advice(rq, &p, id, k, record_id,
	                             f ? f->values[PORTFOLIO_MAP_CRITERION].number : 0) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, mapped ? "HAS_MAPPINGS" : "NO_MAPPINGS", 1);
	return page_finish(&p, rs);
}

/* The mapping form refused: the evidence page with the errors. */
int portfolio_map_invalid(struct request *rq, struct response *rs)
{
	return portfolio_evidence_page(rq, rs);
}

/* What a mapping writes. */
struct map_ctx {
	struct request *rq;
	long long evidence_id, criterion_id;
	const char *rationale;
};

/* Inserts (or rewrites) the mapping and audits. */
static int write_mapping(void *vctx)
{
	struct map_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_MAP);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->evidence_id);
	sqlite3_bind_int64(st, 2, c->criterion_id);
	sqlite3_bind_text(st, 3, c->rationale, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "portfolio.mapped", "pf_evidence", c->evidence_id, "");
}

/* POST /portfolio/evidence/{id}/mappings: maps the evidence to a criterion
 * of the learner's units with a sentence saying how it meets it. */
int portfolio_map_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long id = rq->path_ids[0], record_id;
	const char *kind, *title;
	int mine = own_evidence(rq, id, &kind, &title, &record_id);
	if (mine < 0)
		return -1;
	if (mine == 0) {
		respond_error(rq, rs, 404, "There is no such evidence in your portfolio.");
		return 0;
	}
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_CRITERION_OK);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	sqlite3_bind_int64(st, 2, f->values[PORTFOLIO_MAP_CRITERION].number);
	int ok = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	if (!ok)
		request_form_error(rq, PORTFOLIO_MAP_CRITERION, "Criterion must be one of the criteria of your units.");
	if (request_form_refused(rq))
		return form_again(rq, rs, portfolio_map_invalid);
	struct map_ctx c = { rq, id, f->values[PORTFOLIO_MAP_CRITERION].number, f->values[PORTFOLIO_MAP_RATIONALE].text };
	if (db_write(write_mapping, &c) != SQLITE_OK) {
		rs->not_saved = "The mapping was not saved.";
		rs->status = 503;
		return portfolio_evidence_page(rq, rs);
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/evidence/%lld?done=mapped", id));
	return 0;
}

/* POST /portfolio/mappings/{id}/delete: removes one of the learner's mappings. */
int portfolio_unmap_submit(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_MAPPING_OWNER);
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found < 0)
		return -1;
	long long owner = found ? sqlite3_column_int64(st, 0) : 0, evidence = found ? sqlite3_column_int64(st, 1) : 0;
	if (found)
		sqlite3_reset(st);
	if (owner != rq->session->user_id) {
		respond_error(rq, rs, 404, "There is no such mapping in your portfolio.");
		return 0;
	}
	struct audited_delete d = { rq, &evidence_table, ST_UNMAP, rq->path_ids[0], "portfolio.unmapped", "pf_mapping" };
	if (db_write(audit_delete_by_id, &d) != SQLITE_OK) {
		respond_error(rq, rs, 503, "Nothing was saved: the mapping could not be removed.");
		return 0;
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/evidence/%lld?done=unmapped", evidence));
	return 0;
}

/* POST /portfolio/evidence/{id}/delete: the learner removes evidence
 * (what was submitted stays in its snapshots). */
int portfolio_evidence_delete_submit(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0], record_id;
	const char *kind, *title;
	int mine = own_evidence(rq, id, &kind, &title, &record_id);
	if (mine < 0)
		return -1;
	if (mine == 0) {
		respond_error(rq, rs, 404, "There is no such evidence in your portfolio.");
		return 0;
	}
	struct audited_delete d = { rq, &evidence_table, ST_DELETE, id, "portfolio.evidence_deleted", "pf_evidence" };
	if (db_write(audit_delete_by_id, &d) != SQLITE_OK) {
		respond_error(rq, rs, 503, "Nothing was saved: the evidence could not be removed.");
		return 0;
	}
	respond_redirect(rs, arena_printf(&rq->arena, "/portfolio/learners/%lld?done=deleted", rq->session->user_id));
	return 0;
}

/* GET /portfolio/evidence/{id}/file: the learner's own uploaded file. */
int portfolio_evidence_file(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0], record_id;
	const char *kind, *title;
	int mine = own_evidence(rq, id, &kind, &title, &record_id);
	if (mine < 0)
		return -1;
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_FILE);
	int found = mine ? db_row_by_id(st, id) : 0;
	if (found < 0)
		return -1;
	if (!found) {
		respond_error(rq, rs, 404, "There is no such file in your portfolio.");
		return 0;
	}
	const char *name = arena_strdup(&rq->arena, db_text(st, 0)), *type = arena_strdup(&rq->arena, db_text(st, 1));
	const char *stored = arena_strdup(&rq->arena, db_text(st, 3));
	sqlite3_reset(st);
	return portfolio_send_file(rq, rs, stored, type, name);
}

/* ---- renderers of the kinds written in the portfolio ---- */

/* See portfolio.h: the five prompts and their answers. */
int portfolio_reflection_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	static const char *const prompts[] = { "What happened", "What I did", "Why I did it",
		"What the result was", "What I would do differently" };
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_REFLECTION);
	int found = db_row_by_id(st, id), bad = 0;
	if (found <= 0)
		return found < 0 ? -1 : 1;
	snapshot_set_title(title, title_size, db_text(st, 0));
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "Reflective account", db_text(st, 0));
	bad |= snapshot_field(out, "Written", db_text(st, 6));
	bad |= snapshot_fields_end(out);
	for (int i = 0; i < 5; i++) {
		bad |= snapshot_heading(out, prompts[i]);
		bad |= snapshot_paragraphs(out, db_text(st, 1 + i), "Not answered.");
	}
	sqlite3_reset(st);
	return bad ? -1 : 0;
}

/* See portfolio.h: what was asked, of whom, and the signed statement. */
int portfolio_witness_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_WITNESS);
	int found = db_row_by_id(st, id), bad = 0;
	if (found <= 0)
		return found < 0 ? -1 : 1;
	snapshot_set_title(title, title_size, db_text(st, 0));
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "Witness testimony", db_text(st, 0));
	bad |= snapshot_field(out, "Witness", db_text(st, 2));
	bad |= snapshot_field(out, "Witness's job title", db_text(st, 3));
	bad |= snapshot_field(out, "Asked to confirm", db_text(st, 1));
	bad |= snapshot_fields_end(out);
	bad |= snapshot_heading(out, "Statement");
	bad |= snapshot_paragraphs(out, db_text(st, 4), "Not written yet.");
	if (db_text(st, 6)[0]) {
		bad |= snapshot_fields_begin(out);
		bad |= snapshot_field(out, "Signed", db_text(st, 5));
		bad |= snapshot_field(out, "Signed at", db_text(st, 6));
		bad |= snapshot_fields_end(out);
	} else {
		bad |= snapshot_paragraphs(out, "", "Not signed yet.");
	}
	sqlite3_reset(st);
	return bad ? -1 : 0;
}

/* See portfolio.h: a professional discussion or observation record. */
int portfolio_discussion_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_DISCUSSION);
	int found = db_row_by_id(st, id), bad = 0;
	if (found <= 0)
		return found < 0 ? -1 : 1;
	snapshot_set_title(title, title_size, db_text(st, 0));
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, db_text(st, 1)[0] == 'o' ? "Observation record" : "Professional discussion", db_text(st, 0));
	bad |= snapshot_field(out, "Recorded by the assessor", db_text(st, 3));
	bad |= snapshot_field(out, "Recorded", db_text(st, 4));
	bad |= snapshot_fields_end(out);
	bad |= snapshot_paragraphs(out, db_text(st, 2), "No record.");
	sqlite3_reset(st);
	return bad ? -1 : 0;
}

/* See portfolio.h: an uploaded file, described (its bytes are served on
 * their own and proved by the hash). */
int portfolio_file_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	sqlite3_stmt *st = db_stmt(&evidence_table, ST_FILE);
	int found = db_row_by_id(st, id), bad = 0;
	char size[32];
	if (found <= 0)
		return found < 0 ? -1 : 1;
	snapshot_set_title(title, title_size, db_text(st, 0));
	snprintf(size, sizeof size, "%lld bytes", (long long)sqlite3_column_int64(st, 2));
	bad |= snapshot_fields_begin(out);
	bad |= snapshot_field(out, "Uploaded document", db_text(st, 0));
	bad |= snapshot_field(out, "Type", db_text(st, 1));
	bad |= snapshot_field(out, "Size", size);
	bad |= snapshot_field(out, "BLAKE2b hash of the file", db_text(st, 4));
	bad |= snapshot_fields_end(out);
	sqlite3_reset(st);
	return bad ? -1 : 0;
}
