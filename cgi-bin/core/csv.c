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

/* Records a problem found on a line; returns -1. */
static int fail(struct csv_problem *problem, enum csv_problem_kind kind, size_t line, size_t record)
{
	problem->kind = kind;
	problem->line = line;
	problem->record = record;
	return -1;
}

/* Reads a quoted field starting after its opening quote; returns 0, or
 * -1 with *problem filled (record is the caller's to set). */
static int read_quoted(struct csv_reader *r, struct csv_problem *problem)
{
	size_t start_line = r->line;
	for (;;) {
		if (r->pos >= r->len)
			return fail(problem, CSV_PROBLEM_UNCLOSED_QUOTE, start_line, 0);
		char c = r->s[r->pos++];
		if (c == '"') {
			if (r->pos < r->len && r->s[r->pos] == '"') {
				r->pos++;
				buf_append(&r->field, "\"", 1);
				continue;
			}
			if (r->pos < r->len && !strchr(",\r\n", r->s[r->pos]))
				return fail(problem, CSV_PROBLEM_TEXT_AFTER_QUOTE, r->line, 0);
			return 0;
		}
		if (c == '\n')
			r->line++;
		buf_append(&r->field, &c, 1);
	}
}

/* Reads one record's fields into r->fields; returns 0, or -1 with
 * *problem filled (record is the caller's to set). */
static int read_record(struct csv_reader *r, size_t line, struct csv_problem *problem)
{
	const char *text = r->s;
	for (;;) {
		if (r->pos < r->len && text[r->pos] == '"') {
			r->pos++;
			if (read_quoted(r, problem) != 0)
				return -1;
		} else {
			while (r->pos < r->len && !strchr(",\r\n", text[r->pos]))
				buf_append(&r->field, &text[r->pos++], 1);
		}
		if (end_field(r) != 0)
			return fail(problem, CSV_PROBLEM_TOO_MANY_FIELDS, line, 0);
		if (r->pos < r->len && text[r->pos] == ',') {
			r->pos++;
			continue;
		}
		if (r->pos < r->len && text[r->pos] == '\r')
			r->pos++;
		if (r->pos < r->len && text[r->pos] == '\n')
			r->pos++;
		r->line++;
		return 0;
	}
}

/* Appends the record just read to out; 0, or -1 when memory ran out. */
static int keep_record(struct csv_reader *r, size_t line, size_t *cap, struct csv *out)
{
	if (out->count == *cap) {
		struct csv_row *rows = arena_alloc(r->a, 2 * *cap * sizeof *rows);
		if (rows == NULL)
			return -1;
		memcpy(rows, out->rows, *cap * sizeof *rows);
		out->rows = rows;
		*cap *= 2;
	}
	struct csv_row *row = &out->rows[out->count++];
	row->line = line;
	row->count = r->count;
	row->fields = arena_alloc(r->a, r->count * sizeof *row->fields);
	if (row->fields == NULL)
		return -1;
	memcpy(row->fields, r->fields, r->count * sizeof *row->fields);
	return 0;
}

/* Parses the whole text, naming the problem by kind. */
int csv_parse_records(struct arena *a, const char *text, size_t len, size_t max_rows,
                      size_t max_fields, struct csv *out, struct csv_problem *problem)
{
	struct csv_reader r = { a, text, len, 0, 1, {0}, NULL, 0, max_fields };
	size_t cap = 16;
	int rc = 0;
	*problem = (struct csv_problem){ CSV_PROBLEM_NONE, 0, 0 };
	out->count = 0;
	out->rows = arena_alloc(a, cap * sizeof *out->rows);
	r.fields = arena_alloc(a, max_fields * sizeof *r.fields);
	if (out->rows == NULL || r.fields == NULL)
		return fail(problem, CSV_PROBLEM_NO_MEMORY, 1, 1);
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		r.pos = 3;
	while (r.pos < r.len && rc == 0) {
		size_t line = r.line;
		r.count = 0;
		if (text[r.pos] == '\n' || (text[r.pos] == '\r' && r.pos + 1 < len && text[r.pos + 1] == '\n')) {
			r.pos += text[r.pos] == '\r' ? 2 : 1;        /* a blank line */
			r.line++;
			continue;
		}
		if ((rc = read_record(&r, line, problem)) != 0)
			problem->record = out->count + 1;
		else if (out->count == max_rows)
			rc = fail(problem, CSV_PROBLEM_TOO_MANY_ROWS, line, out->count + 1);
		else if (keep_record(&r, line, &cap, out) != 0)
			rc = fail(problem, CSV_PROBLEM_NO_MEMORY, line, out->count + 1);
	}
	buf_free(&r.field);
	return rc;
}

/* Parses the whole text, naming the problem in a sentence. */
const char *csv_parse(struct arena *a, const char *text, size_t len, size_t max_rows,
                      size_t max_fields, struct csv *out)
{
	struct csv_problem p;
	if (csv_parse_records(a, text, len, max_rows, max_fields, out, &p) == 0)
		return NULL;
	switch (p.kind) {
	case CSV_PROBLEM_UNCLOSED_QUOTE:
		return arena_printf(a, "Line %zu: a quoted field is never closed.", p.line);
	case CSV_PROBLEM_TEXT_AFTER_QUOTE:
		return arena_printf(a, "Line %zu: text follows a closing quote.", p.line);
	case CSV_PROBLEM_TOO_MANY_FIELDS:
		return arena_printf(a, "Line %zu: more than %zu fields.", p.line, max_fields);
	case CSV_PROBLEM_TOO_MANY_ROWS:
		return arena_printf(a, "Line %zu: more than %zu rows.", p.line, max_rows);
	default:
		return "Out of memory.";
	}
}

/* Returns the length of the blank at the start of s: ASCII spaces, no-break
 * spaces (U+00A0) and ideographic spaces (U+3000), which spreadsheets skip
 * before they look for a formula. */
static size_t leading_blank(const char *s)
{
	size_t i = 0;
	for (;;) {
		if (s[i] == ' ')
			i++;
		else if (strncmp(s + i, "\xC2\xA0", 2) == 0)
			i += 2;
		else if (strncmp(s + i, "\xE3\x80\x80", 3) == 0)
			i += 3;
		else
			return i;
	}
}

/* Returns 1 when a spreadsheet could take the value for a formula: it
 * starts, after any blank, with = + - @ (or their fullwidth forms U+FF1D,
 * U+FF0B, U+FF0D, U+FF20), a tab or a carriage return. */
static int looks_like_formula(const char *v)
{
	static const char *const fullwidth[] = { "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D",
	                                         "\xEF\xBC\xA0", NULL };
	const char *p = v + leading_blank(v);
	if (*p != '\0' && strchr("=+-@\t\r", *p) != NULL)
		return 1;
	for (const char *const *f = fullwidth; *f; f++)
		if (strncmp(p, *f, 3) == 0)
			return 1;
	return 0;
}

/* One field, quoted and defused as needed. */
int csv_field(struct buf *b, const char *value, int first)
{
	int rc = first ? 0 : buf_puts(b, ",");
	const char *v = value ? value : "";
	int formula = looks_like_formula(v);
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
