/*
 * audit.c: inserts rows into the audit table (see audit.h).
 */
#include "audit.h"
#include "db.h"
#include "util.h"

enum audit_stmt { ST_AUDIT_INSERT, ST__COUNT };
static const char *const audit_sql[ST__COUNT] = {
	[ST_AUDIT_INSERT] = "INSERT INTO audit (at, user_id, username, action, target_type, "
	                    "target_id, detail, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
};
static sqlite3_stmt *audit_cache[ST__COUNT];
static struct sql_table audit_table = { audit_sql, ST__COUNT, audit_cache, NULL };

/* Inserts one audit row naming the actor; SQLITE_OK or an error. */
int audit_record_as(const struct request *rq, long long user_id,
                    const char *username, const char *action,
                    const char *target_type, long long target_id,
                    const char *detail)
{
	char when[21];
	sqlite3_stmt *st = db_stmt(&audit_table, ST_AUDIT_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, iso_utc(now_utc(), when), -1, SQLITE_TRANSIENT);
	if (user_id > 0)
		sqlite3_bind_int64(st, 2, user_id);
	sqlite3_bind_text(st, 3, username ? username : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, action, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, target_type ? target_type : "", -1, SQLITE_STATIC);
	if (target_id > 0)
		sqlite3_bind_int64(st, 6, target_id);
	if (detail == NULL)
		detail = "";
	sqlite3_bind_text(st, 7, detail, (int)utf8_prefix(detail, 500), SQLITE_STATIC);
	sqlite3_bind_text(st, 8, rq && rq->remote_addr ? rq->remote_addr : "", -1, SQLITE_STATIC);
	return db_exec_stmt(st);
}

/* Inserts one audit row for the request's signed-in user. */
int audit_record(const struct request *rq, const char *action,
                 const char *target_type, long long target_id,
                 const char *detail)
{
	const struct session *s = rq ? rq->session : NULL;
	return audit_record_as(rq, s ? s->user_id : 0, s ? s->username : "",
	                       action, target_type, target_id, detail);
}

/* Deletes through the area's statement, then audits the deletion. */
int audit_delete_by_id(void *ctx)
{
	const struct audited_delete *d = ctx;
	sqlite3_stmt *st = db_stmt(d->table, d->stmt);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, d->id);
	int rc = db_exec_changed(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(d->rq, d->action, d->entity, d->id, "");
}

/* What audit_access() records. */
struct access_audit {
	const struct request *rq;
	const char *action, *target_type, *why;
	long long target_id;
};

/* Writes one access audit row (a db_write callback). */
static int write_access(void *ctx)
{
	const struct access_audit *a = ctx;
	return audit_record(a->rq, a->action, a->target_type, a->target_id, a->why);
}

/* See audit.h. */
int audit_access(const struct request *rq, const char *action, const char *target_type,
                 long long target_id, const char *why)
{
	struct access_audit a = { rq, action, target_type, why, target_id };
	return db_write(write_access, &a);
}
