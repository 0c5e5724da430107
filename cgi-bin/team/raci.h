/*
 * raci.h: Responsible / Accountable / Consulted / Informed rows for a
 * subject (a standard or a service plan): listing, checking, adding and
 * removing, the RACI section of a subject's page (templates/partials/
 * raci.tpl) and the handlers' common work for its two POST routes.
 */
#ifndef FRONTLINE_TEAM_RACI_H
#define FRONTLINE_TEAM_RACI_H

#include "core/http.h"
#include "core/page.h"
#include "core/route.h"
#include "core/tpl.h"

/* "R", "A", "C", "I" (NULL-terminated, a FIELD_CHOICE list) and their words. */
extern const char *const raci_letters[];
extern const char *const raci_letter_labels[];

/* The form that adds an entry: POST <subject>/raci. */
enum team_raci_field { TEAM_RACI_USER, TEAM_RACI_LETTER, TEAM_RACI__COUNT };
extern const struct field_spec team_raci_fields[TEAM_RACI__COUNT];

/* The word for a letter ("A" gives "Accountable"); "" when unknown. */
const char *raci_letter_label(const char *letter);

/* Adds the RACI include of a subject's page (the heading, the entries
 * and, when can_manage, the remove buttons and the form to add one, with
 * the refused values of rq->form kept). base is the subject's path
 * ("/plans/3"), the forms post under it. Returns 0 or -1. */
int raci_add_section(struct page *p, struct request *rq, const char *subject_type,
                     long long subject_id, const char *base, int can_manage);

/* POST <base>/raci for an existing subject: checks the entry (a problem
 * is shown by its field, status 400, through show_page), saves it and
 * redirects to <base>?done=raci#raci. Returns what a handler returns. */
int raci_add_submit(struct request *rq, struct response *rs, const char *subject_type,
                    long long subject_id, const char *base,
                    int (*show_page)(struct request *, struct response *));

/* POST <base>/raci/{id}/delete: removes the entry (404 when the subject
 * has no such entry) and redirects to <base>?done=raci#raci. */
int raci_delete_submit(struct request *rq, struct response *rs, const char *subject_type,
                       long long subject_id, long long raci_id, const char *base);

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
