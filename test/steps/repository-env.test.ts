import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCore, StepActionDeps } from '../../src/actions/step/ports.js';
import { runStep } from '../../src/actions/step/run.js';
import { githubActionsTokenSource } from '../../src/attest/signers/oidc.js';
import { createSigstoreSigner } from '../../src/attest/signers/sigstore.js';
import { forRepositoryCode, isSigningVariable } from '../../src/core/child-env.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { findStep } from '../../src/pipeline/graph.js';
import { createRunFolder } from '../../src/runner/run-folder.js';
import { runStepTask } from '../../src/runner/step-task.js';
import { startGroup } from '../../src/steps/deploy-test/process-group.js';
import { implementationOf } from '../../src/steps/registry.js';
import type { StepImplementation } from '../../src/steps/types.js';
import { startSigstoreMock, type SigstoreMock } from '../helpers/sigstore-mock.js';
import { startHttpStub, type HttpStub } from '../keyless/http-stub.js';
import { verifyKeyless } from '../keyless/verify-bundle.js';

/**
 * What a GitHub job's environment holds that lets a process sign as the step, upload
 * artifacts or call the API. Every value is unique, so the test finds it in any output.
 */
const SIGNING: Record<string, string> = {
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-7f3a',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-19cd',
  ACTIONS_RUNTIME_URL: 'https://runtime.invalid/runtime-url-2b8e/',
  ACTIONS_RESULTS_URL: 'https://results.invalid/results-url-5d1c/',
  ACTIONS_CACHE_URL: 'https://cache.invalid/cache-url-88a0/',
  GITHUB_TOKEN: 'ghs_githubtoken4c2e',
  GH_TOKEN: 'ghs_ghtoken6b1f',
  'INPUT_GITHUB-TOKEN': 'ghs_inputgithubtoken31aa',
  INPUT_TOKEN: 'input-token-0e9d',
  INPUT_KEY: '/keys/input-key-path-73bb.pem',
  SPIFFE_ENDPOINT_SOCKET: 'unix:///run/spire/spiffe-socket-4e6f.sock',
  SIGSTORE_ID_TOKEN: 'sigstore-id-token-a51d',
  TOLLGATE_KEY: '/keys/tollgate-key-path-c0de.pem',
};
const PROBE = { TOLLGATE_ENV_PROBE: 'probe-value-visible' };

let sig: SigstoreMock;
let oidc: HttpStub;
let root: string;

beforeAll(async () => {
  sig = await startSigstoreMock({ identity: { repository: 'example/repo' } });
  // The Actions token endpoint: a token for the job's request token, nothing for anyone else.
  oidc = await startHttpStub((req) =>
    req.headers.authorization === `Bearer ${SIGNING.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`
      ? { status: 200, body: { value: sig.token() } }
      : { status: 403, body: {} },
  );
  SIGNING.ACTIONS_ID_TOKEN_REQUEST_URL = `${oidc.url}/_apis/token?run=oidc-url-9e27`;
  // In the step action, the runner's environment is the action's process environment.
  Object.assign(process.env, SIGNING, PROBE);
  root = mkdtempSync(join(tmpdir(), 'tollgate-repo-env-'));
});

afterAll(async () => {
  for (const name of [...Object.keys(SIGNING), ...Object.keys(PROBE)]) delete process.env[name];
  rmSync(root, { recursive: true, force: true });
  await oidc.close();
  await sig.stop();
});

/** The step action as GitHub runs it, signing keyless with the job's OIDC variables. */
function action(name: string, inputs: Record<string, string>, impl?: StepImplementation) {
  const workspace = join(root, name);
  mkdirSync(workspace, { recursive: true });
  const logs: string[] = [];
  const signerSaw: string[] = [];
  const core: ActionCore = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: () => undefined,
    setFailed: (m) => void logs.push(m),
    info: (l) => void logs.push(l),
    warning: (l) => void logs.push(l),
    summary: async () => undefined,
  };
  const deps: StepActionDeps = {
    core,
    artifacts: async () => ({ upload: async () => undefined }),
    signer: async (_settings, env) => {
      signerSaw.push(...Object.keys(SIGNING).filter((n) => env[n] === SIGNING[n]));
      return createSigstoreSigner({
        ...sig.signerOptions(),
        tokenSource: githubActionsTokenSource({ env }),
      });
    },
    implementationOf: impl ? async () => impl : implementationOf,
    exec: nodeProcessRunner,
    env: {
      ...process.env,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: 'e'.repeat(40),
      GITHUB_REPOSITORY: 'example/repo',
    },
    cwd: workspace,
    signal: new AbortController().signal,
    now: () => new Date(),
  };
  return { deps, workspace, logs, signerSaw };
}

/** Every signing variable's value that appears in the lines, by name. */
function leaked(lines: string[]): string[] {
  const text = lines.join('\n');
  return Object.entries(SIGNING)
    .filter(([name, value]) => text.includes(value) || text.includes(`${name}=`))
    .map(([name]) => name);
}

/** The bundle verifies, and its certificate names the identity of the job's OIDC token. */
function expectKeylessBundle(path: string) {
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  const verified = verifyKeyless(bundle, sig.trustedRoot, { tlog: 1, timestamps: 2 });
  expect(verified.identity?.subjectAlternativeName).toBe(sig.identity.san);
}

describe('the code under test runs without the signing variables', () => {
  it('a unit-tests command of `env` prints none of them; the step still signs keyless', async () => {
    const a = action('unit', { signer: 'sigstore', 'test-command': 'env && node --test' });
    writeFileSync(
      join(a.workspace, 'adds.test.mjs'),
      "import test from 'node:test';\ntest('adds', () => {});\n",
    );
    const outcome = await runStep('unit-tests', a.deps);
    expect(a.logs.join('\n')).toContain(`TOLLGATE_ENV_PROBE=${PROBE.TOLLGATE_ENV_PROBE}`);
    expect(leaked(a.logs)).toEqual([]);
    expect(outcome.status).toBe('passed');
    expect(a.signerSaw.sort()).toEqual(Object.keys(SIGNING).sort());
    expect(oidc.requests.length).toBeGreaterThan(0);
    expectKeylessBundle(outcome.bundles[0]!);
  });

  it('a build command that prints process.env from node sees none of them; compile still signs', async () => {
    const a = action('compile', {
      signer: 'sigstore',
      'build-command':
        'node -e "console.log(JSON.stringify(process.env))" && mkdir -p dist && echo ok > dist/main.js',
    });
    const outcome = await runStep('compile', a.deps);
    expect(a.logs.join('\n')).toContain(PROBE.TOLLGATE_ENV_PROBE);
    expect(leaked(a.logs)).toEqual([]);
    expect(outcome.status).toBe('passed');
    expect(a.signerSaw.sort()).toEqual(Object.keys(SIGNING).sort());
    expectKeylessBundle(outcome.bundles[0]!);
  });

  it('a step that starts a process without passing an environment cannot leak them either', async () => {
    const printed: string[] = [];
    const impl: StepImplementation = {
      id: 'sast',
      async run(ctx) {
        printed.push((await ctx.exec.run('env', [], { cwd: ctx.repoDir })).stdout);
        return { status: 'passed', attestations: [], products: [], reports: [] };
      },
    };
    const a = action('bare', { signer: 'sigstore' }, impl);
    await runStep('sast', a.deps);
    expect(printed.join('')).toContain(PROBE.TOLLGATE_ENV_PROBE);
    expect(leaked(printed)).toEqual([]);
  });

  it('tollgate run does the same, and the step still signs', async () => {
    const repo = join(root, 'local');
    mkdirSync(repo, { recursive: true });
    writeFileSync(
      join(repo, 'adds.test.mjs'),
      "import test from 'node:test';\ntest('adds', () => {});\n",
    );
    const folder = await createRunFolder(join(root, 'runs'), 'local');
    const pair = generateKeyPair();
    const outcome = await runStepTask(
      {
        def: findStep('unit-tests')!,
        folder,
        repoDir: repo,
        commit: 'e'.repeat(40),
        repository: 'example/repo',
        upstream: {},
        inputs: { 'test-command': 'env && node --test' },
        reportsOf: (s) => folder.reportsOf(s),
        signal: new AbortController().signal,
      },
      {
        implementationOf,
        exec: nodeProcessRunner,
        signer: async () => createKeySigner(parsePrivateKey(pair.privateKeyPem, 'k')),
        env: process.env,
        now: () => new Date(),
      },
    );
    const log = readFileSync(folder.logOf('unit-tests'), 'utf8');
    expect(log).toContain(`TOLLGATE_ENV_PROBE=${PROBE.TOLLGATE_ENV_PROBE}`);
    expect(leaked([log])).toEqual([]);
    expect(outcome.status).toBe('passed');
    expect(outcome.bundles).toHaveLength(1);
  });

  it("deploy-test's command target starts the repository's service without them", async () => {
    const dir = join(root, 'service');
    mkdirSync(dir, { recursive: true });
    const { child } = startGroup({
      command: 'env',
      cwd: dir,
      env: { PORT: '8080' },
      log: join(dir, 'service.log'),
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const printed = readFileSync(join(dir, 'service.log'), 'utf8');
    expect(printed).toContain('PORT=8080');
    expect(printed).toContain(PROBE.TOLLGATE_ENV_PROBE);
    expect(leaked([printed])).toEqual([]);
  });
});

describe('forRepositoryCode', () => {
  it('drops the signing, runtime and token variables and every action input, and keeps the rest', () => {
    const env = forRepositoryCode({
      ...SIGNING,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x.invalid',
      INPUT_SIGNER: 'sigstore',
      PATH: '/usr/bin',
      HOME: '/home/tester',
      GITHUB_SHA: 'e'.repeat(40),
      RUNNER_TEMP: '/tmp',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/tester',
      GITHUB_SHA: 'e'.repeat(40),
      RUNNER_TEMP: '/tmp',
    });
    expect(isSigningVariable('actions_runtime_token')).toBe(true);
    expect(isSigningVariable('GITHUB_REPOSITORY')).toBe(false);
  });
});
