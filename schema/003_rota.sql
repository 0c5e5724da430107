-- 003_rota.sql: staff rotas, cover requirements, the Working Time
-- Regulations record (breaches and their acknowledgements), leave and
-- unavailability, shift swaps and calendar feeds.
-- Times are UTC ISO 8601 text; local_date is the Europe/London date a
-- shift starts on (the grid is drawn from it).

-- Equipment that can be booked with a shift (headsets, desks, vehicles);
-- one item cannot be on two overlapping shifts.
-- @data rota_equipment subject: none
CREATE TABLE rota_equipment (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 60),
  kind TEXT NOT NULL CHECK (kind IN ('headset', 'desk', 'vehicle', 'other'))
);

-- @data shifts subject: staff; category: employee records (rostered working time);
-- @data shifts purpose: planning cover and keeping the working-time record;
-- @data shifts basis: legal obligation; retention: 2 years after end_utc; expiry: delete;
-- @data shifts person: user_id;
-- @data shifts erasure: keep working-time records must be kept 2 years (Working Time Regulations 1998)
CREATE TABLE shifts (
  id            INTEGER PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  local_date    TEXT NOT NULL,               -- YYYY-MM-DD, Europe/London
  start_utc     TEXT NOT NULL,
  end_utc       TEXT NOT NULL CHECK (end_utc > start_utc),
  start_local   TEXT NOT NULL,               -- HH:MM as entered
  end_local     TEXT NOT NULL,               -- HH:MM (earlier than start: next day)
  break_minutes INTEGER NOT NULL DEFAULT 0 CHECK (break_minutes BETWEEN 0 AND 240),
  role          TEXT NOT NULL CHECK (role IN ('phones', 'email', 'floor', 'team_leader')),
  location      TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 60),
  equipment_id  INTEGER REFERENCES rota_equipment(id) ON DELETE SET NULL,
  changed_after_publish INTEGER NOT NULL DEFAULT 0 CHECK (changed_after_publish IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
-- The week grid reads one week of dates; the covering index answers it
-- without touching the table.
CREATE INDEX shifts_week ON shifts(local_date, user_id, start_utc, end_utc, break_minutes, role,
                                   location, start_local, end_local, equipment_id,
                                   changed_after_publish, id);
CREATE INDEX shifts_user ON shifts(user_id, start_utc);
-- The grid picks a team's people; without this SQLite builds a temporary
-- index on users for every page.
CREATE INDEX IF NOT EXISTS users_team ON users(team_id);
CREATE INDEX shifts_equipment ON shifts(equipment_id, start_utc) WHERE equipment_id IS NOT NULL;

-- A week (ISO, "2026-W48") is a draft until a manager publishes it.
-- @data rota_weeks subject: staff; category: employee records (who published a week);
-- @data rota_weeks purpose: showing when a rota became final; basis: contract;
-- @data rota_weeks retention: while the week is on the rota; person: published_by; erasure: clear published_by
CREATE TABLE rota_weeks (
  week         TEXT PRIMARY KEY CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
  published_at TEXT NOT NULL,
  published_by INTEGER REFERENCES users(id) ON DELETE SET NULL
);

-- @data rota_changes subject: staff; category: employee records (changes to a published week);
-- @data rota_changes purpose: telling people when their published shifts change; basis: contract;
-- @data rota_changes retention: 2 years after at; expiry: delete; person: user_id; erasure: delete
CREATE TABLE rota_changes (
  id       INTEGER PRIMARY KEY,
  week     TEXT NOT NULL,
  user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  at       TEXT NOT NULL,
  summary  TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 300)
);
CREATE INDEX rota_changes_user ON rota_changes(user_id, week);

-- date_of_birth is held ONLY to apply the young workers' rules.
-- skills: the roles the person may work, comma separated.
-- @data rota_people subject: staff; category: employee records (date of birth, opt-out of the 48-hour week, skills);
-- @data rota_people purpose: applying the working-time rules (young workers, opt-out) and the roles a person may work;
-- @data rota_people basis: legal obligation; retention: while the account exists;
-- @data rota_people person: user_id;
-- @data rota_people erasure: keep the opt-out agreement is a working-time record (Working Time Regulations 1998)
CREATE TABLE rota_people (
  user_id        INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  date_of_birth  TEXT,
  opt_out_date   TEXT,
  opt_out_by     INTEGER REFERENCES users(id) ON DELETE SET NULL,
  skills         TEXT NOT NULL DEFAULT 'phones,email,floor'
);

-- Working-time breaches found at the last save touching the person; the
-- grid shows them. Rebuilt per person for the weeks a save can affect.
-- @data rota_breaches subject: staff; category: employee records (working-time breaches found);
-- @data rota_breaches purpose: keeping within the Working Time Regulations; basis: legal obligation;
-- @data rota_breaches retention: while the shift is kept (deleted with it); person: user_id;
-- @data rota_breaches erasure: keep working-time records must be kept 2 years (Working Time Regulations 1998)
CREATE TABLE rota_breaches (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  rule         TEXT NOT NULL,
  period_start TEXT NOT NULL,                -- UTC: the key of the breach
  shift_id     INTEGER REFERENCES shifts(id) ON DELETE CASCADE,
  local_date   TEXT NOT NULL,
  detail       TEXT NOT NULL
);
CREATE INDEX rota_breaches_date ON rota_breaches(local_date);
CREATE INDEX rota_breaches_user ON rota_breaches(user_id, period_start);

-- Acknowledgements of breaches by a manager, with the reason: kept even
-- when the breach goes away (category: records of who did what; lawful
-- basis: legal obligation; retention: 2 years).
-- @data rota_breach_acks subject: staff; category: records of who did what (breach acknowledgements);
-- @data rota_breach_acks purpose: showing a manager accepted a breach and why; basis: legal obligation;
-- @data rota_breach_acks retention: 2 years after at; expiry: delete; person: user_id,acknowledged_by;
-- @data rota_breach_acks erasure: keep working-time records must be kept 2 years (Working Time Regulations 1998)
CREATE TABLE rota_breach_acks (
  id              INTEGER PRIMARY KEY,
  user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  rule            TEXT NOT NULL,
  period_start    TEXT NOT NULL,
  detail          TEXT NOT NULL,
  reason          TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  acknowledged_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  at              TEXT NOT NULL
);
CREATE INDEX rota_breach_acks_key ON rota_breach_acks(user_id, rule, period_start);

-- Cover needed: how many people in a role from start to end on a weekday
-- (1 Monday .. 7 Sunday), minutes after local midnight, in 30-minute steps.
-- @data rota_cover subject: none
CREATE TABLE rota_cover (
  id        INTEGER PRIMARY KEY,
  weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1410 AND start_min % 30 = 0),
  end_min   INTEGER NOT NULL CHECK (end_min BETWEEN 30 AND 1440 AND end_min % 30 = 0 AND end_min > start_min),
  role      TEXT NOT NULL CHECK (role IN ('phones', 'email', 'floor', 'team_leader')),
  needed    INTEGER NOT NULL CHECK (needed BETWEEN 1 AND 500)
);
CREATE INDEX rota_cover_day ON rota_cover(weekday, start_min);

-- Unavailability is recorded as approved; leave waits for a manager.
-- @data rota_leave subject: staff; category: employee records (leave and unavailability);
-- @data rota_leave purpose: planning cover and managing annual leave; basis: contract;
-- @data rota_leave retention: 2 years after to_date; expiry: delete; person: user_id,decided_by;
-- @data rota_leave erasure: keep leave records back holiday pay and working-time records (2 years)
CREATE TABLE rota_leave (
  id          INTEGER PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('leave', 'unavailable')),
  from_date   TEXT NOT NULL,
  to_date     TEXT NOT NULL CHECK (to_date >= from_date),
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 300),
  status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused', 'cancelled')),
  decided_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
  decided_at  TEXT,
  reason      TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 300),
  created_at  TEXT NOT NULL
);
CREATE INDEX rota_leave_user ON rota_leave(user_id, from_date);

-- Shift swaps: offered by the shift's holder, accepted by a colleague,
-- approved or refused by a manager (category: employee records; lawful
-- basis: contract; retention: 2 years).
-- @data rota_swaps subject: staff; category: employee records (shift swaps);
-- @data rota_swaps purpose: letting colleagues swap shifts with a manager's approval; basis: contract;
-- @data rota_swaps retention: 2 years after created_at; expiry: delete; person: offered_by,accepted_by,decided_by;
-- @data rota_swaps erasure: keep part of the working-time record (2 years)
CREATE TABLE rota_swaps (
  id          INTEGER PRIMARY KEY,
  shift_id    INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
  offered_by  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  accepted_by INTEGER REFERENCES users(id) ON DELETE CASCADE,
  status      TEXT NOT NULL CHECK (status IN ('offered', 'accepted', 'approved', 'refused', 'withdrawn')),
  reason      TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 300),
  decided_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX rota_swaps_shift ON rota_swaps(shift_id);

-- Calendar feeds: a secret URL per person; only the BLAKE2b hash of the
-- secret is kept (category: technical identifiers; lawful basis:
-- legitimate interest; retention: until revoked).
-- @data rota_feeds subject: staff; category: technical identifiers (hash of a calendar feed secret);
-- @data rota_feeds purpose: a personal calendar feed of one's shifts; basis: legitimate interests;
-- @data rota_feeds retention: while the feed is not revoked; person: user_id; erasure: delete
CREATE TABLE rota_feeds (
  user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
