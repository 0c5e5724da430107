/*
 * people.h: the people of the organisation as the standards, SLA and
 * team pages need them: pickers of active accounts, names, checks.
 */
#ifndef FRONTLINE_TEAM_PEOPLE_H
#define FRONTLINE_TEAM_PEOPLE_H

#include "core/tpl.h"
#include "core/util.h"

/* Adds one row to section per active account (ID, NAME, SELECTED when it
 * is chosen), by name. Returns the number of rows, or -1 on error. */
int team_people_options(tpl_dict *d, const char *section, long long chosen);

/* Returns 1 when id names an account that is not disabled. */
int team_person_is_active(long long id);

/* How many active accounts hold the staff role (those who must
 * acknowledge standards); -1 on error. */
long long team_staff_count(void);

#endif
