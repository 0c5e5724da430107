/*
 * engine.c: helpers over the declarations shared by the purge, subject
 * access, erasure and key rotation (see engine.h).
 */
#include "engine.h"
#include "core/crypto.h"
#include "core/db.h"

#include <string.h>

/* See engine.h. */
int privacy_person_from_contact(struct privacy_person *p, const char *email, const char *phone)
{
	char e[2][33] = { "", "" }, ph[2][33] = { "", "" };
	memset(p, 0, sizeof *p);
	if (secret_key_ensure_loaded() != 0)
		return -1;
	int ne = email && email[0] ? contact_index_candidates("email", email, e) : 0;
	int np = phone && phone[0] ? contact_index_candidates("phone", phone, ph) : 0;
	if (ne < 0 || np < 0 || ne + np == 0)
		return -1;
	memcpy(p->email_index, e, sizeof e);
	memcpy(p->phone_index, ph, sizeof ph);
	return 0;
}

/* See engine.h. */
int privacy_row_key(const char *table, char *out, size_t size)
{
	sqlite3_stmt *st;
	char sql[160];
	int rc;
	snprintf(sql, sizeof sql, "SELECT rowid FROM \"%s\" LIMIT 0", table);
	if (sqlite3_prepare_v2(db_get(), sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_finalize(st);
		snprintf(out, size, "rowid");
		return 0;
	}
	if (sqlite3_prepare_v2(db_get(), "SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk",
	                       -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	struct buf b = {0};
	buf_puts(&b, "(");
	int n = 0;
	while (db_step_row(st, &rc))
		buf_printf(&b, "%s\"%s\"", n++ ? ", " : "", db_text(st, 0));
	sqlite3_finalize(st);
	buf_puts(&b, ")");
	int ok = !db_rows_failed(rc) && n > 0 && b.data && b.len < size;
	if (ok)
		snprintf(out, size, "%s", b.data);
	buf_free(&b);
	return ok ? 0 : -1;
}

/* Appends one "col = value" to sql; returns 0 or -1. */
static int clear_one(const char *table, const char *column, int first, struct buf *sql)
{
	char value[128];
	if (datamap_cleared_value(db_get(), table, column, value, sizeof value) != 0)
		return -1;
	return buf_printf(sql, "%s\"%s\" = %s", first ? "" : ", ", column, value) < 0 ? -1 : 0;
}

/* See engine.h. */
int privacy_clear_assignments(const struct datamap_entry *e, const struct datamap_columns *cols,
                              struct buf *sql)
{
	char index[DATAMAP_NAME + 16];
	for (size_t i = 0; i < cols->count; i++) {
		if (clear_one(e->table, cols->name[i], i == 0, sql) != 0)
			return -1;
		if (e->person == DATAMAP_PERSON_CONTACT && strcmp(cols->name[i], e->person_columns.name[0]) == 0) {
			snprintf(index, sizeof index, "%s_email_index", cols->name[i]);
			if (clear_one(e->table, index, 0, sql) != 0)
				return -1;
			snprintf(index, sizeof index, "%s_phone_index", cols->name[i]);
			if (clear_one(e->table, index, 0, sql) != 0)
				return -1;
		}
	}
	return 0;
}

/* See engine.h. */
int privacy_person_condition(const struct datamap_entry *e, const struct privacy_person *p,
                             struct buf *sql)
{
	if (p->staff && e->person == DATAMAP_PERSON_USER) {
		buf_puts(sql, "(");
		for (size_t i = 0; i < e->person_columns.count; i++)
			buf_printf(sql, "%s\"%s\" = ?1", i ? " OR " : "", e->person_columns.name[i]);
		buf_puts(sql, ")");
		return 0;
	}
	if (!p->staff && e->person == DATAMAP_PERSON_CONTACT) {
		const char *c = e->person_columns.name[0];
		buf_printf(sql, "(\"%s_email_index\" IN (?1, ?2) OR \"%s_phone_index\" IN (?3, ?4))", c, c);
		return 0;
	}
	return -1;
}

/* Binds text at param unless it is empty (left NULL, which matches
 * nothing). */
static void bind_index(sqlite3_stmt *st, int param, const char *index)
{
	if (index[0])
		sqlite3_bind_text(st, param, index, -1, SQLITE_TRANSIENT);
}

/* See engine.h. */
void privacy_bind_person(sqlite3_stmt *st, const struct privacy_person *p)
{
	if (p->staff) {
		sqlite3_bind_int64(st, 1, p->user_id);
		return;
	}
	bind_index(st, 1, p->email_index[0]);
	bind_index(st, 2, p->email_index[1]);
	bind_index(st, 3, p->phone_index[0]);
	bind_index(st, 4, p->phone_index[1]);
}

/* See engine.h. */
const struct datamap_entry *privacy_person_entry(const struct datamap *m, const char *table)
{
	return datamap_person_entry(m, table);
}

/* Appends e's condition for the person, its own columns or, through its
 * via ties, its parents' (depth more parents at most); returns 0, or -1
 * when no part of it applies to that kind of person. */
static int condition_through(const struct datamap *m, const struct datamap_entry *e,
                             const struct privacy_person *p, int depth, struct buf *sql)
{
	struct buf part = {0};
	int parts = 0;
	buf_puts(&part, "(");
	if (privacy_person_condition(e, p, &part) == 0)
		parts++;
	for (size_t i = 0; depth > 0 && i < e->via_count; i++) {
		const struct datamap_via *v = &e->via[i];
		const struct datamap_entry *parent = datamap_person_entry(m, v->parent);
		struct buf sub = {0};
		if (parent && condition_through(m, parent, p, depth - 1, &sub) == 0 && sub.data) {
			buf_printf(&part, "%s\"%s\" IN (SELECT \"%s\" FROM \"%s\" WHERE %s)", parts ? " OR " : "",
			           v->column, v->parent_column, v->parent, sub.data);
			parts++;
		}
		buf_free(&sub);
	}
	buf_puts(&part, ")");
	int ok = parts > 0 && part.data;
	if (ok)
		buf_puts(sql, part.data);
	buf_free(&part);
	return ok ? 0 : -1;
}

/* See engine.h. */
int privacy_person_condition_via(const struct datamap_entry *e, const struct privacy_person *p,
                                 struct buf *sql)
{
	const struct datamap *m = datamap_get();
	return m ? condition_through(m, e, p, DATAMAP_VIA_DEPTH, sql) : -1;
}

/* See engine.h. */
const char *privacy_audit_type(const struct datamap_entry *e, char *out, size_t size)
{
	size_t n = strlen(e->table);
	if (e->audit[0])
		snprintf(out, size, "%s", e->audit);
	else
		snprintf(out, size, "%.*s", (int)(n > 1 && e->table[n - 1] == 's' ? n - 1 : n), e->table);
	return out;
}

/* See engine.h. */
const char *privacy_action_words(enum datamap_action a)
{
	switch (a) {
	case DATAMAP_ACTION_DELETE:
		return "deleted";
	case DATAMAP_ACTION_CLEAR:
		return "cleared";
	case DATAMAP_ACTION_KEEP:
		return "kept";
	case DATAMAP_ACTION_NONE:
		break;
	}
	return "left";
}
