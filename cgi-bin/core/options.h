/*
 * options.h: the rows of a <select>'s options, filled the same way on
 * every page, so templates read
 *   {{#X_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/X_OPTION}}
 * for options from the database, and {{VALUE}} / {{LABEL}} for options
 * from a fixed list.
 */
#ifndef FRONTLINE_OPTIONS_H
#define FRONTLINE_OPTIONS_H

#include <sqlite3.h>
#include "tpl.h"

/* Steps st (columns: id, name), adding one row to section per result with
 * ID, NAME, and SELECTED when the id is chosen; resets st. Returns the
 * number of rows, or -1 when st is NULL or a step failed. */
int options_from_stmt(tpl_dict *d, const char *section, sqlite3_stmt *st, long long chosen);

/* Adds one row to section per entry of the NULL-terminated values (with
 * the label of the same index) as VALUE, LABEL, and SELECTED when it
 * equals chosen (which may be NULL). Returns the number of rows. */
int options_from_list(tpl_dict *d, const char *section, const char *const *values,
                      const char *const *labels, const char *chosen);

/* Returns the label paired with value in the NULL-terminated values and
 * labels lists, or value itself when it is not listed. */
const char *options_label(const char *const *values, const char *const *labels, const char *value);

#endif
