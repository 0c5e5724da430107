/*
 * bundle.c: zip archives in memory through libzip (see bundle.h).
 */
#include "bundle.h"

#include <string.h>
#include <zip.h>

/* Returns 1 when name is safe inside a zip: not empty, not absolute, no
 * ".." part, no backslash. */
static int bundle_name_safe(const char *name)
{
	const char *p = name;
	if (name == NULL || name[0] == '\0' || name[0] == '/' || strchr(name, '\\'))
		return 0;
	while (p) {
		if (strncmp(p, "..", 2) == 0 && (p[2] == '/' || p[2] == '\0'))
			return 0;
		p = strchr(p, '/');
		if (p)
			p++;
	}
	return 1;
}

/* Adds the files to the open archive; returns 0 or -1. */
static int bundle_add_files(zip_t *za, const struct bundle_file *files, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		zip_source_t *src;
		if (!bundle_name_safe(files[i].name))
			return -1;
		src = zip_source_buffer(za, files[i].data, files[i].len, 0);
		if (src == NULL)
			return -1;
		if (zip_file_add(za, files[i].name, src, ZIP_FL_ENC_UTF_8) < 0) {
			zip_source_free(src);
			return -1;
		}
	}
	return 0;
}

/* Copies the finished archive held by src into out; returns 0 or -1. */
static int bundle_copy_out(zip_source_t *src, struct buf *out)
{
	zip_stat_t st;
	char chunk[8192];
	zip_int64_t got;
	if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0)
		return -1;
	while ((got = zip_source_read(src, chunk, sizeof chunk)) > 0)
		if (buf_append(out, chunk, (size_t)got) < 0)
			break;
	zip_source_close(src);
	return got == 0 ? 0 : -1;
}

/* Builds the zip in a libzip memory source and copies it out. */
int bundle_zip(const struct bundle_file *files, size_t n, struct buf *out)
{
	zip_error_t err;
	zip_source_t *src;
	zip_t *za;
	int rc = -1;
	buf_reset(out);
	zip_error_init(&err);
	src = zip_source_buffer_create(NULL, 0, 0, &err);
	if (src == NULL)
		goto done;
	zip_source_keep(src);
	za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
	if (za == NULL) {
		zip_source_free(src);
		goto done;
	}
	if (bundle_add_files(za, files, n) < 0) {
		zip_discard(za);
		zip_source_free(src);
		goto done;
	}
	if (zip_close(za) < 0) {
		zip_discard(za);
		zip_source_free(src);
		goto done;
	}
	rc = bundle_copy_out(src, out);
	zip_source_free(src);
done:
	zip_error_fini(&err);
	if (rc < 0)
		buf_reset(out);
	return rc;
}
