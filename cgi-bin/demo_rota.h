/*
 * demo_rota.h: the demo organisation's rota (see demo_rota.c).
 */
#ifndef FRONTLINE_DEMO_ROTA_H
#define FRONTLINE_DEMO_ROTA_H

/* Adds the demo rota; call inside the demo's db_write(), after the demo
 * users exist. Returns SQLITE_OK or an error. */
int demo_rota_populate(void);

#endif
