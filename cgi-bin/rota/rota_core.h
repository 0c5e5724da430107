/*
 * rota_core.h: what the rota's own files share (rota.c implements it).
 * Other areas use rota.h only.
 */
#ifndef FRONTLINE_ROTA_CORE_H
#define FRONTLINE_ROTA_CORE_H

#include "rota.h"
#include "core/db.h"
#include "core/tpl.h"
#include "core/util.h"

#include <time.h>

/* The roles (skills) a shift can be for: keys stored, labels shown;
 * NULL-terminated, usable as a FIELD_CHOICE list. */
extern const char *const rota_roles[];
extern const char *const rota_role_labels[];
#define ROTA_ROLE_COUNT 4
/* The label of a role key, or the key itself. */
const char *rota_role_label(const char *key);
/* Index of a role key in rota_roles, or -1. */
int rota_role_index(const char *key);

/* One ISO week: its name, its seven dates and its neighbours. */
struct rota_week {
	char week[9];
	char days[7][11];
	char prev[9], next[9];
};
/* Fills w for an ISO week ("2026-W48"), or for this week in London when
 * week is NULL or "". Returns 0, or -1 when the week does not exist. */
int rota_week_init(struct rota_week *w, const char *week);
/* Returns 1 when the week is published, 0 when a draft, -1 on error. */
int rota_week_is_published(const char *week);
/* "Mon 23 Nov" for a date, into the arena. */
const char *rota_day_label(struct arena *a, const char *date);

/* A shift being saved or shown. Times are minutes after the local
 * midnight of date; an end not after the start is on the next day. */
struct rota_shift {
	long long id, user_id, equipment_id;
	char date[11];
	int start_min, end_min, break_min;
	const char *role, *location;
	time_t start, end;         /* filled by rota_shift_times() */
};
/* Works out start and end as instants; returns 0, or -1 when the date is
 * bad or start equals end. */
int rota_shift_times(struct rota_shift *s);
/* Loads a shift into s (strings in the arena); 1 found, 0 not, -1 error. */
int rota_shift_load(struct arena *a, long long id, struct rota_shift *s);
/* "Mon 23 Nov 09:00-17:00 (Phones)" for messages. */
const char *rota_shift_summary(struct arena *a, const struct rota_shift *s);

/* Which field a conflict belongs to. */
enum rota_conflict { ROTA_CONFLICT_NONE, ROTA_CONFLICT_PERSON, ROTA_CONFLICT_EQUIPMENT, ROTA_CONFLICT_LEAVE };
/* Checks a shift against the person's other shifts (overlap), the
 * equipment's other bookings and the person's approved leave and
 * unavailability. Call inside the db_write() that stores it. Returns
 * ROTA_CONFLICT_NONE, or the kind with *message set (arena). */
enum rota_conflict rota_shift_conflict(struct arena *a, const struct rota_shift *s,
                                       const char **message);

/* Inserts (s->id 0: sets it) or updates the shift, notes the change for
 * the people affected when its week (or old's) is published, and audits.
 * Call inside db_write(). Returns SQLITE_OK or an error. */
int rota_shift_store(struct request *rq, struct rota_shift *s, const struct rota_shift *old);
/* Deletes the shift, notes the change if published, audits. */
int rota_shift_remove(struct request *rq, const struct rota_shift *old);

/* db_write() results of the rota's own refusals. */
#define ROTA_REFUSED SQLITE_CONSTRAINT
#define ROTA_NEEDS_ACK SQLITE_ABORT

/* Stores a batch of new shifts all or nothing: each is checked (overlap,
 * equipment, leave) against the database and the ones before it; when any
 * is refused, problems[i] (arena) says why for each refused one, *refused
 * counts them and ROTA_REFUSED is returned (the caller's db_write() then
 * rolls everything back). Otherwise the working-time record of everyone
 * touched is recomputed (breaches are stored for acknowledgement) and
 * SQLITE_OK returned. Call inside db_write(). */
int rota_store_batch(struct request *rq, struct rota_shift *s, int n, const char **problems,
                     int *refused);

/* A working-time breach not yet acknowledged. */
struct rota_open_breach {
	long long user_id;
	const char *rule, *period, *detail;
};
/* Recomputes the breaches of a person for the weeks a change on date can
 * affect and stores them. Adds the ones not acknowledged to *open (arena
 * array grown as needed; *count counts them). Call inside db_write().
 * Returns SQLITE_OK or an error. */
int rota_refresh_breaches(struct arena *a, long long user_id, const char *date,
                          struct rota_open_breach **open, int *count);
/* Records acknowledgements of breaches with a reason, audited. Inside
 * db_write(). Returns SQLITE_OK or an error. */
int rota_ack_breaches(struct request *rq, const struct rota_open_breach *b, int n,
                      const char *reason);

/* Adds the cover of a week (heat map SVG rows and the slot table) to the
 * page's dictionary, for one role or all (role ""). cover.c.
 * Returns 0 or -1. */
int rota_cover_week(struct request *rq, tpl_dict *d, const struct rota_week *w, const char *role);
/* Adds the slot-by-slot cover of one day. Returns 0 or -1. */
int rota_cover_day(struct request *rq, tpl_dict *d, const char *date, const char *role);
/* The places (locations) people work in a week, for the filter: fills
 * out with up to ROTA_MAX_LOCATIONS names (valid for the request) and
 * returns how many, or -1 on error. cover.c. */
#define ROTA_MAX_LOCATIONS 24
int rota_week_locations(const struct rota_week *w, const char *(*out)[ROTA_MAX_LOCATIONS]);
/* The share of a week's required cover met, as rota_cover_percent() but
 * from this worker's cache. Returns 0 or -1. cover.c. */
int rota_week_cover_percent(const struct rota_week *w, double *percent);
/* Adds the signed-in person's leave requests and the swaps open to them
 * (leave.c). Returns 0 or -1. */
int rota_leave_panel(struct request *rq, tpl_dict *d);

/* A person's display name into the arena ("" when unknown). */
const char *rota_person_name(struct arena *a, long long user_id);

#endif
