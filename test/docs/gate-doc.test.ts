import { describe, expect, it } from 'vitest';
import { makeVsa } from '../../src/attest/predicates/vsa.js';
import { STEP_STATUSES } from '../../src/gate/types.js';
import { fencedBlocks, readDoc } from './markdown.js';

// docs/gate.md must describe every status the gate can give, and its JSON examples must
// have the shape the code produces.
const doc = readDoc('gate.md');
const json = fencedBlocks(doc)
  .filter((b) => b.lang === 'json')
  .map((b) => JSON.parse(b.body) as Record<string, unknown>);

describe('docs/gate.md', () => {
  it('describes every step status, in the order of STEP_STATUSES', () => {
    const section = doc.slice(doc.indexOf('## Statuses'), doc.indexOf('## How bundles'));
    const listed = [...section.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(listed).toEqual([...STEP_STATUSES]);
  });

  it('shows a verdict with the fields of Verdict and StepVerdict', () => {
    const verdict = json.find((j) => 'verdict' in j)!;
    expect(Object.keys(verdict)).toEqual([
      'verdict',
      'commit',
      'policy',
      'evaluatedAt',
      'steps',
      'unattributed',
      'notes',
    ]);
    const allowed = ['stage', 'step', 'signers', 'bundles', 'status', 'reason', 'counts', 'waived'];
    for (const step of verdict.steps as Record<string, unknown>[]) {
      for (const key of Object.keys(step)) expect(allowed).toContain(key);
      expect(STEP_STATUSES).toContain(step.status);
    }
    const table = doc.slice(doc.indexOf('| field'), doc.indexOf('## Exit codes'));
    for (const key of Object.keys(verdict)) expect(table).toContain(`\`${key}`);
    for (const key of allowed) expect(table).toContain(`\`steps[].${key}\``);
  });

  it('shows a verification summary with the fields makeVsa writes', () => {
    const vsa = json.find((j) => 'verificationResult' in j)!;
    const made = makeVsa({
      verifierVersion: '0.1.0',
      resourceUri: 'git+acme/shop@' + 'a'.repeat(40),
      policy: { uri: 'p', sha256: 'b'.repeat(64) },
      inputs: [{ uri: 'i', sha256: 'c'.repeat(64) }],
      passed: false,
      passedStages: ['pre-commit'],
      timeVerified: new Date('2026-11-26T12:00:00Z'),
    });
    expect(Object.keys(vsa).sort()).toEqual([...Object.keys(made), 'tollgate'].sort());
    expect(vsa.verifier).toEqual(made.verifier);
    expect(vsa.verifiedLevels).toEqual(made.verifiedLevels);
    expect(vsa.verificationResult).toBe(made.verificationResult);
  });
});
