-- 010_complaints.sql: complaints from first contact to follow-up: the
-- record, its handling steps (HEAT, LASS or the 5 steps), the clocks and
-- their pauses, stages 1 and 2, the final response letter, Consumer Rights
-- Act 2015 remedies, root cause with five whys, systemic problems, the
-- public form's rate limit and the follow-up survey's link to feedback.
-- Times are UTC ISO 8601 text; *_due and *_day columns are London dates.

-- The managed pick-list of complaint categories. A category may set its
-- own acknowledgement and stage 1 response periods in working days,
-- overriding the organisation's profile (NULL: the profile's).
-- @data complaint_categories subject: none
CREATE TABLE complaint_categories (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  ack_days      INTEGER CHECK (ack_days IS NULL OR ack_days BETWEEN 1 AND 60),
  response_days INTEGER CHECK (response_days IS NULL OR response_days BETWEEN 1 AND 60),
  CHECK (ack_days IS NULL OR response_days IS NULL OR response_days >= ack_days)
);
INSERT INTO complaint_categories (name) VALUES
  ('Billing and charges'), ('Delivery and installation'), ('Faulty goods'),
  ('Quality of service'), ('Staff attitude'), ('Delays and waiting'), ('Communication');

-- One complaint. The customer's contact details (email and phone) are
-- sealed (core/crypto.c, associated data complaints|contact|<id>) and
-- found for subject access through their keyed hashes.
-- @data complaints subject: customer; category: customer complaints (what happened, what they want, how it was handled);
-- @data complaints purpose: handling the complaint, and learning from complaints as the regulators and the ombudsman expect;
-- @data complaints basis: legal obligation; retention: 6 years after closed_at; expiry: delete;
-- @data complaints person: contact contact; erasure: keep the complaint record is kept for 6 years after closing as evidence for the ombudsman, regulators and legal claims (Limitation Act 1980)
-- @data complaints.contact category: customer contact details; basis: legal obligation;
-- @data complaints.contact person: contact contact; erasure: keep the contact details are part of the complaint record, kept for 6 years after closing
CREATE TABLE complaints (
  id                  INTEGER PRIMARY KEY,
  source              TEXT NOT NULL DEFAULT 'staff' CHECK (source IN ('staff', 'public')),
  received_at         TEXT NOT NULL,
  received_day        TEXT NOT NULL,
  channel             TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'letter', 'in_person', 'web', 'social')),
  customer_name       TEXT NOT NULL CHECK (length(customer_name) BETWEEN 1 AND 100),
  contact             BLOB,
  contact_email_index TEXT NOT NULL DEFAULT '',
  contact_phone_index TEXT NOT NULL DEFAULT '',
  what_happened       TEXT NOT NULL CHECK (length(what_happened) BETWEEN 1 AND 4000),
  what_they_want      TEXT NOT NULL DEFAULT '',
  product             TEXT NOT NULL DEFAULT '',
  category_id         INTEGER REFERENCES complaint_categories(id),
  severity            TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
  vulnerability       TEXT NOT NULL DEFAULT '',
  adjustment          TEXT NOT NULL DEFAULT '' CHECK (adjustment IN
                      ('', 'large_print', 'call_back', 'interpreter', 'different_channel', 'other')),
  owner_id            INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_by          INTEGER REFERENCES users(id) ON DELETE SET NULL,
  profile             TEXT NOT NULL DEFAULT 'housing' CHECK (profile IN ('housing', 'financial')),
  model               TEXT NOT NULL DEFAULT 'heat' CHECK (model IN ('heat', 'lass', 'five')),
  stage               INTEGER NOT NULL DEFAULT 1 CHECK (stage IN (1, 2)),
  status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  -- the clocks: due dates follow the profile, or the category's periods
  -- (working days) when it has its own, and move with each pause
  ack_days            INTEGER CHECK (ack_days IS NULL OR ack_days BETWEEN 1 AND 60),
  ack_days_category   INTEGER REFERENCES complaint_categories(id),
  response_days       INTEGER CHECK (response_days IS NULL OR response_days BETWEEN 1 AND 60),
  response_days_category INTEGER REFERENCES complaint_categories(id),
  ack_due             TEXT NOT NULL,
  acknowledged_at     TEXT,
  response_due        TEXT NOT NULL,
  responded_at        TEXT,
  response_summary    TEXT NOT NULL DEFAULT '',
  stage1_handler_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  escalated_at        TEXT,
  escalation_reason   TEXT NOT NULL DEFAULT '',
  stage2_handler_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  stage2_ack_due      TEXT,
  stage2_acknowledged_at TEXT,
  stage2_due          TEXT,
  paused_since        TEXT,
  paused_days         INTEGER NOT NULL DEFAULT 0,
  -- the earliest deadline not yet met (the queue's order), '' when none
  next_due            TEXT NOT NULL DEFAULT '',
  -- the final response
  closed_at           TEXT,
  closed_day          TEXT,
  closed_by           INTEGER REFERENCES users(id) ON DELETE SET NULL,
  decision            TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'upheld', 'partly_upheld', 'not_upheld')),
  reasons             TEXT NOT NULL DEFAULT '',
  remedy_text         TEXT NOT NULL DEFAULT '',
  still_to_do         TEXT NOT NULL DEFAULT '',
  letter              TEXT NOT NULL DEFAULT '',
  -- Consumer Rights Act 2015
  cra_kind            TEXT NOT NULL DEFAULT '' CHECK (cra_kind IN ('', 'goods', 'service')),
  cra_delivered_day   TEXT NOT NULL DEFAULT '',
  cra_attempts        INTEGER NOT NULL DEFAULT 0 CHECK (cra_attempts BETWEEN 0 AND 10),
  cra_remedy          TEXT NOT NULL DEFAULT '',
  refund_agreed_day   TEXT NOT NULL DEFAULT '',
  refund_paid_day     TEXT NOT NULL DEFAULT '',
  -- root cause (the actions' list) and five whys
  root_cause          TEXT NOT NULL DEFAULT '' CHECK (root_cause IN
                      ('', 'people', 'process', 'systems', 'training', 'resources',
                       'communication', 'policy', 'supplier', 'demand', 'other')),
  root_cause_day      TEXT NOT NULL DEFAULT '',
  why_1               TEXT NOT NULL DEFAULT '',
  why_2               TEXT NOT NULL DEFAULT '',
  why_3               TEXT NOT NULL DEFAULT '',
  why_4               TEXT NOT NULL DEFAULT '',
  why_5               TEXT NOT NULL DEFAULT '',
  -- the follow-up survey: the key the feedback link carries
  followup_key        TEXT UNIQUE,
  -- the public form's submission key: a form sent twice is stored once
  submission_key      TEXT UNIQUE,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  -- stage 2 is handled by someone other than the stage 1 handler
  CHECK (stage2_handler_id IS NULL OR stage1_handler_id IS NULL OR stage2_handler_id <> stage1_handler_id),
  CHECK (status <> 'closed' OR (closed_at IS NOT NULL AND decision <> '' AND letter <> ''))
);
-- The queue: by status and next deadline, covering every filter, so the
-- page and its count read the index only (never a sort, never the rows
-- beyond the 25 shown).
CREATE INDEX complaints_queue ON complaints(status, next_due, id, stage, category_id, channel, owner_id, paused_since);
CREATE INDEX complaints_owner_open ON complaints(owner_id, next_due) WHERE status = 'open';
CREATE INDEX complaints_root_cause ON complaints(root_cause, root_cause_day) WHERE root_cause <> '';
CREATE INDEX complaints_email_index ON complaints(contact_email_index) WHERE contact_email_index <> '';
CREATE INDEX complaints_phone_index ON complaints(contact_phone_index) WHERE contact_phone_index <> '';
CREATE INDEX complaints_received ON complaints(received_day);

-- Each step of the handling model, as a part of the record.
-- @data complaint_steps subject: customer; category: customer complaints (how it was handled);
-- @data complaint_steps purpose: evidence that the complaint was handled by the chosen model;
-- @data complaint_steps basis: legal obligation; retention: while the complaint exists; erasure: keep part of the complaint record
-- @data complaint_steps person: via complaint_id -> complaints
CREATE TABLE complaint_steps (
  complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
  step         TEXT NOT NULL,
  done_text    TEXT NOT NULL CHECK (length(done_text) BETWEEN 1 AND 2000),
  done_at      TEXT NOT NULL,
  done_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
  PRIMARY KEY (complaint_id, step)
);

-- Pauses of the clock while waiting on the customer, each with a reason.
-- @data complaint_pauses subject: customer; category: customer complaints (why the clock stopped);
-- @data complaint_pauses purpose: showing the time the complaint waited on the customer;
-- @data complaint_pauses basis: legal obligation; retention: while the complaint exists; erasure: keep part of the complaint record
-- @data complaint_pauses person: via complaint_id -> complaints
CREATE TABLE complaint_pauses (
  id           INTEGER PRIMARY KEY,
  complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
  started_at   TEXT NOT NULL,
  started_day  TEXT NOT NULL,
  ended_at     TEXT,
  ended_day    TEXT,
  reason       TEXT NOT NULL CHECK (length(reason) BETWEEN 5 AND 500),
  started_by   INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX complaint_pauses_of ON complaint_pauses(complaint_id, id);

-- A systemic problem: N complaints sharing a root cause within 30 days.
-- It needs the manager's attention until an action is raised from it or
-- a justification of at least 20 characters is written (as kpi_attention).
-- @data complaint_systemic subject: none
CREATE TABLE complaint_systemic (
  id             INTEGER PRIMARY KEY,
  root_cause     TEXT NOT NULL,
  window_start   TEXT NOT NULL,
  window_end     TEXT NOT NULL,
  complaint_count INTEGER NOT NULL,
  raised_at      TEXT NOT NULL,
  state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'action', 'justified')),
  action_id      INTEGER REFERENCES actions(id) ON DELETE SET NULL,
  justification  TEXT NOT NULL DEFAULT '',
  resolved_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  resolved_at    TEXT,
  CHECK (state = 'open' OR resolved_at IS NOT NULL),
  CHECK (state <> 'action' OR action_id IS NOT NULL),
  CHECK (state <> 'justified' OR length(justification) >= 20)
);
CREATE INDEX complaint_systemic_open ON complaint_systemic(state, root_cause);

-- The public form's rate limit: complaints per address hash and hour.
-- @data complaint_rate subject: customer; category: network identifiers (keyed hash of the address);
-- @data complaint_rate purpose: stopping floods of automated complaints; basis: legitimate interests;
-- @data complaint_rate retention: while the hour counted is within the last 2 days (the form deletes older counts); erasure: delete
CREATE TABLE complaint_rate (
  addr_hash TEXT NOT NULL,
  hour      TEXT NOT NULL,
  count     INTEGER NOT NULL,
  PRIMARY KEY (addr_hash, hour)
);

-- The follow-up survey: a feedback response can carry the key of the
-- complaint whose follow-up link it came from.
ALTER TABLE feedback_responses ADD COLUMN followup_key TEXT;
CREATE INDEX feedback_responses_followup ON feedback_responses(followup_key) WHERE followup_key IS NOT NULL;

INSERT OR IGNORE INTO settings (key, value) VALUES ('complaint_profile', 'housing');
INSERT OR IGNORE INTO settings (key, value) VALUES ('complaint_systemic_n', '3');

-- The KPI area's computed source "complaints answered within 10 working
-- days" (cgi-bin/kpis/sources.c). kpis.source is checked against its list;
-- a CHECK constraint changes nothing stored, so its text is edited in
-- place as SQLite's documentation describes for such changes (the tables
-- created above change the schema cookie, so every connection reloads it).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, '''rota_cover'')', '''rota_cover'', ''complaints_10_days'')')
 WHERE type = 'table' AND name = 'kpis';
PRAGMA writable_schema = RESET;
