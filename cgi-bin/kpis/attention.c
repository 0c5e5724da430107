/*
 * attention.c: one KPI result's page, and answering a red one.
 *
 * A red result needs attention (a kpi_attention row, state 'open') until an
 * action is raised from it or a manager writes why no action is needed.
 * Pages: GET /kpis/results/{id}, POST /kpis/results/{id}/action,
 * POST /kpis/results/{id}/justify.
 */
#include "kpis.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/chart.h"
#include "core/db.h"

#include <string.h>

#define ACTION_DAYS 28          /* a new action is due four weeks on, unless changed */

enum attention_stmt { ST_RESULT, ST_JUSTIFY, ST__COUNT };
static const char *const attention_sql[ST__COUNT] = {
	[ST_RESULT] =
		"SELECT r.kpi_id, r.period, r.value, r.rag, r.note, r.origin, r.entered_at, "
		"coalesce(u.display_name, ''), coalesce(a.state, ''), coalesce(a.justification, ''), "
		"coalesce(j.display_name, ''), coalesce(a.resolved_at, '') "
		"FROM kpi_results r LEFT JOIN users u ON u.id = r.entered_by "
		"LEFT JOIN kpi_attention a ON a.result_id = r.id LEFT JOIN users j ON j.id = a.resolved_by "
		"WHERE r.id = ?",
	[ST_JUSTIFY] =
		"UPDATE kpi_attention SET state = 'justified', justification = ?2, resolved_by = ?3, "
		"resolved_at = ?4 WHERE result_id = ?1 AND state = 'open'",
};
static sqlite3_stmt *attention_cache[ST__COUNT];
static struct sql_table attention_table = { attention_sql, ST__COUNT, attention_cache, NULL };

const struct field_spec kpi_raise_fields[KPI_RAISE__COUNT] = {
	[KPI_RAISE_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[KPI_RAISE_PROBLEM] = { "problem", "The problem", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[KPI_RAISE_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL },
	[KPI_RAISE_DUE] = { "due_date", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

const struct field_spec kpi_justify_fields[KPI_JUSTIFY__COUNT] = {
	[KPI_JUSTIFY_TEXT] = { "justification", "Justification", FIELD_MULTILINE, FIELD_REQUIRED, 20, 2000, NULL },
};

static const char *const attention_notices[] = {
	"red", "This result is red. Raise an action to put it right, or record why no action is needed.",
	"justified", "The justification has been recorded.",
	NULL, NULL
};

/* One result as its page shows it. */
struct result_view {
	long long id;
	struct kpi kpi;
	const char *period, *period_label, *rag, *note, *origin, *entered_at, *entered_by;
	const char *state, *justification, *resolved_by, *resolved_at;
	double value;
};

/* Loads result id and its KPI; 1 found, 0 not, -1 on error. */
static int load_result(struct request *rq, long long id, struct result_view *v)
{
	sqlite3_stmt *st = db_stmt(&attention_table, ST_RESULT);
	struct arena *a = &rq->arena;
	char label[40];
	int found = db_row_by_id(st, id);
	if (found != 1)
		return found;
	long long kpi_id = sqlite3_column_int64(st, 0);
	v->id = id;
	v->period = arena_strdup(a, db_text(st, 1));
	v->value = sqlite3_column_double(st, 2);
	v->rag = arena_strdup(a, db_text(st, 3));
	v->note = arena_strdup(a, db_text(st, 4));
	v->origin = arena_strdup(a, db_text(st, 5));
	v->entered_at = display_time(a, db_text(st, 6));
	v->entered_by = arena_strdup(a, db_text(st, 7));
	v->state = arena_strdup(a, db_text(st, 8));
	v->justification = arena_strdup(a, db_text(st, 9));
	v->resolved_by = arena_strdup(a, db_text(st, 10));
	v->resolved_at = display_time(a, db_text(st, 11));
	sqlite3_reset(st);
	if (kpi_load(rq, kpi_id, &v->kpi) <= 0)
		return -1;
	v->period_label = arena_strdup(a, kpi_period_label(v->kpi.freq, v->period, label, sizeof label));
	return 1;
}

/* Fills the raise-an-action form with what a manager would write first. */
static void suggest_action(struct request *rq, struct page *p, const struct result_view *v)
{
	char due[11], today[11];
	const struct kpi *k = &v->kpi;
	tpl_set(p->content, "TITLE_VALUE", arena_printf(&rq->arena, "Bring %s back to target", k->name));
	tpl_set(p->content, "PROBLEM_VALUE", arena_printf(&rq->arena,
	        "%s was %s in %s against a target of %s (%s).", k->name, kpi_value_text(rq, k, v->value),
	        v->period_label, kpi_value_text(rq, k, k->thresholds.target), kpi_rag_label_of(v->rag)));
	date_add_days(today_london(today), ACTION_DAYS, due);
	tpl_set(p->content, "DUE_DATE_VALUE", due);
}

/* Loads the result of the path, answering 404 itself when there is none;
 * returns 1 to go on, 0 when answered, -1 on error. */
static int load_path_result(struct request *rq, struct response *rs, struct result_view *v)
{
	int found = load_result(rq, rq->path_ids[0], v);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no KPI result with that number.");
	return found;
}

/* Shows the result's page; a refused form keeps what was typed. */
static int show_result(struct request *rq, struct response *rs)
{
	struct result_view v;
	struct page p;
	int found = load_path_result(rq, rs, &v);
	if (found <= 0)
		return found;
	const char *title = arena_printf(&rq->arena, "%s, %s", v.kpi.name, v.period_label);
	if (page_begin(&p, rq, rs, title, "kpis/result.tpl") != 0)
		return -1;
	tpl_set_int(p.content, "ID", v.id);
	tpl_set_int(p.content, "KPI_ID", v.kpi.id);
	tpl_set(p.content, "KPI_NAME", v.kpi.name);
	tpl_set(p.content, "PERIOD", v.period_label);
	tpl_set(p.content, "VALUE", kpi_value_text(rq, &v.kpi, v.value));
	tpl_set(p.content, "TARGET", kpi_value_text(rq, &v.kpi, v.kpi.thresholds.target));
	tpl_set(p.content, "RAG", v.rag);
	tpl_set(p.content, "RAG_LABEL", kpi_rag_label_of(v.rag));
	tpl_set(p.content, "NOTE", v.note[0] ? v.note : "None");
	tpl_set(p.content, "ENTERED", arena_printf(&rq->arena, "%s by %s (%s)", v.entered_at,
	        v.entered_by[0] ? v.entered_by : "someone no longer listed",
	        strcmp(v.origin, "csv") == 0 ? "CSV import" : strcmp(v.origin, "computed") == 0 ? "computed" : "typed in"));
	int open = strcmp(v.state, "open") == 0;
	tpl_show_if(p.content, "NEEDS_ATTENTION", open);
	if (strcmp(v.state, "justified") == 0) {
		tpl_dict *j = tpl_add_row(p.content, "JUSTIFIED");
		tpl_set(j, "JUSTIFICATION", v.justification);
		tpl_set(j, "BY", v.resolved_by);
		tpl_set(j, "AT", v.resolved_at);
	}
	int actions = action_add_rows(p.content, "ACTION", "kpi_result", v.id);
	if (actions < 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, actions ? "HAS_ACTIONS" : "NO_ACTIONS", 1);
	long long owner = v.kpi.owner_id;
	const struct form *f = request_form(rq);
	if (f && f->specs == kpi_raise_fields) {
		page_form(&p, f);
		owner = f->values[KPI_RAISE_OWNER].number;
	} else {
		suggest_action(rq, &p, &v);
		if (f && f->specs == kpi_justify_fields)
			page_form(&p, f);
	}
	if (kpi_user_is_manager(rq)) {
		tpl_show(p.content, "CAN_RAISE");
		tpl_show_if(p.content, "CAN_JUSTIFY", open);
		if (action_add_owner_options(p.content, "OWNER_OPTION", owner) < 0) {
			page_abandon(&p);
			return -1;
		}
	}
	page_notice(&p, rq, attention_notices);
	return page_finish(&p, rs);
}

/* GET /kpis/results/{id} */
int kpi_result_page(struct request *rq, struct response *rs)
{
	return show_result(rq, rs);
}

/* See kpis.h: the checks of the raise-an-action form beyond its
 * validators: an owner who can own actions, a due date not in the past. */
void kpi_raise_check(struct request *rq)
{
	action_check_owner_and_due(rq, KPI_RAISE_OWNER, KPI_RAISE_DUE);
}

/* Re-render of a refused action or justification (status 400 set). */
int kpi_result_form_invalid(struct request *rq, struct response *rs)
{
	return show_result(rq, rs);
}

/* POST /kpis/results/{id}/action: raises an action from the result. */
int kpi_raise_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct result_view v;
	int found = load_path_result(rq, rs, &v);
	if (found <= 0)
		return found;
	struct action_new a = { strcmp(v.rag, "green") == 0 ? "improvement" : "corrective", "kpi_result", v.id,
	                        f->values[KPI_RAISE_TITLE].text, f->values[KPI_RAISE_PROBLEM].text,
	                        f->values[KPI_RAISE_OWNER].number, f->values[KPI_RAISE_DUE].text };
	long long action_id = 0;
	/* The schema's trigger clears the result's need for attention. */
	if (action_raise(rq, &a, &action_id) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/actions/%lld?done=raised", action_id));
	return 0;
}

/* What recording a justification writes. */
struct justify_ctx {
	struct request *rq;
	long long result_id;
	const char *text;
};

/* Marks the open red result justified and audits; SQLITE_NOTFOUND when it
 * was no longer open. */
static int write_justify(void *vctx)
{
	struct justify_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&attention_table, ST_JUSTIFY);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_int64(st, 1, c->result_id);
	sqlite3_bind_text(st, 2, c->text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, c->rq->session->user_id);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_TRANSIENT);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "kpi.result.justify", "kpi_result", c->result_id, "");
}

/* POST /kpis/results/{id}/justify: records why a red result needs no
 * action; refused when the result does not need attention. */
int kpi_justify_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct result_view v;
	int found = load_path_result(rq, rs, &v);
	if (found <= 0)
		return found;
	struct justify_ctx c = { rq, v.id, f->values[KPI_JUSTIFY_TEXT].text };
	int rc = strcmp(v.state, "open") == 0 ? db_write(write_justify, &c) : SQLITE_NOTFOUND;
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 409, "This result does not need attention: it is not red, or it has "
		              "already been answered with an action or a justification.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/kpis/results/%lld?done=justified", v.id));
	return 0;
}
