/*
 * raci.c: RACI entries of standards and plans (see raci.h): the
 * rows, the rules (one accountable person, no letter twice), the section
 * both subjects' pages show and the work of their POST handlers.
 */
#include "raci.h"
#include "people.h"
#include "core/audit.h"
#include "core/db.h"

#include <string.h>

const char *const raci_letters[] = { "R", "A", "C", "I", NULL };
const char *const raci_letter_labels[] = {
	"Responsible", "Accountable", "Consulted", "Informed", NULL
};

const struct field_spec team_raci_fields[TEAM_RACI__COUNT] = {
	[TEAM_RACI_USER] = { "user", "Person", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[TEAM_RACI_LETTER] = { "letter", "Role", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, raci_letters },
};

enum raci_stmt { ST_LIST, ST_HOLDS, ST_ACCOUNTABLE, ST_INSERT, ST_DELETE, ST__COUNT };
static const char *const raci_sql[ST__COUNT] = {
	[ST_LIST] = "SELECT r.id, r.letter, u.display_name FROM raci r JOIN users u ON u.id = r.user_id "
	            "WHERE r.subject_type = ?1 AND r.subject_id = ?2 "
	            "ORDER BY instr('RACI', r.letter), u.display_name COLLATE NOCASE",
	[ST_HOLDS] = "SELECT 1 FROM raci WHERE subject_type = ?1 AND subject_id = ?2 AND user_id = ?3 AND letter = ?4",
	[ST_ACCOUNTABLE] = "SELECT u.display_name FROM raci r JOIN users u ON u.id = r.user_id "
	                   "WHERE r.subject_type = ?1 AND r.subject_id = ?2 AND r.letter = 'A'",
	[ST_INSERT] = "INSERT INTO raci (subject_type, subject_id, user_id, letter) VALUES (?1, ?2, ?3, ?4)",
	[ST_DELETE] = "DELETE FROM raci WHERE id = ?3 AND subject_type = ?1 AND subject_id = ?2",
};
static sqlite3_stmt *raci_cache[ST__COUNT];
static struct sql_table raci_table = { raci_sql, ST__COUNT, raci_cache, NULL };

/* The statement with the subject bound as parameters 1 and 2. */
static sqlite3_stmt *subject_stmt(enum raci_stmt which, const char *type, long long id)
{
	sqlite3_stmt *st = db_stmt(&raci_table, which);
	if (st) {
		sqlite3_bind_text(st, 1, type, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, id);
	}
	return st;
}

/* The word for a letter, or "". */
const char *raci_letter_label(const char *letter)
{
	for (size_t i = 0; raci_letters[i]; i++)
		if (strcmp(raci_letters[i], letter) == 0)
			return raci_letter_labels[i];
	return "";
}

/* One row per entry of the subject. */
int raci_add_rows(tpl_dict *d, const char *section, const char *subject_type,
                  long long subject_id)
{
	sqlite3_stmt *st = subject_stmt(ST_LIST, subject_type, subject_id);
	int rows = 0, rc;
	if (st == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, section);
		if (row == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		const char *letter = db_text(st, 1);
		tpl_set_int(row, "RACI_ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "LETTER", letter);
		tpl_set(row, "LETTER_LABEL", raci_letter_label(letter));
		tpl_set(row, "NAME", db_text(st, 2));
		rows++;
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : rows;
}

/* The checks a RACI entry needs beyond its validator table. */
const char *raci_problem(struct arena *a, const char *subject_type, long long subject_id,
                         long long user_id, const char *letter)
{
	if (!team_person_is_active(user_id))
		return "Person must be one of the people listed.";
	sqlite3_stmt *st = subject_stmt(ST_HOLDS, subject_type, subject_id);
	const char *problem = NULL;
	if (st == NULL)
		return "The RACI entries could not be read.";
	sqlite3_bind_int64(st, 3, user_id);
	sqlite3_bind_text(st, 4, letter, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		problem = "That person already has that letter here.";
	sqlite3_reset(st);
	if (problem || strcmp(letter, "A") != 0)
		return problem;
	if ((st = subject_stmt(ST_ACCOUNTABLE, subject_type, subject_id)) == NULL)
		return "The RACI entries could not be read.";
	if (sqlite3_step(st) == SQLITE_ROW)
		problem = arena_printf(a, "Only one person can be accountable, and %s already is: "
		                       "remove them first.", db_text(st, 0));
	sqlite3_reset(st);
	return problem;
}

/* Inserts one entry and its audit row. */
int raci_insert(const struct request *rq, const char *subject_type, long long subject_id,
                long long user_id, const char *letter)
{
	sqlite3_stmt *st = subject_stmt(ST_INSERT, subject_type, subject_id);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 3, user_id);
	sqlite3_bind_text(st, 4, letter, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	long long id = sqlite3_last_insert_rowid(db_get());
	return audit_record(rq, "raci.added", "raci", id,
	                    arena_printf((struct arena *)&rq->arena, "%s %lld user %lld %s",
	                                 subject_type, subject_id, user_id, letter));
}

/* Deletes one entry of the subject and audits. */
int raci_delete(const struct request *rq, const char *subject_type, long long subject_id,
                long long raci_id)
{
	sqlite3_stmt *st = subject_stmt(ST_DELETE, subject_type, subject_id);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 3, raci_id);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	if (sqlite3_changes(db_get()) == 0)
		return SQLITE_NOTFOUND;
	return audit_record(rq, "raci.removed", "raci", raci_id,
	                    arena_printf((struct arena *)&rq->arena, "%s %lld", subject_type, subject_id));
}

/* The add form's pickers: people and letters, the refused choice kept.
 * Returns 0, or -1 when the people could not be read. */
static int add_raci_form(struct page *p, const struct form *f)
{
	long long chosen = 0;
	const char *letter = "";
	if (f && f->specs == team_raci_fields) {
		page_form(p, f);
		chosen = f->values[TEAM_RACI_USER].number;
		letter = f->values[TEAM_RACI_LETTER].text;
	}
	if (team_people_options(p->content, "RACI_PERSON", chosen) < 0)
		return -1;
	for (size_t i = 0; raci_letters[i]; i++) {
		tpl_dict *row = tpl_add_row(p->content, "RACI_LETTER_OPTION");
		if (row == NULL)
			return -1;
		tpl_set(row, "VALUE", raci_letters[i]);
		tpl_set(row, "LABEL", raci_letter_labels[i]);
		tpl_show_if(row, "SELECTED", strcmp(letter, raci_letters[i]) == 0);
	}
	return 0;
}

/* The RACI include of a subject's page. */
int raci_add_section(struct page *p, struct request *rq, const char *subject_type,
                     long long subject_id, const char *base, int can_manage)
{
	tpl_dict *inc = tpl_add_include(p->content, "RACI", "partials/raci.tpl");
	if (inc == NULL)
		return -1;
	tpl_set(inc, "RACI_BASE", base);
	int rows = raci_add_rows(inc, "RACI_ROW", subject_type, subject_id);
	if (rows < 0)
		return -1;
	tpl_show(inc, rows > 0 ? "HAS_RACI" : "NO_RACI");
	if (!can_manage)
		return 0;
	tpl_show(inc, "RACI_MANAGE");
	struct page section = *p;  /* page_form fills section.content: the include */
	section.content = inc;
	return add_raci_form(&section, rq->form);
}

/* What adding or removing an entry writes. */
struct raci_ctx {
	const struct request *rq;
	const char *subject_type;
	long long subject_id, user_id, raci_id;
	const char *letter;
};

/* Adds the entry and audits. */
static int write_raci(void *vctx)
{
	struct raci_ctx *c = vctx;
	return raci_insert(c->rq, c->subject_type, c->subject_id, c->user_id, c->letter);
}

/* Removes the entry and audits. */
static int write_raci_delete(void *vctx)
{
	struct raci_ctx *c = vctx;
	return raci_delete(c->rq, c->subject_type, c->subject_id, c->raci_id);
}

/* Checks, saves and redirects, or shows the page again with the problem. */
int raci_add_submit(struct request *rq, struct response *rs, const char *subject_type,
                    long long subject_id, const char *base,
                    int (*show_page)(struct request *, struct response *))
{
	const struct form *f = request_form(rq);
	const char *problem = raci_problem(&rq->arena, subject_type, subject_id,
	                                   f->values[TEAM_RACI_USER].number, f->values[TEAM_RACI_LETTER].text);
	if (problem)
		request_form_error(rq, strstr(problem, "Person") == problem ? TEAM_RACI_USER : TEAM_RACI_LETTER, problem);
	if (request_form_refused(rq))
		return form_again(rq, rs, show_page);
	struct raci_ctx c = { rq, subject_type, subject_id, f->values[TEAM_RACI_USER].number, 0,
	                      f->values[TEAM_RACI_LETTER].text };
	if (db_write(write_raci, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "%s?done=raci#raci", base));
	return 0;
}

/* Removes and redirects; 404 for an entry the subject does not have. */
int raci_delete_submit(struct request *rq, struct response *rs, const char *subject_type,
                       long long subject_id, long long raci_id, const char *base)
{
	struct raci_ctx c = { rq, subject_type, subject_id, 0, raci_id, NULL };
	int rc = db_write(write_raci_delete, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "That RACI entry does not exist (it may have been removed already).");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "%s?done=raci#raci", base));
	return 0;
}
