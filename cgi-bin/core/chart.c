/*
 * chart.c: SVG line charts and their data tables (see chart.h).
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Escapes the five characters that matter in HTML text and attributes. */
int html_escape_append(struct buf *out, const char *s)
{
	const char *run = s;
	for (; *s; s++) {
		const char *rep;
		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		if (buf_append(out, run, (size_t)(s - run)) != 0 || buf_puts(out, rep) != 0)
			return -1;
		run = s + 1;
	}
	return buf_append(out, run, (size_t)(s - run));
}

/* At most 4 decimal places, trailing zeros and a bare point removed. */
char *chart_number(double v, char out[40])
{
	if (!isfinite(v) || fabs(v) >= 1e15) {
		snprintf(out, 40, "%s", "?");
		return out;
	}
	snprintf(out, 40, "%.4f", v);
	char *dot = strchr(out, '.');
	if (dot) {
		char *end = out + strlen(out) - 1;
		while (end > dot && *end == '0')
			*end-- = '\0';
		if (end == dot)
			*end = '\0';
	}
	if (strcmp(out, "-0") == 0)
		snprintf(out, 40, "%s", "0");
	return out;
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
	rc |= buf_printf(out, "<svg class=\"chart%s\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"",
	                 c->compact ? " chart--compact" : "", f.width, f.height);
	rc |= html_escape_append(out, c->title);
	rc |= buf_puts(out, "\"><title>");
	rc |= html_escape_append(out, c->title);
	rc |= buf_puts(out, "</title>");
	if (!c->compact && append_axes(out, c, &f) != 0)
		return -1;
	if (c->has_target) {
		double y = y_at(&f, c->target);
		rc |= buf_printf(out, "<line class=\"chart-target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
		                 f.left, y, f.width - f.right, y);
		if (!c->compact)
			rc |= buf_printf(out, "<text class=\"chart-target-label\" x=\"%.1f\" y=\"%.1f\" "
			                 "text-anchor=\"start\">Target %s</text>",
			                 f.left + 4, y - 5, chart_number(c->target, num));
	}
	if (c->count > 1) {
		rc |= buf_puts(out, "<polyline class=\"chart-line\" points=\"");
		for (size_t i = 0; i < c->count; i++)
			rc |= buf_printf(out, "%s%.1f,%.1f", i ? " " : "", x_at(&f, i, c->count),
			                 y_at(&f, c->points[i].value));
		rc |= buf_puts(out, "\"/>");
	}
	for (size_t i = c->compact && c->count ? c->count - 1 : 0; i < c->count; i++) {
		const char *mark = c->points[i].mark;
		rc |= buf_printf(out, "<circle class=\"chart-point%s", mark ? " chart-point--" : "");
		if (mark)
			rc |= html_escape_append(out, mark);
		rc |= buf_printf(out, "\" cx=\"%.1f\" cy=\"%.1f\" r=\"%d\"/>", x_at(&f, i, c->count),
		                 y_at(&f, c->points[i].value), c->compact ? 3 : 4);
	}
	rc |= buf_puts(out, "</svg>");
	return rc ? -1 : 0;
}

/* Appends the data table, newest point first. */
int chart_table(struct buf *out, const struct chart *c, const char *caption)
{
	char num[40];
	int marks = 0, rc = 0;
	for (size_t i = 0; i < c->count; i++)
		marks |= c->points[i].mark_label != NULL;
	rc |= buf_puts(out, "<table class=\"table chart-table\"><caption>");
	rc |= html_escape_append(out, caption);
	rc |= buf_puts(out, "</caption><thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Value</th>");
	if (marks)
		rc |= buf_puts(out, "<th scope=\"col\">Status</th>");
	rc |= buf_puts(out, "</tr></thead><tbody>");
	for (size_t i = c->count; i-- > 0;) {
		const struct chart_point *p = &c->points[i];
		rc |= buf_puts(out, "<tr><th scope=\"row\">");
		rc |= html_escape_append(out, p->label);
		rc |= buf_printf(out, "</th><td>%s", chart_number(p->value, num));
		rc |= html_escape_append(out, c->unit ? c->unit : "");
		rc |= buf_puts(out, "</td>");
		if (marks) {
			rc |= buf_puts(out, "<td>");
			rc |= html_escape_append(out, p->mark_label ? p->mark_label : "");
			rc |= buf_puts(out, "</td>");
		}
		rc |= buf_puts(out, "</tr>");
	}
	rc |= buf_puts(out, "</tbody></table>");
	return rc ? -1 : 0;
}
