-- 006_standards.sql: service standards with versions and acknowledgements,
-- SLAs with the bank holidays their business clock skips, and the team:
-- responsibilities, RACI, meeting minutes and the coaching log.
-- Times are UTC ISO 8601 text; dates (YYYY-MM-DD) are Europe/London days.

-- A service standard or policy: the principle it serves (the five SERVQUAL
-- dimensions or the organisation's own), who owns it and when it is next
-- reviewed. What it commits to lives in its versions. Not personal data
-- beyond the owner's id.
-- @data standards subject: staff; category: employee records (the owner of a standard);
-- @data standards purpose: service standards and their reviews; basis: legitimate interests;
-- @data standards retention: while the standard exists; person: owner_id; erasure: clear owner_id
CREATE TABLE standards (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  principle      TEXT NOT NULL CHECK (principle IN
                 ('reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles', 'own')),
  own_principle  TEXT NOT NULL DEFAULT '',      -- named when principle = 'own'
  owner_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
  review_date    TEXT NOT NULL,                 -- YYYY-MM-DD
  current_version INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (principle <> 'own' OR own_principle <> '')
);
CREATE INDEX standards_review ON standards(review_date);

-- Every published wording of a standard, kept for the version history.
-- @data standard_versions subject: staff; category: employee records (who published a version);
-- @data standard_versions purpose: the version history of a standard; basis: legitimate interests;
-- @data standard_versions retention: while the standard exists; person: published_by; erasure: clear published_by
CREATE TABLE standard_versions (
  id           INTEGER PRIMARY KEY,
  standard_id  INTEGER NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  version      INTEGER NOT NULL CHECK (version >= 1),
  commitment   TEXT NOT NULL CHECK (length(commitment) BETWEEN 1 AND 500),
  details      TEXT NOT NULL DEFAULT '',
  change_note  TEXT NOT NULL DEFAULT '',
  published_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  published_at TEXT NOT NULL,
  UNIQUE (standard_id, version)
);

-- @data standard_acks subject: staff; category: employee records (who acknowledged which version, when);
-- @data standard_acks purpose: showing standards were communicated to the team; basis: contract;
-- @data standard_acks retention: while the account exists (then 6 years); person: user_id;
-- @data standard_acks erasure: keep evidence that standards were communicated, kept 6 years after employment
CREATE TABLE standard_acks (
  version_id      INTEGER NOT NULL REFERENCES standard_versions(id) ON DELETE CASCADE,
  user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  acknowledged_at TEXT NOT NULL,
  PRIMARY KEY (version_id, user_id)
);
CREATE INDEX standard_acks_user ON standard_acks(user_id);

-- Bank holidays the business clock of an SLA skips, per region. England
-- and Wales 2024-2028 are shipped; managers and admins edit them.
-- @data bank_holidays subject: none
CREATE TABLE bank_holidays (
  id     INTEGER PRIMARY KEY,
  region TEXT NOT NULL DEFAULT 'england-and-wales' CHECK (region IN ('england-and-wales')),
  day    TEXT NOT NULL,                         -- YYYY-MM-DD
  name   TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  UNIQUE (region, day)
);
INSERT INTO bank_holidays (day, name) VALUES
  ('2024-01-01', 'New Year''s Day'), ('2024-03-29', 'Good Friday'), ('2024-04-01', 'Easter Monday'),
  ('2024-05-06', 'Early May bank holiday'), ('2024-05-27', 'Spring bank holiday'),
  ('2024-08-26', 'Summer bank holiday'), ('2024-12-25', 'Christmas Day'), ('2024-12-26', 'Boxing Day'),
  ('2025-01-01', 'New Year''s Day'), ('2025-04-18', 'Good Friday'), ('2025-04-21', 'Easter Monday'),
  ('2025-05-05', 'Early May bank holiday'), ('2025-05-26', 'Spring bank holiday'),
  ('2025-08-25', 'Summer bank holiday'), ('2025-12-25', 'Christmas Day'), ('2025-12-26', 'Boxing Day'),
  ('2026-01-01', 'New Year''s Day'), ('2026-04-03', 'Good Friday'), ('2026-04-06', 'Easter Monday'),
  ('2026-05-04', 'Early May bank holiday'), ('2026-05-25', 'Spring bank holiday'),
  ('2026-08-31', 'Summer bank holiday'), ('2026-12-25', 'Christmas Day'),
  ('2026-12-28', 'Boxing Day (substitute day)'),
  ('2027-01-01', 'New Year''s Day'), ('2027-03-26', 'Good Friday'), ('2027-03-29', 'Easter Monday'),
  ('2027-05-03', 'Early May bank holiday'), ('2027-05-31', 'Spring bank holiday'),
  ('2027-08-30', 'Summer bank holiday'), ('2027-12-27', 'Christmas Day (substitute day)'),
  ('2027-12-28', 'Boxing Day (substitute day)'),
  ('2028-01-03', 'New Year''s Day (substitute day)'), ('2028-04-14', 'Good Friday'),
  ('2028-04-17', 'Easter Monday'), ('2028-05-01', 'Early May bank holiday'),
  ('2028-05-29', 'Spring bank holiday'), ('2028-08-28', 'Summer bank holiday'),
  ('2028-12-25', 'Christmas Day'), ('2028-12-26', 'Boxing Day');

-- A service level agreement: what is promised to whom, measured how, in
-- which hours, who answers for it and what happens on a breach. kpi_id
-- links the KPI that measures it (optional; its page shows the latest result).
-- @data slas subject: staff; category: employee records (the person responsible for an SLA);
-- @data slas purpose: who answers for a service level; basis: legitimate interests;
-- @data slas retention: while the SLA exists; person: responsible_id; erasure: clear responsible_id
CREATE TABLE slas (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  customer       TEXT NOT NULL CHECK (length(customer) BETWEEN 1 AND 200),
  promise        TEXT NOT NULL DEFAULT '',
  metric         TEXT NOT NULL CHECK (length(metric) BETWEEN 1 AND 200),
  target_value   REAL NOT NULL,
  target_unit    TEXT NOT NULL CHECK (target_unit IN
                 ('percent', 'working_minutes', 'working_hours', 'working_days', 'count', 'score')),
  period         TEXT NOT NULL CHECK (period IN ('daily', 'weekly', 'monthly', 'quarterly', 'yearly')),
  open_minutes   INTEGER NOT NULL DEFAULT 540 CHECK (open_minutes BETWEEN 0 AND 1439),
  close_minutes  INTEGER NOT NULL DEFAULT 1020 CHECK (close_minutes BETWEEN 1 AND 1440),
  days_mask      INTEGER NOT NULL DEFAULT 62 CHECK (days_mask BETWEEN 0 AND 127), -- bit 0 Sunday .. bit 6 Saturday
  holiday_region TEXT NOT NULL DEFAULT 'england-and-wales'
                 CHECK (holiday_region IN ('england-and-wales', 'none')),
  responsible_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  on_breach      TEXT NOT NULL DEFAULT '',
  kpi_id         INTEGER REFERENCES kpis(id) ON DELETE SET NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (close_minutes > open_minutes)
);

-- @data team_roles subject: staff; category: employee records (responsibilities);
-- @data team_roles purpose: who does what in the team; basis: contract;
-- @data team_roles retention: while the account exists; person: user_id; erasure: delete
CREATE TABLE team_roles (
  id             INTEGER PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  responsibility TEXT NOT NULL CHECK (length(responsibility) BETWEEN 1 AND 300),
  created_at     TEXT NOT NULL
);
CREATE INDEX team_roles_user ON team_roles(user_id);

-- Responsible / Accountable / Consulted / Informed, for a standard or a
-- service plan (subject_type names the table, subject_id the row).
-- @data raci subject: staff; category: employee records (RACI letters);
-- @data raci purpose: who is responsible, accountable, consulted or informed; basis: contract;
-- @data raci retention: while the account exists; person: user_id; erasure: delete
CREATE TABLE raci (
  id           INTEGER PRIMARY KEY,
  subject_type TEXT NOT NULL CHECK (subject_type IN ('standard', 'plan')),
  subject_id   INTEGER NOT NULL,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  letter       TEXT NOT NULL CHECK (letter IN ('R', 'A', 'C', 'I')),
  UNIQUE (subject_type, subject_id, user_id, letter)
);
CREATE INDEX raci_subject ON raci(subject_type, subject_id);

-- Team meeting minutes.
-- Actions raised from a meeting are ordinary actions (source_type 'meeting').
-- @data meetings subject: staff; category: employee records (minutes: who said and decided what);
-- @data meetings purpose: evidence of team management; basis: legitimate interests;
-- @data meetings retention: 6 years after held_on; expiry: delete; person: created_by; erasure: clear created_by
CREATE TABLE meetings (
  id         INTEGER PRIMARY KEY,
  held_on    TEXT NOT NULL,                     -- YYYY-MM-DD
  title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  minutes    TEXT NOT NULL DEFAULT '',
  decisions  TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX meetings_held ON meetings(held_on);
-- @data meeting_attendees subject: staff; category: employee records (attendance);
-- @data meeting_attendees purpose: evidence of team management; basis: legitimate interests;
-- @data meeting_attendees retention: while the meeting is kept (deleted with it); person: user_id; erasure: delete
CREATE TABLE meeting_attendees (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (meeting_id, user_id)
);

-- Seen only by
-- managers and by the member; every viewing is audited.
-- @data coaching_entries subject: staff; category: employee performance records (coaching log);
-- @data coaching_entries purpose: coaching and performance management; basis: contract;
-- @data coaching_entries retention: while the account exists (then 6 years); person: user_id,author_id;
-- @data coaching_entries erasure: keep employment records are kept 6 years after employment ends (limitation period); audit: user
CREATE TABLE coaching_entries (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  author_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
  held_on    TEXT NOT NULL,                     -- YYYY-MM-DD
  kind       TEXT NOT NULL CHECK (kind IN
             ('coaching', 'one_to_one', 'observation', 'recognition', 'concern')),
  notes      TEXT NOT NULL CHECK (length(notes) BETWEEN 1 AND 4000),
  agreed     TEXT NOT NULL DEFAULT '',           -- next steps agreed with the member
  follow_up  TEXT NOT NULL DEFAULT '',           -- YYYY-MM-DD or ''
  created_at TEXT NOT NULL
);
CREATE INDEX coaching_user ON coaching_entries(user_id, held_on);
