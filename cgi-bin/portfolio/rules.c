/*
 * rules.c: the portfolio's pure rules (see rules.h).
 */
#include "rules.h"
#include "core/caltime.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Adds a tag unless it is there already or the list is full. */
static void add_tag(struct portfolio_advice *a, const char *tag)
{
	for (size_t i = 0; i < a->tag_count; i++)
		if (strcmp(a->tags[i], tag) == 0)
			return;
	if (a->tag_count < PORTFOLIO_MAX_TAGS)
		a->tags[a->tag_count++] = tag;
}

/* Adds a warning unless the list is full. */
static void add_warning(struct portfolio_advice *a, const char *warning)
{
	if (a->warning_count < PORTFOLIO_MAX_WARNINGS)
		a->warnings[a->warning_count++] = warning;
}

/* See rules.h. */
void portfolio_rule_plan(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	add_tag(a, "plan");
	if (f->measurable_objectives > 0 && f->milestones > 0)
		add_tag(a, "plan-objectives");
	if (f->resources > 0) {
		add_tag(a, "plan-resources");
		add_tag(a, "resources");
	}
	if (f->stakeholders > 0) {
		add_tag(a, "stakeholders");
		add_tag(a, "communication");
	}
	if (f->reviewed)
		add_tag(a, "evaluation");
	if (f->objectives == 0 || f->measurable_objectives < f->objectives)
		add_warning(a, "Some objectives have no measure and target: a generic plan without specific, measurable targets is one of the units' common mistakes.");
	if (f->risks_with_contingency == 0 && !f->general_contingency)
		add_warning(a, "The plan has no contingency measures: plans without contingencies are one of the units' common mistakes.");
	if (f->milestones == 0)
		add_warning(a, "The plan has no milestones, so it shows no timeline.");
	if (f->resources == 0)
		add_warning(a, "The plan names no resources (staff, time, equipment).");
}

/* See rules.h. */
void portfolio_rule_kpi(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	add_tag(a, "kpi");
	add_tag(a, "monitoring");
	if (f->red_results > 0 && f->actions_raised > 0)
		add_tag(a, "corrective-action");
	if (f->results < 3)
		add_warning(a, "Fewer than three results: collecting data without analysing a trend is one of the units' common mistakes.");
	if (f->red_results > 0 && f->actions_raised == 0)
		add_warning(a, "Red results with no action raised: there is no evidence of corrective action when the KPI was not met.");
}

/* See rules.h. */
void portfolio_rule_action(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	add_tag(a, "corrective-action");
	add_tag(a, "problem-procedure");
	if (f->root_cause)
		add_tag(a, "root-cause");
	if (f->review) {
		add_tag(a, "evaluation");
		add_tag(a, "improvement");
	}
	if (!f->root_cause)
		add_warning(a, "No root cause is recorded: a problem with no root cause, or a generic fix that does not address it, is one of the units' common mistakes.");
	if (!f->review)
		add_warning(a, "No review of the measured result yet: the assessor will look for the outcome after the change.");
	if (!f->steps)
		add_warning(a, "No resolution steps are recorded.");
}

/* See rules.h. */
void portfolio_rule_meeting(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	add_tag(a, "meeting");
	add_tag(a, "communication");
	add_tag(a, "stakeholders");
	if (f->actions_raised > 0)
		add_tag(a, "improvement");
	if (!f->decisions)
		add_warning(a, "The minutes record no decisions.");
}

/* See rules.h. */
void portfolio_rule_feedback(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	add_tag(a, "feedback");
	add_tag(a, "monitoring");
	if (f->responses < 30)
		add_warning(a, "Fewer than 30 responses in the month: the figures may not be representative.");
}

/* See rules.h. */
void portfolio_rule_rota(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	(void)f;
	add_tag(a, "rota");
	add_tag(a, "resources");
}

/* See rules.h. */
void portfolio_rule_complaint(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	add_tag(a, "complaints");
	add_tag(a, "problem-procedure");
	if (f->root_cause) {
		add_tag(a, "root-cause");
		if (f->actions_raised > 0)
			add_tag(a, "corrective-action");
	}
	if (f->closed && !f->root_cause)
		add_warning(a, "The complaint was closed with no root cause recorded: resolving a complaint without finding why it happened is one of the units' common mistakes.");
	if (f->root_cause && !f->whys)
		add_warning(a, "The root cause has no five whys behind it: the assessor looks for how the cause was found.");
}

/* See rules.h. */
void portfolio_rule_checklist(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	add_tag(a, "monitoring");
	add_tag(a, "standards");
	if (f->actions_raised > 0)
		add_tag(a, "corrective-action");
	if (f->failed_items > f->failures_answered)
		add_warning(a, "A failed item has no action or justification yet: overlooking compliance with policies and regulations is one of the units' common mistakes.");
	if (!f->signed_off)
		add_warning(a, "The run is not signed off by a manager yet.");
}

/* See rules.h. */
void portfolio_rule_reflection(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	(void)f;
	add_tag(a, "reflection");
	add_tag(a, "evaluation");
}

/* See rules.h. */
void portfolio_rule_witness(const struct portfolio_facts *f, struct portfolio_advice *a)
{
	(void)f;
	add_tag(a, "team-roles");
}

/* See rules.h. */
void portfolio_advise(portfolio_rule_fn rule, const struct portfolio_facts *f, struct portfolio_advice *advice)
{
	memset(advice, 0, sizeof *advice);
	if (rule)
		rule(f, advice);
}

/* See rules.h. */
int portfolio_tags_have(const char *tags, const char *tag)
{
	size_t n = strlen(tag);
	const char *p = tags ? tags : "";
	while (*p) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		if (w == n && n > 0 && strncmp(p, tag, n) == 0)
			return 1;
		p += w;
	}
	return 0;
}

/* See rules.h. */
const char *portfolio_criterion_rag(long long mapped, const char *decision)
{
	if (decision && strcmp(decision, "met") == 0)
		return "green";
	if (decision && strcmp(decision, "not_yet") == 0)
		return "red";
	return mapped > 0 ? "amber" : "red";
}

/* A whole-number percentage of part in whole, 0 when whole is 0. */
static int percent(long long part, long long whole)
{
	if (whole <= 0)
		return 0;
	return (int)((part * 100) / whole);
}

/* The day number of a YYYY-MM-DD date into *days; 0 when it is bad. */
static int day_number(const char *date, long *days)
{
	long y;
	int m, d;
	if (date == NULL || !valid_date(date))
		return 0;
	y = strtol(date, NULL, 10);
	m = (int)strtol(date + 5, NULL, 10);
	d = (int)strtol(date + 8, NULL, 10);
	*days = days_from_civil(y, m, d);
	return 1;
}

/* See rules.h. */
int portfolio_progress_of(long long criteria, long long with_evidence, long long met,
                          const char *started_on, const char *planned_end, const char *today,
                          struct portfolio_progress *out)
{
	long start, end, now;
	memset(out, 0, sizeof *out);
	out->evidence_percent = percent(with_evidence, criteria);
	out->met_percent = percent(met, criteria);
	if (!day_number(started_on, &start) || !day_number(planned_end, &end) || !day_number(today, &now))
		return -1;
	out->days_left = end - now;
	if (end <= start || now >= end)
		out->time_percent = 100;
	else if (now <= start)
		out->time_percent = 0;
	else
		out->time_percent = percent(now - start, end - start);
	return 0;
}

/* See rules.h. */
int portfolio_sampling_rate(int rate, long long signed_assessments)
{
	if (rate >= 0)
		return rate > 100 ? 100 : rate;
	return signed_assessments < PORTFOLIO_NEW_ASSESSOR ? PORTFOLIO_RATE_NEW : PORTFOLIO_RATE_DEFAULT;
}

/* ---- seed files ---- */

/* Splits "WORD rest" at the first run of spaces: *word (terminated in
 * place) and the rest, trimmed. */
static char *split_word(char *s, char **rest)
{
	char *w = s;
	while (*s && *s != ' ')
		s++;
	if (*s)
		*s++ = '\0';
	while (*s == ' ')
		s++;
	*rest = s;
	return w;
}

/* Checks that tags are lower-case words, digits and '-'. */
static int tags_ok(const char *t)
{
	for (; *t; t++)
		if (!(islower((unsigned char)*t) || isdigit((unsigned char)*t) || *t == '-' || *t == ' '))
			return 0;
	return 1;
}

/* Parses one line (terminated, without its newline) into item; returns
 * NULL or the problem. */
static const char *parse_line(char *line, struct portfolio_seed_item *item, int have_q, int have_unit)
{
	char *rest, *keyword = split_word(line, &rest);
	char *code = split_word(rest, &rest);
	size_t n = strlen(rest);
	while (n > 0 && (rest[n - 1] == ' ' || rest[n - 1] == '\r'))
		rest[--n] = '\0';
	item->tags = "";
	if (strcmp(keyword, "qualification") == 0)
		item->kind = PORTFOLIO_SEED_QUALIFICATION;
	else if (strcmp(keyword, "unit") == 0)
		item->kind = PORTFOLIO_SEED_UNIT;
	else if (strcmp(keyword, "criterion") == 0)
		item->kind = PORTFOLIO_SEED_CRITERION;
	else if (strcmp(keyword, "concept") == 0)
		item->kind = PORTFOLIO_SEED_CONCEPT;
	else
		return "a line must start with qualification, unit, criterion or concept";
	if (code[0] == '\0' || strlen(code) > 20)
		return "a code of 1 to 20 characters must follow the keyword";
	if (item->kind == PORTFOLIO_SEED_CRITERION || item->kind == PORTFOLIO_SEED_CONCEPT) {
		char *close;
		if (!have_unit)
			return "a criterion must come after its unit";
		if (rest[0] != '[' || (close = strchr(rest, ']')) == NULL)
			return "a criterion's tags must follow its reference in square brackets";
		*close = '\0';
		item->tags = rest + 1;
		if (!tags_ok(item->tags))
			return "tags are lower-case words, digits and hyphens";
		rest = close + 1;
		while (*rest == ' ')
			rest++;
	} else if (item->kind == PORTFOLIO_SEED_UNIT && !have_q) {
		return "a unit must come after its qualification";
	}
	if (rest[0] == '\0' || strlen(rest) > 1000)
		return "the text must be 1 to 1000 characters";
	item->code = code;
	item->text = rest;
	return NULL;
}

/* See rules.h. */
int portfolio_seed_parse(const char *text, size_t len, portfolio_seed_fn fn, void *ctx,
                         const char **problem)
{
	int line_no = 0, have_q = 0, have_unit = 0;
	size_t at = 0;
	*problem = NULL;
	while (at < len) {
		size_t end = at;
		while (end < len && text[end] != '\n')
			end++;
		line_no++;
		char *line = strndup(text + at, end - at);
		at = end + 1;
		if (line == NULL)
			return -1;
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0' || *p == '#' || *p == '\r') {
			free(line);
			continue;
		}
		struct portfolio_seed_item item = { .line = line_no };
		const char *why = parse_line(p, &item, have_q, have_unit);
		if (why) {
			free(line);
			*problem = why;
			return line_no;
		}
		have_q |= item.kind == PORTFOLIO_SEED_QUALIFICATION;
		have_unit = item.kind == PORTFOLIO_SEED_QUALIFICATION ? 0 : have_unit || item.kind == PORTFOLIO_SEED_UNIT;
		int stop = fn(ctx, &item);
		free(line);
		if (stop)
			return -1;
	}
	if (!have_q) {
		*problem = "the file names no qualification";
		return line_no > 0 ? line_no : 1;
	}
	return 0;
}
