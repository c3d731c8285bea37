import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { diffFindings } from '../../src/report/finding-diff.js';
import { REPORT_FORMAT, type TollgateReport } from '../../src/report/tollgate-report.js';
import { lintOpenapi } from '../../src/steps/lint-openapi/index.js';
import { LINT_FIXTURES, lintContext } from './lint-context.js';

/**
 * Spectral on a real spec whose three write operations each say `"security": [],`: the same
 * line, the same rule, the same file. Two of them (POST and DELETE /items) also have the same
 * lines around them; the third (POST /archive) is tagged differently.
 */
const FIXTURE = join(LINT_FIXTURES, 'openapi', 'unsecured');
const RULE = 'owasp:api2:2023-write-restricted';

type Spec = { paths: Record<string, Record<string, unknown>>; info: Record<string, unknown> };

const fixtureSpec = async (): Promise<Spec> =>
  JSON.parse(await readFile(join(FIXTURE, 'openapi.json'), 'utf8')) as Spec;

/** lint-openapi on a copy of the spec, changed by `edit` and written with `indent`. */
async function lint(edit: (spec: Spec) => Spec = (s) => s, indent = 2) {
  const repo = await mkdtemp(join(tmpdir(), 'tollgate-fp-openapi-'));
  const text = `${JSON.stringify(edit(await fixtureSpec()), null, indent)}\n`;
  await writeFile(join(repo, 'openapi.json'), text);
  const ctx = await lintContext('lint-openapi', 'openapi/unsecured');
  const r = await lintOpenapi.run({ ...ctx, repoDir: repo });
  const findings = (r.attestations[0]!.predicate.findings as Finding[]).filter(
    (f) => f.ruleId === RULE,
  );
  const lines = text.split('\n');
  /** Which operation a finding's line is in: the nearest path and method keys above it. */
  const operationOf = (f: Finding): string => {
    let method = '';
    for (let i = f.location!.line! - 1; i >= 0; i--) {
      const m = /^\s*"([^"]+)": \{$/.exec(lines[i]!);
      if (!m) continue;
      if (m[1]!.startsWith('/')) return `${method.toUpperCase()} ${m[1]}`;
      if (!method && /^(get|put|post|delete|patch)$/.test(m[1]!)) method = m[1]!;
    }
    return '?';
  };
  const byOperation = Object.fromEntries(findings.map((f) => [operationOf(f), f.fingerprint]));
  const sarif = JSON.parse(await readFile(join(ctx.outDir, 'lint-openapi.sarif'), 'utf8')) as {
    runs: { results: { ruleId: string; partialFingerprints?: Record<string, string> }[] }[];
  };
  return { r, findings, byOperation, sarif };
}

/** The unchanged fixture, linted once for the tests that compare with it. */
let unchanged: ReturnType<typeof lint> | undefined;
const lintUnchanged = () => (unchanged ??= lint());

const reportOf = (findings: Finding[], commit: string): TollgateReport => ({
  format: REPORT_FORMAT,
  commit,
  verdict: 'fail',
  generatedAt: '2026-01-01T00:00:00.000Z',
  steps: [
    {
      stage: 'pre-commit',
      step: 'lint-openapi',
      status: 'failed',
      reason: '',
      counts: {},
      findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        fingerprint: f.fingerprint!,
        path: f.location!.path,
        line: f.location!.line!,
      })),
    },
  ],
});

describe('lint-openapi fingerprints', () => {
  it('gives the three equal "security": [] lines three fingerprints', async () => {
    const { findings, byOperation } = await lintUnchanged();
    expect(findings).toHaveLength(3);
    expect(Object.keys(byOperation).sort()).toEqual([
      'DELETE /items',
      'POST /archive',
      'POST /items',
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
  });

  it('shows exactly one NEW finding when a pull request adds a fourth unprotected operation', async () => {
    const base = await lintUnchanged();
    const head = await lint((spec) => {
      const post = spec.paths['/items']!.post as Record<string, unknown>;
      spec.paths['/items/bulk'] = {
        post: { ...post, operationId: 'createItems', summary: 'Create items' },
      };
      return spec;
    });
    expect(head.findings).toHaveLength(4);
    const diff = diffFindings(
      reportOf(head.findings, 'b'.repeat(40)),
      reportOf(base.findings, 'a'.repeat(40)),
    );
    const step = diff.get('lint-openapi')!;
    expect(step.fixed).toEqual([]);
    expect(step.added).toHaveLength(1);
    expect(step.added[0]!.fingerprint).toBe(head.byOperation['POST /items/bulk']);
  });

  it('keeps every fingerprint when unrelated lines are inserted above the findings', async () => {
    const before = await lintUnchanged();
    const after = await lint((spec) => ({
      ...spec,
      info: {
        ...spec.info,
        termsOfService: 'https://example.com/terms',
        license: { name: 'MIT', identifier: 'MIT' },
      },
    }));
    expect(after.findings.map((f) => f.location!.line)).not.toEqual(
      before.findings.map((f) => f.location!.line),
    );
    expect(after.byOperation).toEqual(before.byOperation);
    expect(new Set(Object.values(after.byOperation)).size).toBe(3);
  });

  it('keeps a finding’s fingerprint when its operation moves with its context, or is re-indented', async () => {
    const before = await lintUnchanged();
    const moved = await lint((spec) => ({
      ...spec,
      paths: { '/archive': spec.paths['/archive']!, '/items': spec.paths['/items']! },
    }));
    expect(moved.byOperation['POST /archive']).toBe(before.byOperation['POST /archive']);
    expect(moved.byOperation).toEqual(before.byOperation);
    const reindented = await lint(undefined, 4);
    expect(reindented.byOperation).toEqual(before.byOperation);
    expect(new Set(Object.values(moved.byOperation)).size).toBe(3);
  });

  it('writes SARIF whose partial fingerprints of the equal lines differ, in code scanning’s form', async () => {
    const { sarif } = await lintUnchanged();
    const results = sarif.runs.flatMap((run) => run.results).filter((x) => x.ruleId === RULE);
    const hashes = results.map((x) => x.partialFingerprints?.primaryLocationLineHash);
    expect(hashes).toHaveLength(3);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{32}:\d+$/);
    expect(new Set(hashes).size).toBe(3);
  });
});
