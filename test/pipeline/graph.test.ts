import { describe, expect, it } from 'vitest';
import { findStep, STEPS } from '../../src/pipeline/graph.js';
import { COMMON_INPUTS, STEP_INPUTS } from '../../src/pipeline/inputs.js';
import { boxRows } from '../../src/pipeline/render/pipeline-doc.js';
import { renderWorkflow } from '../../src/pipeline/render/workflow.js';
import { parse } from 'yaml';

/** Every box of the diagrams in the design (architecture.md, section 1). */
const ORIGINAL_BOXES: [string, string][] = [
  ['secret scan', 'step `secret-scan`'],
  ['language-specific linters', 'step `lint-language`'],
  ['infrastructure as code (IaC) linters', 'step `lint-iac`'],
  ['OpenAPI linter', 'step `lint-openapi`'],
  ['compile', 'step `compile`'],
  ['OpenAPI specs', 'artefact of `compile`'],
  ['code coverage', 'step `instrument`'],
  ['unit tests', 'step `unit-tests`'],
  ['integration tests', 'step `integration-tests`'],
  ['coverage aggregation', 'step `coverage`'],
  ['container / buildpack image', 'step `container`'],
  ['SCA scan', 'step `sca`'],
  ['manifest / notices', 'artefact of `sca`'],
  ['container scan', 'step `container-scan`'],
  ['signed identity', 'step `sign-image`'],
  ['published image', 'step `publish-image`'],
  ['SAST', 'step `sast`'],
  ['deploy to a test environment', 'step `deploy-test`'],
  ['system tests', 'step `system-tests`'],
  ['reliability / chaos tests', 'step `chaos`'],
  ['DAST', 'step `dast`'],
  ['API fuzzing', 'step `api-fuzz`'],
  ['infrastructure vulnerability scan', 'step `infra-scan`'],
  ['cloud misconfiguration scan', 'step `cloud-scan`'],
  ['performance tests', 'step `performance`'],
  ['peer review', 'step `peer-review`'],
  ['stakeholder approval', 'step `approval`'],
  ['publish artefacts to a staging repository', 'step `publish-staging`'],
  ['deploy to staging', 'step `deploy-staging`'],
  ['promote to production', 'step `promote-production`'],
];

describe('pipeline graph', () => {
  it('maps every box of the original diagrams, and nothing else', () => {
    const rows = boxRows().map(([box, , impl]) => [box, impl]);
    expect(rows.sort()).toEqual([...ORIGINAL_BOXES].sort());
  });

  it('needs stay within a stage and form no cycle', () => {
    for (const s of STEPS) {
      for (const n of s.needs) expect(findStep(n)?.stage, `${s.id} needs ${n}`).toBe(s.stage);
    }
    const done = new Set<string>();
    let progress = true;
    while (progress) {
      progress = false;
      for (const s of STEPS) {
        if (!done.has(s.id) && s.needs.every((n) => done.has(n))) {
          done.add(s.id);
          progress = true;
        }
      }
    }
    expect(done.size).toBe(STEPS.length);
  });

  it('gives each action unique input names', () => {
    for (const s of STEPS) {
      const names = [...COMMON_INPUTS, ...(STEP_INPUTS[s.id] ?? [])].map((i) => i.name);
      expect(new Set(names).size, s.id).toBe(names.length);
    }
  });

  it('grants id-token: write to signing jobs only, and write access only where the graph says', () => {
    const wf = parse(renderWorkflow('per-pr')) as {
      jobs: Record<string, { permissions: Record<string, string> }>;
    };
    expect(wf.jobs.gate?.permissions).toEqual({ contents: 'read' });
    for (const [id, job] of Object.entries(wf.jobs)) {
      const writes = Object.entries(job.permissions).filter(([, v]) => v === 'write');
      // Fork safety: nothing in the pull-request stage can write besides minting an OIDC token.
      expect(
        writes.map(([k]) => k).filter((k) => k !== 'id-token'),
        id,
      ).toEqual([]);
    }
  });

  it('runs the per-merge approval in the environment the input names', () => {
    const wf = parse(renderWorkflow('per-merge')) as {
      on: { workflow_call: { inputs: Record<string, { default: string }> } };
      jobs: Record<string, { environment?: string }>;
    };
    expect(wf.jobs.approval?.environment).toBe('${{ inputs.approval-environment }}');
    expect(wf.on.workflow_call.inputs['approval-environment']?.default).toBe('production-approval');
  });
});
