/*
 * demo.c: the demo complaints (see complaints.h): a month at Riverside
 * Energy across channels, categories and stages. The story a manager
 * should find: most complaints are acknowledged and answered in time;
 * one was escalated to stage 2 and is with the manager; one is paused
 * waiting for the customer's meter photos; one is overdue (nobody
 * answered it); three share the root cause "process" (estimated bills
 * sent after a meter reading was given), which has raised a systemic
 * problem; two customers answered the follow-up survey after their
 * complaint was closed; one customer has complained twice (a repeat
 * complainant, matched by the keyed hash of her email address). Contact details are sealed like real ones.
 * "Staff attitude" has its own clocks (acknowledge in 2 working days,
 * respond in 10), set after the month: complaints recorded in it now.
 */
#include "complaints.h"
#include "record.h"
#include "core/caltime.h"
#include "core/db.h"

#include <stdio.h>
#include <string.h>

/* How far a demo complaint has gone. */
enum demo_state { NEW, ACKED, RESPONDED, CLOSED, ESCALATED, PAUSED, OVERDUE };

struct demo_complaint {
	int days_ago;
	const char *channel, *name, *email, *phone, *what, *want, *product;
	int category;             /* complaint_categories.id of the migration's list */
	const char *severity, *adjustment, *vulnerability, *owner;
	enum demo_state state;
	const char *root_cause;
	int followup_csat;        /* closed ones: the follow-up answer, 0 none */
};

static const struct demo_complaint demo[] = {
	{ 29, "phone", "Margaret Holloway", "m.holloway@example.net", "07700 900101",
	  "I gave a meter reading on the phone but the bill was estimated anyway and is 180 pounds too high.",
	  "A corrected bill and an apology.", "Electricity account", 1, "medium", "", "", "staff1", CLOSED, "process", 5 },
	{ 27, "email", "Tom Reid", "tom.reid@example.com", "",
	  "The engineer did not turn up for the smart meter installation and nobody called to say so. I took a day off work.",
	  "Compensation for the lost day and a new appointment.", "Smart meter installation", 2, "high", "", "", "staff2", CLOSED, "resources", 4 },
	{ 25, "letter", "Edith Barnes", "", "0113 496 0302",
	  "My direct debit was doubled without any letter explaining why.",
	  "Put the payment back to what it was.", "Direct debit", 1, "medium", "large_print", "Partially sighted: letters in large print please.", "staff3", CLOSED, "communication", 0 },
	{ 23, "web", "Raj Mehta", "raj.mehta@example.org", "",
	  "Third estimated bill in a row even though I submit readings every month through the app.",
	  "Bills based on my readings.", "Gas account", 1, "medium", "", "", "staff1", CLOSED, "process", 0 },
	{ 21, "phone", "Siobhan Kelly", "", "07700 900245",
	  "The adviser was rude and put the phone down on me when I asked about my balance.",
	  "An apology and someone to explain the balance.", "Customer service", 5, "medium", "", "", "staff2", CLOSED, "people", 0 },
	{ 20, "in_person", "George Adams", "g.adams@example.net", "",
	  "The replacement thermostat you sent stopped working after a week; this is the second one.",
	  "A refund.", "Thermostat (goods)", 3, "medium", "", "", "staff4", CLOSED, "supplier", 0 },
	{ 18, "social", "Lena Fischer", "lena.f@example.com", "",
	  "Waited 50 minutes on hold twice this week to report a fault.",
	  "Shorter waits.", "Phone line", 6, "low", "", "", "staff3", CLOSED, "demand", 0 },
	{ 17, "phone", "Patrick O'Neill", "", "07700 900377",
	  "I was told my account was closed but I am still being charged standing charges.",
	  "Stop the charges and refund them.", "Electricity account", 1, "high", "call_back", "Works nights: call after 2pm.", "staff1", ESCALATED, "systems", 0 },
	{ 15, "email", "Aisha Rahman", "aisha.rahman@example.org", "",
	  "The bill says I owe 340 pounds but my online account says 40 pounds in credit.",
	  "Tell me which is right.", "Gas account", 1, "medium", "", "", "staff4", PAUSED, "", 0 },
	{ 19, "web", "Daniel Wright", "d.wright@example.com", "",
	  "Nobody has replied to the two emails I sent about moving house and the final bill.",
	  "A final bill for the old address.", "Home move", 7, "medium", "", "", "staff5", OVERDUE, "", 0 },
	{ 12, "phone", "Hannah Cole", "", "07700 900412",
	  "Estimated again after I read the meter to your adviser on the phone; the reading was not put on the account.",
	  "Use my reading.", "Electricity account", 1, "medium", "", "", "staff2", RESPONDED, "process", 0 },
	{ 10, "letter", "William Price", "", "0113 496 0520",
	  "My prepayment meter top-ups are not showing, so I nearly ran out of credit in the cold.",
	  "Fix the meter and credit the missing top-ups.", "Prepayment meter", 3, "high", "interpreter", "Prefers Welsh; relative helps by phone.", "staff1", RESPONDED, "", 0 },
	{ 8, "email", "Margaret Holloway", "M.Holloway@example.net", "",
	  "The 50 pound goodwill credit from my last complaint never arrived on the account.",
	  "The credit.", "Tariff offer", 7, "low", "", "", "staff5", ACKED, "", 0 },
	{ 6, "in_person", "Mohammed Ali", "", "07700 900588",
	  "Staff at the branch could not help with my account and sent me to the phone line.",
	  "Help at the branch.", "Leeds branch", 4, "low", "different_channel", "", "staff6", ACKED, "", 0 },
	{ 4, "phone", "Grace Thompson", "grace.t@example.com", "07700 900633",
	  "Installation left a hole in the wall by the meter box.",
	  "Make good the wall.", "Smart meter installation", 2, "medium", "", "", "staff3", ACKED, "", 0 },
	{ 2, "web", "Noah Bennett", "noah.bennett@example.org", "",
	  "Charged a late payment fee although I paid on time by bank transfer.",
	  "Remove the fee.", "Billing", 1, "low", "", "", "staff4", NEW, "", 0 },
	{ 1, "social", "Isla Morgan", "isla.morgan@example.com", "",
	  "Your chat bot keeps closing the chat before an adviser answers.",
	  "Talk to a person.", "Web chat", 6, "low", "", "", "staff5", NEW, "", 0 },
};

enum demo_stmt { ST_INSERT, ST_ACK, ST_STEP, ST_RESPOND, ST_CLOSE, ST_ESCALATE, ST_STAGE2_ACK, ST_PAUSE,
	ST_PAUSED, ST_CAUSE, ST_FOLLOWUP, ST_MODEL, ST_CATEGORY_CLOCK, ST__COUNT };
static const char *const demo_sql[ST__COUNT] = {
	[ST_INSERT] =
		"INSERT INTO complaints (source, received_at, received_day, channel, customer_name, what_happened, "
		"what_they_want, product, category_id, severity, adjustment, vulnerability, owner_id, created_by, "
		"profile, model, ack_due, response_due, created_at, updated_at) "
		"VALUES (CASE ?2 WHEN 'web' THEN 'public' ELSE 'staff' END, ?1, substr(?1, 1, 10), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
		"(SELECT id FROM users WHERE username = ?11), (SELECT id FROM users WHERE username = ?11), "
		"'housing', 'heat', '', '', ?1, ?1)",
	[ST_ACK] = "UPDATE complaints SET acknowledged_at = ?2 WHERE id = ?1",
	[ST_STEP] = "INSERT INTO complaint_steps (complaint_id, step, done_text, done_at, done_by) "
	            "SELECT ?1, ?2, ?3, ?4, owner_id FROM complaints WHERE id = ?1",
	[ST_RESPOND] = "UPDATE complaints SET responded_at = ?2, stage1_handler_id = owner_id, response_summary = ?3 WHERE id = ?1",
	[ST_CLOSE] = "UPDATE complaints SET status = 'closed', closed_at = ?2, closed_day = substr(?2, 1, 10), closed_by = owner_id, "
	             "decision = ?3, reasons = ?4, remedy_text = ?5, letter = ?6, followup_key = ?7 WHERE id = ?1",
	[ST_ESCALATE] = "UPDATE complaints SET stage = 2, escalated_at = ?2, escalation_reason = ?3, "
	                "stage2_handler_id = (SELECT id FROM users WHERE username = 'manager'), "
	                "owner_id = (SELECT id FROM users WHERE username = 'manager') WHERE id = ?1",
	[ST_STAGE2_ACK] = "UPDATE complaints SET stage2_acknowledged_at = ?2 WHERE id = ?1",
	[ST_PAUSE] = "INSERT INTO complaint_pauses (complaint_id, started_at, started_day, reason, started_by) "
	             "SELECT ?1, ?2, substr(?2, 1, 10), ?3, owner_id FROM complaints WHERE id = ?1",
	[ST_PAUSED] = "UPDATE complaints SET paused_since = ?2 WHERE id = ?1",
	[ST_CAUSE] = "UPDATE complaints SET root_cause = ?2, root_cause_day = ?3, why_1 = ?4, why_2 = ?5, why_3 = ?6 WHERE id = ?1",
	[ST_FOLLOWUP] = "INSERT INTO feedback_responses (form_id, form_version, submitted_at, day, touchpoint, csat, nps, "
	                "comment, followup_key) VALUES (1, 1, ?1, substr(?1, 1, 10), 'phone', ?2, ?3, ?4, ?5)",
	[ST_MODEL] = "INSERT OR REPLACE INTO settings (key, value) VALUES ('complaint_model', 'heat')",
	/* set by the manager after the demo's month: complaints recorded in it from now on */
	[ST_CATEGORY_CLOCK] = "UPDATE complaint_categories SET ack_days = 2, response_days = 10 WHERE name = 'Staff attitude'",
};
static sqlite3_stmt *demo_cache[ST__COUNT];
static struct sql_table demo_table = { demo_sql, ST__COUNT, demo_cache, NULL };

static const char *const heat_done[4][2] = {
	{ "hear", "Let the customer explain in full and read back the facts and what they want." },
	{ "empathise", "Acknowledged how stressful the bill was and the time it had taken them." },
	{ "apologise", "Apologised for the experience and for having to chase us." },
	{ "take_ownership", "Told the customer I own the complaint and will call back by the date agreed." },
};

/* Stored UTC text of a demo instant: days_ago days back at hour:00. */
static const char *at(char out[21], int days_ago, int hour)
{
	return iso_utc(now_utc() - (time_t)days_ago * 86400 - (now_utc() % 86400) + (time_t)hour * 3600, out);
}

/* Runs statement which with id and text bindings; SQLITE_OK or the error. */
static int run(enum demo_stmt which, long long id, const char *a, const char *b, const char *c,
               const char *d, const char *e)
{
	sqlite3_stmt *st = db_stmt(&demo_table, which);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, id);
	const char *v[5] = { a, b, c, d, e };
	for (int i = 0; i < 5; i++)
		if (v[i])
			sqlite3_bind_text(st, 2 + i, v[i], -1, SQLITE_TRANSIENT);
	return db_exec_stmt(st);
}

/* Inserts one demo complaint; sets *id. */
static int insert(const struct demo_complaint *c, long long *id)
{
	char received[21];
	sqlite3_stmt *st = db_stmt(&demo_table, ST_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, at(received, c->days_ago, 10), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, c->channel, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, c->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, c->what, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, c->want, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, c->product, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 7, c->category);
	sqlite3_bind_text(st, 8, c->severity, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, c->adjustment, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, c->vulnerability, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, c->owner, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	*id = sqlite3_last_insert_rowid(db_get());
	if (rc == SQLITE_OK)
		rc = complaint_store_contact(*id, c->email, c->phone);
	return rc;
}

/* Closes a demo complaint at stage 1 with its letter and follow-up key,
 * and stores the follow-up answer when the customer gave one. */
static int close_one(struct arena *a, const struct demo_complaint *c, long long id)
{
	static const char reasons[] = "We should have used the information you gave us; we have corrected your account.";
	static const char remedy[] = "A corrected bill and a goodwill credit of 25 pounds.";
	struct complaint loaded;
	char t[21], day[11], key[33];
	if (complaint_load(a, id, &loaded) != 1)
		return SQLITE_ERROR;
	const char *letter = complaint_letter_text(a, &loaded, loaded.owner_name, "upheld", reasons, remedy, "",
	                                           london_date(now_utc() - (time_t)(c->days_ago - 7) * 86400, day));
	sqlite3_stmt *st = db_stmt(&demo_table, ST_CLOSE);
	if (st == NULL || letter == NULL)
		return SQLITE_ERROR;
	random_hex(key, 16);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, at(t, c->days_ago - 7, 16), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, "upheld", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, reasons, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, remedy, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, letter, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 7, key, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK || c->followup_csat == 0)
		return rc;
	if ((st = db_stmt(&demo_table, ST_FOLLOWUP)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, at(t, c->days_ago - 9, 12), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, c->followup_csat);
	sqlite3_bind_int(st, 3, c->followup_csat == 5 ? 9 : 8);
	sqlite3_bind_text(st, 4, "Sorted out quickly once I complained, thank you.", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, key, -1, SQLITE_TRANSIENT);
	return db_exec_stmt(st);
}

/* Takes one demo complaint as far as its state says. */
static int advance(struct arena *a, const struct demo_complaint *c, long long id, int index)
{
	char t[21];
	int rc = SQLITE_OK;
	int days = c->days_ago;
	if (c->state == NEW)
		return SQLITE_OK;
	/* the overdue one was acknowledged late, and nobody has answered since */
	rc = run(ST_ACK, id, at(t, c->state == OVERDUE ? days - 7 : days - 1, 11), NULL, NULL, NULL, NULL);
	for (int s = 0; rc == SQLITE_OK && s < 4; s++) {
		if ((c->state == ACKED && s >= 2) || (index == 4 && s == 1))
			continue;          /* in progress; and one record skips "Empathise" */
		rc = run(ST_STEP, id, heat_done[s][0], heat_done[s][1], at(t, days - 1, 11 + s), NULL, NULL);
	}
	if (rc == SQLITE_OK && c->root_cause[0]) {
		char day[11];
		rc = run(ST_CAUSE, id, c->root_cause, london_date(now_utc() - (time_t)(days > 5 ? days - 5 : 0) * 86400, day),
		         "The bill was estimated", "The reading was not entered on the account",
		         "Phone readings go on a paper list keyed in later");
	}
	if (rc != SQLITE_OK || c->state == ACKED || c->state == OVERDUE)
		return rc;
	if (c->state == PAUSED)
		return run(ST_PAUSE, id, at(t, days - 3, 14), "Waiting for the customer's photos of both meters", NULL, NULL, NULL) == SQLITE_OK
		       ? run(ST_PAUSED, id, t, NULL, NULL, NULL, NULL) : SQLITE_ERROR;
	rc = run(ST_RESPOND, id, at(t, days - 6, 15), "We have checked the account, corrected it and explained the reason by phone and email.", NULL, NULL, NULL);
	if (rc != SQLITE_OK || c->state == RESPONDED)
		return rc;
	if (c->state == ESCALATED) {
		rc = run(ST_ESCALATE, id, at(t, days - 8, 10), "The customer says the charges are still being taken and wants a senior manager to look again.", NULL, NULL, NULL);
		return rc == SQLITE_OK ? run(ST_STAGE2_ACK, id, at(t, days - 9, 10), NULL, NULL, NULL, NULL) : rc;
	}
	return close_one(a, c, id);
}

/* See complaints.h. */
int complaints_demo_write(void)
{
	struct arena a = {0};
	int rc = run(ST_MODEL, 0, NULL, NULL, NULL, NULL, NULL);
	for (size_t i = 0; rc == SQLITE_OK && i < sizeof demo / sizeof demo[0]; i++) {
		long long id = 0;
		rc = insert(&demo[i], &id);
		if (rc == SQLITE_OK)
			rc = advance(&a, &demo[i], id, (int)i);
		if (rc == SQLITE_OK)
			rc = complaint_refresh_clocks(&a, id);
	}
	char today[11];
	if (rc == SQLITE_OK)
		rc = complaint_systemic_check("process", today_london(today), 3);
	if (rc == SQLITE_OK)
		rc = run(ST_CATEGORY_CLOCK, 0, NULL, NULL, NULL, NULL, NULL);
	arena_free(&a);
	return rc;
}
