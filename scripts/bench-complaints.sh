#!/bin/bash
# bench-complaints.sh: the complaints measurements of `make bench` (called
# by bench.sh, or on its own), on a stack of its own: 20,000 complaints
# (COMPLAINTS, a fifth of them open, across stages, owners, categories
# and deadlines), then with wrk, signed in as the manager:
#
#   healthz     /healthz, the trivial endpoint, in the same run
#   queue       /complaints, the open queue by next deadline (25 a page
#               and the count of matches)
#   overdue     /complaints?due=overdue&status=open, the overdue filter
#
# Asked: the queue at >= 0.33 of /healthz's requests per second, p99 under
# 25 ms. The table goes to standard output and is appended to OUT (default
# test-output/bench.txt). Environment: BENCH_SECONDS (10), BENCH_THREADS
# (2), BENCH_CONNECTIONS (32), WORKERS (4), COMPLAINTS (20000).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COMPLAINTS=${COMPLAINTS:-20000}
. "$ROOT/scripts/bench-lib.sh"
bench_setup complaints

"$ROOT/scripts/run.sh" --background
DB=$RUN_DIR/frontline-demo.db

# The data set: complaints spread over the last two years; one in five
# open (stage 2 for one in ten of those), owned by the staff and manager.
echo "bench: loading $COMPLAINTS complaints..." >&2
sqlite3 -cmd '.timeout 5000' "$DB" <<SQL
WITH n(i) AS (SELECT value FROM generate_series(1, $COMPLAINTS)),
     owners AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM users WHERE (roles & 6) <> 0),
     rows AS (SELECT i, date('now', '-' || (i % 730) || ' days') AS day, i % 5 = 0 AS open FROM n)
INSERT INTO complaints (received_at, received_day, channel, customer_name, what_happened, what_they_want,
  category_id, severity, owner_id, stage, status, ack_due, acknowledged_at, response_due, responded_at,
  next_due, closed_at, closed_day, decision, letter, root_cause, root_cause_day, created_at, updated_at)
SELECT day || 'T10:00:00Z', day,
  CASE i % 6 WHEN 0 THEN 'phone' WHEN 1 THEN 'email' WHEN 2 THEN 'letter' WHEN 3 THEN 'in_person' WHEN 4 THEN 'web' ELSE 'social' END,
  'Bench customer ' || i, 'Bench complaint number ' || i || ': the visit was missed.', 'A new visit',
  1 + i % 7, CASE i % 3 WHEN 0 THEN 'low' WHEN 1 THEN 'medium' ELSE 'high' END,
  (SELECT id FROM owners WHERE k = i % (SELECT count(*) FROM owners)),
  CASE WHEN open AND i % 10 = 0 THEN 2 ELSE 1 END, CASE WHEN open THEN 'open' ELSE 'closed' END,
  date(day, '+7 days'), day || 'T15:00:00Z', date(day, '+14 days'), CASE WHEN open THEN NULL ELSE date(day, '+9 days') || 'T12:00:00Z' END,
  CASE WHEN open THEN date('now', ((i * 7) % 40 - 20) || ' days') ELSE '' END,
  CASE WHEN open THEN NULL ELSE date(day, '+10 days') || 'T12:00:00Z' END, CASE WHEN open THEN NULL ELSE date(day, '+10 days') END,
  CASE WHEN open THEN '' ELSE 'upheld' END, CASE WHEN open THEN '' ELSE 'Bench letter' END,
  CASE i % 4 WHEN 0 THEN 'process' WHEN 1 THEN 'people' ELSE '' END, CASE i % 4 WHEN 0 THEN day WHEN 1 THEN day ELSE '' END,
  day || 'T10:00:00Z', day || 'T10:00:00Z'
FROM rows;
ANALYZE;
SQL
total=$(sqlite3 "$DB" 'SELECT count(*) FROM complaints')
open=$(sqlite3 "$DB" "SELECT count(*) FROM complaints WHERE status = 'open'")

# Sign in as the manager.
session=$(bench_sign_in "$RUN_DIR/cookies.txt" manager)
[ -n "$session" ] || { echo "bench-complaints.sh: signing in failed" >&2; exit 1; }
COOKIE="fl_session=$session"
curl -fsS --max-time 10 -H "Cookie: $COOKIE" "$BASE/complaints" | grep -q "$open complaints match" || {
	echo "bench-complaints.sh: the queue did not show the $open open complaints" >&2
	exit 1
}
# Warm-up, not recorded.
for _ in $(seq 1 $((WORKERS * 4))); do curl -fsS -o /dev/null --max-time 10 -H "Cookie: $COOKIE" "$BASE/complaints"; done

# run_wrk NAME PATH: sets RPS_x, P99_x, ERR_x for NAME.
run_wrk() { bench_wrk "$1" "$BASE$2" -H "Cookie: $COOKIE"; }
run_wrk healthz /healthz
run_wrk queue /complaints
run_wrk overdue '/complaints?status=open&due=overdue'

{
	echo
	echo "Complaints ($total complaints, $open open; $(date -u '+%Y-%m-%d %H:%M UTC'), wrk $THREADS threads, $CONNECTIONS connections, ${SECONDS_EACH}s each, $WORKERS workers)"
	printf '%-10s %-38s %12s %10s %11s %8s\n' endpoint path requests/s p99-ms vs-healthz errors
	for name in healthz queue overdue; do
		rps=RPS_$name p99=P99_$name err=ERR_$name
		case $name in healthz) path=/healthz ;; queue) path=/complaints ;; overdue) path='/complaints?status=open&due=overdue' ;; esac
		printf '%-10s %-38s %12s %10s %11s %8s\n' "$name" "$path" "${!rps}" "${!p99}" \
			"$(awk -v a="${!rps}" -v b="$RPS_healthz" 'BEGIN { printf "%.3f", a / b }')" "${!err}"
	done
	awk -v q="$RPS_queue" -v h="$RPS_healthz" -v p="$P99_queue" 'BEGIN {
		printf "complaints queue: %.3f of /healthz requests/s (asked: at least 0.33), p99 %.2f ms (asked: under 25) %s\n",
		       q / h, p, (q / h >= 0.33 && p < 25 ? "ok" : "NOT MET") }'
} | tee -a "$OUT"
