#!/usr/bin/env bash
# The main job: installs what it needs (safe to run twice), builds, then runs the whole
# pipeline on the bundled sample service with `tollgate run`, ending with the gate's verdict
# and the path of the report. Its exit code is the gate's: 0 pass, 1 fail.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
tsc -p tsconfig.json
exec node bin/tollgate.js run --repo examples/sample-service "$@"
