-- 005_kpis.sql: key performance indicators: their definitions (unit,
-- direction, target, amber and red thresholds, frequency, owner, where the
-- figures come from), their results period by period, and the rule that a
-- red result needs attention until an action is raised from it or a
-- written justification is recorded.

-- No customer data.
-- direction 'higher': more is better (CSAT); 'lower': less is better
-- (complaint response hours). The thresholds are where a colour starts:
-- higher: green above amber_at, amber at or below amber_at, red at or below
-- red_at (red_at <= amber_at < target); lower: the mirror image.
-- source: where results come from ('manual' typed in, 'csv' imported, or
-- computed from Frontline's own data by the registry in cgi-bin/kpis_sources.c).
-- @data kpis subject: staff; category: employee records (owner and creator of a KPI);
-- @data kpis purpose: evidence of service management; basis: legitimate interests;
-- @data kpis retention: while the KPI exists (then 6 years as evidence); person: owner_id,created_by; erasure: clear owner_id,created_by
CREATE TABLE kpis (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
  description  TEXT NOT NULL DEFAULT '',
  unit         TEXT NOT NULL DEFAULT '' CHECK (length(unit) <= 20),
  direction    TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
  target       REAL NOT NULL,
  amber_at     REAL NOT NULL,
  red_at       REAL NOT NULL,
  frequency    TEXT NOT NULL DEFAULT 'monthly'
               CHECK (frequency IN ('weekly', 'monthly', 'quarterly')),
  source       TEXT NOT NULL DEFAULT 'manual' CHECK (source IN
               ('manual', 'csv', 'feedback_csat', 'feedback_nps', 'rota_cover')),
  owner_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
  archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK ((direction = 'higher' AND red_at <= amber_at AND amber_at < target) OR
         (direction = 'lower' AND red_at >= amber_at AND amber_at > target))
);

-- The note
-- must not hold customer details.
-- One result per KPI and period. period is the first day of the period
-- (YYYY-MM-DD: a Monday for weekly, the 1st for monthly, the first day of
-- the quarter for quarterly). rag is the colour the value had against the
-- thresholds in force when it was recorded; results are evidence and are
-- not re-coloured when the thresholds change later.
-- @data kpi_results subject: staff; category: employee records (who entered a result);
-- @data kpi_results purpose: evidence of service management; basis: legitimate interests;
-- @data kpi_results retention: while the KPI exists (results are aggregates and stay); person: entered_by; erasure: clear entered_by
CREATE TABLE kpi_results (
  id          INTEGER PRIMARY KEY,
  kpi_id      INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
  period      TEXT NOT NULL CHECK (length(period) = 10),
  value       REAL NOT NULL,
  rag         TEXT NOT NULL CHECK (rag IN ('green', 'amber', 'red')),
  note        TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'csv', 'computed')),
  entered_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
  entered_at  TEXT NOT NULL,
  UNIQUE (kpi_id, period)
);
-- The UNIQUE constraint's index on (kpi_id, period) serves "latest result
-- of each KPI"; this one also covers the figures of "the last twelve
-- results of each KPI", so the dashboard never visits the table for them.
CREATE INDEX kpi_results_trend ON kpi_results(kpi_id, period, value, rag);

-- A red result needs attention: a row is written with it (state 'open') and
-- stays open until an action is raised from the result (source_type
-- 'kpi_result', source_id = the result's id; the trigger below notices it,
-- however the action was raised) or a written justification is recorded.
-- The CHECK makes "cleared with nothing to show for it" impossible.
-- @data kpi_attention subject: staff; category: employee records (who answered a red result, and why);
-- @data kpi_attention purpose: showing red results were acted on; basis: legitimate interests;
-- @data kpi_attention retention: while the KPI exists; person: resolved_by; erasure: clear resolved_by
CREATE TABLE kpi_attention (
  result_id     INTEGER PRIMARY KEY REFERENCES kpi_results(id) ON DELETE CASCADE,
  kpi_id        INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
  state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'action', 'justified')),
  action_id     INTEGER REFERENCES actions(id) ON DELETE SET NULL,
  justification TEXT NOT NULL DEFAULT '',
  resolved_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  resolved_at   TEXT,
  CHECK (state = 'open' OR resolved_at IS NOT NULL),
  CHECK (state <> 'action' OR action_id IS NOT NULL),
  CHECK (state <> 'justified' OR length(justification) >= 20)
);
CREATE INDEX kpi_attention_open ON kpi_attention(state, kpi_id);

-- Raising an action from a red result clears its need for attention.
CREATE TRIGGER kpi_attention_action_raised AFTER INSERT ON actions
WHEN NEW.source_type = 'kpi_result' AND NEW.source_id IS NOT NULL
BEGIN
  UPDATE kpi_attention SET state = 'action', action_id = NEW.id,
         resolved_by = NEW.created_by, resolved_at = NEW.created_at
   WHERE result_id = NEW.source_id AND state = 'open';
END;

-- Cancelling the action that answered a red result reopens it, unless
-- another live action was raised from the same result.
CREATE TRIGGER kpi_attention_action_cancelled AFTER UPDATE OF status ON actions
WHEN NEW.status = 'cancelled' AND OLD.status <> 'cancelled' AND NEW.source_type = 'kpi_result'
BEGIN
  UPDATE kpi_attention SET state = 'open', action_id = NULL, resolved_by = NULL, resolved_at = NULL
   WHERE result_id = NEW.source_id AND state = 'action' AND action_id = NEW.id
     AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.source_type = 'kpi_result'
                      AND a.source_id = NEW.source_id AND a.status <> 'cancelled');
  UPDATE kpi_attention
     SET action_id = (SELECT a.id FROM actions a WHERE a.source_type = 'kpi_result'
                       AND a.source_id = NEW.source_id AND a.status <> 'cancelled'
                       ORDER BY a.id DESC LIMIT 1)
   WHERE result_id = NEW.source_id AND state = 'action' AND action_id = NEW.id;
END;

-- The actions panel of the home page (cgi-bin/actions.c): a person's open
-- actions by due date, and every overdue one. Partial indexes over the
-- live actions only, so the panel never sorts (a sort opens a temporary
-- b-tree, whose page cache costs more than the rest of the page) and never
-- walks the closed ones, which only grow.
CREATE INDEX actions_live_owner_due ON actions(owner_id, due_date)
  WHERE status IN ('open', 'in_progress');
CREATE INDEX actions_live_due ON actions(due_date)
  WHERE status IN ('open', 'in_progress');
