/*
 * plot.c: SVG trend and bar charts (see plot.h).
 */
#include "plot.h"

#include <math.h>
#include <string.h>

#define W 640.0
#define H 260.0
#define LEFT 48.0
#define RIGHT 16.0
#define TOP 16.0
#define BOTTOM 56.0

/* The opening tag with its accessible title. */
static void open_svg(struct buf *out, const char *title, double height)
{
	buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
	           "role=\"img\" aria-hidden=\"true\" focusable=\"false\"><title>", W, height);
	html_escape_append(out, title);
	buf_puts(out, "</title>");
}

/* The y position of a value on the axis. */
static double y_of(double v, double ymin, double ymax)
{
	if (ymax <= ymin)
		return H - BOTTOM;
	if (v < ymin)
		v = ymin;
	if (v > ymax)
		v = ymax;
	return TOP + (ymax - v) / (ymax - ymin) * (H - TOP - BOTTOM);
}

/* Gridlines and their labels: five steps from ymin to ymax. */
static void y_grid(struct buf *out, double ymin, double ymax, const char *unit)
{
	for (int i = 0; i <= 4; i++) {
		double v = ymin + (ymax - ymin) * i / 4.0;
		double y = y_of(v, ymin, ymax);
		buf_printf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
		           LEFT, y, W - RIGHT, y, fabs(v) < 1e-9 ? "#505a5f" : "#dcdfe0");
		buf_printf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
		           "fill=\"#505a5f\">%g", LEFT - 6, y + 4, round(v * 10) / 10);
		html_escape_append(out, unit);
		buf_puts(out, "</text>");
	}
}

/* A line through the points that have values, with a dot and a value
 * label on each; x labels below, thinned to about twelve. */
int plot_trend_svg(struct buf *out, const char *title, const struct plot_point *points,
                    size_t count, double ymin, double ymax, const char *unit)
{
	open_svg(out, title, H);
	y_grid(out, ymin, ymax, unit);
	double span = W - LEFT - RIGHT;
	double step = count > 1 ? span / (double)(count - 1) : 0;
	size_t every = count > 12 ? (count + 11) / 12 : 1;
	int drawing = 0;
	buf_puts(out, "<path fill=\"none\" stroke=\"#0b3d61\" stroke-width=\"2.5\" d=\"");
	for (size_t i = 0; i < count; i++) {
		double x = count > 1 ? LEFT + step * (double)i : LEFT + span / 2;
		if (!points[i].has_value) {
			drawing = 0;
			continue;
		}
		buf_printf(out, "%c%.1f %.1f ", drawing ? 'L' : 'M', x, y_of(points[i].value, ymin, ymax));
		drawing = 1;
	}
	buf_puts(out, "\"/>");
	for (size_t i = 0; i < count; i++) {
		double x = count > 1 ? LEFT + step * (double)i : LEFT + span / 2;
		if (points[i].has_value) {
			double y = y_of(points[i].value, ymin, ymax);
			buf_printf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#0b3d61\"/>", x, y);
			if (count <= 16)
				buf_printf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\" "
				           "fill=\"#1d1f21\">%.*f</text>", x, y - 8, ymax - ymin > 20 ? 0 : 1,
				           points[i].value);
		}
		if (i % every == 0 || i == count - 1) {
			buf_printf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" "
			           "transform=\"rotate(-40 %.1f %.1f)\" fill=\"#505a5f\">", x, H - BOTTOM + 16,
			           x, H - BOTTOM + 16);
			html_escape_append(out, points[i].label);
			buf_puts(out, "</text>");
		}
	}
	return buf_puts(out, "</svg>");
}

/* Horizontal bars from a zero line. */
int plot_bars_svg(struct buf *out, const char *title, const struct plot_point *bars,
                   size_t count, double min, double max)
{
	const double row = 32, label_w = 140, left = label_w + 8, right = W - 48;
	double height = TOP + row * (double)count + 24;
	open_svg(out, title, height);
	if (max <= min)
		max = min + 1;
	double zero = left + (0 - min) / (max - min) * (right - left);
	for (size_t i = 0; i < count; i++) {
		double y = TOP + row * (double)i;
		buf_printf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" text-anchor=\"end\" fill=\"#1d1f21\">",
		           label_w, y + 18);
		html_escape_append(out, bars[i].label);
		buf_puts(out, "</text>");
		if (!bars[i].has_value)
			continue;
		double v = bars[i].value < min ? min : bars[i].value > max ? max : bars[i].value;
		double x = left + (v - min) / (max - min) * (right - left);
		double x0 = x < zero ? x : zero, w = fabs(x - zero);
		buf_printf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>",
		           x0, y + 4, w < 1 ? 1 : w, bars[i].value < 0 ? "#b3261e" : "#00703c");
		buf_printf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\" fill=\"#1d1f21\">%+.1f</text>",
		           bars[i].value < 0 ? x0 - 4 : x0 + w + 4, y + 18,
		           bars[i].value < 0 ? "end" : "start", bars[i].value);
	}
	buf_printf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#505a5f\"/>",
	           zero, TOP, zero, TOP + row * (double)count);
	return buf_puts(out, "</svg>");
}
