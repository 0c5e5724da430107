/*
 * test_bundle.c: core/bundle.c writes a zip that libzip reads back with
 * the same names and bytes, and refuses unsafe names.
 */
#include "check.h"
#include "core/bundle.h"

#include <stdlib.h>
#include <zip.h>

/* Reads entry name of the zip in z into out (size bytes, NUL-ended);
 * returns its length or -1. */
static long read_entry(const struct buf *z, const char *name, char *out, size_t size)
{
	zip_error_t err;
	zip_source_t *src;
	zip_t *za;
	zip_file_t *f;
	long got = -1;
	zip_error_init(&err);
	src = zip_source_buffer_create(z->data, z->len, 0, &err);
	za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err) : NULL;
	if (za == NULL) {
		if (src)
			zip_source_free(src);
		zip_error_fini(&err);
		return -1;
	}
	if ((f = zip_fopen(za, name, 0)) != NULL) {
		got = (long)zip_fread(f, out, size - 1);
		zip_fclose(f);
		if (got >= 0)
			out[got] = '\0';
	}
	zip_discard(za);
	zip_error_fini(&err);
	return got;
}

static void test_round_trip(void)
{
	static const char html[] = "<h1>Jo Bloggs</h1>";
	static const char json[] = "{\"name\":\"Jo Bloggs\"}";
	struct bundle_file files[] = {
		{ "bundle/index.html", html, sizeof html - 1 },
		{ "bundle/data.json", json, sizeof json - 1 },
	};
	struct buf z = { 0 };
	char out[256];
	CHECK_EQ_INT(bundle_zip(files, 2, &z), 0);
	CHECK(z.len > 22 && memcmp(z.data, "PK", 2) == 0);
	CHECK_EQ_INT(read_entry(&z, "bundle/index.html", out, sizeof out), (long)strlen(html));
	CHECK_STR_EQ(out, html);
	CHECK_EQ_INT(read_entry(&z, "bundle/data.json", out, sizeof out), (long)strlen(json));
	CHECK_STR_EQ(out, json);
	CHECK_EQ_INT(read_entry(&z, "bundle/missing", out, sizeof out), -1);
	buf_free(&z);
}

static void test_unsafe_names(void)
{
	static const char *const bad[] = { "", "/etc/passwd", "../x", "a/../../x", "a\\b", ".." };
	struct buf z = { 0 };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct bundle_file f = { bad[i], "x", 1 };
		CHECK_EQ_INT(bundle_zip(&f, 1, &z), -1);
		CHECK_EQ_INT(z.len, 0);
	}
	struct bundle_file ok = { "a..b/c", "x", 1 };
	CHECK_EQ_INT(bundle_zip(&ok, 1, &z), 0);
	buf_free(&z);
}

int main(void)
{
	test_round_trip();
	test_unsafe_names();
	return check_summary("bundle");
}
