/*
 * people.c: pickers and checks of accounts for the standards, SLA and
 * team pages (see people.h).
 */
#include "people.h"
#include "core/auth.h"
#include "core/db.h"
#include "core/options.h"

enum people_stmt { ST_ACTIVE, ST_ONE, ST_STAFF_COUNT, ST__COUNT };
static const char *const people_sql[ST__COUNT] = {
	[ST_ACTIVE] = "SELECT id, display_name FROM users WHERE disabled = 0 "
	              "ORDER BY display_name COLLATE NOCASE",
	[ST_ONE] = "SELECT display_name, disabled, roles FROM users WHERE id = ?",
	[ST_STAFF_COUNT] = "SELECT count(*) FROM users WHERE disabled = 0 AND (roles & ?1) <> 0",
};
static sqlite3_stmt *people_cache[ST__COUNT];
static struct sql_table people_table = { people_sql, ST__COUNT, people_cache, NULL };

/* One row per active account, the chosen one marked. */
int team_people_options(tpl_dict *d, const char *section, long long chosen)
{
	return options_from_stmt(d, section, db_stmt(&people_table, ST_ACTIVE), chosen);
}

/* Looks one account up: sets *disabled and *roles; returns 1 when found. */
static int lookup(long long id, int *disabled, unsigned *roles)
{
	sqlite3_stmt *st = db_stmt(&people_table, ST_ONE);
	int found = 0;
	if (st == NULL || id <= 0)
		return 0;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		found = 1;
		*disabled = sqlite3_column_int(st, 1);
		*roles = (unsigned)sqlite3_column_int(st, 2);
	}
	sqlite3_reset(st);
	return found;
}

/* An account that exists and is not disabled. */
int team_person_is_active(long long id)
{
	int disabled = 1;
	unsigned roles = 0;
	return lookup(id, &disabled, &roles) && !disabled;
}

/* Active staff accounts. */
long long team_staff_count(void)
{
	sqlite3_stmt *st = auth_bind_roles(db_stmt(&people_table, ST_STAFF_COUNT), 1, ROLE_STAFF);
	long long n = -1;
	if (st == NULL)
		return -1;
	return db_count(st, &n) == 0 ? n : -1;
}
