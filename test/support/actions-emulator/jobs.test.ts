import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWorkflow } from './emulator.js';
import { makeRepo, removeScratch, scratch } from './repo.js';
import type { RunEvent } from './types.js';

const run = (
  workflow: string,
  more: Parameters<typeof runWorkflow>[0] extends infer O ? Partial<O> : never = {},
) => {
  const repo = makeRepo({ '.github/workflows/ci.yml': workflow, 'README.md': 'hello\n' });
  return track(
    runWorkflow({
      repo: repo.dir,
      workflow: '.github/workflows/ci.yml',
      event: { name: 'push', sha: repo.head },
      ...more,
    }),
  );
};

const index = (events: RunEvent[], type: RunEvent['type'], job: string) =>
  events.findIndex((e) => e.type === type && e.job === job);

const track = async <T extends { workDir: string }>(p: Promise<T>): Promise<T> => {
  const r = await p;
  scratch.push(r.workDir);
  return r;
};

afterAll(removeScratch);

describe('jobs', () => {
  it('starts a job after its needs and runs independent jobs at the same time', async () => {
    // Each of a and b writes into a FIFO the other one reads: neither can finish unless both
    // run at once, so a run that serialised them would never end.
    const dir = mkdtempSync(join(tmpdir(), 'fifo-'));
    scratch.push(dir);
    execFileSync('mkfifo', [join(dir, 'to-a'), join(dir, 'to-b')]);
    const r = await run(
      `name: CI
on: push
env:
  FIFOS: ${dir}
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - run: echo from-a > "$FIFOS/to-b"; read got < "$FIFOS/to-a"; echo "a got $got"
  b:
    runs-on: ubuntu-24.04
    steps:
      - run: read got < "$FIFOS/to-b"; echo from-b > "$FIFOS/to-a"; echo "b got $got"
  c:
    needs: [a, b]
    runs-on: ubuntu-24.04
    steps:
      - run: echo last
`,
    );
    expect(r.result).toBe('success');
    const e = r.events;
    expect(index(e, 'job-start', 'b')).toBeLessThan(index(e, 'job-end', 'a'));
    expect(index(e, 'job-start', 'a')).toBeLessThan(index(e, 'job-end', 'b'));
    expect(index(e, 'job-start', 'c')).toBeGreaterThan(index(e, 'job-end', 'a'));
    expect(index(e, 'job-start', 'c')).toBeGreaterThan(index(e, 'job-end', 'b'));
    expect(r.job('a').steps[0]?.log).toBe('a got from-b');
    expect(r.job('b').steps[0]?.log).toBe('b got from-a');
  });

  it('evaluates if: with the status functions and needs.<job>.result', async () => {
    const r = await run(`name: CI
on: push
jobs:
  broken:
    runs-on: ubuntu-24.04
    steps:
      - run: echo before
      - run: exit 3
      - run: echo never
      - if: failure()
        run: echo cleaning up
      - if: always()
        run: echo always
      - if: success()
        run: echo not after a failure
  fine:
    runs-on: ubuntu-24.04
    steps:
      - continue-on-error: true
        id: soft
        run: exit 1
      - run: echo "outcome=\${{ steps.soft.outcome }} conclusion=\${{ steps.soft.conclusion }}"
  after-broken:
    needs: broken
    runs-on: ubuntu-24.04
    steps:
      - run: echo skipped by the implicit success()
  on-failure:
    needs: [broken, fine]
    if: failure()
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ needs.broken.result }} \${{ needs.fine.result }}"
  on-skip:
    needs: [after-broken]
    if: always() && needs.after-broken.result == 'skipped'
    runs-on: ubuntu-24.04
    steps:
      - run: echo the need was skipped
  not-on-skip:
    needs: [after-broken]
    if: always() && needs.after-broken.result == 'success'
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
`);
    expect(r.result).toBe('failure');
    const broken = r.job('broken');
    expect(broken.result).toBe('failure');
    expect(broken.steps.map((s) => s.outcome)).toEqual([
      'success',
      'failure',
      'skipped',
      'success',
      'success',
      'skipped',
    ]);
    expect(broken.firstError).toBe('Process completed with exit code 3.');
    expect(r.job('fine').result).toBe('success');
    expect(r.job('fine').steps[1]?.log).toBe('outcome=failure conclusion=success');
    expect(r.job('after-broken').result).toBe('skipped');
    expect(r.job('on-failure').steps[0]?.log).toBe('failure success');
    expect(r.job('on-skip').result).toBe('success');
    expect(r.job('not-on-skip').result).toBe('skipped');
    expect(r.events.some((e) => e.type === 'job-start' && e.job === 'after-broken')).toBe(false);
  });

  it('passes job outputs from step outputs to the jobs that need them', async () => {
    const r = await run(`name: CI
on: push
jobs:
  make:
    runs-on: ubuntu-24.04
    outputs:
      version: \${{ steps.v.outputs.version }}
      notes: \${{ steps.v.outputs.notes }}
    steps:
      - id: v
        run: |
          echo "version=1.2.3" >> "$GITHUB_OUTPUT"
          { echo "notes<<EOF"; echo "line one"; echo "line two"; echo "EOF"; } >> "$GITHUB_OUTPUT"
  use:
    needs: make
    runs-on: ubuntu-24.04
    steps:
      - env:
          NOTES: \${{ needs.make.outputs.notes }}
        run: echo "v\${{ needs.make.outputs.version }}"; echo "$NOTES"
`);
    expect(r.job('make').outputs).toEqual({ version: '1.2.3', notes: 'line one\nline two' });
    expect(r.job('use').steps[0]?.log).toBe('v1.2.3\nline one\nline two');
  });

  it('cancels running jobs; only cancelled() and always() jobs run after that', async () => {
    const r = await run(
      `name: CI
on: push
jobs:
  long:
    runs-on: ubuntu-24.04
    steps:
      - id: wait
        run: tail -f /dev/null
  normal:
    needs: long
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
  on-cancel:
    needs: long
    if: cancelled()
    runs-on: ubuntu-24.04
    steps:
      - run: echo "cleaning up after \${{ needs.long.result }}"
`,
      {
        onEvent: (e, control) => {
          if (e.type === 'step-start' && e.step === 'wait') control.cancel();
        },
      },
    );
    expect(r.result).toBe('cancelled');
    expect(r.job('long').result).toBe('cancelled');
    expect(r.job('normal').result).toBe('cancelled');
    expect(r.job('on-cancel').steps[0]?.log).toBe('cleaning up after cancelled');
  });
});
