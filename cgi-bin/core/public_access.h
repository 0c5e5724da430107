/*
 * public_access.h: the public program's SQLite authorizer, as the union
 * of the allow-lists of the public areas it serves (the feedback form,
 * the complaint form). Each area says which tables (and, where it
 * matters, which columns) it may read, insert, update and delete; this
 * authorizer allows an operation when any list allows it and denies
 * everything else: PRAGMAs, ATTACH, schema changes, any table no list
 * names. Allowed everywhere: SELECT itself, transactions, savepoints and
 * functions.
 */
#ifndef FRONTLINE_PUBLIC_ACCESS_H
#define FRONTLINE_PUBLIC_ACCESS_H

/* A table that may be read, with the columns that may be (NULL: all of
 * them; "" in the list is the table itself, as SQLite reports it for
 * count(*) and max(id)). */
struct public_read_rule {
	const char *table;
	const char *const *columns;
};

/* One public area's allow-list; each array ends with a NULL entry. */
struct public_allow {
	const struct public_read_rule *read;
	const char *const *insert;
	const char *const *update;
	const char *const *remove;
};

/* Sets the allow-lists the authorizer takes the union of (NULL-terminated
 * array, kept by pointer). */
void public_access_set(const struct public_allow *const *lists);

/* The authorizer (sqlite3_set_authorizer) over the lists given to
 * public_access_set(); ctx is not used. */
int public_access_authorizer(void *ctx, int action, const char *a, const char *b,
                             const char *dbname, const char *trigger);

/* Returns 1 when name is one of the NULL-terminated list. */
int public_access_listed(const char *name, const char *const *list);

struct request;
struct response;

/* A test-only page: 404 unless the program was started with
 * FRONTLINE_TEST_FAULTS=1; otherwise tries to prepare each statement of
 * the NULL-terminated attempts and answers one line each, "allowed" or
 * "denied", so a test proves the authorizer's refusals end to end.
 * Returns 0. */
int public_access_probe(struct request *rq, struct response *rs, const char *const *attempts);

#endif
