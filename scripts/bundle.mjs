// Bundles every action (src/actions/<name>/index.ts, compiled by tsc into dist/) with ncc
// into actions/<name>/dist/. `--check` bundles into a temp folder and fails when the result
// differs from what is committed, so a stale bundle can never ship.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const actions = readdirSync(join(root, 'src/actions'));

execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')],
  { stdio: 'inherit' },
);
let stale = [];
for (const name of actions) {
  const entry = join(root, 'dist/actions', name, 'index.js');
  const committed = join(root, 'actions', name, 'dist');
  const out = check ? mkdtempSync(join(tmpdir(), `tollgate-bundle-${name}-`)) : committed;
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--quiet', '--target', 'es2023'],
    { stdio: 'inherit', cwd: root },
  );
  if (check) {
    const files = readdirSync(out).sort();
    const old = existsSync(committed) ? readdirSync(committed).sort() : [];
    const same =
      files.join() === old.join() &&
      files.every((f) => readFileSync(join(out, f)).equals(readFileSync(join(committed, f))));
    if (!same) stale.push(name);
    rmSync(out, { recursive: true, force: true });
  } else {
    process.stdout.write(`bundled actions/${name}/dist\n`);
  }
}
if (stale.length) {
  process.stderr.write(
    `stale action bundles: ${stale.join(', ')}; run \`npm run bundle\` and commit actions/*/dist\n`,
  );
  process.exit(1);
}
