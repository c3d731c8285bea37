#!/usr/bin/env node
// Entry of the `tollgate` command: runs the compiled CLI (npm run build writes dist/).
//
// The Node version is checked first, before anything of Tollgate is loaded: on an older Node
// the CLI would start, and then die deep inside a step on an API that does not exist there
// (fs/promises `glob`, zlib's zstd streams). This file therefore uses nothing newer than the
// Node versions it turns away (no top-level await).
import { existsSync } from 'node:fs';

// Keep equal to package.json `engines.node` (a test checks that they agree).
const REQUIRED = [24, 15, 0];

const have = process.versions.node.split('.').map(Number);
const older = REQUIRED.findIndex((n, i) => (have[i] ?? 0) !== n);
if (older !== -1 && (have[older] ?? 0) < REQUIRED[older]) {
  process.stderr.write(
    `tollgate: needs Node.js ${REQUIRED.join('.')} or newer; this is Node.js ${process.versions.node} (${process.execPath})\n` +
      'hint: install Node.js 24 (https://nodejs.org/en/download, or `nvm install 24`), ' +
      'put it first on PATH, and run the command again\n',
  );
  process.exit(2);
}

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'tollgate: not built yet; run `npm run build` in the Tollgate folder first\n',
  );
  process.exit(2);
}
import(entry.href).then(async ({ main, processIo }) => {
  process.exitCode = await main(process.argv.slice(2), processIo());
});
