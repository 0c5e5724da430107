/*
 * test_datamap.c: the `-- @data` declaration parser (core/datamap.c):
 * keys add up over lines, column entries inherit, malformed lines are
 * refused with a message naming the file and line; and the declarations
 * of the real migrations cover every table of a migrated database and
 * name only tables and columns that exist.
 */
#include "check.h"
#include "core/datamap.h"
#include "core/db.h"

#include <stdlib.h>
#include <string.h>

/* Parses text as one migration and finishes the map; returns the result
 * of the first step that failed (0 when both passed), err the message. */
static int parse(struct datamap *m, const char *text, char *err, size_t size)
{
	memset(m, 0, sizeof *m);
	err[0] = '\0';
	if (datamap_parse_text(m, "099_test.sql", text, strlen(text), err, size) != 0)
		return -1;
	return datamap_finish(m, err, size) != 0 ? -2 : 0;
}

/* A complete declaration over several lines, with a column entry. */
static void test_parse_good(void)
{
	struct datamap m;
	char err[512];
	const char *text =
		"-- a comment\n"
		"-- @data things subject: customer; category: customer opinions;\n"
		"-- @data things purpose: improving the service; basis: legitimate interests;\n"
		"-- @data things retention: 6 years after made_at; expiry: delete\n"
		"-- @data things person: contact contact; erasure: delete; audit: thing\n"
		"-- @data things.contact category: customer contact details; basis: consent;\n"
		"-- @data things.contact retention: 12 months after made_at; expiry: clear contact,note\n"
		"CREATE TABLE things (id INTEGER PRIMARY KEY);\n"
		"-- @data rates subject: none\n";
	CHECK_EQ_INT(parse(&m, text, err, sizeof err), 0);
	CHECK_STR_EQ(err, "");
	CHECK_EQ_INT((long long)m.count, 3);
	const struct datamap_entry *t = datamap_find(&m, "things", NULL);
	const struct datamap_entry *c = datamap_find(&m, "things", "contact");
	if (!CHECK_NOT_NULL(t) || !CHECK_NOT_NULL(c))
		return;
	CHECK_STR_EQ(t->subject, "customer");
	CHECK_STR_EQ(t->basis, "legitimate interests");
	CHECK_EQ_INT(t->period, 6);
	CHECK_EQ_INT(t->unit, DATAMAP_YEARS);
	CHECK_STR_EQ(t->after, "made_at");
	CHECK_EQ_INT(t->expiry, DATAMAP_ACTION_DELETE);
	CHECK_EQ_INT(t->person, DATAMAP_PERSON_CONTACT);
	CHECK_STR_EQ(t->person_columns.name[0], "contact");
	CHECK_STR_EQ(t->audit, "thing");
	/* the column's own keys, and the rest inherited */
	CHECK_STR_EQ(c->basis, "consent");
	CHECK_EQ_INT(c->period, 12);
	CHECK_EQ_INT(c->unit, DATAMAP_MONTHS);
	CHECK_EQ_INT(c->expiry, DATAMAP_ACTION_CLEAR);
	CHECK_EQ_INT((long long)c->expiry_columns.count, 2);
	CHECK_STR_EQ(c->expiry_columns.name[1], "note");
	CHECK_STR_EQ(c->subject, "customer");
	CHECK_STR_EQ(c->purpose, "improving the service");
	CHECK_EQ_INT(c->erasure, DATAMAP_ACTION_DELETE);
	CHECK_STR_EQ(c->source, "099_test.sql");
	const struct datamap_entry *r = datamap_find(&m, "rates", "");
	if (CHECK_NOT_NULL(r))
		CHECK_STR_EQ(r->subject, "none");
	CHECK_NULL(datamap_find(&m, "absent", NULL));
	datamap_free(&m);
}

/* The last value of a key wins; keep gives its reason; staff columns. */
static void test_parse_later_wins(void)
{
	struct datamap m;
	char err[512];
	const char *text =
		"-- @data shifts subject: staff; category: employee records; purpose: rota; basis: contract\n"
		"-- @data shifts retention: 1 year after end_utc; expiry: delete\n"
		"-- @data shifts retention: 2 years after end_utc\n"
		"-- @data shifts person: user_id, decided_by; erasure: keep working-time records (2 years)\n";
	CHECK_EQ_INT(parse(&m, text, err, sizeof err), 0);
	const struct datamap_entry *e = datamap_find(&m, "shifts", NULL);
	if (!CHECK_NOT_NULL(e))
		return;
	CHECK_EQ_INT(e->period, 2);
	CHECK_STR_EQ(e->retention, "2 years after end_utc");
	CHECK_EQ_INT(e->person, DATAMAP_PERSON_USER);
	CHECK_EQ_INT((long long)e->person_columns.count, 2);
	CHECK_STR_EQ(e->person_columns.name[1], "decided_by");
	CHECK_EQ_INT(e->erasure, DATAMAP_ACTION_KEEP);
	CHECK_STR_EQ(e->erasure_reason, "working-time records (2 years)");
	datamap_free(&m);
}

/* One malformed declaration: refused at the parse (-1) or the finish
 * (-2) with a message holding part. */
static void refused(const char *text, int step, const char *part)
{
	struct datamap m;
	char err[512];
	int got = parse(&m, text, err, sizeof err);
	if (!CHECK_EQ_INT(got, step))
		printf("  for: %s  got: %s\n", text, err);
	CHECK_CONTAINS(err, part);
	datamap_free(&m);
}

/* Malformed lines are refused with the file, the line and the problem. */
static void test_parse_refusals(void)
{
	refused("\n-- @data t subject: nobody\n", -1, "099_test.sql line 2: subject must be");
	refused("-- @data t subject staff\n", -1, "each item is \"key: value\"");
	refused("-- @data t colour: blue\n", -1, "unknown key");
	refused("-- @data T subject: none\n", -1, "starts with TABLE or TABLE.COLUMN");
	refused("-- @data t\n", -1, "at least one");
	refused("-- @data t subject:\n", -1, "has no value");
	refused("-- @datat subject: none\n", -1, "must be followed by a space");
	refused("-- @data t basis: because\n", -1, "basis must be one of");
	refused("-- @data t retention: forever\n", -1, "retention must be");
	refused("-- @data t retention: 6 weeks after at\n", -1, "days, months or years");
	refused("-- @data t retention: 6 years from at\n", -1, "retention must be");
	refused("-- @data t retention: 0 days after at\n", -1, "retention must be");
	refused("-- @data t expiry: shred\n", -1, "expiry must be");
	refused("-- @data t expiry: keep it\n", -1, "expiry must be");
	refused("-- @data t erasure: clear \n", -1, "erasure must be");
	refused("-- @data t erasure: clear A\n", -1, "column list");
	refused("-- @data t person: contact a,b\n", -1, "names one sealed column");
	refused("-- @data t audit: Two Words\n", -1, "audit names");
	/* complete entries */
	refused("-- @data t category: x\n", -2, "no subject");
	refused("-- @data t subject: none; category: x\n", -2, "gives no other key");
	refused("-- @data t subject: staff; category: x; purpose: y; basis: contract\n", -2,
	        "gives category, purpose, basis and retention");
	refused("-- @data t subject: staff; category: x; purpose: y; basis: contract; "
	        "retention: 2 years after at\n", -2, "needs an expiry");
	refused("-- @data t.c category: x\n", -2, "its table t is not");
}

/* Ties through a parent row: "person: via COLUMN -> PARENT", alone or
 * beside the columns, the parent's key "id" unless named. */
static void test_parse_via(void)
{
	struct datamap m;
	char err[512];
	const char *text =
		"-- @data parents subject: customer; category: c; purpose: p; basis: consent;\n"
		"-- @data parents retention: while kept; person: contact contact; erasure: delete\n"
		"-- @data kids subject: customer; category: c; purpose: p; basis: consent; retention: while kept;\n"
		"-- @data kids person: via parent_id -> parents\n"
		"-- @data notes subject: staff; category: c; purpose: p; basis: contract; retention: while kept;\n"
		"-- @data notes person: added_by , via kid_id->kids.kid_key, via other_id -> parents;\n"
		"-- @data notes erasure: clear added_by\n";
	CHECK_EQ_INT(parse(&m, text, err, sizeof err), 0);
	CHECK_STR_EQ(err, "");
	const struct datamap_entry *kids = datamap_find(&m, "kids", NULL), *notes = datamap_find(&m, "notes", NULL);
	if (CHECK_NOT_NULL(kids) && CHECK_NOT_NULL(notes)) {
		CHECK_EQ_INT(kids->person, DATAMAP_PERSON_VIA);
		CHECK_EQ_INT((long long)kids->person_columns.count, 0);
		CHECK_EQ_INT((long long)kids->via_count, 1);
		CHECK_STR_EQ(kids->via[0].column, "parent_id");
		CHECK_STR_EQ(kids->via[0].parent, "parents");
		CHECK_STR_EQ(kids->via[0].parent_column, "id");
		CHECK_EQ_INT(notes->person, DATAMAP_PERSON_USER);
		CHECK_EQ_INT((long long)notes->person_columns.count, 1);
		CHECK_STR_EQ(notes->person_columns.name[0], "added_by");
		CHECK_EQ_INT((long long)notes->via_count, 2);
		CHECK_STR_EQ(notes->via[0].parent, "kids");
		CHECK_STR_EQ(notes->via[0].parent_column, "kid_key");
		CHECK_STR_EQ(notes->via[1].column, "other_id");
		CHECK(datamap_person_entry(&m, "kids") == kids);
	}
	datamap_free(&m);
	/* a later person key replaces the ties too */
	const char *later =
		"-- @data parents subject: staff; category: c; purpose: p; basis: contract; retention: while kept;\n"
		"-- @data parents person: owner_id\n"
		"-- @data kids subject: staff; category: c; purpose: p; basis: contract; retention: while kept;\n"
		"-- @data kids person: via parent_id -> parents\n"
		"-- @data kids person: made_by\n";
	CHECK_EQ_INT(parse(&m, later, err, sizeof err), 0);
	kids = datamap_find(&m, "kids", NULL);
	if (CHECK_NOT_NULL(kids)) {
		CHECK_EQ_INT((long long)kids->via_count, 0);
		CHECK_EQ_INT(kids->person, DATAMAP_PERSON_USER);
	}
	datamap_free(&m);
}

/* Malformed via ties, and ties to parents that lead to nobody. */
static void test_via_refusals(void)
{
	const char *head = "-- @data p subject: staff; category: c; purpose: p; basis: contract; retention: while kept;\n";
	char text[600];
	refused("-- @data t person: via parent_id\n", -1, "a via tie is");
	refused("-- @data t person: via parent_id -> \n", -1, "a via tie is");
	refused("-- @data t person: via Parent -> p\n", -1, "a via tie is");
	refused("-- @data t person: via a -> p.\n", -1, "a via tie is");
	refused("-- @data t person: owner_id,, via a -> p\n", -1, "empty item");
	refused("-- @data t person: via a -> p, via b -> p, via c -> p, via d -> p, via e -> p\n", -1, "too many via");
	/* the parent must be declared, and tied to someone */
	snprintf(text, sizeof text, "%s-- @data t subject: staff; category: c; purpose: p; basis: contract; "
	         "retention: while kept; person: via p_id -> ghost\n", head);
	refused(text, -2, "not declared");
	snprintf(text, sizeof text, "%s-- @data t subject: staff; category: c; purpose: p; basis: contract; "
	         "retention: while kept; person: via p_id -> p\n", head);
	refused(text, -2, "not tied to a person");
	refused("-- @data t subject: staff; category: c; purpose: p; basis: contract; retention: while kept; "
	        "person: via t_id -> t\n", -2, "not tied to a person");
}

/* Against a database: a via column must be a foreign key to its parent,
 * ON DELETE CASCADE when the parent's rows are deleted by erasure or
 * expiry; the real schema's ties are all so. */
static void test_via_schema(void)
{
	struct datamap m = {0};
	struct buf problems = {0};
	char err[512] = "";
	sqlite3 *db = NULL;
	const char *decl =
		"-- @data vparent subject: customer; category: c; purpose: p; basis: consent; retention: while kept;\n"
		"-- @data vparent person: contact contact; erasure: delete\n"
		"-- @data vgood subject: customer; category: c; purpose: p; basis: consent; retention: while kept;\n"
		"-- @data vgood person: via parent_id -> vparent\n"
		"-- @data vloose subject: customer; category: c; purpose: p; basis: consent; retention: while kept;\n"
		"-- @data vloose person: via parent_id -> vparent\n"
		"-- @data vstays subject: customer; category: c; purpose: p; basis: consent; retention: while kept;\n"
		"-- @data vstays person: via parent_id -> vparent\n"
		"-- @data vwrong subject: customer; category: c; purpose: p; basis: consent; retention: while kept;\n"
		"-- @data vwrong person: via parent_id -> vparent.nothing\n";
	CHECK_EQ_INT(datamap_parse_text(&m, "097_via.sql", decl, strlen(decl), err, sizeof err), 0);
	CHECK_EQ_INT(datamap_finish(&m, err, sizeof err), 0);
	if (!CHECK_EQ_INT(sqlite3_open(":memory:", &db), SQLITE_OK))
		return;
	CHECK_EQ_INT(sqlite3_exec(db,
		"CREATE TABLE vparent (id INTEGER PRIMARY KEY, contact BLOB, contact_email_index TEXT, contact_phone_index TEXT);"
		"CREATE TABLE vgood (parent_id INTEGER REFERENCES vparent(id) ON DELETE CASCADE);"
		"CREATE TABLE vloose (parent_id INTEGER);"
		"CREATE TABLE vstays (parent_id INTEGER REFERENCES vparent(id));"
		"CREATE TABLE vwrong (parent_id INTEGER REFERENCES vparent(id) ON DELETE CASCADE);",
		NULL, NULL, NULL), SQLITE_OK);
	CHECK_EQ_INT(datamap_check_schema(&m, db, &problems), 3);
	const char *text = problems.data ? problems.data : "";
	CHECK_CONTAINS(text, "vloose: via parent_id -> vparent: vloose.parent_id is not a foreign key to vparent.id");
	CHECK_CONTAINS(text, "vstays.parent_id must be ON DELETE CASCADE");
	CHECK_CONTAINS(text, "via names vparent.nothing, which does not exist");
	CHECK(strstr(text, "vgood") == NULL);
	buf_free(&problems);
	datamap_free(&m);
	sqlite3_close(db);
	/* the real schema: a customer's feedback tags and SERVQUAL answers
	 * hang off their response, a complaint's steps off the complaint */
	const struct datamap *real = datamap_get();
	if (!CHECK_NOT_NULL(real))
		return;
	const struct datamap_entry *tags = datamap_find(real, "feedback_tags", NULL);
	const struct datamap_entry *answers = datamap_find(real, "feedback_servqual_answers", NULL);
	const struct datamap_entry *steps = datamap_find(real, "complaint_steps", NULL);
	if (CHECK_NOT_NULL(tags) && CHECK_NOT_NULL(answers) && CHECK_NOT_NULL(steps)) {
		CHECK_EQ_INT(tags->person, DATAMAP_PERSON_USER);
		CHECK_STR_EQ(tags->person_columns.name[0], "added_by");
		CHECK_EQ_INT((long long)tags->via_count, 1);
		CHECK_STR_EQ(tags->via[0].parent, "feedback_responses");
		CHECK_EQ_INT(answers->person, DATAMAP_PERSON_VIA);
		CHECK_STR_EQ(answers->via[0].column, "response_id");
		CHECK_STR_EQ(steps->via[0].parent, "complaints");
	}
}

/* The retention cut-off: the period back from the day, months cut to
 * the month's length. */
static void test_retention_cutoff(void)
{
	struct datamap_entry e;
	char out[11];
	memset(&e, 0, sizeof e);
	e.period = 12;
	e.unit = DATAMAP_MONTHS;
	CHECK_STR_EQ(datamap_retention_cutoff(&e, "2026-12-03", out), "2025-12-03");
	e.period = 1;
	CHECK_STR_EQ(datamap_retention_cutoff(&e, "2026-03-31", out), "2026-02-28");
	e.unit = DATAMAP_DAYS;
	e.period = 2;
	CHECK_STR_EQ(datamap_retention_cutoff(&e, "2026-03-01", out), "2026-02-27");
	e.unit = DATAMAP_YEARS;
	e.period = 6;
	CHECK_STR_EQ(datamap_retention_cutoff(&e, "2030-02-28", out), "2024-02-28");
	CHECK_STR_EQ(datamap_retention_cutoff(&e, "2028-02-29", out), "2022-02-28");
	e.period = 0;
	CHECK_NULL(datamap_retention_cutoff(&e, "2026-12-03", out));
}

/* The real migrations: every declaration parses, every table of a
 * migrated database is declared, and every name in a declaration exists. */
static void test_real_schema(void)
{
	struct datamap m = {0};
	struct buf problems = {0};
	char err[512] = "";
	sqlite3 *db = NULL;
	if (!CHECK_EQ_INT(datamap_load_embedded(&m, err, sizeof err), 0))
		printf("  %s\n", err);
	CHECK(m.count > 40);
	if (!CHECK_EQ_INT(sqlite3_open(":memory:", &db), SQLITE_OK) || !CHECK(db_migrate(db) > 0))
		return;
	int n = datamap_check_schema(&m, db, &problems);
	if (!CHECK_EQ_INT(n, 0))
		printf("%s", problems.data ? problems.data : "");
	buf_reset(&problems);
	n = datamap_check_created_tables(&m, &problems);
	if (!CHECK_EQ_INT(n, 0))
		printf("%s", problems.data ? problems.data : "");
	/* the check does find what is wrong */
	CHECK_EQ_INT(sqlite3_exec(db, "CREATE TABLE undeclared (x)", NULL, NULL, NULL), SQLITE_OK);
	buf_reset(&problems);
	CHECK_EQ_INT(datamap_check_schema(&m, db, &problems), 1);
	CHECK_CONTAINS(problems.data ? problems.data : "", "table undeclared has no -- @data declaration");
	const char *bad = "-- @data undeclared subject: staff; category: x; purpose: y; basis: contract;\n"
	                  "-- @data undeclared retention: 1 day after gone; expiry: clear x,y; person: who\n"
	                  "-- @data ghost subject: none\n";
	CHECK_EQ_INT(datamap_parse_text(&m, "098_bad.sql", bad, strlen(bad), err, sizeof err), 0);
	CHECK_EQ_INT(datamap_finish(&m, err, sizeof err), 0);
	buf_reset(&problems);
	CHECK_EQ_INT(datamap_check_schema(&m, db, &problems), 4);
	CHECK_CONTAINS(problems.data ? problems.data : "", "retention names column gone");
	CHECK_CONTAINS(problems.data ? problems.data : "", "expiry names column y");
	CHECK_CONTAINS(problems.data ? problems.data : "", "person names column who");
	CHECK_CONTAINS(problems.data ? problems.data : "", "declares table ghost");
	/* a cleared NOT NULL column needs a default */
	char value[64];
	CHECK_EQ_INT(datamap_cleared_value(db, "users", "email", value, sizeof value), 0);
	CHECK_STR_EQ(value, "''");
	CHECK_EQ_INT(datamap_cleared_value(db, "feedback_responses", "contact", value, sizeof value), 0);
	CHECK_STR_EQ(value, "NULL");
	CHECK_EQ_INT(datamap_cleared_value(db, "users", "display_name", value, sizeof value), -1);
	/* the shared map of the program */
	const struct datamap *shared = datamap_get();
	if (CHECK_NOT_NULL(shared))
		CHECK_NOT_NULL(datamap_find(shared, "feedback_responses", "contact"));
	buf_free(&problems);
	datamap_free(&m);
	sqlite3_close(db);
}

int main(void)
{
	test_parse_good();
	test_parse_later_wins();
	test_parse_refusals();
	test_parse_via();
	test_via_refusals();
	test_via_schema();
	test_retention_cutoff();
	test_real_schema();
	return check_summary("datamap");
}
