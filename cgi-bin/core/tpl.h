/*
 * tpl.h: the C face of ctemplate (the one C++ file is tpl.cc).
 *
 * A dictionary is an opaque handle. Section rows and include dictionaries
 * belong to their parent and are freed with it. Every entry point catches
 * C++ exceptions and reports failure by its return value.
 */
#ifndef FRONTLINE_TPL_H
#define FRONTLINE_TPL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tpl_dict tpl_dict;

/* Sets the template root directory and loads every *.tpl file under it
 * into the cache, then freezes the cache. Returns the number of templates
 * loaded, or -1 when one fails to parse (its name is logged). */
int tpl_load_all(const char *root);

/* Creates a top-level dictionary; NULL when out of memory. */
tpl_dict *tpl_dict_new(void);
/* Frees a top-level dictionary and everything below it. */
void tpl_dict_free(tpl_dict *d);

/* Sets a variable (the value is copied and escaped by the template's
 * AUTOESCAPE context when expanded). Returns 0 or -1. */
int tpl_set(tpl_dict *d, const char *name, const char *value);
/* Sets a variable to a decimal integer. */
int tpl_set_int(tpl_dict *d, const char *name, long long value);
/* Sets a variable seen by this template and all it includes. */
int tpl_set_global(tpl_dict *d, const char *name, const char *value);
/* Adds one row to a section (shows it) and returns the row's dictionary. */
tpl_dict *tpl_add_row(tpl_dict *d, const char *section);
/* Shows a section once, with the parent's values. */
int tpl_show(tpl_dict *d, const char *section);
/* Shows a section when flag is true; returns 0 or -1. */
int tpl_show_if(tpl_dict *d, const char *section, int flag);
/* Adds an include ({{>name}}) expanding the given template file; returns
 * the included template's dictionary. */
tpl_dict *tpl_add_include(tpl_dict *d, const char *name, const char *filename);

/* Expands the named template with the dictionary into a malloc'd string
 * (*out, *len). Returns 0, or -1 on failure (out untouched). */
int tpl_expand(const char *filename, const tpl_dict *d, char **out, size_t *len);

#ifdef __cplusplus
}
#endif

#endif
