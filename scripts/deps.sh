#!/bin/sh
# deps.sh PACKAGE...: makes sure the named Debian packages are installed.
# As root it installs what is missing with apt-get; otherwise it prints the
# exact apt-get line to run and fails.
set -eu
missing=""
for pkg in "$@"; do
	if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
		missing="$missing $pkg"
	fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "Frontline needs these Debian packages:$missing" >&2
	echo "Install them with:  sudo apt-get update && sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "Installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
