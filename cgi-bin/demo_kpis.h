/*
 * demo_kpis.h: the demo organisation's KPIs, results and actions.
 */
#ifndef FRONTLINE_DEMO_KPIS_H
#define FRONTLINE_DEMO_KPIS_H

/* Writes six KPIs with twelve months of results each (one red result
 * answered by a reviewed, closed action; one answered by an action now
 * overdue; one still needing attention) and an improvement action from a
 * team meeting. Runs inside the demo's transaction, after the accounts
 * exist. Returns SQLITE_OK or the error. */
int demo_kpis_populate(void);

#endif
