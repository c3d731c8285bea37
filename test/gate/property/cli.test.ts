/**
 * A small sample through `tollgate verify` on files: generated policies and bundle folders
 * (nested folders, a folder named like a bundle as download-artifact makes them, symbolic
 * links). Hostile bundles never make the command exit 2, and it exits 0 only when the
 * reference passes every step.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runBin, runCli, type CliResult } from '../../helpers/cli.js';
import { KINDS, scenario, type Hostility, type Scenario } from './arbitraries.js';
import { COMMIT, fcOptions, NOW, policyYaml, signRaw, writeKeyInto } from './harness.js';
import { referenceStep, type RefAnswer } from './reference.js';

const root = mkdtempSync(join(tmpdir(), 'tollgate-property-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Where a bundle is put in the folder given to --bundles. */
type Placement = 'plain' | 'nested' | 'bundle-named-folder' | 'symlink';

interface Entry {
  kind: string;
  hostility: Hostility;
  placement: Placement;
  s: Scenario;
}

const entries = (placements: Placement[]): fc.Arbitrary<Entry[]> =>
  fc
    .uniqueArray(fc.constantFrom(...KINDS.map((k) => k.name)), { minLength: 1, maxLength: 3 })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc
            .record({
              hostility: fc.constantFrom<Hostility>('none', 'none', 'body', 'meta'),
              placement: fc.constantFrom(...placements),
            })
            .chain(({ hostility, placement }) =>
              scenario(
                KINDS.find((k) => k.name === name)!,
                hostility,
              ).map((s) => ({
                kind: name,
                hostility,
                placement,
                s,
              })),
            ),
        ),
      ),
    );

let runs = 0;
async function prepare(list: Entry[]) {
  const dir = join(root, `run-${++runs}`);
  const bundles = join(dir, 'bundles');
  mkdirSync(bundles, { recursive: true });
  writeKeyInto(dir);
  const kinds = list.map((e) => KINDS.find((k) => k.name === e.kind)!);
  writeFileSync(
    join(dir, 'tollgate.policy.yml'),
    policyYaml({
      require: kinds.map((k) => k.step),
      steps: Object.fromEntries(
        list.map((e, i) => [
          kinds[i]!.step,
          {
            ...(kinds[i]!.override ? { predicateType: kinds[i]!.type } : {}),
            thresholds: e.s.thresholds,
          },
        ]),
      ),
      exceptions: list.flatMap((e) => e.s.exceptions),
    }),
  );
  const answers: RefAnswer[] = [];
  for (const [i, e] of list.entries()) {
    const k = kinds[i]!;
    const bytes = JSON.stringify(await signRaw(k.type, e.s.predicate));
    const file = `${k.step}.sigstore.json`;
    const path = {
      plain: join(bundles, file),
      nested: join(bundles, 'artifacts', k.step, file),
      'bundle-named-folder': join(bundles, file, file),
      symlink: join(dir, 'elsewhere', file),
    }[e.placement];
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    if (e.placement === 'symlink') symlinkSync(path, join(bundles, file));
    const ref = referenceStep(k.step, k.type, e.s.predicate, {
      thresholds: e.s.thresholds,
      exceptions: list.flatMap((x) => x.s.exceptions),
      now: NOW,
    });
    // A symbolic link is never opened (it is a malformed entry), so its step has no attestation.
    answers.push(e.placement === 'symlink' ? 'fail' : ref.answer);
  }
  const argv = [
    'verify',
    '--policy',
    'tollgate.policy.yml',
    '--bundles',
    'bundles',
    '--commit',
    COMMIT,
    '--format',
    'json',
  ];
  return { dir, argv, answers };
}

function check(r: CliResult, answers: RefAnswer[]): void {
  const said = `exit ${r.code}\n${r.stderr}\n${r.stdout.slice(0, 2000)}`;
  expect(r.stderr, said).not.toMatch(/internal error/);
  expect([0, 1], said).toContain(r.code);
  if (answers.includes('fail')) expect(r.code, said).not.toBe(0);
}

const allPass = (answers: RefAnswer[]) => answers.every((a) => a === 'pass');

describe('tollgate verify on generated folders', () => {
  it('exits 0 or 1 (never 2) for any bundles under a valid policy, and 0 only when the reference passes every step', async () => {
    await fc.assert(
      fc.asyncProperty(entries(['plain', 'nested']), async (list) => {
        const { dir, argv, answers } = await prepare(list);
        check(await runCli(argv, dir, NOW), answers);
      }),
      fcOptions(20),
    );
  });

  it('walks into folders named *.sigstore.json (as download-artifact makes them) and reads the bundles inside', async () => {
    await fc.assert(
      fc.asyncProperty(entries(['bundle-named-folder', 'plain']), async (list) => {
        const { dir, argv, answers } = await prepare(list);
        const r = await runCli(argv, dir, NOW);
        check(r, answers);
        if (allPass(answers)) expect(r.code, `${r.stderr}\n${r.stdout.slice(0, 2000)}`).toBe(0);
      }),
      fcOptions(15),
    );
  });

  it('never reads a bundle through a symbolic link', async () => {
    await fc.assert(
      fc.asyncProperty(entries(['symlink', 'plain']), async (list) => {
        const { dir, argv, answers } = await prepare(list);
        check(await runCli(argv, dir, NOW), answers);
      }),
      fcOptions(15),
    );
  });

  it('the same through the built binary, for a few cases', async () => {
    expect(
      existsSync(join(projectRoot, 'dist/cli/main.js')),
      'build dist first: npx tsc -p tsconfig.json',
    ).toBe(true);
    await fc.assert(
      fc.asyncProperty(entries(['plain', 'nested']), async (list) => {
        const { dir, argv, answers } = await prepare(list);
        // The binary's clock is the real one: exceptions that applied at NOW may have expired,
        // which can only turn a pass into a failure, never the reverse.
        const r = runBin(argv, dir);
        expect(r.stderr).not.toMatch(/internal error/);
        expect([0, 1], `exit ${r.code}\n${r.stderr}`).toContain(r.code);
        if (answers.includes('fail')) expect(r.code, r.stdout.slice(0, 2000)).not.toBe(0);
      }),
      // Each case spawns node: no shrinking, the counterexample is shown as found.
      { ...fcOptions(2), endOnFailure: true },
    );
  });
});
