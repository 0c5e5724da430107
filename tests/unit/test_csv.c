/*
 * test_csv.c: the CSV reader's problems by kind, line and record (for
 * callers such as the rota import that word them themselves).
 */
#include "check.h"
#include "core/csv.h"

/* Each kind of problem names the record it is in, counting records and
 * not blank lines; a good file has none. */
static void test_problem_kinds(void)
{
	struct arena a = {0};
	struct csv csv;
	struct csv_problem p;
	const char *good = "h1,h2\n\nx,\"y\nz\"\n";
	CHECK_EQ_INT(csv_parse_records(&a, good, strlen(good), 5, 3, &csv, &p), 0);
	CHECK_EQ_INT(p.kind, CSV_PROBLEM_NONE);
	CHECK_EQ_INT(csv.count, 2);
	const char *open = "a,b\n\nc,\"open\n";
	CHECK_EQ_INT(csv_parse_records(&a, open, strlen(open), 5, 3, &csv, &p), -1);
	CHECK_EQ_INT(p.kind, CSV_PROBLEM_UNCLOSED_QUOTE);
	CHECK_EQ_INT(p.line, 3);
	CHECK_EQ_INT(p.record, 2);
	const char *after = "a\n\"b\"x,c\n";
	CHECK_EQ_INT(csv_parse_records(&a, after, strlen(after), 5, 3, &csv, &p), -1);
	CHECK_EQ_INT(p.kind, CSV_PROBLEM_TEXT_AFTER_QUOTE);
	CHECK_EQ_INT(p.record, 2);
	const char *wide = "a,b,c\nd,e,f,g\n";
	CHECK_EQ_INT(csv_parse_records(&a, wide, strlen(wide), 5, 3, &csv, &p), -1);
	CHECK_EQ_INT(p.kind, CSV_PROBLEM_TOO_MANY_FIELDS);
	CHECK_EQ_INT(p.record, 2);
	const char *tall = "a\nb\nc\n";
	CHECK_EQ_INT(csv_parse_records(&a, tall, strlen(tall), 2, 3, &csv, &p), -1);
	CHECK_EQ_INT(p.kind, CSV_PROBLEM_TOO_MANY_ROWS);
	CHECK_EQ_INT(p.record, 3);
	arena_free(&a);
}

/* csv_parse still words the same problems as sentences. */
static void test_sentences_unchanged(void)
{
	struct arena a = {0};
	struct csv csv;
	CHECK_STR_EQ(csv_parse(&a, "a,b\n\"open,c\n", 12, 10, 8, &csv), "Line 2: a quoted field is never closed.");
	CHECK_STR_EQ(csv_parse(&a, "a,b,c\n", 6, 2, 2, &csv), "Line 1: more than 2 fields.");
	arena_free(&a);
}

/* CSV: quotes, doubled quotes, commas and line breaks inside quotes, CRLF,
 * blank lines, a BOM; and the problems named by line. */
static void test_parse_records(void)
{
	struct arena a = {0};
	struct csv csv;
	const char *text = "\xEF\xBB\xBFkpi,period,value\r\n\"CSAT, all\",2026-10,\"8\"\"7\"\r\n\r\nNPS,2026-10,\"a\nb\"\n";
	CHECK_NULL(csv_parse(&a, text, strlen(text), 10, 8, &csv));
	CHECK_EQ_INT(csv.count, 3);
	if (csv.count == 3) {
		CHECK_STR_EQ(csv.rows[0].fields[0], "kpi");
		CHECK_STR_EQ(csv.rows[1].fields[0], "CSAT, all");
		CHECK_STR_EQ(csv.rows[1].fields[2], "8\"7");
		CHECK_EQ_INT(csv.rows[2].line, 4);
		CHECK_STR_EQ(csv.rows[2].fields[2], "a\nb");
	}
	CHECK_CONTAINS(csv_parse(&a, "a,b\n\"open,c\n", 12, 10, 8, &csv), "Line 2: a quoted field is never closed");
	CHECK_CONTAINS(csv_parse(&a, "a,\"b\"x\n", 7, 10, 8, &csv), "Line 1: text follows a closing quote");
	CHECK_CONTAINS(csv_parse(&a, "a\nb\nc\n", 6, 2, 8, &csv), "more than 2 rows");
	CHECK_CONTAINS(csv_parse(&a, "a,b,c\n", 6, 2, 2, &csv), "more than 2 fields");
	CHECK_NULL(csv_parse(&a, "x,,\n", 4, 2, 8, &csv));
	CHECK_EQ_INT(csv.count == 1 ? csv.rows[0].count : 0, 3);
	arena_free(&a);
}

/* CSV: quotes where needed, doubled quotes, formulas as text. */
static void test_writing_fields(void)
{
	struct buf b = {0};
	csv_field(&b, "plain", 1);
	csv_field(&b, "a,b", 0);
	csv_field(&b, "say \"hi\"", 0);
	csv_field(&b, "=HYPERLINK(\"x\")", 0);
	csv_field(&b, "-2", 0);
	csv_field(&b, "two\nlines", 0);
	csv_number(&b, -1.234, 2, 0);
	csv_end_row(&b);
	CHECK_STR_EQ(b.data, "plain,\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",\"'-2\","
	             "\"two\nlines\",-1.23\r\n");
	buf_free(&b);
}

/* Appends value as the only field of a row and returns the row (static). */
static const char *written(const char *value)
{
	static struct buf b;
	buf_reset(&b);
	csv_field(&b, value, 1);
	return b.data ? b.data : "";
}

/* A downloaded value a spreadsheet could run as a formula is written as
 * text: ASCII and fullwidth formula starts, also after spaces (ASCII,
 * no-break, ideographic), tabs and carriage returns; others are not
 * touched. */
static void test_formula_defused(void)
{
	CHECK_STR_EQ(written("=1+1"), "\"'=1+1\"");
	CHECK_STR_EQ(written("@SUM(A1)"), "\"'@SUM(A1)\"");
	CHECK_STR_EQ(written("\tx"), "\"'\tx\"");
	CHECK_STR_EQ(written("\rx"), "\"'\rx\"");
	CHECK_STR_EQ(written("\xEF\xBC\x9D" "1+1"), "\"'\xEF\xBC\x9D" "1+1\"");       /* ＝ */
	CHECK_STR_EQ(written("\xEF\xBC\x8B" "1"), "\"'\xEF\xBC\x8B" "1\"");           /* ＋ */
	CHECK_STR_EQ(written("\xEF\xBC\x8D" "1"), "\"'\xEF\xBC\x8D" "1\"");           /* － */
	CHECK_STR_EQ(written("\xEF\xBC\xA0x"), "\"'\xEF\xBC\xA0x\"");           /* ＠ */
	CHECK_STR_EQ(written("  =cmd|' /C calc'!A0"), "\"'  =cmd|' /C calc'!A0\"");
	CHECK_STR_EQ(written("\xC2\xA0" "=1"), "\"'\xC2\xA0" "=1\"");
	CHECK_STR_EQ(written("\xE3\x80\x80\xEF\xBC\x9D" "1"), "\"'\xE3\x80\x80\xEF\xBC\x9D" "1\"");
	CHECK_STR_EQ(written("plain text"), "plain text");
	CHECK_STR_EQ(written("  spaced"), "  spaced");
	CHECK_STR_EQ(written("a=b"), "a=b");
	CHECK_STR_EQ(written("\xEF\xBC\xA1"), "\xEF\xBC\xA1");                  /* Ａ */
	CHECK_STR_EQ(written(""), "");
	CHECK_STR_EQ(written("   "), "   ");
}

int main(void)
{
	test_problem_kinds();
	test_sentences_unchanged();
	test_parse_records();
	test_writing_fields();
	test_formula_defused();
	return check_summary("test_csv");
}
