/*
 * gantt.c: the SVG Gantt chart (see gantt.h).
 */
#include "gantt.h"
#include "core/caltime.h"
#include "core/form.h"

#include <stdio.h>
#include <string.h>

/* See gantt.h. */
int gantt_day(const char *s, long *day)
{
	return date_to_days(s, day);
}

/* See gantt.h. */
double gantt_x(long day, long first, long last, double x0, double width)
{
	if (last < first)
		last = first;
	if (day < first)
		day = first;
	if (day > last + 1)
		day = last + 1;
	return x0 + (double)(day - first) * width / (double)(last - first + 1);
}

/* Appends a class name keeping only a-z, 0-9 and '-' (class names come
 * from code, but the SVG must stay safe whatever they hold). */
static int append_class(struct buf *out, const char *c)
{
	int rc = 0;
	for (; c && *c && rc == 0; c++)
		if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-')
			rc = buf_append(out, c, 1);
	return rc;
}

/* Appends a label cut to GANTT_LABEL_MAX bytes (never inside a UTF-8
 * character), with an ellipsis when cut, escaped. */
static int append_label(struct buf *out, const char *label)
{
	char cut[GANTT_LABEL_MAX + 4];
	size_t len = strlen(label);
	if (len <= GANTT_LABEL_MAX)
		return html_escape_append(out, label);
	size_t keep = utf8_prefix(label, GANTT_LABEL_MAX - 1);
	memcpy(cut, label, keep);
	memcpy(cut + keep, "\xe2\x80\xa6", 4);   /* U+2026 and the NUL */
	return html_escape_append(out, cut);
}

/* Draws a tick and a name at the first of each month inside first..last;
 * with more than 18 months only every third is named. */
static int append_month_ticks(struct buf *out, const char *from, long first, long last,
                              double x0, double width, int height)
{
	int y, m, d, rc = 0;
	char ymd[32];
	if (sscanf(from, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return -1;
	int span = (int)((last - first) / 30);
	for (int i = 0; i < 400 && rc == 0; i++, m++) {
		long day;
		if (m > 12) {
			m = 1;
			y++;
		}
		snprintf(ymd, sizeof ymd, "%04d-%02d-01", y % 10000, m);
		if (!gantt_day(ymd, &day) || day > last)
			break;
		if (day < first)
			continue;
		double x = gantt_x(day, first, last, x0, width);
		rc = buf_printf(out, "<line class=\"gantt-tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
		                "stroke=\"#b1b4b6\"/>", x, GANTT_HEADER - 6, x, height - 4);
		if (rc == 0 && (span <= 18 || m % 3 == 1))
			rc = buf_printf(out, "<text class=\"gantt-month\" x=\"%.1f\" y=\"%d\" font-size=\"12\">%s %02d</text>",
			                x + 2, GANTT_HEADER - 12, month_abbrs[m], y % 100);
	}
	return rc;
}

/* Appends one item's row: its label, then a bar or a diamond. */
static int append_item(struct buf *out, const struct gantt_item *it, int row,
                       long first, long last, double x0, double width)
{
	long start, end;
	int has_start = it->start && it->start[0];
	if (!gantt_day(it->end, &end) || (has_start && !gantt_day(it->start, &start)))
		return 0;
	if (!has_start || start > end)
		start = end;
	int top = GANTT_HEADER + row * GANTT_ROW_HEIGHT;
	int rc = buf_printf(out, "<g class=\"gantt-row\"><text class=\"gantt-label\" x=\"4\" y=\"%d\" font-size=\"13\">",
	                    top + GANTT_ROW_HEIGHT / 2 + 4);
	if (rc == 0) rc = append_label(out, it->label ? it->label : "");
	if (rc == 0) rc = buf_puts(out, "</text>");
	double xs = gantt_x(start, first, last, x0, width);
	double xe = gantt_x(end + 1, first, last, x0, width);
	if (rc == 0 && has_start) {
		double w = xe - xs < 3 ? 3 : xe - xs;
		rc = buf_puts(out, "<rect class=\"gantt-bar ");
		if (rc == 0) rc = append_class(out, it->css_class);
		if (rc == 0)
			rc = buf_printf(out, "\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\" fill=\"#1d4f91\">",
			                xs, top + 6, w, GANTT_ROW_HEIGHT - 12);
		if (rc == 0) rc = buf_puts(out, "<title>");
		if (rc == 0) rc = html_escape_append(out, it->label);
		if (rc == 0) rc = buf_printf(out, ": %s to %s</title></rect>", it->start, it->end);
	} else if (rc == 0) {
		double cx = (xs + xe) / 2, cy = top + GANTT_ROW_HEIGHT / 2.0, r = 7;
		rc = buf_puts(out, "<polygon class=\"gantt-point ");
		if (rc == 0) rc = append_class(out, it->css_class);
		if (rc == 0)
			rc = buf_printf(out, "\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"#1d4f91\">",
			                cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy);
		if (rc == 0) rc = buf_puts(out, "<title>");
		if (rc == 0) rc = html_escape_append(out, it->label);
		if (rc == 0) rc = buf_printf(out, ": due %s</title></polygon>", it->end);
	}
	if (rc == 0) rc = buf_puts(out, "</g>");
	return rc;
}

/* See gantt.h. */
int gantt_svg(struct buf *out, const char *title, const struct gantt_item *items,
              size_t n, const char *from, const char *to, const char *today)
{
	long first, last, now;
	if (!gantt_day(from, &first) || !gantt_day(to, &last) || last < first)
		return -1;
	int height = GANTT_HEADER + (int)n * GANTT_ROW_HEIGHT + 10;
	double x0 = GANTT_LABEL_WIDTH, width = GANTT_WIDTH - GANTT_LABEL_WIDTH - 10;
	int rc = buf_printf(out, "<svg class=\"gantt\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
	                    "width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"gantt-title\">"
	                    "<title id=\"gantt-title\">", GANTT_WIDTH, height, GANTT_WIDTH, height);
	if (rc == 0) rc = html_escape_append(out, title);
	if (rc == 0) rc = buf_puts(out, "</title>");
	if (rc == 0) rc = append_month_ticks(out, from, first, last, x0, width, height);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = append_item(out, &items[i], (int)i, first, last, x0, width);
	if (rc == 0 && today && gantt_day(today, &now) && now >= first && now <= last) {
		double x = gantt_x(now, first, last, x0, width);
		rc = buf_printf(out, "<line class=\"gantt-today\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
		                "stroke=\"#b3261e\" stroke-width=\"2\"/><text class=\"gantt-today-label\" x=\"%.1f\" "
		                "y=\"%d\" font-size=\"11\" fill=\"#b3261e\">Today</text>",
		                x, GANTT_HEADER - 4, x, height - 2, x + 3, height - 1);
	}
	if (rc == 0) rc = buf_puts(out, "</svg>");
	return rc == 0 ? 0 : -1;
}
