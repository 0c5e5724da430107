/*
 * fragment.c: the per-worker fragment cache (see fragment.h).
 */
#include "fragment.h"
#include "db.h"

#include <stdlib.h>
#include <string.h>

enum fragment_stmt { ST_DATA_VERSION, ST__COUNT };
static const char *const fragment_sql[ST__COUNT] = {
	[ST_DATA_VERSION] = "PRAGMA data_version",
};
static sqlite3_stmt *fragment_stmts[ST__COUNT];
static struct sql_table fragment_table = { fragment_sql, ST__COUNT, fragment_stmts, NULL };

/* One slot of the cache. */
struct slot {
	char key[FRAGMENT_KEY_MAX];
	const sqlite3 *db;         /* the connection it was built from: a database
	                              opened again (moved, replaced) starts afresh */
	long long data_version, changes, used;
	struct fragment fragment;
	char *owned;               /* what fragment.data points at */
};
static struct slot slots[FRAGMENT_SLOTS];
static long long uses;

/* Reads the two numbers that move whenever the database changes; returns
 * 0, or -1 when the database cannot be asked. */
static int database_state(long long *data_version, long long *changes)
{
	sqlite3_stmt *st = db_stmt(&fragment_table, ST_DATA_VERSION);
	if (st == NULL)
		return -1;
	int rc = sqlite3_step(st);
	*data_version = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	*changes = sqlite3_total_changes64(db_get());
	return rc == SQLITE_ROW ? 0 : -1;
}

/* The slot that holds key for this database state, or NULL. */
static struct slot *slot_holding(const char *key, long long data_version, long long changes)
{
	for (int i = 0; i < FRAGMENT_SLOTS; i++) {
		struct slot *s = &slots[i];
		if (s->owned && s->db == db_get() && s->data_version == data_version &&
		    s->changes == changes && strcmp(s->key, key) == 0)
			return s;
	}
	return NULL;
}

/* The slot to fill next: an empty one, else the one used longest ago. */
static struct slot *slot_to_replace(void)
{
	struct slot *oldest = &slots[0];
	for (int i = 0; i < FRAGMENT_SLOTS; i++) {
		if (slots[i].owned == NULL)
			return &slots[i];
		if (slots[i].used < oldest->used)
			oldest = &slots[i];
	}
	return oldest;
}

/* See fragment.h. The slot is chosen after the build, so a builder may
 * itself ask for other fragments. */
const struct fragment *fragment_get(const char *key, fragment_builder build, void *ctx)
{
	long long data_version, changes, count = 0;
	char *data = NULL;
	size_t len = 0;
	if (strlen(key) >= FRAGMENT_KEY_MAX || database_state(&data_version, &changes) != 0)
		return NULL;
	struct slot *s = slot_holding(key, data_version, changes);
	if (s) {
		s->used = ++uses;
		return &s->fragment;
	}
	if (build(ctx, &data, &len, &count) != 0 || data == NULL) {
		free(data);
		return NULL;
	}
	s = slot_to_replace();
	free(s->owned);
	s->owned = data;
	s->fragment = (struct fragment){ data, len, count };
	s->db = db_get();
	s->data_version = data_version;
	s->changes = changes;
	s->used = ++uses;
	strcpy(s->key, key);
	return &s->fragment;
}
