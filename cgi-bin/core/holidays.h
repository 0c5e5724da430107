/*
 * holidays.h: the working calendar of England and Wales read from the
 * bank_holidays table (schema 006, edited on the SLA pages): Monday to
 * Friday with that table's holidays, as a core/bizclock calendar. The one
 * holiday table; areas that count working days (complaint deadlines, the
 * subject-access due date, an SLA's business clock) take it from here.
 */
#ifndef FRONTLINE_HOLIDAYS_H
#define FRONTLINE_HOLIDAYS_H

#include "bizclock.h"
#include "util.h"

#include <stddef.h>

/* Loads the sorted day numbers (core/caltime's date_to_days) of the
 * bank holidays of region ("england-and-wales", "scotland", ...; "none"
 * has none) into arena a: sets *days and *count. Returns 0, or -1 when
 * the table could not be read or memory ran out. */
int holidays_load(struct arena *a, const char *region, long **days, size_t *count);

/* Fills cal with Monday to Friday, 09:00 to 17:00, shut on the England
 * and Wales bank holidays of the table (their day numbers held in arena
 * a). Returns 0, or -1 when the table could not be read. */
int holidays_england_calendar(struct arena *a, struct biz_calendar *cal);

/* Writes the name of the England and Wales bank holiday on day
 * (YYYY-MM-DD) into out (size bytes). Returns 1 when there is one, 0
 * when there is none (out ""), -1 on a database error. */
int holidays_england_name(const char *day, char *out, size_t size);

#endif
