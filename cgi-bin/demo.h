/*
 * demo.h: the demo organisation: each area writes its own demo rows (the
 * demo.c in its folder); demo.c runs them in order in one transaction.
 */
#ifndef FRONTLINE_DEMO_H
#define FRONTLINE_DEMO_H

/* The password every demo account has. */
#define DEMO_PASSWORD "frontline-demo"

/* SQL text for the areas' demo rows: the id of a demo account, an instant
 * some days ago, and a date some days from today ("+3", "-10"). */
#define DEMO_USER(name) "(SELECT id FROM users WHERE username = '" name "')"
#define DEMO_AGO(days) "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-" days " days')"
#define DEMO_DAY(offset) "date('now', '" offset " days')"

/* Fills a freshly migrated database with the demo organisation, unless it
 * already has users (then it changes nothing). Returns 0 or 1. */
int demo_populate(void);

#endif
