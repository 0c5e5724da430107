/*
 * http.h: one request, parsed once, with hard limits.
 *
 * The parsers here take plain bytes, not FastCGI structures, so the unit
 * tests and the fuzz targets drive exactly the code the programs run.
 */
#ifndef FRONTLINE_HTTP_H
#define FRONTLINE_HTTP_H

#include <stddef.h>
#include "util.h"

/* Hard limits. A request beyond them is refused before any handler runs. */
#define LIMIT_PATH          1024        /* bytes of the path */
#define LIMIT_QUERY         4096        /* bytes of the query string */
#define LIMIT_COOKIE_HEADER 8192        /* bytes of the Cookie header */
#define LIMIT_FIELDS        256         /* fields in a query, cookie or body */
#define LIMIT_KEY           128         /* bytes of one field name */
#define LIMIT_URLENCODED    (1 << 20)   /* bytes of an urlencoded body */
#define LIMIT_MULTIPART     (8 << 20)   /* bytes of a multipart body */

/* What went wrong while parsing; HTTP_OK is 0. */
enum http_error {
	HTTP_OK = 0,
	HTTP_ERR_BAD_ENCODING,     /* bad percent-encoding or a NUL in a key */
	HTTP_ERR_TOO_MANY_FIELDS,
	HTTP_ERR_KEY_TOO_LONG,
	HTTP_ERR_TOO_LARGE,        /* body or header beyond its limit: 413 */
	HTTP_ERR_LENGTH_REQUIRED,  /* a body without CONTENT_LENGTH: 411 */
	HTTP_ERR_BAD_LENGTH,       /* CONTENT_LENGTH not a plain number, or short body */
	HTTP_ERR_BAD_MULTIPART,
	HTTP_ERR_UNSUPPORTED_TYPE, /* a body of a type we do not read: 415 */
	HTTP_ERR_NO_MEMORY,
};

/* Returns a sentence describing the error, for the 4xx page. */
const char *http_strerror(enum http_error e);
/* Returns the HTTP status that fits the error (400, 411, 413 or 415). */
int http_error_status(enum http_error e);

/* One name=value pair. value is NUL-terminated but may contain NULs, so
 * value_len is the truth. Multipart file parts also carry a filename. */
struct field {
	const char *name;
	const char *value;
	size_t value_len;
	const char *filename;      /* NULL unless a multipart file part */
	const char *content_type;  /* NULL unless given in a multipart part */
};

/* A list of fields in the order they arrived. */
struct fields {
	struct field *items;
	size_t count, cap;
};

/* Returns the first field called name, or NULL. */
const struct field *fields_find(const struct fields *f, const char *name);
/* Returns how many fields are called name. */
size_t fields_count(const struct fields *f, const char *name);

/* Decodes percent-encoding and '+' (as space when plus_is_space) from
 * in[0..len) into out, which must hold len+1 bytes; sets *out_len.
 * Returns HTTP_OK or HTTP_ERR_BAD_ENCODING for a malformed escape. */
enum http_error percent_decode(const char *in, size_t len, char *out,
                               size_t *out_len, int plus_is_space);

/* Parses "a=1&b=2" (a query string or an urlencoded body) into out. */
enum http_error parse_urlencoded(struct arena *a, const char *data, size_t len,
                                 struct fields *out);

/* Parses a Cookie header ("a=1; b=2") into out. Values are taken as they
 * are (cookies are not percent-decoded); malformed pairs are skipped. */
enum http_error parse_cookies(struct arena *a, const char *header,
                              struct fields *out);

/* Extracts the boundary from a multipart/form-data Content-Type into an
 * arena string; returns NULL when there is none or it is malformed. */
const char *multipart_boundary(struct arena *a, const char *content_type);

/* Parses a multipart/form-data body into out. */
enum http_error parse_multipart(struct arena *a, const char *body, size_t len,
                                const char *boundary, struct fields *out);

/* Parses a CONTENT_LENGTH value: plain decimal digits only, at most limit.
 * NULL or "" gives HTTP_ERR_LENGTH_REQUIRED. Sets *length on success. */
enum http_error parse_content_length(const char *value, size_t limit,
                                     size_t *length);

/* Request methods the programs know. */
enum method { METHOD_GET, METHOD_HEAD, METHOD_POST, METHOD_OTHER };

/* The signed-in user, loaded for each request from the session cookie
 * (core/auth.c). */
struct session {
	long long id;
	long long user_id;
	const char *username;
	const char *display_name;
	unsigned roles;
	char csrf_token[65];
};

struct form;

/* Everything a handler may read about the request. */
struct request {
	struct arena arena;
	enum method method;
	const char *method_name;
	const char *path;          /* decoded by nginx, starts with '/' */
	struct fields query;
	struct fields cookies;
	struct fields body;        /* urlencoded or multipart fields */
	const char *remote_addr;
	const char *host;          /* Host header */
	const char *origin;        /* Origin header or NULL */
	const char *referer;       /* Referer header or NULL */
	const char *user_agent;
	int https;                 /* served over TLS */
	long long path_ids[4];     /* the {id} segments of the matched route */
	int path_id_count;
	const char *path_slug;     /* the {slug} segment of the matched route, or NULL */
	struct session *session;   /* the signed-in user, or NULL */
	struct form *form;         /* the validated form of the route (core/route.c);
	                              handlers read it with request_form() */
};

/* The CGI-style parameters the parser needs, however they arrived. */
struct request_params {
	const char *method, *path, *query, *cookie, *content_type,
	           *content_length, *remote_addr, *host, *origin, *referer,
	           *user_agent, *https;
};

/* Reads up to want bytes of the body into dst; returns the bytes read
 * (fewer only at end of input). ctx is the reader's own state. */
typedef size_t (*body_reader)(void *ctx, char *dst, size_t want);

/* Fills rq (whose arena must be zeroed) from params and the body reader.
 * Returns HTTP_OK or the first error met. */
enum http_error request_parse(struct request *rq, const struct request_params *p,
                              body_reader read_body, void *ctx);

/* Returns the value of the named query parameter or NULL. */
const char *request_query(const struct request *rq, const char *name);
/* Returns the value of the named cookie or NULL. */
const char *request_cookie(const struct request *rq, const char *name);

#endif
