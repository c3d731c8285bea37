import { execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/pipeline/graph.js';

/**
 * Every step action run as GitHub runs it: from the action folders of a clean `git archive`
 * (committed files only, no node_modules), with Node 24 and the runner's environment, each
 * in a fresh checkout of the sample service. A step may still fail here for other reasons
 * (no upstream artifact, no deployment, no artifact service to upload to), but never because
 * a tool or a module is missing. The steps share one RUNNER_TOOL_CACHE, as the jobs of one
 * runner machine do, and npm is offline: its cache on this machine serves the tools' tarballs,
 * no registry is asked.
 *
 * The action bundles (actions/<x>/dist) are taken from the working tree, not from the commit:
 * they are build output of this source, which bundle-drift.test.ts checks against the
 * committed ones, so this test checks the bundles of this source even before they are
 * committed. Everything else (action.yml files, the tools lock) comes from the archive.
 */
const root = join(import.meta.dirname, '..', '..');
const node = join(root, 'node_modules', '.bin', 'node');
/**
 * An npm tool or a module the bundle lacks. A native scanner absent from the runner (zizmor,
 * checkov, njsscan: scripts/setup.sh installs them on our machines only) is not missing: its
 * step says so and runs its fallback, as documented.
 */
const MISSING =
  /the tool \S+ is not installed|cannot install the tool|Cannot find module|ERR_MODULE_NOT_FOUND/;
/** The steps that run npm tools: each must get past them and sign its attestation. */
const TOOL_STEPS = [
  'secret-scan',
  'lint-language',
  'lint-iac',
  'lint-openapi',
  'sast',
  'cloud-scan',
];

const base = mkdtempSync(join(tmpdir(), 'tollgate-bare-checkout-'));
const checkout = join(base, 'checkout');
const sample = join(base, 'sample');
const toolCache = join(base, 'tool-cache');
const keyFile = join(base, 'ci.key');
let commit = '';
afterAll(() => rmSync(base, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(checkout);
  execFileSync('sh', ['-c', `git -C "${root}" archive HEAD actions | tar -x -C "${checkout}"`]);
  for (const name of readdirSync(join(root, 'actions'))) {
    const dist = join(root, 'actions', name, 'dist');
    if (!existsSync(dist)) continue;
    rmSync(join(checkout, 'actions', name, 'dist'), { recursive: true, force: true });
    cpSync(dist, join(checkout, 'actions', name, 'dist'), { recursive: true });
  }
  // The repository the jobs check out: the sample service with a workflow for actionlint.
  mkdirSync(sample);
  execFileSync('sh', [
    '-c',
    `git -C "${root}" archive HEAD:examples/sample-service | tar -x -C "${sample}"`,
  ]);
  mkdirSync(join(sample, '.github', 'workflows'), { recursive: true });
  writeFileSync(
    join(sample, '.github', 'workflows', 'ci.yml'),
    'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
  );
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', sample, ...args], { encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-qm', 'sample');
  commit = git('rev-parse', 'HEAD');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
});

interface ActionRun {
  code: number | null;
  log: string;
  workspace: string;
}

/** One job: a fresh checkout, then the step's action entry with the runner's environment. */
function runAction(step: string): Promise<ActionRun> {
  const job = join(base, 'jobs', step);
  const workspace = join(job, 'workspace');
  const temp = join(job, 'temp');
  mkdirSync(temp, { recursive: true });
  cpSync(sample, workspace, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    // the runner's PATH: none of this project's node_modules
    PATH: (process.env.PATH ?? '')
      .split(delimiter)
      .filter((p) => !p.includes('node_modules'))
      .join(delimiter),
    HOME: process.env.HOME,
    npm_config_offline: 'true',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: commit,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'octo-org/sample-service',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
    INPUT_SIGNER: 'key',
    INPUT_KEY: keyFile,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(checkout, 'actions', step, 'dist', 'index.js')], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log, workspace }));
  });
}

let all: Promise<Map<string, ActionRun>> | undefined;

/**
 * Every step action, run once for all the tests below: lint-iac first and alone (the first
 * step to need a tool, so it installs them), then the others two at a time, as two runners
 * of one machine would (which has two cores).
 */
function runAll(): Promise<Map<string, ActionRun>> {
  all ??= (async () => {
    const runs = new Map([['lint-iac', await runAction('lint-iac')]]);
    const queue = STEPS.map((s) => s.id).filter((id) => !runs.has(id));
    await Promise.all(
      [0, 1].map(async () => {
        for (let id = queue.shift(); id; id = queue.shift()) runs.set(id, await runAction(id));
      }),
    );
    return runs;
  })();
  return all;
}

const errors = (r: ActionRun) =>
  r.log
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .join(' ');

describe('the step actions from a bare checkout', { timeout: 900_000 }, () => {
  it('has an action folder with action.yml for each of the 28 steps, and the tools lock', () => {
    expect(STEPS).toHaveLength(28);
    for (const { id } of STEPS)
      expect(existsSync(join(checkout, 'actions', id, 'action.yml')), id).toBe(true);
    expect(existsSync(join(checkout, 'actions/_runtime/tools/package-lock.json'))).toBe(true);
    expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
  });

  it('runs every step action with no tool or module missing', async () => {
    const runs = await runAll();
    expect(runs.size).toBe(28);
    const missing = [...runs]
      .filter(([, r]) => MISSING.test(r.log))
      .map(([id, r]) => `${id}: ${r.log.split('\n').find((l) => MISSING.test(l))}`);
    expect(missing).toEqual([]);
  });

  it('the first step that needs a tool installs them into the tool cache; no later step does', async () => {
    const runs = await runAll();
    const first = runs.get('lint-iac')!;
    expect(first.log).toContain('tollgate: installing the step tools');
    expect(first.log).toMatch(/step tools installed in [0-9.]+ s/);
    const installed = readdirSync(join(toolCache, 'tollgate'));
    expect(installed).toHaveLength(1);
    expect(installed[0]).toMatch(/^tools-[0-9a-f]{16}$/);
    for (const [id, r] of runs)
      if (id !== 'lint-iac') expect(r.log, id).not.toContain('installing the step tools');
  });

  it('every step that runs an npm tool got past it and signed its attestation', async () => {
    const runs = await runAll();
    for (const id of TOOL_STEPS) {
      const run = runs.get(id)!;
      const bundle = join(run.workspace, 'tollgate-reports', `${id}.sigstore.json`);
      expect(existsSync(bundle), `${id}: ${errors(run)}`).toBe(true);
    }
  });
});
