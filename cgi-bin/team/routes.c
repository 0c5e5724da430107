/*
 * routes.c: the pages of the team area: responsibilities, meeting minutes
 * (with actions raised from them) and the coaching log.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "team.h"
#include "core/auth.h"

static const struct route team_routes[] = {
	{ METHOD_GET,  "/team", ROLE_INTRANET, FIELDS(team_list_fields), team_page, NULL },
	{ METHOD_POST, "/team/roles", ROLE_MANAGER, CHECKED_FIELDS(team_role_fields, team_check_role_form), team_role_submit, team_role_invalid },
	{ METHOD_POST, "/team/roles/{id}/delete", ROLE_MANAGER, NO_FIELDS, team_role_delete_submit, NULL },
	{ METHOD_GET,  "/team/meetings", ROLE_INTRANET, FIELDS(team_list_fields), meetings_page, NULL },
	{ METHOD_GET,  "/team/meetings/new", ROLE_MANAGER, NO_FIELDS, meeting_new_page, NULL },
	{ METHOD_POST, "/team/meetings", ROLE_MANAGER, FIELDS(team_meeting_fields), meeting_create_submit, meeting_create_invalid },
	{ METHOD_GET,  "/team/meetings/{id}", ROLE_INTRANET, NO_FIELDS, meeting_page, NULL },
	{ METHOD_POST, "/team/meetings/{id}/actions", ROLE_MANAGER, CHECKED_FIELDS(team_meeting_action_fields, meeting_check_action_form), meeting_action_submit, meeting_action_invalid },
	{ METHOD_GET,  "/team/coaching", ROLE_MANAGER | ROLE_STAFF, NO_FIELDS, coaching_index_page, NULL },
	{ METHOD_GET,  "/team/coaching/{id}", ROLE_MANAGER | ROLE_STAFF, FIELDS(team_list_fields), coaching_page, NULL },
	{ METHOD_POST, "/team/coaching/{id}", ROLE_MANAGER, CHECKED_FIELDS(team_coaching_fields, coaching_check_form), coaching_submit, coaching_invalid },
};

/* The area's links in the site navigation. */
static const struct nav_link team_nav[] = {
	{ "/team", "Team", ROLE_INTRANET },
};

const struct area team_area = { "team", ROUTES(team_routes), NAV(team_nav) };
