/*
 * demo.h: the demo organisation, its accounts and content.
 */
#ifndef FRONTLINE_DEMO_H
#define FRONTLINE_DEMO_H

/* The password every demo account has. */
#define DEMO_PASSWORD "frontline-demo"

/* Fills a freshly migrated database with the demo organisation, unless it
 * already has users (then it changes nothing). Returns 0 or 1. */
int demo_populate(void);

#endif
