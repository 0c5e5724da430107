#!/bin/sh
# check-templates.sh [DIR]: fails when a template under DIR (default
# templates/) does not start with the AUTOESCAPE pragma: an included
# template without it is not escaped. Prints one line
# "check-templates: N passed, M failed" for the test total.
cd "$(dirname "$0")/.."
dir=${1:-templates}
pass=0
fail=0
for t in $(find "$dir" -name '*.tpl' | sort); do
	if head -n 1 "$t" | grep -q '^{{%AUTOESCAPE context="HTML"}}'; then
		pass=$((pass + 1))
	else
		echo "FAIL $t: first line is not {{%AUTOESCAPE context=\"HTML\"}}"
		fail=$((fail + 1))
	fi
done
echo "check-templates: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
