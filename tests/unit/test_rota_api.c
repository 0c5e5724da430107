/*
 * test_rota_api.c: the two functions the rota offers other areas,
 * rota_planned_hours() and rota_cover_percent() (rota.h), against an
 * in-memory database with the real migrations.
 */
#include "check.h"
#include "rota/rota.h"
#include "core/db.h"

#include <math.h>
#include <stdlib.h>

/* Runs SQL, failing the test when it does not work. */
static void run(sqlite3 *db, const char *sql)
{
	CHECK_EQ_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
}

/* Returns 1 when a and b differ by less than a thousandth. */
static int near(double a, double b)
{
	return fabs(a - b) < 0.001;
}

/* Two teams, three people, a few shifts (one over the October clock
 * change) and a cover requirement. */
static void fill(sqlite3 *db)
{
	run(db, "INSERT INTO teams (id, name) VALUES (1, 'Phones'), (2, 'Email');"
	        "INSERT INTO users (id, username, display_name, team_id, password_hash, created_at, updated_at, "
	        "password_changed_at) VALUES (1, 'amy', 'Amy', 1, 'x', '', '', ''), (2, 'ben', 'Ben', 2, 'x', '', '', ''), "
	        "(3, 'cat', 'Cat', 1, 'x', '', '', '');"
	        "INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, break_minutes, role, "
	        "created_at, updated_at) VALUES "
	        "(1, '2026-11-23', '2026-11-23T09:00:00Z', '2026-11-23T17:00:00Z', '09:00', '17:00', 30, 'phones', '', ''),"
	        "(2, '2026-11-24', '2026-11-24T22:00:00Z', '2026-11-25T06:00:00Z', '22:00', '06:00', 60, 'email', '', ''),"
	        "(1, '2026-11-30', '2026-11-30T09:00:00Z', '2026-11-30T17:00:00Z', '09:00', '17:00', 30, 'phones', '', ''),"
	        "(3, '2026-10-24', '2026-10-24T21:00:00Z', '2026-10-25T06:00:00Z', '22:00', '06:00', 0, 'floor', '', '');"
	        "INSERT INTO rota_cover (weekday, start_min, end_min, role, needed) VALUES (1, 480, 600, 'phones', 2);");
}

/* Hours net of breaks, by date range and team; bad dates refused. */
static void test_planned_hours(void)
{
	double h = -1;
	CHECK_EQ_INT(rota_planned_hours("2026-11-23", "2026-11-29", 0, &h), 0);
	CHECK(near(h, 14.5));
	CHECK_EQ_INT(rota_planned_hours("2026-11-23", "2026-11-29", 1, &h), 0);
	CHECK(near(h, 7.5));
	CHECK_EQ_INT(rota_planned_hours("2026-11-23", "2026-11-29", 2, &h), 0);
	CHECK(near(h, 7.0));
	CHECK_EQ_INT(rota_planned_hours("2026-11-23", "2026-11-30", 0, &h), 0);
	CHECK(near(h, 22.0));
	CHECK_EQ_INT(rota_planned_hours("2026-10-24", "2026-10-24", 0, &h), 0);
	CHECK(near(h, 9.0));                                   /* the night the clocks go back */
	CHECK_EQ_INT(rota_planned_hours("2026-12-01", "2026-12-31", 0, &h), 0);
	CHECK(near(h, 0.0));
	CHECK_EQ_INT(rota_planned_hours("2026-11-31", "2026-12-01", 0, &h), -1);
	CHECK_EQ_INT(rota_planned_hours("", "2026-12-01", 0, &h), -1);
}

/* Cover: 2 on phones 08:00-10:00 on Mondays is 4 slot-hours; Amy from
 * 09:00 meets 1, Ben added 08:00-12:00 makes 3, a third person does not
 * count beyond what is needed. */
static void test_cover_percent(sqlite3 *db)
{
	double p = -1;
	CHECK_EQ_INT(rota_cover_percent("2026-11-23", "2026-11-23", &p), 0);
	CHECK(near(p, 25.0));
	CHECK_EQ_INT(rota_cover_percent("2026-11-24", "2026-11-29", &p), 0);
	CHECK(near(p, 100.0));                                 /* nothing needed */
	run(db, "INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, break_minutes, role, "
	        "created_at, updated_at) VALUES (2, '2026-11-23', '2026-11-23T08:00:00Z', '2026-11-23T12:00:00Z', "
	        "'08:00', '12:00', 0, 'phones', '', '')");
	CHECK_EQ_INT(rota_cover_percent("2026-11-23", "2026-11-29", &p), 0);
	CHECK(near(p, 75.0));
	CHECK_EQ_INT(rota_cover_percent("2026-11-23", "2026-11-30", &p), 0);
	CHECK(near(p, 50.0));                                  /* two Mondays: 4 of 8 */
	run(db, "INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, break_minutes, role, "
	        "created_at, updated_at) VALUES (3, '2026-11-23', '2026-11-23T07:00:00Z', '2026-11-23T11:00:00Z', "
	        "'07:00', '11:00', 0, 'phones', '', '')");
	CHECK_EQ_INT(rota_cover_percent("2026-11-23", "2026-11-23", &p), 0);
	CHECK(near(p, 100.0));
	CHECK_EQ_INT(rota_cover_percent("2026-11-30", "2026-11-23", &p), -1);
	CHECK_EQ_INT(rota_cover_percent("2026-02-30", "2026-03-01", &p), -1);
}

int main(void)
{
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return check_summary("rota_api");
	CHECK(db_migrate(db) >= 3);
	db_set(db);
	fill(db);
	test_planned_hours();
	test_cover_percent(db);
	db_close();
	return check_summary("rota_api");
}
