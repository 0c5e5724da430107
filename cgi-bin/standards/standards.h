/*
 * standards.h: service standards and policies, their versions, staff
 * acknowledgements, review dates and RACI.
 */
#ifndef FRONTLINE_STANDARDS_H
#define FRONTLINE_STANDARDS_H

#include "core/route.h"

/* The fields of a standard. The first STD_EDIT__COUNT are the details the
 * edit form changes; creating also gives the first version's wording. */
enum std_field {
	STD_TITLE, STD_PRINCIPLE, STD_OWN_PRINCIPLE, STD_OWNER, STD_REVIEW_DATE,
	STD_COMMITMENT, STD_DETAILS, STD__COUNT
};
#define STD_EDIT__COUNT STD_COMMITMENT
extern const struct field_spec std_fields[STD__COUNT];

/* Publishing a new version. */
enum std_publish_field { STD_PUB_COMMITMENT, STD_PUB_DETAILS, STD_PUB_CHANGE_NOTE, STD_PUB_REVIEW_DATE, STD_PUB__COUNT };
extern const struct field_spec std_publish_fields[STD_PUB__COUNT];

/* Acknowledging the version one has read. */
enum std_ack_field { STD_ACK_VERSION, STD_ACK__COUNT };
extern const struct field_spec std_ack_fields[STD_ACK__COUNT];


/* The page number of lists. */
enum std_list_field { STDLIST_PAGE, STDLIST__COUNT };
extern const struct field_spec std_list_fields[STDLIST__COUNT];

int standards_page(struct request *rq, struct response *rs);
int standards_handbook_page(struct request *rq, struct response *rs);
int standard_new_page(struct request *rq, struct response *rs);
int standard_create_submit(struct request *rq, struct response *rs);
int standard_page(struct request *rq, struct response *rs);
int standard_edit_page(struct request *rq, struct response *rs);
/* The checks of a standard's details and of publishing a version beyond
 * their validators (the routes' checks). */
void standard_check_form(struct request *rq);
void standard_check_publish_form(struct request *rq);
int standard_form_invalid(struct request *rq, struct response *rs);
int standard_edit_submit(struct request *rq, struct response *rs);
int standard_publish_page(struct request *rq, struct response *rs);
int standard_publish_invalid(struct request *rq, struct response *rs);
int standard_publish_submit(struct request *rq, struct response *rs);
int standard_ack_submit(struct request *rq, struct response *rs);
int standard_raci_submit(struct request *rq, struct response *rs);
int standard_raci_delete_submit(struct request *rq, struct response *rs);

/* The home page's standards panel: for staff, the standards awaiting their
 * acknowledgement; for managers, reviews overdue or due within 30 days.
 * Returns 0, or -1 when they could not be read. */
int standards_home_panel(struct page *p, struct request *rq);

/* Writes the demo standards, their acknowledgements and the SLA
 * (demo.c); SQLITE_OK or the error. */
int standards_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area standards_area;

#endif
