-- 011_checklists.sql: compliance checklists. A template is versioned:
-- each version has its sections and items, and a run is answered against
-- one version (editing a version that has runs makes a new one, so past
-- runs keep what they were asked). Schedules assign a template to a team
-- or a person, weekly, monthly or quarterly; a run answers one due date
-- of its schedule. Failed items are answered with an action (the shared
-- actions table, source_type 'checklist_item', source_id the answer's id)
-- or a justification before a manager signs the run off; a signed-off run
-- never changes again (reopening copies it into a new revision).

-- @data checklist_templates subject: none
CREATE TABLE checklist_templates (
  id              INTEGER PRIMARY KEY,
  slug            TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 40),
  current_version INTEGER NOT NULL DEFAULT 1,
  origin          TEXT NOT NULL DEFAULT 'manager' CHECK (origin IN ('seed', 'manager')),
  archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

-- @data checklist_versions subject: staff; category: records of who did what;
-- @data checklist_versions purpose: showing who wrote each version of a compliance checklist;
-- @data checklist_versions basis: legitimate interests; retention: while the template exists;
-- @data checklist_versions person: created_by; erasure: clear created_by
CREATE TABLE checklist_versions (
  id           INTEGER PRIMARY KEY,
  template_id  INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
  version      INTEGER NOT NULL CHECK (version >= 1),
  title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description  TEXT NOT NULL DEFAULT '',
  pass_mark    INTEGER NOT NULL CHECK (pass_mark BETWEEN 1 AND 100),
  amber_band   INTEGER NOT NULL DEFAULT 10 CHECK (amber_band BETWEEN 0 AND 100),
  change_note  TEXT NOT NULL DEFAULT '',
  created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL,
  UNIQUE (template_id, version)
);

-- @data checklist_sections subject: none
CREATE TABLE checklist_sections (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES checklist_versions(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200)
);
CREATE INDEX checklist_sections_version ON checklist_sections(version_id, position);

-- An item's kind says how it is answered: yesno (yes, no, not applicable),
-- scale (1 to scale_max, passing at pass_at or above), number (passing
-- between min_value and max_value), date (passing when no older than
-- max_value days, 0: any date not in the future), choice (one of the
-- lines of choices; passing when it is one of pass_choices), text (not
-- scored). item_key stays the same across versions, so one run can be
-- compared with the last. source names a figure from Frontline's own
-- records the run shows for the person to confirm ('' none).
-- @data checklist_items subject: none
CREATE TABLE checklist_items (
  id           INTEGER PRIMARY KEY,
  version_id   INTEGER NOT NULL REFERENCES checklist_versions(id) ON DELETE CASCADE,
  section_id   INTEGER NOT NULL REFERENCES checklist_sections(id) ON DELETE CASCADE,
  item_key     TEXT NOT NULL,
  position     INTEGER NOT NULL,
  prompt       TEXT NOT NULL CHECK (length(prompt) BETWEEN 1 AND 500),
  guidance     TEXT NOT NULL DEFAULT '',
  reference    TEXT NOT NULL DEFAULT '',
  kind         TEXT NOT NULL CHECK (kind IN ('yesno', 'scale', 'number', 'date', 'choice', 'text')),
  weight       INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 0 AND 100),
  mandatory    INTEGER NOT NULL DEFAULT 0 CHECK (mandatory IN (0, 1)),
  note_on_fail INTEGER NOT NULL DEFAULT 0 CHECK (note_on_fail IN (0, 1)),
  scale_max    INTEGER NOT NULL DEFAULT 5,
  pass_at      INTEGER NOT NULL DEFAULT 4,
  min_value    REAL,
  max_value    REAL,
  choices      TEXT NOT NULL DEFAULT '',
  pass_choices TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '' CHECK (source IN ('', 'rota_working_time', 'feedback_retention'))
);
CREATE INDEX checklist_items_version ON checklist_items(version_id, section_id, position);

-- @data checklist_schedules subject: staff; category: work allocation;
-- @data checklist_schedules purpose: assigning compliance checks to a team or a person;
-- @data checklist_schedules basis: contract; retention: while the schedule exists;
-- @data checklist_schedules person: user_id; erasure: clear user_id
CREATE TABLE checklist_schedules (
  id           INTEGER PRIMARY KEY,
  template_id  INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
  team_id      INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  user_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
  frequency    TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'quarterly')),
  first_due    TEXT NOT NULL,                 -- YYYY-MM-DD: the first due date
  active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX checklist_schedules_template ON checklist_schedules(template_id);

-- status: in_progress (being answered), submitted (waiting for sign-off),
-- signed_off (locked for good). A reopened run keeps its row (and
-- superseded_by names the revision that replaced it).
-- @data checklist_runs subject: staff; category: records of who did what;
-- @data checklist_runs purpose: evidence of compliance checks made and signed off;
-- @data checklist_runs basis: legal obligation; retention: 6 years after started_at; expiry: delete;
-- @data checklist_runs person: started_by; erasure: keep compliance evidence the organisation must be able to show a regulator
CREATE TABLE checklist_runs (
  id             INTEGER PRIMARY KEY,
  template_id    INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
  version_id     INTEGER NOT NULL REFERENCES checklist_versions(id),
  schedule_id    INTEGER REFERENCES checklist_schedules(id) ON DELETE SET NULL,
  team_id        INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  due_date       TEXT,                        -- the schedule's due date it answers
  revision       INTEGER NOT NULL DEFAULT 1,
  revision_of    INTEGER REFERENCES checklist_runs(id),
  superseded_by  INTEGER REFERENCES checklist_runs(id),
  status         TEXT NOT NULL DEFAULT 'in_progress'
                 CHECK (status IN ('in_progress', 'submitted', 'signed_off')),
  score          REAL,                        -- weighted %, NULL when nothing is scored yet
  rag            TEXT NOT NULL DEFAULT '' CHECK (rag IN ('', 'green', 'amber', 'red')),
  failed_count   INTEGER NOT NULL DEFAULT 0,
  started_by     INTEGER REFERENCES users(id) ON DELETE SET NULL,
  started_at     TEXT NOT NULL,
  submitted_at   TEXT,
  signed_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
  signed_name    TEXT NOT NULL DEFAULT '',
  signed_at      TEXT,
  reopen_reason  TEXT NOT NULL DEFAULT '',
  CHECK (status <> 'signed_off' OR (signed_at IS NOT NULL AND signed_name <> ''))
);
CREATE INDEX checklist_runs_schedule ON checklist_runs(schedule_id, due_date);
CREATE INDEX checklist_runs_template_team ON checklist_runs(template_id, team_id, started_at);
CREATE INDEX checklist_runs_started ON checklist_runs(started_at);

-- One answer per item of a run. outcome: pass, fail, na (not applicable:
-- out of the score) or info (unscored). record_figure is what Frontline's
-- records said when the item was answered; justification answers a
-- failure that needs no action.
-- @data checklist_answers subject: staff; category: records of who did what;
-- @data checklist_answers purpose: evidence of compliance checks made and signed off;
-- @data checklist_answers basis: legal obligation; retention: 6 years after answered_at; expiry: delete;
-- @data checklist_answers person: answered_by; erasure: keep compliance evidence the organisation must be able to show a regulator
CREATE TABLE checklist_answers (
  id             INTEGER PRIMARY KEY,
  run_id         INTEGER NOT NULL REFERENCES checklist_runs(id) ON DELETE CASCADE,
  item_id        INTEGER NOT NULL REFERENCES checklist_items(id),
  value          TEXT NOT NULL DEFAULT '',
  outcome        TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'na', 'info')),
  earned         REAL NOT NULL DEFAULT 0,     -- the share of the weight earned, 0 to 1
  note           TEXT NOT NULL DEFAULT '',
  record_figure  TEXT NOT NULL DEFAULT '',
  answered_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  answered_at    TEXT NOT NULL,
  justification  TEXT NOT NULL DEFAULT '',
  justified_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  justified_at   TEXT,
  UNIQUE (run_id, item_id)
);

-- A signed-off run never changes: its answers cannot be added, changed
-- or removed one by one, and its own record only gains the revision that
-- replaced it when it is reopened. (Who did what may still be cleared
-- when an account is removed; deleting a whole run, for retention,
-- takes its answers with it.)
CREATE TRIGGER checklist_answers_locked_insert BEFORE INSERT ON checklist_answers
WHEN (SELECT status FROM checklist_runs WHERE id = NEW.run_id) = 'signed_off'
BEGIN SELECT RAISE(ABORT, 'checklist run is signed off'); END;
CREATE TRIGGER checklist_answers_locked_update BEFORE UPDATE ON checklist_answers
WHEN (SELECT status FROM checklist_runs WHERE id = OLD.run_id) = 'signed_off'
  AND (NEW.value IS NOT OLD.value OR NEW.outcome IS NOT OLD.outcome OR NEW.earned IS NOT OLD.earned
       OR NEW.note IS NOT OLD.note OR NEW.justification IS NOT OLD.justification
       OR NEW.run_id IS NOT OLD.run_id OR NEW.item_id IS NOT OLD.item_id)
BEGIN SELECT RAISE(ABORT, 'checklist run is signed off'); END;
CREATE TRIGGER checklist_runs_locked BEFORE UPDATE ON checklist_runs
WHEN OLD.status = 'signed_off' AND (NEW.status IS NOT OLD.status OR NEW.score IS NOT OLD.score
  OR NEW.rag IS NOT OLD.rag OR NEW.failed_count IS NOT OLD.failed_count
  OR NEW.version_id IS NOT OLD.version_id OR NEW.signed_at IS NOT OLD.signed_at
  OR NEW.signed_name IS NOT OLD.signed_name
  OR (OLD.superseded_by IS NOT NULL AND NEW.superseded_by IS NOT OLD.superseded_by))
BEGIN SELECT RAISE(ABORT, 'checklist run is signed off'); END;
