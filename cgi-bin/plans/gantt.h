/*
 * gantt.h: a simple Gantt chart drawn on the server as SVG.
 *
 * Each item is a bar from its start date to its end date (both included),
 * or a diamond on its end date when it has no start. The chart spans a
 * date range, with a tick at the first of each month and a line for today.
 * Every label is escaped, so the SVG may be put into a page as it is
 * ({{NAME:none}}); tests/unit/test_plans.c proves the escaping.
 */
#ifndef FRONTLINE_GANTT_H
#define FRONTLINE_GANTT_H

#include <stddef.h>
#include "core/util.h"

/* One row of the chart. */
struct gantt_item {
	const char *label;      /* shown at the left, cut to GANTT_LABEL_MAX bytes */
	const char *start;      /* YYYY-MM-DD, or NULL / "" for a point */
	const char *end;        /* YYYY-MM-DD */
	const char *css_class;  /* added to the bar: "gantt-bar--overdue"...; a-z 0-9 - only */
};

#define GANTT_WIDTH       720
#define GANTT_LABEL_WIDTH 220   /* the label column; bars start after it */
#define GANTT_ROW_HEIGHT  28
#define GANTT_HEADER      30    /* room for the month names */
#define GANTT_LABEL_MAX   40

/* Parses YYYY-MM-DD into days since 1970-01-01; returns 1, or 0 when s is
 * not a real calendar date. */
int gantt_day(const char *s, long *day);

/* The x position of the start of day in a chart whose bars run from x0
 * over width pixels for the days first..last (both included); days
 * outside the range are clamped to its edges. */
double gantt_x(long day, long first, long last, double x0, double width);


/* Appends the SVG of the chart (title for screen readers; from..to the
 * range shown; today drawn as a line when inside it). Items whose dates
 * are malformed are skipped. Returns 0, or -1 when the range is malformed
 * or memory runs out. */
int gantt_svg(struct buf *out, const char *title, const struct gantt_item *items,
              size_t n, const char *from, const char *to, const char *today);

#endif
