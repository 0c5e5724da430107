/*
 * test_kpi_chart.c: the SVG charts and data tables shown with :none, and
 * the CSV reader of KPI imports. Every piece of text in a chart must come
 * out escaped, so the :none in the KPI templates is safe.
 */
#include "check.h"
#include "core/chart.h"
#include "core/csv.h"

#include <string.h>

/* Markup in titles, labels, units and marks never survives. */
static void test_chart_escapes_everything(void)
{
	const char *evil = "<script>alert('x')</script>\"&";
	struct chart_point pts[] = {
		{ evil, 1, evil, evil },
		{ "Feb", 2.5, "red", "Red" },
	};
	struct chart c = { evil, evil, pts, 2, 1, 2, 0 };
	struct buf b = {0};
	CHECK_EQ_INT(chart_svg(&b, &c), 0);
	CHECK_EQ_INT(chart_table(&b, &c, evil), 0);
	CHECK(b.data && strstr(b.data, "<script") == NULL);
	CHECK(b.data && strstr(b.data, "'x'") == NULL);
	CHECK_CONTAINS(b.data, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;");
	CHECK_CONTAINS(b.data, "<svg class=\"chart\" viewBox=\"0 0 640 240\" role=\"img\"");
	CHECK_CONTAINS(b.data, "<line class=\"chart-target\"");
	CHECK_CONTAINS(b.data, "<tr><th scope=\"row\">Feb<td>2.5&lt;script&gt;");
	/* the only tags are the chart's and the table's own */
	const char *allowed[] = { "svg", "/svg", "title", "/title", "line", "text", "/text", "polyline",
	                          "circle", "table", "/table", "caption", "/caption", "thead", "/thead",
	                          "tbody", "/tbody", "tr", "/tr", "th", "/th", "td", "/td", NULL };
	int bad = 0;
	for (const char *p = b.data; p && (p = strchr(p, '<')) != NULL; p++) {
		size_t n = strcspn(p + 1, " >/");
		if (p[1] == '/')
			n = 1 + strcspn(p + 2, " >");
		int ok = 0;
		for (int i = 0; allowed[i]; i++)
			if (strlen(allowed[i]) == n && strncmp(p + 1, allowed[i], n) == 0)
				ok = 1;
		bad += !ok;
	}
	CHECK_EQ_INT(bad, 0);
	buf_free(&b);
}

/* A compact chart marks only its last point and has no axis labels. */
static void test_compact_chart(void)
{
	struct chart_point pts[] = { { "a", 1, "green", "Green" }, { "b", 3, "amber", "Amber" }, { "c", 2, "red", "Red" } };
	struct chart c = { "t", "%", pts, 3, 1, 2.5, 1 };
	struct buf b = {0};
	CHECK_EQ_INT(chart_svg(&b, &c), 0);
	CHECK_CONTAINS(b.data, "chart--compact");
	CHECK(b.data && strstr(b.data, "chart-axis") == NULL);
	CHECK(b.data && strstr(b.data, "chart-point--green") == NULL);
	CHECK_CONTAINS(b.data, "chart-point--red");
	buf_free(&b);
	struct chart one = { "t", "", pts, 1, 0, 0, 0 };       /* one point, no target: no line, no NaN */
	CHECK_EQ_INT(chart_svg(&b, &one), 0);
	CHECK(b.data && strstr(b.data, "nan") == NULL && strstr(b.data, "inf") == NULL);
	buf_free(&b);
}

/* Numbers: at most four places, no trailing zeros. */
static void test_numbers(void)
{
	char n[40];
	CHECK_STR_EQ(chart_number(87.5, n), "87.5");
	CHECK_STR_EQ(chart_number(90, n), "90");
	CHECK_STR_EQ(chart_number(-3.25, n), "-3.25");
	CHECK_STR_EQ(chart_number(1234.0625, n), "1234.0625");
	CHECK_STR_EQ(chart_number(0.00001, n), "0");
	CHECK_STR_EQ(chart_number(1e300, n), "?");
	CHECK_STR_EQ(chart_number(0.5, n), "0.5");
	CHECK_STR_EQ(chart_number(-0.25, n), "-0.25");
	CHECK_STR_EQ(chart_number(-0.00001, n), "0");
	CHECK_STR_EQ(chart_number(100.1, n), "100.1");
	CHECK_STR_EQ(chart_number(99.99995, n), "100");
	CHECK_STR_EQ(chart_number(123456789.0123, n), "123456789.0123");
}

/* CSV: quotes, doubled quotes, commas and line breaks inside quotes, CRLF,
 * blank lines, a BOM; and the problems named by line. */
static void test_csv(void)
{
	struct arena a = {0};
	struct csv csv;
	const char *text = "\xEF\xBB\xBFkpi,period,value\r\n\"CSAT, all\",2026-10,\"8\"\"7\"\r\n\r\nNPS,2026-10,\"a\nb\"\n";
	CHECK_NULL(csv_parse(&a, text, strlen(text), 10, 8, &csv));
	CHECK_EQ_INT(csv.count, 3);
	if (csv.count == 3) {
		CHECK_STR_EQ(csv.rows[0].fields[0], "kpi");
		CHECK_STR_EQ(csv.rows[1].fields[0], "CSAT, all");
		CHECK_STR_EQ(csv.rows[1].fields[2], "8\"7");
		CHECK_EQ_INT(csv.rows[2].line, 4);
		CHECK_STR_EQ(csv.rows[2].fields[2], "a\nb");
	}
	CHECK_CONTAINS(csv_parse(&a, "a,b\n\"open,c\n", 12, 10, 8, &csv), "Line 2: a quoted field is never closed");
	CHECK_CONTAINS(csv_parse(&a, "a,\"b\"x\n", 7, 10, 8, &csv), "Line 1: text follows a closing quote");
	CHECK_CONTAINS(csv_parse(&a, "a\nb\nc\n", 6, 2, 8, &csv), "more than 2 rows");
	CHECK_CONTAINS(csv_parse(&a, "a,b,c\n", 6, 2, 2, &csv), "more than 2 fields");
	CHECK_NULL(csv_parse(&a, "x,,\n", 4, 2, 8, &csv));
	CHECK_EQ_INT(csv.count == 1 ? csv.rows[0].count : 0, 3);
	arena_free(&a);
}

int main(void)
{
	test_chart_escapes_everything();
	test_compact_chart();
	test_numbers();
	test_csv();
	return check_summary("test_kpi_chart");
}
