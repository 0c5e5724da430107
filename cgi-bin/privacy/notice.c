/*
 * notice.c: the privacy notice as versioned text. Admins publish a new
 * version (never change an old one); publishing makes it the version
 * consent is given against (settings 'feedback_privacy_notice', which the
 * public form stores with each consent in consent_notice) and the text
 * the public privacy page shows (settings 'privacy_notice_text': the
 * public program may read settings and no other table of this area).
 *
 * Pages: GET /admin/privacy/notice, POST /admin/privacy/notice.
 */
#include "privacy.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/db.h"

#include <string.h>

enum notice_stmt { ST_CURRENT, ST_VERSIONS, ST_EXISTS, ST_INSERT, ST_SET, ST_CONSENTS, ST__COUNT };
static const char *const notice_sql[ST__COUNT] = {
	[ST_CURRENT] = "SELECT coalesce((SELECT value FROM settings WHERE key = 'feedback_privacy_notice'), ''), "
	               "coalesce((SELECT value FROM settings WHERE key = 'privacy_notice_text'), '')",
	[ST_VERSIONS] = "SELECT n.version, n.change_note, n.published_at, coalesce(u.display_name, '') "
	                "FROM privacy_notices n LEFT JOIN users u ON u.id = n.published_by "
	                "ORDER BY n.published_at DESC LIMIT 100",
	[ST_EXISTS] = "SELECT 1 FROM privacy_notices WHERE version = ?1",
	[ST_INSERT] = "INSERT INTO privacy_notices (version, body, change_note, published_by, published_at) "
	              "VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_SET] = "INSERT INTO settings (key, value) VALUES (?1, ?2) "
	           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
	[ST_CONSENTS] = "SELECT count(*) FROM feedback_responses WHERE consent_notice = ?1",
};
static sqlite3_stmt *notice_cache[ST__COUNT];
static struct sql_table notice_table = { notice_sql, ST__COUNT, notice_cache, NULL };

const struct field_spec privacy_notice_fields[PRIVACY_NOTICE__COUNT] = {
	[PRIVACY_NOTICE_VERSION] = { "version", "Version", FIELD_TEXT, FIELD_REQUIRED, 1, 20, NULL },
	[PRIVACY_NOTICE_BODY] = { "body", "Text of the notice", FIELD_MULTILINE, FIELD_REQUIRED, 1, 20000, NULL },
	[PRIVACY_NOTICE_NOTE] = { "change_note", "What changed", FIELD_TEXT, 0, 0, 200, NULL },
};

static const char *const notice_notices[] = {
	"published", "The new version is published: the public privacy page shows it and new consents are given against it.",
	NULL, NULL
};

/* Returns 1 when s is 1-20 of A-Z a-z 0-9 . - */
static int version_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 20)
		return 0;
	return strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-") == n;
}

/* See privacy.h. */
void privacy_notice_check(struct request *rq)
{
	const struct field_value *v = request_form(rq)->values;
	if (v[PRIVACY_NOTICE_VERSION].error)
		return;
	if (!version_ok(v[PRIVACY_NOTICE_VERSION].text)) {
		request_form_error(rq, PRIVACY_NOTICE_VERSION, "A version is letters, digits, dots and hyphens (like 2026-12).");
		return;
	}
	sqlite3_stmt *st = db_stmt(&notice_table, ST_EXISTS);
	if (st == NULL)
		return;
	sqlite3_bind_text(st, 1, v[PRIVACY_NOTICE_VERSION].text, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		request_form_error(rq, PRIVACY_NOTICE_VERSION, "This version has been published already; give the new one another name.");
	sqlite3_reset(st);
}

/* GET /admin/privacy/notice: the current version, its text, the history
 * and the form for the next version. */
int privacy_notice_page(struct request *rq, struct response *rs)
{
	sqlite3_stmt *st = db_stmt(&notice_table, ST_CURRENT);
	struct page p;
	int rc;
	if (st == NULL || page_begin(&p, rq, rs, "Privacy notice", "privacy/notice.tpl") != 0)
		return -1;
	page_notice(&p, rq, notice_notices);
	const char *version = "", *text = "";
	if (sqlite3_step(st) == SQLITE_ROW) {
		version = arena_strdup(&rq->arena, db_text(st, 0));
		text = arena_strdup(&rq->arena, db_text(st, 1));
	}
	sqlite3_reset(st);
	tpl_set(p.content, "CURRENT", version);
	tpl_set(p.content, "CURRENT_TEXT", text);
	tpl_show_if(p.content, text[0] ? "HAS_TEXT" : "BUILT_IN_TEXT", 1);
	if ((st = db_stmt(&notice_table, ST_CONSENTS)) != NULL) {
		sqlite3_bind_text(st, 1, version, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			tpl_set_int(p.content, "CONSENTS", sqlite3_column_int64(st, 0));
		sqlite3_reset(st);
	}
	if (rq->form && rq->form->count == PRIVACY_NOTICE__COUNT)
		page_form(&p, rq->form);
	else
		tpl_set(p.content, "BODY_VALUE", text);
	if ((st = db_stmt(&notice_table, ST_VERSIONS)) == NULL) {
		page_abandon(&p);
		return -1;
	}
	int rows = 0;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "VERSION");
		if (row == NULL)
			break;
		rows++;
		tpl_set(row, "NAME", db_text(st, 0));
		tpl_set(row, "NOTE", db_text(st, 1));
		tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 2)));
		tpl_set(row, "BY", db_text(st, 3));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_VERSIONS" : "NO_VERSIONS", 1);
	return page_finish(&p, rs);
}

/* Sets one setting; SQLITE_OK or the error. */
static int set_setting(const char *key, const char *value)
{
	sqlite3_stmt *st = db_stmt(&notice_table, ST_SET);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	return db_exec_stmt(st);
}

/* Publishes the version (a db_write callback). */
static int write_notice(void *ctx)
{
	struct request *rq = ctx;
	const struct field_value *v = request_form(rq)->values;
	sqlite3_stmt *st = db_stmt(&notice_table, ST_INSERT);
	char now[21];
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, v[PRIVACY_NOTICE_VERSION].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, v[PRIVACY_NOTICE_BODY].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, v[PRIVACY_NOTICE_NOTE].present ? v[PRIVACY_NOTICE_NOTE].text : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, rq->session->user_id);
	sqlite3_bind_text(st, 5, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc == SQLITE_OK)
		rc = set_setting("feedback_privacy_notice", v[PRIVACY_NOTICE_VERSION].text);
	if (rc == SQLITE_OK)
		rc = set_setting("privacy_notice_text", v[PRIVACY_NOTICE_BODY].text);
	if (rc == SQLITE_OK)
		rc = audit_record(rq, "privacy.notice_published", "privacy_notice", 0, v[PRIVACY_NOTICE_VERSION].text);
	return rc;
}

/* POST /admin/privacy/notice: publishes a new version. */
int privacy_notice_submit(struct request *rq, struct response *rs)
{
	if (request_form_refused(rq))
		return form_again(rq, rs, privacy_notice_page);
	if (db_write(write_notice, rq) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/admin/privacy/notice?done=published");
	return 0;
}
