/*
 * leave.c: leave, unavailability and shift swaps.
 *
 * Staff record unavailability (in force at once) and request leave (a
 * manager approves or refuses it with a reason); a shift cannot be put on
 * a day of approved leave or unavailability. Staff offer a published
 * shift for swap; a colleague who can work its role accepts; a manager
 * approves (the shift moves to the colleague, both are told) or refuses
 * with a reason. Every step is audited and shows on the people's rota.
 *
 * Pages: GET/POST /rota/leave, POST /rota/leave/{id}/decide,
 * POST /rota/leave/{id}/cancel, POST /rota/shifts/{id}/offer,
 * GET /rota/swaps, POST /rota/swaps/{id}/accept, /decide, /withdraw.
 */
#include "rota_core.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"

#include <stdio.h>
#include <string.h>

enum leave_stmt {
	ST_MY_LEAVE,
	ST_PENDING_LEAVE,
	ST_INSERT_LEAVE,
	ST_LEAVE,
	ST_DECIDE_LEAVE,
	ST_CANCEL_LEAVE,
	ST_SHIFTS_IN_RANGE,
	ST_OPEN_SWAP_OF_SHIFT,
	ST_INSERT_SWAP,
	ST_SWAP,
	ST_SET_SWAP,
	ST_SKILLS,
	ST_OFFERS,
	ST_MY_SWAPS,
	ST_AWAITING,
	ST__COUNT
};
static const char *const leave_sql[ST__COUNT] = {
	[ST_MY_LEAVE] = "SELECT id, kind, from_date, to_date, note, status, reason FROM rota_leave "
	                "WHERE user_id = ? ORDER BY from_date DESC LIMIT 20",
	[ST_PENDING_LEAVE] = "SELECT l.id, u.display_name, l.kind, l.from_date, l.to_date, l.note FROM rota_leave l "
	                     "JOIN users u ON u.id = l.user_id WHERE l.status = 'pending' ORDER BY l.from_date LIMIT 100",
	[ST_INSERT_LEAVE] = "INSERT INTO rota_leave (user_id, kind, from_date, to_date, note, status, created_at) "
	                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[ST_LEAVE] = "SELECT user_id, kind, from_date, to_date, status FROM rota_leave WHERE id = ?",
	[ST_DECIDE_LEAVE] = "UPDATE rota_leave SET status = ?2, reason = ?3, decided_by = ?4, decided_at = ?5 "
	                    "WHERE id = ?1 AND status = 'pending'",
	[ST_CANCEL_LEAVE] = "UPDATE rota_leave SET status = 'cancelled' WHERE id = ?1 AND user_id = ?2 "
	                    "AND status IN ('pending', 'approved')",
	[ST_SHIFTS_IN_RANGE] = "SELECT count(*) FROM shifts WHERE user_id = ?1 AND local_date BETWEEN ?2 AND ?3",
	[ST_OPEN_SWAP_OF_SHIFT] = "SELECT 1 FROM rota_swaps WHERE shift_id = ? AND status IN ('offered', 'accepted')",
	[ST_INSERT_SWAP] = "INSERT INTO rota_swaps (shift_id, offered_by, status, created_at, updated_at) "
	                   "VALUES (?1, ?2, 'offered', ?3, ?3)",
	[ST_SWAP] = "SELECT shift_id, offered_by, coalesce(accepted_by, 0), status FROM rota_swaps WHERE id = ?",
	[ST_SET_SWAP] = "UPDATE rota_swaps SET status = ?2, accepted_by = nullif(?3, 0), reason = ?4, "
	                "decided_by = nullif(?5, 0), updated_at = ?6 WHERE id = ?1",
	[ST_SKILLS] = "SELECT coalesce((SELECT skills FROM rota_people WHERE user_id = ?), 'phones,email,floor')",
	[ST_OFFERS] = "SELECT w.id, u.display_name, s.local_date, s.start_local, s.end_local, s.role, s.location "
	              "FROM rota_swaps w JOIN shifts s ON s.id = w.shift_id JOIN users u ON u.id = w.offered_by "
	              "WHERE w.status = 'offered' AND w.offered_by <> ?1 AND s.local_date >= ?2 ORDER BY s.start_utc LIMIT 50",
	[ST_MY_SWAPS] = "SELECT w.id, w.status, w.reason, s.local_date, s.start_local, s.end_local, s.role, "
	                "o.display_name, coalesce(a.display_name, ''), w.offered_by = ?1 "
	                "FROM rota_swaps w JOIN shifts s ON s.id = w.shift_id JOIN users o ON o.id = w.offered_by "
	                "LEFT JOIN users a ON a.id = w.accepted_by WHERE w.offered_by = ?1 OR w.accepted_by = ?1 "
	                "ORDER BY w.id DESC LIMIT 20",
	[ST_AWAITING] = "SELECT w.id, o.display_name, a.display_name, s.local_date, s.start_local, s.end_local, s.role "
	                "FROM rota_swaps w JOIN shifts s ON s.id = w.shift_id JOIN users o ON o.id = w.offered_by "
	                "JOIN users a ON a.id = w.accepted_by WHERE w.status = 'accepted' ORDER BY s.start_utc LIMIT 50",
};
static sqlite3_stmt *leave_cache[ST__COUNT];
static struct sql_table leave_table = { leave_sql, ST__COUNT, leave_cache, NULL };

static const char *const leave_kinds[] = { "leave", "unavailable", NULL };
static const char *const decisions[] = { "approve", "refuse", NULL };

const struct field_spec rota_leave_fields[ROTA_LEAVE__COUNT] = {
	[ROTA_LEAVE_KIND] = { "kind", "Kind", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, leave_kinds },
	[ROTA_LEAVE_FROM] = { "from_date", "First day", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_LEAVE_TO] = { "to_date", "Last day", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_LEAVE_NOTE] = { "note", "Note", FIELD_TEXT, 0, 0, 300, NULL },
};

const struct field_spec rota_decide_fields[ROTA_DECIDE__COUNT] = {
	[ROTA_DECIDE_DECISION] = { "decision", "Decision", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, decisions },
	[ROTA_DECIDE_REASON] = { "reason", "Reason", FIELD_TEXT, 0, 0, 300, NULL },
};

static const char *const leave_notices[] = {
	"requested", "Your leave request has been sent to a manager.",
	"recorded", "Your unavailability has been recorded.",
	"approved", "The leave has been approved.",
	"refused", "The leave has been refused and the reason recorded.",
	"cancelled", "The request has been cancelled.",
	NULL, NULL
};

static const char *const swap_notices[] = {
	"accepted", "You have accepted the swap; a manager will approve or refuse it.",
	"approved", "The swap has been approved: the shift has moved.",
	"refused", "The swap has been refused and the reason recorded.",
	"withdrawn", "The swap offer has been withdrawn.",
	NULL, NULL
};

/* The current time as UTC text in the arena. */
static const char *now_text(struct arena *a)
{
	char now[21];
	return arena_strdup(a, iso_utc(now_utc(), now));
}

/* Adds the user's own leave and unavailability (rows MY_LEAVE); returns
 * 0, or -1 when they could not be read. */
static int add_my_leave(struct request *rq, tpl_dict *d, int with_cancel)
{
	sqlite3_stmt *st = db_stmt(&leave_table, ST_MY_LEAVE);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	int n = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "MY_LEAVE");
		if (row == NULL)
			break;
		n++;
		const char *status = db_text(st, 5);
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "KIND", strcmp(db_text(st, 1), "leave") == 0 ? "Leave" : "Unavailable");
		tpl_set(row, "FROM", rota_day_label(&rq->arena, db_text(st, 2)));
		tpl_set(row, "TO", rota_day_label(&rq->arena, db_text(st, 3)));
		tpl_set(row, "NOTE", db_text(st, 4));
		tpl_set(row, "STATUS", status);
		tpl_set(row, "REASON", db_text(st, 6));
		tpl_show_if(row, "CAN_CANCEL", with_cancel && (strcmp(status, "pending") == 0 || strcmp(status, "approved") == 0));
	}
	sqlite3_reset(st);
	tpl_show_if(d, n ? "HAS_MY_LEAVE" : "NO_MY_LEAVE", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* "Tue 24 Nov 09:00-17:00 (Phones)" from a row's date, times and role. */
static const char *shift_words(struct arena *a, sqlite3_stmt *st, int date_col)
{
	return arena_printf(a, "%s %s-%s (%s)", rota_day_label(a, db_text(st, date_col)),
	                    db_text(st, date_col + 1), db_text(st, date_col + 2),
	                    rota_role_label(db_text(st, date_col + 3)));
}

/* Adds the swaps the user offered or accepted (rows MY_SWAP); returns 0,
 * or -1 when they could not be read. */
static int add_my_swaps(struct request *rq, tpl_dict *d, int with_actions)
{
	sqlite3_stmt *st = db_stmt(&leave_table, ST_MY_SWAPS);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	int n = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "MY_SWAP");
		if (row == NULL)
			break;
		n++;
		const char *status = db_text(st, 1);
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "STATUS", status);
		tpl_set(row, "REASON", db_text(st, 2));
		tpl_set(row, "SHIFT", shift_words(&rq->arena, st, 3));
		tpl_set(row, "OFFERED_BY", db_text(st, 7));
		tpl_set(row, "ACCEPTED_BY", db_text(st, 8)[0] ? db_text(st, 8) : "nobody yet");
		tpl_show_if(row, "CAN_WITHDRAW", with_actions && sqlite3_column_int(st, 9) &&
		            (strcmp(status, "offered") == 0 || strcmp(status, "accepted") == 0));
	}
	sqlite3_reset(st);
	tpl_show_if(d, n ? "HAS_MY_SWAPS" : "NO_MY_SWAPS", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* See rota_core.h. */
int rota_leave_panel(struct request *rq, tpl_dict *d)
{
	tpl_dict *panel = tpl_add_include(d, "LEAVE", "rota/leave_panel.tpl");
	if (panel == NULL)
		return -1;
	if (add_my_leave(rq, panel, 0) != 0 || add_my_swaps(rq, panel, 0) != 0)
		return -1;
	return 0;
}

/* See rota.h: a refusal needs a reason. */
void rota_decide_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	if (!v[ROTA_DECIDE_DECISION].error && strcmp(v[ROTA_DECIDE_DECISION].text, "refuse") == 0 &&
	    !v[ROTA_DECIDE_REASON].present && !v[ROTA_DECIDE_REASON].error)
		request_form_error(rq, ROTA_DECIDE_REASON, "Give a reason to refuse: the person will see it.");
}

/* On the decision form of the leave request or swap id, when the
 * request's form is a refused decision on it (the id in the path), shows
 * why the decision was not taken. */
static void show_decision_error(const struct request *rq, tpl_dict *row, long long id)
{
	const struct form *f = request_form(rq);
	if (f == NULL || f->specs != rota_decide_fields || !request_form_refused(rq) || id != rq->path_ids[0])
		return;
	const struct field_value *v = f->values;
	tpl_dict *err = tpl_add_row(row, "REASON_ERROR");
	if (err)
		tpl_set(err, "MESSAGE", v[ROTA_DECIDE_REASON].error ? v[ROTA_DECIDE_REASON].error : v[ROTA_DECIDE_DECISION].error);
}

/* Managers: the requests waiting for a decision (rows PENDING in the
 * MANAGER section); returns 0, or -1 when they could not be read. */
static int add_pending_leave(struct request *rq, tpl_dict *d)
{
	tpl_dict *m = tpl_add_row(d, "MANAGER");
	sqlite3_stmt *st = db_stmt(&leave_table, ST_PENDING_LEAVE);
	int n = 0, rc;
	if (m == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(m, "PENDING");
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "PERSON", db_text(st, 1));
		tpl_set(row, "KIND", strcmp(db_text(st, 2), "leave") == 0 ? "Leave" : "Unavailable");
		tpl_set(row, "FROM", rota_day_label(&rq->arena, db_text(st, 3)));
		tpl_set(row, "TO", rota_day_label(&rq->arena, db_text(st, 4)));
		tpl_set(row, "NOTE", db_text(st, 5));
		show_decision_error(rq, row, sqlite3_column_int64(st, 0));
	}
	sqlite3_reset(st);
	tpl_show_if(m, n ? "HAS_PENDING" : "NO_PENDING", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* GET /rota/leave, and the page again with a refused leave form or
 * decision: the form, my requests, and for managers the requests waiting
 * for a decision. */
int rota_leave_page(struct request *rq, struct response *rs)
{
	struct page p;
	if (page_begin(&p, rq, rs, "Leave and unavailability", "rota/leave.tpl") != 0)
		return -1;
	const char *kind = "leave";
	if (rq->form && rq->form->count == ROTA_LEAVE__COUNT) {
		page_form(&p, rq->form);
		kind = rq->form->values[ROTA_LEAVE_KIND].text;
	}
	tpl_show_if(p.content, "KIND_UNAVAILABLE_CHECKED", strcmp(kind, "unavailable") == 0);
	tpl_show_if(p.content, "KIND_LEAVE_CHECKED", strcmp(kind, "unavailable") != 0);
	if (add_my_leave(rq, p.content, 1) != 0 ||
	    ((rq->session->roles & ROLE_MANAGER) && add_pending_leave(rq, p.content) != 0)) {
		page_abandon(&p);
		return -1;
	}
	page_notice(&p, rq, leave_notices);
	return page_finish(&p, rs);
}

/* What a leave write needs. */
struct leave_ctx {
	struct request *rq;
	const struct form *f;
	long long id;
	const char *status;
	long long shifts;       /* shifts found in the range of an approval */
};

/* Inserts the request (unavailability is in force at once) and audits. */
static int write_leave(void *vctx)
{
	struct leave_ctx *c = vctx;
	const struct form *f = c->f;
	sqlite3_stmt *st = db_stmt(&leave_table, ST_INSERT_LEAVE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->rq->session->user_id);
	sqlite3_bind_text(st, 2, f->values[ROTA_LEAVE_KIND].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f->values[ROTA_LEAVE_FROM].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, f->values[ROTA_LEAVE_TO].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, f->values[ROTA_LEAVE_NOTE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, c->status, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, now_text(&c->rq->arena), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	return audit_record(c->rq, strcmp(c->status, "pending") == 0 ? "leave.requested" : "leave.unavailable",
	                    "leave", c->id, arena_printf(&c->rq->arena, "%s to %s", f->values[ROTA_LEAVE_FROM].text,
	                                                 f->values[ROTA_LEAVE_TO].text));
}

/* See rota.h: the last day not before the first, at most a year. */
void rota_leave_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	long from, to;
	if (!v[ROTA_LEAVE_FROM].error && !v[ROTA_LEAVE_TO].error &&
	    date_to_days(v[ROTA_LEAVE_FROM].text, &from) && date_to_days(v[ROTA_LEAVE_TO].text, &to)) {
		if (to < from)
			request_form_error(rq, ROTA_LEAVE_TO, "Last day must be on or after the first day.");
		else if (to - from > 366)
			request_form_error(rq, ROTA_LEAVE_TO, "A request can cover at most a year.");
	}
}

/* POST /rota/leave (checked by rota_leave_check): requests leave or
 * records unavailability. */
int rota_leave_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	int leave = strcmp(f->values[ROTA_LEAVE_KIND].text, "leave") == 0;
	struct leave_ctx c = { rq, f, 0, leave ? "pending" : "approved", 0 };
	if (db_write(write_leave, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, leave ? "/rota/leave?done=requested" : "/rota/leave?done=recorded");
	return 0;
}

/* Approves (unless the person has shifts in the period) or refuses a
 * pending request, and audits. */
static int write_decision(void *vctx)
{
	struct leave_ctx *c = vctx;
	sqlite3_stmt *st = db_stmt(&leave_table, ST_LEAVE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	if (sqlite3_step(st) != SQLITE_ROW || strcmp(db_text(st, 4), "pending") != 0) {
		sqlite3_reset(st);
		return SQLITE_NOTFOUND;
	}
	long long user = sqlite3_column_int64(st, 0);
	const char *from = arena_strdup(&c->rq->arena, db_text(st, 2));
	const char *to = arena_strdup(&c->rq->arena, db_text(st, 3));
	sqlite3_reset(st);
	if (strcmp(c->status, "approved") == 0 && (st = db_stmt(&leave_table, ST_SHIFTS_IN_RANGE))) {
		sqlite3_bind_int64(st, 1, user);
		sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, to, -1, SQLITE_STATIC);
		c->shifts = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
		sqlite3_reset(st);
		if (c->shifts)
			return SQLITE_CONSTRAINT;
	}
	if ((st = db_stmt(&leave_table, ST_DECIDE_LEAVE)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, c->status, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, c->f->values[ROTA_DECIDE_REASON].text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, c->rq->session->user_id);
	sqlite3_bind_text(st, 5, now_text(&c->rq->arena), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, strcmp(c->status, "approved") == 0 ? "leave.approved" : "leave.refused",
	                    "leave", c->id, arena_printf(&c->rq->arena, "user=%lld reason=%s", user,
	                                                 c->f->values[ROTA_DECIDE_REASON].text));
}

/* POST /rota/leave/{id}/decide (checked by rota_decide_check): approve,
 * or refuse with a reason. */
int rota_leave_decide_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	int approve = strcmp(f->values[ROTA_DECIDE_DECISION].text, "approve") == 0;
	struct leave_ctx c = { rq, f, rq->path_ids[0], approve ? "approved" : "refused", 0 };
	int rc = db_write(write_decision, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no pending request with that number.");
		return 0;
	}
	if (rc == SQLITE_CONSTRAINT) {
		respond_error(rq, rs, 409, arena_printf(&rq->arena, "The person has %lld shift(s) in that period. "
		              "Move or delete them on the rota first, then approve the leave.", c.shifts));
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, approve ? "/rota/leave?done=approved" : "/rota/leave?done=refused");
	return 0;
}

/* Cancels one's own pending or approved request, and audits. */
static int write_cancel(void *vctx)
{
	struct leave_ctx *c = vctx;
	sqlite3_stmt *st = db_stmt(&leave_table, ST_CANCEL_LEAVE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_int64(st, 2, c->rq->session->user_id);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "leave.cancelled", "leave", c->id, "");
}

/* POST /rota/leave/{id}/cancel */
int rota_leave_cancel_submit(struct request *rq, struct response *rs)
{
	struct leave_ctx c = { rq, NULL, rq->path_ids[0], NULL, 0 };
	int rc = db_write(write_cancel, &c);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "You have no open request with that number.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/rota/leave?done=cancelled");
	return 0;
}

/* What a swap write needs. */
struct swap_ctx {
	struct request *rq;
	long long id;             /* swap (or, for an offer, shift) id */
	const char *decision, *reason;
	const char *problem;      /* why it was refused, for the 4xx page */
	int status;               /* the 4xx status of the problem */
};

/* Refuses a swap step with a status and a sentence. */
static int swap_refused(struct swap_ctx *c, int status, const char *problem)
{
	c->status = status;
	c->problem = problem;
	return SQLITE_CONSTRAINT;
}

/* Offers one's own shift in a published week for swap, and audits. */
static int write_offer(void *vctx)
{
	struct swap_ctx *c = vctx;
	struct rota_shift s;
	char week[9], today[11];
	int found = rota_shift_load(&c->rq->arena, c->id, &s);
	if (found < 0)
		return SQLITE_ERROR;
	if (found == 0 || s.user_id != c->rq->session->user_id)
		return swap_refused(c, 404, "You have no shift with that number.");
	if (rota_week_is_published(iso_week_of_date(s.date, week)) != 1)
		return swap_refused(c, 400, "Only shifts in a published week can be offered for swap.");
	if (strcmp(s.date, today_london(today)) < 0)
		return swap_refused(c, 400, "That shift is in the past.");
	sqlite3_stmt *st = db_stmt(&leave_table, ST_OPEN_SWAP_OF_SHIFT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	int open = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	if (open)
		return swap_refused(c, 409, "That shift is already offered for swap.");
	if ((st = db_stmt(&leave_table, ST_INSERT_SWAP)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_int64(st, 2, s.user_id);
	sqlite3_bind_text(st, 3, now_text(&c->rq->arena), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "swap.offered", "swap", sqlite3_last_insert_rowid(db_get()),
	                    arena_printf(&c->rq->arena, "shift=%lld", c->id));
}

/* Answers a swap step: the redirect, the refusal page or a failure. */
static int finish_swap(struct request *rq, struct response *rs, int rc, const struct swap_ctx *c,
                       const char *done)
{
	if (rc == SQLITE_CONSTRAINT && c->problem) {
		respond_error(rq, rs, c->status, c->problem);
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, done);
	return 0;
}

/* POST /rota/shifts/{id}/offer */
int rota_offer_submit(struct request *rq, struct response *rs)
{
	struct swap_ctx c = { rq, rq->path_ids[0], NULL, NULL, NULL, 0 };
	return finish_swap(rq, rs, db_write(write_offer, &c), &c, "/rota/mine?done=offered");
}

/* The stored state of a swap. */
struct swap_row {
	long long shift_id, offered_by, accepted_by;
	const char *status;
};

/* Loads a swap; 1 found, 0 not. */
static int load_swap(struct arena *a, long long id, struct swap_row *w)
{
	sqlite3_stmt *st = db_stmt(&leave_table, ST_SWAP);
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, id);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found) {
		w->shift_id = sqlite3_column_int64(st, 0);
		w->offered_by = sqlite3_column_int64(st, 1);
		w->accepted_by = sqlite3_column_int64(st, 2);
		w->status = arena_strdup(a, db_text(st, 3));
	}
	sqlite3_reset(st);
	return found;
}

/* Sets a swap's state. */
static int set_swap(struct swap_ctx *c, const char *status, long long accepted_by, long long decided_by)
{
	sqlite3_stmt *st = db_stmt(&leave_table, ST_SET_SWAP);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, status, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, accepted_by);
	sqlite3_bind_text(st, 4, c->reason ? c->reason : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, decided_by);
	sqlite3_bind_text(st, 6, now_text(&c->rq->arena), -1, SQLITE_TRANSIENT);
	return db_exec_stmt(st);
}

/* Returns 1 when the person's skills include the role. */
static int has_skill(long long user_id, const char *role)
{
	sqlite3_stmt *st = db_stmt(&leave_table, ST_SKILLS);
	int ok = 0;
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, user_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		ok = strstr(db_text(st, 0), role) != NULL;
	sqlite3_reset(st);
	return ok;
}

/* Checks that the shift could go to user: the right role, no overlap, no
 * leave. Returns NULL or the problem. */
static const char *swap_problem(struct swap_ctx *c, const struct rota_shift *s, long long user)
{
	struct rota_shift moved = *s;
	const char *message;
	if (!has_skill(user, s->role))
		return arena_printf(&c->rq->arena, "The shift needs someone who works %s.", rota_role_label(s->role));
	moved.user_id = user;
	if (rota_shift_conflict(&c->rq->arena, &moved, &message) != ROTA_CONFLICT_NONE)
		return message;
	return NULL;
}

/* A colleague accepts an offered swap. */
static int write_accept(void *vctx)
{
	struct swap_ctx *c = vctx;
	struct swap_row w;
	struct rota_shift s;
	long long me = c->rq->session->user_id;
	if (!load_swap(&c->rq->arena, c->id, &w) || strcmp(w.status, "offered") != 0)
		return swap_refused(c, 404, "There is no open swap offer with that number.");
	if (w.offered_by == me)
		return swap_refused(c, 400, "You cannot accept your own offer.");
	if (rota_shift_load(&c->rq->arena, w.shift_id, &s) != 1)
		return SQLITE_ERROR;
	const char *problem = swap_problem(c, &s, me);
	if (problem)
		return swap_refused(c, 409, problem);
	int rc = set_swap(c, "accepted", me, 0);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "swap.accepted", "swap", c->id, arena_printf(&c->rq->arena, "shift=%lld", w.shift_id));
}

/* POST /rota/swaps/{id}/accept */
int rota_swap_accept_submit(struct request *rq, struct response *rs)
{
	struct swap_ctx c = { rq, rq->path_ids[0], NULL, NULL, NULL, 0 };
	return finish_swap(rq, rs, db_write(write_accept, &c), &c, "/rota/swaps?done=accepted");
}

/* A manager approves (the shift moves; both people are told through the
 * change record; working time rechecked) or refuses an accepted swap. */
static int write_swap_decision(void *vctx)
{
	struct swap_ctx *c = vctx;
	struct swap_row w;
	struct rota_shift s, old;
	if (!load_swap(&c->rq->arena, c->id, &w) || strcmp(w.status, "accepted") != 0)
		return swap_refused(c, 404, "There is no accepted swap with that number.");
	int approve = strcmp(c->decision, "approve") == 0;
	int rc;
	if (approve) {
		if (rota_shift_load(&c->rq->arena, w.shift_id, &old) != 1)
			return SQLITE_ERROR;
		const char *problem = swap_problem(c, &old, w.accepted_by);
		if (problem)
			return swap_refused(c, 409, problem);
		s = old;
		s.user_id = w.accepted_by;
		struct rota_open_breach *open = NULL;
		int n = 0;
		if ((rc = rota_shift_store(c->rq, &s, &old)) != SQLITE_OK ||
		    (rc = rota_refresh_breaches(&c->rq->arena, old.user_id, old.date, &open, &n)) != SQLITE_OK ||
		    (rc = rota_refresh_breaches(&c->rq->arena, s.user_id, s.date, &open, &n)) != SQLITE_OK)
			return rc;
	}
	if ((rc = set_swap(c, approve ? "approved" : "refused", w.accepted_by, c->rq->session->user_id)) != SQLITE_OK)
		return rc;
	return audit_record(c->rq, approve ? "swap.approved" : "swap.refused", "swap", c->id,
	                    arena_printf(&c->rq->arena, "shift=%lld from=%lld to=%lld reason=%s", w.shift_id,
	                                 w.offered_by, w.accepted_by, c->reason ? c->reason : ""));
}

/* POST /rota/swaps/{id}/decide (checked by rota_decide_check): approve,
 * or refuse with a reason. */
int rota_swap_decide_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct swap_ctx c = { rq, rq->path_ids[0], f->values[ROTA_DECIDE_DECISION].text,
	                      f->values[ROTA_DECIDE_REASON].text, NULL, 0 };
	return finish_swap(rq, rs, db_write(write_swap_decision, &c), &c,
	                   strcmp(c.decision, "approve") == 0 ? "/rota/swaps?done=approved" : "/rota/swaps?done=refused");
}

/* The offerer withdraws an open offer. */
static int write_withdraw(void *vctx)
{
	struct swap_ctx *c = vctx;
	struct swap_row w;
	if (!load_swap(&c->rq->arena, c->id, &w) || w.offered_by != c->rq->session->user_id ||
	    (strcmp(w.status, "offered") != 0 && strcmp(w.status, "accepted") != 0))
		return swap_refused(c, 404, "You have no open swap offer with that number.");
	int rc = set_swap(c, "withdrawn", w.accepted_by, 0);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "swap.withdrawn", "swap", c->id, "");
}

/* POST /rota/swaps/{id}/withdraw */
int rota_swap_withdraw_submit(struct request *rq, struct response *rs)
{
	struct swap_ctx c = { rq, rq->path_ids[0], NULL, NULL, NULL, 0 };
	return finish_swap(rq, rs, db_write(write_withdraw, &c), &c, "/rota/swaps?done=withdrawn");
}

/* Managers: the accepted swaps waiting for a decision (rows AWAITING in
 * the MANAGER section); returns 0, or -1 when they could not be read. */
static int add_awaiting_swaps(struct request *rq, tpl_dict *d)
{
	tpl_dict *m = tpl_add_row(d, "MANAGER");
	sqlite3_stmt *st = db_stmt(&leave_table, ST_AWAITING);
	int waiting = 0, rc;
	if (m == NULL)
		return -1;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(m, "AWAITING");
		if (row == NULL)
			break;
		waiting++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "FROM", db_text(st, 1));
		tpl_set(row, "TO", db_text(st, 2));
		tpl_set(row, "SHIFT", shift_words(&rq->arena, st, 3));
		show_decision_error(rq, row, sqlite3_column_int64(st, 0));
	}
	sqlite3_reset(st);
	tpl_show_if(m, waiting ? "HAS_AWAITING" : "NO_AWAITING", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* GET /rota/swaps, and the page again with a refused decision: offers I
 * can accept, my swaps, and for managers the accepted swaps waiting for a
 * decision. */
int rota_swaps_page(struct request *rq, struct response *rs)
{
	struct page p;
	char today[11];
	sqlite3_stmt *st = db_stmt(&leave_table, ST_OFFERS);
	if (st == NULL || page_begin(&p, rq, rs, "Shift swaps", "rota/swaps.tpl") != 0)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	sqlite3_bind_text(st, 2, today_london(today), -1, SQLITE_TRANSIENT);
	int n = 0, rc;
	while (db_step_row(st, &rc)) {
		if (!has_skill(rq->session->user_id, db_text(st, 5)))
			continue;
		tpl_dict *row = tpl_add_row(p.content, "OFFER");
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "PERSON", db_text(st, 1));
		tpl_set(row, "SHIFT", shift_words(&rq->arena, st, 2));
		tpl_set(row, "LOCATION", db_text(st, 6));
	}
	sqlite3_reset(st);
	tpl_show_if(p.content, n ? "HAS_OFFERS" : "NO_OFFERS", 1);
	if (db_rows_failed(rc) || add_my_swaps(rq, p.content, 1) != 0 ||
	    ((rq->session->roles & ROLE_MANAGER) && add_awaiting_swaps(rq, p.content) != 0)) {
		page_abandon(&p);
		return -1;
	}
	page_notice(&p, rq, swap_notices);
	return page_finish(&p, rs);
}
