#!/bin/bash
# test.sh UNIT_TEST_BINARY...: runs every test suite and ends with the line
# "N passed, N failed" summing them all. Exits non-zero if anything failed.
#   1. the template check (every template starts with the AUTOESCAPE pragma)
#   2. the layers (core/util depends on nothing, no include circle in core),
#      the public program's symbols (it links only the code it serves) and
#      the statuses (each one sent has its reason phrase) and the SQL's
#      role tests (roles named through bound parameters, never numbers)
#   3. the C unit tests (parsers, validators, password policy, ...) and the
#      fuzz targets built without libFuzzer, replaying their seeds
#      (build/fuzz-replay/, one check per seed file)
#   4. the end-to-end tests against real nginx and programs (node:test)
#   5. the browser journeys in headless Chromium (node:test + playwright-core)
# Output of each suite is kept in test-output/.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/test-output
mkdir -p "$OUT"
passed=0
failed=0

# Adds the counts from a "... N passed, M failed" line of a suite's output.
count_plain() {
	local line
	line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
	if [ -z "$line" ]; then
		echo "  (no result line: counted as one failure)"
		failed=$((failed + 1))
		return
	fi
	passed=$((passed + $(echo "$line" | grep -oE '[0-9]+ passed' | tail -n 1 | cut -d' ' -f1)))
	failed=$((failed + $(echo "$line" | grep -oE '[0-9]+ failed' | tail -n 1 | cut -d' ' -f1)))
}

# Adds the counts from node's TAP summary ("# pass N", "# fail N").
count_tap() {
	local p f
	p=$(grep -E '^# pass [0-9]+' "$1" | tail -n 1 | awk '{print $3}')
	f=$(grep -E '^# fail [0-9]+' "$1" | tail -n 1 | awk '{print $3}')
	if [ -z "$p" ] || [ -z "$f" ]; then
		echo "  (no TAP summary: counted as one failure)"
		failed=$((failed + 1))
		return
	fi
	passed=$((passed + p))
	failed=$((failed + f))
}

echo "== template check"
"$ROOT/scripts/check-templates.sh" >"$OUT/templates.txt" 2>&1
cat "$OUT/templates.txt" | tail -n 5
count_plain "$OUT/templates.txt"

echo "== layers"
"$ROOT/scripts/check-layers.sh" >"$OUT/layers.txt" 2>&1
tail -n 5 "$OUT/layers.txt"
count_plain "$OUT/layers.txt"

echo "== public program symbols"
"$ROOT/scripts/check-public-symbols.sh" >"$OUT/public-symbols.txt" 2>&1
tail -n 5 "$OUT/public-symbols.txt"
count_plain "$OUT/public-symbols.txt"

echo "== statuses"
"$ROOT/scripts/check-statuses.sh" >"$OUT/statuses.txt" 2>&1
tail -n 5 "$OUT/statuses.txt"
count_plain "$OUT/statuses.txt"

echo "== roles in SQL"
"$ROOT/scripts/check-sql-roles.sh" >"$OUT/sql-roles.txt" 2>&1
tail -n 5 "$OUT/sql-roles.txt"
count_plain "$OUT/sql-roles.txt"

echo "== unit tests"
for t in "$@"; do
	name=$(basename "$t")
	"$t" >"$OUT/$name.txt" 2>&1
	tail -n 1 "$OUT/$name.txt"
	grep -E '^FAIL' "$OUT/$name.txt" | head -n 20
	count_plain "$OUT/$name.txt"
done

echo "== fuzz targets (seed replay)"
for t in "$ROOT"/build/fuzz-replay/fuzz_*; do
	case $t in *.o) continue ;; esac
	[ -x "$t" ] || continue
	name=$(basename "$t")
	"$t" "$ROOT/tests/fuzz/seeds/${name#fuzz_}" >"$OUT/$name.txt" 2>&1
	tail -n 1 "$OUT/$name.txt"
	count_plain "$OUT/$name.txt"
done

for suite in e2e browser; do
	files=$(ls "$ROOT"/tests/$suite/*.test.mjs 2>/dev/null)
	[ -n "$files" ] || continue
	echo "== $suite tests"
	(cd "$ROOT/tests" && timeout 600 node --test --test-concurrency=1 --test-reporter=tap $files) \
		>"$OUT/$suite.tap" 2>&1
	grep -E '^not ok|^# (pass|fail|skipped)' "$OUT/$suite.tap" | head -n 40
	count_tap "$OUT/$suite.tap"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
