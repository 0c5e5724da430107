/*
 * demo_kpis.c: placeholder, filled in below.
 */
int demo_kpis_populate(void);
int demo_kpis_populate(void) { return 0; }
