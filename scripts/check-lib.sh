# check-lib.sh: sourced by the check-*.sh scripts. check NAME PROBLEM
# records one check (an empty PROBLEM: passed); check_summary SCRIPT prints
# the "SCRIPT: N passed, M failed" line test.sh counts and returns non-zero
# when anything failed.
passed=0
failed=0

# Records one check: its name and what is wrong (nothing: passed).
check() {
	local name=$1 problem=$2
	if [ -z "$problem" ]; then
		echo "ok   $name"
		passed=$((passed + 1))
	else
		echo "FAIL $name: $(echo "$problem" | head -n 10 | tr '\n' ' ')"
		failed=$((failed + 1))
	fi
}

# Prints the summary line; returns 1 when a check failed.
check_summary() {
	echo "$1: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
