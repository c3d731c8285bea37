import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { projectRoot } from '../helpers/cli.js';

// The command line loads what the command it runs uses, and nothing else: the built binary
// is run with a module hook that records every module it loads. Needs dist/
// (npx tsc -p tsconfig.json).

let dir: string;
let recorder: string;

beforeAll(() => {
  if (!existsSync(join(projectRoot, 'dist/cli/main.js'))) {
    throw new Error('dist/ is missing: build it first with `npx tsc -p tsconfig.json`');
  }
  dir = mkdtempSync(join(tmpdir(), 'tollgate-lazy-'));
  recorder = join(dir, 'record.mjs');
  // Records each module the process resolves, then runs bin/tollgate.js with the arguments.
  writeFileSync(
    recorder,
    `import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const seen = new Set();
registerHooks({ resolve(s, c, next) { const r = next(s, c); seen.add(r.url); return r; } });
process.on('exit', () => writeFileSync(process.env.LOADED_FILE, [...seen].join('\\n')));
await import(${JSON.stringify(pathToFileURL(join(projectRoot, 'bin/tollgate.js')).href)});
`,
  );
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Runs the binary; returns the exit code and the modules it loaded, relative to the project. */
function loaded(
  args: string[],
  cwd = dir,
): { code: number | null; modules: string[]; out: string } {
  const file = join(dir, 'loaded.txt');
  const r = spawnSync(process.execPath, [recorder, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LOADED_FILE: file, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config') },
  });
  const root = pathToFileURL(projectRoot).href + '/';
  const modules = readFileSync(file, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith(root))
    .map((u) => u.slice(root.length));
  return { code: r.status, modules, out: r.stdout + r.stderr };
}

const packages = (modules: string[]) =>
  [...new Set(modules.map((m) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(m)?.[1]))].filter(
    (p) => p !== undefined,
  );

describe('lazy loading of the command line', () => {
  it('lists every command with its own summary, loaded only when it runs', async () => {
    for (const entry of COMMANDS) {
      const cmd = await entry.load();
      expect({ name: cmd.name, summary: cmd.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
  });

  it('`tollgate --help` loads no command and no library', () => {
    const r = loaded(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('verify-bundle');
    expect(packages(r.modules)).toEqual([]);
    expect(r.modules.filter((m) => m.startsWith('dist/cli/commands/'))).toEqual([]);
  });

  it('`tollgate verify` loads neither signing, nor the schema compiler, nor the GitHub client', () => {
    const key = loaded(['keygen', '--out', 'ci']);
    expect(key.code, key.out).toBe(0);
    // keygen writes a key pair: it needs no Sigstore client and no YAML either.
    expect(packages(key.modules)).toEqual([]);
    writeFileSync(
      join(dir, 'tests.json'),
      JSON.stringify({ result: 'PASSED', passedTests: ['a'], failedTests: [] }),
    );
    const commit = 'c'.repeat(40);
    const attest = loaded([
      'attest',
      ...['--step', 'unit-tests', '--predicate', 'tests.json', '--key', 'ci.key'],
      ...['--commit', commit, '--repository', 'acme/shop', '--out', 'b/unit-tests.sigstore.json'],
    ]);
    expect(attest.code, attest.out).toBe(0);
    writeFileSync(
      join(dir, 'tollgate.yml'),
      'version: 1\nsigners:\n  ci: { key: ci.pub }\nstages:\n  per-commit:\n    require: [unit-tests]\n',
    );
    const r = loaded(['verify', '--policy', 'tollgate.yml', '--bundles', 'b', '--commit', commit]);
    expect(r.code, r.out).toBe(0);
    const used = packages(r.modules);
    for (const heavy of ['@sigstore/sign', 'ajv', '@octokit/core', '@grpc/grpc-js', 'protobufjs']) {
      expect(used).not.toContain(heavy);
    }
    // Only verify itself, and keygen for the name of the default key (a constant).
    expect(r.modules.filter((m) => m.startsWith('dist/cli/commands/')).sort()).toEqual([
      'dist/cli/commands/keygen.js',
      'dist/cli/commands/verify.js',
    ]);
  });
});
