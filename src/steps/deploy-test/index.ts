import { mkdir } from 'node:fs/promises';
import { makeProvenance } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import type { Subject } from '../../attest/statement.js';
import { DEPLOYMENT_FILE, writeHandoff } from '../common/handoff.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { deployOptions } from './options.js';
import { startService } from './service.js';

export { tearDownDeployments } from './teardown.js';

const failed = (reason: string): StepResult => ({
  status: 'failed',
  failure: 'tool',
  reason,
  attestations: [],
  products: [],
  reports: [],
  summary: `**Deploy to a test environment** failed: ${reason}`,
});

/**
 * deploy-test: starts the service on the chosen target, waits until its health URL answers,
 * and leaves deployment.json (where it answers) and teardown.json (how to remove it) for the
 * steps after it. The service keeps running after the step: the runner tears it down when
 * the run ends. Any failure here (including a failed health check) tears down at once.
 */
export const deployTest: StepImplementation = {
  id: 'deploy-test',
  async run(ctx: StepContext): Promise<StepResult> {
    await mkdir(ctx.outDir, { recursive: true });
    const startedOn = new Date();
    const o = deployOptions(ctx);
    const started = await startService(ctx, o);
    if (!started.ok) return failed(started.reason);
    const deployed = started.deployed;
    const d = deployed.deployment;
    await writeHandoff(ctx.outDir, DEPLOYMENT_FILE, d);
    const products: Subject[] =
      d.image && deployed.imageName
        ? [{ name: deployed.imageName, digest: { sha256: d.image.replace(/^sha256:/, '') } }]
        : [];
    const predicate = makeProvenance({
      builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
      externalParameters: {
        repository: ctx.repository,
        target: d.target,
        baseUrl: d.baseUrl,
        healthPath: o.healthPath,
        ...(d.image ? { image: `${deployed.imageName}@${d.image}` } : {}),
        ...(o.manifest ? { manifest: o.manifest } : {}),
        ...(o.command ? { command: o.command } : {}),
      },
      materials: products,
      startedOn,
      finishedOn: new Date(),
    });
    // Where it runs is a byproduct of the deployment (SLSA runDetails.byproducts).
    (predicate.runDetails as Record<string, unknown>).byproducts = [
      {
        name: 'deployment',
        uri: d.baseUrl,
        annotations: { target: d.target, host: d.host, ports: d.ports.join(',') },
      },
      ...(d.renderedManifests ? [{ name: d.renderedManifests }] : []),
    ];
    return {
      status: 'passed',
      reason: `${d.image ? `${deployed.imageName}@${d.image.slice(0, 19)}…` : 'the service'} runs on ${d.target} at ${d.baseUrl}`,
      attestations: [{ predicateType: PREDICATE.slsaProvenance, predicate }],
      products,
      reports: [DEPLOYMENT_FILE, ...(d.renderedManifests ? [d.renderedManifests] : [])],
      summary: `**Deploy to a test environment**: ${d.target} at ${d.baseUrl}${d.image ? ` (image ${d.image})` : ''}`,
      metrics: { ports: d.ports.length },
    };
  },
};
