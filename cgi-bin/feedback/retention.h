/*
 * retention.h: the retention of customer feedback's personal
 * data: contact details are erased 12 months after the consent they were
 * given with (the privacy notice promises it), and the rate limit's
 * address hashes after 2 days. The anonymous answers and the daily totals
 * stay.
 */
#ifndef FRONTLINE_FEEDBACK_RETENTION_H
#define FRONTLINE_FEEDBACK_RETENTION_H

#define FEEDBACK_CONTACT_RETENTION_DAYS 365

/* Erases what is past its retention, with one audit row, in one
 * transaction. Sets *contacts to the number of responses whose contact
 * details were erased. Returns SQLITE_OK or an error. */
int feedback_purge_expired(long long *contacts);

/* Sets *count to the responses still holding contact details past their
 * retention (the purge has not run since they expired), for the
 * compliance checklists. Returns 0, or -1 on a database error. */
int feedback_contacts_past_retention(long long *count);

#endif
