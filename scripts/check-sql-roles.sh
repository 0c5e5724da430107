#!/bin/bash
# check-sql-roles.sh: SQL names roles, never spells them as numbers. A role
# test such as "(roles & 4) <> 0" breaks silently when the role bits change
# (a new role is coming); SQL writes "(roles & ?2) <> 0" instead and the
# code binds the bits named in core/auth.h (ROLE_STAFF, ...) with
# auth_bind_roles(), or db_exec_int() for a demo writer's statement.
# Reads the SQL of cgi-bin/ (every string literal of the C files, adjacent
# ones joined as the compiler joins them) and of schema/ (comments left out),
# and checks that
#   1. no role test has a number: "roles & 4", "roles&(6)", "4 & u.roles";
#   2. every role test in cgi-bin/ masks with a ?N parameter;
#   3. every C file whose SQL has a role test binds its parameter.
# Ends with "N passed, M failed".
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
# shellcheck source=check-lib.sh
. "$ROOT/scripts/check-lib.sh"

# The SQL a C file holds: its string literals, joined.
c_sql() {
	grep -oE '"([^"\\]|\\.)*"' "$1" | sed -e 's/^"//' -e 's/"$//' | tr -d '\n'
}

# The SQL of a migration, without its comments.
schema_sql() {
	sed -e 's/--.*$//' "$1" | tr '\n' ' '
}

# Prints "file: match" for each match of the pattern in the SQL of the
# files, read by the given reader.
matches() {
	local reader=$1 pattern=$2 file
	shift 2
	for file in "$@"; do
		"$reader" "$file" | grep -oE "$pattern" | sed "s|^|$file: |"
	done
}

c_files=$(find cgi-bin -name '*.[ch]' | sort)
sql_files=$(find schema -name '*.sql' | sort)
[ -n "$c_files" ] && [ -n "$sql_files" ] || { echo "FAIL no sources found"; echo "0 passed, 1 failed"; exit 1; }

NUMBERED='\broles *& *\(* *[0-9]|[0-9] *\)* *& *([a-z_]+\.)?roles\b'
# shellcheck disable=SC2086
check "no role test in cgi-bin/ SQL has a number" "$(matches c_sql "$NUMBERED" $c_files)"
# shellcheck disable=SC2086
check "no role test in schema/ has a number" "$(matches schema_sql "$NUMBERED" $sql_files)"
# shellcheck disable=SC2086
check "every role test in cgi-bin/ SQL masks with a ?N parameter" \
	"$(matches c_sql '\broles *& *\(* *[^?( ][^ )]*' $c_files | grep -vE ': roles *& *\(* *[0-9]')"

unbound=""
for file in $c_files; do
	if c_sql "$file" | grep -qE '\broles *& *\(* *\?[0-9]' &&
	   ! grep -qE 'auth_bind_roles\(|db_exec_int\(' "$file"; then
		unbound="$unbound $file"
	fi
done
check "every C file whose SQL tests a role binds the role bits" "$unbound"

check_summary check-sql-roles
