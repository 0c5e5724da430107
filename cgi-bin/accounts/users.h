/*
 * users.h: administrators manage accounts and read the audit trail.
 */
#ifndef FRONTLINE_USERS_H
#define FRONTLINE_USERS_H

#include "core/route.h"

enum account_user_field {
	ACCOUNT_USER_USERNAME, ACCOUNT_USER_DISPLAY_NAME, ACCOUNT_USER_EMAIL, ACCOUNT_USER_JOB_TITLE, ACCOUNT_USER_TEAM,
	ACCOUNT_USER_ROLE_ADMIN, ACCOUNT_USER_ROLE_MANAGER, ACCOUNT_USER_ROLE_STAFF, ACCOUNT_USER_ROLE_ASSESSOR, ACCOUNT_USER_ROLE_IQA,
	ACCOUNT_USER_DISABLED, ACCOUNT_USER_PASSWORD, ACCOUNT_USER__COUNT
};
extern const struct field_spec account_user_fields[ACCOUNT_USER__COUNT];

enum account_reset_field { ACCOUNT_RESET_PASSWORD, ACCOUNT_RESET__COUNT };
extern const struct field_spec account_reset_fields[ACCOUNT_RESET__COUNT];

/* Query fields of the list pages. */
enum account_list_field { ACCOUNT_LIST_QUERY, ACCOUNT_LIST_PAGE, ACCOUNT_LIST_USER, ACCOUNT_LIST__COUNT };
extern const struct field_spec account_list_fields[ACCOUNT_LIST__COUNT];

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
