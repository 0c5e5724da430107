/*
 * routes.c: the pages of the portfolio area. Learners (staff and
 * managers) build their portfolio; the assessor, IQA and EQA assigned to
 * a learner read what was submitted (each handler checks who is looking:
 * portfolio_viewer_of in access.c); admins enrol learners. Assessors and
 * IQAs reach nothing else of the intranet.
 *
 * One row per page: method, path, who may use it, its validator table,
 * its handler and the handler that shows the form again when the input is
 * refused. core/route.c checks the roles; nothing else is reachable.
 */
#include "portfolio.h"
#include "core/auth.h"

/* Learners, and those who judge their work. */
#define PORTFOLIO_READERS (ROLE_MANAGER | ROLE_STAFF | ROLE_ASSESSOR | ROLE_IQA)
/* Learners (and witnesses: any colleague). */
#define PORTFOLIO_LEARNERS ROLE_LEARNERS

static const struct route portfolio_routes[] = {
	{ METHOD_GET,  "/portfolio", PORTFOLIO_READERS, NO_FIELDS, portfolio_index_page, NULL },
	{ METHOD_GET,  "/portfolio/learners/{id}", PORTFOLIO_READERS, NO_FIELDS, portfolio_learner_page, NULL },
	{ METHOD_GET,  "/portfolio/learners/{id}/units/{id}", PORTFOLIO_READERS, NO_FIELDS, portfolio_matrix_page, NULL },
	{ METHOD_GET,  "/portfolio/learners/{id}/views", PORTFOLIO_LEARNERS, NO_FIELDS, portfolio_views_page, NULL },
	{ METHOD_GET,  "/portfolio/learners/{id}/print", PORTFOLIO_READERS, NO_FIELDS, portfolio_print_page, NULL },
	{ METHOD_GET,  "/portfolio/learners/{id}/export", PORTFOLIO_READERS, NO_FIELDS, portfolio_export_zip, NULL },
	{ METHOD_POST, "/portfolio/learners/{id}/discussions", ROLE_ASSESSOR, FIELDS(portfolio_discussion_fields), portfolio_discussion_submit, portfolio_learner_page },
	{ METHOD_GET,  "/portfolio/evidence/new", PORTFOLIO_LEARNERS, CHECKED_FIELDS(portfolio_prefill_fields, portfolio_prefill_check), portfolio_evidence_new_page, portfolio_evidence_new_page },
	{ METHOD_POST, "/portfolio/evidence/product", PORTFOLIO_LEARNERS, FIELDS(portfolio_product_fields), portfolio_product_submit, portfolio_evidence_new_page },
	{ METHOD_POST, "/portfolio/evidence/reflection", PORTFOLIO_LEARNERS, FIELDS(portfolio_reflection_fields), portfolio_reflection_submit, portfolio_evidence_new_page },
	{ METHOD_POST, "/portfolio/evidence/witness", PORTFOLIO_LEARNERS, FIELDS(portfolio_ask_fields), portfolio_ask_submit, portfolio_evidence_new_page },
	{ METHOD_POST, "/portfolio/evidence/file", PORTFOLIO_LEARNERS, FIELDS(portfolio_file_fields), portfolio_file_submit, portfolio_evidence_new_page },
	{ METHOD_GET,  "/portfolio/evidence/{id}", PORTFOLIO_LEARNERS, NO_FIELDS, portfolio_evidence_page, NULL },
	{ METHOD_GET,  "/portfolio/evidence/{id}/file", PORTFOLIO_LEARNERS, NO_FIELDS, portfolio_evidence_file, NULL },
	{ METHOD_POST, "/portfolio/evidence/{id}/mappings", PORTFOLIO_LEARNERS, FIELDS(portfolio_map_fields), portfolio_map_submit, portfolio_map_invalid },
	{ METHOD_POST, "/portfolio/evidence/{id}/delete", PORTFOLIO_LEARNERS, NO_FIELDS, portfolio_evidence_delete_submit, NULL },
	{ METHOD_POST, "/portfolio/mappings/{id}/delete", PORTFOLIO_LEARNERS, NO_FIELDS, portfolio_unmap_submit, NULL },
	{ METHOD_POST, "/portfolio/units/{id}/submit", PORTFOLIO_LEARNERS, NO_FIELDS, portfolio_submit_unit, NULL },
	{ METHOD_GET,  "/portfolio/witness/{id}", PORTFOLIO_LEARNERS, NO_FIELDS, portfolio_testimony_page, NULL },
	{ METHOD_POST, "/portfolio/witness/{id}", PORTFOLIO_LEARNERS, FIELDS(portfolio_testimony_fields), portfolio_testimony_submit, portfolio_testimony_page },
	{ METHOD_GET,  "/portfolio/submissions/{id}", PORTFOLIO_READERS, NO_FIELDS, portfolio_submission_page, NULL },
	{ METHOD_POST, "/portfolio/submissions/{id}/decisions", ROLE_ASSESSOR, FIELDS(portfolio_decision_fields), portfolio_decisions_submit, portfolio_submission_page },
	{ METHOD_POST, "/portfolio/submissions/{id}/review", ROLE_IQA, FIELDS(portfolio_review_fields), portfolio_review_submit, portfolio_submission_page },
	{ METHOD_GET,  "/portfolio/snapshots/{id}", PORTFOLIO_READERS, NO_FIELDS, portfolio_snapshot_page, NULL },
	{ METHOD_GET,  "/portfolio/snapshots/{id}/file", PORTFOLIO_READERS, NO_FIELDS, portfolio_snapshot_file, NULL },
	{ METHOD_GET,  "/portfolio/admin", ROLE_ADMIN, NO_FIELDS, portfolio_admin_page, NULL },
	{ METHOD_POST, "/portfolio/admin/learners", ROLE_ADMIN, FIELDS(portfolio_enrol_fields), portfolio_enrol_submit, portfolio_admin_page },
	{ METHOD_POST, "/portfolio/admin/rates", ROLE_ADMIN, FIELDS(portfolio_rate_fields), portfolio_rate_submit, portfolio_admin_page },
	{ METHOD_POST, "/portfolio/admin/eqa", ROLE_ADMIN, FIELDS(portfolio_eqa_fields), portfolio_eqa_submit, portfolio_admin_page },
};

/* The area's links in the site navigation. */
static const struct nav_link portfolio_nav[] = {
	{ "/portfolio", "Portfolio", PORTFOLIO_READERS },
	{ "/portfolio/admin", "Assessment", ROLE_ADMIN },
};

const struct area portfolio_area = { "portfolio", ROUTES(portfolio_routes), NAV(portfolio_nav) };
