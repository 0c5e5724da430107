/*
 * snapshot.c: one complaint as a self-contained HTML fragment for an
 * assessor's portfolio snapshot (see complaints.h): the handling record,
 * clocks, steps, decision and learning, with the customer pseudonymised
 * ("Customer A") and no contact details. Every value goes through
 * html_escape_append; the rest is fixed markup.
 */
#include "complaints.h"
#include "record.h"
#include "core/action.h"
#include "core/db.h"
#include "core/options.h"

#include <stdio.h>
#include <string.h>

enum snapshot_stmt { ST_STEPS, ST__COUNT };
static const char *const snapshot_sql[ST__COUNT] = {
	[ST_STEPS] = "SELECT step, done_text, done_at FROM complaint_steps WHERE complaint_id = ?",
};
static sqlite3_stmt *snapshot_cache[ST__COUNT];
static struct sql_table snapshot_table = { snapshot_sql, ST__COUNT, snapshot_cache, NULL };

/* Returns 1 when c is a letter or digit of ASCII, or a byte of a UTF-8
 * character (so a name is not found inside a longer word). */
static int word_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80);
}

/* text with every occurrence of part (at least two bytes) as a word of
 * its own replaced by "Customer A" (arena). */
static const char *replace_all(struct arena *a, const char *text, const char *part, size_t n)
{
	if (text == NULL || n < 2)
		return text;
	char *needle = arena_strndup(a, part, n);
	if (needle == NULL || strstr(text, needle) == NULL)
		return text;
	struct buf b = {0};
	for (const char *p = text; *p; ) {
		const char *hit = strstr(p, needle);
		if (hit == NULL) {
			buf_puts(&b, p);
			break;
		}
		int alone = (hit == text || !word_byte(hit[-1])) && !word_byte(hit[n]);
		buf_append(&b, p, (size_t)(hit - p));
		if (alone)
			buf_puts(&b, "Customer A");
		else
			buf_append(&b, hit, n);
		p = hit + n;
	}
	const char *out = b.data ? arena_strndup(a, b.data, b.len) : "";
	buf_free(&b);
	return out;
}

/* text with the customer's name taken out: the whole name, then each of
 * its words of three characters or more ("Ann", "O'Hara"), each replaced
 * by "Customer A" (arena). */
static const char *pseudonymise(struct arena *a, const char *text, const char *name)
{
	if (name == NULL)
		return text;
	text = replace_all(a, text, name, strlen(name));
	for (const char *p = name; *p; ) {
		size_t n = strcspn(p, " \t,.");
		if (n >= 3)
			text = replace_all(a, text, p, n);
		p += n;
		p += strspn(p, " \t,.");
	}
	return text;
}

/* Appends <dt>label</dt><dd>value</dd>, the value escaped. */
static int item(struct buf *out, const char *label, const char *value)
{
	return buf_printf(out, "<div><dt>%s</dt><dd>", label) != 0 ||
	       html_escape_append(out, value && *value ? value : "Not recorded") != 0 ||
	       buf_puts(out, "</dd></div>\n") != 0 ? -1 : 0;
}

/* Appends a heading and a paragraph of escaped text. */
static int section(struct buf *out, const char *heading, const char *text)
{
	return buf_printf(out, "<h3>%s</h3>\n<p class=\"snapshot-text\">", heading) != 0 ||
	       html_escape_append(out, text && *text ? text : "Not recorded") != 0 ||
	       buf_puts(out, "</p>\n") != 0 ? -1 : 0;
}

/* The handling steps as a list. Returns 0 or -1. */
static int steps(struct buf *out, const struct complaint *c)
{
	const struct complaint_model *m = complaint_model_find(c->model);
	sqlite3_stmt *st = db_stmt(&snapshot_table, ST_STEPS);
	int rc, bad = 0;
	if (st == NULL)
		return -1;
	bad |= buf_puts(out, "<h3>Handling steps (") || html_escape_append(out, m->label) || buf_puts(out, ")</h3>\n<ol>\n");
	sqlite3_bind_int64(st, 1, c->id);
	const char *done[8] = {0};
	struct arena a = {0};
	while (db_step_row(st, &rc))
		for (size_t i = 0; i < m->count; i++)
			if (strcmp(m->steps[i].key, db_text(st, 0)) == 0)
				done[i] = pseudonymise(&a, arena_printf(&a, "%s (%s)", db_text(st, 1), db_text(st, 2)),
				                       c->customer_name);
	sqlite3_reset(st);
	for (size_t i = 0; i < m->count; i++) {
		bad |= buf_puts(out, "<li><strong>") || html_escape_append(out, m->steps[i].label) ||
		       buf_puts(out, "</strong>: ") || html_escape_append(out, done[i] ? done[i] : "not recorded (skipped)") ||
		       buf_puts(out, "</li>\n");
	}
	arena_free(&a);
	bad |= buf_puts(out, "</ol>\n");
	return bad || db_rows_failed(rc) ? -1 : 0;
}

/* See complaints.h. */
int complaint_snapshot_html(long long id, struct buf *out, char *title, size_t title_size)
{
	struct arena a = {0};
	struct complaint c;
	int found = complaint_load(&a, id, &c);
	if (found != 1) {
		arena_free(&a);
		return found == 0 ? 1 : -1;
	}
	const char *ref = complaint_reference(&a, id);
	c.what_happened = pseudonymise(&a, c.what_happened, c.customer_name);
	c.what_they_want = pseudonymise(&a, c.what_they_want, c.customer_name);
	c.reasons = pseudonymise(&a, c.reasons, c.customer_name);
	c.remedy_text = pseudonymise(&a, c.remedy_text, c.customer_name);
	for (int i = 0; i < 5; i++)
		c.why[i] = pseudonymise(&a, c.why[i], c.customer_name);
	snprintf(title, title_size, "Complaint %s (%s)", ref, c.category[0] ? c.category : "no category");
	int bad = buf_puts(out, "<section class=\"snapshot snapshot--complaint\">\n<h2>") != 0 ||
	          html_escape_append(out, title) != 0 || buf_puts(out, "</h2>\n<dl>\n") != 0;
	bad |= item(out, "Customer", "Customer A");
	bad |= item(out, "Channel", options_label(complaint_channels, complaint_channel_labels, c.channel));
	bad |= item(out, "Received", c.received_day);
	bad |= item(out, "Category", c.category);
	bad |= item(out, "Severity", options_label(complaint_severities, complaint_severity_labels, c.severity));
	bad |= item(out, "Product or service", c.product);
	bad |= item(out, "Reasonable adjustment", c.adjustment[0] ? options_label(complaint_adjustments, complaint_adjustment_labels, c.adjustment) : "None asked for");
	bad |= item(out, "Stage", c.stage == 2 ? "2 (escalated)" : "1");
	bad |= item(out, "Status", c.status);
	bad |= item(out, "Acknowledge by", c.ack_due);
	bad |= item(out, "Acknowledged", c.acknowledged_at);
	bad |= item(out, "Respond by", c.response_due);
	bad |= item(out, "Responded", c.responded_at);
	if (c.stage == 2) {
		bad |= item(out, "Escalated", c.escalated_at);
		bad |= item(out, "Stage 2 due", c.stage2_due);
	}
	char paused[24];
	snprintf(paused, sizeof paused, "%d working days", c.paused_days);
	bad |= item(out, "Clock paused", paused);
	bad |= item(out, "Decision", c.decision[0] ? options_label(complaint_decisions, complaint_decision_labels, c.decision) : "");
	bad |= item(out, "Root cause", c.root_cause[0] ? options_label(action_root_causes, action_root_cause_labels, c.root_cause) : "");
	bad |= buf_puts(out, "</dl>\n") != 0;
	bad |= section(out, "What happened", c.what_happened);
	bad |= section(out, "What the customer wanted", c.what_they_want);
	if (steps(out, &c) != 0)
		bad = 1;
	bad |= section(out, "Reasons for the decision", c.reasons);
	bad |= section(out, "Remedy", c.remedy_text);
	bad |= buf_puts(out, "<h3>Five whys</h3>\n<ol>\n") != 0;
	for (int i = 0; i < 5; i++)
		bad |= buf_puts(out, "<li>") != 0 || html_escape_append(out, c.why[i][0] ? c.why[i] : "-") != 0 ||
		       buf_puts(out, "</li>\n") != 0;
	bad |= buf_puts(out, "</ol>\n</section>\n") != 0;
	arena_free(&a);
	return bad ? -1 : 0;
}
