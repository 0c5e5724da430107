/*
 * bundle.c: a subject-access bundle: everything held about the person of
 * a request, from every table the declarations tie to a person, and who
 * accessed it (engine.h: privacy_bundle_collect). Shown as a page, and
 * downloaded as a zip (core/bundle.h) of a readable HTML file and the
 * same data as JSON. Both are audited as access to personal data.
 *
 * Pages: GET /admin/privacy/requests/{id}/bundle and .../bundle.zip.
 */
#include "privacy.h"
#include "engine.h"
#include "core/audit.h"
#include "core/bundle.h"
#include "core/caltime.h"

#include <stdlib.h>

/* Fills d (the bundle_body.tpl dictionary) with the bundle; 0 or -1. */
static int fill_bundle(tpl_dict *d, struct arena *a, const struct privacy_bundle *b, const char *title,
                       const char *generated)
{
	tpl_set(d, "SUBJECT", title);
	tpl_set(d, "GENERATED", display_time(a, generated));
	tpl_set_int(d, "TABLE_COUNT", (long long)b->table_count);
	tpl_set_int(d, "ROW_COUNT", b->row_count);
	tpl_show_if(d, "NOTHING_HELD", b->table_count == 0);
	for (const struct privacy_rows *r = b->tables; r; r = r->next) {
		tpl_dict *t = tpl_add_row(d, "TABLE");
		if (t == NULL)
			return -1;
		tpl_set(t, "NAME", r->entry->table);
		tpl_set(t, "CATEGORY", r->entry->category);
		tpl_set(t, "PURPOSE", r->entry->purpose);
		tpl_set(t, "BASIS", r->entry->basis);
		tpl_set(t, "RETENTION", r->entry->retention);
		tpl_set_int(t, "ROWS", (long long)r->nrows);
		for (size_t i = 0; i < r->nrows; i++) {
			tpl_dict *row = tpl_add_row(t, "ROW");
			for (size_t c = 0; row && c < r->ncols; c++) {
				const char *v = r->cells[i * r->ncols + c];
				tpl_dict *cell = tpl_add_row(row, "CELL");
				if (cell == NULL)
					return -1;
				tpl_set(cell, "COL", r->cols[c]);
				tpl_set(cell, "VALUE", v ? v : "");
				tpl_show_if(cell, "IS_NULL", v == NULL);
			}
		}
	}
	const struct privacy_rows *x = b->access;
	for (size_t i = 0; x && i < x->nrows; i++) {
		tpl_dict *row = tpl_add_row(d, "ACCESS");
		const char *const *v = x->cells + i * 6;
		if (row == NULL)
			return -1;
		tpl_set(row, "AT", display_time(a, v[0] ? v[0] : ""));
		tpl_set(row, "WHO", v[1] && v[1][0] ? v[1] : "the system");
		tpl_set(row, "ACTION", v[2] ? v[2] : "");
		tpl_set(row, "TARGET", arena_printf(a, "%s %s", v[3] ? v[3] : "", v[4] ? v[4] : ""));
		tpl_set(row, "DETAIL", v[5] ? v[5] : "");
	}
	tpl_show_if(d, x && x->nrows ? "HAS_ACCESS" : "NO_ACCESS", 1);
	return 0;
}

/* Loads the request's person, audits the access and collects the
 * bundle. Returns 1 ready, 0 answered, -1 on error. */
static int load_bundle(struct request *rq, struct response *rs, const char *action,
                       struct privacy_bundle *b, long long *id, const char **title)
{
	struct privacy_person p;
	int found = privacy_path_request_person(rq, rs, &p, id, title);
	if (found <= 0)
		return found;
	const char *why = arena_printf(&rq->arena, "subject access request %lld", *id);
	if (audit_access(rq, action, "privacy_request", *id, why) != SQLITE_OK)
		return -1;
	return privacy_bundle_collect(&rq->arena, &p, b) == 0 ? 1 : -1;
}

/* GET /admin/privacy/requests/{id}/bundle: the bundle as a page. */
int privacy_request_bundle_page(struct request *rq, struct response *rs)
{
	struct privacy_bundle b;
	struct page p;
	long long id;
	const char *title;
	char now[21];
	int found = load_bundle(rq, rs, "privacy.bundle_viewed", &b, &id, &title);
	if (found <= 0)
		return found;
	if (page_begin(&p, rq, rs, "Subject access bundle", "privacy/bundle.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "ID", id);
	tpl_dict *body = tpl_add_include(p.content, "BODY", "privacy/bundle_body.tpl");
	if (body == NULL || fill_bundle(body, &rq->arena, &b, title, iso_utc(now_utc(), now)) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* GET /admin/privacy/requests/{id}/bundle.zip: index.html and
 * bundle.json in one zip. */
int privacy_request_bundle_zip(struct request *rq, struct response *rs)
{
	struct privacy_bundle b;
	struct buf json = {0};
	long long id;
	const char *title;
	char now[21], *html = NULL;
	size_t html_len = 0;
	int found = load_bundle(rq, rs, "privacy.bundle_exported", &b, &id, &title);
	if (found <= 0)
		return found;
	iso_utc(now_utc(), now);
	tpl_dict *d = tpl_dict_new();
	tpl_dict *body = d ? tpl_add_include(d, "BODY", "privacy/bundle_body.tpl") : NULL;
	int rc = body && fill_bundle(body, &rq->arena, &b, title, now) == 0 &&
	         tpl_expand("privacy/bundle_file.tpl", d, &html, &html_len) == 0 &&
	         privacy_bundle_json(&b, title, now, &json) == 0 ? 0 : -1;
	tpl_dict_free(d);
	if (rc == 0) {
		struct bundle_file files[] = {
			{ "subject-access/index.html", html, html_len },
			{ "subject-access/bundle.json", json.data, json.len },
		};
		rc = bundle_zip(files, 2, &rs->body);
	}
	free(html);
	buf_free(&json);
	if (rc != 0)
		return -1;
	rs->content_type = "application/zip";
	respond_header(rs, "Content-Disposition",
	               arena_printf(&rq->arena, "attachment; filename=\"subject-access-%lld.zip\"", id));
	return 0;
}
