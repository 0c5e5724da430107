/*
 * team.h: the team: who does what (responsibilities), meeting minutes with
 * the actions raised from them, and the performance and coaching log.
 * team.c holds the overview and responsibilities, meetings.c the
 * minutes, coaching.c the coaching log.
 */
#ifndef FRONTLINE_TEAM_H
#define FRONTLINE_TEAM_H

#include "core/route.h"

/* Naming a responsibility. */
enum team_role_field { TEAM_TROLE_USER, TEAM_TROLE_TEXT, TEAM_TROLE__COUNT };
extern const struct field_spec team_role_fields[TEAM_TROLE__COUNT];

/* Recording a meeting (attendees come as attendee_<user id> checkboxes,
 * validated against the active accounts by the handler). */
enum team_meeting_field { TEAM_MEET_HELD_ON, TEAM_MEET_TITLE, TEAM_MEET_MINUTES, TEAM_MEET_DECISIONS, TEAM_MEET__COUNT };
extern const struct field_spec team_meeting_fields[TEAM_MEET__COUNT];

/* Raising an action from a meeting. */
enum team_meeting_action_field { TEAM_MACT_TITLE, TEAM_MACT_PROBLEM, TEAM_MACT_KIND, TEAM_MACT_OWNER, TEAM_MACT_DUE, TEAM_MACT__COUNT };
extern const struct field_spec team_meeting_action_fields[TEAM_MACT__COUNT];

/* A coaching log entry. */
enum team_coaching_field { TEAM_COACH_HELD_ON, TEAM_COACH_KIND, TEAM_COACH_NOTES, TEAM_COACH_AGREED, TEAM_COACH_FOLLOW_UP, TEAM_COACH__COUNT };
extern const struct field_spec team_coaching_fields[TEAM_COACH__COUNT];

/* The page number of the team's lists. */
enum team_list_field { TEAMLIST_PAGE, TEAMLIST__COUNT };
extern const struct field_spec team_list_fields[TEAMLIST__COUNT];

int team_page(struct request *rq, struct response *rs);
int team_role_submit(struct request *rq, struct response *rs);
/* A route's check: the rules of the form beyond its validators. */
void team_check_role_form(struct request *rq);
int team_role_invalid(struct request *rq, struct response *rs);
int team_role_delete_submit(struct request *rq, struct response *rs);

int meetings_page(struct request *rq, struct response *rs);
int meeting_new_page(struct request *rq, struct response *rs);
int meeting_create_submit(struct request *rq, struct response *rs);
int meeting_create_invalid(struct request *rq, struct response *rs);
int meeting_page(struct request *rq, struct response *rs);
int meeting_action_submit(struct request *rq, struct response *rs);
/* A route's check: the rules of the form beyond its validators. */
void meeting_check_action_form(struct request *rq);
int meeting_action_invalid(struct request *rq, struct response *rs);

int coaching_index_page(struct request *rq, struct response *rs);
int coaching_page(struct request *rq, struct response *rs);
int coaching_submit(struct request *rq, struct response *rs);
/* A route's check: the rules of the form beyond its validators. */
void coaching_check_form(struct request *rq);
int coaching_invalid(struct request *rq, struct response *rs);

/* The meeting's minutes, attendees, decisions and the actions raised from
 * it, rendered for a portfolio snapshot (core/snapshot.h): 0, 1 when there
 * is no such meeting, -1 on error. */
int team_meeting_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

/* Writes the demo responsibilities, RACI rows, a meeting with an action
 * and coaching entries (demo.c); SQLITE_OK or the error. */
int team_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area team_area;

#endif
