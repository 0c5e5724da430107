#!/bin/bash
# stop.sh RUN_DIR: stops a stack started with `run.sh --background`.
# Sends SIGQUIT to nginx (graceful: responses in flight still reach their
# clients) and SIGTERM to the rest (workers finish in-flight requests),
# waits up to 10 s, then SIGKILLs whatever is left, so nothing is left behind.
set -u
RUN_DIR=${1:?usage: stop.sh RUN_DIR}
[ -f "$RUN_DIR/pids" ] || exit 0
pids=$(cat "$RUN_DIR/pids")
# The workers are children of multiwatch; remember them too.
children=""
for pid in $pids; do children="$children $(pgrep -P "$pid" 2>/dev/null | tr '\n' ' ')"; done
nginx_pid=$(cat "$RUN_DIR/nginx.pid" 2>/dev/null || echo none)
for pid in $pids; do
	if [ "$pid" = "$nginx_pid" ]; then kill -QUIT "$pid" 2>/dev/null
	else kill -TERM "$pid" 2>/dev/null; fi
done
for _ in $(seq 1 100); do
	alive=0
	for pid in $pids $children; do kill -0 "$pid" 2>/dev/null && alive=1; done
	[ "$alive" -eq 0 ] && break
	sleep 0.1
done
kill -KILL $pids $children 2>/dev/null
rm -f "$RUN_DIR/pids" "$RUN_DIR"/*.sock
exit 0
