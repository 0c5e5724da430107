/*
 * demo.c: the demo contact centre's rota: equipment, cover needed,
 * this week (published, with one change after publication) and next week
 * (a draft with a working-time warning), a pending leave request, an
 * unavailability, a swap waiting for the manager, and the working-time
 * facts of a young worker and an opted-out worker.
 */
#include "rota.h"
#include "rota_core.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs SQL text; SQLITE_OK or the error. */
static int run(const char *sql)
{
	return db_exec(db_get(), sql);
}

/* Inserts one shift: username, local date, HH:MM start and end, break,
 * role, location, equipment name ("" for none). Returns the shift id, or
 * 0 on failure. */
static long long add_shift(const char *username, const char *date, const char *start, const char *end,
                           int break_minutes, const char *role, const char *location,
                           const char *equipment, int changed)
{
	long long s = 0, e = 0;
	char a[21], b[21], now[21];
	sqlite3_stmt *st;
	parse_clock_time(start, &s);
	parse_clock_time(end, &e);
	if (e <= s)
		e += 1440;
	if (sqlite3_prepare_v2(db_get(),
	        "INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, break_minutes, "
	        "role, location, equipment_id, changed_after_publish, created_at, updated_at) VALUES "
	        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, (SELECT id FROM rota_equipment WHERE name = ?10), ?11, ?12, ?12)",
	        -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_int64(st, 1, auth_user_id(username));
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, iso_utc(london_time(date, (long)s), a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, iso_utc(london_time(date, (long)e), b), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, start, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, end, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 7, break_minutes);
	sqlite3_bind_text(st, 8, role, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, location, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, equipment, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 11, changed);
	sqlite3_bind_text(st, 12, iso_utc(now_utc(), now), -1, SQLITE_STATIC);
	long long id = sqlite3_step(st) == SQLITE_DONE ? sqlite3_last_insert_rowid(db_get()) : 0;
	sqlite3_finalize(st);
	return id;
}

/* A person's usual week: which weekdays (1 Monday .. 7 Sunday, as a
 * string of digits), hours, role, location and equipment. */
struct usual_week {
	const char *username, *days, *start, *end;
	int break_minutes;
	const char *role, *location, *equipment;
};

static const struct usual_week usual[] = {
	{ "staff1", "12345", "08:00", "16:30", 30, "team_leader", "Head office", "Headset 1" },
	{ "manager", "12345", "11:30", "20:00", 30, "team_leader", "Head office", "" },
	{ "staff2", "12345", "08:00", "16:30", 30, "phones", "Head office", "Headset 2" },
	{ "staff3", "1234", "11:30", "20:00", 30, "phones", "Head office", "Headset 3" },
	{ "staff3", "6", "09:00", "13:00", 0, "phones", "Head office", "Headset 3" },
	{ "staff4", "12345", "09:00", "13:00", 0, "email", "Home working", "" },
	{ "staff5", "12345", "09:00", "17:30", 30, "email", "Head office", "Desk A1" },
	{ "staff6", "12346", "09:00", "17:30", 30, "floor", "Customer floor", "" },
};

/* Adds everyone's usual week starting on monday; the draft week leaves
 * out Chloe's Wednesday and Thursday, planned below with too little rest. */
static int add_usual_week(const char *monday, int draft)
{
	char date[11];
	for (size_t i = 0; i < sizeof usual / sizeof usual[0]; i++)
		for (const char *d = usual[i].days; *d; d++) {
			if (draft && strcmp(usual[i].username, "staff3") == 0 && (*d == '3' || *d == '4'))
				continue;
			date_add_days(monday, *d - '1', date);
			if (add_shift(usual[i].username, date, usual[i].start, usual[i].end, usual[i].break_minutes,
			              usual[i].role, usual[i].location, usual[i].equipment, 0) == 0)
				return SQLITE_ERROR;
		}
	return SQLITE_OK;
}

static const char rota_demo_sql[] =
	"INSERT INTO rota_equipment (name, kind) VALUES ('Headset 1', 'headset'), ('Headset 2', 'headset'), "
	"('Headset 3', 'headset'), ('Headset 4', 'headset'), ('Desk A1', 'desk'), ('Desk A2', 'desk'), "
	"('Desk A3', 'desk'), ('Van 1', 'vehicle');"
	/* Cover needed: phones busiest mid-morning, a team leader all day. */
	"WITH RECURSIVE d(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM d WHERE n < 5) "
	"INSERT INTO rota_cover (weekday, start_min, end_min, role, needed) "
	"SELECT n, 480, 600, 'phones', 2 FROM d UNION ALL SELECT n, 600, 960, 'phones', 3 FROM d "
	"UNION ALL SELECT n, 960, 1200, 'phones', 1 FROM d UNION ALL SELECT n, 540, 1020, 'email', 1 FROM d "
	"UNION ALL SELECT n, 480, 1200, 'team_leader', 1 FROM d UNION ALL SELECT n, 540, 1050, 'floor', 1 FROM d;"
	"INSERT INTO rota_cover (weekday, start_min, end_min, role, needed) VALUES (6, 540, 780, 'phones', 1), "
	"(6, 540, 1050, 'floor', 1);";

/* The skills of every member of staff (?1: the staff role). */
static const char rota_people_sql[] =
	"INSERT INTO rota_people (user_id, skills) SELECT id, CASE username "
	"WHEN 'staff1' THEN 'team_leader,phones,email' WHEN 'manager' THEN 'team_leader,phones' "
	"WHEN 'staff2' THEN 'phones,email' WHEN 'staff3' THEN 'phones' WHEN 'staff4' THEN 'email,phones' "
	"WHEN 'staff5' THEN 'email,phones,team_leader' ELSE 'floor' END FROM users WHERE (roles & ?1) <> 0";

/* Sets facts that depend on today: Dev is 17 (an apprentice), Femi has
 * opted out of the 48-hour average; Ben has asked for leave in three
 * weeks; Dev is unavailable next Saturday. */
static int add_people_and_leave(const char *monday, const char *today)
{
	char birthday[24], dob[11], opt_out[11], leave_from[11], leave_to[11], sat[11], now[21];
	snprintf(birthday, sizeof birthday, "%04d%.6s", atoi(today) - 17, today + 4);
	if (date_add_days(birthday, -120, dob) == NULL)     /* 29 February */
		date_add_days(today, -17 * 365 - 120, dob);
	date_add_days(monday, 21 + 2, leave_from);
	date_add_days(monday, 21 + 3, leave_to);
	date_add_days(monday, 7 + 5, sat);
	date_add_days(today, -200, opt_out);
	iso_utc(now_utc(), now);
	char *sql = sqlite3_mprintf(
		"UPDATE rota_people SET date_of_birth = %Q WHERE user_id = (SELECT id FROM users WHERE username = 'staff4');"
		"UPDATE rota_people SET opt_out_date = %Q, opt_out_by = (SELECT id FROM users WHERE username = 'manager') "
		"WHERE user_id = (SELECT id FROM users WHERE username = 'staff6');"
		"INSERT INTO rota_leave (user_id, kind, from_date, to_date, note, status, created_at) "
		"SELECT id, 'leave', %Q, %Q, 'School play', 'pending', %Q FROM users WHERE username = 'staff2';"
		"INSERT INTO rota_leave (user_id, kind, from_date, to_date, note, status, created_at) "
		"SELECT id, 'unavailable', %Q, %Q, 'College course', 'approved', %Q FROM users WHERE username = 'staff4';",
		dob, opt_out, leave_from, leave_to, now, sat, sat, now);
	if (sql == NULL)
		return SQLITE_NOMEM;
	int rc = run(sql);
	sqlite3_free(sql);
	return rc;
}

/* Publishes this week, records one change made after publication, and
 * puts Ben's Friday up for swap, accepted by Chloe. */
static int publish_and_swap(const char *monday, const char *week)
{
	char fri[11], wed[11], now[21];
	date_add_days(monday, 4, fri);
	date_add_days(monday, 2, wed);
	iso_utc(now_utc(), now);
	char *sql = sqlite3_mprintf(
		"INSERT INTO rota_weeks (week, published_at, published_by) SELECT %Q, %Q, id FROM users WHERE username = 'manager';"
		"UPDATE shifts SET equipment_id = (SELECT id FROM rota_equipment WHERE name = 'Van 1'), location = 'Site visits', "
		"changed_after_publish = 1 WHERE local_date = %Q AND user_id = (SELECT id FROM users WHERE username = 'staff6');"
		"INSERT INTO rota_changes (week, user_id, at, summary) SELECT %Q, id, %Q, "
		"'Your Wednesday shift moved to site visits, with Van 1.' FROM users WHERE username = 'staff6';"
		"INSERT INTO rota_swaps (shift_id, offered_by, accepted_by, status, created_at, updated_at) "
		"SELECT s.id, s.user_id, (SELECT id FROM users WHERE username = 'staff3'), 'accepted', %Q, %Q "
		"FROM shifts s JOIN users u ON u.id = s.user_id WHERE u.username = 'staff2' AND s.local_date = %Q;",
		week, now, wed, week, now, now, now, fri);
	if (sql == NULL)
		return SQLITE_NOMEM;
	int rc = run(sql);
	sqlite3_free(sql);
	return rc;
}

/* Records everyone's working-time breaches as a save would. */
static int record_breaches(const char *monday)
{
	struct arena a = {0};
	struct rota_open_breach *open = NULL;
	int n = 0, rc = SQLITE_OK, step = SQLITE_DONE;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db_get(), "SELECT id FROM users WHERE (roles & ?1) <> 0", -1, &st, NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	auth_bind_roles(st, 1, ROLE_STAFF);
	while (rc == SQLITE_OK && db_step_row(st, &step))
		rc = rota_refresh_breaches(&a, sqlite3_column_int64(st, 0), monday, &open, &n);
	if (rc == SQLITE_OK && db_rows_failed(step))
		rc = step;
	sqlite3_finalize(st);
	arena_free(&a);
	return rc;
}

/* See rota.h. */
int rota_demo_write(void)
{
	char today[11], week[9], monday[11], next_monday[11], wed[11], thu[11];
	today_london(today);
	iso_week_of_date(today, week);
	iso_week_monday(week, monday);
	date_add_days(monday, 7, next_monday);
	int rc = run(rota_demo_sql);
	if (rc == SQLITE_OK)
		rc = db_exec_int(db_get(), rota_people_sql, ROLE_STAFF);
	if (rc == SQLITE_OK)
		rc = add_usual_week(monday, 0);
	if (rc == SQLITE_OK)
		rc = add_usual_week(next_monday, 1);
	/* Next week Chloe closes on Wednesday and opens on Thursday: 9 hours'
	 * rest, a working-time warning for the manager to acknowledge. */
	if (rc == SQLITE_OK && (!add_shift("staff3", date_add_days(next_monday, 2, wed), "13:00", "22:00", 30,
	                                   "phones", "Head office", "Headset 3", 0) ||
	                        !add_shift("staff3", date_add_days(next_monday, 3, thu), "07:00", "15:30", 30,
	                                   "phones", "Head office", "Headset 3", 0)))
		rc = SQLITE_ERROR;
	if (rc == SQLITE_OK)
		rc = add_people_and_leave(monday, today);
	if (rc == SQLITE_OK)
		rc = publish_and_swap(monday, week);
	if (rc == SQLITE_OK)
		rc = record_breaches(monday);
	return rc;
}
