#!/bin/bash
# check-statuses.sh: every HTTP status the code sends has its reason phrase.
# nginx passes a FastCGI response's "Status: 409 Conflict" line to the
# client as it is, so a status that core/server.c's status_reason() does
# not know reaches the browser as "409 Unknown". The statuses sent are
# found in cgi-bin/ where they are set:
#   rs->status = NNN, respond_error(rq, rs, NNN, ...), respond_text(rs, NNN,
#   ...), a refusal helper's (ctx, NNN, "why"), and http_error_status()'s
#   returns (the request parser's 400, 411, 413, 415, 503).
# Checks that
#   1. statuses are found at all (the patterns still match the code);
#   2. status_reason() has a case for each;
#   3. tests/unit/test_status.c checks the phrase of each.
# Ends with "N passed, M failed".
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
# shellcheck source=check-lib.sh
. "$ROOT/scripts/check-lib.sh"

# The statuses the code sends, one a line, sorted.
statuses_sent() {
	{
		grep -rhoE 'status *= *[1-5][0-9]{2}\b' cgi-bin
		grep -rhoE 'respond_(error|text)\(([^,()]*, *){1,2}[1-5][0-9]{2}\b' cgi-bin
		grep -rhoE '_refused\([^,()]*, *[1-5][0-9]{2}, *"' cgi-bin
		sed -n '/^int http_error_status/,/^}/p' cgi-bin/core/http.c | grep -oE 'return [1-5][0-9]{2}\b'
	} | grep -oE '[1-5][0-9]{2}' | sort -u
}

# Prints each of the given statuses for which text has no line matching
# pattern (with NNN in place of the status).
missing_in() {
	local text=$1 pattern=$2 status
	shift 2
	for status in "$@"; do
		grep -qE "${pattern//NNN/$status}" <<<"$text" || echo "$status"
	done
}

sent=$(statuses_sent)
count=$(echo "$sent" | grep -c .)
check "the statuses the code sends are found ($(echo $sent))" \
	"$([ "$count" -ge 10 ] || echo "only $count found: have the patterns stopped matching?")"
reasons=$(sed -n '/^const char \*status_reason/,/^}/p' cgi-bin/core/server.c)
missing=$(missing_in "$reasons" 'case NNN: return "[A-Z]' $sent)
check "status_reason() in core/server.c has a phrase for every status sent" \
	"$([ -z "$missing" ] || echo "no reason phrase for:" $missing)"
missing=$(missing_in "$(cat tests/unit/test_status.c)" '\{ NNN, "' $sent)
check "tests/unit/test_status.c checks every status sent" \
	"$([ -z "$missing" ] || echo "not checked:" $missing)"

check_summary check-statuses
