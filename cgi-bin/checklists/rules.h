/*
 * rules.h: the checklists' pure rules, without the database: how one
 * answer is judged, how a run is scored (weighted %, not applicable out
 * of the denominator, a failed mandatory item fails the run, RAG against
 * the template's pass mark, per section and overall), and the due dates
 * of a schedule. tests/unit/test_checklists.c tests them.
 */
#ifndef FRONTLINE_CHECKLISTS_RULES_H
#define FRONTLINE_CHECKLISTS_RULES_H

#include <stddef.h>

/* How an item is answered (checklist_items.kind). */
enum checklist_kind {
	CHECKLIST_YESNO, CHECKLIST_SCALE, CHECKLIST_NUMBER, CHECKLIST_DATE, CHECKLIST_CHOICE,
	CHECKLIST_TEXT, CHECKLIST_KIND__COUNT
};
/* The stored names of the kinds, NULL-terminated, and their labels. */
extern const char *const checklist_kinds[];
extern const char *const checklist_kind_labels[];
/* The kind named by text; CHECKLIST_KIND__COUNT when it is none. */
enum checklist_kind checklist_kind_of(const char *text);

/* What an answer came to (checklist_answers.outcome). */
enum checklist_outcome { CHECKLIST_PASS, CHECKLIST_FAIL, CHECKLIST_NA, CHECKLIST_INFO };
extern const char *const checklist_outcomes[];
/* The outcome named by text (unknown text: CHECKLIST_INFO). */
enum checklist_outcome checklist_outcome_of(const char *text);

/* An item's rules, as checklist_items holds them. */
struct checklist_item_rule {
	enum checklist_kind kind;
	int scale_max, pass_at;        /* scale */
	int has_min, has_max;          /* number: either bound may be absent */
	double min_value, max_value;   /* number; date: max_value is the oldest age in days */
	const char *choices;           /* choice: one per line */
	const char *pass_choices;      /* choice: the passing ones, one per line */
};

/* The judgement of one answer. */
struct checklist_judgement {
	enum checklist_outcome outcome;
	double earned;                 /* the share of the weight earned, 0 to 1 */
	const char *problem;           /* NULL, or why the answer is not acceptable */
};

/* Judges value (what the form sent) against the item's rules on the run's
 * date today (YYYY-MM-DD). An unacceptable value (not a number, a date in
 * the future, a choice not offered) sets problem and nothing else. */
struct checklist_judgement checklist_judge(const struct checklist_item_rule *r, const char *value,
                                           const char *today);

/* Returns 1 when text (one line, trimmed) is one of the lines of list. */
int checklist_line_listed(const char *list, const char *text);

/* One answered (or not yet answered) item, for scoring. */
struct checklist_scored_item {
	int section;                   /* index of its section */
	int weight;
	int mandatory;
	int answered;
	enum checklist_outcome outcome;
	double earned;
};

/* RAG of a score (checklist_runs.rag). */
enum checklist_rag { CHECKLIST_RAG_NONE, CHECKLIST_RAG_GREEN, CHECKLIST_RAG_AMBER, CHECKLIST_RAG_RED };
extern const char *const checklist_rags[];        /* "", "green", "amber", "red" */
extern const char *const checklist_rag_labels[];  /* "Not scored", "Green", "Amber", "Red" */

/* The score of a section or a run. */
struct checklist_score {
	int scored;                    /* 1 when some weight counts (else percent is meaningless) */
	double percent;                /* earned / counted weight x 100 */
	int counted_weight;            /* weight of answered items that are not n/a nor info */
	int failed;                    /* failed items */
	int mandatory_failed;          /* failed mandatory items */
	int unanswered;
	enum checklist_rag rag;
};

/* Scores items: per section into sections[0..section_count) and overall
 * into *overall. Not applicable and unscored answers leave the
 * denominator, unanswered items are left out (the score so far); a failed
 * mandatory item makes its section and the run red whatever the percent.
 * RAG: green at pass_mark or above, amber from pass_mark - amber_band,
 * red below (a percent on a boundary takes the better colour). */
void checklist_score_items(const struct checklist_scored_item *items, size_t count,
                           int pass_mark, int amber_band, struct checklist_score *sections,
                           size_t section_count, struct checklist_score *overall);

/* The RAG of percent against the pass mark and amber band (no mandatory
 * failure considered). */
enum checklist_rag checklist_rag_of(double percent, int pass_mark, int amber_band);

/* ---- schedules ---- */

enum checklist_frequency { CHECKLIST_WEEKLY, CHECKLIST_MONTHLY, CHECKLIST_QUARTERLY, CHECKLIST_FREQ__COUNT };
extern const char *const checklist_frequencies[];
extern const char *const checklist_frequency_labels[];
enum checklist_frequency checklist_frequency_of(const char *text);

/* The due date of occurrence n (0: first_due itself) of a schedule into
 * out. Months are counted from first_due, never from the previous due
 * date, so a schedule first due on 31 January is due on 28 (or 29)
 * February, then 31 March. Returns out, or NULL on a bad date. */
char *checklist_due_date(const char *first_due, enum checklist_frequency f, long n, char out[11]);

/* The first occurrence whose due date is on or after date: sets *n.
 * Returns 0, or -1 on a bad date. (A date before first_due gives 0.) */
int checklist_occurrence_on_or_after(const char *first_due, enum checklist_frequency f,
                                     const char *date, long *n);

/* Where an occurrence of a schedule stands on a day. */
enum checklist_due_state {
	CHECKLIST_DUE_DONE,        /* a run was submitted or signed off for it */
	CHECKLIST_DUE_UPCOMING,    /* due later, not yet within the warning days */
	CHECKLIST_DUE_SOON,        /* due within the warning days (or today) */
	CHECKLIST_DUE_OVERDUE,     /* past its due date, the latest one that is: still to run */
	CHECKLIST_DUE_MISSED       /* past, and a later due date has passed too: never run */
};
/* The state of occurrence n (due date due) on today, given whether a run
 * answered it (done) and the next occurrence's due date (next_due). */
enum checklist_due_state checklist_due_state_of(const char *due, const char *next_due,
                                                const char *today, int done, int warn_days);

#endif
