/*
 * remedy.h: the Consumer Rights Act 2015 remedy ladder as a pure
 * function of the dates (tests/unit/test_complaints.c).
 *
 * Goods (ss. 19-24): the short-term right to reject lasts 30 days from
 * the day after delivery (s. 22: the period begins with the first day
 * after ownership passed and the goods were delivered); the trader then
 * has one go at a repair or a replacement (s. 23); after that one has
 * failed, the consumer may have a price reduction or the final right to
 * reject (s. 24). A fault showing within 6 months of delivery is taken
 * to have been there at delivery (s. 19(14)). Services (ss. 54-56):
 * repeat performance first, then a price reduction. A refund must be
 * paid within 14 days of the trader agreeing the consumer is entitled
 * to it (s. 20(15), s. 56(4)).
 */
#ifndef FRONTLINE_COMPLAINT_REMEDY_H
#define FRONTLINE_COMPLAINT_REMEDY_H

/* The remedies, as bits of a set. */
enum complaint_remedy {
	COMPLAINT_REMEDY_SHORT_TERM_REJECT = 1 << 0,
	COMPLAINT_REMEDY_REPAIR_OR_REPLACE = 1 << 1,
	COMPLAINT_REMEDY_PRICE_REDUCTION = 1 << 2,
	COMPLAINT_REMEDY_FINAL_REJECT = 1 << 3,
	COMPLAINT_REMEDY_REPEAT_PERFORMANCE = 1 << 4,
};

#define COMPLAINT_SHORT_TERM_DAYS 30
#define COMPLAINT_REFUND_DAYS 14

/* The ladder's answer for one complaint on one day. */
struct complaint_remedies {
	unsigned available;        /* enum complaint_remedy bits */
	long short_term_ends;      /* last day of the short-term right (goods), else -1 */
	int presumed_fault;        /* 1: within 6 months of delivery (goods) */
};

/* Which remedies apply on today for goods (goods = 1) delivered on
 * delivered_day or a service (goods = 0) performed then, after attempts
 * repairs, replacements or repeat performances. Returns 0, or -1 when
 * delivered_day is after today (nothing is filled in then). */
int complaint_remedies_on(int goods, long delivered_day, int attempts, long today,
                          struct complaint_remedies *out);

/* The last day a refund agreed on agreed_day may be paid. */
long complaint_refund_due(long agreed_day);

/* The values of complaints.cra_remedy, NULL-terminated, and their labels. */
extern const char *const complaint_remedy_keys[];
extern const char *const complaint_remedy_labels[];
/* The bit of a remedy key, 0 for "" or an unknown one. */
unsigned complaint_remedy_bit(const char *key);

#endif
