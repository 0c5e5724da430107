-- 001_foundation.sql: organisation settings, teams, users and roles,
-- sessions, login throttling and the audit trail.
-- Times are UTC ISO 8601 text ("2026-11-23T09:00:00Z").

-- Organisation-wide settings (the organisation's name, notice versions).
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('org_name', 'Frontline');

-- Teams people belong to (a contact centre's phones, email, floor teams).
CREATE TABLE teams (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80)
);

-- Personal data: staff identity and contact (category: employee records;
-- lawful basis: contract of employment; retention: while employed plus
-- 6 years, then erased or anonymised).
-- roles is a bit set: 1 admin, 2 manager, 4 staff, 8 assessor.
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

-- Personal data: sign-in sessions (category: technical identifiers;
-- lawful basis: legitimate interest in securing the service; retention:
-- deleted at logout or expiry, at most 12 hours).
-- Only a hash of the session token is stored.
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

-- Personal data: failed sign-in attempts (category: technical identifiers;
-- lawful basis: legitimate interest in preventing account takeover;
-- retention: 1 day). The username is as typed; no password is kept.
CREATE TABLE login_failures (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  username TEXT NOT NULL,
  ip       TEXT NOT NULL
);
CREATE INDEX login_failures_user ON login_failures(username, at);
CREATE INDEX login_failures_ip ON login_failures(ip, at);

-- Personal data: the audit trail (category: records of who did what;
-- lawful basis: legal obligation and legitimate interest in accountability;
-- retention: 6 years). Never holds passwords, tokens or form contents.
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
