/*
 * actions.h: the /actions pages: the shared action record's list, detail,
 * edit (root cause, five whys, steps, owner, due date, status), review and
 * close, and the home page's panel of open and overdue actions.
 *
 * Pages: GET /actions, GET /actions/new, POST /actions, GET /actions/{id},
 * GET/POST /actions/{id}/edit and /actions/{id}, GET/POST
 * /actions/{id}/review, POST /actions/{id}/close.
 */
#ifndef FRONTLINE_ACTIONS_H
#define FRONTLINE_ACTIONS_H

#include "core/route.h"

enum action_list_field { ALIST_STATUS, ALIST_SOURCE, ALIST_OWNER, ALIST_OVERDUE, ALIST_PAGE, ALIST__COUNT };
extern const struct field_spec action_list_fields[ALIST__COUNT];

enum action_new_field { ANEW_TITLE, ANEW_KIND, ANEW_SOURCE, ANEW_PROBLEM, ANEW_OWNER, ANEW_DUE, ANEW__COUNT };
extern const struct field_spec action_new_fields[ANEW__COUNT];

enum action_edit_field {
	AEDIT_TITLE, AEDIT_KIND, AEDIT_PROBLEM, AEDIT_ROOT_CAUSE, AEDIT_WHY_1, AEDIT_WHY_2,
	AEDIT_WHY_3, AEDIT_WHY_4, AEDIT_WHY_5, AEDIT_STEPS, AEDIT_OWNER, AEDIT_DUE, AEDIT_STATUS,
	AEDIT__COUNT
};
extern const struct field_spec action_edit_fields[AEDIT__COUNT];

enum action_review_field { AREVIEW_BASELINE, AREVIEW_RESULT, AREVIEW_REVIEW, AREVIEW__COUNT };
extern const struct field_spec action_review_fields[AREVIEW__COUNT];

int actions_page(struct request *rq, struct response *rs);
int action_new_page(struct request *rq, struct response *rs);
int action_create_submit(struct request *rq, struct response *rs);
/* The checks of the new-action form beyond its validators (the route's
 * check). */
void action_new_check(struct request *rq);
int action_create_invalid(struct request *rq, struct response *rs);
int action_page(struct request *rq, struct response *rs);
int action_edit_page(struct request *rq, struct response *rs);
int action_update_submit(struct request *rq, struct response *rs);
int action_review_page(struct request *rq, struct response *rs);
int action_review_submit(struct request *rq, struct response *rs);
int action_close_submit(struct request *rq, struct response *rs);

/* The action with its root cause, steps and review, rendered for a
 * portfolio snapshot (core/snapshot.h): 0, 1 when there is no such action,
 * -1 on error. */
int action_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

/* Adds the home page's actions panel (include ACTIONS_PANEL): the user's
 * open actions with the overdue ones marked, and for managers every
 * overdue action and the red KPI results needing attention. Returns 0,
 * or -1 when they could not be read. */
int actions_home_panel(struct page *p, struct request *rq);

#endif
