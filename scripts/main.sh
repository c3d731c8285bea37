#!/usr/bin/env bash
# The main job: installs what it needs (safe to run twice), builds, then runs the
# attest-and-verify demonstration, ending with the gate's verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
tsc -p tsconfig.json
node scripts/demo.mjs
