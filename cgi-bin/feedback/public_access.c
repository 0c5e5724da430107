/*
 * public_access.c: what the public program may do in the database, as an
 * SQLite authorizer: read the forms, their versions and the settings; add
 * responses, their SERVQUAL answers and the rate-limit counts (and the
 * daily totals the insert trigger keeps). Reading users, sessions, the
 * audit trail, comments or contact details is refused by SQLite itself, so
 * a hole in the public program cannot leak them. A test-only page proves
 * the refusals end to end.
 */
#include "public_form.h"
#include "core/db.h"
#include "core/page.h"

#include <stdlib.h>
#include <string.h>

/* Returns 1 when name is one of the NULL-terminated list. */
static int listed(const char *name, const char *const *list)
{
	for (; name && *list; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

/* Columns of feedback_responses the program (and the daily trigger) may
 * read: never comment, contact or consent ("" is the table itself, as
 * SQLite reports it for max(id)). */
static const char *const readable_response_columns[] = {
	"", "id", "form_id", "form_version", "day", "touchpoint", "csat", "nps",
	"sq_e1", "sq_e2", "sq_e3", "sq_e4", "sq_e5", "sq_p1", "sq_p2", "sq_p3", "sq_p4", "sq_p5",
	"submission_key", NULL
};
/* Columns SQLite reads itself to check foreign keys on an insert. */
static const char *const foreign_key_columns[] = { "response_id", NULL };
static const char *const readable_tables[] = {
	"feedback_forms", "feedback_form_versions", "feedback_rate", "feedback_daily", "feedback_daily_total",
	"sqlite_master", "sqlite_schema", NULL
};
static const char *const insertable_tables[] = {
	"feedback_responses", "feedback_servqual_answers", "feedback_rate", "feedback_daily",
	"feedback_daily_total", NULL
};

/* See public_form.h. Everything not named is denied, including PRAGMAs,
 * schema changes and ATTACH. */
int feedback_public_authorizer(void *unused, int action, const char *a, const char *b,
                             const char *dbname, const char *trigger)
{
	(void)unused; (void)dbname; (void)trigger;
	switch (action) {
	case SQLITE_SELECT:
	case SQLITE_TRANSACTION:
	case SQLITE_SAVEPOINT:
	case SQLITE_FUNCTION:
		return SQLITE_OK;
	case SQLITE_READ:
		if (listed(a, readable_tables))
			return SQLITE_OK;
		if (a && strcmp(a, "settings") == 0)
			return SQLITE_OK;           /* the organisation's name, the notice version */
		if (a && strcmp(a, "feedback_responses") == 0 && listed(b, readable_response_columns))
			return SQLITE_OK;
		if (a && (strcmp(a, "feedback_tags") == 0 || strcmp(a, "feedback_servqual_answers") == 0) &&
		    listed(b, foreign_key_columns))
			return SQLITE_OK;           /* SQLite's foreign key checks */
		return SQLITE_DENY;
	case SQLITE_INSERT:
		return listed(a, insertable_tables) ? SQLITE_OK : SQLITE_DENY;
	case SQLITE_UPDATE:
		return a && (strcmp(a, "feedback_rate") == 0 || strcmp(a, "feedback_daily") == 0 ||
		             strcmp(a, "feedback_daily_total") == 0) ? SQLITE_OK : SQLITE_DENY;
	case SQLITE_DELETE:
		return a && strcmp(a, "feedback_rate") == 0 ? SQLITE_OK : SQLITE_DENY;
	default:
		return SQLITE_DENY;
	}
}

/* GET /feedback/_probe exists only for the tests, and only when the worker
 * was started with FRONTLINE_TEST_FAULTS=1: it tries to prepare statements
 * the public program must never run and answers one line each, "allowed"
 * or "denied", so a test proves the authorizer's refusals end to end. */
int feedback_public_probe_page(struct request *rq, struct response *rs)
{
	static const char *const attempts[] = {
		"SELECT title FROM feedback_form_versions",
		"SELECT csat FROM feedback_responses",
		"SELECT username, password_hash FROM users",
		"SELECT token_hash FROM sessions",
		"SELECT detail FROM audit",
		"SELECT contact FROM feedback_responses",
		"SELECT comment FROM feedback_responses",
		"SELECT consent_notice FROM feedback_responses",
		"SELECT tag FROM feedback_tags",
		"SELECT title FROM actions",
		"UPDATE feedback_forms SET is_open = 0",
		"DELETE FROM feedback_responses",
		"INSERT INTO audit (at, action) VALUES ('x', 'y')",
		"UPDATE users SET roles = 15",
		"PRAGMA key_file",
		"ATTACH DATABASE ':memory:' AS other",
		"CREATE TABLE stolen (x)",
		NULL
	};
	const char *enabled = getenv("FRONTLINE_TEST_FAULTS");
	struct buf out = {0};
	if (enabled == NULL || enabled[0] != '1') {
		respond_error(rq, rs, 404, "There is no page at this address.");
		return 0;
	}
	for (size_t i = 0; attempts[i]; i++) {
		sqlite3_stmt *st = NULL;
		int rc = sqlite3_prepare_v2(db_get(), attempts[i], -1, &st, NULL);
		buf_printf(&out, "%s\t%s\n", rc == SQLITE_OK ? "allowed" : "denied", attempts[i]);
		sqlite3_finalize(st);
	}
	respond_text(rs, 200, out.data ? out.data : "");
	buf_free(&out);
	return 0;
}
