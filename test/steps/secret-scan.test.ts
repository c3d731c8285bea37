import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import { readSarif } from '../../src/steps/common/sarif.js';
import { REPORT_NAME, secretScan } from '../../src/steps/secret-scan/index.js';
import { allOutput, git, gitRepo, removeDir, stepContext, tempDir } from './step-context.js';

// Pattern-valid, obviously fake credentials, assembled here so that no committed file holds
// one whole (the repository's own secret scan must stay clean).
const FAKE_AWS_ID = ['AKIA', 'QYLPMN5HHHFPZAM2'].join('');
const FAKE_GH = ['ghp', '_', 'R8fXq2LmZ7vKp3WnY9tB4cHd6JsA1eGu0oVx'].join('');
const leakText = () =>
  `aws_access_key_id = ${FAKE_AWS_ID}\nurl = "https://x:${FAKE_GH}@example.com"\n`;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function fixture(files: Record<string, string>, commit = true) {
  const repo = await gitRepo('secret');
  const out = await tempDir('secret-out');
  dirs.push(repo, out);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(repo, name, '..'), { recursive: true });
    await writeFile(join(repo, name), text);
  }
  git(repo, 'add', '-A');
  if (commit) git(repo, 'commit', '-q', '-m', 'base', '--allow-empty');
  return { repo, out };
}

async function scan(repo: string, out: string, inputs: Record<string, string>) {
  const ctx = stepContext('secret-scan', repo, out, inputs);
  const result = await secretScan.run(ctx);
  const sarif = JSON.parse(await readFile(join(out, REPORT_NAME), 'utf8')) as unknown;
  const findings = readSarif(sarif, { tool: 'test', file: REPORT_NAME }).findings;
  return { result, findings, ctx, sarif };
}

describe('secret-scan with gitleaks', () => {
  it('passes a clean tree', async () => {
    const { repo, out } = await fixture({ 'src/app.js': 'export const answer = 42;\n' });
    const { result, findings } = await scan(repo, out, { mode: 'tree' });
    expect(result.status).toBe('passed');
    expect(findings).toEqual([]);
  });

  it('fails on planted secrets, with the rules found and the secrets in no output', async () => {
    const { repo, out } = await fixture({ 'config/prod.env': leakText() });
    const { result, findings, ctx, sarif } = await scan(repo, out, { mode: 'tree' });
    expect(result.status).toBe('failed');
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['aws-access-token', 'github-pat']);
    expect(findings.every((f) => f.severity === 'high' && f.fingerprint)).toBe(true);
    expect(findings.find((f) => f.ruleId === 'aws-access-token')?.location).toEqual({
      path: 'config/prod.env',
      line: 1,
    });
    const everything = [
      await allOutput(out),
      ctx.lines.join('\n'),
      result.summary ?? '',
      result.reason ?? '',
      JSON.stringify(result.attestations),
      JSON.stringify(sarif),
    ].join('\n');
    for (const secret of [FAKE_AWS_ID, FAKE_GH, FAKE_GH.slice(4)]) {
      expect(everything).not.toContain(secret);
    }
    const predicate = result.attestations[0]?.predicate as { counts: unknown; report: unknown };
    expect(predicate.counts).toEqual({ high: 2 });
    expect(predicate.report).toMatchObject({ name: REPORT_NAME, format: 'sarif' });
  });

  it('staged mode sees only what is staged', async () => {
    // A secret already committed and one only in the working tree are not the hook's business.
    const { repo, out } = await fixture({ 'old.env': leakText() });
    await writeFile(join(repo, 'unstaged.env'), leakText());
    await writeFile(join(repo, 'clean.txt'), 'hello\n');
    git(repo, 'add', 'clean.txt');
    expect((await scan(repo, out, { mode: 'staged' })).result.status).toBe('passed');

    await writeFile(join(repo, 'notes.md'), `# notes\n\nsee below\n${leakText()}`);
    git(repo, 'add', 'notes.md');
    const { result, findings } = await scan(repo, out, { mode: 'staged' });
    expect(result.status).toBe('failed');
    expect(findings.map((f) => [f.location?.path, f.location?.line]).sort()).toEqual([
      ['notes.md', 4],
      ['notes.md', 5],
    ]);
  });

  it('range mode scans only the new commits, including a secret removed again', async () => {
    const { repo, out } = await fixture({ 'old.env': leakText() });
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    await writeFile(join(repo, 'a.txt'), 'fine\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'clean change');
    expect((await scan(repo, out, { mode: 'range', base })).result.status).toBe('passed');

    await writeFile(join(repo, 'b.env'), leakText());
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'oops');
    const leakCommit = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'rm', '-q', 'b.env');
    git(repo, 'commit', '-q', '-m', 'remove it again');
    const { result, findings } = await scan(repo, out, { mode: 'range', base });
    expect(result.status).toBe('failed');
    expect(new Set(findings.map((f) => f.location?.path))).toEqual(new Set(['b.env']));
    expect(findings[0]?.message).toContain(leakCommit.slice(0, 12));
  });

  it('rejects a base that is not a commit', async () => {
    const { repo, out } = await fixture({ 'a.txt': 'x\n' });
    await expect(scan(repo, out, { mode: 'range', base: 'nope' })).rejects.toThrow(/nope/);
  });

  it('a baseline accepts a known finding in every mode', async () => {
    const { repo, out } = await fixture({ 'legacy/keys.txt': `id = ${FAKE_AWS_ID}\n` });
    const baseline = [{ RuleID: 'aws-access-token', File: 'legacy/keys.txt', StartLine: 1 }];
    await writeFile(join(repo, 'baseline.json'), JSON.stringify(baseline));
    const tree = await scan(repo, out, { mode: 'tree', baseline: 'baseline.json' });
    expect(tree.result.status).toBe('passed');
    expect(tree.result.metrics).toMatchObject({ accepted: 1 });
    expect((await scan(repo, out, { mode: 'tree' })).result.status).toBe('failed');
    // The same secret staged anew in another file is not covered.
    await writeFile(join(repo, 'new.txt'), `id = ${FAKE_AWS_ID}\n`);
    git(repo, 'add', 'new.txt');
    const staged = await scan(repo, out, { mode: 'staged', baseline: 'baseline.json' });
    expect(staged.findings.map((f) => f.location?.path)).toEqual(['new.txt']);
  });

  it('honours the allowlist of the repository’s .gitleaks.toml in tree and staged mode', async () => {
    const config = "[extend]\nuseDefault = true\n\n[allowlist]\npaths = ['''^fixtures/''']\n";
    const { repo, out } = await fixture({ '.gitleaks.toml': config }, false);
    await mkdir(join(repo, 'fixtures'));
    await writeFile(join(repo, 'fixtures', 'fake.env'), leakText());
    git(repo, 'add', '-A');
    expect((await scan(repo, out, { mode: 'staged' })).result.status).toBe('passed');
    git(repo, 'commit', '-q', '-m', 'fixtures');
    expect((await scan(repo, out, { mode: 'tree' })).result.status).toBe('passed');
  });

  it('names the config file when it is broken', async () => {
    const { repo, out } = await fixture({ '.gitleaks.toml': '[allowlist\npaths = [' });
    const err = await scan(repo, out, { mode: 'tree' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TollgateError);
    expect((err as Error).message).toContain(join(repo, '.gitleaks.toml'));
  });

  it('rejects an unknown mode', async () => {
    const { repo, out } = await fixture({});
    await expect(scan(repo, out, { mode: 'everything' })).rejects.toThrow(/staged, range, tree/);
  });
});
