/*
 * server.c: worker start-up and the FastCGI accept loop (see server.h).
 */
#include "server.h"
#include "db.h"
#include "tpl.h"
#include "util.h"
#include "waiting.h"

#include <fcgiapp.h>
#include <malloc.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t in_request;      /* a request is being served */
static volatile sig_atomic_t stop_requested;  /* leave after this request */
static const char *start_problem;   /* why the worker cannot serve pages, or NULL */
static long long next_open_attempt; /* when to try opening the database again */

/* Reason phrases (RFC 9110) for the statuses Frontline sends: nginx
 * passes the FastCGI Status line to the client as it is, so a status
 * missing here reaches the browser as "Unknown" (scripts/check-statuses.sh
 * fails when the code sends one). */
const char *status_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 411: return "Length Required";
	case 413: return "Content Too Large";
	case 415: return "Unsupported Media Type";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default: return "Unknown";
	}
}

/* Stops an idle worker now; a busy one finishes its request first. */
static void on_stop_signal(int sig)
{
	(void)sig;
	if (!in_request)
		_exit(0);
	stop_requested = 1;
}

/* Installs the stop handlers (with SA_RESTART so an in-flight request's
 * reads and writes are not cut short) and ignores SIGPIPE. */
static void install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);   /* Debian's multiwatch sends QUIT for "-s TERM" */
	sigaction(SIGUSR1, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGXFSZ, SIG_IGN);        /* a file size limit is an error to report, not a crash */
}

/* Reads the body from the FastCGI stream. */
static size_t fcgi_read(void *ctx, char *dst, size_t want)
{
	FCGX_Stream *in = ctx;
	size_t got = 0;
	while (got < want) {
		int n = FCGX_GetStr(dst + got, (int)(want - got), in);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	return got;
}

/* Collects the parameters the parser needs from the FastCGI environment. */
static void fcgi_params(FCGX_ParamArray env, struct request_params *p)
{
	p->method = FCGX_GetParam("REQUEST_METHOD", env);
	p->path = FCGX_GetParam("DOCUMENT_URI", env);
	p->query = FCGX_GetParam("QUERY_STRING", env);
	p->cookie = FCGX_GetParam("HTTP_COOKIE", env);
	p->content_type = FCGX_GetParam("CONTENT_TYPE", env);
	p->content_length = FCGX_GetParam("CONTENT_LENGTH", env);
	p->remote_addr = FCGX_GetParam("REMOTE_ADDR", env);
	p->host = FCGX_GetParam("HTTP_HOST", env);
	p->origin = FCGX_GetParam("HTTP_ORIGIN", env);
	p->referer = FCGX_GetParam("HTTP_REFERER", env);
	p->user_agent = FCGX_GetParam("HTTP_USER_AGENT", env);
	p->https = FCGX_GetParam("HTTPS", env);
}

/* Arms the step fault the request asks for with the header
 * X-Frontline-Step-Fault: N (fail after N rows), or disarms it.
 * db_fail_step_after() refuses unless FRONTLINE_TEST_FAULTS=1, so in
 * production the header does nothing. */
static void arm_step_fault(FCGX_ParamArray env)
{
	const char *rows = FCGX_GetParam("HTTP_X_FRONTLINE_STEP_FAULT", env);
	char *end;
	long n = rows ? strtol(rows, &end, 10) : -1;
	db_fail_step_after(rows && end != rows && *end == '\0' ? n : -1);
}

/* Parses and routes one request into rs. A worker that could not start
 * answers every request 503 with the reason, as plain text (its
 * templates may be what is missing). */
void server_handle(const struct program *prog, const struct request_params *params,
                   body_reader read_body, void *ctx, struct request *rq,
                   struct response *rs)
{
	response_reset(rs);
	if (start_problem) {
		respond_text(rs, 503, "");
		buf_printf(&rs->body, "unavailable: %s\n", start_problem);
		return;
	}
	enum http_error e = request_parse(rq, params, read_body, ctx);
	if (e != HTTP_OK) {
		respond_error(rq, rs, http_error_status(e), http_strerror(e));
		if (e == HTTP_ERR_TOO_LARGE || e == HTTP_ERR_BAD_LENGTH)
			respond_header(rs, "Connection", "close");
		return;
	}
	route_dispatch(prog->areas, prog->area_count, rq, rs);
}

/* Writes status, headers and (unless HEAD) body to the client. */
static void write_response(FCGX_Stream *out, const struct request *rq,
                           const struct response *rs)
{
	char head[512];
	int n = snprintf(head, sizeof head, "Status: %d %s\r\nContent-Type: %s\r\n"
	                 "Cache-Control: no-store\r\nContent-Length: %zu\r\n",
	                 rs->status, status_reason(rs->status), rs->content_type,
	                 rs->body.len);
	FCGX_PutStr(head, n, out);
	if (rs->headers.len)
		FCGX_PutStr(rs->headers.data, (int)rs->headers.len, out);
	FCGX_PutS("\r\n", out);
	if (rq->method != METHOD_HEAD && rs->body.len)
		FCGX_PutStr(rs->body.data, (int)rs->body.len, out);
}

/* Gathers the navigation links of the program's areas, in order, into one
 * array for the layout; returns 0, or -1 when out of memory. */
static int navigation_start(const struct program *prog)
{
	size_t count = 0, at = 0;
	for (size_t a = 0; a < prog->area_count; a++)
		count += prog->areas[a]->nav_count;
	if (count == 0)
		return 0;
	struct nav_link *links = calloc(count, sizeof *links);
	if (links == NULL)
		return -1;
	for (size_t a = 0; a < prog->area_count; a++)
		for (size_t i = 0; i < prog->areas[a]->nav_count; i++)
			links[at++] = prog->areas[a]->nav[i];
	page_set_navigation(links, count);   /* kept for the worker's life */
	return 0;
}

/* Opens the database unless it is open and its file still in place: a
 * database moved, renamed over or deleted since it was opened is closed
 * and opened again from its path (SQLite would go on with the old file).
 * While it cannot be opened, tries again at most once a second, when a
 * request comes; meanwhile pages answer 503 and /healthz says why. */
static void database_check(const struct program *prog)
{
	const char *path = getenv("FRONTLINE_DB");
	long long now = waiting_now_ms();
	if (db_get() && !db_file_moved())
		return;
	if (db_get()) {
		log_info("the database file %s was moved or deleted: opening it again", path);
		db_close();
		next_open_attempt = now;         /* (not 0: the reopening is logged) */
	}
	if (now < next_open_attempt)
		return;
	sqlite3 *db = prog->open_database(path);
	if (db == NULL) {
		next_open_attempt = now + 1000;
		return;
	}
	db_set(db);
	if (next_open_attempt != 0)
		log_info("%s worker %d: the database is open again", prog->name, (int)getpid());
	next_open_attempt = 0;
}

/* The number of workers of this program (FRONTLINE_WORKERS, as run.sh and
 * the systemd units start them), for the waiting seats. */
static int worker_count(void)
{
	const char *env = getenv("FRONTLINE_WORKERS");
	long n = env ? strtol(env, NULL, 10) : 0;
	return n > 0 && n < 10000 ? (int)n : WAIT_DEFAULT_WORKERS;
}

/* Gives the program's workers their waiting seats, in a file beside the
 * database named after the program ("<db>.waiting-intranet"). */
static void seats_start(const struct program *prog, const char *db_path)
{
	char path[4096];
	if (snprintf(path, sizeof path, "%s.waiting-%s", db_path, prog->name) < (int)sizeof path)
		waiting_set_seats(path, worker_count());
}

/* Prepares the worker: libsodium, navigation, templates, waiting seats
 * and database (no time zone: core/caltime knows Europe/London's rule). Returns 0, or -1 with start_problem set;
 * a database that cannot be opened is not a failure here (see
 * database_check). */
static int worker_start(const struct program *prog)
{
	const char *db_path = getenv("FRONTLINE_DB");
	const char *templates = getenv("FRONTLINE_TEMPLATES");
	char id[9];
	/* Large pages (a week's rota) would otherwise be mmap'd and unmapped,
	 * or the heap trimmed, on every request: page faults cost more than
	 * building the page. Keep up to 8 MiB for reuse. */
	mallopt(M_MMAP_THRESHOLD, 4 << 20);
	mallopt(M_TRIM_THRESHOLD, 8 << 20);
	if (sodium_init() < 0)
		start_problem = "libsodium failed to initialise";
	else if (db_path == NULL || templates == NULL)
		start_problem = "FRONTLINE_DB and FRONTLINE_TEMPLATES must be set";
	else if (navigation_start(prog) < 0)
		start_problem = "out of memory for the navigation";
	else if (tpl_load_all(templates) < 0)
		start_problem = "the templates failed to load";
	if (start_problem) {
		log_error(id, "%s worker %d cannot start: %s; answering 503", prog->name,
		          (int)getpid(), start_problem);
		return -1;
	}
	seats_start(prog, db_path);
	database_check(prog);
	if (db_get() == NULL)
		log_error(id, "%s worker %d: the database %s cannot be opened (%s); answering 503 "
		          "until it can", prog->name, (int)getpid(), db_path, db_open_problem());
	return 0;
}

/* The accept loop. */
int server_run(const struct program *prog)
{
	FCGX_Request req;
	struct request rq;
	struct response rs;
	install_signals();
	/* A worker that cannot start stays up and answers 503 with the
	 * reason: exiting would only make multiwatch start it again and
	 * again, and give up. */
	worker_start(prog);
	if (FCGX_Init() != 0 || FCGX_InitRequest(&req, 0, 0) != 0)
		return 1;
	memset(&rs, 0, sizeof rs);
	log_info("%s worker %d ready", prog->name, (int)getpid());
	while (!stop_requested) {
		if (FCGX_Accept_r(&req) < 0)
			break;
		in_request = 1;
		struct request_params params = {0};
		fcgi_params(req.envp, &params);
		arm_step_fault(req.envp);
		memset(&rq, 0, sizeof rq);
		waiting_request_begin(FCGX_GetParam("FRONTLINE_REQUEST_START", req.envp));
		db_request_begin();
		if (start_problem == NULL)
			database_check(prog);
		server_handle(prog, &params, fcgi_read, req.in, &rq, &rs);
		write_response(req.out, &rq, &rs);
		FCGX_Finish_r(&req);
		waiting_seat_release();
		arena_free(&rq.arena);
		in_request = 0;
	}
	db_close();
	buf_free(&rs.body);
	buf_free(&rs.headers);
	return 0;
}

/* See server.h. */
int server_main(const struct program *prog, int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--routes") == 0) {
		route_list(prog->areas, prog->area_count, stdout);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	if (argc > 1) {
		fprintf(stderr, "usage: %s [--routes]\n", argv[0]);
		return 2;
	}
	return server_run(prog);
}
