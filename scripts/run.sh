#!/bin/bash
# run.sh: starts Frontline (nginx plus the FastCGI workers) on 127.0.0.1.
#
#   scripts/run.sh               foreground, as `make run`: Ctrl-C or SIGTERM
#                                stops nginx and every worker
#   scripts/run.sh --background  start, wait until /healthz answers, return;
#                                scripts/stop.sh RUN_DIR stops it (tests, bench)
#
# Environment: PORT (8080), RUN_DIR (./run), FRONTLINE_DB (RUN_DIR's demo
# database, created or migrated here), WORKERS (4 per program),
# FRONTLINE_TEST_FAULTS (tests only), QUIET=1 (no banner).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORT:-8080}
RUN_DIR=${RUN_DIR:-$ROOT/run}
WORKERS=${WORKERS:-4}
mode=${1:-foreground}

mkdir -p "$RUN_DIR/logs" "$RUN_DIR/tmp" "$RUN_DIR/routes"
RUN_DIR=$(cd "$RUN_DIR" && pwd)
export FRONTLINE_DB=${FRONTLINE_DB:-$RUN_DIR/frontline-demo.db}
export FRONTLINE_TEMPLATES=$ROOT/templates
# The workers share their waiting seats out by this count (core/waiting.h).
export FRONTLINE_WORKERS=$WORKERS

# The programs this build has, each on its own socket.
programs=""
for p in intranet public; do
	[ -x "$ROOT/build/$p" ] && programs="$programs $p"
done

# Refuse a port that is already taken, with a clear message.
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
	echo "run.sh: 127.0.0.1:$PORT is already in use; stop what is using it or set PORT" >&2
	exit 1
fi

# Create the demo database, or bring an existing one up to date.
# (A test's page limit, FRONTLINE_TEST_MAX_PAGES, is for the workers only.)
env -u FRONTLINE_TEST_MAX_PAGES "$ROOT/build/frontline-admin" demo "$FRONTLINE_DB" \
	>"$RUN_DIR/logs/admin.log" 2>&1 || {
	cat "$RUN_DIR/logs/admin.log" >&2
	exit 1
}

# Fill in the nginx configuration for this run directory and port.
fill() {
	sed -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@PORT@|$PORT|g" -e "s|@ROOT@|$ROOT|g" \
	    -e "s|@USER_LINE@|$user_line|g" "$1"
}
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root root;"
fill "$ROOT/nginx/frontline.conf.in" >"$RUN_DIR/nginx.conf"
rm -f "$RUN_DIR"/routes/*.conf
for p in $programs; do
	[ -f "$ROOT/nginx/routes/$p.conf.in" ] && fill "$ROOT/nginx/routes/$p.conf.in" >"$RUN_DIR/routes/$p.conf"
done

pids=""
trap 'stop_all; exit 1' INT TERM
# Stops everything this script started: workers finish their requests.
# Stops everything this script started (scripts/stop.sh: graceful first,
# forced after 10 s) and reaps it.
stop_all() {
	trap '' INT TERM
	mkdir -p "$RUN_DIR" && echo "$pids" >"$RUN_DIR/pids"   # even if the directory went
	"$ROOT/scripts/stop.sh" "$RUN_DIR"
	for pid in $pids; do wait "$pid" 2>/dev/null || true; done
}

# Each program: spawn-fcgi opens its socket, multiwatch keeps WORKERS
# copies running on it and replaces any that dies. Each part runs in its own
# process group (job control, set -m), so a Ctrl-C reaches only this script,
# which then stops the stack in order: signals sent straight to the workers
# as well would race multiwatch into starting new ones. (Not setsid: a new
# session is a new scheduler autogroup, which would give the workers only a
# fixed share of the CPU next to everything else.)
declare -A part_name   # pid -> what it is, for the message when one stops
set -m
for p in $programs; do
	rm -f "$RUN_DIR/$p.sock"
	spawn-fcgi -n -s "$RUN_DIR/$p.sock" -M 0600 -- \
		/usr/bin/multiwatch -f "$WORKERS" -r 100 -s TERM -- "$ROOT/build/$p" \
		>>"$RUN_DIR/logs/$p.log" 2>&1 &
	pids="$pids $!"
	part_name[$!]="the $p program's supervisor (multiwatch)"
	echo "$pids" >"$RUN_DIR/pids"
done
nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/logs/nginx-error.log" \
	-g 'daemon off;' >>"$RUN_DIR/logs/nginx.log" 2>&1 &
nginx_pid=$!
part_name[$nginx_pid]="nginx"
set +m
pids="$pids $nginx_pid"
echo "$pids" >"$RUN_DIR/pids"

# Wait (at most 10 s) until the stack answers.
ready=0
for _ in $(seq 1 100); do
	if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then
		ready=1
		break
	fi
	sleep 0.1
done
if [ "$ready" -ne 1 ]; then
	echo "run.sh: Frontline did not start; the logs are in $RUN_DIR/logs" >&2
	tail -n 20 "$RUN_DIR"/logs/*.log >&2 || true
	stop_all
	exit 1
fi

if [ "$mode" = "--background" ]; then
	exit 0
fi

trap 'stop_all; echo; echo "Frontline stopped."; exit 0' INT TERM
if [ "${QUIET:-0}" != 1 ]; then
	cat <<EOF

Frontline is running at http://127.0.0.1:$PORT/
The customers' feedback form (no sign-in): http://127.0.0.1:$PORT/feedback
The customers' complaint form (no sign-in): http://127.0.0.1:$PORT/complaint
Demo accounts (password for each: frontline-demo):
  admin      administrator
  manager    customer service manager
  staff1 ... staff6   customer service staff
  assessor   qualification assessor (assesses the manager's portfolio)
  iqa        internal quality assurer (samples the assessor's decisions)
Logs: $RUN_DIR/logs   Database: $FRONTLINE_DB
Press Ctrl-C to stop.
EOF
fi
# Stay in the foreground until a signal, or until a part of the stack dies
# (multiwatch, for one, exits with status 0 when it gives up on workers
# that keep dying): then say which, stop the rest and fail.
while :; do
	for pid in $pids; do
		if ! kill -0 "$pid" 2>/dev/null; then
			status=0
			wait "$pid" 2>/dev/null || status=$?
			echo "run.sh: ${part_name[$pid]:-a part of the stack} stopped unexpectedly" \
			     "(exit status $status); stopping the rest; see $RUN_DIR/logs" >&2
			stop_all
			exit 1
		fi
	done
	sleep 1 &
	wait $! || true
done
