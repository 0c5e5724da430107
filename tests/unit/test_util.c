/*
 * test_util.c: arena, buffer, escaping and hex helpers of core/util.c
 * (iso_utc is tested with its reader, parse_utc_text, in test_caltime.c).
 */
#include "check.h"
#include "core/http.h"
#include "core/util.h"

#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Calls arena_alloc(n) in a child process, so that a wrong answer cannot
 * harm this one; returns 1 when it gave NULL, 0 when it gave memory or
 * the child crashed. */
static int alloc_refused_in_child(size_t n)
{
	int status;
	pid_t pid = fork();
	if (pid < 0)
		return 0;
	if (pid == 0) {
		struct arena a = {0};
		_exit(arena_alloc(&a, n) == NULL ? 0 : 1);
	}
	if (waitpid(pid, &status, 0) != pid)
		return 0;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Many allocations of many sizes: aligned, distinct, intact. */
static void test_arena_alloc(void)
{
	struct arena a = {0};
	enum { N = 5000 };
	static unsigned char *ptrs[N];
	static size_t sizes[N];
	int misaligned = 0, overwritten = 0;

	for (int i = 0; i < N; i++) {
		sizes[i] = (size_t)(i * 7919 % 300) + 1;
		ptrs[i] = arena_alloc(&a, sizes[i]);
		if (ptrs[i] == NULL)
			break;
		if ((uintptr_t)ptrs[i] % 8 != 0)
			misaligned++;
		memset(ptrs[i], i & 0xFF, sizes[i]);
	}
	CHECK_NOT_NULL(ptrs[N - 1]);
	for (int i = 0; i < N; i++)
		for (size_t k = 0; ptrs[i] && k < sizes[i]; k++)
			if (ptrs[i][k] != (i & 0xFF)) {
				overwritten++;
				break;
			}
	CHECK_EQ_INT(misaligned, 0);
	CHECK_EQ_INT(overwritten, 0);
	CHECK(a.total >= 5000);

	/* One allocation larger than a chunk. */
	unsigned char *big = arena_alloc(&a, 100000);
	if (CHECK_NOT_NULL(big)) {
		memset(big, 0xAB, 100000);
		CHECK_EQ_INT(big[99999], 0xAB);
		CHECK_EQ_INT((uintptr_t)big % 8, 0);
	}
	CHECK_EQ_INT(ptrs[0][0], 0);   /* earlier blocks untouched */

	/* Zeroed memory, and zero-byte allocations. */
	unsigned char *z = arena_zalloc(&a, 64);
	int nonzero = 0;
	for (int i = 0; z && i < 64; i++)
		nonzero += z[i] != 0;
	CHECK_NOT_NULL(z);
	CHECK_EQ_INT(nonzero, 0);
	CHECK_NOT_NULL(arena_alloc(&a, 0));

	/* Impossible sizes give NULL rather than a short block. */
	CHECK(alloc_refused_in_child(SIZE_MAX));
	CHECK(alloc_refused_in_child(SIZE_MAX - 3));
	CHECK(alloc_refused_in_child(SIZE_MAX - 16));

	arena_free(&a);
	CHECK_NULL(a.head);
	CHECK_EQ_INT(a.total, 0);
	/* The arena is usable again after arena_free(). */
	CHECK_NOT_NULL(arena_alloc(&a, 10));
	CHECK_EQ_INT(a.total, 16);
	arena_free(&a);
}

/* arena_strdup, arena_strndup and arena_printf. */
static void test_arena_strings(void)
{
	struct arena a = {0};
	CHECK_STR_EQ(arena_strdup(&a, "hello"), "hello");
	CHECK_STR_EQ(arena_strdup(&a, NULL), "");
	CHECK_STR_EQ(arena_strndup(&a, "hello", 3), "hel");
	char *s = arena_strndup(&a, "a\0b", 3);
	CHECK_MEM_EQ(s, 4, "a\0b\0", 4);

	CHECK_STR_EQ(arena_printf(&a, "%s-%d-%05.1f", "x", 42, 2.5), "x-42-002.5");
	CHECK_STR_EQ(arena_printf(&a, "%s", ""), "");
	char *p = arena_printf(&a, "%s", "kept");
	/* A long string crosses into a new chunk; earlier ones survive. */
	char *longs = malloc(20001);
	memset(longs, 'L', 20000);
	longs[20000] = '\0';
	char *q = arena_printf(&a, "[%s]", longs);
	if (CHECK_NOT_NULL(q)) {
		CHECK_EQ_INT(strlen(q), 20002);
		CHECK_EQ_INT(q[0], '[');
		CHECK_EQ_INT(q[20001], ']');
		CHECK_EQ_INT(q[10000], 'L');
	}
	CHECK_STR_EQ(p, "kept");
	free(longs);
	arena_free(&a);
}

/* buf_append, buf_puts, buf_printf (short and long), reset and free. */
static void test_buf(void)
{
	struct buf b = {0};
	char big[3000];

	CHECK_EQ_INT(buf_puts(&b, "abc"), 0);
	CHECK_EQ_INT(buf_printf(&b, "-%d-", 7), 0);
	CHECK_STR_EQ(b.data, "abc-7-");
	CHECK_EQ_INT(b.len, 6);

	/* Longer than the 512-byte fast path, and much longer. */
	memset(big, 'z', 600);
	big[600] = '\0';
	CHECK_EQ_INT(buf_printf(&b, "<%s>", big), 0);
	CHECK_EQ_INT(b.len, 6 + 602);
	CHECK_EQ_INT(b.data[6], '<');
	CHECK_EQ_INT(b.data[6 + 601], '>');
	CHECK_EQ_INT(b.data[b.len], '\0');
	CHECK_EQ_INT(strspn(b.data + 7, "z"), 600);
	memset(big, 'y', 2999);
	big[2999] = '\0';
	CHECK_EQ_INT(buf_printf(&b, "%s%s|%d", big, big, 12345), 0);
	CHECK_EQ_INT(b.len, 608 + 2 * 2999 + 6);
	CHECK_STR_EQ(b.data + b.len - 6, "|12345");
	CHECK_EQ_INT(strspn(b.data + 608, "y"), 2 * 2999);
	CHECK_EQ_INT(memcmp(b.data, "abc-7-<zzz", 10), 0);
	/* Exactly 511 and 512 bytes, either side of the fast path. */
	buf_reset(&b);
	memset(big, 'q', 512);
	big[511] = '\0';
	CHECK_EQ_INT(buf_printf(&b, "%s", big), 0);
	CHECK_EQ_INT(b.len, 511);
	big[511] = 'q';
	big[512] = '\0';
	CHECK_EQ_INT(buf_printf(&b, "%s", big), 0);
	CHECK_EQ_INT(b.len, 1023);
	CHECK_EQ_INT(strlen(b.data), 1023);

	/* Binary bytes, then reset and free. */
	buf_reset(&b);
	CHECK_EQ_INT(b.len, 0);
	CHECK_STR_EQ(b.data, "");
	CHECK_EQ_INT(buf_append(&b, "a\0b", 3), 0);
	CHECK_MEM_EQ(b.data, b.len, "a\0b", 3);
	buf_free(&b);
	CHECK_NULL(b.data);
	CHECK_EQ_INT(b.len, 0);
	CHECK_EQ_INT(b.cap, 0);
}

/* hex_encode and random_hex. */
static void test_hex(void)
{
	char out[65], again[65];
	const unsigned char in[] = { 0x00, 0x0f, 0xa5, 0xff };
	hex_encode(out, in, 4);
	CHECK_STR_EQ(out, "000fa5ff");
	hex_encode(out, in, 0);
	CHECK_STR_EQ(out, "");
	random_hex(out, 32);
	random_hex(again, 32);
	CHECK_EQ_INT(strlen(out), 64);
	CHECK_EQ_INT(strspn(out, "0123456789abcdef"), 64);
	CHECK(strcmp(out, again) != 0);
	random_hex(out, 4);
	CHECK_EQ_INT(strlen(out), 8);
}

/* url_encode: safe bytes kept, others escaped, and percent_decode undoes it. */
static void test_url_encode(void)
{
	struct arena a = {0};
	const char *in = "a b&c=d+e/f?g#h%i\xc3\xa9~_.-";
	char out[128];
	size_t n;
	CHECK_STR_EQ(url_encode(&a, ""), "");
	CHECK_STR_EQ(url_encode(&a, "AZaz09-._~/"), "AZaz09-._~/");
	char *e = url_encode(&a, in);
	CHECK_STR_EQ(e, "a%20b%26c%3Dd%2Be/f%3Fg%23h%25i%C3%A9~_.-");
	CHECK_EQ_INT(percent_decode(e, strlen(e), out, &n, 1), 0);
	CHECK_MEM_EQ(out, n, in, strlen(in));
	CHECK_STR_EQ(url_encode(&a, "\x01\x7f\xff"), "%01%7F%FF");
	arena_free(&a);
}

/* Runs every test of this file. */
/* The shared escaper: all five characters, runs between them kept whole,
 * NULL as empty (charts, plots, Gantt and the rota heat map use it). */
static void test_html_escape(void)
{
	struct buf b = {0};
	CHECK_EQ_INT(html_escape_append(&b, "a<b>&\"c\" 'd' plain"), 0);
	CHECK_EQ_INT(html_escape_append(&b, NULL), 0);
	CHECK_EQ_INT(html_escape_append(&b, "|"), 0);
	buf_append(&b, "", 1);
	CHECK_STR_EQ(b.data, "a&lt;b&gt;&amp;&quot;c&quot; &#39;d&#39; plain|");
	buf_free(&b);
}

int main(void)
{
	if (!CHECK(sodium_init() >= 0))
		return check_summary("test_util");
	test_arena_alloc();
	test_arena_strings();
	test_buf();
	test_hex();
	test_url_encode();
	test_html_escape();
	return check_summary("test_util");
}
