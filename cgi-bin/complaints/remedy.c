/*
 * remedy.c: the Consumer Rights Act 2015 remedy ladder (see remedy.h).
 */
#include "remedy.h"
#include "core/caltime.h"

#include <string.h>

const char *const complaint_remedy_keys[] = {
	"short_term_reject", "repair_or_replace", "price_reduction", "final_reject",
	"repeat_performance", NULL
};
const char *const complaint_remedy_labels[] = {
	"Short-term right to reject (full refund)", "One repair or replacement",
	"Price reduction", "Final right to reject (refund)", "Repeat performance of the service", NULL
};

/* See remedy.h. */
unsigned complaint_remedy_bit(const char *key)
{
	for (int i = 0; key && complaint_remedy_keys[i]; i++)
		if (strcmp(key, complaint_remedy_keys[i]) == 0)
			return 1u << i;
	return 0;
}

/* The day 6 months after delivered_day (the presumption's end). */
static long six_months_after(long delivered_day)
{
	char date[11], later[11];
	long d = delivered_day;
	if (date_add_months(days_to_date(delivered_day, date), 6, later) == NULL || !date_to_days(later, &d))
		return delivered_day + 183;
	return d;
}

/* See remedy.h. */
int complaint_remedies_on(int goods, long delivered_day, int attempts, long today,
                          struct complaint_remedies *out)
{
	if (delivered_day > today)
		return -1;
	out->available = 0;
	out->short_term_ends = -1;
	out->presumed_fault = 0;
	if (!goods) {
		out->available = attempts == 0 ? COMPLAINT_REMEDY_REPEAT_PERFORMANCE
		                               : COMPLAINT_REMEDY_PRICE_REDUCTION;
		return 0;
	}
	out->short_term_ends = delivered_day + COMPLAINT_SHORT_TERM_DAYS;
	out->presumed_fault = today <= six_months_after(delivered_day);
	if (today <= out->short_term_ends)
		out->available |= COMPLAINT_REMEDY_SHORT_TERM_REJECT;
	if (attempts == 0)
		out->available |= COMPLAINT_REMEDY_REPAIR_OR_REPLACE;
	else
		out->available |= COMPLAINT_REMEDY_PRICE_REDUCTION | COMPLAINT_REMEDY_FINAL_REJECT;
	return 0;
}

/* See remedy.h. */
long complaint_refund_due(long agreed_day)
{
	return agreed_day + COMPLAINT_REFUND_DAYS;
}
