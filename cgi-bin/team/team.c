/*
 * team.c: the team overview: who does what. Each active person with their
 * job title, the responsibilities a manager has given them and the
 * standards and service plans they are R, A, C or I for; links to the
 * meeting minutes and the coaching log.
 *
 * Pages: GET /team, POST /team/roles, POST /team/roles/{id}/delete.
 */
#include "team.h"
#include "people.h"
#include "raci.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/db.h"

#include <string.h>

#define PEOPLE_PER_PAGE 40

enum team_stmt {
	ST_PEOPLE_COUNT,
	ST_PEOPLE,
	ST_ROLES_OF,
	ST_RACI_OF,
	ST_RECENT_MEETINGS,
	ST_INSERT_ROLE,
	ST_DELETE_ROLE,
	ST__COUNT
};
static const char *const team_sql[ST__COUNT] = {
	[ST_PEOPLE_COUNT] = "SELECT count(*) FROM users WHERE disabled = 0 AND (roles & ?1) <> 0",
	[ST_PEOPLE] = "SELECT u.id, u.display_name, u.job_title, coalesce(t.name, '') FROM users u "
	              "LEFT JOIN teams t ON t.id = u.team_id WHERE u.disabled = 0 AND (u.roles & ?3) <> 0 "
	              "ORDER BY t.name IS NULL, t.name, u.display_name COLLATE NOCASE LIMIT ?1 OFFSET ?2",
	[ST_ROLES_OF] = "SELECT id, responsibility FROM team_roles WHERE user_id = ? ORDER BY id",
	[ST_RACI_OF] = "SELECT r.letter, r.subject_type, r.subject_id, coalesce(s.title, pl.title) FROM raci r "
	               "LEFT JOIN standards s ON r.subject_type = 'standard' AND s.id = r.subject_id "
	               "LEFT JOIN plans pl ON r.subject_type = 'plan' AND pl.id = r.subject_id "
	               "WHERE r.user_id = ? AND coalesce(s.title, pl.title) IS NOT NULL "
	               "ORDER BY instr('RACI', r.letter), r.subject_type DESC, 4",
	[ST_RECENT_MEETINGS] = "SELECT id, held_on, title FROM meetings ORDER BY held_on DESC, id DESC LIMIT 5",
	[ST_INSERT_ROLE] = "INSERT INTO team_roles (user_id, responsibility, created_at) VALUES (?, ?, ?)",
	[ST_DELETE_ROLE] = "DELETE FROM team_roles WHERE id = ?",
};
static sqlite3_stmt *team_cache[ST__COUNT];
static struct sql_table team_table = { team_sql, ST__COUNT, team_cache, NULL };

const struct field_spec team_role_fields[TEAM_TROLE__COUNT] = {
	[TEAM_TROLE_USER] = { "person", "Person", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[TEAM_TROLE_TEXT] = { "responsibility", "Responsibility", FIELD_TEXT, FIELD_REQUIRED, 3, 300, NULL },
};

const struct field_spec team_list_fields[TEAMLIST__COUNT] = {
	[TEAMLIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
};

static const char *const team_notices[] = {
	"role_added", "The responsibility has been added.",
	"role_removed", "The responsibility has been removed.",
	NULL, NULL
};

/* Adds a person's responsibilities and RACI letters (standards, plans) to
 * their row; returns 0, or -1 when they could not be read. */
static int add_person_duties(tpl_dict *row, long long user_id, int can_manage)
{
	sqlite3_stmt *st = db_stmt(&team_table, ST_ROLES_OF);
	int duties = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, user_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *d = tpl_add_row(row, "DUTY");
		if (d == NULL)
			break;
		duties++;
		tpl_set_int(d, "ROLE_ID", sqlite3_column_int64(st, 0));
		tpl_set(d, "TEXT", db_text(st, 1));
		tpl_show_if(d, "CAN_MANAGE", can_manage);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || (st = db_stmt(&team_table, ST_RACI_OF)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, user_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *d = tpl_add_row(row, "RACI");
		if (d == NULL)
			break;
		duties++;
		int is_plan = strcmp(db_text(st, 1), "plan") == 0;
		tpl_set(d, "LETTER", db_text(st, 0));
		tpl_set(d, "LETTER_LABEL", raci_letter_label(db_text(st, 0)));
		tpl_set(d, "SUBJECT_PATH", is_plan ? "plans" : "standards");
		tpl_set(d, "SUBJECT_KIND", is_plan ? "the plan " : "");
		tpl_set_int(d, "SUBJECT_ID", sqlite3_column_int64(st, 2));
		tpl_set(d, "SUBJECT", db_text(st, 3));
	}
	sqlite3_reset(st);
	tpl_show_if(row, "NO_DUTIES", duties == 0);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The five most recent meetings; returns 0, or -1 when they could not be
 * read. */
static int add_recent_meetings(struct page *p)
{
	sqlite3_stmt *st = db_stmt(&team_table, ST_RECENT_MEETINGS);
	int rows = 0, rc;
	if (st == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "MEETING");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "HELD_ON", db_text(st, 1));
		tpl_set(row, "TITLE", db_text(st, 2));
	}
	sqlite3_reset(st);
	tpl_show_if(p->content, rows ? "HAS_MEETINGS" : "NO_MEETINGS", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* GET /team: who does what; also the page again when a new
 * responsibility is refused. */
int team_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long page = 1, total = 0;
	int can_manage = (rq->session->roles & ROLE_MANAGER) != 0;
	struct page p;
	if (f && f->count == TEAMLIST__COUNT && f->values[TEAMLIST_PAGE].present)
		page = f->values[TEAMLIST_PAGE].number;
	sqlite3_stmt *st = auth_bind_roles(db_stmt(&team_table, ST_PEOPLE_COUNT), 1, ROLE_MANAGER | ROLE_STAFF);
	if (st == NULL)
		return -1;
	if (db_count(st, &total) != 0)
		return -1;
	if (page_begin(&p, rq, rs, "Team", "team/team.tpl") != 0)
		return -1;
	long long chosen = 0;
	if (f && f->count == TEAM_TROLE__COUNT) {
		page_form(&p, f);
		chosen = f->values[TEAM_TROLE_USER].number;
	}
	if (add_recent_meetings(&p) != 0 || (st = db_stmt(&team_table, ST_PEOPLE)) == NULL) {
		page_abandon(&p);
		return -1;
	}
	sqlite3_bind_int(st, 1, PEOPLE_PER_PAGE);
	sqlite3_bind_int64(st, 2, (page - 1) * PEOPLE_PER_PAGE);
	auth_bind_roles(st, 3, ROLE_MANAGER | ROLE_STAFF);
	/* rows first, then each person's duties, so one statement steps at a time */
	long long ids[PEOPLE_PER_PAGE];
	tpl_dict *rows[PEOPLE_PER_PAGE];
	int n = 0, rc = SQLITE_DONE;
	while (n < PEOPLE_PER_PAGE && db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "PERSON");
		if (row == NULL)
			break;
		ids[n] = sqlite3_column_int64(st, 0);
		rows[n++] = row;
		tpl_set(row, "NAME", db_text(st, 1));
		tpl_set(row, "JOB_TITLE", db_text(st, 2));
		tpl_set(row, "TEAM", db_text(st, 3));
	}
	sqlite3_reset(st);
	int failed = db_rows_failed(rc);
	for (int i = 0; i < n && !failed; i++)
		failed = add_person_duties(rows[i], ids[i], can_manage) != 0;
	if (failed || (can_manage && team_people_options(p.content, "PERSON_OPTION", chosen) < 0)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, n ? "HAS_PEOPLE" : "NO_PEOPLE", 1);
	tpl_show_if(p.content, "CAN_MANAGE", can_manage);
	tpl_show_if(p.content, can_manage ? "COACHING_ALL" : "COACHING_MINE",
	            (rq->session->roles & (ROLE_MANAGER | ROLE_STAFF)) != 0);
	page_pager(&p, rq, "/team?", page, PEOPLE_PER_PAGE, total);
	page_notice(&p, rq, team_notices);
	return page_finish(&p, rs);
}

/* What adding or removing a responsibility writes. */
struct role_ctx {
	struct request *rq;
	const struct form *f;
	long long id;
};

/* Inserts the responsibility and audits. */
static int write_role(void *vctx)
{
	struct role_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&team_table, ST_INSERT_ROLE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->f->values[TEAM_TROLE_USER].number);
	sqlite3_bind_text(st, 2, c->f->values[TEAM_TROLE_TEXT].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	return audit_record(c->rq, "team.role_added", "user", c->f->values[TEAM_TROLE_USER].number, "");
}

/* See team.h: refuses a person who is not an active account. */
void team_check_role_form(struct request *rq)
{
	const struct form *f = request_form(rq);
	if (!f->values[TEAM_TROLE_USER].error && !team_person_is_active(f->values[TEAM_TROLE_USER].number))
		request_form_error(rq, TEAM_TROLE_USER, "Person must be one of the people listed.");
}

/* The team page again when the new responsibility's fields were refused. */
int team_role_invalid(struct request *rq, struct response *rs)
{
	return team_page(rq, rs);
}

/* POST /team/roles: gives a person a responsibility. */
int team_role_submit(struct request *rq, struct response *rs)
{
	struct role_ctx c = { rq, request_form(rq), 0 };
	if (db_write(write_role, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/team?done=role_added");
	return 0;
}

/* POST /team/roles/{id}/delete */
int team_role_delete_submit(struct request *rq, struct response *rs)
{
	struct audited_delete d = { rq, &team_table, ST_DELETE_ROLE, rq->path_ids[0], "team.role_removed", "team_role" };
	int rc = db_write(audit_delete_by_id, &d);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "That responsibility does not exist (it may have been removed already).");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/team?done=role_removed");
	return 0;
}
