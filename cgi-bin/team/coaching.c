/*
 * coaching.c: the performance and coaching log. Managers write
 * entries about a team member; the member reads their own; nobody else
 * sees them (404, so the log's existence is not revealed). Every viewing
 * is written to the audit trail.
 *
 * Pages: GET /team/coaching, GET /team/coaching/{id}, POST /team/coaching/{id}.
 */
#include "team.h"
#include "people.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

#define ENTRIES_PER_PAGE 20

static const char *const coaching_kinds[] = {
	"coaching", "one_to_one", "observation", "recognition", "concern", NULL
};
static const char *const coaching_kind_labels[] = {
	"Coaching session", "One-to-one", "Observation", "Recognition", "Performance concern", NULL
};

enum coaching_stmt {
	ST_MEMBERS,
	ST_MEMBER,
	ST_COUNT,
	ST_ENTRIES,
	ST_INSERT,
	ST__COUNT
};
static const char *const coaching_sql[ST__COUNT] = {
	[ST_MEMBERS] = "SELECT u.id, u.display_name, u.job_title, coalesce(t.name, ''), "
	               "(SELECT count(*) FROM coaching_entries c WHERE c.user_id = u.id), "
	               "coalesce((SELECT max(held_on) FROM coaching_entries c WHERE c.user_id = u.id), ''), "
	               "coalesce((SELECT min(follow_up) FROM coaching_entries c WHERE c.user_id = u.id AND follow_up <> '' AND follow_up >= ?1), '') "
	               "FROM users u LEFT JOIN teams t ON t.id = u.team_id "
	               "WHERE u.disabled = 0 AND (u.roles & ?2) <> 0 ORDER BY u.display_name COLLATE NOCASE LIMIT 500",
	[ST_MEMBER] = "SELECT display_name, job_title FROM users WHERE id = ?1 AND (roles & ?2) <> 0",
	[ST_COUNT] = "SELECT count(*) FROM coaching_entries WHERE user_id = ?",
	[ST_ENTRIES] = "SELECT c.held_on, c.kind, c.notes, c.agreed, c.follow_up, coalesce(u.display_name, '') "
	               "FROM coaching_entries c LEFT JOIN users u ON u.id = c.author_id "
	               "WHERE c.user_id = ?1 ORDER BY c.held_on DESC, c.id DESC LIMIT ?2 OFFSET ?3",
	[ST_INSERT] = "INSERT INTO coaching_entries (user_id, author_id, held_on, kind, notes, agreed, follow_up, created_at) "
	              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
};
static sqlite3_stmt *coaching_cache[ST__COUNT];
static struct sql_table coaching_table = { coaching_sql, ST__COUNT, coaching_cache, NULL };

const struct field_spec team_coaching_fields[TEAM_COACH__COUNT] = {
	[TEAM_COACH_HELD_ON] = { "held_on", "Date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[TEAM_COACH_KIND] = { "kind", "Kind of entry", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, coaching_kinds },
	[TEAM_COACH_NOTES] = { "notes", "Notes", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[TEAM_COACH_AGREED] = { "agreed", "Agreed next steps", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[TEAM_COACH_FOLLOW_UP] = { "follow_up", "Follow-up date", FIELD_DATE, 0, 0, 0, NULL },
};

static const char *const coaching_notices[] = {
	"added", "The entry has been added to the log.",
	NULL, NULL
};

/* Returns 1 when the signed-in user may see member's log: a manager, or
 * the member themself. */
static int may_see_log(const struct request *rq, long long member)
{
	return (rq->session->roles & ROLE_MANAGER) || rq->session->user_id == member;
}

/* GET /team/coaching: managers get every staff member and the state of
 * their log; anyone else goes to their own log. */
int coaching_index_page(struct request *rq, struct response *rs)
{
	struct page p;
	char today[11];
	if (!(rq->session->roles & ROLE_MANAGER)) {
		respond_redirect(rs, arena_printf(&rq->arena, "/team/coaching/%lld", rq->session->user_id));
		return 0;
	}
	sqlite3_stmt *st = db_stmt(&coaching_table, ST_MEMBERS);
	if (st == NULL || page_begin(&p, rq, rs, "Coaching log", "team/coaching_index.tpl") != 0)
		return -1;
	sqlite3_bind_text(st, 1, today_london(today), -1, SQLITE_TRANSIENT);
	auth_bind_roles(st, 2, ROLE_STAFF);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "MEMBER");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "NAME", db_text(st, 1));
		tpl_set(row, "JOB_TITLE", db_text(st, 2));
		tpl_set(row, "TEAM", db_text(st, 3));
		tpl_set_int(row, "ENTRIES", sqlite3_column_int64(st, 4));
		tpl_set(row, "LAST", db_text(st, 5)[0] ? db_text(st, 5) : "never");
		tpl_set(row, "NEXT_FOLLOW_UP", db_text(st, 6)[0] ? db_text(st, 6) : "none set");
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_MEMBERS" : "NO_MEMBERS", 1);
	return page_finish(&p, rs);
}

/* Writes the audit row of one viewing of a member's log. */
static int write_viewed(void *vctx)
{
	struct request *rq = vctx;
	return audit_record(rq, "coaching.viewed", "user", rq->path_ids[0], "");
}

/* Adds one page of the member's entries; returns the number, -1 on error. */
static int add_entries(struct page *p, long long member, long long page)
{
	sqlite3_stmt *st = db_stmt(&coaching_table, ST_ENTRIES);
	int rows = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, member);
	sqlite3_bind_int(st, 2, ENTRIES_PER_PAGE);
	sqlite3_bind_int64(st, 3, (page - 1) * ENTRIES_PER_PAGE);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "ENTRY");
		if (row == NULL)
			break;
		rows++;
		tpl_set(row, "HELD_ON", db_text(st, 0));
		tpl_set(row, "KIND", options_label(coaching_kinds, coaching_kind_labels, db_text(st, 1)));
		tpl_show_if(row, "IS_CONCERN", strcmp(db_text(st, 1), "concern") == 0);
		tpl_set(row, "NOTES", db_text(st, 2));
		tpl_set(row, "AGREED", db_text(st, 3));
		tpl_show_if(row, "HAS_AGREED", db_text(st, 3)[0] != '\0');
		tpl_set(row, "FOLLOW_UP", db_text(st, 4));
		tpl_show_if(row, "HAS_FOLLOW_UP", db_text(st, 4)[0] != '\0');
		tpl_set(row, "AUTHOR", db_text(st, 5));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : rows;
}

/* The new-entry form for managers, with refused input if any. */
static void add_entry_form(struct page *p, struct request *rq)
{
	const char *kind = "coaching";
	if (!(rq->session->roles & ROLE_MANAGER))
		return;
	tpl_show(p->content, "CAN_WRITE");
	if (rq->form && rq->form->count == TEAM_COACH__COUNT) {
		page_form(p, rq->form);
		kind = rq->form->values[TEAM_COACH_KIND].text;
	} else {
		char today[11];
		tpl_set(p->content, "HELD_ON_VALUE", today_london(today));
	}
	options_from_list(p->content, "KIND_OPTION", coaching_kinds, coaching_kind_labels, kind);
}

/* Looks up a staff member's name and job title; returns 1 when found. */
static int find_member(struct request *rq, long long member, const char **name, const char **job)
{
	sqlite3_stmt *st = db_stmt(&coaching_table, ST_MEMBER);
	int found = 0;
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, member);
	auth_bind_roles(st, 2, ROLE_STAFF);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*name = arena_strdup(&rq->arena, db_text(st, 0));
		*job = arena_strdup(&rq->arena, db_text(st, 1));
		found = 1;
	}
	sqlite3_reset(st);
	return found;
}

/* Answers 404 for a log the user may not see or that does not exist. */
static int no_such_log(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 404, "There is no coaching log here that you can see.");
	return 0;
}

/* GET /team/coaching/{id}: a member's log, for managers and the member;
 * audited. Also the page again when a new entry is refused. */
int coaching_page(struct request *rq, struct response *rs)
{
	long long member = rq->path_ids[0], page = 1, total = 0;
	const char *name, *job;
	const struct form *f = request_form(rq);
	struct page p;
	if (!may_see_log(rq, member) || !find_member(rq, member, &name, &job))
		return no_such_log(rq, rs);
	if (db_write(write_viewed, rq) != SQLITE_OK)
		return -1;
	if (f && f->count == TEAMLIST__COUNT && f->values[TEAMLIST_PAGE].present)
		page = f->values[TEAMLIST_PAGE].number;
	sqlite3_stmt *st = db_stmt(&coaching_table, ST_COUNT);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, member);
	if (db_count(st, &total) != 0)
		return -1;
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "Coaching log: %s", name), "team/coaching.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "ID", member);
	tpl_set(p.content, "MEMBER", name);
	tpl_set(p.content, "JOB_TITLE", job);
	tpl_show_if(p.content, "OWN_LOG", member == rq->session->user_id);
	tpl_show_if(p.content, "MANAGER_VIEW", (rq->session->roles & ROLE_MANAGER) != 0);
	int rows = add_entries(&p, member, page);
	if (rows < 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_ENTRIES" : "NO_ENTRIES", 1);
	add_entry_form(&p, rq);
	page_pager(&p, rq, arena_printf(&rq->arena, "/team/coaching/%lld?", member), page, ENTRIES_PER_PAGE, total);
	page_notice(&p, rq, coaching_notices);
	return page_finish(&p, rs);
}

/* See team.h: the checks beyond the validator table: no date in the
 * future, and a follow-up on or after the entry's date. */
void coaching_check_form(struct request *rq)
{
	char today[11];
	const struct form *f = request_form(rq);
	const struct field_value *held = &f->values[TEAM_COACH_HELD_ON], *follow = &f->values[TEAM_COACH_FOLLOW_UP];
	if (!held->error && strcmp(held->text, today_london(today)) > 0)
		request_form_error(rq, TEAM_COACH_HELD_ON, "Date cannot be in the future.");
	if (!held->error && !follow->error && follow->present && strcmp(follow->text, held->text) < 0)
		request_form_error(rq, TEAM_COACH_FOLLOW_UP, "Follow-up date must be on or after the date of the entry.");
}

/* The log again when the entry's fields were refused, every problem named. */
int coaching_invalid(struct request *rq, struct response *rs)
{
	return coaching_page(rq, rs);
}

/* What adding an entry writes. */
struct coaching_ctx {
	struct request *rq;
	const struct form *f;
	long long member;
};

/* Inserts the entry and audits (never its contents). */
static int write_entry(void *vctx)
{
	struct coaching_ctx *c = vctx;
	const struct form *f = c->f;
	char now[21];
	sqlite3_stmt *st = db_stmt(&coaching_table, ST_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->member);
	sqlite3_bind_int64(st, 2, c->rq->session->user_id);
	sqlite3_bind_text(st, 3, f->values[TEAM_COACH_HELD_ON].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, f->values[TEAM_COACH_KIND].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, f->values[TEAM_COACH_NOTES].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, f->values[TEAM_COACH_AGREED].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, f->values[TEAM_COACH_FOLLOW_UP].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "coaching.added", "user", c->member, f->values[TEAM_COACH_KIND].text);
}

/* POST /team/coaching/{id}: a manager adds an entry to a member's log. */
int coaching_submit(struct request *rq, struct response *rs)
{
	long long member = rq->path_ids[0];
	const char *name, *job;
	if (!find_member(rq, member, &name, &job) || !team_person_is_active(member))
		return no_such_log(rq, rs);
	struct coaching_ctx c = { rq, request_form(rq), member };
	if (db_write(write_entry, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/team/coaching/%lld?done=added", member));
	return 0;
}
