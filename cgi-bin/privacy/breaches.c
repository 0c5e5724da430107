/*
 * breaches.c: the personal-data breach log (UK GDPR Article 33(5)): when
 * a breach was found and when the organisation became aware of it, what
 * happened, how many people, the risk to them, and whether the ICO was
 * told (and when) or why not. The 72 hours the ICO allows run from
 * awareness; a breach past them, unreported and not recorded as unlikely
 * to be a risk, is shown overdue. A corrective action is raised from a
 * breach through core/action.h.
 *
 * Pages: GET /admin/privacy/breaches, GET|POST /admin/privacy/breaches(/new),
 * GET /admin/privacy/breaches/{id}, POST .../{id}/ico, POST .../{id}/action.
 */
#include "privacy.h"
#include "core/action.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

#define BREACHES_PER_PAGE 25

static const char *const risks[] = { "unlikely", "risk", "high", NULL };
static const char *const risk_labels[] = {
	"Unlikely to result in a risk to people", "A risk to people's rights and freedoms",
	"A high risk (the people must be told too)", NULL
};

enum breach_stmt { ST_COUNT, ST_LIST, ST_GET, ST_INSERT, ST_ICO, ST_ACTION, ST__COUNT };
static const char *const breach_sql[ST__COUNT] = {
	[ST_COUNT] = "SELECT count(*) FROM privacy_breaches",
	[ST_LIST] = "SELECT id, title, aware_at, people_affected, risk, ico_told, ico_reason "
	            "FROM privacy_breaches ORDER BY aware_at DESC, id DESC LIMIT ?1 OFFSET ?2",
	[ST_GET] = "SELECT b.id, b.title, b.description, b.found_at, b.aware_at, b.people_affected, b.risk, "
	           "b.ico_told, coalesce(b.ico_told_at, ''), b.ico_reason, coalesce(b.action_id, 0), "
	           "coalesce(u.display_name, ''), b.recorded_at FROM privacy_breaches b "
	           "LEFT JOIN users u ON u.id = b.recorded_by WHERE b.id = ?1",
	[ST_INSERT] = "INSERT INTO privacy_breaches (found_at, aware_at, title, description, people_affected, "
	              "risk, ico_told, ico_told_at, ico_reason, recorded_by, recorded_at) "
	              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
	[ST_ICO] = "UPDATE privacy_breaches SET ico_told = ?2, ico_told_at = ?3, ico_reason = ?4 WHERE id = ?1",
	[ST_ACTION] = "UPDATE privacy_breaches SET action_id = ?2 WHERE id = ?1",
};
static sqlite3_stmt *breach_cache[ST__COUNT];
static struct sql_table breach_table = { breach_sql, ST__COUNT, breach_cache, NULL };

const struct field_spec privacy_breach_fields[PRIVACY_BR__COUNT] = {
	[PRIVACY_BR_TITLE] = { "title", "What happened, in a line", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[PRIVACY_BR_DESCRIPTION] = { "description", "Description", FIELD_MULTILINE, FIELD_REQUIRED, 1, 4000, NULL },
	[PRIVACY_BR_FOUND_ON] = { "found_on", "Found on", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[PRIVACY_BR_FOUND_TIME] = { "found_time", "Found at", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[PRIVACY_BR_AWARE_ON] = { "aware_on", "Aware on", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[PRIVACY_BR_AWARE_TIME] = { "aware_time", "Aware at", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[PRIVACY_BR_PEOPLE] = { "people", "How many people", FIELD_INT, FIELD_REQUIRED, 0, 100000000, NULL },
	[PRIVACY_BR_RISK] = { "risk", "Risk to people", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, risks },
	[PRIVACY_BR_ICO_TOLD] = { "ico_told", "The ICO was told", FIELD_CHECKBOX, 0, 0, 0, NULL },
	[PRIVACY_BR_ICO_ON] = { "ico_on", "Told the ICO on", FIELD_DATE, 0, 0, 0, NULL },
	[PRIVACY_BR_ICO_REASON] = { "ico_reason", "Why the ICO was not told, or its reference", FIELD_MULTILINE, 0, 0, 1000, NULL },
};

const struct field_spec privacy_ico_fields[PRIVACY_ICO__COUNT] = {
	[PRIVACY_ICO_TOLD_ON] = { "ico_on", "Told the ICO on", FIELD_DATE, 0, 0, 0, NULL },
	[PRIVACY_ICO_REASON] = { "ico_reason", "Why the ICO is not told, or its reference", FIELD_MULTILINE, 0, 0, 1000, NULL },
};

const struct field_spec privacy_action_fields[PRIVACY_ACT__COUNT] = {
	[PRIVACY_ACT_TITLE] = { "title", "Action", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[PRIVACY_ACT_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[PRIVACY_ACT_DUE] = { "due", "Due date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

static const char *const breach_notices[] = {
	"recorded", "The breach has been recorded. The 72 hours to tell the ICO run from when you became aware.",
	"ico", "The report to the ICO has been recorded.",
	"raised", "A corrective action has been raised from the breach.",
	NULL, NULL
};

/* UTC text of a London date and minutes into out; returns out or NULL. */
static char *london_to_utc(const char *date, long long minutes, char out[21])
{
	time_t t = london_time(date, (long)minutes);
	return t == (time_t)-1 ? NULL : iso_utc(t, out);
}

/* See privacy.h. */
void privacy_breach_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	char found[21], aware[21], now[21], today[11];
	iso_utc(now_utc(), now);
	if (!v[PRIVACY_BR_FOUND_ON].error && !v[PRIVACY_BR_FOUND_TIME].error &&
	    !v[PRIVACY_BR_AWARE_ON].error && !v[PRIVACY_BR_AWARE_TIME].error &&
	    london_to_utc(v[PRIVACY_BR_FOUND_ON].text, v[PRIVACY_BR_FOUND_TIME].number, found) &&
	    london_to_utc(v[PRIVACY_BR_AWARE_ON].text, v[PRIVACY_BR_AWARE_TIME].number, aware)) {
		if (strcmp(found, now) > 0)
			request_form_error(rq, PRIVACY_BR_FOUND_ON, "When it was found cannot be in the future.");
		if (strcmp(aware, now) > 0)
			request_form_error(rq, PRIVACY_BR_AWARE_ON, "When you became aware cannot be in the future.");
		else if (strcmp(aware, found) < 0)
			request_form_error(rq, PRIVACY_BR_AWARE_ON, "You cannot become aware of a breach before it was found.");
	}
	if (v[PRIVACY_BR_ICO_TOLD].number && !v[PRIVACY_BR_ICO_ON].present && !v[PRIVACY_BR_ICO_ON].error)
		request_form_error(rq, PRIVACY_BR_ICO_ON, "Give the date the ICO was told.");
	if (v[PRIVACY_BR_ICO_ON].present && !v[PRIVACY_BR_ICO_ON].error &&
	    strcmp(v[PRIVACY_BR_ICO_ON].text, today_london(today)) > 0)
		request_form_error(rq, PRIVACY_BR_ICO_ON, "The date the ICO was told cannot be in the future.");
	if (!v[PRIVACY_BR_ICO_TOLD].number && !v[PRIVACY_BR_RISK].error &&
	    strcmp(v[PRIVACY_BR_RISK].text, "unlikely") == 0 && !v[PRIVACY_BR_ICO_REASON].present)
		request_form_error(rq, PRIVACY_BR_ICO_REASON,
		                   "Say why the breach is unlikely to result in a risk, as the record of not telling the ICO.");
}

/* See privacy.h. */
void privacy_ico_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	char today[11];
	if (!v[PRIVACY_ICO_TOLD_ON].present && !v[PRIVACY_ICO_REASON].present && !v[PRIVACY_ICO_TOLD_ON].error)
		request_form_error(rq, PRIVACY_ICO_TOLD_ON, "Give the date the ICO was told, or why it is not told.");
	if (v[PRIVACY_ICO_TOLD_ON].present && !v[PRIVACY_ICO_TOLD_ON].error &&
	    strcmp(v[PRIVACY_ICO_TOLD_ON].text, today_london(today)) > 0)
		request_form_error(rq, PRIVACY_ICO_TOLD_ON, "The date the ICO was told cannot be in the future.");
}

/* See privacy.h. */
void privacy_action_check(struct request *rq)
{
	action_check_owner_and_due(rq, PRIVACY_ACT_OWNER, PRIVACY_ACT_DUE);
}

/* Sets the 72-hour clock of a breach into d: DEADLINE, HOURS_LEFT, the
 * state and its flags. */
static void set_clock(tpl_dict *d, struct arena *a, const char *aware_at, int told, const char *risk,
                      const char *reason)
{
	char deadline[21];
	long hours = 0;
	const char *state = privacy_breach_state(aware_at, told, risk, reason, now_utc(), &hours);
	tpl_set(d, "DEADLINE", privacy_breach_deadline(aware_at, deadline) ? display_time(a, deadline) : "");
	tpl_set(d, "BREACH_STATE", state);
	tpl_show_if(d, "IS_OVERDUE", strcmp(state, "overdue") == 0);
	tpl_show_if(d, "IS_OPEN", strcmp(state, "open") == 0);
	tpl_show_if(d, "IS_SETTLED", strcmp(state, "reported") == 0 || strcmp(state, "not reportable") == 0);
	tpl_set_int(d, "HOURS_LEFT", hours);
	tpl_set_int(d, "HOURS_OVER", -hours);
}

/* GET /admin/privacy/breaches: the log, the latest first. */
int privacy_breaches_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long page = f->values[PRIVACY_LIST_PAGE].present ? f->values[PRIVACY_LIST_PAGE].number : 1, total = 0;
	sqlite3_stmt *st = db_stmt(&breach_table, ST_COUNT);
	struct page p;
	int rc, rows = 0;
	if (st == NULL)
		return -1;
	if (db_count(st, &total) != 0)
		return -1;
	if ((st = db_stmt(&breach_table, ST_LIST)) == NULL ||
	    page_begin(&p, rq, rs, "Breach log", "privacy/breaches.tpl") != 0)
		return -1;
	sqlite3_bind_int(st, 1, BREACHES_PER_PAGE);
	sqlite3_bind_int64(st, 2, (page - 1) * BREACHES_PER_PAGE);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "BREACH");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set(row, "AWARE", display_time(&rq->arena, db_text(st, 2)));
		tpl_set_int(row, "PEOPLE", sqlite3_column_int64(st, 3));
		tpl_set(row, "RISK", options_label(risks, risk_labels, db_text(st, 4)));
		set_clock(row, &rq->arena, db_text(st, 2), sqlite3_column_int(st, 5), db_text(st, 4), db_text(st, 6));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_BREACHES" : "NO_BREACHES", 1);
	page_pager(&p, rq, "/admin/privacy/breaches?", page, BREACHES_PER_PAGE, total);
	return page_finish(&p, rs);
}

/* The new-breach form, with what was typed when it was refused. */
int privacy_breach_new_page(struct request *rq, struct response *rs)
{
	struct page p;
	const char *risk = "risk";
	char today[11];
	if (page_begin(&p, rq, rs, "Record a breach", "privacy/breach_new.tpl") != 0)
		return -1;
	if (rq->form && rq->form->count == PRIVACY_BR__COUNT) {
		page_form(&p, rq->form);
		risk = rq->form->values[PRIVACY_BR_RISK].text;
		tpl_show_if(p.content, "ICO_TOLD_CHECKED", rq->form->values[PRIVACY_BR_ICO_TOLD].number);
	} else {
		tpl_set(p.content, "FOUND_ON_VALUE", today_london(today));
		tpl_set(p.content, "AWARE_ON_VALUE", today);
	}
	options_from_list(p.content, "RISK_OPTION", risks, risk_labels, risk);
	return page_finish(&p, rs);
}

/* What recording a breach writes. */
struct new_breach {
	struct request *rq;
	long long id;
};

/* Inserts the breach and audits it (a db_write callback). */
static int write_breach(void *ctx)
{
	struct new_breach *n = ctx;
	const struct field_value *v = request_form(n->rq)->values;
	sqlite3_stmt *st = db_stmt(&breach_table, ST_INSERT);
	char found[21], aware[21], told[21], now[21];
	if (st == NULL || !london_to_utc(v[PRIVACY_BR_FOUND_ON].text, v[PRIVACY_BR_FOUND_TIME].number, found) ||
	    !london_to_utc(v[PRIVACY_BR_AWARE_ON].text, v[PRIVACY_BR_AWARE_TIME].number, aware))
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, found, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, aware, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, v[PRIVACY_BR_TITLE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, v[PRIVACY_BR_DESCRIPTION].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, v[PRIVACY_BR_PEOPLE].number);
	sqlite3_bind_text(st, 6, v[PRIVACY_BR_RISK].text, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 7, v[PRIVACY_BR_ICO_TOLD].number ? 1 : 0);
	if (v[PRIVACY_BR_ICO_TOLD].number && london_to_utc(v[PRIVACY_BR_ICO_ON].text, 12 * 60, told))
		sqlite3_bind_text(st, 8, told, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 9, v[PRIVACY_BR_ICO_REASON].text ? v[PRIVACY_BR_ICO_REASON].text : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 10, n->rq->session->user_id);
	sqlite3_bind_text(st, 11, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	n->id = sqlite3_last_insert_rowid(db_get());
	return audit_record(n->rq, "privacy.breach_recorded", "privacy_breach", n->id, "");
}

/* POST /admin/privacy/breaches: records the breach. */
int privacy_breach_create_submit(struct request *rq, struct response *rs)
{
	struct new_breach n = { rq, 0 };
	if (request_form_refused(rq))
		return form_again(rq, rs, privacy_breach_new_page);
	if (db_write(write_breach, &n) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/privacy/breaches/%lld?done=recorded", n.id));
	return 0;
}

/* GET /admin/privacy/breaches/{id}: one breach, its clock, its report
 * and its actions. */
int privacy_breach_page(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&breach_table, ST_GET);
	struct page p;
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found <= 0) {
		if (found == 0)
			respond_error(rq, rs, 404, "There is no breach with this number.");
		return found;
	}
	if (page_begin(&p, rq, rs, "Breach", "privacy/breach.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	tpl_dict *c = p.content;
	page_notice(&p, rq, breach_notices);
	if (rq->form)
		page_form(&p, rq->form);
	long long id = sqlite3_column_int64(st, 0);
	int told = sqlite3_column_int(st, 7);
	tpl_set_int(c, "ID", id);
	tpl_set(c, "TITLE", db_text(st, 1));
	tpl_set(c, "DESCRIPTION", db_text(st, 2));
	tpl_set(c, "FOUND", display_time(&rq->arena, db_text(st, 3)));
	tpl_set(c, "AWARE", display_time(&rq->arena, db_text(st, 4)));
	tpl_set_int(c, "PEOPLE", sqlite3_column_int64(st, 5));
	tpl_set(c, "RISK", options_label(risks, risk_labels, db_text(st, 6)));
	tpl_show_if(c, "TOLD", told);
	tpl_set(c, "TOLD_AT", display_time(&rq->arena, db_text(st, 8)));
	tpl_set(c, "ICO_REASON", db_text(st, 9));
	tpl_show_if(c, "HAS_ICO_REASON", db_text(st, 9)[0] != '\0');
	tpl_set(c, "RECORDED_BY", db_text(st, 11));
	tpl_set(c, "RECORDED_AT", display_time(&rq->arena, db_text(st, 12)));
	set_clock(c, &rq->arena, db_text(st, 4), told, db_text(st, 6), db_text(st, 9));
	tpl_show_if(c, "CAN_REPORT", !told);
	sqlite3_reset(st);
	long long owner = rq->form && rq->form->count == PRIVACY_ACT__COUNT ? rq->form->values[PRIVACY_ACT_OWNER].number : 0;
	if (action_add_owner_options(c, "OWNER_OPTION", owner) < 0 ||
	    action_add_rows(c, "ACTION", "other", id) < 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* Returns 1 when breach id exists, 0 when not (404 answered), -1 on error. */
static int breach_exists(struct request *rq, struct response *rs, long long id)
{
	sqlite3_stmt *st = db_stmt(&breach_table, ST_GET);
	int found = db_row_by_id(st, id);
	if (found == 1)
		sqlite3_reset(st);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no breach with this number.");
	return found;
}

/* Records the report (a db_write callback). */
static int write_ico(void *ctx)
{
	struct request *rq = ctx;
	const struct field_value *v = request_form(rq)->values;
	sqlite3_stmt *st = db_stmt(&breach_table, ST_ICO);
	char told[21];
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, rq->path_ids[0]);
	sqlite3_bind_int(st, 2, v[PRIVACY_ICO_TOLD_ON].present ? 1 : 0);
	if (v[PRIVACY_ICO_TOLD_ON].present && london_to_utc(v[PRIVACY_ICO_TOLD_ON].text, 12 * 60, told))
		sqlite3_bind_text(st, 3, told, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, v[PRIVACY_ICO_REASON].present ? v[PRIVACY_ICO_REASON].text : "", -1, SQLITE_STATIC);
	int rc = db_exec_changed(st);
	return rc == SQLITE_OK ? audit_record(rq, "privacy.breach_reported", "privacy_breach", rq->path_ids[0], "") : rc;
}

/* POST /admin/privacy/breaches/{id}/ico: when the ICO was told, or why not. */
int privacy_breach_ico_submit(struct request *rq, struct response *rs)
{
	if (request_form_refused(rq))
		return form_again(rq, rs, privacy_breach_page);
	int found = breach_exists(rq, rs, rq->path_ids[0]);
	if (found <= 0)
		return found;
	if (db_write(write_ico, rq) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/privacy/breaches/%lld?done=ico", rq->path_ids[0]));
	return 0;
}

/* Raises the action and links it to the breach (a db_write callback). */
static int write_action(void *ctx)
{
	struct request *rq = ctx;
	const struct field_value *v = request_form(rq)->values;
	long long breach = rq->path_ids[0], action_id = 0;
	const char *problem = arena_printf(&rq->arena, "Raised from personal-data breach %lld.", breach);
	struct action_new a = { "corrective", "other", breach, v[PRIVACY_ACT_TITLE].text, problem,
	                        v[PRIVACY_ACT_OWNER].number, v[PRIVACY_ACT_DUE].text };
	int rc = action_insert(rq, &a, &action_id);
	sqlite3_stmt *st = db_stmt(&breach_table, ST_ACTION);
	if (rc != SQLITE_OK || st == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, breach);
	sqlite3_bind_int64(st, 2, action_id);
	return db_exec_stmt(st);
}

/* POST /admin/privacy/breaches/{id}/action: a corrective action. */
int privacy_breach_action_submit(struct request *rq, struct response *rs)
{
	if (request_form_refused(rq))
		return form_again(rq, rs, privacy_breach_page);
	int found = breach_exists(rq, rs, rq->path_ids[0]);
	if (found <= 0)
		return found;
	if (db_write(write_action, rq) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/admin/privacy/breaches/%lld?done=raised#actions",
	                                  rq->path_ids[0]));
	return 0;
}
