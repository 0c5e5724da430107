/*
 * retention.c: erasing customer feedback's personal data when
 * its retention ends (see retention.h). Run daily with
 * `frontline-admin feedback-purge DB` (a systemd timer or cron).
 */
#include "retention.h"
#include "core/audit.h"
#include "core/db.h"
#include "core/util.h"

#include <stdio.h>

/* What one purge did. */
struct purge {
	long long contacts;
};

/* Erases expired contact details and address hashes, and audits it. */
static int write_purge(void *ctx)
{
	struct purge *p = ctx;
	char contact_limit[21], rate_limit[21];
	time_t now = now_utc();
	iso_utc(now - (time_t)FEEDBACK_CONTACT_RETENTION_DAYS * 86400, contact_limit);
	iso_utc(now - 2 * 86400, rate_limit);
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db_get(), "UPDATE feedback_responses SET contact = NULL "
	                            "WHERE contact IS NOT NULL AND consent_at < ?", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, contact_limit, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_get());
	sqlite3_finalize(st);
	p->contacts = sqlite3_changes(db_get());
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_prepare_v2(db_get(), "DELETE FROM feedback_rate WHERE hour < ?", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, rate_limit, 13, SQLITE_TRANSIENT);
	rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_get());
	sqlite3_finalize(st);
	if (rc != SQLITE_OK)
		return rc;
	char detail[64];
	snprintf(detail, sizeof detail, "%lld contact details erased", p->contacts);
	return audit_record_as(NULL, 0, "frontline-admin", "feedback.contact_purge", "feedback_response",
	                       0, detail);
}

/* See retention.h. */
int feedback_purge_expired(long long *contacts)
{
	struct purge p = { 0 };
	int rc = db_write(write_purge, &p);
	*contacts = p.contacts;
	return rc;
}

/* See retention.h. */
int feedback_contacts_past_retention(long long *count)
{
	char limit[21];
	sqlite3_stmt *st;
	iso_utc(now_utc() - (time_t)FEEDBACK_CONTACT_RETENTION_DAYS * 86400, limit);
	if (sqlite3_prepare_v2(db_get(), "SELECT count(*) FROM feedback_responses "
	                       "WHERE contact IS NOT NULL AND consent_at < ?", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, limit, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*count = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}
