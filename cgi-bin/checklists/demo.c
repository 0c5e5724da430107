/*
 * demo.c: the demo's checklists: the built-in templates scheduled for the
 * demo teams, three months of runs answered, scored and signed off, some
 * failed items with the actions they raised (or a justification), one
 * run waiting for sign-off, one schedule overdue and one due date missed.
 * Dates are relative to today.
 */
#include "checklists.h"
#include "rules.h"
#include "store.h"
#include "core/action.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/util.h"

#include <stdio.h>
#include <string.h>

/* One demo schedule: a template (by name) for a team, how often, the
 * first due date in days from today (or months, for the monthly and
 * quarterly ones), and which past due dates have no run (a bit per due
 * date counted back from the latest: bit 0 the latest). */
struct demo_schedule {
	const char *slug, *team, *frequency;
	int first_days, first_months;
	unsigned unrun;
	const char *runner;          /* username of who runs it */
	const char *owner;           /* username of who owns the actions raised */
};

static const struct demo_schedule demo_schedules[] = {
	{ "service-policy", "Phones", "weekly", -84, 0, 0, "staff1", "staff1" },
	{ "consumer-rights-2015", "Phones", "monthly", 10, -3, 0, "staff2", "manager" },
	{ "uk-gdpr-dpa-2018", "Email and Chat", "monthly", -5, -3, 1u, "staff5", "staff4" },    /* the latest: overdue */
	{ "equality-act-2010", "Customer Floor", "quarterly", 20, -6, 2u, "staff6", "staff6" }, /* the one before: missed */
};

enum demo_stmt {
	ST_INSERT_SCHEDULE, ST_INSERT_RUN, ST_INSERT_ANSWER, ST_SIGN, ST_JUSTIFY, ST_TEMPLATE, ST_USER, ST__COUNT
};
static const char *const demo_sql[ST__COUNT] = {
	[ST_INSERT_SCHEDULE] =
		"INSERT INTO checklist_schedules (template_id, team_id, frequency, first_due, created_by, created_at) "
		"VALUES (?1, (SELECT id FROM teams WHERE name = ?2), ?3, ?4, (SELECT id FROM users WHERE username = 'manager'), ?5)",
	[ST_INSERT_RUN] =
		"INSERT INTO checklist_runs (template_id, version_id, schedule_id, team_id, due_date, started_by, started_at, "
		"status, submitted_at) SELECT ?1, v.id, ?2, s.team_id, ?3, ?4, ?5, 'submitted', ?5 FROM checklist_schedules s "
		"JOIN checklist_templates t ON t.id = s.template_id JOIN checklist_versions v ON v.template_id = t.id "
		"AND v.version = t.current_version WHERE s.id = ?2",
	[ST_INSERT_ANSWER] =
		"INSERT INTO checklist_answers (run_id, item_id, value, outcome, earned, note, record_figure, answered_by, "
		"answered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[ST_SIGN] = "UPDATE checklist_runs SET status = 'signed_off', signed_by = u.id, signed_name = u.display_name, "
	            "signed_at = ?2 FROM users u WHERE u.username = 'manager' AND checklist_runs.id = ?1",
	[ST_JUSTIFY] = "UPDATE checklist_answers SET justification = ?2, justified_by = "
	               "(SELECT id FROM users WHERE username = 'manager'), justified_at = ?3 WHERE id = ?1",
	[ST_TEMPLATE] = "SELECT id FROM checklist_templates WHERE slug = ?",
	[ST_USER] = "SELECT id FROM users WHERE username = ?",
};
static sqlite3_stmt *demo_cache[ST__COUNT];
static struct sql_table demo_table = { demo_sql, ST__COUNT, demo_cache, NULL };

/* The id a one-text-parameter look-up finds (0 when none). */
static long long look_up(size_t stmt, const char *text)
{
	sqlite3_stmt *st = db_stmt(&demo_table, stmt);
	long long id = 0;
	if (st == NULL)
		return 0;
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	return db_count(st, &id) == 0 ? id : 0;
}

/* The answer the demo gives an item: passing unless fail is set. */
static const char *demo_value(struct arena *a, const struct checklist_item *it, int fail, const char *day)
{
	const struct checklist_item_rule *r = &it->rule;
	char date[11];
	switch (r->kind) {
	case CHECKLIST_SCALE:
		return arena_printf(a, "%d", fail ? r->pass_at - 1 : r->scale_max - (int)(it->id % 2));
	case CHECKLIST_NUMBER:
		if (fail)
			return arena_printf(a, "%g", r->has_max ? r->max_value + 3 : r->min_value - 5);
		return arena_printf(a, "%g", r->has_min ? r->min_value : r->max_value);
	case CHECKLIST_DATE:
		return arena_strdup(a, date_add_days(day, fail ? -400 : -(long)(it->id % 9) - 1, date));
	case CHECKLIST_CHOICE: {
		const char *end = strchr(r->choices, '\n');
		const char *last = strrchr(r->choices, '\n');
		return fail && last ? arena_strdup(a, last + 1) : arena_strndup(a, r->choices, end ? (size_t)(end - r->choices) : strlen(r->choices));
	}
	case CHECKLIST_TEXT:
		return "Nothing else to report.";
	default:
		return fail ? "no" : (it->id % 13 == 0 ? "na" : "yes");
	}
}

/* Stores one demo answer; a failure gets a note, then an action or (one
 * in three) a justification. */
static int demo_answer(struct arena *a, long long run_id, const struct checklist_item *it, int fail,
                       const char *day, const char *at, long long runner, const char *title, long long owner)
{
	const char *value = demo_value(a, it, fail, day);
	struct checklist_judgement j = checklist_judge(&it->rule, value, day);
	sqlite3_stmt *st = db_stmt(&demo_table, ST_INSERT_ANSWER);
	if (st == NULL || j.problem)
		return SQLITE_ERROR;
	int failed = j.outcome == CHECKLIST_FAIL;
	sqlite3_bind_int64(st, 1, run_id);
	sqlite3_bind_int64(st, 2, it->id);
	sqlite3_bind_text(st, 3, value, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, checklist_outcomes[j.outcome], -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 5, j.earned);
	sqlite3_bind_text(st, 6, failed ? "Found in this month's sample; the team leader has the case numbers." : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, it->source[0] ? "as the records showed on the day" : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, runner);
	sqlite3_bind_text(st, 9, at, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK || !failed)
		return rc;
	long long answer = sqlite3_last_insert_rowid(db_get());
	if (it->id % 3 == 0) {
		if ((st = db_stmt(&demo_table, ST_JUSTIFY)) == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, answer);
		sqlite3_bind_text(st, 2, "A one-off: the customer asked for it this way and it is recorded on the account.", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, at, -1, SQLITE_TRANSIENT);
		return db_exec_stmt(st);
	}
	/* due in the coming weeks (none overdue) */
	char due[11], today[11];
	long long action;
	struct action_new an = { "corrective", "checklist_item", answer,
	                         arena_printf(a, "Put right: %.120s", it->prompt),
	                         arena_printf(a, "%s checklist due %s: this item failed.", title, day),
	                         owner, date_add_days(today_london(today), 7 + it->id % 28, due) };
	return action_insert(NULL, &an, &action);
}

/* Writes one demo run of a due date: answered, scored, submitted and
 * (unless waiting) signed off. */
static int demo_run(long long template_id, long long schedule_id, const char *due, long long runner, int seq,
                    int waiting, long long owner)
{
	struct arena a = { 0 };
	char at[21], signed_at[21];
	time_t t = london_time(due, 10 * 60);
	iso_utc(t - 86400, at);
	iso_utc(t + 3600, signed_at);
	sqlite3_stmt *st = db_stmt(&demo_table, ST_INSERT_RUN);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, template_id);
	sqlite3_bind_int64(st, 2, schedule_id);
	sqlite3_bind_text(st, 3, due, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, runner);
	sqlite3_bind_text(st, 5, at, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	long long run_id = sqlite3_last_insert_rowid(db_get());
	struct checklist_run r;
	if (rc == SQLITE_OK && checklist_run_load(&a, run_id, &r) != 1)
		rc = SQLITE_ERROR;
	for (size_t i = 0; rc == SQLITE_OK && i < r.version.item_count; i++) {
		const struct checklist_item *it = &r.version.items[i];
		int fail = it->rule.kind != CHECKLIST_TEXT && (seq * 5 + (int)i * 3) % 13 == 0;
		rc = demo_answer(&a, run_id, it, fail, due, at, runner, r.version.title, owner);
	}
	if (rc == SQLITE_OK)
		rc = checklist_run_rescore(&a, run_id);
	if (rc == SQLITE_OK && !waiting && (st = db_stmt(&demo_table, ST_SIGN)) != NULL) {
		sqlite3_bind_int64(st, 1, run_id);
		sqlite3_bind_text(st, 2, signed_at, -1, SQLITE_TRANSIENT);
		rc = db_exec_stmt(st);
	}
	arena_free(&a);
	return rc;
}

/* Writes one demo schedule and its past runs. */
static int demo_schedule(const struct demo_schedule *d, int *seq)
{
	char today[11], first[11], now[21], due[11];
	long long template_id = look_up(ST_TEMPLATE, d->slug), runner = look_up(ST_USER, d->runner);
	enum checklist_frequency f = checklist_frequency_of(d->frequency);
	sqlite3_stmt *st = db_stmt(&demo_table, ST_INSERT_SCHEDULE);
	if (template_id == 0 || st == NULL)
		return SQLITE_ERROR;
	today_london(today);
	date_add_days(today, d->first_days, first);
	date_add_months(first, d->first_months, first);
	sqlite3_bind_int64(st, 1, template_id);
	sqlite3_bind_text(st, 2, d->team, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, d->frequency, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, first, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, iso_utc(now_utc() - 120 * 86400, now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	long long schedule_id = sqlite3_last_insert_rowid(db_get());
	long n;
	if (rc != SQLITE_OK || checklist_occurrence_on_or_after(first, f, today, &n) != 0)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	/* due dates 0 .. n-1 are past (n is today's or the next) */
	for (long k = 0; k < n && rc == SQLITE_OK; k++) {
		long back = n - 1 - k;
		if (back < 32 && (d->unrun >> back) & 1u)
			continue;
		checklist_due_date(first, f, k, due);
		int waiting = f == CHECKLIST_WEEKLY && back == 0;   /* last week's: waiting for sign-off */
		rc = demo_run(template_id, schedule_id, due, runner, (*seq)++, waiting, look_up(ST_USER, d->owner));
	}
	return rc;
}

/* See checklists.h. */
int checklists_demo_write(void)
{
	int rc = checklist_load_builtin(), seq = 1;
	for (size_t i = 0; rc == SQLITE_OK && i < sizeof demo_schedules / sizeof demo_schedules[0]; i++)
		rc = demo_schedule(&demo_schedules[i], &seq);
	return rc;
}
