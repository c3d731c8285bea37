import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import { globMatch } from '../../core/glob.js';
import { listRepoFiles } from '../common/repo-files.js';
import { dropCovered, nativeRun } from '../common/native-tools.js';
import { finishScan, toolFailure } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { IAC_RULES, sarifRules } from './catalogue.js';
import { lintDockerfile } from './dockerfile.js';
import { isKubernetes, lintKubernetes } from './kubernetes.js';
import {
  CHECKOV_URI,
  dropDuplicates,
  HADOLINT_URI,
  runCheckov,
  runHadolint,
} from './native-iac.js';
import { RULES_DOC_URL } from './rule.js';
import { lintTerraform } from './terraform.js';
import { ACTIONLINT_VERSION, lintWorkflows } from './workflows.js';
import { parseYamlFile } from './yaml-source.js';
import { runZizmor, ZIZMOR_COVERED, ZIZMOR_URI } from './zizmor.js';

/**
 * lint-iac: Dockerfiles, Kubernetes manifests, Terraform and GitHub workflows under the
 * `paths` globs, each through its own rule family. One SARIF run (tool "tollgate-iac") with
 * the metadata of every rule, one scan-result. See docs/rules-iac.md.
 */
export const REPORT = 'lint-iac.sarif';

export type IacKind = 'dockerfile' | 'workflow' | 'yaml' | 'terraform';

/** Which family a file belongs to, by its name and place. */
export function iacKind(file: string): IacKind | undefined {
  const name = (file.split('/').pop() ?? '').toLowerCase();
  if (/^(docker|container)file([.-].*)?$/.test(name) || name.endsWith('.dockerfile'))
    return 'dockerfile';
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) return 'workflow';
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (name.endsWith('.tf')) return 'terraform';
  return undefined;
}

/** Our findings of one file, and whether checkov should read it too (a Kubernetes YAML). */
async function lintFile(
  kind: IacKind,
  file: string,
  text: string,
): Promise<{ findings: Finding[]; checkov: boolean }> {
  if (kind === 'yaml') {
    const docs = parseYamlFile(file, text);
    return isKubernetes(docs)
      ? { findings: await lintKubernetes(file, docs), checkov: true }
      : { findings: [], checkov: false };
  }
  return { findings: await lintOne(kind, file, text), checkov: kind !== 'workflow' };
}

async function lintOne(kind: IacKind, file: string, text: string): Promise<Finding[]> {
  switch (kind) {
    case 'dockerfile':
      return lintDockerfile(file, text);
    case 'workflow':
      return []; // batched: one actionlint process for all workflows
    case 'terraform':
      return lintTerraform(file, text);
    case 'yaml':
      return [];
  }
}

async function lint(ctx: StepContext): Promise<StepResult> {
  const globs = (ctx.inputs.paths ?? '**')
    .split(/[\n,]+/)
    .map((g) => g.trim())
    .filter(Boolean);
  const files = (await listRepoFiles(ctx.repoDir)).filter((f) =>
    globs.some((g) => globMatch(g, f)),
  );
  const findings: Finding[] = [];
  const workflows: { path: string; text: string }[] = [];
  const forCheckov: string[] = [];
  const dockerfiles: string[] = [];
  const seen: Record<IacKind, number> = { dockerfile: 0, workflow: 0, yaml: 0, terraform: 0 };
  for (const file of files) {
    const kind = iacKind(file);
    if (!kind) continue;
    seen[kind]++;
    const text = await readFile(join(ctx.repoDir, file), 'utf8');
    if (kind === 'workflow') {
      workflows.push({ path: file, text });
      continue;
    }
    const own = await lintFile(kind, file, text);
    findings.push(...own.findings);
    if (own.checkov) forCheckov.push(file);
    if (kind === 'dockerfile') dockerfiles.push(file);
  }
  findings.push(...(await lintWorkflows(ctx, workflows)));
  const zizmor = await runZizmor(
    ctx,
    workflows.map((w) => w.path),
  );
  const dedup = dropCovered(zizmor.findings, findings, ZIZMOR_COVERED);
  zizmor.findings = dedup.kept;
  if (dedup.dropped)
    ctx.log(`zizmor: ${dedup.dropped} finding(s) already reported by our own rules`);
  const severities = Object.fromEntries(IAC_RULES.map((r) => [r.id, r.severity]));
  const natives = {
    checkov: await runCheckov(
      ctx,
      forCheckov,
      ['dockerfile', 'kubernetes', 'terraform'],
      severities,
    ),
    hadolint: await runHadolint(ctx, dockerfiles, severities),
  };
  for (const [name, run] of Object.entries(natives)) {
    const { kept, dropped } = dropDuplicates(run.findings, run.spans, findings);
    run.findings = kept;
    if (run.tool)
      ctx.log(`${name}: ${kept.length} finding(s), ${dropped} already reported by our own rules`);
  }
  if (Object.values(seen).every((n) => n === 0))
    throw new TollgateError(
      'INPUT_INVALID',
      `no Dockerfile, YAML, Terraform or workflow file matches ${globs.join(', ')}`,
      {
        hint: 'set the `paths` input to where the infrastructure code lives',
      },
    );
  ctx.log(
    `checked ${seen.dockerfile} Dockerfile(s), ${seen.yaml} YAML file(s), ${seen.terraform} Terraform file(s), ${seen.workflow} workflow(s)`,
  );
  return finishScan(
    ctx,
    [
      {
        tool: {
          name: 'tollgate-iac',
          version: `1 (actionlint ${ACTIONLINT_VERSION})`,
          informationUri: RULES_DOC_URL,
          rules: sarifRules(),
        },
        findings,
      },
      ...nativeRun(zizmor, ZIZMOR_URI),
      ...nativeRun(natives.checkov, CHECKOV_URI),
      ...nativeRun(natives.hadolint, HADOLINT_URI),
    ],
    REPORT,
  );
}

export const lintIac: StepImplementation = {
  id: 'lint-iac',
  async run(ctx) {
    try {
      return await lint(ctx);
    } catch (e) {
      return toolFailure(ctx, e, 'tollgate-iac');
    }
  },
};
