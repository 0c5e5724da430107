/*
 * account.h: signing in and out, one's own password and sessions.
 */
#ifndef FRONTLINE_ACCOUNT_H
#define FRONTLINE_ACCOUNT_H

#include "core/route.h"

enum account_login_field { ACCOUNT_LOGIN_USERNAME, ACCOUNT_LOGIN_PASSWORD, ACCOUNT_LOGIN_NEXT, ACCOUNT_LOGIN__COUNT };
extern const struct field_spec account_login_fields[ACCOUNT_LOGIN__COUNT];

enum account_password_field { ACCOUNT_PASSWORD_CURRENT, ACCOUNT_PASSWORD_NEW, ACCOUNT_PASSWORD_CONFIRM, ACCOUNT_PASSWORD__COUNT };
extern const struct field_spec account_password_fields[ACCOUNT_PASSWORD__COUNT];

int login_page(struct request *rq, struct response *rs);
int login_invalid(struct request *rq, struct response *rs);
int login_submit(struct request *rq, struct response *rs);
int logout_submit(struct request *rq, struct response *rs);
int account_page(struct request *rq, struct response *rs);
int password_page(struct request *rq, struct response *rs);
int password_submit(struct request *rq, struct response *rs);
/* The route's check of the password change (see route.h). */
void password_check(struct request *rq);
int sessions_page(struct request *rq, struct response *rs);
int session_end_submit(struct request *rq, struct response *rs);

#endif
