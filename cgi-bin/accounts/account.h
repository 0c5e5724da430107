/*
 * account.h: signing in and out, one's own password and sessions.
 */
#ifndef FRONTLINE_ACCOUNT_H
#define FRONTLINE_ACCOUNT_H

#include "core/route.h"

enum login_field { LOGIN_USERNAME, LOGIN_PASSWORD, LOGIN_NEXT, LOGIN__COUNT };
extern const struct field_spec login_fields[LOGIN__COUNT];

enum password_field { PASSWORD_CURRENT, PASSWORD_NEW, PASSWORD_CONFIRM, PASSWORD__COUNT };
extern const struct field_spec password_fields[PASSWORD__COUNT];

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
