-- 008_sla_iso_weekdays.sql: an SLA's working weekdays (slas.days_mask)
-- follow the one weekday numbering of the code, ISO 8601 (core/caltime.h:
-- 1 Monday .. 7 Sunday): bit 0 Monday .. bit 6 Sunday (BIZ_DAY_BIT in
-- core/bizclock.h), so Monday to Friday is 31. Masks were stored Sunday
-- first (bit 0 Sunday .. bit 6 Saturday, Monday to Friday 62): every bit
-- moves down one place and Sunday's goes to the top. The table is rebuilt,
-- as SQLite alters no default, so that its default says Monday to Friday
-- in the new order; nothing references slas, so dropping the old table
-- touches no other row.

CREATE TABLE slas_iso (
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
  days_mask      INTEGER NOT NULL DEFAULT 31 CHECK (days_mask BETWEEN 0 AND 127), -- bit 0 Monday .. bit 6 Sunday
  holiday_region TEXT NOT NULL DEFAULT 'england-and-wales'
                 CHECK (holiday_region IN ('england-and-wales', 'none')),
  responsible_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  on_breach      TEXT NOT NULL DEFAULT '',
  kpi_id         INTEGER REFERENCES kpis(id) ON DELETE SET NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (close_minutes > open_minutes)
);

INSERT INTO slas_iso (id, title, customer, promise, metric, target_value, target_unit, period,
                      open_minutes, close_minutes, days_mask, holiday_region, responsible_id,
                      on_breach, kpi_id, created_at, updated_at)
SELECT id, title, customer, promise, metric, target_value, target_unit, period,
       open_minutes, close_minutes, (days_mask >> 1) | ((days_mask & 1) << 6), holiday_region,
       responsible_id, on_breach, kpi_id, created_at, updated_at
FROM slas;

DROP TABLE slas;
ALTER TABLE slas_iso RENAME TO slas;
