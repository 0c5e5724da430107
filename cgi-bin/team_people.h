/*
 * team_people.h: the people of the organisation as the standards, SLA and
 * team pages need them: pickers of active accounts, names, checks.
 */
#ifndef FRONTLINE_TEAM_PEOPLE_H
#define FRONTLINE_TEAM_PEOPLE_H

#include "core/tpl.h"
#include "core/util.h"

/* Adds one row to section per active account (ID, NAME, SELECTED when it
 * is chosen), by name. Returns the number of rows, or -1 on error. */
int people_add_options(tpl_dict *d, const char *section, long long chosen);

/* Returns 1 when id names an account that is not disabled. */
int people_is_active(long long id);

/* Returns 1 when id names an active account holding the staff role. */
int people_is_active_staff(long long id);

/* The display name of an account in the arena, or NULL when there is none. */
const char *people_name(struct arena *a, long long id);

/* How many active accounts hold the staff role (those who must
 * acknowledge standards); -1 on error. */
long long people_staff_count(void);

#endif
