/*
 * chart.c: SVG line charts and their data tables (see chart.h).
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

/* Chooses the size and value range: every value and the target fit, with
 * a tenth of the range spare above and below. */
static void frame_for(const struct chart *c, struct frame *f)
{
	if (c->compact) {
		f->width = 160; f->height = 40;
		f->left = 3; f->right = 3; f->top = 4; f->bottom = 4;
	} else {
		f->width = 640; f->height = 240;
		f->left = 64; f->right = 16; f->top = 16; f->bottom = 40;
	}
	double lo = c->has_target ? c->target : (c->count ? c->points[0].value : 0);
	double hi = lo;
	for (size_t i = 0; i < c->count; i++) {
		if (c->points[i].value < lo) lo = c->points[i].value;
		if (c->points[i].value > hi) hi = c->points[i].value;
	}
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

/* The y of a value. */
static double y_at(const struct frame *f, double v)
{
	double span = f->height - f->top - f->bottom;
	return f->top + span * (f->hi - v) / (f->hi - f->lo);
}

/* The axes of a full chart: three value labels with grid lines and up to
 * seven period labels. */
static int append_axes(struct buf *out, const struct chart *c, const struct frame *f)
{
	char num[40];
	int rc = 0;
	for (int i = 0; i < 3; i++) {
		double v = f->lo + (f->hi - f->lo) * (0.1 + 0.4 * i);   /* 10%, 50%, 90% up */
		double y = y_at(f, v);
		rc |= buf_printf(out, "<line class=\"chart-grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
		                 "<text class=\"chart-axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
		                 f->left, y, f->width - f->right, y, f->left - 6, y + 4, chart_number(v, num));
	}
	size_t step = c->count > 7 ? (c->count + 6) / 7 : 1;
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

/* Appends the SVG: optional axes, the target line, the line and markers. */
int chart_svg(struct buf *out, const struct chart *c)
{
	struct frame f;
	char num[40];
	int rc = 0;
	frame_for(c, &f);
	rc |= buf_printf(out, "<svg class=\"chart%s\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"",
	                 c->compact ? " chart--compact" : "", (int)f.width, (int)f.height);
	rc |= html_escape_append(out, c->title);
	rc |= buf_puts(out, "\">");
	if (!c->compact) {                      /* a tooltip on the big chart */
		rc |= buf_puts(out, "<title>");
		rc |= html_escape_append(out, c->title);
		rc |= buf_puts(out, "</title>");
	}
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
	if (c->count > 1) {
		rc |= buf_puts(out, "<polyline class=\"chart-line\" points=\"");
		for (size_t i = 0; i < c->count; i++) {
			if (i)
				rc |= buf_puts(out, " ");
			rc |= append_tenths(out, x_at(&f, i, c->count));
			rc |= buf_puts(out, ",");
			rc |= append_tenths(out, y_at(&f, c->points[i].value));
		}
		rc |= buf_puts(out, "\"/>");
	}
	for (size_t i = c->compact && c->count ? c->count - 1 : 0; i < c->count; i++) {
		const char *mark = c->points[i].mark;
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
		rc |= buf_puts(out, chart_number(p->value, num));
		rc |= html_escape_append(out, c->unit ? c->unit : "");
		if (marks) {
			rc |= buf_puts(out, "<td>");
			rc |= html_escape_append(out, p->mark_label ? p->mark_label : "");
		}
	}
	rc |= buf_puts(out, "</tbody></table>");
	return rc ? -1 : 0;
}
