/*
 * rota.h: staff rotas and resource allocation, checked against the
 * Working Time Regulations 1998.
 *
 * Managers plan shifts (a person, a date, start and end, a break, a role,
 * a location, optional equipment), publish weeks, set the cover needed,
 * approve leave and swaps; staff see the published weeks and their own
 * rota, record unavailability, request leave, offer and accept swaps and
 * subscribe to their shifts as a calendar feed.
 *
 * Files: rota.c (shared rules: weeks, saving a shift with its checks, the
 * working-time record, the two functions for other areas), shifts.c
 * (shift form, publish, people, breaches), grid.c (week grid, print,
 * day timeline, my rota), cover.c (cover needed and the heat map),
 * leave.c (leave, unavailability, swaps), io.c (copy, repeating
 * patterns, CSV, iCalendar), demo.c (demo data).
 */
#ifndef FRONTLINE_ROTA_H
#define FRONTLINE_ROTA_H

#include "core/route.h"

/* ---- For other areas (safe to call inside a page's read snapshot) ---- */

/* Sets *hours to the hours of published and draft shifts, net of their
 * breaks, whose local date is in [from_date, to_date] (YYYY-MM-DD,
 * inclusive), for people of one team (team_id 0: everyone). Returns 0,
 * or -1 on a bad date or a database error. */
int rota_planned_hours(const char *from_date, const char *to_date, long long team_id,
                       double *hours);

/* Sets *percent to the share (0 to 100) of the required cover, counted in
 * slot-hours (people x 30-minute slots, each capped at what is needed),
 * that planned shifts meet on the local dates [from_date, to_date]; 100
 * when no cover is required. Returns 0, or -1 on a bad date or a database
 * error. */
int rota_cover_percent(const char *from_date, const char *to_date, double *percent);

/* Sets *warnings to the working-time warnings (breaches of the Working
 * Time Regulations found on the rota) on the local dates [from_date,
 * to_date], and *acknowledged to how many of them a manager has
 * acknowledged with a reason (for the compliance checklists). Returns 0,
 * or -1 on a bad date or a database error. */
int rota_working_time_warnings(const char *from_date, const char *to_date, long long *warnings,
                               long long *acknowledged);

/* Adds the rota's panel to the dashboard (home.c): staff see their next
 * published shifts; managers what waits for them (leave, swaps,
 * working-time warnings) and this week's cover. panel.c. Returns 0 or
 * -1. */
int rota_home_panel(struct request *rq, tpl_dict *content);

/* ---- Pages (routes in intranet.c) ---- */

/* Query fields of the views: ?week=2026-W48&team=&role=&location=&date= */
enum rota_view_field { ROTA_VIEW_WEEK, ROTA_VIEW_TEAM, ROTA_VIEW_ROLE, ROTA_VIEW_LOCATION, ROTA_VIEW_DATE, ROTA_VIEW__COUNT };
extern const struct field_spec rota_view_fields[ROTA_VIEW__COUNT];

/* The shift form. */
enum rota_shift_field {
	ROTA_SHIFT_USER, ROTA_SHIFT_DATE, ROTA_SHIFT_START, ROTA_SHIFT_END, ROTA_SHIFT_BREAK, ROTA_SHIFT_ROLE,
	ROTA_SHIFT_LOCATION, ROTA_SHIFT_EQUIPMENT, ROTA_SHIFT_ACK_REASON, ROTA_SHIFT__COUNT
};
extern const struct field_spec rota_shift_fields[ROTA_SHIFT__COUNT];

/* Forms naming one week, and forms giving a reason. */
enum rota_week_field { ROTA_WEEKF_WEEK, ROTA_WEEKF__COUNT };
extern const struct field_spec rota_week_fields[ROTA_WEEKF__COUNT];
enum rota_reason_field { ROTA_REASON_TEXT, ROTA_REASON__COUNT };
extern const struct field_spec rota_reason_fields[ROTA_REASON__COUNT];

/* What the rota knows about a person (working-time facts and skills). */
enum rota_person_field {
	ROTA_PERSON_DOB, ROTA_PERSON_OPT_OUT, ROTA_PERSON_OPT_OUT_DATE, ROTA_PERSON_SKILL_PHONES,
	ROTA_PERSON_SKILL_EMAIL, ROTA_PERSON_SKILL_FLOOR, ROTA_PERSON_SKILL_TEAM_LEADER, ROTA_PERSON__COUNT
};
extern const struct field_spec rota_person_fields[ROTA_PERSON__COUNT];

/* A cover requirement: N people in a role from start to end on a weekday. */
enum rota_cover_field { ROTA_COVER_WEEKDAY, ROTA_COVER_START, ROTA_COVER_END, ROTA_COVER_ROLE, ROTA_COVER_NEEDED, ROTA_COVER__COUNT };
extern const struct field_spec rota_cover_fields[ROTA_COVER__COUNT];

/* Leave requests and unavailability; decisions on leave and swaps. */
enum rota_leave_field { ROTA_LEAVE_KIND, ROTA_LEAVE_FROM, ROTA_LEAVE_TO, ROTA_LEAVE_NOTE, ROTA_LEAVE__COUNT };
extern const struct field_spec rota_leave_fields[ROTA_LEAVE__COUNT];
enum rota_decide_field { ROTA_DECIDE_DECISION, ROTA_DECIDE_REASON, ROTA_DECIDE__COUNT };
extern const struct field_spec rota_decide_fields[ROTA_DECIDE__COUNT];

/* Copying, repeating patterns, CSV import and the calendar feed. */
enum rota_copy_day_field { ROTA_COPYDAY_FROM, ROTA_COPYDAY_TO, ROTA_COPYDAY__COUNT };
extern const struct field_spec rota_copy_day_fields[ROTA_COPYDAY__COUNT];
enum rota_copy_week_field { ROTA_COPYWEEK_FROM, ROTA_COPYWEEK_TO, ROTA_COPYWEEK__COUNT };
extern const struct field_spec rota_copy_week_fields[ROTA_COPYWEEK__COUNT];
enum rota_pattern_field {
	ROTA_PATTERN_USER, ROTA_PATTERN_FROM, ROTA_PATTERN_WEEKS, ROTA_PATTERN_START, ROTA_PATTERN_END, ROTA_PATTERN_BREAK,
	ROTA_PATTERN_ROLE, ROTA_PATTERN_LOCATION, ROTA_PATTERN_MON, ROTA_PATTERN_TUE, ROTA_PATTERN_WED, ROTA_PATTERN_THU,
	ROTA_PATTERN_FRI, ROTA_PATTERN_SAT, ROTA_PATTERN_SUN, ROTA_PATTERN__COUNT
};
extern const struct field_spec rota_pattern_fields[ROTA_PATTERN__COUNT];
enum rota_import_field { ROTA_IMPORT_WEEK, ROTA_IMPORT_CSV, ROTA_IMPORT__COUNT };
extern const struct field_spec rota_import_fields[ROTA_IMPORT__COUNT];
enum rota_feed_field { ROTA_FEED_KEY, ROTA_FEED__COUNT };
extern const struct field_spec rota_feed_fields[ROTA_FEED__COUNT];

/* Equipment that can be booked. */
enum rota_equipment_field { ROTA_EQUIP_NAME, ROTA_EQUIP_KIND, ROTA_EQUIP__COUNT };
extern const struct field_spec rota_equipment_fields[ROTA_EQUIP__COUNT];

/* grid.c */
int rota_week_page(struct request *rq, struct response *rs);
int rota_print_page(struct request *rq, struct response *rs);
int rota_day_page(struct request *rq, struct response *rs);
int rota_mine_page(struct request *rq, struct response *rs);

/* The forms' checks (see route.h), each in the file of its form: what
 * a validator table cannot say, reported with request_form_error(). */
void rota_shift_check(struct request *rq);
void rota_person_check(struct request *rq);
void rota_leave_check(struct request *rq);
void rota_decide_check(struct request *rq);      /* leave and swap decisions */
void rota_copy_day_check(struct request *rq);
void rota_copy_week_check(struct request *rq);
void rota_pattern_check(struct request *rq);
void rota_import_check(struct request *rq);
void rota_equipment_check(struct request *rq);
void rota_cover_check(struct request *rq);

/* shifts.c */
int rota_shift_new_page(struct request *rq, struct response *rs);
int rota_shift_create_submit(struct request *rq, struct response *rs);
int rota_shift_create_invalid(struct request *rq, struct response *rs);
int rota_shift_edit_page(struct request *rq, struct response *rs);
int rota_shift_update_submit(struct request *rq, struct response *rs);
int rota_shift_update_invalid(struct request *rq, struct response *rs);
int rota_shift_delete_submit(struct request *rq, struct response *rs);
int rota_publish_submit(struct request *rq, struct response *rs);
int rota_breaches_page(struct request *rq, struct response *rs);
int rota_breach_ack_submit(struct request *rq, struct response *rs);
int rota_breach_ack_invalid(struct request *rq, struct response *rs);
int rota_person_page(struct request *rq, struct response *rs);
int rota_person_submit(struct request *rq, struct response *rs);

/* leave.c */
int rota_leave_page(struct request *rq, struct response *rs);
int rota_leave_submit(struct request *rq, struct response *rs);
int rota_leave_decide_submit(struct request *rq, struct response *rs);
int rota_leave_cancel_submit(struct request *rq, struct response *rs);
int rota_offer_submit(struct request *rq, struct response *rs);
int rota_swaps_page(struct request *rq, struct response *rs);
int rota_swap_accept_submit(struct request *rq, struct response *rs);
int rota_swap_decide_submit(struct request *rq, struct response *rs);
int rota_swap_withdraw_submit(struct request *rq, struct response *rs);

/* io.c */
int rota_plan_page(struct request *rq, struct response *rs);
int rota_copy_day_submit(struct request *rq, struct response *rs);
int rota_copy_week_submit(struct request *rq, struct response *rs);
int rota_pattern_submit(struct request *rq, struct response *rs);
int rota_export_page(struct request *rq, struct response *rs);
int rota_import_page(struct request *rq, struct response *rs);
int rota_import_submit(struct request *rq, struct response *rs);
int rota_import_invalid(struct request *rq, struct response *rs);
int rota_calendar_page(struct request *rq, struct response *rs);
int rota_calendar_new_submit(struct request *rq, struct response *rs);
int rota_calendar_revoke_submit(struct request *rq, struct response *rs);
int rota_feed_page(struct request *rq, struct response *rs);
int rota_feed_invalid(struct request *rq, struct response *rs);

/* equipment.c */
int rota_equipment_page(struct request *rq, struct response *rs);
int rota_equipment_submit(struct request *rq, struct response *rs);
int rota_equipment_delete_submit(struct request *rq, struct response *rs);

/* cover.c */
int rota_cover_page(struct request *rq, struct response *rs);
int rota_cover_submit(struct request *rq, struct response *rs);
int rota_cover_delete_submit(struct request *rq, struct response *rs);

/* A published rota week, id YYYYWW (202648 for 2026-W48): shifts per day
 * and role, planned hours and cover against demand. For a portfolio
 * snapshot (core/snapshot.h): 0, 1 when id is not a published week, -1 on
 * error. */
int rota_week_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

/* Writes the demo rota (demo.c) inside the demo's transaction; returns
 * SQLITE_OK or the error. */
int rota_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area rota_area;

#endif
