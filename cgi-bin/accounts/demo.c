/*
 * demo.c: the demo organisation's accounts: a contact centre with three
 * teams, the demo accounts (admin, manager, staff1 to staff6, assessor, iqa,
 * each with the password frontline-demo) and a week of sign-ins for the
 * audit trail. Demo accounts are made only here, never by the production
 * init.
 */
#include "users.h"
#include "core/auth.h"
#include "core/db.h"
#include "core/util.h"

/* One demo account. */
struct demo_user {
	const char *username, *display_name, *job_title, *team, *email;
	unsigned roles;
};

static const struct demo_user demo_users[] = {
	{ "admin", "Priya Shah", "Systems Administrator", NULL, "priya.shah@example.org", ROLE_ADMIN },
	{ "manager", "Daniel Okafor", "Customer Service Manager", "Phones", "daniel.okafor@example.org", ROLE_MANAGER | ROLE_STAFF },
	{ "staff1", "Amy Clarke", "Team Leader", "Phones", "amy.clarke@example.org", ROLE_STAFF },
	{ "staff2", "Ben Hughes", "Customer Adviser", "Phones", "ben.hughes@example.org", ROLE_STAFF },
	{ "staff3", "Chloe Evans", "Customer Adviser", "Phones", "chloe.evans@example.org", ROLE_STAFF },
	{ "staff4", "Dev Patel", "Customer Adviser", "Email and Chat", "dev.patel@example.org", ROLE_STAFF },
	{ "staff5", "Ellie Murphy", "Senior Adviser", "Email and Chat", "ellie.murphy@example.org", ROLE_STAFF },
	{ "staff6", "Femi Adeyemi", "Floor Walker", "Customer Floor", "femi.adeyemi@example.org", ROLE_STAFF },
	{ "assessor", "Margaret Ellis", "Qualification Assessor", NULL, "margaret.ellis@example.org", ROLE_ASSESSOR },
	{ "iqa", "Grace Whitfield", "Internal Quality Assurer", NULL, "grace.whitfield@example.org", ROLE_IQA },
};

/* The organisation, its teams, and a few days of sign-ins for the audit
 * trail, in SQL; :hash is the demo password's hash, :now the time. */
static const char demo_sql[] =
	"UPDATE settings SET value = 'Riverside Energy Customer Service' WHERE key = 'org_name';"
	"INSERT INTO teams (name) VALUES ('Phones'), ('Email and Chat'), ('Customer Floor');";

/* Runs a statement with the user's values bound; returns SQLITE_OK or error. */
static int insert_user(const struct demo_user *u, const char *hash, const char *now)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db_get(),
		"INSERT INTO users (username, display_name, email, job_title, team_id, roles, "
		"password_hash, created_at, updated_at, password_changed_at) VALUES "
		"(?1, ?2, ?3, ?4, (SELECT id FROM teams WHERE name = ?5), ?6, ?7, ?8, ?8, ?8)",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, u->username, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, u->display_name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, u->email, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, u->job_title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, u->team, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, (int)u->roles);
	sqlite3_bind_text(st, 7, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, now, -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_get());
	sqlite3_finalize(st);
	return rc;
}

/* Adds past sign-ins to the audit trail so the admin sees activity. */
static int insert_history(void)
{
	sqlite3_stmt *st;
	char when[21];
	int rc = sqlite3_prepare_v2(db_get(),
		"INSERT INTO audit (at, user_id, username, action, target_type, target_id, ip) "
		"SELECT ?1, id, username, ?2, 'user', id, '10.20.1.' || (id + 10) FROM users WHERE username = ?3",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	time_t now = now_utc();
	for (int day = 6; day >= 0 && rc == SQLITE_OK; day--)
		for (size_t i = 0; i < sizeof demo_users / sizeof demo_users[0] && rc == SQLITE_OK; i++) {
			if ((day + (int)i) % 3 == 0)
				continue;
			time_t t = now - day * 86400 - (time_t)(9 - i) * 1800 - 3600;
			sqlite3_reset(st);
			sqlite3_bind_text(st, 1, iso_utc(t, when), -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(st, 2, "login", -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, demo_users[i].username, -1, SQLITE_STATIC);
			rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_get());
		}
	sqlite3_finalize(st);
	return rc;
}

/* See users.h. */
int accounts_demo_write(const char *password_hash)
{
	char now[21];
	iso_utc(now_utc(), now);
	int rc = db_exec(db_get(), demo_sql);
	for (size_t i = 0; rc == SQLITE_OK && i < sizeof demo_users / sizeof demo_users[0]; i++)
		rc = insert_user(&demo_users[i], password_hash, now);
	if (rc == SQLITE_OK)
		rc = insert_history();
	return rc;
}
