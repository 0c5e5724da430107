/*
 * plot.h: small server-side SVG charts (a trend line over periods, and
 * horizontal bars for categories), for pages that also show the same
 * figures in a table beside the chart.
 *
 * Every piece of text in the SVG is XML-escaped here, so a page may put
 * the result in its template unescaped ({{CHART:none}}); the unit tests
 * prove a label like "<script>" comes out as text.
 */
#ifndef FRONTLINE_PLOT_H
#define FRONTLINE_PLOT_H

#include <stddef.h>
#include "util.h"

/* One point or bar: its label and value; has_value 0 leaves a gap (a
 * period with no data is not drawn as a zero). */
struct plot_point {
	const char *label;
	double value;
	int has_value;
};

/* Appends an SVG line chart of the points (in order) to out, the y axis
 * from ymin to ymax with gridlines, values labelled with unit ("%" or "").
 * title names the chart for screen readers (role="img"); the chart is
 * marked aria-hidden when a table beside it says the same. Returns 0 or -1. */
int plot_trend_svg(struct buf *out, const char *title, const struct plot_point *points,
                    size_t count, double ymin, double ymax, const char *unit);

/* Appends an SVG horizontal bar chart around zero (negative bars drawn in
 * the warning colour) with the axis from min to max. Returns 0 or -1. */
int plot_bars_svg(struct buf *out, const char *title, const struct plot_point *bars,
                   size_t count, double min, double max);


#endif
