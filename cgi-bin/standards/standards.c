/*
 * standards.c: service standards and policies.
 *
 * A standard names the service principle it serves, its measurable
 * commitment, an owner and a review date. Its wording is versioned:
 * publishing a new version asks every active staff member to read and
 * acknowledge it; managers see who has and who has not. Reviews past their
 * date are flagged here and on managers' home pages.
 *
 * Pages: GET /standards, GET /standards/new, POST /standards,
 * GET /standards/{id}, GET/POST /standards/{id}/edit,
 * GET/POST /standards/{id}/publish, POST /standards/{id}/acknowledge,
 * POST /standards/{id}/raci, POST /standards/{id}/raci/{id}/delete.
 */
#include "standards.h"
#include "team/people.h"
#include "team/raci.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/bizclock.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/options.h"

#include <string.h>

#define STANDARDS_PER_PAGE 20
#define REVIEW_SOON_DAYS 30

static const char *const principles[] = {
	"reliability", "responsiveness", "assurance", "empathy", "tangibles", "own", NULL
};
static const char *const principle_labels[] = {
	"Reliability: doing what was promised, dependably and accurately",
	"Responsiveness: willing, prompt help",
	"Assurance: knowledge, courtesy and trust",
	"Empathy: caring, individual attention",
	"Tangibles: premises, equipment, people and materials",
	"The organisation's own principle",
	NULL
};
static const char *const principle_names[] = {
	"Reliability", "Responsiveness", "Assurance", "Empathy", "Tangibles", "Own", NULL
};

enum std_stmt {
	ST_COUNT,
	ST_LIST,
	ST_STANDARD,
	ST_VERSIONS,
	ST_ACK_STATUS,
	ST_MY_ACK,
	ST_INSERT_STANDARD,
	ST_INSERT_VERSION,
	ST_UPDATE_STANDARD,
	ST_NEXT_VERSION,
	ST_CURRENT_VERSION,
	ST_INSERT_ACK,
	ST_PENDING_FOR_USER,
	ST_REVIEWS_DUE,
	ST_HANDBOOK,
	ST__COUNT
};
static const char *const std_sql[ST__COUNT] = {
	[ST_COUNT] = "SELECT count(*) FROM standards",
	[ST_LIST] =
		"SELECT s.id, s.title, s.principle, s.own_principle, s.review_date, s.current_version, "
		"coalesce(u.display_name, ''), v.commitment, "
		"EXISTS (SELECT 1 FROM standard_acks a WHERE a.version_id = v.id AND a.user_id = ?1), "
		"(SELECT count(*) FROM standard_acks a JOIN users x ON x.id = a.user_id "
		" WHERE a.version_id = v.id AND x.disabled = 0 AND (x.roles & ?4) <> 0) "
		"FROM standards s JOIN standard_versions v ON v.standard_id = s.id AND v.version = s.current_version "
		"LEFT JOIN users u ON u.id = s.owner_id "
		"ORDER BY s.title COLLATE NOCASE LIMIT ?2 OFFSET ?3",
	[ST_STANDARD] =
		"SELECT s.title, s.principle, s.own_principle, coalesce(s.owner_id, 0), "
		"coalesce(u.display_name, ''), s.review_date, s.current_version, v.id, v.commitment, "
		"v.details, v.published_at, coalesce(p.display_name, '') "
		"FROM standards s JOIN standard_versions v ON v.standard_id = s.id AND v.version = s.current_version "
		"LEFT JOIN users u ON u.id = s.owner_id LEFT JOIN users p ON p.id = v.published_by "
		"WHERE s.id = ?",
	[ST_VERSIONS] =
		"SELECT v.version, v.commitment, v.details, v.change_note, v.published_at, "
		"coalesce(u.display_name, ''), (SELECT count(*) FROM standard_acks a WHERE a.version_id = v.id) "
		"FROM standard_versions v LEFT JOIN users u ON u.id = v.published_by "
		"WHERE v.standard_id = ? ORDER BY v.version DESC",
	[ST_ACK_STATUS] =
		"SELECT u.display_name, coalesce(a.acknowledged_at, '') FROM users u "
		"LEFT JOIN standard_acks a ON a.user_id = u.id AND a.version_id = ?1 "
		"WHERE u.disabled = 0 AND (u.roles & ?2) <> 0 "
		"ORDER BY a.acknowledged_at IS NOT NULL, u.display_name COLLATE NOCASE",
	[ST_MY_ACK] = "SELECT acknowledged_at FROM standard_acks WHERE version_id = ? AND user_id = ?",
	[ST_INSERT_STANDARD] =
		"INSERT INTO standards (title, principle, own_principle, owner_id, review_date, "
		"current_version, created_at, updated_at) VALUES (?1, ?2, ?3, nullif(?4, 0), ?5, 1, ?6, ?6)",
	[ST_INSERT_VERSION] =
		"INSERT INTO standard_versions (standard_id, version, commitment, details, change_note, "
		"published_by, published_at) VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, 0), ?7)",
	[ST_UPDATE_STANDARD] =
		"UPDATE standards SET title = ?2, principle = ?3, own_principle = ?4, "
		"owner_id = nullif(?5, 0), review_date = ?6, updated_at = ?7 WHERE id = ?1",
	[ST_NEXT_VERSION] =
		"UPDATE standards SET current_version = current_version + 1, review_date = ?2, "
		"updated_at = ?3 WHERE id = ?1 RETURNING current_version",
	[ST_CURRENT_VERSION] = "SELECT current_version FROM standards WHERE id = ?",
	[ST_INSERT_ACK] =
		"INSERT OR IGNORE INTO standard_acks (version_id, user_id, acknowledged_at) "
		"SELECT v.id, ?2, ?3 FROM standards s JOIN standard_versions v "
		"ON v.standard_id = s.id AND v.version = s.current_version WHERE s.id = ?1 AND s.current_version = ?4",
	[ST_PENDING_FOR_USER] =
		"SELECT s.id, s.title, s.current_version, v.published_at FROM standards s "
		"JOIN standard_versions v ON v.standard_id = s.id AND v.version = s.current_version "
		"WHERE NOT EXISTS (SELECT 1 FROM standard_acks a WHERE a.version_id = v.id AND a.user_id = ?) "
		"ORDER BY v.published_at LIMIT 20",
	[ST_REVIEWS_DUE] =
		"SELECT s.id, s.title, s.review_date, coalesce(u.display_name, '') FROM standards s "
		"LEFT JOIN users u ON u.id = s.owner_id WHERE s.review_date <= ? "
		"ORDER BY s.review_date LIMIT 20",
	[ST_HANDBOOK] =
		"SELECT s.title, s.principle, s.own_principle, coalesce(u.display_name, ''), s.current_version, "
		"v.commitment, v.details, v.published_at FROM standards s "
		"JOIN standard_versions v ON v.standard_id = s.id AND v.version = s.current_version "
		"LEFT JOIN users u ON u.id = s.owner_id ORDER BY s.title COLLATE NOCASE LIMIT 500",
};
static sqlite3_stmt *std_cache[ST__COUNT];
static struct sql_table std_table = { std_sql, ST__COUNT, std_cache, NULL };

const struct field_spec std_fields[STD__COUNT] = {
	[STD_TITLE] = { "title", "Title", FIELD_TEXT, FIELD_REQUIRED, 1, 200, NULL },
	[STD_PRINCIPLE] = { "principle", "Principle", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, principles },
	[STD_OWN_PRINCIPLE] = { "own_principle", "Own principle", FIELD_TEXT, 0, 0, 100, NULL },
	[STD_OWNER] = { "owner", "Owner", FIELD_INT, FIELD_REQUIRED, 1, 1000000000, NULL },
	[STD_REVIEW_DATE] = { "review_date", "Review date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
	[STD_COMMITMENT] = { "commitment", "Commitment", FIELD_TEXT, FIELD_REQUIRED, 5, 500, NULL },
	[STD_DETAILS] = { "details", "Details", FIELD_MULTILINE, 0, 0, 4000, NULL },
};

const struct field_spec std_publish_fields[STD_PUB__COUNT] = {
	[STD_PUB_COMMITMENT] = { "commitment", "Commitment", FIELD_TEXT, FIELD_REQUIRED, 5, 500, NULL },
	[STD_PUB_DETAILS] = { "details", "Details", FIELD_MULTILINE, 0, 0, 4000, NULL },
	[STD_PUB_CHANGE_NOTE] = { "change_note", "What changed", FIELD_TEXT, FIELD_REQUIRED, 1, 300, NULL },
	[STD_PUB_REVIEW_DATE] = { "review_date", "Next review date", FIELD_DATE, FIELD_REQUIRED, 0, 0, NULL },
};

const struct field_spec std_ack_fields[STD_ACK__COUNT] = {
	[STD_ACK_VERSION] = { "version", "Version", FIELD_INT, FIELD_REQUIRED, 1, 1000000, NULL },
};

const struct field_spec std_list_fields[STDLIST__COUNT] = {
	[STDLIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 1000000, NULL },
};

static const char *const std_notices[] = {
	"created", "The standard has been published as version 1. Staff have been asked to acknowledge it.",
	"saved", "The changes have been saved.",
	"published", "The new version has been published. Staff have been asked to acknowledge it.",
	"acknowledged", "Thank you: your acknowledgement has been recorded.",
	"raci", "The RACI has been updated.",
	NULL, NULL
};

/* The principle as people read it: the SERVQUAL name or the own one. */
static const char *principle_text(const char *principle, const char *own)
{
	return strcmp(principle, "own") == 0 ? own : options_label(principles, principle_names, principle);
}

/* Sets REVIEW_DATE and shows BIZ_REVIEW_OVERDUE or REVIEW_SOON as the date is. */
static void set_review(tpl_dict *d, const char *review_date, const char *today)
{
	enum biz_review_state s = biz_review_state(review_date, today, REVIEW_SOON_DAYS);
	tpl_set(d, "REVIEW_DATE", review_date);
	tpl_show_if(d, "REVIEW_OVERDUE", s == BIZ_REVIEW_OVERDUE);
	tpl_show_if(d, "REVIEW_SOON", s == BIZ_REVIEW_DUE_SOON);
}

/* Returns 1 when the signed-in user manages standards. */
static int is_manager(const struct request *rq)
{
	return (rq->session->roles & ROLE_MANAGER) != 0;
}

/* Returns the current version of a standard, 0 when there is none, -1 on error. */
static long long current_version(long long id)
{
	sqlite3_stmt *st = db_stmt(&std_table, ST_CURRENT_VERSION);
	long long v = 0;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	return db_count(st, &v) == 0 ? v : -1;
}

/* Answers 404 for a standard that does not exist; returns 0 for the handler. */
static int no_such_standard(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 404, "There is no standard with that number.");
	return 0;
}

/* GET /standards: every standard with its commitment, review date and
 * acknowledgements (mine for staff, the count for managers). */
int standards_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	long long page = f->values[STDLIST_PAGE].present ? f->values[STDLIST_PAGE].number : 1;
	long long total = 0, staff = team_staff_count();
	char today[11];
	struct page p;
	sqlite3_stmt *st = db_stmt(&std_table, ST_COUNT);
	if (st == NULL || staff < 0)
		return -1;
	if (db_count(st, &total) != 0)
		return -1;
	if ((st = db_stmt(&std_table, ST_LIST)) == NULL ||
	    page_begin(&p, rq, rs, "Service standards", "standards/list.tpl") != 0)
		return -1;
	today_london(today);
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	sqlite3_bind_int(st, 2, STANDARDS_PER_PAGE);
	sqlite3_bind_int64(st, 3, (page - 1) * STANDARDS_PER_PAGE);
	auth_bind_roles(st, 4, ROLE_STAFF);
	int rows = 0, rc, staff_member = (rq->session->roles & ROLE_STAFF) != 0;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "STANDARD");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set(row, "PRINCIPLE", principle_text(db_text(st, 2), db_text(st, 3)));
		set_review(row, db_text(st, 4), today);
		tpl_set_int(row, "VERSION", sqlite3_column_int64(st, 5));
		tpl_set(row, "OWNER", db_text(st, 6));
		tpl_set(row, "COMMITMENT", db_text(st, 7));
		tpl_show(row, is_manager(rq) ? "SHOW_ACK_COUNT" : "SHOW_MINE");
		if (staff_member)
			tpl_show(row, sqlite3_column_int(st, 8) ? "I_ACKNOWLEDGED" : "I_MUST_ACKNOWLEDGE");
		else
			tpl_show(row, "NOT_ASKED");
		tpl_set(row, "ACKS", arena_printf(&rq->arena, "%lld of %lld",
		                                  sqlite3_column_int64(st, 9), staff));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_STANDARDS" : "NO_STANDARDS", 1);
	tpl_show_if(p.content, "CAN_MANAGE", is_manager(rq));
	tpl_show_if(p.content, is_manager(rq) ? "SHOW_ACK_COUNT" : "SHOW_MINE", 1);
	page_pager(&p, rq, "/standards?", page, STANDARDS_PER_PAGE, total);
	page_notice(&p, rq, std_notices);
	return page_finish(&p, rs);
}

/* GET /standards/handbook: every current standard in full on one page,
 * for a team briefing or the notice board (it prints cleanly). */
int standards_handbook_page(struct request *rq, struct response *rs)
{
	struct page p;
	char today[11];
	sqlite3_stmt *st = db_stmt(&std_table, ST_HANDBOOK);
	if (st == NULL || page_begin(&p, rq, rs, "Service standards handbook", "standards/handbook.tpl") != 0)
		return -1;
	tpl_set(p.content, "TODAY", today_london(today));
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "STANDARD");
		if (row == NULL)
			break;
		rows++;
		tpl_set(row, "TITLE", db_text(st, 0));
		tpl_set(row, "PRINCIPLE", principle_text(db_text(st, 1), db_text(st, 2)));
		tpl_set(row, "OWNER", db_text(st, 3));
		tpl_set_int(row, "VERSION", sqlite3_column_int64(st, 4));
		tpl_set(row, "COMMITMENT", db_text(st, 5));
		tpl_set(row, "DETAILS", db_text(st, 6));
		tpl_show_if(row, "HAS_DETAILS", db_text(st, 6)[0] != '\0');
		tpl_set(row, "PUBLISHED_AT", display_time(&rq->arena, db_text(st, 7)));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_STANDARDS" : "NO_STANDARDS", 1);
	return page_finish(&p, rs);
}

/* Fills the principle and owner pickers of a form; returns 0, or -1 when
 * out of memory or the people could not be read. */
static int add_form_choices(struct page *p, const char *principle, long long owner)
{
	for (size_t i = 0; principles[i]; i++) {
		tpl_dict *row = tpl_add_row(p->content, "PRINCIPLE_OPTION");
		if (row == NULL)
			return -1;
		tpl_set(row, "VALUE", principles[i]);
		tpl_set(row, "LABEL", principle_labels[i]);
		tpl_show_if(row, "CHECKED", strcmp(principles[i], principle) == 0);
	}
	return team_people_options(p->content, "OWNER_OPTION", owner) < 0 ? -1 : 0;
}

/* Shows the create form (id 0) or the edit form of a standard, with the
 * refused input when there is one, else the stored values. */
static int show_standard_form(struct request *rq, struct response *rs, long long id)
{
	struct page p;
	const char *principle = "";
	long long owner = rq->session->user_id;
	if (page_begin(&p, rq, rs, id ? "Edit standard" : "New standard", "standards/form.tpl") != 0)
		return -1;
	if (rq->form) {
		page_form(&p, rq->form);
		principle = rq->form->values[STD_PRINCIPLE].text;
		owner = rq->form->values[STD_OWNER].number;
	} else if (id) {
		sqlite3_stmt *st = db_stmt(&std_table, ST_STANDARD);
		if (st == NULL) {
			page_abandon(&p);
			return -1;
		}
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) != SQLITE_ROW) {
			sqlite3_reset(st);
			page_abandon(&p);
			return no_such_standard(rq, rs);
		}
		tpl_set(p.content, "TITLE_VALUE", db_text(st, 0));
		principle = arena_strdup(&rq->arena, db_text(st, 1));
		tpl_set(p.content, "OWN_PRINCIPLE_VALUE", db_text(st, 2));
		owner = sqlite3_column_int64(st, 3);
		tpl_set(p.content, "REVIEW_DATE_VALUE", db_text(st, 5));
		sqlite3_reset(st);
	}
	if (add_form_choices(&p, principle, owner) != 0) {
		page_abandon(&p);
		return -1;
	}
	if (id) {
		tpl_show(p.content, "EDITING");
		tpl_set(p.content, "ACTION", arena_printf(&rq->arena, "/standards/%lld/edit", id));
		tpl_set(p.content, "BACK", arena_printf(&rq->arena, "/standards/%lld", id));
	} else {
		tpl_show(p.content, "CREATING");
		tpl_set(p.content, "ACTION", "/standards");
		tpl_set(p.content, "BACK", "/standards");
	}
	return page_finish(&p, rs);
}

/* GET /standards/new */
int standard_new_page(struct request *rq, struct response *rs)
{
	return show_standard_form(rq, rs, 0);
}

/* GET /standards/{id}/edit, and the form again when an edit is refused. */
int standard_edit_page(struct request *rq, struct response *rs)
{
	return show_standard_form(rq, rs, rq->path_ids[0]);
}

/* See standards.h: the checks of a standard's details beyond the
 * validator table: an own principle named when chosen, an owner who is an
 * active account, and a review date that is not already past. */
void standard_check_form(struct request *rq)
{
	char today[11];
	const struct form *f = request_form(rq);
	if (strcmp(f->values[STD_PRINCIPLE].text, "own") == 0 && !f->values[STD_OWN_PRINCIPLE].present &&
	    !f->values[STD_OWN_PRINCIPLE].error)
		request_form_error(rq, STD_OWN_PRINCIPLE, "Own principle is required when the principle is the organisation's own.");
	if (!f->values[STD_OWNER].error && !team_person_is_active(f->values[STD_OWNER].number))
		request_form_error(rq, STD_OWNER, "Owner must be one of the people listed.");
	if (!f->values[STD_REVIEW_DATE].error &&
	    strcmp(f->values[STD_REVIEW_DATE].text, today_london(today)) < 0)
		request_form_error(rq, STD_REVIEW_DATE, "Review date must be today or later.");
}

/* What creating, editing or publishing a standard writes. */
struct std_ctx {
	struct request *rq;
	const struct form *f;
	long long id;
	long long version;
};

/* Inserts version `version` of standard c->id with the given wording. */
static int insert_version(struct std_ctx *c, const char *commitment, const char *details,
                          const char *note, const char *now)
{
	sqlite3_stmt *st = db_stmt(&std_table, ST_INSERT_VERSION);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_int64(st, 2, c->version);
	sqlite3_bind_text(st, 3, commitment, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, details, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, note, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, c->rq->session->user_id);
	sqlite3_bind_text(st, 7, now, -1, SQLITE_STATIC);
	return db_exec_stmt(st);
}

/* Binds the details shared by insert and update (parameters 2 to 6 of the
 * update; the insert takes them from 1). */
static void bind_details(sqlite3_stmt *st, int first, const struct form *f)
{
	const char *principle = f->values[STD_PRINCIPLE].text;
	sqlite3_bind_text(st, first, f->values[STD_TITLE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, first + 1, principle, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, first + 2, strcmp(principle, "own") == 0 ?
	                  f->values[STD_OWN_PRINCIPLE].text : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, first + 3, f->values[STD_OWNER].number);
	sqlite3_bind_text(st, first + 4, f->values[STD_REVIEW_DATE].text, -1, SQLITE_STATIC);
}

/* Inserts the standard and its version 1, and audits. */
static int write_new_standard(void *vctx)
{
	struct std_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&std_table, ST_INSERT_STANDARD);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	bind_details(st, 1, c->f);
	sqlite3_bind_text(st, 6, now, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	c->id = sqlite3_last_insert_rowid(db_get());
	c->version = 1;
	rc = insert_version(c, c->f->values[STD_COMMITMENT].text, c->f->values[STD_DETAILS].text,
	                    "First version.", now);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "standard.created", "standard", c->id, "version 1");
}

/* POST /standards: creates a standard, published as version 1. */
int standard_create_submit(struct request *rq, struct response *rs)
{
	struct std_ctx c = { rq, request_form(rq), 0, 0 };
	if (db_write(write_new_standard, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/standards/%lld?done=created", c.id));
	return 0;
}

/* Re-render of a refused create or edit, with every problem named. */
int standard_form_invalid(struct request *rq, struct response *rs)
{
	return show_standard_form(rq, rs, rq->path_id_count ? rq->path_ids[0] : 0);
}

/* Updates the details and audits. */
static int write_standard_update(void *vctx)
{
	struct std_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&std_table, ST_UPDATE_STANDARD);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_int64(st, 1, c->id);
	bind_details(st, 2, c->f);
	sqlite3_bind_text(st, 7, now, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	if (sqlite3_changes(db_get()) == 0)
		return SQLITE_NOTFOUND;
	return audit_record(c->rq, "standard.updated", "standard", c->id,
	                    arena_printf(&c->rq->arena, "review %s", c->f->values[STD_REVIEW_DATE].text));
}

/* Saves the path's standard from the request's form with write (an
 * std_ctx callback, SQLITE_NOTFOUND when there is no such standard) and
 * goes back to it with ?done=done; 404 when it is gone. Returns 0, or -1
 * on error. */
static int save_standard(struct request *rq, struct response *rs, int (*write)(void *ctx),
                         const char *done)
{
	long long id = rq->path_ids[0];
	struct std_ctx c = { rq, request_form(rq), id, 0 };
	int rc = db_write(write, &c);
	if (rc == SQLITE_NOTFOUND)
		return no_such_standard(rq, rs);
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, arena_printf(&rq->arena, "/standards/%lld?done=%s", id, done));
	return 0;
}

/* POST /standards/{id}/edit: saves the details (not the wording, which
 * only a new version changes). */
int standard_edit_submit(struct request *rq, struct response *rs)
{
	return save_standard(rq, rs, write_standard_update, "saved");
}

/* Adds the version history rows; returns 0, or -1 when they could not be
 * read. */
static int add_versions(struct page *p, struct request *rq, long long id)
{
	sqlite3_stmt *st = db_stmt(&std_table, ST_VERSIONS);
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p->content, "VERSION_ROW");
		if (row == NULL)
			break;
		tpl_set_int(row, "VERSION", sqlite3_column_int64(st, 0));
		tpl_set(row, "COMMITMENT", db_text(st, 1));
		tpl_set(row, "DETAILS", db_text(st, 2));
		tpl_show_if(row, "HAS_DETAILS", db_text(st, 2)[0] != '\0');
		tpl_set(row, "CHANGE_NOTE", db_text(st, 3));
		tpl_show_if(row, "HAS_CHANGE_NOTE", db_text(st, 3)[0] != '\0');
		tpl_set(row, "PUBLISHED_AT", display_time(&rq->arena, db_text(st, 4)));
		tpl_set(row, "PUBLISHED_BY", db_text(st, 5));
		tpl_set_int(row, "ACKS", sqlite3_column_int64(st, 6));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The manager's view of who has and has not acknowledged the version;
 * returns 0, or -1 when it could not be read. */
static int add_ack_status(struct page *p, struct request *rq, long long version_id)
{
	sqlite3_stmt *st = db_stmt(&std_table, ST_ACK_STATUS);
	tpl_dict *box = tpl_add_row(p->content, "ACK_STATUS");
	int done = 0, waiting = 0, rc;
	if (st == NULL || box == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, version_id);
	auth_bind_roles(st, 2, ROLE_STAFF);
	while (db_step_row(st, &rc)) {
		const char *at = db_text(st, 1);
		tpl_dict *row = tpl_add_row(box, at[0] ? "ACKED" : "NOT_ACKED");
		if (row == NULL)
			break;
		tpl_set(row, "NAME", db_text(st, 0));
		if (at[0]) {
			tpl_set(row, "AT", display_time(&rq->arena, at));
			done++;
		} else {
			waiting++;
		}
	}
	sqlite3_reset(st);
	tpl_set_int(box, "ACKED_COUNT", done);
	tpl_set_int(box, "NOT_ACKED_COUNT", waiting);
	tpl_show_if(box, "NONE_ACKED", done == 0);
	tpl_show_if(box, "ALL_ACKED", waiting == 0);
	return db_rows_failed(rc) ? -1 : 0;
}

/* The signed-in staff member's own acknowledgement of the version. */
static void add_my_ack(struct page *p, struct request *rq, long long version_id, long long version)
{
	sqlite3_stmt *st = db_stmt(&std_table, ST_MY_ACK);
	if (st == NULL || !(rq->session->roles & ROLE_STAFF))
		return;
	sqlite3_bind_int64(st, 1, version_id);
	sqlite3_bind_int64(st, 2, rq->session->user_id);
	tpl_dict *row;
	if (sqlite3_step(st) == SQLITE_ROW) {
		row = tpl_add_row(p->content, "MY_ACK_DONE");
		if (row)
			tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 0)));
	} else {
		row = tpl_add_row(p->content, "MY_ACK_DUE");
	}
	if (row)
		tpl_set_int(row, "VERSION", version);
	sqlite3_reset(st);
}

/* GET /standards/{id}: the current wording, acknowledgement, RACI and
 * history; also the re-render of a refused RACI entry. */
int standard_page(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	char today[11];
	struct page p;
	sqlite3_stmt *st = db_stmt(&std_table, ST_STANDARD);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return no_such_standard(rq, rs);
	}
	const char *title = arena_strdup(&rq->arena, db_text(st, 0));
	if (page_begin(&p, rq, rs, title, "standards/view.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	today_london(today);
	tpl_set_int(p.content, "ID", id);
	tpl_set(p.content, "STD_TITLE", title);
	tpl_set(p.content, "PRINCIPLE", principle_text(db_text(st, 1), db_text(st, 2)));
	tpl_set(p.content, "OWNER", db_text(st, 4));
	set_review(p.content, db_text(st, 5), today);
	long long version = sqlite3_column_int64(st, 6), version_id = sqlite3_column_int64(st, 7);
	tpl_set_int(p.content, "VERSION", version);
	tpl_set(p.content, "COMMITMENT", db_text(st, 8));
	tpl_set(p.content, "DETAILS", db_text(st, 9));
	tpl_show_if(p.content, "HAS_DETAILS", db_text(st, 9)[0] != '\0');
	tpl_set(p.content, "PUBLISHED_AT", display_time(&rq->arena, db_text(st, 10)));
	tpl_set(p.content, "PUBLISHED_BY", db_text(st, 11));
	sqlite3_reset(st);
	add_my_ack(&p, rq, version_id, version);
	if (is_manager(rq) && add_ack_status(&p, rq, version_id) != 0) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, "CAN_MANAGE", is_manager(rq));
	if (raci_add_section(&p, rq, "standard", id, arena_printf(&rq->arena, "/standards/%lld", id),
	                     is_manager(rq)) != 0 || add_versions(&p, rq, id) != 0) {
		page_abandon(&p);
		return -1;
	}
	page_notice(&p, rq, std_notices);
	return page_finish(&p, rs);
}

/* Shows the publish form, prefilled with the current wording. */
static int show_publish_form(struct request *rq, struct response *rs, long long id)
{
	struct page p;
	sqlite3_stmt *st = db_stmt(&std_table, ST_STANDARD);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return no_such_standard(rq, rs);
	}
	if (page_begin(&p, rq, rs, "Publish a new version", "standards/publish.tpl") != 0) {
		sqlite3_reset(st);
		return -1;
	}
	tpl_set_int(p.content, "ID", id);
	tpl_set(p.content, "STD_TITLE", db_text(st, 0));
	tpl_set_int(p.content, "VERSION", sqlite3_column_int64(st, 6));
	tpl_set_int(p.content, "NEXT_VERSION", sqlite3_column_int64(st, 6) + 1);
	tpl_set(p.content, "CURRENT_COMMITMENT", db_text(st, 8));
	if (rq->form) {
		page_form(&p, rq->form);
	} else {
		tpl_set(p.content, "COMMITMENT_VALUE", db_text(st, 8));
		tpl_set(p.content, "DETAILS_VALUE", db_text(st, 9));
		tpl_set(p.content, "REVIEW_DATE_VALUE", db_text(st, 5));
	}
	sqlite3_reset(st);
	return page_finish(&p, rs);
}

/* GET /standards/{id}/publish, and the form again when refused. */
int standard_publish_page(struct request *rq, struct response *rs)
{
	return show_publish_form(rq, rs, rq->path_ids[0]);
}

/* Moves the standard to its next version and inserts the new wording. */
static int write_new_version(void *vctx)
{
	struct std_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&std_table, ST_NEXT_VERSION);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(now_utc(), now);
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, c->f->values[STD_PUB_REVIEW_DATE].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, now, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc;
	}
	c->version = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	rc = insert_version(c, c->f->values[STD_PUB_COMMITMENT].text, c->f->values[STD_PUB_DETAILS].text,
	                    c->f->values[STD_PUB_CHANGE_NOTE].text, now);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "standard.published", "standard", c->id,
	                    arena_printf(&c->rq->arena, "version %lld", c->version));
}

/* See standards.h: refuses a next review date already past. */
void standard_check_publish_form(struct request *rq)
{
	char today[11];
	const struct form *f = request_form(rq);
	if (!f->values[STD_PUB_REVIEW_DATE].error &&
	    strcmp(f->values[STD_PUB_REVIEW_DATE].text, today_london(today)) < 0)
		request_form_error(rq, STD_PUB_REVIEW_DATE, "Next review date must be today or later.");
}

/* The publish form again when its fields were refused, every problem named. */
int standard_publish_invalid(struct request *rq, struct response *rs)
{
	return show_publish_form(rq, rs, rq->path_ids[0]);
}

/* POST /standards/{id}/publish: a new version everyone must acknowledge. */
int standard_publish_submit(struct request *rq, struct response *rs)
{
	return save_standard(rq, rs, write_new_version, "published");
}

/* Records the acknowledgement of the current version, once. */
static int write_ack(void *vctx)
{
	struct std_ctx *c = vctx;
	char now[21];
	sqlite3_stmt *st = db_stmt(&std_table, ST_INSERT_ACK);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_int64(st, 2, c->rq->session->user_id);
	sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, c->version);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	if (sqlite3_changes(db_get()) == 0) {   /* already acknowledged, or superseded meanwhile */
		long long current = current_version(c->id);
		return current < 0 ? SQLITE_ERROR : current == c->version ? SQLITE_OK : SQLITE_ABORT;
	}
	return audit_record(c->rq, "standard.acknowledged", "standard", c->id,
	                    arena_printf(&c->rq->arena, "version %lld", c->version));
}

/* Answers 409 to an acknowledgement of a version no longer current. */
static int superseded(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 409, "A newer version of this standard has been published since "
	              "you opened it. Please read the current version and acknowledge that.");
	return 0;
}

/* POST /standards/{id}/acknowledge: "I have read and understood version N".
 * A version that is no longer current is refused (409): read the new one. */
int standard_ack_submit(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	long long version = request_form(rq)->values[STD_ACK_VERSION].number;
	long long current = current_version(id);
	if (current < 0)
		return -1;
	if (current == 0)
		return no_such_standard(rq, rs);
	if (version != current)
		return superseded(rq, rs);
	struct std_ctx c = { rq, NULL, id, version };
	int rc = db_write(write_ack, &c);
	if (rc == SQLITE_ABORT)
		return superseded(rq, rs);
	if (rc != SQLITE_OK)
		return -1;
	const char *back = request_query(rq, "from");
	respond_redirect(rs, back && strcmp(back, "home") == 0 ? "/?done=acknowledged" :
	                 arena_printf(&rq->arena, "/standards/%lld?done=acknowledged", id));
	return 0;
}

/* POST /standards/{id}/raci: names someone R, A, C or I for the standard. */
int standard_raci_submit(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	long long current = current_version(id);
	if (current < 0)
		return -1;
	if (current == 0)
		return no_such_standard(rq, rs);
	return raci_add_submit(rq, rs, "standard", id, arena_printf(&rq->arena, "/standards/%lld", id),
	                       standard_page);
}

/* POST /standards/{id}/raci/{id}/delete */
int standard_raci_delete_submit(struct request *rq, struct response *rs)
{
	long long id = rq->path_ids[0];
	return raci_delete_submit(rq, rs, "standard", id, rq->path_ids[1],
	                          arena_printf(&rq->arena, "/standards/%lld", id));
}

/* Staff: the standards awaiting my acknowledgement; returns 0, or -1 when
 * they could not be read. */
static int pending_panel(tpl_dict *panel, struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&std_table, ST_PENDING_FOR_USER);
	tpl_dict *box = tpl_add_row(panel, "TO_ACKNOWLEDGE");
	int rows = 0, rc;
	if (st == NULL || box == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(box, "PENDING");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		tpl_set_int(row, "VERSION", sqlite3_column_int64(st, 2));
		tpl_set(row, "PUBLISHED_AT", display_time(&rq->arena, db_text(st, 3)));
	}
	sqlite3_reset(st);
	tpl_show_if(box, rows ? "HAS_PENDING" : "NO_PENDING", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Managers: reviews overdue or due within REVIEW_SOON_DAYS; returns 0, or
 * -1 when they could not be read. */
static int reviews_panel(tpl_dict *panel, struct request *rq)
{
	sqlite3_stmt *st = db_stmt(&std_table, ST_REVIEWS_DUE);
	tpl_dict *box = tpl_add_row(panel, "REVIEWS");
	char today[11], horizon[11];
	int rows = 0, rc;
	if (st == NULL || box == NULL || date_add_days(today_london(today), REVIEW_SOON_DAYS, horizon) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, horizon, -1, SQLITE_TRANSIENT);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(box, "REVIEW");
		if (row == NULL)
			break;
		rows++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "TITLE", db_text(st, 1));
		set_review(row, db_text(st, 2), today);
		tpl_set(row, "OWNER", db_text(st, 3));
	}
	sqlite3_reset(st);
	tpl_show_if(box, rows ? "HAS_REVIEWS" : "NO_REVIEWS", 1);
	return db_rows_failed(rc) ? -1 : 0;
}

/* See standards.h. */
int standards_home_panel(struct page *p, struct request *rq)
{
	unsigned roles = rq->session->roles;
	if (!(roles & (ROLE_STAFF | ROLE_MANAGER)))
		return 0;
	tpl_dict *panel = tpl_add_include(p->content, "STANDARDS_PANEL", "standards/home_panel.tpl");
	if (panel == NULL)
		return -1;
	if ((roles & ROLE_STAFF) && pending_panel(panel, rq) != 0)
		return -1;
	if ((roles & ROLE_MANAGER) && reviews_panel(panel, rq) != 0)
		return -1;
	page_notice(p, rq, std_notices);
	return 0;
}
