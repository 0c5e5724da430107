/*
 * internal.h: helpers the portfolio's page files share (common.c).
 */
#ifndef FRONTLINE_PORTFOLIO_INTERNAL_H
#define FRONTLINE_PORTFOLIO_INTERNAL_H

#include "portfolio.h"

/* Largest uploaded file, and the criteria a learner may be enrolled on. */
#define PORTFOLIO_FILE_MAX (4 << 20)
#define PORTFOLIO_MAX_CRITERIA 400

/* 1 when user_id is enrolled (has a pf_learners row), 0 when not, -1 on error. */
int portfolio_is_learner(long long user_id);
/* Answers 403 "not enrolled" for the signed-in user; returns 0. */
int portfolio_not_enrolled(struct request *rq, struct response *rs);
/* The media type of a file from its first bytes (PDF, PNG, JPEG), or NULL. */
const char *portfolio_media_type(const unsigned char *data, size_t len);
/* The folder uploaded files are kept in: "<database>.files", beside the
 * database and outside the web root, in the arena. */
const char *portfolio_files_dir(struct arena *a);
/* Adds CRITERION rows (ID, REF, TEXT, UNIT, SELECTED) for every criterion
 * of the units learner_id is enrolled on to section in d, selected being
 * the one chosen (0: none). Returns the number added, or -1 on error. */
int portfolio_criterion_options(struct request *rq, tpl_dict *d, const char *section,
                                long long learner_id, long long selected);
/* Adds rows of a <select> of active colleagues (not user_id) to d as
 * section (ID, NAME, SELECTED). Returns 0 or -1. */
int portfolio_people_options(tpl_dict *d, const char *section, long long not_user, long long selected,
                             unsigned roles);
/* Adds the evidence form's picker to d: a PICK_KIND row per product kind
 * (LABEL) with its latest records, months or weeks as PICK rows (HREF:
 * the form pre-filled, WORDS). Returns 0 or -1. */
int portfolio_picker(struct request *rq, tpl_dict *d);
/* Sends the file stored as stored_name with its media type and name;
 * returns 0, or -1 when it cannot be read. */
int portfolio_send_file(struct request *rq, struct response *rs, const char *stored_name,
                        const char *media_type, const char *filename);

#endif
