import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { findStep } from '../../src/pipeline/graph.js';
import { NO_TOOLS, nativeTools } from '../../src/steps/common/native-tools.js';
import { cloudScan } from '../../src/steps/cloud-scan/index.js';
import type { StepResult, ToolLocator } from '../../src/steps/types.js';
import { scratch } from './build-helpers.js';

const CLOUD = join(import.meta.dirname, '..', 'fixtures', 'per-pr', 'cloud');
const findingsOf = (r: StepResult) => (r.attestations[0]?.predicate.findings ?? []) as Finding[];

async function tools(): Promise<ToolLocator> {
  const t = nativeTools(process.env);
  if (!(await t.find('checkov')))
    throw new Error('no checkov: run scripts/setup.sh (it installs it into .tools/)');
  return t;
}

async function scan(repo: string, reports: string, inputs: Record<string, string>, t: ToolLocator) {
  const log: string[] = [];
  const result = await cloudScan.run({
    step: findStep('cloud-scan')!,
    repoDir: repo,
    outDir: join(reports, 'cloud-scan'),
    reportsOf: (s) => join(reports, s),
    inputs,
    commit: 'a'.repeat(40),
    repository: 'example/app',
    upstream: {},
    log: (l) => log.push(l),
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
    tools: t,
  });
  return { result, findings: findingsOf(result), log };
}

// checkov and semgrep start slowly (a Python start, then every rule loaded): minutes on a
// busy two-core machine.
describe('cloud-scan with checkov', { timeout: 300_000 }, () => {
  const dirs: ReturnType<typeof scratch>[] = [];
  afterAll(() => dirs.forEach((d) => d.cleanup()));

  it('still catches the planted problems under our ids, with checkov’s extra checks beside them', async () => {
    const d = scratch();
    dirs.push(d);
    cpSync(join(CLOUD, 'bad'), d.repo, { recursive: true });
    const inputs = { paths: 'k8s/**,infra/**', 'terraform-plan': 'plan.json' };
    const { result, findings, log } = await scan(d.repo, d.reports, inputs, await tools());
    expect(result.status).toBe('failed');
    const one = (id: string, path: string) =>
      findings.filter((x) => x.ruleId === id && x.location?.path === path);
    expect(one('TG-TF-001', 'plan.json')).toHaveLength(1);
    expect(one('TG-K8S-002', 'k8s/privileged-pod.yaml').map((x) => x.location?.line)).toEqual([14]);
    for (const id of ['TG-CLOUD-001', 'TG-CLOUD-004', 'TG-CLOUD-006', 'TG-CLOUD-010', 'TG-TF-004'])
      expect(findings.some((f) => f.ruleId === id)).toBe(true);
    // checkov's own finding of the privileged container is ours already: dropped.
    expect(one('checkov/CKV_K8S_16', 'k8s/privileged-pod.yaml')).toEqual([]);
    // checkov read the plan too, and its findings there are named by the plan's path.
    const planChecks = findings.filter(
      (f) => f.ruleId.startsWith('checkov/') && f.location?.path === 'plan.json',
    );
    expect(planChecks.length).toBeGreaterThan(0);
    const prints = findings.map((f) => f.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(log.join('\n')).toMatch(/checkov: \d+ finding\(s\), [1-9]\d* already reported/);
    const sarif = JSON.parse(
      readFileSync(join(d.reports, 'cloud-scan', 'cloud-scan.sarif'), 'utf8'),
    );
    expect(
      sarif.runs.map((r: { tool: { driver: { name: string } } }) => r.tool.driver.name),
    ).toEqual(['tollgate-cloud', 'checkov']);
  });

  it('fails on a launch configuration without encryption only when checkov is there', async () => {
    const d = scratch();
    dirs.push(d);
    mkdirSync(d.repo, { recursive: true });
    writeFileSync(
      join(d.repo, 'main.tf'),
      'resource "aws_launch_configuration" "web" {\n  image_id      = "ami-123456"\n  instance_type = "t3.micro"\n  root_block_device {\n    encrypted = false\n  }\n}\n',
    );
    const native = await scan(d.repo, d.reports, { paths: '*.tf' }, await tools());
    expect(native.result.status).toBe('failed');
    expect(native.findings.find((f) => f.ruleId === 'checkov/CKV_AWS_8')).toMatchObject({
      severity: 'high',
      location: { path: 'main.tf', line: 1 },
    });
    const fallback = await scan(d.repo, d.reports, { paths: '*.tf' }, NO_TOOLS);
    expect(fallback.result.status).toBe('passed');
    expect(fallback.log.join('\n')).toMatch(/checkov is not installed/);
  });
});
