/* rota_leave.c: leave, unavailability and swaps (placeholder). */
#include "rota_core.h"

int rota_leave_panel(struct request *rq, tpl_dict *d)
{
	return 0;
}
