/*
 * rules.h: the portfolio's pure rules, unit-tested without a database:
 * which criteria a record is likely to evidence and the units' common
 * mistakes it shows (suggestions and warnings), the colour of a criterion
 * in the matrix, progress figures, the IQA's sampling rate, and the parser
 * of the qualification seed files (data/qualifications/ (*.txt)).
 */
#ifndef FRONTLINE_PORTFOLIO_RULES_H
#define FRONTLINE_PORTFOLIO_RULES_H

#include <stddef.h>

/* What the rules know about one piece of evidence (portfolio/facts.c reads
 * them from the live record). Counts are 0 when they do not apply. */
struct portfolio_facts {
	int objectives, measurable_objectives, milestones, resources;
	int risks, risks_with_contingency, general_contingency, stakeholders, reviewed;
	int results, red_results, actions_raised;         /* a KPI */
	int root_cause, review, steps;                     /* an action */
	int decisions;                                     /* minutes */
	int whys, closed;                                  /* a complaint (with root_cause) */
	int failed_items, failures_answered, signed_off;  /* a checklist run (actions_raised too) */
	long long responses;                               /* feedback */
	int shifts;                                        /* a rota week */
};

#define PORTFOLIO_MAX_TAGS 12
#define PORTFOLIO_MAX_WARNINGS 6

/* The rules' answer: criteria tags to suggest and warnings to show. */
struct portfolio_advice {
	const char *tags[PORTFOLIO_MAX_TAGS];
	size_t tag_count;
	const char *warnings[PORTFOLIO_MAX_WARNINGS];
	size_t warning_count;
};

/* A kind's suggestion rule (the kinds table, kinds.c, names one per
 * kind): adds to advice the tags of the criteria a record of the kind is
 * likely to evidence (matching the tags in the seed file) and a warning
 * for each of the units' common mistakes it shows. */
typedef void (*portfolio_rule_fn)(const struct portfolio_facts *f, struct portfolio_advice *advice);

/* Clears advice and applies rule (NULL: no advice) to the facts. */
void portfolio_advise(portfolio_rule_fn rule, const struct portfolio_facts *f, struct portfolio_advice *advice);

/* The rules, one per kind of evidence. A plan: SMART objectives,
 * milestones, resources, stakeholders; warns on objectives without a
 * measure and target, no contingency, no milestones, no resources. */
void portfolio_rule_plan(const struct portfolio_facts *f, struct portfolio_advice *advice);
/* A KPI: monitoring; corrective action when red results have actions;
 * warns on fewer than three results and on red results with no action. */
void portfolio_rule_kpi(const struct portfolio_facts *f, struct portfolio_advice *advice);
/* An action: corrective action and problem procedures, root cause and
 * evaluation when recorded; warns on no root cause, no review, no steps. */
void portfolio_rule_action(const struct portfolio_facts *f, struct portfolio_advice *advice);
/* Meeting minutes: involving the team; warns when no decision is recorded. */
void portfolio_rule_meeting(const struct portfolio_facts *f, struct portfolio_advice *advice);
/* A month's feedback analysis; warns on fewer than 30 responses. */
void portfolio_rule_feedback(const struct portfolio_facts *f, struct portfolio_advice *advice);
/* A published rota week: resource allocation. */
void portfolio_rule_rota(const struct portfolio_facts *f, struct portfolio_advice *advice);
/* A complaint and a checklist run (for the kinds' rows to come). */
void portfolio_rule_complaint(const struct portfolio_facts *f, struct portfolio_advice *advice);
void portfolio_rule_checklist(const struct portfolio_facts *f, struct portfolio_advice *advice);
/* A reflective account and a witness testimony. */
void portfolio_rule_reflection(const struct portfolio_facts *f, struct portfolio_advice *advice);
void portfolio_rule_witness(const struct portfolio_facts *f, struct portfolio_advice *advice);

/* 1 when the space-separated tag list holds tag. */
int portfolio_tags_have(const char *tags, const char *tag);

/* A criterion's colour in the matrix: "green" when its latest decision is
 * met, "red" when judged not yet met or it has no evidence, "amber" when
 * evidence is mapped but not judged. decision is "met", "not_yet" or ""
 * (none). */
const char *portfolio_criterion_rag(long long mapped, const char *decision);

/* Progress of a learner on a unit. */
struct portfolio_progress {
	int evidence_percent;      /* criteria with evidence mapped */
	int met_percent;           /* criteria judged met */
	int time_percent;          /* time elapsed from start to planned end (0..100) */
	long days_left;            /* days to the planned end (negative: past it) */
};

/* Computes progress from counts and dates (YYYY-MM-DD). Returns 0, or -1
 * when a date is bad. */
int portfolio_progress_of(long long criteria, long long with_evidence, long long met,
                          const char *started_on, const char *planned_end, const char *today,
                          struct portfolio_progress *out);

/* The share (percent) of an assessor's signed assessments the IQA
 * samples: the assessor's own rate when set (rate >= 0), else a higher
 * default for a new assessor (fewer than PORTFOLIO_NEW_ASSESSOR signed
 * assessments). */
#define PORTFOLIO_NEW_ASSESSOR 10
#define PORTFOLIO_RATE_NEW 50
#define PORTFOLIO_RATE_DEFAULT 10
int portfolio_sampling_rate(int rate, long long signed_assessments);

/* One item of a qualification seed file. */
enum portfolio_seed_kind { PORTFOLIO_SEED_QUALIFICATION, PORTFOLIO_SEED_UNIT,
                           PORTFOLIO_SEED_CRITERION, PORTFOLIO_SEED_CONCEPT };
struct portfolio_seed_item {
	enum portfolio_seed_kind kind;
	const char *code;          /* the qualification's or unit's code, the criterion's ref */
	const char *tags;          /* criteria: the tags, space-separated ("" when none) */
	const char *text;          /* the title or the criterion's text */
	int line;
};
/* Called for each item in order; returns 0 to go on, non-zero to stop. */
typedef int (*portfolio_seed_fn)(void *ctx, const struct portfolio_seed_item *item);

/* Parses a seed file (format in data/qualifications/ (*.txt)) and calls fn
 * for each item. Returns 0; a line number (> 0) of the first malformed
 * line (*problem says why); or -1 when fn stopped or memory ran out. */
int portfolio_seed_parse(const char *text, size_t len, portfolio_seed_fn fn, void *ctx,
                         const char **problem);

#endif
