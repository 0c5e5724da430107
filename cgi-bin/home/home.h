/*
 * home.h: the dashboard and the health check.
 */
#ifndef FRONTLINE_HOME_H
#define FRONTLINE_HOME_H

#include "core/route.h"

int home_page(struct request *rq, struct response *rs);
int health_page(struct request *rq, struct response *rs);
/* The test-only fault pages (404 unless FRONTLINE_TEST_FAULTS=1). */
int fault_page(struct request *rq, struct response *rs);

extern const struct area home_area;

#endif
