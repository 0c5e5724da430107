/*
 * form.c: field validation against a page's validator table (see form.h).
 */
#include "form.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Returns 1 when the bytes hold a control character other than those
 * allowed (tab, CR and LF when multiline). NUL counts as a control, and so
 * do the C1 controls U+0080 to U+009F (UTF-8 C2 80 to C2 9F). */
static int has_forbidden_control(const char *s, size_t len, int multiline)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0x7F)
			return 1;
		if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] <= 0x9F)
			return 1;
		if (c < 0x20) {
			if (multiline && (c == '\t' || c == '\n' || c == '\r'))
				continue;
			return 1;
		}
	}
	return 0;
}

/* Returns 1 when the bytes hold a bidirectional control character, which
 * can make a line of text display in an order other than the one stored
 * (a name that reads as someone else's, a reversed file name): U+061C,
 * U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069. s is valid UTF-8. */
static int has_bidi_control(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i + 1 < len; i++) {
		if (u[i] == 0xD8 && u[i + 1] == 0x9C)
			return 1;
		if (i + 2 >= len || u[i] != 0xE2)
			continue;
		if (u[i + 1] == 0x80 && (u[i + 2] == 0x8E || u[i + 2] == 0x8F ||
		                         (u[i + 2] >= 0xAA && u[i + 2] <= 0xAE)))
			return 1;
		if (u[i + 1] == 0x81 && u[i + 2] >= 0xA6 && u[i + 2] <= 0xA9)
			return 1;
	}
	return 0;
}

/* Returns 1 for an acceptable username: a-z first, then a-z 0-9 . _ - */
static int valid_username(const char *s, size_t len)
{
	if (len < 2 || len > 32 || !(s[0] >= 'a' && s[0] <= 'z'))
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return 0;
	}
	return 1;
}

/* Returns 1 for a plausible email address: one @, a dot in the domain, no spaces. */
static int valid_email(const char *s, size_t len)
{
	const char *at = memchr(s, '@', len);
	if (len > 254 || at == NULL || at == s || memchr(at + 1, '@', len - (size_t)(at - s) - 1))
		return 0;
	const char *dot = strrchr(at, '.');
	if (dot == NULL || dot == at + 1 || dot[1] == '\0')
		return 0;
	for (size_t i = 0; i < len; i++)
		if (s[i] == ' ' || s[i] == '<' || s[i] == '>' || s[i] == '"')
			return 0;
	return 1;
}

/* Parses a decimal integer with optional sign; returns 1 on success. */
static int parse_integer(const char *s, long long *out)
{
	char *end;
	if (*s == '\0' || isspace((unsigned char)*s))
		return 0;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0')
		return 0;
	*out = v;
	return 1;
}

/* Parses "HH:MM" on the 24-hour clock; returns 1 and sets *minutes, or 0. */
int parse_clock_time(const char *s, long long *minutes)
{
	if (strlen(s) != 5 || s[2] != ':')
		return 0;
	for (int i = 0; i < 5; i++)
		if (i != 2 && !isdigit((unsigned char)s[i]))
			return 0;
	int hours = (s[0] - '0') * 10 + (s[1] - '0');
	int mins = (s[3] - '0') * 10 + (s[4] - '0');
	if (hours > 23 || mins > 59)
		return 0;
	*minutes = hours * 60 + mins;
	return 1;
}

/* Parses a plain decimal: optional '-', 1 to 12 digits, optionally '.' and
 * 1 to 4 digits. Returns 1 and sets *value, or 0. */
int parse_plain_decimal(const char *s, double *value)
{
	const char *p = s;
	if (*p == '-')
		p++;
	size_t whole = strspn(p, "0123456789");
	if (whole == 0 || whole > 12)
		return 0;
	p += whole;
	if (*p == '.') {
		size_t places = strspn(p + 1, "0123456789");
		if (places == 0 || places > 4)
			return 0;
		p += 1 + places;
	}
	if (*p != '\0')
		return 0;
	*value = strtod(s, NULL);
	return 1;
}

/* Checks a text length in characters against the spec's min and max. */
static const char *check_length(struct arena *a, const struct field_spec *spec,
                                const char *value, size_t len)
{
	size_t chars = utf8_length(value, len);
	if (spec->min > 0 && chars < (size_t)spec->min)
		return arena_printf(a, "%s must be at least %lld characters.",
		                    spec->label, spec->min);
	if (spec->max > 0 && chars > (size_t)spec->max)
		return arena_printf(a, "%s must be at most %lld characters.",
		                    spec->label, spec->max);
	return NULL;
}

/* Checks a non-empty value against its spec; NULL means acceptable. */
const char *field_check(struct arena *a, const struct field_spec *spec,
                        const char *value, size_t len, long long *number)
{
	int multiline = spec->type == FIELD_MULTILINE;
	if (!utf8_valid(value, len))
		return arena_printf(a, "%s contains characters that are not valid text.", spec->label);
	if (has_forbidden_control(value, len, multiline))
		return arena_printf(a, "%s contains control characters.", spec->label);
	if (spec->type == FIELD_TEXT && has_bidi_control(value, len))
		return arena_printf(a, "%s contains characters that change the direction of the text; "
		                    "type it without them.", spec->label);
	switch (spec->type) {
	case FIELD_TEXT:
	case FIELD_MULTILINE:
	case FIELD_PASSWORD:
		return check_length(a, spec, value, len);
	case FIELD_USERNAME:
		return valid_username(value, len) ? NULL : arena_printf(a,
			"%s must be 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.",
			spec->label);
	case FIELD_EMAIL:
		return valid_email(value, len) ? NULL :
			arena_printf(a, "%s must be an email address like name@example.org.", spec->label);
	case FIELD_INT:
		if (!parse_integer(value, number))
			return arena_printf(a, "%s must be a whole number.", spec->label);
		if ((spec->min || spec->max) && (*number < spec->min || *number > spec->max))
			return arena_printf(a, "%s must be between %lld and %lld.",
			                    spec->label, spec->min, spec->max);
		return NULL;
	case FIELD_DATE:
		return valid_date(value) ? NULL :
			arena_printf(a, "%s must be a real date written YYYY-MM-DD.", spec->label);
	case FIELD_CHOICE:
		for (const char *const *c = spec->choices; c && *c; c++)
			if (strcmp(*c, value) == 0)
				return NULL;
		return arena_printf(a, "%s must be one of the options offered.", spec->label);
	case FIELD_CHECKBOX:
		return NULL;
	case FIELD_TIME:
		return parse_clock_time(value, number) ? NULL :
			arena_printf(a, "%s must be a time written HH:MM, like 09:30.", spec->label);
	case FIELD_DECIMAL: {
		double d;
		if (!parse_plain_decimal(value, &d))
			return arena_printf(a, "%s must be a number like 12 or 12.5 (at most 4 decimal places).",
			                    spec->label);
		if ((spec->min || spec->max) && (d < (double)spec->min || d > (double)spec->max))
			return arena_printf(a, "%s must be between %lld and %lld.",
			                    spec->label, spec->min, spec->max);
		return NULL;
	}
	}
	return "Unknown field type.";
}

/* Trims ASCII spaces, tabs and line ends from both ends of a text value. */
static const char *trim(struct arena *a, const char *s, size_t len, size_t *out_len)
{
	size_t start = 0, end = len;
	while (start < end && strchr(" \t\r\n", s[start]) && s[start])
		start++;
	while (end > start && strchr(" \t\r\n", s[end - 1]) && s[end - 1])
		end--;
	*out_len = end - start;
	return arena_strndup(a, s + start, end - start);
}

/* Validates one field of the table against the input. */
static void validate_one(struct arena *a, const struct field_spec *spec,
                         const struct fields *input, struct field_value *out)
{
	size_t n = fields_count(input, spec->name);
	const struct field *f = fields_find(input, spec->name);
	if (spec->type == FIELD_CHECKBOX) {
		out->number = f != NULL;
		out->present = f != NULL;
		out->text = f ? "1" : "";
		return;
	}
	if (n > 1) {
		out->text = "";
		out->error = arena_printf(a, "%s was sent more than once.", spec->label);
		return;
	}
	size_t len = 0;
	const char *value = "";
	if (f != NULL) {
		if (spec->type == FIELD_PASSWORD) {
			value = f->value;
			len = f->value_len;
		} else {
			value = trim(a, f->value, f->value_len, &len);
		}
	}
	/* Keep what was typed so a re-rendered form shows it (invalid UTF-8
	 * cannot be shown, so it is dropped). */
	out->text = utf8_valid(value, len) ? value : "";
	out->present = len > 0;
	if (!out->present) {
		if (spec->flags & FIELD_REQUIRED)
			out->error = arena_printf(a, "%s is required.", spec->label);
		return;
	}
	out->error = field_check(a, spec, value, len, &out->number);
	if (out->error == NULL && spec->type == FIELD_DECIMAL)
		parse_plain_decimal(value, &out->decimal);
	else if (out->error == NULL && spec->type == FIELD_INT)
		out->decimal = (double)out->number;
}

/* Validates the whole table; returns the number of fields in error. */
int form_validate(struct arena *a, const struct field_spec *specs, size_t count,
                  const struct fields *input, struct form *form)
{
	form->specs = specs;
	form->count = count;
	form->values = arena_zalloc(a, (count ? count : 1) * sizeof *form->values);
	form->error_count = 0;
	if (form->values == NULL)
		return -1;
	for (size_t i = 0; i < count; i++) {
		validate_one(a, &specs[i], input, &form->values[i]);
		if (form->values[i].error)
			form->error_count++;
	}
	return form->error_count;
}

/* Records a handler's own verdict on a field. */
void form_set_error(struct form *form, size_t i, const char *message)
{
	if (i >= form->count)
		return;
	if (form->values[i].error == NULL)
		form->error_count++;
	form->values[i].error = message;
}
