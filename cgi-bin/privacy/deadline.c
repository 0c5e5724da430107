/*
 * deadline.c: the ICO's time limits, as pure functions (see privacy.h).
 */
#include "privacy.h"
#include "core/caltime.h"

#include <string.h>

/* See privacy.h: date_add_months() cuts the day to the month's length,
 * which is the ICO's "last day of the following month". */
char *privacy_sar_due(const char *from, int extended, char out[11])
{
	return date_add_months(from, extended ? 3 : 1, out);
}

/* See privacy.h: the ICO allows until the next working day when the
 * calendar-month date falls on a weekend or a bank holiday. */
char *privacy_sar_due_working(const char *from, int extended, const struct biz_calendar *cal,
                              struct privacy_due *due)
{
	long day, working;
	memset(due, 0, sizeof *due);
	if (privacy_sar_due(from, extended, due->calendar) == NULL || !date_to_days(due->calendar, &day) ||
	    (working = biz_next_working_day(cal, day)) < 0)
		return NULL;
	if (working != day) {
		int wd = weekday_of_days(day);
		due->moved = biz_is_holiday(cal, day) && wd != SATURDAY && wd != SUNDAY
		             ? PRIVACY_DUE_HOLIDAY : PRIVACY_DUE_WEEKEND;
	}
	return days_to_date(working, due->date);
}

/* See privacy.h. */
const char *privacy_request_state(const char *status, const char *due_on, const char *today)
{
	char soon[11];
	if (strcmp(status, "completed") == 0 || strcmp(status, "refused") == 0 ||
	    strcmp(status, "paused") == 0)
		return status;
	if (strcmp(due_on, today) < 0)
		return "overdue";
	if (date_add_days(today, 7, soon) && strcmp(due_on, soon) <= 0)
		return "due";
	return "open";
}

/* See privacy.h. */
char *privacy_breach_deadline(const char *aware_at, char out[21])
{
	time_t t;
	if (!parse_utc_text(aware_at, &t))
		return NULL;
	return iso_utc(t + 72 * 3600, out);
}

/* See privacy.h. */
const char *privacy_breach_state(const char *aware_at, int ico_told, const char *risk,
                                 const char *ico_reason, time_t now, long *hours_left)
{
	time_t t = 0;
	*hours_left = 0;
	if (!parse_utc_text(aware_at, &t))
		return "open";
	long left = (long)(t + 72 * 3600 - now);
	*hours_left = left >= 0 ? left / 3600 : -((-left + 3599) / 3600);
	if (ico_told)
		return "reported";
	if (strcmp(risk, "unlikely") == 0 && ico_reason[0])
		return "not reportable";
	return left < 0 ? "overdue" : "open";
}
