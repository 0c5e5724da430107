#!/bin/sh
# npm-deps.sh: installs the test tools from tests/package-lock.json
# (playwright-core only; the browser is Debian's chromium, never downloaded).
set -eu
cd "$(dirname "$0")/../tests"
if [ ! -d node_modules/playwright-core ]; then
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
