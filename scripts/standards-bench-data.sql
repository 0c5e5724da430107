-- standards-bench-data.sql: the data set the standards, SLA and team pages
-- are measured with (scripts/bench.sh loads it into the bench's demo
-- database): 100 more staff accounts (106 staff in all), 200 standards of
-- 3 versions each with version 3 acknowledged by about 60% of the staff,
-- RACI rows, 50 SLAs and 300 meetings with 4 attendees each.
BEGIN IMMEDIATE;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO users (username, display_name, job_title, team_id, roles, password_hash, created_at, updated_at, password_changed_at)
SELECT 'bench' || i, 'Bench Adviser ' || i, 'Customer Adviser', (SELECT min(id) FROM teams), 4,
       (SELECT password_hash FROM users WHERE username = 'staff1'),
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO standards (title, principle, owner_id, review_date, current_version, created_at, updated_at)
SELECT 'Bench standard ' || printf('%03d', i),
       CASE i % 5 WHEN 0 THEN 'reliability' WHEN 1 THEN 'responsiveness' WHEN 2 THEN 'assurance'
                  WHEN 3 THEN 'empathy' ELSE 'tangibles' END,
       (SELECT id FROM users WHERE username = 'manager'), date('now', (i - 20) || ' days'), 3,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-90 days'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 days')
FROM n;
WITH RECURSIVE v(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM v WHERE k < 3)
INSERT INTO standard_versions (standard_id, version, commitment, details, change_note, published_by, published_at)
SELECT s.id, v.k, 'Answer ' || (80 + v.k * 3) || '% of contacts within ' || (40 - v.k * 5) || ' seconds',
       'Measured weekly from the telephony and email reports.', 'Bench version ' || v.k,
       s.owner_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (30 * (4 - v.k)) || ' days')
FROM standards s, v WHERE s.title LIKE 'Bench standard %';
INSERT INTO standard_acks (version_id, user_id, acknowledged_at)
SELECT v.id, u.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 hours')
FROM standard_versions v JOIN standards s ON s.id = v.standard_id, users u
WHERE s.title LIKE 'Bench standard %' AND v.version = 3 AND (u.roles & 4) <> 0 AND (u.id + s.id) % 5 < 3;
INSERT INTO raci (subject_type, subject_id, user_id, letter)
SELECT 'standard', s.id, u.id, CASE u.username WHEN 'manager' THEN 'A' WHEN 'staff1' THEN 'R' ELSE 'I' END
FROM standards s, users u WHERE s.title LIKE 'Bench standard %' AND u.username IN ('manager', 'staff1', 'staff2');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO slas (title, customer, promise, metric, target_value, target_unit, period, responsible_id, on_breach, created_at, updated_at)
SELECT 'Bench SLA ' || printf('%02d', i), 'Customer group ' || i, 'A first response.', 'Time to first response',
       1 + i % 3, 'working_days', 'monthly', (SELECT id FROM users WHERE username = 'staff5'), 'Call the customer.',
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO meetings (held_on, title, minutes, decisions, created_by, created_at)
SELECT date('now', '-' || i || ' days'), 'Bench meeting ' || i, 'Reviewed the week.', 'Keep going.',
       (SELECT id FROM users WHERE username = 'manager'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM n;
INSERT INTO meeting_attendees (meeting_id, user_id)
SELECT m.id, u.id FROM meetings m, users u
WHERE m.title LIKE 'Bench meeting %' AND u.username IN ('manager', 'staff1', 'staff2', 'staff3');
COMMIT;
