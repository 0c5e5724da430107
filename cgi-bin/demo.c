/*
 * demo.c: the demo organisation, written area by area in one transaction.
 * Each area's demo rows are in the demo.c of its folder; later areas refer
 * to earlier ones (KPIs to the rota and the SLA, plans to KPIs).
 */
#include "demo.h"
#include "accounts/users.h"
#include "checklists/checklists.h"
#include "complaints/complaints.h"
#include "feedback/feedback.h"
#include "kpis/kpis.h"
#include "plans/plans.h"
#include "portfolio/portfolio.h"
#include "privacy/privacy.h"
#include "rota/rota.h"
#include "standards/standards.h"
#include "team/team.h"
#include "core/auth.h"
#include "core/db.h"

#include <stdio.h>
#include <string.h>

/* Everything the demo writes, in one transaction; hash is the demo
 * password's hash. */
static int write_demo(void *hash)
{
	int rc = accounts_demo_write(hash);   /* organisation, teams, accounts */
	if (rc == SQLITE_OK)
		rc = rota_demo_write();           /* rota, cover, leave and swaps */
	if (rc == SQLITE_OK)
		rc = standards_demo_write();      /* standards, SLA */
	if (rc == SQLITE_OK)
		rc = team_demo_write();           /* responsibilities, meeting, coaching */
	if (rc == SQLITE_OK)
		rc = kpis_demo_write();           /* KPIs and actions */
	if (rc == SQLITE_OK)
		rc = plans_demo_write();          /* service plans (an objective measured by a KPI) */
	if (rc == SQLITE_OK)
		rc = feedback_demo_write();       /* two forms, six months of responses */
	if (rc == SQLITE_OK)
		rc = complaints_demo_write();     /* a month of complaints across stages */
	if (rc == SQLITE_OK)
		rc = checklists_demo_write();     /* built-in templates, schedules, three months of runs */
	if (rc == SQLITE_OK)
		rc = privacy_demo_write();        /* requests, breaches, the notice; contact indexes */
	if (rc == SQLITE_OK)
		rc = portfolio_demo_write();      /* the manager's portfolio, from the records above (last) */
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
