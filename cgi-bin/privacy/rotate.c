/*
 * rotate.c: the sealed contact columns (every declaration with
 * `person: contact COLUMN`): filling their keyed hash indexes, and
 * re-sealing them under a new key without stopping the programs (see
 * engine.h).
 *
 * A rotation writes the new key beside the key file as KEY.next. Every
 * worker notices it at its next seal or open (crypto.h: a stat of both
 * files) and from then seals and hashes with the next key and opens with
 * either. The rotation re-seals the rows a batch per transaction; the
 * last transaction re-seals any row still under the old key while it
 * holds the write lock (a worker seals inside its own write transaction,
 * so none can slip one in), and before it commits renames KEY to KEY.old
 * and KEY.next to KEY. After the commit KEY.old is wiped and removed.
 * Interrupted, it is run again: an existing KEY.next is carried on with.
 */
#include "engine.h"
#include "core/audit.h"
#include "core/crypto.h"
#include "core/datamap.h"
#include "core/db.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SEALED_MAX 32

/* A sealed column: its table and name. */
struct sealed_column {
	const char *table, *column;
};

/* Lists the distinct sealed contact columns of the map into cols;
 * returns their number. */
static size_t sealed_columns(const struct datamap *m, struct sealed_column *cols, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < m->count; i++) {
		const struct datamap_entry *e = &m->entries[i];
		int seen = 0;
		if (e->person != DATAMAP_PERSON_CONTACT)
			continue;
		for (size_t k = 0; k < n; k++)
			seen |= strcmp(cols[k].table, e->table) == 0 &&
			        strcmp(cols[k].column, e->person_columns.name[0]) == 0;
		if (!seen && n < max)
			cols[n++] = (struct sealed_column){ e->table, e->person_columns.name[0] };
	}
	return n;
}

/* Stores the sealed value (when sealed is not NULL) and the indexes of
 * plain for one row. Returns SQLITE_OK or the error. */
static int store_row(const struct sealed_column *c, long long rowid, const struct buf *sealed,
                     const char *plain)
{
	char email[33], phone[33], column[128], email_empty[128], phone_empty[128];
	struct buf sql = {0};
	sqlite3_stmt *st;
	if (contact_index_of_plain(plain, email, phone) != 0)
		return SQLITE_ERROR;
	/* An empty index takes the column's cleared value (NULL, or its
	 * default where the column is NOT NULL). */
	snprintf(column, sizeof column, "%s_email_index", c->column);
	if (datamap_cleared_value(db_get(), c->table, column, email_empty, sizeof email_empty) != 0)
		return SQLITE_ERROR;
	snprintf(column, sizeof column, "%s_phone_index", c->column);
	if (datamap_cleared_value(db_get(), c->table, column, phone_empty, sizeof phone_empty) != 0)
		return SQLITE_ERROR;
	buf_printf(&sql, "UPDATE \"%s\" SET \"%s_email_index\" = coalesce(?1, %s), "
	           "\"%s_phone_index\" = coalesce(?2, %s)%s%s%s WHERE rowid = ?4",
	           c->table, c->column, email_empty, c->column, phone_empty, sealed ? ", \"" : "",
	           sealed ? c->column : "", sealed ? "\" = ?3" : "");
	int rc = sqlite3_prepare_v2(db_get(), sql.data, -1, &st, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK)
		return rc;
	if (email[0])
		sqlite3_bind_text(st, 1, email, -1, SQLITE_TRANSIENT);
	if (phone[0])
		sqlite3_bind_text(st, 2, phone, -1, SQLITE_TRANSIENT);
	if (sealed)
		sqlite3_bind_blob(st, 3, sealed->data, (int)sealed->len, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, rowid);
	rc = db_exec_stmt(st);
	sqlite3_finalize(st);
	return rc;
}

/* One pass over a sealed column. */
struct pass {
	const struct sealed_column *c;
	int reseal;           /* 1: re-seal under the sealing key; 0: fill missing indexes */
	int batch;            /* rows per call; 0: all */
	long long after;      /* the last rowid done */
	long long changed, seen;
	int refresh;          /* reload the keys first (not in the final pass) */
};

/* Works on the next batch of the pass (a db_write callback). */
static int write_pass(void *ctx)
{
	struct pass *ps = ctx;
	struct buf sql = {0};
	sqlite3_stmt *st;
	int rc;
	if (ps->refresh && secret_key_ensure_loaded() != 0)
		return SQLITE_ERROR;
	buf_printf(&sql, "SELECT rowid, \"%s\" FROM \"%s\" WHERE rowid > ?1 AND \"%s\" IS NOT NULL",
	           ps->c->column, ps->c->table, ps->c->column);
	if (!ps->reseal)
		buf_printf(&sql, " AND \"%s_email_index\" IS NULL AND \"%s_phone_index\" IS NULL",
		           ps->c->column, ps->c->column);
	buf_puts(&sql, " ORDER BY rowid");
	if (ps->batch > 0)
		buf_printf(&sql, " LIMIT %d", ps->batch);
	rc = sqlite3_prepare_v2(db_get(), sql.data, -1, &st, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, ps->after);
	long long last = ps->after, changed = 0, seen = 0;
	while (db_step_row(st, &rc)) {
		struct buf plain = {0}, sealed = {0};
		long long rowid = sqlite3_column_int64(st, 0);
		int by_sealing_key = 0, step = SQLITE_ROW;
		last = rowid;
		seen++;
		if (secret_open_for_rotation(sqlite3_column_blob(st, 1), (size_t)sqlite3_column_bytes(st, 1),
		                             ps->c->table, ps->c->column, rowid, &plain, &by_sealing_key) != 0)
			step = SQLITE_ERROR;          /* a value no key opens: stop, keep both keys */
		else if (ps->reseal && !by_sealing_key &&
		         secret_seal(plain.data, plain.len, ps->c->table, ps->c->column, rowid, &sealed) != 0)
			step = SQLITE_ERROR;
		else if (!ps->reseal || !by_sealing_key) {
			step = store_row(ps->c, rowid, ps->reseal ? &sealed : NULL, plain.data ? plain.data : "");
			changed++;
		}
		if (plain.data)
			sodium_memzero(plain.data, plain.len);
		buf_free(&plain);
		buf_free(&sealed);
		if (step != SQLITE_ROW && step != SQLITE_OK) {
			sqlite3_finalize(st);
			return step;
		}
	}
	sqlite3_finalize(st);
	if (db_rows_failed(rc))
		return rc;
	ps->after = last;
	ps->changed += changed;
	ps->seen = seen;
	return SQLITE_OK;
}

/* Runs a pass to the end, a batch per transaction. */
static int run_pass(struct pass *ps, FILE *progress, const char *verb)
{
	do {
		int rc = db_write(write_pass, ps);
		if (rc != SQLITE_OK)
			return rc;
		if (progress && ps->seen)
			fprintf(progress, "%s: %s.%s: %lld row(s) so far\n", verb, ps->c->table, ps->c->column,
			        ps->changed);
	} while (ps->batch > 0 && ps->seen == ps->batch);
	return SQLITE_OK;
}

/* See engine.h. */
int privacy_fill_contact_indexes(int in_transaction, long long *filled)
{
	const struct datamap *m = datamap_get();
	struct sealed_column cols[SEALED_MAX];
	*filled = 0;
	if (m == NULL || secret_key_ensure_loaded() != 0)
		return SQLITE_ERROR;
	size_t n = sealed_columns(m, cols, SEALED_MAX);
	for (size_t i = 0; i < n; i++) {
		struct pass ps = { &cols[i], 0, in_transaction ? 0 : 500, 0, 0, 0, 1 };
		int rc = in_transaction ? write_pass(&ps) : run_pass(&ps, NULL, "index");
		if (rc != SQLITE_OK)
			return rc;
		*filled += ps.changed;
	}
	return SQLITE_OK;
}

/* The last transaction of a rotation. */
struct final_pass {
	struct sealed_column *cols;
	size_t n;
	const char *key_path;
	char next_path[4200], old_path[4200];
	int renamed;
	long long changed;
};

/* Re-seals what is left and swaps the key files, under the write lock
 * (a db_write callback). */
static int write_final(void *ctx)
{
	struct final_pass *f = ctx;
	if (f->renamed) {   /* a retry after the swap: put the files back first */
		if (rename(f->key_path, f->next_path) != 0 || rename(f->old_path, f->key_path) != 0)
			return SQLITE_IOERR;
		f->renamed = 0;
	}
	for (size_t i = 0; i < f->n; i++) {
		struct pass ps = { &f->cols[i], 1, 0, 0, 0, 0, 0 };
		int rc = write_pass(&ps);
		if (rc != SQLITE_OK)
			return rc;
		f->changed += ps.changed;
	}
	if (rename(f->key_path, f->old_path) != 0)
		return SQLITE_IOERR;
	if (rename(f->next_path, f->key_path) != 0) {
		rename(f->old_path, f->key_path);
		return SQLITE_IOERR;
	}
	f->renamed = 1;
	char detail[64];
	snprintf(detail, sizeof detail, "key rotated; %lld value(s) re-sealed at the end", f->changed);
	return audit_record_as(NULL, 0, "frontline-admin", "privacy.key_rotated", "", 0, detail);
}

/* Overwrites the file at path with zeros, then removes it. */
static void wipe_file(const char *path)
{
	unsigned char zeros[SECRET_KEY_BYTES] = {0};
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd >= 0) {
		if (write(fd, zeros, sizeof zeros) == (ssize_t)sizeof zeros)
			fsync(fd);
		close(fd);
	}
	unlink(path);
}

/* Creates the next key at path unless one is there (a rotation carried
 * on), whole or not at all: written beside it, then renamed, so no worker
 * reads half a key. Returns 0 or -1. */
static int create_next_key(const char *path)
{
	char partial[4300];
	if (access(path, F_OK) == 0)
		return 0;
	snprintf(partial, sizeof partial, "%s.partial", path);
	unlink(partial);
	if (secret_key_create(partial) != 1)
		return -1;
	if (rename(partial, path) != 0) {
		unlink(partial);
		return -1;
	}
	return 0;
}

/* See engine.h. */
int privacy_rotate_key(const char *key_path, int batch, FILE *progress, long long *resealed)
{
	const struct datamap *m = datamap_get();
	struct sealed_column cols[SEALED_MAX];
	struct final_pass f = { cols, 0, key_path, "", "", 0, 0 };
	*resealed = 0;
	if (m == NULL)
		return -1;
	f.n = sealed_columns(m, cols, SEALED_MAX);
	snprintf(f.next_path, sizeof f.next_path, "%s.next", key_path);
	snprintf(f.old_path, sizeof f.old_path, "%s.old", key_path);
	if (create_next_key(f.next_path) != 0 || secret_key_load(key_path) != 0 || !secret_key_rotating()) {
		fprintf(stderr, "frontline-admin: cannot create or load the next key %s\n", f.next_path);
		return -1;
	}
	for (size_t i = 0; i < f.n; i++) {
		struct pass ps = { &cols[i], 1, batch > 0 ? batch : 200, 0, 0, 0, 1 };
		if (run_pass(&ps, progress, "rotate-key") != SQLITE_OK) {
			fprintf(stderr, "frontline-admin: re-sealing %s.%s failed; both keys are kept, run it again\n",
			        cols[i].table, cols[i].column);
			return -1;
		}
		*resealed += ps.changed;
	}
	int rc = db_write(write_final, &f);
	if (rc != SQLITE_OK) {
		if (f.renamed && rename(f.key_path, f.next_path) == 0)
			rename(f.old_path, f.key_path);
		fprintf(stderr, "frontline-admin: the last step of the rotation failed (%s); both keys are "
		        "kept, run it again\n", sqlite3_errstr(rc));
		return -1;
	}
	*resealed += f.changed;
	wipe_file(f.old_path);
	secret_key_forget();
	return secret_key_load(key_path) == 0 ? 0 : -1;
}
