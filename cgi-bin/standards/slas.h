/*
 * slas.h: service level agreements, their business-hours clock and the
 * bank holidays it skips.
 */
#ifndef FRONTLINE_SLAS_H
#define FRONTLINE_SLAS_H

#include "core/route.h"

enum sla_field {
	SLA_TITLE, SLA_CUSTOMER, SLA_PROMISE, SLA_METRIC, SLA_TARGET, SLA_UNIT, SLA_PERIOD,
	SLA_OPENS, SLA_CLOSES, SLA_MON, SLA_TUE, SLA_WED, SLA_THU, SLA_FRI, SLA_SAT, SLA_SUN,
	SLA_HOLIDAYS, SLA_RESPONSIBLE, SLA_ON_BREACH, SLA_KPI, SLA__COUNT
};
extern const struct field_spec sla_fields[SLA__COUNT];

/* The due-time and elapsed-time check on an SLA's page (query fields). */
enum sla_calc_field { SLA_CALC_START_DATE, SLA_CALC_START_TIME, SLA_CALC_END_DATE, SLA_CALC_END_TIME, SLA_CALC__COUNT };
extern const struct field_spec sla_calc_fields[SLA_CALC__COUNT];

enum sla_holiday_field { SLA_BANKHOL_DAY, SLA_BANKHOL_NAME, SLA_BANKHOL__COUNT };
extern const struct field_spec sla_holiday_fields[SLA_BANKHOL__COUNT];

enum sla_list_field { SLALIST_PAGE, SLALIST__COUNT };
extern const struct field_spec sla_list_fields[SLALIST__COUNT];

int slas_page(struct request *rq, struct response *rs);
int sla_new_page(struct request *rq, struct response *rs);
int sla_create_submit(struct request *rq, struct response *rs);
/* The checks of the SLA form and of the clock calculator beyond their
 * validators (the routes' checks). */
void sla_check_form(struct request *rq);
void sla_check_clock_form(struct request *rq);
int sla_form_invalid(struct request *rq, struct response *rs);
int sla_page(struct request *rq, struct response *rs);
int sla_edit_page(struct request *rq, struct response *rs);
int sla_edit_submit(struct request *rq, struct response *rs);
int sla_holidays_page(struct request *rq, struct response *rs);
int sla_holiday_create_submit(struct request *rq, struct response *rs);
int sla_holiday_delete_submit(struct request *rq, struct response *rs);

#endif
