import { renderRuleTable } from '../common/rule-table.js';
import { IAC_RULES } from '../lint-iac/catalogue.js';
import { renderNativeCoverage } from '../lint-iac/native-iac.js';
import { CLOUD_K8S_RULES, CLOUD_RULES, CLOUD_TF_RULES } from './rules.js';

/** The text of docs/rules-cloud.md; a test fails when the committed file differs. */
export function renderCloudRulesDoc(): string {
  const reused = IAC_RULES.filter((r) => r.family === 'Kubernetes' || r.family === 'Terraform');
  const lines = [
    '# Cloud misconfiguration rules',
    '',
    '<!-- Generated from src/steps/cloud-scan/rules.ts by renderCloudRulesDoc(); edit the rules there',
    '     and run `TOLLGATE_WRITE_DOCS=1 npx vitest run test/steps/cloud-scan-doc.test.ts`. -->',
    '',
    'The rules of the `cloud-scan` step, over the effective configuration of a deployment: the',
    'Kubernetes objects as deploy-test rendered or applied them (or the files of `paths`), Terraform',
    'HCL and a Terraform plan in JSON. Each finding names its rule id, severity and file (with the',
    'line for YAML and HCL; a plan finding names the resource address instead). The step fails on',
    "findings at or above its `fail-on` input (default `high`); the gate applies the policy's",
    '`failOn` to the attested findings.',
    '',
    '## Kubernetes: exposure and access',
    '',
    ...renderRuleTable(Object.values(CLOUD_K8S_RULES)),
    '## Terraform: public resources and encryption',
    '',
    'These rules read HCL and plan JSON alike (AWS, and the public-access settings of Google',
    'Cloud Storage and Azure storage).',
    '',
    ...renderRuleTable(Object.values(CLOUD_TF_RULES)),
    '## Rules shared with lint-iac',
    '',
    'The Kubernetes and Terraform rules of `lint-iac` run on the same objects, so that what was',
    'linted in the repository is checked again as deployed. They are documented in',
    '[rules-iac.md](rules-iac.md).',
    '',
    '| id | severity | rule |',
    '|---|---|---|',
    ...reused.map(
      (r) => `| [${r.id}](rules-iac.md#${r.id.toLowerCase()}) | ${r.severity} | ${r.title} |`,
    ),
    '',
    ...renderNativeCoverage([...CLOUD_RULES, ...reused], 'cloud-scan', (id) =>
      id.startsWith('TG-CLOUD-') ? `#${id.toLowerCase()}` : `rules-iac.md#${id.toLowerCase()}`,
    ),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
