/*
 * store.h: what the checklist pages share: a version with its sections
 * and items loaded into the request's arena, a run with its answers, the
 * score worked out and stored, templates written from seed files, and
 * the figures from other areas' records.
 */
#ifndef FRONTLINE_CHECKLISTS_STORE_H
#define FRONTLINE_CHECKLISTS_STORE_H

#include "rules.h"
#include "seed.h"
#include "core/http.h"

#define CHECKLIST_MAX_SECTIONS 40
#define CHECKLIST_MAX_ITEMS 200

/* One item of a version. */
struct checklist_item {
	long long id, section_id;
	int section;                     /* index into the version's sections */
	const char *key, *prompt, *guidance, *reference, *source;
	int position, weight, mandatory, note_on_fail;
	struct checklist_item_rule rule;
};

/* One section of a version. */
struct checklist_section {
	long long id;
	const char *title;
};

/* A version of a template with everything in it. */
struct checklist_version {
	long long id, template_id;
	int version, current_version, pass_mark, amber_band, archived;
	const char *slug, *title, *description, *change_note, *created_at, *created_by;
	struct checklist_section sections[CHECKLIST_MAX_SECTIONS];
	size_t section_count;
	struct checklist_item *items;
	size_t item_count;
};

/* Loads version version_id (0: the template's current one) of template
 * template_id. Returns 1, 0 when there is no such template or version, -1
 * on error. */
int checklist_version_load(struct arena *a, long long template_id, long long version_id,
                           struct checklist_version *v);

/* Returns the number of runs made against a version, or -1 on error. */
long long checklist_version_runs(long long version_id);

/* Inside db_write(): makes the template's current version editable: when
 * runs were made against it, copies it (sections and items, keeping each
 * item's key) into a new current version with change_note. Sets *version_id to the
 * editable version's id and *copied to whether it is new. Returns
 * SQLITE_OK or the error. */
int checklist_version_for_edit(const struct request *rq, long long template_id,
                               const char *change_note, long long *version_id, int *copied);

/* Inside db_write(): writes a parsed seed as a new template (origin seed),
 * or as a new version of the template with the same name. Sets *template_id
 * and *version. Returns SQLITE_OK or the error. */
int checklist_seed_store(const struct request *rq, const struct checklist_seed *s,
                         long long *template_id, int *version);

/* One answer of a run. */
struct checklist_answer {
	long long id;
	int present;
	const char *value, *note, *record_figure, *answered_at, *answered_by, *justification,
	           *justified_by, *justified_at;
	enum checklist_outcome outcome;
	double earned;
	int actions;                     /* actions raised from it (filled by the run page) */
};

/* A run with its version and answers (answers[i] belongs to items[i]). */
struct checklist_run {
	long long id, template_id, version_id, schedule_id, team_id, revision_of, superseded_by;
	long long started_by_id, schedule_user_id;
	int revision;
	const char *status, *due_date, *team, *started_by, *started_at, *submitted_at, *signed_name,
	           *signed_at, *reopen_reason, *rag;
	double score;
	int has_score, failed_count;
	struct checklist_version version;
	struct checklist_answer *answers;
};

/* Loads run id with its version and answers. Returns 1, 0 when there is
 * no such run, -1 on error. */
int checklist_run_load(struct arena *a, long long id, struct checklist_run *r);

/* Scores a loaded run: per section into sections (the version's
 * section_count of them) and overall. */
void checklist_run_score(const struct checklist_run *r, struct checklist_score *sections,
                         struct checklist_score *overall);

/* Inside db_write(): scores run id again from its stored answers and
 * stores score, RAG and the failed count. Returns SQLITE_OK or the error. */
int checklist_run_rescore(struct arena *a, long long run_id);

/* Returns 1 when a run in this status can still change. */
int checklist_run_editable(const char *status);

/* The figure Frontline's own records give for an item's source on today
 * (YYYY-MM-DD), in words, and whether the records say it passes; returns
 * an arena sentence, or NULL when the source is none or cannot be read. */
const char *checklist_record_figure(struct arena *a, const char *source, const char *today, int *passes);

/* Returns 1 when the signed-in user is a manager. */
int checklist_is_manager(const struct request *rq);

/* The signed-in user's team id (0: none), or -1 when it cannot be read. */
long long checklist_user_team(const struct request *rq);

/* The label of an item's source ("Rota: working-time warnings"). */
const char *checklist_source_label(const char *source);

#endif
