#!/bin/bash
# bench.sh: measures the real Frontline stack (nginx + FastCGI workers) with
# wrk, on 127.0.0.1, on a free port, in a temporary run directory.
#
#   /static/ping.txt   baseline: a small file nginx serves by itself
#   /healthz           the intranet program, no database query worth naming
#   /login             the sign-in page (template, form cookie)
#   /                  the dashboard of the signed-in manager (session check,
#                      queries, template)
#   /standards, /standards/1, / again   after loading the standards data set
#                      (scripts/standards-bench-data.sql: 200 standards, 106
#                      staff, ~12,900 acknowledgements)
#
# For each: requests/s, p99 latency and requests/s as a share of the static
# baseline measured in the same run; then the resident memory (VmRSS) of each
# intranet worker after the run. The table goes to standard output and to
# test-output/bench.txt. The stack is stopped on any exit.
#
# Environment: BENCH_SECONDS (10 per endpoint), BENCH_THREADS (2),
# BENCH_CONNECTIONS (32), WORKERS (4), PORT (a free one is chosen).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${BENCH_SECONDS:-10}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
export WORKERS=${WORKERS:-4}
OUT_DIR=$ROOT/test-output
OUT=$OUT_DIR/bench.txt
PASSWORD=frontline-demo

for tool in wrk curl pgrep; do
	command -v "$tool" >/dev/null || { echo "bench.sh: $tool is not installed (make deps-bench)" >&2; exit 1; }
done
for prog in intranet frontline-admin; do
	[ -x "$ROOT/build/$prog" ] || { echo "bench.sh: build/$prog is missing; run make all" >&2; exit 1; }
done

# A port nobody listens on: random picks in 20000-59999, at most 50 tries.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${PORT:-}" ]; then
	for _ in $(seq 1 50); do
		candidate=$((20000 + RANDOM % 40000))
		if ! port_in_use "$candidate"; then
			PORT=$candidate
			break
		fi
	done
	[ -n "${PORT:-}" ] || { echo "bench.sh: found no free port" >&2; exit 1; }
fi
export PORT
BASE=http://127.0.0.1:$PORT

RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/frontline-bench.XXXXXX")
export RUN_DIR QUIET=1
cleanup() {
	"$ROOT/scripts/stop.sh" "$RUN_DIR" >/dev/null 2>&1 || true
	rm -rf "$RUN_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$ROOT/scripts/run.sh" --background

# Sign in once as the manager: the sign-in page sets the fl_form cookie and
# carries the csrf_token hidden field; the POST answers 303 with fl_session.
jar=$RUN_DIR/cookies.txt
page=$(curl -fsS --max-time 10 -c "$jar" -b "$jar" "$BASE/login")
token=$(printf '%s' "$page" | sed -n 's/.*name="csrf_token" value="\([0-9a-f]\{64\}\)".*/\1/p' | head -n 1)
[ -n "$token" ] || { echo "bench.sh: no csrf_token on /login" >&2; exit 1; }
status=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
	-H "Origin: $BASE" --data-urlencode "csrf_token=$token" \
	--data-urlencode "username=manager" --data-urlencode "password=$PASSWORD" "$BASE/login")
session=$(awk '$6 == "fl_session" { print $7 }' "$jar" | tail -n 1)
if [ "$status" != 303 ] || [ -z "$session" ]; then
	echo "bench.sh: signing in as manager failed (HTTP $status)" >&2
	exit 1
fi
COOKIE="fl_session=$session"
# The dashboard must really be the dashboard, not a redirect to /login.
curl -fsS --max-time 10 -H "Cookie: $COOKIE" "$BASE/" | grep -q 'Hello, Daniel Okafor' || {
	echo "bench.sh: the dashboard did not answer for the signed-in manager" >&2
	exit 1
}

# wrk's latency figures are in us, ms or s; prints milliseconds.
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000
		printf "%.2f", n }'
}

# run_wrk NAME PATH [COOKIE]: runs wrk and records req/s, p99 and errors.
declare -A RPS P99 ERRS TOTAL
names=()
run_wrk() {
	local name=$1 path=$2 out
	local args=(-t "$THREADS" -c "$CONNECTIONS" -d "${SECONDS_EACH}s" --timeout 5s --latency)
	[ $# -ge 3 ] && args+=(-H "Cookie: $3")
	echo "bench: $name ($path) for ${SECONDS_EACH}s..." >&2
	out=$(timeout $((SECONDS_EACH + 20)) wrk "${args[@]}" "$BASE$path" 2>&1) || {
		echo "bench.sh: wrk failed on $path:" >&2
		echo "$out" >&2
		exit 1
	}
	printf '%s\n' "$out" >"$RUN_DIR/wrk-$name.txt"
	names+=("$name")
	RPS[$name]=$(printf '%s\n' "$out" | awk '/^Requests\/sec:/ { print $2 }')
	P99[$name]=$(to_ms "$(printf '%s\n' "$out" | awk '$1 == "99%" { print $2 }')")
	TOTAL[$name]=$(printf '%s\n' "$out" | awk '/requests in/ { print $1 }')
	local non2xx sock
	non2xx=$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF }')
	sock=$(printf '%s\n' "$out" | awk '/Socket errors:/ { s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1); print s }')
	ERRS[$name]=$(( ${non2xx:-0} + ${sock:-0} ))
}

run_wrk static /static/ping.txt
run_wrk healthz /healthz
run_wrk login /login
run_wrk dashboard / "$COOKIE"
# Standards: with 3 versions and ~106 staff to acknowledge each
# (scripts/standards-bench-data.sql), loaded after the figures above
sqlite3 -cmd '.timeout 5000' "${FRONTLINE_DB:-$RUN_DIR/frontline-demo.db}" <"$ROOT/scripts/standards-bench-data.sql"
run_wrk standards /standards "$COOKIE"
run_wrk standard /standards/1 "$COOKIE"
run_wrk home-std / "$COOKIE"
# KPIs: the KPI dashboard with 50 KPIs and five years of monthly
# results each (the generator replaces the demo's KPIs); it must serve at
# least a third of /healthz's requests per second.
"$ROOT/scripts/bench-kpis-data.sh" "${FRONTLINE_DB:-$RUN_DIR/frontline-demo.db}" >&2
curl -fsS --max-time 10 -H "Cookie: $COOKIE" "$BASE/kpis" | grep -q 'Bench KPI 50' || {
	echo "bench.sh: the KPI dashboard did not show the 50 generated KPIs" >&2
	exit 1
}
run_wrk kpis /kpis "$COOKIE"

# Rota: the week grid of a 50-person team, logged in, with 200
# staff and 52 weeks of shifts (scripts/rota-bench-data.sh), then again
# with a shift table ten times larger.
ROTA_DB=${FRONTLINE_DB:-$RUN_DIR/frontline-demo.db}
rota_team=$("$ROOT/scripts/rota-bench-data.sh" "$ROTA_DB" 1 | tail -n 1)
ROTA_PATH="/rota?week=$(TZ=Europe/London date +%G-W%V)&team=$rota_team"
rota_rows=$(curl -fsS --max-time 10 -H "Cookie: $COOKIE" "$BASE$ROTA_PATH" | grep -c '<tr><th scope="row">' || true)
[ "$rota_rows" = 50 ] || { echo "bench.sh: the rota grid showed $rota_rows people, not 50" >&2; exit 1; }
ROTA_SHIFTS_1=$(sqlite3 "$ROTA_DB" 'SELECT count(*) FROM shifts')
# Warm-up after loading the data (each worker draws the grid once; the
# machine finishes writing the new pages out), not recorded.
rota_warm() {
	for _ in $(seq 1 $((WORKERS * 4))); do curl -fsS -o /dev/null --max-time 10 -H "Cookie: $COOKIE" "$BASE$ROTA_PATH"; done
	timeout 20 wrk -t "$THREADS" -c "$CONNECTIONS" -d 2s -H "Cookie: $COOKIE" "$BASE$ROTA_PATH" >/dev/null 2>&1 || true
}
rota_warm
run_wrk rota "$ROTA_PATH" "$COOKIE"
"$ROOT/scripts/rota-bench-data.sh" "$ROTA_DB" 10 >/dev/null
ROTA_SHIFTS_10=$(sqlite3 "$ROTA_DB" 'SELECT count(*) FROM shifts')
rota_warm
run_wrk rota10x "$ROTA_PATH" "$COOKIE"

# The workers: the children of the multiwatch process(es) this run started.
worker_rows=""
total_kb=0
count=0
for pid in $(cat "$RUN_DIR/pids"); do
	[ "$(cat "/proc/$pid/comm" 2>/dev/null)" = multiwatch ] || continue
	for w in $(pgrep -P "$pid"); do
		rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$w/status" 2>/dev/null || true)
		[ -n "$rss" ] || continue
		prog=$(cat "/proc/$w/comm" 2>/dev/null || echo unknown)
		worker_rows+=$(printf '  %-10s pid %-8s %8.1f MiB' "$prog" "$w" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')")$'\n'
		total_kb=$((total_kb + rss))
		count=$((count + 1))
	done
done

mkdir -p "$OUT_DIR"
{
	echo "Frontline benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs"
	echo "wrk: $THREADS threads, $CONNECTIONS connections, ${SECONDS_EACH}s per endpoint, 127.0.0.1:$PORT;" \
	     "$WORKERS intranet workers"
	echo
	printf '%-10s %-18s %12s %10s %10s %11s %12s %8s\n' endpoint path requests/s p99-ms vs-static vs-healthz requests errors
	printf '%s\n' "----------------------------------------------------------------------------------------------------"
	for name in "${names[@]}"; do
		case $name in
		static) path=/static/ping.txt ;;
		healthz) path=/healthz ;;
		login) path=/login ;;
		dashboard) path="/ (manager)" ;;
		standards) path="/standards" ;;
		standard) path="/standards/1" ;;
		home-std) path="/ (+standards)" ;;
		kpis) path="/kpis (50x60)" ;;
		rota) path="/rota (50 people)" ;;
		rota10x) path="/rota (10x shifts)" ;;
		esac
		ratio=$(awk -v a="${RPS[$name]}" -v b="${RPS[static]}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')
		vs_health=$(awk -v a="${RPS[$name]}" -v b="${RPS[healthz]}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')
		printf '%-10s %-18s %12s %10s %10s %11s %12s %8s\n' "$name" "$path" "${RPS[$name]}" "${P99[$name]}" \
			"$ratio" "$vs_health" "${TOTAL[$name]}" "${ERRS[$name]}"
	done
	echo
	# Rota: the grid against /healthz, and at ten times the shifts.
	awk -v r="${RPS[rota]}" -v h="${RPS[healthz]}" -v x="${RPS[rota10x]}" -v p="${P99[rota]}" -v q="${P99[rota10x]}" \
	    -v a="$ROTA_SHIFTS_1" -v b="$ROTA_SHIFTS_10" 'BEGIN {
		printf "rota: week grid of 50 people, %d shifts: %.3f of /healthz requests/s (at least 0.333, aim 0.5), p99 %.2f ms (under 25)\n", a, r / h, p
		printf "rota: with %d shifts: %.3f of the first figure (0.8 to 1.2), p99 %.2f ms\n", b, x / r, q }'
	echo
	echo "errors: non-2xx/3xx responses plus socket errors (connect, read, write, timeout)"
	for name in "${names[@]}"; do
		[ "${ERRS[$name]}" -eq 0 ] || echo "WARNING: $name had ${ERRS[$name]} errors; its figures are not comparable"
	done
	# KPIs: the dashboard against /healthz, required >= 1/3.
	awk -v k="${RPS[kpis]}" -v h="${RPS[healthz]}" 'BEGIN { if (h > 0) printf "\nKPI dashboard (50 KPIs x 60 months): %.3f of /healthz requests/s (required: at least 0.333) %s\n", k / h, (k / h >= 1 / 3 ? "ok" : "TOO SLOW") }'
	echo
	echo "Resident memory (VmRSS) of the intranet workers after the run:"
	printf '%s' "$worker_rows"
	if [ "$count" -gt 0 ]; then
		awk -v t="$total_kb" -v n="$count" 'BEGIN { printf "  total      %d workers   %8.1f MiB (mean %.1f MiB)\n", n, t / 1024, t / 1024 / n }'
	else
		echo "  (no worker found)"
	fi
} | tee "$OUT"

# Complaints: the queue over 20,000 complaints against /healthz, on a stack of its own.
OUT="$OUT" "$ROOT/scripts/bench-complaints.sh"

# Customer feedback: submissions against the raw FULL-sync commit rate, and
# the analysis page over 100,000 responses, on a stack of their own.
OUT="$OUT" "$ROOT/scripts/bench-feedback.sh"
# Data protection: a subject-access bundle for one person, demo scale and 10x.
OUT="$OUT" "$ROOT/scripts/bench-privacy.sh"
# Portfolio: the criteria matrix of a learner with 300 evidence items, on a stack of its own.
OUT="$OUT" "$ROOT/scripts/bench-portfolio.sh"
# Compliance checklists: the dashboard with 50 templates and 5,000 runs.
OUT="$OUT" "$ROOT/scripts/bench-checklists.sh"
