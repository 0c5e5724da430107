/*
 * waiting.c: the write budget, the waiting seats and a file lock with a
 * deadline (see waiting.h).
 */
#include "waiting.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static char seats_path[4096];    /* "" when the program has no seats */
static int seat_count;
static int seats_fd = -1;
static int seat_held = -1;       /* the byte this worker has locked, or -1 */
static long long deadline;       /* 0 outside a request */

/* Milliseconds of the monotonic clock. */
long long waiting_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Sleeps ms milliseconds, resuming after signals. */
void waiting_sleep_ms(long long ms)
{
	struct timespec left = { (time_t)(ms / 1000), (long)(ms % 1000) * 1000000L };
	while (ms > 0 && nanosleep(&left, &left) != 0 && errno == EINTR)
		;
}

/* The budget in milliseconds: WAIT_BUDGET_MS, or less when
 * FRONTLINE_WAIT_BUDGET_MS asks for less (at least 100). */
static long long budget_ms(void)
{
	static long long budget;
	if (budget == 0) {
		const char *env = getenv("FRONTLINE_WAIT_BUDGET_MS");
		long long v = env ? strtoll(env, NULL, 10) : 0;
		budget = v >= 100 && v < WAIT_BUDGET_MS ? v : WAIT_BUDGET_MS;
	}
	return budget;
}

/* See waiting.h. */
void waiting_set_seats(const char *path, int workers)
{
	if (path == NULL || strlen(path) >= sizeof seats_path) {
		seats_path[0] = '\0';
		return;
	}
	strcpy(seats_path, path);
	seat_count = workers > 1 ? workers - 1 : 1;
}

/* Milliseconds since the epoch in nginx's "%ld.%03ld" text, or -1. */
static long long parse_msec(const char *s)
{
	char *end;
	long long sec = strtoll(s, &end, 10);
	long long ms = 0;
	if (end == s || sec <= 0)
		return -1;
	if (*end == '.') {
		const char *frac = end + 1;
		ms = strtoll(frac, &end, 10);
		if (end - frac != 3 || ms < 0)
			return -1;
	}
	return *end == '\0' ? sec * 1000 + ms : -1;
}

/* Gives back the seat, starts the deadline from nginx's clock when it is
 * plausible (not in the future, not older than the budget). */
void waiting_request_begin(const char *nginx_start)
{
	long long waited = 0;      /* since nginx passed the request on */
	waiting_seat_release();
	if (nginx_start) {
		struct timespec ts;
		long long sent = parse_msec(nginx_start);
		clock_gettime(CLOCK_REALTIME, &ts);
		long long wall = (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
		if (sent > 0 && sent <= wall + 1000)
			waited = wall - sent;
	}
	if (waited < 0)
		waited = 0;
	if (waited > budget_ms())
		waited = budget_ms();
	deadline = waiting_now_ms() - waited + budget_ms();
}

/* The request's deadline, or the whole budget from now outside one. */
long long waiting_deadline_ms(void)
{
	return deadline ? deadline : waiting_now_ms() + budget_ms();
}

/* See waiting.h. */
void waiting_deadline_at_most(long long earliest)
{
	if (deadline == 0 || earliest < deadline)
		deadline = earliest;
}

/* Opens the seats' file once; returns its descriptor or -1. */
static int seats_file(void)
{
	if (seats_fd < 0 && seats_path[0])
		seats_fd = open(seats_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	return seats_fd;
}

/* Locks (F_WRLCK) or unlocks (F_UNLCK) byte i of the seats' file without
 * waiting; returns 0 when done. Open file description locks: held by this
 * worker's descriptor, released by the kernel when the worker dies. */
static int seat_lock(int fd, int i, short type)
{
	struct flock fl;
	memset(&fl, 0, sizeof fl);
	fl.l_type = type;
	fl.l_whence = SEEK_SET;
	fl.l_start = i;
	fl.l_len = 1;
	return fcntl(fd, F_OFD_SETLK, &fl);
}

/* Takes a free seat; returns 1 when this worker holds one (also when the
 * seats cannot be used at all: then nobody is limited), 0 when all are
 * taken. */
static int seat_take(void)
{
	if (seat_held >= 0 || seats_path[0] == '\0')
		return 1;
	int fd = seats_file();
	if (fd < 0)
		return 1;
	for (int i = 0; i < seat_count; i++)
		if (seat_lock(fd, i, F_WRLCK) == 0) {
			seat_held = i;
			return 1;
		}
	return 0;
}

/* Gives back the seat this worker holds, if any. */
void waiting_seat_release(void)
{
	if (seat_held >= 0 && seats_fd >= 0)
		seat_lock(seats_fd, seat_held, F_UNLCK);
	seat_held = -1;
}

/* See waiting.h. */
long long waiting_limit_ms(long long since)
{
	long long until = waiting_deadline_ms();
	if (seat_take())
		return until;
	return since + WAIT_WITHOUT_SEAT_MS < until ? since + WAIT_WITHOUT_SEAT_MS : until;
}

/* Does nothing: the alarm only has to interrupt a blocked flock(). */
static void on_alarm(int sig)
{
	(void)sig;
}

/* Installs on_alarm for SIGALRM without SA_RESTART, once. */
static void alarm_interrupts(void)
{
	static int installed;
	if (installed)
		return;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	installed = 1;
}

/* Arms (ms > 0) or disarms (0) the one-shot real-time timer. */
static void alarm_after(long long ms)
{
	struct itimerval t;
	memset(&t, 0, sizeof t);
	t.it_value.tv_sec = (time_t)(ms / 1000);
	t.it_value.tv_usec = (suseconds_t)(ms % 1000) * 1000;
	setitimer(ITIMER_REAL, &t, NULL);
}

/* flock with a deadline: try at once, then block with an alarm set for
 * the time left. */
int waiting_lock_file(int fd, long long until)
{
	if (flock(fd, LOCK_EX | LOCK_NB) == 0)
		return 0;
	if (errno != EWOULDBLOCK && errno != EINTR)
		return -1;
	alarm_interrupts();
	for (;;) {
		long long left = until - waiting_now_ms();
		if (left <= 0)
			return -1;
		alarm_after(left);
		int rc = flock(fd, LOCK_EX);
		int saved = errno;
		alarm_after(0);
		if (rc == 0)
			return 0;
		if (saved != EINTR)
			return -1;
	}
}
