/*
 * submit.h: the write that freezes a unit's submission (submit.c), for
 * the page, the demo and the unit tests.
 */
#ifndef FRONTLINE_PORTFOLIO_SUBMIT_H
#define FRONTLINE_PORTFOLIO_SUBMIT_H

#include "core/http.h"

/* What submitting a unit needs and gives back. */
struct portfolio_submit {
	struct request *rq;        /* for the audit row; NULL: none (demo, tests) */
	long long learner_id, unit_id;
	const char *at;            /* the submission time; NULL: now */
	long long submission_id;   /* set */
	int snapshots;             /* set: how many were frozen */
	const char *refused;       /* set with SQLITE_CONSTRAINT: why */
};

/* A db_write() callback (ctx: struct portfolio_submit): creates the
 * submission and its snapshots. Returns SQLITE_OK, SQLITE_CONSTRAINT with
 * refused set (a submission is already waiting, or nothing is mapped), or
 * an error. */
int portfolio_write_submission(void *ctx);

#endif
