/*
 * fuzz_cookie.c: parse_cookies() on an arbitrary Cookie header.
 */
#include "fuzz_common.h"

/* One run: parse a NUL-terminated copy of the input as a Cookie header. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = {0};
	struct fields out = {0};
	char *header = fuzz_strndup(data, size);
	enum http_error e = parse_cookies(&a, header, &out);
	FUZZ_ASSERT(e == HTTP_OK || e == HTTP_ERR_TOO_LARGE ||
	            e == HTTP_ERR_TOO_MANY_FIELDS);
	FUZZ_ASSERT(e != HTTP_ERR_TOO_LARGE || strlen(header) > LIMIT_COOKIE_HEADER);
	if (e == HTTP_OK) {
		fuzz_check_fields(&out);
		for (size_t i = 0; i < out.count; i++) {
			const struct field *f = &out.items[i];
			/* Cookies cannot hold NUL, ';' or leading blanks in a name. */
			FUZZ_ASSERT(strlen(f->value) == f->value_len);
			FUZZ_ASSERT(strchr(f->name, ';') == NULL && strchr(f->value, ';') == NULL);
			FUZZ_ASSERT(f->name[0] != ' ' && f->name[0] != '\t');
			FUZZ_ASSERT(strchr(f->name, '=') == NULL);
		}
	}
	free(header);
	arena_free(&a);
	return 0;
}
