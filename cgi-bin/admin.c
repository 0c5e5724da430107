/*
 * admin.c: frontline-admin, the administrators' command-line tool.
 *
 *   frontline-admin init DB USERNAME      new production database; one admin,
 *                                         password read from standard input
 *   frontline-admin demo DB               create (or migrate) the demo database
 *   frontline-admin migrate DB            apply pending migrations
 *   frontline-admin adduser DB USERNAME "Full Name" ROLES
 *                                         ROLES: admin,manager,staff,assessor;
 *                                         password from standard input
 *   frontline-admin passwd DB USERNAME    new password from standard input;
 *                                         ends the user's sessions
 *   frontline-admin backup DB DEST        consistent copy with the online
 *                                         backup API, safe while serving
 *   frontline-admin feedback-purge DB     erase customers' contact details
 *                                         12 months after their consent
 *   frontline-admin checklist-load DB [FILE...]
 *                                         load compliance checklist templates
 *                                         (data/checklists/README.md); no FILE:
 *                                         the built-in ones not loaded yet
 *
 * Exit status: 0 done, 1 failed (the reason on standard error), 2 usage.
 */
#include "demo.h"
#include "checklists/checklists.h"
#include "feedback/retention.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/form.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Prints the usage and returns 2. */
static int usage(void)
{
	fputs("usage: frontline-admin init DB USERNAME   (password on standard input)\n"
	      "       frontline-admin demo DB\n"
	      "       frontline-admin migrate DB\n"
	      "       frontline-admin adduser DB USERNAME \"Full Name\" ROLES   (password on standard input)\n"
	      "       frontline-admin passwd DB USERNAME   (password on standard input)\n"
	      "       frontline-admin backup DB DEST\n"
	      "       frontline-admin feedback-purge DB\n"
	      "       frontline-admin checklist-load DB [FILE...]\n", stderr);
	return 2;
}

/* Reads one line (the password) from standard input without its newline
 * into out; returns its length, or -1 when nothing was given. */
static long read_password(char *out, size_t size)
{
	if (isatty(STDIN_FILENO))
		fputs("Password (12 to 128 characters): ", stderr);
	if (fgets(out, (int)size, stdin) == NULL)
		return -1;
	size_t len = strcspn(out, "\r\n");
	out[len] = '\0';
	return (long)len;
}

/* Reads a new password for username from standard input, checks it
 * against the policy and hashes it into hash. Returns 0, or 1 with the
 * reason printed. */
static int read_new_password_hash(const char *username, char hash[crypto_pwhash_STRBYTES])
{
	char password[PASSWORD_MAX * 4 + 2];
	long len = read_password(password, sizeof password);
	const char *problem = len < 0 ? "no password was given on standard input"
	                              : password_policy_error(password, (size_t)len, username);
	int rc = 0;
	if (problem) {
		fprintf(stderr, "frontline-admin: %s\n", problem);
		rc = 1;
	} else if (password_hash(password, (size_t)len, hash) != 0) {
		fprintf(stderr, "frontline-admin: out of memory while hashing\n");
		rc = 1;
	}
	sodium_memzero(password, sizeof password);
	return rc;
}

/* Parses "admin,staff" into role bits; 0 when a name is unknown. */
static unsigned parse_roles(const char *text)
{
	static const char *const names[] = { "admin", "manager", "staff", "assessor" };
	unsigned roles = 0;
	char copy[128];
	snprintf(copy, sizeof copy, "%s", text);
	for (char *save = NULL, *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		unsigned bit = 0;
		for (int i = 0; i < 4; i++)
			if (strcmp(t, names[i]) == 0)
				bit = 1u << i;
		if (bit == 0)
			return 0;
		roles |= bit;
	}
	return roles;
}

/* Opens and migrates the database (creating it when create is set) and
 * makes it the handle db_stmt() uses. Returns 0 or -1. */
static int open_and_migrate(const char *path, int create)
{
	sqlite3 *db = db_open(path, create);
	if (db == NULL)
		return -1;
	db_set(db);
	if (db_migrate(db) < 0) {
		fprintf(stderr, "frontline-admin: migrating %s failed\n", path);
		return -1;
	}
	return 0;
}

/* What adding a user writes. */
struct add_ctx {
	const char *username, *display_name, *hash;
	unsigned roles;
};

/* Inserts the user and audits it as done from the command line. */
static int write_add_user(void *vctx)
{
	struct add_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st;
	iso_utc(now_utc(), now);
	if (sqlite3_prepare_v2(db_get(), "INSERT INTO users (username, display_name, roles, "
	                       "password_hash, created_at, updated_at, password_changed_at) "
	                       "VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, c->username, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, c->display_name, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, (int)c->roles);
	sqlite3_bind_text(st, 4, c->hash, -1, SQLITE_STATIC);
	for (int i = 5; i <= 7; i++)
		sqlite3_bind_text(st, i, now, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_get());
	sqlite3_finalize(st);
	if (rc != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: cannot add %s: %s\n", c->username, sqlite3_errmsg(db_get()));
		return rc;
	}
	return audit_record_as(NULL, 0, "frontline-admin", "user.created", "user",
	                       sqlite3_last_insert_rowid(db_get()), c->username);
}

/* Reads a password from standard input, checks the policy and adds the
 * user. Returns 0 or 1. */
static int add_user(const char *username, const char *display_name, unsigned roles)
{
	static const struct field_spec username_spec = { "username", "Username", FIELD_USERNAME, 0, 0, 0, NULL };
	char hash[crypto_pwhash_STRBYTES];
	struct arena a = {0};
	long long unused;
	const char *problem = field_check(&a, &username_spec, username, strlen(username), &unused);
	if (problem)
		fprintf(stderr, "frontline-admin: %s\n", problem);
	arena_free(&a);
	if (problem || read_new_password_hash(username, hash) != 0)
		return 1;
	struct add_ctx c = { username, display_name, hash, roles };
	return db_write(write_add_user, &c) == SQLITE_OK ? 0 : 1;
}

/* Creates the key file that seals personal data at rest (next to the
 * database, or FRONTLINE_KEY_FILE) unless it exists, and loads it.
 * Returns 0, or 1 with the reason printed. */
static int ensure_key_file(const char *db_path)
{
	char key_path[4096];
	int created;
	if (secret_key_path(db_path, key_path, sizeof key_path) == NULL ||
	    (created = secret_key_create(key_path)) < 0 || secret_key_load(key_path) != 0) {
		fprintf(stderr, "frontline-admin: cannot create or read the key file for %s\n", db_path);
		return 1;
	}
	if (created)
		printf("Created the encryption key %s (mode 0600): back it up apart from the database.\n",
		       key_path);
	return 0;
}

/* init: a new production database with exactly one admin. */
static int cmd_init(const char *path, const char *username)
{
	struct stat st;
	if (stat(path, &st) == 0) {
		fprintf(stderr, "frontline-admin: %s already exists; init only creates new databases\n", path);
		return 1;
	}
	if (open_and_migrate(path, 1) != 0)
		return 1;
	int rc = ensure_key_file(path);
	if (rc == 0)
		rc = add_user(username, "Administrator", ROLE_ADMIN);
	if (rc != 0) {
		db_close();
		unlink(path);
		return rc;
	}
	printf("Created %s with the administrator %s.\n", path, username);
	return 0;
}

/* passwd: a new password for an existing user; ends their sessions. */
struct passwd_ctx {
	long long user_id;
	const char *hash;
};

/* Stores the new hash, ends the sessions and audits. */
static int write_passwd(void *vctx)
{
	struct passwd_ctx *c = vctx;
	int rc = auth_store_password_hash(c->user_id, c->hash);
	if (rc == SQLITE_OK)
		rc = sessions_end_for_user(c->user_id);
	if (rc == SQLITE_OK)
		rc = audit_record_as(NULL, 0, "frontline-admin", "user.password_reset", "user", c->user_id, "");
	return rc;
}

/* passwd command. */
static int cmd_passwd(const char *username)
{
	char hash[crypto_pwhash_STRBYTES];
	long long id = auth_user_id(username);
	if (id == 0) {
		fprintf(stderr, "frontline-admin: no user called %s\n", username);
		return 1;
	}
	if (read_new_password_hash(username, hash) != 0)
		return 1;
	struct passwd_ctx c = { id, hash };
	return db_write(write_passwd, &c) == SQLITE_OK ? 0 : 1;
}

/* backup: copies the live database page by page into DEST with the online
 * backup API; readers and writers carry on meanwhile (WAL). */
static int cmd_backup(const char *dest_path)
{
	sqlite3 *dest = NULL;
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.partial", dest_path);
	unlink(tmp);
	if (sqlite3_open_v2(tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: cannot create %s\n", tmp);
		sqlite3_close(dest);
		return 1;
	}
	sqlite3_backup *b = sqlite3_backup_init(dest, "main", db_get(), "main");
	int rc = SQLITE_ERROR;
	if (b) {
		do {
			rc = sqlite3_backup_step(b, -1);   /* all pages from one snapshot */
			if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
				usleep(20000);
		} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
		sqlite3_backup_finish(b);
	}
	rc = rc == SQLITE_DONE ? sqlite3_errcode(dest) : rc;
	sqlite3_close(dest);
	if (rc != SQLITE_OK || rename(tmp, dest_path) != 0) {
		fprintf(stderr, "frontline-admin: backup failed: %s\n", sqlite3_errstr(rc));
		unlink(tmp);
		return 1;
	}
	printf("Backed up to %s.\n", dest_path);
	return 0;
}

int main(int argc, char **argv)
{
	int rc;
	/* The database, its WAL and the backups hold personal data: whatever
	 * the caller's umask, nobody but the owner (and its group, reading)
	 * gets at what this tool creates. SQLite gives the -wal and -shm
	 * files the database file's mode. */
	umask(027);
	if (sodium_init() < 0)
		return 1;
	if (argc < 3)
		return usage();
	const char *cmd = argv[1], *path = argv[2];
	if (strcmp(cmd, "init") == 0 && argc == 4)
		return cmd_init(path, argv[3]);
	if (strcmp(cmd, "demo") == 0 && argc == 3) {
		if (open_and_migrate(path, 1) != 0 || ensure_key_file(path) != 0)
			return 1;
		rc = demo_populate();
	} else if (strcmp(cmd, "migrate") == 0 && argc == 3) {
		rc = open_and_migrate(path, 0) == 0 ? 0 : 1;
		if (rc == 0)
			printf("%s is at schema version %d.\n", path, db_latest_version());
	} else if (strcmp(cmd, "adduser") == 0 && argc == 6) {
		unsigned roles = parse_roles(argv[5]);
		if (roles == 0) {
			fprintf(stderr, "frontline-admin: ROLES must be a comma list of admin, manager, staff, assessor\n");
			return 2;
		}
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = add_user(argv[3], argv[4], roles);
	} else if (strcmp(cmd, "passwd") == 0 && argc == 4) {
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = cmd_passwd(argv[3]);
	} else if (strcmp(cmd, "backup") == 0 && argc == 4) {
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = cmd_backup(argv[3]);
	} else if (strcmp(cmd, "feedback-purge") == 0 && argc == 3) {
		/* Customer feedback: contact details past their retention. */
		long long erased = 0;
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = feedback_purge_expired(&erased) == SQLITE_OK ? 0 : 1;
		if (rc == 0)
			printf("Erased the contact details of %lld feedback response(s).\n", erased);
	} else if (strcmp(cmd, "checklist-load") == 0) {
		/* Compliance checklists: templates from seed files. */
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = argc == 3 ? checklist_load_builtin_now(stdout, stderr) : 0;
		for (int i = 3; i < argc; i++)
			rc |= checklist_load_file(argv[i], stdout, stderr);
	} else {
		return usage();
	}
	db_close();
	return rc;
}
