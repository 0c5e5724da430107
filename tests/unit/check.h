/*
 * check.h: a tiny test harness for the C unit tests.
 *
 * Every CHECK* macro is one assertion. A failed one prints a line
 *   FAIL file:line: expression (details)
 * and the test goes on. check_summary() prints the last line,
 *   suite: N passed, M failed
 * and returns the exit status for main (0 when nothing failed).
 *
 * The macros are expressions worth 1 when the assertion held, so a test
 * can stop early: if (!CHECK_NOT_NULL(p)) return;
 */
#ifndef FRONTLINE_CHECK_H
#define FRONTLINE_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed_count;
static int check_failed_count;

/* Counts one assertion; on failure prints the FAIL line with the detail
 * (which may be NULL). Returns ok. */
static inline int check_record(int ok, const char *file, int line,
                               const char *expr, const char *detail)
{
	if (ok) {
		check_passed_count++;
		return 1;
	}
	check_failed_count++;
	printf("FAIL %s:%d: %s%s%s%s\n", file, line, expr,
	       detail ? " (" : "", detail ? detail : "", detail ? ")" : "");
	fflush(stdout);
	return 0;
}

/* Writes a printable, quoted form of len bytes of s into out (size n),
 * escaping control and non-ASCII bytes and cutting long values.
 * n must be at least 12. */
static inline void check_quote(char *out, size_t n, const char *s, size_t len)
{
	size_t o = 0;
	if (s == NULL) {
		snprintf(out, n, "NULL");
		return;
	}
	out[o++] = '"';
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (o + 8 >= n) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
			out[o++] = (char)c;
		else
			o += (size_t)snprintf(out + o, n - o, "\\x%02x", c);
	}
	out[o++] = '"';
	out[o] = '\0';
}

/* Compares two integers; the detail shows both values. */
static inline int check_int(long long got, long long want, const char *file,
                            int line, const char *expr)
{
	char detail[96];
	snprintf(detail, sizeof detail, "got %lld, expected %lld", got, want);
	return check_record(got == want, file, line, expr, detail);
}

/* Compares two byte strings (either may be NULL); the detail shows both. */
static inline int check_mem(const char *got, size_t got_len, const char *want,
                            size_t want_len, const char *file, int line,
                            const char *expr)
{
	char g[200], w[200], detail[420];
	int ok = (got == NULL && want == NULL) ||
	         (got != NULL && want != NULL && got_len == want_len &&
	          memcmp(got, want, got_len) == 0);
	if (ok)
		return check_record(1, file, line, expr, NULL);
	check_quote(g, sizeof g, got, got_len);
	check_quote(w, sizeof w, want, want_len);
	snprintf(detail, sizeof detail, "got %s, expected %s", g, w);
	return check_record(0, file, line, expr, detail);
}

/* Compares two NUL-terminated strings (either may be NULL). */
static inline int check_str(const char *got, const char *want, const char *file,
                            int line, const char *expr)
{
	return check_mem(got, got ? strlen(got) : 0, want, want ? strlen(want) : 0,
	                 file, line, expr);
}

/* Checks that a string contains a fragment; the detail shows the string. */
static inline int check_contains(const char *got, const char *part,
                                 const char *file, int line, const char *expr)
{
	char g[200], detail[260];
	if (got != NULL && strstr(got, part) != NULL)
		return check_record(1, file, line, expr, NULL);
	check_quote(g, sizeof g, got, got ? strlen(got) : 0);
	snprintf(detail, sizeof detail, "got %s", g);
	return check_record(0, file, line, expr, detail);
}

#define CHECK(cond) \
	check_record(!!(cond), __FILE__, __LINE__, #cond, NULL)
#define CHECK_EQ_INT(got, want) \
	check_int((long long)(got), (long long)(want), __FILE__, __LINE__, \
	          #got " == " #want)
#define CHECK_STR_EQ(got, want) \
	check_str((got), (want), __FILE__, __LINE__, #got " == " #want)
#define CHECK_MEM_EQ(got, got_len, want, want_len) \
	check_mem((got), (got_len), (want), (want_len), __FILE__, __LINE__, \
	          #got " == " #want)
#define CHECK_CONTAINS(got, part) \
	check_contains((got), (part), __FILE__, __LINE__, #got " contains " #part)
#define CHECK_NULL(p) \
	check_record((p) == NULL, __FILE__, __LINE__, #p " is NULL", NULL)
#define CHECK_NOT_NULL(p) \
	check_record((p) != NULL, __FILE__, __LINE__, #p " is not NULL", NULL)

/* Prints "suite: N passed, M failed" as the last line; returns 0 when
 * nothing failed, 1 otherwise. */
static inline int check_summary(const char *suite)
{
	fflush(stderr);
	printf("%s: %d passed, %d failed\n", suite, check_passed_count,
	       check_failed_count);
	fflush(stdout);
	return check_failed_count ? 1 : 0;
}

#endif
