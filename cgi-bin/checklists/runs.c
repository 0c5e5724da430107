/*
 * runs.c: one run of a checklist. Each item is its own small form that
 * saves at once (a tap on Yes, No or N/A saves that answer), so nothing
 * is lost when the browser closes; the score and RAG are worked out again
 * and stored with every answer. A failed item is answered with an action
 * (core/action.c, source "checklist_item") or a justification before a
 * manager signs the run off; a signed-off run refuses every change (and
 * the schema's triggers refuse it too); reopening copies it into a new
 * revision and keeps the old one as it was.
 *
 * Pages: GET /checklists/runs, GET /checklists/runs.csv,
 * GET /checklists/runs/{id}, GET /checklists/runs/{id}/report,
 * POST /checklists/runs/{id}/items/{id}, POST .../submit,
 * POST .../answers/{id}/action, POST .../answers/{id}/justify,
 * POST .../signoff, POST .../reopen.
 */
#include "checklists.h"
#include "store.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/csv.h"
#include "core/db.h"
#include "core/options.h"

#include <stdio.h>
#include <string.h>

#define RUNS_PER_PAGE 25
#define ACTION_DAYS 14           /* a corrective action is due two weeks on, unless changed */
#define CSV_MAX_RUNS 100000

enum run_stmt {
	ST_UPSERT_ANSWER,
	ST_SUBMIT,
	ST_JUSTIFY,
	ST_SIGN_OFF,
	ST_ACTIONS_FOR_ITEM,
	ST_PREVIOUS_RUN,
	ST_OUTCOMES_BY_KEY,
	ST_NEW_REVISION,
	ST_COPY_ANSWERS,
	ST_SUPERSEDE,
	ST_RUN_COUNT,
	ST_RUN_LIST,
	ST_CSV,
	ST_ANSWER_RUN,
	ST__COUNT
};
/* The runs a run was reopened from, itself first (?1 the run). */
#define REVISION_CHAIN \
	"WITH RECURSIVE chain(id) AS (SELECT ?1 UNION ALL SELECT r.revision_of FROM checklist_runs r " \
	"JOIN chain c ON r.id = c.id WHERE r.revision_of IS NOT NULL) "
#define RUN_LIST_WHERE "WHERE (?1 = 0 OR r.template_id = ?1) "
static const char *const run_sql[ST__COUNT] = {
	[ST_UPSERT_ANSWER] =
		"INSERT INTO checklist_answers (run_id, item_id, value, outcome, earned, note, record_figure, "
		"answered_by, answered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
		"ON CONFLICT (run_id, item_id) DO UPDATE SET value = excluded.value, outcome = excluded.outcome, "
		"earned = excluded.earned, note = excluded.note, record_figure = excluded.record_figure, "
		"answered_by = excluded.answered_by, answered_at = excluded.answered_at, "
		"justification = CASE WHEN excluded.outcome = 'fail' THEN justification ELSE '' END",
	[ST_SUBMIT] = "UPDATE checklist_runs SET status = 'submitted', submitted_at = ?2 "
	              "WHERE id = ?1 AND status = 'in_progress'",
	[ST_JUSTIFY] = "UPDATE checklist_answers SET justification = ?3, justified_by = ?4, justified_at = ?5 "
	               "WHERE id = ?2 AND run_id = ?1 AND outcome = 'fail'",
	[ST_SIGN_OFF] = "UPDATE checklist_runs SET status = 'signed_off', signed_by = ?2, signed_name = ?3, "
	                "signed_at = ?4 WHERE id = ?1 AND status = 'submitted' AND superseded_by IS NULL",
	[ST_ACTIONS_FOR_ITEM] =
		REVISION_CHAIN
		"SELECT a.id, a.title, a.status, a.due_date, coalesce(u.display_name, '') FROM actions a "
		"JOIN checklist_answers x ON x.id = a.source_id LEFT JOIN users u ON u.id = a.owner_id "
		"WHERE a.source_type = 'checklist_item' AND x.run_id IN (SELECT id FROM chain) AND x.item_id = ?2 "
		"ORDER BY a.id",
	[ST_PREVIOUS_RUN] =
		"SELECT id, coalesce(due_date, ''), started_at FROM checklist_runs WHERE schedule_id = ?1 AND id <> ?2 "
		"AND superseded_by IS NULL AND status <> 'in_progress' AND coalesce(due_date, '') < ?3 "
		"ORDER BY due_date DESC, id DESC LIMIT 1",
	[ST_OUTCOMES_BY_KEY] =
		"SELECT i.item_key, a.outcome FROM checklist_answers a JOIN checklist_items i ON i.id = a.item_id "
		"WHERE a.run_id = ?",
	[ST_NEW_REVISION] =
		"INSERT INTO checklist_runs (template_id, version_id, schedule_id, team_id, due_date, revision, "
		"revision_of, status, score, rag, failed_count, started_by, started_at, reopen_reason) "
		"SELECT template_id, version_id, schedule_id, team_id, due_date, revision + 1, id, 'in_progress', "
		"score, rag, failed_count, ?2, ?3, ?4 FROM checklist_runs WHERE id = ?1 AND status = 'signed_off' "
		"AND superseded_by IS NULL",
	[ST_COPY_ANSWERS] =
		"INSERT INTO checklist_answers (run_id, item_id, value, outcome, earned, note, record_figure, "
		"answered_by, answered_at, justification, justified_by, justified_at) SELECT ?2, item_id, value, "
		"outcome, earned, note, record_figure, answered_by, answered_at, justification, justified_by, "
		"justified_at FROM checklist_answers WHERE run_id = ?1",
	[ST_SUPERSEDE] = "UPDATE checklist_runs SET superseded_by = ?2 WHERE id = ?1 AND superseded_by IS NULL",
	[ST_RUN_COUNT] = "SELECT count(*) FROM checklist_runs r " RUN_LIST_WHERE,
	[ST_RUN_LIST] =
		"SELECT r.id, v.title, v.version, coalesce(t.name, ''), coalesce(r.due_date, ''), r.status, r.score, "
		"r.rag, r.failed_count, r.revision, r.superseded_by IS NOT NULL, r.started_at "
		"FROM checklist_runs r JOIN checklist_versions v ON v.id = r.version_id "
		"LEFT JOIN teams t ON t.id = r.team_id " RUN_LIST_WHERE
		"ORDER BY r.started_at DESC, r.id DESC LIMIT ?2 OFFSET ?3",
	[ST_CSV] =
		"SELECT r.id, v.title, v.version, coalesce(t.name, ''), coalesce(r.due_date, ''), r.revision, "
		"coalesce(r.superseded_by, 0), r.status, r.score, r.rag, r.failed_count, coalesce(u.display_name, ''), "
		"r.started_at, coalesce(r.submitted_at, ''), r.signed_name, coalesce(r.signed_at, ''), "
		"(SELECT count(*) FROM actions a JOIN checklist_answers x ON x.id = a.source_id "
		" WHERE a.source_type = 'checklist_item' AND x.run_id = r.id) "
		"FROM checklist_runs r JOIN checklist_versions v ON v.id = r.version_id "
		"LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN users u ON u.id = r.started_by "
		"ORDER BY r.started_at, r.id LIMIT ?1",
	[ST_ANSWER_RUN] = "SELECT run_id FROM checklist_answers WHERE id = ?",
};
static sqlite3_stmt *run_cache[ST__COUNT];
static struct sql_table run_table = { run_sql, ST__COUNT, run_cache, NULL };

const struct field_spec checklist_answer_fields[CHECKLIST_ANS__COUNT] = {
	[CHECKLIST_ANS_ANSWER] = { "answer", "Answer", FIELD_MULTILINE, 0, 0, 2000, NULL },
	[CHECKLIST_ANS_NOTE] = { "note", "Note", FIELD_MULTILINE, 0, 0, 2000, NULL },
};

const struct field_spec checklist_raise_fields[CHECKLIST_RAISE__COUNT] = {
	[CHECKLIST_RAISE_TITLE] = { "title", "Action", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[CHECKLIST_RAISE_PROBLEM] = { "problem", "The problem", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[CHECKLIST_RAISE_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL },
	[CHECKLIST_RAISE_DUE] = { "due_date", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

const struct field_spec checklist_justify_fields[CHECKLIST_JUSTIFY__COUNT] = {
	[CHECKLIST_JUSTIFY_TEXT] = { "justification", "Justification", FIELD_MULTILINE, FIELD_REQUIRED, 20, 2000, NULL },
};

const struct field_spec checklist_reopen_fields[CHECKLIST_REOPEN__COUNT] = {
	[CHECKLIST_REOPEN_REASON] = { "reason", "Why it is reopened", FIELD_TEXT, FIELD_REQUIRED, 5, 300, NULL },
};

const struct field_spec checklist_list_fields[CHECKLIST_LIST__COUNT] = {
	[CHECKLIST_LIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
	[CHECKLIST_LIST_TEMPLATE] = { "template", "Template", FIELD_INT, 0, 0, 1000000000, NULL },
};

static const char *const run_notices[] = {
	"saved", "Saved.",
	"submitted", "The run has been submitted for a manager's sign-off.",
	"raised", "The corrective action has been raised.",
	"justified", "The justification has been recorded.",
	"signed", "The run has been signed off. It can no longer change.",
	"reopened", "The run has been reopened as a new revision; the signed-off one is kept as it was.",
	NULL, NULL
};

static const char *const status_values[] = { "in_progress", "submitted", "signed_off", NULL };
static const char *const status_labels[] = { "In progress", "Waiting for sign-off", "Signed off", NULL };

/* Returns 1 when the signed-in person may answer the run: a manager, who
 * started it, the person its schedule is for, or a member of its team. */
static int may_answer(struct request *rq, const struct checklist_run *r)
{
	if (checklist_is_manager(rq) || r->started_by_id == rq->session->user_id)
		return 1;
	if (r->schedule_user_id)
		return r->schedule_user_id == rq->session->user_id;
	return r->team_id && r->team_id == checklist_user_team(rq);
}

/* Loads the run of the path (404 answered when there is none): 1 to go
 * on, 0 answered, -1 error. */
static int load_path_run(struct request *rq, struct response *rs, struct checklist_run *r)
{
	int found = checklist_run_load(&rq->arena, rq->path_ids[0], r);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no checklist run with that number.");
	return found;
}

/* Answers 409 for a change to a run that can no longer change. */
static int locked(struct request *rq, struct response *rs, const struct checklist_run *r)
{
	if (r->superseded_by)
		respond_error(rq, rs, 409, arena_printf(&rq->arena, "This run has been reopened as revision %d, "
		              "so this revision can no longer change. Open run %lld instead.", r->revision + 1, r->superseded_by));
	else
		respond_error(rq, rs, 409, arena_printf(&rq->arena, "This run was signed off by %s on %s and can no "
		              "longer change. A manager can reopen it as a new revision.", r->signed_name,
		              display_time(&rq->arena, r->signed_at)));
	return 0;
}

/* Returns 1 when the run may change (in progress or waiting, not replaced). */
static int run_open(const struct checklist_run *r)
{
	return checklist_run_editable(r->status) && r->superseded_by == 0;
}

/* Sets RAG, RAG_LABEL and SCORE for a score. */
static void set_score(struct request *rq, tpl_dict *d, const struct checklist_score *s)
{
	tpl_set(d, "RAG", s->rag == CHECKLIST_RAG_NONE ? "none" : checklist_rags[s->rag]);
	tpl_set(d, "RAG_LABEL", checklist_rag_labels[s->rag]);
	tpl_set(d, "SCORE", s->scored ? arena_printf(&rq->arena, "%.1f%%", s->percent) : "not scored yet");
	tpl_set_int(d, "FAILED", s->failed);
	tpl_show_if(d, "MANDATORY_FAILED", s->mandatory_failed > 0);
	tpl_set_int(d, "UNANSWERED", s->unanswered);
	tpl_show_if(d, "HAS_UNANSWERED", s->unanswered > 0);
}

/* The answer in words for the page and the report. */
static const char *answer_words(struct request *rq, const struct checklist_item *it, const struct checklist_answer *a)
{
	if (!a->present)
		return "Not answered";
	if (it->rule.kind == CHECKLIST_YESNO)
		return strcmp(a->value, "yes") == 0 ? "Yes" : strcmp(a->value, "no") == 0 ? "No" : "Not applicable";
	if (it->rule.kind == CHECKLIST_SCALE)
		return arena_printf(&rq->arena, "%s out of %d", a->value, it->rule.scale_max);
	return a->value;
}

/* Adds the options of a choice item (VALUE, SELECTED). */
static void add_choices(tpl_dict *row, const char *choices, const char *chosen)
{
	const char *p = choices;
	while (p && *p) {
		const char *end = strchr(p, '\n');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		char line[256];
		if (n >= sizeof line)
			n = sizeof line - 1;
		memcpy(line, p, n);
		line[n] = '\0';
		while (n && (line[n - 1] == '\r' || line[n - 1] == ' '))
			line[--n] = '\0';
		if (n) {
			tpl_dict *o = tpl_add_row(row, "CHOICE");
			tpl_set(o, "VALUE", line);
			tpl_show_if(o, "SELECTED", strcmp(line, chosen) == 0);
		}
		p = end ? end + 1 : NULL;
	}
}

/* The answer controls of an item: the section named after its kind. */
static void add_controls(tpl_dict *row, const struct checklist_item *it, const char *value)
{
	static const char *const kinds[] = { "KIND_YESNO", "KIND_SCALE", "KIND_NUMBER", "KIND_DATE", "KIND_CHOICE", "KIND_TEXT" };
	tpl_dict *k = tpl_add_row(row, kinds[it->rule.kind]);
	if (k == NULL)
		return;
	tpl_show_if(row, "SAVE_BUTTON", it->rule.kind != CHECKLIST_YESNO);
	if (it->rule.kind == CHECKLIST_YESNO) {
		tpl_set(k, "YES_PRESSED", strcmp(value, "yes") == 0 ? "true" : "false");
		tpl_set(k, "NO_PRESSED", strcmp(value, "no") == 0 ? "true" : "false");
		tpl_set(k, "NA_PRESSED", strcmp(value, "na") == 0 ? "true" : "false");
		return;
	} else if (it->rule.kind == CHECKLIST_SCALE) {
		for (int v = 1; v <= it->rule.scale_max; v++) {
			tpl_dict *o = tpl_add_row(k, "POINT");
			char text[12];
			snprintf(text, sizeof text, "%d", v);
			tpl_set(o, "VALUE", text);
			tpl_show_if(o, "SELECTED", strcmp(text, value) == 0);
		}
	} else if (it->rule.kind == CHECKLIST_CHOICE) {
		add_choices(k, it->rule.choices, value);
	}
}

/* Adds the actions raised from an item (in this revision and those it was
 * reopened from); returns their number or -1. */
static int add_item_actions(struct request *rq, tpl_dict *row, long long run_id, long long item_id)
{
	sqlite3_stmt *st = db_stmt(&run_table, ST_ACTIONS_FOR_ITEM);
	char today[11];
	int n = 0, rc;
	if (st == NULL)
		return -1;
	today_london(today);
	sqlite3_bind_int64(st, 1, run_id);
	sqlite3_bind_int64(st, 2, item_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *a = tpl_add_row(row, "ACTION");
		if (a == NULL)
			break;
		n++;
		tpl_set_int(a, "ACTION_ID", sqlite3_column_int64(st, 0));
		tpl_set(a, "ACTION_TITLE", db_text(st, 1));
		tpl_set(a, "ACTION_STATUS", options_label(action_statuses, action_status_labels, db_text(st, 2)));
		tpl_set(a, "ACTION_DUE", db_text(st, 3));
		tpl_set(a, "ACTION_OWNER", db_text(st, 4)[0] ? db_text(st, 4) : "nobody yet");
		tpl_show_if(a, "ACTION_OVERDUE", action_is_overdue(db_text(st, 2), db_text(st, 3), today));
	}
	sqlite3_reset(st);
	(void)rq;
	return db_rows_failed(rc) ? -1 : n;
}

/* The form of this request, when it was refused for this item or answer. */
static const struct form *form_for(struct request *rq, const struct field_spec *specs, long long id)
{
	const struct form *f = request_form(rq);
	if (f && f->specs == specs && rq->path_id_count > 1 && rq->path_ids[1] == id)
		return f;
	return NULL;
}

/* The failed item's answering: the actions, the justification, and for a
 * manager the forms. Sets *dealt when it has been answered. */
static int add_failure(struct request *rq, tpl_dict *row, const struct checklist_run *r, size_t i, int *dealt)
{
	const struct checklist_item *it = &r->version.items[i];
	const struct checklist_answer *a = &r->answers[i];
	tpl_dict *box = tpl_add_row(row, "FAILURE");
	if (box == NULL)
		return -1;
	int actions = add_item_actions(rq, box, r->id, it->id);
	if (actions < 0)
		return -1;
	tpl_show_if(box, "HAS_ACTIONS", actions > 0);
	if (a->justification[0]) {
		tpl_dict *j = tpl_add_row(box, "JUSTIFIED");
		tpl_set(j, "JUSTIFICATION", a->justification);
		tpl_set(j, "BY", a->justified_by);
		tpl_set(j, "AT", display_time(&rq->arena, a->justified_at));
	}
	*dealt = actions > 0 || a->justification[0] != '\0';
	tpl_show_if(box, *dealt ? "DEALT_WITH" : "NOT_DEALT_WITH", 1);
	if (!checklist_is_manager(rq) || !run_open(r))
		return 0;
	tpl_dict *forms = tpl_add_row(box, "CAN_ANSWER_FAILURE");
	tpl_set_int(forms, "ANSWER_ID", a->id);
	tpl_set_int(forms, "RUN_ID", r->id);
	const struct form *raise = form_for(rq, checklist_raise_fields, a->id);
	const struct form *justify = form_for(rq, checklist_justify_fields, a->id);
	long long owner = rq->session->user_id;
	if (raise) {
		page_form(&(struct page){ NULL, forms }, raise);
		owner = raise->values[CHECKLIST_RAISE_OWNER].number;
		tpl_show(forms, "RAISE_OPEN");
	} else {
		char today[11], due[11];
		tpl_set(forms, "TITLE_VALUE", arena_printf(&rq->arena, "Put right: %.150s", it->prompt));
		tpl_set(forms, "PROBLEM_VALUE", arena_printf(&rq->arena, "%s checklist, %s%s: answered \"%s\"%s%s",
		        r->version.title, it->prompt, it->reference[0] ? arena_printf(&rq->arena, " (%s)", it->reference) : "",
		        answer_words(rq, it, a), a->note[0] ? ". Note: " : ".", a->note));
		tpl_set(forms, "DUE_DATE_VALUE", date_add_days(today_london(today), ACTION_DAYS, due));
	}
	if (justify) {
		page_form(&(struct page){ NULL, forms }, justify);
		tpl_show(forms, "JUSTIFY_OPEN");
	}
	return action_add_owner_options(forms, "OWNER_OPTION", owner) < 0 ? -1 : 0;
}

/* Adds one item of the run page. Sets *undealt when it failed and has
 * no action nor justification. */
static int add_run_item(struct request *rq, tpl_dict *sec, const struct checklist_run *r, size_t i,
                        int can_answer, int *undealt)
{
	const struct checklist_item *it = &r->version.items[i];
	const struct checklist_answer *a = &r->answers[i];
	tpl_dict *row = tpl_add_row(sec, "ITEM");
	if (row == NULL)
		return -1;
	tpl_set_int(row, "ITEM_ID", it->id);
	tpl_set_int(row, "RUN_ID", r->id);
	tpl_set(row, "PROMPT", it->prompt);
	tpl_set(row, "GUIDANCE", it->guidance);
	tpl_show_if(row, "HAS_GUIDANCE", it->guidance[0] != '\0');
	tpl_set(row, "REFERENCE", it->reference);
	tpl_show_if(row, "HAS_REFERENCE", it->reference[0] != '\0');
	tpl_show_if(row, "MANDATORY", it->mandatory);
	tpl_show_if(row, "NOTE_ON_FAIL", it->note_on_fail);
	tpl_set_int(row, "WEIGHT", it->weight);
	tpl_set(row, "ANSWER_TEXT", answer_words(rq, it, a));
	tpl_set(row, "OUTCOME", a->present ? checklist_outcomes[a->outcome] : "unanswered");
	tpl_show_if(row, "ANSWERED", a->present);
	tpl_show_if(row, "PASSED", a->present && a->outcome == CHECKLIST_PASS);
	tpl_show_if(row, "FAILED", a->present && a->outcome == CHECKLIST_FAIL);
	tpl_show_if(row, "NOT_APPLICABLE", a->present && a->outcome == CHECKLIST_NA);
	tpl_set(row, "NOTE", a->note);
	tpl_show_if(row, "HAS_NOTE", a->note[0] != '\0');
	if (a->present)
		tpl_set(row, "ANSWERED_BY", arena_printf(&rq->arena, "%s, %s", a->answered_by,
		        display_time(&rq->arena, a->answered_at)));
	if (it->source[0]) {
		tpl_dict *rec = tpl_add_row(row, "FROM_RECORDS");
		int passes;
		const char *now = NULL;
		char today[11];
		if (run_open(r))
			now = checklist_record_figure(&rq->arena, it->source, today_london(today), &passes);
		tpl_set(rec, "SOURCE", checklist_source_label(it->source));
		tpl_set(rec, "FIGURE", now ? now : a->record_figure[0] ? a->record_figure : "The figure could not be read.");
		if (now)
			tpl_show(rec, passes ? "RECORDS_PASS" : "RECORDS_FAIL");
		if (a->present && a->record_figure[0] && now && strcmp(now, a->record_figure) != 0) {
			tpl_dict *was = tpl_add_row(rec, "CONFIRMED_FIGURE");
			tpl_set(was, "WAS", a->record_figure);
		}
	}
	if (can_answer) {
		tpl_dict *form = tpl_add_row(row, "ANSWER_FORM");
		const struct form *f = form_for(rq, checklist_answer_fields, it->id);
		tpl_set_int(form, "ITEM_ID", it->id);
		tpl_set_int(form, "RUN_ID", r->id);
		if (f)
			page_form(&(struct page){ NULL, form }, f);
		else {
			tpl_set(form, "ANSWER_VALUE", a->value);
			tpl_set(form, "NOTE_VALUE", a->note);
		}
		add_controls(form, it, f ? f->values[CHECKLIST_ANS_ANSWER].text : a->value);
		tpl_show_if(form, "NOTE_REQUIRED", it->note_on_fail);
	}
	if (a->present && a->outcome == CHECKLIST_FAIL) {
		int dealt = 0;
		if (add_failure(rq, row, r, i, &dealt) != 0)
			return -1;
		*undealt += !dealt;
	}
	return 0;
}

/* What changed since the run before of the same schedule: items failed
 * then and passing now, and the reverse. Returns 0 or -1. */
static int add_changes(struct request *rq, tpl_dict *d, const struct checklist_run *r)
{
	if (r->schedule_id == 0)
		return 0;
	sqlite3_stmt *st = db_stmt(&run_table, ST_PREVIOUS_RUN);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, r->schedule_id);
	sqlite3_bind_int64(st, 2, r->revision_of ? r->revision_of : r->id);
	sqlite3_bind_text(st, 3, r->due_date, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? 0 : -1;
	}
	long long prev = sqlite3_column_int64(st, 0);
	char words[12];
	tpl_dict *box = tpl_add_row(d, "CHANGES");
	tpl_set_int(box, "PREVIOUS_ID", prev);
	tpl_set(box, "PREVIOUS_DUE", date_in_words(db_text(st, 1), words) ? words : db_text(st, 1));
	sqlite3_reset(st);
	if ((st = db_stmt(&run_table, ST_OUTCOMES_BY_KEY)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, prev);
	int fixed = 0, broken = 0;
	while (db_step_row(st, &rc)) {
		const char *key = db_text(st, 0), *then = db_text(st, 1);
		for (size_t i = 0; i < r->version.item_count; i++) {
			const struct checklist_answer *a = &r->answers[i];
			if (!a->present || strcmp(r->version.items[i].key, key) != 0)
				continue;
			int was_fail = strcmp(then, "fail") == 0, was_pass = strcmp(then, "pass") == 0;
			const char *section = NULL;
			if (was_fail && a->outcome == CHECKLIST_PASS)
				section = "FIXED", fixed++;
			else if (was_pass && a->outcome == CHECKLIST_FAIL)
				section = "BROKEN", broken++;
			if (section) {
				tpl_dict *row = tpl_add_row(box, section);
				tpl_set(row, "PROMPT", r->version.items[i].prompt);
				tpl_set_int(row, "ITEM_ID", r->version.items[i].id);
			}
		}
	}
	sqlite3_reset(st);
	tpl_show_if(box, fixed ? "HAS_FIXED" : "NO_FIXED", 1);
	tpl_show_if(box, broken ? "HAS_BROKEN" : "NO_BROKEN", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Sets the run's header values (title, version, team, dates, status). */
static void add_run_header(struct request *rq, tpl_dict *d, const struct checklist_run *r)
{
	char words[12];
	tpl_set_int(d, "RUN_ID", r->id);
	tpl_set_int(d, "TEMPLATE_ID", r->template_id);
	tpl_set(d, "TPL_TITLE", r->version.title);
	tpl_set_int(d, "VERSION", r->version.version);
	tpl_show_if(d, "OLD_VERSION", r->version.version != r->version.current_version);
	tpl_set_int(d, "CURRENT_VERSION", r->version.current_version);
	tpl_set_int(d, "PASS_MARK", r->version.pass_mark);
	tpl_set_int(d, "AMBER_FROM", r->version.pass_mark - r->version.amber_band);
	tpl_set(d, "TEAM", r->team[0] ? r->team : "no team");
	tpl_set(d, "DUE", r->due_date[0] ? (date_in_words(r->due_date, words) ? words : r->due_date) : "unscheduled");
	tpl_set(d, "STATUS", r->status);
	tpl_set(d, "STATUS_LABEL", options_label(status_values, status_labels, r->status));
	tpl_set(d, "STARTED", arena_printf(&rq->arena, "%s by %s", display_time(&rq->arena, r->started_at),
	        r->started_by[0] ? r->started_by : "someone no longer listed"));
	tpl_set_int(d, "REVISION", r->revision);
	if (r->revision_of) {
		tpl_dict *rv = tpl_add_row(d, "REOPENED_FROM");
		tpl_set_int(rv, "OLD_ID", r->revision_of);
		tpl_set(rv, "REASON", r->reopen_reason);
	}
	if (r->superseded_by) {
		tpl_dict *sv = tpl_add_row(d, "SUPERSEDED");
		tpl_set_int(sv, "NEW_ID", r->superseded_by);
	}
	if (r->submitted_at[0])
		tpl_set(tpl_add_row(d, "SUBMITTED"), "AT", display_time(&rq->arena, r->submitted_at));
	if (strcmp(r->status, "signed_off") == 0) {
		tpl_dict *s = tpl_add_row(d, "SIGNED");
		tpl_set(s, "NAME", r->signed_name);
		tpl_set(s, "AT", display_time(&rq->arena, r->signed_at));
	}
}

/* Fills the run's sections, items and scores into d; sets *undealt to the
 * failed items not yet answered. Returns 0 or -1. */
static int add_run_body(struct request *rq, tpl_dict *d, const struct checklist_run *r, int can_answer,
                        int *undealt)
{
	struct checklist_score sections[CHECKLIST_MAX_SECTIONS], overall;
	checklist_run_score(r, sections, &overall);
	set_score(rq, d, &overall);
	*undealt = 0;
	for (size_t s = 0; s < r->version.section_count; s++) {
		tpl_dict *sec = tpl_add_row(d, "SECTION");
		if (sec == NULL)
			return -1;
		tpl_set(sec, "SECTION_TITLE", r->version.sections[s].title);
		tpl_set_int(sec, "SECTION_NUMBER", (long long)s + 1);
		set_score(rq, sec, &sections[s]);
		for (size_t i = 0; i < r->version.item_count; i++)
			if (r->version.items[i].section == (int)s && add_run_item(rq, sec, r, i, can_answer, undealt) != 0)
				return -1;
	}
	return 0;
}

/* GET /checklists/runs/{id}, and the page again when a form on it is
 * refused (that item's form shows what was typed and why). */
int checklist_run_page(struct request *rq, struct response *rs)
{
	struct checklist_run r;
	struct page p;
	int found = load_path_run(rq, rs, &r), undealt;
	if (found <= 0)
		return found;
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "%s: run %lld", r.version.title, r.id),
	               "checklists/run.tpl") != 0)
		return -1;
	int open = run_open(&r), can_answer = open && may_answer(rq, &r);
	add_run_header(rq, p.content, &r);
	tpl_show_if(p.content, "ADD_TO_PORTFOLIO", (rq->session->roles & ROLE_LEARNERS) != 0);
	if (add_run_body(rq, p.content, &r, can_answer, &undealt) != 0 || add_changes(rq, p.content, &r) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, "CAN_SUBMIT", can_answer && strcmp(r.status, "in_progress") == 0);
	tpl_show_if(p.content, "CANNOT_ANSWER", open && !can_answer);
	if (checklist_is_manager(rq) && open && strcmp(r.status, "submitted") == 0) {
		tpl_dict *s = tpl_add_row(p.content, "CAN_SIGN");
		tpl_set_int(s, "UNDEALT", undealt);
		tpl_show_if(s, undealt ? "HAS_UNDEALT" : "READY", 1);
	}
	if (checklist_is_manager(rq) && strcmp(r.status, "signed_off") == 0 && r.superseded_by == 0) {
		tpl_dict *ro = tpl_add_row(p.content, "CAN_REOPEN");
		const struct form *f = request_form(rq);
		if (f && f->specs == checklist_reopen_fields)
			page_form(&(struct page){ NULL, ro }, f);
	}
	const struct form *f = request_form(rq);
	if (f && f->error_count && rq->path_id_count > 1) {
		tpl_dict *refused = tpl_add_row(p.content, "REFUSED");
		tpl_set(refused, "TARGET", arena_printf(&rq->arena, "%s-%lld", f->specs == checklist_answer_fields ?
		        "item" : "answer", rq->path_ids[1]));
	}
	page_notice(&p, rq, run_notices);
	return page_finish(&p, rs);
}

/* What an answer write needs. */
struct answer_ctx {
	struct request *rq;
	long long run_id, item_id;
	const char *value, *note, *figure;
	struct checklist_judgement j;
};

/* Stores the answer, scores the run again and audits. */
static int write_answer(void *vctx)
{
	struct answer_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&run_table, ST_UPSERT_ANSWER);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->run_id);
	sqlite3_bind_int64(st, 2, c->item_id);
	sqlite3_bind_text(st, 3, c->value, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, checklist_outcomes[c->j.outcome], -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 5, c->j.earned);
	sqlite3_bind_text(st, 6, c->note, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, c->figure ? c->figure : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, c->rq->session->user_id);
	sqlite3_bind_text(st, 9, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc == SQLITE_OK)
		rc = checklist_run_rescore(&c->rq->arena, c->run_id);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "checklist.answered", "checklist_run", c->run_id,
	                    arena_printf(&c->rq->arena, "item %lld: %s", c->item_id, checklist_outcomes[c->j.outcome]));
}

/* Finds the item with this id in the run's version; NULL when none. */
static const struct checklist_item *run_item(const struct checklist_run *r, long long id, size_t *index)
{
	for (size_t i = 0; i < r->version.item_count; i++)
		if (r->version.items[i].id == id) {
			*index = i;
			return &r->version.items[i];
		}
	return NULL;
}

/* Refuses the run's change when the person may not answer it, or it is
 * locked: 1 when answered with an error, 0 to go on. */
static int refuse_change(struct request *rq, struct response *rs, const struct checklist_run *r)
{
	if (!run_open(r))
		return locked(rq, rs, r) == 0;
	if (!may_answer(rq, r)) {
		respond_error(rq, rs, 403, "This run belongs to another team or person: only they or a manager can answer it.");
		return 1;
	}
	return 0;
}

/* POST /checklists/runs/{id}/items/{id}: saves one answer (and its note). */
int checklist_answer_submit(struct request *rq, struct response *rs)
{
	struct checklist_run r;
	size_t index;
	char today[11];
	int found = load_path_run(rq, rs, &r);
	if (found <= 0)
		return found;
	if (refuse_change(rq, rs, &r))
		return 0;
	const struct checklist_item *it = run_item(&r, rq->path_ids[1], &index);
	if (it == NULL) {
		respond_error(rq, rs, 404, "That item is not part of this run's version of the checklist.");
		return 0;
	}
	const struct form *f = request_form(rq);
	struct answer_ctx c = { rq, r.id, it->id, f->values[CHECKLIST_ANS_ANSWER].text, f->values[CHECKLIST_ANS_NOTE].text,
	                        NULL, { 0 } };
	c.j = checklist_judge(&it->rule, c.value, today_london(today));
	if (c.j.problem)
		request_form_error(rq, CHECKLIST_ANS_ANSWER, c.j.problem);
	else if (c.j.outcome == CHECKLIST_FAIL && it->note_on_fail && !f->values[CHECKLIST_ANS_NOTE].present)
		request_form_error(rq, CHECKLIST_ANS_NOTE, "Write a note saying what is wrong: this item needs one when it fails.");
	if (request_form_refused(rq))
		return form_again(rq, rs, checklist_run_page);
	if (it->source[0]) {
		int passes;
		c.figure = checklist_record_figure(&rq->arena, it->source, today, &passes);
	}
	if (db_write(write_answer, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld?done=saved#item-%lld", r.id, it->id));
	return 0;
}

/* Marks the run submitted and audits. */
static int write_submit(void *vctx)
{
	struct answer_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&run_table, ST_SUBMIT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->run_id);
	sqlite3_bind_text(st, 2, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "checklist.submitted", "checklist_run", c->run_id, "");
}

/* The first items still to answer, in words; NULL when none is left.
 * Every item needs an answer but an optional free-text one. */
static const char *still_to_answer(struct request *rq, const struct checklist_run *r)
{
	struct buf b = { 0 };
	int n = 0;
	for (size_t i = 0; i < r->version.item_count; i++) {
		const struct checklist_item *it = &r->version.items[i];
		if (r->answers[i].present || (it->rule.kind == CHECKLIST_TEXT && !it->mandatory))
			continue;
		if (n++ < 3)
			buf_printf(&b, "%s\"%s\"", n > 1 ? ", " : "", it->prompt);
	}
	const char *out = n ? arena_printf(&rq->arena, "%d item%s still need%s an answer before the run can be "
	                                   "submitted: %s%s.", n, n == 1 ? "" : "s", n == 1 ? "s" : "",
	                                   b.data ? b.data : "", n > 3 ? " and more" : "") : NULL;
	buf_free(&b);
	return out;
}

/* POST /checklists/runs/{id}/submit: every item answered, to a manager. */
int checklist_submit_submit(struct request *rq, struct response *rs)
{
	struct checklist_run r;
	int found = load_path_run(rq, rs, &r);
	if (found <= 0)
		return found;
	if (refuse_change(rq, rs, &r))
		return 0;
	if (strcmp(r.status, "in_progress") != 0) {
		respond_error(rq, rs, 409, "This run has already been submitted for sign-off.");
		return 0;
	}
	const char *left = still_to_answer(rq, &r);
	if (left) {
		respond_error(rq, rs, 409, left);
		return 0;
	}
	struct answer_ctx c = { rq, r.id, 0, NULL, NULL, NULL, { 0 } };
	if (db_write(write_submit, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld?done=submitted", r.id));
	return 0;
}

/* Finds the failed answer of the path in a loaded run; answers 404 or
 * 409 itself. Returns its index, or -1 when answered. */
static long failed_answer(struct request *rq, struct response *rs, const struct checklist_run *r)
{
	for (size_t i = 0; i < r->version.item_count; i++)
		if (r->answers[i].present && r->answers[i].id == rq->path_ids[1]) {
			if (r->answers[i].outcome == CHECKLIST_FAIL)
				return (long)i;
			respond_error(rq, rs, 409, "This item did not fail, so it needs no action or justification.");
			return -1;
		}
	respond_error(rq, rs, 404, "There is no such answer in this run.");
	return -1;
}

/* See checklists.h: an owner who can own actions, a due date not past. */
void checklist_raise_check(struct request *rq)
{
	action_check_owner_and_due(rq, CHECKLIST_RAISE_OWNER, CHECKLIST_RAISE_DUE);
}

/* What raising or justifying writes. */
struct failure_ctx {
	struct request *rq;
	long long run_id, answer_id, action_id;
};

/* Raises the corrective action from the answer. */
static int write_raise(void *vctx)
{
	struct failure_ctx *c = vctx;
	const struct form *f = request_form(c->rq);
	struct action_new a = { "corrective", "checklist_item", c->answer_id, f->values[CHECKLIST_RAISE_TITLE].text,
	                        f->values[CHECKLIST_RAISE_PROBLEM].text, f->values[CHECKLIST_RAISE_OWNER].number,
	                        f->values[CHECKLIST_RAISE_DUE].text };
	int rc = action_insert(c->rq, &a, &c->action_id);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "checklist.action_raised", "checklist_run", c->run_id,
	                                           arena_printf(&c->rq->arena, "action %lld", c->action_id));
}

/* Records the justification of the failed answer. */
static int write_justify(void *vctx)
{
	struct failure_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&run_table, ST_JUSTIFY);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->run_id);
	sqlite3_bind_int64(st, 2, c->answer_id);
	sqlite3_bind_text(st, 3, request_form(c->rq)->values[CHECKLIST_JUSTIFY_TEXT].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, c->rq->session->user_id);
	sqlite3_bind_text(st, 5, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "checklist.justified", "checklist_run", c->run_id,
	                                           arena_printf(&c->rq->arena, "answer %lld", c->answer_id));
}

/* Runs a failure's write (raise or justify) on the path's run and answer. */
static int answer_failure(struct request *rq, struct response *rs, int (*write)(void *), const char *done)
{
	struct checklist_run r;
	int found = load_path_run(rq, rs, &r);
	if (found <= 0)
		return found;
	if (!run_open(&r))
		return locked(rq, rs, &r);
	if (failed_answer(rq, rs, &r) < 0)
		return 0;
	struct failure_ctx c = { rq, r.id, rq->path_ids[1], 0 };
	if (db_write(write, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld?done=%s#answer-%lld", r.id, done, c.answer_id));
	return 0;
}

/* POST /checklists/runs/{id}/answers/{id}/action */
int checklist_raise_submit(struct request *rq, struct response *rs)
{
	return answer_failure(rq, rs, write_raise, "raised");
}

/* POST /checklists/runs/{id}/answers/{id}/justify */
int checklist_justify_submit(struct request *rq, struct response *rs)
{
	return answer_failure(rq, rs, write_justify, "justified");
}

/* Counts the failed items with no action and no justification; -1 on error. */
static int undealt_failures(struct request *rq, const struct checklist_run *r)
{
	int n = 0;
	for (size_t i = 0; i < r->version.item_count; i++) {
		const struct checklist_answer *a = &r->answers[i];
		if (!a->present || a->outcome != CHECKLIST_FAIL || a->justification[0])
			continue;
		tpl_dict *scratch = tpl_dict_new();
		int actions = scratch ? add_item_actions(rq, scratch, r->id, r->version.items[i].id) : -1;
		if (scratch)
			tpl_dict_free(scratch);
		if (actions < 0)
			return -1;
		n += actions == 0;
	}
	return n;
}

/* Signs the run off in the manager's name. */
static int write_sign_off(void *vctx)
{
	struct failure_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&run_table, ST_SIGN_OFF);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->run_id);
	sqlite3_bind_int64(st, 2, c->rq->session->user_id);
	sqlite3_bind_text(st, 3, c->rq->session->display_name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	return rc != SQLITE_OK ? rc : audit_record(c->rq, "checklist.signed_off", "checklist_run", c->run_id, "");
}

/* POST /checklists/runs/{id}/signoff: a manager signs a submitted run off
 * once every failed item has an action or a justification. */
int checklist_signoff_submit(struct request *rq, struct response *rs)
{
	struct checklist_run r;
	int found = load_path_run(rq, rs, &r);
	if (found <= 0)
		return found;
	if (!run_open(&r))
		return locked(rq, rs, &r);
	if (strcmp(r.status, "submitted") != 0) {
		respond_error(rq, rs, 409, "This run is still in progress: it can be signed off once it has been submitted.");
		return 0;
	}
	int undealt = undealt_failures(rq, &r);
	if (undealt < 0)
		return -1;
	if (undealt) {
		respond_error(rq, rs, 409, arena_printf(&rq->arena, "%d failed item%s still need%s a corrective action "
		              "or a justification before the run can be signed off.", undealt, undealt == 1 ? "" : "s",
		              undealt == 1 ? "s" : ""));
		return 0;
	}
	struct failure_ctx c = { rq, r.id, 0, 0 };
	int rc = db_write(write_sign_off, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "This run has changed since you opened it: it is no longer waiting for sign-off.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld?done=signed", r.id));
	return 0;
}

/* Copies the signed-off run into a new revision, in progress, and marks
 * the old one replaced by it. */
static int write_reopen(void *vctx)
{
	struct failure_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&run_table, ST_NEW_REVISION);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->run_id);
	sqlite3_bind_int64(st, 2, c->rq->session->user_id);
	sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, request_form(c->rq)->values[CHECKLIST_REOPEN_REASON].text, -1, SQLITE_STATIC);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	c->action_id = sqlite3_last_insert_rowid(db_get());    /* the new revision */
	if ((st = db_stmt(&run_table, ST_COPY_ANSWERS)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->run_id);
	sqlite3_bind_int64(st, 2, c->action_id);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK || (st = db_stmt(&run_table, ST_SUPERSEDE)) == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->run_id);
	sqlite3_bind_int64(st, 2, c->action_id);
	if ((rc = db_exec_changed(st)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "checklist.reopened", "checklist_run", c->run_id,
	                    arena_printf(&c->rq->arena, "new revision: run %lld", c->action_id));
}

/* POST /checklists/runs/{id}/reopen */
int checklist_reopen_submit(struct request *rq, struct response *rs)
{
	struct checklist_run r;
	int found = load_path_run(rq, rs, &r);
	if (found <= 0)
		return found;
	if (strcmp(r.status, "signed_off") != 0 || r.superseded_by) {
		respond_error(rq, rs, 409, r.superseded_by ? "This run has already been reopened as a newer revision."
		                                           : "Only a signed-off run can be reopened; this one can still be changed.");
		return 0;
	}
	struct failure_ctx c = { rq, r.id, 0, 0 };
	int rc = db_write(write_reopen, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "This run has already been reopened as a newer revision.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld?done=reopened", c.action_id));
	return 0;
}

/* GET /checklists/runs/{id}/report: the printable report: score, every
 * answer, the failed items with their actions, and the signatures. */
int checklist_report_page(struct request *rq, struct response *rs)
{
	struct checklist_run r;
	struct page p;
	int found = load_path_run(rq, rs, &r), undealt;
	if (found <= 0)
		return found;
	if (page_begin(&p, rq, rs, arena_printf(&rq->arena, "Report: %s, run %lld", r.version.title, r.id),
	               "checklists/report.tpl") != 0)
		return -1;
	add_run_header(rq, p.content, &r);
	if (add_run_body(rq, p.content, &r, 0, &undealt) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, r.failed_count > 0 ? "HAS_FAILED" : "NO_FAILED", 1);
	return page_finish(&p, rs);
}

/* GET /checklists/runs: every run, newest first, paged; ?template=. */
int checklist_runs_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long page = f->values[CHECKLIST_LIST_PAGE].present ? f->values[CHECKLIST_LIST_PAGE].number : 1;
	long long tpl = f->values[CHECKLIST_LIST_TEMPLATE].present ? f->values[CHECKLIST_LIST_TEMPLATE].number : 0;
	long long total = 0;
	struct page p;
	sqlite3_stmt *st = db_stmt(&run_table, ST_RUN_COUNT);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, tpl);
	if (db_count(st, &total) != 0)
		return -1;
	if ((st = db_stmt(&run_table, ST_RUN_LIST)) == NULL ||
	    page_begin(&p, rq, rs, "Checklist runs", "checklists/runs.tpl") != 0)
		return -1;
	sqlite3_bind_int64(st, 1, tpl);
	sqlite3_bind_int(st, 2, RUNS_PER_PAGE);
	sqlite3_bind_int64(st, 3, (page - 1) * RUNS_PER_PAGE);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "RUN");
		char words[12];
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set_int(row, "VERSION", sqlite3_column_int64(st, 2));
		tpl_set(row, "TEAM", db_text(st, 3)[0] ? db_text(st, 3) : "no team");
		tpl_set(row, "DUE", db_text(st, 4)[0] ? (date_in_words(db_text(st, 4), words) ? words : "") : "unscheduled");
		tpl_set(row, "STATUS_LABEL", options_label(status_values, status_labels, db_text(st, 5)));
		tpl_set(row, "SCORE", sqlite3_column_type(st, 6) == SQLITE_NULL ? "–"
		        : arena_printf(&rq->arena, "%.1f%%", sqlite3_column_double(st, 6)));
		tpl_set(row, "RAG", db_text(st, 7)[0] ? db_text(st, 7) : "none");
		tpl_set(row, "RAG_LABEL", options_label(checklist_rags, checklist_rag_labels, db_text(st, 7)));
		tpl_set_int(row, "FAILED", sqlite3_column_int64(st, 8));
		tpl_set_int(row, "REVISION", sqlite3_column_int64(st, 9));
		tpl_show_if(row, "SUPERSEDED", sqlite3_column_int(st, 10));
		tpl_set(row, "STARTED", display_time(&rq->arena, db_text(st, 11)));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_RUNS" : "NO_RUNS", 1);
	tpl_show_if(p.content, "CAN_MANAGE", checklist_is_manager(rq));
	page_pager(&p, rq, arena_printf(&rq->arena, "/checklists/runs?template=%lld&", tpl), page, RUNS_PER_PAGE, total);
	return page_finish(&p, rs);
}

/* GET /checklists/runs.csv: every run (each revision a row), oldest first. */
int checklist_runs_csv(struct request *rq, struct response *rs)
{
	static const char *const cols[] = {
		"run", "template", "version", "team", "due_date", "revision", "superseded_by", "status", "score_percent",
		"rag", "failed_items", "started_by", "started_at", "submitted_at", "signed_off_by", "signed_off_at",
		"actions_raised"
	};
	sqlite3_stmt *st = db_stmt(&run_table, ST_CSV);
	struct buf *b = &rs->body;
	int rc;
	if (st == NULL)
		return -1;
	buf_reset(b);
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		csv_field(b, cols[i], i == 0);
	csv_end_row(b);
	sqlite3_bind_int(st, 1, CSV_MAX_RUNS);
	while (db_step_row(st, &rc)) {
		csv_number(b, (double)sqlite3_column_int64(st, 0), 0, 1);
		csv_field(b, db_text(st, 1), 0);
		csv_number(b, (double)sqlite3_column_int64(st, 2), 0, 0);
		csv_field(b, db_text(st, 3), 0);
		csv_field(b, db_text(st, 4), 0);
		csv_number(b, (double)sqlite3_column_int64(st, 5), 0, 0);
		if (sqlite3_column_int64(st, 6))
			csv_number(b, (double)sqlite3_column_int64(st, 6), 0, 0);
		else
			csv_field(b, "", 0);
		csv_field(b, db_text(st, 7), 0);
		if (sqlite3_column_type(st, 8) == SQLITE_NULL)
			csv_field(b, "", 0);
		else
			csv_number(b, sqlite3_column_double(st, 8), 1, 0);
		csv_field(b, db_text(st, 9), 0);
		csv_number(b, (double)sqlite3_column_int64(st, 10), 0, 0);
		for (int c = 11; c <= 15; c++)
			csv_field(b, db_text(st, c), 0);
		csv_number(b, (double)sqlite3_column_int64(st, 16), 0, 0);
		csv_end_row(b);
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	rs->content_type = "text/csv; charset=utf-8";
	respond_header(rs, "Content-Disposition", "attachment; filename=\"checklist-runs.csv\"");
	return 0;
}

/* See checklists.h. */
int checklist_answer_page(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&run_table, ST_ANSWER_RUN);
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found < 0)
		return -1;
	if (found == 0) {
		respond_error(rq, rs, 404, "There is no checklist answer with that number.");
		return 0;
	}
	long long run = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	respond_redirect(rs, arena_printf(&rq->arena, "/checklists/runs/%lld#answer-%lld", run, rq->path_ids[0]));
	return 0;
}
