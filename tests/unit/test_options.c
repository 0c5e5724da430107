/*
 * test_options.c: <select> option rows from a statement and from a fixed
 * list, expanded through a real template: ids, names (escaped), the one
 * chosen marked, and a NULL choice marking none.
 */
#include "check.h"
#include "core/options.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Writes the test template into a new directory and loads it; returns 1. */
static int load_template(char dir[64])
{
	snprintf(dir, 64, "/tmp/frontline-options-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return 0;
	char path[96];
	snprintf(path, sizeof path, "%s/o.tpl", dir);
	FILE *f = fopen(path, "w");
	if (f == NULL)
		return 0;
	fputs("{{%AUTOESCAPE context=\"HTML\"}}{{#O}}[{{ID}}|{{NAME}}{{#SELECTED}}*{{/SELECTED}}]{{/O}}"
	      "{{#L}}[{{VALUE}}|{{LABEL}}{{#SELECTED}}*{{/SELECTED}}]{{/L}}\n", f);
	fclose(f);
	int ok = tpl_load_all(dir) == 1;
	unlink(path);
	rmdir(dir);
	return ok;
}

/* Expands o.tpl with d into a malloc'd string (NULL on failure). */
static char *expand(tpl_dict *d)
{
	char *out = NULL;
	size_t len;
	return tpl_expand("o.tpl", d, &out, &len) == 0 ? out : NULL;
}

/* Rows from a statement and from a list, with and without a choice. */
static void test_options(void)
{
	char dir[64];
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	if (!CHECK(load_template(dir)) || !CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK))
		return;
	CHECK(sqlite3_prepare_v2(db, "SELECT 1, 'Ann' UNION ALL SELECT 2, 'Bo <b>'", -1, &st, NULL) == SQLITE_OK);
	static const char *const values[] = { "x", "y", NULL };
	static const char *const labels[] = { "Ex", "Why & not", NULL };

	tpl_dict *d = tpl_dict_new();
	CHECK_EQ_INT(options_from_stmt(d, "O", st, 2), 2);
	CHECK_EQ_INT(options_from_list(d, "L", values, labels, "x"), 2);
	char *text = expand(d);
	CHECK_STR_EQ(text, "[1|Ann][2|Bo &lt;b&gt;*][x|Ex*][y|Why &amp; not]\n");
	free(text);
	tpl_dict_free(d);

	d = tpl_dict_new();                      /* the statement was reset: it runs again */
	CHECK_EQ_INT(options_from_stmt(d, "O", st, 0), 2);
	CHECK_EQ_INT(options_from_list(d, "L", values, labels, NULL), 2);
	text = expand(d);
	CHECK_STR_EQ(text, "[1|Ann][2|Bo &lt;b&gt;][x|Ex][y|Why &amp; not]\n");
	free(text);
	tpl_dict_free(d);
	CHECK_EQ_INT(options_from_stmt(NULL, "O", NULL, 0), -1);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* A listed value gives its label; an unlisted one (or NULL) itself. */
static void test_label(void)
{
	static const char *const values[] = { "x", "y", NULL };
	static const char *const labels[] = { "Ex", "Why", NULL };
	CHECK_STR_EQ(options_label(values, labels, "y"), "Why");
	CHECK_STR_EQ(options_label(values, labels, "z"), "z");
	CHECK(options_label(values, labels, NULL) == NULL);
}

int main(void)
{
	test_options();
	test_label();
	return check_summary("test_options");
}
