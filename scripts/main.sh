#!/usr/bin/env bash
# The main job: installs what it needs (safe to run twice), builds, then runs the whole
# pipeline on the bundled sample service with `tollgate run`, ending with the gate's verdict
# and the path of the report. Its exit code is the gate's: 0 pass, 1 fail.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
tsc -p tsconfig.json
sample=examples/sample-service
# The per-PR and per-merge stages need people: a reviewer other than the commit's author, and
# a release manager. Here they sign their decisions with this machine's local key, as
# `tollgate approve` does for anyone working locally.
node bin/tollgate.js approve --repo "$sample" --step peer-review --as reviewer@example.com \
  --comment "reviewed the change"
node bin/tollgate.js approve --repo "$sample" --as release-manager@example.com \
  --comment "release the sample service"
# OSV's API cannot be reached from here: the scans match against OSV records kept offline
# (the same data the tests use), which is one of the two sources the steps support.
osv="$PWD/test/fixtures/osv"
exec node bin/tollgate.js run --repo "$sample" \
  --input "sca.osv-url=$osv" --input "container-scan.osv-url=$osv" "$@"
