/*
 * public.c: main of the public program, which serves customers' feedback
 * forms and the complaint form, and nothing else.
 *
 * It links only the public forms' code and the core, ignores sign-in
 * cookies, and opens the database with an SQLite authorizer allowing the
 * union of the public areas' allow-lists (core/public_access.c with
 * feedback/public_access.c and complaints/public_access.c), so a hole in
 * this program cannot read staff or customer data. `build/public
 * --routes` prints its pages.
 */
#include "complaints/public_form.h"
#include "feedback/public_form.h"
#include "core/auth.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/page.h"
#include "core/server.h"

static const struct area *const public_areas[] = {
	&feedback_public_area,
	&complaint_public_area,
};

/* What the public areas may do in the database, joined by the authorizer. */
static const struct public_allow *const public_allow_lists[] = {
	&feedback_public_allow,
	&complaint_public_allow,
	NULL
};

/* Opens the database (never migrating: that is the intranet's and the
 * admin tool's job), installs the authorizer, loads the key that seals
 * contact details, and stops session look-ups. */
static sqlite3 *open_public_database(const char *path)
{
	sqlite3 *db = db_open(path, 0);
	if (db == NULL)
		return NULL;
	public_access_set(public_allow_lists);
	if (sqlite3_set_authorizer(db, public_access_authorizer, NULL) != SQLITE_OK ||
	    secret_key_ensure_loaded() != 0) {
		sqlite3_close(db);
		return NULL;
	}
	sessions_disable();
	return db;
}

static const struct program public_program = {
	"public", public_areas, sizeof public_areas / sizeof public_areas[0],
	open_public_database
};

int main(int argc, char **argv)
{
	page_set_home("/feedback");   /* the public host has nothing at "/" */
	return server_main(&public_program, argc, argv);
}
