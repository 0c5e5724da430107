/*
 * routes.c: the pages of the accounts area: sign-in and sign-out, each
 * person's own account (password, sessions), and the administrators' pages
 * for accounts and the audit trail.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "account.h"
#include "users.h"
#include "core/auth.h"

static const struct route accounts_routes[] = {
	{ METHOD_GET,  "/login", ACCESS_PUBLIC, NO_FIELDS, login_page, NULL },
	{ METHOD_POST, "/login", ACCESS_PUBLIC, FIELDS(account_login_fields), login_submit, login_invalid },
	{ METHOD_POST, "/logout", ROLE_ALL, NO_FIELDS, logout_submit, NULL },
	{ METHOD_GET,  "/account", ROLE_ALL, NO_FIELDS, account_page, NULL },
	{ METHOD_GET,  "/account/password", ROLE_ALL, NO_FIELDS, password_page, NULL },
	{ METHOD_POST, "/account/password", ROLE_ALL, CHECKED_FIELDS(account_password_fields, password_check), password_submit, password_page },
	{ METHOD_GET,  "/account/sessions", ROLE_ALL, NO_FIELDS, sessions_page, NULL },
	{ METHOD_POST, "/account/sessions/{id}/end", ROLE_ALL, NO_FIELDS, session_end_submit, NULL },
	{ METHOD_GET,  "/admin/users", ROLE_ADMIN, FIELDS(account_list_fields), users_page, NULL },
	{ METHOD_GET,  "/admin/users/new", ROLE_ADMIN, NO_FIELDS, user_new_page, NULL },
	{ METHOD_POST, "/admin/users", ROLE_ADMIN, CHECKED_FIELDS(account_user_fields, user_create_check), user_create_submit, user_new_page },
	{ METHOD_GET,  "/admin/users/{id}", ROLE_ADMIN, NO_FIELDS, user_edit_page, NULL },
	{ METHOD_POST, "/admin/users/{id}", ROLE_ADMIN, CHECKED_FIELDS(account_user_fields, user_update_check), user_update_submit, user_edit_page },
	{ METHOD_POST, "/admin/users/{id}/password", ROLE_ADMIN, CHECKED_FIELDS(account_reset_fields, user_reset_check), user_reset_submit, user_edit_page },
	{ METHOD_GET,  "/admin/audit", ROLE_ADMIN, FIELDS(account_list_fields), audit_page, NULL },
};

/* The area's links in the site navigation. */
static const struct nav_link accounts_nav[] = {
	{ "/admin/users", "Users", ROLE_ADMIN },
	{ "/admin/audit", "Audit log", ROLE_ADMIN },
	{ "/account", "My account", ROLE_ALL },
};

const struct area accounts_area = { "accounts", ROUTES(accounts_routes), NAV(accounts_nav) };
