import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { NO_TOOLS, nativeTools, toolsIn } from '../../src/steps/common/native-tools.js';
import { lintIac } from '../../src/steps/lint-iac/index.js';
import { zizmorSeverity } from '../../src/steps/lint-iac/zizmor.js';
import type { ToolLocator } from '../../src/steps/types.js';
import { lintContext } from './lint-context.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

// Correct for actionlint, unsafe for zizmor: a third-party action on a moving branch.
const UNPINNED = `name: release
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: someone/publish-action@main
`;

async function repoWith(workflow: string) {
  const repo = await tempDir('zizmor-repo');
  const out = await tempDir('zizmor-out');
  dirs.push(repo, out);
  await mkdir(join(repo, '.github', 'workflows'), { recursive: true });
  await writeFile(join(repo, '.github', 'workflows', 'release.yml'), workflow);
  return { repo, out };
}

async function lint(repo: string, out: string, tools: ToolLocator) {
  const ctx = { ...stepContext('lint-iac', repo, out), tools };
  const result = await lintIac.run(ctx);
  const findings = (result.attestations[0]?.predicate.findings ?? []) as Finding[];
  return { result, findings, lines: ctx.lines };
}

async function zizmor(): Promise<ToolLocator> {
  const tools = nativeTools(process.env);
  if (!(await tools.find('zizmor')))
    throw new Error('no zizmor: run scripts/setup.sh (it installs zizmor into .tools/)');
  return tools;
}

describe('lint-iac with zizmor', () => {
  it('fails on an action pinned to a branch, which actionlint lets pass', async () => {
    const { repo, out } = await repoWith(UNPINNED);
    const { result, findings } = await lint(repo, out, await zizmor());
    expect(result.status).toBe('failed');
    const hit = findings.find((f) => f.ruleId === 'zizmor/unpinned-uses');
    expect(hit).toMatchObject({
      severity: 'high',
      location: { path: '.github/workflows/release.yml', line: 11 },
    });
    expect(hit?.fingerprint).toMatch(/^[0-9a-f]{32}:1$/);
    const sarif = JSON.parse(await readFile(join(out, 'lint-iac.sarif'), 'utf8'));
    const run = sarif.runs.find(
      (r: { tool: { driver: { name: string } } }) => r.tool.driver.name === 'zizmor',
    );
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+ \(sha256:[0-9a-f]{64}\)$/);
    expect((result as { tools?: Record<string, string> }).tools?.zizmor).toMatch(/sha256:/);
  });

  it('keeps actionlint alone when zizmor is not installed, and says so', async () => {
    const { repo, out } = await repoWith(UNPINNED);
    const { result, findings, lines } = await lint(repo, out, NO_TOOLS);
    expect(result.status).toBe('passed');
    expect(findings).toEqual([]);
    expect(lines.join('\n')).toMatch(/zizmor is not installed/);
  });

  it('reports a script injection once: our rule, not zizmor’s duplicate at the same line', async () => {
    const ctx = { ...(await lintContext('lint-iac', 'iac/bad')), tools: await zizmor() };
    const result = await lintIac.run(ctx);
    const findings = (result.attestations[0]?.predicate.findings ?? []) as Finding[];
    const onLine12 = findings.filter(
      (f) => f.location?.path === '.github/workflows/triage.yml' && f.location.line === 12,
    );
    expect(onLine12.map((f) => f.ruleId)).toEqual(['TG-GHA-001']);
    expect(ctx.lines.join('\n')).toMatch(/zizmor: 1 finding\(s\) already reported/);
  });

  it('fails naming zizmor when its output is not JSON', async () => {
    const { repo, out } = await repoWith(UNPINNED);
    const bin = await tempDir('zizmor-bin');
    dirs.push(bin);
    await writeFile(
      join(bin, 'zizmor'),
      '#!/bin/sh\n[ "$1" = --version ] && echo "zizmor 9.9.9" && exit 0\necho "not json"\n',
    );
    await chmod(join(bin, 'zizmor'), 0o755);
    const { result } = await lint(repo, out, toolsIn([bin]));
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/zizmor wrote its standard output, which is not valid JSON/);
  });

  it('lowers a finding zizmor is not confident about by one level', () => {
    expect(zizmorSeverity('High', 'High')).toBe('high');
    expect(zizmorSeverity('High', 'Low')).toBe('medium');
    expect(zizmorSeverity('Informational', 'Low')).toBe('info');
  });
});
