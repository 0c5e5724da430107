/*
 * test_plot.c: the SVG charts escape every label (so pages may include
 * them unescaped) and draw what they are given; CSV fields are quoted and
 * formulas defused.
 */
#include "check.h"
#include "core/plot.h"
#include "core/csv.h"

/* Labels and titles come out as text, never as markup. */
static void test_escaping(void)
{
	struct buf b = {0};
	struct plot_point pts[] = {
		{ "<script>alert(1)</script>", 50, 1 }, { "a&b \"q\" 'x'", 60, 1 },
	};
	CHECK_EQ_INT(plot_trend_svg(&b, "<b>title</b>", pts, 2, 0, 100, "<%>"), 0);
	CHECK(strstr(b.data, "<script") == NULL);
	CHECK(strstr(b.data, "<b>") == NULL);
	CHECK_CONTAINS(b.data, "&lt;script&gt;alert(1)&lt;/script&gt;");
	CHECK_CONTAINS(b.data, "a&amp;b &quot;q&quot; &#39;x&#39;");
	CHECK_CONTAINS(b.data, "<title>&lt;b&gt;title&lt;/b&gt;</title>");
	buf_reset(&b);
	CHECK_EQ_INT(plot_bars_svg(&b, "t", pts, 1, -3, 1), 0);
	CHECK(strstr(b.data, "<script") == NULL);
	buf_free(&b);
}

/* A gap in the data starts a new line segment instead of drawing zero;
 * negative bars are drawn in the warning colour. */
static void test_drawing(void)
{
	struct buf b = {0};
	struct plot_point pts[] = { { "w1", 10, 1 }, { "w2", 0, 0 }, { "w3", 30, 1 } };
	plot_trend_svg(&b, "t", pts, 3, 0, 100, "%");
	const char *path = strstr(b.data, " d=\"");
	CHECK_NOT_NULL(path);
	int moves = 0, lines = 0;
	for (const char *p = path + 4; *p && *p != '"'; p++) {
		moves += *p == 'M';
		lines += *p == 'L';
	}
	CHECK_EQ_INT(moves, 2);
	CHECK_EQ_INT(lines, 0);
	CHECK_EQ_INT(strstr(b.data, "<circle") != NULL, 1);
	buf_reset(&b);
	struct plot_point bars[] = { { "Reliability", -1.5, 1 }, { "Empathy", 0.5, 1 } };
	plot_bars_svg(&b, "gaps", bars, 2, -3, 1);
	CHECK_CONTAINS(b.data, "fill=\"#b3261e\"");
	CHECK_CONTAINS(b.data, "fill=\"#00703c\"");
	CHECK_CONTAINS(b.data, ">-1.5</text>");
	buf_free(&b);
}

/* CSV: quotes where needed, doubled quotes, formulas as text. */
static void test_csv(void)
{
	struct buf b = {0};
	csv_field(&b, "plain", 1);
	csv_field(&b, "a,b", 0);
	csv_field(&b, "say \"hi\"", 0);
	csv_field(&b, "=HYPERLINK(\"x\")", 0);
	csv_field(&b, "-2", 0);
	csv_field(&b, "two\nlines", 0);
	csv_number(&b, -1.234, 2, 0);
	csv_end_row(&b);
	CHECK_STR_EQ(b.data, "plain,\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",\"'-2\","
	             "\"two\nlines\",-1.23\r\n");
	buf_free(&b);
}

int main(void)
{
	test_escaping();
	test_drawing();
	test_csv();
	return check_summary("test_plot");
}
