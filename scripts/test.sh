#!/usr/bin/env bash
# The whole test suite: installs what it needs (safe to run twice), then format, lint,
# type checks, the bundle drift check and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
echo "== format";    prettier --check . --log-level warn
echo "== lint";      eslint . --max-warnings 0
echo "== typecheck"; tsc -p tsconfig.test.json
echo "== build";     tsc -p tsconfig.json
echo "== tests";     vitest run "$@"
