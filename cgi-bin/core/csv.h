/*
 * csv.h: writing CSV (RFC 4180) for downloads, safe to open in a
 * spreadsheet: a value that starts with = + - @ or a tab is prefixed with
 * an apostrophe, so it is shown as text and never run as a formula.
 */
#ifndef FRONTLINE_CSV_H
#define FRONTLINE_CSV_H

#include "util.h"

/* Appends one field (with a comma before it unless first), quoted when it
 * holds a comma, quote or line break. Returns 0 or -1. */
int csv_field(struct buf *b, const char *value, int first);
/* Appends a number field. */
int csv_number(struct buf *b, double value, int decimals, int first);
/* Ends a row with CRLF. */
int csv_end_row(struct buf *b);

#endif
