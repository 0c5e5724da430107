/*
 * waiting.h: how long a request may wait for a lock.
 *
 * The budget. A request may wait for the database's write lock (or the
 * public program's writers' lock) only until its deadline: WAIT_BUDGET_MS
 * after nginx handed the request on (nginx sends its clock as the
 * FRONTLINE_REQUEST_START parameter, nginx/fastcgi.conf), or after the
 * worker accepted it when that is missing. The budget stays well inside
 * nginx's fastcgi_read_timeout (30 s, the same file; a unit test compares
 * the two), so the worker always answers before nginx gives up: a client
 * is never told "try again" (504) for a write that commits afterwards.
 * FRONTLINE_WAIT_BUDGET_MS can lower the budget (the tests do), never
 * raise it.
 *
 * Seats. Waiting longer than WAIT_WITHOUT_SEAT_MS needs a seat. The
 * workers of a program have FRONTLINE_WORKERS - 1 seats between them
 * (one-byte locks on a file beside the database, released by the kernel
 * if a worker dies), so however many writers are blocked behind a held
 * lock, one worker is always free for readers and /healthz. A writer
 * without a seat gives up after WAIT_WITHOUT_SEAT_MS, having written
 * nothing; ordinary contention between writers lasts milliseconds.
 *
 * Times are milliseconds of CLOCK_MONOTONIC, the same clock in every
 * process of the machine.
 */
#ifndef FRONTLINE_WAITING_H
#define FRONTLINE_WAITING_H

#define WAIT_BUDGET_MS 20000
#define WAIT_WITHOUT_SEAT_MS 250
#define WAIT_DEFAULT_WORKERS 4

/* Gives the program's waiting seats a file (created 0600 when first
 * needed) and their number: workers - 1, at least 1. Without a call
 * (frontline-admin, unit tests) every wait may use the whole budget. */
void waiting_set_seats(const char *path, int workers);

/* Starts a request's budget: nginx_start is nginx's $msec ("1733212800.123",
 * seconds since the epoch) or NULL. Gives back a seat still held. */
void waiting_request_begin(const char *nginx_start);

/* Milliseconds of the monotonic clock. */
long long waiting_now_ms(void);

/* The request's deadline (outside a request: the budget from now). */
long long waiting_deadline_ms(void);

/* Brings the request's deadline forward to earliest when that is sooner
 * (a group-commit leader storing other requests' records). */
void waiting_deadline_at_most(long long earliest);

/* Until when a wait that began at since may go on: the deadline when
 * this worker holds or can take a seat, else at most
 * WAIT_WITHOUT_SEAT_MS after since. */
long long waiting_limit_ms(long long since);

/* Gives back this worker's seat, if it holds one. */
void waiting_seat_release(void);

/* Takes an exclusive flock on fd, waiting until the monotonic time until
 * at the latest. Returns 0 when locked, -1 when the time ran out or the
 * lock failed. */
int waiting_lock_file(int fd, long long until);

/* Sleeps ms milliseconds (through signals). */
void waiting_sleep_ms(long long ms);

#endif
