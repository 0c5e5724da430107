/*
 * public_access.c: the complaint form's allow-list in the public
 * program's authorizer (core/public_access.c): read the bank holidays
 * and settings (for the acknowledgement clock), look a complaint up by
 * its submission key (its id and acknowledgement date only), and insert
 * complaints and rate-limit counts. Reading a complaint's customer, story
 * or contact details, or changing a complaint, is refused by SQLite.
 */
#include "public_form.h"

static const char *const complaint_columns[] = { "", "id", "submission_key", "ack_due", NULL };
static const char *const holiday_columns[] = { "day", "region", NULL };
/* The parent keys SQLite reads itself to check a new complaint's foreign
 * keys (its category, owner, creator, handlers: all NULL from this form). */
static const char *const key_columns[] = { "id", NULL };
static const struct public_read_rule readable[] = {
	{ "bank_holidays", holiday_columns },
	{ "settings", NULL },
	{ "complaint_rate", NULL },
	{ "complaints", complaint_columns },
	{ "complaint_categories", key_columns },
	{ "users", key_columns },
	{ "sqlite_master", NULL }, { "sqlite_schema", NULL },
	{ NULL, NULL }
};
static const char *const insertable[] = { "complaints", "complaint_rate", NULL };
static const char *const updatable[] = { "complaint_rate", NULL };
static const char *const deletable[] = { "complaint_rate", NULL };

const struct public_allow complaint_public_allow = { readable, insertable, updatable, deletable };

/* GET /complaint/_probe (FRONTLINE_TEST_FAULTS=1 only): what the public
 * program must never do to complaints, each "allowed" or "denied". */
int complaint_public_probe(struct request *rq, struct response *rs)
{
	static const char *const attempts[] = {
		"SELECT ack_due FROM complaints",
		"SELECT customer_name FROM complaints",
		"SELECT contact FROM complaints",
		"SELECT what_happened FROM complaints",
		"SELECT done_text FROM complaint_steps",
		"SELECT reason FROM complaint_pauses",
		"UPDATE complaints SET status = 'closed'",
		"DELETE FROM complaints",
		"SELECT username FROM users",
		"SELECT password_hash FROM users",
		"SELECT title FROM actions",
		NULL
	};
	return public_access_probe(rq, rs, attempts);
}
