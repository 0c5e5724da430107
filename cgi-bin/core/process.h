/*
 * process.h: telling whether another process is still the one it was.
 *
 * A pid alone does not say it: a worker killed with SIGKILL stays a zombie
 * (and kill(pid, 0) succeeds) until its parent reaps it, and a pid is
 * reused later by another process. The start time the kernel records for
 * each process (field 22 of /proc/PID/stat) tells them apart.
 */
#ifndef FRONTLINE_PROCESS_H
#define FRONTLINE_PROCESS_H

/* The start time of a live process (clock ticks since boot), or -1 when
 * pid is gone or a zombie. */
long long process_start_time(int pid);

/* Returns 1 when the process that was pid with that start time has
 * ended: no such process, a zombie, or the pid now belongs to another. */
int process_gone(int pid, long long start_time);

#endif
