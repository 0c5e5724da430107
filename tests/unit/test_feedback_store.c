/*
 * test_feedback_store.c: storing public responses (feedback/public_commit.c)
 * on a real database file: a submission key stored once however often it
 * is sent; a writers' file whose space cannot be reserved (a file size
 * limit standing in for a full disk) is not mapped, and the response is
 * refused cleanly instead of the worker dying of SIGBUS.
 */
#include "check.h"
#include "feedback/public_commit.h"
#include "core/crypto.h"
#include "core/db.h"

#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[] = "/tmp/frontline-store-XXXXXX";
static char db_path[256], writers_path[300];

/* A new database with one open form, as the public program sees it. */
static int make_database(void)
{
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(db_path, sizeof db_path, "%s/f.db", dir);
	snprintf(writers_path, sizeof writers_path, "%s.writers", db_path);
	setenv("FRONTLINE_DB", db_path, 1);
	sqlite3 *db = db_open(db_path, 1);
	if (db == NULL || db_migrate(db) < 0)
		return -1;
	db_set(db);
	char key[256];
	if (secret_key_path(db_path, key, sizeof key) == NULL || secret_key_create(key) < 0)
		return -1;
	return db_exec(db, "INSERT INTO feedback_forms (id, slug, created_at, updated_at) "
	                   "VALUES (1, 'f', 'x', 'x'); "
	                   "INSERT INTO feedback_form_versions (form_id, version, title, touchpoints, created_at) "
	                   "VALUES (1, 1, 'F', 'web', 'x')");
}

/* A response to the form with the given key and comment. */
static struct pending_response response(const char *key, const char *comment)
{
	struct pending_response p;
	memset(&p, 0, sizeof p);
	p.form_id = 1;
	p.version = 1;
	snprintf(p.touchpoint, sizeof p.touchpoint, "web");
	p.csat = 4;
	p.nps = 9;
	snprintf(p.comment, sizeof p.comment, "%s", comment);
	snprintf(p.addr_hash, sizeof p.addr_hash, "%032d", 0);
	snprintf(p.key, sizeof p.key, "%s", key);
	p.hourly_limit = 1000;
	return p;
}

/* How many responses the database holds. */
static int stored(void)
{
	sqlite3_stmt *st;
	int n = -1;
	if (sqlite3_prepare_v2(db_get(), "SELECT count(*) FROM feedback_responses", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* With a file size limit below the writers' file, its space cannot be
 * reserved: it stays empty (never mapped), and the write that cannot
 * grow the WAL fails with an error, not a signal. Run in a child process
 * of its own connection, so the parent still maps the file afresh. */
static void no_space_for_the_writers_file(void)
{
	struct rlimit old, tiny = { 4096, 4096 };
	struct pending_response p = response("0123456789abcdef0123456789abcdef", "no space");
	struct pending_result r;
	struct stat sb;
	getrlimit(RLIMIT_FSIZE, &old);
	tiny.rlim_max = old.rlim_max;
	signal(SIGXFSZ, SIG_IGN);
	CHECK_EQ_INT(setrlimit(RLIMIT_FSIZE, &tiny), 0);
	feedback_store(&p, &r);
	setrlimit(RLIMIT_FSIZE, &old);
	CHECK(r.rc != SQLITE_OK);
	CHECK_EQ_INT(stat(writers_path, &sb), 0);
	CHECK_EQ_INT(sb.st_size, 0);
	CHECK_EQ_INT(stored(), 0);
}

/* Runs no_space_for_the_writers_file() in a child; its failures are
 * printed there and counted here as one. */
static void test_no_space_for_the_writers_file(void)
{
	int status = -1;
	pid_t child = fork();
	if (child == 0) {
		db_set(db_open(db_path, 0));         /* never a connection across fork() */
		no_space_for_the_writers_file();
		fflush(stdout);
		_exit(check_failed_count ? 1 : 0);
	}
	CHECK(child > 0 && waitpid(child, &status, 0) == child);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* The same key sent again (a resubmission, or a leader's replay) stores
 * nothing more and answers with the response already stored; another key
 * is another response. */
static void test_key_stored_once(void)
{
	struct pending_response p = response("0123456789abcdef0123456789abcdef", "once");
	struct pending_response q = response("fedcba9876543210fedcba9876543210", "another");
	struct pending_result r1, r2, r3;
	struct stat sb;
	CHECK_EQ_INT(feedback_store(&p, &r1), SQLITE_OK);
	CHECK_EQ_INT(r1.duplicate, 0);
	CHECK(r1.id > 0);
	/* the writers' file is in use, and every byte of it is on disk (not
	 * sparse): a first write to a page of it can never meet a full disk */
	CHECK_EQ_INT(stat(writers_path, &sb), 0);
	CHECK(sb.st_size > 0);
	CHECK((long long)sb.st_blocks * 512 >= (long long)sb.st_size);
	CHECK_EQ_INT(feedback_store(&p, &r2), SQLITE_OK);
	CHECK_EQ_INT(r2.duplicate, 1);
	CHECK_EQ_INT(r2.id, r1.id);
	CHECK_EQ_INT(stored(), 1);
	CHECK_EQ_INT(feedback_store(&q, &r3), SQLITE_OK);
	CHECK_EQ_INT(r3.duplicate, 0);
	CHECK(r3.id != r1.id);
	CHECK_EQ_INT(stored(), 2);
	/* the rate limit counted two responses, not three */
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db_get(), "SELECT sum(count) FROM feedback_rate", -1, &st, NULL) == SQLITE_OK) {
		CHECK(sqlite3_step(st) == SQLITE_ROW);
		CHECK_EQ_INT(sqlite3_column_int(st, 0), 2);
		sqlite3_finalize(st);
	}
}

/* Removes the test's directory. */
static void clean_up(void)
{
	char cmd[300];
	db_close();
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("note: could not remove %s\n", dir);
}

/* Runs every test of this file. */
int main(void)
{
	if (sodium_init() < 0 || !CHECK_EQ_INT(make_database(), SQLITE_OK))
		return check_summary("test_feedback_store");
	test_no_space_for_the_writers_file();
	test_key_stored_once();
	clean_up();
	return check_summary("test_feedback_store");
}
