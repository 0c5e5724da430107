/*
 * csv.c: CSV fields and rows (see csv.h).
 */
#include "csv.h"

#include <string.h>

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
