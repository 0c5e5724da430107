/*
 * kpis.h: key performance indicators: definitions, results, the dashboard,
 * red results that need attention, and CSV import.
 *
 * kpis.c: GET /kpis (dashboard), GET /kpis/new, POST /kpis,
 *         GET /kpis/{id}, GET /kpis/{id}/edit, POST /kpis/{id},
 *         POST /kpis/{id}/results, POST /kpis/{id}/compute
 * attention.c: GET /kpis/results/{id}, POST /kpis/results/{id}/action,
 *         POST /kpis/results/{id}/justify
 * import.c: GET /kpis/import, POST /kpis/import
 */
#ifndef FRONTLINE_KPIS_H
#define FRONTLINE_KPIS_H

#include "rules.h"
#include "core/route.h"

enum kpi_field {
	KPI_NAME, KPI_DESCRIPTION, KPI_UNIT, KPI_DIRECTION, KPI_TARGET, KPI_AMBER,
	KPI_RED, KPI_FREQUENCY, KPI_SOURCE, KPI_OWNER, KPI_ARCHIVED, KPI__COUNT
};
extern const struct field_spec kpi_fields[KPI__COUNT];

enum kpi_result_field { KPI_RESULT_PERIOD, KPI_RESULT_VALUE, KPI_RESULT_NOTE, KPI_RESULT__COUNT };
extern const struct field_spec kpi_result_fields[KPI_RESULT__COUNT];

enum kpi_page_field { KPI_PAGE, KPI_PAGE__COUNT };
extern const struct field_spec kpi_page_fields[KPI_PAGE__COUNT];

enum kpi_raise_field { KPI_RAISE_TITLE, KPI_RAISE_PROBLEM, KPI_RAISE_OWNER, KPI_RAISE_DUE, KPI_RAISE__COUNT };
extern const struct field_spec kpi_raise_fields[KPI_RAISE__COUNT];

enum kpi_justify_field { KPI_JUSTIFY_TEXT, KPI_JUSTIFY__COUNT };
extern const struct field_spec kpi_justify_fields[KPI_JUSTIFY__COUNT];

enum kpi_import_field { KPI_IMPORT_FILE, KPI_IMPORT_CSV, KPI_IMPORT__COUNT };
extern const struct field_spec kpi_import_fields[KPI_IMPORT__COUNT];

int kpis_dashboard_page(struct request *rq, struct response *rs);
int kpi_new_page(struct request *rq, struct response *rs);
int kpi_create_submit(struct request *rq, struct response *rs);
/* The checks of the KPI definition form beyond its validators (the
 * route's check; the KPI is the one in the path, none for a new one). */
void kpi_definition_check(struct request *rq);
int kpi_create_invalid(struct request *rq, struct response *rs);
int kpi_detail_page(struct request *rq, struct response *rs);
int kpi_edit_page(struct request *rq, struct response *rs);
int kpi_update_submit(struct request *rq, struct response *rs);
int kpi_update_invalid(struct request *rq, struct response *rs);
int kpi_result_submit(struct request *rq, struct response *rs);
int kpi_result_invalid(struct request *rq, struct response *rs);
int kpi_compute_submit(struct request *rq, struct response *rs);

int kpi_result_page(struct request *rq, struct response *rs);
int kpi_raise_submit(struct request *rq, struct response *rs);
int kpi_justify_submit(struct request *rq, struct response *rs);
/* The checks of the raise-an-action form beyond its validators (the
 * route's check). */
void kpi_raise_check(struct request *rq);
int kpi_result_form_invalid(struct request *rq, struct response *rs);

int kpi_import_page(struct request *rq, struct response *rs);
int kpi_import_submit(struct request *rq, struct response *rs);

/* Shared by the KPI files. */

/* One KPI's definition, loaded into the request's arena. */
struct kpi {
	long long id;
	const char *name, *description, *unit, *direction, *frequency, *source, *owner_name;
	long long owner_id;
	int archived;
	struct kpi_thresholds thresholds;
	enum kpi_frequency freq;
};

/* Loads KPI id into k; returns 1 found, 0 not found, -1 on error. */
int kpi_load(struct request *rq, long long id, struct kpi *k);

/* Records one result of k (inside db_write): classifies it, inserts it
 * and, when red, its need for attention; audits. Sets *result_id and *rag
 * when not NULL. Returns SQLITE_OK, SQLITE_CONSTRAINT when the period is
 * already recorded, or the error. */
int kpi_insert_result(struct request *rq, const struct kpi *k, const char *period,
                      double value, const char *note, const char *origin,
                      long long *result_id, enum kpi_rag *rag);

/* Returns 1 when the KPI already has a result for the period. */
int kpi_period_taken(long long kpi_id, const char *period);

/* Checks a typed period for k: normalises it into out; returns NULL, or
 * the sentence saying what is wrong (not a date, in the future). */
const char *kpi_period_problem(struct request *rq, const struct kpi *k, const char *text,
                               char out[11]);

/* "87.5%" or "4.2 hours": a value with the KPI's unit, in the arena. */
const char *kpi_value_text(struct request *rq, const struct kpi *k, double value);

/* 1 when the signed-in user is a manager. */
int kpi_user_is_manager(const struct request *rq);

/* The KPI with its latest results and the actions raised from them,
 * rendered for a portfolio snapshot (core/snapshot.h): 0, 1 when there is
 * no such KPI, -1 on error. */
int kpi_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

/* Writes the demo KPIs, their results and the actions raised from them
 * (demo.c); SQLITE_OK or the error. */
int kpis_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area kpis_area;

#endif
