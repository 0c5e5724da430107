/*
 * erasure.c: erasing a person per the declarations' `erasure:` keys,
 * and the replay log that survives restoring a backup (see engine.h).
 *
 * The log is a text file beside the key file (mode 0600), one line per
 * thing to erase again, tab-separated:
 *     AT  REQUEST  user  USER_ID
 *     AT  REQUEST  row   TABLE  ROWID  COLUMN  FINGERPRINT
 * A member of staff is erased again by account (accounts are never
 * deleted, so an id is never reused). A customer's rows are named one by
 * one with an unkeyed BLAKE2b fingerprint of their sealed contact value,
 * so a row id reused by someone else later is never touched, and the log
 * holds nothing that identifies anyone. Lines are appended and fsynced
 * before the erasure commits: a crash in between leaves a line whose
 * replay erases what the person asked to be erased anyway.
 */
#include "engine.h"
#include "core/audit.h"
#include "core/crypto.h"
#include "core/db.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* See engine.h. */
char *privacy_erasure_log_path(char *out, size_t size)
{
	char key[4096];
	if (secret_key_path(getenv("FRONTLINE_DB"), key, sizeof key) == NULL)
		return NULL;
	size_t n = strlen(key);
	if (n > 4 && strcmp(key + n - 4, ".key") == 0)
		key[n - 4] = '\0';
	int w = snprintf(out, size, "%s.erasures", key);
	return w > 0 && (size_t)w < size ? out : NULL;
}

/* Appends text to the log and fsyncs it; returns 0 or -1 (logged). */
static int log_append(const char *text, size_t len)
{
	char path[4200], id[9];
	if (len == 0)
		return 0;
	if (privacy_erasure_log_path(path, sizeof path) == NULL)
		return -1;
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		log_error(id, "cannot open the erasure log %s: %s", path, strerror(errno));
		return -1;
	}
	const char *p = text;
	int rc = 0;
	while (len > 0 && rc == 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			rc = -1;
		else {
			p += n;
			len -= (size_t)n;
		}
	}
	if (rc == 0 && fsync(fd) != 0)
		rc = -1;
	if (close(fd) != 0)
		rc = -1;
	if (rc != 0)
		log_error(id, "cannot write the erasure log %s: %s", path, strerror(errno));
	return rc;
}

/* The unkeyed fingerprint of a sealed value, as 32 hex digits. */
static void fingerprint(const void *blob, size_t len, char out[33])
{
	unsigned char digest[16];
	crypto_generichash(digest, sizeof digest, blob, len, NULL, 0);
	hex_encode(out, digest, sizeof digest);
}

/* Returns 1 when e's own `erasure:` applies to the person's kind. */
static int erases_for(const struct datamap_entry *e, const struct privacy_person *p)
{
	if (!(e->given & DATAMAP_KEY_ERASURE))
		return 0;
	return p->staff ? e->person == DATAMAP_PERSON_USER : e->person == DATAMAP_PERSON_CONTACT;
}

/* The rows an erasure works on: the person's, or one row by its rowid. */
struct target {
	const struct privacy_person *p;  /* NULL: the row below */
	long long rowid;
};

/* Appends the condition of t to sql. */
static void target_condition(const struct datamap_entry *e, const struct target *t, struct buf *sql)
{
	if (t->p)
		privacy_person_condition(e, t->p, sql);
	else
		buf_puts(sql, "rowid = ?1");
}

/* Binds the values of t. */
static void target_bind(sqlite3_stmt *st, const struct target *t)
{
	if (t->p)
		privacy_bind_person(st, t->p);
	else
		sqlite3_bind_int64(st, 1, t->rowid);
}

/* Runs sql bound for t; adds the rows it changed (or, for a SELECT
 * count, counted) to *rows. Returns SQLITE_OK or the error. */
static int run_for(const char *sql, const struct target *t, long long *rows)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db_get(), sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		char id[9];
		log_error(id, "erasure: %s (in: %.120s)", sqlite3_errmsg(db_get()), sql);
		return rc;
	}
	target_bind(st, t);
	if (strncmp(sql, "SELECT", 6) == 0) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			*rows += sqlite3_column_int64(st, 0);
		rc = rc == SQLITE_ROW ? SQLITE_OK : rc;
	} else {
		rc = db_exec_stmt(st);
		if (rc == SQLITE_OK)
			*rows += sqlite3_changes(db_get());
	}
	sqlite3_finalize(st);
	return rc;
}

/* Returns 1 when column is one of e's person columns. */
static int is_person_column(const struct datamap_entry *e, const char *column)
{
	for (size_t i = 0; i < e->person_columns.count; i++)
		if (strcmp(e->person_columns.name[i], column) == 0)
			return 1;
	return 0;
}

/* Clears e's erasure columns for a member of staff: a person column only
 * where it holds them (a KPI they created but someone else owns keeps
 * its owner), any other column on every row tied to them. */
static int clear_for_staff(const struct datamap_entry *e, const struct target *t, long long *rows)
{
	int rc = SQLITE_OK;
	for (size_t i = 0; i < e->erasure_columns.count && rc == SQLITE_OK; i++) {
		struct datamap_columns one = { 1, { "" } };
		struct buf sql = {0};
		long long changed = 0;
		snprintf(one.name[0], sizeof one.name[0], "%s", e->erasure_columns.name[i]);
		buf_printf(&sql, "UPDATE \"%s\" SET ", e->table);
		if (privacy_clear_assignments(e, &one, &sql) != 0)
			rc = SQLITE_ERROR;
		else if (is_person_column(e, one.name[0]))
			buf_printf(&sql, " WHERE \"%s\" = ?1", one.name[0]);
		else {
			buf_puts(&sql, " WHERE ");
			target_condition(e, t, &sql);
		}
		if (rc == SQLITE_OK)
			rc = run_for(sql.data, t, &changed);
		if (changed > *rows)
			*rows = changed;
		buf_free(&sql);
	}
	return rc;
}

/* Applies e's erasure to the rows of t; sets *rows. Returns SQLITE_OK or
 * the error. */
static int apply_entry(const struct datamap_entry *e, const struct target *t, long long *rows)
{
	struct buf sql = {0};
	int rc;
	*rows = 0;
	if (e->erasure == DATAMAP_ACTION_CLEAR && t->p && t->p->staff)
		return clear_for_staff(e, t, rows);
	switch (e->erasure) {
	case DATAMAP_ACTION_DELETE:
		buf_printf(&sql, "DELETE FROM \"%s\" WHERE ", e->table);
		break;
	case DATAMAP_ACTION_CLEAR:
		buf_printf(&sql, "UPDATE \"%s\" SET ", e->table);
		if (privacy_clear_assignments(e, &e->erasure_columns, &sql) != 0) {
			buf_free(&sql);
			return SQLITE_ERROR;
		}
		buf_puts(&sql, " WHERE ");
		break;
	default:
		buf_printf(&sql, "SELECT count(*) FROM \"%s\" WHERE ", e->table);
		break;
	}
	target_condition(e, t, &sql);
	rc = sql.data ? run_for(sql.data, t, rows) : SQLITE_NOMEM;
	buf_free(&sql);
	return rc;
}

/* Appends to log the lines naming the customer's rows that e erases:
 * one per row, with its fingerprint. Returns SQLITE_OK or the error. */
static int log_rows(const struct datamap_entry *e, const struct privacy_person *p, const char *prefix,
                    struct buf *log)
{
	struct buf sql = {0};
	sqlite3_stmt *st;
	const char *col = e->person_columns.name[0];
	int rc;
	buf_printf(&sql, "SELECT rowid, \"%s\" FROM \"%s\" WHERE ", col, e->table);
	privacy_person_condition(e, p, &sql);
	rc = sqlite3_prepare_v2(db_get(), sql.data, -1, &st, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK)
		return rc;
	privacy_bind_person(st, p);
	while (db_step_row(st, &rc)) {
		char fp[33];
		if (sqlite3_column_type(st, 1) != SQLITE_BLOB)
			continue;
		fingerprint(sqlite3_column_blob(st, 1), (size_t)sqlite3_column_bytes(st, 1), fp);
		buf_printf(log, "%srow\t%s\t%lld\t%s\t%s\n", prefix, e->table, sqlite3_column_int64(st, 0), col, fp);
	}
	sqlite3_finalize(st);
	return db_rows_failed(rc) ? rc : SQLITE_OK;
}

/* See engine.h. */
int privacy_erase_person(const struct request *rq, const struct privacy_person *p,
                         long long request_id, struct privacy_erasure_line *lines, size_t max,
                         size_t *count)
{
	const struct datamap *m = datamap_get();
	struct buf log = {0};
	char now[21], prefix[64];
	int rc = SQLITE_OK;
	long long total = 0;
	*count = 0;
	if (m == NULL)
		return SQLITE_ERROR;
	snprintf(prefix, sizeof prefix, "%s\t%lld\t", iso_utc(now_utc(), now), request_id);
	if (p->staff)
		buf_printf(&log, "%suser\t%lld\n", prefix, p->user_id);
	for (size_t i = 0; i < m->count && rc == SQLITE_OK; i++) {
		const struct datamap_entry *e = &m->entries[i];
		if (!p->staff && erases_for(e, p) && e->erasure != DATAMAP_ACTION_KEEP)
			rc = log_rows(e, p, prefix, &log);
	}
	if (rc == SQLITE_OK && log_append(log.data, log.len) != 0)
		rc = SQLITE_IOERR;
	buf_free(&log);
	struct target t = { p, 0 };
	for (size_t i = 0; i < m->count && rc == SQLITE_OK; i++) {
		const struct datamap_entry *e = &m->entries[i];
		long long rows = 0;
		if (!erases_for(e, p))
			continue;
		rc = apply_entry(e, &t, &rows);
		if (rc == SQLITE_OK && rows > 0 && *count < max) {
			struct privacy_erasure_line *l = &lines[(*count)++];
			snprintf(l->table, sizeof l->table, "%s", e->table);
			l->action = e->erasure;
			l->rows = rows;
			l->reason = e->erasure == DATAMAP_ACTION_KEEP ? e->erasure_reason : NULL;
		}
		if (e->erasure != DATAMAP_ACTION_KEEP)
			total += rows;
	}
	if (rc == SQLITE_OK) {
		char detail[96];
		snprintf(detail, sizeof detail, "%lld row(s) erased for request %lld", total, request_id);
		rc = audit_record(rq, "privacy.erased", "privacy_request", request_id, detail);
	}
	return rc;
}

/* Re-applies one "row" line: the row is erased again only while its
 * sealed value is the one logged. Sets *changed. */
static int replay_row(const struct datamap *m, char *fields[], long long *changed)
{
	const char *table = fields[3], *column = fields[5], *logged = fields[6];
	long long rowid = atoll(fields[4]);
	*changed = 0;
	for (size_t i = 0; i < m->count; i++) {
		const struct datamap_entry *e = &m->entries[i];
		struct privacy_person customer = {0};
		if (strcmp(e->table, table) != 0 || !erases_for(e, &customer) ||
		    e->erasure == DATAMAP_ACTION_KEEP || strcmp(e->person_columns.name[0], column) != 0)
			continue;
		struct buf sql = {0};
		sqlite3_stmt *st;
		char fp[33] = "";
		buf_printf(&sql, "SELECT \"%s\" FROM \"%s\" WHERE rowid = ?1", column, table);
		int rc = sqlite3_prepare_v2(db_get(), sql.data, -1, &st, NULL);
		buf_free(&sql);
		if (rc != SQLITE_OK)
			return rc;
		sqlite3_bind_int64(st, 1, rowid);
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) == SQLITE_BLOB)
			fingerprint(sqlite3_column_blob(st, 0), (size_t)sqlite3_column_bytes(st, 0), fp);
		sqlite3_finalize(st);
		if (strcmp(fp, logged) != 0)
			continue;
		struct target t = { NULL, rowid };
		long long rows = 0;
		rc = apply_entry(e, &t, &rows);
		if (rc != SQLITE_OK)
			return rc;
		*changed += rows;
	}
	return SQLITE_OK;
}

/* Re-applies a member of staff's erasure. Sets *changed. */
static int replay_user(const struct datamap *m, long long user_id, long long *changed)
{
	struct privacy_person p = { 1, user_id, { "", "" }, { "", "" } };
	struct target t = { &p, 0 };
	*changed = 0;
	for (size_t i = 0; i < m->count; i++) {
		const struct datamap_entry *e = &m->entries[i];
		long long rows = 0;
		if (!erases_for(e, &p) || e->erasure == DATAMAP_ACTION_KEEP)
			continue;
		int rc = apply_entry(e, &t, &rows);
		if (rc != SQLITE_OK)
			return rc;
		*changed += rows;
	}
	return SQLITE_OK;
}

/* What a replay did. */
struct replay {
	char *text;
	long long applied;
};

/* Re-applies every line of the log (a db_write callback). */
static int write_replay(void *ctx)
{
	struct replay *r = ctx;
	const struct datamap *m = datamap_get();
	char *save = NULL, *copy = strdup(r->text);
	int rc = m && copy ? SQLITE_OK : SQLITE_NOMEM;
	r->applied = 0;
	for (char *line = copy ? strtok_r(copy, "\n", &save) : NULL; line && rc == SQLITE_OK;
	     line = strtok_r(NULL, "\n", &save)) {
		char *fields[8] = {0}, *fs = NULL;
		int n = 0;
		for (char *f = strtok_r(line, "\t", &fs); f && n < 8; f = strtok_r(NULL, "\t", &fs))
			fields[n++] = f;
		long long changed = 0;
		if (n == 4 && strcmp(fields[2], "user") == 0)
			rc = replay_user(m, atoll(fields[3]), &changed);
		else if (n == 7 && strcmp(fields[2], "row") == 0)
			rc = replay_row(m, fields, &changed);
		if (changed > 0)
			r->applied++;
	}
	free(copy);
	if (rc == SQLITE_OK) {
		char detail[64];
		snprintf(detail, sizeof detail, "%lld erasure(s) re-applied", r->applied);
		rc = audit_record_as(NULL, 0, "frontline-admin", "privacy.erasures_replayed", "", 0, detail);
	}
	return rc;
}

/* Reads the whole log into a malloc'd string (NULL and *missing when
 * there is none). */
static char *read_log(int *missing)
{
	char path[4200];
	*missing = 0;
	if (privacy_erasure_log_path(path, sizeof path) == NULL)
		return NULL;
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		*missing = errno == ENOENT;
		return NULL;
	}
	struct buf b = {0};
	char chunk[8192];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, got);
	fclose(f);
	if (b.data == NULL)
		buf_puts(&b, "");
	return b.data;
}

/* See engine.h. */
int privacy_erasure_replay(long long *applied)
{
	int missing;
	struct replay r = { read_log(&missing), 0 };
	*applied = 0;
	if (r.text == NULL)
		return missing ? SQLITE_OK : SQLITE_IOERR;
	int rc = db_write(write_replay, &r);
	*applied = r.applied;
	free(r.text);
	return rc;
}
