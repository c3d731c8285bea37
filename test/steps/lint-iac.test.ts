import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { lintIac } from '../../src/steps/lint-iac/index.js';
import { lintContext } from './lint-context.js';

const run = async (fixture: string, inputs: Record<string, string> = {}) => {
  const ctx = await lintContext('lint-iac', fixture, inputs);
  const result = await lintIac.run(ctx);
  const findings = (result.attestations[0]?.predicate.findings ?? []) as Finding[];
  return { ctx, result, findings };
};
const at = (findings: Finding[], ruleId: string, path: string) =>
  findings
    .filter((f) => f.ruleId === ruleId && f.location?.path === path)
    .map((f) => f.location?.line);

describe('lint-iac', () => {
  it('passes clean Dockerfile, Kubernetes, Terraform and workflow files', async () => {
    const { result, findings } = await run('iac/clean');
    expect(findings).toEqual([]);
    expect(result.status).toBe('passed');
  });

  it('reports every planted problem with its rule id, file and line', async () => {
    const { result, findings, ctx } = await run('iac/bad');
    expect(result.status).toBe('failed');
    // Dockerfile: :latest base image, no USER (root)
    expect(at(findings, 'TG-DOCKER-002', 'Dockerfile')).toEqual([1]);
    expect(at(findings, 'TG-DOCKER-003', 'Dockerfile')).toEqual([1]);
    // Kubernetes
    expect(at(findings, 'TG-K8S-002', 'k8s/privileged-pod.yaml')).toEqual([12]);
    expect(at(findings, 'TG-K8S-003', 'k8s/host-network.yaml')).toEqual([6]);
    expect(at(findings, 'TG-K8S-006', 'k8s/no-limits.yaml')).toEqual([15]);
    expect(at(findings, 'TG-K8S-007', 'k8s/no-limits.yaml')).toEqual([16]);
    expect(at(findings, 'TG-K8S-001', 'k8s/invalid-service.yaml')).toEqual([7]);
    // Terraform
    expect(at(findings, 'TG-TF-001', 'main.tf')).toEqual([3]);
    expect(at(findings, 'TG-TF-002', 'main.tf')).toEqual([20]);
    expect(at(findings, 'TG-TF-003', 'main.tf')).toEqual([24]);
    expect(at(findings, 'TG-TF-004', 'main.tf')).toEqual([31, 31]);
    // Workflow: script injection found by actionlint
    expect(at(findings, 'TG-GHA-001', '.github/workflows/triage.yml')).toEqual([12]);
    const sarif = JSON.parse(await readFile(join(ctx.outDir, 'lint-iac.sarif'), 'utf8'));
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'TG-K8S-002');
    expect(rule.helpUri).toMatch(/rules-iac\.md#tg-k8s-002$/);
    expect(rule.help.text).toMatch(/privileged/);
  });

  it.each([
    ['iac/broken-yaml', /YAML parser could not parse pod\.yaml:\d+: /],
    ['iac/broken-tf', /hcl2json could not parse main\.tf/],
    ['iac/broken-workflow', /actionlint could not parse \.github\/workflows\/ci\.yml/],
  ])('fails, naming the tool and the file, on an unparsable file (%s)', async (fixture, reason) => {
    const { result } = await run(fixture);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(reason);
  });

  it('fails when the paths input matches no IaC file', async () => {
    const { result } = await run('iac/clean', { paths: 'nowhere/**' });
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /no Dockerfile, YAML, Terraform or workflow file matches nowhere/,
    );
  });
});
