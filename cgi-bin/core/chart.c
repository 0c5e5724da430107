/*
 * chart.c: SVG line and bar charts and their data tables (see chart.h).
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* At most 4 decimal places, trailing zeros and a bare point removed.
 * Done with integers: printf's float formatting was a fifth of the time
 * of a dashboard with hundreds of figures. */
char *chart_number(double v, char out[40])
{
	if (!isfinite(v) || fabs(v) >= 1e14) {
		snprintf(out, 40, "%s", "?");
		return out;
	}
	long long scaled = llround(v * 10000.0);
	char digits[32], *o = out;
	unsigned long long a = scaled < 0 ? (unsigned long long)(-scaled) : (unsigned long long)scaled;
	int n = 0;
	do {
		digits[n++] = (char)('0' + a % 10);
		a /= 10;
	} while (a || n < 5);                   /* at least one digit before the point */
	if (scaled < 0)
		*o++ = '-';
	for (int i = n - 1; i >= 4; i--)
		*o++ = digits[i];
	int last = 0;                           /* the last non-zero decimal place */
	for (int i = 3; i >= 0; i--)
		if (digits[i] != '0')
			last = 4 - i;
	if (last) {
		*o++ = '.';
		for (int i = 3; i >= 4 - last; i--)
			*o++ = digits[i];
	}
	*o = '\0';
	return out;
}

/* Appends x,y-style coordinates with one decimal place, without printf. */
static int append_tenths(struct buf *out, double v)
{
	char num[40];
	return buf_puts(out, chart_number(round(v * 10.0) / 10.0, num));
}

/* The drawing area of a chart, in SVG user units. */
struct frame {
	double width, height, left, right, top, bottom;
	double lo, hi;            /* the value range shown */
};

/* Chooses the size and value range: the fixed range when the chart has
 * one, otherwise one where every value and the target fit, with a tenth
 * of the range spare above and below. */
static void frame_for(const struct chart *c, struct frame *f)
{
	if (c->compact) {
		f->width = 160; f->height = 40;
		f->left = 3; f->right = 3; f->top = 4; f->bottom = 4;
	} else {
		f->width = 640; f->height = 240;
		f->left = 64; f->right = 16; f->top = 16; f->bottom = 40;
	}
	if (c->fixed_range && c->hi > c->lo) {
		f->lo = c->lo;
		f->hi = c->hi;
		return;
	}
	int any = c->has_target;
	double lo = c->target, hi = c->target;
	for (size_t i = 0; i < c->count; i++) {
		double v = c->points[i].value;
		if (c->points[i].missing)
			continue;
		if (!any || v < lo) lo = v;
		if (!any || v > hi) hi = v;
		any = 1;
	}
	if (!any)
		lo = hi = 0;
	double spare = (hi - lo) * 0.1;
	if (spare == 0)
		spare = fabs(hi) > 0 ? fabs(hi) * 0.1 : 1;
	f->lo = lo - spare;
	f->hi = hi + spare;
}

/* The x of point i of n. */
static double x_at(const struct frame *f, size_t i, size_t n)
{
	double span = f->width - f->left - f->right;
	return n <= 1 ? f->left + span / 2 : f->left + span * (double)i / (double)(n - 1);
}

/* The y of a value (a value outside the range at its edge). */
static double y_at(const struct frame *f, double v)
{
	double span = f->height - f->top - f->bottom;
	if (v < f->lo)
		v = f->lo;
	if (v > f->hi)
		v = f->hi;
	return f->top + span * (f->hi - v) / (f->hi - f->lo);
}

/* The value at grid line i of a chart: five from lo to hi on a fixed
 * range (0, 25, 50, 75, 100), otherwise three at 10%, 50% and 90% up. */
static int grid_value(const struct chart *c, const struct frame *f, int i, double *v)
{
	if (c->fixed_range) {
		*v = f->lo + (f->hi - f->lo) * i / 4.0;
		return i <= 4;
	}
	*v = f->lo + (f->hi - f->lo) * (0.1 + 0.4 * i);
	return i <= 2;
}

/* Every how many periods a label fits on the x axis: at most seven, and
 * far enough apart that the longest label (about 7 units a character at
 * the axis's 12px) does not run into its neighbour. */
static size_t label_step(const struct chart *c, const struct frame *f)
{
	size_t longest = 1, step = c->count > 7 ? (c->count + 6) / 7 : 1;
	if (c->count < 2)
		return 1;
	for (size_t i = 0; i < c->count; i++) {
		size_t n = c->points[i].label ? strlen(c->points[i].label) : 0;
		if (n > longest)
			longest = n;
	}
	double gap = (f->width - f->left - f->right) / (double)(c->count - 1);
	while ((double)step * gap < (double)longest * 7.0 + 12.0 && step < c->count)
		step++;
	return step;
}

/* The axes of a full chart: grid lines with their values and period
 * labels spaced so they do not overlap. */
static int append_axes(struct buf *out, const struct chart *c, const struct frame *f)
{
	char num[40];
	double v;
	int rc = 0;
	for (int i = 0; grid_value(c, f, i, &v); i++) {
		double y = y_at(f, v);
		rc |= buf_printf(out, "<line class=\"chart-grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
		                 "<text class=\"chart-axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s",
		                 f->left, y, f->width - f->right, y, f->left - 6, y + 4, chart_number(v, num));
		rc |= html_escape_append(out, c->fixed_range && c->unit ? c->unit : "");
		rc |= buf_puts(out, "</text>");
	}
	size_t step = label_step(c, f);
	for (size_t i = 0; i < c->count; i++) {
		size_t last = c->count - 1;
		/* every step-th period, and the last one, with room around it */
		if (i != last && (i % step != 0 || (step > 1 && i != 0 && last - i < (step + 1) / 2 + 1)))
			continue;
		const char *anchor = c->count == 1 ? "middle" : i == 0 ? "start" : i == last ? "end" : "middle";
		rc |= buf_printf(out, "<text class=\"chart-axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">",
		                 x_at(f, i, c->count), f->height - f->bottom + 18, anchor);
		rc |= html_escape_append(out, c->points[i].label);
		rc |= buf_puts(out, "</text>");
	}
	return rc ? -1 : 0;
}

/* Opens the <svg> element: its class and size, its accessible name (or,
 * when a table beside it says the same, hidden from screen readers) and,
 * on a full-size chart, the title as a tooltip. */
static int open_svg(struct buf *out, const struct chart *c, double width, double height)
{
	int rc = buf_printf(out, "<svg class=\"chart%s\" viewBox=\"0 0 %d %d\" ",
	                    c->compact ? " chart--compact" : "", (int)width, (int)height);
	if (c->described) {
		rc |= buf_puts(out, "aria-hidden=\"true\" focusable=\"false\">");
	} else {
		rc |= buf_puts(out, "role=\"img\" aria-label=\"");
		rc |= html_escape_append(out, c->title);
		rc |= buf_puts(out, "\">");
	}
	if (!c->compact) {
		rc |= buf_puts(out, "<title>");
		rc |= html_escape_append(out, c->title);
		rc |= buf_puts(out, "</title>");
	}
	return rc ? -1 : 0;
}

/* The line through the points, broken where a point is missing (a
 * period without data is a gap, not a zero). */
static int append_line(struct buf *out, const struct chart *c, const struct frame *f)
{
	int rc = 0, drawing = 0, started = 0;
	for (size_t i = 0; i < c->count; i++) {
		if (c->points[i].missing) {
			drawing = 0;
			continue;
		}
		if (!started)
			rc |= buf_puts(out, "<path class=\"chart-line\" d=\"");
		started = 1;
		rc |= buf_puts(out, drawing ? " L" : " M");
		rc |= append_tenths(out, x_at(f, i, c->count));
		rc |= buf_puts(out, " ");
		rc |= append_tenths(out, y_at(f, c->points[i].value));
		drawing = 1;
	}
	if (started)
		rc |= buf_puts(out, "\"/>");
	return rc ? -1 : 0;
}

/* Appends the SVG: optional axes, the target line, the line and markers. */
int chart_svg(struct buf *out, const struct chart *c)
{
	struct frame f;
	char num[40];
	int rc = 0;
	frame_for(c, &f);
	rc |= open_svg(out, c, f.width, f.height);
	if (!c->compact && append_axes(out, c, &f) != 0)
		return -1;
	if (c->has_target) {
		double y = y_at(&f, c->target);
		rc |= buf_puts(out, "<line class=\"chart-target\" x1=\"");
		rc |= append_tenths(out, f.left);
		rc |= buf_puts(out, "\" y1=\"");
		rc |= append_tenths(out, y);
		rc |= buf_puts(out, "\" x2=\"");
		rc |= append_tenths(out, f.width - f.right);
		rc |= buf_puts(out, "\" y2=\"");
		rc |= append_tenths(out, y);
		rc |= buf_puts(out, "\"/>");
		if (!c->compact)
			rc |= buf_printf(out, "<text class=\"chart-target-label\" x=\"%.1f\" y=\"%.1f\" "
			                 "text-anchor=\"start\">Target %s</text>",
			                 f.left + 4, y - 5, chart_number(c->target, num));
	}
	rc |= append_line(out, c, &f);
	for (size_t i = c->compact && c->count ? c->count - 1 : 0; i < c->count; i++) {
		const char *mark = c->points[i].mark;
		if (c->points[i].missing)
			continue;
		rc |= buf_printf(out, "<circle class=\"chart-point%s", mark ? " chart-point--" : "");
		if (mark)
			rc |= html_escape_append(out, mark);
		rc |= buf_puts(out, "\" cx=\"");
		rc |= append_tenths(out, x_at(&f, i, c->count));
		rc |= buf_puts(out, "\" cy=\"");
		rc |= append_tenths(out, y_at(&f, c->points[i].value));
		rc |= buf_puts(out, c->compact ? "\" r=\"3\"/>" : "\" r=\"4\"/>");
	}
	rc |= buf_puts(out, "</svg>");
	return rc ? -1 : 0;
}

/* Appends horizontal bars from the zero line, labels on the left. */
int chart_bars_svg(struct buf *out, const struct chart *c)
{
	const double width = 640, row = 32, top = 16, label_w = 140, left = label_w + 8, right = width - 48;
	double height = top + row * (double)c->count + 24;
	double lo = c->lo, hi = c->hi > c->lo ? c->hi : c->lo + 1;
	double zero = left + (0 - lo) / (hi - lo) * (right - left);
	char num[40];
	int rc = open_svg(out, c, width, height);
	for (size_t i = 0; i < c->count; i++) {
		const struct chart_point *p = &c->points[i];
		double y = top + row * (double)i;
		rc |= buf_printf(out, "<text class=\"chart-bar-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">",
		                 label_w, y + 18);
		rc |= html_escape_append(out, p->label);
		rc |= buf_puts(out, "</text>");
		if (p->missing)
			continue;
		double v = p->value < lo ? lo : p->value > hi ? hi : p->value;
		double x = left + (v - lo) / (hi - lo) * (right - left);
		double x0 = x < zero ? x : zero, w = fabs(x - zero);
		rc |= buf_printf(out, "<rect class=\"chart-bar%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"20\"/>",
		                 p->value < 0 ? " chart-bar--negative" : "", x0, y + 4, w < 1 ? 1 : w);
		rc |= buf_printf(out, "<text class=\"chart-bar-value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s%s</text>",
		                 p->value < 0 ? x0 - 4 : x0 + w + 4, y + 18, p->value < 0 ? "end" : "start",
		                 p->value > 0 ? "+" : "", chart_number(round(p->value * 10.0) / 10.0, num));
	}
	rc |= buf_printf(out, "<line class=\"chart-zero\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/></svg>",
	                 zero, top, zero, top + row * (double)c->count);
	return rc ? -1 : 0;
}

/* Appends the data table, newest point first. End tags that HTML makes
 * optional (th, td, tr) are left out: a dashboard carries hundreds of these
 * cells, and every byte is copied several times on its way out. */
int chart_table(struct buf *out, const struct chart *c, const char *caption)
{
	char num[40];
	int marks = 0, rc = 0;
	for (size_t i = 0; i < c->count; i++)
		marks |= c->points[i].mark_label != NULL;
	rc |= buf_puts(out, "<table class=\"table chart-table\"><caption>");
	rc |= html_escape_append(out, caption);
	rc |= buf_puts(out, marks ? "</caption><thead><tr><th scope=\"col\">Period<th scope=\"col\">Value"
	                            "<th scope=\"col\">Status</thead><tbody>"
	                          : "</caption><thead><tr><th scope=\"col\">Period<th scope=\"col\">Value"
	                            "</thead><tbody>");
	for (size_t i = c->count; i-- > 0;) {
		const struct chart_point *p = &c->points[i];
		rc |= buf_puts(out, "<tr><th scope=\"row\">");
		rc |= html_escape_append(out, p->label);
		rc |= buf_puts(out, "<td>");
		if (p->missing) {
			rc |= buf_puts(out, "no data");
		} else {
			rc |= buf_puts(out, chart_number(p->value, num));
			rc |= html_escape_append(out, c->unit ? c->unit : "");
		}
		if (marks) {
			rc |= buf_puts(out, "<td>");
			rc |= html_escape_append(out, p->mark_label ? p->mark_label : "");
		}
	}
	rc |= buf_puts(out, "</tbody></table>");
	return rc ? -1 : 0;
}
