/*
 * demo.c: the demo's KPIs, a year of monthly results, the actions
 * they led to and the demo SLA's link to its KPI (see kpis.h). Dates
 * are relative to today, so the demo always shows the last twelve months
 * and an action that is overdue now.
 */
#include "kpis.h"
#include "rules.h"
#include "core/db.h"
#include "core/caltime.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MONTHS 12

/* One demo KPI and its twelve monthly values, oldest first. */
struct demo_kpi {
	const char *name, *description, *unit, *direction;
	double target, amber_at, red_at;
	const char *owner;       /* username */
	double values[MONTHS];
};

static const struct demo_kpi demo_kpis[] = {
	{ "Customer satisfaction (CSAT)", "Share of feedback responses scoring 4 or 5 out of 5. "
	  "Serves the goal \"customers rate us the best energy supplier in the region\".", "%", "higher",
	  90, 87, 84, "manager", { 88.5, 89.2, 90.4, 91.0, 90.1, 88.9, 89.6, 90.8, 91.5, 92.0, 91.2, 92.4 } },
	{ "Net Promoter Score", "Promoters minus detractors among customers who answered the "
	  "likelihood-to-recommend question.", "", "higher",
	  40, 30, 20, "manager", { 31, 33, 35, 36, 38, 41, 42, 40, 37, 35, 31, 29 } },
	{ "First contact resolution", "Share of contacts resolved without the customer having to come back "
	  "within seven days.", "%", "higher",
	  75, 70, 65, "staff1", { 76, 77, 75.5, 74, 73, 76, 78, 77, 75, 72, 69, 63 } },
	{ "Complaint response time", "Average hours from a complaint being logged to the first substantive "
	  "reply. Service standard: within one working day.", "hours", "lower",
	  24, 36, 48, "staff5", { 22, 21, 23, 26, 34, 41, 47, 52, 38, 27, 21, 20 } },
	{ "Calls answered within 20 seconds", "Share of inbound calls answered within 20 seconds "
	  "(the service level agreed with the regulator).", "%", "higher",
	  80, 75, 70, "staff1", { 82, 81, 83, 80.5, 79, 78, 76, 74, 71, 68, 73, 76 } },
	{ "Rota cover against demand", "Adviser hours rostered as a share of the hours the demand "
	  "forecast needs.", "%", "higher",
	  95, 90, 85, "manager", { 97, 96, 98, 95.5, 96, 97, 93, 94, 96, 97, 98, 97 } },
};

/* Runs SQL with text parameters (NULL binds NULL); returns SQLITE_OK or
 * the error. */
static int exec_params(const char *sql, int n, const char *const *params)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db_get(), sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	for (int i = 0; i < n; i++)
		if (params[i])
			sqlite3_bind_text(st, i + 1, params[i], -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

/* The first day of the month "back" months before this one. */
static void month_start(int back, char out[11])
{
	char today[11];
	today_london(today);
	int y = atoi(today), m = atoi(today + 5) - back;
	while (m < 1) {
		m += 12;
		y--;
	}
	char tmp[32];
	snprintf(tmp, sizeof tmp, "%04d-%02d-01", y, m);
	memcpy(out, tmp, 11);
}

/* Inserts one KPI and its results; red ones need attention. */
static int insert_kpi(const struct demo_kpi *k, long long *kpi_id, long long result_ids[MONTHS])
{
	char now[21], num[3][32];
	iso_utc(now_utc(), now);
	snprintf(num[0], sizeof num[0], "%g", k->target);
	snprintf(num[1], sizeof num[1], "%g", k->amber_at);
	snprintf(num[2], sizeof num[2], "%g", k->red_at);
	const char *p[] = { k->name, k->description, k->unit, k->direction, num[0], num[1], num[2], k->owner, now };
	int rc = exec_params("INSERT INTO kpis (name, description, unit, direction, target, amber_at, red_at, "
	                     "frequency, source, owner_id, created_by, created_at, updated_at) VALUES "
	                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'monthly', 'manual', "
	                     "(SELECT id FROM users WHERE username = ?8), "
	                     "(SELECT id FROM users WHERE username = 'manager'), ?9, ?9)", 9, p);
	if (rc != SQLITE_OK)
		return rc;
	*kpi_id = sqlite3_last_insert_rowid(db_get());
	struct kpi_thresholds t = { kpi_direction_from(k->direction), k->target, k->amber_at, k->red_at };
	char id[24], period[11], value[32], entered[21];
	snprintf(id, sizeof id, "%lld", *kpi_id);
	for (int i = 0; i < MONTHS && rc == SQLITE_OK; i++) {
		month_start(MONTHS - i, period);
		snprintf(value, sizeof value, "%g", k->values[i]);
		iso_utc(now_utc() - (time_t)(MONTHS - i) * 30 * 86400 + 5 * 86400, entered);
		enum kpi_rag rag = kpi_classify(&t, k->values[i]);
		const char *r[] = { id, period, value, kpi_rag_name(rag), entered };
		rc = exec_params("INSERT INTO kpi_results (kpi_id, period, value, rag, origin, entered_by, entered_at) "
		                 "VALUES (?1, ?2, ?3, ?4, 'manual', (SELECT id FROM users WHERE username = 'manager'), ?5)",
		                 5, r);
		result_ids[i] = sqlite3_last_insert_rowid(db_get());
		if (rc == SQLITE_OK && rag == RAG_RED) {
			char rid[24];
			snprintf(rid, sizeof rid, "%lld", result_ids[i]);
			const char *a[] = { rid, id };
			rc = exec_params("INSERT INTO kpi_attention (result_id, kpi_id) VALUES (?1, ?2)", 2, a);
		}
	}
	return rc;
}

/* The action that answered the complaint response time's red month: root
 * cause, five whys, steps, and a review showing it worked; closed. */
static int insert_closed_action(long long result_id)
{
	char rid[24], due[11], created[21], reviewed[21], baseline[11], after[11];
	char baseline_text[80], result_text[80], label_a[40], label_b[40];
	snprintf(rid, sizeof rid, "%lld", result_id);
	month_start(MONTHS - 7, baseline);
	month_start(1, after);
	date_add_days(baseline, 60, due);
	iso_utc(now_utc() - 130 * 86400, created);
	iso_utc(now_utc() - 6 * 86400, reviewed);
	snprintf(baseline_text, sizeof baseline_text, "Average 52 hours to first reply in %s",
	         kpi_period_label(KPI_MONTHLY, baseline, label_a, sizeof label_a));
	snprintf(result_text, sizeof result_text, "Average 20 hours in %s, under the 24-hour standard",
	         kpi_period_label(KPI_MONTHLY, after, label_b, sizeof label_b));
	const char *p[] = { rid, due, created, reviewed, baseline_text, result_text };
	return exec_params(
		"INSERT INTO actions (kind, source_type, source_id, title, problem, root_cause, why_1, why_2, why_3, "
		"why_4, why_5, steps, owner_id, due_date, status, baseline, result, review, reviewed_by, reviewed_at, "
		"created_by, created_at, updated_at, closed_at) VALUES ('corrective', 'kpi_result', ?1, "
		"'Cut complaint response times back under 24 hours', "
		"'Complaint response time reached 52 hours against a 24-hour standard; three complaints escalated "
		"to the ombudsman because the first reply was late.', 'resources', "
		"'Complaints waited in the shared inbox for up to three days.', "
		"'Nobody owned the inbox on Mondays and Fridays.', "
		"'The complaints handler post was vacant after a resignation.', "
		"'Cover for the post was never planned in the rota.', "
		"'Complaint handling was not treated as a skill needing cover.', "
		"'1. Train two advisers in complaint handling (done in week 1).\n2. Put a named owner for the "
		"complaints inbox on every rota day.\n3. Brief the team at the Monday huddle and show the trend "
		"weekly on the team board.', (SELECT id FROM users WHERE username = 'staff5'), ?2, 'closed', ?5, ?6, "
		"'The response time fell back under the standard within two months and has stayed there. "
		"Keeping the named inbox owner on the rota is now part of the rota checklist.', "
		"(SELECT id FROM users WHERE username = 'manager'), ?4, "
		"(SELECT id FROM users WHERE username = 'manager'), ?3, ?4, ?4)", 6, p);
}

/* The action from the calls-answered red month, due ten days ago and
 * still in progress, so the overdue highlight shows. */
static int insert_overdue_action(long long result_id)
{
	char rid[24], today[11], due[11], created[21];
	snprintf(rid, sizeof rid, "%lld", result_id);
	date_add_days(today_london(today), -10, due);
	iso_utc(now_utc() - 40 * 86400, created);
	const char *p[] = { rid, due, created };
	return exec_params(
		"INSERT INTO actions (kind, source_type, source_id, title, problem, root_cause, why_1, why_2, steps, "
		"owner_id, due_date, status, created_by, created_at, updated_at) VALUES ('corrective', 'kpi_result', "
		"?1, 'Bring calls answered within 20 seconds back to 80%', "
		"'Only 68% of calls were answered within 20 seconds against a service level of 80%.', 'demand', "
		"'Call volumes on Monday mornings were 40% above the forecast.', "
		"'The forecast did not include the effect of the price-change letters.', "
		"'1. Add the letter mailing dates to the demand forecast.\n2. Move two advisers from email to "
		"phones on Monday mornings.', (SELECT id FROM users WHERE username = 'staff1'), ?2, 'in_progress', "
		"(SELECT id FROM users WHERE username = 'manager'), ?3, ?3)", 3, p);
}

/* An improvement action agreed at the demo's team meeting (made by
 * demo_standards), due in three weeks. */
static int insert_meeting_action(void)
{
	char today[11], due[11], created[21];
	date_add_days(today_london(today), 21, due);
	iso_utc(now_utc() - 3 * 86400, created);
	const char *p[] = { due, created };
	return exec_params(
		"INSERT INTO actions (kind, source_type, source_id, title, problem, owner_id, due_date, status, "
		"created_by, created_at, updated_at) VALUES ('improvement', 'meeting', "
		"(SELECT id FROM meetings WHERE title = 'Weekly Phones team meeting'), 'Publish a plain-English guide to the "
		"new tariffs', 'At the team meeting advisers said customers ring back to ask what the tariff "
		"letter means.', (SELECT id FROM users WHERE username = 'staff2'), ?1, 'open', "
		"(SELECT id FROM users WHERE username = 'manager'), ?2, ?2)", 2, p);
}

/* Links the demo SLA (written by standards/demo.c, which runs before the
 * KPIs) to the KPI that measures first replies, so its page shows a result. */
static int link_demo_sla(void)
{
	const char *p[] = { "Complaint response time", "Email first response" };
	return exec_params("UPDATE slas SET kpi_id = (SELECT id FROM kpis WHERE name = ?1) WHERE title = ?2", 2, p);
}

/* See kpis.h. */
int kpis_demo_write(void)
{
	long long ids[sizeof demo_kpis / sizeof demo_kpis[0]];
	long long results[sizeof demo_kpis / sizeof demo_kpis[0]][MONTHS];
	int rc = SQLITE_OK;
	for (size_t i = 0; i < sizeof demo_kpis / sizeof demo_kpis[0] && rc == SQLITE_OK; i++)
		rc = insert_kpi(&demo_kpis[i], &ids[i], results[i]);
	if (rc == SQLITE_OK)
		rc = insert_closed_action(results[3][7]);      /* complaint response time, 52 hours */
	if (rc == SQLITE_OK)
		rc = insert_overdue_action(results[4][9]);     /* calls answered, 68% */
	if (rc == SQLITE_OK)
		rc = insert_meeting_action();
	if (rc == SQLITE_OK)
		rc = link_demo_sla();
	return rc;
}
