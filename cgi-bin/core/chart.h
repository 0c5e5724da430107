/*
 * chart.h: server-side SVG charts (a line over periods, horizontal bars
 * for categories), each with its data table or a table beside it.
 *
 * Charts are built as text in C (fast, and the one place that decides what
 * reaches the page): every piece of text passes through html_escape_append,
 * numbers are formatted here, and nothing else is written. A template shows
 * the result with :none, which the unit tests justify (test_chart.c feeds
 * labels full of markup and checks none of it survives).
 */
#ifndef FRONTLINE_CHART_H
#define FRONTLINE_CHART_H

#include <stddef.h>
#include "util.h"

/* One point of a line or one bar: its label, its value, and an optional
 * class for its marker (e.g. "red"); NULL for none. */
struct chart_point {
	const char *label;
	double value;
	const char *mark;
	const char *mark_label;   /* words for the data table ("Red"), or NULL */
	int missing;              /* 1: no value for this period (a gap in the
	                             line, not a zero; no bar) */
};

/* A line chart. */
struct chart {
	const char *title;        /* the accessible name */
	const char *unit;         /* appended to values in the table ("%"), may be "" */
	const struct chart_point *points;
	size_t count;
	int has_target;
	double target;            /* drawn as a dashed line */
	int compact;              /* 1: a small trend line without axis labels */
	int fixed_range;          /* 1: the value axis runs from lo to hi (values
	                             outside are drawn at the edge); 0: it fits the
	                             values and the target */
	double lo, hi;
	int described;            /* 1: a table beside says the same, so the chart
	                             is hidden from screen readers */
};


/* Formats a number with at most 4 decimal places and no trailing zeros
 * ("87.5", "-3", "1234.0625") into out; returns out. */
char *chart_number(double v, char out[40]);

/* Appends the chart as an <svg role="img"> line chart. Returns 0 or -1. */
int chart_svg(struct buf *out, const struct chart *c);
/* Appends the chart's points as horizontal bars from the zero line, on
 * the axis from lo to hi (negative bars in the warning colour, each bar's
 * value written beside it). Returns 0 or -1. */
int chart_bars_svg(struct buf *out, const struct chart *c);

/* Appends the chart's data table (period, value with unit, and the mark's
 * words when there are any), newest first, with the caption given (which
 * is escaped). Returns 0 or -1. */
int chart_table(struct buf *out, const struct chart *c, const char *caption);

#endif
