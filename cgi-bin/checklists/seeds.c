/*
 * seeds.c: loading template files: the built-in ones (data/checklists/,
 * built into the program by the Makefile) at demo creation and with
 * `frontline-admin checklist-load DB`, and an organisation's own with
 * `frontline-admin checklist-load DB FILE...`.
 */
#include "checklists.h"
#include "seed.h"
#include "store.h"
#include "core/db.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEED_FILE_MAX (512 * 1024)

/* The built-in template files (build/embedded.c). */
extern const struct embedded_file embedded_checklist_seeds[];
extern const size_t embedded_checklist_seeds_count;

enum seeds_stmt { ST_HAS_SLUG, ST__COUNT };
static const char *const seeds_sql[ST__COUNT] = {
	[ST_HAS_SLUG] = "SELECT 1 FROM checklist_templates WHERE slug = ?",
};
static sqlite3_stmt *seeds_cache[ST__COUNT];
static struct sql_table seeds_table = { seeds_sql, ST__COUNT, seeds_cache, NULL };

/* Returns 1 when a template with this name exists, 0 when not, -1 on error. */
static int slug_taken(const char *slug)
{
	sqlite3_stmt *st = db_stmt(&seeds_table, ST_HAS_SLUG);
	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* See checklists.h. A built-in file that does not parse is a build
 * mistake the unit tests catch; here it is logged and the load fails. */
int checklist_load_builtin(void)
{
	int rc = SQLITE_OK;
	for (size_t i = 0; i < embedded_checklist_seeds_count && rc == SQLITE_OK; i++) {
		const struct embedded_file *f = &embedded_checklist_seeds[i];
		struct arena a = { 0 };
		struct checklist_seed s;
		long long id;
		int version, taken;
		const char *problem = checklist_seed_parse(&a, f->data, f->len, &s);
		if (problem) {
			log_info("checklist seed %s: %s", f->name, problem);
			rc = SQLITE_ERROR;
		} else if ((taken = slug_taken(s.slug)) < 0) {
			rc = SQLITE_ERROR;
		} else if (!taken) {
			rc = checklist_seed_store(NULL, &s, &id, &version);
		}
		arena_free(&a);
	}
	return rc;
}

/* What loading one file writes. */
struct load_ctx {
	const struct checklist_seed *seed;
	long long id;
	int version;
};

/* Stores the parsed file (a db_write callback). */
static int write_seed(void *vctx)
{
	struct load_ctx *c = vctx;
	return checklist_seed_store(NULL, c->seed, &c->id, &c->version);
}

/* Reads a whole file (at most SEED_FILE_MAX bytes) into the arena; NULL
 * with the reason in err. */
static char *read_file(struct arena *a, const char *path, size_t *len, FILE *err)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		fprintf(err, "frontline-admin: %s: %s\n", path, strerror(errno));
		return NULL;
	}
	char *data = arena_alloc(a, SEED_FILE_MAX + 1);
	*len = data ? fread(data, 1, SEED_FILE_MAX + 1, f) : 0;
	int bad = data == NULL || ferror(f) || *len > SEED_FILE_MAX;
	fclose(f);
	if (bad) {
		fprintf(err, "frontline-admin: %s: cannot be read, or is larger than %d bytes\n", path, SEED_FILE_MAX);
		return NULL;
	}
	data[*len] = '\0';
	return data;
}

/* See checklists.h. */
int checklist_load_file(const char *path, FILE *out, FILE *err)
{
	struct arena a = { 0 };
	struct checklist_seed s;
	size_t len;
	int status = 1;
	char *text = read_file(&a, path, &len, err);
	if (text) {
		const char *problem = checklist_seed_parse(&a, text, len, &s);
		struct load_ctx c = { &s, 0, 0 };
		if (problem)
			fprintf(err, "frontline-admin: %s: %s\n", path, problem);
		else if (db_write(write_seed, &c) != SQLITE_OK)
			fprintf(err, "frontline-admin: %s: the template could not be written\n", path);
		else {
			fprintf(out, "%s: template \"%s\" (%s) loaded as version %d, %d sections, %d items\n", path,
			        s.title, s.slug, c.version, s.section_count, s.item_count);
			status = 0;
		}
	}
	arena_free(&a);
	return status;
}

/* checklist_load_builtin() as a db_write callback. */
static int write_builtin(void *ctx)
{
	(void)ctx;
	return checklist_load_builtin();
}

/* See checklists.h. */
int checklist_load_builtin_now(FILE *out, FILE *err)
{
	if (db_write(write_builtin, NULL) != SQLITE_OK) {
		fputs("frontline-admin: the built-in checklist templates could not be loaded\n", err);
		return 1;
	}
	fprintf(out, "The %zu built-in checklist templates are loaded.\n", embedded_checklist_seeds_count);
	return 0;
}
