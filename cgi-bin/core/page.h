/*
 * page.h: responses and the shared page layout.
 *
 * A handler fills a struct response: a status, extra headers and a body.
 * Pages are built with page_begin() (the layout's dictionary plus the
 * page's own template included as CONTENT), filled, and expanded by
 * page_finish(); only when expansion succeeds does anything reach the
 * client, so a failure becomes a clean 500 page.
 */
#ifndef FRONTLINE_PAGE_H
#define FRONTLINE_PAGE_H

#include "form.h"
#include "http.h"
#include "tpl.h"
#include "util.h"

/* What the program will send back. */
struct response {
	int status;                 /* 200 unless set */
	const char *content_type;   /* text/html; charset=utf-8 unless set */
	struct buf headers;         /* extra "Name: value\r\n" lines */
	struct buf body;
	char error_id[9];           /* set when a 500 was logged */
	const char *not_saved;      /* a write failed: pages say so at the top (NOT_SAVED) */
};

/* Readies a response for reuse between requests. */
void response_reset(struct response *rs);
/* Adds one header line; the name and value must not contain CR or LF. */
void respond_header(struct response *rs, const char *name, const char *value);
/* Sets a cookie (HttpOnly, SameSite=Strict, Path=/, Secure over TLS);
 * max_age < 0 gives a session cookie, 0 deletes it. */
void respond_cookie(struct response *rs, const struct request *rq,
                    const char *name, const char *value, long max_age);
/* A 303 See Other to a local path (anything not starting with a single
 * '/' becomes "/"). */
void respond_redirect(struct response *rs, const char *location);
/* A plain text body with the given status. */
void respond_text(struct response *rs, int status, const char *text);
/* A full error page in the layout; for 5xx the error id is logged with
 * detail (unless rs->error_id is already set) and shown to the user, and a
 * 500's message is replaced by a general one (it names an internal
 * failure). Falls back to plain text if the template itself fails. */
void respond_error(struct request *rq, struct response *rs, int status,
                   const char *message);

/* A page being built. */
struct page {
	tpl_dict *root;      /* the layout's dictionary */
	tpl_dict *content;   /* the page template's dictionary */
};

/* A link of the site navigation, shown to users holding any of roles. */
struct nav_link {
	const char *href;
	const char *label;
	unsigned roles;
};

/* Sets the navigation every page of this worker shows, in order; links
 * must stay valid while the worker runs. The server sets it at start from
 * the program's areas. */
void page_set_navigation(const struct nav_link *links, size_t count);

/* Sets where the header's organisation name and error pages' "home page"
 * link lead (default "/"); a program calls it once at start. */
void page_set_home(const char *href);

/* Starts a page: title, organisation name, navigation for the user's
 * roles, the CSRF token for forms, the "nothing was saved" banner when
 * rs->not_saved is set, and content_template included as the body.
 * Returns 0, or -1 when out of memory. */
int page_begin(struct page *p, struct request *rq, struct response *rs,
               const char *title, const char *content_template);
/* Expands the page into rs->body and frees its dictionaries; returns 0 or
 * -1 (the caller answers 500). */
int page_finish(struct page *p, struct response *rs);
/* Frees a page's dictionaries without expanding it. */
void page_abandon(struct page *p);

/* Puts a validated (or refused) form into the page: for each field NAME
 * (upper-cased) NAME_VALUE holds what was typed (never for passwords),
 * NAME_ERROR the message and section NAME_INVALID shows when wrong; the
 * section ERROR_SUMMARY lists every error with FIELD (the input's id) and
 * MESSAGE. */
void page_form(struct page *p, const struct form *f);

/* Shows a notice banner (NOTICE section with MESSAGE) for a ?done= key
 * from a list of key/message pairs ending with NULL. */
void page_notice(struct page *p, const struct request *rq,
                 const char *const *messages);

/* Fills the include PAGER (partials/pager.tpl: previous/next links keeping the other query parameters
 * given in base, which must end in '?' or '&') for page n of total rows. */
void page_pager(struct page *p, struct request *rq, const char *base,
                long long n, long long per_page, long long total);

#endif
