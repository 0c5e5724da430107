/*
 * rules.c: judging answers, scoring runs, schedules' due dates (see
 * rules.h). No database, no request: plain values in, plain values out.
 */
#include "rules.h"
#include "core/caltime.h"
#include "core/form.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const checklist_kinds[] = { "yesno", "scale", "number", "date", "choice", "text", NULL };
const char *const checklist_kind_labels[] = {
	"Yes / no / not applicable", "Score on a scale", "Number with an acceptable range", "Date",
	"Choice from a list", "Free text (not scored)", NULL
};
const char *const checklist_outcomes[] = { "pass", "fail", "na", "info", NULL };
const char *const checklist_rags[] = { "", "green", "amber", "red", NULL };
const char *const checklist_rag_labels[] = { "Not scored", "Green", "Amber", "Red", NULL };
const char *const checklist_frequencies[] = { "weekly", "monthly", "quarterly", NULL };
const char *const checklist_frequency_labels[] = { "Weekly", "Monthly", "Quarterly", NULL };

/* The index of text in the NULL-terminated list, or count when absent. */
static int index_in(const char *const *list, const char *text, int count)
{
	for (int i = 0; text && list[i]; i++)
		if (strcmp(list[i], text) == 0)
			return i;
	return count;
}

/* See rules.h. */
enum checklist_kind checklist_kind_of(const char *text)
{
	return (enum checklist_kind)index_in(checklist_kinds, text, CHECKLIST_KIND__COUNT);
}

/* See rules.h. */
enum checklist_outcome checklist_outcome_of(const char *text)
{
	int i = index_in(checklist_outcomes, text, CHECKLIST_INFO);
	return (enum checklist_outcome)i;
}

/* See rules.h. */
enum checklist_frequency checklist_frequency_of(const char *text)
{
	return (enum checklist_frequency)index_in(checklist_frequencies, text, CHECKLIST_FREQ__COUNT);
}

/* See rules.h: compares line by line, ignoring spaces around each line. */
int checklist_line_listed(const char *list, const char *text)
{
	size_t want = strlen(text);
	const char *p = list;
	while (p && *p) {
		const char *end = strchr(p, '\n');
		const char *stop = end ? end : p + strlen(p);
		const char *a = p, *b = stop;
		while (a < b && (*a == ' ' || *a == '\t' || *a == '\r'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
			b--;
		if ((size_t)(b - a) == want && memcmp(a, text, want) == 0)
			return 1;
		p = end ? end + 1 : NULL;
	}
	return 0;
}

/* A judgement with only a problem. */
static struct checklist_judgement refused(const char *problem)
{
	struct checklist_judgement j = { CHECKLIST_INFO, 0, problem };
	return j;
}

/* A judgement of pass (earning share of the weight) or fail. */
static struct checklist_judgement judged(int pass, double share)
{
	struct checklist_judgement j = { pass ? CHECKLIST_PASS : CHECKLIST_FAIL, pass ? share : 0, NULL };
	return j;
}

/* Judges a yes / no / not applicable answer. */
static struct checklist_judgement judge_yesno(const char *value)
{
	if (strcmp(value, "yes") == 0)
		return judged(1, 1);
	if (strcmp(value, "no") == 0)
		return judged(0, 0);
	if (strcmp(value, "na") == 0) {
		struct checklist_judgement j = { CHECKLIST_NA, 0, NULL };
		return j;
	}
	return refused("Choose yes, no or not applicable.");
}

/* Judges a score on the scale 1..scale_max: it earns value / scale_max of
 * the weight when it reaches pass_at, nothing when it does not. */
static struct checklist_judgement judge_scale(const struct checklist_item_rule *r, const char *value)
{
	char *end;
	long v = strtol(value, &end, 10);
	if (value[0] == '\0' || *end != '\0' || v < 1 || v > r->scale_max)
		return refused("Choose a score on the scale.");
	return judged(v >= r->pass_at, (double)v / r->scale_max);
}

/* Judges a number against its acceptable range. */
static struct checklist_judgement judge_number(const struct checklist_item_rule *r, const char *value)
{
	double v;
	if (!parse_plain_decimal(value, &v))
		return refused("Enter a number, like 12 or 3.5.");
	int pass = (!r->has_min || v >= r->min_value) && (!r->has_max || v <= r->max_value);
	return judged(pass, 1);
}

/* Judges a date: not in the future, and no older than max_value days when
 * that is set. */
static struct checklist_judgement judge_date(const struct checklist_item_rule *r, const char *value,
                                             const char *today)
{
	long d, t;
	if (!date_to_days(value, &d))
		return refused("Enter a real date, written YYYY-MM-DD.");
	if (!date_to_days(today, &t) || d > t)
		return refused("The date cannot be in the future.");
	return judged(!r->has_max || r->max_value <= 0 || (double)(t - d) <= r->max_value, 1);
}

/* Judges a choice: one of the lines offered; passing when listed as such. */
static struct checklist_judgement judge_choice(const struct checklist_item_rule *r, const char *value)
{
	if (value[0] == '\0' || !checklist_line_listed(r->choices, value))
		return refused("Choose one of the answers offered.");
	return judged(checklist_line_listed(r->pass_choices, value), 1);
}

/* See rules.h. */
struct checklist_judgement checklist_judge(const struct checklist_item_rule *r, const char *value,
                                           const char *today)
{
	if (value == NULL)
		value = "";
	switch (r->kind) {
	case CHECKLIST_YESNO:
		return judge_yesno(value);
	case CHECKLIST_SCALE:
		return judge_scale(r, value);
	case CHECKLIST_NUMBER:
		return judge_number(r, value);
	case CHECKLIST_DATE:
		return judge_date(r, value, today);
	case CHECKLIST_CHOICE:
		return judge_choice(r, value);
	case CHECKLIST_TEXT:
		if (value[0] == '\0')
			return refused("Write an answer.");
		{
			struct checklist_judgement j = { CHECKLIST_INFO, 0, NULL };
			return j;
		}
	default:
		return refused("This item cannot be answered.");
	}
}

/* See rules.h. A tiny tolerance keeps 89.99999 from a sum of thirds on
 * the boundary it means. */
enum checklist_rag checklist_rag_of(double percent, int pass_mark, int amber_band)
{
	const double eps = 1e-9;
	if (percent + eps >= pass_mark)
		return CHECKLIST_RAG_GREEN;
	if (percent + eps >= pass_mark - amber_band)
		return CHECKLIST_RAG_AMBER;
	return CHECKLIST_RAG_RED;
}

/* Running totals of one score. */
struct tally {
	double earned;
	int weight, failed, mandatory_failed, unanswered;
};

/* Adds one item to a tally. */
static void tally_add(struct tally *t, const struct checklist_scored_item *it)
{
	if (!it->answered) {
		t->unanswered++;
		return;
	}
	if (it->outcome == CHECKLIST_FAIL) {
		t->failed++;
		if (it->mandatory)
			t->mandatory_failed++;
	}
	if (it->outcome == CHECKLIST_PASS || it->outcome == CHECKLIST_FAIL) {
		t->weight += it->weight;
		t->earned += it->earned * it->weight;
	}
}

/* Turns a tally into a score with its RAG. */
static struct checklist_score tally_score(const struct tally *t, int pass_mark, int amber_band)
{
	struct checklist_score s = { 0 };
	s.counted_weight = t->weight;
	s.failed = t->failed;
	s.mandatory_failed = t->mandatory_failed;
	s.unanswered = t->unanswered;
	s.scored = t->weight > 0;
	s.percent = s.scored ? t->earned * 100.0 / t->weight : 0;
	if (t->mandatory_failed)
		s.rag = CHECKLIST_RAG_RED;
	else if (s.scored)
		s.rag = checklist_rag_of(s.percent, pass_mark, amber_band);
	else
		s.rag = CHECKLIST_RAG_NONE;
	return s;
}

/* See rules.h. */
void checklist_score_items(const struct checklist_scored_item *items, size_t count,
                           int pass_mark, int amber_band, struct checklist_score *sections,
                           size_t section_count, struct checklist_score *overall)
{
	struct tally all = { 0 };
	for (size_t s = 0; s < section_count; s++) {
		struct tally t = { 0 };
		for (size_t i = 0; i < count; i++)
			if (items[i].section == (int)s)
				tally_add(&t, &items[i]);
		sections[s] = tally_score(&t, pass_mark, amber_band);
	}
	for (size_t i = 0; i < count; i++)
		tally_add(&all, &items[i]);
	*overall = tally_score(&all, pass_mark, amber_band);
}

/* ---- schedules ---- */

/* See rules.h. */
char *checklist_due_date(const char *first_due, enum checklist_frequency f, long n, char out[11])
{
	switch (f) {
	case CHECKLIST_WEEKLY:
		return date_add_days(first_due, 7 * n, out);
	case CHECKLIST_MONTHLY:
		return date_add_months(first_due, n, out);
	case CHECKLIST_QUARTERLY:
		return date_add_months(first_due, 3 * n, out);
	default:
		return NULL;
	}
}

/* See rules.h: starts from an estimate in whole periods, then steps. */
int checklist_occurrence_on_or_after(const char *first_due, enum checklist_frequency f,
                                     const char *date, long *n)
{
	long start, day;
	char due[11];
	if (!date_to_days(first_due, &start) || !date_to_days(date, &day) || f >= CHECKLIST_FREQ__COUNT)
		return -1;
	if (day <= start) {
		*n = 0;
		return 0;
	}
	/* an estimate never past the answer: a period is at most 7, 31 or 92 days */
	long k = (day - start) / (f == CHECKLIST_WEEKLY ? 7 : f == CHECKLIST_MONTHLY ? 31 : 92);
	for (;; k++) {
		long d;
		if (checklist_due_date(first_due, f, k, due) == NULL || !date_to_days(due, &d))
			return -1;
		if (d >= day) {
			*n = k;
			return 0;
		}
	}
}

/* See rules.h. */
enum checklist_due_state checklist_due_state_of(const char *due, const char *next_due,
                                                const char *today, int done, int warn_days)
{
	long d, t;
	if (done)
		return CHECKLIST_DUE_DONE;
	if (!date_to_days(due, &d) || !date_to_days(today, &t))
		return CHECKLIST_DUE_UPCOMING;
	if (t <= d)
		return d - t <= warn_days ? CHECKLIST_DUE_SOON : CHECKLIST_DUE_UPCOMING;
	if (next_due && strcmp(today, next_due) > 0)
		return CHECKLIST_DUE_MISSED;
	return CHECKLIST_DUE_OVERDUE;
}
