/*
 * templates.c: the checklists' front page and the template pages: a
 * template's current version with its sections and items, and the forms
 * managers build them with. Editing a version that has been run makes a
 * new version first (store.c), so past runs keep what they were asked.
 *
 * Pages: GET /checklists, GET /checklists/templates/new,
 * POST /checklists/templates, GET /checklists/templates/{id},
 * GET /checklists/templates/{id}/edit, POST /checklists/templates/{id},
 * POST /checklists/templates/{id}/sections,
 * GET /checklists/templates/{id}/items/new, POST .../items,
 * GET .../items/{id}/edit, POST .../items/{id}, POST .../items/{id}/delete.
 */
#include "checklists.h"
#include "schedules.h"
#include "store.h"
#include "team/people.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <stdlib.h>
#include <string.h>

enum tpl_stmt {
	ST_TEMPLATES,
	ST_VERSIONS,
	ST_INSERT_TEMPLATE,
	ST_SET_SLUG,
	ST_INSERT_VERSION,
	ST_UPDATE_VERSION,
	ST_SECTION_COUNT,
	ST_INSERT_SECTION,
	ST_SECTION_AT,
	ST_ITEM_KEY,
	ST_ITEM_BY_KEY,
	ST_NEXT_ITEM_POSITION,
	ST_INSERT_ITEM,
	ST_UPDATE_ITEM,
	ST_DELETE_ITEM,
	ST_RENAME_SECTION,
	ST_DELETE_SECTION,
	ST_TEAMS,
	ST__COUNT
};
static const char *const tpl_sql[ST__COUNT] = {
	[ST_TEMPLATES] =
		"SELECT t.id, v.title, t.current_version, v.pass_mark, t.origin, "
		"(SELECT count(*) FROM checklist_items i WHERE i.version_id = v.id), "
		"(SELECT r.rag FROM checklist_runs r WHERE r.template_id = t.id AND r.status <> 'in_progress' "
		" AND r.superseded_by IS NULL ORDER BY r.started_at DESC, r.id DESC LIMIT 1) "
		"FROM checklist_templates t JOIN checklist_versions v ON v.template_id = t.id "
		"AND v.version = t.current_version WHERE t.archived = 0 ORDER BY v.title COLLATE NOCASE LIMIT 200",
	[ST_VERSIONS] =
		"SELECT v.version, v.change_note, v.created_at, coalesce(u.display_name, ''), "
		"(SELECT count(*) FROM checklist_runs r WHERE r.version_id = v.id) "
		"FROM checklist_versions v LEFT JOIN users u ON u.id = v.created_by "
		"WHERE v.template_id = ? ORDER BY v.version DESC LIMIT 50",
	[ST_INSERT_TEMPLATE] =
		"INSERT INTO checklist_templates (slug, current_version, origin, created_at, updated_at) "
		"VALUES (?1, 1, 'manager', ?2, ?2)",
	[ST_SET_SLUG] = "UPDATE checklist_templates SET slug = 'own-' || id WHERE id = ?",
	[ST_INSERT_VERSION] =
		"INSERT INTO checklist_versions (template_id, version, title, description, pass_mark, amber_band, "
		"change_note, created_by, created_at) VALUES (?1, 1, ?2, ?3, ?4, ?5, 'First version.', ?6, ?7)",
	[ST_UPDATE_VERSION] =
		"UPDATE checklist_versions SET title = ?2, description = ?3, pass_mark = ?4, amber_band = ?5, "
		"change_note = CASE WHEN ?6 = '' THEN change_note ELSE ?6 END WHERE id = ?1",
	[ST_SECTION_COUNT] = "SELECT count(*) FROM checklist_sections WHERE version_id = ?",
	[ST_INSERT_SECTION] = "INSERT INTO checklist_sections (version_id, position, title) VALUES (?1, ?2, ?3)",
	[ST_SECTION_AT] =
		"SELECT id FROM checklist_sections WHERE version_id = ?1 ORDER BY position, id LIMIT 1 OFFSET ?2",
	[ST_ITEM_KEY] =
		"SELECT i.item_key FROM checklist_items i JOIN checklist_templates t ON t.id = ?1 "
		"JOIN checklist_versions v ON v.id = i.version_id AND v.template_id = t.id "
		"AND v.version = t.current_version WHERE i.id = ?2",
	[ST_ITEM_BY_KEY] = "SELECT id FROM checklist_items WHERE version_id = ?1 AND item_key = ?2",
	[ST_NEXT_ITEM_POSITION] = "SELECT coalesce(max(position), 0) + 1 FROM checklist_items WHERE section_id = ?",
	[ST_INSERT_ITEM] =
		"INSERT INTO checklist_items (version_id, section_id, item_key, position, prompt, guidance, "
		"reference, kind, weight, mandatory, note_on_fail, scale_max, pass_at, min_value, max_value, "
		"choices, pass_choices, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
		"?14, ?15, ?16, ?17, ?18)",
	[ST_UPDATE_ITEM] =
		"UPDATE checklist_items SET section_id = ?2, position = CASE WHEN section_id = ?2 THEN position "
		"ELSE ?4 END, prompt = ?5, guidance = ?6, reference = ?7, kind = ?8, weight = ?9, mandatory = ?10, "
		"note_on_fail = ?11, scale_max = ?12, pass_at = ?13, min_value = ?14, max_value = ?15, "
		"choices = ?16, pass_choices = ?17, source = ?18 WHERE id = ?1 AND ?3 IS NOT NULL",
	[ST_DELETE_ITEM] = "DELETE FROM checklist_items WHERE id = ?",
	[ST_RENAME_SECTION] = "UPDATE checklist_sections SET title = ?2 WHERE id = ?1",
	[ST_DELETE_SECTION] = "DELETE FROM checklist_sections WHERE id = ?",
	[ST_TEAMS] = "SELECT id, name FROM teams ORDER BY name LIMIT 100",
};
static sqlite3_stmt *tpl_cache[ST__COUNT];
static struct sql_table tpl_table = { tpl_sql, ST__COUNT, tpl_cache, NULL };

static const char *const source_values[] = { "none", "rota_working_time", "feedback_retention", NULL };
static const char *const source_labels[] = {
	"None: the person answers", "The rota: working-time warnings acknowledged this month",
	"Customer feedback: contact details past their retention", NULL
};

const struct field_spec checklist_template_fields[CHECKLIST_TPL__COUNT] = {
	[CHECKLIST_TPL_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[CHECKLIST_TPL_DESCRIPTION] = { "description", "What it checks", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[CHECKLIST_TPL_PASS_MARK] = { "pass_mark", "Pass mark", FIELD_INT, FIELD_REQUIRED, 1, 100, NULL },
	[CHECKLIST_TPL_AMBER_BAND] = { "amber_band", "Amber band", FIELD_INT, FIELD_REQUIRED, 0, 100, NULL },
	[CHECKLIST_TPL_CHANGE_NOTE] = { "change_note", "What changed", FIELD_TEXT, 0, 0, 300, NULL },
};

const struct field_spec checklist_section_fields[CHECKLIST_SEC__COUNT] = {
	[CHECKLIST_SEC_TITLE] = { "section_title", "Section title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
};

const struct field_spec checklist_item_fields[CHECKLIST_ITEM__COUNT] = {
	[CHECKLIST_ITEM_SECTION] = { "section", "Section", FIELD_INT, FIELD_REQUIRED, 1, CHECKLIST_MAX_SECTIONS, NULL },
	[CHECKLIST_ITEM_PROMPT] = { "prompt", "Question", FIELD_TEXT, FIELD_REQUIRED, 1, 500, NULL },
	[CHECKLIST_ITEM_GUIDANCE] = { "guidance", "Guidance", FIELD_MULTILINE, 0, 0, 1000, NULL },
	[CHECKLIST_ITEM_REFERENCE] = { "reference", "Law, clause or policy", FIELD_TEXT, 0, 0, 200, NULL },
	[CHECKLIST_ITEM_KIND] = { "kind", "Kind of answer", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, checklist_kinds },
	[CHECKLIST_ITEM_WEIGHT] = { "weight", "Weight", FIELD_INT, FIELD_REQUIRED, 0, 100, NULL },
	[CHECKLIST_ITEM_MANDATORY] = { "mandatory", "Mandatory", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[CHECKLIST_ITEM_NOTE_ON_FAIL] = { "note_on_fail", "Note required on failure", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[CHECKLIST_ITEM_SCALE_MAX] = { "scale_max", "Top of the scale", FIELD_INT, 0, 2, 10, NULL },
	[CHECKLIST_ITEM_PASS_AT] = { "pass_at", "Passing score", FIELD_INT, 0, 1, 10, NULL },
	[CHECKLIST_ITEM_MIN] = { "min_value", "Lowest acceptable", FIELD_DECIMAL, 0, -1000000000, 1000000000, NULL },
	[CHECKLIST_ITEM_MAX] = { "max_value", "Highest acceptable", FIELD_DECIMAL, 0, -1000000000, 1000000000, NULL },
	[CHECKLIST_ITEM_MAX_AGE] = { "max_age", "Oldest acceptable date, in days", FIELD_INT, 0, 1, 3660, NULL },
	[CHECKLIST_ITEM_CHOICES] = { "choices", "Answers offered", FIELD_MULTILINE, 0, 0, 1000, NULL },
	[CHECKLIST_ITEM_PASS_CHOICES] = { "pass_choices", "Answers that pass", FIELD_MULTILINE, 0, 0, 1000, NULL },
	[CHECKLIST_ITEM_SOURCE] = { "source", "Figure from Frontline's records", FIELD_CHOICE, 0, 0, 0, source_values },
};

static const char *const tpl_notices[] = {
	"created", "The template has been created. Add its sections and items next.",
	"saved", "The changes have been saved.",
	"versioned", "The changes have been saved as a new version; runs already made keep the version they were run against.",
	"section", "The section has been added.",
	"item", "The item has been saved.",
	"deleted", "The item has been removed from the current version.",
	"renamed", "The section has been renamed.",
	"section-removed", "The section and its items have been removed from the current version.",
	"scheduled", "The schedule has been added.",
	"stopped", "The schedule has been stopped; its past runs stay.",
	NULL, NULL
};

/* Answers 404 for a template that does not exist; returns 0. */
static int no_template(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 404, "There is no checklist template with that number.");
	return 0;
}

/* Sets RAG and RAG_LABEL from a stored RAG name. */
static void set_rag(tpl_dict *d, const char *rag)
{
	tpl_set(d, "RAG", rag[0] ? rag : "none");
	tpl_set(d, "RAG_LABEL", options_label(checklist_rags, checklist_rag_labels, rag));
}

/* Adds the template rows of the front page; returns the count or -1. */
static int add_templates(struct page *p)
{
	sqlite3_stmt *st = db_stmt(&tpl_table, ST_TEMPLATES);
	int n = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "TEMPLATE");
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set_int(row, "VERSION", sqlite3_column_int64(st, 2));
		tpl_set_int(row, "PASS_MARK", sqlite3_column_int64(st, 3));
		tpl_show_if(row, "BUILT_IN", strcmp(db_text(st, 4), "seed") == 0);
		tpl_set_int(row, "ITEMS", sqlite3_column_int64(st, 5));
		set_rag(row, db_text(st, 6));
		tpl_show_if(row, sqlite3_column_type(st, 6) == SQLITE_NULL ? "NEVER_RUN" : "HAS_RAG", 1);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* GET /checklists: my checks due, the templates, links onwards. */
int checklists_page(struct request *rq, struct response *rs)
{
	struct page p;
	if (page_begin(&p, rq, rs, "Compliance checklists", "checklists/index.tpl") != 0)
		return -1;
	int mine = checklist_add_due_rows(rq, p.content, "MY_CHECK", CHECKLIST_SCOPE_MINE, 1000, 1);
	int templates = mine < 0 ? -1 : add_templates(&p);
	if (templates < 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, mine ? "HAS_MY_CHECKS" : "NO_MY_CHECKS", 1);
	tpl_show_if(p.content, templates ? "HAS_TEMPLATES" : "NO_TEMPLATES", 1);
	tpl_show_if(p.content, "CAN_MANAGE", checklist_is_manager(rq));
	page_notice(&p, rq, tpl_notices);
	return page_finish(&p, rs);
}

/* Describes an item's rule in words for the template page. */
static const char *rule_words(struct arena *a, const struct checklist_item *it)
{
	const struct checklist_item_rule *r = &it->rule;
	switch (r->kind) {
	case CHECKLIST_SCALE:
		return arena_printf(a, "Score 1 to %d, passing at %d", r->scale_max, r->pass_at);
	case CHECKLIST_NUMBER:
		if (r->has_min && r->has_max)
			return arena_printf(a, "A number from %g to %g", r->min_value, r->max_value);
		return r->has_min ? arena_printf(a, "A number of at least %g", r->min_value)
		                  : arena_printf(a, "A number of at most %g", r->max_value);
	case CHECKLIST_DATE:
		return r->has_max && r->max_value > 0 ? arena_printf(a, "A date no older than %g days", r->max_value)
		                                      : "A date, not in the future";
	case CHECKLIST_CHOICE:
		return "A choice from a list";
	case CHECKLIST_TEXT:
		return "Free text, not scored";
	default:
		return "Yes, no or not applicable";
	}
}

/* Adds the sections and items of a version to d. */
static void add_version_body(struct request *rq, tpl_dict *d, const struct checklist_version *v, int editable,
                             long long template_id)
{
	for (size_t s = 0; s < v->section_count; s++) {
		tpl_dict *sec = tpl_add_row(d, "SECTION");
		if (sec == NULL)
			return;
		tpl_set(sec, "SECTION_TITLE", v->sections[s].title);
		tpl_set_int(sec, "SECTION_NUMBER", (long long)s + 1);
		tpl_set_int(sec, "TEMPLATE_ID", template_id);
		tpl_show_if(sec, "CAN_EDIT", editable);
		int items = 0;
		for (size_t i = 0; i < v->item_count; i++) {
			const struct checklist_item *it = &v->items[i];
			if (it->section != (int)s)
				continue;
			tpl_dict *row = tpl_add_row(sec, "ITEM");
			if (row == NULL)
				return;
			items++;
			tpl_set_int(row, "ITEM_ID", it->id);
			tpl_set_int(row, "TEMPLATE_ID", template_id);
			tpl_set(row, "PROMPT", it->prompt);
			tpl_set(row, "RULE", rule_words(&rq->arena, it));
			tpl_set_int(row, "WEIGHT", it->weight);
			tpl_show_if(row, "MANDATORY", it->mandatory);
			tpl_show_if(row, "NOTE_ON_FAIL", it->note_on_fail);
			tpl_set(row, "REFERENCE", it->reference);
			tpl_show_if(row, "HAS_REFERENCE", it->reference[0] != '\0');
			tpl_set(row, "SOURCE", checklist_source_label(it->source));
			tpl_show_if(row, "HAS_SOURCE", it->source[0] != '\0');
			tpl_show_if(row, "CAN_EDIT", editable);
		}
		tpl_show_if(sec, items ? "HAS_ITEMS" : "NO_ITEMS", 1);
	}
}

/* Adds the version history. */
static int add_versions(struct request *rq, tpl_dict *d, long long template_id)
{
	sqlite3_stmt *st = db_stmt(&tpl_table, ST_VERSIONS);
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, template_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "VERSION_ROW");
		if (row == NULL)
			break;
		tpl_set_int(row, "VERSION", sqlite3_column_int64(st, 0));
		tpl_set(row, "CHANGE_NOTE", db_text(st, 1));
		tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 2)));
		tpl_set(row, "BY", db_text(st, 3)[0] ? db_text(st, 3) : "the seed file");
		tpl_set_int(row, "RUNS", sqlite3_column_int64(st, 4));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Adds the team options of a <select>. */
static int add_team_options(tpl_dict *d, const char *section, long long chosen)
{
	return options_from_stmt(d, section, db_stmt(&tpl_table, ST_TEAMS), chosen);
}

/* The schedule form's choices (teams, people, frequencies). */
static int add_schedule_form(struct request *rq, tpl_dict *d)
{
	const struct form *f = request_form(rq);
	int ours = f && f->specs == checklist_schedule_fields;
	char today[11];
	if (ours)
		page_form(&(struct page){ NULL, d }, f);
	else
		tpl_set(d, "FIRST_DUE_VALUE", date_add_days(today_london(today), 7, today));
	long long team = ours ? f->values[CHECKLIST_SCHED_TEAM].number : 0;
	long long user = ours ? f->values[CHECKLIST_SCHED_USER].number : 0;
	options_from_list(d, "FREQUENCY_OPTION", checklist_frequencies, checklist_frequency_labels,
	                  ours ? f->values[CHECKLIST_SCHED_FREQUENCY].text : "monthly");
	if (add_team_options(d, "TEAM_OPTION", team) < 0 || add_team_options(d, "ADHOC_TEAM_OPTION", 0) < 0)
		return -1;
	return team_people_options(d, "USER_OPTION", user) < 0 ? -1 : 0;
}

/* GET /checklists/templates/{id}: the current version, its schedules and
 * history; also the page again when a section or schedule is refused. */
int checklist_template_page(struct request *rq, struct response *rs)
{
	struct checklist_version v;
	struct page p;
	long long id = rq->path_ids[0];
	int found = checklist_version_load(&rq->arena, id, 0, &v);
	if (found <= 0)
		return found < 0 ? -1 : no_template(rq, rs);
	if (page_begin(&p, rq, rs, v.title, "checklists/template.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "ID", id);
	tpl_set(p.content, "TPL_TITLE", v.title);
	tpl_set(p.content, "DESCRIPTION", v.description);
	tpl_show_if(p.content, "HAS_DESCRIPTION", v.description[0] != '\0');
	tpl_set_int(p.content, "VERSION", v.version);
	tpl_set_int(p.content, "PASS_MARK", v.pass_mark);
	tpl_set_int(p.content, "AMBER_FROM", v.pass_mark - v.amber_band);
	tpl_set_int(p.content, "ITEM_COUNT", (long long)v.item_count);
	add_version_body(rq, p.content, &v, checklist_is_manager(rq), id);
	tpl_show_if(p.content, v.section_count ? "HAS_SECTIONS" : "NO_SECTIONS", 1);
	int schedules = checklist_add_template_schedules(rq, p.content, id);
	if (schedules < 0 || add_versions(rq, p.content, id) != 0 ||
	    (checklist_is_manager(rq) && add_schedule_form(rq, p.content) != 0)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, schedules ? "HAS_SCHEDULES" : "NO_SCHEDULES", 1);
	tpl_show_if(p.content, "CAN_MANAGE", checklist_is_manager(rq));
	const struct form *f = request_form(rq);
	if (f && f->specs == checklist_section_fields)
		page_form(&p, f);
	page_notice(&p, rq, tpl_notices);
	return page_finish(&p, rs);
}

/* Shows the template form: new (id 0) or editing the current version. */
static int show_template_form(struct request *rq, struct response *rs, long long id)
{
	struct checklist_version v;
	struct page p;
	if (id) {
		int found = checklist_version_load(&rq->arena, id, 0, &v);
		if (found <= 0)
			return found < 0 ? -1 : no_template(rq, rs);
	}
	if (page_begin(&p, rq, rs, id ? "Edit checklist template" : "New checklist template",
	               "checklists/template_form.tpl") != 0)
		return -1;
	if (rq->form) {
		page_form(&p, rq->form);
	} else if (id) {
		tpl_set(p.content, "TITLE_VALUE", v.title);
		tpl_set(p.content, "DESCRIPTION_VALUE", v.description);
		tpl_set_int(p.content, "PASS_MARK_VALUE", v.pass_mark);
		tpl_set_int(p.content, "AMBER_BAND_VALUE", v.amber_band);
	} else {
		tpl_set(p.content, "PASS_MARK_VALUE", "90");
		tpl_set(p.content, "AMBER_BAND_VALUE", "10");
	}
	if (id) {
		tpl_show(p.content, "EDITING");
		tpl_set(p.content, "ACTION", arena_printf(&rq->arena, "/checklists/templates/%lld", id));
		tpl_set(p.content, "BACK", arena_printf(&rq->arena, "/checklists/templates/%lld", id));
		tpl_set_int(p.content, "VERSION", v.version);
	} else {
		tpl_show(p.content, "CREATING");
		tpl_set(p.content, "ACTION", "/checklists/templates");
		tpl_set(p.content, "BACK", "/checklists");
	}
	return page_finish(&p, rs);
}

/* GET /checklists/templates/new, and the form again when refused. */
int checklist_template_new_page(struct request *rq, struct response *rs)
{
	return show_template_form(rq, rs, 0);
}

/* GET /checklists/templates/{id}/edit, and the form again when refused. */
int checklist_template_edit_page(struct request *rq, struct response *rs)
{
	return show_template_form(rq, rs, rq->path_ids[0]);
}

/* See checklists.h: the amber band must leave a positive amber floor. */
void checklist_template_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	const struct field_value *pm = &f->values[CHECKLIST_TPL_PASS_MARK], *ab = &f->values[CHECKLIST_TPL_AMBER_BAND];
	if (!pm->error && !ab->error && ab->number >= pm->number)
		request_form_error(rq, CHECKLIST_TPL_AMBER_BAND,
		                   "Amber band must be smaller than the pass mark (amber starts at the pass mark minus the band).");
}

/* What a template write needs. */
struct tpl_ctx {
	struct request *rq;
	const struct form *f;
	long long id, version_id, item_id;
	int copied;
};

/* Inserts a new template and its first version. */
static int write_new_template(void *vctx)
{
	struct tpl_ctx *c = vctx;
	const struct form *f = c->f;
	char now[21], slug[21];
	sqlite3_stmt *st = db_stmt(&tpl_table, ST_INSERT_TEMPLATE);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	random_hex(slug, 10);
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	if ((st = db_stmt(&tpl_table, ST_SET_SLUG)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK || (st = db_stmt(&tpl_table, ST_INSERT_VERSION)) == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, f->values[CHECKLIST_TPL_TITLE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f->values[CHECKLIST_TPL_DESCRIPTION].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, f->values[CHECKLIST_TPL_PASS_MARK].number);
	sqlite3_bind_int64(st, 5, f->values[CHECKLIST_TPL_AMBER_BAND].number);
	sqlite3_bind_int64(st, 6, c->rq->session->user_id);
	sqlite3_bind_text(st, 7, now, -1, SQLITE_TRANSIENT);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "checklist.template_created", "checklist_template", c->id, "version 1");
}

/* POST /checklists/templates */
int checklist_template_create_submit(struct request *rq, struct response *rs)
{
	struct tpl_ctx c = { rq, request_form(rq), 0, 0, 0, 0 };
	if (db_write(write_new_template, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/templates/%lld?done=created", c.id));
	return 0;
}

/* The change note of an edit: the one typed, or a plain default. */
static const char *change_note(const struct form *f, size_t i, const char *fallback)
{
	return f && f->values[i].present ? f->values[i].text : fallback;
}

/* Saves the template's details into its editable version. */
static int write_template_update(void *vctx)
{
	struct tpl_ctx *c = vctx;
	const struct form *f = c->f;
	int rc = checklist_version_for_edit(c->rq, c->id, change_note(f, CHECKLIST_TPL_CHANGE_NOTE,
	                                    "Title, description or pass mark changed."), &c->version_id, &c->copied);
	sqlite3_stmt *st;
	if (rc != SQLITE_OK)
		return rc;
	if ((st = db_stmt(&tpl_table, ST_UPDATE_VERSION)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->version_id);
	sqlite3_bind_text(st, 2, f->values[CHECKLIST_TPL_TITLE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f->values[CHECKLIST_TPL_DESCRIPTION].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, f->values[CHECKLIST_TPL_PASS_MARK].number);
	sqlite3_bind_int64(st, 5, f->values[CHECKLIST_TPL_AMBER_BAND].number);
	sqlite3_bind_text(st, 6, f->values[CHECKLIST_TPL_CHANGE_NOTE].text, -1, SQLITE_STATIC);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "checklist.template_updated", "checklist_template", c->id,
	                    c->copied ? "new version" : "current version");
}

/* Runs a template edit and goes back to the template; 404 when gone. */
static int save_and_back(struct request *rq, struct response *rs, int (*write)(void *), struct tpl_ctx *c,
                         const char *done)
{
	int rc = db_write(write, c);
	if (rc == SQLITE_NOTFOUND)
		return no_template(rq, rs);
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/templates/%lld?done=%s", c->id,
	                                  c->copied ? "versioned" : done));
	return 0;
}

/* POST /checklists/templates/{id} */
int checklist_template_update_submit(struct request *rq, struct response *rs)
{
	struct tpl_ctx c = { rq, request_form(rq), rq->path_ids[0], 0, 0, 0 };
	return save_and_back(rq, rs, write_template_update, &c, "saved");
}

/* Returns a count from a statement with one id parameter, or -1. */
static long long count_of(size_t stmt, long long id)
{
	sqlite3_stmt *st = db_stmt(&tpl_table, stmt);
	long long n = -1;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	return db_count(st, &n) == 0 ? n : -1;
}

/* Adds a section at the end of the editable version. */
static int write_section(void *vctx)
{
	struct tpl_ctx *c = vctx;
	int rc = checklist_version_for_edit(c->rq, c->id, "Section added.", &c->version_id, &c->copied);
	if (rc != SQLITE_OK)
		return rc;
	long long n = count_of(ST_SECTION_COUNT, c->version_id);
	sqlite3_stmt *st = db_stmt(&tpl_table, ST_INSERT_SECTION);
	if (n < 0 || st == NULL)
		return SQLITE_ERROR;
	if (n >= CHECKLIST_MAX_SECTIONS)
		return SQLITE_FULL;
	sqlite3_bind_int64(st, 1, c->version_id);
	sqlite3_bind_int64(st, 2, n + 1);
	sqlite3_bind_text(st, 3, c->f->values[CHECKLIST_SEC_TITLE].text, -1, SQLITE_STATIC);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "checklist.section_added", "checklist_template", c->id, "");
}

/* POST /checklists/templates/{id}/sections */
int checklist_section_submit(struct request *rq, struct response *rs)
{
	struct tpl_ctx c = { rq, request_form(rq), rq->path_ids[0], 0, 0, 0 };
	return save_and_back(rq, rs, write_section, &c, "section");
}

/* Returns the number of lines in text that hold something. */
static int line_count(const char *text)
{
	int n = 0, filled = 0;
	for (const char *s = text; ; s++) {
		if (*s == '\n' || *s == '\0') {
			n += filled;
			filled = 0;
			if (*s == '\0')
				break;
		} else if (*s != ' ' && *s != '\r' && *s != '\t') {
			filled = 1;
		}
	}
	return n;
}

/* Returns 1 when every line of pass is one of the lines of choices. */
static int lines_within(struct arena *a, const char *pass, const char *choices)
{
	char *copy = arena_strdup(a, pass);
	for (char *save = NULL, *t = strtok_r(copy, "\n", &save); t; t = strtok_r(NULL, "\n", &save)) {
		while (*t == ' ' || *t == '\t')
			t++;
		size_t n = strlen(t);
		while (n && (t[n - 1] == ' ' || t[n - 1] == '\r' || t[n - 1] == '\t'))
			t[--n] = '\0';
		if (n && !checklist_line_listed(choices, t))
			return 0;
	}
	return 1;
}

/* See checklists.h: what each kind of item needs beyond its validators. */
void checklist_item_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	const struct field_value *v = f->values;
	enum checklist_kind k = checklist_kind_of(v[CHECKLIST_ITEM_KIND].text);
	if (v[CHECKLIST_ITEM_KIND].error)
		return;
	if (k == CHECKLIST_SCALE) {
		if (!v[CHECKLIST_ITEM_SCALE_MAX].present && !v[CHECKLIST_ITEM_SCALE_MAX].error)
			request_form_error(rq, CHECKLIST_ITEM_SCALE_MAX, "Enter the top of the scale (2 to 10).");
		else if (!v[CHECKLIST_ITEM_PASS_AT].present && !v[CHECKLIST_ITEM_PASS_AT].error)
			request_form_error(rq, CHECKLIST_ITEM_PASS_AT, "Enter the score that passes.");
		else if (!v[CHECKLIST_ITEM_SCALE_MAX].error && !v[CHECKLIST_ITEM_PASS_AT].error &&
		         v[CHECKLIST_ITEM_PASS_AT].number > v[CHECKLIST_ITEM_SCALE_MAX].number)
			request_form_error(rq, CHECKLIST_ITEM_PASS_AT, "Passing score cannot be above the top of the scale.");
	}
	if (k == CHECKLIST_NUMBER && !v[CHECKLIST_ITEM_MIN].error && !v[CHECKLIST_ITEM_MAX].error) {
		if (!v[CHECKLIST_ITEM_MIN].present && !v[CHECKLIST_ITEM_MAX].present)
			request_form_error(rq, CHECKLIST_ITEM_MIN, "Enter the lowest or the highest acceptable number, or both.");
		else if (v[CHECKLIST_ITEM_MIN].present && v[CHECKLIST_ITEM_MAX].present &&
		         v[CHECKLIST_ITEM_MIN].decimal > v[CHECKLIST_ITEM_MAX].decimal)
			request_form_error(rq, CHECKLIST_ITEM_MAX, "Highest acceptable must not be below the lowest.");
	}
	if (k == CHECKLIST_CHOICE && !v[CHECKLIST_ITEM_CHOICES].error && !v[CHECKLIST_ITEM_PASS_CHOICES].error) {
		if (line_count(v[CHECKLIST_ITEM_CHOICES].text) < 2)
			request_form_error(rq, CHECKLIST_ITEM_CHOICES, "Answers offered needs at least two answers, one a line.");
		else if (line_count(v[CHECKLIST_ITEM_PASS_CHOICES].text) < 1)
			request_form_error(rq, CHECKLIST_ITEM_PASS_CHOICES, "Answers that pass needs at least one of the answers offered.");
		else if (!lines_within(&rq->arena, v[CHECKLIST_ITEM_PASS_CHOICES].text, v[CHECKLIST_ITEM_CHOICES].text))
			request_form_error(rq, CHECKLIST_ITEM_PASS_CHOICES, "Answers that pass must each be one of the answers offered.");
	}
	if (v[CHECKLIST_ITEM_SOURCE].present && strcmp(v[CHECKLIST_ITEM_SOURCE].text, "none") != 0 &&
	    k != CHECKLIST_YESNO && !v[CHECKLIST_ITEM_SOURCE].error)
		request_form_error(rq, CHECKLIST_ITEM_SOURCE, "A figure from the records is confirmed with yes or no: choose that kind.");
}

/* Shows the item form: new (item 0) or editing an item. */
static int show_item_form(struct request *rq, struct response *rs, long long item_id)
{
	struct checklist_version v;
	struct page p;
	long long id = rq->path_ids[0];
	const struct checklist_item *it = NULL;
	int found = checklist_version_load(&rq->arena, id, 0, &v);
	if (found <= 0)
		return found < 0 ? -1 : no_template(rq, rs);
	for (size_t i = 0; item_id && i < v.item_count; i++)
		if (v.items[i].id == item_id)
			it = &v.items[i];
	if (item_id && it == NULL) {
		respond_error(rq, rs, 404, "There is no such item in the template's current version.");
		return 0;
	}
	if (v.section_count == 0) {
		respond_error(rq, rs, 409, "Add a section to the template before adding items.");
		return 0;
	}
	if (page_begin(&p, rq, rs, item_id ? "Edit item" : "New item", "checklists/item_form.tpl") != 0)
		return -1;
	const char *kind = "yesno", *source = "none";
	long long section = 1;
	const char *q = request_query(rq, "section");
	if (q)
		section = atoll(q);
	if (rq->form) {
		page_form(&p, rq->form);
		kind = rq->form->values[CHECKLIST_ITEM_KIND].text;
		source = rq->form->values[CHECKLIST_ITEM_SOURCE].text;
		section = rq->form->values[CHECKLIST_ITEM_SECTION].number;
	} else if (it) {
		struct arena *a = &rq->arena;
		tpl_set(p.content, "PROMPT_VALUE", it->prompt);
		tpl_set(p.content, "GUIDANCE_VALUE", it->guidance);
		tpl_set(p.content, "REFERENCE_VALUE", it->reference);
		tpl_set_int(p.content, "WEIGHT_VALUE", it->weight);
		tpl_show_if(p.content, "MANDATORY_CHECKED", it->mandatory);
		tpl_show_if(p.content, "NOTE_ON_FAIL_CHECKED", it->note_on_fail);
		tpl_set_int(p.content, "SCALE_MAX_VALUE", it->rule.scale_max);
		tpl_set_int(p.content, "PASS_AT_VALUE", it->rule.pass_at);
		if (it->rule.kind == CHECKLIST_NUMBER && it->rule.has_min)
			tpl_set(p.content, "MIN_VALUE_VALUE", arena_printf(a, "%g", it->rule.min_value));
		if (it->rule.kind == CHECKLIST_NUMBER && it->rule.has_max)
			tpl_set(p.content, "MAX_VALUE_VALUE", arena_printf(a, "%g", it->rule.max_value));
		if (it->rule.kind == CHECKLIST_DATE && it->rule.has_max)
			tpl_set(p.content, "MAX_AGE_VALUE", arena_printf(a, "%g", it->rule.max_value));
		tpl_set(p.content, "CHOICES_VALUE", it->rule.choices);
		tpl_set(p.content, "PASS_CHOICES_VALUE", it->rule.pass_choices);
		kind = checklist_kinds[it->rule.kind];
		source = it->source[0] ? it->source : "none";
		section = it->section + 1;
	} else {
		tpl_set(p.content, "WEIGHT_VALUE", "1");
		tpl_set(p.content, "SCALE_MAX_VALUE", "5");
		tpl_set(p.content, "PASS_AT_VALUE", "4");
	}
	for (size_t s = 0; s < v.section_count; s++) {
		tpl_dict *row = tpl_add_row(p.content, "SECTION_OPTION");
		tpl_set_int(row, "ID", (long long)s + 1);
		tpl_set(row, "NAME", v.sections[s].title);
		tpl_show_if(row, "SELECTED", (long long)s + 1 == section);
	}
	options_from_list(p.content, "KIND_OPTION", checklist_kinds, checklist_kind_labels, kind);
	options_from_list(p.content, "SOURCE_OPTION", source_values, source_labels, source);
	tpl_set(p.content, "TPL_TITLE", v.title);
	tpl_set_int(p.content, "VERSION", v.version);
	tpl_set(p.content, "BACK", arena_printf(&rq->arena, "/checklists/templates/%lld", id));
	tpl_set(p.content, "ACTION", item_id ? arena_printf(&rq->arena, "/checklists/templates/%lld/items/%lld", id, item_id)
	                                     : arena_printf(&rq->arena, "/checklists/templates/%lld/items", id));
	tpl_show(p.content, item_id ? "EDITING" : "CREATING");
	return page_finish(&p, rs);
}

/* GET /checklists/templates/{id}/items/new?section=N, and the form again. */
int checklist_item_new_page(struct request *rq, struct response *rs)
{
	return show_item_form(rq, rs, 0);
}

/* GET /checklists/templates/{id}/items/{id}/edit, and the form again. */
int checklist_item_edit_page(struct request *rq, struct response *rs)
{
	return show_item_form(rq, rs, rq->path_ids[1]);
}

/* The id of section number n (from 1) of a version; 0 when none. */
static long long section_at(long long version_id, long long n)
{
	sqlite3_stmt *st = db_stmt(&tpl_table, ST_SECTION_AT);
	long long id = 0;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, version_id);
	sqlite3_bind_int64(st, 2, n - 1);
	return db_count(st, &id) == 0 ? id : -1;
}

/* Binds the item form's values to an insert or update (?2 section,
 * ?4 position, ?5.. the rest). */
static void bind_item(sqlite3_stmt *st, const struct form *f, long long section_id, long long position)
{
	const struct field_value *v = f->values;
	enum checklist_kind k = checklist_kind_of(v[CHECKLIST_ITEM_KIND].text);
	sqlite3_bind_int64(st, 2, section_id);
	sqlite3_bind_int64(st, 4, position);
	sqlite3_bind_text(st, 5, v[CHECKLIST_ITEM_PROMPT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, v[CHECKLIST_ITEM_GUIDANCE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, v[CHECKLIST_ITEM_REFERENCE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, checklist_kinds[k], -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 9, v[CHECKLIST_ITEM_WEIGHT].number);
	sqlite3_bind_int64(st, 10, v[CHECKLIST_ITEM_MANDATORY].number);
	sqlite3_bind_int64(st, 11, v[CHECKLIST_ITEM_NOTE_ON_FAIL].number);
	sqlite3_bind_int64(st, 12, v[CHECKLIST_ITEM_SCALE_MAX].present ? v[CHECKLIST_ITEM_SCALE_MAX].number : 5);
	sqlite3_bind_int64(st, 13, v[CHECKLIST_ITEM_PASS_AT].present ? v[CHECKLIST_ITEM_PASS_AT].number : 4);
	if (k == CHECKLIST_NUMBER && v[CHECKLIST_ITEM_MIN].present)
		sqlite3_bind_double(st, 14, v[CHECKLIST_ITEM_MIN].decimal);
	if (k == CHECKLIST_NUMBER && v[CHECKLIST_ITEM_MAX].present)
		sqlite3_bind_double(st, 15, v[CHECKLIST_ITEM_MAX].decimal);
	if (k == CHECKLIST_DATE && v[CHECKLIST_ITEM_MAX_AGE].present)
		sqlite3_bind_double(st, 15, (double)v[CHECKLIST_ITEM_MAX_AGE].number);
	sqlite3_bind_text(st, 16, k == CHECKLIST_CHOICE ? v[CHECKLIST_ITEM_CHOICES].text : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 17, k == CHECKLIST_CHOICE ? v[CHECKLIST_ITEM_PASS_CHOICES].text : "", -1, SQLITE_STATIC);
	const char *source = v[CHECKLIST_ITEM_SOURCE].present ? v[CHECKLIST_ITEM_SOURCE].text : "none";
	sqlite3_bind_text(st, 18, strcmp(source, "none") == 0 ? "" : source, -1, SQLITE_STATIC);
}

/* Looks up the key of item c->item_id in the current version (before any
 * copy), and after the copy the id the item has in the editable one. */
static int item_key_of(struct tpl_ctx *c, char key[33])
{
	sqlite3_stmt *st = db_stmt(&tpl_table, ST_ITEM_KEY);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_int64(st, 2, c->item_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(key, 33, "%s", db_text(st, 0));
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? SQLITE_OK : rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc;
}

/* The id of the item with key in version_id (0 when none). */
static long long item_by_key(long long version_id, const char *key)
{
	sqlite3_stmt *st = db_stmt(&tpl_table, ST_ITEM_BY_KEY);
	long long id = 0;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, version_id);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
	return db_count(st, &id) == 0 ? id : -1;
}

/* Inserts (item_id 0) or updates an item of the editable version. */
static int write_item(void *vctx)
{
	struct tpl_ctx *c = vctx;
	char key[33] = "";
	int rc = SQLITE_OK;
	if (c->item_id && (rc = item_key_of(c, key)) != SQLITE_OK)
		return rc;
	rc = checklist_version_for_edit(c->rq, c->id, c->item_id ? "Item changed." : "Item added.",
	                                &c->version_id, &c->copied);
	if (rc != SQLITE_OK)
		return rc;
	long long section_id = section_at(c->version_id, c->f->values[CHECKLIST_ITEM_SECTION].number);
	if (section_id <= 0)
		return section_id < 0 ? SQLITE_ERROR : SQLITE_NOTFOUND;
	long long position = count_of(ST_NEXT_ITEM_POSITION, section_id);
	long long target = c->item_id ? item_by_key(c->version_id, key) : 0;
	sqlite3_stmt *st = db_stmt(&tpl_table, c->item_id ? ST_UPDATE_ITEM : ST_INSERT_ITEM);
	if (st == NULL || position < 0 || target < 0)
		return SQLITE_ERROR;
	if (c->item_id) {
		sqlite3_bind_int64(st, 1, target);
		sqlite3_bind_text(st, 3, key, -1, SQLITE_TRANSIENT);
	} else {
		random_hex(key, 8);
		sqlite3_bind_int64(st, 1, c->version_id);
		sqlite3_bind_text(st, 3, key, -1, SQLITE_TRANSIENT);
	}
	bind_item(st, c->f, section_id, position);
	if ((rc = c->item_id ? db_exec_changed(st) : db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, c->item_id ? "checklist.item_updated" : "checklist.item_added",
	                    "checklist_template", c->id, key);
}

/* POST /checklists/templates/{id}/items */
int checklist_item_create_submit(struct request *rq, struct response *rs)
{
	struct tpl_ctx c = { rq, request_form(rq), rq->path_ids[0], 0, 0, 0 };
	return save_and_back(rq, rs, write_item, &c, "item");
}

/* POST /checklists/templates/{id}/items/{id} */
int checklist_item_update_submit(struct request *rq, struct response *rs)
{
	struct tpl_ctx c = { rq, request_form(rq), rq->path_ids[0], 0, rq->path_ids[1], 0 };
	return save_and_back(rq, rs, write_item, &c, "item");
}

/* Removes an item from the editable version (a copy when it has runs). */
static int write_item_delete(void *vctx)
{
	struct tpl_ctx *c = vctx;
	char key[33];
	int rc = item_key_of(c, key);
	if (rc != SQLITE_OK)
		return rc;
	if ((rc = checklist_version_for_edit(c->rq, c->id, "Item removed.", &c->version_id, &c->copied)) != SQLITE_OK)
		return rc;
	long long target = item_by_key(c->version_id, key);
	sqlite3_stmt *st = db_stmt(&tpl_table, ST_DELETE_ITEM);
	if (st == NULL || target <= 0)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, target);
	if ((rc = db_exec_changed(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "checklist.item_removed", "checklist_template", c->id, key);
}

/* POST /checklists/templates/{id}/items/{id}/delete */
int checklist_item_delete_submit(struct request *rq, struct response *rs)
{
	struct tpl_ctx c = { rq, NULL, rq->path_ids[0], 0, rq->path_ids[1], 0 };
	int rc = db_write(write_item_delete, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no such item in the template's current version.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/templates/%lld?done=%s", c.id,
	                                  c.copied ? "versioned" : "deleted"));
	return 0;
}

/* Renames (c->f set) or removes (c->f NULL) section number c->item_id of
 * the editable version, its items with it. */
static int write_section_change(void *vctx)
{
	struct tpl_ctx *c = vctx;
	int rc = checklist_version_for_edit(c->rq, c->id, c->f ? "Section renamed." : "Section removed.",
	                                    &c->version_id, &c->copied);
	if (rc != SQLITE_OK)
		return rc;
	long long section_id = section_at(c->version_id, c->item_id);
	if (section_id <= 0)
		return section_id < 0 ? SQLITE_ERROR : SQLITE_NOTFOUND;
	sqlite3_stmt *st = db_stmt(&tpl_table, c->f ? ST_RENAME_SECTION : ST_DELETE_SECTION);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, section_id);
	if (c->f)
		sqlite3_bind_text(st, 2, c->f->values[CHECKLIST_SEC_TITLE].text, -1, SQLITE_STATIC);
	if ((rc = db_exec_changed(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, c->f ? "checklist.section_renamed" : "checklist.section_removed",
	                    "checklist_template", c->id, arena_printf(&c->rq->arena, "section %lld", c->item_id));
}

/* Runs a section change and goes back to the template; 404 when the
 * template or the section is not there. */
static int change_section(struct request *rq, struct response *rs, const struct form *f, const char *done)
{
	struct tpl_ctx c = { rq, f, rq->path_ids[0], 0, rq->path_ids[1], 0 };
	int rc = db_write(write_section_change, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no such section in the template's current version.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/templates/%lld?done=%s", c.id,
	                                  c.copied ? "versioned" : done));
	return 0;
}

/* POST /checklists/templates/{id}/sections/{n}: renames section n. */
int checklist_section_rename_submit(struct request *rq, struct response *rs)
{
	return change_section(rq, rs, request_form(rq), "renamed");
}

/* POST /checklists/templates/{id}/sections/{n}/delete: removes section n
 * and its items. */
int checklist_section_delete_submit(struct request *rq, struct response *rs)
{
	return change_section(rq, rs, NULL, "section-removed");
}
