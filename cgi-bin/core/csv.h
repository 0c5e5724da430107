/*
 * csv.h: CSV (RFC 4180): a strict reader for imports, and a writer for
 * downloads that are safe to open in a spreadsheet (a value that starts
 * with = + - @, their fullwidth forms, a tab or a carriage return, even
 * after spaces, is prefixed with an apostrophe, so it is shown as text and
 * never run as a formula).
 *
 * The reader:
 *
 * Fields are separated by commas; a field in double quotes may hold
 * commas, line breaks and doubled quotes. Lines end in LF or CRLF; blank
 * lines are skipped; a UTF-8 byte order mark at the start is skipped.
 */
#ifndef FRONTLINE_CSV_H
#define FRONTLINE_CSV_H

#include <stddef.h>
#include "util.h"

/* One record: its fields and the line of the file it starts on. */
struct csv_row {
	size_t line;
	size_t count;
	const char **fields;
};

/* A parsed file. */
struct csv {
	struct csv_row *rows;
	size_t count;
};

/* Parses len bytes of text into out (all in the arena), with at most
 * max_rows records of at most max_fields fields. Returns NULL, or an arena
 * sentence naming the line of the first problem (a quote left open, text
 * after a closing quote, too many rows or fields). */
const char *csv_parse(struct arena *a, const char *text, size_t len, size_t max_rows,
                      size_t max_fields, struct csv *out);

/* What stopped a parse, for a caller that words the problem itself. */
enum csv_problem_kind {
	CSV_PROBLEM_NONE,
	CSV_PROBLEM_UNCLOSED_QUOTE,     /* a quoted field is never closed */
	CSV_PROBLEM_TEXT_AFTER_QUOTE,   /* text follows a closing quote */
	CSV_PROBLEM_TOO_MANY_FIELDS,    /* a record has more than max_fields */
	CSV_PROBLEM_TOO_MANY_ROWS,      /* more than max_rows records */
	CSV_PROBLEM_NO_MEMORY
};

/* The problem, the line it is on, and the number (from 1) of the record
 * it is in, counting records and not blank lines. */
struct csv_problem {
	enum csv_problem_kind kind;
	size_t line, record;
};

/* Like csv_parse, but fills *problem (kind NONE when all is well) instead
 * of wording it. Returns 0, or -1 when there is a problem. */
int csv_parse_records(struct arena *a, const char *text, size_t len, size_t max_rows,
                      size_t max_fields, struct csv *out, struct csv_problem *problem);

/* Appends one field (with a comma before it unless first), quoted when it
 * holds a comma, quote or line break. Returns 0 or -1. */
int csv_field(struct buf *b, const char *value, int first);
/* Appends a number field with a fixed number of decimals; 0 or -1. */
int csv_number(struct buf *b, double value, int decimals, int first);
/* Ends a row with CRLF; 0 or -1. */
int csv_end_row(struct buf *b);

#endif
