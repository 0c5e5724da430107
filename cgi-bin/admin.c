/*
 * admin.c: frontline-admin, the administrators' command-line tool.
 *
 *   frontline-admin init DB USERNAME      new production database; one admin,
 *                                         password read from standard input
 *   frontline-admin demo DB               create (or migrate) the demo database
 *   frontline-admin migrate DB            apply pending migrations
 *   frontline-admin adduser DB USERNAME "Full Name" ROLES
 *                                         ROLES: admin,manager,staff,assessor,iqa;
 *                                         password from standard input
 *   frontline-admin passwd DB USERNAME    new password from standard input;
 *                                         ends the user's sessions
 *   frontline-admin backup DB DEST        consistent copy with the online
 *                                         backup API, safe while serving
 *   frontline-admin restore DB BACKUP     copy a backup over the database, then
 *   (or: backup restore DB BACKUP)        re-apply the erasure log
 *   frontline-admin data-map DB [--csv]   the record of processing (the
 *                                         schema's -- @data declarations)
 *   frontline-admin purge DB [--dry-run] [--as-of YYYY-MM-DD] [--batch N]
 *                                         erase or anonymise what is past its
 *                                         retention, per the declarations
 *   frontline-admin contact-index DB      fill the keyed hash indexes of
 *                                         sealed contact details that have none
 *   frontline-admin bundle DB --user USERNAME | --email ADDRESS | --phone NUMBER
 *                                         a person's subject-access bundle as
 *                                         JSON on standard output (audited)
 *   frontline-admin rotate-key DB [--batch N]
 *                                         re-seal contact details under a new
 *                                         key while the programs serve
 *   frontline-admin load-qualification DB FILE
 *                                         load a qualification's units and
 *                                         criteria (data/qualifications/)
 *   frontline-admin checklist-load DB [FILE...]
 *                                         load compliance checklist templates
 *                                         (data/checklists/README.md); no FILE:
 *                                         the built-in ones not loaded yet
 *
 * Exit status: 0 done, 1 failed (the reason on standard error), 2 usage.
 */
#include "demo.h"
#include "checklists/checklists.h"
#include "portfolio/portfolio.h"
#include "privacy/engine.h"
#include "privacy/privacy.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
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
	      "       frontline-admin restore DB BACKUP\n"
	      "       frontline-admin data-map DB [--csv]\n"
	      "       frontline-admin purge DB [--dry-run] [--as-of YYYY-MM-DD] [--batch N]\n"
	      "       frontline-admin contact-index DB\n"
	      "       frontline-admin bundle DB --user USERNAME | --email ADDRESS | --phone NUMBER\n"
	      "       frontline-admin rotate-key DB [--batch N]\n"
	      "       frontline-admin load-qualification DB FILE\n"
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
	static const char *const names[] = { "admin", "manager", "staff", "assessor", "iqa" };
	unsigned roles = 0;
	char copy[128];
	snprintf(copy, sizeof copy, "%s", text);
	for (char *save = NULL, *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		unsigned bit = 0;
		for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
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

/* What loading a qualification writes. */
struct load_ctx {
	const char *text;
	size_t len;
	const char *problem;
};

/* Loads the seed file's text and audits it as done from the command line. */
static int write_qualification(void *vctx)
{
	struct load_ctx *c = vctx;
	int rc = portfolio_load_qualification(c->text, c->len, &c->problem);
	return rc != SQLITE_OK ? rc : audit_record_as(NULL, 0, "frontline-admin", "portfolio.qualification_loaded", "", 0, "");
}

/* Reads a qualification seed file (at most 1 MiB) and loads it: units and
 * criteria matched by code are updated in place. Returns 0 or 1. */
static int cmd_load_qualification(const char *file)
{
	static char text[1 << 20];
	FILE *f = fopen(file, "rb");
	if (f == NULL) {
		fprintf(stderr, "frontline-admin: cannot read %s\n", file);
		return 1;
	}
	size_t len = fread(text, 1, sizeof text, f);
	int too_long = !feof(f);
	fclose(f);
	if (too_long) {
		fprintf(stderr, "frontline-admin: %s is larger than 1 MiB\n", file);
		return 1;
	}
	struct load_ctx c = { text, len, NULL };
	if (db_write(write_qualification, &c) != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: %s: %s\n", file, c.problem ? c.problem : "the database refused it");
		return 1;
	}
	printf("Loaded %s.\n", file);
	return 0;
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

/* Points FRONTLINE_DB at path (unless set), so the key and the erasure
 * log are found beside it, and loads the key. Returns 0, or 1 with the
 * reason printed. */
static int load_key(const char *db_path)
{
	char key_path[4096];
	setenv("FRONTLINE_DB", db_path, 0);
	if (secret_key_path(db_path, key_path, sizeof key_path) == NULL || secret_key_load(key_path) != 0) {
		fprintf(stderr, "frontline-admin: cannot read the key file for %s\n", db_path);
		return 1;
	}
	return 0;
}

/* data-map: the record of processing, as a table or as CSV. */
static int cmd_data_map(const char *db_path, int csv)
{
	const struct datamap *m = datamap_get();
	struct buf out = {0};
	(void)db_path;
	if (m == NULL) {
		fprintf(stderr, "frontline-admin: the schema's declarations do not parse (see the log)\n");
		return 1;
	}
	if (csv) {
		int rc = privacy_data_map_csv(m, &out);
		if (rc == 0)
			fwrite(out.data, 1, out.len, stdout);
		buf_free(&out);
		return rc == 0 ? 0 : 1;
	}
	for (size_t i = 0; i < m->count; i++) {
		const struct datamap_entry *e = &m->entries[i];
		printf("%s%s%s\t%s\t%s\t%s\n", e->table, e->column[0] ? "." : "", e->column, e->subject,
		       e->basis, datamap_retention_text(e));
	}
	return 0;
}

/* purge [--dry-run] [--as-of DATE] [--batch N]: the retention purge. */
static int cmd_purge(int argc, char **argv)
{
	char today[11];
	struct privacy_purge_options o = { today_london(today), 0, 500, stderr };
	struct privacy_purge_line lines[128];
	size_t n = 0;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--dry-run") == 0)
			o.dry_run = 1;
		else if (strcmp(argv[i], "--as-of") == 0 && i + 1 < argc && valid_date(argv[i + 1]))
			o.as_of = argv[++i];
		else if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc && atoi(argv[i + 1]) > 0)
			o.batch = atoi(argv[++i]);
		else
			return usage();
	}
	if (privacy_purge(&o, lines, 128, &n) != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: the purge failed; what was purged before the failure stays purged\n");
		return 1;
	}
	long long total = 0;
	printf("%s as of %s:\n", o.dry_run ? "Would purge" : "Purged", o.as_of);
	for (size_t i = 0; i < n; i++) {
		printf("  %s%s%s: %lld row(s) %s (retention ended before %s)\n", lines[i].table,
		       lines[i].column[0] ? "." : "", lines[i].column, lines[i].rows,
		       o.dry_run ? (lines[i].action == DATAMAP_ACTION_DELETE ? "to delete" : "to clear")
		                 : privacy_action_words(lines[i].action), lines[i].cutoff);
		total += lines[i].rows;
	}
	printf("%lld row(s) in all.\n", total);
	return 0;
}

/* What the bundle command audits. */
struct bundle_audit {
	const char *who;
};

/* Writes the bundle command's audit row (a db_write callback). */
static int write_bundle_audit(void *ctx)
{
	struct bundle_audit *b = ctx;
	return audit_record_as(NULL, 0, "frontline-admin", "privacy.bundle_exported", "", 0, b->who);
}

/* bundle --user NAME | --email ADDRESS | --phone NUMBER: the person's
 * subject-access bundle as JSON on standard output. */
static int cmd_bundle(const char *how, const char *value)
{
	struct privacy_person p = {0};
	struct privacy_bundle b;
	struct arena a = {0};
	struct buf json = {0};
	char now[21];
	int rc = 1;
	if (strcmp(how, "--user") == 0) {
		p.staff = 1;
		p.user_id = auth_user_id(value);
		if (p.user_id == 0) {
			fprintf(stderr, "frontline-admin: no user called %s\n", value);
			return 1;
		}
	} else if (strcmp(how, "--email") == 0 || strcmp(how, "--phone") == 0) {
		int email = strcmp(how, "--email") == 0;
		if (privacy_person_from_contact(&p, email ? value : "", email ? "" : value) != 0) {
			fprintf(stderr, "frontline-admin: cannot search for that %s\n", email ? "address" : "number");
			return 1;
		}
	} else {
		return usage();
	}
	struct bundle_audit audit = { arena_printf(&a, "bundle by %s", how + 2) };
	if (db_write(write_bundle_audit, &audit) == SQLITE_OK && privacy_bundle_collect(&a, &p, &b) == 0 &&
	    privacy_bundle_json(&b, value, iso_utc(now_utc(), now), &json) == 0) {
		fwrite(json.data, 1, json.len, stdout);
		fprintf(stderr, "%lld record(s) in %zu table(s)\n", b.row_count, b.table_count);
		rc = 0;
	} else {
		fprintf(stderr, "frontline-admin: the bundle could not be made\n");
	}
	buf_free(&json);
	arena_free(&a);
	return rc;
}

/* contact-index: fills the index columns of sealed contact details. */
static int cmd_contact_index(void)
{
	long long filled = 0;
	if (privacy_fill_contact_indexes(0, &filled) != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: filling the contact indexes failed\n");
		return 1;
	}
	printf("Indexed the contact details of %lld row(s).\n", filled);
	return 0;
}

/* rotate-key: re-seals every sealed column under a new key. */
static int cmd_rotate_key(const char *db_path, int batch)
{
	char key_path[4096];
	long long resealed = 0;
	setenv("FRONTLINE_DB", db_path, 0);
	if (secret_key_path(db_path, key_path, sizeof key_path) == NULL)
		return 1;
	if (privacy_rotate_key(key_path, batch, stderr, &resealed) != 0)
		return 1;
	printf("Rotated the key %s: %lld value(s) re-sealed. Back up the new key apart from the database.\n",
	       key_path, resealed);
	return 0;
}

/* restore: copies the backup over the live database with the online
 * backup API (other connections see the restored pages), brings it up to
 * the current schema and re-applies the erasure log, so nobody erased
 * since the backup comes back. */
static int cmd_restore(const char *db_path, const char *backup_path)
{
	sqlite3 *src = NULL;
	long long applied = 0;
	if (load_key(db_path) != 0)
		return 1;
	if (sqlite3_open_v2(backup_path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: cannot open the backup %s\n", backup_path);
		sqlite3_close(src);
		return 1;
	}
	sqlite3_backup *b = sqlite3_backup_init(db_get(), "main", src, "main");
	int rc = SQLITE_ERROR;
	if (b) {
		do {
			rc = sqlite3_backup_step(b, -1);
			if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
				usleep(20000);
		} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
		sqlite3_backup_finish(b);
	}
	sqlite3_close(src);
	if (rc != SQLITE_DONE) {
		fprintf(stderr, "frontline-admin: restore failed: %s\n", sqlite3_errstr(rc));
		return 1;
	}
	if (db_migrate(db_get()) < 0 || privacy_erasure_replay(&applied) != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: restored, but re-applying the erasure log failed: "
		        "run the restore again before serving\n");
		return 1;
	}
	printf("Restored %s from %s; re-applied %lld erasure(s) from the log.\n", db_path, backup_path, applied);
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
	if (strcmp(cmd, "backup") == 0 && argc == 5 && strcmp(argv[2], "restore") == 0) {
		cmd = "restore";          /* frontline-admin backup restore DB BACKUP */
		path = argv[3];
		argv[3] = argv[4];
		argc = 4;
	}
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
			fprintf(stderr, "frontline-admin: ROLES must be a comma list of admin, manager, staff, assessor, iqa\n");
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
	} else if (strcmp(cmd, "load-qualification") == 0 && argc == 4) {
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = cmd_load_qualification(argv[3]);
	} else if (strcmp(cmd, "restore") == 0 && argc == 4) {
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = cmd_restore(path, argv[3]);
	} else if (strcmp(cmd, "data-map") == 0 && (argc == 3 || (argc == 4 && strcmp(argv[3], "--csv") == 0))) {
		rc = cmd_data_map(path, argc == 4);
	} else if (strcmp(cmd, "purge") == 0) {
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = cmd_purge(argc - 3, argv + 3);
	} else if (strcmp(cmd, "contact-index") == 0 && argc == 3) {
		if (open_and_migrate(path, 0) != 0 || load_key(path) != 0)
			return 1;
		rc = cmd_contact_index();
	} else if (strcmp(cmd, "bundle") == 0 && argc == 5) {
		if (open_and_migrate(path, 0) != 0 || load_key(path) != 0)
			return 1;
		rc = cmd_bundle(argv[3], argv[4]);
	} else if (strcmp(cmd, "rotate-key") == 0 && (argc == 3 || (argc == 5 && strcmp(argv[3], "--batch") == 0))) {
		if (open_and_migrate(path, 0) != 0)
			return 1;
		rc = cmd_rotate_key(path, argc == 5 ? atoi(argv[4]) : 200);
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
