import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import type { StepResult } from '../../src/steps/types.js';
import { runStep, scratch } from './build-helpers.js';

const CLOUD = join(import.meta.dirname, '..', 'fixtures', 'per-pr', 'cloud');
const findingsOf = (r: StepResult) => (r.attestations[0]?.predicate.findings ?? []) as Finding[];
const ids = (f: Finding[]) => [...new Set(f.map((x) => x.ruleId))].sort();

describe('cloud-scan', () => {
  const dirs: ReturnType<typeof scratch>[] = [];
  const fixture = (name: string) => {
    const d = scratch();
    dirs.push(d);
    cpSync(join(CLOUD, name), d.repo, { recursive: true });
    return d;
  };
  afterAll(() => dirs.forEach((d) => d.cleanup()));

  it('passes clean manifests, HCL and plan (exposed Service covered by a NetworkPolicy, Ingress with TLS)', async () => {
    const d = fixture('clean');
    const r = await runStep('cloud-scan', d.repo, d.reports, {
      paths: 'k8s/**,infra/**',
      'terraform-plan': 'plan.json',
      'fail-on': 'low',
    });
    expect(findingsOf(r)).toEqual([]);
    expect(r.status).toBe('passed');
    expect(r.log.join('\n')).toContain(
      '5 Kubernetes object(s) in 1 file(s), 1 Terraform file(s), 1 plan(s)',
    );
  });

  it('flags a bucket policy that allows everyone, not one that denies everyone without TLS', async () => {
    const policy = (effect: string) => `resource "aws_s3_bucket_policy" "p" {
  bucket = "b"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "${effect}", Principal = "*", Action = "s3:*", Resource = "*" }]
  })
}
`;
    const run = async (effect: string) => {
      const d = scratch();
      dirs.push(d);
      mkdirSync(d.repo, { recursive: true });
      writeFileSync(join(d.repo, 'main.tf'), policy(effect));
      return ids(findingsOf(await runStep('cloud-scan', d.repo, d.reports, { paths: '*.tf' })));
    };
    expect(await run('Allow')).toContain('TG-CLOUD-011');
    expect(await run('Deny')).not.toContain('TG-CLOUD-011');
  });

  it('fails on a public bucket in the plan and a privileged pod, with the rule of each', async () => {
    const d = fixture('bad');
    const r = await runStep('cloud-scan', d.repo, d.reports, {
      paths: 'k8s/**,infra/**',
      'terraform-plan': 'plan.json',
    });
    expect(r.status).toBe('failed');
    const f = findingsOf(r);
    const one = (id: string, path: string) =>
      f.filter((x) => x.ruleId === id && x.location?.path === path);
    // the public bucket, found by lint-iac's Terraform rule on the plan, named by its address
    expect(one('TG-TF-001', 'plan.json').map((x) => x.message)).toEqual([
      'Public S3 bucket: aws_s3_bucket_acl.site: acl = public-read',
    ]);
    // the privileged pod, found by lint-iac's Kubernetes rule, with its line
    expect(one('TG-K8S-002', 'k8s/privileged-pod.yaml').map((x) => x.location?.line)).toEqual([14]);
    expect(ids(f)).toEqual(
      expect.arrayContaining([
        'TG-CLOUD-001', // LoadBalancer without source ranges
        'TG-CLOUD-002', // ... and without a NetworkPolicy
        'TG-CLOUD-004', // hostPort
        'TG-CLOUD-006', // cluster-admin binding
        'TG-CLOUD-010', // public database in the plan
        'TG-CLOUD-012', // allUsers on a GCS bucket (HCL)
        'TG-CLOUD-014', // plain HTTP listener (HCL)
        'TG-TF-002', // SSH open to the world, in a child module of the plan
        'TG-TF-003', // bucket without encryption in the plan
        'TG-TF-004', // wildcard IAM in the plan
      ]),
    );
    expect(one('TG-TF-002', 'plan.json')[0]?.message).toContain(
      'module.network.aws_security_group.admin',
    );
    // plan findings have no line; each still has its own identity (from the resource address)
    const planPrints = f.filter((x) => x.location?.path === 'plan.json').map((x) => x.fingerprint);
    expect(new Set(planPrints).size).toBe(planPrints.length);
    const sarif = JSON.parse(
      readFileSync(join(d.reports, 'cloud-scan', 'cloud-scan.sarif'), 'utf8'),
    );
    const rule = sarif.runs[0].tool.driver.rules.find(
      (x: { id: string }) => x.id === 'TG-CLOUD-001',
    );
    expect(rule.helpUri).toMatch(/rules-cloud\.md#tg-cloud-001$/);
  });

  it('reads the manifests deploy-test rendered when no paths are given', async () => {
    const d = fixture('clean');
    mkdirSync(join(d.reports, 'deploy-test'), { recursive: true });
    cpSync(join(CLOUD, 'rendered'), join(d.reports, 'deploy-test', 'rendered'), {
      recursive: true,
    });
    writeFileSync(
      join(d.reports, 'deploy-test', 'deployment.json'),
      JSON.stringify({
        baseUrl: 'http://127.0.0.1:1/',
        host: '127.0.0.1',
        ports: [1],
        declaredPorts: [1],
        target: 'kubernetes',
        renderedManifests: 'rendered',
      }),
    );
    const r = await runStep('cloud-scan', d.repo, d.reports, {});
    expect(r.status).toBe('failed');
    const priv = findingsOf(r).find((x) => x.ruleId === 'TG-K8S-002');
    expect(priv?.location).toEqual({ path: 'deploy-test/rendered/applied.json', line: 20 });
  });

  it('fails with a clear reason when there is nothing to scan or the plan is not a plan', async () => {
    const d = fixture('clean');
    const none = await runStep('cloud-scan', d.repo, d.reports, {});
    expect(none.status).toBe('failed');
    expect(none.reason).toMatch(/no output of the deploy-test step/);
    const notPlan = await runStep('cloud-scan', d.repo, d.reports, {
      'terraform-plan': 'k8s/app.yaml',
    });
    expect(notPlan.reason).toMatch(/k8s\/app\.yaml, which is not valid JSON/);
  });
});
