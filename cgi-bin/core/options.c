/*
 * options.c: option rows for <select> elements (see options.h).
 */
#include "options.h"
#include "db.h"

#include <string.h>

/* Fills the rows from the statement's (id, name) results. */
int options_from_stmt(tpl_dict *d, const char *section, sqlite3_stmt *st, long long chosen)
{
	int rows = 0, rc;
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, section);
		if (row == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		long long id = sqlite3_column_int64(st, 0);
		tpl_set_int(row, "ID", id);
		tpl_set(row, "NAME", db_text(st, 1));
		tpl_show_if(row, "SELECTED", id == chosen);
		rows++;
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : rows;
}

/* Fills the rows from the fixed values and their labels. */
int options_from_list(tpl_dict *d, const char *section, const char *const *values,
                      const char *const *labels, const char *chosen)
{
	int rows = 0;
	for (size_t i = 0; values[i]; i++) {
		tpl_dict *row = tpl_add_row(d, section);
		if (row == NULL)
			break;
		tpl_set(row, "VALUE", values[i]);
		tpl_set(row, "LABEL", labels[i]);
		tpl_show_if(row, "SELECTED", chosen && strcmp(values[i], chosen) == 0);
		rows++;
	}
	return rows;
}

/* Looks value up in the list. */
const char *options_label(const char *const *values, const char *const *labels, const char *value)
{
	for (size_t i = 0; value && values[i]; i++)
		if (strcmp(values[i], value) == 0)
			return labels[i];
	return value;
}
