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

/* Adds the rota's panel to the dashboard (home.c): staff see their next
 * published shifts; managers what waits for them (leave, swaps,
 * working-time warnings) and this week's cover. panel.c. Returns 0 or
 * -1. */
int rota_home_panel(struct request *rq, tpl_dict *content);

/* ---- Pages (routes in intranet.c) ---- */

/* Query fields of the views: ?week=2026-W48&team=&role=&location=&date= */
enum rota_view_field { VIEW_WEEK, VIEW_TEAM, VIEW_ROLE, VIEW_LOCATION, VIEW_DATE, VIEW__COUNT };
extern const struct field_spec rota_view_fields[VIEW__COUNT];

/* The shift form. */
enum rota_shift_field {
	SHIFT_USER, SHIFT_DATE, SHIFT_START, SHIFT_END, SHIFT_BREAK, SHIFT_ROLE,
	SHIFT_LOCATION, SHIFT_EQUIPMENT, SHIFT_ACK_REASON, SHIFT__COUNT
};
extern const struct field_spec rota_shift_fields[SHIFT__COUNT];

/* Forms naming one week, and forms giving a reason. */
enum rota_week_field { WEEKF_WEEK, WEEKF__COUNT };
extern const struct field_spec rota_week_fields[WEEKF__COUNT];
enum rota_reason_field { REASON_TEXT, REASON__COUNT };
extern const struct field_spec rota_reason_fields[REASON__COUNT];

/* What the rota knows about a person (working-time facts and skills). */
enum rota_person_field {
	PERSON_DOB, PERSON_OPT_OUT, PERSON_OPT_OUT_DATE, PERSON_SKILL_PHONES,
	PERSON_SKILL_EMAIL, PERSON_SKILL_FLOOR, PERSON_SKILL_TEAM_LEADER, PERSON__COUNT
};
extern const struct field_spec rota_person_fields[PERSON__COUNT];

/* A cover requirement: N people in a role from start to end on a weekday. */
enum rota_cover_field { COVER_WEEKDAY, COVER_START, COVER_END, COVER_ROLE, COVER_NEEDED, COVER__COUNT };
extern const struct field_spec rota_cover_fields[COVER__COUNT];

/* Leave requests and unavailability; decisions on leave and swaps. */
enum rota_leave_field { LEAVE_KIND, LEAVE_FROM, LEAVE_TO, LEAVE_NOTE, LEAVE__COUNT };
extern const struct field_spec rota_leave_fields[LEAVE__COUNT];
enum rota_decide_field { DECIDE_DECISION, DECIDE_REASON, DECIDE__COUNT };
extern const struct field_spec rota_decide_fields[DECIDE__COUNT];

/* Copying, repeating patterns, CSV import and the calendar feed. */
enum rota_copy_day_field { COPYDAY_FROM, COPYDAY_TO, COPYDAY__COUNT };
extern const struct field_spec rota_copy_day_fields[COPYDAY__COUNT];
enum rota_copy_week_field { COPYWEEK_FROM, COPYWEEK_TO, COPYWEEK__COUNT };
extern const struct field_spec rota_copy_week_fields[COPYWEEK__COUNT];
enum rota_pattern_field {
	PATTERN_USER, PATTERN_FROM, PATTERN_WEEKS, PATTERN_START, PATTERN_END, PATTERN_BREAK,
	PATTERN_ROLE, PATTERN_LOCATION, PATTERN_MON, PATTERN_TUE, PATTERN_WED, PATTERN_THU,
	PATTERN_FRI, PATTERN_SAT, PATTERN_SUN, PATTERN__COUNT
};
extern const struct field_spec rota_pattern_fields[PATTERN__COUNT];
enum rota_import_field { ROTA_IMPORT_WEEK, ROTA_IMPORT_CSV, ROTA_IMPORT__COUNT };
extern const struct field_spec rota_import_fields[ROTA_IMPORT__COUNT];
enum rota_feed_field { FEED_KEY, FEED__COUNT };
extern const struct field_spec rota_feed_fields[FEED__COUNT];

/* Equipment that can be booked. */
enum rota_equipment_field { EQUIP_NAME, EQUIP_KIND, EQUIP__COUNT };
extern const struct field_spec rota_equipment_fields[EQUIP__COUNT];

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

/* Writes the demo rota (demo.c) inside the demo's transaction; returns
 * SQLITE_OK or the error. */
int rota_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area rota_area;

#endif
