import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActionCore, StepActionDeps } from '../../src/actions/step/ports.js';
import { readInputs, runStep } from '../../src/actions/step/run.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import { createRunCommand } from '../../src/cli/commands/run.js';
import { isTollgateError } from '../../src/core/errors.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { findStep, STEPS } from '../../src/pipeline/graph.js';
import { renderActionMetadata } from '../../src/pipeline/render/action-metadata.js';
import { parseInputsFile } from '../../src/runner/inputs-file.js';
import { secretScan } from '../../src/steps/secret-scan/index.js';
import type { StepImplementation } from '../../src/steps/types.js';
import { fakeStep, gitRepo, registryOf, TempDir } from '../runner/fakes.js';

// The step actions read .github/tollgate-inputs.yml of the checkout as `tollgate run` does:
// a non-empty action input wins, then the file (the step's entry, then `defaults:`), then
// the catalogue's default; a bad file fails the step with the same file:line message.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = new TempDir();
afterAll(() => tmp.remove());

const pair = generateKeyPair();

/** A checkout holding the inputs file, and a step action run in it with `with` inputs. */
async function runAction(
  name: string,
  file: string | undefined,
  withs: Record<string, string>,
  impl: StepImplementation,
) {
  const workspace = join(tmp.dir, name);
  mkdirSync(join(workspace, '.github'), { recursive: true });
  if (file !== undefined) writeFileSync(join(workspace, '.github/tollgate-inputs.yml'), file);
  const signers: { kind: string; fulcioUrl?: string | undefined }[] = [];
  const failed: string[] = [];
  const core: ActionCore = {
    getInput: (n) => withs[n] ?? '',
    setOutput: () => {},
    setFailed: (m) => void failed.push(m),
    info: () => {},
    warning: () => {},
    summary: async () => {},
  };
  const deps: StepActionDeps = {
    core,
    artifacts: async () => ({ upload: async () => {} }),
    signer: async (s) => {
      signers.push({ kind: s.kind, fulcioUrl: s.fulcioUrl });
      return createKeySigner(parsePrivateKey(pair.privateKeyPem, 'k'));
    },
    implementationOf: registryOf([impl]),
    exec: nodeProcessRunner,
    env: { GITHUB_WORKSPACE: workspace, GITHUB_SHA: 'e'.repeat(40), GITHUB_REPOSITORY: 'a/b' },
    cwd: tmp.dir,
    signal: new AbortController().signal,
    now: () => new Date('2026-12-01T12:00:00Z'),
  };
  const error = await runStep(impl.id, deps).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { signers, failed, error };
}

function recording(id: string) {
  const seen: Record<string, string>[] = [];
  return { seen, impl: fakeStep(id, { body: async (ctx) => void seen.push({ ...ctx.inputs }) }) };
}

describe('the inputs file in the step actions', () => {
  it('gives a step its entry and the defaults: map, over the catalogue defaults', async () => {
    const { seen, impl } = recording('sast');
    const file =
      'defaults:\n  signer: key\n  fulcio-url: http://127.0.0.1:1/fulcio\nsast:\n  fail-on: low\n';
    const r = await runAction('file', file, {}, impl);
    expect(r.error).toBeUndefined();
    expect(seen[0]).toMatchObject({
      'fail-on': 'low',
      signer: 'key',
      'fulcio-url': 'http://127.0.0.1:1/fulcio',
      'reports-dir': 'tollgate-reports',
    });
    expect(r.signers).toEqual([{ kind: 'key', fulcioUrl: 'http://127.0.0.1:1/fulcio' }]);
  });

  it('a non-empty action input (a workflow input passed on) wins over the file', async () => {
    const { seen, impl } = recording('sast');
    const file = 'defaults:\n  signer: spiffe\nsast:\n  fail-on: low\n  signer: sigstore\n';
    const r = await runAction('with', file, { 'fail-on': 'critical', signer: 'key' }, impl);
    expect(r.error).toBeUndefined();
    expect(seen[0]).toMatchObject({ 'fail-on': 'critical', signer: 'key' });
    // An empty input is "not set": the file's value stands.
    const again = recording('sast');
    await runAction('empty', file, { 'fail-on': '', signer: '' }, again.impl);
    expect(again.seen[0]).toMatchObject({ 'fail-on': 'low', signer: 'sigstore' });
  });

  it('a typo fails the step with the message tollgate run gives for the same file', async () => {
    const file = 'sast:\n  fail-onn: low\n';
    const { seen, impl } = recording('sast');
    const r = await runAction('typo', file, { signer: 'key' }, impl);
    expect(seen).toEqual([]);
    expect(r.signers).toEqual([]);
    const actionMessage = isTollgateError(r.error) ? r.error.message : String(r.error);
    expect(actionMessage).toContain(
      '.github/tollgate-inputs.yml:2: step sast has no input "fail-onn" (did you mean "fail-on"?)',
    );

    // The same file in a repository run locally.
    const repo = join(tmp.dir, 'typo');
    gitRepo(repo);
    const err: string[] = [];
    const local = await createRunCommand(registryOf([impl]))
      .run({ repo, only: ['sast'] }, [], {
        out: () => {},
        err: (t) => void err.push(t),
        cwd: repo,
        env: { XDG_CONFIG_HOME: join(tmp.dir, 'config'), CI: 'true' },
        now: () => new Date(),
      })
      .catch((e: unknown) => e);
    expect(isTollgateError(local) && local.message).toBe(actionMessage);
  });

  it("applies the step's own input check to the file's values, as tollgate run does", async () => {
    const r = await runAction('mode', 'secret-scan:\n  mode: everything\n', {}, secretScan);
    expect(isTollgateError(r.error) && r.error.message).toBe(
      'input secret-scan.mode must be one of staged, range, tree, not "everything"',
    );
  });

  it('action.yml and the reusable workflows leave plain defaults unset, so the file applies', () => {
    const compile = parse(renderActionMetadata(findStep('compile')!)) as {
      inputs: Record<string, { default: string; description: string }>;
    };
    expect(compile.inputs['build-command']).toMatchObject({ default: '' });
    expect(compile.inputs['build-command']!.description).toContain('Default: auto');
    expect(compile.inputs.signer).toMatchObject({ default: '' });
    const approval = parse(renderActionMetadata(findStep('approval')!)) as {
      inputs: Record<string, { default: string }>;
    };
    // Expressions only the runner can evaluate stay.
    expect(approval.inputs['run-id']!.default).toBe('${{ github.run_id }}');
    const perCommit = parse(readFileSync(join(ROOT, 'workflows/per-commit.yml'), 'utf8')) as {
      on: { workflow_call: { inputs: Record<string, { default: string }> } };
    };
    const inputs = perCommit.on.workflow_call.inputs;
    expect(inputs['test-command']!.default).toBe('');
    expect(inputs.signer!.default).toBe('');
    expect(inputs.policy!.default).toBe('.github/tollgate.yml');
  });
});

describe('defaults: in the inputs file', () => {
  it('applies common inputs to every step; a step entry wins', () => {
    const parsed = parseInputsFile(
      'defaults:\n  rekor-url: http://r\n  signer: key\ncompile:\n  signer: sigstore\n',
      'f.yml',
    );
    expect(Object.keys(parsed).sort()).toEqual(STEPS.map((s) => s.id).sort());
    expect(parsed.compile).toEqual({ 'rekor-url': 'http://r', signer: 'sigstore' });
    expect(parsed.sast).toEqual({ 'rekor-url': 'http://r', signer: 'key' });
    expect(readInputs('sast', () => '', parsed.sast)).toMatchObject({ signer: 'key' });
  });

  it('refuses an input only some steps have, with its line and a suggestion', () => {
    let message = '';
    try {
      parseInputsFile('defaults:\n  signer: key\n  fail-on: low\n  rekor-ur: x\n', 'f.yml');
    } catch (e) {
      message = isTollgateError(e) ? e.message : String(e);
    }
    expect(message).toContain(
      'f.yml:3: defaults may only set the inputs every step has, not "fail-on"; they are: working-directory, signer',
    );
    expect(message).toContain(
      'f.yml:4: defaults may only set the inputs every step has, not "rekor-ur" (did you mean "rekor-url"?)',
    );
  });
});
