/*
 * users.h: administrators manage accounts and read the audit trail.
 */
#ifndef FRONTLINE_USERS_H
#define FRONTLINE_USERS_H

#include "core/route.h"

enum user_field {
	USER_USERNAME, USER_DISPLAY_NAME, USER_EMAIL, USER_JOB_TITLE, USER_TEAM,
	USER_ROLE_ADMIN, USER_ROLE_MANAGER, USER_ROLE_STAFF, USER_ROLE_ASSESSOR,
	USER_DISABLED, USER_PASSWORD, USER__COUNT
};
extern const struct field_spec user_fields[USER__COUNT];

enum reset_field { RESET_PASSWORD, RESET__COUNT };
extern const struct field_spec reset_fields[RESET__COUNT];

/* Query fields of the list pages. */
enum list_field { LIST_QUERY, LIST_PAGE, LIST_USER, LIST__COUNT };
extern const struct field_spec list_fields[LIST__COUNT];

int users_page(struct request *rq, struct response *rs);
int user_new_page(struct request *rq, struct response *rs);
int user_create_submit(struct request *rq, struct response *rs);
int user_edit_page(struct request *rq, struct response *rs);
int user_update_submit(struct request *rq, struct response *rs);
int user_reset_submit(struct request *rq, struct response *rs);
int audit_page(struct request *rq, struct response *rs);

/* The routes' checks (see route.h) of a new account, an edited account
 * and a password reset. */
void user_create_check(struct request *rq);
void user_update_check(struct request *rq);
void user_reset_check(struct request *rq);

/* Writes the demo organisation, its teams and accounts (each with the
 * password hash given) and a week of sign-ins (demo.c); SQLITE_OK or the
 * error. */
int accounts_demo_write(const char *password_hash);

/* The pages of the area (routes.c). */
extern const struct area accounts_area;

#endif
