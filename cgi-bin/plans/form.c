/*
 * form.c: what the plans*.c files share: the generic form renderer
 * (plans/fields.tpl), the "save anyway" warnings box, reading a row into
 * a form, binding a form to a statement, option lists and reference checks.
 */
#include "plans.h"
#include "logic.h"
#include "core/auth.h"

#include <stdio.h>
#include <string.h>

enum form_stmt {
	ST_USERS, ST_TEAMS, ST_GOALS, ST_USER_EXISTS, ST_TEAM_EXISTS, ST_GOAL_EXISTS,
	ST_PLAN_EXISTS, ST_RISKS_WITH_CONTINGENCY, ST_KPIS, ST_KPI_EXISTS, ST__COUNT
};
static const char *const form_sql[ST__COUNT] = {
	[ST_USERS] = "SELECT id, display_name FROM users WHERE disabled = 0 AND (roles & ?1) <> 0 "
	             "ORDER BY display_name COLLATE NOCASE",
	[ST_TEAMS] = "SELECT id, name FROM teams ORDER BY name",
	[ST_GOALS] = "SELECT id, title FROM plan_goals WHERE plan_id = ? ORDER BY id",
	[ST_USER_EXISTS] = "SELECT 1 FROM users WHERE id = ?1",
	[ST_TEAM_EXISTS] = "SELECT 1 FROM teams WHERE id = ?1",
	[ST_GOAL_EXISTS] = "SELECT 1 FROM plan_goals WHERE id = ?1 AND plan_id = ?2",
	[ST_PLAN_EXISTS] = "SELECT 1 FROM plans WHERE id = ?1",
	[ST_RISKS_WITH_CONTINGENCY] = "SELECT count(*) FROM plan_risks WHERE plan_id = ? AND contingency <> ''",
	[ST_KPIS] = "SELECT id, name FROM kpis WHERE archived = 0 ORDER BY name COLLATE NOCASE",
	[ST_KPI_EXISTS] = "SELECT 1 FROM kpis WHERE id = ?1 AND archived = 0",
};
static sqlite3_stmt *form_cache[ST__COUNT];
static struct sql_table form_table = { form_sql, ST__COUNT, form_cache, NULL };

/* Stored choices and what people call them. */
static const char *const choice_labels[] = {
	"draft", "Draft", "active", "Active", "closed", "Closed (reviewed)",
	"staff_hours", "Staff hours", "equipment", "Equipment", "budget", "Budget (£)",
	"meeting", "Meetings", "email", "Email updates", "report", "Written report",
	"briefing", "Team briefing", "intranet", "Intranet page", "other", "Other",
	"daily", "Daily", "weekly", "Weekly", "fortnightly", "Fortnightly",
	"monthly", "Monthly", "quarterly", "Quarterly", "milestones", "At each milestone",
	NULL, NULL
};

static const char *const likelihood_labels[] = { "", "Rare", "Unlikely", "Possible", "Likely", "Almost certain" };
static const char *const impact_labels[] = { "", "Negligible", "Minor", "Moderate", "Major", "Severe" };

/* See plans.h. */
const char *plans_choice_label(const char *value)
{
	for (const char *const *c = choice_labels; c[0]; c += 2)
		if (strcmp(c[0], value) == 0)
			return c[1];
	return value;
}

/* See plans.h. */
const char *plans_likelihood_label(long long n)
{
	return n >= 1 && n <= 5 ? likelihood_labels[n] : "";
}

/* See plans.h. */
const char *plans_impact_label(long long n)
{
	return n >= 1 && n <= 5 ? impact_labels[n] : "";
}

/* See plans.h. */
const char *plans_decimal_text(struct arena *a, sqlite3_stmt *st, int col)
{
	if (sqlite3_column_type(st, col) == SQLITE_NULL)
		return "";
	char *s = arena_printf(a, "%.4f", sqlite3_column_double(st, col));
	if (s == NULL)
		return "";
	size_t len = strlen(s);
	while (len > 0 && s[len - 1] == '0')
		s[--len] = '\0';
	if (len > 0 && s[len - 1] == '.')
		s[--len] = '\0';
	if (strcmp(s, "-0") == 0)
		return "0";
	return s;
}

/* Adds one <option> row. */
static void add_option(tpl_dict *row, const char *value, const char *label, const char *chosen)
{
	tpl_dict *o = tpl_add_row(row, "OPTION");
	if (o == NULL)
		return;
	tpl_set(o, "VALUE", value);
	tpl_set(o, "LABEL", label);
	tpl_show_if(o, "SELECTED", strcmp(value, chosen) == 0);
}

/* Adds the options of an id/name query (first column id, second name);
 * returns 0, or -1 when they could not be read. */
static int add_query_options(struct request *rq, tpl_dict *row, enum form_stmt which,
                             long long plan_id, const char *chosen)
{
	sqlite3_stmt *st = db_stmt(&form_table, which);
	int rc;
	if (st == NULL)
		return -1;
	if (which == ST_GOALS)
		sqlite3_bind_int64(st, 1, plan_id);
	else if (which == ST_USERS)
		auth_bind_roles(st, 1, ROLE_MANAGER | ROLE_STAFF);
	while (db_step_row(st, &rc))
		add_option(row, arena_printf(&rq->arena, "%lld", sqlite3_column_int64(st, 0)),
		           db_text(st, 1), chosen);
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Fills a select's options from its source, marking the chosen value;
 * returns 0, or -1 when options from the database could not be read. */
static int add_options(struct request *rq, tpl_dict *row, const struct field_spec *spec,
                        enum plan_option_source source, long long plan_id, const char *chosen)
{
	static const char *const none[] = {
		[PLAN_OPT_USERS] = "Nobody yet", [PLAN_OPT_TEAMS] = "Every team", [PLAN_OPT_GOALS] = "Not linked to a goal",
		[PLAN_OPT_KPIS] = "No KPI: I enter the current value",
	};
	switch (source) {
	case PLAN_OPT_CHOICES:
		for (const char *const *c = spec->choices; c && *c; c++)
			add_option(row, *c, plans_choice_label(*c), chosen);
		break;
	case PLAN_OPT_LIKELIHOOD:
	case PLAN_OPT_IMPACT:
		for (int i = 1; i <= 5; i++)
			add_option(row, arena_printf(&rq->arena, "%d", i),
			           arena_printf(&rq->arena, "%d: %s", i, source == PLAN_OPT_IMPACT ?
			                        plans_impact_label(i) : plans_likelihood_label(i)), chosen);
		break;
	case PLAN_OPT_USERS:
	case PLAN_OPT_TEAMS:
	case PLAN_OPT_GOALS:
	case PLAN_OPT_KPIS:
		add_option(row, "", none[source], chosen);
		return add_query_options(rq, row, source == PLAN_OPT_USERS ? ST_USERS : source == PLAN_OPT_TEAMS ? ST_TEAMS :
		                         source == PLAN_OPT_KPIS ? ST_KPIS : ST_GOALS, plan_id, chosen);
	case PLAN_OPT_NONE:
		break;
	}
	return 0;
}

/* Fills one FIELD row; returns 0, or -1 when its options could not be
 * read. */
static int add_field_row(struct request *rq, tpl_dict *fields, const struct field_spec *spec,
                          const struct field_ui *ui, const struct field_value *v, long long plan_id)
{
	tpl_dict *row = tpl_add_row(fields, "FIELD");
	if (row == NULL)
		return 0;
	const char *value = v ? v->text : "";
	tpl_set(row, "NAME", spec->name);
	tpl_set(row, "LABEL", spec->label);
	tpl_set(row, "VALUE", value);
	tpl_show_if(row, "OPTIONAL", !(spec->flags & FIELD_REQUIRED) && ui->options != PLAN_OPT_CHOICES);
	const char *described = "";
	if (ui->hint) {
		tpl_dict *h = tpl_add_row(row, "HINT");
		if (h)
			tpl_set(h, "TEXT", ui->hint);
		described = arena_printf(&rq->arena, "%s-hint", spec->name);
	}
	if (v && v->error) {
		tpl_show(row, "INVALID");
		tpl_set(row, "ERROR", v->error);
		described = arena_printf(&rq->arena, "%s%s%s-error", described, described[0] ? " " : "", spec->name);
	}
	if (described[0]) {
		tpl_dict *d = tpl_add_row(row, "DESCRIBED");
		if (d)
			tpl_set(d, "IDS", described);
	}
	if (ui->options != PLAN_OPT_NONE) {
		tpl_dict *sel = tpl_add_row(row, "IS_SELECT");
		if (sel)
			return add_options(rq, sel, spec, ui->options, plan_id, value);
	} else if (spec->type == FIELD_MULTILINE) {
		tpl_show(row, "IS_TEXTAREA");
	} else {
		tpl_dict *in = tpl_add_row(row, "IS_INPUT");
		if (in == NULL)
			return 0;
		tpl_set(in, "TYPE", spec->type == FIELD_DATE ? "date" : "text");
		if (spec->type == FIELD_DECIMAL || spec->type == FIELD_INT) {
			tpl_dict *m = tpl_add_row(in, "INPUTMODE");
			if (m)
				tpl_set(m, "MODE", spec->type == FIELD_INT ? "numeric" : "decimal");
		}
	}
	return 0;
}

/* See plans.h. */
int plans_form_fields(struct page *p, struct request *rq, const struct field_spec *specs,
                      const struct field_ui *ui, size_t n, const struct form *values,
                      long long plan_id)
{
	tpl_dict *fields = tpl_add_include(p->content, "FIELDS", "plans/fields.tpl");
	if (fields == NULL)
		return -1;
	if (values && values->error_count > 0)
		page_form(p, values);   /* the error summary */
	for (size_t i = 0; i < n; i++) {
		if (specs[i].type == FIELD_CHECKBOX)
			continue;           /* the "save anyway" box lives in the warnings */
		if (add_field_row(rq, fields, &specs[i], &ui[i], values ? &values->values[i] : NULL,
		                  plan_id) != 0)
			return -1;
	}
	return 0;
}

/* See plans.h. */
void plans_show_warnings(struct page *p, unsigned warnings)
{
	if (warnings == 0)
		return;
	tpl_dict *box = tpl_add_row(p->content, "WARNINGS");
	if (box == NULL)
		return;
	for (unsigned bit = 1; bit <= PLAN_WARN_NO_CONTINGENCY; bit <<= 1) {
		if (!(warnings & bit))
			continue;
		tpl_dict *w = tpl_add_row(box, "WARNING");
		if (w)
			tpl_set(w, "MESSAGE", warning_message(bit));
	}
}

/* See plans.h. */
struct form *plans_form_from_row(struct arena *a, sqlite3_stmt *st,
                                 const struct field_spec *specs, size_t n)
{
	struct form *f = arena_zalloc(a, sizeof *f);
	if (f == NULL || (f->values = arena_zalloc(a, (n ? n : 1) * sizeof *f->values)) == NULL)
		return NULL;
	f->specs = specs;
	f->count = n;
	for (size_t i = 0; i < n; i++) {
		struct field_value *v = &f->values[i];
		int type = sqlite3_column_type(st, (int)i);
		if (type == SQLITE_FLOAT)
			v->text = plans_decimal_text(a, st, (int)i);
		else if (type == SQLITE_NULL)
			v->text = "";
		else
			v->text = arena_strdup(a, db_text(st, (int)i));
		if (v->text == NULL)
			v->text = "";
		v->present = v->text[0] != '\0';
		v->number = sqlite3_column_int64(st, (int)i);
		v->decimal = sqlite3_column_double(st, (int)i);
	}
	return f;
}

/* See plans.h. */
void plans_bind_fields(sqlite3_stmt *st, const struct form *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct field_value *v = &f->values[i];
		int at = (int)i + 1;
		switch (f->specs[i].type) {
		case FIELD_INT:
			if (v->present && v->number != 0)
				sqlite3_bind_int64(st, at, v->number);
			else
				sqlite3_bind_null(st, at);
			break;
		case FIELD_DECIMAL:
			if (v->present)
				sqlite3_bind_double(st, at, v->decimal);
			else
				sqlite3_bind_null(st, at);
			break;
		case FIELD_DATE:
			if (v->present)
				sqlite3_bind_text(st, at, v->text, -1, SQLITE_STATIC);
			else
				sqlite3_bind_null(st, at);
			break;
		case FIELD_CHECKBOX:
			sqlite3_bind_int64(st, at, v->number);
			break;
		default:
			sqlite3_bind_text(st, at, v->text ? v->text : "", -1, SQLITE_STATIC);
			break;
		}
	}
}

/* See plans.h. */
void plans_bind_int(sqlite3_stmt *st, int i, long long v)
{
	if (i <= sqlite3_bind_parameter_count(st))
		sqlite3_bind_int64(st, i, v);
}

/* See plans.h. */
void plans_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (i <= sqlite3_bind_parameter_count(st))
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* Returns 1 when a statement with one or two ids finds a row. */
static int row_exists(enum form_stmt which, long long a, long long b)
{
	sqlite3_stmt *st = db_stmt(&form_table, which);
	if (st == NULL)
		return 0;
	plans_bind_int(st, 1, a);
	plans_bind_int(st, 2, b);
	int found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* See plans.h. */
void plans_check_references(struct request *rq, const struct field_ui *ui, size_t n,
                            long long plan_id)
{
	const struct form *f = request_form(rq);
	for (size_t i = 0; i < n; i++) {
		const struct field_value *v = &f->values[i];
		if (v->error || !v->present || v->number == 0)
			continue;
		if (ui[i].options == PLAN_OPT_USERS && !row_exists(ST_USER_EXISTS, v->number, 0))
			request_form_error(rq, i, "Choose one of the people listed.");
		else if (ui[i].options == PLAN_OPT_TEAMS && !row_exists(ST_TEAM_EXISTS, v->number, 0))
			request_form_error(rq, i, "Choose one of the teams listed.");
		else if (ui[i].options == PLAN_OPT_GOALS && !row_exists(ST_GOAL_EXISTS, v->number, plan_id))
			request_form_error(rq, i, "Choose one of this plan's business goals.");
		else if (ui[i].options == PLAN_OPT_KPIS && !row_exists(ST_KPI_EXISTS, v->number, 0))
			request_form_error(rq, i, "Choose one of the KPIs listed.");
	}
}

/* See plans.h. */
void plans_check_order(struct request *rq, size_t earlier, size_t later, const char *message)
{
	const struct form *f = request_form(rq);
	const struct field_value *a = &f->values[earlier], *b = &f->values[later];
	if (a->present && b->present && !a->error && !b->error && strcmp(b->text, a->text) < 0)
		request_form_error(rq, later, message);
}

/* See plans.h. */
int plans_exists(long long plan_id)
{
	return row_exists(ST_PLAN_EXISTS, plan_id, 0);
}

/* See plans.h. */
long long plans_risks_with_contingency(long long plan_id)
{
	sqlite3_stmt *st = db_stmt(&form_table, ST_RISKS_WITH_CONTINGENCY);
	long long n = 0;
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, plan_id);
	return db_count(st, &n) == 0 ? n : 0;
}
