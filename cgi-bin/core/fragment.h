/*
 * fragment.h: this worker's cache of page fragments.
 *
 * A fragment is a piece of a page that costs more to build than to keep:
 * HTML expanded from an escaping template (a week's rota grid, the KPI
 * dashboard's cards), or the figures a section is drawn from (a week's
 * cover). Each is kept under a key and reused while the database is
 * unchanged, which is SQLite's own test: PRAGMA data_version (moves when
 * another connection commits) and this connection's total changes (its
 * own writes), both as they were when the fragment was built, on the same
 * connection (a database opened again after it was moved or replaced
 * starts afresh). When the cache is full, the fragment used longest ago
 * makes way.
 */
#ifndef FRONTLINE_FRAGMENT_H
#define FRONTLINE_FRAGMENT_H

#include <stddef.h>

#define FRAGMENT_SLOTS 16
#define FRAGMENT_KEY_MAX 512

/* A kept fragment: its bytes (NUL-terminated when built as text), their
 * length, and a number its builder recorded (how many items it holds, for
 * the page's empty state). */
struct fragment {
	const char *data;
	size_t len;
	long long count;
};

/* Builds a fragment: sets *data to malloc'd bytes the cache takes over,
 * *len and *count; returns 0, or -1 (then nothing is kept). */
typedef int (*fragment_builder)(void *ctx, char **data, size_t *len, long long *count);

/* Returns the fragment kept under key (at most FRAGMENT_KEY_MAX - 1
 * bytes), built by build(ctx) when it is missing or the database has
 * changed since; NULL when the database cannot be asked or the build
 * fails. The fragment stays valid until FRAGMENT_SLOTS other fragments
 * have been built: for the rest of the request that asked for it. */
const struct fragment *fragment_get(const char *key, fragment_builder build, void *ctx);

#endif
