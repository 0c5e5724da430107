/*
 * demo_feedback.h: the demo's customer feedback: two forms and several
 * hundred responses over the last six months.
 */
#ifndef FRONTLINE_DEMO_FEEDBACK_H
#define FRONTLINE_DEMO_FEEDBACK_H

/* Writes the demo feedback inside the caller's transaction (the key for
 * contact details must be loaded). Returns SQLITE_OK or an error. */
int demo_feedback_write(void);

#endif
