/*
 * store.h: what both ways of recording a complaint share (the staff form,
 * intake.c, and the public form, public_form.c, which the public program
 * links without the rest of the area): the business calendar read from
 * the bank holidays, the first due dates, and the sealed contact details.
 */
#ifndef FRONTLINE_COMPLAINT_STORE_H
#define FRONTLINE_COMPLAINT_STORE_H

#include "clock.h"
#include "core/util.h"

/* Fills cal with Monday to Friday and the England and Wales bank
 * holidays (the table in arena a). Returns 0 or -1. */
int complaint_calendar(struct arena *a, struct biz_calendar *cal);

/* The due dates of a complaint received on received_day (YYYY-MM-DD)
 * under the profile and its category's override o (NULL: none):
 * acknowledgement and stage 1 response, written into ack and response.
 * Returns 0, or -1 on a bad date or no calendar. */
int complaint_initial_dues(struct arena *a, const char *profile, const struct complaint_override *o,
                           const char *received_day, char ack[11], char response[11]);

/* Reads category id's own periods into o (0 where it has none; both 0
 * for no category). Returns 0 or -1. */
int complaint_category_override(long long id, struct complaint_override *o);

/* Seals "email\nphone" for row id of complaints into sealed (replacing
 * its contents) and writes the keyed-hash indexes (core/crypto.h) into
 * email_index and phone_index. Returns 0, or -1 when no key is loaded. */
int complaint_seal_contact(long long id, const char *email, const char *phone, struct buf *sealed,
                           char email_index[33], char phone_index[33]);

/* Inside a write: seals "email\nphone" into complaints.contact of row id
 * (associated data complaints|contact|id) with the keyed-hash indexes
 * for subject access; nothing when both are empty. Returns SQLITE_OK or
 * the error. */
int complaint_store_contact(long long id, const char *email, const char *phone);

/* The profile chosen in settings ("housing" when none). An arena string;
 * NULL on a database error. */
const char *complaint_current_profile(struct arena *a);

/* The choices of a complaint's fields, NULL-terminated, with their
 * labels in the same order. */
extern const char *const complaint_channels[];
extern const char *const complaint_channel_labels[];
extern const char *const complaint_severities[];
extern const char *const complaint_severity_labels[];
extern const char *const complaint_adjustments[];
extern const char *const complaint_adjustment_labels[];
extern const char *const complaint_decisions[];
extern const char *const complaint_decision_labels[];

#endif
