/*
 * portfolio.h: the evidence portfolio: learners map real records to the
 * criteria of the units they are enrolled on; submission freezes them as
 * snapshots; assessors judge each criterion; the IQA samples decisions;
 * an EQA may read for a limited time.
 *
 * What other areas and programs use: the area (routes.c), the home page's
 * panels, the demo, and loading a qualification seed file.
 */
#ifndef FRONTLINE_PORTFOLIO_H
#define FRONTLINE_PORTFOLIO_H

#include "rules.h"
#include "core/page.h"
#include "core/route.h"
#include "core/snapshot.h"

/* ---- the evidence kinds (kinds.c): one row per kind ---- */

/* How a learner names the live record of product evidence. */
enum portfolio_ref_style {
	PORTFOLIO_REF_NONE,    /* written in the portfolio: no live record */
	PORTFOLIO_REF_ID,      /* a number, or the record's address ("/plans/3") */
	PORTFOLIO_REF_MONTH,   /* a month, "2026-11" (id 202611) */
	PORTFOLIO_REF_WEEK,    /* an ISO week, "2026-W48" (id 202648) */
};

/* The query that lists a product kind's latest records for the form's
 * picker (picker.c); NONE: no records to list (or months and weeks). */
enum portfolio_recent {
	PORTFOLIO_RECENT_NONE,
	PORTFOLIO_RECENT_PLANS,
	PORTFOLIO_RECENT_KPIS,
	PORTFOLIO_RECENT_ACTIONS,
	PORTFOLIO_RECENT_MEETINGS,
	PORTFOLIO_RECENT_COMPLAINTS,
	PORTFOLIO_RECENT_CHECKLISTS,
	PORTFOLIO_RECENT__COUNT
};

/* Reads the facts the suggestion rules need about live record id; returns
 * 0, 1 when there is no such record, -1 on error. */
typedef int (*portfolio_facts_fn)(long long id, struct portfolio_facts *f);

struct portfolio_kind {
	const char *key;               /* pf_evidence.kind */
	const char *label;             /* in the assessors' words */
	snapshot_fn render;            /* the owning area's renderer (one signature) */
	enum portfolio_ref_style ref;  /* PORTFOLIO_REF_NONE: not product evidence */
	const char *live_url;          /* printf pattern of the live record's address */
	portfolio_facts_fn facts;      /* what the rule reads of the record; NULL: nothing */
	portfolio_rule_fn rule;        /* the suggestion rule (rules.c); NULL: none */
	enum portfolio_recent recent;  /* its picker query (picker.c); months and weeks need none */
};

extern const struct portfolio_kind portfolio_kinds[];
extern const size_t portfolio_kind_count;
/* NULL-terminated keys of the product kinds, for the form's choice. */
extern const char *const portfolio_product_keys[];

/* The kind with this key, or NULL. */
const struct portfolio_kind *portfolio_kind_find(const char *key);
/* Parses what a learner typed to name a record of kind k into *id;
 * returns 1, or 0 when it does not name one. */
int portfolio_record_ref(const struct portfolio_kind *k, const char *text, long long *id);
/* The live record's address into the arena ("" for portfolio-only kinds). */
const char *portfolio_live_url(struct arena *a, const struct portfolio_kind *k, long long id);

/* The renderers of the kinds written in the portfolio (evidence.c). */
int portfolio_reflection_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);
int portfolio_witness_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);
int portfolio_discussion_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);
int portfolio_file_snapshot_html(long long id, struct buf *out, char *title, size_t title_size);

/* The facts readers (facts.c). */
int portfolio_plan_facts(long long id, struct portfolio_facts *f);
int portfolio_kpi_facts(long long id, struct portfolio_facts *f);
int portfolio_action_facts(long long id, struct portfolio_facts *f);
int portfolio_meeting_facts(long long id, struct portfolio_facts *f);
int portfolio_feedback_facts(long long id, struct portfolio_facts *f);
int portfolio_complaint_facts(long long id, struct portfolio_facts *f);
int portfolio_checklist_facts(long long id, struct portfolio_facts *f);

/* Renders evidence e (its pf_evidence id, kind and record) into out, the
 * way a snapshot holds it: 0, 1 when the record is gone, -1 on error. */
int portfolio_render_evidence(long long evidence_id, const char *kind, long long record_id,
                              struct buf *out, char *title, size_t title_size);

/* ---- who is looking (access.c) ---- */

enum portfolio_viewer {
	PORTFOLIO_VIEWER_NONE,
	PORTFOLIO_VIEWER_LEARNER,
	PORTFOLIO_VIEWER_ASSESSOR,
	PORTFOLIO_VIEWER_IQA,
	PORTFOLIO_VIEWER_EQA,
};
/* How the signed-in user may see learner_id's portfolio into *viewer.
 * Returns 0, or -1 when the database could not be asked. */
int portfolio_viewer_of(struct request *rq, long long learner_id, enum portfolio_viewer *viewer);
/* Records in the audit trail that an assessor, IQA or EQA viewed what
 * (a short description, never content) of learner_id's portfolio; the
 * learner's own views are not recorded. Returns 0 or -1. */
int portfolio_audit_view(struct request *rq, enum portfolio_viewer viewer, long long learner_id,
                         const char *what);
/* The word for the viewer ("assessor", "IQA", "EQA", "learner"). */
const char *portfolio_viewer_name(enum portfolio_viewer viewer);
/* 1 when the user has an EQA grant that has not expired. */
int portfolio_eqa_active(long long user_id);

/* ---- validator tables ---- */

enum portfolio_product_field { PORTFOLIO_PRODUCT_KIND, PORTFOLIO_PRODUCT_RECORD, PORTFOLIO_PRODUCT_TITLE, PORTFOLIO_PRODUCT__COUNT };
extern const struct field_spec portfolio_product_fields[PORTFOLIO_PRODUCT__COUNT];
/* The query of GET /portfolio/evidence/new: a kind and record to pre-fill
 * (same names and positions as the product form's first two fields). */
extern const struct field_spec portfolio_prefill_fields[PORTFOLIO_PRODUCT_TITLE];
/* Its check: a record given with a kind must name one of that kind. */
void portfolio_prefill_check(struct request *rq);
enum portfolio_reflection_field { PORTFOLIO_REFL_TITLE, PORTFOLIO_REFL_HAPPENED, PORTFOLIO_REFL_DID,
	PORTFOLIO_REFL_WHY, PORTFOLIO_REFL_RESULT, PORTFOLIO_REFL_DIFFERENTLY, PORTFOLIO_REFL__COUNT };
extern const struct field_spec portfolio_reflection_fields[PORTFOLIO_REFL__COUNT];
enum portfolio_witness_ask_field { PORTFOLIO_ASK_WITNESS, PORTFOLIO_ASK_TITLE, PORTFOLIO_ASK_ASKED, PORTFOLIO_ASK__COUNT };
extern const struct field_spec portfolio_ask_fields[PORTFOLIO_ASK__COUNT];
enum portfolio_file_field { PORTFOLIO_FILE_TITLE, PORTFOLIO_FILE__COUNT };
extern const struct field_spec portfolio_file_fields[PORTFOLIO_FILE__COUNT];
enum portfolio_map_field { PORTFOLIO_MAP_CRITERION, PORTFOLIO_MAP_RATIONALE, PORTFOLIO_MAP__COUNT };
extern const struct field_spec portfolio_map_fields[PORTFOLIO_MAP__COUNT];
enum portfolio_testimony_field { PORTFOLIO_TESTIMONY_STATEMENT, PORTFOLIO_TESTIMONY_SIGNED, PORTFOLIO_TESTIMONY__COUNT };
extern const struct field_spec portfolio_testimony_fields[PORTFOLIO_TESTIMONY__COUNT];
enum portfolio_discussion_field { PORTFOLIO_DISC_KIND, PORTFOLIO_DISC_TITLE, PORTFOLIO_DISC_BODY, PORTFOLIO_DISC__COUNT };
extern const struct field_spec portfolio_discussion_fields[PORTFOLIO_DISC__COUNT];
enum portfolio_decision_field { PORTFOLIO_DECIDE_FEEDBACK, PORTFOLIO_DECIDE_SIGNED, PORTFOLIO_DECIDE__COUNT };
extern const struct field_spec portfolio_decision_fields[PORTFOLIO_DECIDE__COUNT];
enum portfolio_review_field { PORTFOLIO_REVIEW_VERDICT, PORTFOLIO_REVIEW_NOTE, PORTFOLIO_REVIEW__COUNT };
extern const struct field_spec portfolio_review_fields[PORTFOLIO_REVIEW__COUNT];
enum portfolio_enrol_field { PORTFOLIO_ENROL_LEARNER, PORTFOLIO_ENROL_ASSESSOR, PORTFOLIO_ENROL_IQA,
	PORTFOLIO_ENROL_STARTED, PORTFOLIO_ENROL_END, PORTFOLIO_ENROL__COUNT };
extern const struct field_spec portfolio_enrol_fields[PORTFOLIO_ENROL__COUNT];
enum portfolio_rate_field { PORTFOLIO_RATE_ASSESSOR, PORTFOLIO_RATE_PERCENT, PORTFOLIO_RATE__COUNT };
extern const struct field_spec portfolio_rate_fields[PORTFOLIO_RATE__COUNT];
enum portfolio_eqa_field { PORTFOLIO_EQA_USER, PORTFOLIO_EQA_EXPIRES, PORTFOLIO_EQA__COUNT };
extern const struct field_spec portfolio_eqa_fields[PORTFOLIO_EQA__COUNT];

/* ---- pages ---- */

/* home.c */
int portfolio_index_page(struct request *rq, struct response *rs);
int portfolio_learner_page(struct request *rq, struct response *rs);
int portfolio_views_page(struct request *rq, struct response *rs);
/* matrix.c */
int portfolio_matrix_page(struct request *rq, struct response *rs);
/* evidence.c */
int portfolio_evidence_new_page(struct request *rq, struct response *rs);
int portfolio_product_submit(struct request *rq, struct response *rs);
int portfolio_reflection_submit(struct request *rq, struct response *rs);
int portfolio_ask_submit(struct request *rq, struct response *rs);
int portfolio_file_submit(struct request *rq, struct response *rs);
int portfolio_evidence_page(struct request *rq, struct response *rs);
int portfolio_map_submit(struct request *rq, struct response *rs);
int portfolio_map_invalid(struct request *rq, struct response *rs);
int portfolio_unmap_submit(struct request *rq, struct response *rs);
int portfolio_evidence_delete_submit(struct request *rq, struct response *rs);
int portfolio_evidence_file(struct request *rq, struct response *rs);
/* witness.c */
int portfolio_testimony_page(struct request *rq, struct response *rs);
int portfolio_testimony_submit(struct request *rq, struct response *rs);
/* submit.c */
int portfolio_submit_unit(struct request *rq, struct response *rs);
/* assess.c */
int portfolio_submission_page(struct request *rq, struct response *rs);
int portfolio_decisions_submit(struct request *rq, struct response *rs);
int portfolio_review_submit(struct request *rq, struct response *rs);
int portfolio_snapshot_page(struct request *rq, struct response *rs);
int portfolio_snapshot_file(struct request *rq, struct response *rs);
int portfolio_discussion_submit(struct request *rq, struct response *rs);
/* export.c */
int portfolio_print_page(struct request *rq, struct response *rs);
int portfolio_export_zip(struct request *rq, struct response *rs);
/* admin.c */
int portfolio_admin_page(struct request *rq, struct response *rs);
int portfolio_enrol_submit(struct request *rq, struct response *rs);
int portfolio_rate_submit(struct request *rq, struct response *rs);
int portfolio_eqa_submit(struct request *rq, struct response *rs);

/* ---- for other areas and programs ---- */

/* The home page's panels (panel.c): for an assessor, the submissions of
 * their learners waiting for a decision; for an IQA, sampled decisions
 * waiting for a review; both oldest first. Returns 0, or -1 on error. */
int portfolio_home_panel(struct page *p, struct request *rq);

/* Loads a qualification seed file's text (format in
 * data/qualifications/ (*.txt)) inside the caller's db_write(): units and
 * criteria are matched by code and updated in place. Returns SQLITE_OK,
 * or an error with *problem set ("line 7: ..." in static storage). */
int portfolio_load_qualification(const char *text, size_t len, const char **problem);
/* The same for the built-in file of that name (data/qualifications/). */
int portfolio_load_builtin(const char *name, const char **problem);

/* Writes the demo portfolio (demo.c); SQLITE_OK or the error. */
int portfolio_demo_write(void);

/* The pages of the area (routes.c). */
extern const struct area portfolio_area;

#endif
