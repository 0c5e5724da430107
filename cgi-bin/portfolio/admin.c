/*
 * admin.c: the administrators' assessment page: enrol a learner (a staff
 * member or manager) on units with an assessor, an IQA and dates; set an
 * assessor's IQA sampling rate; give an external quality assurer
 * time-limited read-only access.
 *
 * Pages: GET /portfolio/admin, POST /portfolio/admin/learners,
 * POST /portfolio/admin/rates, POST /portfolio/admin/eqa.
 */
#include "internal.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/db.h"

#include <stdlib.h>
#include <string.h>

enum admin_stmt {
	ST_LEARNERS,
	ST_UNITS,
	ST_UPSERT_LEARNER,
	ST_CLEAR_UNITS,
	ST_ENROL,
	ST_HAS_ROLE,
	ST_RATE,
	ST_EQA,
	ST_GRANTS,
	ST__COUNT
};
static const char *const admin_sql[ST__COUNT] = {
	[ST_LEARNERS] = "SELECT u.display_name, coalesce(a.display_name, ''), coalesce(i.display_name, ''), l.started_on, l.planned_end, "
	                "(SELECT group_concat(n.code, ', ') FROM pf_enrolments e JOIN pf_units n ON n.id = e.unit_id WHERE e.learner_id = l.learner_id) "
	                "FROM pf_learners l JOIN users u ON u.id = l.learner_id LEFT JOIN users a ON a.id = l.assessor_id "
	                "LEFT JOIN users i ON i.id = l.iqa_id ORDER BY u.display_name LIMIT 500",
	[ST_UNITS] = "SELECT n.id, n.code, n.title, q.title FROM pf_units n JOIN pf_qualifications q ON q.id = n.qualification_id "
	             "ORDER BY q.id, n.position LIMIT 200",
	[ST_UPSERT_LEARNER] = "INSERT INTO pf_learners (learner_id, assessor_id, iqa_id, started_on, planned_end, created_at, updated_at) "
	                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT (learner_id) DO UPDATE SET assessor_id = excluded.assessor_id, "
	                      "iqa_id = excluded.iqa_id, started_on = excluded.started_on, planned_end = excluded.planned_end, "
	                      "updated_at = excluded.updated_at",
	[ST_CLEAR_UNITS] = "DELETE FROM pf_enrolments WHERE learner_id = ? AND unit_id NOT IN "
	                   "(SELECT unit_id FROM pf_submissions WHERE learner_id = ?1)",
	[ST_ENROL] = "INSERT OR IGNORE INTO pf_enrolments (learner_id, unit_id, enrolled_at) VALUES (?1, ?2, ?3)",
	[ST_HAS_ROLE] = "SELECT 1 FROM users WHERE id = ?1 AND disabled = 0 AND (roles & ?2) <> 0",
	[ST_RATE] = "INSERT INTO pf_sampling_rates (assessor_id, rate_percent, set_by, set_at) VALUES (?1, ?2, ?3, ?4) "
	            "ON CONFLICT (assessor_id) DO UPDATE SET rate_percent = excluded.rate_percent, set_by = excluded.set_by, set_at = excluded.set_at",
	[ST_EQA] = "INSERT INTO pf_eqa_grants (user_id, granted_by, granted_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
	[ST_GRANTS] = "SELECT u.display_name, g.expires_at, g.expires_at > ?1 FROM pf_eqa_grants g JOIN users u ON u.id = g.user_id "
	              "ORDER BY g.expires_at DESC LIMIT 50",
};
static sqlite3_stmt *admin_cache[ST__COUNT];
static struct sql_table admin_table = { admin_sql, ST__COUNT, admin_cache, NULL };

const struct field_spec portfolio_enrol_fields[PORTFOLIO_ENROL__COUNT] = {
	[PORTFOLIO_ENROL_LEARNER] = { "learner", "Learner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[PORTFOLIO_ENROL_ASSESSOR] = { "assessor", "Assessor", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[PORTFOLIO_ENROL_IQA] = { "iqa", "Internal quality assurer", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[PORTFOLIO_ENROL_STARTED] = { "started_on", "Start date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[PORTFOLIO_ENROL_END] = { "planned_end", "Planned end date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};
const struct field_spec portfolio_rate_fields[PORTFOLIO_RATE__COUNT] = {
	[PORTFOLIO_RATE_ASSESSOR] = { "rate_assessor", "Assessor", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[PORTFOLIO_RATE_PERCENT] = { "rate", "Sampling rate (%)", FIELD_INT, FIELD_REQUIRED, 0, 100, NULL },
};
const struct field_spec portfolio_eqa_fields[PORTFOLIO_EQA__COUNT] = {
	[PORTFOLIO_EQA_USER] = { "eqa_user", "External quality assurer", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[PORTFOLIO_EQA_EXPIRES] = { "expires_on", "Access ends on", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

static const char *const admin_notices[] = {
	"enrolled", "The learner's enrolment has been saved.",
	"rate", "The sampling rate has been saved.",
	"eqa", "The external quality assurer has read-only access until the date given.",
	NULL, NULL
};

#define ADMIN_MAX_UNITS 200

/* A unit offered on the enrolment form, and its checkbox. */
struct unit_choice {
	long long id;
	const char *code, *title, *field;   /* field: "unit_<id>" */
	int ticked;
};

/* The units as checkboxes, ticked from the request body (through a
 * validator table built for them: one checkbox each); sets *count.
 * NULL on error. */
static struct unit_choice *unit_choices(struct request *rq, size_t *count)
{
	sqlite3_stmt *st = db_stmt(&admin_table, ST_UNITS);
	struct unit_choice *u = arena_zalloc(&rq->arena, ADMIN_MAX_UNITS * sizeof *u);
	struct field_spec *specs = arena_zalloc(&rq->arena, ADMIN_MAX_UNITS * sizeof *specs);
	struct form ticks;
	int rc = SQLITE_DONE;
	*count = 0;
	if (st == NULL || u == NULL || specs == NULL)
		return NULL;
	while (*count < ADMIN_MAX_UNITS && db_step_row(st, &rc)) {
		struct unit_choice *c = &u[*count];
		c->id = sqlite3_column_int64(st, 0);
		c->code = arena_strdup(&rq->arena, db_text(st, 1));
		c->title = arena_strdup(&rq->arena, db_text(st, 2));
		c->field = arena_printf(&rq->arena, "unit_%lld", c->id);
		specs[*count] = (struct field_spec){ c->field, c->code, FIELD_CHECKBOX, 0, 0, 0, NULL };
		(*count)++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || form_validate(&rq->arena, specs, *count, &rq->body, &ticks) < 0)
		return NULL;
	for (size_t i = 0; i < *count; i++)
		u[i].ticked = (int)ticks.values[i].number;
	return u;
}

/* Adds the unit checkboxes (UNIT_OPTION: ID, CODE, TITLE, FIELD, CHECKED). */
static int add_unit_options(struct request *rq, struct page *p)
{
	size_t n;
	struct unit_choice *u = unit_choices(rq, &n);
	if (u == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		tpl_dict *row = tpl_add_row(p->content, "UNIT_OPTION");
		tpl_set_int(row, "ID", u[i].id);
		tpl_set(row, "CODE", u[i].code);
		tpl_set(row, "TITLE", u[i].title);
		tpl_set(row, "FIELD", u[i].field);
		tpl_show_if(row, "CHECKED", u[i].ticked);
	}
	return 0;
}

/* GET /portfolio/admin (and the forms again when refused). */
int portfolio_admin_page(struct request *rq, struct response *rs)
{
	struct page p;
	char now[21];
	int rc, n = 0;
	if (page_begin(&p, rq, rs, "Assessment: learners, assessors and quality assurance", "portfolio/admin.tpl") != 0)
		return -1;
	page_notice(&p, rq, admin_notices);
	if (request_form(rq))
		page_form(&p, request_form(rq));
	sqlite3_stmt *st = db_stmt(&admin_table, ST_LEARNERS);
	if (st == NULL)
		goto failed;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "LEARNER");
		n++;
		for (int i = 0; i < 6; i++)
			tpl_set(row, (const char *[]){ "NAME", "ASSESSOR", "IQA", "STARTED", "PLANNED_END", "UNITS" }[i], db_text(st, i));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		goto failed;
	tpl_show_if(p.content, n ? "HAS_LEARNERS" : "NO_LEARNERS", 1);
	if ((st = db_stmt(&admin_table, ST_GRANTS)) == NULL)
		goto failed;
	sqlite3_bind_text(st, 1, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "GRANT");
		tpl_set(row, "NAME", db_text(st, 0));
		tpl_set(row, "EXPIRES", display_time(&rq->arena, db_text(st, 1)));
		tpl_show_if(row, sqlite3_column_int(st, 2) ? "ACTIVE" : "EXPIRED", 1);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || add_unit_options(rq, &p) != 0 ||
	    portfolio_people_options(p.content, "LEARNER_OPTION", 0, 0, ROLE_MANAGER | ROLE_STAFF) != 0 ||
	    portfolio_people_options(p.content, "ASSESSOR_OPTION", 0, 0, ROLE_ASSESSOR) != 0 ||
	    portfolio_people_options(p.content, "IQA_OPTION", 0, 0, ROLE_IQA) != 0 ||
	    portfolio_people_options(p.content, "EQA_OPTION", 0, 0, ROLE_ASSESSOR | ROLE_IQA) != 0)
		goto failed;
	return page_finish(&p, rs);
failed:
	page_abandon(&p);
	return -1;
}

/* 1 when user id is an enabled account holding one of roles; -1 on error. */
static int holds_role(long long id, unsigned roles)
{
	return db_id_exists(auth_bind_roles(db_stmt(&admin_table, ST_HAS_ROLE), 2, roles), id);
}

/* What an enrolment writes. */
struct enrol_ctx {
	struct request *rq;
	const struct form *f;
};

/* Saves the learner's arrangements and units (units already submitted stay). */
static int write_enrolment(void *vctx)
{
	struct enrol_ctx *c = vctx;
	const struct form *f = c->f;
	char now[21];
	long long learner = f->values[PORTFOLIO_ENROL_LEARNER].number;
	sqlite3_stmt *st = db_stmt(&admin_table, ST_UPSERT_LEARNER);
	iso_utc(now_utc(), now);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, learner);
	sqlite3_bind_int64(st, 2, f->values[PORTFOLIO_ENROL_ASSESSOR].number);
	sqlite3_bind_int64(st, 3, f->values[PORTFOLIO_ENROL_IQA].number);
	sqlite3_bind_text(st, 4, f->values[PORTFOLIO_ENROL_STARTED].text, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, f->values[PORTFOLIO_ENROL_END].text, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK || (st = db_stmt(&admin_table, ST_CLEAR_UNITS)) == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, learner);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	size_t n;
	struct unit_choice *u = unit_choices(c->rq, &n);
	if (u == NULL)
		return SQLITE_ERROR;
	for (size_t i = 0; i < n; i++) {
		if (!u[i].ticked)
			continue;
		if ((st = db_stmt(&admin_table, ST_ENROL)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, learner);
		sqlite3_bind_int64(st, 2, u[i].id);
		sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
		if ((rc = db_exec_stmt(st)) != SQLITE_OK)
			return rc;
	}
	return audit_record(c->rq, "portfolio.enrolled", "user", learner, "");
}

/* POST /portfolio/admin/learners: enrols a learner on the ticked units. */
int portfolio_enrol_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	int a = holds_role(f->values[PORTFOLIO_ENROL_LEARNER].number, ROLE_MANAGER | ROLE_STAFF);
	int b = holds_role(f->values[PORTFOLIO_ENROL_ASSESSOR].number, ROLE_ASSESSOR);
	int c = holds_role(f->values[PORTFOLIO_ENROL_IQA].number, ROLE_IQA);
	size_t n;
	int ticked = 0;
	struct unit_choice *units = unit_choices(rq, &n);
	if (a < 0 || b < 0 || c < 0 || units == NULL)
		return -1;
	for (size_t i = 0; i < n; i++)
		ticked += units[i].ticked;
	if (!a)
		request_form_error(rq, PORTFOLIO_ENROL_LEARNER, "Learner must be a member of staff or a manager.");
	if (!b)
		request_form_error(rq, PORTFOLIO_ENROL_ASSESSOR, "Assessor must hold the assessor role.");
	if (!c)
		request_form_error(rq, PORTFOLIO_ENROL_IQA, "Internal quality assurer must hold the IQA role.");
	if (a && b && f->values[PORTFOLIO_ENROL_LEARNER].number == f->values[PORTFOLIO_ENROL_ASSESSOR].number)
		request_form_error(rq, PORTFOLIO_ENROL_ASSESSOR, "A learner cannot be their own assessor.");
	if (!f->values[PORTFOLIO_ENROL_END].error && !f->values[PORTFOLIO_ENROL_STARTED].error &&
	    strcmp(f->values[PORTFOLIO_ENROL_END].text, f->values[PORTFOLIO_ENROL_STARTED].text) <= 0)
		request_form_error(rq, PORTFOLIO_ENROL_END, "Planned end date must be after the start date.");
	if (!ticked)
		request_form_error(rq, PORTFOLIO_ENROL_STARTED, "Tick at least one unit.");
	if (request_form_refused(rq))
		return form_again(rq, rs, portfolio_admin_page);
	struct enrol_ctx ctx = { rq, f };
	if (db_write(write_enrolment, &ctx) != SQLITE_OK) {
		rs->not_saved = "The enrolment was not saved.";
		rs->status = 503;
		return portfolio_admin_page(rq, rs);
	}
	respond_redirect(rs, "/portfolio/admin?done=enrolled");
	return 0;
}

/* What a rate or a grant writes. */
struct grant_ctx {
	struct request *rq;
	long long user_id, value;
	const char *date;
};

/* Stores an assessor's sampling rate and audits. */
static int write_rate(void *vctx)
{
	struct grant_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&admin_table, ST_RATE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->user_id);
	sqlite3_bind_int64(st, 2, c->value);
	sqlite3_bind_int64(st, 3, c->rq->session->user_id);
	sqlite3_bind_text(st, 4, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "portfolio.sampling_rate", "user", c->user_id, "");
}

/* POST /portfolio/admin/rates: an assessor's IQA sampling rate. */
int portfolio_rate_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	int ok = holds_role(f->values[PORTFOLIO_RATE_ASSESSOR].number, ROLE_ASSESSOR);
	if (ok < 0)
		return -1;
	if (!ok)
		request_form_error(rq, PORTFOLIO_RATE_ASSESSOR, "Assessor must hold the assessor role.");
	if (request_form_refused(rq))
		return form_again(rq, rs, portfolio_admin_page);
	struct grant_ctx c = { rq, f->values[PORTFOLIO_RATE_ASSESSOR].number, f->values[PORTFOLIO_RATE_PERCENT].number, NULL };
	if (db_write(write_rate, &c) != SQLITE_OK) {
		rs->not_saved = "The rate was not saved.";
		rs->status = 503;
		return portfolio_admin_page(rq, rs);
	}
	respond_redirect(rs, "/portfolio/admin?done=rate");
	return 0;
}

/* Stores an EQA grant ending at the end of the day given, and audits. */
static int write_grant(void *vctx)
{
	struct grant_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&admin_table, ST_EQA);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->user_id);
	sqlite3_bind_int64(st, 2, c->rq->session->user_id);
	sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, arena_printf(&c->rq->arena, "%sT23:59:59Z", c->date), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "portfolio.eqa_granted", "user", c->user_id, c->date);
}

/* POST /portfolio/admin/eqa: time-limited read-only access for an EQA
 * (an account with the assessor or IQA role and no learners of its own). */
int portfolio_eqa_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	char today[11];
	int ok = holds_role(f->values[PORTFOLIO_EQA_USER].number, ROLE_ASSESSOR | ROLE_IQA);
	if (ok < 0)
		return -1;
	if (!ok)
		request_form_error(rq, PORTFOLIO_EQA_USER, "External quality assurer must be an assessor or IQA account.");
	if (!f->values[PORTFOLIO_EQA_EXPIRES].error && strcmp(f->values[PORTFOLIO_EQA_EXPIRES].text, today_london(today)) < 0)
		request_form_error(rq, PORTFOLIO_EQA_EXPIRES, "Access ends on must be today or later.");
	if (request_form_refused(rq))
		return form_again(rq, rs, portfolio_admin_page);
	struct grant_ctx c = { rq, f->values[PORTFOLIO_EQA_USER].number, 0, f->values[PORTFOLIO_EQA_EXPIRES].text };
	if (db_write(write_grant, &c) != SQLITE_OK) {
		rs->not_saved = "The access was not granted.";
		rs->status = 503;
		return portfolio_admin_page(rq, rs);
	}
	respond_redirect(rs, "/portfolio/admin?done=eqa");
	return 0;
}
