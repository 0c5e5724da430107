/*
 * public_access.c: what the public program may do in the database, as an
 * allow-list of the SQLite authorizer (core/public_access.c): read the forms, their versions and the settings; add
 * responses, their SERVQUAL answers and the rate-limit counts (and the
 * daily totals the insert trigger keeps). Reading users, sessions, the
 * audit trail, comments or contact details is refused by SQLite itself, so
 * a hole in the public program cannot leak them. A test-only page proves
 * the refusals end to end.
 */
#include "public_form.h"

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
static const struct public_read_rule readable[] = {
	{ "feedback_forms", NULL }, { "feedback_form_versions", NULL }, { "feedback_rate", NULL },
	{ "feedback_daily", NULL }, { "feedback_daily_total", NULL },
	{ "sqlite_master", NULL }, { "sqlite_schema", NULL },
	{ "settings", NULL },                       /* the organisation's name, the notice version */
	{ "feedback_responses", readable_response_columns },
	{ "feedback_tags", foreign_key_columns },   /* SQLite's foreign key checks */
	{ "feedback_servqual_answers", foreign_key_columns },
	{ NULL, NULL }
};
static const char *const insertable[] = {
	"feedback_responses", "feedback_servqual_answers", "feedback_rate", "feedback_daily",
	"feedback_daily_total", NULL
};
static const char *const updatable[] = { "feedback_rate", "feedback_daily", "feedback_daily_total", NULL };
static const char *const deletable[] = { "feedback_rate", NULL };

/* See public_form.h. Everything not named is denied (core/public_access.c). */
const struct public_allow feedback_public_allow = { readable, insertable, updatable, deletable };

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
	return public_access_probe(rq, rs, attempts);
}
