/*
 * datamap.c: the `-- @data` declarations of the migrations (see
 * datamap.h and schema/README.md).
 */
#include "datamap.h"
#include "caltime.h"
#include "db.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DATA_PREFIX "-- @data"

static const char *const subjects[] = { "staff", "customer", "learner", "none", NULL };
static const char *const bases[] = {
	"consent", "contract", "legal obligation", "vital interests", "public task",
	"legitimate interests", NULL
};

static const char *trim(const char *s, size_t *len);

/* Returns 1 when s is one of the NULL-terminated list. */
static int one_of(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return 1;
	return 0;
}

/* Returns 1 when s[0..len) is an SQL name as the schema writes them:
 * a-z or _ first, then a-z 0-9 _, at most DATAMAP_NAME - 1 bytes. */
static int is_name(const char *s, size_t len)
{
	if (len == 0 || len >= DATAMAP_NAME || !(islower((unsigned char)s[0]) || s[0] == '_'))
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '_'))
			return 0;
	return 1;
}

/* Copies at most size - 1 bytes of s[0..len) into out; returns 0, or -1
 * when it does not fit. */
static int copy_text(char *out, size_t size, const char *s, size_t len)
{
	if (len >= size)
		return -1;
	memcpy(out, s, len);
	out[len] = '\0';
	return 0;
}

/* Parses "a,b,c" (spaces allowed around names) into cols; returns NULL
 * or the problem. */
static const char *parse_columns(const char *s, struct datamap_columns *cols)
{
	cols->count = 0;
	while (*s) {
		while (*s == ' ' || *s == ',')
			s++;
		const char *start = s;
		while (*s && *s != ',' && *s != ' ')
			s++;
		size_t len = (size_t)(s - start);
		if (len == 0)
			break;
		if (!is_name(start, len))
			return "a column list must be names separated by commas";
		if (cols->count == DATAMAP_MAX_COLUMNS)
			return "too many columns in one list";
		copy_text(cols->name[cols->count++], DATAMAP_NAME, start, len);
	}
	return cols->count ? NULL : "a column list is empty";
}

/* Parses "N days|months|years after COLUMN" or "while WORDS" into e;
 * returns NULL or the problem. */
static const char *parse_retention(const char *v, struct datamap_entry *e)
{
	char unit[16], after[16], column[DATAMAP_NAME], rest;
	int n = 0;
	if (strncmp(v, "while ", 6) == 0 && v[6] != '\0') {
		e->period = 0;
		e->after[0] = '\0';
		return NULL;
	}
	if (sscanf(v, "%d %15s %15s %63s %c", &n, unit, after, column, &rest) != 4 || n <= 0 ||
	    n > 1000 || strcmp(after, "after") != 0)
		return "retention must be \"N days|months|years after COLUMN\" or \"while WORDS\"";
	if (strcmp(unit, "days") == 0 || strcmp(unit, "day") == 0)
		e->unit = DATAMAP_DAYS;
	else if (strcmp(unit, "months") == 0 || strcmp(unit, "month") == 0)
		e->unit = DATAMAP_MONTHS;
	else if (strcmp(unit, "years") == 0 || strcmp(unit, "year") == 0)
		e->unit = DATAMAP_YEARS;
	else
		return "a retention period is in days, months or years";
	if (!is_name(column, strlen(column)))
		return "retention must name the COLUMN it runs from";
	e->period = n;
	snprintf(e->after, sizeof e->after, "%s", column);
	return NULL;
}

/* Parses an expiry or erasure action ("delete", "clear COLS", and for
 * erasure "keep WORDS"); returns NULL or the problem. */
static const char *parse_action(const char *v, int keep_allowed, enum datamap_action *action,
                                struct datamap_columns *cols, char *reason, size_t reason_size)
{
	cols->count = 0;
	if (strcmp(v, "delete") == 0) {
		*action = DATAMAP_ACTION_DELETE;
		return NULL;
	}
	if (strncmp(v, "clear ", 6) == 0) {
		*action = DATAMAP_ACTION_CLEAR;
		return parse_columns(v + 6, cols);
	}
	if (keep_allowed && strncmp(v, "keep ", 5) == 0 && v[5] != '\0') {
		*action = DATAMAP_ACTION_KEEP;
		return copy_text(reason, reason_size, v + 5, strlen(v + 5)) == 0 ? NULL : "the reason is too long";
	}
	return keep_allowed ? "erasure must be \"delete\", \"clear COL,COL\" or \"keep WORDS\""
	                    : "expiry must be \"delete\" or \"clear COL,COL\"";
}

/* Parses "via COLUMN -> PARENT[.COLUMN]" (the text after "via ") into
 * v; returns NULL or the problem. */
static const char *parse_via(const char *s, size_t len, struct datamap_via *v)
{
	static const char *const form = "a via tie is \"via COLUMN -> PARENT\" or \"via COLUMN -> PARENT.COLUMN\"";
	const char *arrow = NULL;
	for (size_t i = 0; i + 1 < len; i++)
		if (s[i] == '-' && s[i + 1] == '>') {
			arrow = s + i;
			break;
		}
	if (arrow == NULL)
		return form;
	size_t clen = (size_t)(arrow - s), plen = len - clen - 2;
	const char *c = trim(s, &clen), *p = trim(arrow + 2, &plen);
	const char *dot = memchr(p, '.', plen);
	size_t tlen = dot ? (size_t)(dot - p) : plen;
	if (!is_name(c, clen) || !is_name(p, tlen) || (dot && !is_name(dot + 1, plen - tlen - 1)))
		return form;
	copy_text(v->column, sizeof v->column, c, clen);
	copy_text(v->parent, sizeof v->parent, p, tlen);
	if (dot)
		copy_text(v->parent_column, sizeof v->parent_column, dot + 1, plen - tlen - 1);
	else
		snprintf(v->parent_column, sizeof v->parent_column, "id");
	return NULL;
}

/* Parses "COLUMN[,COLUMN]" or "contact COLUMN", either with ", via
 * COLUMN -> PARENT" ties, or the ties alone, into e; returns NULL or the
 * problem. */
static const char *parse_person(const char *v, struct datamap_entry *e)
{
	const char *problem = NULL;
	int contact = strncmp(v, "contact ", 8) == 0;
	e->person_columns.count = 0;
	e->via_count = 0;
	for (const char *p = contact ? v + 8 : v; *p && problem == NULL;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		const char *item = trim(p, &len);
		p = comma ? comma + 1 : p + strlen(p);
		if (len == 0)
			problem = "a person list has an empty item";
		else if (len > 4 && strncmp(item, "via ", 4) == 0) {
			if (e->via_count == DATAMAP_MAX_VIA)
				problem = "too many via ties in one person key";
			else
				problem = parse_via(item + 4, len - 4, &e->via[e->via_count++]);
		} else if (!is_name(item, len))
			problem = "a person key lists columns (or \"via COLUMN -> PARENT\") separated by commas";
		else if (e->person_columns.count == DATAMAP_MAX_COLUMNS)
			problem = "too many columns in one list";
		else
			copy_text(e->person_columns.name[e->person_columns.count++], DATAMAP_NAME, item, len);
	}
	if (problem)
		return problem;
	if (contact) {
		e->person = DATAMAP_PERSON_CONTACT;
		return e->person_columns.count == 1 ? NULL : "person: contact names one sealed column";
	}
	if (e->person_columns.count == 0 && e->via_count == 0)
		return "a column list is empty";
	e->person = e->person_columns.count ? DATAMAP_PERSON_USER : DATAMAP_PERSON_VIA;
	return NULL;
}

/* Applies one "key: value" to e; returns NULL or the problem. */
static const char *apply_key(struct datamap_entry *e, const char *key, const char *v)
{
	const char *problem = NULL;
	unsigned bit;
	if (strcmp(key, "subject") == 0) {
		bit = DATAMAP_KEY_SUBJECT;
		if (!one_of(v, subjects))
			problem = "subject must be staff, customer, learner or none";
		else
			snprintf(e->subject, sizeof e->subject, "%s", v);
	} else if (strcmp(key, "category") == 0) {
		bit = DATAMAP_KEY_CATEGORY;
		if (copy_text(e->category, sizeof e->category, v, strlen(v)) != 0)
			problem = "the category is too long";
	} else if (strcmp(key, "purpose") == 0) {
		bit = DATAMAP_KEY_PURPOSE;
		if (copy_text(e->purpose, sizeof e->purpose, v, strlen(v)) != 0)
			problem = "the purpose is too long";
	} else if (strcmp(key, "basis") == 0) {
		bit = DATAMAP_KEY_BASIS;
		if (!one_of(v, bases))
			problem = "basis must be one of consent, contract, legal obligation, vital interests, "
			          "public task, legitimate interests";
		else
			snprintf(e->basis, sizeof e->basis, "%s", v);
	} else if (strcmp(key, "retention") == 0) {
		bit = DATAMAP_KEY_RETENTION;
		problem = parse_retention(v, e);
		if (problem == NULL && copy_text(e->retention, sizeof e->retention, v, strlen(v)) != 0)
			problem = "the retention is too long";
	} else if (strcmp(key, "expiry") == 0) {
		bit = DATAMAP_KEY_EXPIRY;
		problem = parse_action(v, 0, &e->expiry, &e->expiry_columns, NULL, 0);
	} else if (strcmp(key, "person") == 0) {
		bit = DATAMAP_KEY_PERSON;
		problem = parse_person(v, e);
	} else if (strcmp(key, "erasure") == 0) {
		bit = DATAMAP_KEY_ERASURE;
		problem = parse_action(v, 1, &e->erasure, &e->erasure_columns, e->erasure_reason,
		                       sizeof e->erasure_reason);
	} else if (strcmp(key, "audit") == 0) {
		bit = DATAMAP_KEY_AUDIT;
		if (!is_name(v, strlen(v)))
			problem = "audit names the audit target_type of the table's rows";
		else
			copy_text(e->audit, sizeof e->audit, v, strlen(v));
	} else {
		return "unknown key (subject, category, purpose, basis, retention, expiry, person, erasure, audit)";
	}
	e->given |= bit;
	return problem;
}

/* See datamap.h. */
const struct datamap_entry *datamap_person_entry(const struct datamap *m, const char *table)
{
	const struct datamap_entry *t = datamap_find(m, table, NULL);
	if (t && (t->given & DATAMAP_KEY_PERSON))
		return t;
	for (size_t i = 0; i < m->count; i++)
		if (strcmp(m->entries[i].table, table) == 0 && m->entries[i].column[0] &&
		    (m->entries[i].given & DATAMAP_KEY_PERSON))
			return &m->entries[i];
	return NULL;
}

/* See datamap.h. */
const struct datamap_entry *datamap_find(const struct datamap *m, const char *table,
                                         const char *column)
{
	if (column == NULL)
		column = "";
	for (size_t i = 0; i < m->count; i++)
		if (strcmp(m->entries[i].table, table) == 0 && strcmp(m->entries[i].column, column) == 0)
			return &m->entries[i];
	return NULL;
}

/* The entry for table[.column], added when new; NULL when out of memory. */
static struct datamap_entry *entry_for(struct datamap *m, const char *table, const char *column)
{
	struct datamap_entry *e = (struct datamap_entry *)datamap_find(m, table, column);
	if (e)
		return e;
	if (m->count == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 32;
		struct datamap_entry *grown = realloc(m->entries, cap * sizeof *grown);
		if (grown == NULL)
			return NULL;
		m->entries = grown;
		m->cap = cap;
	}
	e = &m->entries[m->count++];
	memset(e, 0, sizeof *e);
	snprintf(e->table, sizeof e->table, "%s", table);
	snprintf(e->column, sizeof e->column, "%s", column);
	return e;
}

/* Trims spaces at both ends of s[0..*len) in place; returns the start. */
static const char *trim(const char *s, size_t *len)
{
	while (*len && (*s == ' ' || *s == '\t')) {
		s++;
		(*len)--;
	}
	while (*len && (s[*len - 1] == ' ' || s[*len - 1] == '\t' || s[*len - 1] == '\r'))
		(*len)--;
	return s;
}

/* Parses the part of a declaration line after "-- @data"; returns NULL or
 * the problem. */
static const char *parse_line(struct datamap *m, const char *source, const char *s, size_t len)
{
	char table[DATAMAP_NAME], column[DATAMAP_NAME] = "", key[32], value[DATAMAP_TEXT];
	s = trim(s, &len);
	size_t t = 0;
	while (t < len && s[t] != ' ')
		t++;
	const char *dot = memchr(s, '.', t);
	size_t tlen = dot ? (size_t)(dot - s) : t;
	if (!is_name(s, tlen) || (dot && !is_name(dot + 1, t - tlen - 1)))
		return "a declaration starts with TABLE or TABLE.COLUMN";
	copy_text(table, sizeof table, s, tlen);
	if (dot)
		copy_text(column, sizeof column, dot + 1, t - tlen - 1);
	if (t == len)
		return "a declaration needs at least one \"key: value\"";
	struct datamap_entry *e = entry_for(m, table, column);
	if (e == NULL)
		return "out of memory";
	snprintf(e->source, sizeof e->source, "%s", source);
	const char *p = s + t, *end = s + len;
	while (p < end) {
		const char *semi = memchr(p, ';', (size_t)(end - p));
		size_t ilen = semi ? (size_t)(semi - p) : (size_t)(end - p);
		const char *item = trim(p, &ilen);
		p = semi ? semi + 1 : end;
		if (ilen == 0)
			continue;
		const char *colon = memchr(item, ':', ilen);
		if (colon == NULL)
			return "each item is \"key: value\", separated by semicolons";
		size_t klen = (size_t)(colon - item), vlen = ilen - klen - 1;
		const char *k = trim(item, &klen), *v = trim(colon + 1, &vlen);
		if (klen == 0 || copy_text(key, sizeof key, k, klen) != 0)
			return "a key is missing or too long";
		if (vlen == 0)
			return "a key has no value";
		if (copy_text(value, sizeof value, v, vlen) != 0)
			return "a value is too long (at most 319 bytes; split it over lines)";
		const char *problem = apply_key(e, key, value);
		if (problem)
			return problem;
	}
	return NULL;
}

/* See datamap.h. */
int datamap_parse_text(struct datamap *m, const char *source, const char *text, size_t len,
                       char *err, size_t err_size)
{
	const char *p = text, *end = text + len;
	int line = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t llen = nl ? (size_t)(nl - p) : (size_t)(end - p);
		const char *s = trim(p, &llen);
		line++;
		p = nl ? nl + 1 : end;
		if (llen < strlen(DATA_PREFIX) || strncmp(s, DATA_PREFIX, strlen(DATA_PREFIX)) != 0)
			continue;
		s += strlen(DATA_PREFIX);
		llen -= strlen(DATA_PREFIX);
		if (llen && *s != ' ' && *s != '\t') {
			snprintf(err, err_size, "%s line %d: \"-- @data\" must be followed by a space", source, line);
			return -1;
		}
		const char *problem = parse_line(m, source, s, llen);
		if (problem) {
			snprintf(err, err_size, "%s line %d: %s: %.*s", source, line, problem,
			         (int)(llen < 120 ? llen : 120), s);
			return -1;
		}
	}
	return 0;
}

/* Copies into column entry c every key its table's entry t gives and c
 * does not. */
static void inherit(struct datamap_entry *c, const struct datamap_entry *t)
{
	unsigned own = c->given;
	if (!(own & DATAMAP_KEY_SUBJECT))
		memcpy(c->subject, t->subject, sizeof c->subject);
	if (!(own & DATAMAP_KEY_CATEGORY))
		memcpy(c->category, t->category, sizeof c->category);
	if (!(own & DATAMAP_KEY_PURPOSE))
		memcpy(c->purpose, t->purpose, sizeof c->purpose);
	if (!(own & DATAMAP_KEY_BASIS))
		memcpy(c->basis, t->basis, sizeof c->basis);
	if (!(own & DATAMAP_KEY_RETENTION)) {
		memcpy(c->retention, t->retention, sizeof c->retention);
		c->period = t->period;
		c->unit = t->unit;
		memcpy(c->after, t->after, sizeof c->after);
	}
	if (!(own & DATAMAP_KEY_EXPIRY)) {
		c->expiry = t->expiry;
		c->expiry_columns = t->expiry_columns;
	}
	if (!(own & DATAMAP_KEY_PERSON)) {
		c->person = t->person;
		c->person_columns = t->person_columns;
		c->via_count = t->via_count;
		memcpy(c->via, t->via, sizeof c->via);
	}
	if (!(own & DATAMAP_KEY_ERASURE)) {
		c->erasure = t->erasure;
		c->erasure_columns = t->erasure_columns;
		memcpy(c->erasure_reason, t->erasure_reason, sizeof c->erasure_reason);
	}
	if (!(own & DATAMAP_KEY_AUDIT))
		memcpy(c->audit, t->audit, sizeof c->audit);
}

/* Returns the problem of a complete entry, or NULL. */
static const char *entry_problem(const struct datamap_entry *e)
{
	unsigned needed = DATAMAP_KEY_CATEGORY | DATAMAP_KEY_PURPOSE | DATAMAP_KEY_BASIS |
	                  DATAMAP_KEY_RETENTION;
	if (e->subject[0] == '\0')
		return "no subject (staff, customer, learner or none)";
	if (strcmp(e->subject, "none") == 0)
		return e->given & ~(DATAMAP_KEY_SUBJECT | DATAMAP_KEY_AUDIT)
		       ? "a table with subject: none gives no other key" : NULL;
	if (e->column[0] == '\0' && (e->given & needed) != needed)
		return "a table of personal data gives category, purpose, basis and retention";
	if (e->period > 0 && e->expiry == DATAMAP_ACTION_NONE)
		return "a retention by age needs an expiry (delete or clear COL,COL)";
	/* An expiry beside a "while" retention, or an erasure on rows tied to
	 * nobody, is allowed and does nothing: they say what would happen. */
	return NULL;
}

/* Returns 1 when the rows of table are tied to a person within depth
 * steps (directly, or through via ties to parents that are). */
static int tied_within(const struct datamap *m, const char *table, int depth)
{
	const struct datamap_entry *t = datamap_person_entry(m, table);
	if (t == NULL || depth < 0)
		return 0;
	if (t->person == DATAMAP_PERSON_USER || t->person == DATAMAP_PERSON_CONTACT)
		return 1;
	for (size_t i = 0; i < t->via_count; i++)
		if (tied_within(m, t->via[i].parent, depth - 1))
			return 1;
	return 0;
}

/* Returns the problem of an entry's via ties (a parent not declared, or
 * one no chain of ties leads from to a person), or NULL. */
static const char *via_problem(const struct datamap *m, const struct datamap_entry *e)
{
	for (size_t i = 0; i < e->via_count; i++) {
		if (datamap_find(m, e->via[i].parent, NULL) == NULL)
			return "a via tie names a parent table that is not declared";
		if (strcmp(e->via[i].parent, e->table) == 0 ||
		    !tied_within(m, e->via[i].parent, DATAMAP_VIA_DEPTH - 1))
			return "a via tie's parent is not tied to a person (by its own person key, within 4 parents)";
	}
	return NULL;
}

/* See datamap.h. */
int datamap_finish(struct datamap *m, char *err, size_t err_size)
{
	for (size_t i = 0; i < m->count; i++) {
		struct datamap_entry *e = &m->entries[i];
		if (e->column[0]) {
			const struct datamap_entry *t = datamap_find(m, e->table, NULL);
			if (t == NULL) {
				snprintf(err, err_size, "%s: %s.%s is declared but its table %s is not",
				         e->source, e->table, e->column, e->table);
				return -1;
			}
			inherit(e, t);
		}
	}
	for (size_t i = 0; i < m->count; i++) {
		const char *problem = entry_problem(&m->entries[i]);
		if (problem == NULL)
			problem = via_problem(m, &m->entries[i]);
		if (problem) {
			const struct datamap_entry *e = &m->entries[i];
			snprintf(err, err_size, "%s: %s%s%s: %s", e->source, e->table, e->column[0] ? "." : "",
			         e->column, problem);
			return -1;
		}
	}
	return 0;
}

/* See datamap.h. */
int datamap_load_embedded(struct datamap *m, char *err, size_t err_size)
{
	for (size_t i = 0; i < embedded_migrations_count; i++) {
		const struct embedded_file *f = &embedded_migrations[i];
		if (f->len && datamap_parse_text(m, f->name, f->data, f->len, err, err_size) != 0)
			return -1;
	}
	return datamap_finish(m, err, err_size);
}

/* See datamap.h. */
const struct datamap *datamap_get(void)
{
	static struct datamap map;
	static int state;   /* 0 not loaded, 1 loaded, -1 failed */
	char err[512], id[9];
	if (state == 0) {
		state = datamap_load_embedded(&map, err, sizeof err) == 0 ? 1 : -1;
		if (state < 0)
			log_error(id, "data map: %s", err);
	}
	return state > 0 ? &map : NULL;
}

/* See datamap.h. */
void datamap_free(struct datamap *m)
{
	free(m->entries);
	memset(m, 0, sizeof *m);
}

/* Looks column up in table with PRAGMA table_info: returns 1 and sets
 * *notnull and dflt (size bytes, "" when none) when it exists, 0 when it
 * does not, -1 on error. */
static int column_info(sqlite3 *db, const char *table, const char *column, int *notnull,
                       char *dflt, size_t size)
{
	sqlite3_stmt *st;
	int found = 0, rc;
	if (sqlite3_prepare_v2(db, "SELECT \"notnull\", coalesce(dflt_value, '') FROM pragma_table_info(?1) "
	                       "WHERE name = ?2", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, column, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		found = 1;
		if (notnull)
			*notnull = sqlite3_column_int(st, 0);
		if (dflt)
			snprintf(dflt, size, "%s", db_text(st, 1));
	}
	sqlite3_finalize(st);
	return db_rows_failed(rc) ? -1 : found;
}

/* See datamap.h. */
int datamap_cleared_value(sqlite3 *db, const char *table, const char *column, char *out,
                          size_t size)
{
	int notnull = 0;
	char dflt[128];
	if (column_info(db, table, column, &notnull, dflt, sizeof dflt) != 1)
		return -1;
	if (!notnull) {
		snprintf(out, size, "NULL");
		return 0;
	}
	if (dflt[0] == '\0')
		return -1;
	snprintf(out, size, "%s", dflt);
	return 0;
}

/* Appends a problem line unless the column exists; returns 1 when a
 * problem was added. */
static int need_column(sqlite3 *db, const struct datamap_entry *e, const char *column,
                       const char *what, struct buf *problems)
{
	if (column_info(db, e->table, column, NULL, NULL, 0) == 1)
		return 0;
	buf_printf(problems, "%s: %s%s%s: %s names column %s, which %s does not have\n", e->source,
	           e->table, e->column[0] ? "." : "", e->column, what, column, e->table);
	return 1;
}

/* Appends a problem for each listed column that is missing or cannot be
 * cleared; returns their number. */
static int need_clearable(sqlite3 *db, const struct datamap_entry *e,
                          const struct datamap_columns *cols, const char *what, struct buf *problems)
{
	int n = 0;
	char value[128];
	for (size_t i = 0; i < cols->count; i++) {
		if (need_column(db, e, cols->name[i], what, problems)) {
			n++;
		} else if (datamap_cleared_value(db, e->table, cols->name[i], value, sizeof value) != 0) {
			buf_printf(problems, "%s: %s: %s clears %s, which is NOT NULL without a default\n",
			           e->source, e->table, what, cols->name[i]);
			n++;
		}
	}
	return n;
}

/* The problems of one entry against the database; returns their number. */
static int check_entry(sqlite3 *db, const struct datamap_entry *e, struct buf *problems)
{
	int n = 0;
	char index[DATAMAP_NAME * 2];
	if (e->column[0])
		n += need_column(db, e, e->column, "the declaration", problems);
	if (e->period > 0)
		n += need_column(db, e, e->after, "retention", problems);
	if (e->expiry == DATAMAP_ACTION_CLEAR)
		n += need_clearable(db, e, &e->expiry_columns, "expiry", problems);
	if (e->erasure == DATAMAP_ACTION_CLEAR)
		n += need_clearable(db, e, &e->erasure_columns, "erasure", problems);
	for (size_t i = 0; i < e->person_columns.count; i++)
		n += need_column(db, e, e->person_columns.name[i], "person", problems);
	if (e->person == DATAMAP_PERSON_CONTACT && e->person_columns.count == 1) {
		snprintf(index, sizeof index, "%s_email_index", e->person_columns.name[0]);
		n += need_column(db, e, index, "person: contact", problems);
		snprintf(index, sizeof index, "%s_phone_index", e->person_columns.name[0]);
		n += need_column(db, e, index, "person: contact", problems);
	}
	return n;
}

/* Reads the foreign key from table.column to parent: returns 1 and sets
 * to (the parent column, "" for its primary key) and *cascade (ON DELETE
 * CASCADE), 0 when there is none, -1 on error. */
static int foreign_key(sqlite3 *db, const char *table, const char *column, const char *parent,
                       char *to, size_t size, int *cascade)
{
	sqlite3_stmt *st;
	int found = 0, rc;
	if (sqlite3_prepare_v2(db, "SELECT coalesce(\"to\", ''), on_delete FROM pragma_foreign_key_list(?1) "
	                       "WHERE \"from\" = ?2 AND \"table\" = ?3", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, column, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, parent, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		found = 1;
		snprintf(to, size, "%s", db_text(st, 0));
		*cascade = strcmp(db_text(st, 1), "CASCADE") == 0;
	}
	sqlite3_finalize(st);
	return db_rows_failed(rc) ? -1 : found;
}

/* The problems of an entry's via ties against the database: the column
 * and the parent's key column exist, the column is a foreign key to the
 * parent, and deleting the parent's rows (its erasure or expiry) deletes
 * the child's with them. Returns their number. */
static int check_via(sqlite3 *db, const struct datamap *m, const struct datamap_entry *e,
                     struct buf *problems)
{
	int n = 0, cascade = 0;
	char to[DATAMAP_NAME];
	for (size_t i = 0; i < e->via_count; i++) {
		const struct datamap_via *v = &e->via[i];
		const struct datamap_entry *parent = datamap_find(m, v->parent, NULL);
		if (need_column(db, e, v->column, "via", problems)) {
			n++;
			continue;
		}
		if (column_info(db, v->parent, v->parent_column, NULL, NULL, 0) != 1) {
			buf_printf(problems, "%s: %s: via names %s.%s, which does not exist\n", e->source, e->table,
			           v->parent, v->parent_column);
			n++;
			continue;
		}
		int fk = foreign_key(db, e->table, v->column, v->parent, to, sizeof to, &cascade);
		if (fk != 1 || (to[0] && strcmp(to, v->parent_column) != 0)) {
			buf_printf(problems, "%s: %s: via %s -> %s: %s.%s is not a foreign key to %s.%s\n", e->source,
			           e->table, v->column, v->parent, e->table, v->column, v->parent, v->parent_column);
			n++;
			continue;
		}
		if (parent && !cascade && (parent->erasure == DATAMAP_ACTION_DELETE || parent->expiry == DATAMAP_ACTION_DELETE)) {
			buf_printf(problems, "%s: %s: erasing or purging %s deletes its rows, so %s.%s must be "
			           "ON DELETE CASCADE (or the child rows would outlive them)\n", e->source, e->table,
			           v->parent, e->table, v->column);
			n++;
		}
	}
	return n;
}

/* See datamap.h. */
int datamap_check_schema(const struct datamap *m, sqlite3 *db, struct buf *problems)
{
	sqlite3_stmt *st;
	int n = 0, rc, exists;
	if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
	                       "AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &st, NULL) != SQLITE_OK)
		return -1;
	while (db_step_row(st, &rc)) {
		if (datamap_find(m, db_text(st, 0), NULL) == NULL) {
			buf_printf(problems, "table %s has no -- @data declaration\n", db_text(st, 0));
			n++;
		}
	}
	sqlite3_finalize(st);
	if (db_rows_failed(rc))
		return -1;
	for (size_t i = 0; i < m->count; i++) {
		const struct datamap_entry *e = &m->entries[i];
		if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?",
		                       -1, &st, NULL) != SQLITE_OK)
			return -1;
		sqlite3_bind_text(st, 1, e->table, -1, SQLITE_STATIC);
		exists = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_finalize(st);
		if (!exists) {
			if (e->column[0] == '\0') {
				buf_printf(problems, "%s: declares table %s, which the migrated database does not have\n",
				           e->source, e->table);
				n++;
			}
			continue;
		}
		n += check_entry(db, e, problems);
		if (e->column[0] == '\0' || (e->given & DATAMAP_KEY_PERSON))
			n += check_via(db, m, e, problems);
	}
	return n;
}

/* Returns 1 when word (case-insensitive) starts s and ends there. */
static int word_at(const char *s, const char *word)
{
	size_t n = strlen(word);
	return strncasecmp(s, word, n) == 0 && !isalnum((unsigned char)s[n]) && s[n] != '_';
}

/* Skips spaces; returns the next non-space. */
static const char *skip_spaces(const char *s, const char *end)
{
	while (s < end && isspace((unsigned char)*s))
		s++;
	return s;
}

/* Reads a table name at s into out; returns the end, or NULL. */
static const char *read_name(const char *s, const char *end, char out[DATAMAP_NAME])
{
	size_t n = 0;
	while (s < end && (isalnum((unsigned char)*s) || *s == '_') && n + 1 < DATAMAP_NAME)
		out[n++] = *s++;
	out[n] = '\0';
	return n ? s : NULL;
}

/* Returns 1 when the migration text renames or drops table name. */
static int renamed_or_dropped(const char *text, size_t len, const char *name)
{
	char pattern[3][DATAMAP_NAME + 32];
	snprintf(pattern[0], sizeof pattern[0], "ALTER TABLE %s RENAME", name);
	snprintf(pattern[1], sizeof pattern[1], "DROP TABLE %s;", name);
	snprintf(pattern[2], sizeof pattern[2], "DROP TABLE IF EXISTS %s;", name);
	for (int i = 0; i < 3; i++) {
		size_t plen = strlen(pattern[i]);
		for (size_t j = 0; j + plen <= len; j++)
			if (strncasecmp(text + j, pattern[i], plen) == 0)
				return 1;
	}
	return 0;
}

/* See datamap.h. */
int datamap_check_created_tables(const struct datamap *m, struct buf *problems)
{
	int n = 0;
	for (size_t i = 0; i < embedded_migrations_count; i++) {
		const struct embedded_file *f = &embedded_migrations[i];
		const char *p = f->data, *end = f->data + f->len;
		int line_start = 1;
		for (; p < end; p++) {
			if (*p == '\n') {
				line_start = 1;
				continue;
			}
			if (!line_start || isspace((unsigned char)*p))
				continue;
			line_start = 0;
			if (!word_at(p, "CREATE"))
				continue;
			const char *q = skip_spaces(p + 6, end);
			if (!word_at(q, "TABLE"))
				continue;
			q = skip_spaces(q + 5, end);
			if (word_at(q, "IF")) {   /* IF NOT EXISTS */
				q = skip_spaces(q + 2, end);
				q = word_at(q, "NOT") ? skip_spaces(q + 3, end) : q;
				q = word_at(q, "EXISTS") ? skip_spaces(q + 6, end) : q;
			}
			char name[DATAMAP_NAME];
			if (read_name(q, end, name) == NULL)
				continue;
			if (datamap_find(m, name, NULL) == NULL && !renamed_or_dropped(f->data, f->len, name)) {
				buf_printf(problems, "%s: CREATE TABLE %s has no -- @data declaration\n", f->name, name);
				n++;
			}
		}
	}
	return n;
}

/* See datamap.h. */
const char *datamap_retention_text(const struct datamap_entry *e)
{
	return e->retention[0] ? e->retention : "not personal data";
}

/* See datamap.h. */
char *datamap_retention_cutoff(const struct datamap_entry *e, const char *as_of, char out[11])
{
	if (e->period <= 0)
		return NULL;
	switch (e->unit) {
	case DATAMAP_DAYS:
		return date_add_days(as_of, -e->period, out);
	case DATAMAP_MONTHS:
		return date_add_months(as_of, -e->period, out);
	case DATAMAP_YEARS:
		return date_add_months(as_of, -12L * e->period, out);
	}
	return NULL;
}
