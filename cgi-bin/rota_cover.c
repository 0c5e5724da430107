/* rota_cover.c: cover needed against cover planned (placeholder). */
#include "rota_core.h"

int rota_cover_week(struct request *rq, tpl_dict *d, const struct rota_week *w, const char *role)
{
	return 0;
}

int rota_cover_day(struct request *rq, tpl_dict *d, const char *date, const char *role)
{
	return 0;
}

int rota_cover_percent(const char *from_date, const char *to_date, double *percent)
{
	*percent = 100;
	return 0;
}
