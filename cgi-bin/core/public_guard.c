/*
 * public_guard.c: the shared defences of the public forms (see
 * public_guard.h).
 */
#include "public_guard.h"
#include "crypto.h"
#include "db.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* See public_guard.h. */
int public_submission_key_valid(const char *key)
{
	return key && strlen(key) == 32 && strspn(key, "0123456789abcdef") == 32;
}

/* See public_guard.h. */
const char *public_submission_key(struct arena *a, const char *sent)
{
	if (public_submission_key_valid(sent))
		return sent;
	char *key = arena_alloc(a, 33);
	if (key)
		random_hex(key, 16);
	return key ? key : "";
}

/* See public_guard.h. */
const char *public_honeypot_refusal(struct arena *a, const char *what)
{
	return arena_printf(a, "Your %s was not sent because the hidden \"website\" box was filled in, "
	                    "which usually means a program filled in the form. If you are a person, clear "
	                    "that box (or use a different browser) and send the form again.", what);
}

/* See public_guard.h. */
int public_hourly_limit(const char *env_name, int fallback)
{
	const char *env = getenv(env_name);
	long v = env ? strtol(env, NULL, 10) : 0;
	return v > 0 && v < 1000000000 ? (int)v : fallback;
}

/* See public_guard.h. */
char *public_rate_hour(time_t t, char out[14])
{
	char now[21];
	snprintf(out, 14, "%.13s", iso_utc(t, now));
	return out;
}

/* See public_guard.h. */
int public_address_hash(const struct request *rq, char out[33])
{
	if (secret_key_ensure_loaded() != 0)
		return -1;
	return secret_hash_hex(rq->remote_addr ? rq->remote_addr : "", out);
}

/* See public_guard.h. */
int public_rate_take(sqlite3_stmt *count_st, sqlite3_stmt *add_st, const char *addr_hash,
                     const char *hour, int limit, int *limited)
{
	*limited = 0;
	if (count_st == NULL || add_st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(count_st, 1, addr_hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(count_st, 2, hour, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(count_st);
	int used = rc == SQLITE_ROW ? sqlite3_column_int(count_st, 0) : 0;
	sqlite3_reset(count_st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return rc;
	if (used >= limit) {
		*limited = 1;
		return SQLITE_OK;
	}
	sqlite3_bind_text(add_st, 1, addr_hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(add_st, 2, hour, -1, SQLITE_TRANSIENT);
	return db_exec_stmt(add_st);
}
