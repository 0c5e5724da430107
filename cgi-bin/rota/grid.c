/*
 * grid.c: the views of the rota: the week grid (people down, days
 * across, weekly hours, warnings, changes, cover), its print view, the
 * day timeline and a person's own rota. Staff see only published weeks;
 * managers see drafts too.
 *
 * Pages: GET /rota, GET /rota/print, GET /rota/day, GET /rota/mine.
 */
#include "rota_core.h"
#include "core/fragment.h"
#include "core/options.h"
#include "core/auth.h"
#include "core/caltime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum grid_stmt {
	ST_TEAMS,
	ST_PEOPLE,
	ST_WEEK_SHIFTS,
	ST_WEEK_BREACHES,
	ST_WEEK_LEAVE,
	ST_PUBLISHED_AT,
	ST_MY_SHIFTS,
	ST_MY_CHANGES,
	ST__COUNT
};
static const char *const grid_sql[ST__COUNT] = {
	[ST_TEAMS] = "SELECT id, name FROM teams ORDER BY name",
	[ST_PEOPLE] = "SELECT id, display_name FROM users WHERE disabled = 0 AND (roles & ?2) <> 0 "
	              "AND (?1 = 0 OR team_id = ?1) ORDER BY display_name COLLATE NOCASE, id",
	[ST_WEEK_SHIFTS] = "SELECT s.id, s.user_id, s.local_date, s.start_local, s.end_local, s.start_utc, s.end_utc, "
	                   "s.break_minutes, s.role, s.location, coalesce(e.name, ''), s.changed_after_publish "
	                   "FROM shifts s LEFT JOIN rota_equipment e ON e.id = s.equipment_id "
	                   "WHERE s.local_date BETWEEN ?1 AND ?2 "
	                   "AND (?3 = 0 OR s.user_id IN (SELECT id FROM users WHERE team_id = ?3)) "
	                   "AND (?4 = '' OR s.role = ?4) AND (?5 = '' OR s.location = ?5) "
	                   "ORDER BY s.local_date, s.user_id, s.start_utc",
	[ST_WEEK_BREACHES] = "SELECT b.shift_id, b.rule, b.detail, EXISTS (SELECT 1 FROM rota_breach_acks a "
	                     "WHERE a.user_id = b.user_id AND a.rule = b.rule AND a.period_start = b.period_start) "
	                     "FROM rota_breaches b WHERE b.local_date BETWEEN ?1 AND ?2 AND b.shift_id IS NOT NULL",
	[ST_WEEK_LEAVE] = "SELECT user_id, kind, status, from_date, to_date FROM rota_leave "
	                  "WHERE status IN ('approved', 'pending') AND from_date <= ?2 AND to_date >= ?1",
	[ST_PUBLISHED_AT] = "SELECT published_at FROM rota_weeks WHERE week = ?",
	[ST_MY_SHIFTS] = "SELECT s.id, s.local_date, s.start_local, s.end_local, s.start_utc, s.end_utc, s.break_minutes, "
	                 "s.role, s.location, coalesce(e.name, ''), s.changed_after_publish, "
	                 "(SELECT status FROM rota_swaps w WHERE w.shift_id = s.id AND w.status IN ('offered', 'accepted') LIMIT 1) "
	                 "FROM shifts s LEFT JOIN rota_equipment e ON e.id = s.equipment_id "
	                 "WHERE s.user_id = ?1 AND s.local_date BETWEEN ?2 AND ?3 ORDER BY s.start_utc",
	[ST_MY_CHANGES] = "SELECT at, summary FROM rota_changes WHERE user_id = ?1 AND week IN (?2, ?3) ORDER BY id DESC LIMIT 30",
};
static sqlite3_stmt *grid_cache[ST__COUNT];
static struct sql_table grid_table = { grid_sql, ST__COUNT, grid_cache, NULL };

const struct field_spec rota_view_fields[ROTA_VIEW__COUNT] = {
	[ROTA_VIEW_WEEK] = { "week", "Week", FIELD_TEXT, 0, 8, 8, NULL },
	[ROTA_VIEW_TEAM] = { "team", "Team", FIELD_INT, 0, 0, 1000000000, NULL },
	[ROTA_VIEW_ROLE] = { "role", "Role", FIELD_CHOICE, 0, 0, 0, rota_roles },
	[ROTA_VIEW_LOCATION] = { "location", "Location", FIELD_TEXT, 0, 0, 60, NULL },
	[ROTA_VIEW_DATE] = { "date", "Date", FIELD_DATE, 0, 0, 0, NULL },
};

static const char *const grid_notices[] = {
	"created", "The shift has been added.",
	"saved", "The shift has been saved.",
	"deleted", "The shift has been deleted.",
	"published", "The week has been published: staff can now see it.",
	"copied", "The shifts have been copied.",
	"pattern", "The repeating shifts have been added.",
	"imported", "The CSV file has been imported.",
	NULL, NULL
};

/* The filters of a view, from its query. */
struct filters {
	long long team;
	const char *role, *location;
};

/* Reads the filters from the validated query. */
static struct filters filters_of(const struct form *f)
{
	struct filters x = { f->values[ROTA_VIEW_TEAM].number, f->values[ROTA_VIEW_ROLE].text,
	                     f->values[ROTA_VIEW_LOCATION].text };
	return x;
}

/* The query string that keeps the filters ("&team=1&role=phones"). */
static const char *filter_query(struct arena *a, const struct filters *x)
{
	return arena_printf(a, "%s%s%s%s%s",
	                    x->team ? arena_printf(a, "&team=%lld", x->team) : "",
	                    x->role[0] ? "&role=" : "", x->role[0] ? url_encode(a, x->role) : "",
	                    x->location[0] ? "&location=" : "", x->location[0] ? url_encode(a, x->location) : "");
}

/* Returns 1 when the signed-in user may plan (sees drafts, edits). */
static int is_manager(const struct request *rq)
{
	return (rq->session->roles & ROLE_MANAGER) != 0;
}

/* Adds the filter controls: teams, roles and the week's locations.
 * Returns 0, or -1 when the teams or locations could not be read. */
static int add_filter_controls(tpl_dict *d, const struct filters *x, const struct rota_week *w)
{
	if (options_from_stmt(d, "TEAM_OPTION", db_stmt(&grid_table, ST_TEAMS), x->team) < 0)
		return -1;
	options_from_list(d, "ROLE_OPTION", rota_roles, rota_role_labels, x->role);
	const char *places[ROTA_MAX_LOCATIONS];
	int n = rota_week_locations(w, &places);
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		tpl_dict *row = tpl_add_row(d, "LOCATION_OPTION");
		if (row == NULL)
			break;
		tpl_set(row, "NAME", places[i]);
		tpl_show_if(row, "SELECTED", strcmp(x->location, places[i]) == 0);
	}
	return 0;
}

/* One person of the grid: their template row and their hours. */
struct grid_person {
	long long id;
	tpl_dict *row;
	double seconds;
	int shifts;
};

/* Finds a person by id in the sorted-by-id index; NULL when not shown. */
static struct grid_person *find_person(struct grid_person **index, int n, long long id)
{
	int lo = 0, hi = n - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (index[mid]->id == id)
			return index[mid];
		if (index[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* Orders person pointers by id. */
static int by_id(const void *a, const void *b)
{
	const struct grid_person *x = *(struct grid_person *const *)a, *y = *(struct grid_person *const *)b;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* A warning or acknowledged warning shown on a shift. */
struct grid_breach {
	long long shift_id;
	const char *rule, *detail;
	int acknowledged;
};

/* Loads the week's warnings that belong to shifts into an arena array:
 * sets *out (NULL when there are none) and *n. Returns 0, or -1 when they
 * could not be read. */
static int load_breaches(struct arena *a, const struct rota_week *w, struct grid_breach **out, int *n)
{
	sqlite3_stmt *st = db_stmt(&grid_table, ST_WEEK_BREACHES);
	struct grid_breach *b = NULL;
	int cap = 0, rc;
	*out = NULL;
	*n = 0;
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, w->days[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, w->days[6], -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		if (*n == cap) {
			struct grid_breach *more = arena_alloc(a, (size_t)(cap + 16) * sizeof *more);
			if (more == NULL)
				break;
			if (*n)
				memcpy(more, b, (size_t)*n * sizeof *b);
			b = more;
			cap += 16;
		}
		b[*n].shift_id = sqlite3_column_int64(st, 0);
		b[*n].rule = arena_strdup(a, db_text(st, 1));
		b[*n].detail = arena_strdup(a, db_text(st, 2));
		b[*n].acknowledged = sqlite3_column_int(st, 3);
		(*n)++;
	}
	sqlite3_reset(st);
	*out = b;
	return db_rows_failed(rc) ? -1 : 0;
}

/* Marks the days of approved or requested leave and unavailability in
 * the people's cells (managers' view); returns 0, or -1 when they could
 * not be read. */
static int add_leave(struct grid_person **index, int n, const struct rota_week *w)
{
	static const char *const leave_sections[] = { "L1", "L2", "L3", "L4", "L5", "L6", "L7" };
	sqlite3_stmt *st = db_stmt(&grid_table, ST_WEEK_LEAVE);
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, w->days[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, w->days[6], -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		struct grid_person *p = find_person(index, n, sqlite3_column_int64(st, 0));
		if (p == NULL)
			continue;
		int leave = strcmp(db_text(st, 1), "leave") == 0, approved = strcmp(db_text(st, 2), "approved") == 0;
		const char *what = !leave ? "Unavailable" : approved ? "On leave" : "Leave requested";
		for (int d = 0; d < 7; d++)
			if (strcmp(w->days[d], db_text(st, 3)) >= 0 && strcmp(w->days[d], db_text(st, 4)) <= 0)
				tpl_set(tpl_add_row(p->row, leave_sections[d]), "WHAT", what);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Seconds worked (net of the break) by a shift row's UTC text times. */
static double shift_net_seconds(const char *start, const char *end, int break_minutes)
{
	time_t a, b;
	if (!parse_utc_text(start, &a) || !parse_utc_text(end, &b))
		return 0;
	return (double)(b - a) - break_minutes * 60.0;
}

/* "37.5" for a number of seconds, as hours. */
static const char *hours_text(struct arena *a, double seconds)
{
	double h = seconds / 3600.0;
	long tenths = (long)(h * 100 + 0.5);
	if (tenths % 100 == 0)
		return arena_printf(a, "%ld", tenths / 100);
	return arena_printf(a, "%.2f", h);
}

/* Fills the grid's PERSON rows and their cells from the week's shifts.
 * Returns the number of shifts shown, or -1 on error. */
static int fill_grid(struct request *rq, tpl_dict *d, const struct rota_week *w,
                     const struct filters *x, int manager, int editable)
{
	struct arena *a = &rq->arena;
	sqlite3_stmt *st = db_stmt(&grid_table, ST_PEOPLE);
	int n = 0, cap = 64, shown = 0, rc;
	struct grid_person *people = arena_alloc(a, (size_t)cap * sizeof *people);
	if (st == NULL || people == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, x->team);
	auth_bind_roles(st, 2, ROLE_STAFF);
	while (db_step_row(st, &rc)) {
		if (n == cap) {
			struct grid_person *more = arena_alloc(a, (size_t)cap * 2 * sizeof *more);
			if (more == NULL)
				break;
			memcpy(more, people, (size_t)n * sizeof *people);
			people = more;
			cap *= 2;
		}
		struct grid_person *p = &people[n];
		memset(p, 0, sizeof *p);
		p->id = sqlite3_column_int64(st, 0);
		if ((p->row = tpl_add_row(d, "PERSON")) == NULL)
			break;
		tpl_set(p->row, "NAME", db_text(st, 1));
		tpl_set_int(p->row, "USER_ID", p->id);
		tpl_show(p->row, manager ? "PERSON_LINK" : "PERSON_PLAIN");
		n++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	struct grid_person **index = arena_alloc(a, (size_t)(n ? n : 1) * sizeof *index);
	if (index == NULL)
		return -1;
	for (int i = 0; i < n; i++)
		index[i] = &people[i];
	tpl_set(d, "MONDAY", w->days[0]);
	qsort(index, (size_t)n, sizeof *index, by_id);
	int breach_count = 0;
	struct grid_breach *breaches = NULL;
	if (manager && (add_leave(index, n, w) != 0 || load_breaches(a, w, &breaches, &breach_count) != 0))
		return -1;
	if ((st = db_stmt(&grid_table, ST_WEEK_SHIFTS)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, w->days[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, w->days[6], -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, x->team);
	sqlite3_bind_text(st, 4, x->role, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, x->location, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		static const char *const day_sections[] = { "D1", "D2", "D3", "D4", "D5", "D6", "D7" };
		struct grid_person *p = find_person(index, n, sqlite3_column_int64(st, 1));
		const char *date = db_text(st, 2);
		int day = 0;
		while (day < 7 && strcmp(date, w->days[day]) != 0)
			day++;
		if (p == NULL || day == 7)
			continue;
		tpl_dict *s = tpl_add_row(p->row, day_sections[day]);
		if (s == NULL)
			break;
		long long id = sqlite3_column_int64(st, 0);
		const char *role = db_text(st, 8);
		char time[32];
		snprintf(time, sizeof time, "%s–%s", db_text(st, 3), db_text(st, 4));
		tpl_set_int(s, "ID", id);
		tpl_set(s, "TIME", time);
		tpl_set(s, "ROLE", role);
		tpl_set(s, "ROLE_LABEL", rota_role_label(role));
		tpl_set(s, "LOCATION", db_text(st, 9));
		if (db_text(st, 10)[0])
			tpl_set(tpl_add_row(s, "EQUIPMENT"), "NAME", db_text(st, 10));
		tpl_show_if(s, "CHANGED", sqlite3_column_int(st, 11));
		tpl_show(s, editable ? "EDIT" : "VIEW");
		for (int i = 0; i < breach_count; i++)
			if (breaches[i].shift_id == id) {
				tpl_dict *b = tpl_add_row(s, breaches[i].acknowledged ? "ACKED" : "BREACH");
				if (b) {
					tpl_set(b, "RULE", breaches[i].rule);
					tpl_set(b, "DETAIL", breaches[i].detail);
				}
			}
		p->seconds += shift_net_seconds(db_text(st, 5), db_text(st, 6), sqlite3_column_int(st, 7));
		p->shifts++;
		shown++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	for (int i = 0; i < n; i++)
		tpl_set(people[i].row, "HOURS", hours_text(a, people[i].seconds));
	return shown;
}

/* The publication state of a week: 1 published (at into *at), 0 draft. */
static int week_state(struct request *rq, const char *week, const char **at)
{
	sqlite3_stmt *st = db_stmt(&grid_table, ST_PUBLISHED_AT);
	*at = NULL;
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, week, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*at = display_time(&rq->arena, db_text(st, 0));
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Fills a grid dictionary: the week's days, and either the people with
 * their shifts and the cover, or the notice that the week is not
 * published. Returns 0 or -1. */
static int fill_week(struct request *rq, tpl_dict *d, const struct rota_week *w, const struct filters *x,
                     int manager, int published, int print)
{
	struct arena *a = &rq->arena;
	tpl_set(d, "WEEK", w->week);
	tpl_set(d, "FILTERS", filter_query(a, x));
	for (int i = 0; i < 7; i++) {
		tpl_dict *day = tpl_add_row(d, "DAY");
		if (day) {
			tpl_set(day, "DATE", w->days[i]);
			tpl_set(day, "LABEL", rota_day_label(a, w->days[i]));
		}
	}
	if (!manager && !published) {
		tpl_show(d, "NOT_PUBLISHED");
		return 0;
	}
	int shown = fill_grid(rq, d, w, x, manager, manager && !print);
	if (shown < 0)
		return -1;
	tpl_show(d, "GRID");
	tpl_show_if(d, "NO_SHIFTS", shown == 0);
	if (!print && rota_cover_week(rq, d, w, x->role) != 0)
		return -1;
	return 0;
}

/* What the week grid's fragment is built from. */
struct grid_request {
	struct request *rq;
	const struct rota_week *w;
	const struct filters *x;
	int manager, published;
};

/* Expands the grid of a week from rota/week_grid.tpl (so every value is
 * escaped by ctemplate) into *html; a fragment_builder. */
static int build_grid_html(void *ctx, char **html, size_t *len, long long *count)
{
	const struct grid_request *g = ctx;
	tpl_dict *d = tpl_dict_new();
	if (d == NULL)
		return -1;
	int rc = fill_week(g->rq, d, g->w, g->x, g->manager, g->published, 0);
	if (rc == 0)
		rc = tpl_expand("rota/week_grid.tpl", d, html, len);
	tpl_dict_free(d);
	*count = 0;
	return rc;
}

/* Returns the grid HTML for the week and filters (NULL on error), kept
 * in the worker's fragment cache: a team's grid is read far more often
 * than it is changed. */
static const char *grid_html(struct request *rq, const struct rota_week *w, const struct filters *x,
                             int manager, int published)
{
	char key[FRAGMENT_KEY_MAX];
	struct grid_request g = { rq, w, x, manager, published };
	snprintf(key, sizeof key, "rota/grid|%s|%lld|%s|%s|%d|%d", w->week, x->team, x->role, x->location,
	         manager, published);
	const struct fragment *f = fragment_get(key, build_grid_html, &g);
	return f ? f->data : NULL;
}

/* Builds the week grid (the page or its print view). */
static int week_view(struct request *rq, struct response *rs, int print)
{
	const struct form *f = request_form(rq);
	struct filters x = filters_of(f);
	struct rota_week w;
	struct page p;
	struct arena *a = &rq->arena;
	if (rota_week_init(&w, f->values[ROTA_VIEW_WEEK].text) != 0) {
		respond_error(rq, rs, 400, "Week must be an ISO week like 2026-W48.");
		return 0;
	}
	int manager = is_manager(rq);
	const char *published_at;
	int published = week_state(rq, w.week, &published_at);
	if (published < 0)
		return -1;
	const char *title = arena_printf(a, "Rota, week %s", w.week);
	if (page_begin(&p, rq, rs, title, print ? "rota/print.tpl" : "rota/week.tpl") != 0)
		return -1;
	tpl_set(p.content, "WEEK", w.week);
	tpl_set(p.content, "RANGE", arena_printf(a, "%s to %s", rota_day_label(a, w.days[0]),
	                                         rota_day_label(a, w.days[6])));
	tpl_set(p.content, "PREV", w.prev);
	tpl_set(p.content, "NEXT", w.next);
	tpl_set(p.content, "FILTERS", filter_query(a, &x));
	if (published)
		tpl_set(tpl_add_row(p.content, "PUBLISHED"), "AT", published_at);
	else if (manager)
		tpl_show(p.content, "DRAFT");
	tpl_show_if(p.content, "MANAGER", manager);
	int rc = 0;
	if (print) {
		rc = fill_week(rq, p.content, &w, &x, manager, published, 1);
	} else {
		const char *html = add_filter_controls(p.content, &x, &w) == 0 ?
		                   grid_html(rq, &w, &x, manager, published) : NULL;
		if (html == NULL)
			rc = -1;
		else
			tpl_set(p.content, "GRID_HTML", html);
	}
	if (rc != 0) {
		page_abandon(&p);
		return -1;
	}
	page_notice(&p, rq, grid_notices);
	return page_finish(&p, rs);
}

/* GET /rota?week=&team=&role=&location=: the week grid. */
int rota_week_page(struct request *rq, struct response *rs)
{
	return week_view(rq, rs, 0);
}

/* GET /rota/print?week=...: the week on one A4 landscape page. */
int rota_print_page(struct request *rq, struct response *rs)
{
	return week_view(rq, rs, 1);
}

/* The geometry of the day timeline: 24 hours across. */
#define TL_LEFT 170
#define TL_HOUR 32
#define TL_ROW 26

/* GET /rota/day?date=&team=&role=&location=: the day's shifts as a
 * timeline (SVG) and a table, with the cover slot by slot. */
int rota_day_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct filters x = filters_of(f);
	struct arena *a = &rq->arena;
	char today[11], week[9];
	const char *date = f->values[ROTA_VIEW_DATE].present ? f->values[ROTA_VIEW_DATE].text : today_london(today);
	struct rota_week w;
	if (rota_week_init(&w, iso_week_of_date(date, week)) != 0)
		return -1;
	int manager = is_manager(rq);
	const char *published_at;
	int published = week_state(rq, w.week, &published_at);
	struct page p;
	if (published < 0 || page_begin(&p, rq, rs, arena_printf(a, "Rota, %s", rota_day_label(a, date)),
	                                "rota/day.tpl") != 0)
		return -1;
	char prev[11], next[11];
	tpl_set(p.content, "DATE", date);
	tpl_set(p.content, "DAY", rota_day_label(a, date));
	tpl_set(p.content, "WEEK", w.week);
	tpl_set(p.content, "PREV", date_add_days(date, -1, prev));
	tpl_set(p.content, "NEXT", date_add_days(date, 1, next));
	tpl_set(p.content, "FILTERS", filter_query(a, &x));
	if (add_filter_controls(p.content, &x, &w) != 0) {
		page_abandon(&p);
		return -1;
	}
	if (!manager && !published) {
		tpl_show(p.content, "NOT_PUBLISHED");
		page_notice(&p, rq, grid_notices);
		return page_finish(&p, rs);
	}
	sqlite3_stmt *st = db_stmt(&grid_table, ST_WEEK_SHIFTS);
	if (st == NULL) {
		page_abandon(&p);
		return -1;
	}
	sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, x.team);
	sqlite3_bind_text(st, 4, x.role, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, x.location, -1, SQLITE_STATIC);
	time_t midnight = london_time(date, 0);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "SHIFT");
		time_t s, e;
		if (row == NULL || !parse_utc_text(db_text(st, 5), &s) || !parse_utc_text(db_text(st, 6), &e))
			break;
		const char *name = rota_person_name(a, sqlite3_column_int64(st, 1));
		double from_h = (double)(s - midnight) / 3600.0, to_h = (double)(e - midnight) / 3600.0;
		if (to_h > 24)
			to_h = 24;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "NAME", name);
		tpl_set(row, "START", db_text(st, 3));
		tpl_set(row, "END", db_text(st, 4));
		tpl_set(row, "ROLE", db_text(st, 8));
		tpl_set(row, "ROLE_LABEL", rota_role_label(db_text(st, 8)));
		tpl_set(row, "LOCATION", db_text(st, 9));
		tpl_set(row, "BREAK", arena_printf(a, "%d", sqlite3_column_int(st, 7)));
		tpl_set_int(row, "Y", 20 + rows * TL_ROW);
		tpl_set_int(row, "TEXT_Y", 20 + rows * TL_ROW + 17);
		tpl_set_int(row, "X", TL_LEFT + (long long)(from_h * TL_HOUR));
		tpl_set_int(row, "W", (long long)((to_h - from_h) * TL_HOUR) > 2 ? (long long)((to_h - from_h) * TL_HOUR) : 2);
		tpl_show(row, manager ? "EDIT" : "PLAIN");
		rows++;
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_set_int(p.content, "SVG_HEIGHT", 30 + rows * TL_ROW);
	tpl_set_int(p.content, "SVG_WIDTH", TL_LEFT + 24 * TL_HOUR + 10);
	tpl_set_int(p.content, "AXIS_Y", 20 + rows * TL_ROW);
	for (int h = 0; h <= 24; h += 2) {
		tpl_dict *tick = tpl_add_row(p.content, "TICK");
		if (tick) {
			tpl_set_int(tick, "X", TL_LEFT + h * TL_HOUR);
			tpl_set(tick, "LABEL", arena_printf(a, "%02d:00", h % 24));
		}
	}
	tpl_show_if(p.content, rows ? "HAS_SHIFTS" : "NO_SHIFTS", 1);
	if (rota_cover_day(rq, p.content, date, x.role) != 0) {
		page_abandon(&p);
		return -1;
	}
	return page_finish(&p, rs);
}

/* Fills one week of the person's own rota; returns the shifts shown. */
static int fill_my_week(struct request *rq, tpl_dict *d, const struct rota_week *w, int see_drafts)
{
	struct arena *a = &rq->arena;
	const char *at;
	int published = week_state(rq, w->week, &at);
	tpl_dict *wk = tpl_add_row(d, "MY_WEEK");
	if (wk == NULL || published < 0)
		return -1;
	tpl_set(wk, "WEEK", w->week);
	tpl_set(wk, "RANGE", arena_printf(a, "%s to %s", rota_day_label(a, w->days[0]), rota_day_label(a, w->days[6])));
	if (!published && !see_drafts) {
		tpl_show(wk, "NOT_PUBLISHED");
		return 0;
	}
	tpl_show_if(wk, "DRAFT", !published);
	sqlite3_stmt *st = db_stmt(&grid_table, ST_MY_SHIFTS);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	sqlite3_bind_text(st, 2, w->days[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, w->days[6], -1, SQLITE_STATIC);
	int n = 0, rc;
	double seconds = 0;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(wk, "SHIFT");
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "DAY", rota_day_label(a, db_text(st, 1)));
		tpl_set(row, "START", db_text(st, 2));
		tpl_set(row, "END", db_text(st, 3));
		tpl_set(row, "BREAK", arena_printf(a, "%d", sqlite3_column_int(st, 6)));
		tpl_set(row, "ROLE_LABEL", rota_role_label(db_text(st, 7)));
		tpl_set(row, "LOCATION", db_text(st, 8));
		tpl_set(row, "EQUIPMENT", db_text(st, 9));
		tpl_show_if(row, "CHANGED", sqlite3_column_int(st, 10));
		const char *swap = db_text(st, 11);
		if (swap[0])
			tpl_set(tpl_add_row(row, "SWAP_STATE"), "STATE", strcmp(swap, "offered") == 0 ?
			        "Offered for swap" : "Swap accepted, waiting for a manager");
		else if (published)
			tpl_show(row, "CAN_OFFER");
		seconds += shift_net_seconds(db_text(st, 4), db_text(st, 5), sqlite3_column_int(st, 6));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc))
		return -1;
	tpl_set(wk, "HOURS", hours_text(a, seconds));
	tpl_show_if(wk, n ? "HAS_SHIFTS" : "NO_SHIFTS", 1);
	return n;
}

static const char *const mine_notices[] = {
	"offered", "Your shift is offered for swap; a colleague who can work the role may accept it.",
	NULL, NULL
};

/* GET /rota/mine?week=: my shifts this week and next (published weeks
 * only), my hours, and the changes made to my published shifts. */
int rota_mine_page(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct rota_week w, next;
	struct page p;
	if (rota_week_init(&w, f->values[ROTA_VIEW_WEEK].text) != 0) {
		respond_error(rq, rs, 400, "Week must be an ISO week like 2026-W48.");
		return 0;
	}
	rota_week_init(&next, w.next);
	if (page_begin(&p, rq, rs, "My rota", "rota/mine.tpl") != 0)
		return -1;
	tpl_set(p.content, "PREV", w.prev);
	tpl_set(p.content, "NEXT", w.next);
	if (fill_my_week(rq, p.content, &w, 0) < 0 || fill_my_week(rq, p.content, &next, 0) < 0) {
		page_abandon(&p);
		return -1;
	}
	sqlite3_stmt *st = db_stmt(&grid_table, ST_MY_CHANGES);
	int rc;
	if (st == NULL) {
		page_abandon(&p);
		return -1;
	}
	sqlite3_bind_int64(st, 1, rq->session->user_id);
	sqlite3_bind_text(st, 2, w.week, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, next.week, -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		tpl_show(p.content, "HAS_CHANGES");
		tpl_dict *row = tpl_add_row(p.content, "CHANGE");
		if (row == NULL)
			break;
		tpl_set(row, "AT", display_time(&rq->arena, db_text(st, 0)));
		tpl_set(row, "SUMMARY", db_text(st, 1));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc) || rota_leave_panel(rq, p.content) != 0) {
		page_abandon(&p);
		return -1;
	}
	page_notice(&p, rq, mine_notices);
	return page_finish(&p, rs);
}
