/*
 * fuzz_multipart.c: parse_multipart() on arbitrary bodies with a fixed
 * boundary.
 */
#include "fuzz_common.h"

#define BOUNDARY "fuzzBoundary"

/* One run: parse the input as a multipart body and check the fields. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = {0};
	struct fields out = {0};
	enum http_error e = parse_multipart(&a, (const char *)data, size, BOUNDARY, &out);
	FUZZ_ASSERT(e == HTTP_OK || e == HTTP_ERR_BAD_MULTIPART ||
	            e == HTTP_ERR_KEY_TOO_LONG || e == HTTP_ERR_TOO_MANY_FIELDS);
	if (e == HTTP_OK) {
		fuzz_check_fields(&out);
		for (size_t i = 0; i < out.count; i++) {
			const struct field *f = &out.items[i];
			/* A value is a copy of bytes of the body, never more. */
			FUZZ_ASSERT(f->value_len <= size);
			FUZZ_ASSERT(f->value_len == 0 ||
			            memmem(data, size, f->value, f->value_len) != NULL);
			/* and never holds CRLF followed by the delimiter. */
			FUZZ_ASSERT(memmem(f->value, f->value_len, "\r\n--" BOUNDARY,
			                   sizeof("\r\n--" BOUNDARY) - 1) == NULL);
		}
	}
	arena_free(&a);
	return 0;
}
