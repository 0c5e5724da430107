#!/bin/bash
# bench-privacy.sh: the data protection measurements of `make bench`
# (called by bench.sh, or on its own), on a stack of its own: how long a
# subject-access bundle takes for one person, a customer (found through
# the keyed hash index of their email) and a member of staff (every table
# the declarations tie to an account), as the page and as the zip, at demo
# scale and with every table the bundle reads grown tenfold. Each is
# measured with wrk on one connection (one bundle at a time: its own
# latency), beside /healthz in the same run.
#
# The table goes to standard output and is appended to OUT (default
# test-output/bench.txt). Environment: BENCH_SECONDS (5 per measure),
# WORKERS (4).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${BENCH_SECONDS:-5}
. "$ROOT/scripts/bench-lib.sh"
bench_setup privacy

"$ROOT/scripts/run.sh" --background
db=$RUN_DIR/frontline-demo.db

session=$(bench_sign_in "$RUN_DIR/admin.txt" admin)
[ -n "$session" ] || { echo "bench-privacy.sh: signing in as admin failed" >&2; exit 1; }
COOKIE="fl_session=$session"

customer=$(sqlite3 "$db" "SELECT id FROM privacy_requests WHERE subject_kind = 'customer' AND kind = 'access' LIMIT 1")
staff=$(sqlite3 "$db" "SELECT id FROM privacy_requests WHERE subject_kind = 'staff' LIMIT 1")
[ -n "$customer" ] && [ -n "$staff" ] || { echo "bench-privacy.sh: the demo requests are missing" >&2; exit 1; }

# run_wrk NAME PATH: one connection for SECONDS_EACH; sets RPS_x, AVG_x,
# P99_x, N_x and ERR_x.
run_wrk() { WRK_THREADS=1 WRK_CONNECTIONS=1 WRK_TIMEOUT=10s bench_wrk "$1" "$BASE$2" -H "Cookie: $COOKIE"; }
# rows ID: how many records the bundle of request ID holds (from its page).
rows() {
	curl -fsS --max-time 30 -H "Cookie: $COOKIE" "$BASE/admin/privacy/requests/$1/bundle" |
		sed -n 's/.*: \([0-9]*\) record(s) in \([0-9]*\) table(s).*/\1 rows in \2 tables/p' | head -n 1
}

run_wrk healthz /healthz
ROWS_c1=$(rows "$customer")
ROWS_s1=$(rows "$staff")
run_wrk c1 "/admin/privacy/requests/$customer/bundle"
run_wrk s1 "/admin/privacy/requests/$staff/bundle"
run_wrk z1 "/admin/privacy/requests/$staff/bundle.zip"
AUDIT_1=$(sqlite3 "$db" "SELECT count(*) FROM audit")

# Tenfold: every table a bundle reads that grows with use (feedback, the
# rota's records, coaching, the audit trail), nine more copies of each row,
# the customer's and the staff member's own rows with them.
echo "bench: growing the data tenfold..." >&2
sqlite3 "$db" <<'SQL' >/dev/null
PRAGMA busy_timeout = 10000;
BEGIN;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 9)
INSERT INTO feedback_responses (form_id, form_version, submitted_at, day, touchpoint, csat, nps, comment,
  contact, consent_at, consent_notice, contact_email_index, contact_phone_index)
SELECT form_id, form_version, submitted_at, day, touchpoint, csat, nps, comment, contact, consent_at,
  consent_notice, contact_email_index, contact_phone_index FROM feedback_responses, k;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 9)
INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, break_minutes, role,
  location, created_at, updated_at)
SELECT user_id, date(local_date, '-' || (i * 70) || ' days'), strftime('%Y-%m-%dT%H:%M:%SZ', start_utc, '-' || (i * 70) || ' days'),
  strftime('%Y-%m-%dT%H:%M:%SZ', end_utc, '-' || (i * 70) || ' days'), start_local, end_local, break_minutes, role,
  location, created_at, updated_at FROM shifts, k;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 9)
INSERT INTO coaching_entries (user_id, author_id, held_on, kind, notes, agreed, follow_up, created_at)
SELECT user_id, author_id, held_on, kind, notes, agreed, follow_up, created_at FROM coaching_entries, k;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 9)
INSERT INTO audit (at, user_id, username, action, target_type, target_id, detail, ip)
SELECT at, user_id, username, action, target_type, target_id, detail, ip FROM audit, k;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 9)
INSERT INTO rota_leave (user_id, kind, from_date, to_date, note, status, created_at)
SELECT user_id, kind, from_date, to_date, note, status, created_at FROM rota_leave, k;
COMMIT;
SQL
AUDIT_10=$(sqlite3 "$db" "SELECT count(*) FROM audit")
RESPONSES_10=$(sqlite3 "$db" "SELECT count(*) FROM feedback_responses")
ROWS_c10=$(rows "$customer")
ROWS_s10=$(rows "$staff")
run_wrk c10 "/admin/privacy/requests/$customer/bundle"
run_wrk s10 "/admin/privacy/requests/$staff/bundle"
run_wrk z10 "/admin/privacy/requests/$staff/bundle.zip"

mkdir -p "$(dirname "$OUT")"
line() {   # NAME WHAT ROWS
	local n=$1
	local rps=RPS_$n avg=AVG_$n p99=P99_$n cnt=N_$n err=ERR_$n
	printf '%-8s %-42s %-22s %9s %9s %9s %9s %6s\n' "$n" "$2" "$3" "${!avg}" "${!p99}" "${!rps}" \
		"$(awk -v a="${!rps}" -v b="$RPS_healthz" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')" "${!err}"
}
{
	echo
	echo "Data protection, $(date -u '+%Y-%m-%d %H:%M UTC'): one bundle at a time (wrk 1 connection, ${SECONDS_EACH}s each); $WORKERS workers"
	printf '%-8s %-42s %-22s %9s %9s %9s %9s %6s\n' measure what held mean-ms p99-ms per-sec vs-healthz errors
	printf '%s\n' "------------------------------------------------------------------------------------------------------------------------"
	printf '%-8s %-42s %-22s %9s %9s %9s %9s %6s\n' healthz "/healthz" - "$AVG_healthz" "$P99_healthz" "$RPS_healthz" 1.000 "$ERR_healthz"
	line c1 "customer bundle page, demo scale" "$ROWS_c1"
	line s1 "staff bundle page, demo scale" "$ROWS_s1"
	line z1 "staff bundle zip, demo scale" "$ROWS_s1"
	line c10 "customer bundle page, 10x ($RESPONSES_10 resp.)" "$ROWS_c10"
	line s10 "staff bundle page, 10x ($AUDIT_10 audit)" "$ROWS_s10"
	line z10 "staff bundle zip, 10x" "$ROWS_s10"
	awk -v a="$P99_s1" -v b="$P99_s10" -v c="$P99_c10" 'BEGIN {
		printf "bundle for one person under one second (aim): demo %s ms, 10x %s ms staff / %s ms customer (%s)\n",
			a, b, c, (a + 0 < 1000 && b + 0 < 1000 && c + 0 < 1000 ? "met" : "NOT met") }'
	echo "audit rows before the tenfold copy: $AUDIT_1 (each bundle viewed adds one)"
} | tee -a "$OUT"
