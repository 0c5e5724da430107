/*
 * queue.c: the complaints queue (GET /complaints): open complaints by
 * their next deadline (or every complaint, newest first), filtered by
 * status, stage, category, channel, owner and overdue or due soon, 25 a
 * page.
 */
#include "record.h"
#include "core/action.h"
#include "core/auth.h"
#include "core/caltime.h"
#include "core/db.h"
#include "core/fragment.h"
#include "core/options.h"

#include <string.h>

#define PER_PAGE 25
#define SOON_DAYS 2

static const char *const status_choices[] = { "open", "closed", "all", NULL };
static const char *const status_labels[] = { "Open", "Closed", "All", NULL };
static const char *const due_choices[] = { "", "overdue", "soon", NULL };
static const char *const due_labels[] = { "Any", "Overdue", "Due within 2 days", NULL };

const struct field_spec complaint_list_fields[COMPLAINT_LIST__COUNT] = {
	[COMPLAINT_LIST_STATUS] = { "status", "Status", FIELD_CHOICE, 0, 0, 0, status_choices },
	[COMPLAINT_LIST_STAGE] = { "stage", "Stage", FIELD_INT, 0, 0, 2, NULL },
	[COMPLAINT_LIST_CATEGORY] = { "category", "Category", FIELD_INT, 0, 0, 1000000000, NULL },
	[COMPLAINT_LIST_CHANNEL] = { "channel", "Channel", FIELD_CHOICE, 0, 0, 0, complaint_channels },
	[COMPLAINT_LIST_OWNER] = { "owner", "Owner", FIELD_INT, 0, 0, 1000000000000LL, NULL },
	[COMPLAINT_LIST_DUE] = { "due", "Due", FIELD_CHOICE, 0, 0, 0, due_choices },
	[COMPLAINT_LIST_PAGE] = { "page", "Page", FIELD_INT, 0, 1, 100000, NULL },
};

/* The filters other than the status are all bound; an unused one is NULL
 * or 0 and matches everything: ?2 stage, ?3 category, ?4 channel, ?5
 * owner, ?6 due ('overdue', 'soon'), ?7 today, ?8 the last due-soon day.
 * Each status has statements of its own (the status is written in them),
 * so SQLite reads the complaints_queue index for it. */
#define QUEUE_FILTERS \
	"(?2 = 0 OR c.stage = ?2) AND (?3 = 0 OR c.category_id = ?3) AND (?4 IS NULL OR c.channel = ?4) " \
	"AND (?5 = 0 OR c.owner_id = ?5) " \
	"AND (?6 IS NULL OR (c.status = 'open' AND c.paused_since IS NULL AND c.next_due <> '' AND " \
	"     CASE ?6 WHEN 'overdue' THEN c.next_due < ?7 ELSE c.next_due BETWEEN ?7 AND ?8 END)) "
#define QUEUE_COLUMNS \
	"SELECT c.id, c.received_day, c.customer_name, c.channel, coalesce(k.name, ''), c.severity, " \
	"c.stage, c.status, coalesce(u.display_name, ''), c.next_due, c.paused_since IS NOT NULL, " \
	"c.adjustment <> '' OR c.vulnerability <> '' " \
	"FROM complaints c LEFT JOIN complaint_categories k ON k.id = c.category_id " \
	"LEFT JOIN users u ON u.id = c.owner_id "

enum queue_stmt { ST_OPEN_PAGE, ST_CLOSED_PAGE, ST_ALL_PAGE, ST_OPEN_COUNT, ST_CLOSED_COUNT, ST_ALL_COUNT,
	ST_OWNERS, ST__COUNT };
static const char *const queue_sql[ST__COUNT] = {
	[ST_OPEN_PAGE] = QUEUE_COLUMNS "WHERE c.status = 'open' AND " QUEUE_FILTERS
	                 "ORDER BY c.next_due, c.id LIMIT ?9 OFFSET ?10",
	[ST_CLOSED_PAGE] = QUEUE_COLUMNS "WHERE c.status = 'closed' AND " QUEUE_FILTERS
	                   "ORDER BY c.id DESC LIMIT ?9 OFFSET ?10",
	[ST_ALL_PAGE] = QUEUE_COLUMNS "WHERE " QUEUE_FILTERS "ORDER BY c.id DESC LIMIT ?9 OFFSET ?10",
	[ST_OPEN_COUNT] = "SELECT count(*) FROM complaints c WHERE c.status = 'open' AND " QUEUE_FILTERS,
	[ST_CLOSED_COUNT] = "SELECT count(*) FROM complaints c WHERE c.status = 'closed' AND " QUEUE_FILTERS,
	[ST_ALL_COUNT] = "SELECT count(*) FROM complaints c WHERE " QUEUE_FILTERS,
	[ST_OWNERS] = "SELECT u.id, u.display_name FROM users u WHERE u.disabled = 0 AND (u.roles & ?1) <> 0 "
	              "ORDER BY u.display_name",
};
static sqlite3_stmt *queue_cache[ST__COUNT];
static struct sql_table queue_table = { queue_sql, ST__COUNT, queue_cache, NULL };

/* The filters of one request. */
struct queue_filter {
	const char *status, *channel, *due;
	long long stage, category, owner, page;
	char today[11], soon[11];
};

/* Reads the query (bad values are ignored: the filter is then off). */
static void read_filter(const struct request *rq, struct queue_filter *q)
{
	const struct field_value *v = request_form(rq)->values;
	memset(q, 0, sizeof *q);
#define OK(i) (v[i].present && v[i].error == NULL)
	q->status = OK(COMPLAINT_LIST_STATUS) ? v[COMPLAINT_LIST_STATUS].text : "open";
	q->stage = OK(COMPLAINT_LIST_STAGE) ? v[COMPLAINT_LIST_STAGE].number : 0;
	q->category = OK(COMPLAINT_LIST_CATEGORY) ? v[COMPLAINT_LIST_CATEGORY].number : 0;
	q->channel = OK(COMPLAINT_LIST_CHANNEL) ? v[COMPLAINT_LIST_CHANNEL].text : NULL;
	q->owner = OK(COMPLAINT_LIST_OWNER) ? v[COMPLAINT_LIST_OWNER].number : 0;
	q->due = OK(COMPLAINT_LIST_DUE) && v[COMPLAINT_LIST_DUE].text[0] ? v[COMPLAINT_LIST_DUE].text : NULL;
	q->page = OK(COMPLAINT_LIST_PAGE) ? v[COMPLAINT_LIST_PAGE].number : 1;
#undef OK
	today_london(q->today);
	date_add_days(q->today, SOON_DAYS, q->soon);
}

/* The statement of the filter's status: its page (page = 1) or its count. */
static sqlite3_stmt *stmt_for(const struct queue_filter *q, int page)
{
	int which = strcmp(q->status, "open") == 0 ? 0 : strcmp(q->status, "closed") == 0 ? 1 : 2;
	return db_stmt(&queue_table, (size_t)((page ? ST_OPEN_PAGE : ST_OPEN_COUNT) + which));
}

/* Binds the filters as ?2 .. ?8. */
static void bind_filter(sqlite3_stmt *st, const struct queue_filter *q)
{
	sqlite3_bind_int64(st, 2, q->stage);
	sqlite3_bind_int64(st, 3, q->category);
	if (q->channel)
		sqlite3_bind_text(st, 4, q->channel, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, q->owner);
	if (q->due)
		sqlite3_bind_text(st, 6, q->due, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, q->today, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, q->soon, -1, SQLITE_STATIC);
}

/* Counts the rows the filters match; -1 on error. */
static long long count_rows(const struct queue_filter *q)
{
	sqlite3_stmt *st = stmt_for(q, 0);
	if (st == NULL)
		return -1;
	bind_filter(st, q);
	long long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	return n;
}

/* Adds one page of rows as ROW. Returns the number, or -1. */
static int add_rows(struct request *rq, tpl_dict *d, const struct queue_filter *q)
{
	sqlite3_stmt *st = stmt_for(q, 1);
	int rc, n = 0;
	if (st == NULL)
		return -1;
	bind_filter(st, q);
	sqlite3_bind_int(st, 9, PER_PAGE);
	sqlite3_bind_int64(st, 10, (q->page - 1) * PER_PAGE);
	long today = complaint_day_of(q->today);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, "ROW");
		if (row == NULL)
			break;
		n++;
		long long id = sqlite3_column_int64(st, 0);
		char words[12];
		tpl_set_int(row, "ID", id);
		tpl_set(row, "REFERENCE", complaint_reference(&rq->arena, id));
		tpl_set(row, "RECEIVED", date_in_words(db_text(st, 1), words) ? words : "");
		tpl_set(row, "CUSTOMER", db_text(st, 2));
		tpl_set(row, "CHANNEL", options_label(complaint_channels, complaint_channel_labels, db_text(st, 3)));
		tpl_set(row, "CATEGORY", db_text(st, 4));
		tpl_set(row, "SEVERITY", options_label(complaint_severities, complaint_severity_labels, db_text(st, 5)));
		tpl_set_int(row, "STAGE", sqlite3_column_int(st, 6));
		int open = strcmp(db_text(st, 7), "open") == 0;
		tpl_set(row, "STATUS", open ? "Open" : "Closed");
		tpl_set(row, "OWNER", db_text(st, 8)[0] ? db_text(st, 8) : "Nobody yet");
		const char *due = db_text(st, 9);
		tpl_set(row, "DUE", open && date_in_words(due, words) ? words : "");
		enum complaint_clock_state s = open ? complaint_clock_state(complaint_day_of(due), -1, today, SOON_DAYS,
		                                                         sqlite3_column_int(st, 10))
		                                    : COMPLAINT_CLOCK_NONE;
		tpl_set(row, "CLOCK", open ? complaint_clock_label(s) : "Closed");
		tpl_set(row, "CLOCK_CLASS", complaint_clock_class(s));
		tpl_show_if(row, "NEEDS", sqlite3_column_int(st, 11));
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* The people who can own complaints, for the owner filter. */
static sqlite3_stmt *owners_stmt(void)
{
	sqlite3_stmt *st = db_stmt(&queue_table, ST_OWNERS);
	return st ? auth_bind_roles(st, 1, ROLE_STAFF | ROLE_MANAGER) : NULL;
}

/* What building the queue's body needs. */
struct queue_build {
	struct request *rq;
	const struct queue_filter *q;
};

/* Builds the filters and the table of one page as HTML (from
 * complaints/queue_body.tpl, which escapes every value), with the number
 * of matching complaints as its count; a fragment_builder. Nothing in it
 * depends on who asks, only on the filters and today's date (its key). */
static int build_body(void *ctx, char **html, size_t *len, long long *count)
{
	struct queue_build *b = ctx;
	const struct queue_filter *q = b->q;
	tpl_dict *c = tpl_dict_new();
	int rc = -1;
	long long total = count_rows(q);
	if (c == NULL || total < 0)
		goto done;
	options_from_list(c, "STATUS_OPTION", status_choices, status_labels, q->status);
	options_from_list(c, "DUE_OPTION", due_choices, due_labels, q->due ? q->due : "");
	options_from_list(c, "CHANNEL_OPTION", complaint_channels, complaint_channel_labels, q->channel);
	tpl_show_if(c, "STAGE1_SELECTED", q->stage == 1);
	tpl_show_if(c, "STAGE2_SELECTED", q->stage == 2);
	tpl_set_int(c, "TOTAL", total);
	int n = add_rows(b->rq, c, q);
	if (n < 0 || complaint_add_category_options(c, q->category) < 0 ||
	    options_from_stmt(c, "OWNER_OPTION", owners_stmt(), q->owner) < 0)
		goto done;
	tpl_show_if(c, n ? "HAS_ROWS" : "NO_ROWS", 1);
	*count = total;
	rc = tpl_expand("complaints/queue_body.tpl", c, html, len);
done:
	if (c)
		tpl_dict_free(c);
	return rc;
}

/* GET /complaints: the body comes from the worker's fragment cache while
 * the database is unchanged (core/fragment.c). */
int complaint_queue_page(struct request *rq, struct response *rs)
{
	struct queue_filter q;
	struct page p;
	read_filter(rq, &q);
	const char *key = arena_printf(&rq->arena, "complaints/queue|%s|%s|%lld|%lld|%s|%lld|%s|%lld", q.today, q.status,
	                               q.stage, q.category, q.channel ? q.channel : "", q.owner, q.due ? q.due : "", q.page);
	struct queue_build b = { rq, &q };
	const struct fragment *body = key ? fragment_get(key, build_body, &b) : NULL;
	if (body == NULL || page_begin(&p, rq, rs, "Complaints", "complaints/queue.tpl") != 0)
		return -1;
	tpl_set(p.content, "BODY", body->data);
	tpl_show_if(p.content, "IS_MANAGER", complaint_user_is_manager(rq));
	page_pager(&p, rq, arena_printf(&rq->arena, "/complaints?status=%s&stage=%lld&category=%lld&channel=%s&owner=%lld&due=%s&",
	                                q.status, q.stage, q.category, q.channel ? q.channel : "", q.owner,
	                                q.due ? q.due : ""), q.page, PER_PAGE, body->count);
	return page_finish(&p, rs);
}
