-- 012_data_protection.sql: the data protection duties: keyed hash
-- indexes of customer feedback contact details (so a subject-access or
-- erasure request finds a customer's rows without opening every sealed
-- value), subject-access and erasure requests with their ICO deadline,
-- the personal-data breach log and the versioned privacy notice.
-- Times are UTC ISO 8601 text; dates (YYYY-MM-DD) are Europe/London days.

-- The keyed hashes (core/crypto.h contact_index_hex) of the email address
-- and phone number sealed in feedback_responses.contact; NULL when none
-- was given. Filled by the public form as it stores a response, and for
-- older rows by `frontline-admin contact-index`. Cleared with the contact.
-- Not personal data beyond the contact column they index.
ALTER TABLE feedback_responses ADD COLUMN contact_email_index TEXT;
ALTER TABLE feedback_responses ADD COLUMN contact_phone_index TEXT;
CREATE INDEX feedback_responses_email_index ON feedback_responses(contact_email_index)
  WHERE contact_email_index IS NOT NULL;
CREATE INDEX feedback_responses_phone_index ON feedback_responses(contact_phone_index)
  WHERE contact_phone_index IS NOT NULL;

-- A subject-access or erasure request. The person is a member of staff
-- (user_id) or a customer found by the email address or phone number they
-- gave: sealed in contact ("email\nphone", associated data
-- "privacy_requests|contact|<id>"), opened to search the keyed hash
-- indexes of the other tables (so a key rotation, which re-seals it, does
-- not lose the person). The clock runs from
-- clock_from (the day received, or the day identity was confirmed after a
-- pause); due_on is one calendar month later, or three when extended.
-- @data privacy_requests subject: customer; category: data subject requests (the requester's name, how to find their records);
-- @data privacy_requests purpose: answering subject access and erasure requests within the legal time limit;
-- @data privacy_requests basis: legal obligation; retention: 6 years after received_on; expiry: delete;
-- @data privacy_requests person: user_id; erasure: keep the record that a request was answered is evidence of compliance (6 years)
-- @data privacy_requests.contact category: the requester's contact details (sealed); person: contact contact
CREATE TABLE privacy_requests (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('access', 'erasure')),
  subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('staff', 'customer')),
  user_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
  requester       TEXT NOT NULL CHECK (length(requester) BETWEEN 1 AND 120),
  contact         BLOB,
  contact_email_index TEXT,
  contact_phone_index TEXT,
  received_on     TEXT NOT NULL,
  clock_from      TEXT NOT NULL,
  due_on          TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'paused', 'completed', 'refused')),
  pause_reason    TEXT NOT NULL DEFAULT '',
  extended        INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
  extension_reason TEXT NOT NULL DEFAULT '',
  outcome         TEXT NOT NULL DEFAULT '',
  completed_at    TEXT,
  created_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL,
  CHECK (subject_kind <> 'staff' OR user_id IS NOT NULL),
  CHECK (status <> 'paused' OR pause_reason <> ''),
  CHECK (extended = 0 OR extension_reason <> '')
);
CREATE INDEX privacy_requests_due ON privacy_requests(status, due_on);

-- A personal-data breach: when it was found and when the organisation
-- became aware (the ICO must be told within 72 hours of awareness unless
-- it is unlikely to result in a risk to people), what happened, how many
-- people, the risk, and whether the ICO was told (when) or why not.
-- @data privacy_breaches subject: staff; category: records of who did what (who recorded a breach);
-- @data privacy_breaches purpose: the record of breaches UK GDPR Article 33(5) requires;
-- @data privacy_breaches basis: legal obligation; retention: 6 years after aware_at; expiry: delete;
-- @data privacy_breaches person: recorded_by; erasure: clear recorded_by
CREATE TABLE privacy_breaches (
  id              INTEGER PRIMARY KEY,
  found_at        TEXT NOT NULL,
  aware_at        TEXT NOT NULL,
  title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description     TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  people_affected INTEGER NOT NULL CHECK (people_affected >= 0),
  risk            TEXT NOT NULL CHECK (risk IN ('unlikely', 'risk', 'high')),
  ico_told        INTEGER NOT NULL DEFAULT 0 CHECK (ico_told IN (0, 1)),
  ico_told_at     TEXT,
  ico_reason      TEXT NOT NULL DEFAULT '',
  action_id       INTEGER REFERENCES actions(id) ON DELETE SET NULL,
  recorded_by     INTEGER REFERENCES users(id) ON DELETE SET NULL,
  recorded_at     TEXT NOT NULL,
  CHECK (ico_told = 0 OR ico_told_at IS NOT NULL)
);
CREATE INDEX privacy_breaches_aware ON privacy_breaches(aware_at);

-- The privacy notice as versioned text. Publishing a version makes it the
-- one consent is given against: settings 'feedback_privacy_notice' holds
-- its version and 'privacy_notice_text' its text, which the public program
-- reads (it may read settings and nothing of this table).
-- @data privacy_notices subject: staff; category: employee records (who published a notice);
-- @data privacy_notices purpose: showing which notice each consent was given against;
-- @data privacy_notices basis: legal obligation; retention: while consents given against it are kept;
-- @data privacy_notices person: published_by; erasure: clear published_by
CREATE TABLE privacy_notices (
  version      TEXT PRIMARY KEY CHECK (length(version) BETWEEN 1 AND 20
               AND version NOT GLOB '*[^A-Za-z0-9.-]*'),
  body         TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  change_note  TEXT NOT NULL DEFAULT '',
  published_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  published_at TEXT NOT NULL
);

-- A subject-access bundle gathers the audit rows about a person's records
-- (who viewed or exported them) by target; without this index that is a
-- walk of the whole audit trail per table.
CREATE INDEX audit_target ON audit(target_type, target_id) WHERE target_id IS NOT NULL;
