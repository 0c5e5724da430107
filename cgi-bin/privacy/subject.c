/*
 * subject.c: everything held about one person, gathered from every table
 * whose declaration ties rows to a person (`person:`, directly or through
 * a parent row: `via COLUMN -> PARENT`), and who accessed
 * those rows (the audit rows naming them): the subject-access bundle (see
 * engine.h). Secrets are never handed out: columns named *_hash, *_token
 * and *_index are left out, and a sealed contact column is opened for the
 * person's own rows only.
 */
#include "engine.h"
#include "core/crypto.h"
#include "core/db.h"

#include <sodium.h>
#include <string.h>

/* Returns 1 when a column is left out of a bundle (a secret or an index). */
static int column_left_out(const char *name)
{
	size_t n = strlen(name);
	static const char *const endings[] = { "_hash", "_token", "_index", NULL };
	if (strcmp(name, "__rowid") == 0)
		return 1;
	for (size_t i = 0; endings[i]; i++) {
		size_t k = strlen(endings[i]);
		if (n >= k && strcmp(name + n - k, endings[i]) == 0)
			return 1;
	}
	return 0;
}

/* The text of column c of the row: a sealed contact value opened, other
 * blobs described, NULL for SQL NULL. */
static const char *cell_text(struct arena *a, sqlite3_stmt *st, int c, const struct datamap_entry *e,
                             long long rowid)
{
	const char *name = sqlite3_column_name(st, c);
	switch (sqlite3_column_type(st, c)) {
	case SQLITE_NULL:
		return NULL;
	case SQLITE_BLOB:
		if (e->person == DATAMAP_PERSON_CONTACT && strcmp(name, e->person_columns.name[0]) == 0) {
			struct buf plain = {0};
			const char *out = "(sealed; it could not be opened)";
			if (secret_key_ensure_loaded() == 0 &&
			    secret_open(sqlite3_column_blob(st, c), (size_t)sqlite3_column_bytes(st, c), e->table,
			                name, rowid, &plain) == 0)
				out = arena_strdup(a, plain.data ? plain.data : "");
			if (plain.data)
				sodium_memzero(plain.data, plain.len);
			buf_free(&plain);
			return out;
		}
		return arena_printf(a, "(binary, %d bytes)", sqlite3_column_bytes(st, c));
	default:
		return arena_strdup(a, (const char *)sqlite3_column_text(st, c));
	}
}

/* Reads the rows of st into r (columns left out as above); returns 0 or -1. */
static int read_rows(struct arena *a, sqlite3_stmt *st, struct privacy_rows *r, int has_rowid)
{
	int n = sqlite3_column_count(st), rc;
	int *keep = arena_alloc(a, sizeof(int) * (size_t)(n ? n : 1));
	size_t cap = 0;
	if (keep == NULL)
		return -1;
	r->cols = arena_alloc(a, sizeof(char *) * (size_t)(n ? n : 1));
	for (int c = 0; c < n; c++) {
		keep[c] = !column_left_out(sqlite3_column_name(st, c));
		if (keep[c])
			r->cols[r->ncols++] = arena_strdup(a, sqlite3_column_name(st, c));
	}
	while (db_step_row(st, &rc)) {
		if (r->nrows == cap) {
			size_t grown = cap ? cap * 2 : 16;
			const char **cells = arena_alloc(a, sizeof(char *) * grown * (r->ncols ? r->ncols : 1));
			if (cells == NULL)
				return -1;
			if (r->cells)
				memcpy(cells, r->cells, sizeof(char *) * cap * r->ncols);
			r->cells = cells;
			cap = grown;
		}
		long long rowid = has_rowid ? sqlite3_column_int64(st, 0) : 0;
		size_t k = 0;
		for (int c = 0; c < n; c++)
			if (keep[c])
				r->cells[r->nrows * r->ncols + k++] = cell_text(a, st, c, r->entry, rowid);
		r->nrows++;
	}
	return db_rows_failed(rc) ? -1 : 0;
}

/* Reads one table's rows about the person into a new privacy_rows (NULL
 * *out when it has none). Returns 0 or -1. */
static int collect_table(struct arena *a, const struct datamap_entry *tie,
                         const struct privacy_person *p, struct privacy_rows **out)
{
	struct buf sql = {0};
	sqlite3_stmt *st = NULL;
	int contact = tie->person == DATAMAP_PERSON_CONTACT, rc = -1;
	*out = NULL;
	buf_printf(&sql, "SELECT %s* FROM \"%s\" WHERE ", contact ? "rowid AS __rowid, " : "", tie->table);
	if (privacy_person_condition_via(tie, p, &sql) != 0) {
		buf_free(&sql);
		return 0;
	}
	buf_puts(&sql, " LIMIT 100000");
	struct privacy_rows *r = arena_zalloc(a, sizeof *r);
	if (r && sql.data && sqlite3_prepare_v2(db_get(), sql.data, -1, &st, NULL) == SQLITE_OK) {
		r->entry = tie;
		privacy_bind_person(st, p);
		rc = read_rows(a, st, r, contact);
	}
	sqlite3_finalize(st);
	buf_free(&sql);
	if (rc == 0 && r->nrows > 0)
		*out = r;
	return rc;
}

/* Returns 1 when type is one of the n target types. */
static int type_listed(const char *type, const char **types, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(types[i], type) == 0)
			return 1;
	return 0;
}

/* Reads the target types the audit trail names at all (so tables no
 * audit row names cost nothing); returns their number or -1. */
static long audit_types(struct arena *a, const char ***types)
{
	sqlite3_stmt *st;
	size_t n = 0, cap = 64;
	int rc;
	*types = arena_alloc(a, sizeof(char *) * cap);
	if (*types == NULL || sqlite3_prepare_v2(db_get(), "SELECT DISTINCT target_type FROM audit "
	                                         "WHERE target_id IS NOT NULL", -1, &st, NULL) != SQLITE_OK)
		return -1;
	while (db_step_row(st, &rc))
		if (n < cap)
			(*types)[n++] = arena_strdup(a, db_text(st, 0));
	sqlite3_finalize(st);
	return db_rows_failed(rc) ? -1 : (long)n;
}

/* Appends the audit rows naming the person's rows of one table to
 * access; returns 0 or -1. */
static int collect_access(struct arena *a, const struct datamap_entry *tie, const char *type,
                          const struct privacy_person *p, struct privacy_rows *access)
{
	struct buf sql = {0};
	sqlite3_stmt *st = NULL;
	int rc = 0;
	buf_printf(&sql, "SELECT at, username, action, target_type, target_id, detail FROM audit "
	           "WHERE target_type = ?5 AND target_id IN (SELECT id FROM \"%s\" WHERE ", tie->table);
	privacy_person_condition_via(tie, p, &sql);
	buf_puts(&sql, ") ORDER BY at");
	if (sql.data && sqlite3_prepare_v2(db_get(), sql.data, -1, &st, NULL) == SQLITE_OK) {
		struct privacy_rows part = { tie, 0, NULL, 0, NULL, NULL };
		privacy_bind_person(st, p);
		sqlite3_bind_text(st, 5, type, -1, SQLITE_STATIC);
		rc = read_rows(a, st, &part, 0);
		if (rc == 0 && part.nrows) {
			const char **cells = arena_alloc(a, sizeof(char *) * 6 * (access->nrows + part.nrows));
			if (cells == NULL)
				rc = -1;
			else {
				if (access->nrows)
					memcpy(cells, access->cells, sizeof(char *) * 6 * access->nrows);
				memcpy(cells + 6 * access->nrows, part.cells, sizeof(char *) * 6 * part.nrows);
				access->cells = cells;
				access->nrows += part.nrows;
				access->cols = part.cols;
				access->ncols = part.ncols;
			}
		}
	}
	/* a table without an id column has no audit target: nothing to add */
	sqlite3_finalize(st);
	buf_free(&sql);
	return rc;
}

/* See engine.h. */
int privacy_bundle_collect(struct arena *a, const struct privacy_person *p, struct privacy_bundle *b)
{
	const struct datamap *m = datamap_get();
	const char **types;
	char type[DATAMAP_NAME];
	struct privacy_rows **tail = &b->tables;
	memset(b, 0, sizeof *b);
	if (m == NULL)
		return -1;
	long ntypes = audit_types(a, &types);
	b->access = arena_zalloc(a, sizeof *b->access);
	if (ntypes < 0 || b->access == NULL)
		return -1;
	for (size_t i = 0; i < m->count; i++) {
		const struct datamap_entry *t = &m->entries[i];
		struct privacy_rows *r;
		if (t->column[0])
			continue;
		const struct datamap_entry *tie = privacy_person_entry(m, t->table);
		if (tie == NULL)
			continue;
		if (collect_table(a, tie, p, &r) != 0)
			return -1;
		if (r == NULL)
			continue;
		r->entry = t;
		*tail = r;
		tail = &r->next;
		b->table_count++;
		b->row_count += (long long)r->nrows;
		if (type_listed(privacy_audit_type(t, type, sizeof type), types, (size_t)ntypes) &&
		    collect_access(a, tie, type, p, b->access) != 0)
			return -1;
	}
	return 0;
}

/* Appends s as a JSON string (NULL as null). */
static void json_string(struct buf *out, const char *s)
{
	if (s == NULL) {
		buf_puts(out, "null");
		return;
	}
	buf_puts(out, "\"");
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '"' || *c == '\\')
			buf_printf(out, "\\%c", *c);
		else if (*c == '\n')
			buf_puts(out, "\\n");
		else if (*c < 0x20 || *c == '<' || *c == '>' || *c == '&')
			buf_printf(out, "\\u%04x", *c);
		else
			buf_append(out, c, 1);
	}
	buf_puts(out, "\"");
}

/* Appends the rows of r as a JSON array of objects. */
static void json_rows(struct buf *out, const struct privacy_rows *r)
{
	buf_puts(out, "[");
	for (size_t i = 0; r && i < r->nrows; i++) {
		buf_puts(out, i ? ",\n   {" : "\n   {");
		for (size_t c = 0; c < r->ncols; c++) {
			if (c)
				buf_puts(out, ", ");
			json_string(out, r->cols[c]);
			buf_puts(out, ": ");
			json_string(out, r->cells[i * r->ncols + c]);
		}
		buf_puts(out, "}");
	}
	buf_puts(out, "]");
}

/* See engine.h. */
int privacy_bundle_json(const struct privacy_bundle *b, const char *title, const char *generated_at,
                        struct buf *out)
{
	buf_reset(out);
	buf_puts(out, "{\"subject\": ");
	json_string(out, title);
	buf_puts(out, ",\n \"generated_at\": ");
	json_string(out, generated_at);
	buf_puts(out, ",\n \"tables\": [");
	int first = 1;
	for (const struct privacy_rows *r = b->tables; r; r = r->next, first = 0) {
		const struct datamap_entry *e = r->entry;
		buf_puts(out, first ? "\n  {\"table\": " : ",\n  {\"table\": ");
		json_string(out, e->table);
		buf_puts(out, ", \"category\": ");
		json_string(out, e->category);
		buf_puts(out, ", \"purpose\": ");
		json_string(out, e->purpose);
		buf_puts(out, ", \"lawful_basis\": ");
		json_string(out, e->basis);
		buf_puts(out, ", \"retention\": ");
		json_string(out, e->retention);
		buf_puts(out, ",\n   \"rows\": ");
		json_rows(out, r);
		buf_puts(out, "}");
	}
	buf_puts(out, "],\n \"access\": ");
	json_rows(out, b->access);
	buf_puts(out, "}\n");
	return out->data ? 0 : -1;
}
