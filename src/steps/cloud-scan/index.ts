import { resolve } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import { readInput } from '../../core/fs.js';
import { assignFingerprints } from '../common/fingerprint.js';
import { sarifRulesOf } from '../common/rule-table.js';
import { parseToolJson } from '../common/run-tool.js';
import { finishScan, toolFailure } from '../common/scan-step.js';
import { nativeRun } from '../common/native-tools.js';
import { IAC_RULES, sarifRules as iacSarifRules } from '../lint-iac/catalogue.js';
import { CHECKOV_URI, dropDuplicates, runCheckov } from '../lint-iac/native-iac.js';
import { isKubernetes, lintKubernetes } from '../lint-iac/kubernetes.js';
import { checkTerraform } from '../lint-iac/terraform-check.js';
import { hclSource, parseHcl } from '../lint-iac/terraform.js';
import { parseYamlFile } from '../lint-iac/yaml-source.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { checkKubernetesExposure, objectsOf, type K8sObject } from './kubernetes.js';
import { planBlocks } from './plan.js';
import { CLOUD_DOC_URL, CLOUD_RULES } from './rules.js';
import { cloudFiles } from './sources.js';
import { checkTerraformCloud } from './terraform.js';

/**
 * cloud-scan: rules over the deployment's effective configuration — the Kubernetes objects
 * as rendered or deployed, Terraform HCL and plan JSON. lint-iac's Kubernetes and Terraform
 * rules run on them (imported, not copied), plus the exposure, RBAC and public-resource
 * rules of rules.ts. One SARIF run, tool tollgate-cloud; see docs/rules-cloud.md.
 */
export const REPORT = 'cloud-scan.sarif';
export const CLOUD_VERSION = '1';

async function scan(ctx: StepContext): Promise<StepResult> {
  const files = await cloudFiles(ctx);
  const findings: Finding[] = [];
  const objects: K8sObject[] = [];
  const seen = { kubernetes: 0, terraform: 0, plan: 0 };
  // What checkov reads too: absolute path → the name findings use.
  const forCheckov = new Map<string, string>();
  for (const file of files) {
    const text = (await readInput(file.abs, 'the file')).toString('utf8');
    if (file.kind === 'yaml') {
      const docs = parseYamlFile(file.display, text);
      if (!isKubernetes(docs)) continue;
      seen.kubernetes++;
      forCheckov.set(file.abs, file.display);
      findings.push(...(await lintKubernetes(file.display, docs)));
      objects.push(...objectsOf(file.display, docs));
    } else {
      const { blocks, source } =
        file.kind === 'plan'
          ? planBlocks(parseToolJson(text, 'terraform show -json', file.display), file.display)
          : { blocks: await parseHcl(file.display, text), source: hclSource(text) };
      seen[file.kind]++;
      forCheckov.set(file.abs, file.display);
      findings.push(...checkTerraform(blocks, file.display, source));
      findings.push(...checkTerraformCloud(blocks, file.display, source));
    }
  }
  findings.push(...checkKubernetesExposure(objects));
  // A plan has no lines: the message (which names the resource address) tells two findings
  // of one rule apart, where the context would for YAML and HCL (finishScan adds those).
  assignFingerprints(
    findings.filter((f) => !f.location?.line),
    { anchor: (f) => ({ key: `${f.location?.path ?? ''}\u0000${f.message ?? ''}` }) },
  );
  const severities = Object.fromEntries(
    [...IAC_RULES, ...CLOUD_RULES].map((r) => [r.id, r.severity]),
  );
  const checkov = await runCheckov(
    ctx,
    [...forCheckov.keys()],
    ['kubernetes', 'terraform', 'terraform_plan'],
    severities,
    (p) => forCheckov.get(resolve(ctx.repoDir, p)) ?? p,
  );
  const dedup = dropDuplicates(checkov.findings, checkov.spans, findings);
  checkov.findings = dedup.kept;
  if (checkov.tool)
    ctx.log(
      `checkov: ${dedup.kept.length} finding(s), ${dedup.dropped} already reported by our own rules`,
    );
  // A plan has no lines for checkov either: the same keys as ours.
  assignFingerprints(
    checkov.findings.filter((f) => !f.location?.line),
    { anchor: (f) => ({ key: `${f.location?.path ?? ''}\u0000${f.message ?? ''}` }) },
  );
  ctx.log(
    `cloud-scan: ${objects.length} Kubernetes object(s) in ${seen.kubernetes} file(s), ${seen.terraform} Terraform file(s), ${seen.plan} plan(s)`,
  );
  const rules = [
    ...sarifRulesOf(CLOUD_RULES, CLOUD_DOC_URL),
    ...iacSarifRules().filter((r) => /^TG-(K8S|TF)-/.test(r.id)),
  ];
  return finishScan(
    ctx,
    [
      {
        tool: {
          name: 'tollgate-cloud',
          version: CLOUD_VERSION,
          informationUri: CLOUD_DOC_URL,
          rules,
        },
        findings,
      },
      ...nativeRun(checkov, CHECKOV_URI),
    ],
    REPORT,
    [
      `- checked ${objects.length} Kubernetes object(s), ${seen.terraform} Terraform file(s), ${seen.plan} plan(s)`,
    ],
  );
}

export const cloudScan: StepImplementation = {
  id: 'cloud-scan',
  async run(ctx) {
    try {
      return await scan(ctx);
    } catch (e) {
      return toolFailure(ctx, e, 'tollgate-cloud');
    }
  },
};
