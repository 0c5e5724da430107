/*
 * test_http.c: the request parsers of core/http.c.
 */
#include "check.h"
#include "core/http.h"

#include <stdlib.h>
#include <string.h>

/* A body held in memory, read by mem_reader(). */
struct mem_body {
	const char *data;
	size_t len, pos;
	int calls;
};

/* body_reader over a mem_body: copies up to want bytes. */
static size_t mem_reader(void *ctx, char *dst, size_t want)
{
	struct mem_body *b = ctx;
	size_t n = b->len - b->pos < want ? b->len - b->pos : want;
	memcpy(dst, b->data + b->pos, n);
	b->pos += n;
	b->calls++;
	return n;
}

/* Returns a malloc'd string of n copies of c (the caller frees it). */
static char *repeat(char c, size_t n)
{
	char *s = malloc(n + 1);
	memset(s, c, n);
	s[n] = '\0';
	return s;
}

/* Decodes s with percent_decode into out (which holds 64 bytes). */
static enum http_error decode(const char *s, char out[64], size_t *out_len, int plus)
{
	return percent_decode(s, strlen(s), out, out_len, plus);
}

/* percent_decode: escapes, '+', malformed escapes and NUL bytes. */
static void test_percent_decode(void)
{
	char out[64];
	size_t n = 99;

	CHECK_EQ_INT(decode("a%20b%2Fc", out, &n, 1), HTTP_OK);
	CHECK_MEM_EQ(out, n, "a b/c", 5);
	CHECK_EQ_INT(decode("%4a%4A%c3%A9", out, &n, 1), HTTP_OK);
	CHECK_MEM_EQ(out, n, "JJ\xc3\xa9", 4);
	CHECK_EQ_INT(decode("a+b++", out, &n, 1), HTTP_OK);
	CHECK_MEM_EQ(out, n, "a b  ", 5);
	CHECK_EQ_INT(decode("a+b", out, &n, 0), HTTP_OK);
	CHECK_MEM_EQ(out, n, "a+b", 3);
	CHECK_EQ_INT(decode("%2B", out, &n, 1), HTTP_OK);
	CHECK_MEM_EQ(out, n, "+", 1);
	CHECK_EQ_INT(decode("ab%41", out, &n, 1), HTTP_OK);
	CHECK_MEM_EQ(out, n, "abA", 3);
	CHECK_EQ_INT(decode("", out, &n, 1), HTTP_OK);
	CHECK_EQ_INT(n, 0);
	CHECK_EQ_INT(out[0], '\0');

	CHECK_EQ_INT(decode("%zz", out, &n, 1), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(decode("%4", out, &n, 1), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(decode("abc%", out, &n, 1), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(decode("%", out, &n, 1), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(decode("%g1", out, &n, 1), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(decode("%1g", out, &n, 1), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(decode("x%4", out, &n, 1), HTTP_ERR_BAD_ENCODING);

	/* The length given is the end, not the NUL: "%4" cut from "%41". */
	CHECK_EQ_INT(percent_decode("%41", 2, out, &n, 1), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(percent_decode("abc%zz", 3, out, &n, 1), HTTP_OK);
	CHECK_MEM_EQ(out, n, "abc", 3);

	/* %00 gives a NUL that value_len keeps. */
	CHECK_EQ_INT(decode("a%00b", out, &n, 1), HTTP_OK);
	CHECK_EQ_INT(n, 3);
	CHECK_MEM_EQ(out, n, "a\0b", 3);
	CHECK_EQ_INT(out[3], '\0');
}

/* Parses s as urlencoded into f with arena a. */
static enum http_error urlenc(struct arena *a, const char *s, struct fields *f)
{
	memset(f, 0, sizeof *f);
	return parse_urlencoded(a, s, strlen(s), f);
}

/* parse_urlencoded: empty input, skipped names, order, limits, NULs. */
static void test_parse_urlencoded(void)
{
	struct arena a = {0};
	struct fields f;

	CHECK_EQ_INT(urlenc(&a, "", &f), HTTP_OK);
	CHECK_EQ_INT(f.count, 0);
	CHECK_EQ_INT(urlenc(&a, "&&&", &f), HTTP_OK);
	CHECK_EQ_INT(f.count, 0);

	CHECK_EQ_INT(urlenc(&a, "name=Ann+Lee&city=caf%C3%A9", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 2)) {
		CHECK_STR_EQ(f.items[0].name, "name");
		CHECK_STR_EQ(f.items[0].value, "Ann Lee");
		CHECK_EQ_INT(f.items[0].value_len, 7);
		CHECK_STR_EQ(f.items[1].name, "city");
		CHECK_STR_EQ(f.items[1].value, "caf\xc3\xa9");
		CHECK_NULL(f.items[1].filename);
		CHECK_NULL(f.items[1].content_type);
	}

	/* Empty names are skipped; a name without '=' has an empty value. */
	CHECK_EQ_INT(urlenc(&a, "=x&=&flag&k%65y=v=w&e=", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 3)) {
		CHECK_STR_EQ(f.items[0].name, "flag");
		CHECK_STR_EQ(f.items[0].value, "");
		CHECK_EQ_INT(f.items[0].value_len, 0);
		CHECK_STR_EQ(f.items[1].name, "key");
		CHECK_STR_EQ(f.items[1].value, "v=w");
		CHECK_STR_EQ(f.items[2].name, "e");
		CHECK_STR_EQ(f.items[2].value, "");
	}

	/* Repeated names are all kept, in order. */
	CHECK_EQ_INT(urlenc(&a, "a=1&a=2&b=3&a=4", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 4)) {
		CHECK_STR_EQ(f.items[0].value, "1");
		CHECK_STR_EQ(f.items[1].value, "2");
		CHECK_STR_EQ(f.items[2].name, "b");
		CHECK_STR_EQ(f.items[3].value, "4");
	}
	CHECK_EQ_INT(fields_count(&f, "a"), 3);
	CHECK_EQ_INT(fields_count(&f, "c"), 0);
	CHECK_STR_EQ(fields_find(&f, "a")->value, "1");
	CHECK_NULL(fields_find(&f, "c"));

	/* Keys: LIMIT_KEY bytes after decoding is fine, one more is not. */
	char buf[LIMIT_KEY * 3 + 16];
	memset(buf, 'k', LIMIT_KEY);
	strcpy(buf + LIMIT_KEY, "=1");
	CHECK_EQ_INT(urlenc(&a, buf, &f), HTTP_OK);
	CHECK_EQ_INT(f.count, 1);
	memset(buf, 'k', LIMIT_KEY + 1);
	strcpy(buf + LIMIT_KEY + 1, "=1");
	CHECK_EQ_INT(urlenc(&a, buf, &f), HTTP_ERR_KEY_TOO_LONG);
	buf[0] = '\0';
	for (int i = 0; i < LIMIT_KEY; i++)
		strcat(buf, "%41");
	strcat(buf, "=1");
	CHECK_EQ_INT(urlenc(&a, buf, &f), HTTP_OK);
	CHECK_EQ_INT(strlen(f.items[0].name), LIMIT_KEY);
	buf[0] = '\0';
	for (int i = 0; i < LIMIT_KEY + 1; i++)
		strcat(buf, "%41");
	strcat(buf, "=1");
	CHECK_EQ_INT(urlenc(&a, buf, &f), HTTP_ERR_KEY_TOO_LONG);

	/* LIMIT_FIELDS fields are fine, one more is not. */
	struct buf q = {0};
	for (int i = 0; i < LIMIT_FIELDS; i++)
		buf_printf(&q, "%sf%d=%d", i ? "&" : "", i, i);
	CHECK_EQ_INT(urlenc(&a, q.data, &f), HTTP_OK);
	CHECK_EQ_INT(f.count, LIMIT_FIELDS);
	CHECK_STR_EQ(f.items[LIMIT_FIELDS - 1].name, "f255");
	buf_puts(&q, "&one=more");
	CHECK_EQ_INT(urlenc(&a, q.data, &f), HTTP_ERR_TOO_MANY_FIELDS);
	buf_free(&q);

	/* A NUL may sit in a value but not in a name; bad escapes anywhere fail. */
	CHECK_EQ_INT(urlenc(&a, "a%00b=1", &f), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(urlenc(&a, "%00=1", &f), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(urlenc(&a, "v=1%002", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 1))
		CHECK_MEM_EQ(f.items[0].value, f.items[0].value_len, "1\0" "2", 3);
	CHECK_EQ_INT(urlenc(&a, "a=%zz", &f), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(urlenc(&a, "a%=1", &f), HTTP_ERR_BAD_ENCODING);
	CHECK_EQ_INT(urlenc(&a, "ok=1&a=%4", &f), HTTP_ERR_BAD_ENCODING);
	arena_free(&a);
}

/* Parses a Cookie header into f. */
static enum http_error cookies(struct arena *a, const char *s, struct fields *f)
{
	memset(f, 0, sizeof *f);
	return parse_cookies(a, s, f);
}

/* parse_cookies: spaces, quotes, malformed pairs and the size limit. */
static void test_parse_cookies(void)
{
	struct arena a = {0};
	struct fields f;

	CHECK_EQ_INT(cookies(&a, NULL, &f), HTTP_OK);
	CHECK_EQ_INT(f.count, 0);
	CHECK_EQ_INT(cookies(&a, "", &f), HTTP_OK);
	CHECK_EQ_INT(f.count, 0);

	CHECK_EQ_INT(cookies(&a, "a=1;b=2;  c=3  ;\td=4", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 4)) {
		CHECK_STR_EQ(f.items[0].name, "a");
		CHECK_STR_EQ(f.items[0].value, "1");
		CHECK_STR_EQ(f.items[1].name, "b");
		CHECK_STR_EQ(f.items[2].name, "c");
		CHECK_STR_EQ(f.items[2].value, "3");
		CHECK_EQ_INT(f.items[2].value_len, 1);
		CHECK_STR_EQ(f.items[3].name, "d");
	}

	/* Quotes around a value are dropped; values are not percent-decoded. */
	CHECK_EQ_INT(cookies(&a, "q=\"two words\"; p=a%20b; e=; eq=x=y; one=\"", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 5)) {
		CHECK_STR_EQ(f.items[0].value, "two words");
		CHECK_STR_EQ(f.items[1].value, "a%20b");
		CHECK_STR_EQ(f.items[2].value, "");
		CHECK_STR_EQ(f.items[3].value, "x=y");
		CHECK_STR_EQ(f.items[4].value, "\"");
	}

	/* Pairs without '=' or without a name are skipped. */
	CHECK_EQ_INT(cookies(&a, "novalue; =x; ;; ok=1;", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 1)) {
		CHECK_STR_EQ(f.items[0].name, "ok");
		CHECK_STR_EQ(f.items[0].value, "1");
	}
	CHECK_EQ_INT(cookies(&a, "sid=abc; theme=dark", &f), HTTP_OK);
	CHECK_STR_EQ(fields_find(&f, "theme")->value, "dark");

	/* The header may be LIMIT_COOKIE_HEADER bytes long, not one more. */
	char *h = repeat('x', LIMIT_COOKIE_HEADER);
	memcpy(h, "big=", 4);
	CHECK_EQ_INT(cookies(&a, h, &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 1))
		CHECK_EQ_INT(f.items[0].value_len, LIMIT_COOKIE_HEADER - 4);
	free(h);
	h = repeat('x', LIMIT_COOKIE_HEADER + 1);
	memcpy(h, "big=", 4);
	CHECK_EQ_INT(cookies(&a, h, &f), HTTP_ERR_TOO_LARGE);
	free(h);

	/* More than LIMIT_FIELDS cookies are refused. */
	struct buf c = {0};
	for (int i = 0; i <= LIMIT_FIELDS; i++)
		buf_printf(&c, "c%d=%d; ", i, i);
	CHECK_EQ_INT(cookies(&a, c.data, &f), HTTP_ERR_TOO_MANY_FIELDS);
	buf_free(&c);
	arena_free(&a);
}

/* multipart_boundary: finding the boundary in a Content-Type. */
static void test_multipart_boundary(void)
{
	struct arena a = {0};
	CHECK_STR_EQ(multipart_boundary(&a, "multipart/form-data; boundary=----WebKitFormBoundaryX1"),
	             "----WebKitFormBoundaryX1");
	CHECK_STR_EQ(multipart_boundary(&a, "multipart/form-data; boundary=\"a b:c\""), "a b:c");
	CHECK_STR_EQ(multipart_boundary(&a, "multipart/form-data; boundary=xyz; charset=utf-8"), "xyz");
	CHECK_STR_EQ(multipart_boundary(&a, "Multipart/Form-Data; BOUNDARY=abc"), "abc");
	CHECK_NULL(multipart_boundary(&a, NULL));
	CHECK_NULL(multipart_boundary(&a, "multipart/form-data"));
	CHECK_NULL(multipart_boundary(&a, "multipart/form-data; boundary="));
	CHECK_NULL(multipart_boundary(&a, "multipart/form-data; boundary=\"\""));
	CHECK_NULL(multipart_boundary(&a, "multipart/form-data; boundary=\"open"));
	CHECK_NULL(multipart_boundary(&a, "application/x-www-form-urlencoded; boundary=x"));
	CHECK_NULL(multipart_boundary(&a, "multipart/form-dataX; boundary=x"));
	char ct[200];
	char *b70 = repeat('b', 70);
	snprintf(ct, sizeof ct, "multipart/form-data; boundary=%s", b70);
	CHECK_STR_EQ(multipart_boundary(&a, ct), b70);
	snprintf(ct, sizeof ct, "multipart/form-data; boundary=%sb", b70);
	CHECK_NULL(multipart_boundary(&a, ct));
	free(b70);
	arena_free(&a);
}

/* Parses a multipart body (of known length) with the given boundary. */
static enum http_error multipart(struct arena *a, const char *body, size_t len,
                                 const char *boundary, struct fields *f)
{
	memset(f, 0, sizeof *f);
	return parse_multipart(a, body, len, boundary, f);
}

#define MP(s) (s), (sizeof(s) - 1)
/* Checks a field's value (with its length) against a string literal. */
#define CHECK_VALUE(field, lit) \
	CHECK_MEM_EQ((field).value, (field).value_len, (lit), sizeof(lit) - 1)

/* parse_multipart: a normal form, broken bodies and awkward data. */
static void test_parse_multipart(void)
{
	struct arena a = {0};
	struct fields f;

	static const char normal[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"title\"\r\n"
		"\r\n"
		"Hello there\r\n"
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"upload\"; filename=\"notes.txt\"\r\n"
		"Content-Type: text/plain\r\n"
		"\r\n"
		"line one\r\nline two\r\n"
		"--XyZ--\r\n";
	CHECK_EQ_INT(multipart(&a, MP(normal), "XyZ", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 2)) {
		CHECK_STR_EQ(f.items[0].name, "title");
		CHECK_VALUE(f.items[0], "Hello there");
		CHECK_NULL(f.items[0].filename);
		CHECK_NULL(f.items[0].content_type);
		CHECK_STR_EQ(f.items[1].name, "upload");
		CHECK_STR_EQ(f.items[1].filename, "notes.txt");
		CHECK_STR_EQ(f.items[1].content_type, "text/plain");
		CHECK_VALUE(f.items[1], "line one\r\nline two");
	}

	/* Without the closing delimiter, or with the body cut short, it fails. */
	static const char unclosed[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"a\"\r\n\r\n"
		"1\r\n"
		"--XyZ";
	CHECK_EQ_INT(multipart(&a, MP(unclosed), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);
	static const char cut[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"a\"\r\n\r\n"
		"1\r\n";
	CHECK_EQ_INT(multipart(&a, MP(cut), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);
	CHECK_EQ_INT(multipart(&a, MP("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n"),
	                       "XyZ", &f), HTTP_ERR_BAD_MULTIPART);
	CHECK_EQ_INT(multipart(&a, MP(""), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);
	CHECK_EQ_INT(multipart(&a, MP("no delimiter at all"), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);
	CHECK_EQ_INT(multipart(&a, MP("--XyZjunk\r\n"), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);

	/* A part must have a Content-Disposition with a name. */
	static const char noname[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; filename=\"x.txt\"\r\n\r\n"
		"data\r\n"
		"--XyZ--\r\n";
	CHECK_EQ_INT(multipart(&a, MP(noname), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);
	static const char nodisp[] =
		"--XyZ\r\n"
		"Content-Type: text/plain\r\n\r\n"
		"data\r\n"
		"--XyZ--\r\n";
	CHECK_EQ_INT(multipart(&a, MP(nodisp), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);
	static const char emptyname[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"\"\r\n\r\n"
		"data\r\n"
		"--XyZ--\r\n";
	CHECK_EQ_INT(multipart(&a, MP(emptyname), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);

	/* Data cannot hold CRLF and the delimiter itself (RFC 2046): refused. */
	static const char tricky[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"text\"\r\n\r\n"
		"--\r\n-- XyZ\r\n--XyQ\r\n--XyZ is near\r\n"
		"--XyZ--";
	CHECK_EQ_INT(multipart(&a, MP(tricky), "XyZ", &f), HTTP_ERR_BAD_MULTIPART);
	/* Data holding "--", CRLF and near-delimiters is kept exactly. */
	static const char dashes[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"text\"\r\n\r\n"
		"--\r\n-- XyZ\r\n--XyQ\r\n\r\n--Xy\r\n"
		"\r\n--XyZ--";
	CHECK_EQ_INT(multipart(&a, MP(dashes), "XyZ", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 1))
		CHECK_VALUE(f.items[0], "--\r\n-- XyZ\r\n--XyQ\r\n\r\n--Xy\r\n");

	/* Binary data with NUL bytes keeps its full length. */
	static const char binary[] =
		"preamble to ignore\r\n"
		"--XyZ\r\n"
		"Content-Disposition: form-data; filename=\"b.bin\"; name=\"blob\"\r\n"
		"Content-Type: application/octet-stream\r\n\r\n"
		"\x00\x01\xff\x00\r\x00\n\r\n"
		"--XyZ--\r\nepilogue";
	CHECK_EQ_INT(multipart(&a, MP(binary), "XyZ", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 1)) {
		CHECK_STR_EQ(f.items[0].name, "blob");
		CHECK_STR_EQ(f.items[0].filename, "b.bin");
		CHECK_STR_EQ(f.items[0].content_type, "application/octet-stream");
		CHECK_VALUE(f.items[0], "\x00\x01\xff\x00\r\x00\n");
	}

	/* An empty file input: filename "" and no data. */
	static const char nofile[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"f\"; filename=\"\"\r\n\r\n"
		"\r\n--XyZ--";
	CHECK_EQ_INT(multipart(&a, MP(nofile), "XyZ", &f), HTTP_OK);
	if (CHECK_EQ_INT(f.count, 1)) {
		CHECK_STR_EQ(f.items[0].filename, "");
		CHECK_EQ_INT(f.items[0].value_len, 0);
	}

	/* A part name longer than LIMIT_KEY is refused. */
	struct buf b = {0};
	char *longname = repeat('n', LIMIT_KEY + 1);
	buf_printf(&b, "--XyZ\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\nv\r\n--XyZ--",
	           longname);
	CHECK_EQ_INT(multipart(&a, b.data, b.len, "XyZ", &f), HTTP_ERR_KEY_TOO_LONG);
	free(longname);
	buf_free(&b);
	arena_free(&a);
}

/* parse_content_length: plain digits only, within the limit. */
static void test_parse_content_length(void)
{
	size_t n = 7;
	CHECK_EQ_INT(parse_content_length(NULL, 100, &n), HTTP_ERR_LENGTH_REQUIRED);
	CHECK_EQ_INT(parse_content_length("", 100, &n), HTTP_ERR_LENGTH_REQUIRED);
	CHECK_EQ_INT(parse_content_length("abc", 100, &n), HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length("-1", 100, &n), HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length("+1", 100, &n), HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length(" 12", 100, &n), HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length("12 ", 100, &n), HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length("1e3", 100, &n), HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length("0x10", 100, &n), HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length("12345678901234567890", (size_t)-1, &n),
	             HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length("00000000000000000001", 100, &n),
	             HTTP_ERR_BAD_LENGTH);
	CHECK_EQ_INT(parse_content_length("101", 100, &n), HTTP_ERR_TOO_LARGE);
	CHECK_EQ_INT(parse_content_length("9999999999999999999", LIMIT_MULTIPART, &n),
	             HTTP_ERR_TOO_LARGE);
	CHECK_EQ_INT(parse_content_length("100", 100, &n), HTTP_OK);
	CHECK_EQ_INT(n, 100);
	CHECK_EQ_INT(parse_content_length("0", 100, &n), HTTP_OK);
	CHECK_EQ_INT(n, 0);
	CHECK_EQ_INT(parse_content_length("007", 100, &n), HTTP_OK);
	CHECK_EQ_INT(n, 7);
	CHECK_EQ_INT(parse_content_length("1048576", LIMIT_URLENCODED, &n), HTTP_OK);
	CHECK_EQ_INT(n, LIMIT_URLENCODED);
	CHECK_EQ_INT(parse_content_length("1048577", LIMIT_URLENCODED, &n), HTTP_ERR_TOO_LARGE);
}

/* Runs request_parse on a fresh request with the given body; the caller
 * frees rq->arena. */
static enum http_error parse(struct request *rq, const struct request_params *p,
                             struct mem_body *body)
{
	memset(rq, 0, sizeof *rq);
	return request_parse(rq, p, mem_reader, body);
}

/* request_parse end to end: GET, POST bodies, limits and errors. */
static void test_request_parse(void)
{
	struct request rq;
	struct mem_body body = {0};
	struct request_params p = {0};

	/* A GET with a query and cookies; a GET body is never read. */
	p.method = "GET";
	p.path = "/admin/users";
	p.query = "page=2&q=ann+lee";
	p.cookie = "fl_session=abc; theme=dark";
	p.https = "on";
	p.origin = "";
	body = (struct mem_body){ "x=1", 3, 0, 0 };
	CHECK_EQ_INT(parse(&rq, &p, &body), HTTP_OK);
	CHECK_EQ_INT(rq.method, METHOD_GET);
	CHECK_STR_EQ(rq.method_name, "GET");
	CHECK_STR_EQ(rq.path, "/admin/users");
	CHECK_STR_EQ(request_query(&rq, "q"), "ann lee");
	CHECK_STR_EQ(request_query(&rq, "page"), "2");
	CHECK_NULL(request_query(&rq, "missing"));
	CHECK_STR_EQ(request_cookie(&rq, "fl_session"), "abc");
	CHECK_STR_EQ(request_cookie(&rq, "theme"), "dark");
	CHECK_EQ_INT(rq.https, 1);
	CHECK_NULL(rq.origin);
	CHECK_EQ_INT(rq.body.count, 0);
	CHECK_EQ_INT(body.calls, 0);
	arena_free(&rq.arena);

	/* Methods, a missing or relative path, https values. */
	struct request_params q = { .method = "HEAD", .https = "off" };
	CHECK_EQ_INT(parse(&rq, &q, &body), HTTP_OK);
	CHECK_EQ_INT(rq.method, METHOD_HEAD);
	CHECK_STR_EQ(rq.path, "/");
	CHECK_EQ_INT(rq.https, 0);
	arena_free(&rq.arena);
	q = (struct request_params){ .method = "PUT", .path = "relative", .https = "ON" };
	CHECK_EQ_INT(parse(&rq, &q, &body), HTTP_OK);
	CHECK_EQ_INT(rq.method, METHOD_OTHER);
	CHECK_STR_EQ(rq.path, "/");
	CHECK_EQ_INT(rq.https, 1);
	arena_free(&rq.arena);

	/* The query may be LIMIT_QUERY bytes long, not one more. */
	char *longq = repeat('v', LIMIT_QUERY);
	longq[0] = 'a';
	longq[1] = '=';
	q = (struct request_params){ .method = "GET", .path = "/", .query = longq };
	CHECK_EQ_INT(parse(&rq, &q, &body), HTTP_OK);
	CHECK_EQ_INT(strlen(request_query(&rq, "a")), LIMIT_QUERY - 2);
	arena_free(&rq.arena);
	free(longq);
	longq = repeat('v', LIMIT_QUERY + 1);
	longq[0] = 'a';
	longq[1] = '=';
	q.query = longq;
	CHECK_EQ_INT(parse(&rq, &q, &body), HTTP_ERR_TOO_LARGE);
	arena_free(&rq.arena);
	free(longq);
	char *longp = repeat('/', LIMIT_PATH + 1);
	q = (struct request_params){ .method = "GET", .path = longp };
	CHECK_EQ_INT(parse(&rq, &q, &body), HTTP_ERR_TOO_LARGE);
	arena_free(&rq.arena);
	free(longp);
	q = (struct request_params){ .method = "GET", .path = "/", .query = "a=%zz" };
	CHECK_EQ_INT(parse(&rq, &q, &body), HTTP_ERR_BAD_ENCODING);
	arena_free(&rq.arena);

	/* An urlencoded POST lands in rq.body. */
	static const char form[] = "name=Ann+Lee&age=42&csrf_token=t";
	struct request_params post = {
		.method = "POST", .path = "/account",
		.content_type = "application/x-www-form-urlencoded; charset=UTF-8",
		.content_length = "32",
	};
	body = (struct mem_body){ form, strlen(form), 0, 0 };
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_OK);
	CHECK_EQ_INT(rq.method, METHOD_POST);
	if (CHECK_EQ_INT(rq.body.count, 3)) {
		CHECK_STR_EQ(rq.body.items[0].value, "Ann Lee");
		CHECK_STR_EQ(fields_find(&rq.body, "age")->value, "42");
		CHECK_STR_EQ(fields_find(&rq.body, "csrf_token")->value, "t");
	}
	arena_free(&rq.arena);

	/* Only CONTENT_LENGTH bytes are read. */
	post.content_length = "7";
	body = (struct mem_body){ form, strlen(form), 0, 0 };
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_OK);
	if (CHECK_EQ_INT(rq.body.count, 1))
		CHECK_STR_EQ(rq.body.items[0].value, "An");
	arena_free(&rq.arena);

	/* A body shorter than CONTENT_LENGTH. */
	post.content_length = "50";
	body = (struct mem_body){ form, strlen(form), 0, 0 };
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_BAD_LENGTH);
	arena_free(&rq.arena);

	/* Missing, malformed and too large lengths. */
	post.content_length = NULL;
	body = (struct mem_body){ form, strlen(form), 0, 0 };
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_LENGTH_REQUIRED);
	arena_free(&rq.arena);
	post.content_length = "3x";
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_BAD_LENGTH);
	arena_free(&rq.arena);
	post.content_length = "1048577";
	body = (struct mem_body){ form, strlen(form), 0, 0 };
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_TOO_LARGE);
	CHECK_EQ_INT(body.calls, 0);
	arena_free(&rq.arena);

	/* Bodies of other types are refused. */
	post.content_length = "5";
	post.content_type = "text/plain";
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_UNSUPPORTED_TYPE);
	arena_free(&rq.arena);
	post.content_type = "application/json";
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_UNSUPPORTED_TYPE);
	arena_free(&rq.arena);
	post.content_type = "application/x-www-form-urlencodedX";
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_UNSUPPORTED_TYPE);
	arena_free(&rq.arena);
	post.content_type = NULL;
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_UNSUPPORTED_TYPE);
	arena_free(&rq.arena);

	/* A POST with no body at all is fine. */
	post.content_length = NULL;
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_OK);
	CHECK_EQ_INT(rq.body.count, 0);
	arena_free(&rq.arena);

	/* A multipart POST, and one whose Content-Type has no boundary. */
	static const char mp[] =
		"--b0\r\n"
		"Content-Disposition: form-data; name=\"note\"\r\n\r\n"
		"hi\r\n"
		"--b0--\r\n";
	char len[16];
	snprintf(len, sizeof len, "%zu", sizeof mp - 1);
	post.content_type = "multipart/form-data; boundary=b0";
	post.content_length = len;
	body = (struct mem_body){ mp, sizeof mp - 1, 0, 0 };
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_OK);
	if (CHECK_EQ_INT(rq.body.count, 1))
		CHECK_STR_EQ(fields_find(&rq.body, "note")->value, "hi");
	arena_free(&rq.arena);
	post.content_type = "multipart/form-data";
	body = (struct mem_body){ mp, sizeof mp - 1, 0, 0 };
	CHECK_EQ_INT(parse(&rq, &post, &body), HTTP_ERR_BAD_MULTIPART);
	arena_free(&rq.arena);
}

/* http_error_status: each error maps to its status. */
static void test_error_status(void)
{
	CHECK_EQ_INT(http_error_status(HTTP_ERR_TOO_LARGE), 413);
	CHECK_EQ_INT(http_error_status(HTTP_ERR_LENGTH_REQUIRED), 411);
	CHECK_EQ_INT(http_error_status(HTTP_ERR_UNSUPPORTED_TYPE), 415);
	CHECK_EQ_INT(http_error_status(HTTP_ERR_BAD_ENCODING), 400);
	CHECK_EQ_INT(http_error_status(HTTP_ERR_BAD_MULTIPART), 400);
	CHECK_EQ_INT(http_error_status(HTTP_ERR_BAD_LENGTH), 400);
	CHECK(strlen(http_strerror(HTTP_ERR_KEY_TOO_LONG)) > 0);
}

/* Runs every test of this file. */
int main(void)
{
	test_percent_decode();
	test_parse_urlencoded();
	test_parse_cookies();
	test_multipart_boundary();
	test_parse_multipart();
	test_parse_content_length();
	test_request_parse();
	test_error_status();
	return check_summary("test_http");
}
