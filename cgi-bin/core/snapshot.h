/*
 * snapshot.h: frozen, self-contained HTML renderings of live records, for
 * the evidence portfolio.
 *
 * Each area that owns a kind of record (plans, KPIs, actions, meetings,
 * feedback, rota, complaints, checklists) renders one of them with a
 * function of the one signature snapshot_fn:
 *     int <prefix>_snapshot_html(long long id, struct buf *out,
 *                                char *title, size_t title_size);
 * It appends an HTML fragment to out (every value escaped with the helpers
 * below or html_escape_append), sets title, and returns 0; 1 when there is
 * no such record; -1 on error. Customer names and contact details never
 * appear in a snapshot (they are pseudonymised or left out).
 */
#ifndef FRONTLINE_SNAPSHOT_H
#define FRONTLINE_SNAPSHOT_H

#include <stddef.h>
#include "util.h"

/* The one signature of a record's snapshot renderer (see above). */
typedef int (*snapshot_fn)(long long id, struct buf *out, char *title, size_t title_size);

/* Appends "<h4>text</h4>" (escaped). Returns 0, or -1 when out of memory. */
int snapshot_heading(struct buf *out, const char *text);
/* Appends text as one paragraph, escaped, line breaks kept as <br>;
 * empty text gives "<p class="empty">empty</p>". Returns 0 or -1. */
int snapshot_paragraphs(struct buf *out, const char *text, const char *empty);
/* Opens and closes a list of label/value pairs (<dl class="summary-list">). */
int snapshot_fields_begin(struct buf *out);
int snapshot_fields_end(struct buf *out);
/* Appends one pair, both escaped; an empty value shows as "none". */
int snapshot_field(struct buf *out, const char *label, const char *value);
/* Opens a table with a caption and n column headings, appends a row of n
 * cells, closes it; everything escaped. Each returns 0 or -1. */
int snapshot_table_begin(struct buf *out, const char *caption, size_t n, const char *const *headings);
int snapshot_table_row(struct buf *out, size_t n, const char *const *cells);
int snapshot_table_end(struct buf *out);

/* Copies a title into title (title_size bytes, cut at a UTF-8 character
 * boundary), the way renderers set theirs. */
void snapshot_set_title(char *title, size_t title_size, const char *text);

/* The BLAKE2b (crypto_generichash, 32 bytes) hash of len bytes of data as
 * 64 lowercase hex digits into out. */
void snapshot_hash_hex(const void *data, size_t len, char out[65]);

#endif
