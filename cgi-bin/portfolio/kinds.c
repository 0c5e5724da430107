/*
 * kinds.c: the one table of evidence kinds. A kind is one row: its key
 * (pf_evidence.kind), its label in the assessors' words, the function of
 * the owning area that renders a record of it for a snapshot (all of one
 * signature, core/snapshot.h), how a learner names the record, the
 * address of the live record, what its suggestion rule reads of the record
 * (facts.c), the rule (rules.c, pure and unit-tested) and the query that
 * lists its latest records for the form's picker (picker.c).
 * Adding a kind is adding a row (and its renderer in its own area, and
 * its picker query).
 *
 */
#include "portfolio.h"
#include "checklists/checklists.h"
#include "complaints/complaints.h"
#include "feedback/feedback.h"
#include "kpis/actions.h"
#include "kpis/kpis.h"
#include "plans/plans.h"
#include "rota/rota.h"
#include "team/team.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct portfolio_kind portfolio_kinds[] = {
	{ "plan", "Product evidence: a service plan", plan_snapshot_html, PORTFOLIO_REF_ID, "/plans/%lld", portfolio_plan_facts, portfolio_rule_plan, PORTFOLIO_RECENT_PLANS },
	{ "kpi", "Product evidence: a KPI with its results", kpi_snapshot_html, PORTFOLIO_REF_ID, "/kpis/%lld", portfolio_kpi_facts, portfolio_rule_kpi, PORTFOLIO_RECENT_KPIS },
	{ "action", "Product evidence: an action with its root cause and review", action_snapshot_html, PORTFOLIO_REF_ID, "/actions/%lld", portfolio_action_facts, portfolio_rule_action, PORTFOLIO_RECENT_ACTIONS },
	{ "meeting", "Product evidence: meeting minutes", team_meeting_snapshot_html, PORTFOLIO_REF_ID, "/team/meetings/%lld", portfolio_meeting_facts, portfolio_rule_meeting, PORTFOLIO_RECENT_MEETINGS },
	{ "feedback", "Product evidence: customer feedback analysis for a month", feedback_period_snapshot_html, PORTFOLIO_REF_MONTH, "/customer-feedback/analysis", portfolio_feedback_facts, portfolio_rule_feedback, PORTFOLIO_RECENT_NONE },
	{ "complaint", "Product evidence: a complaint and its resolution", complaint_snapshot_html, PORTFOLIO_REF_ID, "/complaints/%lld", portfolio_complaint_facts, portfolio_rule_complaint, PORTFOLIO_RECENT_COMPLAINTS },
	{ "checklist", "Product evidence: a compliance checklist run", checklist_run_snapshot_html, PORTFOLIO_REF_ID, "/checklists/runs/%lld", portfolio_checklist_facts, portfolio_rule_checklist, PORTFOLIO_RECENT_CHECKLISTS },
	{ "rota", "Product evidence: a published rota week", rota_week_snapshot_html, PORTFOLIO_REF_WEEK, "/rota?week=%04lld-W%02lld", NULL, portfolio_rule_rota, PORTFOLIO_RECENT_NONE },
	{ "reflection", "Reflective account", portfolio_reflection_snapshot_html, PORTFOLIO_REF_NONE, NULL, NULL, portfolio_rule_reflection, PORTFOLIO_RECENT_NONE },
	{ "witness", "Witness testimony", portfolio_witness_snapshot_html, PORTFOLIO_REF_NONE, NULL, NULL, portfolio_rule_witness, PORTFOLIO_RECENT_NONE },
	{ "discussion", "Professional discussion (by the assessor)", portfolio_discussion_snapshot_html, PORTFOLIO_REF_NONE, NULL, NULL, NULL, PORTFOLIO_RECENT_NONE },
	{ "observation", "Observation record (by the assessor)", portfolio_discussion_snapshot_html, PORTFOLIO_REF_NONE, NULL, NULL, NULL, PORTFOLIO_RECENT_NONE },
	{ "file", "Uploaded document", portfolio_file_snapshot_html, PORTFOLIO_REF_NONE, NULL, NULL, NULL, PORTFOLIO_RECENT_NONE },
};
const size_t portfolio_kind_count = sizeof portfolio_kinds / sizeof portfolio_kinds[0];

/* The product kinds' keys, in the table's order, for the form. */
const char *const portfolio_product_keys[] = { "plan", "kpi", "action", "meeting", "feedback", "complaint", "checklist", "rota", NULL };

/* See portfolio.h. */
const struct portfolio_kind *portfolio_kind_find(const char *key)
{
	for (size_t i = 0; key && i < portfolio_kind_count; i++)
		if (strcmp(portfolio_kinds[i].key, key) == 0)
			return &portfolio_kinds[i];
	return NULL;
}

/* Reads a run of exactly n digits at s into *v; returns 1 or 0. */
static int digits(const char *s, int n, long long *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

/* See portfolio.h. */
int portfolio_record_ref(const struct portfolio_kind *k, const char *text, long long *id)
{
	long long y, m;
	const char *s = text ? text : "";
	while (*s == ' ')
		s++;
	switch (k->ref) {
	case PORTFOLIO_REF_ID: {
		/* a number, or an address that ends in one ("/plans/3", "http://host/plans/3") */
		size_t n = strlen(s);
		while (n > 0 && s[n - 1] == '/')
			n--;
		size_t start = n;
		while (start > 0 && s[start - 1] >= '0' && s[start - 1] <= '9')
			start--;
		if (start == n || n - start > 15)
			return 0;
		if (start > 0) {
			/* the address must be the kind's own ("/plans/3", not "/kpis/3") */
			char prefix[64];
			const char *pct = strstr(k->live_url, "%lld");
			size_t plen = pct ? (size_t)(pct - k->live_url) : 0;
			if (plen == 0 || plen >= sizeof prefix || start < plen)
				return 0;
			memcpy(prefix, k->live_url, plen);
			prefix[plen] = '\0';
			if (strncmp(s + start - plen, prefix, plen) != 0)
				return 0;
		}
		*id = strtoll(s + start, NULL, 10);
		return *id > 0;
	}
	case PORTFOLIO_REF_MONTH:
		if (strlen(s) != 7 || s[4] != '-' || !digits(s, 4, &y) || !digits(s + 5, 2, &m) || m < 1 || m > 12)
			return 0;
		*id = y * 100 + m;
		return 1;
	case PORTFOLIO_REF_WEEK:
		if (strlen(s) != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w') ||
		    !digits(s, 4, &y) || !digits(s + 6, 2, &m) || m < 1 || m > 53)
			return 0;
		*id = y * 100 + m;
		return 1;
	case PORTFOLIO_REF_NONE:
		break;
	}
	return 0;
}

/* See portfolio.h. */
const char *portfolio_live_url(struct arena *a, const struct portfolio_kind *k, long long id)
{
	if (k == NULL || k->live_url == NULL)
		return "";
	if (k->ref == PORTFOLIO_REF_WEEK)
		return arena_printf(a, k->live_url, id / 100, id % 100);
	if (k->ref == PORTFOLIO_REF_MONTH)
		return k->live_url;
	return arena_printf(a, k->live_url, id);
}

/* See portfolio.h. */
int portfolio_render_evidence(long long evidence_id, const char *kind, long long record_id,
                              struct buf *out, char *title, size_t title_size)
{
	const struct portfolio_kind *k = portfolio_kind_find(kind);
	if (k == NULL)
		return 1;
	return k->render(k->ref == PORTFOLIO_REF_NONE ? evidence_id : record_id, out, title, title_size);
}
