#!/bin/bash
# bench-checklists.sh: the compliance checklists' measurement of `make
# bench` (called by bench.sh, or on its own), on a stack of its own: the
# compliance dashboard (/checklists/dashboard) with 50 generated templates
# on top of the demo's, 5,000 signed-off runs over the last year and the
# actions raised from their failed items, against /healthz measured in the
# same run. Required: at least 0.33 of /healthz's requests per second.
#
# The table goes to standard output and is appended to OUT (default
# test-output/bench.txt). Environment: BENCH_SECONDS (10), BENCH_THREADS
# (2), BENCH_CONNECTIONS (32), WORKERS (4), CHECKLIST_TEMPLATES (50),
# CHECKLIST_RUNS (5000).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TEMPLATES=${CHECKLIST_TEMPLATES:-50}
RUNS=${CHECKLIST_RUNS:-5000}
. "$ROOT/scripts/bench-lib.sh"
bench_setup checklists

"$ROOT/scripts/run.sh" --background
db=$RUN_DIR/frontline-demo.db

# The data: TEMPLATES templates of 2 sections of 5 items (one failing
# item in ten runs answered, an action raised from it), a monthly
# schedule each for a demo team, RUNS signed-off runs over the last year.
echo "bench: generating $TEMPLATES checklist templates and $RUNS runs..." >&2
sqlite3 "$db" <<SQL >/dev/null
PRAGMA busy_timeout = 10000;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $TEMPLATES)
INSERT INTO checklist_templates (slug, current_version, origin, created_at, updated_at)
SELECT 'bench-' || i, 1, 'manager', strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-400 days'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-400 days') FROM n;
INSERT INTO checklist_versions (template_id, version, title, pass_mark, amber_band, created_at)
SELECT id, 1, 'Bench checklist ' || substr(slug, 7), 85, 10, created_at FROM checklist_templates WHERE slug LIKE 'bench-%';
INSERT INTO checklist_sections (version_id, position, title)
SELECT v.id, p.p, 'Section ' || p.p FROM checklist_versions v JOIN checklist_templates t ON t.id = v.template_id
CROSS JOIN (SELECT 1 AS p UNION ALL SELECT 2) p WHERE t.slug LIKE 'bench-%';
INSERT INTO checklist_items (version_id, section_id, item_key, position, prompt, reference, kind, weight, mandatory)
SELECT s.version_id, s.id, hex(randomblob(8)), k.k, 'Bench item ' || k.k || ' of section ' || s.position,
  'Bench policy s.' || k.k, 'yesno', k.k, k.k = 1
FROM checklist_sections s JOIN checklist_versions v ON v.id = s.version_id JOIN checklist_templates t ON t.id = v.template_id
CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) k
WHERE t.slug LIKE 'bench-%';
INSERT INTO checklist_schedules (template_id, team_id, frequency, first_due, created_at)
SELECT t.id, 1 + t.id % 3, 'monthly', date('now', '-360 days'), t.created_at FROM checklist_templates t WHERE t.slug LIKE 'bench-%';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $RUNS),
bench(rn, tid, vid, sid, team) AS (SELECT row_number() OVER (ORDER BY t.id) - 1, t.id, v.id, s.id, s.team_id
  FROM checklist_templates t JOIN checklist_versions v ON v.template_id = t.id
  JOIN checklist_schedules s ON s.template_id = t.id WHERE t.slug LIKE 'bench-%')
INSERT INTO checklist_runs (template_id, version_id, schedule_id, team_id, due_date, status, score, rag, failed_count,
  started_by, started_at, submitted_at, signed_by, signed_name, signed_at)
SELECT b.tid, b.vid, b.sid, b.team, date('now', '-' || (n.i % 360) || ' days'), 'submitted',
  70 + (n.i * 37) % 31, CASE WHEN (n.i * 37) % 31 >= 15 THEN 'green' WHEN (n.i * 37) % 31 >= 5 THEN 'amber' ELSE 'red' END,
  n.i % 10 = 0, (SELECT id FROM users WHERE username = 'staff1'),
  strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (n.i % 360) || ' days', '-' || (n.i % 500) || ' minutes'),
  strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (n.i % 360) || ' days'),
  (SELECT id FROM users WHERE username = 'manager'), 'Daniel Okafor', strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (n.i % 360) || ' days')
FROM n JOIN bench b ON b.rn = n.i % $TEMPLATES;
INSERT INTO checklist_answers (run_id, item_id, value, outcome, earned, note, answered_at)
SELECT r.id, (SELECT min(i.id) FROM checklist_items i WHERE i.version_id = r.version_id), 'no', 'fail', 0,
  'Generated failure', r.started_at FROM checklist_runs r JOIN checklist_templates t ON t.id = r.template_id
WHERE t.slug LIKE 'bench-%' AND r.failed_count = 1;
INSERT INTO actions (kind, source_type, source_id, title, owner_id, due_date, status, created_at, updated_at)
SELECT 'corrective', 'checklist_item', a.id, 'Put right: generated failure ' || a.id, (SELECT id FROM users WHERE username = 'staff1'),
  date('now', printf('%+d days', a.id % 40 - 10)), CASE WHEN a.id % 4 = 0 THEN 'open' ELSE 'in_progress' END, a.answered_at, a.answered_at
FROM checklist_answers a JOIN checklist_runs r ON r.id = a.run_id JOIN checklist_templates t ON t.id = r.template_id
WHERE t.slug LIKE 'bench-%';
-- signed off last: a signed-off run takes no more answers
UPDATE checklist_runs SET status = 'signed_off' WHERE signed_name = 'Daniel Okafor' AND status = 'submitted'
  AND template_id IN (SELECT id FROM checklist_templates WHERE slug LIKE 'bench-%');
COMMIT;
SQL
total_templates=$(sqlite3 "$db" "SELECT count(*) FROM checklist_templates")
total_runs=$(sqlite3 "$db" "SELECT count(*) FROM checklist_runs")

session=$(bench_sign_in "$RUN_DIR/manager.txt" manager)
[ -n "$session" ] || { echo "bench-checklists.sh: signing in as manager failed" >&2; exit 1; }
DASH="$BASE/checklists/dashboard"
page=$(curl -fsS --max-time 10 -H "Cookie: fl_session=$session" "$DASH")
printf '%s' "$page" | grep -q "Bench checklist $TEMPLATES<" || {
	echo "bench-checklists.sh: the dashboard did not show the generated templates" >&2
	exit 1
}
# Warm-up: each worker builds the dashboard once (not recorded).
for _ in $(seq 1 $((WORKERS * 4))); do curl -fsS -o /dev/null --max-time 10 -H "Cookie: fl_session=$session" "$DASH"; done

# run_wrk NAME URL [ARGS...]: sets RPS_x, P99_x, ERR_x, N_x for NAME.
run_wrk() { bench_wrk "$@"; }
run_wrk healthz "$BASE/healthz"
run_wrk dashboard "$DASH" -H "Cookie: fl_session=$session"
run_wrk healthz2 "$BASE/healthz"

mkdir -p "$(dirname "$OUT")"
{
	echo
	echo "Compliance checklists, $(date -u '+%Y-%m-%d %H:%M UTC'): wrk $THREADS threads, $CONNECTIONS connections, ${SECONDS_EACH}s each; $WORKERS workers"
	printf '%-10s %-46s %12s %10s %10s %8s\n' measure what requests/s p99-ms requests errors
	printf '%s\n' "----------------------------------------------------------------------------------------------------"
	printf '%-10s %-46s %12s %10s %10s %8s\n' healthz "/healthz, before" "$RPS_healthz" "$P99_healthz" "$N_healthz" "$ERR_healthz"
	printf '%-10s %-46s %12s %10s %10s %8s\n' dashboard "/checklists/dashboard, $total_templates templates, $total_runs runs" "$RPS_dashboard" "$P99_dashboard" "$N_dashboard" "$ERR_dashboard"
	printf '%-10s %-46s %12s %10s %10s %8s\n' healthz "/healthz, after" "$RPS_healthz2" "$P99_healthz2" "$N_healthz2" "$ERR_healthz2"
	awk -v d="$RPS_dashboard" -v a="$RPS_healthz" -v b="$RPS_healthz2" 'BEGIN { h = (a + b) / 2;
		printf "compliance dashboard: %.3f of /healthz requests/s (mean of before and after, %.1f/s; required: at least 0.33) %s\n",
			d / h, h, (d / h >= 0.33 ? "ok" : "TOO SLOW") }'
	for e in "$ERR_healthz" "$ERR_dashboard" "$ERR_healthz2"; do
		[ "$e" -eq 0 ] || echo "WARNING: some requests failed; the figures are not comparable"
	done
} | tee -a "$OUT"
