import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { NO_TOOLS, nativeTools, toolsIn } from '../../src/steps/common/native-tools.js';
import { lintIac } from '../../src/steps/lint-iac/index.js';
import type { ToolLocator } from '../../src/steps/types.js';
import { lintContext } from './lint-context.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function tools(): Promise<ToolLocator> {
  const t = nativeTools(process.env);
  for (const name of ['checkov', 'hadolint'])
    if (!(await t.find(name)))
      throw new Error(`no ${name}: run scripts/setup.sh (it installs it into .tools/)`);
  return t;
}

const findingsOf = (result: { attestations: { predicate: Record<string, unknown> }[] }) =>
  (result.attestations[0]?.predicate.findings ?? []) as Finding[];
const at = (findings: Finding[], ruleId: string, path: string) =>
  findings
    .filter((f) => f.ruleId === ruleId && f.location?.path === path)
    .map((f) => f.location?.line);

// Our Terraform rules read EBS volumes, RDS and S3; checkov also reads launch configurations.
const LAUNCH_CONFIG = `resource "aws_launch_configuration" "web" {
  image_id      = "ami-123456"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = false
  }
}
`;

async function repoWith(files: Record<string, string>) {
  const repo = await tempDir('iac-native');
  const out = await tempDir('iac-native-out');
  dirs.push(repo, out);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(repo, name, '..'), { recursive: true });
    await writeFile(join(repo, name), text);
  }
  return { repo, out };
}

async function lint(repo: string, out: string, t: ToolLocator, inputs = {}) {
  const ctx = { ...stepContext('lint-iac', repo, out, inputs), tools: t };
  const result = await lintIac.run(ctx);
  return { result, findings: findingsOf(result), lines: ctx.lines };
}

// checkov and semgrep start slowly (a Python start, then every rule loaded): minutes on a
// busy two-core machine.
describe('lint-iac with checkov and hadolint', { timeout: 300_000 }, () => {
  it('keeps every planted problem under our ids and drops the tools’ duplicates of them', async () => {
    const ctx = { ...(await lintContext('lint-iac', 'iac/bad')), tools: await tools() };
    const result = await lintIac.run(ctx);
    const findings = findingsOf(result);
    expect(result.status).toBe('failed');
    expect(at(findings, 'TG-DOCKER-002', 'Dockerfile')).toEqual([1]);
    expect(at(findings, 'TG-DOCKER-003', 'Dockerfile')).toEqual([1]);
    expect(at(findings, 'TG-K8S-002', 'k8s/privileged-pod.yaml')).toEqual([12]);
    expect(at(findings, 'TG-K8S-003', 'k8s/host-network.yaml')).toEqual([6]);
    expect(at(findings, 'TG-K8S-006', 'k8s/no-limits.yaml')).toEqual([15]);
    expect(at(findings, 'TG-TF-002', 'main.tf')).toEqual([20]);
    expect(at(findings, 'TG-TF-004', 'main.tf')).toEqual([31, 31]);
    // The same problems as checkov and hadolint report them: dropped.
    for (const dup of [
      'checkov/CKV_K8S_16',
      'checkov/CKV_K8S_19',
      'checkov/CKV_DOCKER_7',
      'checkov/CKV_DOCKER_3',
      'checkov/CKV_AWS_24',
      'checkov/CKV_AWS_62',
      'hadolint/DL3007',
    ])
      expect(findings.filter((f) => f.ruleId === dup)).toEqual([]);
    // What only checkov checks is there, with a fingerprint, at low severity.
    const probe = findings.find(
      (f) => f.ruleId === 'checkov/CKV_K8S_9' && f.location?.path === 'k8s/no-limits.yaml',
    );
    expect(probe).toMatchObject({ severity: 'low', location: { line: 1 } });
    expect(probe?.fingerprint).toMatch(/^[0-9a-f]{32}:\d+$/);
    const sarif = JSON.parse(await readFile(join(ctx.outDir, 'lint-iac.sarif'), 'utf8'));
    const names = sarif.runs.map((r: { tool: { driver: { name: string; version: string } } }) => [
      r.tool.driver.name,
      r.tool.driver.version,
    ]);
    expect(names).toContainEqual(['checkov', expect.stringMatching(/^3\.\d+\.\d+ \(sha256:/)]);
    expect(names).toContainEqual(['hadolint', expect.stringMatching(/^2\.\d+\.\d+ \(sha256:/)]);
    expect(ctx.lines.join('\n')).toMatch(/checkov: \d+ finding\(s\), \d+ already reported/);
  });

  it('fails on what checkov finds and our rules miss; passes without checkov', async () => {
    const { repo, out } = await repoWith({ 'infra/main.tf': LAUNCH_CONFIG });
    const native = await lint(repo, out, await tools());
    expect(native.result.status).toBe('failed');
    expect(at(native.findings, 'checkov/CKV_AWS_8', 'infra/main.tf')).toEqual([1]);
    expect(native.findings.find((f) => f.ruleId === 'checkov/CKV_AWS_8')?.severity).toBe('high');
    const fallback = await lint(repo, out, NO_TOOLS);
    expect(fallback.result.status).toBe('passed');
    expect(fallback.findings.filter((f) => f.ruleId.startsWith('checkov/'))).toEqual([]);
    expect(fallback.lines.join('\n')).toMatch(/checkov is not installed/);
  });

  it('reports hadolint’s findings at their instruction, mapped to our severity', async () => {
    const dockerfile = 'FROM node:22.1.0\nADD src /app\nUSER node\nHEALTHCHECK CMD true\n';
    const { repo, out } = await repoWith({ Dockerfile: dockerfile });
    const { result, findings } = await lint(repo, out, await tools(), { 'fail-on': 'medium' });
    expect(at(findings, 'hadolint/DL3020', 'Dockerfile')).toEqual([2]);
    expect(findings.find((f) => f.ruleId === 'hadolint/DL3020')?.severity).toBe('medium');
    expect(result.status).toBe('failed');
  });

  it('fails naming the tool when checkov writes something that is not JSON', async () => {
    const { repo, out } = await repoWith({ 'main.tf': LAUNCH_CONFIG });
    const bin = await tempDir('checkov-bin');
    dirs.push(bin);
    await writeFile(
      join(bin, 'checkov'),
      '#!/bin/sh\n[ "$1" = --version ] && echo 3.3.30 && exit 0\necho "Traceback"\n',
    );
    await chmod(join(bin, 'checkov'), 0o755);
    const { result } = await lint(repo, out, toolsIn([bin]));
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/checkov wrote its standard output, which is not valid JSON/);
  });
});
