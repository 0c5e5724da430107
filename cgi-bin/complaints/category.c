/*
 * category.c: one complaint category's page, for managers
 * (GET /complaints/categories/{id}): its name, state and use, and its own
 * clock periods (POST /complaints/categories/{id}/clock): acknowledge and
 * stage 1 response within N working days, overriding the organisation's
 * profile for complaints in the category (empty: the profile's). New
 * periods apply to complaints recorded in, or triaged into, the category
 * from then on; a complaint's clocks already running keep theirs.
 */
#include "record.h"
#include "core/audit.h"
#include "core/db.h"

#include <stdio.h>

enum category_stmt { ST_CATEGORY, ST_SET_CLOCK, ST__COUNT };
static const char *const category_sql[ST__COUNT] = {
	[ST_CATEGORY] = "SELECT k.name, k.active, coalesce(k.ack_days, 0), coalesce(k.response_days, 0), "
	                "(SELECT count(*) FROM complaints c WHERE c.category_id = k.id) "
	                "FROM complaint_categories k WHERE k.id = ?",
	[ST_SET_CLOCK] = "UPDATE complaint_categories SET ack_days = nullif(?2, 0), response_days = nullif(?3, 0) "
	                 "WHERE id = ?1",
};
static sqlite3_stmt *category_cache[ST__COUNT];
static struct sql_table category_table = { category_sql, ST__COUNT, category_cache, NULL };

const struct field_spec complaint_category_clock_fields[COMPLAINT_CATEGORY_CLOCK__COUNT] = {
	[COMPLAINT_CATEGORY_CLOCK_ACK] = { "ack_days", "Acknowledge within (working days)", FIELD_INT, 0, 1,
	                                   COMPLAINT_OVERRIDE_MAX_DAYS, NULL },
	[COMPLAINT_CATEGORY_CLOCK_RESPONSE] = { "response_days", "Stage 1 response within (working days)", FIELD_INT, 0, 1,
	                                        COMPLAINT_OVERRIDE_MAX_DAYS, NULL },
};

static const char *const category_notices[] = {
	"clock", "The category's clock periods have been saved. They apply to complaints recorded or triaged in it from now on.",
	NULL, NULL
};

/* Sets name_VALUE to n, or to "" for 0 (the profile's). */
static void set_days(tpl_dict *d, const char *name, int n)
{
	if (n > 0)
		tpl_set_int(d, name, n);
	else
		tpl_set(d, name, "");
}

/* The override a valid clock form asks for (0 where left empty). */
static struct complaint_override typed_override(const struct form *f)
{
	struct complaint_override o = { 0, 0 };
	if (f->values[COMPLAINT_CATEGORY_CLOCK_ACK].present)
		o.ack_days = (int)f->values[COMPLAINT_CATEGORY_CLOCK_ACK].number;
	if (f->values[COMPLAINT_CATEGORY_CLOCK_RESPONSE].present)
		o.response_days = (int)f->values[COMPLAINT_CATEGORY_CLOCK_RESPONSE].number;
	return o;
}

/* GET /complaints/categories/{id}; also the clock form again after a
 * refusal (its typed values kept). */
int complaint_category_page(struct request *rq, struct response *rs)
{
	struct complaint_settings s;
	struct page p;
	sqlite3_stmt *st = db_stmt(&category_table, ST_CATEGORY);
	int found = db_row_by_id(st, rq->path_ids[0]);
	if (found == 0)
		respond_error(rq, rs, 404, "There is no category with that number.");
	if (found != 1)
		return found;
	const char *name = arena_strdup(&rq->arena, db_text(st, 0));
	int active = sqlite3_column_int(st, 1), ack = sqlite3_column_int(st, 2), response = sqlite3_column_int(st, 3);
	long long used = sqlite3_column_int64(st, 4);
	sqlite3_reset(st);
	if (name == NULL || complaint_settings_load(&rq->arena, &s) != 0 ||
	    page_begin(&p, rq, rs, arena_printf(&rq->arena, "Complaint category: %s", name), "complaints/category.tpl") != 0)
		return -1;
	tpl_dict *d = p.content;
	const struct complaint_profile *profile = complaint_profile_find(s.profile);
	tpl_set_int(d, "ID", rq->path_ids[0]);
	tpl_set(d, "NAME", name);
	tpl_show_if(d, active ? "ACTIVE" : "RETIRED", 1);
	tpl_set_int(d, "USED", used);
	tpl_set(d, "PROFILE", profile->label);
	tpl_set_int(d, "PROFILE_ACK", profile->ack_days);
	tpl_set(d, "PROFILE_RESPONSE", arena_printf(&rq->arena, "%d %s", profile->response_days,
	                                            profile->response_calendar ? "calendar days" : "working days"));
	const struct form *f = request_form(rq);
	if (f && f->specs == complaint_category_clock_fields)
		page_form(&p, f);
	else {
		set_days(d, "ACK_DAYS_VALUE", ack);
		set_days(d, "RESPONSE_DAYS_VALUE", response);
	}
	struct complaint_override o = { ack, response };
	struct complaint_period ack_period, response_period;
	char text[200];
	complaint_stage1_periods(profile, &o, &ack_period, &response_period);
	tpl_set(d, "ACK_RULE", complaint_rule_text(text, sizeof text, "acknowledge", &ack_period, name, "the organisation's"));
	tpl_set(d, "RESPONSE_RULE", complaint_rule_text(text, sizeof text, "stage 1 response", &response_period, name,
	                                                "the organisation's"));
	page_notice(&p, rq, category_notices);
	return page_finish(&p, rs);
}

/* The route's check: the periods together, under the organisation's
 * profile (a response no shorter than the acknowledgement). */
void complaint_category_clock_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	struct complaint_settings s;
	int field;
	if (f->values[COMPLAINT_CATEGORY_CLOCK_ACK].error || f->values[COMPLAINT_CATEGORY_CLOCK_RESPONSE].error ||
	    complaint_settings_load(&rq->arena, &s) != 0)
		return;
	struct complaint_override o = typed_override(f);
	const char *problem = complaint_override_problem(complaint_profile_find(s.profile), &o, &field);
	if (problem)
		request_form_error(rq, field ? COMPLAINT_CATEGORY_CLOCK_RESPONSE : COMPLAINT_CATEGORY_CLOCK_ACK, problem);
}

/* Stores the category's periods and audits them ("ack/response", 0 for
 * the profile's). */
static int write_clock(void *v)
{
	struct request *rq = v;
	struct complaint_override o = typed_override(request_form(rq));
	long long id = rq->path_ids[0];
	char detail[32];
	sqlite3_stmt *st = db_stmt(&category_table, ST_SET_CLOCK);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, o.ack_days);
	sqlite3_bind_int(st, 3, o.response_days);
	int rc = db_exec_changed(st);
	snprintf(detail, sizeof detail, "%d/%d", o.ack_days, o.response_days);
	return rc == SQLITE_OK ? audit_record(rq, "complaint.category.clock", "complaint_category", id, detail) : rc;
}

/* POST /complaints/categories/{id}/clock */
int complaint_category_clock_submit(struct request *rq, struct response *rs)
{
	int rc = db_write(write_clock, rq);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no category with that number.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/complaints/categories/%lld?done=clock", rq->path_ids[0]));
	return 0;
}
