-- 001_foundation.sql: organisation settings, teams, users and roles,
-- sessions, login throttling and the audit trail.
-- Times are UTC ISO 8601 text ("2026-11-23T09:00:00Z").

-- Organisation-wide settings (the organisation's name, notice versions).
-- @data settings subject: none
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('org_name', 'Frontline');

-- Teams people belong to (a contact centre's phones, email, floor teams).
-- @data teams subject: none
CREATE TABLE teams (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80)
);

-- roles is a bit set: 1 admin, 2 manager, 4 staff, 8 assessor.
-- @data users subject: staff; category: employee records (identity, job title, work email, sign-in);
-- @data users purpose: giving each member of staff an account and the roles they work in;
-- @data users basis: contract; retention: while the account exists (disabled, not deleted, when someone leaves);
-- @data users person: id; erasure: clear email,job_title; audit: user
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 32),
  display_name  TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  email         TEXT NOT NULL DEFAULT '',
  job_title     TEXT NOT NULL DEFAULT '',
  team_id       INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  roles         INTEGER NOT NULL DEFAULT 4 CHECK (roles BETWEEN 0 AND 15),
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  password_changed_at TEXT NOT NULL
);

-- Only a hash of the session token is stored.
-- @data sessions subject: staff; category: technical identifiers (hashed session token, address, browser);
-- @data sessions purpose: keeping people signed in and letting them end their sessions;
-- @data sessions basis: legitimate interests; retention: 1 day after last_seen; expiry: delete;
-- @data sessions person: user_id; erasure: delete
CREATE TABLE sessions (
  id          INTEGER PRIMARY KEY,
  token_hash  TEXT NOT NULL UNIQUE,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  last_seen   TEXT NOT NULL,
  ip          TEXT NOT NULL DEFAULT '',
  user_agent  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);

-- The username is as typed; no password is kept.
-- @data login_failures subject: staff; category: technical identifiers (username as typed, address);
-- @data login_failures purpose: slowing down guessing of passwords; basis: legitimate interests;
-- @data login_failures retention: 1 day after at; expiry: delete
CREATE TABLE login_failures (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  username TEXT NOT NULL,
  ip       TEXT NOT NULL
);
CREATE INDEX login_failures_user ON login_failures(username, at);
CREATE INDEX login_failures_ip ON login_failures(ip, at);

-- Never holds passwords, tokens or form contents.
-- @data audit subject: staff; category: records of who did what, and who viewed personal data;
-- @data audit purpose: accountability for changes and for access to personal data;
-- @data audit basis: legal obligation; retention: 6 years after at; expiry: delete;
-- @data audit person: user_id; erasure: keep the audit trail is the record of accountability the law asks for (6 years)
CREATE TABLE audit (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
  username    TEXT NOT NULL DEFAULT '',
  action      TEXT NOT NULL,
  target_type TEXT NOT NULL DEFAULT '',
  target_id   INTEGER,
  detail      TEXT NOT NULL DEFAULT '',
  ip          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit(at);
