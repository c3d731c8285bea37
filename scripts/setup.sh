#!/usr/bin/env bash
# Installs what Tollgate needs on a fresh machine; safe to run again (it skips what is there).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
