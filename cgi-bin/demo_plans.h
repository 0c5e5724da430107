/*
 * demo_plans.h: the demo organisation's service plans.
 */
#ifndef FRONTLINE_DEMO_PLANS_H
#define FRONTLINE_DEMO_PLANS_H

/* Writes the current winter plan of Riverside Energy Customer Service
 * (goals, objectives, milestones, resources, risks, stakeholders) and the
 * past summer plan with its review, dated around today. Call inside the
 * demo's transaction, after the users and teams. Returns SQLITE_OK or an
 * error. */
int demo_plans(void);

#endif
