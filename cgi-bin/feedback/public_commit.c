/*
 * public_commit.c: storing responses, several per transaction when
 * customers send them at the same moment (see public_commit.h).
 */
#include "public_commit.h"
#include "core/caltime.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/public_guard.h"
#include "core/process.h"
#include "core/util.h"
#include "core/waiting.h"

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
#define AREA_MAGIC 0x32574c46u      /* "FLW2": the layout below */
#define RESERVE_RETRY_MS 5000       /* after the file's space could not be reserved */

/* Slot states: FREE, FILLING (its owner writes or withdraws it), READY
 * (waiting for a leader), TAKEN (in a leader's transaction), DONE (the
 * result is there). Owners move FREE to FILLING to READY, and READY back
 * to FILLING to withdraw; leaders move READY to TAKEN to DONE, each move
 * a compare-and-swap, so a record is either withdrawn or stored, never
 * both. */
enum { SLOT_FREE, SLOT_FILLING, SLOT_READY, SLOT_TAKEN, SLOT_DONE };

/* One worker's record waiting to be stored, and its result. */
struct slot {
	int state;                  /* accessed with __atomic builtins */
	int owner;                  /* pid of the worker waiting for it; 0: free */
	long long owner_start;      /* the owner's start time (core/process.h) */
	long long deadline;         /* the owner's write deadline (core/waiting.h) */
	struct pending_result result;
	struct pending_response record;
};

/* The shared area: one per database. */
struct slot_area {
	unsigned magic;             /* AREA_MAGIC once laid out */
	struct slot slots[SLOTS];
};

enum commit_stmt {
	ST_RATE_COUNT, ST_RATE_ADD, ST_RATE_PURGE, ST_STORED_KEY, ST_NEXT_ID, ST_INSERT_RESPONSE,
	ST_INSERT_ANSWER, ST_SAVEPOINT, ST_RELEASE, ST_ROLLBACK_TO, ST__COUNT
};
static const char *const commit_sql[ST__COUNT] = {
	[ST_RATE_COUNT] = "SELECT count FROM feedback_rate WHERE addr_hash = ?1 AND hour = ?2",
	[ST_RATE_ADD] = "INSERT INTO feedback_rate (addr_hash, hour, count) VALUES (?1, ?2, 1) "
	                "ON CONFLICT (addr_hash, hour) DO UPDATE SET count = count + 1",
	[ST_RATE_PURGE] = "DELETE FROM feedback_rate WHERE hour < ?",
	[ST_STORED_KEY] = "SELECT id FROM feedback_responses WHERE submission_key = ?",
	[ST_NEXT_ID] = "SELECT coalesce(max(id), 0) + 1 FROM feedback_responses",
	[ST_INSERT_RESPONSE] = "INSERT INTO feedback_responses (id, form_id, form_version, submitted_at, "
	                       "day, touchpoint, csat, nps, comment, sq_e1, sq_e2, sq_e3, sq_e4, sq_e5, "
	                       "sq_p1, sq_p2, sq_p3, sq_p4, sq_p5, contact, consent_at, consent_notice, "
	                       "submission_key, contact_email_index, contact_phone_index, followup_key) "
	                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
	                       "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, nullif(?26, ''))",
	[ST_INSERT_ANSWER] = "INSERT INTO feedback_servqual_answers (response_id, item, expectation, perception) "
	                     "VALUES (?, ?, ?, ?)",
	[ST_SAVEPOINT] = "SAVEPOINT one_response",
	[ST_RELEASE] = "RELEASE one_response",
	[ST_ROLLBACK_TO] = "ROLLBACK TO one_response",
};
static sqlite3_stmt *commit_cache[ST__COUNT];
static struct sql_table commit_table = { commit_sql, ST__COUNT, commit_cache, NULL };

/* Checks and counts the address in this hour (core/public_guard.c);
 * sets r->rate_limited when it is over its limit. Returns SQLITE_OK or an
 * error. */
static int count_address(const struct pending_response *p, struct pending_result *r,
                         const char *hour)
{
	return public_rate_take(db_stmt(&commit_table, ST_RATE_COUNT), db_stmt(&commit_table, ST_RATE_ADD),
	                        p->addr_hash, hour, p->hourly_limit, &r->rate_limited);
}

/* Binds the keyed hash index (core/crypto.h) of line n (0 the name, 1
 * the email, 2 the phone) of the contact details at param, unless the
 * line is empty. Returns 0 or -1. */
static int bind_contact_index(sqlite3_stmt *st, int param, const char *contact, int n,
                              const char *kind)
{
	char line[PENDING_CONTACT_BYTES], index[33];
	const char *s = contact;
	for (int i = 0; i < n && s; i++)
		s = strchr(s, '\n') ? strchr(s, '\n') + 1 : NULL;
	if (s == NULL)
		return 0;
	snprintf(line, sizeof line, "%.*s", (int)strcspn(s, "\n"), s);
	if (contact_index_hex(kind, line, index) != 0)
		return -1;
	if (index[0])
		sqlite3_bind_text(st, param, index, -1, SQLITE_TRANSIENT);
	return 0;
}

/* Seals the contact details for row id and binds them at 20-22, and
 * their email and phone indexes at 24-25 (hashed with the key that
 * seals, which the key refresh just before picked). */
static int bind_contact(sqlite3_stmt *st, const struct pending_response *p, long long id,
                        const char *now)
{
	struct buf sealed = {0};
	if (!p->has_contact)
		return SQLITE_OK;
	if (secret_key_ensure_loaded() != 0 ||
	    secret_seal(p->contact, strlen(p->contact), "feedback_responses", "contact", id, &sealed) != 0 ||
	    bind_contact_index(st, 24, p->contact, 1, "email") != 0 ||
	    bind_contact_index(st, 25, p->contact, 2, "phone") != 0) {
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
	for (int i = 0; p->has_full && i < SQ_ITEMS; i++) {
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

/* Looks the submission key up; sets r->id and r->duplicate when a
 * response with it is stored already. Returns SQLITE_OK or an error. */
static int find_stored(const struct pending_response *p, struct pending_result *r)
{
	sqlite3_stmt *st = db_stmt(&commit_table, ST_STORED_KEY);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, p->key, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		r->id = sqlite3_column_int64(st, 0);
		r->duplicate = 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Inserts one response inside the open transaction, unless its key is
 * stored already (then it is that response, and nothing is counted):
 * rate limit, id, the row (its contact sealed for that id) and its
 * answers. */
static int insert_one(const struct pending_response *p, struct pending_result *r, time_t t)
{
	char now[21], hour[14], day[11];
	iso_utc(t, now);
	public_rate_hour(t, hour);
	london_date(t, day);
	r->rate_limited = 0;
	r->duplicate = 0;
	r->id = 0;
	int rc = find_stored(p, r);
	if (rc != SQLITE_OK || r->duplicate)
		return rc;
	rc = count_address(p, r, hour);
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
	for (int d = 0; p->has_servqual && d < SQ_DIMENSIONS; d++) {
		sqlite3_bind_double(st, 10 + d, p->e[d]);
		sqlite3_bind_double(st, 15 + d, p->p[d]);
	}
	sqlite3_bind_text(st, 23, p->key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 26, p->followup, -1, SQLITE_TRANSIENT);
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

/* Stores a batch; on a failed commit every record is told it failed.
 * Returns the commit's result. */
static int store_batch(struct batch *b)
{
	int rc = db_write(write_batch, b);
	for (int i = 0; rc != SQLITE_OK && i < b->count; i++)
		b->results[i].rc = rc;
	return rc;
}

/* Only with FRONTLINE_TEST_FAULTS=1, for the test of a leader that dies
 * after its commit: returns 1 when the record's comment asks for it. */
static int fault_leader_dies(const struct pending_response *p)
{
	const char *faults = getenv("FRONTLINE_TEST_FAULTS");
	return faults && strcmp(faults, "1") == 0 &&
	       strcmp(p->comment, FEEDBACK_FAULT_LEADER_DIES) == 0;
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

/* Takes the writers' lock without a time limit (a leader holding it is
 * itself bounded by the deadlines of the records it stores). */
static void lock_writers(int fd)
{
	while (flock(fd, LOCK_EX) != 0 && errno == EINTR)
		;
}

/* Lays the area out the first time anyone maps it (a new file is all
 * zeros; a file of another layout is wiped), under the writers' lock. */
static void lay_out(struct slot_area *area, int fd)
{
	if (__atomic_load_n(&area->magic, __ATOMIC_SEQ_CST) == AREA_MAGIC)
		return;
	lock_writers(fd);
	if (__atomic_load_n(&area->magic, __ATOMIC_SEQ_CST) != AREA_MAGIC) {
		memset(area->slots, 0, sizeof area->slots);
		__atomic_store_n(&area->magic, AREA_MAGIC, __ATOMIC_SEQ_CST);
	}
	flock(fd, LOCK_UN);
}

/* Makes sure every block of the first size bytes of the file is on disk
 * (a file already whole is left alone). fallocate() rather than
 * posix_fallocate(): where the filesystem cannot reserve space, glibc's
 * emulation would write zeros into slots other workers are using.
 * Returns 0 or an errno value. */
static int reserve(int fd, off_t size)
{
	struct stat sb;
	if (fstat(fd, &sb) != 0)
		return errno;
	if (sb.st_size >= size && (long long)sb.st_blocks * 512 >= (long long)size)
		return 0;
	return fallocate(fd, 0, 0, size) == 0 ? 0 : errno;
}

/* Maps the slots, reserving the file's space on disk first: a page of a
 * sparse file written through a shared mapping on a full disk kills the
 * process with SIGBUS, where reserving the space simply fails. Without
 * the space (a full disk), the worker stores its responses alone (a full
 * disk then answers 503) and tries again a few seconds later. NULL when
 * unavailable. */
static struct slot_area *slot_area(void)
{
	static struct slot_area *area;
	static long long next_try;
	int fd = lock_fd();
	long long now = waiting_now_ms();
	if (area || fd < 0 || now < next_try)
		return area;
	next_try = now + RESERVE_RETRY_MS;
	int e = reserve(fd, (off_t)sizeof *area);
	if (e != 0) {
		char id[9];
		log_error(id, "feedback: cannot reserve the writers' file (%s); storing responses one "
		          "at a time", strerror(e));
		return NULL;
	}
	void *m = mmap(NULL, sizeof *area, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (m == MAP_FAILED)
		return NULL;
	area = m;
	lay_out(area, fd);
	return area;
}

/* This worker's start time, read once. */
static long long my_start_time(void)
{
	static long long start = -2;
	if (start == -2)
		start = process_start_time((int)getpid());
	return start;
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
			__atomic_store_n(&s->owner_start, my_start_time(), __ATOMIC_SEQ_CST);
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
	__atomic_store_n(&s->owner_start, 0, __ATOMIC_SEQ_CST);
	__atomic_store_n(&s->state, SLOT_FREE, __ATOMIC_SEQ_CST);
	__atomic_store_n(&s->owner, 0, __ATOMIC_SEQ_CST);
}

/* Moves a slot from one state to another if it is in the first; returns
 * 1 when it was. */
static int move_slot(struct slot *s, int from, int to)
{
	return __atomic_compare_exchange_n(&s->state, &from, to, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

/* Returns 1 when the slot's owner has ended. A start time of 0 means the
 * owner has claimed the slot and not yet written it: then only a pid that
 * is no live process (gone, or a zombie) counts as gone. */
static int owner_gone(int owner, long long start)
{
	return start ? process_gone(owner, start) : process_start_time(owner) < 0;
}

/* As the lock holder, picks up one slot for the batch: frees it when its
 * worker is gone (the customer got an error and a resubmission carries
 * the same key), puts a record a dead leader had taken back in line (its
 * key keeps it from being stored twice), and takes a ready one. Returns
 * 1 when the slot joins the batch. */
static int take_slot(struct slot *s)
{
	int owner = __atomic_load_n(&s->owner, __ATOMIC_SEQ_CST);
	if (owner == 0)
		return 0;
	if (owner_gone(owner, __atomic_load_n(&s->owner_start, __ATOMIC_SEQ_CST))) {
		free_slot(s);
		return 0;
	}
	/* TAKEN seen by the lock holder: the leader that took it died before
	 * handing out the results (leaders hold the lock from TAKEN to DONE). */
	move_slot(s, SLOT_TAKEN, SLOT_READY);
	return move_slot(s, SLOT_READY, SLOT_TAKEN);
}

/* As the lock holder: stores every ready record of a live worker in one
 * transaction, never waiting past the earliest of their deadlines, and
 * marks each done with its result. */
static void lead_batch(struct slot_area *area)
{
	struct batch *b = calloc(1, sizeof *b);
	struct slot *taken[SLOTS];
	int dies = 0;
	if (b == NULL)
		return;
	for (int i = 0; i < SLOTS; i++) {
		struct slot *s = &area->slots[i];
		if (!take_slot(s))
			continue;
		waiting_deadline_at_most(s->deadline);
		taken[b->count] = s;
		b->records[b->count++] = &s->record;
	}
	if (b->count > 0 && store_batch(b) == SQLITE_OK)
		for (int i = 0; i < b->count; i++)
			dies |= fault_leader_dies(b->records[i]) && !b->results[i].duplicate;
	if (dies)
		raise(SIGKILL);           /* committed, nobody told: the replay's test */
	for (int i = 0; i < b->count; i++) {
		taken[i]->result = b->results[i];
		__atomic_store_n(&taken[i]->state, SLOT_DONE, __ATOMIC_SEQ_CST);
	}
	free(b);
}

/* Takes the writers' lock if it is free, else waits for it as long as the
 * request may (core/waiting.h); returns 0 when held, -1 when the wait ran
 * out (logged). */
static int lock_writers_in_time(int fd)
{
	char id[9];
	if (flock(fd, LOCK_EX | LOCK_NB) == 0)
		return 0;
	if (waiting_lock_file(fd, waiting_limit_ms(waiting_now_ms())) == 0)
		return 0;
	log_error(id, "feedback: the writers' lock stayed taken for as long as a request may "
	          "wait; the response was not stored");
	return -1;
}

/* Stores one record alone (no shared area, no free slot, or contact
 * details), under the writers' lock. */
static int store_alone(const struct pending_response *p, struct pending_result *r, int fd)
{
	struct batch *b;
	if (fd >= 0 && lock_writers_in_time(fd) != 0)
		return r->rc = SQLITE_BUSY;
	if ((b = calloc(1, sizeof *b)) == NULL) {
		r->rc = SQLITE_NOMEM;
	} else {
		b->records[0] = p;
		b->count = 1;
		store_batch(b);
		*r = b->results[0];
		free(b);
	}
	if (fd >= 0)
		flock(fd, LOCK_UN);
	return r->rc;
}

/* Waits for the writers' lock with a record in a slot; when the wait
 * runs out, withdraws the record (nothing stored: returns -1) unless a
 * leader has taken it already, in which case it waits for that leader
 * to finish. Returns 0 holding the lock. */
static int lock_writers_with_slot(struct slot *mine, int fd)
{
	if (lock_writers_in_time(fd) == 0)
		return 0;
	if (move_slot(mine, SLOT_READY, SLOT_FILLING))
		return -1;
	lock_writers(fd);
	return 0;
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
		store_alone(p, r, fd);
		waiting_seat_release();
		return r->rc;
	}
	memcpy(&mine->record, p, sizeof *p);
	mine->deadline = waiting_deadline_ms();
	__atomic_store_n(&mine->state, SLOT_READY, __ATOMIC_SEQ_CST);
	if (lock_writers_with_slot(mine, fd) != 0) {
		free_slot(mine);
		waiting_seat_release();
		return r->rc = SQLITE_BUSY;
	}
	if (__atomic_load_n(&mine->state, __ATOMIC_SEQ_CST) != SLOT_DONE) {
		if (fault_leader_dies(p))
			waiting_sleep_ms(300);    /* let others queue behind this leader */
		lead_batch(area);         /* nobody stored it yet: store every waiting one */
	}
	if (__atomic_load_n(&mine->state, __ATOMIC_SEQ_CST) == SLOT_DONE)
		*r = mine->result;
	else
		r->rc = SQLITE_ERROR;
	free_slot(mine);
	flock(fd, LOCK_UN);
	waiting_seat_release();
	return r->rc;
}
