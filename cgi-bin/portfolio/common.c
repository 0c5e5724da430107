/*
 * common.c: helpers the portfolio's page files share: enrolment checks,
 * names, the type of an uploaded file from its content, where files are
 * kept, and the <select> options of criteria and people.
 */
#include "internal.h"
#include "core/auth.h"
#include "core/db.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum common_stmt {
	ST_IS_LEARNER,
	ST_CRITERIA,
	ST_PEOPLE,
	ST__COUNT
};
static const char *const common_sql[ST__COUNT] = {
	[ST_IS_LEARNER] = "SELECT 1 FROM pf_learners WHERE learner_id = ?",
	[ST_CRITERIA] = "SELECT c.id, c.ref, c.text, u.code FROM pf_enrolments e JOIN pf_units u ON u.id = e.unit_id "
	                "JOIN pf_criteria c ON c.unit_id = u.id WHERE e.learner_id = ? "
	                "ORDER BY u.position, c.position LIMIT 400",
	[ST_PEOPLE] = "SELECT id, display_name FROM users WHERE disabled = 0 AND id <> ?1 AND (roles & ?2) <> 0 "
	              "ORDER BY display_name COLLATE NOCASE LIMIT 500",
};
static sqlite3_stmt *common_cache[ST__COUNT];
static struct sql_table common_table = { common_sql, ST__COUNT, common_cache, NULL };

/* See internal.h. */
int portfolio_is_learner(long long user_id)
{
	return db_id_exists(db_stmt(&common_table, ST_IS_LEARNER), user_id);
}

/* See internal.h. */
int portfolio_not_enrolled(struct request *rq, struct response *rs)
{
	respond_error(rq, rs, 403, "You are not enrolled on a qualification: an administrator enrols learners on the Assessment page.");
	return 0;
}

/* See internal.h. */
const char *portfolio_media_type(const unsigned char *d, size_t len)
{
	if (len >= 5 && memcmp(d, "%PDF-", 5) == 0)
		return "application/pdf";
	if (len >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0)
		return "image/png";
	if (len >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF)
		return "image/jpeg";
	return NULL;
}

/* See internal.h. */
const char *portfolio_files_dir(struct arena *a)
{
	const char *db = sqlite3_db_filename(db_get(), "main");
	return arena_printf(a, "%s.files", db && db[0] ? db : "frontline");
}

/* See internal.h. */
int portfolio_criterion_options(struct request *rq, tpl_dict *d, const char *section,
                                long long learner_id, long long selected)
{
	sqlite3_stmt *st = db_stmt(&common_table, ST_CRITERIA);
	int n = 0, rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, learner_id);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, section);
		if (row == NULL)
			break;
		n++;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "REF", db_text(st, 1));
		tpl_set(row, "TEXT", db_text(st, 2));
		tpl_set(row, "UNIT", db_text(st, 3));
		tpl_show_if(row, "SELECTED", sqlite3_column_int64(st, 0) == selected);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : n;
}

/* See internal.h. */
int portfolio_people_options(tpl_dict *d, const char *section, long long not_user, long long selected,
                             unsigned roles)
{
	sqlite3_stmt *st = auth_bind_roles(db_stmt(&common_table, ST_PEOPLE), 2, roles);
	int rc;
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, not_user);
	while (db_step_row(st, &rc)) {
		tpl_dict *row = tpl_add_row(d, section);
		if (row == NULL)
			break;
		tpl_set_int(row, "ID", sqlite3_column_int64(st, 0));
		tpl_set(row, "NAME", db_text(st, 1));
		tpl_show_if(row, "SELECTED", sqlite3_column_int64(st, 0) == selected);
	}
	sqlite3_reset(st);
	return db_rows_failed(rc) ? -1 : 0;
}

/* See internal.h. */
int portfolio_send_file(struct request *rq, struct response *rs, const char *stored_name,
                        const char *media_type, const char *filename)
{
	const char *path = arena_printf(&rq->arena, "%s/%s", portfolio_files_dir(&rq->arena), stored_name);
	char chunk[8192];
	ssize_t n;
	int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : -1;
	if (fd < 0)
		return -1;
	buf_reset(&rs->body);
	while ((n = read(fd, chunk, sizeof chunk)) > 0)
		if (buf_append(&rs->body, chunk, (size_t)n) != 0) {
			n = -1;
			break;
		}
	close(fd);
	if (n < 0)
		return -1;
	rs->content_type = media_type;
	/* the name is shown as typed but kept to safe characters in the header */
	char safe[120];
	size_t j = 0;
	for (size_t i = 0; filename[i] && j < sizeof safe - 1; i++) {
		char c = filename[i];
		safe[j++] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		            c == '.' || c == '-' || c == '_' ? c : '_';
	}
	safe[j] = '\0';
	respond_header(rs, "Content-Disposition", arena_printf(&rq->arena, "attachment; filename=\"%s\"", safe));
	return 0;
}
