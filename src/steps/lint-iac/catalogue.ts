import { DOCKERFILE_RULES } from './dockerfile.js';
import { KUBERNETES_RULES } from './kubernetes.js';
import { renderNativeCoverage } from './native-iac.js';
import { helpUri, type IacRule } from './rule.js';
import { TERRAFORM_RULES } from './terraform.js';
import { WORKFLOW_RULES } from './workflows.js';

/** Every IaC rule, in documentation order. docs/rules-iac.md is rendered from this list. */
export const IAC_RULES: IacRule[] = [
  ...Object.values(DOCKERFILE_RULES),
  ...Object.values(KUBERNETES_RULES),
  ...Object.values(TERRAFORM_RULES),
  ...Object.values(WORKFLOW_RULES),
];

export function sarifRules() {
  return IAC_RULES.map((r) => ({
    id: r.id,
    name: r.title,
    shortDescription: r.title,
    help: r.help,
    helpUri: helpUri(r),
  }));
}

/** The text of docs/rules-iac.md; a test fails when the committed file differs. */
export function renderRulesDoc(): string {
  const lines = [
    '# IaC rules',
    '',
    '<!-- Generated from src/steps/lint-iac/*.ts by renderRulesDoc(); edit the rules there and run',
    '     `TOLLGATE_WRITE_DOCS=1 npx vitest run test/steps/lint-iac-doc.test.ts`. -->',
    '',
    'The rules of the `lint-iac` step. Each finding names its rule id, severity, file and line;',
    'policies and exceptions refer to these ids. The step fails on findings at or above',
    "`medium`; the gate applies the policy's `failOn` to the attested findings.",
    '',
  ];
  const families = [...new Set(IAC_RULES.map((r) => r.family))];
  for (const family of families) {
    lines.push(`## ${family}`, '', '| id | severity | rule |', '|---|---|---|');
    for (const r of IAC_RULES.filter((x) => x.family === family))
      lines.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title} |`);
    lines.push('');
    for (const r of IAC_RULES.filter((x) => x.family === family))
      lines.push(`### ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.help, '');
  }
  lines.push(
    ...renderNativeCoverage(
      IAC_RULES.filter((r) => r.family !== 'GitHub workflows'),
      'lint-iac',
    ),
    '## GitHub workflows: zizmor',
    '',
    "When zizmor is installed, `lint-iac` runs it (`--offline`, regular persona) on the workflows next to actionlint: template injection, unpinned actions and images, dangerous triggers, excessive permissions, credentials persisted by checkout ([zizmor's audits](https://docs.zizmor.sh/audits/)).",
    "Each audit is a rule `zizmor/<audit>`. zizmor's severity maps one to one (`informational` to `info`), one level lower when zizmor's own confidence is low. A `template-injection` at the line of a TG-GHA-001 finding, or a `hardcoded-container-credentials` at one of TG-GHA-003, is left to our rule.",
    '',
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
