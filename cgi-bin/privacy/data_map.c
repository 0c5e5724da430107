/*
 * data_map.c: the record of processing activities (UK GDPR Article 30),
 * drawn from the migrations' `-- @data` declarations (core/datamap.h):
 * GET /admin/data-map, its CSV, and `frontline-admin data-map --csv`.
 * Every table is listed, those without personal data too, so the page
 * shows that nothing was forgotten.
 */
#include "privacy.h"
#include "engine.h"
#include "core/csv.h"

#include <string.h>

/* Words for a person key: the account columns, the sealed contact
 * column, and the parent rows the table's rows hang off. */
static const char *person_words(struct arena *a, const struct datamap_entry *e)
{
	struct buf b = {0};
	const char *out;
	if (e->person == DATAMAP_PERSON_NONE)
		return "";
	if (e->person == DATAMAP_PERSON_CONTACT)
		buf_printf(&b, "by the keyed hash of the contact details in %s", e->person_columns.name[0]);
	else if (e->person == DATAMAP_PERSON_USER)
		buf_puts(&b, "account in ");
	for (size_t i = 0; e->person == DATAMAP_PERSON_USER && i < e->person_columns.count; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", e->person_columns.name[i]);
	for (size_t i = 0; i < e->via_count; i++)
		buf_printf(&b, "%sthrough %s, the person's row of %s", b.len || i ? "; " : "", e->via[i].column,
		           e->via[i].parent);
	out = arena_strdup(a, b.data ? b.data : "");
	buf_free(&b);
	return out;
}

/* Words for an expiry or erasure action with its columns and reason. */
static const char *action_text(struct arena *a, enum datamap_action act, const struct datamap_columns *cols,
                               const char *reason)
{
	struct buf b = {0};
	const char *out;
	switch (act) {
	case DATAMAP_ACTION_DELETE:
		return "delete the row";
	case DATAMAP_ACTION_KEEP:
		return arena_printf(a, "keep: %s", reason);
	case DATAMAP_ACTION_CLEAR:
		buf_puts(&b, "clear ");
		for (size_t i = 0; i < cols->count; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", cols->name[i]);
		out = arena_strdup(a, b.data ? b.data : "");
		buf_free(&b);
		return out;
	case DATAMAP_ACTION_NONE:
		break;
	}
	return "";
}

/* Returns the display name of an entry ("table" or "table.column"). */
static const char *entry_name(struct arena *a, const struct datamap_entry *e)
{
	return e->column[0] ? arena_printf(a, "%s.%s", e->table, e->column) : e->table;
}

/* See privacy.h. */
int privacy_data_map_csv(const struct datamap *m, struct buf *out)
{
	struct arena a = {0};
	static const char *const head[] = {
		"table", "data subject", "category", "purpose", "lawful basis", "retention", "at expiry",
		"found by", "on erasure", "declared in", NULL
	};
	int rc = 0;
	for (size_t i = 0; head[i]; i++)
		rc |= csv_field(out, head[i], i == 0);
	rc |= csv_end_row(out);
	for (size_t i = 0; i < m->count; i++) {
		const struct datamap_entry *e = &m->entries[i];
		int none = strcmp(e->subject, "none") == 0;
		rc |= csv_field(out, entry_name(&a, e), 1);
		rc |= csv_field(out, none ? "no personal data" : e->subject, 0);
		rc |= csv_field(out, e->category, 0);
		rc |= csv_field(out, e->purpose, 0);
		rc |= csv_field(out, e->basis, 0);
		rc |= csv_field(out, none ? "" : e->retention, 0);
		rc |= csv_field(out, action_text(&a, e->expiry, &e->expiry_columns, ""), 0);
		rc |= csv_field(out, person_words(&a, e), 0);
		rc |= csv_field(out, action_text(&a, e->erasure, &e->erasure_columns, e->erasure_reason), 0);
		rc |= csv_field(out, e->source, 0);
		rc |= csv_end_row(out);
	}
	arena_free(&a);
	return rc == 0 ? 0 : -1;
}

/* GET /admin/data-map: one row per declared table and column. */
int privacy_data_map_page(struct request *rq, struct response *rs)
{
	const struct datamap *m = datamap_get();
	struct page p;
	size_t personal = 0, tables = 0;
	if (m == NULL || page_begin(&p, rq, rs, "Data map", "privacy/data_map.tpl") != 0)
		return -1;
	for (size_t i = 0; i < m->count; i++) {
		const struct datamap_entry *e = &m->entries[i];
		int none = strcmp(e->subject, "none") == 0;
		tpl_dict *row = tpl_add_row(p.content, "ENTRY");
		if (row == NULL) {
			page_abandon(&p);
			return -1;
		}
		tables += e->column[0] == '\0';
		personal += e->column[0] == '\0' && !none;
		tpl_set(row, "NAME", entry_name(&rq->arena, e));
		tpl_set(row, "SOURCE", e->source);
		tpl_show_if(row, "IS_COLUMN", e->column[0] != '\0');
		if (none) {
			tpl_show(row, "NO_PERSONAL_DATA");
			continue;
		}
		tpl_dict *d = tpl_add_row(row, "PERSONAL");
		tpl_set(d, "SUBJECT", e->subject);
		tpl_set(d, "CATEGORY", e->category);
		tpl_set(d, "PURPOSE", e->purpose);
		tpl_set(d, "BASIS", e->basis);
		tpl_set(d, "RETENTION", e->retention);
		tpl_set(d, "EXPIRY", e->period > 0 ? action_text(&rq->arena, e->expiry, &e->expiry_columns, "")
		                                    : "kept while the condition holds");
		tpl_set(d, "PERSON", person_words(&rq->arena, e));
		tpl_set(d, "ERASURE", action_text(&rq->arena, e->erasure, &e->erasure_columns, e->erasure_reason));
	}
	tpl_set_int(p.content, "TABLES", (long long)tables);
	tpl_set_int(p.content, "PERSONAL_TABLES", (long long)personal);
	return page_finish(&p, rs);
}

/* GET /admin/data-map.csv: the same record as CSV. */
int privacy_data_map_csv_page(struct request *rq, struct response *rs)
{
	const struct datamap *m = datamap_get();
	if (m == NULL || privacy_data_map_csv(m, &rs->body) != 0)
		return -1;
	rs->content_type = "text/csv; charset=utf-8";
	respond_header(rs, "Content-Disposition", "attachment; filename=\"data-map.csv\"");
	return 0;
}
