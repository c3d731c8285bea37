import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRunCommand } from '../../src/cli/commands/run.js';
import { isTollgateError } from '../../src/core/errors.js';
import { parseInputFlags, parseInputsFile } from '../../src/runner/inputs-file.js';
import { fakeStep, gitRepo, registryOf, TempDir } from './fakes.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

function problemOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isTollgateError(e)) return `${e.code} ${e.message}`;
    throw e;
  }
  throw new Error('expected an error');
}

describe('step inputs of local runs', () => {
  it('reads step → input → value, numbers and booleans as text', () => {
    const text = 'container:\n  image: app\nperformance:\n  duration: 2\n';
    expect(parseInputsFile(text, 'inputs.yml')).toEqual({
      container: { image: 'app' },
      performance: { duration: '2' },
    });
  });

  it('names every wrong step and input with its line and a suggestion', () => {
    const text = 'containr:\n  builder: node\nsast:\n  fail-onn: low\n  sarif: [a, b]\n';
    const msg = problemOf(() => parseInputsFile(text, 'x.yml'));
    expect(msg).toMatch(/^INPUT_INVALID/);
    expect(msg).toContain('x.yml:1: unknown step "containr" (did you mean "container"?)');
    expect(msg).toContain('x.yml:4: step sast has no input "fail-onn" (did you mean "fail-on"?)');
    expect(msg).toContain('x.yml:5: sast.sarif: expected a single value');
  });

  it('rejects a file that is not a map, and YAML syntax errors, with the line', () => {
    expect(problemOf(() => parseInputsFile('- a\n', 'y.yml'))).toContain('y.yml:1: expected a map');
    expect(problemOf(() => parseInputsFile('a: [\n', 'z.yml'))).toMatch(/z\.yml:\d+: /);
  });

  it('--input flags override the file and are checked the same way', () => {
    const base = { sast: { 'fail-on': 'high' } };
    expect(parseInputFlags(['sast.fail-on=low', 'sast.sarif=a=b.sarif'], base)).toEqual({
      sast: { 'fail-on': 'low', sarif: 'a=b.sarif' },
    });
    expect(base.sast['fail-on']).toBe('high');
    expect(problemOf(() => parseInputFlags(['sast'], {}))).toMatch(/^USAGE .*not STEP.NAME=VALUE/);
    expect(problemOf(() => parseInputFlags(['sast.nope=1'], {}))).toContain('has no input "nope"');
  });

  it('tollgate run gives a step the inputs of the repository file, then the flags', async () => {
    const repo = join(tmp.dir, 'repo');
    mkdirSync(join(repo, '.github'), { recursive: true });
    gitRepo(repo);
    writeFileSync(join(repo, '.github/tollgate-inputs.yml'), 'sast:\n  fail-on: low\n  sarif: x\n');
    const seen: Record<string, string>[] = [];
    const step = fakeStep('sast', { body: async (ctx) => void seen.push({ ...ctx.inputs }) });
    const cmd = createRunCommand(registryOf([step]));
    const io = {
      out: () => {},
      err: () => {},
      cwd: tmp.dir,
      env: { XDG_CONFIG_HOME: join(tmp.dir, 'config'), CI: 'true' },
      now: () => new Date(),
    };
    expect(await cmd.run({ repo, only: ['sast'], input: ['sast.sarif=y'] }, [], io)).toBe(0);
    expect(seen[0]).toMatchObject({ 'fail-on': 'low', sarif: 'y', signer: expect.any(String) });
    const missing = await cmd
      .run({ repo, only: ['sast'], inputs: 'nope.yml' }, [], io)
      .catch((e: unknown) => e);
    expect(isTollgateError(missing) && missing.message).toContain('nope.yml');
  });
});
