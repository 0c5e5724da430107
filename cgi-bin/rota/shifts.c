/*
 * shifts.c: managers create, edit and delete shifts (refused when
 * they overlap the person's other shifts, double-book equipment or fall
 * on leave; working-time breaches must be acknowledged with a reason),
 * publish weeks, review and acknowledge breaches, and record what the
 * working-time rules need to know about a person.
 *
 * Pages: GET /rota/shifts/new, POST /rota/shifts, GET/POST
 * /rota/shifts/{id}, POST /rota/shifts/{id}/delete, POST /rota/publish,
 * GET /rota/breaches, POST /rota/breaches/{id}/ack, GET/POST
 * /rota/people/{id}.
 */
#include "rota_core.h"
#include "core/options.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"

#include <stdio.h>
#include <string.h>

enum shifts_stmt {
	ST_STAFF,
	ST_STAFF_EXISTS,
	ST_EQUIPMENT,
	ST_EQUIPMENT_EXISTS,
	ST_PUBLISH,
	ST_OPEN_BREACHES_IN_WEEK,
	ST_BREACHES,
	ST_BREACH,
	ST_ACKS,
	ST_PERSON,
	ST_SAVE_PERSON,
	ST__COUNT
};
static const char *const shifts_sql[ST__COUNT] = {
	[ST_STAFF] = "SELECT id, display_name FROM users WHERE disabled = 0 AND (roles & ?1) <> 0 "
	             "ORDER BY display_name COLLATE NOCASE",
	[ST_STAFF_EXISTS] = "SELECT 1 FROM users WHERE id = ?1 AND disabled = 0 AND (roles & ?2) <> 0",
	[ST_EQUIPMENT] = "SELECT id, name FROM rota_equipment ORDER BY kind, name",
	[ST_EQUIPMENT_EXISTS] = "SELECT 1 FROM rota_equipment WHERE id = ?",
	[ST_PUBLISH] = "INSERT INTO rota_weeks (week, published_at, published_by) VALUES (?1, ?2, ?3) "
	               "ON CONFLICT(week) DO NOTHING",
	[ST_OPEN_BREACHES_IN_WEEK] = "SELECT count(*) FROM rota_breaches b WHERE b.local_date BETWEEN ?1 AND ?2 "
	                             "AND NOT EXISTS (SELECT 1 FROM rota_breach_acks a WHERE a.user_id = b.user_id "
	                             "AND a.rule = b.rule AND a.period_start = b.period_start)",
	[ST_BREACHES] = "SELECT b.id, b.user_id, u.display_name, b.rule, b.local_date, b.detail, "
	                "(SELECT a.reason || ' (' || coalesce(m.display_name, 'someone') || ')' FROM rota_breach_acks a "
	                " LEFT JOIN users m ON m.id = a.acknowledged_by WHERE a.user_id = b.user_id AND a.rule = b.rule "
	                " AND a.period_start = b.period_start ORDER BY a.id DESC LIMIT 1) "
	                "FROM rota_breaches b JOIN users u ON u.id = b.user_id "
	                "WHERE b.local_date BETWEEN ?1 AND ?2 ORDER BY b.local_date, u.display_name",
	[ST_BREACH] = "SELECT user_id, rule, period_start, detail, local_date FROM rota_breaches WHERE id = ?",
	[ST_ACKS] = "SELECT a.at, u.display_name, a.rule, a.detail, a.reason, coalesce(m.display_name, '') "
	            "FROM rota_breach_acks a JOIN users u ON u.id = a.user_id "
	            "LEFT JOIN users m ON m.id = a.acknowledged_by ORDER BY a.id DESC LIMIT 50",
	[ST_PERSON] = "SELECT u.display_name, coalesce(p.date_of_birth, ''), coalesce(p.opt_out_date, ''), "
	              "coalesce(m.display_name, ''), coalesce(p.skills, 'phones,email,floor') "
	              "FROM users u LEFT JOIN rota_people p ON p.user_id = u.id "
	              "LEFT JOIN users m ON m.id = p.opt_out_by WHERE u.id = ?",
	[ST_SAVE_PERSON] = "INSERT INTO rota_people (user_id, date_of_birth, opt_out_date, opt_out_by, skills) "
	                   "VALUES (?1, nullif(?2, ''), nullif(?3, ''), CASE WHEN ?3 = '' THEN NULL ELSE ?4 END, ?5) "
	                   "ON CONFLICT(user_id) DO UPDATE SET date_of_birth = excluded.date_of_birth, "
	                   "opt_out_date = excluded.opt_out_date, "
	                   "opt_out_by = CASE WHEN excluded.opt_out_date IS NULL THEN NULL "
	                   "WHEN rota_people.opt_out_date IS excluded.opt_out_date THEN rota_people.opt_out_by "
	                   "ELSE excluded.opt_out_by END, skills = excluded.skills",
};
static sqlite3_stmt *shifts_cache[ST__COUNT];
static struct sql_table shifts_table = { shifts_sql, ST__COUNT, shifts_cache, NULL };

const struct field_spec rota_shift_fields[ROTA_SHIFT__COUNT] = {
	[ROTA_SHIFT_USER] = { "user", "Person", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[ROTA_SHIFT_DATE] = { "date", "Date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_SHIFT_START] = { "start", "Start", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_SHIFT_END] = { "end", "End", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_SHIFT_BREAK] = { "break_minutes", "Unpaid break (minutes)", FIELD_INT, 0, 0, 240, NULL },
	[ROTA_SHIFT_ROLE] = { "role", "Role", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, rota_roles },
	[ROTA_SHIFT_LOCATION] = { "location", "Location", FIELD_TEXT, 0, 0, 60, NULL },
	[ROTA_SHIFT_EQUIPMENT] = { "equipment", "Equipment", FIELD_INT, 0, 0, 1000000000, NULL },
	[ROTA_SHIFT_ACK_REASON] = { "ack_reason", "Reason for going ahead", FIELD_TEXT, 0, 0, 500, NULL },
};

const struct field_spec rota_week_fields[ROTA_WEEKF__COUNT] = {
	[ROTA_WEEKF_WEEK] = { "week", "Week", FIELD_TEXT, FIELD_REQUIRED, 8, 8, NULL },
};

const struct field_spec rota_reason_fields[ROTA_REASON__COUNT] = {
	[ROTA_REASON_TEXT] = { "reason", "Reason", FIELD_TEXT, FIELD_REQUIRED, 1, 300, NULL },
};

const struct field_spec rota_person_fields[ROTA_PERSON__COUNT] = {
	[ROTA_PERSON_DOB] = { "date_of_birth", "Date of birth", FIELD_DATE, 0, 0, 0, NULL },
	[ROTA_PERSON_OPT_OUT] = { "opt_out", "Opted out of the 48-hour average", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PERSON_OPT_OUT_DATE] = { "opt_out_date", "Date the opt-out was signed", FIELD_DATE, 0, 0, 0, NULL },
	[ROTA_PERSON_SKILL_PHONES] = { "skill_phones", "Phones", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PERSON_SKILL_EMAIL] = { "skill_email", "Email and chat", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PERSON_SKILL_FLOOR] = { "skill_floor", "Floor", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[ROTA_PERSON_SKILL_TEAM_LEADER] = { "skill_team_leader", "Team leader", FIELD_CHECKBOX, 0, 0, 0, NULL },
};

static const char *const shift_notices[] = {
	"created", "The shift has been added.",
	"saved", "The shift has been saved.",
	NULL, NULL
};

/* Returns 1 when a statement taking one id finds a row. */
static int row_exists(enum shifts_stmt which, long long id)
{
	return db_id_exists(db_stmt(&shifts_table, which), id) == 1;
}

/* Returns 1 when the account exists, is enabled and has the staff role. */
static int is_active_staff(long long id)
{
	return db_id_exists(auth_bind_roles(db_stmt(&shifts_table, ST_STAFF_EXISTS), 2, ROLE_STAFF), id) == 1;
}

/* What the form shows: the shift being edited, or what was typed. */
struct shift_view {
	long long id, user_id, equipment_id;
	const char *date, *start, *end, *break_minutes, *role, *location;
	const struct rota_open_breach *open;   /* warnings waiting for a reason */
	int open_count;
	const char *problem;                   /* a refusal for the summary */
};

/* Renders the shift form. */
static int show_shift_form(struct request *rq, struct response *rs, const struct shift_view *v)
{
	struct page p;
	if (page_begin(&p, rq, rs, v->id ? "Edit shift" : "Add a shift", "rota/shift_form.tpl") != 0)
		return -1;
	if (rq->form && rq->form->count == ROTA_SHIFT__COUNT)
		page_form(&p, rq->form);
	tpl_set(p.content, "DATE_VALUE", v->date);
	tpl_set(p.content, "START_VALUE", v->start);
	tpl_set(p.content, "END_VALUE", v->end);
	tpl_set(p.content, "BREAK_MINUTES_VALUE", v->break_minutes);
	tpl_set(p.content, "LOCATION_VALUE", v->location);
	if (options_from_stmt(p.content, "PERSON_OPTION", auth_bind_roles(db_stmt(&shifts_table, ST_STAFF), 1, ROLE_STAFF),
	                      v->user_id) < 0 ||
	    options_from_stmt(p.content, "EQUIPMENT_OPTION", db_stmt(&shifts_table, ST_EQUIPMENT),
	                      v->equipment_id) < 0) {
		page_abandon(&p);
		return -1;
	}
	options_from_list(p.content, "ROLE_OPTION", rota_roles, rota_role_labels, v->role);
	char week[9];
	if (valid_date(v->date) && iso_week_of_date(v->date, week))
		tpl_set(p.content, "WEEK", week);
	if (v->problem) {
		tpl_dict *row = tpl_add_row(p.content, "PROBLEM");
		if (row)
			tpl_set(row, "MESSAGE", v->problem);
	}
	if (v->open_count) {
		tpl_dict *w = tpl_add_row(p.content, "WARNINGS");
		for (int i = 0; w && i < v->open_count; i++) {
			tpl_dict *row = tpl_add_row(w, "WARNING");
			if (row == NULL)
				break;
			tpl_set(row, "PERSON", rota_person_name(&rq->arena, v->open[i].user_id));
			tpl_set(row, "DETAIL", v->open[i].detail);
		}
	}
	if (v->id) {
		tpl_dict *e = tpl_add_row(p.content, "EDITING");
		if (e)
			tpl_set_int(e, "ID", v->id);
		tpl_set(p.content, "ACTION", arena_printf(&rq->arena, "/rota/shifts/%lld", v->id));
	} else {
		tpl_set(p.content, "ACTION", "/rota/shifts");
	}
	page_notice(&p, rq, shift_notices);
	return page_finish(&p, rs);
}

/* The form's view of what was typed. */
static struct shift_view view_of_form(const struct form *f, long long id)
{
	struct shift_view v = {0};
	v.id = id;
	v.user_id = f->values[ROTA_SHIFT_USER].number;
	v.equipment_id = f->values[ROTA_SHIFT_EQUIPMENT].number;
	v.date = f->values[ROTA_SHIFT_DATE].text;
	v.start = f->values[ROTA_SHIFT_START].text;
	v.end = f->values[ROTA_SHIFT_END].text;
	v.break_minutes = f->values[ROTA_SHIFT_BREAK].text;
	v.role = f->values[ROTA_SHIFT_ROLE].text;
	v.location = f->values[ROTA_SHIFT_LOCATION].text;
	return v;
}

/* GET /rota/shifts/new?user=&date=: an empty form, the person and date
 * filled in when the grid's "add" link gave them. */
int rota_shift_new_page(struct request *rq, struct response *rs)
{
	struct shift_view v = {0};
	const char *user = request_query(rq, "user"), *date = request_query(rq, "date");
	char today[11];
	v.user_id = user ? atoll(user) : 0;
	v.date = date && valid_date(date) ? date : today_london(today);
	v.start = "09:00";
	v.end = "17:00";
	v.break_minutes = "30";
	v.role = "phones";
	v.location = "Head office";
	return show_shift_form(rq, rs, &v);
}

/* GET /rota/shifts/{id}: the form filled from the shift. */
int rota_shift_edit_page(struct request *rq, struct response *rs)
{
	struct rota_shift s;
	int found = rota_shift_load(&rq->arena, rq->path_ids[0], &s);
	if (found < 0)
		return -1;
	if (found == 0) {
		respond_error(rq, rs, 404, "There is no shift with that number.");
		return 0;
	}
	struct shift_view v = {0};
	v.id = s.id;
	v.user_id = s.user_id;
	v.equipment_id = s.equipment_id;
	v.date = arena_strdup(&rq->arena, s.date);
	v.start = arena_printf(&rq->arena, "%02d:%02d", s.start_min / 60, s.start_min % 60);
	v.end = arena_printf(&rq->arena, "%02d:%02d", s.end_min / 60, s.end_min % 60);
	v.break_minutes = arena_printf(&rq->arena, "%d", s.break_min);
	v.role = s.role;
	v.location = s.location;
	return show_shift_form(rq, rs, &v);
}

/* Fills s from the form and works out its instants; returns what
 * rota_shift_times() returns (-1 when the date or times are refused). */
static int shift_of_form(const struct form *f, struct rota_shift *s)
{
	memset(s, 0, sizeof *s);
	s->user_id = f->values[ROTA_SHIFT_USER].number;
	s->equipment_id = f->values[ROTA_SHIFT_EQUIPMENT].number;
	snprintf(s->date, sizeof s->date, "%s", f->values[ROTA_SHIFT_DATE].text);
	s->start_min = (int)f->values[ROTA_SHIFT_START].number;
	s->end_min = (int)f->values[ROTA_SHIFT_END].number;
	s->break_min = (int)f->values[ROTA_SHIFT_BREAK].number;
	s->role = f->values[ROTA_SHIFT_ROLE].text;
	s->location = f->values[ROTA_SHIFT_LOCATION].text;
	if (f->values[ROTA_SHIFT_START].error || f->values[ROTA_SHIFT_END].error || f->values[ROTA_SHIFT_DATE].error)
		return -1;
	return rota_shift_times(s);
}

/* See rota.h: staff and equipment that exist, an end that differs from
 * the start, a start that exists on the date, a break shorter than the
 * shift. */
void rota_shift_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	struct rota_shift s;
	int timed = shift_of_form(f, &s);
	if (!f->values[ROTA_SHIFT_USER].error && s.user_id && !is_active_staff(s.user_id))
		request_form_error(rq, ROTA_SHIFT_USER, "Person must be one of the staff listed.");
	if (!f->values[ROTA_SHIFT_EQUIPMENT].error && s.equipment_id && !row_exists(ST_EQUIPMENT_EXISTS, s.equipment_id))
		request_form_error(rq, ROTA_SHIFT_EQUIPMENT, "Equipment must be one of the items listed.");
	if (f->values[ROTA_SHIFT_START].error || f->values[ROTA_SHIFT_END].error || f->values[ROTA_SHIFT_DATE].error)
		return;
	if (s.start_min == s.end_min)
		request_form_error(rq, ROTA_SHIFT_END, "End must differ from the start (an end before the start is the next day).");
	else if (timed != 0)
		request_form_error(rq, ROTA_SHIFT_START, "Start is not a time that exists on that date.");
	else if (!f->values[ROTA_SHIFT_BREAK].error && s.break_min * 60L >= (long)(s.end - s.start))
		request_form_error(rq, ROTA_SHIFT_BREAK, "The break must be shorter than the shift.");
}

/* What saving a shift needs and finds. */
struct save_ctx {
	struct request *rq;
	struct rota_shift *s;
	const struct rota_shift *old;
	const char *reason;          /* "" when no acknowledgement was given */
	enum rota_conflict conflict;
	const char *message;
	struct rota_open_breach *open;
	int open_count;
};


/* Stores the shift unless it conflicts; recomputes the working-time
 * record of the people it touches; rolls back when breaches are found
 * and no reason was given. */
static int write_shift(void *vctx)
{
	struct save_ctx *c = vctx;
	struct arena *a = &c->rq->arena;
	c->open = NULL;
	c->open_count = 0;
	c->conflict = rota_shift_conflict(a, c->s, &c->message);
	if (c->conflict != ROTA_CONFLICT_NONE)
		return ROTA_REFUSED;
	int rc = rota_shift_store(c->rq, c->s, c->old);
	if (rc == SQLITE_OK)
		rc = rota_refresh_breaches(a, c->s->user_id, c->s->date, &c->open, &c->open_count);
	if (rc == SQLITE_OK && c->old && (c->old->user_id != c->s->user_id || strcmp(c->old->date, c->s->date) != 0))
		rc = rota_refresh_breaches(a, c->old->user_id, c->old->date, &c->open, &c->open_count);
	if (rc != SQLITE_OK)
		return rc;
	if (c->open_count == 0)
		return SQLITE_OK;
	if (c->reason[0] == '\0')
		return ROTA_NEEDS_ACK;
	return rota_ack_breaches(c->rq, c->open, c->open_count, c->reason);
}

/* Draws the shift form again for the refused form of shift id (0: a new
 * one) with what was typed. */
static int show_refused_shift(struct request *rq, struct response *rs, long long id)
{
	struct shift_view v = view_of_form(request_form(rq), id);
	return show_shift_form(rq, rs, &v);
}

/* Saves a new or changed shift from the checked form; shows the form
 * again with the reason when the database refuses it (an overlap, the
 * equipment taken, leave) or it needs an acknowledgement. */
static int save_shift(struct request *rq, struct response *rs, const struct rota_shift *old,
                      handler_fn show)
{
	const struct form *f = request_form(rq);
	struct rota_shift s;
	if (shift_of_form(f, &s) != 0)
		return -1;              /* rota_shift_check has refused such a form */
	s.id = old ? old->id : 0;   /* an edit must not clash with its own old times */
	struct save_ctx c = { rq, &s, old, f->values[ROTA_SHIFT_ACK_REASON].text, ROTA_CONFLICT_NONE, NULL, NULL, 0 };
	int rc = db_write(write_shift, &c);
	if (rc == ROTA_REFUSED) {
		static const int field_of[] = { ROTA_SHIFT_START, ROTA_SHIFT_START, ROTA_SHIFT_EQUIPMENT, ROTA_SHIFT_DATE };
		request_form_error(rq, (size_t)field_of[c.conflict], c.message);
	} else if (rc == ROTA_NEEDS_ACK) {
		request_form_error(rq, ROTA_SHIFT_ACK_REASON, "This shift breaks the Working Time Regulations: "
		                   "give a reason to go ahead, or change the shift.");
		struct shift_view v = view_of_form(f, s.id);
		v.open = c.open;
		v.open_count = c.open_count;
		rs->status = 400;      /* the form again, with the warnings to acknowledge */
		return show_shift_form(rq, rs, &v);
	} else if (rc != SQLITE_OK) {
		return -1;
	}
	if (request_form_refused(rq))
		return form_again(rq, rs, show);
	char week[9];
	iso_week_of_date(s.date, week);
	respond_redirect(rs, arena_printf(&rq->arena, "/rota?week=%s&done=%s", week, old ? "saved" : "created"));
	return 0;
}

/* POST /rota/shifts (checked by rota_shift_check) */
int rota_shift_create_submit(struct request *rq, struct response *rs)
{
	return save_shift(rq, rs, NULL, rota_shift_create_invalid);
}

/* The create form again, with every problem named. */
int rota_shift_create_invalid(struct request *rq, struct response *rs)
{
	return show_refused_shift(rq, rs, 0);
}

/* Loads the shift named in the path, answering 404 when there is none.
 * Returns 1 when loaded, 0 when answered, -1 on error. */
static int load_path_shift(struct request *rq, struct response *rs, struct rota_shift *s)
{
	int found = rota_shift_load(&rq->arena, rq->path_ids[0], s);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no shift with that number.");
	return found;
}

/* POST /rota/shifts/{id} (checked by rota_shift_check) */
int rota_shift_update_submit(struct request *rq, struct response *rs)
{
	struct rota_shift old;
	int found = load_path_shift(rq, rs, &old);
	if (found <= 0)
		return found;
	return save_shift(rq, rs, &old, rota_shift_update_invalid);
}

/* The edit form again, with every problem named. */
int rota_shift_update_invalid(struct request *rq, struct response *rs)
{
	return show_refused_shift(rq, rs, rq->path_ids[0]);
}

/* What deleting a shift needs. */
struct delete_ctx {
	struct request *rq;
	const struct rota_shift *old;
};

/* Deletes and recomputes the person's working-time record. */
static int write_delete(void *vctx)
{
	struct delete_ctx *c = vctx;
	struct rota_open_breach *open = NULL;
	int n = 0;
	int rc = rota_shift_remove(c->rq, c->old);
	if (rc == SQLITE_OK)
		rc = rota_refresh_breaches(&c->rq->arena, c->old->user_id, c->old->date, &open, &n);
	return rc;
}

/* POST /rota/shifts/{id}/delete */
int rota_shift_delete_submit(struct request *rq, struct response *rs)
{
	struct rota_shift old;
	int found = load_path_shift(rq, rs, &old);
	if (found <= 0)
		return found;
	struct delete_ctx c = { rq, &old };
	if (db_write(write_delete, &c) != SQLITE_OK)
		return -1;
	char week[9];
	iso_week_of_date(old.date, week);
	respond_redirect(rs, arena_printf(&rq->arena, "/rota?week=%s&done=deleted", week));
	return 0;
}

/* What publishing a week needs. */
struct publish_ctx {
	struct request *rq;
	const struct rota_week *w;
	long long open;
};

/* Publishes the week unless breaches in it wait for acknowledgement. */
static int write_publish(void *vctx)
{
	struct publish_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&shifts_table, ST_OPEN_BREACHES_IN_WEEK);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, c->w->days[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, c->w->days[6], -1, SQLITE_STATIC);
	c->open = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (c->open)
		return ROTA_REFUSED;
	if ((st = db_stmt(&shifts_table, ST_PUBLISH)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, c->w->week, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, c->rq->session->user_id);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK || sqlite3_changes(db_get()) == 0)
		return rc;
	return audit_record(c->rq, "rota.published", "week", 0, c->w->week);
}

/* POST /rota/publish: staff can see the week from now on. Refused while
 * working-time warnings in it are not acknowledged. */
int rota_publish_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct rota_week w;
	if (rota_week_init(&w, f->values[ROTA_WEEKF_WEEK].text) != 0) {
		respond_error(rq, rs, 400, "Week must be an ISO week like 2026-W48.");
		return 0;
	}
	struct publish_ctx c = { rq, &w, 0 };
	int rc = db_write(write_publish, &c);
	if (rc == ROTA_REFUSED) {
		respond_redirect(rs, arena_printf(&rq->arena, "/rota/breaches?week=%s&done=unacknowledged", w.week));
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/rota?week=%s&done=published", w.week));
	return 0;
}

static const char *const breach_notices[] = {
	"unacknowledged", "The week was not published: acknowledge each working-time warning below with a reason first (or change the shifts).",
	"acknowledged", "The warning has been acknowledged and the reason recorded.",
	NULL, NULL
};

/* GET /rota/breaches?week=: the working-time warnings of a week, each
 * with its acknowledgement or a form to give one; the latest
 * acknowledgements below. */
/* Renders the working-time warnings of the ISO week week_text; when
 * refused_id is a warning's id, its acknowledgement form shows message
 * beside the reason. Returns 0, or -1 on failure. */
static int show_breaches(struct request *rq, struct response *rs, const char *week_text,
                         long long refused_id, const char *message)
{
	struct rota_week w;
	struct page p;
	if (rota_week_init(&w, week_text) != 0) {
		respond_error(rq, rs, 400, "Week must be an ISO week like 2026-W48.");
		return 0;
	}
	sqlite3_stmt *st = db_stmt(&shifts_table, ST_BREACHES);
	if (st == NULL || page_begin(&p, rq, rs, "Working-time warnings", "rota/breaches.tpl") != 0)
		return -1;
	tpl_set(p.content, "WEEK", w.week);
	tpl_set(p.content, "PREV", w.prev);
	tpl_set(p.content, "NEXT", w.next);
	sqlite3_bind_text(st, 1, w.days[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, w.days[6], -1, SQLITE_STATIC);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "BREACH");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set_int(row, "USER_ID", sqlite3_column_int64(st, 1));
		tpl_set(row, "PERSON", db_text(st, 2));
		tpl_set(row, "RULE", db_text(st, 3));
		tpl_set(row, "DAY", rota_day_label(&rq->arena, db_text(st, 4)));
		tpl_set(row, "DETAIL", db_text(st, 5));
		if (sqlite3_column_type(st, 6) != SQLITE_NULL) {
			tpl_dict *ack = tpl_add_row(row, "ACKNOWLEDGED");
			if (ack)
				tpl_set(ack, "REASON", db_text(st, 6));
		} else {
			tpl_dict *open = tpl_add_row(row, "OPEN");
			if (open && sqlite3_column_int64(st, 0) == refused_id) {
				tpl_dict *err = tpl_add_row(open, "REASON_ERROR");
				tpl_set(err, "MESSAGE", message);
			}
		}
	}
	sqlite3_reset(st);
	tpl_show_if(p.content, rows ? "HAS_BREACHES" : "NO_BREACHES", 1);
	if (!db_rows_failed(rc)) {
		st = db_stmt(&shifts_table, ST_ACKS);
		while (db_step_row(st, &rc)) {
			tpl_dict *row = tpl_add_row(p.content, "ACK");
			if (row == NULL)
				break;
			tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 0)));
			tpl_set(row, "PERSON", db_text(st, 1));
			tpl_set(row, "RULE", db_text(st, 2));
			tpl_set(row, "DETAIL", db_text(st, 3));
			tpl_set(row, "REASON", db_text(st, 4));
			tpl_set(row, "BY", db_text(st, 5));
		}
		sqlite3_reset(st);
	}
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	page_notice(&p, rq, breach_notices);
	return page_finish(&p, rs);
}

/* What acknowledging one stored breach needs. */
struct ack_ctx {
	struct request *rq;
	long long id;
	const char *reason;
	char date[11];
};

/* Records the acknowledgement of the stored breach. */
static int write_ack(void *vctx)
{
	struct ack_ctx *c = vctx;
	struct rota_open_breach b;
	sqlite3_stmt *st = db_stmt(&shifts_table, ST_BREACH);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return SQLITE_NOTFOUND;
	}
	b.user_id = sqlite3_column_int64(st, 0);
	b.rule = arena_strdup(&c->rq->arena, db_text(st, 1));
	b.period = arena_strdup(&c->rq->arena, db_text(st, 2));
	b.detail = arena_strdup(&c->rq->arena, db_text(st, 3));
	snprintf(c->date, sizeof c->date, "%s", db_text(st, 4));
	sqlite3_reset(st);
	return rota_ack_breaches(c->rq, &b, 1, c->reason);
}

/* POST /rota/breaches/{id}/ack: acknowledges one warning with a reason. */
int rota_breaches_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	return show_breaches(rq, rs, f->values[ROTA_VIEW_WEEK].text, 0, NULL);
}

/* The invalid handler of POST /rota/breaches/{id}/ack: the warnings of the
 * week the warning falls in again, the reason's problem beside its form
 * (404 when the warning has gone). */
int rota_breach_ack_invalid(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	char week[9];
	sqlite3_stmt *st = db_stmt(&shifts_table, ST_BREACH);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->path_ids[0]);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found)
		iso_week_of_date(db_text(st, 4), week);
	sqlite3_reset(st);
	if (!found) {
		respond_error(rq, rs, 404, "There is no such working-time warning (it may have gone when a shift changed).");
		return 0;
	}
	return show_breaches(rq, rs, week, rq->path_ids[0], f->values[ROTA_REASON_TEXT].error);
}

int rota_breach_ack_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct ack_ctx c = { rq, rq->path_ids[0], f->values[ROTA_REASON_TEXT].text, "" };
	int rc = db_write(write_ack, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no such working-time warning (it may have gone when a shift changed).");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	char week[9];
	iso_week_of_date(c.date, week);
	respond_redirect(rs, arena_printf(&rq->arena, "/rota/breaches?week=%s&done=acknowledged", week));
	return 0;
}

static const char *const person_notices[] = {
	"saved", "The working-time details have been saved.",
	NULL, NULL
};

/* Renders the working-time details of a person; values from the form
 * when re-rendering, else from the database. */
static int show_person(struct request *rq, struct response *rs)
{
	struct page p;
	sqlite3_stmt *st = db_stmt(&shifts_table, ST_PERSON);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->path_ids[0]);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		respond_error(rq, rs, 404, "There is no person with that number.");
		return 0;
	}
	if (page_begin(&p, rq, rs, "Working-time details", "rota/person.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	tpl_set_int(p.content, "ID", rq->path_ids[0]);
	tpl_set(p.content, "NAME", db_text(st, 0));
	if (rq->form && rq->form->count == ROTA_PERSON__COUNT) {
		page_form(&p, rq->form);
	} else {
		const char *skills = db_text(st, 4);
		tpl_set(p.content, "DATE_OF_BIRTH_VALUE", db_text(st, 1));
		tpl_set(p.content, "OPT_OUT_DATE_VALUE", db_text(st, 2));
		tpl_show_if(p.content, "OPT_OUT_CHECKED", db_text(st, 2)[0] != '\0');
		static const char *const keys[] = { "SKILL_PHONES_CHECKED", "SKILL_EMAIL_CHECKED",
		                                    "SKILL_FLOOR_CHECKED", "SKILL_TEAM_LEADER_CHECKED" };
		for (int i = 0; i < ROTA_ROLE_COUNT; i++)
			tpl_show_if(p.content, keys[i], strstr(skills, rota_roles[i]) != NULL);
		if (db_text(st, 2)[0]) {
			tpl_dict *row = tpl_add_row(p.content, "OPT_OUT_RECORD");
			if (row) {
				tpl_set(row, "DATE", db_text(st, 2));
				tpl_set(row, "BY", db_text(st, 3)[0] ? db_text(st, 3) : "unknown");
			}
		}
	}
	sqlite3_reset(st);
	page_notice(&p, rq, person_notices);
	return page_finish(&p, rs);
}

/* GET /rota/people/{id} */
int rota_person_page(struct request *rq, struct response *rs)
{
	return show_person(rq, rs);
}

/* What saving a person's details needs. */
struct person_ctx {
	struct request *rq;
	const struct form *f;
	const char *skills;
};

/* Saves the details (the opt-out keeps who recorded it first) and audits
 * without the date of birth itself. */
static int write_person(void *vctx)
{
	struct person_ctx *c = vctx;
	const struct form *f = c->f;
	sqlite3_stmt *st = db_stmt(&shifts_table, ST_SAVE_PERSON);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->rq->path_ids[0]);
	sqlite3_bind_text(st, 2, f->values[ROTA_PERSON_DOB].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f->values[ROTA_PERSON_OPT_OUT].number ? f->values[ROTA_PERSON_OPT_OUT_DATE].text : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, c->rq->session->user_id);
	sqlite3_bind_text(st, 5, c->skills, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "rota.person_updated", "user", c->rq->path_ids[0],
	                    arena_printf(&c->rq->arena, "opt_out=%lld dob_recorded=%d skills=%s",
	                                 f->values[ROTA_PERSON_OPT_OUT].number, f->values[ROTA_PERSON_DOB].present, c->skills));
}

/* See rota.h: an opt-out needs its date, a date of birth is in the
 * past. */
void rota_person_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	char today[11];
	if (f->values[ROTA_PERSON_OPT_OUT].number && !f->values[ROTA_PERSON_OPT_OUT_DATE].present &&
	    !f->values[ROTA_PERSON_OPT_OUT_DATE].error)
		request_form_error(rq, ROTA_PERSON_OPT_OUT_DATE, "Give the date the opt-out was signed.");
	if (f->values[ROTA_PERSON_DOB].present && !f->values[ROTA_PERSON_DOB].error &&
	    strcmp(f->values[ROTA_PERSON_DOB].text, today_london(today)) >= 0)
		request_form_error(rq, ROTA_PERSON_DOB, "Date of birth must be in the past.");
}

/* POST /rota/people/{id} (checked by rota_person_check): date of birth
 * (only for the young workers' rules), the 48-hour opt-out with its
 * date, and skills. */
int rota_person_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	if (!rota_person_name(&rq->arena, rq->path_ids[0])[0]) {
		respond_error(rq, rs, 404, "There is no person with that number.");
		return 0;
	}
	struct buf b = {0};
	for (int i = 0; i < ROTA_ROLE_COUNT; i++)
		if (f->values[ROTA_PERSON_SKILL_PHONES + i].number)
			buf_printf(&b, "%s%s", b.len ? "," : "", rota_roles[i]);
	struct person_ctx c = { rq, f, arena_strdup(&rq->arena, b.data ? b.data : "") };
	buf_free(&b);
	if (db_write(write_person, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/rota/people/%lld?done=saved", rq->path_ids[0]));
	return 0;
}
