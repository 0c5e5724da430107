/*
 * store.c: the calendar, first due dates and sealed contact details of a
 * new complaint (see store.h).
 */
#include "store.h"
#include "core/caltime.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/holidays.h"

#include <string.h>

enum store_stmt { ST_CONTACT, ST_PROFILE, ST_OVERRIDE, ST__COUNT };
static const char *const store_sql[ST__COUNT] = {
	[ST_CONTACT] = "UPDATE complaints SET contact = ?2, contact_email_index = ?3, "
	               "contact_phone_index = ?4 WHERE id = ?1",
	[ST_PROFILE] = "SELECT value FROM settings WHERE key = 'complaint_profile'",
	[ST_OVERRIDE] = "SELECT coalesce(ack_days, 0), coalesce(response_days, 0) FROM complaint_categories WHERE id = ?",
};
static sqlite3_stmt *store_cache[ST__COUNT];
static struct sql_table store_table = { store_sql, ST__COUNT, store_cache, NULL };

const char *const complaint_channels[] = { "phone", "email", "letter", "in_person", "web", "social", NULL };
const char *const complaint_channel_labels[] = { "Phone", "Email", "Letter", "In person", "Web form",
	"Social media", NULL };
const char *const complaint_severities[] = { "low", "medium", "high", NULL };
const char *const complaint_severity_labels[] = { "Low", "Medium", "High", NULL };
const char *const complaint_adjustments[] = { "", "large_print", "call_back", "interpreter",
	"different_channel", "other", NULL };
const char *const complaint_adjustment_labels[] = { "None asked for", "Large print", "A call back",
	"An interpreter", "A different channel", "Other (see the note)", NULL };
const char *const complaint_decisions[] = { "upheld", "partly_upheld", "not_upheld", NULL };
const char *const complaint_decision_labels[] = { "Upheld", "Partly upheld", "Not upheld", NULL };

/* See store.h: the core's England and Wales calendar. */
int complaint_calendar(struct arena *a, struct biz_calendar *cal)
{
	return holidays_england_calendar(a, cal);
}

/* See store.h. */
int complaint_initial_dues(struct arena *a, const char *profile, const struct complaint_override *o,
                           const char *received_day, char ack[11], char response[11])
{
	struct biz_calendar cal;
	struct complaint_period ack_period, resp_period;
	long received;
	complaint_stage1_periods(complaint_profile_find(profile), o, &ack_period, &resp_period);
	if (!date_to_days(received_day, &received) || complaint_calendar(a, &cal) != 0)
		return -1;
	days_to_date(complaint_due_day(&cal, ack_period.calendar, received, ack_period.days, NULL, 0), ack);
	days_to_date(complaint_due_day(&cal, resp_period.calendar, received, resp_period.days, NULL, 0), response);
	return 0;
}

/* See store.h. */
int complaint_category_override(long long id, struct complaint_override *o)
{
	o->ack_days = o->response_days = 0;
	if (id <= 0)
		return 0;
	sqlite3_stmt *st = db_stmt(&store_table, ST_OVERRIDE);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		o->ack_days = sqlite3_column_int(st, 0);
		o->response_days = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* See store.h. */
int complaint_seal_contact(long long id, const char *email, const char *phone, struct buf *sealed,
                           char email_index[33], char phone_index[33])
{
	struct buf plain = {0};
	int rc = -1;
	if (secret_key_ensure_loaded() == 0 &&
	    buf_printf(&plain, "%s\n%s", email ? email : "", phone ? phone : "") == 0 &&
	    secret_seal(plain.data, plain.len, "complaints", "contact", id, sealed) == 0 &&
	    contact_index_hex("email", email ? email : "", email_index) == 0 &&
	    contact_index_hex("phone", phone ? phone : "", phone_index) == 0)
		rc = 0;
	if (plain.data)
		memset(plain.data, 0, plain.len);
	buf_free(&plain);
	return rc;
}

/* See store.h. */
int complaint_store_contact(long long id, const char *email, const char *phone)
{
	struct buf sealed = {0};
	char email_index[33] = "", phone_index[33] = "";
	if ((email == NULL || *email == '\0') && (phone == NULL || *phone == '\0'))
		return SQLITE_OK;
	sqlite3_stmt *st = db_stmt(&store_table, ST_CONTACT);
	int rc = SQLITE_ERROR;
	if (st == NULL || complaint_seal_contact(id, email, phone, &sealed, email_index, phone_index) != 0)
		goto done;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_blob(st, 2, sealed.data, (int)sealed.len, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, email_index, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, phone_index, -1, SQLITE_TRANSIENT);
	rc = db_exec_stmt(st);
done:
	buf_free(&sealed);
	return rc;
}

/* See store.h. */
const char *complaint_current_profile(struct arena *a)
{
	sqlite3_stmt *st = db_stmt(&store_table, ST_PROFILE);
	if (st == NULL)
		return NULL;
	int rc = sqlite3_step(st);
	const char *p = rc == SQLITE_ROW ? arena_strdup(a, complaint_profile_find(db_text(st, 0))->key) : "housing";
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? p : NULL;
}
