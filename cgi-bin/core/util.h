/*
 * util.h: small building blocks shared by every program.
 *
 * - arena: a per-request allocator; everything allocated from it is freed
 *   at once when the request ends, so handlers never call free().
 * - buf: a growable byte buffer for building bodies and headers.
 * - time helpers: the clock and UTC ISO 8601 text for storage (reading it
 *   back, and everything about dates and London time, is core/caltime).
 * - random tokens and error ids from libsodium.
 * - log_error(): one line to stderr (the worker's log) with an error id.
 */
#ifndef FRONTLINE_UTIL_H
#define FRONTLINE_UTIL_H

#include <stddef.h>
#include <stdarg.h>
#include <time.h>

/* One chunk of an arena; chunks form a singly linked list. */
struct arena_chunk {
	struct arena_chunk *next;
	size_t used, size;
	unsigned char data[];
};

/* A per-request allocator. Zero-initialise it; arena_free() releases all. */
struct arena {
	struct arena_chunk *head;
	size_t total;   /* bytes handed out so far, for limits */
};

void *arena_alloc(struct arena *a, size_t n);
void *arena_zalloc(struct arena *a, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);

/* A growable buffer. Zero-initialise it; buf_free() releases it. */
struct buf {
	char *data;
	size_t len, cap;
};

int buf_append(struct buf *b, const void *data, size_t len);
int buf_puts(struct buf *b, const char *s);
int buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);
void buf_free(struct buf *b);

/* Seconds since the epoch, UTC. */
time_t now_utc(void);
/* Writes t as "YYYY-MM-DDTHH:MM:SSZ" into out (at least 21 bytes); returns out. */
char *iso_utc(time_t t, char out[21]);

/* Fills out with 2*n lowercase hex digits of n random bytes plus a NUL. */
void random_hex(char *out, size_t n);
/* Lowercase hex of len bytes into out (2*len+1 bytes). */
void hex_encode(char *out, const unsigned char *in, size_t len);

/* Writes "error <id>: message" to stderr and copies the id (9 bytes with the
 * NUL) into id_out, so the same id can be shown on the error page. */
void log_error(char id_out[9], const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Writes an informational line to stderr. */
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Returns 1 when s[0..len) is well-formed UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF), 0 otherwise. */
int utf8_valid(const char *s, size_t len);
/* Number of code points in a valid UTF-8 string of len bytes. */
size_t utf8_length(const char *s, size_t len);

/* Percent-encodes s for a query string value (everything but A-Z a-z 0-9
 * - . _ ~ and /, which a query may hold as it is); returns an arena string, or "" when out of memory. */
char *url_encode(struct arena *a, const char *s);

/* Returns how many bytes of s, at most max, to keep so that no UTF-8
 * character is cut in two. */
size_t utf8_prefix(const char *s, size_t max);

/* Appends s (NULL counts as "") to out with & < > " ' escaped, safe for
 * HTML and SVG/XML text and attribute values. Returns 0, or -1 when out
 * of memory. */
int html_escape_append(struct buf *out, const char *s);

#endif
