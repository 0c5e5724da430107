/*
 * demo_standards.h: the demo organisation's standards, SLA and team
 * records (issue 5a).
 */
#ifndef FRONTLINE_DEMO_STANDARDS_H
#define FRONTLINE_DEMO_STANDARDS_H

/* Writes the demo standards, SLA, responsibilities, RACI, a meeting with
 * an action raised from it and coaching entries. Call inside the demo's
 * db_write(), after the demo accounts exist. Returns SQLITE_OK or an error. */
int demo_standards(void);

#endif
