/*
 * snapshot.c: building blocks for the records' snapshot renderers (see
 * snapshot.h): escaped headings, paragraphs, label/value lists, tables,
 * and the hash that freezes a snapshot.
 */
#include "snapshot.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

/* See snapshot.h. */
int snapshot_heading(struct buf *out, const char *text)
{
	int rc = buf_puts(out, "<h4>");
	rc |= html_escape_append(out, text);
	rc |= buf_puts(out, "</h4>\n");
	return rc ? -1 : 0;
}

/* Appends text escaped, each line break as <br>. Returns 0 or -1. */
static int append_lines(struct buf *out, const char *text)
{
	int rc = 0;
	const char *p = text ? text : "";
	while (*p && rc == 0) {
		size_t n = strcspn(p, "\n");
		char *line = strndup(p, n);
		if (line == NULL)
			return -1;
		rc |= html_escape_append(out, line);
		free(line);
		p += n;
		if (*p == '\n') {
			p++;
			if (*p)
				rc |= buf_puts(out, "<br>");
		}
	}
	return rc ? -1 : 0;
}

/* See snapshot.h. */
int snapshot_paragraphs(struct buf *out, const char *text, const char *empty)
{
	int rc;
	if (text == NULL || text[0] == '\0') {
		rc = buf_puts(out, "<p class=\"empty\">");
		rc |= html_escape_append(out, empty);
		return (rc | buf_puts(out, "</p>\n")) ? -1 : 0;
	}
	rc = buf_puts(out, "<p>");
	rc |= append_lines(out, text);
	rc |= buf_puts(out, "</p>\n");
	return rc ? -1 : 0;
}

/* See snapshot.h. */
int snapshot_fields_begin(struct buf *out)
{
	return buf_puts(out, "<dl class=\"summary-list\">\n");
}

/* See snapshot.h. */
int snapshot_fields_end(struct buf *out)
{
	return buf_puts(out, "</dl>\n");
}

/* See snapshot.h. */
int snapshot_field(struct buf *out, const char *label, const char *value)
{
	int rc = buf_puts(out, "<div><dt>");
	rc |= html_escape_append(out, label);
	rc |= buf_puts(out, "</dt><dd>");
	rc |= (value && value[0]) ? append_lines(out, value) : buf_puts(out, "none");
	rc |= buf_puts(out, "</dd></div>\n");
	return rc ? -1 : 0;
}

/* See snapshot.h. */
int snapshot_table_begin(struct buf *out, const char *caption, size_t n, const char *const *headings)
{
	int rc = buf_puts(out, "<table class=\"table\"><caption>");
	rc |= html_escape_append(out, caption);
	rc |= buf_puts(out, "</caption><thead><tr>");
	for (size_t i = 0; i < n; i++) {
		rc |= buf_puts(out, "<th scope=\"col\">");
		rc |= html_escape_append(out, headings[i]);
		rc |= buf_puts(out, "</th>");
	}
	rc |= buf_puts(out, "</tr></thead><tbody>\n");
	return rc ? -1 : 0;
}

/* See snapshot.h. */
int snapshot_table_row(struct buf *out, size_t n, const char *const *cells)
{
	int rc = buf_puts(out, "<tr>");
	for (size_t i = 0; i < n; i++) {
		rc |= buf_puts(out, "<td>");
		rc |= append_lines(out, cells[i]);
		rc |= buf_puts(out, "</td>");
	}
	rc |= buf_puts(out, "</tr>\n");
	return rc ? -1 : 0;
}

/* See snapshot.h. */
int snapshot_table_end(struct buf *out)
{
	return buf_puts(out, "</tbody></table>\n");
}

/* See snapshot.h. */
void snapshot_set_title(char *title, size_t title_size, const char *text)
{
	if (title == NULL || title_size == 0)
		return;
	size_t n = utf8_prefix(text ? text : "", title_size - 1);
	memcpy(title, text ? text : "", n);
	title[n] = '\0';
}

/* See snapshot.h. */
void snapshot_hash_hex(const void *data, size_t len, char out[65])
{
	unsigned char h[32];
	crypto_generichash(h, sizeof h, data, len, NULL, 0);
	hex_encode(out, h, sizeof h);
}
