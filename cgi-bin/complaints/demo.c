/*
 * demo.c: the demo complaints (see complaints.h): filled in by demo data
 * later in this file.
 */
#include "complaints.h"
#include "core/db.h"

/* See complaints.h. */
int complaints_demo_write(void)
{
	return SQLITE_OK;
}
