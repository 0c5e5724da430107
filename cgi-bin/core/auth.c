/*
 * auth.c: passwords, throttling, sessions and CSRF (see auth.h).
 */
#include "auth.h"
#include "audit.h"
#include "caltime.h"
#include "db.h"
#include "util.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* The list of common passwords and base words, built in from data/. */
extern const struct embedded_file embedded_common_passwords[];

enum auth_stmt {
	ST_USER_FOR_LOGIN,
	ST_FAILURES_PAIR,
	ST_FAILURES_ACCOUNT,
	ST_FAILURES_ADDRESS,
	ST_FAILURE_INSERT,
	ST_FAILURES_PRUNE,
	ST_FAILURES_CLEAR_PAIR,
	ST_SESSION_INSERT,
	ST_SESSION_LOOKUP,
	ST_SESSION_TOUCH,
	ST_SESSION_DELETE,
	ST_SESSION_DELETE_OWN,
	ST_SESSIONS_DELETE_USER,
	ST_SESSIONS_PRUNE_USER,
	ST_PASSWORD_UPDATE,
	ST_PASSWORD_OF_USER,
	ST__COUNT
};

static const char *const auth_sql[ST__COUNT] = {
	[ST_USER_FOR_LOGIN] = "SELECT id, password_hash, display_name, roles FROM users "
	                      "WHERE username = ? AND disabled = 0",
	[ST_FAILURES_PAIR] = "SELECT count(*) FROM login_failures WHERE username = ? AND ip = ? AND at > ?",
	[ST_FAILURES_ACCOUNT] = "SELECT count(*) FROM login_failures WHERE username = ? AND at > ?",
	[ST_FAILURES_ADDRESS] = "SELECT count(*) FROM login_failures WHERE ip = ? AND at > ?",
	[ST_FAILURE_INSERT] = "INSERT INTO login_failures (at, username, ip) VALUES (?, ?, ?)",
	[ST_FAILURES_PRUNE] = "DELETE FROM login_failures WHERE at < ?",
	[ST_FAILURES_CLEAR_PAIR] = "DELETE FROM login_failures WHERE username = ? AND ip = ?",
	[ST_SESSION_INSERT] = "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, "
	                      "last_seen, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)",
	[ST_SESSION_LOOKUP] = "SELECT s.id, s.user_id, s.csrf_token, s.created_at, s.last_seen, "
	                      "u.username, u.display_name, u.roles FROM sessions s "
	                      "JOIN users u ON u.id = s.user_id "
	                      "WHERE s.token_hash = ? AND u.disabled = 0",
	[ST_SESSION_TOUCH] = "UPDATE sessions SET last_seen = ? WHERE id = ?",
	[ST_SESSION_DELETE] = "DELETE FROM sessions WHERE id = ?",
	[ST_SESSION_DELETE_OWN] = "DELETE FROM sessions WHERE id = ? AND user_id = ?",
	[ST_SESSIONS_DELETE_USER] = "DELETE FROM sessions WHERE user_id = ?",
	[ST_SESSIONS_PRUNE_USER] = "DELETE FROM sessions WHERE user_id = ? AND (last_seen < ? OR created_at < ?)",
	[ST_PASSWORD_UPDATE] = "UPDATE users SET password_hash = ?, password_changed_at = ?, "
	                       "updated_at = ? WHERE id = ?",
	[ST_PASSWORD_OF_USER] = "SELECT password_hash FROM users WHERE id = ?",
};
static sqlite3_stmt *auth_cache[ST__COUNT];
static struct sql_table auth_table = { auth_sql, ST__COUNT, auth_cache, NULL };

/* Binds the role bits to the statement's role parameter. */
sqlite3_stmt *auth_bind_roles(sqlite3_stmt *st, int param, unsigned roles)
{
	if (st)
		sqlite3_bind_int(st, param, (int)roles);
	return st;
}

/* Cookie names; the __Host- prefix needs Secure, so only over TLS. */
const char *session_cookie_name(const struct request *rq)
{
	return rq->https ? "__Host-fl_session" : "fl_session";
}

/* Cookie carrying the CSRF token of forms shown before sign-in. */
const char *form_cookie_name(const struct request *rq)
{
	return rq->https ? "__Host-fl_form" : "fl_form";
}

/* Returns 1 if the lower-cased password, with trailing digits and
 * punctuation removed, is a listed common password or base word. */
static int is_common_password(const char *pw, size_t len)
{
	char lower[PASSWORD_MAX * 4 + 1];
	if (len >= sizeof lower)
		return 0;
	for (size_t i = 0; i < len; i++)
		lower[i] = (char)tolower((unsigned char)pw[i]);
	lower[len] = '\0';
	size_t stem = len;
	while (stem > 0 && (isdigit((unsigned char)lower[stem - 1]) ||
	                    ispunct((unsigned char)lower[stem - 1])))
		stem--;
	const struct embedded_file *list = &embedded_common_passwords[0];
	const char *p = list->data, *end = list->data + list->len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (n > 0 && p[0] != '#') {
			if ((n == len && memcmp(p, lower, n) == 0) ||
			    (n == stem && memcmp(p, lower, n) == 0))
				return 1;
		}
		p += n + 1;
	}
	return 0;
}

/* Returns 1 if every character is the same one ("aaaaaaaaaaaa", or the
 * same multi-byte character repeated). pw must be valid UTF-8. */
static int all_same_character(const char *pw, size_t len)
{
	size_t first = 1;
	while (first < len && ((unsigned char)pw[first] & 0xC0) == 0x80)
		first++;
	if (len % first != 0)
		return 0;
	for (size_t i = first; i < len; i += first)
		if (memcmp(pw + i, pw, first) != 0)
			return 0;
	return 1;
}

/* NULL when acceptable, else why not. */
const char *password_policy_error(const char *password, size_t len,
                                  const char *username)
{
	if (!utf8_valid(password, len) || memchr(password, '\0', len))
		return "The password contains characters that are not valid text.";
	size_t chars = utf8_length(password, len);
	if (chars < PASSWORD_MIN)
		return "The password must be at least 12 characters long.";
	if (chars > PASSWORD_MAX)
		return "The password must be at most 128 characters long.";
	if (all_same_character(password, len) || is_common_password(password, len))
		return "That password is too common and easy to guess. Choose another, such as three unrelated words.";
	if (username && username[0] && strcasestr(password, username))
		return "The password must not contain your username.";
	return NULL;
}

/* Argon2id hash with the INTERACTIVE limits. */
int password_hash(const char *password, size_t len, char out[crypto_pwhash_STRBYTES])
{
	return crypto_pwhash_str(out, password, len, crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                         crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

/* Counts failures for a statement with (key [, key2], since) bindings. */
static int count_failures(enum auth_stmt which, const char *a, const char *b,
                          time_t since)
{
	char when[21];
	sqlite3_stmt *st = db_stmt(&auth_table, which);
	int i = 1, n = 0;
	if (st == NULL)
		return 0;
	sqlite3_bind_text(st, i++, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(st, i++, b, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, i, iso_utc(since, when), -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return n;
}

/* Returns 1 when this username or address has failed too often lately.
 * The limit per account from anywhere holds back only addresses that
 * have failed for that account within its window themselves: the real
 * user, signing in from an address that has not failed, still gets in,
 * so nobody elsewhere can keep them out however long they go on, while
 * guesses spread over many addresses meet the limit after one each. */
static int login_throttled(const char *username, const char *ip)
{
	time_t now = now_utc();
	if (count_failures(ST_FAILURES_PAIR, username, ip, now - THROTTLE_PAIR_WINDOW) >= THROTTLE_PAIR_LIMIT ||
	    count_failures(ST_FAILURES_ADDRESS, ip, NULL, now - THROTTLE_ADDRESS_WINDOW) >= THROTTLE_ADDRESS_LIMIT)
		return 1;
	return count_failures(ST_FAILURES_ACCOUNT, username, NULL, now - THROTTLE_ACCOUNT_WINDOW) >= THROTTLE_ACCOUNT_LIMIT &&
	       count_failures(ST_FAILURES_PAIR, username, ip, now - THROTTLE_ACCOUNT_WINDOW) > 0;
}

/* What a failed attempt writes. */
struct failure_ctx {
	struct request *rq;
	const char *username;
};

/* Records one failed attempt, prunes day-old ones and audits; in a transaction. */
static int record_failure(void *vctx)
{
	struct failure_ctx *ctx = vctx;
	char when[21], old[21];
	time_t now = now_utc();
	sqlite3_stmt *st = db_stmt(&auth_table, ST_FAILURE_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, iso_utc(now, when), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, ctx->username, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, ctx->rq->remote_addr, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	st = db_stmt(&auth_table, ST_FAILURES_PRUNE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, iso_utc(now - 86400, old), -1, SQLITE_TRANSIENT);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	return audit_record(ctx->rq, "login.failed", "user", 0,
	                    arena_printf(&ctx->rq->arena, "username=%.64s", ctx->username));
}

/* What a successful sign-in writes. */
struct login_ctx {
	struct request *rq;
	long long user_id;
	const char *username;
	const char *new_hash;       /* non-NULL when the password is rehashed */
	char token_hash[65];
	char csrf[65];
};

/* Inserts the session, clears this pair's failures, prunes the user's dead
 * sessions, rehashes if needed and audits; in a transaction. */
static int write_login(void *vctx)
{
	struct login_ctx *c = vctx;
	char now_s[21], idle_s[21], abs_s[21];
	time_t now = now_utc();
	iso_utc(now, now_s);
	iso_utc(now - SESSION_IDLE_SECONDS, idle_s);
	iso_utc(now - SESSION_ABSOLUTE_SECONDS, abs_s);
	sqlite3_stmt *st = db_stmt(&auth_table, ST_SESSIONS_PRUNE_USER);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->user_id);
	sqlite3_bind_text(st, 2, idle_s, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, abs_s, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK || (st = db_stmt(&auth_table, ST_SESSION_INSERT)) == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_text(st, 1, c->token_hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, c->user_id);
	sqlite3_bind_text(st, 3, c->csrf, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, now_s, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, now_s, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, c->rq->remote_addr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, c->rq->user_agent, (int)utf8_prefix(c->rq->user_agent, 200), SQLITE_STATIC);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	if ((st = db_stmt(&auth_table, ST_FAILURES_CLEAR_PAIR)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, c->username, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, c->rq->remote_addr, -1, SQLITE_STATIC);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	if (c->new_hash) {
		if ((st = db_stmt(&auth_table, ST_PASSWORD_UPDATE)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_text(st, 1, c->new_hash, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, now_s, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, now_s, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, c->user_id);
		if ((rc = db_exec_stmt(st)) != SQLITE_OK)
			return rc;
	}
	if (c->rq->session) {       /* signing in again: the old session ends */
		if ((st = db_stmt(&auth_table, ST_SESSION_DELETE)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, c->rq->session->id);
		if ((rc = db_exec_stmt(st)) != SQLITE_OK)
			return rc;
	}
	return audit_record_as(c->rq, c->user_id, c->username, "login", "user", c->user_id, "");
}

/* A hash of a password nobody has, verified when the user is unknown so
 * that unknown users take as long as wrong passwords. Made once per worker. */
static const char *dummy_hash(void)
{
	static char hash[crypto_pwhash_STRBYTES];
	if (hash[0] == '\0') {
		char pw[33];
		random_hex(pw, 16);
		if (password_hash(pw, strlen(pw), hash) != 0)
			return NULL;
	}
	return hash;
}

/* Makes a session token; writes its hex to token and its hash to hash_hex. */
static void new_session_token(char token[65], char hash_hex[65])
{
	unsigned char raw[32], digest[32];
	randombytes_buf(raw, sizeof raw);
	hex_encode(token, raw, sizeof raw);
	crypto_generichash(digest, sizeof digest, (const unsigned char *)token, 64, NULL, 0);
	hex_encode(hash_hex, digest, sizeof digest);
	sodium_memzero(raw, sizeof raw);
}

/* The sign-in check; see auth.h. */
enum login_result auth_login(struct request *rq, const char *username,
                             const char *password, size_t password_len,
                             char token_out[65])
{
	if (login_throttled(username, rq->remote_addr))
		return LOGIN_THROTTLED;
	sqlite3_stmt *st = db_stmt(&auth_table, ST_USER_FOR_LOGIN);
	if (st == NULL)
		return LOGIN_ERROR;
	sqlite3_bind_text(st, 1, username, -1, SQLITE_STATIC);
	long long user_id = 0;
	const char *stored = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		user_id = sqlite3_column_int64(st, 0);
		stored = arena_strdup(&rq->arena, db_text(st, 1));
	}
	sqlite3_reset(st);
	const char *check = stored ? stored : dummy_hash();
	int ok = check && crypto_pwhash_str_verify(check, password, password_len) == 0;
	if (!ok || stored == NULL) {
		struct failure_ctx f = { rq, username };
		return db_write(record_failure, &f) == SQLITE_OK ? LOGIN_BAD : LOGIN_ERROR;
	}
	struct login_ctx c = { rq, user_id, username, NULL, {0}, {0} };
	char rehash[crypto_pwhash_STRBYTES];
	if (crypto_pwhash_str_needs_rehash(stored, crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                                   crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0 &&
	    password_hash(password, password_len, rehash) == 0)
		c.new_hash = rehash;
	new_session_token(token_out, c.token_hash);
	random_hex(c.csrf, 32);
	if (db_write(write_login, &c) != SQLITE_OK)
		return LOGIN_ERROR;
	return LOGIN_OK;
}

/* Deletes one session by id (used on expiry), without waiting for a
 * locked database: the session is expired either way, and sign-in prunes
 * what is left. */
static void delete_session(long long id)
{
	sqlite3_stmt *st = db_stmt(&auth_table, ST_SESSION_DELETE);
	if (st) {
		sqlite3_bind_int64(st, 1, id);
		db_exec_stmt_at_once(st);
	}
}

/* Refreshes last_seen, without waiting for a locked database (a page must
 * never wait behind another's write for this); a failure only means the
 * next request tries again. */
static void touch_session(long long id, time_t now)
{
	char when[21];
	sqlite3_stmt *st = db_stmt(&auth_table, ST_SESSION_TOUCH);
	if (st) {
		sqlite3_bind_text(st, 1, iso_utc(now, when), -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, id);
		db_exec_stmt_at_once(st);
	}
}

/* Loads the session of the request's cookie; see auth.h. */
static int sessions_disabled;   /* set by a program that never signs anyone in */

/* Makes session_load() ignore every cookie from now on (the public
 * program: its database authorizer does not let it read sessions). */
void sessions_disable(void)
{
	sessions_disabled = 1;
}

enum session_state session_load(struct request *rq)
{
	if (sessions_disabled)
		return SESSION_NONE;
	const char *token = request_cookie(rq, session_cookie_name(rq));
	unsigned char digest[32];
	char hash_hex[65];
	if (token == NULL || strlen(token) != 64)
		return SESSION_NONE;
	crypto_generichash(digest, sizeof digest, (const unsigned char *)token, 64, NULL, 0);
	hex_encode(hash_hex, digest, sizeof digest);
	sqlite3_stmt *st = db_stmt(&auth_table, ST_SESSION_LOOKUP);
	if (st == NULL)
		return SESSION_ERROR;
	sqlite3_bind_text(st, 1, hash_hex, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? SESSION_NONE : SESSION_ERROR;
	}
	struct session *s = arena_zalloc(&rq->arena, sizeof *s);
	time_t created = 0, seen = 0, now = now_utc();
	if (s == NULL) {
		sqlite3_reset(st);
		return SESSION_NONE;
	}
	s->id = sqlite3_column_int64(st, 0);
	s->user_id = sqlite3_column_int64(st, 1);
	snprintf(s->csrf_token, sizeof s->csrf_token, "%s", db_text(st, 2));
	int times_ok = parse_utc_text(db_text(st, 3), &created) &&
	               parse_utc_text(db_text(st, 4), &seen);
	s->username = arena_strdup(&rq->arena, db_text(st, 5));
	s->display_name = arena_strdup(&rq->arena, db_text(st, 6));
	s->roles = (unsigned)sqlite3_column_int(st, 7);
	sqlite3_reset(st);
	if (!times_ok || now - seen > SESSION_IDLE_SECONDS ||
	    now - created > SESSION_ABSOLUTE_SECONDS) {
		delete_session(s->id);
		return SESSION_EXPIRED;
	}
	if (now - seen >= SESSION_TOUCH_SECONDS)
		touch_session(s->id, now);
	rq->session = s;
	return SESSION_VALID;
}

/* Ends one of the user's own sessions; 1 when a row went. */
int session_end(long long session_id, long long user_id)
{
	sqlite3_stmt *st = db_stmt(&auth_table, ST_SESSION_DELETE_OWN);
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, session_id);
	sqlite3_bind_int64(st, 2, user_id);
	if (db_exec_stmt(st) != SQLITE_OK)
		return 0;
	return sqlite3_changes(db_get()) > 0;
}

/* Ends all of a user's sessions. */
int sessions_end_for_user(long long user_id)
{
	sqlite3_stmt *st = db_stmt(&auth_table, ST_SESSIONS_DELETE_USER);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, user_id);
	return db_exec_stmt(st);
}

/* Constant-time comparison of two 64-hex-digit tokens. */
int csrf_token_matches(const char *expected, const char *token)
{
	if (expected == NULL || token == NULL || strlen(expected) != 64 || strlen(token) != 64)
		return 0;
	return sodium_memcmp(expected, token, 64) == 0;
}

/* Checks a user's current password. */
int auth_verify_user_password(long long user_id, const char *password, size_t len)
{
	sqlite3_stmt *st = db_stmt(&auth_table, ST_PASSWORD_OF_USER);
	int ok = 0;
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, user_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		ok = crypto_pwhash_str_verify(db_text(st, 0), password, len) == 0;
	sqlite3_reset(st);
	return ok;
}

/* Stores a hash made by password_hash() for the user (hash outside the
 * transaction: it takes a tenth of a second). Call inside db_write(). */
int auth_store_password_hash(long long user_id, const char *hash)
{
	char now_s[21];
	sqlite3_stmt *st = db_stmt(&auth_table, ST_PASSWORD_UPDATE);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now_s);
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, now_s, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, now_s, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, user_id);
	return db_exec_stmt(st);
}

/* Looks up a user id by username; 0 when there is none. */
long long auth_user_id(const char *username)
{
	sqlite3_stmt *st;
	long long id = 0;
	if (sqlite3_prepare_v2(db_get(), "SELECT id FROM users WHERE username = ?", -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, username, -1, SQLITE_STATIC);
	if (db_count(st, &id) != 0)
		id = 0;
	sqlite3_finalize(st);
	return id;
}

/* See auth.h. */
int auth_role_names(unsigned roles, const char *sep, struct buf *out)
{
	static const struct { unsigned bit; const char *name; } names[] = {
		{ ROLE_ADMIN, "admin" }, { ROLE_MANAGER, "manager" },
		{ ROLE_STAFF, "staff" }, { ROLE_ASSESSOR, "assessor" },
		{ ROLE_IQA, "iqa" },
	};
	int rc = 0, first = 1;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (roles & names[i].bit) {
			if (!first)
				rc |= buf_puts(out, sep);
			rc |= buf_puts(out, names[i].name);
			first = 0;
		}
	return rc ? -1 : 0;
}
