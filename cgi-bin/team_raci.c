/*
 * team_raci.c: RACI entries of standards and plans (see team_raci.h).
 */
#include "team_raci.h"
#include "team_people.h"
#include "core/audit.h"
#include "core/db.h"

#include <string.h>

const char *const raci_letters[] = { "R", "A", "C", "I", NULL };
const char *const raci_letter_labels[] = {
	"Responsible", "Accountable", "Consulted", "Informed", NULL
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

/* One row per entry of the subject. */
int raci_add_rows(tpl_dict *d, const char *section, const char *subject_type,
                  long long subject_id)
{
	sqlite3_stmt *st = subject_stmt(ST_LIST, subject_type, subject_id);
	int rows = 0, rc;
	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		tpl_dict *row = tpl_add_row(d, section);
		if (row == NULL)
			break;
		const char *letter = db_text(st, 1);
		tpl_set_int(row, "RACI_ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "LETTER", letter);
		for (size_t i = 0; raci_letters[i]; i++)
			if (strcmp(raci_letters[i], letter) == 0)
				tpl_set(row, "LETTER_LABEL", raci_letter_labels[i]);
		tpl_set(row, "NAME", db_text(st, 2));
		rows++;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? rows : -1;
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
