/*
 * test_db_helpers.c: db_exec_changed tells "changed a row" from "changed
 * none" (SQLITE_NOTFOUND, the 404/409 of many pages), and db_id_exists
 * finds a row by id, both leaving the statement ready to run again;
 * auth_user_id finds an account by username; audit_delete_by_id; role
 * tests bind the role bits (auth_bind_roles, db_exec_int).
 */
#include "check.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/db.h"

enum { ST_DELETE, ST_EXISTS, ST__COUNT };
static const char *const sql[ST__COUNT] = {
	[ST_DELETE] = "DELETE FROM t WHERE id = ?",
	[ST_EXISTS] = "SELECT 1 FROM t WHERE id = ?",
};
static sqlite3_stmt *cache[ST__COUNT];
static struct sql_table table = { sql, ST__COUNT, cache, NULL };

/* Deleting a row once is a change; again, it is not found. */
static void test_helpers(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return;
	db_set(db);
	CHECK_EQ_INT(db_exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1), (2)"), SQLITE_OK);
	CHECK_EQ_INT(db_id_exists(db_stmt(&table, ST_EXISTS), 1), 1);
	CHECK_EQ_INT(db_id_exists(db_stmt(&table, ST_EXISTS), 3), 0);
	CHECK_EQ_INT(db_id_exists(NULL, 1), -1);
	sqlite3_stmt *del = db_stmt(&table, ST_DELETE);
	sqlite3_bind_int64(del, 1, 1);
	CHECK_EQ_INT(db_exec_changed(del), SQLITE_OK);
	sqlite3_bind_int64(del, 1, 1);
	CHECK_EQ_INT(db_exec_changed(del), SQLITE_NOTFOUND);
	CHECK_EQ_INT(db_exec_changed(NULL), SQLITE_ERROR);
	CHECK_EQ_INT(db_id_exists(db_stmt(&table, ST_EXISTS), 1), 0);
	CHECK_EQ_INT(db_id_exists(db_stmt(&table, ST_EXISTS), 2), 1);
	/* db_row_by_id: the row ready to read, none, or an error */
	sqlite3_stmt *one = db_stmt(&table, ST_EXISTS);
	CHECK_EQ_INT(db_row_by_id(one, 2), 1);
	CHECK_EQ_INT(sqlite3_column_int(one, 0), 1);
	sqlite3_reset(one);
	CHECK_EQ_INT(db_row_by_id(one, 1), 0);
	CHECK_EQ_INT(db_row_by_id(NULL, 2), -1);
	CHECK_EQ_INT(db_row_by_id(one, 2), 1);   /* reset after "none": usable again */
	sqlite3_reset(one);
	db_close();
}

/* A username finds its account's id; an unknown one finds 0. A delete
 * by id is audited once, and only when it deleted something. */
static void test_user_id(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return;
	db_set(db);
	CHECK(db_migrate(db) > 0);
	CHECK_EQ_INT(db_exec(db, "INSERT INTO users (id, username, display_name, password_hash, created_at, "
	                         "updated_at, password_changed_at) VALUES (7, 'mm', 'M', 'h', 'x', 'x', 'x')"), SQLITE_OK);
	CHECK_EQ_INT(auth_user_id("mm"), 7);
	CHECK_EQ_INT(auth_user_id("nobody"), 0);
	/* audit_delete_by_id: the row goes and one audit row says so; again, not found and no audit */
	CHECK_EQ_INT(db_exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (5)"), SQLITE_OK);
	struct audited_delete d = { NULL, &table, ST_DELETE, 5, "t.removed", "t" };
	CHECK_EQ_INT(audit_delete_by_id(&d), SQLITE_OK);
	CHECK_EQ_INT(db_id_exists(db_stmt(&table, ST_EXISTS), 5), 0);
	CHECK_EQ_INT(audit_delete_by_id(&d), SQLITE_NOTFOUND);
	sqlite3_stmt *n = NULL;
	CHECK(sqlite3_prepare_v2(db, "SELECT count(*) FROM audit WHERE action = 't.removed' AND target_id = 5",
	                         -1, &n, NULL) == SQLITE_OK);
	CHECK(sqlite3_step(n) == SQLITE_ROW && sqlite3_column_int(n, 0) == 1);
	sqlite3_finalize(n);
	db_close();
}

/* A role test binds the role bits by name: auth_bind_roles() for a
 * statement, db_exec_int() for a demo writer's one-off statement. */
static void test_role_parameters(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	sqlite3_stmt *st = NULL;
	if (!CHECK_NOT_NULL(db))
		return;
	db_set(db);
	CHECK_EQ_INT(db_exec(db, "CREATE TABLE u (id INTEGER PRIMARY KEY, roles INTEGER); "
	                         "INSERT INTO u VALUES (1, 1), (2, 6), (3, 4), (4, 8); "
	                         "CREATE TABLE picked (id INTEGER)"), SQLITE_OK);
	CHECK_NULL(auth_bind_roles(NULL, 1, ROLE_STAFF));
	CHECK_EQ_INT(sqlite3_prepare_v2(db, "SELECT count(*) FROM u WHERE (roles & ?1) <> 0", -1, &st, NULL), SQLITE_OK);
	CHECK(auth_bind_roles(st, 1, ROLE_STAFF) == st);
	CHECK(sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 2);
	sqlite3_reset(st);
	auth_bind_roles(st, 1, ROLE_MANAGER | ROLE_ADMIN);
	CHECK(sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 2);
	sqlite3_reset(st);
	auth_bind_roles(st, 1, ROLE_ASSESSOR);
	CHECK(sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1);
	sqlite3_finalize(st);
	CHECK_EQ_INT(db_exec_int(db, "INSERT INTO picked SELECT id FROM u WHERE (roles & ?1) <> 0", ROLE_STAFF), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_prepare_v2(db, "SELECT group_concat(id) FROM picked", -1, &st, NULL), SQLITE_OK);
	CHECK(sqlite3_step(st) == SQLITE_ROW && strcmp(db_text(st, 0), "2,3") == 0);
	sqlite3_finalize(st);
	CHECK(db_exec_int(db, "INSERT INTO nowhere VALUES (?1)", 1) != SQLITE_OK);
	db_close();
}

int main(void)
{
	test_helpers();
	test_user_id();
	test_role_parameters();
	return check_summary("test_db_helpers");
}
