/*
 * cover.c: the cover needed per weekday, time slot and role, and the
 * comparison with the cover planned, slot by slot (30 minutes): a heat
 * map of the week drawn as SVG with a table beside it, the same for one
 * day, and rota_cover_percent() for other areas.
 *
 * Planned cover counts the people whose shift in the role spans the whole
 * slot (breaks are not placed in time, so they are not subtracted). The
 * counts of a week, and the section drawn from them, are kept in the
 * worker's fragment cache (core/fragment.h) until the database changes, so
 * the week grid does not re-read every shift of the organisation each time.
 *
 * Pages: GET /rota/cover, POST /rota/cover, POST /rota/cover/{id}/delete.
 */
#include "rota_core.h"
#include "core/options.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/fragment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 48

enum cover_stmt {
	ST_REQUIREMENTS,
	ST_SHIFTS_IN_DAYS,
	ST_LIST,
	ST_INSERT,
	ST_DELETE,
	ST__COUNT
};
static const char *const cover_sql[ST__COUNT] = {
	[ST_REQUIREMENTS] = "SELECT weekday, start_min, end_min, role, needed FROM rota_cover",
	[ST_SHIFTS_IN_DAYS] = "SELECT start_utc, end_utc, role, location, local_date >= ?3 FROM shifts "
	                      "WHERE local_date BETWEEN ?1 AND ?2",
	[ST_LIST] = "SELECT id, weekday, start_min, end_min, role, needed FROM rota_cover "
	            "ORDER BY weekday, start_min, role",
	[ST_INSERT] = "INSERT INTO rota_cover (weekday, start_min, end_min, role, needed) VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_DELETE] = "DELETE FROM rota_cover WHERE id = ?",
};
static sqlite3_stmt *cover_cache_st[ST__COUNT];
static struct sql_table cover_table = { cover_sql, ST__COUNT, cover_cache_st, NULL };

static const char *const weekday_values[] = { "1", "2", "3", "4", "5", "6", "7", NULL };

const struct field_spec rota_cover_fields[ROTA_COVER__COUNT] = {
	[ROTA_COVER_WEEKDAY] = { "weekday", "Day", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, weekday_values },
	[ROTA_COVER_START] = { "start", "From", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_COVER_END] = { "end", "To", FIELD_TIME, FIELD_REQUIRED, 0, 0, NULL },
	[ROTA_COVER_ROLE] = { "role", "Role", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, rota_roles },
	[ROTA_COVER_NEEDED] = { "needed", "People needed", FIELD_INT, FIELD_REQUIRED, 1, 500, NULL },
};

/* Needed and planned people per day, slot and role, for up to 7 days. */
struct cover_grid {
	int days;
	char dates[7][11];
	time_t slot_start[7][SLOTS + 1];
	short needed[7][SLOTS][ROTA_ROLE_COUNT];
	short planned[7][SLOTS][ROTA_ROLE_COUNT];
	int first_slot, last_slot;   /* the slots any requirement covers: [first, last) */
	int location_count;
	char locations[ROTA_MAX_LOCATIONS][61];   /* the places people work these days */
};

/* The start instants of each 30-minute slot of a local date (and the
 * next midnight at index SLOTS). */
static void slot_starts(const char *date, time_t out[SLOTS + 1])
{
	char next[11];
	time_t midnight = london_time(date, 0);
	time_t end = london_time(date_add_days(date, 1, next), 0);
	for (int k = 0; k <= SLOTS; k++)
		out[k] = end - midnight == 86400 ? midnight + k * 1800 : london_time(date, k * 30L);
	out[SLOTS] = end;
}

/* Adds the requirements to the grid's needed counts. */
static int load_needed(struct cover_grid *g)
{
	sqlite3_stmt *st = db_stmt(&cover_table, ST_REQUIREMENTS);
	int rc;
	if (st == NULL)
		return -1;
	g->first_slot = SLOTS;
	g->last_slot = 0;
	while (db_step_row(st, &rc)) {
		int wd = sqlite3_column_int(st, 0), from = sqlite3_column_int(st, 1) / 30;
		int to = sqlite3_column_int(st, 2) / 30, role = rota_role_index(db_text(st, 3));
		int needed = sqlite3_column_int(st, 4);
		if (role < 0 || from < 0 || to > SLOTS)
			continue;
		if (from < g->first_slot)
			g->first_slot = from;
		if (to > g->last_slot)
			g->last_slot = to;
		for (int d = 0; d < g->days; d++)
			if (date_weekday(g->dates[d]) == wd)
				for (int k = from; k < to; k++)
					g->needed[d][k][role] += (short)needed;
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Adds a location to the grid's list of places, once. */
static void note_location(struct cover_grid *g, const char *location)
{
	if (location[0] == '\0' || strlen(location) > 60)
		return;
	for (int i = 0; i < g->location_count; i++)
		if (strcmp(g->locations[i], location) == 0)
			return;
	if (g->location_count < ROTA_MAX_LOCATIONS)
		strcpy(g->locations[g->location_count++], location);
}

/* Counts each shift in every slot it spans wholly, and notes where
 * people work. */
static int load_planned(struct cover_grid *g)
{
	char before[11];
	sqlite3_stmt *st = db_stmt(&cover_table, ST_SHIFTS_IN_DAYS);
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, date_add_days(g->dates[0], -1, before), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, g->dates[g->days - 1], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, g->dates[0], -1, SQLITE_STATIC);
	while (db_step_row(st, &rc)) {
		time_t s, e;
		if (sqlite3_column_int(st, 4))
			note_location(g, db_text(st, 3));
		int role = rota_role_index(db_text(st, 2));
		if (role < 0 || !parse_utc_text(db_text(st, 0), &s) || !parse_utc_text(db_text(st, 1), &e))
			continue;
		for (int d = 0; d < g->days; d++) {
			const time_t *slot = g->slot_start[d];
			if (e <= slot[0] || s >= slot[SLOTS])
				continue;
			for (int k = 0; k < SLOTS; k++)
				if (slot[k] >= s && slot[k + 1] <= e)
					g->planned[d][k][role]++;
		}
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* Fills g for days consecutive dates from first (at most 7). */
static int build_grid(struct cover_grid *g, const char *first, int days)
{
	memset(g, 0, sizeof *g);
	g->days = days;
	for (int d = 0; d < days; d++) {
		date_add_days(first, d, g->dates[d]);
		slot_starts(g->dates[d], g->slot_start[d]);
	}
	if (load_needed(g) != 0 || load_planned(g) != 0)
		return -1;
	return 0;
}

/* What a cover fragment is built from: the days, and for the drawn
 * section the request (for its arena), the role (-1 all) and the words
 * for the days. */
struct cover_request {
	struct request *rq;
	const char *first;
	int days, role;
	const char *scope;
};

/* Builds the grid of a cover_request's days; a fragment_builder. */
static int build_grid_fragment(void *ctx, char **data, size_t *len, long long *count)
{
	const struct cover_request *c = ctx;
	struct cover_grid *g = malloc(sizeof *g);
	if (g == NULL || build_grid(g, c->first, c->days) != 0) {
		free(g);
		return -1;
	}
	*data = (char *)g;
	*len = sizeof *g;
	*count = g->last_slot - g->first_slot;
	return 0;
}

/* The grid for days from first, from the worker's fragment cache (built
 * when the database has changed); NULL on error. */
static const struct cover_grid *grid_for(const char *first, int days)
{
	char key[FRAGMENT_KEY_MAX];
	struct cover_request c = { NULL, first, days, -1, NULL };
	snprintf(key, sizeof key, "rota/cover-grid|%s|%d", first, days);
	const struct fragment *f = fragment_get(key, build_grid_fragment, &c);
	return f ? (const struct cover_grid *)f->data : NULL;
}

/* See rota_core.h. */
int rota_week_locations(const struct rota_week *w, const char *(*out)[ROTA_MAX_LOCATIONS])
{
	const struct cover_grid *g = grid_for(w->days[0], 7);
	if (g == NULL)
		return -1;
	for (int i = 0; i < g->location_count; i++)
		(*out)[i] = g->locations[i];
	return g->location_count;
}

/* How a slot stands for the chosen roles: 0 nothing needed, 1 short,
 * 2 exactly met, 3 more than needed. Sets *needed and *planned (planned
 * counts only the roles needed in the slot). */
static int slot_state(const struct cover_grid *g, int d, int k, int role, int *needed, int *planned)
{
	int short_of = 0, over = 0;
	*needed = *planned = 0;
	for (int r = 0; r < ROTA_ROLE_COUNT; r++) {
		if ((role >= 0 && r != role) || g->needed[d][k][r] == 0)
			continue;
		*needed += g->needed[d][k][r];
		*planned += g->planned[d][k][r];
		short_of |= g->planned[d][k][r] < g->needed[d][k][r];
		over |= g->planned[d][k][r] > g->needed[d][k][r];
	}
	if (*needed == 0)
		return 0;
	return short_of ? 1 : over ? 3 : 2;
}

static const char *const state_names[] = { "", "Understaffed", "Met", "Overstaffed" };
static const char *const state_fills[] = { "#f2f2f2", "#c62828", "#2e7d32", "#1565c0" };

/* "08:30" for a slot boundary. */
static const char *slot_clock(struct arena *a, int k)
{
	return arena_printf(a, "%02d:%02d", (k / 2) % 24, k % 2 ? 30 : 0);
}

/* Appends one table cell holding escaped text. */
static void cell(struct buf *b, const char *s)
{
	buf_puts(b, "<td>");
	html_escape_append(b, s);
	buf_puts(b, "</td>");
}

/* Draws the heat map (SVG: days across, half hours down, one rect per
 * slot coloured by its state) into b. Only numbers and fixed labels go
 * in. Counts the short and over slots. */
static void draw_heatmap(struct arena *a, struct buf *b, const struct cover_grid *g, int role,
                         int *shortages, int *overs)
{
	const int left = 70, col = 84, row = 11, top = 22;
	int rows = g->last_slot - g->first_slot, w = left + col * g->days + 4, h = top + rows * row + 4;
	buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
	           "role=\"img\" aria-labelledby=\"heatmap-title\"><title id=\"heatmap-title\">Heat map of cover: days "
	           "across, half hours down; red understaffed, green met, blue overstaffed, grey nothing needed. "
	           "The table beside it gives the same figures.</title>", w, h, w, h);
	for (int d = 0; d < g->days; d++) {
		buf_printf(b, "<text x=\"%d\" y=\"14\" font-size=\"11\" text-anchor=\"middle\">", left + col * d + col / 2);
		html_escape_append(b, rota_day_label(a, g->dates[d]));
		buf_puts(b, "</text>");
	}
	for (int k = g->first_slot; k < g->last_slot; k += 2)
		buf_printf(b, "<text x=\"64\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>",
		           top + (k - g->first_slot) * row + 9, slot_clock(a, k));
	*shortages = *overs = 0;
	for (int d = 0; d < g->days; d++)
		for (int k = g->first_slot; k < g->last_slot; ) {
			int needed, planned, state = slot_state(g, d, k, role, &needed, &planned), end = k + 1;
			while (end < g->last_slot && slot_state(g, d, end, role, &needed, &planned) == state)
				end++;                           /* one rect for a run of slots alike */
			*shortages += (state == 1) * (end - k);
			*overs += (state == 3) * (end - k);
			buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"82\" height=\"%d\" fill=\"%s\"/>",
			           left + col * d, top + (k - g->first_slot) * row, (end - k) * row - 1, state_fills[state]);
			k = end;
		}
	buf_puts(b, "</svg>");
}

/* Writes the table rows: runs of slots of one role with the same numbers. */
static void draw_table(struct arena *a, struct buf *b, const struct cover_grid *g, int role)
{
	for (int d = 0; d < g->days; d++)
		for (int r = 0; r < ROTA_ROLE_COUNT; r++) {
			if (role >= 0 && r != role)
				continue;
			for (int k = g->first_slot; k < g->last_slot; ) {
				int n = g->needed[d][k][r], p = g->planned[d][k][r], end = k + 1;
				if (n == 0) {
					k++;
					continue;
				}
				while (end < g->last_slot && g->needed[d][end][r] == n && g->planned[d][end][r] == p)
					end++;
				int state = p < n ? 1 : p > n ? 3 : 2;
				buf_printf(b, "<tr class=\"%s\">", state == 1 ? "cover-short" : state == 3 ? "cover-over" : "cover-met");
				cell(b, rota_day_label(a, g->dates[d]));
				cell(b, arena_printf(a, "%s–%s", slot_clock(a, k), slot_clock(a, end)));
				cell(b, rota_role_labels[r]);
				cell(b, arena_printf(a, "%d", n));
				cell(b, arena_printf(a, "%d", p));
				cell(b, state_names[state]);
				buf_puts(b, "</tr>");
				k = end;
			}
		}
}

/* Draws the whole cover section body (summary, heat map and table) of a
 * cover_request; a fragment_builder. */
static int build_cover_html(void *ctx, char **data, size_t *len, long long *count)
{
	const struct cover_request *c = ctx;
	const struct cover_grid *g = grid_for(c->first, c->days);
	struct arena *a = &c->rq->arena;
	struct buf svg = {0}, html = {0};
	int shortages, overs;
	if (g == NULL)
		return -1;
	draw_heatmap(a, &svg, g, c->role, &shortages, &overs);
	buf_printf(&html, "<p>Slot by slot (30 minutes) for %s: <strong>%d</strong> understaffed and "
	           "<strong>%d</strong> overstaffed slots.</p><div class=\"rota-cover-layout\"><div class=\"rota-heatmap\">",
	           c->scope, shortages, overs);
	buf_append(&html, svg.data, svg.len);
	buf_free(&svg);
	buf_printf(&html, "</div><div class=\"table-wrap\"><table class=\"table rota-cover-table\"><caption>Cover "
	           "needed against planned, %s</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Time</th>"
	           "<th scope=\"col\">Role</th><th scope=\"col\">Needed</th><th scope=\"col\">Planned</th>"
	           "<th scope=\"col\">State</th></tr></thead><tbody>", c->scope);
	draw_table(a, &html, g, c->role);
	if (buf_puts(&html, "</tbody></table></div></div>") != 0) {
		buf_free(&html);
		return -1;
	}
	*data = html.data;
	*len = html.len;
	*count = shortages;
	return 0;
}

/* Adds the COVER include for days from first. */
static int add_cover(struct request *rq, tpl_dict *d, const char *first, int days, const char *role)
{
	const struct cover_grid *g = grid_for(first, days);
	if (g == NULL)
		return -1;
	tpl_dict *inc = tpl_add_include(d, "COVER", "rota/cover.tpl");
	if (inc == NULL)
		return -1;
	if (g->first_slot >= g->last_slot) {
		tpl_show(inc, "NO_REQUIREMENT");
		return 0;
	}
	char key[FRAGMENT_KEY_MAX];
	struct cover_request c = { rq, first, days, role && role[0] ? rota_role_index(role) : -1,
	                           days == 1 ? "this day" : "this week" };
	snprintf(key, sizeof key, "rota/cover-html|%s|%d|%d", first, days, c.role);
	const struct fragment *html = fragment_get(key, build_cover_html, &c);
	if (html == NULL)
		return -1;
	tpl_set(tpl_add_row(inc, "HAS_REQUIREMENT"), "COVER_HTML", html->data);
	return 0;
}

/* See rota_core.h. */
int rota_cover_week(struct request *rq, tpl_dict *d, const struct rota_week *w, const char *role)
{
	return add_cover(rq, d, w->days[0], 7, role);
}

/* See rota_core.h. */
int rota_cover_day(struct request *rq, tpl_dict *d, const char *date, const char *role)
{
	return add_cover(rq, d, date, 1, role);
}

/* Sums the needed slot-hours of a grid and those met, each slot and role
 * capped at what is needed. */
static void sum_cover(const struct cover_grid *g, double *needed, double *met)
{
	for (int d = 0; d < g->days; d++)
		for (int k = 0; k < SLOTS; k++)
			for (int r = 0; r < ROTA_ROLE_COUNT; r++) {
				int n = g->needed[d][k][r], p = g->planned[d][k][r];
				*needed += n * 0.5;
				*met += (p < n ? p : n) * 0.5;
			}
}

/* See rota_core.h. */
int rota_week_cover_percent(const struct rota_week *w, double *percent)
{
	double needed = 0, met = 0;
	const struct cover_grid *g = grid_for(w->days[0], 7);
	if (g == NULL)
		return -1;
	sum_cover(g, &needed, &met);
	*percent = needed > 0 ? 100.0 * met / needed : 100.0;
	return 0;
}

/* See rota.h: weeks of up to 7 days at a time, each slot-hour of need met
 * up to what is needed. */
int rota_cover_percent(const char *from_date, const char *to_date, double *percent)
{
	long from, to;
	double needed = 0, met = 0;
	static struct cover_grid g;
	if (!date_to_days(from_date, &from) || !date_to_days(to_date, &to) || to < from || to - from > 3660)
		return -1;
	for (long day = from; day <= to; day += 7) {
		char first[11];
		int days = to - day + 1 < 7 ? (int)(to - day + 1) : 7;
		if (build_grid(&g, days_to_date(day, first), days) != 0)
			return -1;
		sum_cover(&g, &needed, &met);
	}
	*percent = needed > 0 ? 100.0 * met / needed : 100.0;
	return 0;
}

static const char *const cover_notices[] = {
	"added", "The cover requirement has been added.",
	"deleted", "The cover requirement has been removed.",
	NULL, NULL
};

/* Renders the list of requirements and the form to add one. */
static int show_cover_page(struct request *rq, struct response *rs)
{
	struct page p;
	sqlite3_stmt *st = db_stmt(&cover_table, ST_LIST);
	if (st == NULL || page_begin(&p, rq, rs, "Cover needed", "rota/cover_needed.tpl") != 0)
		return -1;
	const char *chosen_day = "1", *chosen_role = "phones";
	if (rq->form && rq->form->count == ROTA_COVER__COUNT) {
		page_form(&p, rq->form);
		chosen_day = rq->form->values[ROTA_COVER_WEEKDAY].text;
		chosen_role = rq->form->values[ROTA_COVER_ROLE].text;
	} else {
		tpl_set(p.content, "START_VALUE", "08:00");
		tpl_set(p.content, "END_VALUE", "10:00");
		tpl_set(p.content, "NEEDED_VALUE", "2");
	}
	options_from_list(p.content, "WEEKDAY_OPTION", weekday_values, weekday_names + 1, chosen_day);
	options_from_list(p.content, "ROLE_OPTION", rota_roles, rota_role_labels, chosen_role);
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "REQUIREMENT");
		if (row == NULL)
			break;
		rows++;
		int wd = sqlite3_column_int(st, 1);
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "DAY", wd >= 1 && wd <= 7 ? weekday_names[wd] : "");
		tpl_set(row, "FROM", slot_clock(&rq->arena, sqlite3_column_int(st, 2) / 30));
		tpl_set(row, "TO", slot_clock(&rq->arena, sqlite3_column_int(st, 3) / 30));
		tpl_set(row, "ROLE", rota_role_label(db_text(st, 4)));
		tpl_set_int(row, "NEEDED", sqlite3_column_int(st, 5));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, rows ? "HAS_REQUIREMENTS" : "NO_REQUIREMENTS", 1);
	page_notice(&p, rq, cover_notices);
	return page_finish(&p, rs);
}

/* GET /rota/cover, and the page again with a refused requirement. */
int rota_cover_page(struct request *rq, struct response *rs)
{
	return show_cover_page(rq, rs);
}

/* What adding a requirement writes. */
struct cover_ctx {
	struct request *rq;
	int weekday, start, end, needed;
	const char *role;
	long long id;
};

/* Inserts the requirement and audits it. */
static int write_cover(void *vctx)
{
	struct cover_ctx *c = vctx;
	sqlite3_stmt *st = db_stmt(&cover_table, ST_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_int(st, 1, c->weekday);
	sqlite3_bind_int(st, 2, c->start);
	sqlite3_bind_int(st, 3, c->end);
	sqlite3_bind_text(st, 4, c->role, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, c->needed);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "rota.cover_added", "cover", sqlite3_last_insert_rowid(db_get()),
	                    arena_printf(&c->rq->arena, "day=%d %d-%d %s needed=%d", c->weekday, c->start,
	                                 c->end, c->role, c->needed));
}

/* The end of a requirement in minutes after midnight: an end of 00:00
 * is the midnight at the end of the day (1440). */
static int cover_end(const struct form *f)
{
	int end = (int)f->values[ROTA_COVER_END].number;
	return end == 0 ? 1440 : end;
}

/* See rota.h: times on the half hour, the end after the start. */
void rota_cover_check(struct request *rq)
{
	const struct form *f = request_form(rq);
	int start = (int)f->values[ROTA_COVER_START].number, end = cover_end(f);
	int start_ok = f->values[ROTA_COVER_START].error == NULL;   /* read before this check marks it */
	if (start_ok && start % 30)
		request_form_error(rq, ROTA_COVER_START, "From must be on the hour or half hour.");
	if (f->values[ROTA_COVER_END].error)
		return;
	if (end % 30)
		request_form_error(rq, ROTA_COVER_END, "To must be on the hour or half hour.");
	else if (start_ok && end <= start)
		request_form_error(rq, ROTA_COVER_END, "To must be after From (00:00 means midnight at the end of the day).");
}

/* POST /rota/cover (checked by rota_cover_check): adds "N people in a
 * role from start to end on a weekday". */
int rota_cover_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	int start = (int)f->values[ROTA_COVER_START].number, end = cover_end(f);
	struct cover_ctx c = { rq, atoi(f->values[ROTA_COVER_WEEKDAY].text), start, end,
	                       (int)f->values[ROTA_COVER_NEEDED].number, f->values[ROTA_COVER_ROLE].text, 0 };
	if (db_write(write_cover, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/rota/cover?done=added");
	return 0;
}

/* POST /rota/cover/{id}/delete */
int rota_cover_delete_submit(struct request *rq, struct response *rs)
{
	struct audited_delete d = { rq, &cover_table, ST_DELETE, rq->path_ids[0], "rota.cover_removed", "cover" };
	int rc = db_write(audit_delete_by_id, &d);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no such cover requirement.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/rota/cover?done=deleted");
	return 0;
}
