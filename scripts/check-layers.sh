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
#      named after an area.
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

check_summary check-layers
