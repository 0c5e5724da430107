/*
 * fuzz_request.c: request_parse() on arbitrary parameters and body.
 *
 * The input is six lines, then the body:
 *   METHOD \n PATH \n QUERY \n COOKIE \n CONTENT_TYPE \n CONTENT_LENGTH \n BODY
 * A missing line is a parameter that was not sent (NULL). CONTENT_LENGTH
 * "=" stands for the body's real length, so the fuzzer reaches the body
 * parsers without having to guess it.
 */
#include "fuzz_common.h"

/* A body in memory for the body_reader. */
struct mem_body {
	const uint8_t *data;
	size_t len, pos;
};

/* body_reader over a mem_body: copies up to want bytes. */
static size_t mem_reader(void *ctx, char *dst, size_t want)
{
	struct mem_body *b = ctx;
	size_t n = b->len - b->pos < want ? b->len - b->pos : want;
	memcpy(dst, b->data + b->pos, n);
	b->pos += n;
	return n;
}

/* Takes the next line of the input as a malloc'd string (NULL when the
 * input has run out), advancing *data and *size past it. */
static char *next_line(const uint8_t **data, size_t *size)
{
	if (*size == 0)
		return NULL;
	const uint8_t *nl = memchr(*data, '\n', *size);
	size_t n = nl ? (size_t)(nl - *data) : *size;
	char *s = fuzz_strndup(*data, n);
	*data += nl ? n + 1 : n;
	*size -= nl ? n + 1 : n;
	return s;
}

/* One run: split the input, parse it as a request, check the result. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line[6];
	char length[24];
	for (int i = 0; i < 6; i++)
		line[i] = next_line(&data, &size);
	struct mem_body body = { data, size, 0 };
	struct request_params p = {
		.method = line[0], .path = line[1], .query = line[2],
		.cookie = line[3], .content_type = line[4],
		.content_length = line[5], .remote_addr = "127.0.0.1",
		.host = "localhost", .https = "on",
	};
	if (line[5] && strcmp(line[5], "=") == 0) {
		snprintf(length, sizeof length, "%zu", size);
		p.content_length = length;
	}

	struct request rq;
	memset(&rq, 0, sizeof rq);
	enum http_error e = request_parse(&rq, &p, mem_reader, &body);
	FUZZ_ASSERT(http_error_status(e) >= 400 || e == HTTP_OK);
	FUZZ_ASSERT(http_strerror(e) != NULL);
	FUZZ_ASSERT(rq.path != NULL && rq.path[0] == '/');
	if (e == HTTP_OK) {
		fuzz_check_fields(&rq.query);
		fuzz_check_fields(&rq.cookies);
		fuzz_check_fields(&rq.body);
		FUZZ_ASSERT(rq.method == METHOD_POST || rq.body.count == 0);
		FUZZ_ASSERT(body.pos <= body.len);
		(void)request_query(&rq, "page");
		(void)request_cookie(&rq, "fl_session");
	}
	arena_free(&rq.arena);
	for (int i = 0; i < 6; i++)
		free(line[i]);
	return 0;
}
