import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findStep, STAGES, STEPS, stepsOfStage, type Stage } from '../../src/pipeline/graph.js';
import { DOWNLOAD_ARTIFACT } from '../../src/pipeline/pins.js';
import { projectRoot } from '../helpers/cli.js';

/** What each job downloads, as the committed workflows say: the graph's `consumes` made real. */

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
interface Job {
  needs?: string[];
  if?: string;
  steps?: Step[];
}
interface Workflow {
  jobs: Record<string, Job>;
}

const workflow = (path: string) => parse(readFileSync(join(projectRoot, path), 'utf8')) as Workflow;
const stageWorkflow = (stage: Stage) => workflow(`workflows/${stage}.yml`);

const downloads = (job: Job) =>
  (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/download-artifact@'));

describe('the artifacts each job downloads', () => {
  it('consumes names steps that run earlier: in the same stage or in a stage the caller runs first', () => {
    const order = (st: Stage) => STAGES.indexOf(st);
    for (const s of STEPS) {
      for (const c of s.consumes) {
        const producer = findStep(c);
        expect(producer, `${s.id} consumes ${c}`).toBeDefined();
        expect(order(producer!.stage), `${s.id} consumes ${c}`).toBeLessThanOrEqual(order(s.stage));
      }
    }
  });

  it.each(STEPS.map((s) => [s.id, s.stage] as const))(
    '%s downloads exactly what it consumes, by exact name and pinned SHA, into tollgate-reports',
    (id, stage) => {
      const step = findStep(id)!;
      const job = stageWorkflow(stage).jobs[id]!;
      const got = downloads(job).filter((d) => !d['continue-on-error']);
      expect(got.map((d) => d.with)).toEqual(
        step.consumes.map((c) => ({ name: `tollgate-${c}`, path: 'tollgate-reports' })),
      );
      for (const d of got) expect(d.uses).toBe(DOWNLOAD_ARTIFACT.uses);
      // Every job checks out: the inputs file and the policy are read from the repository.
      expect(job.steps?.[0]?.uses).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
      // A consumed step of the same stage has finished before the job starts.
      for (const c of step.consumes.filter((c) => findStep(c)!.stage === stage))
        expect(job.needs, `${id} needs ${c}`).toContain(c);
    },
  );

  it('the image steps get the image, and the per-PR steps the image and the deployment', () => {
    const commit = stageWorkflow('per-commit').jobs;
    const names = (job: Job | undefined) => downloads(job!).map((d) => d.with?.name);
    expect(names(commit.container)).toEqual(['tollgate-compile']);
    for (const id of ['sca', 'container-scan', 'sign-image'])
      expect(names(commit[id])).toEqual(['tollgate-container']);
    expect(names(commit['publish-image'])).toEqual([
      'tollgate-container',
      'tollgate-sca',
      'tollgate-container-scan',
      'tollgate-sign-image',
    ]);
    // publish-image attaches sca's bundles, so it waits for sca.
    expect(commit['publish-image']?.needs).toContain('sca');
    const pr = stageWorkflow('per-pr').jobs;
    expect(names(pr['deploy-test'])).toEqual(['tollgate-container', 'tollgate-publish-image']);
    for (const id of ['system-tests', 'dast', 'api-fuzz', 'infra-scan', 'cloud-scan', 'chaos'])
      expect(names(pr[id])).toContain('tollgate-deploy-test');
    expect(names(pr['peer-review'])).toEqual([]);
    // api-fuzz sends what the spec compile produced describes.
    expect(names(pr['api-fuzz'])).toContain('tollgate-compile');
  });

  it('system-tests keeps its own test command: the workflow input is the unit test command', () => {
    const job = stageWorkflow('per-pr').jobs['system-tests']!;
    const action = job.steps!.find((s) => s.uses?.includes('/actions/system-tests@'))!;
    expect(action.with?.['test-command']).toBeUndefined();
  });

  it("each gate downloads its stage's attestations by exact name, never by pattern", () => {
    for (const stage of STAGES) {
      const gate = stageWorkflow(stage).jobs.gate!;
      const got = downloads(gate);
      expect(got.map((d) => d.with)).toEqual(
        stepsOfStage(stage).map((s) => ({
          name: `tollgate-${s.id}`,
          path: 'tollgate-attestations',
        })),
      );
      // A step that failed before signing leaves no artifact: the gate still runs and says so.
      for (const d of got) expect(d['continue-on-error']).toBe(true);
    }
  });

  it('promote-production gets every attestation of its run in the folder its bundles input names', () => {
    const job = stageWorkflow('per-merge').jobs['promote-production']!;
    const action = job.steps!.find((s) => s.uses?.includes('/actions/promote-production@'))!;
    const folder = action.with?.bundles;
    expect(folder).toBe('tollgate-reports');
    const got = downloads(job);
    for (const d of got) expect(d.with?.path).toBe(folder);
    const expected = [...stepsOfStage('pre-commit'), ...stepsOfStage('per-commit')]
      .concat(stepsOfStage('per-merge'))
      .map((s) => `tollgate-${s.id}`)
      .filter((n) => n !== 'tollgate-promote-production');
    expect(got.map((d) => d.with?.name).sort()).toEqual(expected.sort());
  });
});

describe('the caller runs the stages whose artifacts a stage reads first, in the same run', () => {
  const caller = workflow('action-templates/tollgate.yml');
  const events = (cond: string) =>
    [...cond.matchAll(/event_name == '([a-z_]+)'/g)].map((m) => m[1]);

  it('per-pr needs per-commit; per-merge needs per-commit and pre-commit', () => {
    expect(caller.jobs['per-pr']?.needs).toEqual(['per-commit']);
    expect(caller.jobs['per-merge']?.needs).toEqual(['pre-commit', 'per-commit']);
  });

  it('a stage that is needed runs on every event its dependants run on', () => {
    for (const [stage, job] of Object.entries(caller.jobs)) {
      for (const need of job.needs ?? []) {
        const theirs = events(caller.jobs[need]!.if!);
        for (const e of events(job.if!))
          expect(theirs, `${stage} on ${e} needs ${need}`).toContain(e);
      }
    }
  });

  it('every stage that consumes another stage waits for it', () => {
    for (const s of STEPS) {
      for (const c of s.consumes) {
        const from = findStep(c)!.stage;
        if (from !== s.stage) expect(caller.jobs[s.stage]?.needs, `${s.id} ← ${c}`).toContain(from);
      }
    }
  });
});
