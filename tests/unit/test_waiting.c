/*
 * test_waiting.c: the write budget and nginx's read timeout, waiting seats
 * (core/waiting.c), the file lock with a deadline, and telling a dead or
 * zombie process from a live one (core/process.c).
 */
#include "check.h"
#include "core/process.h"
#include "core/waiting.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

/* The seconds of "fastcgi_read_timeout Ns;" in nginx/fastcgi.conf (run
 * from the repository's root, as make does), or -1. */
static long nginx_read_timeout(void)
{
	FILE *f = fopen("nginx/fastcgi.conf", "r");
	char line[256];
	long seconds = -1;
	if (f == NULL)
		return -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, " fastcgi_read_timeout %lds;", &seconds) == 1)
			break;
	fclose(f);
	return seconds;
}

/* The budget leaves nginx at least 5 s to spare, so the answer to a write
 * that waited the whole budget still reaches nginx in time. */
static void test_budget_inside_nginx_timeout(void)
{
	long timeout = nginx_read_timeout();
	CHECK(timeout > 0);
	CHECK(WAIT_BUDGET_MS + 5000 <= timeout * 1000);
	CHECK(WAIT_WITHOUT_SEAT_MS * 10 <= WAIT_BUDGET_MS);
}

/* The deadline counts from nginx's clock when it is given and plausible,
 * else from now; it can be brought forward, not pushed back. */
static void test_deadline(void)
{
	char sent[40];
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	long long now = waiting_now_ms();
	snprintf(sent, sizeof sent, "%lld.%03ld", (long long)ts.tv_sec - 5, ts.tv_nsec / 1000000);
	waiting_request_begin(sent);
	long long d = waiting_deadline_ms() - now;
	CHECK(d > WAIT_BUDGET_MS - 5000 - 100 && d <= WAIT_BUDGET_MS - 5000 + 100);
	waiting_request_begin(NULL);
	d = waiting_deadline_ms() - now;
	CHECK(d >= WAIT_BUDGET_MS - 100 && d <= WAIT_BUDGET_MS + 100);
	waiting_request_begin("garbage");
	CHECK(waiting_deadline_ms() - now >= WAIT_BUDGET_MS - 100);
	snprintf(sent, sizeof sent, "%lld.000", (long long)ts.tv_sec + 3600);   /* in the future */
	waiting_request_begin(sent);
	CHECK(waiting_deadline_ms() - now >= WAIT_BUDGET_MS - 100);
	snprintf(sent, sizeof sent, "%lld.000", (long long)ts.tv_sec - 3600);   /* long ago: no wait left */
	waiting_request_begin(sent);
	CHECK(waiting_deadline_ms() - waiting_now_ms() <= 10);
	waiting_request_begin(NULL);
	long long before = waiting_deadline_ms();
	waiting_deadline_at_most(before + 60000);
	CHECK_EQ_INT(waiting_deadline_ms(), before);
	waiting_deadline_at_most(before - 1000);
	CHECK_EQ_INT(waiting_deadline_ms(), before - 1000);
}

/* With three workers there are two seats: two processes holding one each
 * leave a third only the short wait, and a seat given back (or held by a
 * process that died) is free again. */
static void test_seats(void)
{
	char path[] = "/tmp/frontline-seats-XXXXXX";
	int fd = mkstemp(path);
	int ready[2], go[2];
	if (!CHECK(fd >= 0) || !CHECK(pipe(ready) == 0) || !CHECK(pipe(go) == 0))
		return;
	close(fd);
	waiting_set_seats(path, 3);
	pid_t children[2];
	for (int i = 0; i < 2; i++) {
		children[i] = fork();
		if (children[i] == 0) {
			char c;
			waiting_limit_ms(waiting_now_ms());          /* takes a seat */
			if (write(ready[1], "r", 1) != 1 || read(go[0], &c, 1) != 1)
				_exit(1);
			_exit(0);
		}
	}
	char c;
	CHECK(read(ready[0], &c, 1) == 1 && read(ready[0], &c, 1) == 1);
	waiting_request_begin(NULL);
	long long since = waiting_now_ms();
	long long limit = waiting_limit_ms(since);
	CHECK_EQ_INT(limit, since + WAIT_WITHOUT_SEAT_MS);   /* no seat left */
	CHECK(write(go[1], "gg", 2) == 2);
	for (int i = 0; i < 2; i++)
		waitpid(children[i], NULL, 0);
	since = waiting_now_ms();
	CHECK(waiting_limit_ms(since) > since + WAIT_WITHOUT_SEAT_MS);   /* theirs went with them */
	waiting_seat_release();
	waiting_set_seats(NULL, 0);
	unlink(path);
}

/* A lock held elsewhere is waited for until the deadline and no longer;
 * once free, it is taken at once. */
static void test_lock_file_deadline(void)
{
	char path[] = "/tmp/frontline-lock-XXXXXX";
	int fd = mkstemp(path);
	int ready[2];
	if (!CHECK(fd >= 0) || !CHECK(pipe(ready) == 0))
		return;
	pid_t child = fork();
	if (child == 0) {
		int mine = open(path, O_RDWR);
		if (mine < 0 || flock(mine, LOCK_EX) != 0 || write(ready[1], "r", 1) != 1)
			_exit(1);
		waiting_sleep_ms(600);
		_exit(0);
	}
	char c;
	CHECK(read(ready[0], &c, 1) == 1);
	long long start = waiting_now_ms();
	CHECK_EQ_INT(waiting_lock_file(fd, start + 200), -1);
	long long waited = waiting_now_ms() - start;
	CHECK(waited >= 190 && waited < 500);
	CHECK_EQ_INT(waiting_lock_file(fd, waiting_now_ms() + 5000), 0);   /* the child ends at 600 ms */
	CHECK(waiting_now_ms() - start < 2000);
	waitpid(child, NULL, 0);
	close(fd);
	unlink(path);
}

/* A live process is itself; the same pid with another start time is not
 * (a pid reused); a process that exited is gone even while it is a
 * zombie nobody has reaped, which kill(pid, 0) does not tell. */
static void test_process_gone(void)
{
	long long mine = process_start_time((int)getpid());
	CHECK(mine > 0);
	CHECK_EQ_INT(process_gone((int)getpid(), mine), 0);
	CHECK_EQ_INT(process_gone((int)getpid(), mine + 1), 1);
	CHECK_EQ_INT(process_gone(0, 0), 1);
	int go[2];
	if (!CHECK(pipe(go) == 0))
		return;
	pid_t child = fork();
	if (child == 0) {
		char c;
		_exit(read(go[0], &c, 1) == 1 ? 0 : 1);
	}
	long long start = process_start_time((int)child);
	CHECK(start > 0);
	CHECK_EQ_INT(process_gone((int)child, start), 0);
	CHECK(write(go[1], "x", 1) == 1);
	waiting_sleep_ms(100);                    /* it exits; not reaped: a zombie */
	CHECK_EQ_INT(kill(child, 0), 0);
	CHECK_EQ_INT(process_start_time((int)child), -1);
	CHECK_EQ_INT(process_gone((int)child, start), 1);
	waitpid(child, NULL, 0);
	CHECK_EQ_INT(process_gone((int)child, start), 1);
}

/* Runs every test of this file. */
int main(void)
{
	test_budget_inside_nginx_timeout();
	test_deadline();
	test_seats();
	test_lock_file_deadline();
	test_process_gone();
	return check_summary("test_waiting");
}
