#!/bin/bash
# fuzz.sh [NAME...]: builds the libFuzzer targets in tests/fuzz/ into
# build/fuzz/ and runs each for FUZZ_SECONDS (default 30). Each keeps its
# corpus in build/fuzz/corpus-NAME, seeded from tests/fuzz/seeds/NAME/, and
# writes the inputs it finds as build/fuzz/NAME-crash-* (or -timeout-, -oom-,
# -leak-), with its log in build/fuzz/fuzz_NAME.log. Exits non-zero if any
# target crashed, broke an invariant, timed out or failed to build.
# NAME is the part after fuzz_ of a tests/fuzz/fuzz_NAME.c (default: all).
#
# The targets link an archive of every cgi-bin/core/*.c built with the
# sanitizers, so the linker takes what each target needs: there is no list
# of sources here to fall out of date when code moves between files.
# (`make test` builds the same targets with gcc and replays their seeds.)
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
SECONDS_EACH=${FUZZ_SECONDS:-30}
OUT=build/fuzz
CC=${FUZZ_CC:-clang}
SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
FLAGS="-g -O1 $SANITIZE -std=c11 -D_GNU_SOURCE -Icgi-bin -Itests/fuzz"
LIBS="-lsqlite3 -lsodium -lm"
names=${*:-$(for f in tests/fuzz/fuzz_*.c; do n=${f#tests/fuzz/fuzz_}; echo "${n%.c}"; done)}
failed=""
summary=""
mkdir -p "$OUT/core"

# Builds build/fuzz/libcore.a from every core C file (instrumented for
# coverage, not linked with libFuzzer's main); returns non-zero on failure.
build_core() {
	local src obj objs=""
	for src in cgi-bin/core/*.c; do
		obj=$OUT/core/$(basename "${src%.c}").o
		# shellcheck disable=SC2086
		if [ ! "$obj" -nt "$src" ] || [ -n "$(find cgi-bin/core -name '*.h' -newer "$obj")" ]; then
			$CC $FLAGS -fsanitize=fuzzer-no-link -c -o "$obj" "$src" || return 1
		fi
		objs="$objs $obj"
	done
	rm -f "$OUT/libcore.a"
	# shellcheck disable=SC2086
	ar rcs "$OUT/libcore.a" $objs
}

echo "== core library for the fuzz targets"
if ! build_core; then
	echo "fuzz: the core library did not build"
	exit 1
fi

for name in $names; do
	bin=$OUT/fuzz_$name
	echo "== fuzz_$name: build"
	# shellcheck disable=SC2086
	if ! $CC $FLAGS -fsanitize=fuzzer -Werror=switch -o "$bin" "tests/fuzz/fuzz_$name.c" \
		"$OUT/libcore.a" $LIBS; then
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
	runs=$(grep -E '^stat::number_of_executed_units' "$OUT/fuzz_$name.log" | awk '{print $2}')
	summary="$summary
  fuzz_$name: ${runs:-0} executions in ${SECONDS_EACH}s"
done

echo "fuzz: executions per target:$summary"
if [ -n "$failed" ]; then
	echo "fuzz: failed:$failed"
	exit 1
fi
echo "fuzz: all targets ran clean"
