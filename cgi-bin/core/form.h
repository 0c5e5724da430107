/*
 * form.h: validator tables, kcgi-style.
 *
 * Each page that takes input declares an enum of its fields and a table of
 * field_spec indexed by that enum. Before the handler runs, form_validate()
 * checks every field; the handler reads typed values from form->values[i]
 * and never touches raw input. Fields not in the table are ignored.
 */
#ifndef FRONTLINE_FORM_H
#define FRONTLINE_FORM_H

#include <stddef.h>
#include "caltime.h"
#include "http.h"

/* What a field must hold. */
enum field_type {
	FIELD_TEXT,       /* one line of UTF-8, trimmed, no control or bidi control characters */
	FIELD_MULTILINE,  /* UTF-8 text; tabs and newlines allowed */
	FIELD_PASSWORD,   /* UTF-8, taken exactly as typed (not trimmed) */
	FIELD_USERNAME,   /* 2-32 of a-z 0-9 . _ - , starting with a letter */
	FIELD_EMAIL,      /* something@something.tld, at most 254 bytes */
	FIELD_INT,        /* a decimal integer between min and max */
	FIELD_DATE,       /* YYYY-MM-DD, a real calendar date */
	FIELD_CHOICE,     /* one of the strings in choices */
	FIELD_CHECKBOX,   /* present (any value) or absent; never an error */
	FIELD_TIME,       /* HH:MM on the 24-hour clock; number = minutes after midnight */
	FIELD_DECIMAL,    /* a decimal like -12.5 (at most 4 places, no exponent)
	                     between min and max; its value is in decimal */
};

/* Flags on a field. */
#define FIELD_REQUIRED 1u

/* One row of a validator table. min and max are lengths in characters for
 * text types and the value range for FIELD_INT (both 0: no limit). */
struct field_spec {
	const char *name;       /* the form field's name attribute */
	const char *label;      /* what people call it, for error messages */
	enum field_type type;
	unsigned flags;
	long long min, max;
	const char *const *choices;  /* NULL-terminated, for FIELD_CHOICE */
};

/* The checked value of one field. */
struct field_value {
	int present;            /* 1 when given and not empty */
	const char *text;       /* trimmed text (also the raw text of bad input) */
	long long number;       /* FIELD_INT value, FIELD_CHECKBOX 0 or 1,
	                           FIELD_TIME minutes after midnight */
	double decimal;         /* FIELD_DECIMAL value (and FIELD_INT's, as a double) */
	const char *error;      /* NULL, or a sentence naming what is wrong */
};

/* A validated form: one value per row of its table. */
struct form {
	const struct field_spec *specs;
	size_t count;
	struct field_value *values;
	int error_count;
};

/* Checks every field in specs against fields; fills form (arena-allocated).
 * Returns the number of fields in error (0: all good). */
int form_validate(struct arena *a, const struct field_spec *specs, size_t count,
                  const struct fields *input, struct form *form);

/* Checks one value against one spec; returns NULL when it is acceptable or
 * an arena sentence saying what is wrong. Sets *number for FIELD_INT. */
const char *field_check(struct arena *a, const struct field_spec *spec,
                        const char *value, size_t len, long long *number);

/* Returns 1 if s (YYYY-MM-DD) is a real calendar date. */
/* Parses "HH:MM" (00:00 to 23:59) into minutes after midnight; returns 1 on
 * success, 0 (and *minutes untouched) when s is anything else. */
int parse_clock_time(const char *s, long long *minutes);

/* Parses a plain decimal ("-12.5", "3", "0.25": optional sign, digits, at
 * most 4 places after the point, no exponent, no spaces); returns 1 and sets
 * *value, or 0. */
int parse_plain_decimal(const char *s, double *value);

/* Marks field i of the form as wrong with the given message (for checks a
 * handler makes after validation, like "that username is taken"). */
void form_set_error(struct form *form, size_t i, const char *message);

#endif
