/*
 * seed.h: checklist templates written as plain text files (the built-in
 * ones are data/checklists/NAME.checklist, built into the programs; an
 * organisation loads its own with `frontline-admin checklist-load`).
 *
 * The format, one "key: value" per line (data/checklists/README.md says
 * the same with an example):
 *
 *   # a comment               blank lines and comments are ignored
 *   template: gdpr            the template's name: 1-40 of a-z 0-9 -
 *   title: UK GDPR ...        required
 *   description: ...          optional
 *   pass mark: 90             1-100, required
 *   amber band: 10            0-100 (default 10): amber from pass mark - band
 *   section: Title            starts a section (at least one)
 *   item: The question        starts an item of the section (at least one each)
 *     kind: yesno             yesno | scale | number | date | choice | text (default yesno)
 *     reference: UK GDPR Art. 13   the law, clause or policy it checks
 *     guidance: ...           what to look at
 *     weight: 3               0-100 (default 1)
 *     mandatory: yes          yes | no: a failure fails the whole run
 *     note on fail: yes       yes | no: a failed answer needs a note
 *     scale: 5 pass at 4      scale: the top of the scale and the passing score
 *     range: 0 to 14          number: the acceptable range ("- to 14": no lower bound)
 *     max age days: 31        date: the oldest acceptable date, in days
 *     choices: A | B | C      choice: the answers offered
 *     pass choices: A | B     choice: the ones that pass
 *     records: rota_working_time   the figure from Frontline's records to show
 *                                  (rota_working_time, feedback_retention)
 */
#ifndef FRONTLINE_CHECKLISTS_SEED_H
#define FRONTLINE_CHECKLISTS_SEED_H

#include "rules.h"
#include "core/util.h"

/* One item of a parsed template. */
struct checklist_seed_item {
	const char *prompt, *guidance, *reference, *choices, *pass_choices, *source;
	struct checklist_item_rule rule;
	int weight, mandatory, note_on_fail;
	struct checklist_seed_item *next;
};

/* One section. */
struct checklist_seed_section {
	const char *title;
	struct checklist_seed_item *items, *last_item;
	struct checklist_seed_section *next;
};

/* A parsed template. */
struct checklist_seed {
	const char *slug, *title, *description;
	int pass_mark, amber_band;
	struct checklist_seed_section *sections, *last_section;
	int section_count, item_count;
};

/* The sources of figures from Frontline's records, NULL-terminated. */
extern const char *const checklist_sources[];

/* Parses len bytes of text into out (all in the arena). Returns NULL, or
 * an arena sentence naming the line of the first problem. */
const char *checklist_seed_parse(struct arena *a, const char *text, size_t len,
                                 struct checklist_seed *out);

#endif
