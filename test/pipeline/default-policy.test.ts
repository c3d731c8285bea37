import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../src/attest/signers/key.js';
import { defaultPolicyYaml, githubSigner } from '../../src/pipeline/default-policy.js';
import { STAGES, stepsOfStage } from '../../src/pipeline/graph.js';
import { parsePolicy } from '../../src/policy/load.js';
import { projectRoot } from '../helpers/cli.js';

describe('default policy', () => {
  it('the committed example loads as a valid policy', async () => {
    const text = readFileSync(join(projectRoot, 'docs/default-policy.yml'), 'utf8');
    const policy = await parsePolicy(text, 'docs/default-policy.yml');
    expect(policy).toBeDefined();
  });

  it('requires every required step of each stage, with sensible thresholds and the image chain', async () => {
    const text = defaultPolicyYaml({ signers: { ci: githubSigner('acme/shop') } });
    const raw = parse(text) as {
      stages: Record<string, { require: string[] }>;
      steps: Record<string, { thresholds: Record<string, unknown> }>;
      chains: { step: string; materialsFrom: string; match?: string }[];
    };
    for (const stage of STAGES) {
      const required = stepsOfStage(stage)
        .filter((s) => s.required)
        .map((s) => s.id);
      expect(raw.stages[stage]?.require).toEqual(required);
    }
    expect(raw.steps.sast?.thresholds).toEqual({ failOn: 'high' });
    expect(raw.steps['unit-tests']?.thresholds).toEqual({ maxFailedTests: 0 });
    expect(raw.chains).toEqual([{ step: 'container', materialsFrom: 'compile', match: 'dist/**' }]);
  });

  it('renders with a local key signer, as the local runner needs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-policy-'));
    try {
      writeFileSync(join(dir, 'dev.pub'), generateKeyPair().publicKeyPem);
      const text = defaultPolicyYaml({ signers: { laptop: { key: 'dev.pub' } } });
      const policy = await parsePolicy(text, join(dir, 'tollgate.yml'), dir);
      expect(policy).toBeDefined();
      expect(text).toContain('laptop:\n    key: dev.pub');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
