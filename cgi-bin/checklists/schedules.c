/*
 * schedules.c: a template assigned to a team or a person, weekly,
 * monthly or quarterly. Each due date is worked out from the first one
 * (rules.c), and stands done, due, overdue (the latest past one, still
 * to run, late) or missed (passed over: a later due date has passed too).
 * Starting a run answers the overdue check first, else the current one.
 *
 * Pages: POST /checklists/templates/{id}/schedules,
 * GET /checklists/schedules/{id}, POST /checklists/schedules/{id}/stop,
 * POST /checklists/schedules/{id}/run, POST /checklists/templates/{id}/run;
 * and the home page's panel.
 */
#include "checklists.h"
#include "rules.h"
#include "schedules.h"
#include "store.h"
#include "team/people.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/fragment.h"
#include "core/options.h"

#include <string.h>

#define HOME_WARN_DAYS 7
#define SCHEDULE_HISTORY 24      /* due dates shown on a schedule's page */

enum sched_stmt {
	ST_ACTIVE,
	ST_FOR_TEMPLATE,
	ST_SCHEDULE,
	ST_RUN_FOR_DUE,
	ST_TEAM_EXISTS,
	ST_INSERT_SCHEDULE,
	ST_STOP,
	ST_INSERT_RUN,
	ST_WAITING_SIGNOFF,
	ST__COUNT
};
#define SCHEDULE_COLUMNS \
	"s.id, s.template_id, v.title, coalesce(s.team_id, 0), coalesce(tm.name, ''), coalesce(s.user_id, 0), " \
	"coalesce(u.display_name, ''), s.frequency, s.first_due, s.active "
#define SCHEDULE_FROM \
	"FROM checklist_schedules s JOIN checklist_templates t ON t.id = s.template_id " \
	"JOIN checklist_versions v ON v.template_id = t.id AND v.version = t.current_version " \
	"LEFT JOIN teams tm ON tm.id = s.team_id LEFT JOIN users u ON u.id = s.user_id "
static const char *const sched_sql[ST__COUNT] = {
	[ST_ACTIVE] = "SELECT " SCHEDULE_COLUMNS SCHEDULE_FROM
	              "WHERE s.active = 1 AND t.archived = 0 AND (?1 = 0 OR s.user_id = ?1 OR (?2 <> 0 AND s.team_id = ?2)) "
	              "ORDER BY v.title COLLATE NOCASE, s.id LIMIT 500",
	[ST_FOR_TEMPLATE] = "SELECT " SCHEDULE_COLUMNS SCHEDULE_FROM "WHERE s.template_id = ? "
	                    "ORDER BY s.active DESC, s.id LIMIT 100",
	[ST_SCHEDULE] = "SELECT " SCHEDULE_COLUMNS SCHEDULE_FROM "WHERE s.id = ?",
	[ST_RUN_FOR_DUE] = "SELECT id, status FROM checklist_runs WHERE schedule_id = ?1 AND due_date = ?2 "
	                   "AND superseded_by IS NULL ORDER BY (status <> 'in_progress') DESC, id DESC LIMIT 1",
	[ST_TEAM_EXISTS] = "SELECT 1 FROM teams WHERE id = ?",
	[ST_INSERT_SCHEDULE] = "INSERT INTO checklist_schedules (template_id, team_id, user_id, frequency, first_due, "
	                       "created_by, created_at) VALUES (?1, nullif(?2, 0), nullif(?3, 0), ?4, ?5, ?6, ?7)",
	[ST_STOP] = "UPDATE checklist_schedules SET active = 0 WHERE id = ? AND active = 1",
	[ST_INSERT_RUN] =
		"INSERT INTO checklist_runs (template_id, version_id, schedule_id, team_id, due_date, started_by, started_at) "
		"SELECT t.id, v.id, nullif(?2, 0), nullif(?3, 0), nullif(?4, ''), ?5, ?6 FROM checklist_templates t "
		"JOIN checklist_versions v ON v.template_id = t.id AND v.version = t.current_version WHERE t.id = ?1",
	[ST_WAITING_SIGNOFF] =
		"SELECT r.id, v.title, coalesce(tm.name, ''), r.submitted_at, r.rag FROM checklist_runs r "
		"JOIN checklist_versions v ON v.id = r.version_id LEFT JOIN teams tm ON tm.id = r.team_id "
		"WHERE r.status = 'submitted' ORDER BY r.submitted_at LIMIT 20",
};
static sqlite3_stmt *sched_cache[ST__COUNT];
static struct sql_table sched_table = { sched_sql, ST__COUNT, sched_cache, NULL };

const struct field_spec checklist_schedule_fields[CHECKLIST_SCHED__COUNT] = {
	[CHECKLIST_SCHED_TEAM] = { "team", "Team", FIELD_INT, 0, 0, 1000000000, NULL },
	[CHECKLIST_SCHED_USER] = { "user", "Person", FIELD_INT, 0, 0, 1000000000, NULL },
	[CHECKLIST_SCHED_FREQUENCY] = { "frequency", "How often", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, checklist_frequencies },
	[CHECKLIST_SCHED_FIRST_DUE] = { "first_due", "First due", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

const struct field_spec checklist_adhoc_fields[CHECKLIST_ADHOC__COUNT] = {
	[CHECKLIST_ADHOC_TEAM] = { "team", "Team", FIELD_INT, 0, 0, 1000000000, NULL },
};

static const char *const state_names[] = { "done", "upcoming", "due", "overdue", "missed" };
static const char *const state_labels[] = { "Done", "Not yet due", "Due", "Overdue", "Missed" };

/* One schedule as the pages use it. */
struct schedule {
	long long id, template_id, team_id, user_id;
	const char *title, *team, *person, *frequency, *first_due;
	enum checklist_frequency freq;
	int active;
};

/* Reads a schedule from a row of SCHEDULE_COLUMNS. */
static void read_schedule(struct arena *a, sqlite3_stmt *st, struct schedule *s)
{
	s->id = sqlite3_column_int64(st, 0);
	s->template_id = sqlite3_column_int64(st, 1);
	s->title = arena_strdup(a, db_text(st, 2));
	s->team_id = sqlite3_column_int64(st, 3);
	s->team = arena_strdup(a, db_text(st, 4));
	s->user_id = sqlite3_column_int64(st, 5);
	s->person = arena_strdup(a, db_text(st, 6));
	s->frequency = arena_strdup(a, db_text(st, 7));
	s->freq = checklist_frequency_of(s->frequency);
	s->first_due = arena_strdup(a, db_text(st, 8));
	s->active = sqlite3_column_int(st, 9);
}

/* Who the schedule is for, in words. */
static const char *assignee(const struct schedule *s)
{
	if (s->user_id)
		return s->person[0] ? s->person : "someone no longer listed";
	return s->team[0] ? s->team : "no team";
}

/* The run answering a due date: sets *run_id (0 none) and *done (a run
 * submitted or signed off). Returns 0 or -1. */
static int run_for_due(long long schedule_id, const char *due, long long *run_id, int *done)
{
	sqlite3_stmt *st = db_stmt(&sched_table, ST_RUN_FOR_DUE);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, schedule_id);
	sqlite3_bind_text(st, 2, due, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	*run_id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	*done = rc == SQLITE_ROW && strcmp(db_text(st, 1), "in_progress") != 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* Where a schedule stands today: the check open to run (the overdue one,
 * else the current one), its state and run. */
struct standing {
	char due[11], next_due[11];
	enum checklist_due_state state;
	long long run_id;        /* the run answering the open check, 0 none */
};

/* Works out a schedule's standing on today. Returns 0 or -1. */
static int standing_of(const struct schedule *s, const char *today, int warn_days, struct standing *o)
{
	long n;
	int done;
	if (checklist_occurrence_on_or_after(s->first_due, s->freq, today, &n) != 0)
		return -1;
	if (n > 0) {
		char prev[11];
		if (checklist_due_date(s->first_due, s->freq, n - 1, prev) == NULL ||
		    run_for_due(s->id, prev, &o->run_id, &done) != 0)
			return -1;
		if (!done) {
			memcpy(o->due, prev, sizeof prev);
			checklist_due_date(s->first_due, s->freq, n, o->next_due);
			o->state = CHECKLIST_DUE_OVERDUE;
			return 0;
		}
	}
	for (;; n++) {       /* the current check, or the next when it is done already */
		if (checklist_due_date(s->first_due, s->freq, n, o->due) == NULL ||
		    checklist_due_date(s->first_due, s->freq, n + 1, o->next_due) == NULL ||
		    run_for_due(s->id, o->due, &o->run_id, &done) != 0)
			return -1;
		o->state = checklist_due_state_of(o->due, o->next_due, today, done, warn_days);
		if (!done)
			return 0;
		if (strcmp(o->due, today) > 0 && o->state == CHECKLIST_DUE_DONE) {
			/* done early: show the one after it as upcoming */
			memcpy(o->due, o->next_due, sizeof o->due);
			checklist_due_date(s->first_due, s->freq, n + 2, o->next_due);
			o->run_id = 0;
			o->state = checklist_due_state_of(o->due, o->next_due, today, 0, warn_days);
			return 0;
		}
	}
}

/* Counts the due dates of a schedule, before the open one, never run. */
static int missed_before(const struct schedule *s, const char *today, long long *missed)
{
	long n;
	char due[11];
	*missed = 0;
	if (checklist_occurrence_on_or_after(s->first_due, s->freq, today, &n) != 0)
		return -1;
	for (long k = n - 2, seen = 0; k >= 0 && seen < 60; k--, seen++) {
		long long run;
		int done;
		if (checklist_due_date(s->first_due, s->freq, k, due) == NULL || run_for_due(s->id, due, &run, &done) != 0)
			return -1;
		*missed += !done;
	}
	return 0;
}

/* Fills a row for one schedule and its standing. */
static void fill_row(struct request *rq, tpl_dict *row, const struct schedule *s, const struct standing *o,
                     long long missed)
{
	char words[12];
	tpl_set_int(row, "SCHEDULE_ID", s->id);
	tpl_set_int(row, "TEMPLATE_ID", s->template_id);
	tpl_set(row, "TEMPLATE", s->title);
	tpl_set(row, "ASSIGNEE", assignee(s));
	tpl_set(row, "FREQUENCY", options_label(checklist_frequencies, checklist_frequency_labels, s->frequency));
	tpl_set(row, "DUE", date_in_words(o->due, words) ? words : o->due);
	tpl_set(row, "DUE_ISO", o->due);
	tpl_set(row, "STATE", state_names[o->state]);
	tpl_set(row, "STATE_LABEL", state_labels[o->state]);
	tpl_show_if(row, "OVERDUE", o->state == CHECKLIST_DUE_OVERDUE);
	tpl_show_if(row, "ACTIVE", s->active);
	tpl_show_if(row, "STOPPED", !s->active);
	if (o->run_id) {
		tpl_dict *r = tpl_add_row(row, "IN_PROGRESS");
		tpl_set_int(r, "RUN_ID", o->run_id);
	} else {
		tpl_show(row, "NOT_STARTED");
	}
	tpl_set_int(row, "MISSED_COUNT", missed);
	tpl_show_if(row, "HAS_MISSED", missed > 0);
	(void)rq;
}

/* See schedules.h. */
int checklist_add_due_rows(struct request *rq, tpl_dict *d, const char *section,
                           enum checklist_scope scope, int warn_days, int count_missed)
{
	char today[11];
	long long team = scope == CHECKLIST_SCOPE_MINE ? checklist_user_team(rq) : 0;
	sqlite3_stmt *st = db_stmt(&sched_table, ST_ACTIVE);
	struct schedule list[500];
	int n = 0, rows = 0, rc;
	if (st == NULL || team < 0)
		return -1;
	today_london(today);
	sqlite3_bind_int64(st, 1, scope == CHECKLIST_SCOPE_MINE ? rq->session->user_id : 0);
	sqlite3_bind_int64(st, 2, team);
	while (db_step_row(st, &rc) && n < 500)
		read_schedule(&rq->arena, st, &list[n++]);
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	for (int i = 0; i < n; i++) {
		struct standing o;
		long long missed;
		if (list[i].freq >= CHECKLIST_FREQ__COUNT)
			continue;
		missed = 0;
		if (standing_of(&list[i], today, warn_days, &o) != 0 ||
		    (count_missed && missed_before(&list[i], today, &missed) != 0))
			return -1;
		if (o.state != CHECKLIST_DUE_OVERDUE && o.state != CHECKLIST_DUE_SOON && o.run_id == 0)
			continue;
		tpl_dict *row = tpl_add_row(d, section);
		if (row == NULL)
			return -1;
		rows++;
		fill_row(rq, row, &list[i], &o, missed);
	}
	return rows;
}

/* See schedules.h. */
int checklist_add_template_schedules(struct request *rq, tpl_dict *d, long long template_id)
{
	char today[11];
	sqlite3_stmt *st = db_stmt(&sched_table, ST_FOR_TEMPLATE);
	struct schedule list[100];
	int n = 0, rc;
	if (st == NULL)
		return -1;
	today_london(today);
	sqlite3_bind_int64(st, 1, template_id);
	while (db_step_row(st, &rc) && n < 100)
		read_schedule(&rq->arena, st, &list[n++]);
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	for (int i = 0; i < n; i++) {
		struct standing o;
		long long missed;
		if (standing_of(&list[i], today, HOME_WARN_DAYS, &o) != 0 || missed_before(&list[i], today, &missed) != 0)
			return -1;
		tpl_dict *row = tpl_add_row(d, "SCHEDULE");
		if (row == NULL)
			return -1;
		fill_row(rq, row, &list[i], &o, missed);
	}
	return n;
}

/* See schedules.h. */
int checklist_schedule_counts(long long *overdue, long long *missed)
{
	char today[11];
	struct arena a = { 0 };
	sqlite3_stmt *st = db_stmt(&sched_table, ST_ACTIVE);
	struct schedule *list = arena_alloc(&a, sizeof *list * 500);
	int n = 0, rc, failed = 0;
	*overdue = *missed = 0;
	if (st == NULL || list == NULL) {
		arena_free(&a);
		return -1;
	}
	today_london(today);
	sqlite3_bind_int64(st, 1, 0);
	sqlite3_bind_int64(st, 2, 0);
	while (db_step_row(st, &rc) && n < 500)
		read_schedule(&a, st, &list[n++]);
	sqlite3_reset(st);
	failed = db_rows_failed(rc);
	for (int i = 0; i < n && !failed; i++) {
		struct standing o;
		long long m;
		if (list[i].freq >= CHECKLIST_FREQ__COUNT)
			continue;
		failed = standing_of(&list[i], today, 0, &o) != 0 || missed_before(&list[i], today, &m) != 0;
		*overdue += o.state == CHECKLIST_DUE_OVERDUE;
		*missed += m;
	}
	arena_free(&a);
	return failed ? -1 : 0;
}

/* Loads schedule id: 1 found, 0 none, -1 error. */
static int load_schedule(struct request *rq, long long id, struct schedule *s)
{
	sqlite3_stmt *st = db_stmt(&sched_table, ST_SCHEDULE);
	int found = db_row_by_id(st, id);
	if (found == 1) {
		read_schedule(&rq->arena, st, s);
		sqlite3_reset(st);
	}
	return found;
}

/* Returns 1 when the signed-in person may run the schedule's checks: a
 * manager, the person it is assigned to, or a member of its team. */
static int may_run(struct request *rq, const struct schedule *s)
{
	if (rq->session->roles & ROLE_MANAGER)
		return 1;
	if (s->user_id)
		return s->user_id == rq->session->user_id;
	long long team = checklist_user_team(rq);
	return team > 0 && team == s->team_id;
}

/* Answers 404 for a schedule that does not exist. */
static int no_schedule(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 404, "There is no checklist schedule with that number.");
	return 0;
}

/* GET /checklists/schedules/{id}: every due date from the first (the last
 * SCHEDULE_HISTORY of them), each done, overdue, missed or to come. */
int checklist_schedule_page(struct request *rq, struct response *rs)
{
	struct schedule s;
	struct page p;
	char today[11];
	int found = load_schedule(rq, rq->path_ids[0], &s);
	if (found <= 0)
		return found < 0 ? -1 : no_schedule(rq, rs);
	long n;
	today_london(today);
	if (s.freq >= CHECKLIST_FREQ__COUNT || checklist_occurrence_on_or_after(s.first_due, s.freq, today, &n) != 0)
		return -1;
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "%s: schedule", s.title), "checklists/schedule.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "ID", s.id);
	tpl_set_int(p.content, "TEMPLATE_ID", s.template_id);
	tpl_set(p.content, "TEMPLATE", s.title);
	tpl_set(p.content, "ASSIGNEE", assignee(&s));
	tpl_set(p.content, "FREQUENCY", options_label(checklist_frequencies, checklist_frequency_labels, s.frequency));
	tpl_set(p.content, "FIRST_DUE", s.first_due);
	tpl_show_if(p.content, s.active ? "ACTIVE" : "STOPPED", 1);
	for (long k = n + 1; k >= 0 && k >= n + 1 - SCHEDULE_HISTORY; k--) {
		char due[11], next[11], words[12];
		long long run;
		int done;
		if (checklist_due_date(s.first_due, s.freq, k, due) == NULL ||
		    checklist_due_date(s.first_due, s.freq, k + 1, next) == NULL || run_for_due(s.id, due, &run, &done) != 0) {
			page_abandon(&p);
			return -1;
		}
		enum checklist_due_state st = checklist_due_state_of(due, next, today, done, HOME_WARN_DAYS);
		tpl_dict *row = tpl_add_row(p.content, "OCCURRENCE");
		tpl_set(row, "DUE", date_in_words(due, words) ? words : due);
		tpl_set(row, "STATE", state_names[st]);
		tpl_set(row, "STATE_LABEL", run && !done ? "In progress" : state_labels[st]);
		if (run) {
			tpl_dict *r = tpl_add_row(row, "RUN");
			tpl_set_int(r, "RUN_ID", run);
		}
	}
	tpl_show_if(p.content, "CAN_RUN", s.active && may_run(rq, &s));
	tpl_show_if(p.content, "CAN_MANAGE", (rq->session->roles & ROLE_MANAGER) && s.active);
	return page_finish(&p, rs);
}

/* See checklists.h: a team or a person (not both, not neither), one that
 * exists and is active. */
void checklist_schedule_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	const struct field_value *team = &f->values[CHECKLIST_SCHED_TEAM], *user = &f->values[CHECKLIST_SCHED_USER];
	if (team->error || user->error)
		return;
	long long t = team->present ? team->number : 0, u = user->present ? user->number : 0;
	if ((t == 0) == (u == 0)) {
		request_form_error(rq, CHECKLIST_SCHED_TEAM, "Choose a team or a person, not both.");
		return;
	}
	if (t && db_id_exists(db_stmt(&sched_table, ST_TEAM_EXISTS), t) != 1)
		request_form_error(rq, CHECKLIST_SCHED_TEAM, "Choose a team from the list.");
	if (u && !team_person_is_active(u))
		request_form_error(rq, CHECKLIST_SCHED_USER, "Choose a person from the list.");
}

/* What a schedule write needs. */
struct sched_ctx {
	struct request *rq;
	long long template_id, id, team_id;
	const char *due;
};

/* Inserts the schedule of the form and audits it. */
static int write_schedule(void *vctx)
{
	struct sched_ctx *c = vctx;
	const struct form *f = request_form(c->rq);
	char now[21];
	sqlite3_stmt *st = db_stmt(&sched_table, ST_INSERT_SCHEDULE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->template_id);
	sqlite3_bind_int64(st, 2, f->values[CHECKLIST_SCHED_TEAM].present ? f->values[CHECKLIST_SCHED_TEAM].number : 0);
	sqlite3_bind_int64(st, 3, f->values[CHECKLIST_SCHED_USER].present ? f->values[CHECKLIST_SCHED_USER].number : 0);
	sqlite3_bind_text(st, 4, f->values[CHECKLIST_SCHED_FREQUENCY].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, f->values[CHECKLIST_SCHED_FIRST_DUE].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, c->rq->session->user_id);
	sqlite3_bind_text(st, 7, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	return audit_record(c->rq, "checklist.scheduled", "checklist_schedule", c->id, f->values[CHECKLIST_SCHED_FREQUENCY].text);
}

/* POST /checklists/templates/{id}/schedules */
int checklist_schedule_submit(struct request *rq, struct response *rs)
{
	struct sched_ctx c = { rq, rq->path_ids[0], 0, 0, NULL };
	struct checklist_version v;
	int found = checklist_version_load(&rq->arena, c.template_id, 0, &v);
	if (found <= 0) {
		if (found == 0)
			respond_error(rq, rs, 404, "There is no checklist template with that number.");
		return found < 0 ? -1 : 0;
	}
	if (db_write(write_schedule, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/templates/%lld?done=scheduled", c.template_id));
	return 0;
}

/* Stops the schedule (its runs stay). */
static int write_stop(void *vctx)
{
	struct sched_ctx *c = vctx;
	sqlite3_stmt *st = db_stmt(&sched_table, ST_STOP);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	int rc = db_exec_changed(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "checklist.schedule_stopped", "checklist_schedule", c->id, "");
}

/* POST /checklists/schedules/{id}/stop */
int checklist_schedule_stop_submit(struct request *rq, struct response *rs)
{
	struct schedule s;
	int found = load_schedule(rq, rq->path_ids[0], &s);
	if (found <= 0)
		return found < 0 ? -1 : no_schedule(rq, rs);
	struct sched_ctx c = { rq, s.template_id, s.id, 0, NULL };
	int rc = db_write(write_stop, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "This schedule has already been stopped.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/templates/%lld?done=stopped", s.template_id));
	return 0;
}

/* Inserts a run of the template's current version for c (schedule c->id,
 * due date c->due) and audits it; sets c->id to the run's id. */
static int write_run(void *vctx)
{
	struct sched_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&sched_table, ST_INSERT_RUN);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->template_id);
	sqlite3_bind_int64(st, 2, c->id);
	sqlite3_bind_int64(st, 3, c->team_id);
	sqlite3_bind_text(st, 4, c->due ? c->due : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, c->rq->session->user_id);
	sqlite3_bind_text(st, 6, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	return audit_record(c->rq, "checklist.run_started", "checklist_run", c->id, c->due ? c->due : "unscheduled");
}

/* POST /checklists/schedules/{id}/run: opens the run of the check open now
 * (the overdue one first), starting it when nobody has. */
int checklist_schedule_run_submit(struct request *rq, struct response *rs)
{
	struct schedule s;
	struct standing o;
	char today[11];
	int found = load_schedule(rq, rq->path_ids[0], &s);
	if (found <= 0)
		return found < 0 ? -1 : no_schedule(rq, rs);
	if (!may_run(rq, &s)) {
		respond_error(rq, rs, 403, "This check is assigned to someone else: only they, their team or a manager can run it.");
		return 0;
	}
	if (!s.active) {
		respond_error(rq, rs, 409, "This schedule has been stopped, so it has no checks to run.");
		return 0;
	}
	if (s.freq >= CHECKLIST_FREQ__COUNT || standing_of(&s, today_london(today), HOME_WARN_DAYS, &o) != 0)
		return -1;
	if (o.run_id) {
		respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld", o.run_id));
		return 0;
	}
	struct sched_ctx c = { rq, s.template_id, s.id, s.team_id, o.due };
	if (c.team_id == 0)
		c.team_id = checklist_user_team(rq) > 0 ? checklist_user_team(rq) : 0;
	if (db_write(write_run, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld", c.id));
	return 0;
}

/* POST /checklists/templates/{id}/run: a manager's unscheduled run, for
 * the team chosen (none: their own). */
int checklist_adhoc_run_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct checklist_version v;
	int found = checklist_version_load(&rq->arena, rq->path_ids[0], 0, &v);
	if (found <= 0) {
		if (found == 0)
			respond_error(rq, rs, 404, "There is no checklist template with that number.");
		return found < 0 ? -1 : 0;
	}
	long long team = f->values[CHECKLIST_ADHOC_TEAM].present ? f->values[CHECKLIST_ADHOC_TEAM].number : 0;
	if (team && db_id_exists(db_stmt(&sched_table, ST_TEAM_EXISTS), team) != 1) {
		respond_error(rq, rs, 400, "Choose a team from the list.");
		return 0;
	}
	struct sched_ctx c = { rq, v.template_id, 0, team ? team : (checklist_user_team(rq) > 0 ? checklist_user_team(rq) : 0), NULL };
	if (db_write(write_run, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld", c.id));
	return 0;
}

/* Managers: the runs waiting for sign-off. Returns the count or -1. */
static int add_waiting(struct request *rq, tpl_dict *panel)
{
	sqlite3_stmt *st = db_stmt(&sched_table, ST_WAITING_SIGNOFF);
	int n = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(panel, "WAITING");
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "RUN_ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TEMPLATE", db_text(st, 1));
		tpl_set(row, "TEAM", db_text(st, 2)[0] ? db_text(st, 2) : "no team");
		tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 3)));
		tpl_set(row, "RAG", db_text(st, 4)[0] ? db_text(st, 4) : "none");
		tpl_set(row, "RAG_LABEL", options_label(checklist_rags, checklist_rag_labels, db_text(st, 4)));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* Builds the managers' part of the home panel, the same for every
 * manager: checks overdue or due this week across the teams and the runs
 * waiting for sign-off, as HTML (a fragment_builder; ctx is the request).
 * Returns 0 or -1. */
static int build_manager_part(void *ctx, char **html, size_t *len, long long *count)
{
	struct request *rq = ctx;
	tpl_dict *d = tpl_dict_new();
	int rc = -1, all = -1, waiting = -1;
	if (d && (all = checklist_add_due_rows(rq, d, "ALL", CHECKLIST_SCOPE_ALL, HOME_WARN_DAYS, 0)) >= 0 &&
	    (waiting = add_waiting(rq, d)) >= 0) {
		tpl_show_if(d, all ? "HAS_ALL" : "NO_ALL", 1);
		tpl_show_if(d, waiting ? "HAS_WAITING" : "NO_WAITING", 1);
		rc = tpl_expand("checklists/home_manager.tpl", d, html, len);
	}
	if (d)
		tpl_dict_free(d);
	*count = all;
	return rc;
}

/* See checklists.h. The managers' part is kept per worker until the
 * database changes (core/fragment.c): it walks every schedule. */
int checklist_home_panel(struct page *p, struct request *rq)
{
	unsigned roles = rq->session->roles;
	if (!(roles & CHECKLIST_USERS))
		return 0;
	tpl_dict *panel = tpl_add_include(p->content, "CHECKLISTS_PANEL", "checklists/home_panel.tpl");
	if (panel == NULL)
		return -1;
	tpl_show(panel, "PANEL");
	int mine = checklist_add_due_rows(rq, panel, "MINE", CHECKLIST_SCOPE_MINE, HOME_WARN_DAYS, 0);
	if (mine < 0)
		return -1;
	tpl_show_if(panel, mine ? "HAS_MINE" : "NO_MINE", 1);
	if (roles & ROLE_MANAGER) {
		char key[64], today[11];
		snprintf(key, sizeof key, "checklists/home-manager/%s", today_london(today));
		const struct fragment *f = fragment_get(key, build_manager_part, rq);
		tpl_dict *m = tpl_add_row(panel, "MANAGER");
		if (f == NULL || m == NULL)
			return -1;
		tpl_set(m, "MANAGER_HTML", f->data);
	}
	return 0;
}
