#!/bin/bash
# bench-portfolio.sh: the portfolio measurements of `make bench` (called by
# bench.sh, or on its own), on a stack of its own:
#
#   healthz        /healthz, the baseline of the same run
#   matrix         the criteria matrix of unit 000 for the demo manager, a
#                  learner with 300 more evidence items mapped to it (each
#                  to two or three of its criteria), as the learner sees it
#                  (live); required: at least 0.33 of /healthz's requests/s
#   matrix-snap    the same matrix as the assessor sees it, from the 300
#                  items' snapshots: every view is audited (a write), so
#                  this one measures a committed transaction per request
#
# The table goes to standard output and is appended to OUT (default
# test-output/bench.txt). Environment: BENCH_SECONDS (10), BENCH_THREADS
# (2), BENCH_CONNECTIONS (32), WORKERS (4), PORTFOLIO_ITEMS (300).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ITEMS=${PORTFOLIO_ITEMS:-300}
. "$ROOT/scripts/bench-lib.sh"
bench_setup portfolio

"$ROOT/scripts/run.sh" --background
DB=$RUN_DIR/frontline-demo.db

# The data: ITEMS reflective accounts of the demo manager, each mapped to
# two or three of unit 000's criteria, then submitted as unit 000's
# second submission (the first is assessed in the demo) for the assessor.
sqlite3 -cmd '.timeout 5000' "$DB" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ITEMS)
INSERT INTO pf_evidence (learner_id, kind, title, happened, did, why, result, differently, author_id, created_at, updated_at)
SELECT u.id, 'reflection', 'Bench reflection ' || i, 'What happened, item ' || i, 'What I did about it', 'Why I did it', 'The result',
       'What I would change', u.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM n, users u WHERE u.username = 'manager';
INSERT INTO pf_mappings (evidence_id, criterion_id, rationale, created_at)
SELECT e.id, c.id, 'It shows the criterion in practice.', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM pf_evidence e JOIN pf_criteria c JOIN pf_units un ON un.id = c.unit_id
WHERE e.title LIKE 'Bench reflection %' AND un.code = '000' AND (e.id + c.position) % 4 < 2;
SQL
items=$(sqlite3 "$DB" "SELECT count(DISTINCT m.evidence_id) FROM pf_mappings m JOIN pf_criteria c ON c.id = m.criterion_id JOIN pf_units u ON u.id = c.unit_id WHERE u.code = '000'")
pairs=$(sqlite3 "$DB" "SELECT count(*) FROM pf_mappings m JOIN pf_criteria c ON c.id = m.criterion_id JOIN pf_units u ON u.id = c.unit_id WHERE u.code = '000'")
learner=$(sqlite3 "$DB" "SELECT id FROM users WHERE username = 'manager'")
unit=$(sqlite3 "$DB" "SELECT id FROM pf_units WHERE code = '000'")
MATRIX="/portfolio/learners/$learner/units/$unit"

learner_session=$(bench_sign_in "$RUN_DIR/jar-manager" manager)
assessor_session=$(bench_sign_in "$RUN_DIR/jar-assessor" assessor)
[ -n "$learner_session" ] && [ -n "$assessor_session" ] || { echo "bench-portfolio.sh: signing in failed" >&2; exit 1; }

# The learner submits unit 000 again (the 300 items become snapshots).
jar=$RUN_DIR/jar-manager
token=$(curl -fsS --max-time 10 -b "$jar" "$BASE/portfolio/learners/$learner" | sed -n 's/.*name="csrf_token" value="\([0-9a-f]\{64\}\)".*/\1/p' | head -n 1)
status=$(curl -sS --max-time 60 -o /dev/null -w '%{http_code}' -b "$jar" -H "Origin: $BASE" --data-urlencode "csrf_token=$token" "$BASE/portfolio/units/$unit/submit")
[ "$status" = 303 ] || { echo "bench-portfolio.sh: submitting unit 000 answered $status" >&2; exit 1; }
snapshots=$(sqlite3 "$DB" "SELECT count(*) FROM pf_snapshots WHERE submission_id = (SELECT max(id) FROM pf_submissions)")

columns=$(curl -fsS --max-time 10 -H "Cookie: fl_session=$learner_session" "$BASE$MATRIX" | grep -o '<th><a href="/portfolio/evidence/' | wc -l)
[ "$columns" -ge "$ITEMS" ] || { echo "bench-portfolio.sh: the matrix showed $columns evidence columns, not $ITEMS or more" >&2; exit 1; }
bytes=$(curl -fsS --max-time 10 -H "Cookie: fl_session=$learner_session" "$BASE$MATRIX" | wc -c)

# run_wrk NAME PATH [COOKIE]: sets RPS_x, P99_x, ERR_x, N_x for NAME.
run_wrk() {
	if [ $# -ge 3 ]; then bench_wrk "$1" "$BASE$2" -H "Cookie: fl_session=$3"; else bench_wrk "$1" "$BASE$2"; fi
}

# Warm-up, not recorded: each worker prepares its statements once.
timeout 20 wrk -t "$THREADS" -c "$CONNECTIONS" -d 2s -H "Cookie: fl_session=$learner_session" "$BASE$MATRIX" >/dev/null 2>&1 || true
run_wrk healthz /healthz
run_wrk matrix "$MATRIX" "$learner_session"
run_wrk matrixsnap "$MATRIX" "$assessor_session"

{
	echo
	echo "Portfolio, $(date -u '+%Y-%m-%d %H:%M UTC'): wrk $THREADS threads, $CONNECTIONS connections, ${SECONDS_EACH}s each; $WORKERS intranet workers"
	echo "unit 000's matrix: $items evidence items ($pairs mappings), $columns columns, $bytes bytes; assessor's view from $snapshots snapshots"
	printf '%-12s %-34s %12s %10s %11s %10s %8s\n' endpoint path requests/s p99-ms vs-healthz requests errors
	for name in healthz matrix matrixsnap; do
		case $name in healthz) path=/healthz ;; matrix) path="matrix, learner (live)" ;; matrixsnap) path="matrix, assessor (snapshots, audited)" ;; esac
		rps=RPS_$name p99=P99_$name n=N_$name err=ERR_$name
		ratio=$(awk -v a="${!rps}" -v b="$RPS_healthz" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')
		printf '%-12s %-34s %12s %10s %11s %10s %8s\n' "$name" "$path" "${!rps}" "${!p99}" "$ratio" "${!n}" "${!err}"
	done
	awk -v m="$RPS_matrix" -v h="$RPS_healthz" 'BEGIN { printf "criteria matrix with %s evidence items: %.3f of /healthz requests/s (required: at least 0.33) %s\n", "'"$items"'", m / h, (m / h >= 0.33 ? "ok" : "TOO SLOW") }'
	for name in healthz matrix matrixsnap; do
		err=ERR_$name
		[ "${!err}" -eq 0 ] || echo "WARNING: $name had ${!err} errors; its figures are not comparable"
	done
} | tee -a "$OUT"
