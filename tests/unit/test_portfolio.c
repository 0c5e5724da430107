/*
 * test_portfolio.c: the portfolio's pure rules (suggestions and warnings,
 * RAG, progress, sampling rate, the seed parser and the built-in seed),
 * the snapshot helpers (core/snapshot.c: escaping, the hash), and, on an
 * in-memory database with the real migrations, that the IQA role fits
 * the users table, that submitting freezes snapshots whose hash changes
 * with the content while later edits to the live record leave them alone.
 */
#include "check.h"
#include "portfolio/portfolio.h"
#include "portfolio/submit.h"
#include "core/auth.h"
#include "core/db.h"

#include <string.h>

extern const struct embedded_file embedded_qualifications[];
extern const size_t embedded_qualifications_count;

/* Runs SQL, failing the test when it does not work. */
static void run(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
	CHECK_EQ_INT(rc, SQLITE_OK);
	if (msg)
		printf("  sqlite: %s\n", msg);
	sqlite3_free(msg);
}

/* 1 when advice suggests tag. */
static int suggests(const struct portfolio_advice *a, const char *tag)
{
	for (size_t i = 0; i < a->tag_count; i++)
		if (strcmp(a->tags[i], tag) == 0)
			return 1;
	return 0;
}

/* 1 when one of advice's warnings contains words. */
static int warns(const struct portfolio_advice *a, const char *words)
{
	for (size_t i = 0; i < a->warning_count; i++)
		if (strstr(a->warnings[i], words))
			return 1;
	return 0;
}

/* A plan with measurable objectives suggests the plan criteria; one
 * without targets or contingencies warns about the units' common mistake. */
static void test_plan_rules(void)
{
	struct portfolio_advice a;
	struct portfolio_facts good = { .objectives = 3, .measurable_objectives = 3, .milestones = 4,
	                                .resources = 2, .risks = 2, .risks_with_contingency = 2, .stakeholders = 1 };
	portfolio_advise(portfolio_rule_plan, &good, &a);
	CHECK(suggests(&a, "plan-objectives"));
	CHECK(suggests(&a, "plan-resources"));
	CHECK(suggests(&a, "stakeholders"));
	CHECK_EQ_INT((int)a.warning_count, 0);
	struct portfolio_facts vague = { .objectives = 2, .measurable_objectives = 1, .milestones = 1, .resources = 1 };
	portfolio_advise(portfolio_rule_plan, &vague, &a);
	CHECK(suggests(&a, "plan-objectives"));   /* one objective is measurable: suggested, and warned */
	CHECK(warns(&a, "measurable targets"));
	CHECK(warns(&a, "contingencies"));
	struct portfolio_facts fallback = vague;
	fallback.general_contingency = 1;
	fallback.measurable_objectives = 2;
	portfolio_advise(portfolio_rule_plan, &fallback, &a);
	CHECK(!warns(&a, "contingencies"));
	CHECK(!warns(&a, "measurable targets"));
	struct portfolio_facts empty = { 0 };
	portfolio_advise(portfolio_rule_plan, &empty, &a);
	CHECK(warns(&a, "measurable targets"));
	CHECK(!suggests(&a, "plan-objectives"));
}

/* An action with a review suggests corrective action and evaluation; a
 * problem with no root cause is warned on. KPIs with red results and no
 * action warn too. */
static void test_action_and_kpi_rules(void)
{
	struct portfolio_advice a;
	struct portfolio_facts reviewed = { .root_cause = 1, .review = 1, .steps = 1 };
	portfolio_advise(portfolio_rule_action, &reviewed, &a);
	CHECK(suggests(&a, "corrective-action"));
	CHECK(suggests(&a, "root-cause"));
	CHECK(suggests(&a, "evaluation"));
	CHECK_EQ_INT((int)a.warning_count, 0);
	struct portfolio_facts guess = { .steps = 1 };
	portfolio_advise(portfolio_rule_action, &guess, &a);
	CHECK(warns(&a, "No root cause"));
	CHECK(!suggests(&a, "root-cause"));
	struct portfolio_facts red = { .results = 12, .red_results = 2 };
	portfolio_advise(portfolio_rule_kpi, &red, &a);
	CHECK(warns(&a, "no action raised"));
	CHECK(!suggests(&a, "corrective-action"));
	red.actions_raised = 1;
	portfolio_advise(portfolio_rule_kpi, &red, &a);
	CHECK(!warns(&a, "no action raised"));
	CHECK(suggests(&a, "corrective-action"));
	struct portfolio_facts unknown = { 0 };
	portfolio_advise(NULL, &unknown, &a);
	CHECK_EQ_INT((int)a.tag_count, 0);
}

/* A complaint suggests complaint handling; with a root cause and an
 * action, root cause and corrective action too; closed with no root
 * cause, or a cause without its five whys, it is warned on. */
static void test_complaint_rule(void)
{
	struct portfolio_advice a;
	struct portfolio_facts learned = { .root_cause = 1, .whys = 1, .closed = 1, .actions_raised = 1 };
	portfolio_advise(portfolio_rule_complaint, &learned, &a);
	CHECK(suggests(&a, "complaints"));
	CHECK(suggests(&a, "root-cause"));
	CHECK(suggests(&a, "corrective-action"));
	CHECK_EQ_INT((int)a.warning_count, 0);
	struct portfolio_facts closed_blind = { .closed = 1 };
	portfolio_advise(portfolio_rule_complaint, &closed_blind, &a);
	CHECK(warns(&a, "no root cause"));
	CHECK(!suggests(&a, "root-cause"));
	CHECK(!suggests(&a, "corrective-action"));
	struct portfolio_facts open_untold = { 0 };
	portfolio_advise(portfolio_rule_complaint, &open_untold, &a);
	CHECK_EQ_INT((int)a.warning_count, 0);   /* still open: not yet a mistake */
	struct portfolio_facts no_whys = { .root_cause = 1 };
	portfolio_advise(portfolio_rule_complaint, &no_whys, &a);
	CHECK(warns(&a, "five whys"));
	CHECK(portfolio_kind_find("complaint")->rule == portfolio_rule_complaint);
}

/* A signed-off checklist run with every failure answered suggests
 * monitoring (and corrective action when one was raised); an unanswered
 * failure or a missing sign-off is warned on. */
static void test_checklist_rule(void)
{
	struct portfolio_advice a;
	struct portfolio_facts done = { .failed_items = 2, .failures_answered = 2, .signed_off = 1, .actions_raised = 1 };
	portfolio_advise(portfolio_rule_checklist, &done, &a);
	CHECK(suggests(&a, "monitoring"));
	CHECK(suggests(&a, "corrective-action"));
	CHECK_EQ_INT((int)a.warning_count, 0);
	struct portfolio_facts loose = { .failed_items = 2, .failures_answered = 1 };
	portfolio_advise(portfolio_rule_checklist, &loose, &a);
	CHECK(warns(&a, "no action or justification"));
	CHECK(warns(&a, "not signed off"));
	CHECK(!suggests(&a, "corrective-action"));
	CHECK(portfolio_kind_find("checklist")->rule == portfolio_rule_checklist);
}

/* Minutes, feedback, rota weeks and the portfolio's own kinds. */
static void test_other_rules(void)
{
	struct portfolio_advice a;
	struct portfolio_facts minutes = { .decisions = 0, .actions_raised = 2 };
	portfolio_advise(portfolio_rule_meeting, &minutes, &a);
	CHECK(suggests(&a, "meeting"));
	CHECK(suggests(&a, "improvement"));
	CHECK(warns(&a, "no decisions"));
	minutes.decisions = 1;
	portfolio_advise(portfolio_rule_meeting, &minutes, &a);
	CHECK_EQ_INT((int)a.warning_count, 0);
	struct portfolio_facts month = { .responses = 12 };
	portfolio_advise(portfolio_rule_feedback, &month, &a);
	CHECK(suggests(&a, "feedback"));
	CHECK(warns(&a, "Fewer than 30 responses"));
	month.responses = 30;
	portfolio_advise(portfolio_rule_feedback, &month, &a);
	CHECK_EQ_INT((int)a.warning_count, 0);
	struct portfolio_facts none = { 0 };
	portfolio_advise(portfolio_rule_rota, &none, &a);
	CHECK(suggests(&a, "resources"));
	portfolio_advise(portfolio_rule_reflection, &none, &a);
	CHECK(suggests(&a, "reflection"));
	portfolio_advise(portfolio_rule_complaint, &none, &a);
	CHECK(suggests(&a, "complaints"));
}

/* Tags are whole words of the list. */
static void test_tags(void)
{
	CHECK(portfolio_tags_have("plan plan-objectives kpi", "plan-objectives"));
	CHECK(portfolio_tags_have("plan plan-objectives kpi", "plan"));
	CHECK(!portfolio_tags_have("plan-objectives", "plan"));
	CHECK(!portfolio_tags_have("", "plan"));
	CHECK(!portfolio_tags_have("plan", ""));
}

/* Colours, progress figures and the sampling rate. */
static void test_figures(void)
{
	struct portfolio_progress p;
	CHECK_STR_EQ(portfolio_criterion_rag(0, ""), "red");
	CHECK_STR_EQ(portfolio_criterion_rag(2, ""), "amber");
	CHECK_STR_EQ(portfolio_criterion_rag(2, "not_yet"), "red");
	CHECK_STR_EQ(portfolio_criterion_rag(0, "met"), "green");
	CHECK_EQ_INT(portfolio_progress_of(8, 6, 2, "2026-01-01", "2026-01-11", "2026-01-06", &p), 0);
	CHECK_EQ_INT(p.evidence_percent, 75);
	CHECK_EQ_INT(p.met_percent, 25);
	CHECK_EQ_INT(p.time_percent, 50);
	CHECK_EQ_INT((int)p.days_left, 5);
	CHECK_EQ_INT(portfolio_progress_of(0, 0, 0, "2026-01-01", "2027-01-01", "2025-12-01", &p), 0);
	CHECK_EQ_INT(p.evidence_percent, 0);
	CHECK_EQ_INT(p.time_percent, 0);
	CHECK_EQ_INT(portfolio_progress_of(4, 4, 4, "2026-01-01", "2026-02-01", "2026-03-01", &p), 0);
	CHECK_EQ_INT(p.time_percent, 100);
	CHECK_EQ_INT(p.met_percent, 100);
	CHECK_EQ_INT((int)p.days_left, -28);
	CHECK_EQ_INT(portfolio_progress_of(4, 1, 1, "2026-02-30", "2026-03-01", "2026-03-01", &p), -1);
	CHECK_EQ_INT(portfolio_sampling_rate(-1, 0), PORTFOLIO_RATE_NEW);
	CHECK_EQ_INT(portfolio_sampling_rate(-1, PORTFOLIO_NEW_ASSESSOR - 1), PORTFOLIO_RATE_NEW);
	CHECK_EQ_INT(portfolio_sampling_rate(-1, PORTFOLIO_NEW_ASSESSOR), PORTFOLIO_RATE_DEFAULT);
	CHECK(PORTFOLIO_RATE_NEW > PORTFOLIO_RATE_DEFAULT);
	CHECK_EQ_INT(portfolio_sampling_rate(35, 0), 35);
	CHECK_EQ_INT(portfolio_sampling_rate(0, 100), 0);
}

/* Counts what a seed file holds. */
struct seed_count {
	int qualifications, units, criteria, concepts;
	char last_tags[64];
};

/* Counts one item. */
static int count_item(void *ctx, const struct portfolio_seed_item *item)
{
	struct seed_count *c = ctx;
	c->qualifications += item->kind == PORTFOLIO_SEED_QUALIFICATION;
	c->units += item->kind == PORTFOLIO_SEED_UNIT;
	c->criteria += item->kind == PORTFOLIO_SEED_CRITERION;
	c->concepts += item->kind == PORTFOLIO_SEED_CONCEPT;
	snprintf(c->last_tags, sizeof c->last_tags, "%s", item->tags);
	return 0;
}

/* The parser: a good file, each kind of bad line, and the built-in file
 * with five units, each with marking points and key concepts. */
static void test_seed(void)
{
	struct seed_count c = {0};
	const char *why;
	const char good[] = "# a comment\n\nqualification Q1 A qualification\nunit 1 First unit\n"
	                    "criterion 1.1 [plan kpi] Does a thing.\nconcept 1.K1 [] An idea.\r\n";
	CHECK_EQ_INT(portfolio_seed_parse(good, strlen(good), count_item, &c, &why), 0);
	CHECK_EQ_INT(c.qualifications, 1);
	CHECK_EQ_INT(c.units, 1);
	CHECK_EQ_INT(c.criteria, 1);
	CHECK_EQ_INT(c.concepts, 1);
	const char no_unit[] = "qualification Q1 A qualification\ncriterion 1.1 [plan] Orphan.\n";
	CHECK_EQ_INT(portfolio_seed_parse(no_unit, strlen(no_unit), count_item, &c, &why), 2);
	CHECK_CONTAINS(why, "after its unit");
	const char no_tags[] = "qualification Q1 Q\nunit 1 U\ncriterion 1.1 No tags here.\n";
	CHECK_EQ_INT(portfolio_seed_parse(no_tags, strlen(no_tags), count_item, &c, &why), 3);
	const char bad_tags[] = "qualification Q1 Q\nunit 1 U\ncriterion 1.1 [Plan!] Text.\n";
	CHECK_EQ_INT(portfolio_seed_parse(bad_tags, strlen(bad_tags), count_item, &c, &why), 3);
	const char bad_word[] = "qualification Q1 Q\nmodule 1 U\n";
	CHECK_EQ_INT(portfolio_seed_parse(bad_word, strlen(bad_word), count_item, &c, &why), 2);
	CHECK_EQ_INT(portfolio_seed_parse("", 0, count_item, &c, &why), 1);
	CHECK_CONTAINS(why, "no qualification");
	CHECK(embedded_qualifications_count >= 1);
	memset(&c, 0, sizeof c);
	CHECK_EQ_INT(portfolio_seed_parse(embedded_qualifications[0].data, embedded_qualifications[0].len, count_item, &c, &why), 0);
	CHECK_EQ_INT(c.units, 5);
	CHECK(c.criteria >= 20);
	CHECK(c.concepts >= 25);
}

/* The snapshot helpers escape everything and hash exactly the bytes. */
static void test_snapshot_helpers(void)
{
	struct buf b = {0};
	char h1[65], h2[65], title[8];
	CHECK_EQ_INT(snapshot_field(&b, "Name <b>", "x\"<script>\nline"), 0);
	CHECK_CONTAINS(b.data, "Name &lt;b&gt;");
	CHECK_CONTAINS(b.data, "x&quot;&lt;script&gt;<br>line");
	CHECK(strstr(b.data, "<script>") == NULL);
	snapshot_hash_hex("abc", 3, h1);
	snapshot_hash_hex("abd", 3, h2);
	CHECK_EQ_INT((int)strlen(h1), 64);
	CHECK(strcmp(h1, h2) != 0);
	snapshot_hash_hex("abc", 3, h2);
	CHECK_STR_EQ(h1, h2);
	snapshot_set_title(title, sizeof title, "caf\xc3\xa9\xc3\xa9\xc3\xa9");
	CHECK_STR_EQ(title, "caf\xc3\xa9\xc3\xa9");
	buf_free(&b);
}

/* The IQA role fits the users table (roles up to 31), nothing more; the
 * sessions survived the migration that loosened the CHECK. */
static void test_role_check(sqlite3 *db)
{
	run(db, "INSERT INTO users (id, username, display_name, roles, password_hash, created_at, updated_at, password_changed_at) "
	        "VALUES (50, 'qa', 'QA', 16, 'x', '', '', '')");
	CHECK(sqlite3_exec(db, "INSERT INTO users (username, display_name, roles, password_hash, created_at, updated_at, "
	                       "password_changed_at) VALUES ('bad', 'Bad', 32, 'x', '', '', '')", NULL, NULL, NULL) == SQLITE_CONSTRAINT_CHECK);
	CHECK_EQ_INT(ROLE_ALL & ROLE_IQA, ROLE_IQA);
	CHECK_EQ_INT(ROLE_INTRANET & (ROLE_ASSESSOR | ROLE_IQA), 0);
	sqlite3_stmt *st;
	CHECK_EQ_INT(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL), SQLITE_OK);
	CHECK_EQ_INT(sqlite3_step(st), SQLITE_ROW);
	CHECK_STR_EQ((const char *)sqlite3_column_text(st, 0), "ok");
	sqlite3_finalize(st);
}

/* Reads one text value. */
static void one_text(sqlite3 *db, const char *sql, char *out, size_t n)
{
	sqlite3_stmt *st;
	out[0] = '\0';
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		snprintf(out, n, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

/* Submitting freezes: the hash is of the rendered content, a second
 * submission of changed content has another hash, and editing the live
 * record afterwards changes neither. */
static void test_snapshots(sqlite3 *db)
{
	const char *problem;
	char first[65], again[65], second[65], html[4096];
	CHECK_EQ_INT(portfolio_load_builtin("customer-service-operations.txt", &problem), SQLITE_OK);
	run(db, "INSERT INTO users (id, username, display_name, password_hash, created_at, updated_at, password_changed_at) "
	        "VALUES (60, 'lee', 'Lee', 'x', '', '', '');"
	        "INSERT INTO pf_learners (learner_id, started_on, planned_end, created_at, updated_at) VALUES (60, '2026-01-01', '2027-01-01', '', '');"
	        "INSERT INTO pf_enrolments (learner_id, unit_id, enrolled_at) SELECT 60, id, '' FROM pf_units WHERE code = '000';"
	        "INSERT INTO plans (id, title, period_start, period_end, contingency, created_at, updated_at) "
	        "VALUES (7, 'Winter <plan>', '2026-11-01', '2027-02-28', 'Overtime rota', '', '');"
	        "INSERT INTO plan_objectives (plan_id, statement, measure, target, created_at, updated_at) "
	        "VALUES (7, 'Answer 80% of calls in 20 s', 'percent', 80, '', '');"
	        "INSERT INTO pf_evidence (id, learner_id, kind, title, record_id, created_at, updated_at) VALUES (1, 60, 'plan', 'Winter', 7, '', '');"
	        "INSERT INTO pf_mappings (evidence_id, criterion_id, rationale, created_at) "
	        "SELECT 1, c.id, 'Measurable objectives and resources.', '' FROM pf_criteria c WHERE c.ref = '000.1';");
	long long unit = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT id FROM pf_units WHERE code = '000'", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		unit = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	struct portfolio_submit s = { NULL, 60, unit, "2026-11-20T10:00:00Z", 0, 0, NULL };
	CHECK_EQ_INT(db_write(portfolio_write_submission, &s), SQLITE_OK);
	CHECK_EQ_INT(s.snapshots, 1);
	one_text(db, "SELECT hash FROM pf_snapshots WHERE submission_id = 1", first, sizeof first);
	one_text(db, "SELECT html FROM pf_snapshots WHERE submission_id = 1", html, sizeof html);
	CHECK_CONTAINS(html, "Winter &lt;plan&gt;");
	CHECK_CONTAINS(html, "Overtime rota");
	char check[65];
	snapshot_hash_hex(html, strlen(html), check);
	CHECK_STR_EQ(check, first);
	/* a second submission while one waits is refused */
	struct portfolio_submit twice = { NULL, 60, unit, NULL, 0, 0, NULL };
	CHECK_EQ_INT(db_write(portfolio_write_submission, &twice), SQLITE_CONSTRAINT);
	CHECK_NOT_NULL(twice.refused);
	/* the live plan changes: the snapshot stays, and cannot be updated */
	run(db, "UPDATE plans SET title = 'Winter plan, revised', contingency = '' WHERE id = 7");
	one_text(db, "SELECT hash FROM pf_snapshots WHERE submission_id = 1", again, sizeof again);
	CHECK_STR_EQ(again, first);
	CHECK(sqlite3_exec(db, "UPDATE pf_snapshots SET html = 'tampered'", NULL, NULL, NULL) != SQLITE_OK);
	/* assessed, then resubmitted: new content, new hash, the first kept */
	run(db, "UPDATE pf_submissions SET status = 'assessed', assessed_at = '2026-11-21T10:00:00Z', signed_name = 'Ann' WHERE id = 1");
	struct portfolio_submit resubmit = { NULL, 60, unit, NULL, 0, 0, NULL };
	CHECK_EQ_INT(db_write(portfolio_write_submission, &resubmit), SQLITE_OK);
	one_text(db, "SELECT hash FROM pf_snapshots WHERE submission_id = 2", second, sizeof second);
	CHECK_EQ_INT((int)strlen(second), 64);
	CHECK(strcmp(second, first) != 0);
	one_text(db, "SELECT hash FROM pf_snapshots WHERE submission_id = 1", again, sizeof again);
	CHECK_STR_EQ(again, first);
	/* nothing mapped to a unit: nothing to submit */
	run(db, "INSERT INTO pf_enrolments (learner_id, unit_id, enrolled_at) SELECT 60, id, '' FROM pf_units WHERE code = '004'");
	struct portfolio_submit empty = { NULL, 60, 0, NULL, 0, 0, NULL };
	if (sqlite3_prepare_v2(db, "SELECT id FROM pf_units WHERE code = '004'", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		empty.unit_id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	CHECK_EQ_INT(db_write(portfolio_write_submission, &empty), SQLITE_CONSTRAINT);
	/* loading the seed again updates in place: the mapping survives */
	CHECK_EQ_INT(portfolio_load_builtin("customer-service-operations.txt", &problem), SQLITE_OK);
	one_text(db, "SELECT count(*) FROM pf_mappings", again, sizeof again);
	CHECK_STR_EQ(again, "1");
}

/* The record references learners type. */
static void test_record_refs(void)
{
	long long id = 0;
	const struct portfolio_kind *plan = portfolio_kind_find("plan"), *rota = portfolio_kind_find("rota");
	const struct portfolio_kind *fb = portfolio_kind_find("feedback");
	CHECK(plan && rota && fb);
	if (!plan || !rota || !fb)
		return;
	CHECK(portfolio_record_ref(plan, "/plans/12", &id) && id == 12);
	CHECK(portfolio_record_ref(plan, "http://intranet/plans/12/", &id) && id == 12);
	CHECK(portfolio_record_ref(plan, "5", &id) && id == 5);
	CHECK(!portfolio_record_ref(plan, "/kpis/12", &id));
	CHECK(!portfolio_record_ref(plan, "plans", &id));
	CHECK(portfolio_record_ref(rota, "2026-W48", &id) && id == 202648);
	CHECK(!portfolio_record_ref(rota, "2026-W60", &id));
	CHECK(portfolio_record_ref(fb, "2026-11", &id) && id == 202611);
	CHECK(!portfolio_record_ref(fb, "2026-13", &id));
	CHECK(portfolio_kind_find("nonsense") == NULL);
	for (size_t i = 0; i < portfolio_kind_count; i++)
		CHECK_NOT_NULL(portfolio_kinds[i].render);
	CHECK(plan->rule == portfolio_rule_plan);
	CHECK(portfolio_kind_find("action")->rule == portfolio_rule_action);
}

int main(void)
{
	test_plan_rules();
	test_action_and_kpi_rules();
	test_complaint_rule();
	test_checklist_rule();
	test_other_rules();
	test_tags();
	test_figures();
	test_seed();
	test_snapshot_helpers();
	test_record_refs();
	sqlite3 *db = db_open(":memory:", 1);
	CHECK_NOT_NULL(db);
	CHECK(db_migrate(db) >= 13);
	db_set(db);
	test_role_check(db);
	test_snapshots(db);
	db_close();
	return check_summary("portfolio");
}
