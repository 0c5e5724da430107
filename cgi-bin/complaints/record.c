/*
 * record.c: the complaint record as the area's pages share it (see
 * record.h): loading, the handling models, the settings, the business
 * calendar and the clocks' refresh.
 */
#include "record.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum record_stmt {
	ST_LOAD, ST_SETTINGS, ST_PAUSES, ST_SET_CLOCKS, ST_CATEGORIES, ST__COUNT
};
static const char *const record_sql[ST__COUNT] = {
	[ST_LOAD] =
		"SELECT c.source, c.received_at, c.received_day, c.channel, c.customer_name, c.what_happened, "
		"c.what_they_want, c.product, coalesce(k.name, ''), c.severity, c.vulnerability, c.adjustment, "
		"coalesce(c.category_id, 0), coalesce(c.owner_id, 0), coalesce(o.display_name, ''), c.profile, "
		"c.model, c.status, c.stage, c.ack_due, coalesce(c.acknowledged_at, ''), c.response_due, "
		"coalesce(c.responded_at, ''), c.response_summary, coalesce(c.stage1_handler_id, 0), "
		"coalesce(h1.display_name, ''), coalesce(c.escalated_at, ''), c.escalation_reason, "
		"coalesce(c.stage2_handler_id, 0), coalesce(h2.display_name, ''), coalesce(c.stage2_ack_due, ''), "
		"coalesce(c.stage2_acknowledged_at, ''), coalesce(c.stage2_due, ''), coalesce(c.paused_since, ''), "
		"c.paused_days, coalesce(c.closed_at, ''), coalesce(c.closed_day, ''), coalesce(c.closed_by, 0), "
		"coalesce(cb.display_name, ''), c.decision, c.reasons, c.remedy_text, c.still_to_do, c.letter, "
		"c.cra_kind, c.cra_delivered_day, c.cra_attempts, c.cra_remedy, c.refund_agreed_day, "
		"c.refund_paid_day, c.root_cause, c.root_cause_day, c.why_1, c.why_2, c.why_3, c.why_4, c.why_5, "
		"coalesce(c.followup_key, ''), c.contact IS NOT NULL, c.next_due, coalesce(c.ack_days, 0), "
		"coalesce(c.response_days, 0), coalesce(ka.name, ''), coalesce(kr.name, ''), "
		"coalesce(c.ack_days_category, 0), coalesce(c.response_days_category, 0) "
		"FROM complaints c LEFT JOIN complaint_categories k ON k.id = c.category_id "
		"LEFT JOIN complaint_categories ka ON ka.id = c.ack_days_category "
		"LEFT JOIN complaint_categories kr ON kr.id = c.response_days_category "
		"LEFT JOIN users o ON o.id = c.owner_id LEFT JOIN users h1 ON h1.id = c.stage1_handler_id "
		"LEFT JOIN users h2 ON h2.id = c.stage2_handler_id LEFT JOIN users cb ON cb.id = c.closed_by "
		"WHERE c.id = ?",
	[ST_SETTINGS] = "SELECT key, value FROM settings WHERE key IN "
	                "('complaint_profile', 'complaint_model', 'complaint_systemic_n')",
	[ST_PAUSES] = "SELECT started_day, coalesce(ended_day, '') FROM complaint_pauses "
	              "WHERE complaint_id = ? ORDER BY id",
	[ST_SET_CLOCKS] = "UPDATE complaints SET ack_due = ?2, response_due = ?3, stage2_ack_due = ?4, "
	                  "stage2_due = ?5, paused_days = ?6, next_due = ?7 WHERE id = ?1",
	[ST_CATEGORIES] = "SELECT id, name FROM complaint_categories WHERE active = 1 OR id = ?1 ORDER BY name",
};
static sqlite3_stmt *record_cache[ST__COUNT];
static struct sql_table record_table = { record_sql, ST__COUNT, record_cache, NULL };

static const struct complaint_step_def heat_steps[] = {
	{ "hear", "Hear", "Let the customer tell the whole story without interrupting; note the facts and what they want." },
	{ "empathise", "Empathise", "Show you understand how it affected them, in your own words, before any explanation." },
	{ "apologise", "Apologise", "Say sorry for the experience sincerely, whether or not the organisation was at fault." },
	{ "take_ownership", "Take ownership", "Say what you will do and by when, and do it; do not pass the customer on." },
};
static const struct complaint_step_def lass_steps[] = {
	{ "listen", "Listen", "Listen actively to the whole complaint; check you have understood it." },
	{ "apologise", "Apologise", "Apologise for the experience and for how it made them feel." },
	{ "solve", "Solve", "Agree a solution with the customer and carry it out." },
	{ "say_thanks", "Say thanks", "Thank the customer for telling you: it is a chance to put things right." },
};
static const struct complaint_step_def five_steps[] = {
	{ "listen", "Listen", "Let the customer explain fully; note the facts and what they want." },
	{ "empathise", "Empathise", "Acknowledge their feelings and the impact on them." },
	{ "apologise", "Apologise", "Apologise sincerely for the experience." },
	{ "resolve", "Resolve", "Put it right: agree the remedy and carry it out." },
	{ "follow_up", "Follow up", "Check afterwards that the customer is satisfied and the fix held." },
};
static const struct complaint_model models[] = {
	{ "heat", "HEAT (Hear, Empathise, Apologise, Take ownership)", heat_steps, 4 },
	{ "lass", "LASS (Listen, Apologise, Solve, Say thanks)", lass_steps, 4 },
	{ "five", "The 5 steps (listen, empathise, apologise, resolve, follow up)", five_steps, 5 },
};
const char *const complaint_model_keys[] = { "heat", "lass", "five", NULL };
const char *const complaint_model_labels[] = { "HEAT (Hear, Empathise, Apologise, Take ownership)",
	"LASS (Listen, Apologise, Solve, Say thanks)",
	"The 5 steps (listen, empathise, apologise, resolve, follow up)", NULL };

/* See record.h. */
const struct complaint_model *complaint_model_find(const char *key)
{
	for (size_t i = 0; i < sizeof models / sizeof models[0]; i++)
		if (key && strcmp(models[i].key, key) == 0)
			return &models[i];
	return &models[0];
}

/* See record.h. */
const char *complaint_reference(struct arena *a, long long id)
{
	return arena_printf(a, "C-%06lld", id);
}

/* A copy of column i in the arena. */
static const char *col(struct arena *a, sqlite3_stmt *st, int i)
{
	return arena_strdup(a, db_text(st, i));
}

/* See record.h. */
int complaint_load(struct arena *a, long long id, struct complaint *c)
{
	sqlite3_stmt *st = db_stmt(&record_table, ST_LOAD);
	int found = db_row_by_id(st, id);
	if (found != 1)
		return found;
	memset(c, 0, sizeof *c);
	c->id = id;
	c->source = col(a, st, 0); c->received_at = col(a, st, 1); c->received_day = col(a, st, 2);
	c->channel = col(a, st, 3); c->customer_name = col(a, st, 4); c->what_happened = col(a, st, 5);
	c->what_they_want = col(a, st, 6); c->product = col(a, st, 7); c->category = col(a, st, 8);
	c->severity = col(a, st, 9); c->vulnerability = col(a, st, 10); c->adjustment = col(a, st, 11);
	c->category_id = sqlite3_column_int64(st, 12); c->owner_id = sqlite3_column_int64(st, 13);
	c->owner_name = col(a, st, 14); c->profile = col(a, st, 15); c->model = col(a, st, 16);
	c->status = col(a, st, 17); c->stage = sqlite3_column_int(st, 18); c->ack_due = col(a, st, 19);
	c->acknowledged_at = col(a, st, 20); c->response_due = col(a, st, 21);
	c->responded_at = col(a, st, 22); c->response_summary = col(a, st, 23);
	c->stage1_handler_id = sqlite3_column_int64(st, 24); c->stage1_handler_name = col(a, st, 25);
	c->escalated_at = col(a, st, 26); c->escalation_reason = col(a, st, 27);
	c->stage2_handler_id = sqlite3_column_int64(st, 28); c->stage2_handler_name = col(a, st, 29);
	c->stage2_ack_due = col(a, st, 30); c->stage2_acknowledged_at = col(a, st, 31);
	c->stage2_due = col(a, st, 32); c->paused_since = col(a, st, 33);
	c->paused_days = sqlite3_column_int(st, 34); c->closed_at = col(a, st, 35);
	c->closed_day = col(a, st, 36); c->closed_by = sqlite3_column_int64(st, 37);
	c->closed_by_name = col(a, st, 38); c->decision = col(a, st, 39); c->reasons = col(a, st, 40);
	c->remedy_text = col(a, st, 41); c->still_to_do = col(a, st, 42); c->letter = col(a, st, 43);
	c->cra_kind = col(a, st, 44); c->cra_delivered_day = col(a, st, 45);
	c->cra_attempts = sqlite3_column_int(st, 46); c->cra_remedy = col(a, st, 47);
	c->refund_agreed_day = col(a, st, 48); c->refund_paid_day = col(a, st, 49);
	c->root_cause = col(a, st, 50); c->root_cause_day = col(a, st, 51);
	for (int i = 0; i < 5; i++)
		c->why[i] = col(a, st, 52 + i);
	c->followup_key = col(a, st, 57);
	c->has_contact = sqlite3_column_int(st, 58);
	c->next_due = col(a, st, 59);
	c->override.ack_days = sqlite3_column_int(st, 60);
	c->override.response_days = sqlite3_column_int(st, 61);
	c->ack_rule_category = col(a, st, 62);
	c->response_rule_category = col(a, st, 63);
	c->ack_rule_category_id = sqlite3_column_int64(st, 64);
	c->response_rule_category_id = sqlite3_column_int64(st, 65);
	sqlite3_reset(st);
	return 1;
}

/* See record.h. */
int complaint_load_path(struct request *rq, struct response *rs, struct complaint *c)
{
	int found = complaint_load(&rq->arena, rq->path_ids[0], c);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no complaint with that number.");
	return found;
}

/* See record.h. */
int complaint_settings_load(struct arena *a, struct complaint_settings *s)
{
	sqlite3_stmt *st = db_stmt(&record_table, ST_SETTINGS);
	int rc;
	s->profile = "housing";
	s->model = "";
	s->systemic_n = 3;
	while (db_step_row(st, &rc)) {
		const char *key = db_text(st, 0), *value = db_text(st, 1);
		if (strcmp(key, "complaint_profile") == 0)
			s->profile = complaint_profile_find(value)->key;
		else if (strcmp(key, "complaint_model") == 0)
			s->model = arena_strdup(a, value);
		else if (strcmp(key, "complaint_systemic_n") == 0 && atoi(value) >= 2)
			s->systemic_n = atoi(value);
	}
	return db_rows_failed(rc) ? -1 : 0;
}

/* See record.h. */
long complaint_day_of(const char *s)
{
	long d;
	time_t t;
	if (s == NULL || *s == '\0')
		return -1;
	if (date_to_days(s, &d))
		return d;
	if (parse_utc_text(s, &t))
		return london_day(t);
	return -1;
}

/* See record.h. */
long complaint_today(void)
{
	return london_day(now_utc());
}

/* A day number as YYYY-MM-DD (arena), "" for -1. */
static const char *date_text(struct arena *a, long day)
{
	char out[11];
	return day < 0 ? "" : arena_strdup(a, days_to_date(day, out));
}

/* Reads the complaint's pauses that have ended (a running one stops the
 * clock: its days are counted when it ends). Sets *spans (arena) and
 * *count. Returns 0 or -1. */
static int load_pauses(struct arena *a, long long id, struct complaint_pause_span **spans, size_t *count)
{
	sqlite3_stmt *st = db_stmt(&record_table, ST_PAUSES);
	size_t n = 0, cap = 16;
	struct complaint_pause_span *s = arena_alloc(a, cap * sizeof *s);
	int rc;
	if (st == NULL || s == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while (db_step_row(st, &rc)) {
		long from = complaint_day_of(db_text(st, 0)), until = complaint_day_of(db_text(st, 1));
		if (from < 0 || until < 0 || n == cap)
			continue;
		s[n].from_day = from;
		s[n].until_day = until;
		n++;
	}
	if (db_rows_failed(rc))
		return -1;
	*spans = s;
	*count = n;
	return 0;
}

/* See record.h. */
int complaint_refresh_clocks(struct arena *a, long long id)
{
	struct complaint c;
	struct biz_calendar cal;
	struct complaint_pause_span *pauses = NULL;
	size_t np = 0;
	if (complaint_load(a, id, &c) != 1 || complaint_calendar(a, &cal) != 0 ||
	    load_pauses(a, id, &pauses, &np) != 0)
		return SQLITE_ERROR;
	const struct complaint_profile *p = complaint_profile_find(c.profile);
	struct complaint_period ack_period, resp_period;
	complaint_stage1_periods(p, &c.override, &ack_period, &resp_period);
	long received = complaint_day_of(c.received_day);
	long ack = complaint_due_day(&cal, ack_period.calendar, received, ack_period.days, pauses, np);
	long resp = complaint_due_day(&cal, resp_period.calendar, received, resp_period.days, pauses, np);
	long s2_ack = -1, s2 = -1, escalated = complaint_day_of(c.escalated_at);
	if (c.stage == 2 && escalated >= 0) {
		s2_ack = complaint_due_day(&cal, 0, escalated, p->stage2_ack_days, pauses, np);
		s2 = complaint_due_day(&cal, p->stage2_calendar, p->stage2_from_receipt ? received : escalated,
		                       p->stage2_days, pauses, np);
	}
	long today = complaint_today();
	long end = c.closed_day[0] ? complaint_day_of(c.closed_day) : today;
	long paused = complaint_paused_days(&cal, 0, received, end, pauses, np);
	long next = -1;
	if (strcmp(c.status, "open") == 0) {
		if (c.stage == 2)
			next = !c.stage2_acknowledged_at[0] ? s2_ack : s2;
		else
			next = !c.acknowledged_at[0] ? ack : !c.responded_at[0] ? resp : resp;
	}
	sqlite3_stmt *st = db_stmt(&record_table, ST_SET_CLOCKS);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, date_text(a, ack), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, date_text(a, resp), -1, SQLITE_TRANSIENT);
	if (s2_ack >= 0)
		sqlite3_bind_text(st, 4, date_text(a, s2_ack), -1, SQLITE_TRANSIENT);
	if (s2 >= 0)
		sqlite3_bind_text(st, 5, date_text(a, s2), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 6, paused);
	sqlite3_bind_text(st, 7, date_text(a, next), -1, SQLITE_TRANSIENT);
	return db_exec_stmt(st);
}

/* See record.h. */
int complaint_user_is_manager(const struct request *rq)
{
	return rq->session && (rq->session->roles & ROLE_MANAGER);
}

/* See record.h. */
int complaint_add_category_options(tpl_dict *d, long long chosen)
{
	sqlite3_stmt *st = db_stmt(&record_table, ST_CATEGORIES);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, chosen);
	return options_from_stmt(d, "CATEGORY_OPTION", st, chosen);
}
