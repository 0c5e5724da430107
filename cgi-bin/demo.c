/*
 * demo.c: the demo organisation: a contact centre with three teams, the
 * demo accounts (admin, manager, staff1 to staff6, assessor, each with the
 * password frontline-demo) and a few days of activity. Demo accounts are
 * made only here, never by the production init.
 */
#include "demo.h"
#include "demo_standards.h"
#include "demo_plans.h"
#include "demo_kpis.h"
#include "demo_feedback.h"
#include "demo_rota.h"
#include "core/auth.h"
#include "core/db.h"
#include "core/util.h"

#include <stdio.h>
#include <string.h>

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

/* Everything the demo writes, in one transaction. */
static int write_demo(void *hash)
{
	char now[21];
	iso_utc(now_utc(), now);
	int rc = db_exec(db_get(), demo_sql);
	for (size_t i = 0; rc == SQLITE_OK && i < sizeof demo_users / sizeof demo_users[0]; i++)
		rc = insert_user(&demo_users[i], hash, now);
	if (rc == SQLITE_OK)
		rc = insert_history();
	if (rc == SQLITE_OK)
		rc = demo_rota_populate();    /* rota, cover, leave and swaps */
	if (rc == SQLITE_OK)
		rc = demo_standards();        /* standards, SLA, team */
	if (rc == SQLITE_OK)
		rc = demo_kpis_populate();    /* KPIs and actions */
	if (rc == SQLITE_OK)
		rc = demo_plans();            /* service plans (an objective measured by a KPI) */
	if (rc == SQLITE_OK)
		rc = demo_feedback_write();   /* two forms, six months of responses */
	return rc;
}

/* Returns 1 when the database already has accounts. */
static int has_users(void)
{
	sqlite3_stmt *st;
	int found = 0;
	if (sqlite3_prepare_v2(db_get(), "SELECT 1 FROM users LIMIT 1", -1, &st, NULL) == SQLITE_OK) {
		found = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_finalize(st);
	}
	return found;
}

/* See demo.h. One hash serves every demo account: they share a password. */
int demo_populate(void)
{
	char hash[crypto_pwhash_STRBYTES];
	if (has_users())
		return 0;
	if (password_hash(DEMO_PASSWORD, strlen(DEMO_PASSWORD), hash) != 0)
		return 1;
	if (db_write(write_demo, hash) != SQLITE_OK) {
		fprintf(stderr, "frontline-admin: writing the demo data failed\n");
		return 1;
	}
	printf("Demo data written.\n");
	return 0;
}
