/*
 * meetings.c: team meeting minutes: date, attendees, minutes and
 * decisions, and the actions raised from the meeting (ordinary actions
 * with source_type "meeting", owned by the /actions pages).
 *
 * Pages: GET /team/meetings, GET /team/meetings/new, POST /team/meetings,
 * GET /team/meetings/{id}, POST /team/meetings/{id}/actions.
 */
#include "team.h"
#include "people.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"

#include <stdlib.h>
#include <string.h>

#define MEETINGS_PER_PAGE 20
#define MAX_ATTENDEE_CHOICES 500

enum meeting_stmt {
	ST_COUNT,
	ST_LIST,
	ST_MEETING,
	ST_ATTENDEES,
	ST_ACTIVE_PEOPLE,
	ST_INSERT,
	ST_INSERT_ATTENDEE,
	ST__COUNT
};
static const char *const meeting_sql[ST__COUNT] = {
	[ST_COUNT] = "SELECT count(*) FROM meetings",
	[ST_LIST] = "SELECT m.id, m.held_on, m.title, "
	            "(SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id), "
	            "(SELECT count(*) FROM actions x WHERE x.source_type = 'meeting' AND x.source_id = m.id) "
	            "FROM meetings m ORDER BY m.held_on DESC, m.id DESC LIMIT ?1 OFFSET ?2",
	[ST_MEETING] = "SELECT m.held_on, m.title, m.minutes, m.decisions, coalesce(u.display_name, ''), m.created_at "
	               "FROM meetings m LEFT JOIN users u ON u.id = m.created_by WHERE m.id = ?",
	[ST_ATTENDEES] = "SELECT u.display_name, u.job_title FROM meeting_attendees a JOIN users u ON u.id = a.user_id "
	                 "WHERE a.meeting_id = ? ORDER BY u.display_name COLLATE NOCASE",
	[ST_ACTIVE_PEOPLE] = "SELECT id, display_name FROM users WHERE disabled = 0 "
	                     "ORDER BY display_name COLLATE NOCASE LIMIT 500",
	[ST_INSERT] = "INSERT INTO meetings (held_on, title, minutes, decisions, created_by, created_at) "
	              "VALUES (?, ?, ?, ?, ?, ?)",
	[ST_INSERT_ATTENDEE] = "INSERT INTO meeting_attendees (meeting_id, user_id) VALUES (?, ?)",
};
static sqlite3_stmt *meeting_cache[ST__COUNT];
static struct sql_table meeting_table = { meeting_sql, ST__COUNT, meeting_cache, NULL };

const struct field_spec team_meeting_fields[TEAM_MEET__COUNT] = {
	[TEAM_MEET_HELD_ON] = { "held_on", "Date of the meeting", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[TEAM_MEET_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[TEAM_MEET_MINUTES] = { "minutes", "Minutes", FIELD_MULTILINE, FIELD_REQUIRED, 1, 20000, NULL },
	[TEAM_MEET_DECISIONS] = { "decisions", "Decisions", FIELD_MULTILINE, 0, 0, 5000, NULL },
};

const struct field_spec team_meeting_action_fields[TEAM_MACT__COUNT] = {
	[TEAM_MACT_TITLE] = { "action_title", "Action", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[TEAM_MACT_PROBLEM] = { "problem", "The problem it addresses", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[TEAM_MACT_KIND] = { "kind", "Kind", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, action_kinds },
	[TEAM_MACT_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[TEAM_MACT_DUE] = { "due_date", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

static const char *const meeting_notices[] = {
	"created", "The minutes have been saved.",
	"action", "The action has been raised. Follow it up on the Actions pages.",
	NULL, NULL
};

/* An active account offered as an attendee, and its checkbox. */
struct attendee_choice {
	long long id;
	const char *name;
	const char *field;   /* "attendee_<id>" */
	int ticked;
};

/* The active accounts as attendee choices, ticked from a refused or
 * submitted body when given; sets *count. NULL on error. */
static struct attendee_choice *attendee_choices(struct request *rq, const struct fields *body,
                                                size_t *count)
{
	sqlite3_stmt *st = db_stmt(&meeting_table, ST_ACTIVE_PEOPLE);
	struct attendee_choice *c = arena_zalloc(&rq->arena, MAX_ATTENDEE_CHOICES * sizeof *c);
	int rc = SQLITE_DONE;
	*count = 0;
	if (st == NULL || c == NULL)
		return NULL;
	while (*count < MAX_ATTENDEE_CHOICES && db_step_row(st, &rc)) {
		struct attendee_choice *a = &c[(*count)++];
		a->id = sqlite3_column_int64(st, 0);
		a->name = arena_strdup(&rq->arena, db_text(st, 1));
		a->field = arena_printf(&rq->arena, "attendee_%lld", a->id);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return NULL;
	if (body == NULL)
		return c;
	/* a validator table built for these accounts: one checkbox each */
	struct field_spec *specs = arena_zalloc(&rq->arena, (*count ? *count : 1) * sizeof *specs);
	struct form ticks;
	if (specs == NULL)
		return NULL;
	for (size_t i = 0; i < *count; i++)
		specs[i] = (struct field_spec){ c[i].field, c[i].name, FIELD_CHECKBOX, 0, 0, 0, NULL };
	if (form_validate(&rq->arena, specs, *count, body, &ticks) < 0)
		return NULL;
	for (size_t i = 0; i < *count; i++)
		c[i].ticked = (int)ticks.values[i].number;
	return c;
}

/* GET /team/meetings: minutes, newest first. */
int meetings_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long page = f->values[TEAMLIST_PAGE].present ? f->values[TEAMLIST_PAGE].number : 1;
	long long total = 0;
	struct page p;
	sqlite3_stmt *st = db_stmt(&meeting_table, ST_COUNT);
	if (st == NULL)
		return -1;
	if (db_count(st, &total) != 0)
		return -1;
	if ((st = db_stmt(&meeting_table, ST_LIST)) == NULL ||
	    page_begin(&p, rq, rs, "Team meetings", "team/meetings.tpl") != 0)
		return -1;
	sqlite3_bind_int(st, 1, MEETINGS_PER_PAGE);
	sqlite3_bind_int64(st, 2, (page - 1) * MEETINGS_PER_PAGE);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "MEETING");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "HELD_ON", db_text(st, 1));
		tpl_set(row, "TITLE", db_text(st, 2));
		tpl_set_int(row, "ATTENDEES", sqlite3_column_int64(st, 3));
		tpl_set_int(row, "ACTIONS", sqlite3_column_int64(st, 4));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_MEETINGS" : "NO_MEETINGS", 1);
	tpl_show_if(p.content, "CAN_MANAGE", rq->session->roles & ROLE_MANAGER);
	page_pager(&p, rq, "/team/meetings?", page, MEETINGS_PER_PAGE, total);
	return page_finish(&p, rs);
}

/* The form with one more, pseudo, field "attendees" carrying the attendee
 * problem, so the error summary lists it with the others. */
static const struct form *with_attendee_error(struct request *rq, const struct form *f,
                                              const char *problem)
{
	struct form *out = arena_zalloc(&rq->arena, sizeof *out);
	struct field_spec *specs = arena_zalloc(&rq->arena, (f->count + 1) * sizeof *specs);
	struct field_value *values = arena_zalloc(&rq->arena, (f->count + 1) * sizeof *values);
	if (problem == NULL || out == NULL || specs == NULL || values == NULL)
		return f;
	memcpy(specs, f->specs, f->count * sizeof *specs);
	memcpy(values, f->values, f->count * sizeof *values);
	specs[f->count] = (struct field_spec){ "attendees", "Attendees", FIELD_TEXT, 0, 0, 0, NULL };
	values[f->count] = (struct field_value){ 0, "", 0, 0, problem };
	*out = (struct form){ specs, f->count + 1, values, f->error_count + 1 };
	return out;
}

/* Shows the new-minutes form, with refused input when there is some. */
static int show_meeting_form(struct request *rq, struct response *rs, const char *attendee_error)
{
	struct page p;
	size_t n;
	struct attendee_choice *c = attendee_choices(rq, rq->form ? &rq->body : NULL, &n);
	if (c == NULL || page_begin(&p, rq, rs, "Record a meeting", "team/meeting_form.tpl") != 0)
		return -1;
	if (rq->form) {
		page_form(&p, with_attendee_error(rq, rq->form, attendee_error));
	} else {
		char today[11];
		tpl_set(p.content, "HELD_ON_VALUE", today_london(today));
	}
	for (size_t i = 0; i < n; i++) {
		tpl_dict *row = tpl_add_row(p.content, "ATTENDEE");
		if (row == NULL)
			break;
		tpl_set(row, "FIELD", c[i].field);
		tpl_set(row, "NAME", c[i].name);
		tpl_show_if(row, "CHECKED", c[i].ticked);
	}
	return page_finish(&p, rs);
}

/* GET /team/meetings/new */
int meeting_new_page(struct request *rq, struct response *rs)
{
	return show_meeting_form(rq, rs, NULL);
}

/* Counts the ticked attendees of the request body. */
static size_t ticked_attendees(struct request *rq)
{
	size_t n, ticked = 0;
	struct attendee_choice *c = attendee_choices(rq, &rq->body, &n);
	for (size_t i = 0; c && i < n; i++)
		ticked += c[i].ticked != 0;
	return ticked;
}

/* The checks beyond the validator table: not a future date (marked on the
 * form). Returns the attendee problem (the ticks are not form fields), or
 * NULL. */
static const char *check_meeting_form(struct request *rq)
{
	char today[11];
	const struct form *f = request_form(rq);
	if (!f->values[TEAM_MEET_HELD_ON].error && strcmp(f->values[TEAM_MEET_HELD_ON].text, today_london(today)) > 0)
		request_form_error(rq, TEAM_MEET_HELD_ON, "Date of the meeting cannot be in the future: record minutes after the meeting.");
	return ticked_attendees(rq) == 0 ? "Tick at least one attendee." : NULL;
}

/* The form again when its fields were refused, every problem named. */
int meeting_create_invalid(struct request *rq, struct response *rs)
{
	return show_meeting_form(rq, rs, check_meeting_form(rq));
}

/* What saving minutes writes. */
struct meeting_ctx {
	struct request *rq;
	const struct form *f;
	long long id;
};

/* Inserts the meeting, its attendees and the audit row. */
static int write_meeting(void *vctx)
{
	struct meeting_ctx *c = vctx;
	char now[21];
	size_t n;
	struct attendee_choice *people = attendee_choices(c->rq, &c->rq->body, &n);
	sqlite3_stmt *st = db_stmt(&meeting_table, ST_INSERT);
	if (st == NULL || people == NULL)
		return SQLITE_ERROR;
	for (int i = 0; i < TEAM_MEET__COUNT; i++)
		sqlite3_bind_text(st, i + 1, c->f->values[i].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, c->rq->session->user_id);
	sqlite3_bind_text(st, 6, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	for (size_t i = 0; i < n && rc == SQLITE_OK; i++) {
		if (!people[i].ticked)
			continue;
		if ((st = db_stmt(&meeting_table, ST_INSERT_ATTENDEE)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, c->id);
		sqlite3_bind_int64(st, 2, people[i].id);
		rc = db_exec_stmt(st);
	}
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "meeting.created", "meeting", c->id, "");
}

/* POST /team/meetings: saves the minutes. */
int meeting_create_submit(struct request *rq, struct response *rs)
{
	if (check_meeting_form(rq) != NULL || request_form_refused(rq))
		return form_again(rq, rs, meeting_create_invalid);
	struct meeting_ctx c = { rq, request_form(rq), 0 };
	if (db_write(write_meeting, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/team/meetings/%lld?done=created", c.id));
	return 0;
}

/* Adds the attendees of a meeting; returns 0, or -1 when they could not
 * be read. */
static int add_attendees(struct page *p, long long id)
{
	sqlite3_stmt *st = db_stmt(&meeting_table, ST_ATTENDEES);
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "ATTENDEE");
		if (row == NULL)
			break;
		tpl_set(row, "NAME", db_text(st, 0));
		tpl_set(row, "JOB_TITLE", db_text(st, 1));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The raise-an-action form for managers, with refused input if any;
 * returns 0, or -1 when the owners could not be read. */
static int add_action_form(struct page *p, struct request *rq)
{
	long long owner = rq->session->user_id;
	const char *kind = "corrective";
	if (!(rq->session->roles & ROLE_MANAGER))
		return 0;
	tpl_show(p->content, "CAN_MANAGE");
	if (rq->form && rq->form->count == TEAM_MACT__COUNT) {
		page_form(p, rq->form);
		owner = rq->form->values[TEAM_MACT_OWNER].number;
		kind = rq->form->values[TEAM_MACT_KIND].text;
	}
	tpl_show(p->content, strcmp(kind, "improvement") == 0 ? "KIND_IMPROVEMENT" : "KIND_CORRECTIVE");
	return team_people_options(p->content, "OWNER_OPTION", owner) < 0 ? -1 : 0;
}

/* GET /team/meetings/{id}: the minutes, attendees and actions raised; also
 * the page again when a new action is refused. */
int meeting_page(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	struct page p;
	sqlite3_stmt *st = db_stmt(&meeting_table, ST_MEETING);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		respond_error(rq, rs, 404, "There is no meeting with that number.");
		return 0;
	}
	const char *title = arena_strdup(&rq->arena, db_text(st, 1));
	if (page_begin(&p, rq, rs, title, "team/meeting.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	tpl_set_int(p.content, "ID", id);
	tpl_set(p.content, "HELD_ON", db_text(st, 0));
	tpl_set(p.content, "MEETING_TITLE", title);
	tpl_show_if(p.content, "ADD_TO_PORTFOLIO", (rq->session->roles & ROLE_LEARNERS) != 0);
	tpl_set(p.content, "MINUTES", db_text(st, 2));
	tpl_set(p.content, "DECISIONS", db_text(st, 3));
	tpl_show_if(p.content, db_text(st, 3)[0] ? "HAS_DECISIONS" : "NO_DECISIONS", 1);
	tpl_set(p.content, "RECORDED_BY", db_text(st, 4));
	tpl_set(p.content, "RECORDED_AT", display_time(&rq->arena, db_text(st, 5)));
	sqlite3_reset(st);
	int actions = add_attendees(&p, id) == 0 ?
	              action_add_rows(p.content, "ACTION", "meeting", id) : -1;
	if (actions < 0 || add_action_form(&p, rq) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, actions > 0 ? "HAS_ACTIONS" : "NO_ACTIONS", 1);
	page_notice(&p, rq, meeting_notices);
	return page_finish(&p, rs);
}

/* Returns 1 when the meeting exists. */
static int meeting_exists(long long id)
{
	sqlite3_stmt *st = db_stmt(&meeting_table, ST_MEETING);
	int found;
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, id);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* See team.h: the checks of a new action beyond its table: an active
 * owner and a due date that is not already past. */
void meeting_check_action_form(struct request *rq)
{
	char today[11];
	const struct form *f = request_form(rq);
	if (!f->values[TEAM_MACT_OWNER].error && !team_person_is_active(f->values[TEAM_MACT_OWNER].number))
		request_form_error(rq, TEAM_MACT_OWNER, "Owner must be one of the people listed.");
	if (!f->values[TEAM_MACT_DUE].error && strcmp(f->values[TEAM_MACT_DUE].text, today_london(today)) < 0)
		request_form_error(rq, TEAM_MACT_DUE, "Due date must be today or later.");
}

/* The meeting page again when the action's fields were refused. */
int meeting_action_invalid(struct request *rq, struct response *rs)
{
	return meeting_page(rq, rs);
}

/* Raises the action through the shared action record. */
static int write_meeting_action(void *vctx)
{
	struct meeting_ctx *c = vctx;
	const struct form *f = c->f;
	struct action_new a = {
		.kind = f->values[TEAM_MACT_KIND].text,
		.source_type = "meeting",
		.source_id = c->rq->path_ids[0],
		.title = f->values[TEAM_MACT_TITLE].text,
		.problem = f->values[TEAM_MACT_PROBLEM].text,
		.owner_id = f->values[TEAM_MACT_OWNER].number,
		.due_date = f->values[TEAM_MACT_DUE].text,
	};
	return action_insert(c->rq, &a, &c->id);
}

/* POST /team/meetings/{id}/actions: "raise an action" from the minutes. */
int meeting_action_submit(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	if (!meeting_exists(id)) {
		respond_error(rq, rs, 404, "There is no meeting with that number.");
		return 0;
	}
	struct meeting_ctx c = { rq, request_form(rq), 0 };
	if (db_write(write_meeting_action, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/team/meetings/%lld?done=action#actions", id));
	return 0;
}
