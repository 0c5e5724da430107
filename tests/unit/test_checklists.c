/*
 * test_checklists.c: the checklists' rules (cgi-bin/checklists/rules.c):
 * judging answers of every kind, scoring (weights, not applicable out of
 * the denominator, a failed mandatory item, RAG on the boundaries of the
 * pass mark, per section and overall), due dates across month ends and
 * where a due date stands; the seed file format and the built-in files;
 * the sign-off lock in the schema; and the portfolio snapshot.
 */
#include "check.h"
#include "checklists/checklists.h"
#include "checklists/rules.h"
#include "checklists/seed.h"
#include "checklists/store.h"
#include "core/db.h"

#include <math.h>
#include <string.h>

/* A yes/no rule, and others of each kind. */
static const struct checklist_item_rule yesno = { CHECKLIST_YESNO, 5, 4, 0, 0, 0, 0, "", "" };

/* Judging: each kind passes, fails and refuses what it should. */
static void test_judge(void)
{
	struct checklist_judgement j = checklist_judge(&yesno, "yes", "2026-12-01");
	CHECK(j.outcome == CHECKLIST_PASS && j.earned == 1 && j.problem == NULL);
	CHECK(checklist_judge(&yesno, "no", "2026-12-01").outcome == CHECKLIST_FAIL);
	CHECK(checklist_judge(&yesno, "na", "2026-12-01").outcome == CHECKLIST_NA);
	CHECK_NOT_NULL(checklist_judge(&yesno, "maybe", "2026-12-01").problem);
	CHECK_NOT_NULL(checklist_judge(&yesno, "", "2026-12-01").problem);

	struct checklist_item_rule scale = { CHECKLIST_SCALE, 5, 4, 0, 0, 0, 0, "", "" };
	j = checklist_judge(&scale, "4", "2026-12-01");
	CHECK(j.outcome == CHECKLIST_PASS && fabs(j.earned - 0.8) < 1e-12);
	j = checklist_judge(&scale, "3", "2026-12-01");
	CHECK(j.outcome == CHECKLIST_FAIL && j.earned == 0);
	CHECK_NOT_NULL(checklist_judge(&scale, "6", "2026-12-01").problem);
	CHECK_NOT_NULL(checklist_judge(&scale, "0", "2026-12-01").problem);
	CHECK_NOT_NULL(checklist_judge(&scale, "4.5", "2026-12-01").problem);

	struct checklist_item_rule number = { CHECKLIST_NUMBER, 5, 4, 1, 1, 0, 14, "", "" };
	CHECK(checklist_judge(&number, "14", "2026-12-01").outcome == CHECKLIST_PASS);     /* on the bound */
	CHECK(checklist_judge(&number, "0", "2026-12-01").outcome == CHECKLIST_PASS);
	CHECK(checklist_judge(&number, "14.5", "2026-12-01").outcome == CHECKLIST_FAIL);
	CHECK(checklist_judge(&number, "-1", "2026-12-01").outcome == CHECKLIST_FAIL);
	CHECK_NOT_NULL(checklist_judge(&number, "fourteen", "2026-12-01").problem);
	struct checklist_item_rule at_least = { CHECKLIST_NUMBER, 5, 4, 1, 0, 90, 0, "", "" };
	CHECK(checklist_judge(&at_least, "1000", "2026-12-01").outcome == CHECKLIST_PASS);
	CHECK(checklist_judge(&at_least, "89.9", "2026-12-01").outcome == CHECKLIST_FAIL);

	struct checklist_item_rule date = { CHECKLIST_DATE, 5, 4, 0, 1, 0, 31, "", "" };
	CHECK(checklist_judge(&date, "2026-11-01", "2026-12-02").outcome == CHECKLIST_PASS);  /* 31 days old */
	CHECK(checklist_judge(&date, "2026-10-31", "2026-12-02").outcome == CHECKLIST_FAIL);  /* 32 */
	CHECK_NOT_NULL(checklist_judge(&date, "2026-12-03", "2026-12-02").problem);         /* the future */
	CHECK_NOT_NULL(checklist_judge(&date, "2026-02-30", "2026-12-02").problem);

	struct checklist_item_rule choice = { CHECKLIST_CHOICE, 5, 4, 0, 0, 0, 0, "All\nSome\r\nNone", "All\nSome" };
	CHECK(checklist_judge(&choice, "Some", "2026-12-01").outcome == CHECKLIST_PASS);
	CHECK(checklist_judge(&choice, "None", "2026-12-01").outcome == CHECKLIST_FAIL);
	CHECK_NOT_NULL(checklist_judge(&choice, "Most", "2026-12-01").problem);
	CHECK_NOT_NULL(checklist_judge(&choice, "Al", "2026-12-01").problem);

	struct checklist_item_rule text = { CHECKLIST_TEXT, 5, 4, 0, 0, 0, 0, "", "" };
	CHECK(checklist_judge(&text, "All fine", "2026-12-01").outcome == CHECKLIST_INFO);
	CHECK_NOT_NULL(checklist_judge(&text, "", "2026-12-01").problem);
}

/* An answered item for scoring. */
static struct checklist_scored_item scored(int section, int weight, int mandatory, enum checklist_outcome o,
                                           double earned)
{
	struct checklist_scored_item it = { section, weight, mandatory, 1, o, earned };
	return it;
}

/* Scoring: weights, n/a out of the denominator, mandatory failures. */
static void test_score(void)
{
	struct checklist_score sec[2], all;
	struct checklist_scored_item items[] = {
		scored(0, 3, 0, CHECKLIST_PASS, 1),   /* 3 of 3 */
		scored(0, 1, 0, CHECKLIST_FAIL, 0),   /* 0 of 1 */
		scored(0, 5, 0, CHECKLIST_NA, 0),     /* out */
		scored(1, 2, 0, CHECKLIST_PASS, 0.5), /* a scale answer: 1 of 2 */
		scored(1, 4, 0, CHECKLIST_INFO, 0),   /* free text: out */
	};
	checklist_score_items(items, 5, 90, 10, sec, 2, &all);
	CHECK(sec[0].scored && fabs(sec[0].percent - 75.0) < 1e-9);
	CHECK_EQ_INT(sec[0].counted_weight, 4);
	CHECK_EQ_INT(sec[0].failed, 1);
	CHECK_EQ_INT(sec[0].rag, CHECKLIST_RAG_RED);             /* 75 < 80 */
	CHECK(fabs(sec[1].percent - 50.0) < 1e-9);
	CHECK(fabs(all.percent - 4.0 * 100 / 6) < 1e-9);           /* 4 earned of 6 */
	CHECK_EQ_INT(all.counted_weight, 6);
	CHECK_EQ_INT(all.mandatory_failed, 0);

	/* every item not applicable: no score, no colour */
	struct checklist_scored_item na[] = { scored(0, 2, 1, CHECKLIST_NA, 0), scored(0, 1, 0, CHECKLIST_NA, 0) };
	checklist_score_items(na, 2, 90, 10, sec, 1, &all);
	CHECK(!all.scored);
	CHECK_EQ_INT(all.rag, CHECKLIST_RAG_NONE);

	/* a failed mandatory item makes a 95% run red, and only its own section */
	struct checklist_scored_item m[] = {
		scored(0, 19, 0, CHECKLIST_PASS, 1), scored(0, 1, 1, CHECKLIST_FAIL, 0), scored(1, 5, 0, CHECKLIST_PASS, 1)
	};
	checklist_score_items(m, 3, 90, 10, sec, 2, &all);
	CHECK(fabs(all.percent - 24.0 * 100 / 25) < 1e-9);
	CHECK_EQ_INT(all.mandatory_failed, 1);
	CHECK_EQ_INT(all.rag, CHECKLIST_RAG_RED);
	CHECK_EQ_INT(sec[0].rag, CHECKLIST_RAG_RED);
	CHECK_EQ_INT(sec[1].rag, CHECKLIST_RAG_GREEN);
	/* the same item failing when not mandatory: green at 96% */
	m[1].mandatory = 0;
	checklist_score_items(m, 3, 90, 10, sec, 2, &all);
	CHECK_EQ_INT(all.rag, CHECKLIST_RAG_GREEN);

	/* unanswered items are left out of the score so far, and counted */
	struct checklist_scored_item u[] = { scored(0, 1, 0, CHECKLIST_PASS, 1), scored(0, 9, 1, CHECKLIST_FAIL, 0) };
	u[1].answered = 0;
	checklist_score_items(u, 2, 90, 10, sec, 1, &all);
	CHECK(fabs(all.percent - 100) < 1e-9);
	CHECK_EQ_INT(all.unanswered, 1);
	CHECK_EQ_INT(all.mandatory_failed, 0);
}

/* RAG on the boundaries: the boundary takes the better colour. */
static void test_rag_boundaries(void)
{
	CHECK_EQ_INT(checklist_rag_of(90, 90, 10), CHECKLIST_RAG_GREEN);
	CHECK_EQ_INT(checklist_rag_of(89.99, 90, 10), CHECKLIST_RAG_AMBER);
	CHECK_EQ_INT(checklist_rag_of(80, 90, 10), CHECKLIST_RAG_AMBER);
	CHECK_EQ_INT(checklist_rag_of(79.99, 90, 10), CHECKLIST_RAG_RED);
	CHECK_EQ_INT(checklist_rag_of(100, 100, 0), CHECKLIST_RAG_GREEN);
	CHECK_EQ_INT(checklist_rag_of(99.9, 100, 0), CHECKLIST_RAG_RED);      /* no amber band */
	/* two thirds of 3 weights of 1.. summed in floating point still lands on 90 */
	struct checklist_score sec[1], all;
	struct checklist_scored_item items[10];
	for (int i = 0; i < 10; i++)
		items[i] = scored(0, 3, 0, i < 9 ? CHECKLIST_PASS : CHECKLIST_FAIL, i < 9 ? 1 : 0);
	checklist_score_items(items, 10, 90, 10, sec, 1, &all);
	CHECK_EQ_INT(all.rag, CHECKLIST_RAG_GREEN);                           /* exactly 90% */
	struct checklist_scored_item thirds[3] = { scored(0, 3, 0, CHECKLIST_PASS, 1.0 / 3),
	                                           scored(0, 3, 0, CHECKLIST_PASS, 1.0 / 3),
	                                           scored(0, 3, 0, CHECKLIST_PASS, 1.0 / 3) };
	checklist_score_items(thirds, 3, 33, 0, sec, 1, &all);
	CHECK(fabs(all.percent - 100.0 / 3) < 1e-9);
	CHECK_EQ_INT(all.rag, CHECKLIST_RAG_GREEN);
}

/* Due dates: counted from the first, so month ends come back. */
static void test_due_dates(void)
{
	char out[11];
	CHECK_STR_EQ(checklist_due_date("2027-01-31", CHECKLIST_MONTHLY, 1, out), "2027-02-28");
	CHECK_STR_EQ(checklist_due_date("2027-01-31", CHECKLIST_MONTHLY, 2, out), "2027-03-31");
	CHECK_STR_EQ(checklist_due_date("2027-01-31", CHECKLIST_MONTHLY, 3, out), "2027-04-30");
	CHECK_STR_EQ(checklist_due_date("2028-01-31", CHECKLIST_MONTHLY, 1, out), "2028-02-29");  /* leap year */
	CHECK_STR_EQ(checklist_due_date("2026-12-31", CHECKLIST_MONTHLY, 2, out), "2027-02-28");  /* over the year end */
	CHECK_STR_EQ(checklist_due_date("2026-11-30", CHECKLIST_QUARTERLY, 1, out), "2027-02-28");
	CHECK_STR_EQ(checklist_due_date("2026-11-30", CHECKLIST_QUARTERLY, 2, out), "2027-05-30");
	CHECK_STR_EQ(checklist_due_date("2026-12-28", CHECKLIST_WEEKLY, 1, out), "2027-01-04");
	CHECK_STR_EQ(checklist_due_date("2026-12-28", CHECKLIST_WEEKLY, 0, out), "2026-12-28");
	CHECK_NULL(checklist_due_date("2026-02-30", CHECKLIST_WEEKLY, 1, out));

	long n = -1;
	CHECK_EQ_INT(checklist_occurrence_on_or_after("2027-01-31", CHECKLIST_MONTHLY, "2027-03-01", &n), 0);
	CHECK_EQ_INT(n, 2);                              /* 28 Feb has passed: 31 Mar is next */
	CHECK_EQ_INT(checklist_occurrence_on_or_after("2027-01-31", CHECKLIST_MONTHLY, "2027-02-28", &n), 0);
	CHECK_EQ_INT(n, 1);                              /* due today */
	CHECK_EQ_INT(checklist_occurrence_on_or_after("2027-01-31", CHECKLIST_MONTHLY, "2026-06-01", &n), 0);
	CHECK_EQ_INT(n, 0);                              /* before the first */
	CHECK_EQ_INT(checklist_occurrence_on_or_after("2020-01-31", CHECKLIST_MONTHLY, "2027-03-01", &n), 0);
	CHECK_EQ_INT(n, 86);                             /* seven years on: 2027-03-31 */
	CHECK_STR_EQ(checklist_due_date("2020-01-31", CHECKLIST_MONTHLY, n, out), "2027-03-31");
	CHECK_EQ_INT(checklist_occurrence_on_or_after("2026-01-05", CHECKLIST_WEEKLY, "2026-12-03", &n), 0);
	CHECK_STR_EQ(checklist_due_date("2026-01-05", CHECKLIST_WEEKLY, n, out), "2026-12-07");
	CHECK_EQ_INT(checklist_occurrence_on_or_after("2025-11-30", CHECKLIST_QUARTERLY, "2026-03-01", &n), 0);
	CHECK_STR_EQ(checklist_due_date("2025-11-30", CHECKLIST_QUARTERLY, n, out), "2026-05-30");
	CHECK_EQ_INT(checklist_occurrence_on_or_after("bad", CHECKLIST_WEEKLY, "2026-12-03", &n), -1);
	/* every day of two years lands on the first due date on or after it */
	long fails = 0;
	for (long d = 0; d < 730; d++) {
		char day[11], due[11], prev[11];
		date_add_days("2027-01-15", d, day);
		if (checklist_occurrence_on_or_after("2027-01-31", CHECKLIST_MONTHLY, day, &n) != 0 ||
		    strcmp(checklist_due_date("2027-01-31", CHECKLIST_MONTHLY, n, due), day) < 0 ||
		    (n > 0 && strcmp(checklist_due_date("2027-01-31", CHECKLIST_MONTHLY, n - 1, prev), day) >= 0))
			fails++;
	}
	CHECK_EQ_INT(fails, 0);
}

/* Where a due date stands. */
static void test_due_states(void)
{
	CHECK_EQ_INT(checklist_due_state_of("2026-12-10", "2027-01-10", "2026-12-03", 0, 7), CHECKLIST_DUE_SOON);
	CHECK_EQ_INT(checklist_due_state_of("2026-12-11", "2027-01-11", "2026-12-03", 0, 7), CHECKLIST_DUE_UPCOMING);
	CHECK_EQ_INT(checklist_due_state_of("2026-12-03", "2027-01-03", "2026-12-03", 0, 7), CHECKLIST_DUE_SOON);
	CHECK_EQ_INT(checklist_due_state_of("2026-12-02", "2027-01-02", "2026-12-03", 0, 7), CHECKLIST_DUE_OVERDUE);
	CHECK_EQ_INT(checklist_due_state_of("2026-11-02", "2026-12-02", "2026-12-03", 0, 7), CHECKLIST_DUE_MISSED);
	CHECK_EQ_INT(checklist_due_state_of("2026-11-02", "2026-12-03", "2026-12-03", 0, 7), CHECKLIST_DUE_OVERDUE);
	CHECK_EQ_INT(checklist_due_state_of("2026-11-02", "2026-12-02", "2026-12-03", 1, 7), CHECKLIST_DUE_DONE);
}

/* The seed format: a good file, each problem named with its line. */
static void test_seed_format(void)
{
	struct arena a = { 0 };
	struct checklist_seed s;
	const char *good =
		"# a comment\n"
		"template: fire-safety\ntitle: Fire safety\npass mark: 100\namber band: 0\n\n"
		"section: Exits\n"
		"item: Exits clear\n  mandatory: yes\n  note on fail: yes\n  reference: RRO 2005 art. 14\n"
		"item: Extinguishers checked\n  kind: date\n  max age days: 365\n"
		"section: Drill\n"
		"item: Minutes to clear the building\n  kind: number\n  range: - to 3\n  weight: 4\n"
		"item: Alarm heard everywhere\n  kind: choice\n  choices: Everywhere | Most places | Not everywhere\n"
		"  pass choices: Everywhere\n"
		"item: Drill quality\n  kind: scale\n  scale: 5 pass at 4\n"
		"item: Working time\n  records: rota_working_time\n";
	CHECK_NULL(checklist_seed_parse(&a, good, strlen(good), &s));
	CHECK_STR_EQ(s.slug, "fire-safety");
	CHECK_EQ_INT(s.pass_mark, 100);
	CHECK_EQ_INT(s.amber_band, 0);
	CHECK_EQ_INT(s.section_count, 2);
	CHECK_EQ_INT(s.item_count, 6);
	const struct checklist_seed_item *it = s.sections->items;
	CHECK(it->mandatory && it->note_on_fail && it->rule.kind == CHECKLIST_YESNO);
	CHECK_STR_EQ(it->reference, "RRO 2005 art. 14");
	CHECK(it->next->rule.kind == CHECKLIST_DATE && it->next->rule.has_max && it->next->rule.max_value == 365);
	it = s.sections->next->items;
	CHECK(!it->rule.has_min && it->rule.has_max && it->rule.max_value == 3 && it->weight == 4);
	CHECK_STR_EQ(it->next->rule.choices, "Everywhere\nMost places\nNot everywhere");
	CHECK_STR_EQ(it->next->rule.pass_choices, "Everywhere");
	CHECK(it->next->next->rule.scale_max == 5 && it->next->next->rule.pass_at == 4);
	CHECK_STR_EQ(it->next->next->next->source, "rota_working_time");

	static const struct { const char *text, *problem; } bad[] = {
		{ "title: t\npass mark: 90\nsection: s\nitem: i\n", "no \"template:\" line" },
		{ "template: Bad Name\n", "line 1: template must be" },
		{ "template: t\ntitle: t\npass mark: 101\n", "line 3: pass mark" },
		{ "template: t\ntitle: t\npass mark: 90\nitem: i\n", "line 4: an item must come after a section" },
		{ "template: t\ntitle: t\npass mark: 90\nsection: s\n", "section \"s\" has no item" },
		{ "template: t\ntitle: t\npass mark: 90\nsection: s\nitem: i\n  kind: colour\n", "line 6: kind must be" },
		{ "template: t\ntitle: t\npass mark: 90\nsection: s\nitem: i\n  kind: number\n", "a number without a range" },
		{ "template: t\ntitle: t\npass mark: 90\nsection: s\nitem: i\n  range: 5 to 1\n", "line 6: range" },
		{ "template: t\ntitle: t\npass mark: 90\nsection: s\nitem: i\n  scale: 5 pass at 6\n", "line 6: scale" },
		{ "template: t\ntitle: t\npass mark: 90\nsection: s\nitem: i\n  colour: red\n", "line 6: unknown key" },
		{ "template: t\ntitle: t\npass mark: 90\nsection: s\nitem: i\nweight\n", "line 6: expected" },
		{ "template: t\ntitle: t\npass mark: 90\nsection: s\nitem: i\n  records: payroll\n", "line 6: records" },
		{ "template: t\ntitle: t\nsection: s\nitem: i\npass mark: 90\n", "line 5: the template's own keys" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CHECK_CONTAINS(checklist_seed_parse(&a, bad[i].text, strlen(bad[i].text), &s), bad[i].problem);
	arena_free(&a);
}

extern const struct embedded_file embedded_checklist_seeds[];
extern const size_t embedded_checklist_seeds_count;

/* Every built-in template parses, names its law on every scored item,
 * and has mandatory items. */
static void test_builtin_seeds(void)
{
	CHECK_EQ_INT(embedded_checklist_seeds_count, 4);
	for (size_t i = 0; i < embedded_checklist_seeds_count; i++) {
		struct arena a = { 0 };
		struct checklist_seed s;
		const char *problem = checklist_seed_parse(&a, embedded_checklist_seeds[i].data,
		                                           embedded_checklist_seeds[i].len, &s);
		if (!CHECK_NULL(problem)) {
			printf("  %s: %s\n", embedded_checklist_seeds[i].name, problem);
			arena_free(&a);
			continue;
		}
		int unreferenced = 0, mandatory = 0;
		for (const struct checklist_seed_section *sec = s.sections; sec; sec = sec->next)
			for (const struct checklist_seed_item *it = sec->items; it; it = it->next) {
				unreferenced += it->weight > 0 && it->reference[0] == '\0';
				mandatory += it->mandatory;
			}
		CHECK_EQ_INT(unreferenced, 0);
		CHECK(mandatory > 0);
		CHECK(s.item_count >= 7);
		arena_free(&a);
	}
}

/* Runs SQL on the database; returns the result code without extended bits. */
static int run(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL) & 0xff;
}

/* A database with the built-in templates and a signed-off run of the
 * consumer rights one: one failed item with markup in its note, an action
 * raised from it. Returns the run's id. */
static long long setup_run(sqlite3 *db)
{
	CHECK_EQ_INT(run(db, "INSERT INTO teams (name) VALUES ('Phones <b>');"
	                     "INSERT INTO users (username, display_name, roles, team_id, password_hash, created_at, "
	                     "updated_at, password_changed_at) VALUES ('mo', 'Mo <i>Manager</i>', 2, 1, 'x', 'x', 'x', 'x')"), SQLITE_OK);
	CHECK_EQ_INT(checklist_load_builtin(), SQLITE_OK);
	CHECK_EQ_INT(checklist_load_builtin(), SQLITE_OK);          /* loaded once only */
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "SELECT count(*) FROM checklist_templates", -1, &st, NULL);
	sqlite3_step(st);
	CHECK_EQ_INT(sqlite3_column_int(st, 0), 4);
	sqlite3_finalize(st);
	CHECK_EQ_INT(run(db,
		"INSERT INTO checklist_runs (template_id, version_id, team_id, started_by, started_at, status) "
		"SELECT t.id, v.id, 1, 1, '2026-11-30T10:00:00Z', 'submitted' FROM checklist_templates t "
		"JOIN checklist_versions v ON v.template_id = t.id WHERE t.slug = 'consumer-rights-2015';"
		"INSERT INTO checklist_answers (run_id, item_id, value, outcome, earned, note, answered_by, answered_at) "
		"SELECT 1, i.id, CASE WHEN i.position = 1 AND s.position = 1 THEN 'no' WHEN i.kind = 'number' THEN '3' "
		"WHEN i.kind = 'scale' THEN '5' ELSE 'yes' END, CASE WHEN i.position = 1 AND s.position = 1 THEN 'fail' "
		"ELSE 'pass' END, CASE WHEN i.position = 1 AND s.position = 1 THEN 0 ELSE 1 END, "
		"CASE WHEN i.position = 1 AND s.position = 1 THEN 'Refused <script>alert(1)</script> a refund' ELSE '' END, "
		"1, '2026-11-30T10:00:00Z' FROM checklist_items i JOIN checklist_sections s ON s.id = i.section_id "
		"WHERE i.version_id = (SELECT version_id FROM checklist_runs WHERE id = 1);"
		"INSERT INTO actions (source_type, source_id, title, owner_id, due_date, created_at, updated_at) "
		"SELECT 'checklist_item', a.id, 'Retrain on the <30-day> right', 1, '2026-12-14', 'x', 'x' "
		"FROM checklist_answers a WHERE a.outcome = 'fail';"), SQLITE_OK);
	struct arena a = { 0 };
	CHECK_EQ_INT(checklist_run_rescore(&a, 1), SQLITE_OK);
	arena_free(&a);
	CHECK_EQ_INT(run(db, "UPDATE checklist_runs SET status = 'signed_off', signed_by = 1, "
	                     "signed_name = 'Mo <i>Manager</i>', signed_at = '2026-12-01T09:00:00Z' WHERE id = 1"), SQLITE_OK);
	return 1;
}

/* The sign-off lock: the schema refuses any change to a signed-off run's
 * answers or score, but lets it gain the revision that replaces it. */
static void test_sign_off_lock(sqlite3 *db)
{
	CHECK(checklist_run_editable("in_progress"));
	CHECK(checklist_run_editable("submitted"));
	CHECK(!checklist_run_editable("signed_off"));
	CHECK(!checklist_run_editable(NULL));
	CHECK_EQ_INT(run(db, "UPDATE checklist_answers SET value = 'yes', outcome = 'pass' WHERE run_id = 1 AND outcome = 'fail'"),
	             SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "UPDATE checklist_answers SET note = 'changed' WHERE run_id = 1"), SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "INSERT INTO checklist_answers (run_id, item_id, outcome, answered_at) "
	                     "SELECT 1, max(id) + 1, 'pass', 'x' FROM checklist_items"), SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "UPDATE checklist_runs SET score = 100 WHERE id = 1"), SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "UPDATE checklist_runs SET status = 'in_progress' WHERE id = 1"), SQLITE_CONSTRAINT);
	CHECK_EQ_INT(run(db, "UPDATE checklist_runs SET signed_name = 'Someone else' WHERE id = 1"), SQLITE_CONSTRAINT);
	/* reopening: a new revision, then the old one names it, once */
	CHECK_EQ_INT(run(db, "INSERT INTO checklist_runs (template_id, version_id, revision, revision_of, started_at) "
	                     "SELECT template_id, version_id, 2, 1, 'x' FROM checklist_runs WHERE id = 1"), SQLITE_OK);
	CHECK_EQ_INT(run(db, "UPDATE checklist_runs SET superseded_by = 2 WHERE id = 1"), SQLITE_OK);
	CHECK_EQ_INT(run(db, "UPDATE checklist_runs SET superseded_by = NULL WHERE id = 1"), SQLITE_CONSTRAINT);
	/* a run not signed off changes freely */
	CHECK_EQ_INT(run(db, "UPDATE checklist_runs SET score = 50 WHERE id = 2"), SQLITE_OK);
	/* the signed-off run's answers are all still as they were */
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "SELECT count(*) FROM checklist_answers WHERE run_id = 1 AND outcome = 'fail' "
	                       "AND note LIKE 'Refused%'", -1, &st, NULL);
	sqlite3_step(st);
	CHECK_EQ_INT(sqlite3_column_int(st, 0), 1);
	sqlite3_finalize(st);
}

/* The portfolio snapshot: every value escaped, the facts there, the title
 * set, 1 for a run that does not exist. */
static void test_snapshot(void)
{
	struct buf b = { 0 };
	char title[120] = "";
	CHECK_EQ_INT(checklist_run_snapshot_html(1, &b, title, sizeof title), 0);
	CHECK_CONTAINS(title, "Checklist: Consumer Rights Act 2015: remedies and refunds");
	CHECK_CONTAINS(b.data, "<section class=\"checklist-snapshot\">");
	CHECK_CONTAINS(b.data, "Version</dt><dd>1 (run 1, revision 1)");
	CHECK_CONTAINS(b.data, "Refused &lt;script&gt;alert(1)&lt;/script&gt; a refund");
	CHECK_CONTAINS(b.data, "Retrain on the &lt;30-day&gt; right");
	CHECK_CONTAINS(b.data, "Signed off by Mo &lt;i&gt;Manager&lt;/i&gt;");
	CHECK_CONTAINS(b.data, "Phones &lt;b&gt;");
	CHECK_CONTAINS(b.data, "RAG</dt><dd>Red (a mandatory item failed)");
	CHECK_CONTAINS(b.data, "1 corrective action raised.");
	CHECK(b.data && strstr(b.data, "<script>") == NULL && strstr(b.data, "<i>") == NULL && strstr(b.data, "<b>") == NULL);
	/* the score: 35 weight, 5 of it failed */
	CHECK_CONTAINS(b.data, "85.7% against a pass mark of 90%");
	size_t len = b.len;
	title[0] = '\0';
	CHECK_EQ_INT(checklist_run_snapshot_html(999, &b, title, sizeof title), 1);
	CHECK_EQ_INT(b.len, len);                  /* nothing written */
	CHECK_STR_EQ(title, "");
	buf_free(&b);
}

int main(void)
{
	test_judge();
	test_score();
	test_rag_boundaries();
	test_due_dates();
	test_due_states();
	test_seed_format();
	test_builtin_seeds();
	sqlite3 *db = db_open(":memory:", 1);
	if (!CHECK_NOT_NULL(db))
		return check_summary("test_checklists");
	CHECK(db_migrate(db) >= 11);
	db_set(db);
	setup_run(db);
	test_snapshot();
	test_sign_off_lock(db);
	db_close();
	return check_summary("test_checklists");
}
