/*
 * chart.h: server-side SVG line charts, each with its data table.
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

/* One point of a line: its label on the x axis, its value, and an
 * optional class for its marker (e.g. "red"); NULL for none. */
struct chart_point {
	const char *label;
	double value;
	const char *mark;
	const char *mark_label;   /* words for the data table ("Red"), or NULL */
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
};


/* Formats a number with at most 4 decimal places and no trailing zeros
 * ("87.5", "-3", "1234.0625") into out; returns out. */
char *chart_number(double v, char out[40]);

/* Appends the chart as an <svg role="img"> element. Returns 0 or -1. */
int chart_svg(struct buf *out, const struct chart *c);

/* Appends the chart's data table (period, value with unit, and the mark's
 * words when there are any), newest first, with the caption given (which
 * is escaped). Returns 0 or -1. */
int chart_table(struct buf *out, const struct chart *c, const char *caption);

#endif
