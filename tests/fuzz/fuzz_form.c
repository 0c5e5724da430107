/*
 * fuzz_form.c: parse_urlencoded() then form_validate() against a table
 * holding every field type, checking that whatever is accepted really
 * meets its spec. The switch in check_accepted() names every type and is
 * built with -Werror=switch, so a new field type without its check here
 * fails the build (make test builds this target).
 */
#include "fuzz_common.h"
#include "core/form.h"

static const char *const choices[] = { "red", "green", "blue", NULL };

/* One row per field type, some required, some with limits. */
static const struct field_spec table[] = {
	{ "t", "Text", FIELD_TEXT, FIELD_REQUIRED, 2, 20, NULL },
	{ "m", "Notes", FIELD_MULTILINE, 0, 0, 200, NULL },
	{ "p", "Password", FIELD_PASSWORD, 0, 0, 128, NULL },
	{ "u", "Username", FIELD_USERNAME, FIELD_REQUIRED, 0, 0, NULL },
	{ "e", "Email", FIELD_EMAIL, 0, 0, 0, NULL },
	{ "i", "Number", FIELD_INT, 0, -50, 50, NULL },
	{ "j", "Any number", FIELD_INT, 0, 0, 0, NULL },
	{ "d", "Date", FIELD_DATE, 0, 0, 0, NULL },
	{ "c", "Colour", FIELD_CHOICE, 0, 0, 0, choices },
	{ "x", "Agree", FIELD_CHECKBOX, 0, 0, 0, NULL },
	{ "h", "Start time", FIELD_TIME, 0, 0, 0, NULL },
	{ "n", "Amount", FIELD_DECIMAL, 0, -1000, 1000, NULL },
	{ "q", "Any amount", FIELD_DECIMAL, 0, 0, 0, NULL },
};
#define TABLE_SIZE (sizeof table / sizeof table[0])

/* Returns 1 when s[0..len) holds a byte below 0x20 other than those a
 * multiline field may hold, DEL, or a C1 control (UTF-8 C2 80 to C2 9F). */
static int has_control(const char *s, size_t len, int multiline)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0x7F || (c < 0x20 && !(multiline && (c == '\t' || c == '\n' || c == '\r'))))
			return 1;
		if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] <= 0x9F)
			return 1;
	}
	return 0;
}

/* Returns 1 when s[0..len) holds a bidirectional control character:
 * U+061C, U+200E, U+200F, U+202A to U+202E or U+2066 to U+2069. */
static int has_bidi_control(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i + 1 < len; i++) {
		if (u[i] == 0xD8 && u[i + 1] == 0x9C)
			return 1;
		if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0x8E || u[i + 2] == 0x8F || (u[i + 2] >= 0xAA && u[i + 2] <= 0xAE)))
			return 1;
		if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x81 && u[i + 2] >= 0xA6 && u[i + 2] <= 0xA9)
			return 1;
	}
	return 0;
}

/* Checks that an accepted, present value meets its spec. */
static void check_accepted(struct arena *a, const struct field_spec *s,
                           const struct field_value *v)
{
	size_t len = strlen(v->text);
	long long n = 0;
	if (s->type == FIELD_CHECKBOX) {
		FUZZ_ASSERT(v->number == v->present);
		return;
	}
	/* A present, accepted value is kept whole in text. */
	FUZZ_ASSERT(len > 0);
	FUZZ_ASSERT(utf8_valid(v->text, len));
	FUZZ_ASSERT(!has_control(v->text, len, s->type == FIELD_MULTILINE));
	/* Checking the accepted value again must accept it again. */
	FUZZ_ASSERT(field_check(a, s, v->text, len, &n) == NULL);
	switch (s->type) {
	case FIELD_TEXT:
	case FIELD_MULTILINE:
	case FIELD_PASSWORD:
		FUZZ_ASSERT(s->max == 0 || utf8_length(v->text, len) <= (size_t)s->max);
		FUZZ_ASSERT(utf8_length(v->text, len) >= (size_t)s->min);
		if (s->type != FIELD_PASSWORD)
			FUZZ_ASSERT(!strchr(" \t\r\n", v->text[0]) && !strchr(" \t\r\n", v->text[len - 1]));
		break;
	case FIELD_USERNAME:
		FUZZ_ASSERT(len >= 2 && len <= 32 && v->text[0] >= 'a' && v->text[0] <= 'z');
		FUZZ_ASSERT(strspn(v->text, "abcdefghijklmnopqrstuvwxyz0123456789._-") == len);
		break;
	case FIELD_EMAIL:
		FUZZ_ASSERT(len <= 254 && strchr(v->text, '@') != NULL);
		FUZZ_ASSERT(strchr(v->text, '@') == strrchr(v->text, '@'));
		FUZZ_ASSERT(strcspn(v->text, " <>\"") == len);
		break;
	case FIELD_INT:
		FUZZ_ASSERT(n == v->number);
		FUZZ_ASSERT((s->min == 0 && s->max == 0) ||
		            (v->number >= s->min && v->number <= s->max));
		break;
	case FIELD_DATE:
		FUZZ_ASSERT(len == 10 && valid_date(v->text));
		break;
	case FIELD_CHOICE: {
		int found = 0;
		for (const char *const *c = s->choices; *c; c++)
			found |= strcmp(*c, v->text) == 0;
		FUZZ_ASSERT(found);
		break;
	}
	case FIELD_CHECKBOX:
		break;
	case FIELD_TIME:
		FUZZ_ASSERT(len == 5 && v->text[2] == ':');
		FUZZ_ASSERT(v->number >= 0 && v->number < 24 * 60);
		FUZZ_ASSERT(n == v->number);
		break;
	case FIELD_DECIMAL: {
		double d = 0;
		FUZZ_ASSERT(parse_plain_decimal(v->text, &d) && d == v->decimal);
		FUZZ_ASSERT(strspn(v->text, "-0123456789.") == len);
		FUZZ_ASSERT((s->min == 0 && s->max == 0) ||
		            (v->decimal >= (double)s->min && v->decimal <= (double)s->max));
		break;
	}
	}
	if (s->type == FIELD_TEXT)
		FUZZ_ASSERT(!has_bidi_control(v->text, len));
}

/* One run: parse the input as a body, validate it, check every verdict. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = {0};
	struct fields in = {0};
	struct form form;
	if (parse_urlencoded(&a, (const char *)data, size, &in) == HTTP_OK) {
		fuzz_check_fields(&in);
		int errors = form_validate(&a, table, TABLE_SIZE, &in, &form);
		int counted = 0;
		FUZZ_ASSERT(errors == form.error_count);
		for (size_t i = 0; i < TABLE_SIZE; i++) {
			const struct field_value *v = &form.values[i];
			FUZZ_ASSERT(v->text != NULL);
			if (v->error) {
				counted++;
				continue;
			}
			if (v->present)
				check_accepted(&a, &table[i], v);
			else
				FUZZ_ASSERT(!(table[i].flags & FIELD_REQUIRED) ||
				            table[i].type == FIELD_CHECKBOX);
		}
		FUZZ_ASSERT(counted == errors);
		int had_error = form.values[0].error != NULL;
		form_set_error(&form, 0, "Taken.");
		FUZZ_ASSERT(form.error_count == errors + !had_error);
	}
	arena_free(&a);
	return 0;
}
