/*
 * test_auth.c: the password policy and CSRF comparison of core/auth.c,
 * and route_match() of core/route.c.
 */
#include "check.h"
#include "core/auth.h"
#include "core/route.h"

#include <string.h>

/* password_policy_error on a NUL-terminated password. */
static const char *policy(const char *password, const char *username)
{
	return password_policy_error(password, strlen(password), username);
}

/* Fills out with count copies of unit (out must be big enough); returns out. */
static char *repeat_str(char *out, const char *unit, int count)
{
	out[0] = '\0';
	for (int i = 0; i < count; i++)
		strcat(out, unit);
	return out;
}

/* Length limits, counted in characters. */
static void test_password_length(void)
{
	char pw[1024];
	static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";

	CHECK_CONTAINS(policy("tqmvbzkrlxw", "ann"), "at least 12");
	CHECK_NULL(policy("tqmvbzkrlxwp", "ann"));
	for (int i = 0; i < 128; i++)
		pw[i] = letters[i % 36];
	pw[128] = '\0';
	CHECK_NULL(policy(pw, "ann"));
	pw[128] = 'x';
	pw[129] = '\0';
	CHECK_CONTAINS(policy(pw, "ann"), "at most 128");

	/* 11 two-byte letters are 22 bytes but still only 11 characters. */
	CHECK_CONTAINS(policy("\xc3\xa9\xc3\xa0\xc3\xbc\xc3\xb6\xc3\xa7\xc3\xb1"
	                      "\xc3\x9f\xc3\xb8\xc3\xa5\xc3\xa6\xc5\x93", "ann"),
	               "at least 12");
	CHECK_NULL(policy("\xc3\xa9\xc3\xa0\xc3\xbc\xc3\xb6\xc3\xa7\xc3\xb1"
	                  "\xc3\x9f\xc3\xb8\xc3\xa5\xc3\xa6\xc5\x93\xc3\xbf", "ann"));
	/* 128 characters of 2 and 3 bytes, and of 4 bytes, are fine. */
	CHECK_NULL(policy(repeat_str(pw, "\xc3\xa9\xe2\x82\xac", 64), "ann"));
	strcat(pw, "x");
	CHECK_CONTAINS(policy(pw, "ann"), "at most 128");
	CHECK_NULL(policy(repeat_str(pw, "\xf0\x9f\x98\x80\xf0\x9f\x98\x81", 64), "ann"));
	strcat(pw, "\xf0\x9f\x98\x80");
	CHECK_NOT_NULL(policy(pw, "ann"));

	/* Not text: a NUL inside, or invalid UTF-8. */
	CHECK_NOT_NULL(password_policy_error("abcdefgh\0ijklmnop", 17, "ann"));
	CHECK_NOT_NULL(policy("abcdefghijkl\xff", "ann"));
	CHECK_NOT_NULL(policy("abcdefghijkl\xc0\xaf", "ann"));
}

/* Common passwords, repeated characters and the username. */
static void test_password_guessable(void)
{
	CHECK_CONTAINS(policy("password1234", "ann"), "too common");
	CHECK_NOT_NULL(policy("PASSWORD1234", "ann"));
	CHECK_NOT_NULL(policy("Password2024!", "ann"));
	CHECK_NOT_NULL(policy("Passw0rd!!!!9", "ann"));
	CHECK_NOT_NULL(policy("correcthorsebatterystaple", "ann"));
	CHECK_NOT_NULL(policy("Frontline2026!", "ann"));
	CHECK_NOT_NULL(policy("123456789012", "ann"));
	CHECK_CONTAINS(policy("aaaaaaaaaaaaaaaa", "ann"), "too common");
	CHECK_NOT_NULL(policy("111111111111111111", "ann"));
	/* Twelve of the same character, where the character takes two bytes. */
	CHECK_NOT_NULL(policy("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	                      "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", "ann"));

	CHECK_CONTAINS(policy("my-ann-is-a-long-phrase", "ann"), "username");
	CHECK_NOT_NULL(policy("the ANN of green gables", "ann"));
	CHECK_NOT_NULL(policy("ann.lee.walks.far", "ann.lee"));

	CHECK_NULL(policy("violet kettle orbit", "ann"));
	CHECK_NULL(policy("violet kettle orbit", NULL));
	CHECK_NULL(policy("violet kettle orbit", ""));
	CHECK_NULL(policy("Sunny-Marmot-Ladder-42", "bob"));
}

/* csrf_token_matches: 64 characters, equal, NULL-safe. */
static void test_csrf(void)
{
	const char *t = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
	char same[65], other[65];
	strcpy(same, t);
	strcpy(other, t);
	other[63] = '0';
	CHECK_EQ_INT(csrf_token_matches(t, same), 1);
	CHECK_EQ_INT(csrf_token_matches(t, other), 0);
	other[63] = 'f';
	other[0] = '1';
	CHECK_EQ_INT(csrf_token_matches(t, other), 0);
	CHECK_EQ_INT(csrf_token_matches(t, "0123456789abcdef"), 0);
	same[63] = '\0';
	CHECK_EQ_INT(csrf_token_matches(t, same), 0);
	CHECK_EQ_INT(csrf_token_matches(same, same), 0);
	CHECK_EQ_INT(csrf_token_matches(t,
		"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefX"), 0);
	CHECK_EQ_INT(csrf_token_matches(t, ""), 0);
	CHECK_EQ_INT(csrf_token_matches("", ""), 0);
	CHECK_EQ_INT(csrf_token_matches(t, NULL), 0);
	CHECK_EQ_INT(csrf_token_matches(NULL, t), 0);
	CHECK_EQ_INT(csrf_token_matches(NULL, NULL), 0);
}

/* route_match: literal paths and {id} segments. */
static void test_route_match(void)
{
	struct request rq;
	memset(&rq, 0, sizeof rq);

	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/12", &rq), 1);
	CHECK_EQ_INT(rq.path_id_count, 1);
	CHECK_EQ_INT(rq.path_ids[0], 12);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/012", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/0", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/12/x", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/12/", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/12x", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/-1", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/+1", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/ 1", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/1234567890123456789", &rq), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/999999999999999999", &rq), 1);
	CHECK_EQ_INT(rq.path_ids[0], 999999999999999999LL);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/Users/12", &rq), 0);

	CHECK_EQ_INT(route_match("/a/{id}/b/{id}/edit", "/a/3/b/44/edit", &rq), 1);
	CHECK_EQ_INT(rq.path_id_count, 2);
	CHECK_EQ_INT(rq.path_ids[0], 3);
	CHECK_EQ_INT(rq.path_ids[1], 44);
	CHECK_EQ_INT(route_match("/a/{id}/b/{id}/edit", "/a/3/b/44", &rq), 0);

	CHECK_EQ_INT(route_match("/", "/", &rq), 1);
	CHECK_EQ_INT(rq.path_id_count, 0);
	CHECK_EQ_INT(route_match("/", "/x", &rq), 0);
	CHECK_EQ_INT(route_match("/login", "/login", NULL), 1);
	CHECK_EQ_INT(route_match("/login", "/login/", NULL), 0);
	CHECK_EQ_INT(route_match("/login", "/logi", NULL), 0);
	CHECK_EQ_INT(route_match("/admin/users/{id}", "/admin/users/7", NULL), 1);
}

/* Runs every test of this file. */
/* The role names come from one list, in a fixed order, joined as asked. */
static void test_role_names(void)
{
	struct buf b = {0};
	CHECK_EQ_INT(auth_role_names(ROLE_STAFF | ROLE_ADMIN, ", ", &b), 0);
	CHECK_STR_EQ(b.data ? b.data : "", "admin, staff");
	buf_reset(&b);
	CHECK_EQ_INT(auth_role_names(ROLE_ALL, "|", &b), 0);
	CHECK_STR_EQ(b.data ? b.data : "", "admin|manager|staff|assessor|iqa");
	buf_reset(&b);
	CHECK_EQ_INT(auth_role_names(ROLE_INTRANET, "|", &b), 0);
	CHECK_STR_EQ(b.data ? b.data : "", "admin|manager|staff");
	buf_reset(&b);
	CHECK_EQ_INT(auth_role_names(0, "|", &b), 0);
	CHECK(b.data == NULL || b.data[0] == '\0');
	buf_free(&b);
}

int main(void)
{
	test_role_names();
	if (!CHECK(sodium_init() >= 0))
		return check_summary("test_auth");
	test_password_length();
	test_password_guessable();
	test_csrf();
	test_route_match();
	return check_summary("test_auth");
}
