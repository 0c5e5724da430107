#!/bin/bash
# bench-feedback.sh: the customer feedback measurements of `make bench`
# (called by bench.sh, or on its own), on a stack of its own:
#
#   1. raw-commit    the raw commit rate of SQLite (WAL, synchronous=FULL)
#                    on the same disk in the same run: one small insert per
#                    transaction, from the sqlite3 shell
#   2. submit        public form submissions per second through nginx
#                    (wrk POSTs, each one a FULL-sync transaction with the
#                    rate-limit count and the daily totals), and its ratio
#                    to raw-commit
#   3. analysis      the analysis page over 100,000 responses (a year,
#                    weekly trend): requests/s and p99
#
# The table goes to standard output and is appended to OUT (default
# test-output/bench.txt). Environment: BENCH_SECONDS (10), BENCH_THREADS
# (2), BENCH_CONNECTIONS (32), WORKERS (4), FEEDBACK_RESPONSES (100000).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RESPONSES=${FEEDBACK_RESPONSES:-100000}
# The bench posts thousands of forms from one address: lift the rate limit.
export FRONTLINE_FEEDBACK_LIMIT=999999999
. "$ROOT/scripts/bench-lib.sh"
bench_setup feedback

# 1. Raw commit rate on the same disk (the stack's run directory): a
#    calibration run of 200 commits, then about BENCH_SECONDS worth.
raw_commits() {
	local n=$1 db=$RUN_DIR/raw-commit.db sqlfile=$RUN_DIR/raw-commit.sql
	rm -f "$db" "$db-wal" "$db-shm"
	sqlite3 "$db" "PRAGMA journal_mode=WAL; CREATE TABLE r (id INTEGER PRIMARY KEY, at TEXT, touchpoint TEXT, csat INTEGER, nps INTEGER, comment TEXT);" >/dev/null
	{
		echo "PRAGMA synchronous=FULL;"
		awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) printf "INSERT INTO r (at, touchpoint, csat, nps, comment) VALUES (%c2026-11-23T09:00:00Z%c, %cweb%c, 4, 9, %cHelpful and quick%c);\n", 39, 39, 39, 39, 39, 39 }'
	} >"$sqlfile"
	local start end
	start=$(date +%s%N)
	sqlite3 "$db" <"$sqlfile"
	end=$(date +%s%N)
	awk -v n="$n" -v ns=$((end - start)) 'BEGIN { printf "%.1f", n / (ns / 1e9) }'
}
echo "bench: raw SQLite commits (WAL, synchronous=FULL)..." >&2
estimate=$(raw_commits 200)
count=$(awk -v r="$estimate" -v s="$SECONDS_EACH" 'BEGIN { n = int(r * s); if (n < 200) n = 200; if (n > 300000) n = 300000; print n }')
RAW_BEFORE=$(raw_commits "$count")

"$ROOT/scripts/run.sh" --background

# 2. Submissions: the form's token cookie and hidden field, then wrk POSTs.
jar=$RUN_DIR/cookies.txt
page=$(curl -fsS --max-time 10 -c "$jar" -b "$jar" "$BASE/feedback/how-did-we-do")
token=$(printf '%s' "$page" | sed -n 's/.*name="csrf_token" value="\([0-9a-f]\{64\}\)".*/\1/p' | head -n 1)
[ -n "$token" ] || { echo "bench-feedback.sh: no csrf_token on the form" >&2; exit 1; }
# Each request is a new form, with a submission key of its own (a key
# sent twice is stored once): thread number and a counter, in hex.
cat >"$RUN_DIR/submit.lua" <<LUA
local body = "csrf_token=$token&form_version=1&touchpoint=web&csat=4&nps=9&sq_e1=6&sq_e2=7&sq_e3=6&sq_e4=5&sq_e5=6&sq_p1=5&sq_p2=6&sq_p3=3&sq_p4=5&sq_p5=6&comment=Helpful+and+quick&website="
local threads = 0
function setup(thread)
	threads = threads + 1
	thread:set("thread_number", threads)
end
local sent = 0
function request()
	sent = sent + 1
	local key = string.format("%08x%08x%016x", $(date +%s), thread_number or 0, sent)
	return wrk.format("POST", nil, {
		["Content-Type"] = "application/x-www-form-urlencoded",
		["Cookie"] = "fl_form=$token",
	}, body .. "&submission=" .. key)
end
LUA
first="csrf_token=$token&form_version=1&touchpoint=web&csat=4&nps=9&comment=first&submission=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
status=$(curl -sS -o /dev/null -w '%{http_code}' -b "fl_form=$token" --data "$first" "$BASE/feedback/how-did-we-do")
[ "$status" = 303 ] || { echo "bench-feedback.sh: a test submission answered $status, not 303" >&2; exit 1; }

# run_wrk NAME URL [ARGS...]: sets RPS_x, P99_x, ERR_x, N_x for NAME.
run_wrk() { bench_wrk "$@"; }
db=$RUN_DIR/frontline-demo.db
before=$(sqlite3 "$db" "SELECT count(*) FROM feedback_responses")
run_wrk submit "$BASE/feedback/how-did-we-do" -s "$RUN_DIR/submit.lua"
after=$(sqlite3 "$db" "SELECT count(*) FROM feedback_responses")
stored=$((after - before))
# The disk is shared and its fsync rate drifts: measure the raw rate again
# right after, and compare with the mean of the two.
echo "bench: raw SQLite commits again..." >&2
RAW_AFTER=$(raw_commits "$count")
RAW=$(awk -v a="$RAW_BEFORE" -v b="$RAW_AFTER" 'BEGIN { printf "%.1f", (a + b) / 2 }')

# 3. The analysis page over RESPONSES responses spread over the last year
#    (generated straight into the database; the trigger keeps the daily
#    totals as the public program's inserts do).
echo "bench: generating $RESPONSES feedback responses..." >&2
sqlite3 "$db" <<SQL >/dev/null
PRAGMA busy_timeout = 10000;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $RESPONSES)
INSERT INTO feedback_responses (form_id, form_version, submitted_at, day, touchpoint, csat, nps, comment,
  sq_e1, sq_e2, sq_e3, sq_e4, sq_e5, sq_p1, sq_p2, sq_p3, sq_p4, sq_p5)
SELECT 1, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (i % 365) || ' days', '-' || (i % 600) || ' minutes'),
  date('now', 'localtime', '-' || (i % 365) || ' days'),
  CASE i % 4 WHEN 0 THEN 'phone' WHEN 1 THEN 'email' WHEN 2 THEN 'in_person' ELSE 'web' END,
  1 + (i * 7) % 5, (i * 13) % 11, CASE WHEN i % 3 = 0 THEN '' ELSE 'generated comment ' || i END,
  6, 6, 6, 6, 6, 5, 5, 4, 6, 5
FROM n;
COMMIT;
SQL
session=$(bench_sign_in "$RUN_DIR/manager.txt" manager)
[ -n "$session" ] || { echo "bench-feedback.sh: signing in as manager failed" >&2; exit 1; }
from=$(date -d '364 days ago' +%F)
to=$(date +%F)
analysis="$BASE/customer-feedback/analysis?form=1&version=1&from=$from&to=$to&grain=week"
total=$(sqlite3 "$db" "SELECT count(*) FROM feedback_responses WHERE form_id = 1")
curl -fsS --max-time 10 -H "Cookie: fl_session=$session" "$analysis" | grep -q 'id="weakest-dimension"' || {
	echo "bench-feedback.sh: the analysis page did not answer" >&2
	exit 1
}
run_wrk analysis "$analysis" -H "Cookie: fl_session=$session"
# The same page with as many managers as workers (no queueing behind
# other requests): the page's own latency.
CONNECTIONS_SAVED=$CONNECTIONS
CONNECTIONS=$WORKERS
run_wrk analysis4 "$analysis" -H "Cookie: fl_session=$session"
CONNECTIONS=$CONNECTIONS_SAVED

mkdir -p "$(dirname "$OUT")"
{
	echo
	echo "Customer feedback, $(date -u '+%Y-%m-%d %H:%M UTC'): wrk $THREADS threads, $CONNECTIONS connections, ${SECONDS_EACH}s each; $WORKERS workers per program"
	printf '%-12s %-44s %12s %10s %10s %8s\n' measure what per-second p99-ms requests errors
	printf '%s\n' "----------------------------------------------------------------------------------------------------"
	printf '%-12s %-44s %12s %10s %10s %8s\n' raw-commit "sqlite3, WAL, FULL, 1 row/commit, before" "$RAW_BEFORE" - "$count" 0
	printf '%-12s %-44s %12s %10s %10s %8s\n' raw-commit "the same, after the submit run" "$RAW_AFTER" - "$count" 0
	printf '%-12s %-44s %12s %10s %10s %8s\n' submit "POST /feedback/how-did-we-do (303, FULL sync)" "$RPS_submit" "$P99_submit" "$N_submit" "$ERR_submit"
	printf '%-12s %-44s %12s %10s %10s %8s\n' analysis "analysis, $total responses, $CONNECTIONS conns" "$RPS_analysis" "$P99_analysis" "$N_analysis" "$ERR_analysis"
	printf '%-12s %-44s %12s %10s %10s %8s\n' analysis "the same, $WORKERS connections" "$RPS_analysis4" "$P99_analysis4" "$N_analysis4" "$ERR_analysis4"
	awk -v s="$RPS_submit" -v r="$RAW" 'BEGIN { printf "submissions / raw commits (mean of before and after, %s/s): %.2f (aim: 0.80 or more)\n", r, s / r }'
	echo "responses stored during the submit run: $stored (wrk counted $N_submit requests)"
	awk -v p="$P99_analysis" -v q="$P99_analysis4" -v c="$CONNECTIONS" -v w="$WORKERS" 'BEGIN {
		printf "analysis p99 (aim: under 50 ms): %s ms with %s connections (%s), %s ms with %s (%s)\n",
			p, c, (p + 0 < 50 ? "met" : "NOT met"), q, w, (q + 0 < 50 ? "met" : "NOT met") }'
} | tee -a "$OUT"
