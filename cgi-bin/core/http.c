/*
 * http.c: request parsing with hard limits (see http.h).
 *
 * Strict CONTENT_LENGTH handling in the spirit of Fossil's cgi.c: a body
 * must declare its length in plain digits, must not exceed the limit for
 * its type, and must arrive in full.
 */

#include "http.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>

static int media_type_is(const char *content_type, const char *type);

/* Sentences for each parse error, shown on the 4xx page. */
const char *http_strerror(enum http_error e)
{
	switch (e) {
	case HTTP_OK: return "No error.";
	case HTTP_ERR_BAD_ENCODING: return "The request contained badly encoded characters.";
	case HTTP_ERR_TOO_MANY_FIELDS: return "The request contained too many fields.";
	case HTTP_ERR_KEY_TOO_LONG: return "The request contained a field name that is too long.";
	case HTTP_ERR_TOO_LARGE: return "The request was larger than this page accepts.";
	case HTTP_ERR_LENGTH_REQUIRED: return "The request did not say how long its body was.";
	case HTTP_ERR_BAD_LENGTH: return "The request's stated length did not match its body.";
	case HTTP_ERR_BAD_MULTIPART: return "The uploaded form data could not be read.";
	case HTTP_ERR_UNSUPPORTED_TYPE: return "The request's body was of a type this page does not accept.";
	case HTTP_ERR_NO_MEMORY: return "The server ran out of memory for this request.";
	}
	return "Unknown error.";
}

/* Maps a parse error to its HTTP status. */
int http_error_status(enum http_error e)
{
	switch (e) {
	case HTTP_ERR_TOO_LARGE: return 413;
	case HTTP_ERR_LENGTH_REQUIRED: return 411;
	case HTTP_ERR_UNSUPPORTED_TYPE: return 415;
	case HTTP_ERR_NO_MEMORY: return 503;
	default: return 400;
	}
}

/* Appends one field to the list, growing it in the arena. */
static enum http_error fields_add(struct arena *a, struct fields *f,
                                  const struct field *item)
{
	if (f->count >= LIMIT_FIELDS)
		return HTTP_ERR_TOO_MANY_FIELDS;
	if (f->count == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		struct field *items = arena_alloc(a, cap * sizeof *items);
		if (items == NULL)
			return HTTP_ERR_NO_MEMORY;
		if (f->count)
			memcpy(items, f->items, f->count * sizeof *items);
		f->items = items;
		f->cap = cap;
	}
	f->items[f->count++] = *item;
	return HTTP_OK;
}

/* First field with this name, or NULL. */
const struct field *fields_find(const struct fields *f, const char *name)
{
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->items[i].name, name) == 0)
			return &f->items[i];
	return NULL;
}

/* Number of fields with this name. */
size_t fields_count(const struct fields *f, const char *name)
{
	size_t n = 0;
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->items[i].name, name) == 0)
			n++;
	return n;
}

/* Value of one hex digit, or -1. */
static int hex_value(char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

/* Decodes %XX escapes (and '+' when asked); malformed escapes are errors. */
enum http_error percent_decode(const char *in, size_t len, char *out,
                               size_t *out_len, int plus_is_space)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		char c = in[i];
		if (c == '%') {
			if (i + 2 >= len)
				return HTTP_ERR_BAD_ENCODING;
			int hi = hex_value(in[i + 1]), lo = hex_value(in[i + 2]);
			if (hi < 0 || lo < 0)
				return HTTP_ERR_BAD_ENCODING;
			out[o++] = (char)(hi * 16 + lo);
			i += 2;
		} else if (c == '+' && plus_is_space) {
			out[o++] = ' ';
		} else {
			out[o++] = c;
		}
	}
	out[o] = '\0';
	*out_len = o;
	return HTTP_OK;
}

/* Decodes one "name=value" pair into the list. An empty name is skipped. */
static enum http_error add_urlencoded_pair(struct arena *a, const char *pair,
                                           size_t len, struct fields *out)
{
	const char *eq = memchr(pair, '=', len);
	size_t name_len = eq ? (size_t)(eq - pair) : len;
	const char *value = eq ? eq + 1 : pair + len;
	size_t value_len = eq ? len - name_len - 1 : 0;
	if (name_len == 0)
		return HTTP_OK;
	if (name_len > LIMIT_KEY * 3)
		return HTTP_ERR_KEY_TOO_LONG;
	char *name = arena_alloc(a, name_len + 1);
	char *val = arena_alloc(a, value_len + 1);
	size_t n, v;
	if (name == NULL || val == NULL)
		return HTTP_ERR_NO_MEMORY;
	if (percent_decode(pair, name_len, name, &n, 1) != HTTP_OK ||
	    percent_decode(value, value_len, val, &v, 1) != HTTP_OK)
		return HTTP_ERR_BAD_ENCODING;
	if (n > LIMIT_KEY)
		return HTTP_ERR_KEY_TOO_LONG;
	if (strlen(name) != n)
		return HTTP_ERR_BAD_ENCODING;   /* a NUL inside a name */
	struct field f = { name, val, v, NULL, NULL };
	return fields_add(a, out, &f);
}

/* Splits on '&' (and ';' is not a separator) and decodes each pair. */
enum http_error parse_urlencoded(struct arena *a, const char *data, size_t len,
                                 struct fields *out)
{
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || data[i] == '&') {
			if (i > start) {
				enum http_error e = add_urlencoded_pair(a, data + start,
				                                        i - start, out);
				if (e != HTTP_OK)
					return e;
			}
			start = i + 1;
		}
	}
	return HTTP_OK;
}

/* Cookie pairs separated by ';', surrounding spaces trimmed. */
enum http_error parse_cookies(struct arena *a, const char *header,
                              struct fields *out)
{
	if (header == NULL)
		return HTTP_OK;
	size_t len = strlen(header);
	if (len > LIMIT_COOKIE_HEADER)
		return HTTP_ERR_TOO_LARGE;
	const char *p = header, *end = header + len;
	while (p < end) {
		const char *semi = memchr(p, ';', (size_t)(end - p));
		const char *stop = semi ? semi : end;
		while (p < stop && (*p == ' ' || *p == '\t'))
			p++;
		const char *eq = memchr(p, '=', (size_t)(stop - p));
		if (eq && eq > p && (size_t)(eq - p) <= LIMIT_KEY) {
			const char *v = eq + 1, *vend = stop;
			while (v < vend && (*v == ' ' || *v == '\t'))
				v++;
			while (vend > v && (vend[-1] == ' ' || vend[-1] == '\t'))
				vend--;
			if (vend - v >= 2 && *v == '"' && vend[-1] == '"') {
				v++;
				vend--;
			}
			struct field f = {
				arena_strndup(a, p, (size_t)(eq - p)),
				arena_strndup(a, v, (size_t)(vend - v)),
				(size_t)(vend - v), NULL, NULL
			};
			if (f.name == NULL || f.value == NULL)
				return HTTP_ERR_NO_MEMORY;
			enum http_error e = fields_add(a, out, &f);
			if (e != HTTP_OK)
				return e;
		}
		p = stop + 1;
	}
	return HTTP_OK;
}

/* Finds boundary=... in a multipart/form-data Content-Type. */
const char *multipart_boundary(struct arena *a, const char *ct)
{
	if (ct == NULL || !media_type_is(ct, "multipart/form-data"))
		return NULL;
	const char *b = ct;
	while ((b = strcasestr(b, "boundary=")) != NULL && b[-1] != ';' && b[-1] != ' ')
		b++;                    /* "xboundary=" is another parameter */
	if (b == NULL)
		return NULL;
	b += 9;
	size_t len;
	if (*b == '"') {
		b++;
		const char *q = strchr(b, '"');
		if (q == NULL)
			return NULL;
		len = (size_t)(q - b);
	} else {
		len = strcspn(b, "; \t");
	}
	if (len == 0 || len > 70)   /* RFC 2046 allows 1 to 70 characters */
		return NULL;
	return arena_strndup(a, b, len);
}

/* Copies the quoted or bare value of key="..." from a header line into
 * the arena; returns NULL when the key is absent. */
static const char *header_param(struct arena *a, const char *line, size_t len,
                                const char *key)
{
	size_t klen = strlen(key);
	for (size_t i = 0; i + klen < len; i++) {
		if ((i == 0 || line[i - 1] == ' ' || line[i - 1] == ';') &&
		    strncasecmp(line + i, key, klen) == 0 && line[i + klen] == '=') {
			const char *v = line + i + klen + 1, *end = line + len;
			if (v < end && *v == '"') {
				const char *q = memchr(v + 1, '"', (size_t)(end - v - 1));
				if (q == NULL)
					return NULL;
				return arena_strndup(a, v + 1, (size_t)(q - v - 1));
			}
			size_t n = 0;
			while (v + n < end && v[n] != ';' && v[n] != ' ')
				n++;
			return arena_strndup(a, v, n);
		}
	}
	return NULL;
}

/* Reads one part's headers (between start and the blank line) and fills
 * the field's name, filename and content type. */
static enum http_error parse_part_headers(struct arena *a, const char *start,
                                          const char *end, struct field *f)
{
	const char *line = start;
	while (line < end) {
		const char *eol = memmem(line, (size_t)(end - line), "\r\n", 2);
		if (eol == NULL)
			eol = end;
		size_t len = (size_t)(eol - line);
		if (len > 20 && strncasecmp(line, "Content-Disposition:", 20) == 0) {
			if (strcasestr(arena_strndup(a, line, len), "form-data") == NULL)
				return HTTP_ERR_BAD_MULTIPART;
			f->name = header_param(a, line, len, "name");
			f->filename = header_param(a, line, len, "filename");
		} else if (len > 13 && strncasecmp(line, "Content-Type:", 13) == 0) {
			const char *v = line + 13;
			while (v < eol && *v == ' ')
				v++;
			f->content_type = arena_strndup(a, v, (size_t)(eol - v));
		}
		line = eol + 2;
	}
	if (f->name == NULL || f->name[0] == '\0')
		return HTTP_ERR_BAD_MULTIPART;
	if (strlen(f->name) > LIMIT_KEY)
		return HTTP_ERR_KEY_TOO_LONG;
	return HTTP_OK;
}

/* Walks the parts of a multipart/form-data body (RFC 7578). */
enum http_error parse_multipart(struct arena *a, const char *body, size_t len,
                                const char *boundary, struct fields *out)
{
	char delim[80];
	int dlen = snprintf(delim, sizeof delim, "--%s", boundary);
	if (dlen < 3 || (size_t)dlen >= sizeof delim)
		return HTTP_ERR_BAD_MULTIPART;
	const char *end = body + len;
	const char *p = memmem(body, len, delim, (size_t)dlen);
	if (p == NULL)
		return HTTP_ERR_BAD_MULTIPART;
	for (;;) {
		p += dlen;
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return HTTP_OK;                     /* closing delimiter */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			return HTTP_ERR_BAD_MULTIPART;
		p += 2;
		const char *hend = memmem(p, (size_t)(end - p), "\r\n\r\n", 4);
		if (hend == NULL || hend - p > 4096)
			return HTTP_ERR_BAD_MULTIPART;
		struct field f = {0};
		enum http_error e = parse_part_headers(a, p, hend, &f);
		if (e != HTTP_OK)
			return e;
		const char *data = hend + 4;
		char next[84];
		int nlen = snprintf(next, sizeof next, "\r\n%s", delim);
		const char *stop = memmem(data, (size_t)(end - data), next, (size_t)nlen);
		if (stop == NULL)
			return HTTP_ERR_BAD_MULTIPART;
		f.value = arena_strndup(a, data, (size_t)(stop - data));
		if (f.value == NULL)
			return HTTP_ERR_NO_MEMORY;
		f.value_len = (size_t)(stop - data);
		if ((e = fields_add(a, out, &f)) != HTTP_OK)
			return e;
		p = stop + 2;
	}
}

/* Plain decimal digits, no sign, no spaces, no overflow, at most limit. */
enum http_error parse_content_length(const char *value, size_t limit,
                                     size_t *length)
{
	if (value == NULL || value[0] == '\0')
		return HTTP_ERR_LENGTH_REQUIRED;
	size_t n = 0;
	for (const char *p = value; *p; p++) {
		if (*p < '0' || *p > '9' || p - value >= 19)
			return HTTP_ERR_BAD_LENGTH;
		n = n * 10 + (size_t)(*p - '0');
	}
	if (n > limit)
		return HTTP_ERR_TOO_LARGE;
	*length = n;
	return HTTP_OK;
}

/* Maps a method name to the enum. */
static enum method method_from_name(const char *m)
{
	if (m == NULL) return METHOD_OTHER;
	if (strcmp(m, "GET") == 0) return METHOD_GET;
	if (strcmp(m, "HEAD") == 0) return METHOD_HEAD;
	if (strcmp(m, "POST") == 0) return METHOD_POST;
	return METHOD_OTHER;
}

/* Reads a body of the declared length; a short body is an error. */
static enum http_error read_body(struct request *rq, body_reader reader,
                                 void *ctx, size_t length, char **out)
{
	char *data = arena_alloc(&rq->arena, length + 1);
	if (data == NULL)
		return HTTP_ERR_NO_MEMORY;
	size_t got = length ? reader(ctx, data, length) : 0;
	if (got != length)
		return HTTP_ERR_BAD_LENGTH;
	data[length] = '\0';
	*out = data;
	return HTTP_OK;
}

/* Returns 1 when a Content-Type names exactly this media type, with or
 * without parameters after a ';'. */
static int media_type_is(const char *content_type, const char *type)
{
	size_t n = strlen(type);
	if (strncasecmp(content_type, type, n) != 0)
		return 0;
	char next = content_type[n];
	return next == '\0' || next == ';' || next == ' ' || next == '\t';
}

/* Parses the body by content type: urlencoded or multipart. */
static enum http_error parse_body(struct request *rq, const struct request_params *p,
                                  body_reader reader, void *ctx)
{
	const char *ct = p->content_type ? p->content_type : "";
	int multipart = media_type_is(ct, "multipart/form-data");
	int urlencoded = media_type_is(ct, "application/x-www-form-urlencoded");
	size_t length = 0;
	enum http_error e = parse_content_length(p->content_length,
		multipart ? LIMIT_MULTIPART : LIMIT_URLENCODED, &length);
	if (e == HTTP_ERR_LENGTH_REQUIRED && ct[0] == '\0')
		return HTTP_OK;                 /* a POST with no body at all */
	if (e != HTTP_OK)
		return e;
	if (length == 0)
		return HTTP_OK;
	if (!multipart && !urlencoded)
		return HTTP_ERR_UNSUPPORTED_TYPE;
	char *data;
	if ((e = read_body(rq, reader, ctx, length, &data)) != HTTP_OK)
		return e;
	if (urlencoded)
		return parse_urlencoded(&rq->arena, data, length, &rq->body);
	const char *boundary = multipart_boundary(&rq->arena, ct);
	if (boundary == NULL)
		return HTTP_ERR_BAD_MULTIPART;
	return parse_multipart(&rq->arena, data, length, boundary, &rq->body);
}

/* Fills the request from its parameters and body. */
enum http_error request_parse(struct request *rq, const struct request_params *p,
                              body_reader reader, void *ctx)
{
	enum http_error e;
	rq->method_name = p->method ? p->method : "";
	rq->method = method_from_name(p->method);
	rq->path = p->path && p->path[0] == '/' ? p->path : "/";
	rq->remote_addr = p->remote_addr ? p->remote_addr : "";
	rq->host = p->host ? p->host : "";
	rq->origin = p->origin && p->origin[0] ? p->origin : NULL;
	rq->referer = p->referer && p->referer[0] ? p->referer : NULL;
	rq->user_agent = p->user_agent ? p->user_agent : "";
	rq->https = p->https && strcasecmp(p->https, "on") == 0;
	if (strlen(rq->path) > LIMIT_PATH)
		return HTTP_ERR_TOO_LARGE;
	if (p->query) {
		size_t qlen = strlen(p->query);
		if (qlen > LIMIT_QUERY)
			return HTTP_ERR_TOO_LARGE;
		if ((e = parse_urlencoded(&rq->arena, p->query, qlen, &rq->query)) != HTTP_OK)
			return e;
	}
	if ((e = parse_cookies(&rq->arena, p->cookie, &rq->cookies)) != HTTP_OK)
		return e;
	if (rq->method == METHOD_POST)
		return parse_body(rq, p, reader, ctx);
	return HTTP_OK;
}

/* Query parameter by name. */
const char *request_query(const struct request *rq, const char *name)
{
	const struct field *f = fields_find(&rq->query, name);
	return f ? f->value : NULL;
}

/* Cookie by name. */
const char *request_cookie(const struct request *rq, const char *name)
{
	const struct field *f = fields_find(&rq->cookies, name);
	return f ? f->value : NULL;
}
