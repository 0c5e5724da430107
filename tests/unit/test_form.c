/*
 * test_form.c: validator tables (core/form.c) and the UTF-8 helpers of
 * core/util.c.
 */
#include "check.h"
#include "core/form.h"

#include <string.h>

static struct arena arena;

/* Validates the urlencoded input against a one-row table; returns the
 * field's error (NULL when accepted) and copies its value to *out. */
static const char *check1(const struct field_spec *spec, const char *input,
                          struct field_value *out)
{
	struct fields in = {0};
	struct form form;
	static struct field_value dummy;
	if (out == NULL)
		out = &dummy;
	memset(out, 0, sizeof *out);
	if (parse_urlencoded(&arena, input, strlen(input), &in) != HTTP_OK) {
		printf("note: input %s did not parse\n", input);
		return "input did not parse";
	}
	if (form_validate(&arena, spec, 1, &in, &form) < 0)
		return "form_validate failed";
	*out = form.values[0];
	return form.values[0].error;
}

/* field_check on raw bytes of a known length. */
static const char *raw(const struct field_spec *spec, const char *bytes, size_t len)
{
	long long n = 0;
	return field_check(&arena, spec, bytes, len, &n);
}

#define RAW(spec, lit) raw((spec), (lit), sizeof(lit) - 1)

static const struct field_spec text_spec =
	{ "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 0, 10, NULL };
static const struct field_spec text_min_spec =
	{ "code", "Code", FIELD_TEXT, 0, 3, 5, NULL };
static const struct field_spec multi_spec =
	{ "notes", "Notes", FIELD_MULTILINE, 0, 0, 20, NULL };
static const struct field_spec password_spec =
	{ "pw", "Password", FIELD_PASSWORD, FIELD_REQUIRED, 0, 0, NULL };
static const struct field_spec username_spec =
	{ "user", "Username", FIELD_USERNAME, FIELD_REQUIRED, 0, 0, NULL };
static const struct field_spec email_spec =
	{ "email", "Email", FIELD_EMAIL, 0, 0, 0, NULL };
static const struct field_spec int_spec =
	{ "n", "Number", FIELD_INT, FIELD_REQUIRED, 1, 100, NULL };
static const struct field_spec int_any_spec =
	{ "n", "Number", FIELD_INT, 0, 0, 0, NULL };
static const struct field_spec int_neg_spec =
	{ "n", "Number", FIELD_INT, 0, -10, -1, NULL };
static const struct field_spec date_spec =
	{ "d", "Date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL };
static const char *const colours[] = { "red", "green", NULL };
static const struct field_spec choice_spec =
	{ "colour", "Colour", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, colours };
static const struct field_spec checkbox_spec =
	{ "agree", "Agree", FIELD_CHECKBOX, FIELD_REQUIRED, 0, 0, NULL };

/* FIELD_TEXT: required, trimming, lengths in characters, bad bytes. */
static void test_text(void)
{
	struct field_value v;
	CHECK_STR_EQ(check1(&text_spec, "", &v), "Title is required.");
	CHECK_EQ_INT(v.present, 0);
	CHECK_NOT_NULL(check1(&text_spec, "title=", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=+++%09", &v));
	CHECK_NOT_NULL(check1(&text_spec, "other=x", &v));

	CHECK_NULL(check1(&text_spec, "title=++Hi+there++", &v));
	CHECK_STR_EQ(v.text, "Hi there");
	CHECK_EQ_INT(v.present, 1);
	CHECK_NULL(check1(&text_spec, "title=%09%0D%0AHi%0D%0A", &v));
	CHECK_STR_EQ(v.text, "Hi");

	/* 10 characters is the limit, counted as characters, not bytes. */
	CHECK_NULL(check1(&text_spec, "title=0123456789", &v));
	CHECK_CONTAINS(check1(&text_spec, "title=0123456789a", &v), "at most 10");
	CHECK_STR_EQ(v.text, "0123456789a");
	CHECK_NULL(check1(&text_spec,
		"title=%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC"
		"%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC", &v));
	CHECK_EQ_INT(strlen(v.text), 30);
	CHECK_NOT_NULL(check1(&text_spec,
		"title=%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC"
		"%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC", &v));
	CHECK_NULL(check1(&text_min_spec, "code=%E6%97%A5%E6%9C%AC%E8%AA%9E", &v));
	CHECK_CONTAINS(check1(&text_min_spec, "code=ab", &v), "at least 3");
	CHECK_NULL(check1(&text_min_spec, "", &v));   /* optional and absent */
	CHECK_EQ_INT(v.present, 0);

	/* Invalid UTF-8 is refused, and not echoed back. */
	CHECK_CONTAINS(check1(&text_spec, "title=%C0%AF", &v), "not valid text");
	CHECK_STR_EQ(v.text, "");
	CHECK_NOT_NULL(check1(&text_spec, "title=a%ED%A0%80", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=a%E2%82", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=%E2%82b", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=%F5%80%80%80", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=%FF", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=%80", &v));

	/* Control characters, NUL and DEL are refused; tab and newline too. */
	CHECK_CONTAINS(check1(&text_spec, "title=a%01b", &v), "control characters");
	CHECK_NOT_NULL(check1(&text_spec, "title=a%00b", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=a%7Fb", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=a%09b", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=a%0Ab", &v));
	CHECK_NOT_NULL(check1(&text_spec, "title=a%0Db", &v));
	CHECK_NOT_NULL(RAW(&text_spec, "a\0b"));
	/* U+0085 NEXT LINE is a (C1) control character and a line break. */
	CHECK_NOT_NULL(check1(&text_spec, "title=a%C2%85b", &v));
}

/* FIELD_TEXT refuses every bidirectional control character (they make a
 * line display in another order than stored); multi-line text, where
 * right-to-left writing may need the marks, keeps them. Other
 * right-to-left text and neighbouring characters are accepted. */
static void test_text_bidi(void)
{
	static const char *const controls[] = {
		"%D8%9C", "%E2%80%8E", "%E2%80%8F", "%E2%80%AA", "%E2%80%AB", "%E2%80%AC",
		"%E2%80%AD", "%E2%80%AE", "%E2%81%A6", "%E2%81%A7", "%E2%81%A8", "%E2%81%A9", NULL
	};
	struct field_value v;
	char in[64];
	for (const char *const *c = controls; *c; c++) {
		snprintf(in, sizeof in, "title=ab%scd", *c);
		CHECK_CONTAINS(check1(&text_spec, in, &v), "direction of the text");
		CHECK_CONTAINS(v.text, "ab");           /* what was typed is kept for the form */
		snprintf(in, sizeof in, "notes=ab%scd", *c);
		CHECK_NULL(check1(&multi_spec, in, &v));
	}
	CHECK_NULL(check1(&text_spec, "title=%D7%A9%D7%9C%D7%95%D7%9D", &v));   /* Hebrew */
	CHECK_NULL(check1(&text_spec, "title=%D8%9B%D8%9D", &v));               /* U+061B, U+061D */
	CHECK_NULL(check1(&text_spec, "title=%E2%80%8D%E2%81%A5", &v));        /* U+200D, U+2065 */
	CHECK_NULL(check1(&text_spec, "title=%E2%80%AF%E2%81%AA", &v));         /* U+202F, U+206A */
}

/* FIELD_MULTILINE: tabs and newlines allowed, other controls not. */
static void test_multiline(void)
{
	struct field_value v;
	CHECK_NULL(check1(&multi_spec, "notes=one%0D%0A%09two%0Athree", &v));
	CHECK_STR_EQ(v.text, "one\r\n\ttwo\nthree");
	CHECK_NULL(check1(&multi_spec, "notes=%0A%0Aline%0A%0A", &v));
	CHECK_STR_EQ(v.text, "line");
	CHECK_NOT_NULL(check1(&multi_spec, "notes=a%00b", &v));
	CHECK_NOT_NULL(RAW(&multi_spec, "a\0b"));
	CHECK_NOT_NULL(check1(&multi_spec, "notes=a%1Bb", &v));
	CHECK_NOT_NULL(check1(&multi_spec, "notes=a%0Bb", &v));
	CHECK_NOT_NULL(check1(&multi_spec, "notes=a%7F", &v));
	CHECK_NOT_NULL(check1(&multi_spec, "notes=%C3%28", &v));
	CHECK_NULL(check1(&multi_spec, "notes=12345678901234567890", &v));
	CHECK_NOT_NULL(check1(&multi_spec, "notes=123456789012345678901", &v));
	CHECK_NULL(RAW(&multi_spec, "tab\there\r\n"));

	/* With no maximum (min = max = 0), a long accepted text is kept whole. */
	static const struct field_spec unlimited = { "notes", "Notes", FIELD_MULTILINE, 0, 0, 0, NULL };
	enum { LONG = 70000 };
	static char in[6 + LONG + 1];
	memcpy(in, "notes=", 6);
	memset(in + 6, 'a', LONG);
	CHECK_NULL(check1(&unlimited, in, &v));
	CHECK_EQ_INT(v.present, 1);
	CHECK_EQ_INT(strlen(v.text), LONG);
}

/* FIELD_PASSWORD: taken as typed, not trimmed; still valid text. */
static void test_password(void)
{
	struct field_value v;
	CHECK_NULL(check1(&password_spec, "pw=++secret+", &v));
	CHECK_STR_EQ(v.text, "  secret ");
	CHECK_NULL(check1(&password_spec, "pw=+", &v));
	CHECK_EQ_INT(v.present, 1);
	CHECK_NOT_NULL(check1(&password_spec, "pw=", &v));
	CHECK_NOT_NULL(check1(&password_spec, "pw=ab%00cd", &v));
	CHECK_NOT_NULL(check1(&password_spec, "pw=ab%FFcd", &v));
	CHECK_NOT_NULL(check1(&password_spec, "pw=a%0A", &v));
}

/* FIELD_USERNAME: 2-32 of a-z 0-9 . _ -, starting with a letter. */
static void test_username(void)
{
	struct field_value v;
	CHECK_NULL(check1(&username_spec, "user=ann", &v));
	CHECK_NULL(check1(&username_spec, "user=+ann.lee_2-x+", &v));
	CHECK_STR_EQ(v.text, "ann.lee_2-x");
	CHECK_NULL(check1(&username_spec, "user=ab", &v));
	CHECK_NULL(check1(&username_spec, "user=abcdefghijklmnopqrstuvwxyz012345", &v));
	CHECK_NOT_NULL(check1(&username_spec, "user=abcdefghijklmnopqrstuvwxyz0123456", &v));
	CHECK_NOT_NULL(check1(&username_spec, "user=a", &v));
	CHECK_NOT_NULL(check1(&username_spec, "user=Ann", &v));
	CHECK_NOT_NULL(check1(&username_spec, "user=1ann", &v));
	CHECK_NOT_NULL(check1(&username_spec, "user=.ann", &v));
	CHECK_NOT_NULL(check1(&username_spec, "user=ann+lee", &v));
	CHECK_NOT_NULL(check1(&username_spec, "user=ann%40x", &v));
	CHECK_NOT_NULL(check1(&username_spec, "user=ann%C3%A9", &v));
	CHECK_STR_EQ(check1(&username_spec, "", &v), "Username is required.");
}

/* FIELD_EMAIL: one @, a dotted domain, no spaces or brackets, 254 bytes. */
static void test_email(void)
{
	struct field_value v;
	char in[400];
	CHECK_NULL(check1(&email_spec, "email=ann%40example.org", &v));
	CHECK_STR_EQ(v.text, "ann@example.org");
	CHECK_NULL(check1(&email_spec, "email=a.b%2Bc%40mail.example.co.uk", &v));
	CHECK_NULL(check1(&email_spec, "", &v));   /* optional */
	CHECK_NOT_NULL(check1(&email_spec, "email=ann", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=%40example.org", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=ann%40example", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=ann%40%40example.org", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=a%40b%40example.org", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=ann%40.org", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=ann%40example.", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=ann+lee%40example.org", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=%3Cann%40example.org%3E", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=%22ann%22%40example.org", &v));
	CHECK_NOT_NULL(check1(&email_spec, "email=ann%0A%40example.org", &v));

	/* 254 bytes in all is the limit: "x...x@example.org" */
	strcpy(in, "email=");
	memset(in + 6, 'x', 254 - 12);
	strcpy(in + 6 + 254 - 12, "%40example.org");
	CHECK_NULL(check1(&email_spec, in, &v));
	CHECK_EQ_INT(strlen(v.text), 254);
	memset(in + 6, 'x', 255 - 12);
	strcpy(in + 6 + 255 - 12, "%40example.org");
	CHECK_NOT_NULL(check1(&email_spec, in, &v));
}

/* FIELD_INT: ranges, signs, junk and overflow. */
static void test_int(void)
{
	struct field_value v;
	CHECK_NULL(check1(&int_spec, "n=42", &v));
	CHECK_EQ_INT(v.number, 42);
	CHECK_NULL(check1(&int_spec, "n=1", &v));
	CHECK_EQ_INT(v.number, 1);
	CHECK_NULL(check1(&int_spec, "n=100", &v));
	CHECK_EQ_INT(v.number, 100);
	CHECK_NULL(check1(&int_spec, "n=+5+", &v));   /* trimmed first */
	CHECK_EQ_INT(v.number, 5);
	CHECK_CONTAINS(check1(&int_spec, "n=0", &v), "between 1 and 100");
	CHECK_NOT_NULL(check1(&int_spec, "n=101", &v));
	CHECK_NOT_NULL(check1(&int_spec, "n=-5", &v));
	CHECK_CONTAINS(check1(&int_spec, "n=12abc", &v), "whole number");
	CHECK_STR_EQ(v.text, "12abc");
	CHECK_NOT_NULL(check1(&int_spec, "n=1.5", &v));
	CHECK_NOT_NULL(check1(&int_spec, "n=0x10", &v));
	CHECK_NOT_NULL(check1(&int_spec, "n=1+2", &v));
	CHECK_NOT_NULL(check1(&int_spec, "n=%EF%BC%95", &v));   /* fullwidth 5 */
	CHECK_STR_EQ(check1(&int_spec, "n=", &v), "Number is required.");
	CHECK_NOT_NULL(RAW(&int_spec, ""));
	CHECK_NOT_NULL(RAW(&int_spec, " 5"));
	CHECK_NOT_NULL(RAW(&int_spec, "5 "));
	CHECK_NOT_NULL(RAW(&int_spec, "5\0" "0"));

	/* min = max = 0: any long long, but no overflow. */
	CHECK_NULL(check1(&int_any_spec, "n=9223372036854775807", &v));
	CHECK_EQ_INT(v.number, 9223372036854775807LL);
	CHECK_NULL(check1(&int_any_spec, "n=-9223372036854775808", &v));
	CHECK(v.number < -9223372036854775807LL);
	CHECK_NOT_NULL(check1(&int_any_spec, "n=9223372036854775808", &v));
	CHECK_NOT_NULL(check1(&int_any_spec, "n=99999999999999999999", &v));
	CHECK_NULL(check1(&int_any_spec, "n=0", &v));
	CHECK_NULL(check1(&int_neg_spec, "n=-5", &v));
	CHECK_EQ_INT(v.number, -5);
	CHECK_NOT_NULL(check1(&int_neg_spec, "n=0", &v));
	CHECK_NOT_NULL(check1(&int_neg_spec, "n=-11", &v));
}

/* FIELD_DATE and valid_date: real calendar dates written YYYY-MM-DD. */
static void test_date(void)
{
	struct field_value v;
	CHECK_NULL(check1(&date_spec, "d=2024-02-29", &v));
	CHECK_STR_EQ(v.text, "2024-02-29");
	CHECK_CONTAINS(check1(&date_spec, "d=2023-02-29", &v), "real date");
	CHECK_NOT_NULL(check1(&date_spec, "d=2026-13-01", &v));
	CHECK_NOT_NULL(check1(&date_spec, "d=2026-1-01", &v));
	CHECK_NOT_NULL(check1(&date_spec, "d=2026-04-31", &v));
	CHECK_NOT_NULL(check1(&date_spec, "d=2026%2F01%2F01", &v));
	CHECK_NULL(check1(&date_spec, "d=+2026-12-31+", &v));

	CHECK(valid_date("2024-02-29"));
	CHECK(valid_date("2000-02-29"));
	CHECK(!valid_date("1900-02-29"));
	CHECK(!valid_date("2100-02-29"));
	CHECK(valid_date("2026-01-31"));
	CHECK(valid_date("2026-04-30"));
	CHECK(!valid_date("2026-00-10"));
	CHECK(!valid_date("2026-01-00"));
	CHECK(!valid_date("2026-01-32"));
	CHECK(!valid_date("2026-01-1"));
	CHECK(!valid_date("26-01-01"));
	CHECK(!valid_date("2026-01-01x"));
	CHECK(!valid_date("2026-01-0a"));
	CHECK(!valid_date("2026 01 01"));
	CHECK(!valid_date("+026-01-01"));
	CHECK(!valid_date("2026-+1-01"));
	CHECK(!valid_date(""));
	CHECK(!valid_date(NULL));
	CHECK(valid_date("1900-01-01"));
	CHECK(!valid_date("1899-12-31"));
	CHECK(valid_date("2200-12-31"));
	CHECK(!valid_date("2201-01-01"));
}

static const struct field_spec time_spec =
	{ "start", "Start", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL };
static const struct field_spec decimal_spec =
	{ "value", "Value", FIELD_DECIMAL, FIELD_REQUIRED, -100, 100, NULL };

/* FIELD_TIME: HH:MM on the 24-hour clock, minutes after midnight. */
static void test_time(void)
{
	struct field_value v;
	CHECK_NULL(check1(&time_spec, "start=00:00", &v));
	CHECK_EQ_INT(v.number, 0);
	CHECK_NULL(check1(&time_spec, "start=23:59", &v));
	CHECK_EQ_INT(v.number, 23 * 60 + 59);
	CHECK_NULL(check1(&time_spec, "start=+09:30+", &v));   /* trimmed */
	CHECK_EQ_INT(v.number, 570);
	CHECK_CONTAINS(check1(&time_spec, "start=24:00", &v), "Start must be a time written HH:MM");
	CHECK_NOT_NULL(check1(&time_spec, "start=12:60", &v));
	CHECK_NOT_NULL(check1(&time_spec, "start=9:30", &v));
	CHECK_NOT_NULL(check1(&time_spec, "start=09-30", &v));
	CHECK_NOT_NULL(check1(&time_spec, "start=09:3a", &v));
	CHECK_NOT_NULL(check1(&time_spec, "start=09:300", &v));
	CHECK_CONTAINS(check1(&time_spec, "start=", &v), "Start is required.");
}

/* FIELD_DECIMAL: plain decimals within the range, nothing exotic. */
static void test_decimal(void)
{
	struct field_value v;
	CHECK_NULL(check1(&decimal_spec, "value=12.5", &v));
	CHECK(v.decimal == 12.5);
	CHECK_NULL(check1(&decimal_spec, "value=-100", &v));
	CHECK(v.decimal == -100.0);
	CHECK_NULL(check1(&decimal_spec, "value=0.0625", &v));
	CHECK(v.decimal == 0.0625);
	CHECK_CONTAINS(check1(&decimal_spec, "value=100.5", &v), "between -100 and 100");
	CHECK_CONTAINS(check1(&decimal_spec, "value=1e2", &v), "must be a number like 12");
	CHECK_NOT_NULL(check1(&decimal_spec, "value=nan", &v));
	CHECK_NOT_NULL(check1(&decimal_spec, "value=inf", &v));
	CHECK_NOT_NULL(check1(&decimal_spec, "value=0x10", &v));
	CHECK_NOT_NULL(check1(&decimal_spec, "value=1.23456", &v));
	CHECK_NOT_NULL(check1(&decimal_spec, "value=.5", &v));
	CHECK_NOT_NULL(check1(&decimal_spec, "value=5.", &v));
	CHECK_NOT_NULL(check1(&decimal_spec, "value=1%2C5", &v));
	CHECK_NOT_NULL(check1(&decimal_spec, "value=--1", &v));
	CHECK_NOT_NULL(check1(&decimal_spec, "value=1234567890123", &v));
	CHECK_CONTAINS(check1(&decimal_spec, "value=", &v), "Value is required.");
}

/* FIELD_CHOICE: exactly one of the listed strings. */
static void test_choice(void)
{
	struct field_value v;
	CHECK_NULL(check1(&choice_spec, "colour=red", &v));
	CHECK_STR_EQ(v.text, "red");
	CHECK_NULL(check1(&choice_spec, "colour=green", &v));
	CHECK_CONTAINS(check1(&choice_spec, "colour=blue", &v), "one of the options");
	CHECK_NOT_NULL(check1(&choice_spec, "colour=Red", &v));
	CHECK_NOT_NULL(check1(&choice_spec, "colour=re", &v));
	CHECK_NOT_NULL(check1(&choice_spec, "colour=redd", &v));
	CHECK_NOT_NULL(check1(&choice_spec, "colour=red%00x", &v));
	CHECK_NOT_NULL(check1(&choice_spec, "", &v));
}

/* FIELD_CHECKBOX: present or absent, never an error. */
static void test_checkbox(void)
{
	struct field_value v;
	CHECK_NULL(check1(&checkbox_spec, "", &v));
	CHECK_EQ_INT(v.number, 0);
	CHECK_EQ_INT(v.present, 0);
	CHECK_NULL(check1(&checkbox_spec, "agree=on", &v));
	CHECK_EQ_INT(v.number, 1);
	CHECK_EQ_INT(v.present, 1);
	CHECK_NULL(check1(&checkbox_spec, "agree=", &v));
	CHECK_EQ_INT(v.number, 1);
	CHECK_NULL(check1(&checkbox_spec, "agree=on&agree=on", &v));
	CHECK_EQ_INT(v.number, 1);
	CHECK_NULL(check1(&checkbox_spec, "agree=%FF%00", &v));
}

/* A whole table: duplicates, unknown fields, counts, form_set_error. */
static void test_form_validate(void)
{
	static const struct field_spec table[] = {
		{ "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 0, 10, NULL },
		{ "n", "Number", FIELD_INT, 0, 1, 9, NULL },
		{ "email", "Email", FIELD_EMAIL, 0, 0, 0, NULL },
		{ "agree", "Agree", FIELD_CHECKBOX, 0, 0, 0, NULL },
	};
	const char *in = "title=one&title=two&n=5&unknown=x&agree=1";
	struct fields f = {0};
	struct form form;
	CHECK_EQ_INT(parse_urlencoded(&arena, in, strlen(in), &f), HTTP_OK);
	CHECK_EQ_INT(form_validate(&arena, table, 4, &f, &form), 1);
	CHECK_EQ_INT(form.error_count, 1);
	CHECK_EQ_INT(form.count, 4);
	CHECK(form.specs == table);
	CHECK_STR_EQ(form.values[0].error, "Title was sent more than once.");
	CHECK_EQ_INT(form.values[0].present, 0);
	CHECK_NULL(form.values[1].error);
	CHECK_EQ_INT(form.values[1].number, 5);
	CHECK_NULL(form.values[2].error);
	CHECK_EQ_INT(form.values[2].present, 0);
	CHECK_EQ_INT(form.values[3].number, 1);

	/* form_set_error counts a field once, however often it is set. */
	form_set_error(&form, 2, "That address is taken.");
	CHECK_EQ_INT(form.error_count, 2);
	CHECK_STR_EQ(form.values[2].error, "That address is taken.");
	form_set_error(&form, 2, "Still taken.");
	CHECK_EQ_INT(form.error_count, 2);
	CHECK_STR_EQ(form.values[2].error, "Still taken.");
	form_set_error(&form, 0, "Another message.");
	CHECK_EQ_INT(form.error_count, 2);
	form_set_error(&form, 4, "Out of range.");
	CHECK_EQ_INT(form.error_count, 2);

	/* All good: zero errors; an empty table is fine too. */
	in = "title=ok&n=9&email=a%40b.co";
	memset(&f, 0, sizeof f);
	parse_urlencoded(&arena, in, strlen(in), &f);
	CHECK_EQ_INT(form_validate(&arena, table, 4, &f, &form), 0);
	CHECK_EQ_INT(form.values[3].number, 0);
	CHECK_EQ_INT(form_validate(&arena, table, 0, &f, &form), 0);
	CHECK_EQ_INT(form.count, 0);
}

/* utf8_valid: strict RFC 3629. */
static void test_utf8_valid(void)
{
#define VALID(lit) utf8_valid((lit), sizeof(lit) - 1)
	CHECK(VALID(""));
	CHECK(VALID("plain ascii"));
	CHECK(VALID("a\0b"));
	CHECK(VALID("\xc3\xa9"));              /* é */
	CHECK(VALID("\xe2\x82\xac"));          /* € */
	CHECK(VALID("\xf0\x9f\x98\x80"));      /* U+1F600 */
	CHECK(VALID("\xf4\x8f\xbf\xbf"));      /* U+10FFFF */
	CHECK(VALID("\xed\x9f\xbf"));          /* U+D7FF */
	CHECK(VALID("\xee\x80\x80"));          /* U+E000 */
	CHECK(VALID("\xc2\x80"));              /* U+0080 */
	CHECK(VALID("\xe0\xa0\x80"));          /* U+0800 */
	CHECK(VALID("\xf0\x90\x80\x80"));      /* U+10000 */
	CHECK(!VALID("\xc0\xaf"));             /* overlong '/' */
	CHECK(!VALID("\xc1\xbf"));
	CHECK(!VALID("\xe0\x80\xaf"));
	CHECK(!VALID("\xe0\x9f\xbf"));
	CHECK(!VALID("\xf0\x82\x82\xac"));
	CHECK(!VALID("\xf0\x8f\xbf\xbf"));
	CHECK(!VALID("\xed\xa0\x80"));         /* U+D800 surrogate */
	CHECK(!VALID("\xed\xbf\xbf"));         /* U+DFFF */
	CHECK(!VALID("\xf4\x90\x80\x80"));     /* U+110000 */
	CHECK(!VALID("\xf5\x80\x80\x80"));
	CHECK(!VALID("\xf8\x88\x80\x80\x80"));
	CHECK(!VALID("\xff"));
	CHECK(!VALID("\xfe"));
	CHECK(!VALID("\x80"));
	CHECK(!VALID("a\xbf"));
	CHECK(!VALID("\xc3"));
	CHECK(!VALID("a\xc3"));
	CHECK(!VALID("\xe2\x82"));
	CHECK(!VALID("\xf0\x9f\x98"));
	CHECK(!VALID("\xc3\x28"));
	CHECK(!VALID("\xe2\x28\xac"));
	CHECK(!VALID("\xf0\x9f\x28\x80"));
	CHECK(!utf8_valid("\xc3\xa9", 1));     /* cut by the length */
#undef VALID
}

/* utf8_length and utf8_prefix. */
static void test_utf8_length_prefix(void)
{
	CHECK_EQ_INT(utf8_length("", 0), 0);
	CHECK_EQ_INT(utf8_length("abc", 3), 3);
	CHECK_EQ_INT(utf8_length("h\xc3\xa9llo", 6), 5);
	CHECK_EQ_INT(utf8_length("\xe2\x82\xac\xf0\x9f\x98\x80", 7), 2);
	CHECK_EQ_INT(utf8_length("a\0b", 3), 3);

	CHECK_EQ_INT(utf8_prefix("abc", 3), 3);
	CHECK_EQ_INT(utf8_prefix("abc", 2), 2);
	CHECK_EQ_INT(utf8_prefix("abc", 100), 3);
	CHECK_EQ_INT(utf8_prefix("abc", 0), 0);
	CHECK_EQ_INT(utf8_prefix("h\xc3\xa9llo", 1), 1);
	CHECK_EQ_INT(utf8_prefix("h\xc3\xa9llo", 2), 1);
	CHECK_EQ_INT(utf8_prefix("h\xc3\xa9llo", 3), 3);
	CHECK_EQ_INT(utf8_prefix("h\xc3\xa9llo", 100), 6);
	CHECK_EQ_INT(utf8_prefix("\xe2\x82\xac", 1), 0);
	CHECK_EQ_INT(utf8_prefix("\xe2\x82\xac", 2), 0);
	CHECK_EQ_INT(utf8_prefix("\xe2\x82\xac", 3), 3);
	CHECK_EQ_INT(utf8_prefix("\xf0\x9f\x98\x80x", 3), 0);
	CHECK_EQ_INT(utf8_prefix("\xf0\x9f\x98\x80x", 4), 4);
	CHECK_EQ_INT(utf8_prefix("\xf0\x9f\x98\x80x", 5), 5);
}

/* Runs every test of this file. */
int main(void)
{
	test_text();
	test_text_bidi();
	test_multiline();
	test_password();
	test_username();
	test_email();
	test_int();
	test_date();
	test_time();
	test_decimal();
	test_choice();
	test_checkbox();
	test_form_validate();
	test_utf8_valid();
	test_utf8_length_prefix();
	arena_free(&arena);
	return check_summary("test_form");
}
