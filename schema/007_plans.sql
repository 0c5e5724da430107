-- 007_plans.sql: service plans. A plan links objectives to business goals;
-- each objective is SMART (statement, measure, baseline, target, owner,
-- deadline); milestones make its timeline; resource requirements, risks
-- with contingencies and stakeholders with how they are kept informed
-- complete it; a review at the end records what was achieved against the
-- targets and what changes next.
-- Dates (period, deadlines, milestones) are YYYY-MM-DD in Europe/London;
-- times (created_at ...) are UTC ISO 8601.

-- Plan text must not hold
-- customer contact details.
-- warnings_overridden lists the checks a manager saved against
-- ("no_contingency"), so a weak plan is a recorded decision.
-- @data plans subject: staff; category: employee records (owner and author of a plan);
-- @data plans purpose: evidence of service planning; basis: legitimate interests;
-- @data plans retention: while the plan exists (then 6 years as evidence); person: owner_id,created_by; erasure: clear owner_id,created_by
CREATE TABLE plans (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  team_id       INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  owner_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
  period_start  TEXT NOT NULL,
  period_end    TEXT NOT NULL CHECK (period_end >= period_start),
  status        TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'active', 'closed')),
  purpose       TEXT NOT NULL DEFAULT '',
  contingency   TEXT NOT NULL DEFAULT '',   -- the plan's general fallback
  warnings_overridden TEXT NOT NULL DEFAULT '',
  created_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX plans_period ON plans(period_start DESC, id DESC);

-- The business goals a plan serves (the organisation's, not the team's).
-- @data plan_goals subject: none
CREATE TABLE plan_goals (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX plan_goals_plan ON plan_goals(plan_id);


-- SMART objectives. Progress is (current - baseline) / (target - baseline),
-- so a target below the baseline (fewer complaints) works the same way.
-- kpi_id links the objective to a KPI (migration 005); until the KPI
-- picker is wired, current_value is entered by hand.
-- @data plan_objectives subject: staff; category: employee records (the owner of an objective);
-- @data plan_objectives purpose: evidence of service planning; basis: legitimate interests;
-- @data plan_objectives retention: while the plan exists; person: owner_id; erasure: clear owner_id
CREATE TABLE plan_objectives (
  id            INTEGER PRIMARY KEY,
  plan_id       INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  goal_id       INTEGER REFERENCES plan_goals(id) ON DELETE SET NULL,
  statement     TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 300),
  measure       TEXT NOT NULL DEFAULT '',   -- what is measured, with its unit
  baseline      REAL,
  target        REAL,
  current_value REAL,
  kpi_id        INTEGER REFERENCES kpis(id) ON DELETE SET NULL,
  owner_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
  deadline      TEXT,
  warnings_overridden TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX plan_objectives_plan ON plan_objectives(plan_id);

-- Milestones on the plan's timeline (a bar from start to due, or a point
-- at due when there is no start). done_date set means reached.
-- @data plan_milestones subject: staff; category: employee records (the owner of a milestone);
-- @data plan_milestones purpose: evidence of service planning; basis: legitimate interests;
-- @data plan_milestones retention: while the plan exists; person: owner_id; erasure: clear owner_id
CREATE TABLE plan_milestones (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  start_date  TEXT,
  due_date    TEXT NOT NULL,
  done_date   TEXT,
  owner_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (start_date IS NULL OR start_date <= due_date)
);
CREATE INDEX plan_milestones_plan ON plan_milestones(plan_id, due_date);

-- Resource requirements: staff hours (over a date range, optionally for
-- one team, shown beside the rota's planned hours), equipment, budget (GBP).
-- @data plan_resources subject: none
CREATE TABLE plan_resources (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('staff_hours', 'equipment', 'budget')),
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
  quantity    REAL NOT NULL CHECK (quantity >= 0),
  from_date   TEXT,
  to_date     TEXT,
  team_id     INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (kind <> 'staff_hours' OR (from_date IS NOT NULL AND to_date >= from_date))
);
CREATE INDEX plan_resources_plan ON plan_resources(plan_id);

-- Risks: likelihood and impact 1 to 5 (score = likelihood x impact), each
-- with the contingency that is used if it happens.
-- @data plan_risks subject: staff; category: employee records (the owner of a risk);
-- @data plan_risks purpose: evidence of service planning; basis: legitimate interests;
-- @data plan_risks retention: while the plan exists; person: owner_id; erasure: clear owner_id
CREATE TABLE plan_risks (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
  likelihood  INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact      INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  contingency TEXT NOT NULL CHECK (length(contingency) >= 1),
  owner_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX plan_risks_plan ON plan_risks(plan_id);

-- Stakeholders and how they are kept informed. name is a role or group
-- ("Head of Customer Operations", "Phones team"), not a customer.
-- @data plan_stakeholders subject: none
CREATE TABLE plan_stakeholders (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  interest    TEXT NOT NULL DEFAULT '',
  channel     TEXT NOT NULL CHECK (channel IN
              ('meeting', 'email', 'report', 'briefing', 'intranet', 'other')),
  frequency   TEXT NOT NULL CHECK (frequency IN
              ('daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'milestones')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX plan_stakeholders_plan ON plan_stakeholders(plan_id);

-- The review at the end of a plan: what was achieved, how that compares
-- with the targets, and what changes next time. Saving it closes the plan.
-- @data plan_reviews subject: staff; category: employee records (who reviewed a plan);
-- @data plan_reviews purpose: evidence of service planning; basis: legitimate interests;
-- @data plan_reviews retention: while the plan exists; person: reviewed_by; erasure: clear reviewed_by
CREATE TABLE plan_reviews (
  plan_id       INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
  achieved      TEXT NOT NULL CHECK (length(achieved) >= 1),
  against_target TEXT NOT NULL CHECK (length(against_target) >= 1),
  changes_next  TEXT NOT NULL CHECK (length(changes_next) >= 1),
  reviewed_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  reviewed_at   TEXT NOT NULL
);
