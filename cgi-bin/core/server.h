/*
 * server.h: the FastCGI worker: start-up and the accept loop.
 *
 * spawn-fcgi opens the unix socket and multiwatch forks the workers with it
 * as file descriptor 0; each worker calls server_run(). A worker opens
 * SQLite and loads its templates after the fork. SIGTERM (or the SIGUSR1
 * multiwatch sends) ends an idle worker at once and a busy one right after
 * it has answered its current request.
 */
#ifndef FRONTLINE_SERVER_H
#define FRONTLINE_SERVER_H

#include <sqlite3.h>
#include <stddef.h>
#include "route.h"

/* What a program is: its name, the areas it serves (their routes are
 * tried in this order) and how it opens its database (the public program
 * installs an authorizer there). */
struct program {
	const char *name;
	const struct area *const *areas;
	size_t area_count;
	/* Opens the database at path for this worker; returns it or NULL. */
	sqlite3 *(*open_database)(const char *path);
};

/* Runs the worker until told to stop; returns the process exit status.
 * Reads FRONTLINE_DB (database path) and FRONTLINE_TEMPLATES (template
 * directory) from the environment. */
int server_run(const struct program *prog);

/* A program's main: with the one argument --routes it prints the route
 * table (see route_list) and exits; otherwise it runs the worker. */
int server_main(const struct program *prog, int argc, char **argv);

/* Renders one request from plain parameters and a body, as the accept
 * loop does; used by the fuzz targets. Fills rs. */
void server_handle(const struct program *prog, const struct request_params *params,
                   body_reader read_body, void *ctx, struct request *rq,
                   struct response *rs);

/* Returns the reason phrase of an HTTP status ("Not Found"), or "Unknown"
 * for a status Frontline never sends. */
const char *status_reason(int status);

#endif
