/*
 * test_fragment.c: the per-worker fragment cache keeps a fragment while
 * the database is unchanged, builds it again after a write by this
 * connection or a commit by another, makes way for new fragments by
 * least recent use, lets a builder ask for other fragments, and keeps
 * nothing when a build fails.
 */
#include "check.h"
#include "core/db.h"
#include "core/fragment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int builds;

/* A builder whose fragment says how many builds there have been. */
static int build_numbered(void *ctx, char **data, size_t *len, long long *count)
{
	(void)ctx;
	builds++;
	*data = malloc(16);
	if (*data == NULL)
		return -1;
	*len = (size_t)snprintf(*data, 16, "build %d", builds);
	*count = builds;
	return 0;
}

/* A builder that fails. */
static int build_failing(void *ctx, char **data, size_t *len, long long *count)
{
	(void)ctx; (void)data; (void)len; (void)count;
	builds++;
	return -1;
}

/* A builder that uses another fragment inside its own. */
static int build_outer(void *ctx, char **data, size_t *len, long long *count)
{
	const struct fragment *inner = fragment_get("inner", build_numbered, ctx);
	if (inner == NULL)
		return -1;
	*data = malloc(64);
	*len = (size_t)snprintf(*data, 64, "outer around %s", inner->data);
	*count = 0;
	return 0;
}

/* Kept while unchanged; built again after this connection's write or
 * another connection's commit. */
static void test_kept_until_the_database_changes(const char *path)
{
	builds = 0;
	const struct fragment *f = fragment_get("a", build_numbered, NULL);
	CHECK_NOT_NULL(f);
	CHECK_STR_EQ(f ? f->data : "", "build 1");
	CHECK_EQ_INT(f ? (int)f->count : 0, 1);
	f = fragment_get("a", build_numbered, NULL);
	CHECK_STR_EQ(f ? f->data : "", "build 1");
	CHECK_EQ_INT(builds, 1);
	CHECK_EQ_INT(db_exec(db_get(), "INSERT INTO t VALUES (1)"), SQLITE_OK);
	f = fragment_get("a", build_numbered, NULL);
	CHECK_STR_EQ(f ? f->data : "", "build 2");
	sqlite3 *other = NULL;
	CHECK_EQ_INT(sqlite3_open(path, &other), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_exec(other, "INSERT INTO t VALUES (2)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(other);
	f = fragment_get("a", build_numbered, NULL);
	CHECK_STR_EQ(f ? f->data : "", "build 3");
	f = fragment_get("a", build_numbered, NULL);
	CHECK_EQ_INT(builds, 3);
}

/* A full cache drops the fragment used longest ago, not a recent one. */
static void test_least_recently_used_makes_way(void)
{
	char key[32];
	builds = 0;
	fragment_get("first", build_numbered, NULL);
	for (int i = 0; i < FRAGMENT_SLOTS - 1; i++) {
		snprintf(key, sizeof key, "k%d", i);
		fragment_get(key, build_numbered, NULL);
		fragment_get("first", build_numbered, NULL);    /* keep it recent */
	}
	CHECK_EQ_INT(builds, FRAGMENT_SLOTS);
	fragment_get("one more", build_numbered, NULL);  /* k0 makes way */
	fragment_get("first", build_numbered, NULL);
	CHECK_EQ_INT(builds, FRAGMENT_SLOTS + 1);
	fragment_get("k0", build_numbered, NULL);
	CHECK_EQ_INT(builds, FRAGMENT_SLOTS + 2);
}

/* A builder may ask for a fragment; a failed build keeps nothing; an
 * over-long key is refused. */
static void test_nested_failed_and_long_keys(void)
{
	char key[FRAGMENT_KEY_MAX + 8];
	builds = 0;
	CHECK_EQ_INT(db_exec(db_get(), "INSERT INTO t VALUES (3)"), SQLITE_OK);
	const struct fragment *outer = fragment_get("outer", build_outer, NULL);
	CHECK_STR_EQ(outer ? outer->data : "", "outer around build 1");
	const struct fragment *inner = fragment_get("inner", build_numbered, NULL);
	CHECK_STR_EQ(inner ? inner->data : "", "build 1");
	CHECK_EQ_INT(builds, 1);
	CHECK_NULL(fragment_get("broken", build_failing, NULL));
	CHECK_NULL(fragment_get("broken", build_failing, NULL));
	CHECK_EQ_INT(builds, 3);
	memset(key, 'x', sizeof key - 1);
	key[sizeof key - 1] = '\0';
	CHECK_NULL(fragment_get(key, build_numbered, NULL));
}

int main(void)
{
	char dir[] = "/tmp/frontline-fragment-XXXXXX", path[64];
	if (!CHECK_NOT_NULL(mkdtemp(dir)))
		return check_summary("test_fragment");
	snprintf(path, sizeof path, "%s/t.db", dir);
	sqlite3 *db = db_open(path, 1);
	if (CHECK_NOT_NULL(db)) {
		db_set(db);
		CHECK_EQ_INT(db_exec(db, "CREATE TABLE t (x)"), SQLITE_OK);
		test_kept_until_the_database_changes(path);
		test_least_recently_used_makes_way();
		test_nested_failed_and_long_keys();
		db_close();
	}
	char wal[80], shm[80];
	snprintf(wal, sizeof wal, "%s-wal", path);
	snprintf(shm, sizeof shm, "%s-shm", path);
	unlink(path); unlink(wal); unlink(shm);
	rmdir(dir);
	return check_summary("test_fragment");
}
