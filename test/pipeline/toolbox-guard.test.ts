import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STAGES, type Stage } from '../../src/pipeline/graph.js';
import { projectRoot } from '../helpers/cli.js';

interface Job {
  needs?: string[];
  if?: string;
  container?: string;
  environment?: string;
  steps?: { run?: string; env?: Record<string, string> }[];
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { default?: unknown }> } };
  jobs: Record<string, Job>;
}

const workflow = (stage: Stage) =>
  parse(readFileSync(join(projectRoot, 'workflows', `${stage}.yml`), 'utf8')) as Workflow;

const GUARD = 'toolbox-image';
const DIGEST = 'a'.repeat(64);

/** Runs the guard job's script with bash, the toolbox-image input given through its env. */
function guard(stage: Stage, image: string): { code: number; out: string } {
  const step = workflow(stage).jobs[GUARD]!.steps![0]!;
  expect(step.env).toEqual({ TOOLBOX_IMAGE: '${{ inputs.toolbox-image }}' });
  const r = spawnSync('bash', ['-e', '-c', step.run!], {
    env: { PATH: process.env.PATH, TOOLBOX_IMAGE: image },
    encoding: 'utf8',
  });
  return { code: r.status ?? 1, out: r.stdout + r.stderr };
}

/** Every job a job waits for, directly or through others. */
function waitsFor(jobs: Record<string, Job>, id: string, seen = new Set<string>()): Set<string> {
  for (const n of jobs[id]?.needs ?? []) {
    if (!seen.has(n)) {
      seen.add(n);
      waitsFor(jobs, n, seen);
    }
  }
  return seen;
}

describe('the toolbox image is checked before any job runs in it', () => {
  it.each(STAGES)('%s: every job with a container waits for the check', (stage) => {
    const { jobs } = workflow(stage);
    expect(jobs[GUARD]?.container).toBeUndefined();
    const inContainer = Object.keys(jobs).filter((id) => jobs[id]!.container);
    expect(inContainer.length).toBeGreaterThan(1);
    for (const id of inContainer) expect(waitsFor(jobs, id).has(GUARD), id).toBe(true);
    // The gate runs after failed steps, but never when the image was refused.
    expect(jobs.gate?.if).toBe(`always() && needs.${GUARD}.result == 'success'`);
  });

  it.each([
    `ghcr.io/acme/toolbox@sha256:${DIGEST}`,
    `localhost:5000/toolbox@sha256:${DIGEST}`,
    `toolbox@sha256:${DIGEST}`,
    '',
  ])('accepts %j', (image) => {
    expect(guard('per-commit', image)).toMatchObject({ code: 0 });
  });

  it.each([
    'ghcr.io/acme/toolbox:latest',
    'ghcr.io/acme/toolbox',
    `ghcr.io/acme/toolbox@sha256:${DIGEST.slice(1)}`,
    `ghcr.io/acme/toolbox@sha256:${DIGEST.toUpperCase()}`,
    `ghcr.io/acme/toolbox@sha512:${DIGEST}`,
    `ghcr.io/acme/toolbox@sha256:${DIGEST}\nevil`,
    `$(touch /tmp/x)@sha256:${DIGEST}`,
  ])('refuses %j with a message saying how to pin it', (image) => {
    const r = guard('per-pr', image);
    expect(r.code).toBe(1);
    expect(r.out).toContain('::error title=toolbox-image::');
    expect(r.out).toContain('name@sha256:<64 hex digits>');
  });
});

describe('the jobs that publish or promote run in a GitHub Environment', () => {
  it.each([
    ['per-commit', 'publish-image', 'publish-environment', 'registry'],
    ['per-merge', 'approval', 'approval-environment', 'production-approval'],
    ['per-merge', 'publish-staging', 'staging-environment', 'staging'],
    ['per-merge', 'promote-production', 'production-environment', 'production'],
  ] as const)('%s / %s: environment from the input %s', (stage, job, input, byDefault) => {
    const wf = workflow(stage);
    expect(wf.jobs[job]?.environment).toBe(`\${{ inputs.${input} }}`);
    expect(wf.on.workflow_call.inputs[input]?.default).toBe(byDefault);
  });
});
