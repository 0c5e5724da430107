#!/bin/bash
# rota-bench-data.sh DB [TIMES]: adds the rota benchmark's data set to a
# Frontline database (rota): 200 staff in four teams of 50
# ("Bench team 1" to "Bench team 4") and 52 weeks of shifts for each of
# them (Monday to Friday, 09:00-17:00 London time with a 30-minute break,
# roles and locations varied), from 26 weeks before this week to 25 after.
# TIMES (default 1) multiplies the weeks of history: 10 gives a shift
# table ten times larger (the extra weeks lie further in the past).
# Running it again with a larger TIMES adds only the weeks not there yet.
# Prints the number of shifts and the id of Bench team 1.
set -eu
DB=${1:?usage: rota-bench-data.sh DB [TIMES]}
TIMES=${2:-1}
case $TIMES in ''|*[!0-9]*) echo "rota-bench-data.sh: TIMES must be a whole number" >&2; exit 2 ;; esac
WEEKS=$((52 * TIMES))
# SQLite's 'utc' modifier turns local time into UTC with the process's
# time zone, so London's summer time is right.
export TZ=Europe/London
sqlite3 -cmd '.timeout 10000' "$DB" <<SQL
BEGIN IMMEDIATE;
INSERT OR IGNORE INTO teams (name) VALUES ('Bench team 1'), ('Bench team 2'), ('Bench team 3'), ('Bench team 4');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT OR IGNORE INTO users (username, display_name, team_id, roles, password_hash, created_at, updated_at, password_changed_at)
SELECT printf('bench%03d', i), printf('Bench Person %03d', i),
       (SELECT id FROM teams WHERE name = 'Bench team ' || ((i - 1) / 50 + 1)), 4, '!', '2026-01-01T00:00:00Z',
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM n;
-- The Monday of this week, local time.
CREATE TEMP TABLE bench_monday AS SELECT date('now', 'localtime', 'weekday 0', '-6 days') AS d;
WITH RECURSIVE w(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM w WHERE k < $WEEKS - 1),
     days(dd) AS (SELECT 0 UNION ALL SELECT dd + 1 FROM days WHERE dd < 4),
     slots AS (SELECT date((SELECT d FROM bench_monday), printf('%+d days', (25 - k) * 7 + dd)) AS day FROM w, days),
     people AS (SELECT id, cast(substr(username, 6) AS INTEGER) AS n FROM users WHERE username GLOB 'bench[0-9][0-9][0-9]')
INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, break_minutes, role, location,
                    created_at, updated_at)
SELECT p.id, s.day,
       strftime('%Y-%m-%dT%H:%M:%SZ', s.day || ' 09:00', 'utc'), strftime('%Y-%m-%dT%H:%M:%SZ', s.day || ' 17:00', 'utc'),
       '09:00', '17:00', 30,
       CASE p.n % 10 WHEN 0 THEN 'team_leader' WHEN 1 THEN 'floor' WHEN 2 THEN 'email' WHEN 3 THEN 'email' ELSE 'phones' END,
       CASE p.n % 3 WHEN 0 THEN 'Head office' WHEN 1 THEN 'Home working' ELSE 'Leeds' END,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM slots s, people p
WHERE NOT EXISTS (SELECT 1 FROM shifts x WHERE x.user_id = p.id AND x.local_date = s.day);
COMMIT;
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
SELECT count(*) FROM shifts;
SELECT id FROM teams WHERE name = 'Bench team 1';
SQL
