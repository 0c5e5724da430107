/*
 * intranet.c: main of the intranet program: the areas it serves.
 *
 * Each area lists its own pages in its folder's routes.c (method, path,
 * who may use it, validator table, handler); core/route.c denies anything
 * no row grants. `build/intranet --routes` prints every page and its roles.
 */
#include "accounts/users.h"
#include "checklists/checklists.h"
#include "complaints/complaints.h"
#include "feedback/feedback.h"
#include "home/home.h"
#include "kpis/kpis.h"
#include "plans/plans.h"
#include "portfolio/portfolio.h"
#include "privacy/privacy.h"
#include "rota/rota.h"
#include "standards/standards.h"
#include "team/team.h"
#include "core/db.h"
#include "core/server.h"

/* The areas, in the order of the site navigation. */
static const struct area *const intranet_areas[] = {
	&home_area,
	&rota_area,
	&plans_area,
	&standards_area,
	&kpis_area,
	&feedback_area,
	&complaints_area,
	&checklists_area,
	&team_area,
	&portfolio_area,
	&accounts_area,
	&privacy_area,
};

/* Opens the database read-write and brings its schema up to date. */
static sqlite3 *open_intranet_database(const char *path)
{
	sqlite3 *db = db_open(path, 0);
	if (db && db_migrate(db) < 0) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

static const struct program intranet = {
	"intranet", intranet_areas, sizeof intranet_areas / sizeof intranet_areas[0],
	open_intranet_database
};

int main(int argc, char **argv)
{
	return server_main(&intranet, argc, argv);
}
