/*
 * test_public_access.c: the public program's authorizer as the union of
 * the public areas' allow-lists (core/public_access.c), and the public
 * forms' shared defences (core/public_guard.c): submission keys, the
 * hourly limit from the environment, the rate-limit count per address.
 */
#include "check.h"
#include "core/db.h"
#include "core/public_access.h"
#include "core/public_guard.h"

#include <stdlib.h>
#include <string.h>

static const char *const a_columns[] = { "id", "open", NULL };
static const struct public_read_rule a_read[] = { { "forms", NULL }, { "answers", a_columns }, { NULL, NULL } };
static const char *const a_insert[] = { "answers", NULL };
static const struct public_allow list_a = { a_read, a_insert, NULL, NULL };
static const struct public_read_rule b_read[] = { { "rate", NULL }, { NULL, NULL } };
static const char *const b_insert[] = { "rate", NULL };
static const char *const b_update[] = { "rate", NULL };
static const char *const b_delete[] = { "rate", NULL };
static const struct public_allow list_b = { b_read, b_insert, b_update, b_delete };
static const struct public_allow *const both[] = { &list_a, &list_b, NULL };
static const struct public_allow *const only_a[] = { &list_a, NULL };

static void test_union(void)
{
	public_access_set(both);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_READ, "forms", "anything", "main", NULL), SQLITE_OK);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_READ, "answers", "id", "main", NULL), SQLITE_OK);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_READ, "answers", "secret", "main", NULL), SQLITE_DENY);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_READ, "rate", "count", "main", NULL), SQLITE_OK);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_READ, "users", "id", "main", NULL), SQLITE_DENY);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_INSERT, "answers", NULL, "main", NULL), SQLITE_OK);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_INSERT, "rate", NULL, "main", NULL), SQLITE_OK);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_UPDATE, "answers", "id", "main", NULL), SQLITE_DENY);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_UPDATE, "rate", "count", "main", NULL), SQLITE_OK);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_DELETE, "rate", NULL, "main", NULL), SQLITE_OK);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_DELETE, "forms", NULL, "main", NULL), SQLITE_DENY);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_PRAGMA, "key", NULL, "main", NULL), SQLITE_DENY);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_ATTACH, ":memory:", NULL, NULL, NULL), SQLITE_DENY);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_CREATE_TABLE, "x", NULL, "main", NULL), SQLITE_DENY);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_SELECT, NULL, NULL, NULL, NULL), SQLITE_OK);
	/* one list alone allows only its own */
	public_access_set(only_a);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_READ, "rate", "count", "main", NULL), SQLITE_DENY);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_INSERT, "rate", NULL, "main", NULL), SQLITE_DENY);
	public_access_set(NULL);
	CHECK_EQ_INT(public_access_authorizer(NULL, SQLITE_READ, "forms", "id", "main", NULL), SQLITE_DENY);
}

static void test_guard(void)
{
	struct arena a = {0};
	CHECK(public_submission_key_valid("0123456789abcdef0123456789abcdef"));
	CHECK(!public_submission_key_valid("0123456789ABCDEF0123456789abcdef"));
	CHECK(!public_submission_key_valid("0123456789abcdef0123456789abcde"));
	CHECK(!public_submission_key_valid(NULL));
	const char *kept = public_submission_key(&a, "0123456789abcdef0123456789abcdef");
	CHECK_STR_EQ(kept, "0123456789abcdef0123456789abcdef");
	const char *fresh = public_submission_key(&a, "nonsense");
	CHECK(public_submission_key_valid(fresh));
	CHECK_CONTAINS(public_honeypot_refusal(&a, "complaint"), "Your complaint was not sent");
	setenv("TEST_LIMIT", "7", 1);
	CHECK_EQ_INT(public_hourly_limit("TEST_LIMIT", 20), 7);
	setenv("TEST_LIMIT", "-3", 1);
	CHECK_EQ_INT(public_hourly_limit("TEST_LIMIT", 20), 20);
	CHECK_EQ_INT(public_hourly_limit("TEST_LIMIT_UNSET", 5), 5);
	char hour[14];
	CHECK_STR_EQ(public_rate_hour(0, hour), "1970-01-01T00");
	/* the count: two allowed, the third refused and not counted */
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return;
	db_set(db);
	CHECK_EQ_INT(db_exec(db, "CREATE TABLE r (addr_hash TEXT, hour TEXT, count INTEGER, PRIMARY KEY (addr_hash, hour))"), SQLITE_OK);
	sqlite3_stmt *count, *add;
	CHECK_EQ_INT(sqlite3_prepare_v2(db, "SELECT count FROM r WHERE addr_hash = ?1 AND hour = ?2", -1, &count, NULL), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_prepare_v2(db, "INSERT INTO r VALUES (?1, ?2, 1) ON CONFLICT (addr_hash, hour) "
	                                    "DO UPDATE SET count = count + 1", -1, &add, NULL), SQLITE_OK);
	int limited = -1;
	CHECK_EQ_INT(public_rate_take(count, add, "h", "2026-12-03T09", 2, &limited), SQLITE_OK);
	CHECK_EQ_INT(limited, 0);
	CHECK_EQ_INT(public_rate_take(count, add, "h", "2026-12-03T09", 2, &limited), SQLITE_OK);
	CHECK_EQ_INT(limited, 0);
	CHECK_EQ_INT(public_rate_take(count, add, "h", "2026-12-03T09", 2, &limited), SQLITE_OK);
	CHECK_EQ_INT(limited, 1);
	CHECK_EQ_INT(public_rate_take(count, add, "h", "2026-12-03T10", 2, &limited), SQLITE_OK);
	CHECK_EQ_INT(limited, 0);
	CHECK_EQ_INT(public_rate_take(count, add, "other", "2026-12-03T09", 2, &limited), SQLITE_OK);
	CHECK_EQ_INT(limited, 0);
	sqlite3_finalize(count);
	sqlite3_finalize(add);
	sqlite3_close(db);
	arena_free(&a);
}

int main(void)
{
	test_union();
	test_guard();
	return check_summary("test_public_access");
}
