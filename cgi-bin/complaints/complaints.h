/*
 * complaints.h: what other areas and programs may use of the complaints
 * area: its pages, the home page's panel, the demo, the KPI computed
 * source and the portfolio's snapshot of one complaint.
 */
#ifndef FRONTLINE_COMPLAINTS_H
#define FRONTLINE_COMPLAINTS_H

#include "core/page.h"
#include "core/route.h"
#include "core/util.h"

#include <stddef.h>

/* The intranet pages (routes.c). */
extern const struct area complaints_area;

/* The home page's panel (include COMPLAINTS_PANEL): the user's own open
 * complaints that are overdue or due soon, and for managers every
 * overdue one and the systemic problems waiting for them. Returns 0, or
 * -1 when they could not be read. */
int complaints_home_panel(struct page *p, struct request *rq);

/* The demo's complaints (demo.c): a month across stages. Runs inside the
 * demo's transaction; returns SQLITE_OK or the error. */
int complaints_demo_write(void);

/* The KPI source "complaints answered within 10 working days": the share
 * (%) of the complaints received in [start, end) (YYYY-MM-DD, end
 * excluded) whose stage 1 response came within 10 working days (pauses
 * taken out). Returns 1 with *value, 0 when none were received, -1 on a
 * database error. */
int complaints_answered_in_10_days(const char *start, const char *end, double *value);

/* The portfolio's snapshot: writes complaint id as a self-contained HTML
 * fragment into out (every value escaped), with the customer pseudonymised
 * ("Customer A") and no contact details, and its title into title.
 * Returns 0, 1 when there is no such complaint, -1 on error. */
int complaint_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

#endif
