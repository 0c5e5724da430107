/*
 * store.c: loading versions and runs, copying a version before it is
 * edited, writing seed templates, scoring runs and the figures from other
 * areas' records (see store.h).
 */
#include "store.h"
#include "privacy/engine.h"
#include "rota/rota.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"

#include <string.h>

enum store_stmt {
	ST_VERSION,
	ST_SECTIONS,
	ST_ITEMS,
	ST_VERSION_RUNS,
	ST_TEMPLATE_BY_SLUG,
	ST_INSERT_TEMPLATE,
	ST_NEXT_VERSION,
	ST_INSERT_VERSION,
	ST_INSERT_SECTION,
	ST_INSERT_ITEM,
	ST_COPY_ITEMS,
	ST_RUN,
	ST_ANSWERS,
	ST_STORE_SCORE,
	ST_USER_TEAM,
	ST__COUNT
};
static const char *const store_sql[ST__COUNT] = {
	[ST_VERSION] =
		"SELECT v.id, v.version, t.current_version, v.title, v.description, v.pass_mark, v.amber_band, "
		"v.change_note, v.created_at, coalesce(u.display_name, ''), t.slug, t.archived "
		"FROM checklist_templates t JOIN checklist_versions v ON v.template_id = t.id "
		"AND (v.id = ?2 OR (?2 = 0 AND v.version = t.current_version)) "
		"LEFT JOIN users u ON u.id = v.created_by WHERE t.id = ?1",
	[ST_SECTIONS] = "SELECT id, title FROM checklist_sections WHERE version_id = ? ORDER BY position, id LIMIT 40",
	[ST_ITEMS] =
		"SELECT i.id, i.section_id, i.item_key, i.position, i.prompt, i.guidance, i.reference, i.kind, "
		"i.weight, i.mandatory, i.note_on_fail, i.scale_max, i.pass_at, i.min_value, i.max_value, "
		"i.choices, i.pass_choices, i.source FROM checklist_items i "
		"JOIN checklist_sections s ON s.id = i.section_id WHERE i.version_id = ? "
		"ORDER BY s.position, s.id, i.position, i.id LIMIT 200",
	[ST_VERSION_RUNS] = "SELECT count(*) FROM checklist_runs WHERE version_id = ?",
	[ST_TEMPLATE_BY_SLUG] = "SELECT id, current_version FROM checklist_templates WHERE slug = ?",
	[ST_INSERT_TEMPLATE] =
		"INSERT INTO checklist_templates (slug, current_version, origin, created_at, updated_at) "
		"VALUES (?1, 1, ?2, ?3, ?3)",
	[ST_NEXT_VERSION] =
		"UPDATE checklist_templates SET current_version = current_version + 1, updated_at = ?2 "
		"WHERE id = ?1 RETURNING current_version",
	[ST_INSERT_VERSION] =
		"INSERT INTO checklist_versions (template_id, version, title, description, pass_mark, "
		"amber_band, change_note, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9)",
	[ST_INSERT_SECTION] = "INSERT INTO checklist_sections (version_id, position, title) VALUES (?1, ?2, ?3)",
	[ST_INSERT_ITEM] =
		"INSERT INTO checklist_items (version_id, section_id, item_key, position, prompt, guidance, "
		"reference, kind, weight, mandatory, note_on_fail, scale_max, pass_at, min_value, max_value, "
		"choices, pass_choices, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
		"?14, ?15, ?16, ?17, ?18)",
	[ST_COPY_ITEMS] =
		"INSERT INTO checklist_items (version_id, section_id, item_key, position, prompt, guidance, "
		"reference, kind, weight, mandatory, note_on_fail, scale_max, pass_at, min_value, max_value, "
		"choices, pass_choices, source) SELECT ?1, ?2, item_key, position, prompt, guidance, reference, "
		"kind, weight, mandatory, note_on_fail, scale_max, pass_at, min_value, max_value, choices, "
		"pass_choices, source FROM checklist_items WHERE section_id = ?3",
	[ST_RUN] =
		"SELECT r.template_id, r.version_id, coalesce(r.schedule_id, 0), coalesce(r.team_id, 0), "
		"coalesce(t.name, ''), coalesce(r.due_date, ''), r.revision, coalesce(r.revision_of, 0), "
		"coalesce(r.superseded_by, 0), r.status, r.score, r.rag, r.failed_count, "
		"coalesce(u.display_name, ''), r.started_at, coalesce(r.submitted_at, ''), r.signed_name, "
		"coalesce(r.signed_at, ''), r.reopen_reason, coalesce(r.started_by, 0), coalesce(sc.user_id, 0) "
		"FROM checklist_runs r LEFT JOIN teams t ON t.id = r.team_id "
		"LEFT JOIN checklist_schedules sc ON sc.id = r.schedule_id "
		"LEFT JOIN users u ON u.id = r.started_by WHERE r.id = ?",
	[ST_ANSWERS] =
		"SELECT a.item_id, a.id, a.value, a.outcome, a.earned, a.note, a.record_figure, a.answered_at, "
		"coalesce(u.display_name, ''), a.justification, coalesce(j.display_name, ''), "
		"coalesce(a.justified_at, '') FROM checklist_answers a "
		"LEFT JOIN users u ON u.id = a.answered_by LEFT JOIN users j ON j.id = a.justified_by "
		"WHERE a.run_id = ?",
	[ST_STORE_SCORE] =
		"UPDATE checklist_runs SET score = ?2, rag = ?3, failed_count = ?4 WHERE id = ?1",
	[ST_USER_TEAM] = "SELECT coalesce(team_id, 0) FROM users WHERE id = ?",
};
static sqlite3_stmt *store_cache[ST__COUNT];
static struct sql_table store_table = { store_sql, ST__COUNT, store_cache, NULL };

/* A copy of a column's text in the arena. */
static const char *col(struct arena *a, sqlite3_stmt *st, int i)
{
	return arena_strdup(a, db_text(st, i));
}

/* Loads the sections of v; returns 0 or -1. */
static int load_sections(struct checklist_version *v, struct arena *a)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_SECTIONS);
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, v->id);
	v->section_count = 0;
	while (db_step_row(st, &rc) && v->section_count < CHECKLIST_MAX_SECTIONS) {
		struct checklist_section *s = &v->sections[v->section_count++];
		s->id = sqlite3_column_int64(st, 0);
		s->title = col(a, st, 1);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The index of the section with this id in v, or -1. */
static int section_index(const struct checklist_version *v, long long id)
{
	for (size_t i = 0; i < v->section_count; i++)
		if (v->sections[i].id == id)
			return (int)i;
	return -1;
}

/* Fills one item from the row of ST_ITEMS. */
static void read_item(struct arena *a, sqlite3_stmt *st, const struct checklist_version *v,
                      struct checklist_item *it)
{
	it->id = sqlite3_column_int64(st, 0);
	it->section_id = sqlite3_column_int64(st, 1);
	it->section = section_index(v, it->section_id);
	it->key = col(a, st, 2);
	it->position = sqlite3_column_int(st, 3);
	it->prompt = col(a, st, 4);
	it->guidance = col(a, st, 5);
	it->reference = col(a, st, 6);
	it->rule.kind = checklist_kind_of(db_text(st, 7));
	it->weight = sqlite3_column_int(st, 8);
	it->mandatory = sqlite3_column_int(st, 9);
	it->note_on_fail = sqlite3_column_int(st, 10);
	it->rule.scale_max = sqlite3_column_int(st, 11);
	it->rule.pass_at = sqlite3_column_int(st, 12);
	it->rule.has_min = sqlite3_column_type(st, 13) != SQLITE_NULL;
	it->rule.min_value = sqlite3_column_double(st, 13);
	it->rule.has_max = sqlite3_column_type(st, 14) != SQLITE_NULL;
	it->rule.max_value = sqlite3_column_double(st, 14);
	it->rule.choices = col(a, st, 15);
	it->rule.pass_choices = col(a, st, 16);
	it->source = col(a, st, 17);
}

/* Loads the items of v; returns 0 or -1. */
static int load_items(struct checklist_version *v, struct arena *a)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_ITEMS);
	int rc;
	v->items = arena_zalloc(a, sizeof *v->items * CHECKLIST_MAX_ITEMS);
	if (st == NULL || v->items == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, v->id);
	v->item_count = 0;
	while (db_step_row(st, &rc) && v->item_count < CHECKLIST_MAX_ITEMS) {
		read_item(a, st, v, &v->items[v->item_count]);
		if (v->items[v->item_count].section >= 0)
			v->item_count++;
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* See store.h. */
int checklist_version_load(struct arena *a, long long template_id, long long version_id,
                           struct checklist_version *v)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_VERSION);
	if (st == NULL)
		return -1;
	memset(v, 0, sizeof *v);
	sqlite3_bind_int64(st, 1, template_id);
	sqlite3_bind_int64(st, 2, version_id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? 0 : -1;
	}
	v->template_id = template_id;
	v->id = sqlite3_column_int64(st, 0);
	v->version = sqlite3_column_int(st, 1);
	v->current_version = sqlite3_column_int(st, 2);
	v->title = col(a, st, 3);
	v->description = col(a, st, 4);
	v->pass_mark = sqlite3_column_int(st, 5);
	v->amber_band = sqlite3_column_int(st, 6);
	v->change_note = col(a, st, 7);
	v->created_at = col(a, st, 8);
	v->created_by = col(a, st, 9);
	v->slug = col(a, st, 10);
	v->archived = sqlite3_column_int(st, 11);
	sqlite3_reset(st);
	if (load_sections(v, a) != 0 || load_items(v, a) != 0)
		return -1;
	return 1;
}

/* See store.h. */
long long checklist_version_runs(long long version_id)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_VERSION_RUNS);
	long long n = -1;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, version_id);
	return db_count(st, &n) == 0 ? n : -1;
}

/* Moves the template to its next version number: sets *version. */
static int next_version(long long template_id, const char *now, int *version)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_NEXT_VERSION);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, template_id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*version = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? SQLITE_OK : rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc;
}

/* The values of a new version row. */
struct version_values {
	long long template_id;
	int version, pass_mark, amber_band;
	const char *title, *description, *change_note;
};

/* Inserts a version row; sets *id. */
static int insert_version(const struct request *rq, const struct version_values *vv, const char *now,
                          long long *id)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_INSERT_VERSION);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, vv->template_id);
	sqlite3_bind_int(st, 2, vv->version);
	sqlite3_bind_text(st, 3, vv->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, vv->description, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, vv->pass_mark);
	sqlite3_bind_int(st, 6, vv->amber_band);
	sqlite3_bind_text(st, 7, vv->change_note, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, rq && rq->session ? rq->session->user_id : 0);
	sqlite3_bind_text(st, 9, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	*id = sqlite3_last_insert_rowid(db_get());
	return rc;
}

/* Inserts a section; sets *id. */
static int insert_section(long long version_id, int position, const char *title, long long *id)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_INSERT_SECTION);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, version_id);
	sqlite3_bind_int(st, 2, position);
	sqlite3_bind_text(st, 3, title, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	*id = sqlite3_last_insert_rowid(db_get());
	return rc;
}

/* See store.h. Sections are copied one by one (their ids change), their
 * items with one INSERT ... SELECT each. */
int checklist_version_for_edit(const struct request *rq, long long template_id,
                               const char *change_note, long long *version_id, int *copied)
{
	struct arena a = { 0 };
	struct checklist_version v;
	char now[21];
	int rc = SQLITE_ERROR;
	*copied = 0;
	int found = checklist_version_load(&a, template_id, 0, &v);
	if (found <= 0) {
		arena_free(&a);
		return found == 0 ? SQLITE_NOTFOUND : SQLITE_ERROR;
	}
	long long runs = checklist_version_runs(v.id);
	if (runs == 0) {
		*version_id = v.id;
		arena_free(&a);
		return SQLITE_OK;
	}
	iso_utc(now_utc(), now);
	struct version_values vv = { template_id, 0, v.pass_mark, v.amber_band, v.title, v.description,
	                             change_note };
	if (runs > 0 && (rc = next_version(template_id, now, &vv.version)) == SQLITE_OK &&
	    (rc = insert_version(rq, &vv, now, version_id)) == SQLITE_OK) {
		for (size_t i = 0; i < v.section_count && rc == SQLITE_OK; i++) {
			long long sid;
			sqlite3_stmt *st;
			rc = insert_section(*version_id, (int)i + 1, v.sections[i].title, &sid);
			if (rc == SQLITE_OK && (st = db_stmt(&store_table, ST_COPY_ITEMS)) == NULL)
				rc = SQLITE_ERROR;
			if (rc == SQLITE_OK) {
				sqlite3_bind_int64(st, 1, *version_id);
				sqlite3_bind_int64(st, 2, sid);
				sqlite3_bind_int64(st, 3, v.sections[i].id);
				rc = db_exec_stmt(st);
			}
		}
		*copied = 1;
	}
	arena_free(&a);
	return rc;
}

/* Binds a number or NULL. */
static void bind_optional(sqlite3_stmt *st, int i, int has, double value)
{
	if (has)
		sqlite3_bind_double(st, i, value);
	else
		sqlite3_bind_null(st, i);
}

/* Inserts one item of a seed into a version's section. */
static int insert_seed_item(long long version_id, long long section_id, int position,
                            const struct checklist_seed_item *it)
{
	char key[17];
	sqlite3_stmt *st = db_stmt(&store_table, ST_INSERT_ITEM);
	if (st == NULL)
		return SQLITE_ERROR;
	random_hex(key, 8);
	sqlite3_bind_int64(st, 1, version_id);
	sqlite3_bind_int64(st, 2, section_id);
	sqlite3_bind_text(st, 3, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, position);
	sqlite3_bind_text(st, 5, it->prompt, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, it->guidance, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, it->reference, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, checklist_kinds[it->rule.kind], -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 9, it->weight);
	sqlite3_bind_int(st, 10, it->mandatory);
	sqlite3_bind_int(st, 11, it->note_on_fail);
	sqlite3_bind_int(st, 12, it->rule.scale_max);
	sqlite3_bind_int(st, 13, it->rule.pass_at);
	bind_optional(st, 14, it->rule.has_min, it->rule.min_value);
	bind_optional(st, 15, it->rule.has_max, it->rule.max_value);
	sqlite3_bind_text(st, 16, it->choices, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 17, it->pass_choices, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 18, it->source, -1, SQLITE_STATIC);
	return db_exec_stmt(st);
}

/* Finds the template named slug: sets *id (0 when there is none). */
static int template_by_slug(const char *slug, long long *id)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_TEMPLATE_BY_SLUG);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	*id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Inserts a new template row (version 1 to come); sets *id. */
static int insert_template(const char *slug, const char *origin, const char *now, long long *id)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_INSERT_TEMPLATE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, origin, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	*id = sqlite3_last_insert_rowid(db_get());
	return rc;
}

/* See store.h. */
int checklist_seed_store(const struct request *rq, const struct checklist_seed *s,
                         long long *template_id, int *version)
{
	char now[21];
	long long version_id;
	iso_utc(now_utc(), now);
	int rc = template_by_slug(s->slug, template_id);
	if (rc != SQLITE_OK)
		return rc;
	*version = 1;
	if (*template_id)
		rc = next_version(*template_id, now, version);
	else
		rc = insert_template(s->slug, "seed", now, template_id);
	struct version_values vv = { *template_id, *version, s->pass_mark, s->amber_band, s->title,
	                             s->description, *version == 1 ? "Loaded from its seed file." :
	                             "Loaded again from its seed file." };
	if (rc == SQLITE_OK)
		rc = insert_version(rq, &vv, now, &version_id);
	int sp = 0;
	for (const struct checklist_seed_section *sec = s->sections; sec && rc == SQLITE_OK; sec = sec->next) {
		long long sid;
		int ip = 0;
		rc = insert_section(version_id, ++sp, sec->title, &sid);
		for (const struct checklist_seed_item *it = sec->items; it && rc == SQLITE_OK; it = it->next)
			rc = insert_seed_item(version_id, sid, ++ip, it);
	}
	if (rc != SQLITE_OK)
		return rc;
	if (rq == NULL)
		return audit_record_as(NULL, 0, "frontline-admin", "checklist.seed_loaded", "checklist_template",
		                       *template_id, s->slug);
	return audit_record(rq, "checklist.seed_loaded", "checklist_template", *template_id, s->slug);
}

/* Reads the answers of run r into r->answers (by item). */
static int load_answers(struct arena *a, struct checklist_run *r)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_ANSWERS);
	int rc;
	size_t n = r->version.item_count;
	r->answers = arena_zalloc(a, sizeof *r->answers * (n ? n : 1));
	if (st == NULL || r->answers == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, r->id);
	while (db_step_row(st, &rc)) {
		long long item = sqlite3_column_int64(st, 0);
		for (size_t i = 0; i < n; i++) {
			if (r->version.items[i].id != item)
				continue;
			struct checklist_answer *x = &r->answers[i];
			x->present = 1;
			x->id = sqlite3_column_int64(st, 1);
			x->value = col(a, st, 2);
			x->outcome = checklist_outcome_of(db_text(st, 3));
			x->earned = sqlite3_column_double(st, 4);
			x->note = col(a, st, 5);
			x->record_figure = col(a, st, 6);
			x->answered_at = col(a, st, 7);
			x->answered_by = col(a, st, 8);
			x->justification = col(a, st, 9);
			x->justified_by = col(a, st, 10);
			x->justified_at = col(a, st, 11);
		}
	}
	sqlite3_reset(st);
	for (size_t i = 0; i < n; i++)
		if (!r->answers[i].present)
			r->answers[i].value = r->answers[i].note = r->answers[i].record_figure =
			r->answers[i].justification = "";
	return db_rows_failed(rc) ? -1 : 0;
}

/* See store.h. */
int checklist_run_load(struct arena *a, long long id, struct checklist_run *r)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_RUN);
	memset(r, 0, sizeof *r);
	int found = db_row_by_id(st, id);
	if (found != 1)
		return found;
	r->id = id;
	r->template_id = sqlite3_column_int64(st, 0);
	r->version_id = sqlite3_column_int64(st, 1);
	r->schedule_id = sqlite3_column_int64(st, 2);
	r->team_id = sqlite3_column_int64(st, 3);
	r->team = col(a, st, 4);
	r->due_date = col(a, st, 5);
	r->revision = sqlite3_column_int(st, 6);
	r->revision_of = sqlite3_column_int64(st, 7);
	r->superseded_by = sqlite3_column_int64(st, 8);
	r->status = col(a, st, 9);
	r->has_score = sqlite3_column_type(st, 10) != SQLITE_NULL;
	r->score = sqlite3_column_double(st, 10);
	r->rag = col(a, st, 11);
	r->failed_count = sqlite3_column_int(st, 12);
	r->started_by = col(a, st, 13);
	r->started_at = col(a, st, 14);
	r->submitted_at = col(a, st, 15);
	r->signed_name = col(a, st, 16);
	r->signed_at = col(a, st, 17);
	r->reopen_reason = col(a, st, 18);
	r->started_by_id = sqlite3_column_int64(st, 19);
	r->schedule_user_id = sqlite3_column_int64(st, 20);
	sqlite3_reset(st);
	if (checklist_version_load(a, r->template_id, r->version_id, &r->version) != 1 ||
	    load_answers(a, r) != 0)
		return -1;
	return 1;
}

/* See store.h. */
void checklist_run_score(const struct checklist_run *r, struct checklist_score *sections,
                         struct checklist_score *overall)
{
	struct checklist_scored_item items[CHECKLIST_MAX_ITEMS];
	const struct checklist_version *v = &r->version;
	for (size_t i = 0; i < v->item_count; i++) {
		items[i].section = v->items[i].section;
		items[i].weight = v->items[i].weight;
		items[i].mandatory = v->items[i].mandatory;
		items[i].answered = r->answers[i].present;
		items[i].outcome = r->answers[i].outcome;
		items[i].earned = r->answers[i].earned;
	}
	checklist_score_items(items, v->item_count, v->pass_mark, v->amber_band, sections,
	                      v->section_count, overall);
}

/* See store.h. */
int checklist_run_rescore(struct arena *a, long long run_id)
{
	struct checklist_run r;
	struct checklist_score sections[CHECKLIST_MAX_SECTIONS], overall;
	int found = checklist_run_load(a, run_id, &r);
	if (found <= 0)
		return found == 0 ? SQLITE_NOTFOUND : SQLITE_ERROR;
	checklist_run_score(&r, sections, &overall);
	sqlite3_stmt *st = db_stmt(&store_table, ST_STORE_SCORE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, run_id);
	bind_optional(st, 2, overall.scored, overall.percent);
	sqlite3_bind_text(st, 3, checklist_rags[overall.rag], -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, overall.failed);
	return db_exec_stmt(st);
}

/* See store.h. */
int checklist_run_editable(const char *status)
{
	return status && (strcmp(status, "in_progress") == 0 || strcmp(status, "submitted") == 0);
}

/* See store.h. */
int checklist_is_manager(const struct request *rq)
{
	return rq->session && (rq->session->roles & ROLE_MANAGER) != 0;
}

/* See store.h. */
long long checklist_user_team(const struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_USER_TEAM);
	long long team = -1;
	int found = db_row_by_id(st, rq->session->user_id);
	if (found == 1) {
		team = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	return found == 0 ? 0 : team;
}

/* See store.h. */
const char *checklist_source_label(const char *source)
{
	if (strcmp(source, "rota_working_time") == 0)
		return "the rota: working-time warnings this month";
	if (strcmp(source, "feedback_retention") == 0)
		return "customer feedback: contact details past their retention";
	return "";
}

/* See store.h. The month so far for the rota; now for the feedback. */
const char *checklist_record_figure(struct arena *a, const char *source, const char *today, int *passes)
{
	*passes = 0;
	if (strcmp(source, "rota_working_time") == 0) {
		char first[11];
		long long warnings = 0, acked = 0;
		snprintf(first, sizeof first, "%.8s01", today);
		if (rota_working_time_warnings(first, today, &warnings, &acked) != 0)
			return NULL;
		*passes = acked == warnings;
		return arena_printf(a, "%lld working-time warning%s on the rota since %s, %lld acknowledged "
		                    "by a manager with a reason", warnings, warnings == 1 ? "" : "s", first, acked);
	}
	if (strcmp(source, "feedback_retention") == 0) {
		long long n = 0;
		if (privacy_rows_past_retention("feedback_responses", "contact", &n) != 0)
			return NULL;
		*passes = n == 0;
		return arena_printf(a, "%lld feedback response%s still holding contact details past the "
		                    "12-month retention", n, n == 1 ? "" : "s");
	}
	return NULL;
}
