/*
 * test_snapshot.c: core/snapshot.c, the building blocks every area's
 * snapshot renderer uses: each escapes what it is given, empty values say
 * so, tables close, titles are cut at a character boundary, and the hash
 * is BLAKE2b-256 of exactly the bytes given.
 */
#include "check.h"
#include "core/snapshot.h"

#include <sodium.h>
#include <string.h>

/* Headings, paragraphs and fields escape markup; line breaks become <br>. */
static void test_text(void)
{
	struct buf b = {0};
	CHECK_EQ_INT(snapshot_heading(&b, "Risks & <b>issues</b>"), 0);
	CHECK_STR_EQ(b.data, "<h4>Risks &amp; &lt;b&gt;issues&lt;/b&gt;</h4>\n");
	buf_reset(&b);
	CHECK_EQ_INT(snapshot_paragraphs(&b, "one\ntwo <i>\n", "empty"), 0);
	CHECK_STR_EQ(b.data, "<p>one<br>two &lt;i&gt;</p>\n");
	buf_reset(&b);
	CHECK_EQ_INT(snapshot_paragraphs(&b, "", "Nothing <here>"), 0);
	CHECK_STR_EQ(b.data, "<p class=\"empty\">Nothing &lt;here&gt;</p>\n");
	buf_reset(&b);
	CHECK_EQ_INT(snapshot_fields_begin(&b), 0);
	CHECK_EQ_INT(snapshot_field(&b, "Owner", ""), 0);
	CHECK_EQ_INT(snapshot_field(&b, "Name's", "\"Amy\" & 'Ben'"), 0);
	CHECK_EQ_INT(snapshot_fields_end(&b), 0);
	CHECK_CONTAINS(b.data, "<dt>Owner</dt><dd>none</dd>");
	CHECK_CONTAINS(b.data, "<dt>Name&#39;s</dt><dd>&quot;Amy&quot; &amp; &#39;Ben&#39;</dd>");
	CHECK(strstr(b.data, "\"Amy\"") == NULL);
	buf_free(&b);
}

/* A table's caption, headings and cells are escaped; it closes. */
static void test_table(void)
{
	static const char *const heads[] = { "Risk", "<Contingency>" };
	const char *cells[] = { "Outage", "Switch <now>" };
	struct buf b = {0};
	CHECK_EQ_INT(snapshot_table_begin(&b, "Risks <all>", 2, heads), 0);
	CHECK_EQ_INT(snapshot_table_row(&b, 2, cells), 0);
	CHECK_EQ_INT(snapshot_table_end(&b), 0);
	CHECK_CONTAINS(b.data, "<caption>Risks &lt;all&gt;</caption>");
	CHECK_CONTAINS(b.data, "<th scope=\"col\">&lt;Contingency&gt;</th>");
	CHECK_CONTAINS(b.data, "<td>Switch &lt;now&gt;</td>");
	CHECK(strstr(b.data, "</tbody></table>") != NULL);
	CHECK(strstr(b.data, "<now>") == NULL);
	buf_free(&b);
}

/* Titles are cut whole characters at a time; the hash is BLAKE2b. */
static void test_title_and_hash(void)
{
	char t[6], h[65], want[65];
	unsigned char raw[32];
	snapshot_set_title(t, sizeof t, "ab\xc3\xa9\xc3\xa9");
	CHECK_STR_EQ(t, "ab\xc3\xa9");
	snapshot_set_title(t, sizeof t, NULL);
	CHECK_STR_EQ(t, "");
	snapshot_hash_hex("frozen", 6, h);
	crypto_generichash(raw, sizeof raw, (const unsigned char *)"frozen", 6, NULL, 0);
	hex_encode(want, raw, sizeof raw);
	CHECK_STR_EQ(h, want);
	snapshot_hash_hex("frozen!", 7, want);
	CHECK(strcmp(h, want) != 0);
}

int main(void)
{
	if (sodium_init() < 0)
		return 1;
	test_text();
	test_table();
	test_title_and_hash();
	return check_summary("snapshot");
}
