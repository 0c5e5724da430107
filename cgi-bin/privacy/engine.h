/*
 * engine.h: what the privacy area does with the declarations of
 * core/datamap.h, for any table that declares them: the retention purge
 * (purge.c), finding one person's rows and their subject-access bundle
 * (subject.c), erasure with its replay log (erasure.c), and re-sealing
 * contact details under a new key (rotate.c). No table is named in this
 * code: a table added with its `-- @data` lines is covered once built.
 *
 * Table and column names come only from the parsed declarations, which
 * accept nothing but [a-z0-9_] names, so the SQL built from them is safe;
 * every value is bound.
 */
#ifndef FRONTLINE_PRIVACY_ENGINE_H
#define FRONTLINE_PRIVACY_ENGINE_H

#include "core/datamap.h"
#include "core/http.h"
#include "core/util.h"

#include <stdio.h>

/* One person, as subject access and erasure look for them: a member of
 * staff by account, or a customer by the keyed hashes of an email
 * address or phone number (up to two of each: during a key rotation a
 * value has one under each key). */
struct privacy_person {
	int staff;                   /* 1: user_id; 0: the contact indexes */
	long long user_id;
	char email_index[2][33];
	char phone_index[2][33];
};

/* Fills a customer from what the admin typed (either may be empty);
 * returns 0, or -1 when no key is loaded or both are empty. */
int privacy_person_from_contact(struct privacy_person *p, const char *email, const char *phone);

/* ---- purge (purge.c) ---- */

/* The purge of one declaration: what it did (or would do). */
struct privacy_purge_line {
	char table[DATAMAP_NAME], column[DATAMAP_NAME];
	enum datamap_action action;
	char cutoff[11];
	long long rows;
};

/* Options of a purge run. */
struct privacy_purge_options {
	const char *as_of;      /* YYYY-MM-DD: the day it runs as (the clock override) */
	int dry_run;            /* count only */
	int batch;              /* rows per transaction */
	FILE *progress;         /* one line per batch of a long run, or NULL */
};

/* Runs the retention purge over every declaration with an age retention:
 * rows whose `after` column is before the cut-off are deleted or have
 * their columns cleared (a cleared sealed contact column takes its index
 * columns with it), a batch per transaction, with one audit row at the
 * end. Fills lines (at most max) and *count. Returns SQLITE_OK or the
 * error. */
int privacy_purge(const struct privacy_purge_options *o, struct privacy_purge_line *lines,
                  size_t max, size_t *count);

/* Sets *rows to how many rows of table (and column, "" for whole rows)
 * are past their declared retention today and still held, because the
 * purge has not run since they expired: a dry run of privacy_purge(),
 * writing nothing, for the compliance checklists. Returns 0, or -1 on a
 * database error. */
int privacy_rows_past_retention(const char *table, const char *column, long long *rows);

/* ---- subject access (subject.c) ---- */

/* One table's rows about the person. */
struct privacy_rows {
	const struct datamap_entry *entry;    /* the table's declaration */
	size_t ncols;
	const char **cols;
	size_t nrows;
	const char **cells;                   /* nrows * ncols; NULL for SQL NULL */
	struct privacy_rows *next;
};

/* Everything held about one person. */
struct privacy_bundle {
	struct privacy_rows *tables;          /* tables with rows, in map order */
	size_t table_count;
	long long row_count;
	struct privacy_rows *access;          /* audit rows about their records */
};

/* Reads every declared table for the person's rows (sealed contact values
 * opened), and the audit rows naming those rows, into b (arena). Returns
 * 0 or -1. */
int privacy_bundle_collect(struct arena *a, const struct privacy_person *p, struct privacy_bundle *b);

/* Writes the bundle as JSON into out; returns 0 or -1. */
int privacy_bundle_json(const struct privacy_bundle *b, const char *title, const char *generated_at,
                        struct buf *out);

/* ---- erasure (erasure.c) ---- */

/* What an erasure did to one declaration's rows. */
struct privacy_erasure_line {
	char table[DATAMAP_NAME];
	enum datamap_action action;
	long long rows;
	const char *reason;                   /* KEEP: why (points into the map) */
};

/* Erases the person per the declarations' `erasure:` keys inside the
 * caller's db_write (tables that keep say why), after appending what to
 * re-apply to the replay log (fsynced first). Fills lines and *count.
 * Returns SQLITE_OK or the error. */
int privacy_erase_person(const struct request *rq, const struct privacy_person *p,
                         long long request_id, struct privacy_erasure_line *lines, size_t max,
                         size_t *count);

/* The replay log's path for the database in FRONTLINE_DB (beside the key
 * file: its path with ".key" replaced by ".erasures"); returns out or
 * NULL. */
char *privacy_erasure_log_path(char *out, size_t size);

/* Re-applies every erasure in the replay log to the open database (after
 * a backup was restored); sets *applied to the number of log entries
 * that changed something. Returns SQLITE_OK or the error. */
int privacy_erasure_replay(long long *applied);

/* ---- key rotation (rotate.c) ---- */

/* Fills the index columns of every sealed contact column whose rows have
 * none (rows from before the indexes, or written without them), a batch
 * per transaction, or all inside the caller's when in_transaction; sets
 * *filled. Returns SQLITE_OK or the error. */
int privacy_fill_contact_indexes(int in_transaction, long long *filled);

/* Re-seals every sealed contact column under a new key, a batch per
 * transaction while the programs keep serving, recomputes the indexes,
 * then makes the new key the key file's (see crypto.h for how workers
 * follow). key_path is the key file. Progress to progress when not NULL;
 * *resealed gets the count. Returns 0 or -1 (the reason printed). */
int privacy_rotate_key(const char *key_path, int batch, FILE *progress, long long *resealed);

/* ---- helpers over the declarations (engine.c) ---- */

/* "rowid", or the primary key columns as "(a, b)" for a WITHOUT ROWID
 * table, into out; returns 0 or -1. */
int privacy_row_key(const char *table, char *out, size_t size);

/* Appends to sql "c1 = v1, c2 = v2" clearing the columns (and, for a
 * cleared sealed contact column of e, its index columns); returns 0 or -1
 * when a column cannot be cleared. */
int privacy_clear_assignments(const struct datamap_entry *e, const struct datamap_columns *cols,
                              struct buf *sql);

/* Appends to sql the condition "rows of e belong to the person" with
 * parameters ?1..?4 (see privacy_bind_person); returns 0, or -1 when e
 * is not tied to that kind of person. */
int privacy_person_condition(const struct datamap_entry *e, const struct privacy_person *p,
                             struct buf *sql);

/* As privacy_person_condition, or-ed with e's via ties: rows whose
 * parent row (through the tie's column) belongs to the person, parents of
 * parents followed up to DATAMAP_VIA_DEPTH. For what is held about a
 * person (the bundle); erasure acts on direct ties only, child rows
 * following their parent (the schema check makes a deleted parent's
 * children ON DELETE CASCADE). Returns 0, or -1 when no part applies. */
int privacy_person_condition_via(const struct datamap_entry *e, const struct privacy_person *p,
                                 struct buf *sql);

/* Binds the person's values to ?1..?4 of st. */
void privacy_bind_person(sqlite3_stmt *st, const struct privacy_person *p);

/* The entry that ties table's rows to a person: the table's own when it
 * gives person, else the first of its columns that does; NULL if none. */
const struct datamap_entry *privacy_person_entry(const struct datamap *m, const char *table);

/* The audit target_type of a table's rows: its `audit:` key, else the
 * table's name without a final 's'; written into out. */
const char *privacy_audit_type(const struct datamap_entry *e, char *out, size_t size);

/* Words for an action ("deleted", "cleared", "kept"). */
const char *privacy_action_words(enum datamap_action a);

#endif
