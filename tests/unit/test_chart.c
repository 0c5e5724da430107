/*
 * test_chart.c: the SVG charts (lines and bars) and data tables that the
 * KPI and feedback templates show with :none. Every piece of text in a
 * chart must come out escaped, so the :none is safe; and the charts draw
 * what they are given (gaps for missing periods, negative bars marked).
 */
#include "check.h"
#include "core/chart.h"

#include <string.h>

/* Markup in titles, labels, units and marks never survives. */
static void test_chart_escapes_everything(void)
{
	const char *evil = "<script>alert('x')</script>\"&";
	struct chart_point pts[] = {
		{ .label = evil, .value = 1, .mark = evil, .mark_label = evil },
		{ .label = "Feb", .value = 2.5, .mark = "red", .mark_label = "Red" },
	};
	struct chart c = { .title = evil, .unit = evil, .points = pts, .count = 2, .has_target = 1, .target = 2 };
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
	const char *allowed[] = { "svg", "/svg", "title", "/title", "line", "text", "/text", "path", "rect",
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
	struct chart_point pts[] = { { .label = "a", .value = 1, .mark = "green", .mark_label = "Green" },
	                             { .label = "b", .value = 3, .mark = "amber", .mark_label = "Amber" },
	                             { .label = "c", .value = 2, .mark = "red", .mark_label = "Red" } };
	struct chart c = { .title = "t", .unit = "%", .points = pts, .count = 3, .has_target = 1, .target = 2.5, .compact = 1 };
	struct buf b = {0};
	CHECK_EQ_INT(chart_svg(&b, &c), 0);
	CHECK_CONTAINS(b.data, "chart--compact");
	CHECK(b.data && strstr(b.data, "chart-axis") == NULL);
	CHECK(b.data && strstr(b.data, "chart-point--green") == NULL);
	CHECK_CONTAINS(b.data, "chart-point--red");
	buf_free(&b);
	struct chart one = { .title = "t", .unit = "", .points = pts, .count = 1 };   /* one point, no target: no NaN */
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

/* Bars and a described line escape their labels and titles too. */
static void test_bars_and_trends_escape(void)
{
	struct buf b = {0};
	struct chart_point pts[] = {
		{ .label = "<script>alert(1)</script>", .value = 50 }, { .label = "a&b \"q\" 'x'", .value = 60 },
	};
	struct chart trend = { .title = "<b>title</b>", .unit = "<%>", .points = pts, .count = 2,
	                       .fixed_range = 1, .lo = 0, .hi = 100, .described = 1 };
	CHECK_EQ_INT(chart_svg(&b, &trend), 0);
	CHECK(strstr(b.data, "<script") == NULL);
	CHECK(strstr(b.data, "<b>") == NULL);
	CHECK_CONTAINS(b.data, "&lt;script&gt;alert(1)&lt;/script&gt;");
	CHECK_CONTAINS(b.data, "<title>&lt;b&gt;title&lt;/b&gt;</title>");
	CHECK_CONTAINS(b.data, "aria-hidden=\"true\"");
	CHECK_CONTAINS(b.data, "100&lt;%&gt;</text>");
	buf_reset(&b);
	struct chart bars = { .title = "<i>t</i>", .points = pts, .count = 2, .fixed_range = 1, .lo = -3, .hi = 1 };
	CHECK_EQ_INT(chart_bars_svg(&b, &bars), 0);
	CHECK(strstr(b.data, "<script") == NULL);
	CHECK(strstr(b.data, "<i>") == NULL);
	CHECK_CONTAINS(b.data, "a&amp;b &quot;q&quot; &#39;x&#39;");
	buf_free(&b);
}

/* A missing period starts a new segment of the line instead of drawing
 * zero, and shows as "no data" in the table; negative bars are marked. */
static void test_gaps_and_negative_bars(void)
{
	struct buf b = {0};
	struct chart_point pts[] = { { .label = "w1", .value = 10 }, { .label = "w2", .missing = 1 },
	                             { .label = "w3", .value = 30 } };
	struct chart trend = { .title = "t", .unit = "%", .points = pts, .count = 3,
	                       .fixed_range = 1, .lo = 0, .hi = 100 };
	CHECK_EQ_INT(chart_svg(&b, &trend), 0);
	const char *path = strstr(b.data, " d=\"");
	CHECK_NOT_NULL(path);
	int moves = 0, lines = 0;
	for (const char *p = path + 4; p && *p && *p != '"'; p++) {
		moves += *p == 'M';
		lines += *p == 'L';
	}
	CHECK_EQ_INT(moves, 2);
	CHECK_EQ_INT(lines, 0);
	int circles = 0;
	for (const char *p = b.data; (p = strstr(p, "<circle")) != NULL; p++)
		circles++;
	CHECK_EQ_INT(circles, 2);
	CHECK_EQ_INT(chart_table(&b, &trend, "t"), 0);
	CHECK_CONTAINS(b.data, "<th scope=\"row\">w2<td>no data");
	buf_reset(&b);
	struct chart_point gaps[] = { { .label = "Reliability", .value = -1.5 }, { .label = "Empathy", .value = 0.5 },
	                              { .label = "Tangibles", .missing = 1 } };
	struct chart bars = { .title = "gaps", .points = gaps, .count = 3, .fixed_range = 1, .lo = -3, .hi = 1 };
	CHECK_EQ_INT(chart_bars_svg(&b, &bars), 0);
	CHECK_CONTAINS(b.data, "class=\"chart-bar chart-bar--negative\"");
	CHECK_CONTAINS(b.data, "class=\"chart-bar\" x=");
	CHECK_CONTAINS(b.data, ">-1.5</text>");
	CHECK_CONTAINS(b.data, ">+0.5</text>");
	int rects = 0;
	for (const char *p = b.data; (p = strstr(p, "<rect")) != NULL; p++)
		rects++;
	CHECK_EQ_INT(rects, 2);
	buf_free(&b);
}

int main(void)
{
	test_chart_escapes_everything();
	test_compact_chart();
	test_numbers();
	test_bars_and_trends_escape();
	test_gaps_and_negative_bars();
	return check_summary("test_chart");
}
