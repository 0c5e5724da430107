/*
 * test_status.c: the status line's reason phrase (RFC 9110) of every
 * status the route table, the request parser and the handlers send
 * (scripts/check-statuses.sh finds them in the code and fails when one is
 * missing from status_reason()). nginx passes the phrase to the client as
 * it is, so a wrong one is what the browser sees.
 */
#include "check.h"
#include "core/server.h"

static const struct { int status; const char *reason; } sent[] = {
	{ 200, "OK" },
	{ 303, "See Other" },                /* every redirect */
	{ 400, "Bad Request" },              /* refused input, a bad request */
	{ 401, "Unauthorized" },             /* a wrong password at sign-in */
	{ 403, "Forbidden" },                /* role, Origin or CSRF refused */
	{ 404, "Not Found" },
	{ 405, "Method Not Allowed" },
	{ 409, "Conflict" },                 /* a superseded version, an action not ready to close */
	{ 411, "Length Required" },
	{ 413, "Content Too Large" },
	{ 415, "Unsupported Media Type" },
	{ 429, "Too Many Requests" },        /* throttled sign-in, feedback limit */
	{ 500, "Internal Server Error" },
	{ 503, "Service Unavailable" },
};

/* Each status has its own phrase; one never sent is "Unknown". */
static void test_reasons(void)
{
	for (size_t i = 0; i < sizeof sent / sizeof sent[0]; i++)
		CHECK_STR_EQ(status_reason(sent[i].status), sent[i].reason);
	CHECK_STR_EQ(status_reason(304), "Not Modified");
	CHECK_STR_EQ(status_reason(299), "Unknown");
	CHECK_STR_EQ(status_reason(0), "Unknown");
}

int main(void)
{
	test_reasons();
	return check_summary("test_status");
}
