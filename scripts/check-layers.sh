#!/bin/bash
# check-layers.sh: checks how the code's folders depend on each other,
# from their #include lines:
#   1. core/util (the lowest layer) includes nothing else of core;
#   2. the modules of core (x.c and x.h together) include each other
#      without a circle (tsort finds none);
#   3. core includes no area's header (areas build on core, not back);
#   4. every area folder has its routes.c (its pages) and a README (what
#      the area is for, its files, and the unit criteria it serves);
#   5. templates/ mirrors the areas: each of its folders (but partials/) is
#      named after an area;
#   6. one way of doing each thing: no loop steps rows without db_step_row
#      (core/db.h), no handler casts the validated form to change it (it
#      uses request_form_error), and every enum and field table an area's
#      headers declare carries the area's prefix (so names cannot collide
#      as areas grow).
# Ends with "N passed, M failed".
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT/cgi-bin" || exit 1
# shellcheck source=check-lib.sh
. "$ROOT/scripts/check-lib.sh"

# The core modules a core file includes, as "module dependency" lines.
core_edges() {
	local f module
	for f in core/*.c core/*.h core/*.cc; do
		module=$(basename "${f%.*}")
		sed -n 's/^#include "\(core\/\)\{0,1\}\([a-z_]*\)\.h".*/\2/p' "$f" |
			while read -r dep; do
				[ "$dep" != "$module" ] && [ -e "core/$dep.h" ] && echo "$module $dep"
			done
	done | sort -u
}

edges=$(core_edges)
check "core/util includes nothing else of core" "$(echo "$edges" | awk '$1 == "util"')"
check "core's modules include each other without a circle" \
	"$(echo "$edges" | tsort 2>&1 >/dev/null)"
check "core includes no area's header" \
	"$(grep -Hn '^#include "[a-z_]*/' core/*.c core/*.h core/*.cc | grep -v '"core/')"

missing=""
for dir in */; do
	area=${dir%/}
	[ "$area" = core ] && continue
	for part in routes.c README; do
		[ -e "$area/$part" ] || missing="$missing $area/$part"
	done
done
check "every area has its routes.c and README" "$missing"

strays=""
for dir in ../templates/*/; do
	name=$(basename "$dir")
	[ "$name" = partials ] || [ -d "$name" ] || strays="$strays templates/$name"
done
check "every folder of templates/ is named after an area" "$strays"

check "every loop over rows steps with db_step_row" \
	"$(grep -n 'while (.*sqlite3_step' -- */*.c | grep -v '^core/db.c:')"
check "no handler casts the validated form to change it" \
	"$(grep -n '(struct form \*)' -- */*.c | grep -v '^core/')"

# The prefixes an area's public names may carry.
area_prefixes() {
	case $1 in
	accounts) echo "account" ;;
	checklists) echo "checklist" ;;
	complaints) echo "complaint" ;;
	kpis) echo "kpi action" ;;
	plans) echo "plan" ;;
	portfolio) echo "portfolio" ;;
	rota) echo "rota wtr" ;;
	standards) echo "std sla" ;;
	*) echo "$1" ;;
	esac
}
unprefixed=""
for dir in */; do
	area=${dir%/}
	[ "$area" = core ] && continue
	names=$(sed -n -e 's/^extern const struct field_spec \([a-z_]*\)\[.*/\1/p' \
	               -e 's/^enum \([a-z_]*\) {.*/\1/p' -e 's/^enum \([a-z_]*\) *$/\1/p' "$area"/*.h)
	for name in $names; do
		ok=""
		for prefix in $(area_prefixes "$area"); do
			case $name in "$prefix"_*) ok=1 ;; esac
		done
		[ -n "$ok" ] || unprefixed="$unprefixed $area:$name"
	done
done
check "every enum and field table of an area carries its prefix" "$unprefixed"

check_summary check-layers
