#!/bin/bash
# fuzz.sh [NAME...]: builds the libFuzzer targets in tests/fuzz/ into
# build/fuzz/ and runs each for FUZZ_SECONDS (default 30). Each keeps its
# corpus in build/fuzz/corpus-NAME, seeded from tests/fuzz/seeds/NAME/, and
# writes the inputs it finds as build/fuzz/NAME-crash-* (or -timeout-, -oom-,
# -leak-), with its log in build/fuzz/fuzz_NAME.log. Exits non-zero if any
# target crashed, broke an invariant, timed out or failed to build.
# NAME is request, form, multipart or cookie (default: all four).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
SECONDS_EACH=${FUZZ_SECONDS:-30}
OUT=build/fuzz
CC=${FUZZ_CC:-clang}
# Only the parsers and validators: they need libsodium and nothing else.
CORE_SRC="cgi-bin/core/http.c cgi-bin/core/form.c cgi-bin/core/caltime.c cgi-bin/core/util.c"
FLAGS="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -std=c11 -D_GNU_SOURCE -Icgi-bin -Itests/fuzz"
names=${*:-request form multipart cookie}
failed=""
mkdir -p "$OUT"

for name in $names; do
	bin=$OUT/fuzz_$name
	echo "== fuzz_$name: build"
	# shellcheck disable=SC2086
	if ! $CC $FLAGS -o "$bin" "tests/fuzz/fuzz_$name.c" $CORE_SRC -lsodium; then
		failed="$failed $name(build)"
		continue
	fi
	corpus=$OUT/corpus-$name
	mkdir -p "$corpus"
	[ -d "tests/fuzz/seeds/$name" ] && cp -n "tests/fuzz/seeds/$name"/* "$corpus"/
	dict=()
	[ -f "tests/fuzz/$name.dict" ] && dict=("-dict=tests/fuzz/$name.dict")
	found="$OUT/$name-crash-* $OUT/$name-timeout-* $OUT/$name-oom-* $OUT/$name-leak-*"
	# shellcheck disable=SC2086
	rm -f $found
	echo "== fuzz_$name: ${SECONDS_EACH}s"
	"$bin" "${dict[@]}" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$OUT/$name-" "$corpus" \
		>"$OUT/fuzz_$name.log" 2>&1
	rc=$?
	grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^Done |INFO: seed corpus|==ERROR|runtime error|invariant broken|^SUMMARY' \
		"$OUT/fuzz_$name.log" | head -n 20
	# shellcheck disable=SC2086
	artifacts=$(ls $found 2>/dev/null)
	if [ "$rc" -ne 0 ] || [ -n "$artifacts" ]; then
		echo "FAIL fuzz_$name (exit status $rc); log: $OUT/fuzz_$name.log"
		for f in $artifacts; do
			echo "  input: $f"
		done
		failed="$failed $name"
	else
		echo "ok fuzz_$name ($(find "$corpus" -type f | wc -l) inputs in the corpus)"
	fi
done

if [ -n "$failed" ]; then
	echo "fuzz: failed:$failed"
	exit 1
fi
echo "fuzz: all targets ran clean"
