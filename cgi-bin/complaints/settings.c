/*
 * settings.c: the organisation's complaint settings, for managers
 * (GET/POST /complaints/settings): the clock profile, the handling model
 * (set once: the records are the evidence of the model applied, so it
 * does not change under them), the number of complaints sharing a root
 * cause in 30 days that makes a systemic problem; and the categories'
 * pick-list (POST /complaints/categories, /complaints/categories/{id}).
 */
#include "record.h"
#include "core/audit.h"
#include "core/db.h"
#include "core/options.h"

#include <stdio.h>
#include <string.h>

enum settings_stmt { ST_SET, ST_CATEGORIES, ST_ADD_CATEGORY, ST_TOGGLE, ST_NAME_TAKEN, ST__COUNT };
static const char *const settings_sql[ST__COUNT] = {
	[ST_SET] = "INSERT INTO settings (key, value) VALUES (?1, ?2) "
	           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
	[ST_CATEGORIES] = "SELECT k.id, k.name, k.active, (SELECT count(*) FROM complaints c WHERE c.category_id = k.id), "
	                  "coalesce(k.ack_days, 0), coalesce(k.response_days, 0) "
	                  "FROM complaint_categories k ORDER BY k.name",
	[ST_ADD_CATEGORY] = "INSERT INTO complaint_categories (name) VALUES (?)",
	[ST_TOGGLE] = "UPDATE complaint_categories SET active = 1 - active WHERE id = ?",
	[ST_NAME_TAKEN] = "SELECT 1 FROM complaint_categories WHERE name = ? COLLATE NOCASE",
};
static sqlite3_stmt *settings_cache[ST__COUNT];
static struct sql_table settings_table = { settings_sql, ST__COUNT, settings_cache, NULL };

const struct field_spec complaint_settings_fields[COMPLAINT_SETTINGS__COUNT] = {
	[COMPLAINT_SETTINGS_PROFILE] = { "profile", "Clock profile", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, complaint_profile_keys },
	[COMPLAINT_SETTINGS_MODEL] = { "model", "Handling model", FIELD_CHOICE, 0, 0, 0, complaint_model_keys },
	[COMPLAINT_SETTINGS_SYSTEMIC] = { "systemic_n", "Complaints that make a systemic problem", FIELD_INT, FIELD_REQUIRED, 2, 50, NULL },
};
const struct field_spec complaint_category_fields[COMPLAINT_CATEGORY__COUNT] = {
	[COMPLAINT_CATEGORY_NAME] = { "name", "Category name", FIELD_TEXT, FIELD_REQUIRED, 1, 80, NULL },
};

static const char *const settings_notices[] = {
	"saved", "The settings have been saved.",
	"category", "The category list has been changed.",
	NULL, NULL
};

/* A category's clocks in the list: "Acknowledge 2, respond 10 working
 * days", a part the profile's, or "The profile's" (arena). */
static const char *clocks_text(struct arena *a, int ack, int response)
{
	if (ack == 0 && response == 0)
		return "The profile's";
	return arena_printf(a, "Acknowledge %s, respond %s", ack ? arena_printf(a, "in %d working days", ack) : "as the profile",
	                    response ? arena_printf(a, "in %d working days", response) : "as the profile");
}

/* Draws the settings page. */
static int show_settings(struct request *rq, struct response *rs)
{
	struct complaint_settings s;
	struct page p;
	int rc;
	if (complaint_settings_load(&rq->arena, &s) != 0 ||
	    page_begin(&p, rq, rs, "Complaint settings", "complaints/settings.tpl") != 0)
		return -1;
	tpl_dict *d = p.content;
	const struct form *f = request_form(rq);
	if (f)
		page_form(&p, f);
	const char *profile = f && f->specs == complaint_settings_fields ? f->values[COMPLAINT_SETTINGS_PROFILE].text : s.profile;
	options_from_list(d, "PROFILE_OPTION", complaint_profile_keys, complaint_profile_labels, profile);
	if (s.model[0]) {
		tpl_dict *m = tpl_add_row(d, "MODEL_SET");
		tpl_set(m, "MODEL", complaint_model_find(s.model)->label);
	} else {
		tpl_dict *m = tpl_add_row(d, "MODEL_CHOICE");
		options_from_list(m, "MODEL_OPTION", complaint_model_keys, complaint_model_labels, "heat");
	}
	if (!(f && f->specs == complaint_settings_fields))
		tpl_set_int(d, "SYSTEMIC_N_VALUE", s.systemic_n);
	sqlite3_stmt *st = db_stmt(&settings_table, ST_CATEGORIES);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "CATEGORY");
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "NAME", db_text(st, 1));
		tpl_show_if(row, sqlite3_column_int(st, 2) ? "ACTIVE" : "RETIRED", 1);
		tpl_set_int(row, "USED", sqlite3_column_int64(st, 3));
		tpl_set(row, "CLOCKS", clocks_text(&rq->arena, sqlite3_column_int(st, 4), sqlite3_column_int(st, 5)));
	}
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	page_notice(&p, rq, settings_notices);
	return page_finish(&p, rs);
}

/* GET /complaints/settings */
int complaint_settings_page(struct request *rq, struct response *rs)
{
	return show_settings(rq, rs);
}

/* What saving the settings writes. */
struct settings_ctx {
	struct request *rq;
	int set_model;
};

/* Writes one setting. */
static int set_value(const char *key, const char *value)
{
	sqlite3_stmt *st = db_stmt(&settings_table, ST_SET);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_TRANSIENT);
	return db_exec_stmt(st);
}

/* Stores the settings and audits them. */
static int write_settings(void *v)
{
	struct settings_ctx *x = v;
	const struct field_value *f = request_form(x->rq)->values;
	char n[12];
	snprintf(n, sizeof n, "%lld", f[COMPLAINT_SETTINGS_SYSTEMIC].number);
	int rc = set_value("complaint_profile", f[COMPLAINT_SETTINGS_PROFILE].text);
	if (rc == SQLITE_OK)
		rc = set_value("complaint_systemic_n", n);
	if (rc == SQLITE_OK && x->set_model)
		rc = set_value("complaint_model", f[COMPLAINT_SETTINGS_MODEL].text);
	return rc == SQLITE_OK ? audit_record(x->rq, "complaint.settings", "settings", 0, "") : rc;
}

/* POST /complaints/settings: the model is taken only while none is set;
 * a new profile applies to complaints recorded from now on. */
int complaint_settings_submit(struct request *rq, struct response *rs)
{
	struct complaint_settings s;
	const struct field_value *f = request_form(rq)->values;
	if (complaint_settings_load(&rq->arena, &s) != 0)
		return -1;
	if (s.model[0] && f[COMPLAINT_SETTINGS_MODEL].present && strcmp(s.model, f[COMPLAINT_SETTINGS_MODEL].text) != 0) {
		request_form_error(rq, COMPLAINT_SETTINGS_MODEL, "The handling model has been set already and cannot be changed.");
		return form_again(rq, rs, show_settings);
	}
	if (!s.model[0] && !f[COMPLAINT_SETTINGS_MODEL].present) {
		request_form_error(rq, COMPLAINT_SETTINGS_MODEL, "Choose the handling model your organisation uses.");
		return form_again(rq, rs, show_settings);
	}
	struct settings_ctx x = { rq, !s.model[0] };
	if (db_write(write_settings, &x) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/complaints/settings?done=saved");
	return 0;
}

/* Adds a category. */
static int write_category(void *rq)
{
	sqlite3_stmt *st = db_stmt(&settings_table, ST_ADD_CATEGORY);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, request_form(rq)->values[COMPLAINT_CATEGORY_NAME].text, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	return rc == SQLITE_OK ? audit_record(rq, "complaint.category.add", "complaint_category",
	                                      sqlite3_last_insert_rowid(db_get()), "") : rc;
}

/* POST /complaints/categories */
int complaint_category_submit(struct request *rq, struct response *rs)
{
	const char *name = request_form(rq)->values[COMPLAINT_CATEGORY_NAME].text;
	sqlite3_stmt *st = db_stmt(&settings_table, ST_NAME_TAKEN);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	int taken = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	if (taken) {
		request_form_error(rq, COMPLAINT_CATEGORY_NAME, "There is a category with that name already.");
		return form_again(rq, rs, show_settings);
	}
	if (db_write(write_category, rq) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/complaints/settings?done=category");
	return 0;
}

/* Retires or brings back a category. */
static int write_toggle(void *rq)
{
	sqlite3_stmt *st = db_stmt(&settings_table, ST_TOGGLE);
	if (st == NULL)
		return SQLITE_ERROR;
	long long id = ((struct request *)rq)->path_ids[0];
	sqlite3_bind_int64(st, 1, id);
	int rc = db_exec_changed(st);
	return rc == SQLITE_OK ? audit_record(rq, "complaint.category.toggle", "complaint_category", id, "") : rc;
}

/* POST /complaints/categories/{id}: retired categories stay on the
 * complaints that have them but are no longer offered. */
int complaint_category_toggle_submit(struct request *rq, struct response *rs)
{
	int rc = db_write(write_toggle, rq);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no category with that number.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/complaints/settings?done=category");
	return 0;
}
