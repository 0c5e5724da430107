/*
 * seed.c: the parser of checklist template files (format in seed.h).
 */
#include "seed.h"
#include "core/form.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

const char *const checklist_sources[] = { "rota_working_time", "feedback_retention", NULL };

/* The parser's position. */
struct parser {
	struct arena *a;
	struct checklist_seed *out;
	size_t line;
	int have_pass_mark;
};

/* An arena sentence naming the line. */
static const char *at_line(struct parser *p, const char *what)
{
	return arena_printf(p->a, "line %zu: %s", p->line, what);
}

/* Copies [s, e) trimmed of spaces into the arena. */
static char *trimmed(struct arena *a, const char *s, const char *e)
{
	while (s < e && isspace((unsigned char)*s))
		s++;
	while (e > s && isspace((unsigned char)e[-1]))
		e--;
	return arena_strndup(a, s, (size_t)(e - s));
}

/* Parses a whole number between lo and hi; returns 1 and sets *v, or 0. */
static int whole_number(const char *s, int lo, int hi, int *v)
{
	char *end;
	long n = strtol(s, &end, 10);
	if (s[0] == '\0' || *end != '\0' || n < lo || n > hi)
		return 0;
	*v = (int)n;
	return 1;
}

/* Parses yes or no; returns 1 and sets *v, or 0. */
static int yes_no(const char *s, int *v)
{
	if (strcmp(s, "yes") == 0 || strcmp(s, "no") == 0) {
		*v = s[0] == 'y';
		return 1;
	}
	return 0;
}

/* Turns "A | B | C" into "A\nB\nC" in the arena. */
static const char *bar_list(struct arena *a, const char *s)
{
	char *out = arena_strdup(a, s), *w = out;
	for (const char *r = s; *r; r++) {
		if (*r == '|') {
			while (w > out && w[-1] == ' ')
				w--;
			*w++ = '\n';
			while (r[1] == ' ')
				r++;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
	return out;
}

/* Reads "N to M" where either may be "-": sets the rule's bounds. */
static int parse_range(const char *s, struct checklist_item_rule *r)
{
	const char *to = strstr(s, " to ");
	if (to == NULL)
		return 0;
	char lo[40], hi[40];
	size_t n = (size_t)(to - s);
	if (n >= sizeof lo || strlen(to + 4) >= sizeof hi)
		return 0;
	memcpy(lo, s, n);
	lo[n] = '\0';
	strcpy(hi, to + 4);
	r->has_min = strcmp(lo, "-") != 0;
	r->has_max = strcmp(hi, "-") != 0;
	if ((r->has_min && !parse_plain_decimal(lo, &r->min_value)) ||
	    (r->has_max && !parse_plain_decimal(hi, &r->max_value)) || (!r->has_min && !r->has_max))
		return 0;
	return !(r->has_min && r->has_max && r->min_value > r->max_value);
}

/* Applies one key of an item; returns NULL or the problem. */
static const char *item_key(struct parser *p, struct checklist_seed_item *it, const char *key,
                            const char *value)
{
	struct checklist_item_rule *r = &it->rule;
	if (strcmp(key, "kind") == 0) {
		r->kind = checklist_kind_of(value);
		return r->kind == CHECKLIST_KIND__COUNT ? "kind must be yesno, scale, number, date, choice or text" : NULL;
	}
	if (strcmp(key, "reference") == 0) { it->reference = value; return NULL; }
	if (strcmp(key, "guidance") == 0) { it->guidance = value; return NULL; }
	if (strcmp(key, "weight") == 0)
		return whole_number(value, 0, 100, &it->weight) ? NULL : "weight must be a whole number from 0 to 100";
	if (strcmp(key, "mandatory") == 0)
		return yes_no(value, &it->mandatory) ? NULL : "mandatory must be yes or no";
	if (strcmp(key, "note on fail") == 0)
		return yes_no(value, &it->note_on_fail) ? NULL : "note on fail must be yes or no";
	if (strcmp(key, "scale") == 0) {
		char top[12], pass[12];
		const char *mid = strstr(value, " pass at ");
		if (mid == NULL || (size_t)(mid - value) >= sizeof top || strlen(mid + 9) >= sizeof pass)
			return "scale must read like \"5 pass at 4\"";
		memcpy(top, value, (size_t)(mid - value));
		top[mid - value] = '\0';
		strcpy(pass, mid + 9);
		if (!whole_number(top, 2, 10, &r->scale_max) || !whole_number(pass, 1, r->scale_max, &r->pass_at))
			return "scale: the top must be 2 to 10 and the passing score within it";
		return NULL;
	}
	if (strcmp(key, "range") == 0)
		return parse_range(value, r) ? NULL : "range must read like \"0 to 14\" (- for no bound)";
	if (strcmp(key, "max age days") == 0) {
		int days;
		if (!whole_number(value, 1, 3660, &days))
			return "max age days must be a whole number from 1 to 3660";
		r->has_max = 1;
		r->max_value = days;
		return NULL;
	}
	if (strcmp(key, "choices") == 0) { it->choices = bar_list(p->a, value); return NULL; }
	if (strcmp(key, "pass choices") == 0) { it->pass_choices = bar_list(p->a, value); return NULL; }
	if (strcmp(key, "records") == 0) {
		for (size_t i = 0; checklist_sources[i]; i++)
			if (strcmp(checklist_sources[i], value) == 0) {
				it->source = checklist_sources[i];
				return NULL;
			}
		return "records must be rota_working_time or feedback_retention";
	}
	return NULL;  /* unreachable: keys are checked before */
}

/* Starts an item in the last section. */
static const char *start_item(struct parser *p, const char *prompt)
{
	struct checklist_seed_section *s = p->out->last_section;
	if (s == NULL)
		return "an item must come after a section";
	if (prompt[0] == '\0' || utf8_length(prompt, strlen(prompt)) > 500)
		return "an item's question must be 1 to 500 characters";
	struct checklist_seed_item *it = arena_zalloc(p->a, sizeof *it);
	if (it == NULL)
		return "out of memory";
	it->prompt = prompt;
	it->guidance = it->reference = it->choices = it->pass_choices = it->source = "";
	it->weight = 1;
	it->rule.kind = CHECKLIST_YESNO;
	it->rule.scale_max = 5;
	it->rule.pass_at = 4;
	if (s->last_item)
		s->last_item->next = it;
	else
		s->items = it;
	s->last_item = it;
	p->out->item_count++;
	return NULL;
}

/* Starts a section. */
static const char *start_section(struct parser *p, const char *title)
{
	if (title[0] == '\0' || utf8_length(title, strlen(title)) > 200)
		return "a section's title must be 1 to 200 characters";
	struct checklist_seed_section *s = arena_zalloc(p->a, sizeof *s);
	if (s == NULL)
		return "out of memory";
	s->title = title;
	if (p->out->last_section)
		p->out->last_section->next = s;
	else
		p->out->sections = s;
	p->out->last_section = s;
	p->out->section_count++;
	return NULL;
}

/* Returns 1 when s is a template name: 1-40 of a-z 0-9 and '-'. */
static int good_slug(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 40)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '-'))
			return 0;
	return 1;
}

/* Applies a key of the template itself. */
static const char *template_key(struct parser *p, const char *key, const char *value)
{
	struct checklist_seed *t = p->out;
	if (strcmp(key, "template") == 0) {
		t->slug = value;
		return good_slug(value) ? NULL : "template must be 1 to 40 of a-z, 0-9 and -";
	}
	if (strcmp(key, "title") == 0) {
		t->title = value;
		return value[0] && utf8_length(value, strlen(value)) <= 200 ? NULL : "title must be 1 to 200 characters";
	}
	if (strcmp(key, "description") == 0) { t->description = value; return NULL; }
	if (strcmp(key, "pass mark") == 0) {
		p->have_pass_mark = 1;
		return whole_number(value, 1, 100, &t->pass_mark) ? NULL : "pass mark must be a whole number from 1 to 100";
	}
	if (strcmp(key, "amber band") == 0)
		return whole_number(value, 0, 100, &t->amber_band) ? NULL : "amber band must be a whole number from 0 to 100";
	return NULL;
}

/* Dispatches one "key: value" line. */
static const char *parse_line(struct parser *p, const char *key, const char *value)
{
	static const char *const template_keys[] = { "template", "title", "description", "pass mark", "amber band", NULL };
	static const char *const item_keys[] = {
		"kind", "reference", "guidance", "weight", "mandatory", "note on fail", "scale", "range",
		"max age days", "choices", "pass choices", "records", NULL
	};
	if (strcmp(key, "section") == 0)
		return start_section(p, value);
	if (strcmp(key, "item") == 0)
		return start_item(p, value);
	for (size_t i = 0; template_keys[i]; i++)
		if (strcmp(key, template_keys[i]) == 0)
			return p->out->sections ? "the template's own keys must come before the first section"
			                        : template_key(p, key, value);
	for (size_t i = 0; item_keys[i]; i++)
		if (strcmp(key, item_keys[i]) == 0) {
			struct checklist_seed_item *it = p->out->last_section ? p->out->last_section->last_item : NULL;
			return it ? item_key(p, it, key, value) : arena_printf(p->a, "%s must follow an item", key);
		}
	return arena_printf(p->a, "unknown key \"%s\"", key);
}

/* Checks what only the whole file can show: the required keys, every
 * section with items, every item's kind with what it needs. */
static const char *check_whole(struct parser *p)
{
	struct checklist_seed *t = p->out;
	if (t->slug == NULL)
		return "the file has no \"template:\" line";
	if (t->title == NULL)
		return "the file has no \"title:\" line";
	if (!p->have_pass_mark)
		return "the file has no \"pass mark:\" line";
	if (t->sections == NULL)
		return "the template has no section";
	for (struct checklist_seed_section *s = t->sections; s; s = s->next) {
		if (s->items == NULL)
			return arena_printf(p->a, "section \"%s\" has no item", s->title);
		for (struct checklist_seed_item *it = s->items; it; it = it->next) {
			const struct checklist_item_rule *r = &it->rule;
			if (r->kind == CHECKLIST_NUMBER && !r->has_min && !r->has_max)
				return arena_printf(p->a, "item \"%s\" is a number without a range", it->prompt);
			if (r->kind == CHECKLIST_CHOICE && (it->choices[0] == '\0' || it->pass_choices[0] == '\0'))
				return arena_printf(p->a, "item \"%s\" is a choice without choices and pass choices", it->prompt);
			it->rule.choices = it->choices;
			it->rule.pass_choices = it->pass_choices;
		}
	}
	return NULL;
}

/* See seed.h. */
const char *checklist_seed_parse(struct arena *a, const char *text, size_t len,
                                 struct checklist_seed *out)
{
	struct parser p = { a, out, 0, 0 };
	memset(out, 0, sizeof *out);
	out->description = "";
	out->amber_band = 10;
	if (!utf8_valid(text, len))
		return "the file is not UTF-8 text";
	const char *s = text, *end = text + len;
	while (s < end) {
		const char *eol = memchr(s, '\n', (size_t)(end - s));
		const char *stop = eol ? eol : end;
		p.line++;
		char *line = trimmed(a, s, stop);
		s = eol ? eol + 1 : end;
		if (line == NULL)
			return "out of memory";
		if (line[0] == '\0' || line[0] == '#')
			continue;
		char *colon = strchr(line, ':');
		if (colon == NULL)
			return at_line(&p, "expected \"key: value\"");
		char *key = trimmed(a, line, colon), *value = trimmed(a, colon + 1, line + strlen(line));
		const char *problem = parse_line(&p, key, value);
		if (problem)
			return at_line(&p, problem);
	}
	const char *problem = check_whole(&p);
	return problem ? arena_printf(a, "%s", problem) : NULL;
}
