/*
 * public_access.c: the union of the public areas' allow-lists as one
 * SQLite authorizer (see public_access.h).
 */
#include "public_access.h"

#include "db.h"
#include "page.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static const struct public_allow *const *allow_lists;

/* See public_access.h. */
void public_access_set(const struct public_allow *const *lists)
{
	allow_lists = lists;
}

/* See public_access.h. */
int public_access_listed(const char *name, const char *const *list)
{
	for (; name && list && *list; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

/* Returns 1 when one list lets column of table be read. */
static int readable(const char *table, const char *column)
{
	for (const struct public_allow *const *l = allow_lists; table && l && *l; l++)
		for (const struct public_read_rule *r = (*l)->read; r && r->table; r++)
			if (strcmp(r->table, table) == 0 &&
			    (r->columns == NULL || public_access_listed(column, r->columns)))
				return 1;
	return 0;
}

/* Returns 1 when one list names table for the operation (0 insert, 1
 * update, 2 delete). */
static int writable(const char *table, int which)
{
	for (const struct public_allow *const *l = allow_lists; table && l && *l; l++) {
		const char *const *list = which == 0 ? (*l)->insert : which == 1 ? (*l)->update : (*l)->remove;
		if (public_access_listed(table, list))
			return 1;
	}
	return 0;
}

/* See public_access.h. */
int public_access_authorizer(void *ctx, int action, const char *a, const char *b,
                             const char *dbname, const char *trigger)
{
	(void)ctx; (void)dbname; (void)trigger;
	switch (action) {
	case SQLITE_SELECT:
	case SQLITE_TRANSACTION:
	case SQLITE_SAVEPOINT:
	case SQLITE_FUNCTION:
		return SQLITE_OK;
	case SQLITE_READ:
		return readable(a, b) ? SQLITE_OK : SQLITE_DENY;
	case SQLITE_INSERT:
		return writable(a, 0) ? SQLITE_OK : SQLITE_DENY;
	case SQLITE_UPDATE:
		return writable(a, 1) ? SQLITE_OK : SQLITE_DENY;
	case SQLITE_DELETE:
		return writable(a, 2) ? SQLITE_OK : SQLITE_DENY;
	default:
		return SQLITE_DENY;
	}
}

/* See public_access.h. */
int public_access_probe(struct request *rq, struct response *rs, const char *const *attempts)
{
	const char *enabled = getenv("FRONTLINE_TEST_FAULTS");
	struct buf out = {0};
	if (enabled == NULL || enabled[0] != '1') {
		respond_error(rq, rs, 404, "There is no page at this address.");
		return 0;
	}
	for (size_t i = 0; attempts[i]; i++) {
		sqlite3_stmt *st = NULL;
		int rc = sqlite3_prepare_v2(db_get(), attempts[i], -1, &st, NULL);
		buf_printf(&out, "%s\t%s\n", rc == SQLITE_OK ? "allowed" : "denied", attempts[i]);
		sqlite3_finalize(st);
	}
	respond_text(rs, 200, out.data ? out.data : "");
	buf_free(&out);
	return 0;
}
