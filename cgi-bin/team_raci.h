/*
 * team_raci.h: Responsible / Accountable / Consulted / Informed rows for a
 * subject (a standard now; a service plan later): listing, checking,
 * adding and removing. The pages that show a subject call these.
 */
#ifndef FRONTLINE_TEAM_RACI_H
#define FRONTLINE_TEAM_RACI_H

#include "core/http.h"
#include "core/tpl.h"

/* "R", "A", "C", "I" (NULL-terminated, a FIELD_CHOICE list) and their words. */
extern const char *const raci_letters[];
extern const char *const raci_letter_labels[];

/* Adds a row to section per RACI entry of the subject, in R, A, C, I
 * order (RACI_ID, LETTER, LETTER_LABEL, NAME). Returns the count or -1. */
int raci_add_rows(tpl_dict *d, const char *section, const char *subject_type,
                  long long subject_id);

/* Returns NULL when the user may be given the letter on the subject, or a
 * sentence why not: the person is not an active account, already holds
 * that letter, or (for A) someone else is already accountable. */
const char *raci_problem(struct arena *a, const char *subject_type, long long subject_id,
                         long long user_id, const char *letter);

/* Adds the entry and audits it; call inside db_write(). SQLITE_OK or error. */
int raci_insert(const struct request *rq, const char *subject_type, long long subject_id,
                long long user_id, const char *letter);

/* Removes entry raci_id of the subject and audits it; call inside
 * db_write(). SQLITE_NOTFOUND when the subject has no such entry. */
int raci_delete(const struct request *rq, const char *subject_type, long long subject_id,
                long long raci_id);

#endif
