/*
 * public_commit.h: storing public form responses, with group commit.
 *
 * A response is first turned into a plain record (no pointers), so that
 * whichever public worker holds the writers' lock can store it. Workers
 * put their records in slots of a small file beside the database
 * ("<db>.writers", mode 0600, mapped shared) and take the lock (an flock
 * on that file); the holder stores every record waiting in the slots in
 * ONE transaction, committed with synchronous=FULL, and hands each worker
 * its result. A worker answers its customer only after the transaction
 * holding its record committed, so a "thank you" is never followed by a
 * lost response; one fsync simply covers several customers at busy
 * moments. Records with contact details never enter the shared file:
 * their worker stores them alone (so contact details touch the disk only
 * sealed). Without the file (or the disk space to reserve it), or when
 * its slots are full, a worker stores its own record alone too.
 *
 * Every record carries the submission key of its form page, unique in
 * the table: storing a key already stored stores nothing and answers with
 * the response that has it. So a leader that dies after its COMMIT, whose
 * records the next leader stores again, and a customer who sends the form
 * again after an error, still store each response once.
 *
 * Waiting for the lock and the database stays within the request's
 * budget (core/waiting.h); a record whose wait runs out before a leader
 * took it is withdrawn and its customer told nothing was saved.
 */
#ifndef FRONTLINE_FEEDBACK_COMMIT_H
#define FRONTLINE_FEEDBACK_COMMIT_H

#include "calc.h"

#define PENDING_COMMENT_BYTES (2000 * 4 + 1)
#define PENDING_CONTACT_BYTES 1024

/* One response as it will be stored. */
struct pending_response {
	long long form_id;
	int version;
	char touchpoint[16];
	int csat;                         /* 1-5, 0: not asked */
	int nps;                          /* 0-10, -1: not asked */
	char comment[PENDING_COMMENT_BYTES];
	int has_servqual;
	double e[SQ_DIMENSIONS], p[SQ_DIMENSIONS];
	int has_full;                     /* the 22 raw answers below */
	unsigned char full_e[SQ_ITEMS], full_p[SQ_ITEMS];
	int has_contact;
	char contact[PENDING_CONTACT_BYTES]; /* "name\nemail\nphone", sealed when stored */
	char notice[32];                  /* privacy notice version of the consent */
	char addr_hash[33];               /* keyed hash of the sender's address */
	char key[33];                     /* the submission key: 32 hex digits */
	char followup[33];                /* a complaint's follow-up key, or "" */
	int hourly_limit;
};

/* What became of it. */
struct pending_result {
	int rc;              /* SQLITE_OK when stored (or refused for the limit) */
	int rate_limited;    /* 1: the address used up its hour; nothing stored */
	int duplicate;       /* 1: the key was stored already; id is that response */
	long long id;        /* the new response's id */
};

/* A comment that, with FRONTLINE_TEST_FAULTS=1 only, makes the leader
 * storing it pause (so others queue behind it) and die right after its
 * COMMIT, before telling anyone: the test of the replay. */
#define FEEDBACK_FAULT_LEADER_DIES "fault: the leader dies after its commit"

/* Stores the response (see the top). Returns rc as in the result. */
int feedback_store(const struct pending_response *p, struct pending_result *r);

#endif
