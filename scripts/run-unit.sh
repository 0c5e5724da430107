#!/bin/bash
# run-unit.sh TEST_BINARY...: runs each C unit test binary, shows its
# output, and ends with the line "unit: N passed, M failed" summing the
# summary lines of all of them. Exits non-zero if any binary failed, crashed
# or did not print its summary line.
set -u
status=0
passed=0
failed=0
for t in "$@"; do
	echo "== $(basename "$t")"
	out=$("$t" 2>&1)
	rc=$?
	printf '%s\n' "$out"
	line=$(printf '%s\n' "$out" | tail -n 1)
	if [[ $line =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
		passed=$((passed + BASH_REMATCH[1]))
		failed=$((failed + BASH_REMATCH[2]))
	else
		echo "FAIL $t: no summary line at the end (exit status $rc)"
		failed=$((failed + 1))
		status=1
	fi
	[ "$rc" -eq 0 ] || status=1
done
echo "unit: $passed passed, $failed failed"
exit $status
