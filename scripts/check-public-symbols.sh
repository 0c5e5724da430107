#!/bin/bash
# check-public-symbols.sh [BUILD_DIR]: proves that the public program links
# only the code it serves (the customer feedback form, the complaint form and
# the core they need), by reading its symbols with nm. It fails when
# build/public defines
#   1. any function or table of an area archive other than the feedback and
#      complaints areas' (rota, plans, KPIs, standards, team, accounts, home, ...);
#   2. any of the feedback area's intranet files (everything in
#      cgi-bin/feedback/ but public_*.c and calc.c: the log, analysis, form
#      management, demo, retention, intranet routes);
#   3. any of the complaints area's intranet files (everything in
#      cgi-bin/complaints/ but public_*.c, clock.c and store.c: the queue,
#      the record and its handling, learning, analysis, settings, the home
#      panel, the snapshot, the demo, the intranet routes);
#   4. any symbol of the core modules only intranet areas use (actions,
#      charts, the Gantt chart, working time). The business clock is
#      allowed: the complaint form starts the acknowledgement clock.
# Ends with "N passed, M failed".
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
# shellcheck source=check-lib.sh
. "$ROOT/scripts/check-lib.sh"

# The global symbols a set of object files or archives defines, one a line.
defined() {
	nm --defined-only -g "$@" 2>/dev/null | awk 'NF == 3 { print $3 }' | sort -u
}

[ -x "$BUILD/public" ] || { echo "FAIL build/public is missing"; echo "0 passed, 1 failed"; exit 1; }
public_symbols=$(defined "$BUILD/public")

# 1. Other areas' archives.
others=()
for lib in "$BUILD"/lib*.a; do
	case $(basename "$lib") in
	libcore.a | libfeedback.a | libcomplaints.a) ;;
	*) others+=("$lib") ;;
	esac
done
[ "${#others[@]}" -gt 0 ] || check "the area archives exist" "none found in $BUILD"
check "no symbol of another area's archive (${#others[@]} archives)" \
	"$(comm -12 <(echo "$public_symbols") <(defined "${others[@]}"))"

# 2. The feedback area's intranet files.
intranet_feedback=()
for src in "$ROOT"/cgi-bin/feedback/*.c; do
	case $(basename "$src") in
	public_*.c | calc.c) ;;
	*) intranet_feedback+=("$BUILD/feedback/$(basename "${src%.c}").o") ;;
	esac
done
check "no symbol of the feedback area's intranet files (${#intranet_feedback[@]} files)" \
	"$(comm -12 <(echo "$public_symbols") <(defined "${intranet_feedback[@]}"))"

# 3. The complaints area's intranet files.
intranet_complaints=()
for src in "$ROOT"/cgi-bin/complaints/*.c; do
	case $(basename "$src") in
	public_*.c | clock.c | store.c) ;;
	*) intranet_complaints+=("$BUILD/complaints/$(basename "${src%.c}").o") ;;
	esac
done
check "no symbol of the complaints area's intranet files (${#intranet_complaints[@]} files)" \
	"$(comm -12 <(echo "$public_symbols") <(defined "${intranet_complaints[@]}"))"

# 4. Core modules of the intranet areas, and the names of areas outright.
check "no action, chart, Gantt or working-time code" \
	"$(echo "$public_symbols" | grep -E '^(action_|chart_|plot_|gantt_|wtr_)')"
check "no rota, plan, KPI, standard, SLA or team symbol" \
	"$(echo "$public_symbols" | grep -E '^(rota_|plan_|plans_|kpi_|kpis_|standard_|standards_|sla_|slas_|team_|raci_|coaching_|meeting_)')"

check_summary check-public-symbols
