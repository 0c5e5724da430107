-- 002_actions.sql: the action record shared by every area that finds a
-- problem (KPI results, feedback responses, complaints, checklist items,
-- meetings): corrective and improvement actions, their root cause, steps,
-- owner, due date, status and the review that shows whether they worked.
-- The /actions pages own the lifecycle; other areas create actions through
-- core/action.h and show the ones raised from their records.

-- The problem text must not
-- hold customer contact details; link the source record instead.
-- @data actions subject: staff; category: employee records (owner, creator and reviewer of an action);
-- @data actions purpose: evidence that problems found were acted on; basis: legitimate interests;
-- @data actions retention: while the record it answers is kept (6 years after closing, as evidence of service management);
-- @data actions person: owner_id,created_by,reviewed_by;
-- @data actions erasure: keep evidence of service management, kept 6 years after the action closes
CREATE TABLE actions (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL DEFAULT 'corrective'
                CHECK (kind IN ('corrective', 'improvement')),
  -- where it came from: the source area and the id of its row there
  source_type   TEXT NOT NULL CHECK (source_type IN
                ('kpi_result', 'feedback', 'complaint', 'checklist_item', 'meeting', 'other')),
  source_id     INTEGER,
  title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  problem       TEXT NOT NULL DEFAULT '',
  -- root cause: a category from the pick-list plus a "five whys" record
  root_cause    TEXT NOT NULL DEFAULT '' CHECK (root_cause IN
                ('', 'people', 'process', 'systems', 'training', 'resources',
                 'communication', 'policy', 'supplier', 'demand', 'other')),
  why_1         TEXT NOT NULL DEFAULT '',
  why_2         TEXT NOT NULL DEFAULT '',
  why_3         TEXT NOT NULL DEFAULT '',
  why_4         TEXT NOT NULL DEFAULT '',
  why_5         TEXT NOT NULL DEFAULT '',
  steps         TEXT NOT NULL DEFAULT '',
  owner_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
  due_date      TEXT NOT NULL,                   -- YYYY-MM-DD, Europe/London
  status        TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in_progress', 'closed', 'cancelled')),
  -- the review: the measured result after the change against the baseline
  baseline      TEXT NOT NULL DEFAULT '',        -- e.g. "14 complaints a month"
  result        TEXT NOT NULL DEFAULT '',        -- e.g. "6 complaints a month"
  review        TEXT NOT NULL DEFAULT '',        -- what changed and whether it worked
  reviewed_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  reviewed_at   TEXT,
  created_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  closed_at     TEXT,
  -- an action cannot be closed without a review of its measured result
  CHECK (status <> 'closed' OR (review <> '' AND result <> '' AND reviewed_at IS NOT NULL
                                AND closed_at IS NOT NULL))
);
CREATE INDEX actions_source ON actions(source_type, source_id);
CREATE INDEX actions_status_due ON actions(status, due_date);
CREATE INDEX actions_owner ON actions(owner_id, status);
