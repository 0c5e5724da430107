/*
 * csv.c: the CSV reader (see csv.h).
 */
#include "csv.h"

#include <string.h>

/* The reader's position and the record being built. */
struct csv_reader {
	struct arena *a;
	const char *s;
	size_t len, pos, line;
	struct buf field;
	const char **fields;
	size_t count, max_fields;
};

/* Ends the current field: copies it to the arena; 0, or -1 when the
 * record has too many fields or memory ran out. */
static int end_field(struct csv_reader *r)
{
	if (r->count == r->max_fields)
		return -1;
	char *f = arena_strndup(r->a, r->field.data ? r->field.data : "", r->field.len);
	if (f == NULL)
		return -1;
	r->fields[r->count++] = f;
	buf_reset(&r->field);
	return 0;
}

/* Reads a quoted field starting after its opening quote; returns NULL or
 * the problem. */
static const char *read_quoted(struct csv_reader *r)
{
	size_t start_line = r->line;
	for (;;) {
		if (r->pos >= r->len)
			return arena_printf(r->a, "Line %zu: a quoted field is never closed.", start_line);
		char c = r->s[r->pos++];
		if (c == '"') {
			if (r->pos < r->len && r->s[r->pos] == '"') {
				r->pos++;
				buf_append(&r->field, "\"", 1);
				continue;
			}
			if (r->pos < r->len && !strchr(",\r\n", r->s[r->pos]))
				return arena_printf(r->a, "Line %zu: text follows a closing quote.", r->line);
			return NULL;
		}
		if (c == '\n')
			r->line++;
		buf_append(&r->field, &c, 1);
	}
}

/* Parses the whole text. */
const char *csv_parse(struct arena *a, const char *text, size_t len, size_t max_rows,
                      size_t max_fields, struct csv *out)
{
	struct csv_reader r = { a, text, len, 0, 1, {0}, NULL, 0, max_fields };
	const char *problem = NULL;
	size_t cap = 16;
	out->count = 0;
	out->rows = arena_alloc(a, cap * sizeof *out->rows);
	r.fields = arena_alloc(a, max_fields * sizeof *r.fields);
	if (out->rows == NULL || r.fields == NULL)
		return "Out of memory.";
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		r.pos = 3;
	while (r.pos < r.len && problem == NULL) {
		size_t line = r.line;
		r.count = 0;
		if (text[r.pos] == '\n' || (text[r.pos] == '\r' && r.pos + 1 < len && text[r.pos + 1] == '\n')) {
			r.pos += text[r.pos] == '\r' ? 2 : 1;        /* a blank line */
			r.line++;
			continue;
		}
		for (;;) {
			if (r.pos < r.len && text[r.pos] == '"') {
				r.pos++;
				if ((problem = read_quoted(&r)) != NULL)
					break;
			} else {
				while (r.pos < r.len && !strchr(",\r\n", text[r.pos]))
					buf_append(&r.field, &text[r.pos++], 1);
			}
			if (end_field(&r) != 0) {
				problem = arena_printf(a, "Line %zu: more than %zu fields.", line, max_fields);
				break;
			}
			if (r.pos < r.len && text[r.pos] == ',') {
				r.pos++;
				continue;
			}
			if (r.pos < r.len && text[r.pos] == '\r')
				r.pos++;
			if (r.pos < r.len && text[r.pos] == '\n')
				r.pos++;
			r.line++;
			break;
		}
		if (problem)
			break;
		if (out->count == max_rows) {
			problem = arena_printf(a, "Line %zu: more than %zu rows.", line, max_rows);
			break;
		}
		if (out->count == cap) {
			struct csv_row *rows = arena_alloc(a, 2 * cap * sizeof *rows);
			if (rows == NULL) {
				problem = "Out of memory.";
				break;
			}
			memcpy(rows, out->rows, cap * sizeof *rows);
			out->rows = rows;
			cap *= 2;
		}
		struct csv_row *row = &out->rows[out->count++];
		row->line = line;
		row->count = r.count;
		row->fields = arena_alloc(a, r.count * sizeof *row->fields);
		if (row->fields == NULL) {
			problem = "Out of memory.";
			break;
		}
		memcpy(row->fields, r.fields, r.count * sizeof *row->fields);
	}
	buf_free(&r.field);
	return problem;
}

/* One field, quoted and defused as needed. */
int csv_field(struct buf *b, const char *value, int first)
{
	int rc = first ? 0 : buf_puts(b, ",");
	const char *v = value ? value : "";
	int formula = strchr("=+-@\t\r", v[0]) != NULL && v[0] != '\0';
	int quote = formula || strpbrk(v, ",\"\r\n") != NULL;
	if (quote)
		rc |= buf_puts(b, "\"");
	if (formula)
		rc |= buf_puts(b, "'");
	for (const char *p = v; *p; p++)
		rc |= *p == '"' ? buf_puts(b, "\"\"") : buf_append(b, p, 1);
	if (quote)
		rc |= buf_puts(b, "\"");
	return rc ? -1 : 0;
}

/* A number with a fixed number of decimals (never a formula). */
int csv_number(struct buf *b, double value, int decimals, int first)
{
	return buf_printf(b, "%s%.*f", first ? "" : ",", decimals, value);
}

/* CRLF. */
int csv_end_row(struct buf *b)
{
	return buf_puts(b, "\r\n");
}
