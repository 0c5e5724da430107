# bench-lib.sh: what every area's bench script shares, sourced after it
# has set ROOT. It gives:
#
#   bench_setup NAME      the settings (BENCH_SECONDS, BENCH_THREADS,
#                         BENCH_CONNECTIONS, WORKERS, OUT), a check that
#                         wrk, curl and sqlite3 are there, a free loopback
#                         PORT and BASE, a RUN_DIR for the stack and the
#                         traps that stop it and remove RUN_DIR on exit
#   bench_sign_in JAR USER
#                         signs the demo USER in, keeping the cookie in JAR;
#                         prints the session cookie's value
#   bench_wrk NAME URL [WRK ARGS...]
#                         runs wrk on URL for SECONDS_EACH (WRK_THREADS,
#                         WRK_CONNECTIONS, WRK_TIMEOUT default to THREADS,
#                         CONNECTIONS, 5s) and sets RPS_NAME, P99_NAME and
#                         AVG_NAME (ms), N_NAME (requests) and ERR_NAME
#                         (non-2xx/3xx responses plus socket errors)
#   to_ms VALUE           a wrk duration (850us, 1.2ms, 2s) in ms, 2 places

# See above.
bench_setup() {
	BENCH_NAME=$1
	SECONDS_EACH=${BENCH_SECONDS:-${SECONDS_EACH:-10}}
	THREADS=${BENCH_THREADS:-2}
	CONNECTIONS=${BENCH_CONNECTIONS:-32}
	export WORKERS=${WORKERS:-4}
	OUT=${OUT:-$ROOT/test-output/bench.txt}
	local tool candidate
	for tool in wrk curl sqlite3; do
		command -v "$tool" >/dev/null || { echo "bench-$BENCH_NAME.sh: $tool is not installed" >&2; exit 1; }
	done
	PORT=""
	for _ in $(seq 1 50); do
		candidate=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then PORT=$candidate; break; fi
	done
	[ -n "$PORT" ] || { echo "bench-$BENCH_NAME.sh: found no free port" >&2; exit 1; }
	export PORT
	BASE=http://127.0.0.1:$PORT
	RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/frontline-bench-$BENCH_NAME.XXXXXX")
	export RUN_DIR QUIET=1
	trap bench_cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

# Stops the stack of RUN_DIR and removes it (the EXIT trap).
bench_cleanup() {
	"$ROOT/scripts/stop.sh" "$RUN_DIR" >/dev/null 2>&1 || true
	rm -rf "$RUN_DIR"
}

# See above.
bench_sign_in() {
	local jar=$1 user=$2 token
	token=$(curl -fsS --max-time 10 -c "$jar" -b "$jar" "$BASE/login" |
		sed -n 's/.*name="csrf_token" value="\([0-9a-f]\{64\}\)".*/\1/p' | head -n 1)
	[ -n "$token" ] || { echo "bench-$BENCH_NAME.sh: no csrf_token on /login" >&2; exit 1; }
	curl -sS --max-time 10 -o /dev/null -c "$jar" -b "$jar" -H "Origin: $BASE" --data-urlencode "csrf_token=$token" \
		--data-urlencode "username=$user" --data-urlencode "password=frontline-demo" "$BASE/login"
	awk '$6 == "fl_session" { print $7 }' "$jar" | tail -n 1
}

# See above.
to_ms() {
	awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# Prints the value wrk's output (in $1) gives on the line awk program $2 picks.
bench_pick() {
	printf '%s\n' "$1" | awk "$2"
}

# See above.
bench_wrk() {
	local name=$1 url=$2 out non2xx sock
	shift 2
	echo "bench: $BENCH_NAME $name for ${SECONDS_EACH}s..." >&2
	out=$(timeout $((SECONDS_EACH + 20)) wrk -t "${WRK_THREADS:-$THREADS}" -c "${WRK_CONNECTIONS:-$CONNECTIONS}" \
		-d "${SECONDS_EACH}s" --timeout "${WRK_TIMEOUT:-5s}" --latency "$@" "$url" 2>&1) || {
		echo "bench-$BENCH_NAME.sh: wrk failed on $url: $out" >&2
		exit 1
	}
	printf -v "RPS_$name" '%s' "$(bench_pick "$out" '/^Requests\/sec:/ { print $2 }')"
	printf -v "AVG_$name" '%s' "$(to_ms "$(bench_pick "$out" '$1 == "Latency" { print $2; exit }')")"
	printf -v "P99_$name" '%s' "$(to_ms "$(bench_pick "$out" '$1 == "99%" { print $2 }')")"
	printf -v "N_$name" '%s' "$(bench_pick "$out" '/requests in/ { print $1 }')"
	non2xx=$(bench_pick "$out" '/Non-2xx or 3xx responses:/ { print $NF }')
	sock=$(bench_pick "$out" '/Socket errors:/ { s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1); print s }')
	printf -v "ERR_$name" '%s' "$(( ${non2xx:-0} + ${sock:-0} ))"
}
