#!/bin/sh
# npm-deps.sh: installs the test tools from tests/package-lock.json
# (playwright-core only; the browser is Debian's chromium, never downloaded).
set -eu
# Node and npm may come from Debian or be on the machine already (another
# vendor's nodejs package brings its own npm): look for the commands, not
# for Debian's package names.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	"$(dirname "$0")/deps.sh" nodejs npm
fi
cd "$(dirname "$0")/../tests"
if [ ! -d node_modules/playwright-core ]; then
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
