-- 013_portfolio.sql: the evidence portfolio. Qualifications, units and
-- criteria (loaded from data/qualifications/*.txt); learners enrolled on
-- units with an assessor and an internal quality assurer (IQA); evidence
-- of several kinds mapped to criteria; submissions frozen as snapshots
-- (rendered HTML plus its BLAKE2b hash); assessors' decisions per
-- criterion; the IQA's sampling; time-limited access for an external
-- quality assurer (EQA).

-- A new role, IQA (bit 16): users.roles may now be 0..31. SQLite cannot
-- alter a CHECK constraint, and rebuilding users the usual way (new table,
-- copy, DROP, RENAME) needs foreign keys off, which cannot be switched
-- inside the transaction db_migrate() runs each migration in; with them on,
-- DROP TABLE users would delete every session and clear every owner that
-- references it. A loosened CHECK changes nothing stored, which is the
-- case SQLite's documentation ("Making Other Kinds Of Table Schema
-- Changes", alter table page) allows to be made by editing the schema
-- text: only the CHECK's text changes, and the CREATE TABLEs below bump
-- the schema cookie so every other connection reloads the schema.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (roles BETWEEN 0 AND 15)', 'CHECK (roles BETWEEN 0 AND 31)')
 WHERE type = 'table' AND name = 'users';
PRAGMA writable_schema = RESET;

-- @data pf_qualifications subject: none
CREATE TABLE pf_qualifications (
  id        INTEGER PRIMARY KEY,
  code      TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
  title     TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  loaded_at TEXT NOT NULL
);

-- @data pf_units subject: none
CREATE TABLE pf_units (
  id               INTEGER PRIMARY KEY,
  qualification_id INTEGER NOT NULL REFERENCES pf_qualifications(id) ON DELETE CASCADE,
  code             TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  position         INTEGER NOT NULL DEFAULT 0,
  UNIQUE (qualification_id, code)
);

-- Criteria: the units' examiner marking points and key concepts; tags
-- (space-separated words) are what the suggestion rules name.
-- @data pf_criteria subject: none
CREATE TABLE pf_criteria (
  id       INTEGER PRIMARY KEY,
  unit_id  INTEGER NOT NULL REFERENCES pf_units(id) ON DELETE CASCADE,
  ref      TEXT NOT NULL CHECK (length(ref) BETWEEN 1 AND 20),
  source   TEXT NOT NULL CHECK (source IN ('marking_point', 'key_concept')),
  text     TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  tags     TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (unit_id, ref)
);

-- A learner's assessment arrangements: assessor, IQA and dates.
-- @data pf_learners subject: learner; category: learner assessment records;
-- @data pf_learners purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_learners retention: 6 years after planned_end; expiry: delete;
-- @data pf_learners person: learner_id; erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_learners (
  learner_id  INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  assessor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  iqa_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
  started_on  TEXT NOT NULL,
  planned_end TEXT NOT NULL CHECK (planned_end > started_on),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX pf_learners_assessor ON pf_learners(assessor_id);
CREATE INDEX pf_learners_iqa ON pf_learners(iqa_id);

-- @data pf_enrolments subject: learner; category: learner assessment records;
-- @data pf_enrolments purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_enrolments retention: while the learner's assessment record is kept; person: learner_id;
-- @data pf_enrolments erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_enrolments (
  learner_id  INTEGER NOT NULL REFERENCES pf_learners(learner_id) ON DELETE CASCADE,
  unit_id     INTEGER NOT NULL REFERENCES pf_units(id) ON DELETE CASCADE,
  enrolled_at TEXT NOT NULL,
  PRIMARY KEY (learner_id, unit_id)
);

-- One piece of evidence. kind is a key of the evidence kinds table
-- (cgi-bin/portfolio/kinds.c); record_id names the live record of product
-- evidence; the reflective account's five prompts and the assessor's
-- discussion or observation text are held here.
-- @data pf_evidence subject: learner; category: learner portfolio evidence;
-- @data pf_evidence purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_evidence retention: while the learner's assessment record is kept; person: learner_id;
-- @data pf_evidence erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_evidence (
  id          INTEGER PRIMARY KEY,
  learner_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  record_id   INTEGER,
  body        TEXT NOT NULL DEFAULT '',
  happened    TEXT NOT NULL DEFAULT '',
  did         TEXT NOT NULL DEFAULT '',
  why         TEXT NOT NULL DEFAULT '',
  result      TEXT NOT NULL DEFAULT '',
  differently TEXT NOT NULL DEFAULT '',
  author_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX pf_evidence_learner ON pf_evidence(learner_id, id);

-- A witness testimony: asked of a named colleague, who writes and signs
-- it with their own sign-in.
-- @data pf_witness subject: learner; category: witness testimony about the learner;
-- @data pf_witness purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_witness retention: while the learner's assessment record is kept; person: witness_id, via evidence_id -> pf_evidence;
-- @data pf_witness erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_witness (
  evidence_id INTEGER PRIMARY KEY REFERENCES pf_evidence(id) ON DELETE CASCADE,
  witness_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  asked       TEXT NOT NULL CHECK (length(asked) BETWEEN 10 AND 2000),
  statement   TEXT NOT NULL DEFAULT '',
  signed_name TEXT NOT NULL DEFAULT '',
  signed_at   TEXT,
  CHECK (signed_at IS NULL OR (length(statement) >= 20 AND length(signed_name) >= 2))
);
CREATE INDEX pf_witness_by ON pf_witness(witness_id, signed_at);

-- An uploaded file (PDF, PNG or JPEG), stored beside the database in
-- <db>.files/ under stored_name; hash is its BLAKE2b hash in hex.
-- @data pf_files subject: learner; category: learner portfolio evidence;
-- @data pf_files purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_files retention: while the learner's assessment record is kept; person: via evidence_id -> pf_evidence;
-- @data pf_files erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_files (
  evidence_id INTEGER PRIMARY KEY REFERENCES pf_evidence(id) ON DELETE CASCADE,
  filename    TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
  media_type  TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size        INTEGER NOT NULL CHECK (size > 0),
  stored_name TEXT NOT NULL UNIQUE,
  hash        TEXT NOT NULL CHECK (length(hash) = 64)
);

-- @data pf_mappings subject: learner; category: learner portfolio evidence;
-- @data pf_mappings purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_mappings retention: while the learner's assessment record is kept; person: via evidence_id -> pf_evidence;
-- @data pf_mappings erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_mappings (
  id           INTEGER PRIMARY KEY,
  evidence_id  INTEGER NOT NULL REFERENCES pf_evidence(id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES pf_criteria(id) ON DELETE CASCADE,
  rationale    TEXT NOT NULL CHECK (length(rationale) BETWEEN 10 AND 1000),
  created_at   TEXT NOT NULL,
  UNIQUE (evidence_id, criterion_id)
);
CREATE INDEX pf_mappings_criterion ON pf_mappings(criterion_id, evidence_id);

-- A submission of one unit; the assessor's feedback and signature close
-- it (status assessed); sampled marks it for the IQA.
-- @data pf_submissions subject: learner; category: learner assessment records;
-- @data pf_submissions purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_submissions retention: while the learner's assessment record is kept; person: learner_id;
-- @data pf_submissions erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_submissions (
  id           INTEGER PRIMARY KEY,
  learner_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  unit_id      INTEGER NOT NULL REFERENCES pf_units(id) ON DELETE CASCADE,
  number       INTEGER NOT NULL CHECK (number >= 1),
  submitted_at TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'assessed')),
  feedback     TEXT NOT NULL DEFAULT '',
  signed_name  TEXT NOT NULL DEFAULT '',
  assessor_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
  assessed_at  TEXT,
  sampled      INTEGER NOT NULL DEFAULT 0 CHECK (sampled IN (0, 1)),
  UNIQUE (learner_id, unit_id, number),
  CHECK (status = 'waiting' OR (assessed_at IS NOT NULL AND length(signed_name) >= 2))
);
CREATE INDEX pf_submissions_waiting ON pf_submissions(status, submitted_at);

-- What the assessor judged: one evidence item as it was at submission,
-- its rendered HTML and the BLAKE2b hash of it. Never changed.
-- @data pf_snapshots subject: learner; category: learner portfolio evidence;
-- @data pf_snapshots purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_snapshots retention: while the learner's assessment record is kept; person: via submission_id -> pf_submissions;
-- @data pf_snapshots erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_snapshots (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES pf_submissions(id) ON DELETE CASCADE,
  evidence_id   INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  title         TEXT NOT NULL,
  live_url      TEXT NOT NULL DEFAULT '',
  record_id     INTEGER,
  html          TEXT NOT NULL,
  hash          TEXT NOT NULL CHECK (length(hash) = 64),
  captured_at   TEXT NOT NULL
);
CREATE INDEX pf_snapshots_submission ON pf_snapshots(submission_id, id);
CREATE TRIGGER pf_snapshots_frozen BEFORE UPDATE ON pf_snapshots
BEGIN
  SELECT raise(ABORT, 'a snapshot cannot be changed');
END;

-- @data pf_snapshot_mappings subject: learner; category: learner portfolio evidence;
-- @data pf_snapshot_mappings purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_snapshot_mappings retention: while the learner's assessment record is kept; person: via snapshot_id -> pf_snapshots;
-- @data pf_snapshot_mappings erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_snapshot_mappings (
  snapshot_id  INTEGER NOT NULL REFERENCES pf_snapshots(id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES pf_criteria(id) ON DELETE CASCADE,
  rationale    TEXT NOT NULL,
  PRIMARY KEY (snapshot_id, criterion_id)
);
CREATE INDEX pf_snapshot_mappings_criterion ON pf_snapshot_mappings(criterion_id);

-- @data pf_decisions subject: learner; category: learner assessment records;
-- @data pf_decisions purpose: assessing the learner for a qualification; basis: contract;
-- @data pf_decisions retention: while the learner's assessment record is kept; person: via submission_id -> pf_submissions;
-- @data pf_decisions erasure: keep awarding organisations require assessment records to be kept
CREATE TABLE pf_decisions (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES pf_submissions(id) ON DELETE CASCADE,
  criterion_id  INTEGER NOT NULL REFERENCES pf_criteria(id) ON DELETE CASCADE,
  outcome       TEXT NOT NULL CHECK (outcome IN ('met', 'not_yet')),
  comment       TEXT NOT NULL DEFAULT '',
  assessor_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  decided_at    TEXT NOT NULL,
  UNIQUE (submission_id, criterion_id)
);
CREATE INDEX pf_decisions_criterion ON pf_decisions(criterion_id, submission_id);

-- @data pf_iqa_reviews subject: staff; category: quality assurance of assessors' decisions;
-- @data pf_iqa_reviews purpose: assuring the quality of assessment; basis: legitimate interests;
-- @data pf_iqa_reviews retention: while the learner's assessment record is kept; person: iqa_id, via submission_id -> pf_submissions;
-- @data pf_iqa_reviews erasure: keep awarding organisations require quality assurance records to be kept
CREATE TABLE pf_iqa_reviews (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES pf_submissions(id) ON DELETE CASCADE,
  iqa_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
  verdict       TEXT NOT NULL CHECK (verdict IN ('agree', 'disagree')),
  note          TEXT NOT NULL CHECK (length(note) BETWEEN 10 AND 2000),
  reviewed_at   TEXT NOT NULL
);
CREATE INDEX pf_iqa_reviews_submission ON pf_iqa_reviews(submission_id);

-- @data pf_sampling_rates subject: staff; category: quality assurance of assessors' decisions;
-- @data pf_sampling_rates purpose: assuring the quality of assessment; basis: legitimate interests;
-- @data pf_sampling_rates retention: while the account exists; person: assessor_id; erasure: delete
CREATE TABLE pf_sampling_rates (
  assessor_id  INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  rate_percent INTEGER NOT NULL CHECK (rate_percent BETWEEN 0 AND 100),
  set_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
  set_at       TEXT NOT NULL
);

-- Time-limited read-only access for an external quality assurer.
-- @data pf_eqa_grants subject: staff; category: access grants;
-- @data pf_eqa_grants purpose: external quality assurance by the awarding organisation; basis: legitimate interests;
-- @data pf_eqa_grants retention: 12 months after expires_at; expiry: delete; person: user_id; erasure: delete
CREATE TABLE pf_eqa_grants (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  granted_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  granted_at TEXT NOT NULL,
  expires_at TEXT NOT NULL CHECK (expires_at > granted_at)
);
CREATE INDEX pf_eqa_grants_user ON pf_eqa_grants(user_id, expires_at);
