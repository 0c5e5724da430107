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
	test_formula_defused();
	return check_summary("test_csv");
}
