/*
 * rota.c: the rota's shared rules: roles, weeks, storing a shift with its
 * checks (overlap, equipment, leave), the record of changes to published
 * weeks, the working-time record, and rota_planned_hours() for other areas.
 */
#include "rota_core.h"
#include "core/audit.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "wtr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const rota_roles[] = { "phones", "email", "floor", "team_leader", NULL };
const char *const rota_role_labels[] = { "Phones", "Email and chat", "Floor", "Team leader", NULL };

enum rota_stmt {
	ST_WEEK_PUBLISHED,
	ST_SHIFT,
	ST_OVERLAP,
	ST_EQUIPMENT_CLASH,
	ST_LEAVE_CLASH,
	ST_INSERT_SHIFT,
	ST_UPDATE_SHIFT,
	ST_DELETE_SHIFT,
	ST_INSERT_CHANGE,
	ST_PERSON_FACTS,
	ST_PERSON_SHIFTS,
	ST_DELETE_BREACHES,
	ST_INSERT_BREACH,
	ST_ACKED,
	ST_INSERT_ACK,
	ST_PLANNED_HOURS,
	ST_PERSON_NAME,
	ST_WARNING_COUNTS,
	ST__COUNT
};
static const char *const rota_sql[ST__COUNT] = {
	[ST_WEEK_PUBLISHED] = "SELECT 1 FROM rota_weeks WHERE week = ?",
	[ST_SHIFT] = "SELECT user_id, local_date, start_local, end_local, break_minutes, role, location, "
	             "coalesce(equipment_id, 0) FROM shifts WHERE id = ?",
	[ST_OVERLAP] = "SELECT local_date, start_local, end_local FROM shifts WHERE user_id = ?1 AND id <> ?2 "
	               "AND start_utc < ?4 AND end_utc > ?3 ORDER BY start_utc LIMIT 1",
	[ST_EQUIPMENT_CLASH] = "SELECT s.local_date, s.start_local, s.end_local, u.display_name, e.name "
	                       "FROM shifts s JOIN users u ON u.id = s.user_id JOIN rota_equipment e ON e.id = s.equipment_id "
	                       "WHERE s.equipment_id = ?1 AND s.id <> ?2 AND s.start_utc < ?4 AND s.end_utc > ?3 LIMIT 1",
	[ST_LEAVE_CLASH] = "SELECT kind, from_date, to_date FROM rota_leave WHERE user_id = ?1 AND status = 'approved' "
	                   "AND from_date <= ?3 AND to_date >= ?2 LIMIT 1",
	[ST_INSERT_SHIFT] = "INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, "
	                    "break_minutes, role, location, equipment_id, changed_after_publish, created_at, updated_at) "
	                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, nullif(?10, 0), ?11, ?12, ?12)",
	[ST_UPDATE_SHIFT] = "UPDATE shifts SET user_id = ?1, local_date = ?2, start_utc = ?3, end_utc = ?4, "
	                    "start_local = ?5, end_local = ?6, break_minutes = ?7, role = ?8, location = ?9, "
	                    "equipment_id = nullif(?10, 0), changed_after_publish = ?11, updated_at = ?12 WHERE id = ?13",
	[ST_DELETE_SHIFT] = "DELETE FROM shifts WHERE id = ?",
	[ST_INSERT_CHANGE] = "INSERT INTO rota_changes (week, user_id, at, summary) VALUES (?1, ?2, ?3, ?4)",
	[ST_PERSON_FACTS] = "SELECT coalesce(date_of_birth, ''), coalesce(opt_out_date, '') FROM rota_people WHERE user_id = ?",
	[ST_PERSON_SHIFTS] = "SELECT id, start_utc, end_utc, break_minutes FROM shifts "
	                     "WHERE user_id = ?1 AND start_utc >= ?2 AND start_utc < ?3",
	[ST_DELETE_BREACHES] = "DELETE FROM rota_breaches WHERE user_id = ?1 AND period_start >= ?2 AND period_start < ?3",
	[ST_INSERT_BREACH] = "INSERT INTO rota_breaches (user_id, rule, period_start, shift_id, local_date, detail) "
	                     "VALUES (?1, ?2, ?3, nullif(?4, 0), ?5, ?6)",
	[ST_ACKED] = "SELECT 1 FROM rota_breach_acks WHERE user_id = ?1 AND rule = ?2 AND period_start = ?3",
	[ST_INSERT_ACK] = "INSERT INTO rota_breach_acks (user_id, rule, period_start, detail, reason, acknowledged_by, at) "
	                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[ST_PLANNED_HOURS] = "SELECT coalesce(sum((julianday(s.end_utc) - julianday(s.start_utc)) * 24.0 "
	                     "- s.break_minutes / 60.0), 0) FROM shifts s JOIN users u ON u.id = s.user_id "
	                     "WHERE s.local_date BETWEEN ?1 AND ?2 AND (?3 = 0 OR u.team_id = ?3)",
	[ST_PERSON_NAME] = "SELECT display_name FROM users WHERE id = ?",
	[ST_WARNING_COUNTS] = "SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM rota_breach_acks a "
	                      "WHERE a.user_id = b.user_id AND a.rule = b.rule AND a.period_start = b.period_start)), 0) "
	                      "FROM rota_breaches b WHERE b.local_date BETWEEN ?1 AND ?2",
};
static sqlite3_stmt *rota_cache[ST__COUNT];
static struct sql_table rota_table = { rota_sql, ST__COUNT, rota_cache, NULL };

/* See rota_core.h. */
int rota_role_index(const char *key)
{
	for (int i = 0; key && rota_roles[i]; i++)
		if (strcmp(rota_roles[i], key) == 0)
			return i;
	return -1;
}

/* See rota_core.h. */
const char *rota_role_label(const char *key)
{
	int i = rota_role_index(key);
	return i >= 0 ? rota_role_labels[i] : key;
}

/* See rota_core.h. */
int rota_week_init(struct rota_week *w, const char *week)
{
	char today[11], monday[11];
	if (week == NULL || week[0] == '\0')
		week = iso_week_of_date(today_london(today), w->week);
	if (iso_week_monday(week, monday) == NULL)
		return -1;
	if (week != w->week)
		snprintf(w->week, sizeof w->week, "%s", week);
	for (int i = 0; i < 7; i++)
		date_add_days(monday, i, w->days[i]);
	iso_week_add(w->week, -1, w->prev);
	iso_week_add(w->week, 1, w->next);
	return 0;
}

/* See rota_core.h. */
int rota_week_is_published(const char *week)
{
	sqlite3_stmt *st = db_stmt(&rota_table, ST_WEEK_PUBLISHED);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, week, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* See rota_core.h. */
const char *rota_day_label(struct arena *a, const char *date)
{
	int wd = date_weekday(date);
	if (wd == 0)
		return "";
	return arena_printf(a, "%s %d %s", weekday_abbrs[wd], atoi(date + 8), month_abbrs[atoi(date + 5)]);
}

/* See rota_core.h. */
int rota_shift_times(struct rota_shift *s)
{
	if (s->start_min == s->end_min || !valid_date(s->date))
		return -1;
	int end = s->end_min > s->start_min ? s->end_min : s->end_min + 1440;
	s->start = london_time(s->date, s->start_min);
	s->end = london_time(s->date, end);
	return s->start == (time_t)-1 || s->end <= s->start ? -1 : 0;
}

/* Minutes after midnight of "HH:MM". */
static int clock_minutes(const char *hhmm)
{
	long long m = 0;
	return parse_clock_time(hhmm, &m) ? (int)m : 0;
}

/* See rota_core.h. */
int rota_shift_load(struct arena *a, long long id, struct rota_shift *s)
{
	sqlite3_stmt *st = db_stmt(&rota_table, ST_SHIFT);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		memset(s, 0, sizeof *s);
		s->id = id;
		s->user_id = sqlite3_column_int64(st, 0);
		snprintf(s->date, sizeof s->date, "%s", db_text(st, 1));
		s->start_min = clock_minutes(db_text(st, 2));
		s->end_min = clock_minutes(db_text(st, 3));
		s->break_min = sqlite3_column_int(st, 4);
		s->role = arena_strdup(a, db_text(st, 5));
		s->location = arena_strdup(a, db_text(st, 6));
		s->equipment_id = sqlite3_column_int64(st, 7);
		rota_shift_times(s);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* "09:00" for minutes after midnight. */
static const char *hhmm(struct arena *a, int minutes)
{
	return arena_printf(a, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
}

/* See rota_core.h. */
const char *rota_shift_summary(struct arena *a, const struct rota_shift *s)
{
	return arena_printf(a, "%s %s-%s (%s)", rota_day_label(a, s->date), hhmm(a, s->start_min),
	                    hhmm(a, s->end_min), rota_role_label(s->role));
}

/* Binds a shift's interval as ISO text to parameters 3 and 4 and its id
 * and key to 2 and 1. */
static void bind_interval(sqlite3_stmt *st, long long key, const struct rota_shift *s)
{
	char a[21], b[21];
	sqlite3_bind_int64(st, 1, key);
	sqlite3_bind_int64(st, 2, s->id);
	sqlite3_bind_text(st, 3, iso_utc(s->start, a), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, iso_utc(s->end, b), -1, SQLITE_TRANSIENT);
}

/* See rota_core.h. */
enum rota_conflict rota_shift_conflict(struct arena *a, const struct rota_shift *s,
                                       const char **message)
{
	enum rota_conflict found = ROTA_CONFLICT_NONE;
	sqlite3_stmt *st = db_stmt(&rota_table, ST_OVERLAP);
	*message = NULL;
	if (st == NULL)
		return ROTA_CONFLICT_PERSON;
	bind_interval(st, s->user_id, s);
	if (sqlite3_step(st) == SQLITE_ROW) {
		found = ROTA_CONFLICT_PERSON;
		*message = arena_printf(a, "This overlaps the person's shift on %s, %s-%s; one person "
		                        "cannot work two shifts at once.", rota_day_label(a, db_text(st, 0)),
		                        db_text(st, 1), db_text(st, 2));
	}
	sqlite3_reset(st);
	if (found || s->equipment_id == 0 || (st = db_stmt(&rota_table, ST_EQUIPMENT_CLASH)) == NULL)
		goto leave;
	bind_interval(st, s->equipment_id, s);
	if (sqlite3_step(st) == SQLITE_ROW) {
		found = ROTA_CONFLICT_EQUIPMENT;
		*message = arena_printf(a, "%s is already booked by %s on %s, %s-%s.", db_text(st, 4),
		                        db_text(st, 3), rota_day_label(a, db_text(st, 0)),
		                        db_text(st, 1), db_text(st, 2));
	}
	sqlite3_reset(st);
leave:
	if (found || (st = db_stmt(&rota_table, ST_LEAVE_CLASH)) == NULL)
		return found;
	char last[11];
	london_date(s->end - 1, last);
	sqlite3_bind_int64(st, 1, s->user_id);
	sqlite3_bind_text(st, 2, s->date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, last, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW) {
		found = ROTA_CONFLICT_LEAVE;
		*message = arena_printf(a, "The person is %s from %s to %s.",
		                        strcmp(db_text(st, 0), "leave") == 0 ? "on approved leave" : "unavailable",
		                        db_text(st, 1), db_text(st, 2));
	}
	sqlite3_reset(st);
	return found;
}

/* Records a change to a published week for the person it affects; does
 * nothing when the week is a draft. Sets *published. */
static int note_change(struct request *rq, long long user_id, const char *date,
                       const char *summary, int *published)
{
	char week[9], now[21];
	iso_week_of_date(date, week);
	*published = rota_week_is_published(week);
	if (*published < 0)
		return SQLITE_ERROR;
	if (*published == 0)
		return SQLITE_OK;
	sqlite3_stmt *st = db_stmt(&rota_table, ST_INSERT_CHANGE);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, week, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, user_id);
	sqlite3_bind_text(st, 3, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, summary, -1, SQLITE_STATIC);
	return db_exec_stmt(st);
}

/* Binds the columns shared by insert and update (parameters 1 to 12). */
static void bind_shift(sqlite3_stmt *st, struct arena *a, const struct rota_shift *s, int changed)
{
	char start[21], end[21], now[21];
	sqlite3_bind_int64(st, 1, s->user_id);
	sqlite3_bind_text(st, 2, s->date, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, iso_utc(s->start, start), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, iso_utc(s->end, end), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, hhmm(a, s->start_min), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, hhmm(a, s->end_min), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 7, s->break_min);
	sqlite3_bind_text(st, 8, s->role, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 9, s->location ? s->location : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 10, s->equipment_id);
	sqlite3_bind_int(st, 11, changed);
	sqlite3_bind_text(st, 12, iso_utc(now_utc(), now), -1, SQLITE_TRANSIENT);
}

/* See rota_core.h. */
int rota_shift_store(struct request *rq, struct rota_shift *s, const struct rota_shift *old)
{
	struct arena *a = &rq->arena;
	int published = 0, old_published = 0, rc;
	const char *what = rota_shift_summary(a, s);
	if (old) {
		const char *was = rota_shift_summary(a, old);
		if (old->user_id != s->user_id)
			rc = note_change(rq, old->user_id, old->date,
			                 arena_printf(a, "Your shift %s was given to someone else.", was), &old_published);
		else
			rc = note_change(rq, old->user_id, old->date,
			                 arena_printf(a, "Your shift %s was changed to %s.", was, what), &old_published);
		if (rc != SQLITE_OK)
			return rc;
	}
	if (!old || old->user_id != s->user_id || strcmp(old->date, s->date) != 0) {
		char w1[9], w2[9];
		int same_week = old && old->user_id == s->user_id &&
		                strcmp(iso_week_of_date(old->date, w1), iso_week_of_date(s->date, w2)) == 0;
		if (!same_week && (rc = note_change(rq, s->user_id, s->date,
		                                    arena_printf(a, "New shift for you: %s.", what), &published)) != SQLITE_OK)
			return rc;
		if (same_week)
			published = old_published;
	} else {
		published = old_published;
	}
	sqlite3_stmt *st = db_stmt(&rota_table, old ? ST_UPDATE_SHIFT : ST_INSERT_SHIFT);
	if (st == NULL)
		return SQLITE_ERROR;
	bind_shift(st, a, s, published);
	if (old)
		sqlite3_bind_int64(st, 13, old->id);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	if (!old)
		s->id = sqlite3_last_insert_rowid(db_get());
	return audit_record(rq, old ? "shift.updated" : "shift.created", "shift", s->id,
	                    arena_printf(a, "user=%lld %s%s", s->user_id, what,
	                                 published ? " (published week)" : ""));
}

/* See rota_core.h. */
int rota_shift_remove(struct request *rq, const struct rota_shift *old)
{
	int published;
	const char *what = rota_shift_summary(&rq->arena, old);
	int rc = note_change(rq, old->user_id, old->date,
	                     arena_printf(&rq->arena, "Your shift %s was removed.", what), &published);
	sqlite3_stmt *st = db_stmt(&rota_table, ST_DELETE_SHIFT);
	if (rc != SQLITE_OK || st == NULL)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, old->id);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	return audit_record(rq, "shift.deleted", "shift", old->id,
	                    arena_printf(&rq->arena, "user=%lld %s", old->user_id, what));
}

/* Reads the working-time facts of a person: young on date, opted out. */
static int person_facts(long long user_id, const char *date, struct wtr_person *p)
{
	sqlite3_stmt *st = db_stmt(&rota_table, ST_PERSON_FACTS);
	memset(p, 0, sizeof *p);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, user_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		p->young_worker = is_under_18(db_text(st, 0), date);
		p->opted_out = db_text(st, 1)[0] != '\0';
	}
	sqlite3_reset(st);
	return SQLITE_OK;
}

/* Loads a person's shifts starting in [from, to) into a malloc'd array;
 * NULL when out of memory or they could not be read. */
static struct wtr_shift *person_shifts(long long user_id, time_t from, time_t to, size_t *n)
{
	char a[21], b[21];
	size_t cap = 64;
	int rc;
	struct wtr_shift *s = malloc(cap * sizeof *s);
	sqlite3_stmt *st = db_stmt(&rota_table, ST_PERSON_SHIFTS);
	*n = 0;
	if (s == NULL || st == NULL) {
		free(s);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_text(st, 2, iso_utc(from, a), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, iso_utc(to, b), -1, SQLITE_TRANSIENT);
	while (db_step_row(st, &rc)) {
		if (*n == cap) {
			struct wtr_shift *more = realloc(s, 2 * cap * sizeof *s);
			if (more == NULL) {
				rc = SQLITE_NOMEM;
				break;
			}
			s = more;
			cap *= 2;
		}
		struct wtr_shift *x = &s[*n];
		x->id = sqlite3_column_int64(st, 0);
		if (!parse_utc_text(db_text(st, 1), &x->start) || !parse_utc_text(db_text(st, 2), &x->end))
			continue;
		x->break_minutes = sqlite3_column_int(st, 3);
		(*n)++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		free(s);
		return NULL;
	}
	return s;
}

/* Returns 1 when the breach has been acknowledged before. */
static int breach_acknowledged(long long user_id, const char *rule, const char *period)
{
	sqlite3_stmt *st = db_stmt(&rota_table, ST_ACKED);
	if (st == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_text(st, 2, rule, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, period, -1, SQLITE_STATIC);
	int found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* Stores one breach and, when it is not acknowledged, lists it in open. */
static int store_breach(struct arena *a, long long user_id, const struct wtr_breach *b,
                        struct rota_open_breach **open, int *count)
{
	char period[21], date[11];
	sqlite3_stmt *st = db_stmt(&rota_table, ST_INSERT_BREACH);
	if (st == NULL)
		return SQLITE_ERROR;
	iso_utc(b->period_start, period);
	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_text(st, 2, wtr_rule_key(b->rule), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, period, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, b->shift_id);
	sqlite3_bind_text(st, 5, london_date(b->period_start, date), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, b->detail, -1, SQLITE_TRANSIENT);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK || breach_acknowledged(user_id, wtr_rule_key(b->rule), period))
		return rc;
	if ((*count & 15) == 0) {
		struct rota_open_breach *more = arena_alloc(a, (size_t)(*count + 16) * sizeof *more);
		if (more == NULL)
			return SQLITE_NOMEM;
		if (*count)
			memcpy(more, *open, (size_t)*count * sizeof *more);
		*open = more;
	}
	struct rota_open_breach *o = &(*open)[(*count)++];
	o->user_id = user_id;
	o->rule = wtr_rule_key(b->rule);
	o->period = arena_strdup(a, period);
	o->detail = arena_strdup(a, b->detail);
	return SQLITE_OK;
}

/* See rota_core.h. A change on date can move the breaches whose period
 * starts from 8 days before it to 17 weeks and 8 days after it (the
 * averages of the following 17 weeks include it); the shifts of 18 weeks
 * before and after are read so each check has what it needs. */
int rota_refresh_breaches(struct arena *a, long long user_id, const char *date,
                          struct rota_open_breach **open, int *count)
{
	char d1[11], d2[11], d3[11], d4[11], from_iso[21], to_iso[21];
	struct wtr_person person;
	struct wtr_breach found[64];
	size_t n;
	time_t from = london_time(date_add_days(date, -8, d1), 0);
	time_t to = london_time(date_add_days(date, 17 * 7 + 8, d2), 0);
	int rc = person_facts(user_id, date, &person);
	if (rc != SQLITE_OK)
		return rc;
	struct wtr_shift *shifts = person_shifts(user_id, london_time(date_add_days(date, -18 * 7 - 8, d3), 0),
	                                         london_time(date_add_days(date, 18 * 7 + 8, d4), 0), &n);
	if (shifts == NULL)
		return SQLITE_NOMEM;
	long total = wtr_check(shifts, n, &person, from, to, found, sizeof found / sizeof found[0]);
	free(shifts);
	if (total < 0)
		return SQLITE_NOMEM;
	sqlite3_stmt *st = db_stmt(&rota_table, ST_DELETE_BREACHES);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_text(st, 2, iso_utc(from, from_iso), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, iso_utc(to, to_iso), -1, SQLITE_TRANSIENT);
	if ((rc = db_exec_stmt(st)) != SQLITE_OK)
		return rc;
	for (long i = 0; i < total && i < (long)(sizeof found / sizeof found[0]) && rc == SQLITE_OK; i++)
		rc = store_breach(a, user_id, &found[i], open, count);
	return rc;
}

/* See rota_core.h. */
int rota_ack_breaches(struct request *rq, const struct rota_open_breach *b, int n,
                      const char *reason)
{
	char now[21];
	iso_utc(now_utc(), now);
	for (int i = 0; i < n; i++) {
		sqlite3_stmt *st = db_stmt(&rota_table, ST_INSERT_ACK);
		if (st == NULL)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, b[i].user_id);
		sqlite3_bind_text(st, 2, b[i].rule, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, b[i].period, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, b[i].detail, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, reason, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 6, rq->session ? rq->session->user_id : 0);
		sqlite3_bind_text(st, 7, now, -1, SQLITE_STATIC);
		int rc = db_exec_stmt(st);
		if (rc == SQLITE_OK)
			rc = audit_record(rq, "wtr.acknowledged", "user", b[i].user_id,
			                  arena_printf(&rq->arena, "rule=%s period=%s reason=%s", b[i].rule,
			                               b[i].period, reason));
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/* Orders batch entries by person, then date. */
static int by_person_date(const void *a, const void *b)
{
	const struct rota_shift *x = *(const struct rota_shift *const *)a, *y = *(const struct rota_shift *const *)b;
	if (x->user_id != y->user_id)
		return x->user_id < y->user_id ? -1 : 1;
	return strcmp(x->date, y->date);
}

/* See rota_core.h. Each person's record is recomputed from their first
 * date in steps of 17 weeks, so every affected period is covered. */
int rota_store_batch(struct request *rq, struct rota_shift *s, int n, const char **problems,
                     int *refused)
{
	*refused = 0;
	for (int i = 0; i < n; i++) {
		const char *message;
		problems[i] = NULL;
		if (rota_shift_conflict(&rq->arena, &s[i], &message) != ROTA_CONFLICT_NONE) {
			problems[i] = message;
			(*refused)++;
			continue;
		}
		int rc = rota_shift_store(rq, &s[i], NULL);
		if (rc != SQLITE_OK)
			return rc;
	}
	if (*refused)
		return ROTA_REFUSED;
	const struct rota_shift **order = arena_alloc(&rq->arena, (size_t)(n ? n : 1) * sizeof *order);
	if (order == NULL)
		return SQLITE_NOMEM;
	for (int i = 0; i < n; i++)
		order[i] = &s[i];
	qsort(order, (size_t)n, sizeof *order, by_person_date);
	struct rota_open_breach *open = NULL;
	int open_count = 0;
	char step[11] = "";
	for (int i = 0; i < n; i++) {
		if (i > 0 && order[i]->user_id == order[i - 1]->user_id && strcmp(order[i]->date, step) < 0)
			continue;
		int rc = rota_refresh_breaches(&rq->arena, order[i]->user_id, order[i]->date, &open, &open_count);
		if (rc != SQLITE_OK)
			return rc;
		date_add_days(order[i]->date, 17 * 7, step);
	}
	return SQLITE_OK;
}

/* See rota_core.h. */
const char *rota_person_name(struct arena *a, long long user_id)
{
	sqlite3_stmt *st = db_stmt(&rota_table, ST_PERSON_NAME);
	const char *name = "";
	if (st == NULL)
		return name;
	sqlite3_bind_int64(st, 1, user_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		name = arena_strdup(a, db_text(st, 0));
	sqlite3_reset(st);
	return name;
}

/* See rota.h. */
int rota_planned_hours(const char *from_date, const char *to_date, long long team_id,
                       double *hours)
{
	if (!valid_date(from_date) || !valid_date(to_date))
		return -1;
	sqlite3_stmt *st = db_stmt(&rota_table, ST_PLANNED_HOURS);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, from_date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, to_date, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, team_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*hours = sqlite3_column_double(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* See rota.h. */
int rota_working_time_warnings(const char *from_date, const char *to_date, long long *warnings,
                               long long *acknowledged)
{
	if (!valid_date(from_date) || !valid_date(to_date))
		return -1;
	sqlite3_stmt *st = db_stmt(&rota_table, ST_WARNING_COUNTS);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, from_date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, to_date, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*warnings = sqlite3_column_int64(st, 0);
		*acknowledged = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : -1;
}
