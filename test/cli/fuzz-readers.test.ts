import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTollgateError } from '../../src/core/errors.js';
import { readInput } from '../../src/core/fs.js';
import { REPORT_FORMAT } from '../../src/report/tollgate-report.js';
import { parseJUnit } from '../../src/steps/common/junit.js';
import { readSarifFile } from '../../src/steps/common/sarif-file.js';
import { readCoverageReport } from '../../src/steps/coverage/read.js';
import { OsvFolderSource } from '../../src/vuln/sources/folder.js';
import { projectRoot, runCli } from '../helpers/cli.js';

/**
 * Every reader of untrusted input, fed hostile files: the answer is always exit 2 with a
 * message naming the file, never a stack trace or an "internal error"; and a child process
 * with a small heap shows that endless or huge inputs stop at their limits.
 */
const dir = mkdtempSync(join(tmpdir(), 'tollgate-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const COMMIT = 'c'.repeat(40);
const RUNS = { numRuns: 25, seed: 20261203 };

const isObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);

/** Files a JSON reader that wants an object must refuse, whatever else is in them. */
const hostileJson = (valid: string) =>
  fc.oneof(
    fc.integer({ min: 1, max: valid.length - 1 }).map((n) => valid.slice(0, n)), // cut short
    fc
      .jsonValue({ maxDepth: 3 })
      .filter((v) => !isObject(v))
      .map((v) => JSON.stringify(v)), // valid JSON, wrong shape
    fc.integer({ min: 101, max: 20_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)), // deep
    fc.integer({ min: 101, max: 20_000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
    fc.uint8Array({ maxLength: 4000 }).map((b) => Buffer.concat([Buffer.from([0]), b])), // binary
    fc.string({ maxLength: 200 }).map((s) => `root:x:0:0:${s}`), // some other file
  );

let n = 0;
const file = (content: string | Uint8Array, ext = 'json') => {
  const f = join(dir, `f${n++}.${ext}`);
  writeFileSync(f, content);
  return f;
};

async function expectExit2(argv: string[], named: string, env: NodeJS.ProcessEnv = {}) {
  const r = await runCli(argv, dir, undefined, env);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain(named);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const verdictText = JSON.stringify({ commit: COMMIT, verdict: 'fail' });
const report = {
  format: REPORT_FORMAT,
  commit: COMMIT,
  verdict: 'fail',
  generatedAt: '2026-12-01T00:00:00Z',
  steps: [
    {
      stage: 'per-commit',
      step: 'sast',
      status: 'failed',
      reason: 'findings',
      counts: { high: 1 },
      findings: [
        { ruleId: 'r', severity: 'high', fingerprint: 'f', message: 'm', path: 'a.ts', line: 1 },
      ],
    },
  ],
  coverage: { lines: 80, branches: 70 },
  performance: [{ name: 'p95', value: 1, unit: 'ms' }],
};
const reportText = JSON.stringify(report);
const REPORT_FIELDS: (string | number)[][] = [
  ['format'],
  ['commit'],
  ['verdict'],
  ['steps'],
  ['steps', 0, 'step'],
  ['steps', 0, 'stage'],
  ['steps', 0, 'status'],
  ['steps', 0, 'reason'],
  ['steps', 0, 'counts'],
  ['steps', 0, 'findings'],
  ['steps', 0, 'findings', 0, 'ruleId'],
  ['steps', 0, 'findings', 0, 'severity'],
  ['steps', 0, 'findings', 0, 'message'],
  ['steps', 0, 'findings', 0, 'path'],
  ['steps', 0, 'findings', 0, 'line'],
  ['coverage'],
  ['coverage', 'lines'],
  ['performance'],
  ['performance', 0, 'value'],
  ['performance', 0, 'name'],
];
/** The valid report with one field given a value of the wrong type. */
const wrongReport = fc
  .tuple(fc.constantFrom(...REPORT_FIELDS), fc.constantFrom<unknown>(null, true, false))
  .map(([path, value]) => {
    const r = structuredClone(report) as Record<string | number, unknown>;
    let at = r;
    for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
    at[path.at(-1)!] = value;
    return JSON.stringify(r);
  });

beforeAll(async () => {
  mkdirSync(join(dir, 'bundles'), { recursive: true });
  writeFileSync(join(dir, 'p.json'), '{"result":"PASSED","passedTests":["a"],"failedTests":[]}');
  writeFileSync(join(dir, 'artifact.txt'), 'built');
  writeFileSync(join(dir, 'verdict.json'), verdictText);
  writeFileSync(join(dir, 'report.json'), reportText);
  expect((await runCli(['keygen', '--out', 'k'], dir)).code).toBe(0);
  const attest = await runCli(
    [
      'attest',
      '--step',
      'unit-tests',
      '--predicate',
      'p.json',
      '--key',
      'k.key',
      '--commit',
      COMMIT,
      '--repository',
      'a/b',
      '--subject',
      'artifact.txt',
      '--out',
      'b.json',
    ],
    dir,
  );
  expect(attest.code, attest.stderr).toBe(0);
});

describe('every reader of untrusted files, fed hostile files, answers exit 2 naming the file', () => {
  it('policies', async () => {
    const alias = (depth: number) =>
      ['a0: &a0 [x, x, x, x, x, x, x, x, x]']
        .concat(
          Array.from(
            { length: depth },
            (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`,
          ),
        )
        .join('\n');
    const hostile = fc.oneof(
      hostileJson(
        'version: 1\nsigners:\n  ci: { key: k.pub }\nstages:\n  per-commit:\n    require: [unit-tests]\n',
      ),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), // valid YAML, never a policy
      fc.integer({ min: 3, max: 8 }).map(alias), // alias bombs
      fc.string({ maxLength: 300 }).map((s) => `version: 1\nstages: [${s}`),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (content) => {
        const f = file(content, 'yml');
        await expectExit2(
          ['verify', '--policy', f, '--bundles', 'bundles', '--commit', COMMIT],
          f.split('/').pop()!,
        );
      }),
      RUNS,
    );
  });

  it('predicates (attest --predicate)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson('{"result":"PASSED","passedTests":["a"]}'), async (content) => {
        const f = file(content);
        await expectExit2(
          [
            'attest',
            '--step',
            'unit-tests',
            '--predicate',
            f,
            '--key',
            'k.key',
            '--commit',
            COMMIT,
            '--repository',
            'a/b',
            '--out',
            'o.json',
          ],
          f,
        );
      }),
      RUNS,
    );
  });

  it('verdicts, reports and event payloads (tollgate report)', async () => {
    const env = {
      GITHUB_TOKEN: 't',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: 'http://127.0.0.1:9',
    };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileJson(verdictText),
          fc.constant(JSON.stringify({ commit: 1, verdict: 'fail' })),
        ),
        async (content) => {
          const f = file(content);
          await expectExit2(['report', '--verdict', f, '--report', 'report.json'], f, env);
        },
      ),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileJson(reportText), wrongReport), async (content) => {
        const f = file(content);
        await expectExit2(['report', '--verdict', 'verdict.json', '--report', f], f, env);
      }),
      RUNS,
    );
    const notAnObject = hostileJson('{"workflow_run":{"head_sha":"x"}}').filter(
      (c) => typeof c !== 'string' || !/^(\[|null|true|false|-?\d|")/.test(c), // JSON that is no event is ignored
    );
    await fc.assert(
      fc.asyncProperty(notAnObject, async (content) => {
        const f = file(content);
        await expectExit2(
          ['report', '--verdict', 'verdict.json', '--report', 'report.json', '--event', f],
          f,
          env,
        );
      }),
      RUNS,
    );
  });

  it('trusted roots and public keys (verify-bundle)', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileJson('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}'),
        async (content) => {
          const f = file(content);
          await expectExit2(
            [
              'verify-bundle',
              '--bundle',
              'b.json',
              '--trusted-root',
              f,
              '--certificate-identity',
              'a',
              '--certificate-oidc-issuer',
              'b',
              'artifact.txt',
            ],
            f,
          );
        },
      ),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 500 }), fc.uint8Array({ maxLength: 500 })),
        async (content) => {
          const f = file(content, 'pub');
          await expectExit2(['verify-bundle', '--bundle', 'b.json', '--key', f, 'artifact.txt'], f);
        },
      ),
      RUNS,
    );
  });

  it('SARIF, JUnit, coverage reports and OSV data (the steps’ readers)', async () => {
    /** Either it reads, or it refuses with a typed exit-2 error naming the file. */
    const refusesOrReads = async (f: string, read: () => Promise<unknown>) => {
      try {
        await read();
      } catch (e) {
        expect(isTollgateError(e), String(e)).toBe(true);
        if (isTollgateError(e)) {
          expect(e.exitCode).toBe(2);
          expect(e.message).toContain(f.split('/').pop()!);
        }
      }
    };
    const text = fc.oneof(
      hostileJson('{"version":"2.1.0","runs":[]}'),
      fc.string({ maxLength: 500 }).map((s) => `<testsuites>${s}`),
      fc.integer({ min: 100, max: 20_000 }).map((d) => '<a>'.repeat(d) + '</a>'.repeat(d)),
      fc.string({ maxLength: 500 }).map((s) => `TN:\nSF:${s}\nDA:x,y\n`),
    );
    await fc.assert(
      fc.asyncProperty(text, async (content) => {
        const f = file(content);
        await refusesOrReads(f, () => readSarifFile(f, 'tool'));
        await refusesOrReads(f, async () =>
          parseJUnit((await readInput(f, 'JUnit report')).toString('utf8'), { tool: 't', file: f }),
        );
        await refusesOrReads(f, () => readCoverageReport(f, f, dir));
        const zip = file(content, 'zip');
        await refusesOrReads(zip, () => new OsvFolderSource(zip).query([]));
      }),
      RUNS,
    );
  });
});

describe('endless and huge inputs stop at their limits (a child process with a 64 MiB heap)', () => {
  const bin = join(projectRoot, 'bin/tollgate.js');

  it('answers /dev/zero, a FIFO, a sparse 2 GiB file, a deep report and an alias bomb with exit 2', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const sparse = join(dir, 'sparse.json');
    writeFileSync(sparse, '');
    truncateSync(sparse, 2 * 1024 ** 3);
    const deep = file('{"format":' + '['.repeat(2_000_000) + ']'.repeat(2_000_000) + '}');
    const bomb = file(
      [
        'a: &a [x,x,x,x,x,x,x,x,x]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      ].join('\n'),
      'yml',
    );
    const zeroKey = file(
      'version: 1\nsigners:\n  ci: { key: /dev/zero }\nstages:\n  per-commit:\n    require: [unit-tests]\n',
      'yml',
    );
    const cases: [string[], string][] = [
      [
        ['verify', '--policy', zeroKey, '--bundles', 'bundles', '--commit', COMMIT],
        'key /dev/zero',
      ],
      [
        ['verify', '--policy', '/dev/zero', '--bundles', 'bundles', '--commit', COMMIT],
        '/dev/zero',
      ],
      [['verify', '--policy', fifo, '--bundles', 'bundles', '--commit', COMMIT], fifo],
      [['verify', '--policy', bomb, '--bundles', 'bundles', '--commit', COMMIT], bomb],
      [
        [
          'attest',
          '--step',
          'unit-tests',
          '--predicate',
          '/dev/zero',
          '--key',
          'k.key',
          '--commit',
          COMMIT,
        ],
        '/dev/zero',
      ],
      [
        [
          'attest',
          '--step',
          'unit-tests',
          '--predicate',
          sparse,
          '--key',
          'k.key',
          '--commit',
          COMMIT,
        ],
        sparse,
      ],
      [['report', '--verdict', 'verdict.json', '--report', deep], deep],
    ];
    for (const [args, named] of cases) {
      const r = spawnSync(process.execPath, ['--max-old-space-size=64', bin, ...args], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000, // a bound on a hang, not a measure of speed
        env: { ...process.env, GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/shop' },
      });
      expect({ args, status: r.status, signal: r.signal }).toEqual({
        args,
        status: 2,
        signal: null,
      });
      expect(r.stderr).toContain(named.split('/').pop()!);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
