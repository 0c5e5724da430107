/*
 * public_guard.h: the defences every public form shares (the feedback
 * form, the complaint form), beside the form token that core/route.c
 * checks for every POST without a session (the fl_form cookie):
 *
 * - a submission key: 128 random bits in a hidden field, so a form sent
 *   twice is stored once (each area keeps it unique in its table);
 * - a honeypot: a "website" box hidden from people; filled in, the form
 *   is refused with a sentence saying why;
 * - a rate limit: at most N forms per address per hour, counted under a
 *   keyed hash of the address (never the address itself) in the area's
 *   own table of (addr_hash, hour, count).
 */
#ifndef FRONTLINE_PUBLIC_GUARD_H
#define FRONTLINE_PUBLIC_GUARD_H

#include <sqlite3.h>
#include <time.h>

#include "http.h"

/* The name of the honeypot field every public form carries. */
#define PUBLIC_HONEYPOT_FIELD "website"

/* Returns 1 when key is a submission key: 32 lower-case hex digits. */
int public_submission_key_valid(const char *key);

/* The submission key a form page carries: sent when it is one, else a
 * new random key (an arena string; "" when out of memory). */
const char *public_submission_key(struct arena *a, const char *sent);

/* The refusal shown when the honeypot was filled in; what names the form
 * ("feedback", "complaint"). An arena string. */
const char *public_honeypot_refusal(struct arena *a, const char *what);

/* The hourly limit from the environment variable env_name (a positive
 * number), else fallback. */
int public_hourly_limit(const char *env_name, int fallback);

/* The hour an instant falls in, as counted: "YYYY-MM-DDTHH" (UTC). */
char *public_rate_hour(time_t t, char out[14]);

/* The keyed hash of the request's address (core/crypto.h) into out.
 * Returns 0, or -1 when no key is loaded. */
int public_address_hash(const struct request *rq, char out[33]);

/* Counts one form from addr_hash in hour, inside the caller's write
 * transaction, unless the address already sent limit this hour (then
 * *limited is 1 and nothing is counted). count_st is the area's
 * "SELECT count ... WHERE addr_hash = ?1 AND hour = ?2", add_st its
 * "INSERT ... (?1, ?2, 1) ON CONFLICT DO UPDATE SET count = count + 1".
 * Returns SQLITE_OK or the error. */
int public_rate_take(sqlite3_stmt *count_st, sqlite3_stmt *add_st, const char *addr_hash,
                     const char *hour, int limit, int *limited);

#endif
