-- 004_feedback.sql: customer feedback: forms and their versions, the
-- responses customers send through the public program, staff tags, daily
-- aggregates for the analysis, and the public form's rate limit.

-- A feedback form: its address (/feedback/<slug>) and whether it takes
-- responses. What it asks lives in feedback_form_versions; current_version
-- is the one the public form shows.
-- @data feedback_forms subject: none
CREATE TABLE feedback_forms (
  id              INTEGER PRIMARY KEY,
  slug            TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 40
                  AND slug NOT GLOB '*[^a-z0-9-]*' AND slug NOT IN ('privacy', 'thanks')),
  is_open         INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
  is_default      INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  current_version INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

-- One wording of a form. A version is never changed once made: editing a
-- form makes a new version, so every response keeps the wording it
-- answered. touchpoints: a comma list of phone,email,in_person,web.
-- servqual: none, short (one expectation and one perception rating per
-- dimension) or full (the 22 items).
-- @data feedback_form_versions subject: staff; category: employee records (who wrote a form's wording);
-- @data feedback_form_versions purpose: the history of what customers were asked; basis: legitimate interests;
-- @data feedback_form_versions retention: while the form exists; person: created_by; erasure: clear created_by
CREATE TABLE feedback_form_versions (
  form_id       INTEGER NOT NULL REFERENCES feedback_forms(id) ON DELETE CASCADE,
  version       INTEGER NOT NULL CHECK (version >= 1),
  title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  intro         TEXT NOT NULL DEFAULT '',
  touchpoints   TEXT NOT NULL,
  ask_csat      INTEGER NOT NULL DEFAULT 1 CHECK (ask_csat IN (0, 1)),
  ask_nps       INTEGER NOT NULL DEFAULT 1 CHECK (ask_nps IN (0, 1)),
  servqual      TEXT NOT NULL DEFAULT 'short' CHECK (servqual IN ('none', 'short', 'full')),
  ask_comment   INTEGER NOT NULL DEFAULT 1 CHECK (ask_comment IN (0, 1)),
  ask_contact   INTEGER NOT NULL DEFAULT 1 CHECK (ask_contact IN (0, 1)),
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  PRIMARY KEY (form_id, version)
);

-- contact is name, email and phone sealed with
-- XChaCha20-Poly1305 (core/crypto.h, associated data
-- "feedback_responses|contact|<id>"); it is never stored in clear.
-- day is the Europe/London date of submitted_at, for the analysis.
-- sq_e1..sq_e5 and sq_p1..sq_p5: the response's mean expectation and
-- perception per SERVQUAL dimension (tangibles, reliability,
-- responsiveness, assurance, empathy) on the 1-7 scale, reverse-scored
-- items already turned round; NULL when the form did not ask.
-- @data feedback_responses subject: customer; category: customer opinions (ratings, comment, touchpoint);
-- @data feedback_responses purpose: measuring and improving the service; basis: legitimate interests;
-- @data feedback_responses retention: 6 years after submitted_at; expiry: delete;
-- @data feedback_responses person: contact contact; erasure: delete; audit: feedback_response
-- @data feedback_responses.contact category: customer contact details (name, email and phone, sealed);
-- @data feedback_responses.contact purpose: replying to the customer about their feedback; basis: consent;
-- @data feedback_responses.contact retention: 12 months after consent_at; expiry: clear contact
CREATE TABLE feedback_responses (
  id             INTEGER PRIMARY KEY,
  form_id        INTEGER NOT NULL REFERENCES feedback_forms(id),
  form_version   INTEGER NOT NULL,
  submitted_at   TEXT NOT NULL,
  day            TEXT NOT NULL,
  touchpoint     TEXT NOT NULL CHECK (touchpoint IN ('phone', 'email', 'in_person', 'web')),
  csat           INTEGER CHECK (csat BETWEEN 1 AND 5),
  nps            INTEGER CHECK (nps BETWEEN 0 AND 10),
  comment        TEXT NOT NULL DEFAULT '',
  sq_e1 REAL, sq_e2 REAL, sq_e3 REAL, sq_e4 REAL, sq_e5 REAL,
  sq_p1 REAL, sq_p2 REAL, sq_p3 REAL, sq_p4 REAL, sq_p5 REAL,
  contact        BLOB,
  consent_at     TEXT,
  consent_notice TEXT,
  FOREIGN KEY (form_id, form_version) REFERENCES feedback_form_versions(form_id, version)
);
CREATE INDEX feedback_responses_submitted ON feedback_responses(submitted_at);
CREATE INDEX feedback_responses_form ON feedback_responses(form_id, submitted_at);
CREATE INDEX feedback_responses_day ON feedback_responses(day);

-- The raw answers of the full 22-item SERVQUAL form, as typed (before
-- reverse scoring).
-- @data feedback_servqual_answers subject: customer; category: customer opinions (the 22 SERVQUAL answers);
-- @data feedback_servqual_answers purpose: measuring the service quality gap; basis: legitimate interests;
-- @data feedback_servqual_answers retention: while the response is kept (deleted with it)
-- @data feedback_servqual_answers person: via response_id -> feedback_responses
CREATE TABLE feedback_servqual_answers (
  response_id  INTEGER NOT NULL REFERENCES feedback_responses(id) ON DELETE CASCADE,
  item         INTEGER NOT NULL CHECK (item BETWEEN 1 AND 22),
  expectation  INTEGER NOT NULL CHECK (expectation BETWEEN 1 AND 7),
  perception   INTEGER NOT NULL CHECK (perception BETWEEN 1 AND 7),
  PRIMARY KEY (response_id, item)
) WITHOUT ROWID;

-- Themes staff give a response ("waiting time", "billing").
-- @data feedback_tags subject: staff; category: employee records (who tagged a response);
-- @data feedback_tags purpose: grouping feedback by theme; basis: legitimate interests;
-- @data feedback_tags retention: while the response is kept (deleted with it); erasure: clear added_by
-- @data feedback_tags person: added_by, via response_id -> feedback_responses
CREATE TABLE feedback_tags (
  response_id INTEGER NOT NULL REFERENCES feedback_responses(id) ON DELETE CASCADE,
  tag         TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
  added_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  added_at    TEXT NOT NULL,
  PRIMARY KEY (response_id, tag)
) WITHOUT ROWID;
CREATE INDEX feedback_tags_tag ON feedback_tags(tag);

-- Daily totals per form version and touchpoint, kept by the trigger below
-- in the same transaction as each response, so the analysis adds up a few
-- hundred rows instead of every response. Erasing a response keeps its
-- share of the totals (aggregates survive erasure).
-- @data feedback_daily subject: none
CREATE TABLE feedback_daily (
  form_id      INTEGER NOT NULL,
  form_version INTEGER NOT NULL,
  day          TEXT NOT NULL,
  touchpoint   TEXT NOT NULL,
  responses    INTEGER NOT NULL DEFAULT 0,
  csat_n       INTEGER NOT NULL DEFAULT 0,
  csat_top     INTEGER NOT NULL DEFAULT 0,   -- answers of 4 or 5
  csat_sum     INTEGER NOT NULL DEFAULT 0,
  nps_n        INTEGER NOT NULL DEFAULT 0,
  promoters    INTEGER NOT NULL DEFAULT 0,   -- 9 or 10
  detractors   INTEGER NOT NULL DEFAULT 0,   -- 0 to 6
  sq_n         INTEGER NOT NULL DEFAULT 0,
  e1 REAL NOT NULL DEFAULT 0, e2 REAL NOT NULL DEFAULT 0, e3 REAL NOT NULL DEFAULT 0,
  e4 REAL NOT NULL DEFAULT 0, e5 REAL NOT NULL DEFAULT 0,
  p1 REAL NOT NULL DEFAULT 0, p2 REAL NOT NULL DEFAULT 0, p3 REAL NOT NULL DEFAULT 0,
  p4 REAL NOT NULL DEFAULT 0, p5 REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (form_id, form_version, day, touchpoint)
) WITHOUT ROWID;
CREATE INDEX feedback_daily_day ON feedback_daily(day);

-- The same totals per form version and day, every touchpoint together:
-- the trend and period figures read a year as 365 rows, not 1,460.
-- @data feedback_daily_total subject: none
CREATE TABLE feedback_daily_total (
  form_id      INTEGER NOT NULL,
  form_version INTEGER NOT NULL,
  day          TEXT NOT NULL,
  responses    INTEGER NOT NULL DEFAULT 0,
  csat_n       INTEGER NOT NULL DEFAULT 0,
  csat_top     INTEGER NOT NULL DEFAULT 0,
  csat_sum     INTEGER NOT NULL DEFAULT 0,
  nps_n        INTEGER NOT NULL DEFAULT 0,
  promoters    INTEGER NOT NULL DEFAULT 0,
  detractors   INTEGER NOT NULL DEFAULT 0,
  sq_n         INTEGER NOT NULL DEFAULT 0,
  e1 REAL NOT NULL DEFAULT 0, e2 REAL NOT NULL DEFAULT 0, e3 REAL NOT NULL DEFAULT 0,
  e4 REAL NOT NULL DEFAULT 0, e5 REAL NOT NULL DEFAULT 0,
  p1 REAL NOT NULL DEFAULT 0, p2 REAL NOT NULL DEFAULT 0, p3 REAL NOT NULL DEFAULT 0,
  p4 REAL NOT NULL DEFAULT 0, p5 REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (form_id, form_version, day)
) WITHOUT ROWID;
CREATE INDEX feedback_daily_total_day ON feedback_daily_total(day);

CREATE TRIGGER feedback_daily_add AFTER INSERT ON feedback_responses
BEGIN
  INSERT OR IGNORE INTO feedback_daily (form_id, form_version, day, touchpoint)
    VALUES (NEW.form_id, NEW.form_version, NEW.day, NEW.touchpoint);
  UPDATE feedback_daily SET
    responses = responses + 1,
    csat_n = csat_n + (NEW.csat IS NOT NULL),
    csat_top = csat_top + (coalesce(NEW.csat, 0) >= 4),
    csat_sum = csat_sum + coalesce(NEW.csat, 0),
    nps_n = nps_n + (NEW.nps IS NOT NULL),
    promoters = promoters + (coalesce(NEW.nps, 0) >= 9),
    detractors = detractors + (NEW.nps IS NOT NULL AND NEW.nps <= 6),
    sq_n = sq_n + (NEW.sq_e1 IS NOT NULL),
    e1 = e1 + coalesce(NEW.sq_e1, 0), e2 = e2 + coalesce(NEW.sq_e2, 0),
    e3 = e3 + coalesce(NEW.sq_e3, 0), e4 = e4 + coalesce(NEW.sq_e4, 0),
    e5 = e5 + coalesce(NEW.sq_e5, 0),
    p1 = p1 + coalesce(NEW.sq_p1, 0), p2 = p2 + coalesce(NEW.sq_p2, 0),
    p3 = p3 + coalesce(NEW.sq_p3, 0), p4 = p4 + coalesce(NEW.sq_p4, 0),
    p5 = p5 + coalesce(NEW.sq_p5, 0)
  WHERE form_id = NEW.form_id AND form_version = NEW.form_version
    AND day = NEW.day AND touchpoint = NEW.touchpoint;
  INSERT OR IGNORE INTO feedback_daily_total (form_id, form_version, day)
    VALUES (NEW.form_id, NEW.form_version, NEW.day);
  UPDATE feedback_daily_total SET
    responses = responses + 1,
    csat_n = csat_n + (NEW.csat IS NOT NULL),
    csat_top = csat_top + (coalesce(NEW.csat, 0) >= 4),
    csat_sum = csat_sum + coalesce(NEW.csat, 0),
    nps_n = nps_n + (NEW.nps IS NOT NULL),
    promoters = promoters + (coalesce(NEW.nps, 0) >= 9),
    detractors = detractors + (NEW.nps IS NOT NULL AND NEW.nps <= 6),
    sq_n = sq_n + (NEW.sq_e1 IS NOT NULL),
    e1 = e1 + coalesce(NEW.sq_e1, 0), e2 = e2 + coalesce(NEW.sq_e2, 0),
    e3 = e3 + coalesce(NEW.sq_e3, 0), e4 = e4 + coalesce(NEW.sq_e4, 0),
    e5 = e5 + coalesce(NEW.sq_e5, 0),
    p1 = p1 + coalesce(NEW.sq_p1, 0), p2 = p2 + coalesce(NEW.sq_p2, 0),
    p3 = p3 + coalesce(NEW.sq_p3, 0), p4 = p4 + coalesce(NEW.sq_p4, 0),
    p5 = p5 + coalesce(NEW.sq_p5, 0)
  WHERE form_id = NEW.form_id AND form_version = NEW.form_version AND day = NEW.day;
END;

-- @data feedback_rate subject: customer; category: technical identifiers (a keyed hash of the address, never the address);
-- @data feedback_rate purpose: stopping spam through the public form; basis: legitimate interests;
-- @data feedback_rate retention: 2 days after hour; expiry: delete
CREATE TABLE feedback_rate (
  addr_hash TEXT NOT NULL,
  hour      TEXT NOT NULL,            -- "2026-11-23T09"
  count     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (addr_hash, hour)
) WITHOUT ROWID;
CREATE INDEX feedback_rate_hour ON feedback_rate(hour);

-- The notice the contact consent is given against.
INSERT INTO settings (key, value) VALUES ('feedback_privacy_notice', '2026-11');
