/*
 * auth.h: passwords, sign-in throttling, sessions and CSRF tokens.
 *
 * Passwords are Argon2id strings from crypto_pwhash_str (INTERACTIVE
 * limits). A session token is 32 random bytes given to the browser in a
 * cookie; the database keeps only its BLAKE2b hash. Each session has its
 * own CSRF token, put in every form as the hidden field csrf_token.
 */
#ifndef FRONTLINE_AUTH_H
#define FRONTLINE_AUTH_H

#include <stddef.h>
#include <sodium.h>
#include <sqlite3.h>
#include "http.h"

/* Role bits; a user may hold several. An internal quality assurer (IQA)
 * samples assessors' decisions on portfolios. */
#define ROLE_ADMIN    1u
#define ROLE_MANAGER  2u
#define ROLE_STAFF    4u
#define ROLE_ASSESSOR 8u
#define ROLE_IQA      16u
/* Anyone signed in: only the pages everybody needs (home, own account). */
#define ROLE_ALL      31u
/* The organisation's own people: everyone but assessors and quality
 * assurers, who see the organisation's records only through the portfolio
 * snapshots of the learners assigned to them. The intranet's pages that
 * everybody in the organisation reads (plans, KPIs, team, standards) name
 * this, never ROLE_ALL. */
#define ROLE_INTRANET (ROLE_ADMIN | ROLE_MANAGER | ROLE_STAFF)
/* Who may keep a portfolio of evidence (when enrolled): the records' own
 * pages offer them "Add to my portfolio" (section ADD_TO_PORTFOLIO). */
#define ROLE_LEARNERS (ROLE_MANAGER | ROLE_STAFF)

/* Appends the names of the roles held ("admin", "manager", "staff",
 * "assessor", "iqa", in that order) to out, joined by sep: the one list of role
 * names, for pages and for `--routes`. Returns 0, or -1 when out of memory. */
int auth_role_names(unsigned roles, const char *sep, struct buf *out);

/* SQL never spells a role as a number: a role test is written against a
 * parameter, "(roles & ?2) <> 0", and the role bits are bound to it here,
 * named at the call: auth_bind_roles(st, 2, ROLE_MANAGER | ROLE_STAFF).
 * Returns st (NULL stays NULL), so it can wrap db_stmt(). The check
 * scripts/check-sql-roles.sh keeps numbers out of role tests. */
sqlite3_stmt *auth_bind_roles(sqlite3_stmt *st, int param, unsigned roles);

#define PASSWORD_MIN 12
#define PASSWORD_MAX 128

#define SESSION_IDLE_SECONDS     (30 * 60)
#define SESSION_ABSOLUTE_SECONDS (12 * 60 * 60)
#define SESSION_TOUCH_SECONDS    60

/* Throttling windows: failures counted per account and address, per
 * account from anywhere (short, so an attacker cannot lock the real user
 * out for long), and per address. */
#define THROTTLE_PAIR_LIMIT      5
#define THROTTLE_PAIR_WINDOW     (15 * 60)
#define THROTTLE_ACCOUNT_LIMIT   10
#define THROTTLE_ACCOUNT_WINDOW  (5 * 60)
#define THROTTLE_ADDRESS_LIMIT   30
#define THROTTLE_ADDRESS_WINDOW  (15 * 60)

/* struct session, the signed-in user of a request, is in http.h. */

/* The name of the session cookie: __Host-fl_session over TLS. */
const char *session_cookie_name(const struct request *rq);
/* The name of the cookie that carries the CSRF token of forms shown to
 * people who are not signed in (the sign-in form, public forms). */
const char *form_cookie_name(const struct request *rq);

/* Returns NULL when the password is acceptable for this username, or a
 * sentence saying why not (length, common password, contains username). */
const char *password_policy_error(const char *password, size_t len,
                                  const char *username);
/* Hashes a password into out; returns 0 or -1 (out of memory). */
int password_hash(const char *password, size_t len, char out[crypto_pwhash_STRBYTES]);

/* Outcome of a sign-in attempt. */
enum login_result { LOGIN_OK, LOGIN_BAD, LOGIN_THROTTLED, LOGIN_ERROR };

/* Checks the username and password, honouring throttling; on success
 * creates a session (written to token_out as 64 hex digits), rehashes the
 * password if its parameters are old, and audits. A wrong password and an
 * unknown user take the same path and the same time. */
enum login_result auth_login(struct request *rq, const char *username,
                             const char *password, size_t password_len,
                             char token_out[65]);

/* What session_load() found. */
enum session_state { SESSION_NONE, SESSION_VALID, SESSION_EXPIRED, SESSION_ERROR };

/* Loads the session named by the request's cookie into rq->session,
 * ending it if it is past its idle or absolute limit. SESSION_ERROR means
 * the database could not be asked (the caller answers 503). */
enum session_state session_load(struct request *rq);
/* Makes session_load() treat every request as not signed in (for the
 * public program, which may not read sessions). */
void sessions_disable(void);

/* Ends one session of a user (only if it is theirs); returns 1 if ended. */
int session_end(long long session_id, long long user_id);
/* Ends every session of a user; returns SQLITE_OK or an error. */
int sessions_end_for_user(long long user_id);

/* Returns 1 when token matches the expected CSRF token (constant time). */
int csrf_token_matches(const char *expected, const char *token);

/* Verifies a user's current password; returns 1 when it matches. */
int auth_verify_user_password(long long user_id, const char *password, size_t len);

/* Stores a hash from password_hash() as the user's password (and sets
 * password_changed_at); call inside db_write(). SQLITE_OK or an error. */
int auth_store_password_hash(long long user_id, const char *hash);

/* The id of the account with this username (enabled or not), for the
 * command-line tools and demo data; 0 when there is none. */
long long auth_user_id(const char *username);

#endif
