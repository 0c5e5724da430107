/*
 * process.c: is a process still alive, and still the same one (see
 * process.h).
 */
#include "process.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads /proc/PID/stat: after the command in parentheses (which may hold
 * spaces and parentheses itself, hence the last ')') come the state and
 * then, as the 20th field after it, the start time. */
long long process_start_time(int pid)
{
	char path[64], line[1024];
	snprintf(path, sizeof path, "/proc/%d/stat", pid);
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return -1;
	size_t n = fread(line, 1, sizeof line - 1, f);
	fclose(f);
	line[n] = '\0';
	char *p = strrchr(line, ')');
	if (p == NULL || p[1] != ' ' || p[2] == 'Z' || p[2] == 'X' || p[2] == 'x')
		return -1;
	p += 2;                               /* at the state, field 3 */
	for (int field = 3; field < 22; field++) {
		p = strchr(p, ' ');
		if (p == NULL)
			return -1;
		p++;
	}
	return strtoll(p, NULL, 10);
}

/* See process.h. */
int process_gone(int pid, long long start_time)
{
	if (pid <= 0)
		return 1;
	return process_start_time(pid) != start_time;
}
