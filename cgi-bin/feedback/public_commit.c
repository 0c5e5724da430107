/*
 * public_commit.c: storing responses, several per transaction when
 * customers send them at the same moment (see public_commit.h).
 */
#include "public_commit.h"
#include "core/caltime.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SLOTS 64

/* Slot states. */
enum { SLOT_FREE, SLOT_FILLING, SLOT_READY, SLOT_DONE };

/* One worker's record waiting to be stored, and its result. */
struct slot {
	int state;                  /* accessed with __atomic builtins */
	int owner;                  /* pid of the worker waiting for it */
	struct pending_result result;
	struct pending_response record;
};

/* The shared area: one per database. */
struct slot_area {
	struct slot slots[SLOTS];
};

enum commit_stmt {
	ST_RATE_COUNT, ST_RATE_ADD, ST_RATE_PURGE, ST_NEXT_ID, ST_INSERT_RESPONSE, ST_INSERT_ANSWER,
	ST_SAVEPOINT, ST_RELEASE, ST_ROLLBACK_TO, ST__COUNT
};
static const char *const commit_sql[ST__COUNT] = {
	[ST_RATE_COUNT] = "SELECT count FROM feedback_rate WHERE addr_hash = ?1 AND hour = ?2",
	[ST_RATE_ADD] = "INSERT INTO feedback_rate (addr_hash, hour, count) VALUES (?1, ?2, 1) "
	                "ON CONFLICT (addr_hash, hour) DO UPDATE SET count = count + 1",
	[ST_RATE_PURGE] = "DELETE FROM feedback_rate WHERE hour < ?",
	[ST_NEXT_ID] = "SELECT coalesce(max(id), 0) + 1 FROM feedback_responses",
	[ST_INSERT_RESPONSE] = "INSERT INTO feedback_responses (id, form_id, form_version, submitted_at, "
	                       "day, touchpoint, csat, nps, comment, sq_e1, sq_e2, sq_e3, sq_e4, sq_e5, "
	                       "sq_p1, sq_p2, sq_p3, sq_p4, sq_p5, contact, consent_at, consent_notice) "
	                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
	                       "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
	[ST_INSERT_ANSWER] = "INSERT INTO feedback_servqual_answers (response_id, item, expectation, perception) "
	                     "VALUES (?, ?, ?, ?)",
	[ST_SAVEPOINT] = "SAVEPOINT one_response",
	[ST_RELEASE] = "RELEASE one_response",
	[ST_ROLLBACK_TO] = "ROLLBACK TO one_response",
};
static sqlite3_stmt *commit_cache[ST__COUNT];
static struct sql_table commit_table = { commit_sql, ST__COUNT, commit_cache, NULL };

/* Checks and counts the address in this hour; sets r->rate_limited when
 * it is over its limit. Returns SQLITE_OK or an error. */
static int count_address(const struct pending_response *p, struct pending_result *r,
                         const char *hour)
{
	sqlite3_stmt *st = db_stmt(&commit_table, ST_RATE_COUNT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, p->addr_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hour, -1, SQLITE_STATIC);
	int used = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	if (used >= p->hourly_limit) {
		r->rate_limited = 1;
		return SQLITE_OK;
	}
	if ((st = db_stmt(&commit_table, ST_RATE_ADD)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, p->addr_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hour, -1, SQLITE_STATIC);
	return db_exec_stmt(st);
}

/* Seals the contact details for row id and binds them at 20-22. */
static int bind_contact(sqlite3_stmt *st, const struct pending_response *p, long long id,
                        const char *now)
{
	struct buf sealed = {0};
	if (!p->has_contact)
		return SQLITE_OK;
	if (secret_key_ensure_loaded() != 0 ||
	    secret_seal(p->contact, strlen(p->contact), "feedback_responses", "contact", id, &sealed) != 0) {
		buf_free(&sealed);
		return SQLITE_ERROR;
	}
	sqlite3_bind_blob(st, 20, sealed.data, (int)sealed.len, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 21, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 22, p->notice, -1, SQLITE_TRANSIENT);
	buf_free(&sealed);
	return SQLITE_OK;
}

/* Inserts the full form's raw answers of row id. */
static int insert_answers(const struct pending_response *p, long long id)
{
	for (int i = 0; p->has_full && i < FB_SQ_ITEMS; i++) {
		sqlite3_stmt *st = db_stmt(&commit_table, ST_INSERT_ANSWER);
		if (st == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int(st, 2, i + 1);
		sqlite3_bind_int(st, 3, p->full_e[i]);
		sqlite3_bind_int(st, 4, p->full_p[i]);
		int rc = db_exec_stmt(st);
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/* Inserts one response inside the open transaction: rate limit, id,
 * the row (its contact sealed for that id) and its answers. */
static int insert_one(const struct pending_response *p, struct pending_result *r, time_t t)
{
	char now[21], hour[14], day[11];
	iso_utc(t, now);
	snprintf(hour, sizeof hour, "%.13s", now);
	london_date(t, day);
	r->rate_limited = 0;
	r->id = 0;
	int rc = count_address(p, r, hour);
	if (rc != SQLITE_OK || r->rate_limited)
		return rc;
	sqlite3_stmt *st = db_stmt(&commit_table, ST_NEXT_ID);
	if (st == NULL)
		return SQLITE_ERROR;
	r->id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (r->id <= 0 || (st = db_stmt(&commit_table, ST_INSERT_RESPONSE)) == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, r->id);
	sqlite3_bind_int64(st, 2, p->form_id);
	sqlite3_bind_int(st, 3, p->version);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, day, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, p->touchpoint, -1, SQLITE_TRANSIENT);
	if (p->csat > 0)
		sqlite3_bind_int(st, 7, p->csat);
	if (p->nps >= 0)
		sqlite3_bind_int(st, 8, p->nps);
	sqlite3_bind_text(st, 9, p->comment, -1, SQLITE_TRANSIENT);
	for (int d = 0; p->has_servqual && d < FB_SQ_DIMENSIONS; d++) {
		sqlite3_bind_double(st, 10 + d, p->e[d]);
		sqlite3_bind_double(st, 15 + d, p->p[d]);
	}
	rc = bind_contact(st, p, r->id, now);
	if (rc == SQLITE_OK)
		rc = db_exec_stmt(st);
	if (rc == SQLITE_OK)
		rc = insert_answers(p, r->id);
	if (rc == SQLITE_OK && r->id % 100 == 0 && (st = db_stmt(&commit_table, ST_RATE_PURGE)) != NULL) {
		char old[21];
		iso_utc(t - 2 * 86400, old);
		sqlite3_bind_text(st, 1, old, 13, SQLITE_TRANSIENT);
		rc = db_exec_stmt(st);
	}
	return rc;
}

/* Runs one of the savepoint statements. */
static int savepoint(enum commit_stmt which)
{
	return db_exec_stmt(db_stmt(&commit_table, which));
}

/* A batch: records and where their results go. */
struct batch {
	const struct pending_response *records[SLOTS + 1];
	struct pending_result results[SLOTS + 1];
	int count;
};

/* The transaction of a batch: each record inside its own savepoint, so
 * one that fails (it should not) is rolled back alone and told so. */
static int write_batch(void *ctx)
{
	struct batch *b = ctx;
	time_t t = now_utc();
	for (int i = 0; i < b->count; i++) {
		int rc = savepoint(ST_SAVEPOINT);
		if (rc != SQLITE_OK)
			return rc;
		rc = insert_one(b->records[i], &b->results[i], t);
		b->results[i].rc = rc;
		if (rc != SQLITE_OK) {
			b->results[i].id = 0;
			if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
				return rc;       /* retry the whole transaction */
			if (savepoint(ST_ROLLBACK_TO) != SQLITE_OK)
				return SQLITE_ERROR;
		}
		if (savepoint(ST_RELEASE) != SQLITE_OK)
			return SQLITE_ERROR;
	}
	return SQLITE_OK;
}

/* Stores a batch; on a failed commit every record is told it failed. */
static void store_batch(struct batch *b)
{
	int rc = db_write(write_batch, b);
	for (int i = 0; rc != SQLITE_OK && i < b->count; i++)
		b->results[i].rc = rc;
}

/* The writers' file beside the database ("<db>.writers", mode 0600),
 * opened once: its flock is the writers' lock and its pages, mapped
 * shared, are the slots. -1 when unavailable. */
static int lock_fd(void)
{
	static int fd = -2;
	if (fd == -2) {
		const char *db = getenv("FRONTLINE_DB");
		char path[4096];
		fd = -1;
		if (db && snprintf(path, sizeof path, "%s.writers", db) < (int)sizeof path)
			fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	}
	return fd;
}

/* Maps the slots (the writers' file, grown to size once), once; NULL
 * when unavailable. */
static struct slot_area *slot_area(void)
{
	static struct slot_area *area;
	static int tried;
	int fd = lock_fd();
	struct stat sb;
	if (tried || fd < 0)
		return area;
	tried = 1;
	if (fstat(fd, &sb) != 0 || (sb.st_size < (off_t)sizeof *area &&
	                            ftruncate(fd, (off_t)sizeof *area) != 0))
		return NULL;
	void *m = mmap(NULL, sizeof *area, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	area = m == MAP_FAILED ? NULL : m;
	return area;
}

/* Returns 1 when the process is gone (its slot may be taken back). */
static int owner_gone(int pid)
{
	return kill(pid, 0) != 0 && errno == ESRCH;
}

/* Claims a free slot; NULL when none. The owner field is the claim: 0
 * free, else the pid of the worker using it. Slots of workers that died
 * are cleaned only by the lock holder (lead_batch), so a slot is never
 * written by two processes at once. */
static struct slot *claim_slot(struct slot_area *area)
{
	int me = (int)getpid();
	for (int i = 0; i < SLOTS; i++) {
		struct slot *s = &area->slots[i];
		int owner = 0;
		if (__atomic_compare_exchange_n(&s->owner, &owner, me, 0,
		                                __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
			__atomic_store_n(&s->state, SLOT_FILLING, __ATOMIC_SEQ_CST);
			return s;
		}
	}
	return NULL;
}

/* Gives a slot back, wiping the record. */
static void free_slot(struct slot *s)
{
	sodium_memzero(&s->record, sizeof s->record);
	__atomic_store_n(&s->state, SLOT_FREE, __ATOMIC_SEQ_CST);
	__atomic_store_n(&s->owner, 0, __ATOMIC_SEQ_CST);
}

/* As the lock holder: frees the slots of workers that died, stores every
 * ready record of a live worker in one transaction and marks each done
 * with its result. */
static void lead_batch(struct slot_area *area)
{
	struct batch *b = calloc(1, sizeof *b);
	struct slot *taken[SLOTS];
	if (b == NULL)
		return;
	for (int i = 0; i < SLOTS; i++) {
		struct slot *s = &area->slots[i];
		int owner = __atomic_load_n(&s->owner, __ATOMIC_SEQ_CST);
		if (owner != 0 && owner_gone(owner)) {
			free_slot(s);        /* its worker died: nobody is waiting to tell a customer */
			continue;
		}
		if (owner == 0 || __atomic_load_n(&s->state, __ATOMIC_SEQ_CST) != SLOT_READY)
			continue;
		taken[b->count] = s;
		b->records[b->count++] = &s->record;
	}
	if (b->count > 0)
		store_batch(b);
	for (int i = 0; i < b->count; i++) {
		taken[i]->result = b->results[i];
		__atomic_store_n(&taken[i]->state, SLOT_DONE, __ATOMIC_SEQ_CST);
	}
	free(b);
}

/* Stores one record alone (no shared area or no free slot). */
static int store_alone(const struct pending_response *p, struct pending_result *r)
{
	struct batch *b = calloc(1, sizeof *b);
	if (b == NULL)
		return r->rc = SQLITE_NOMEM;
	b->records[0] = p;
	b->count = 1;
	store_batch(b);
	*r = b->results[0];
	free(b);
	return r->rc;
}

/* See public_commit.h. */
int feedback_store(const struct pending_response *p, struct pending_result *r)
{
	struct slot_area *area = slot_area();
	int fd = lock_fd();
	/* Contact details never go through the shared file: a response that
	 * has them is stored by its own worker, in its own transaction. */
	struct slot *mine = area && fd >= 0 && !p->has_contact ? claim_slot(area) : NULL;
	memset(r, 0, sizeof *r);
	if (mine == NULL) {
		int locked = fd >= 0 && flock(fd, LOCK_EX) == 0;
		store_alone(p, r);
		if (locked)
			flock(fd, LOCK_UN);
		return r->rc;
	}
	memcpy(&mine->record, p, sizeof *p);
	__atomic_store_n(&mine->state, SLOT_READY, __ATOMIC_SEQ_CST);
	while (flock(fd, LOCK_EX) != 0 && errno == EINTR)
		;
	if (__atomic_load_n(&mine->state, __ATOMIC_SEQ_CST) != SLOT_DONE)
		lead_batch(area);         /* nobody stored it yet: store every waiting one */
	if (__atomic_load_n(&mine->state, __ATOMIC_SEQ_CST) == SLOT_DONE)
		*r = mine->result;
	else
		r->rc = SQLITE_ERROR;
	free_slot(mine);
	flock(fd, LOCK_UN);
	return r->rc;
}
