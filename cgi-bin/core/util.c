/*
 * util.c: arena, buffer, time, random and logging helpers (see util.h).
 */
#include "util.h"

#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK 16384

/* Returns n bytes (8-byte aligned) from the arena, or NULL when out of memory. */
void *arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk *c = a->head;
	if (n > SIZE_MAX / 2)
		return NULL;            /* no request is ever this large */
	size_t need = (n + 7) & ~(size_t)7;
	if (c == NULL || c->size - c->used < need) {
		size_t size = need > ARENA_CHUNK ? need : ARENA_CHUNK;
		c = malloc(sizeof(*c) + size);
		if (c == NULL)
			return NULL;
		c->size = size;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += need;
	a->total += need;
	return p;
}

/* Like arena_alloc() but the bytes are zeroed. */
void *arena_zalloc(struct arena *a, size_t n)
{
	void *p = arena_alloc(a, n);
	if (p)
		memset(p, 0, n);
	return p;
}

/* Copies n bytes of s and a NUL into the arena; returns the copy or NULL. */
char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (p == NULL)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Copies a NUL-terminated string into the arena; NULL in gives "" out. */
char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s ? s : "", s ? strlen(s) : 0);
}

/* printf into a new arena string; returns it or NULL. */
char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = n < 0 ? NULL : arena_alloc(a, (size_t)n + 1);
	if (p)
		vsnprintf(p, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

/* Frees every chunk of the arena and leaves it empty and reusable. */
void arena_free(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
	a->total = 0;
}

/* Appends len bytes, keeping a NUL after them; returns 0, or -1 when out of memory. */
int buf_append(struct buf *b, const void *data, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		while (cap < b->len + len + 1)
			cap *= 2;
		char *p = realloc(b->data, cap);
		if (p == NULL)
			return -1;
		b->data = p;
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

/* Appends a NUL-terminated string; returns 0 or -1. */
int buf_puts(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

/* Appends formatted text; returns 0 or -1. */
int buf_printf(struct buf *b, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n < sizeof small)
		return buf_append(b, small, (size_t)n);
	char *big = malloc((size_t)n + 1);
	if (big == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	int rc = buf_append(b, big, (size_t)n);
	free(big);
	return rc;
}

/* Empties the buffer but keeps its memory for reuse. */
void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

/* Releases the buffer's memory. */
void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* Returns the current time in seconds since the epoch. */
time_t now_utc(void)
{
	return time(NULL);
}

/* Formats t as ISO 8601 UTC into out; returns out. */
char *iso_utc(time_t t, char out[21])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return out;
}

/* Lowercase hex encoding; out must hold 2*len+1 bytes. */
void hex_encode(char *out, const unsigned char *in, size_t len)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < len; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * len] = '\0';
}

/* n random bytes as hex into out (2*n+1 bytes). */
void random_hex(char *out, size_t n)
{
	unsigned char raw[64];
	if (n > sizeof raw)
		n = sizeof raw;
	randombytes_buf(raw, n);
	hex_encode(out, raw, n);
	sodium_memzero(raw, sizeof raw);
}

/* Logs an error line with a fresh 8-hex-digit id, copied to id_out. */
void log_error(char id_out[9], const char *fmt, ...)
{
	char msg[1024];
	char when[21];
	va_list ap;
	random_hex(id_out, 4);
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s error %s: %s\n", iso_utc(now_utc(), when), id_out, msg);
	fflush(stderr);
}

/* Logs an informational line. */
void log_info(const char *fmt, ...)
{
	char msg[1024];
	char when[21];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s info: %s\n", iso_utc(now_utc(), when), msg);
	fflush(stderr);
}

/* Strict UTF-8 check (RFC 3629); returns 1 if valid. */
int utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < len) {
		unsigned c = s[i];
		size_t n;
		unsigned min, cp;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			n = 1; min = 0x80; cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2; min = 0x800; cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3; min = 0x10000; cp = c & 0x07;
		} else {
			return 0;
		}
		if (i + n >= len)
			return 0;   /* the sequence runs past the end */
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += n + 1;
	}
	return 1;
}

/* Counts code points: every byte that is not a continuation byte. */
size_t utf8_length(const char *str, size_t len)
{
	size_t count = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)str[i] & 0xC0) != 0x80)
			count++;
	return count;
}

/* Byte length of s cut to at most max bytes on a character boundary. */
size_t utf8_prefix(const char *s, size_t max)
{
	size_t len = strnlen(s, max + 1);
	if (len <= max)
		return len;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

/* Percent-encodes a query value into the arena. */
char *url_encode(struct arena *a, const char *s)
{
	static const char digits[] = "0123456789ABCDEF";
	size_t len = strlen(s);
	char *out = arena_alloc(a, len * 3 + 1), *o = out;
	if (out == NULL)
		return "";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
			*o++ = (char)*p;
		} else {
			*o++ = '%';
			*o++ = digits[*p >> 4];
			*o++ = digits[*p & 15];
		}
	}
	*o = '\0';
	return out;
}

/* Escapes the five characters that matter in HTML (and SVG) text and
 * attributes, copying the runs between them whole. */
int html_escape_append(struct buf *out, const char *s)
{
	if (s == NULL)
		s = "";
	const char *run = s;
	for (; *s; s++) {
		const char *rep;
		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		if (buf_append(out, run, (size_t)(s - run)) != 0 || buf_puts(out, rep) != 0)
			return -1;
		run = s + 1;
	}
	return buf_append(out, run, (size_t)(s - run));
}
