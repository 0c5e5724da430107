/*
 * audit.h: the audit trail: who did what, to what, when and from where.
 * Never pass a password, a token or the contents of a form as detail.
 */
#ifndef FRONTLINE_AUDIT_H
#define FRONTLINE_AUDIT_H

#include "http.h"

/* Records an action by the request's signed-in user (or nobody). Call it
 * inside the db_write() of the change it describes, so both land or
 * neither does. Returns SQLITE_OK or an error. */
int audit_record(const struct request *rq, const char *action,
                 const char *target_type, long long target_id,
                 const char *detail);

/* Like audit_record() but names the actor explicitly (used at sign-in,
 * before the request has a session, and by the admin command). */
int audit_record_as(const struct request *rq, long long user_id,
                    const char *username, const char *action,
                    const char *target_type, long long target_id,
                    const char *detail);

/* Records that the request's user viewed or exported personal data
 * (who and when come from the request; why is the purpose, "subject
 * access request 12"), in a transaction of its own: call it before the
 * page shows the data, and show nothing when it fails. Other areas call
 * it for their views of contact details, coaching logs or portfolios
 * (action "<area>.<thing>_viewed"); a person's subject-access bundle
 * lists these rows. Returns SQLITE_OK or the error. */
int audit_access(const struct request *rq, const char *action, const char *target_type,
                 long long target_id, const char *why);

struct sql_table;

/* What audit_delete_by_id deletes, and the audit row it writes. */
struct audited_delete {
	const struct request *rq;
	struct sql_table *table;
	size_t stmt;                 /* a DELETE taking the id as its one parameter */
	long long id;
	const char *action, *entity; /* audit action and entity type */
};

/* A db_write() callback (ctx: struct audited_delete): deletes row id and
 * audits it. Returns SQLITE_OK, SQLITE_NOTFOUND when there was no such
 * row (nothing audited), or the error. */
int audit_delete_by_id(void *ctx);

#endif
