/*
 * equipment.c: the equipment that can be booked with a shift
 * (headsets, desks, vehicles). Managers add and remove items; a shift
 * keeps its booking until the item is removed.
 *
 * Pages: GET /rota/equipment, POST /rota/equipment,
 * POST /rota/equipment/{id}/delete.
 */
#include "rota_core.h"
#include "core/audit.h"
#include "core/caltime.h"
#include "core/options.h"

#include <string.h>

enum equipment_stmt { ST_LIST, ST_NAME_TAKEN, ST_INSERT, ST_DELETE, ST__COUNT };
static const char *const equipment_sql[ST__COUNT] = {
	[ST_LIST] = "SELECT e.id, e.name, e.kind, (SELECT count(*) FROM shifts s WHERE s.equipment_id = e.id "
	            "AND s.local_date >= ?1) FROM rota_equipment e ORDER BY e.kind, e.name",
	[ST_NAME_TAKEN] = "SELECT 1 FROM rota_equipment WHERE name = ?",
	[ST_INSERT] = "INSERT INTO rota_equipment (name, kind) VALUES (?1, ?2)",
	[ST_DELETE] = "DELETE FROM rota_equipment WHERE id = ?",
};
static sqlite3_stmt *equipment_cache[ST__COUNT];
static struct sql_table equipment_table = { equipment_sql, ST__COUNT, equipment_cache, NULL };

static const char *const kinds[] = { "headset", "desk", "vehicle", "other", NULL };
static const char *const kind_labels[] = { "Headset", "Desk", "Vehicle", "Other", NULL };

const struct field_spec rota_equipment_fields[ROTA_EQUIP__COUNT] = {
	[ROTA_EQUIP_NAME] = { "name", "Name", FIELD_TEXT, FIELD_REQUIRED, 1, 60, NULL },
	[ROTA_EQUIP_KIND] = { "kind", "Kind", FIELD_CHOICE, FIELD_REQUIRED, 0, 0, kinds },
};

static const char *const equipment_notices[] = {
	"added", "The equipment has been added.",
	"deleted", "The equipment has been removed; shifts that had it keep no booking.",
	NULL, NULL
};

/* Renders the list and the form (with a refused form's values). */
static int show_equipment(struct request *rq, struct response *rs)
{
	struct page p;
	char today[11];
	sqlite3_stmt *st = db_stmt(&equipment_table, ST_LIST);
	if (st == NULL || page_begin(&p, rq, rs, "Equipment", "rota/equipment.tpl") != 0)
		return -1;
	const char *chosen = "headset";
	if (rq->form && rq->form->count == ROTA_EQUIP__COUNT) {
		page_form(&p, rq->form);
		chosen = rq->form->values[ROTA_EQUIP_KIND].text;
	}
	options_from_list(p.content, "KIND_OPTION", kinds, kind_labels, chosen);
	sqlite3_bind_text(st, 1, today_london(today), -1, SQLITE_TRANSIENT);
	int n = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(p.content, "ITEM");
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "NAME", db_text(st, 1));
		tpl_set(row, "KIND", options_label(kinds, kind_labels, db_text(st, 2)));
		tpl_set_int(row, "BOOKINGS", sqlite3_column_int64(st, 3));
	}
	sqlite3_reset(st);
	if (db_rows_failed(rc)) {
		page_abandon(&p);
		return -1;
	}
	tpl_show_if(p.content, n ? "HAS_ITEMS" : "NO_ITEMS", 1);
	page_notice(&p, rq, equipment_notices);
	return page_finish(&p, rs);
}

/* GET /rota/equipment, and the page again with a refused item. */
int rota_equipment_page(struct request *rq, struct response *rs)
{
	return show_equipment(rq, rs);
}

/* What an equipment write needs. */
struct equipment_ctx {
	struct request *rq;
	const struct form *f;
	long long id;
};

/* Adds the item and audits it. */
static int write_equipment(void *vctx)
{
	struct equipment_ctx *c = vctx;
	sqlite3_stmt *st = db_stmt(&equipment_table, ST_INSERT);
	if (st == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, c->f->values[ROTA_EQUIP_NAME].text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, c->f->values[ROTA_EQUIP_KIND].text, -1, SQLITE_STATIC);
	int rc = db_exec_stmt(st);
	if (rc != SQLITE_OK)
		return rc;
	return audit_record(c->rq, "rota.equipment_added", "equipment", sqlite3_last_insert_rowid(db_get()),
	                    c->f->values[ROTA_EQUIP_NAME].text);
}

/* See rota.h: a name no other item has. */
void rota_equipment_check(struct request *rq)
{
	const struct field_value *name = &request_form(rq)->values[ROTA_EQUIP_NAME];
	sqlite3_stmt *st = db_stmt(&equipment_table, ST_NAME_TAKEN);
	if (name->error || st == NULL)
		return;
	sqlite3_bind_text(st, 1, name->text, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		request_form_error(rq, ROTA_EQUIP_NAME, "There is already equipment with that name.");
	sqlite3_reset(st);
}

/* POST /rota/equipment (checked by rota_equipment_check): adds an item. */
int rota_equipment_submit(struct request *rq, struct response *rs)
{
	const struct form *f = request_form(rq);
	struct equipment_ctx c = { rq, f, 0 };
	if (db_write(write_equipment, &c) != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/rota/equipment?done=added");
	return 0;
}

/* POST /rota/equipment/{id}/delete */
int rota_equipment_delete_submit(struct request *rq, struct response *rs)
{
	struct audited_delete d = { rq, &equipment_table, ST_DELETE, rq->path_ids[0],   /* bookings go with it */
	                            "rota.equipment_removed", "equipment" };
	int rc = db_write(audit_delete_by_id, &d);
	if (rc == SQLITE_NOTFOUND) {
		respond_error(rq, rs, 404, "There is no equipment with that number.");
		return 0;
	}
	if (rc != SQLITE_OK)
		return -1;
	respond_redirect(rs, "/rota/equipment?done=deleted");
	return 0;
}
