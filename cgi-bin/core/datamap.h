/*
 * datamap.h: the record of processing, read from the `-- @data` lines of
 * the migrations built into the program (schema/README.md gives the
 * format). One entry per table, and one per TABLE.COLUMN whose handling
 * differs from its row's; a column entry inherits every key it does not
 * give from its table's. The data map page, the retention purge, subject
 * access, erasure and key rotation all read these entries, so what the
 * code does with personal data cannot drift from what the schema says.
 */
#ifndef FRONTLINE_DATAMAP_H
#define FRONTLINE_DATAMAP_H

#include <sqlite3.h>
#include <stddef.h>
#include "util.h"

#define DATAMAP_NAME 64
#define DATAMAP_TEXT 320
#define DATAMAP_MAX_COLUMNS 8    /* columns in one person, clear or expiry list */
#define DATAMAP_MAX_VIA 4        /* parent ties in one person key */
#define DATAMAP_VIA_DEPTH 4      /* parents a chain of via ties may pass through */

/* What the purge (expiry) or an erasure request does to a row. */
enum datamap_action {
	DATAMAP_ACTION_NONE,     /* not given */
	DATAMAP_ACTION_DELETE,   /* the row goes */
	DATAMAP_ACTION_CLEAR,    /* the listed columns are cleared */
	DATAMAP_ACTION_KEEP,     /* kept, for the reason given (erasure only) */
};

/* How rows are tied to one person. */
enum datamap_person {
	DATAMAP_PERSON_NONE,     /* not tied to a person (or not given) */
	DATAMAP_PERSON_USER,     /* columns holding a users.id */
	DATAMAP_PERSON_CONTACT,  /* a sealed contact column with keyed hash indexes */
	DATAMAP_PERSON_VIA,      /* only through a parent's rows (the via ties) */
};

/* A tie through a parent row: the child's column holds the key of a row
 * of the parent table (its parent_column, "id" unless written
 * PARENT.COLUMN), and the parent's own tie says whose that row is. Written
 * "via COLUMN -> PARENT" in a person key. */
struct datamap_via {
	char column[DATAMAP_NAME];
	char parent[DATAMAP_NAME];
	char parent_column[DATAMAP_NAME];
};

/* The unit of a retention period. */
enum datamap_unit { DATAMAP_DAYS = 'd', DATAMAP_MONTHS = 'm', DATAMAP_YEARS = 'y' };

/* A list of column names, as written after "clear" or "person:". */
struct datamap_columns {
	size_t count;
	char name[DATAMAP_MAX_COLUMNS][DATAMAP_NAME];
};

/* Bits of struct datamap_entry.given: which keys a declaration gave. */
enum datamap_key {
	DATAMAP_KEY_SUBJECT = 1 << 0, DATAMAP_KEY_CATEGORY = 1 << 1, DATAMAP_KEY_PURPOSE = 1 << 2,
	DATAMAP_KEY_BASIS = 1 << 3, DATAMAP_KEY_RETENTION = 1 << 4, DATAMAP_KEY_EXPIRY = 1 << 5,
	DATAMAP_KEY_PERSON = 1 << 6, DATAMAP_KEY_ERASURE = 1 << 7, DATAMAP_KEY_AUDIT = 1 << 8,
};

/* One declared table or column. */
struct datamap_entry {
	char table[DATAMAP_NAME];
	char column[DATAMAP_NAME];      /* "" for the table itself */
	char source[DATAMAP_NAME];      /* the migration that declared it last */
	unsigned given;                 /* enum datamap_key bits given directly */
	char subject[16];               /* staff, customer, learner or none */
	char category[DATAMAP_TEXT], purpose[DATAMAP_TEXT], basis[32];
	/* retention: "N units after COLUMN" (period > 0) or "while WORDS" */
	char retention[DATAMAP_TEXT];   /* as written */
	int period;                     /* N; 0 for "while" */
	enum datamap_unit unit;
	char after[DATAMAP_NAME];       /* the COLUMN the period runs from */
	enum datamap_action expiry;
	struct datamap_columns expiry_columns;
	enum datamap_person person;
	struct datamap_columns person_columns;   /* USER: the id columns; CONTACT: one column */
	size_t via_count;                        /* ties through parent rows (any person kind) */
	struct datamap_via via[DATAMAP_MAX_VIA];
	enum datamap_action erasure;
	struct datamap_columns erasure_columns;
	char erasure_reason[DATAMAP_TEXT];       /* KEEP: why */
	char audit[DATAMAP_NAME];       /* audit target_type naming this table's rows */
};

/* Every declaration, in the order first seen. */
struct datamap {
	struct datamap_entry *entries;
	size_t count, cap;
};

/* Parses the `-- @data` lines of one migration's text (source names it in
 * messages) into m, adding keys to entries already there (the last value
 * of a key wins). Returns 0, or -1 with a message naming the file, line
 * and what is wrong in err (a malformed line, an unknown key, a value of
 * the wrong form). */
int datamap_parse_text(struct datamap *m, const char *source, const char *text, size_t len,
                       char *err, size_t err_size);

/* Fills in what column entries inherit from their table and checks each
 * entry is complete: a table of personal data gives category, purpose,
 * basis and retention, an age retention gives an expiry, `subject: none`
 * gives nothing else, and a via tie names a declared parent that is tied
 * to a person within DATAMAP_VIA_DEPTH steps. Returns 0, or -1 with the
 * first problem in err. */
int datamap_finish(struct datamap *m, char *err, size_t err_size);

/* Parses and finishes every migration built into the program (see
 * core/db.h). Returns 0 or -1 with the reason in err. */
int datamap_load_embedded(struct datamap *m, char *err, size_t err_size);

/* The map of this program's migrations, parsed once per process; NULL
 * when a declaration is malformed (logged). */
const struct datamap *datamap_get(void);

/* Frees the entries. */
void datamap_free(struct datamap *m);

/* The entry that ties table's rows to a person: the table's own when it
 * gives person, else the first of its columns that does; NULL if none. */
const struct datamap_entry *datamap_person_entry(const struct datamap *m, const char *table);

/* The entry of table (column NULL or "") or of TABLE.COLUMN; NULL when
 * not declared. */
const struct datamap_entry *datamap_find(const struct datamap *m, const char *table,
                                         const char *column);

/* Checks the map against a migrated database: every table in it is
 * declared and every declared table, column and column named in a key
 * exists (PRAGMA table_info); a cleared column may be NULL or has a
 * default; a contact column has its _email_index and _phone_index
 * columns; a via column is a foreign key to its parent, ON DELETE
 * CASCADE when the parent's erasure or expiry deletes its rows (so a
 * person's child rows go with theirs). Appends one line per problem to problems. Returns the number
 * of problems, or -1 when the database cannot be read. */
int datamap_check_schema(const struct datamap *m, sqlite3 *db, struct buf *problems);

/* Checks that every CREATE TABLE of the built-in migrations names a
 * declared table, or one its migration renames or drops. Appends one line
 * per problem; returns their number. */
int datamap_check_created_tables(const struct datamap *m, struct buf *problems);

/* The value a cleared column gets: "NULL" when it may be NULL, else its
 * default's SQL text (as PRAGMA table_info gives it), written into out
 * (size bytes). Returns 0, or -1 when the column is NOT NULL without a
 * default, or does not exist. */
int datamap_cleared_value(sqlite3 *db, const char *table, const char *column, char *out,
                          size_t size);

/* Writes the retention period of e as words ("12 months after
 * submitted_at") -- the text as declared; returns it. */
const char *datamap_retention_text(const struct datamap_entry *e);

/* Writes the date before which e's rows have passed their retention on
 * as_of (YYYY-MM-DD): as_of minus the period, months cut to the month's
 * length. A row is past retention when the date of its `after` column is
 * earlier than this. Returns out, or NULL for a "while" retention or a
 * bad date. */
char *datamap_retention_cutoff(const struct datamap_entry *e, const char *as_of, char out[11]);

#endif
