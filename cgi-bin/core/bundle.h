/*
 * bundle.h: a zip archive built in memory (libzip), for the downloads
 * that hand several files over as one: a subject-access bundle (HTML plus
 * JSON) and an exported portfolio (HTML plus a JSON manifest).
 */
#ifndef FRONTLINE_BUNDLE_H
#define FRONTLINE_BUNDLE_H

#include <stddef.h>
#include "util.h"

/* One file of a bundle: its name inside the zip ("portfolio/index.html")
 * and its bytes, which must stay valid until bundle_zip() returns. */
struct bundle_file {
	const char *name;
	const void *data;
	size_t len;
};

/* Writes a zip holding the n files, deflated, into out (replacing its
 * contents). Names must be relative, without "..". Returns 0, or -1 when a
 * name is refused or libzip fails (out is then emptied). */
int bundle_zip(const struct bundle_file *files, size_t n, struct buf *out);

#endif
