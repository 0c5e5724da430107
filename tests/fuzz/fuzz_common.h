/*
 * fuzz_common.h: invariants every parsed field list must keep, checked by
 * the fuzz targets. A broken invariant aborts, which libFuzzer reports as
 * a crash with the input that caused it.
 */
#ifndef FRONTLINE_FUZZ_COMMON_H
#define FRONTLINE_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/http.h"

/* Aborts with a message when cond is false. */
#define FUZZ_ASSERT(cond) do { \
		if (!(cond)) { \
			fprintf(stderr, "invariant broken at %s:%d: %s\n", \
			        __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

/* Checks a field list: at most LIMIT_FIELDS, every name non-empty, NUL-free
 * and at most LIMIT_KEY bytes, every value NUL-terminated at value_len,
 * and fields_find() agreeing with the list. */
static inline void fuzz_check_fields(const struct fields *f)
{
	FUZZ_ASSERT(f->count <= LIMIT_FIELDS);
	FUZZ_ASSERT(f->count <= f->cap || f->count == 0);
	for (size_t i = 0; i < f->count; i++) {
		const struct field *x = &f->items[i];
		FUZZ_ASSERT(x->name != NULL && x->value != NULL);
		FUZZ_ASSERT(x->name[0] != '\0');
		FUZZ_ASSERT(strlen(x->name) <= LIMIT_KEY);
		FUZZ_ASSERT(x->value[x->value_len] == '\0');
		const struct field *first = fields_find(f, x->name);
		FUZZ_ASSERT(first != NULL && first <= x);
		FUZZ_ASSERT(fields_count(f, x->name) >= 1);
	}
}

/* Returns a malloc'd NUL-terminated copy of data[0..size). */
static inline char *fuzz_strndup(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#endif
