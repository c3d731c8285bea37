import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import {
  asSource,
  makeKey,
  PolicyDir,
  sign,
  statusOf,
  type KeyPair,
} from '../helpers/gate-fixture.js';

// People are one person whatever the letter case, surrounding white space or Unicode
// compatibility spelling: an author cannot approve their own change as `Alice`, and `bob`
// approving as `Bob` too is one approval.
let dir: PolicyDir;
let ci: KeyPair;

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
});
afterAll(() => dir.remove());

const policy = (thresholds: string) => `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-pr:
    require: [peer-review]
steps:
  peer-review:
    thresholds: ${thresholds}
`;

async function judge(author: string, reviewers: string[], thresholds = '{ minApprovals: 1 }') {
  const bundle = await sign({
    step: 'peer-review',
    predicateType: PREDICATE.review,
    predicate: {
      author,
      headSha: 'a'.repeat(40),
      approvals: reviewers.map((reviewer) => ({ reviewer })),
      changesRequested: [],
    },
    signer: ci.signer,
  });
  const v = await dir.gate(policy(thresholds), [asSource('peer-review.sigstore.json', bundle)]);
  return { status: statusOf(v, 'peer-review'), reason: v.steps[0]!.reason };
}

describe('review identities in the gate', () => {
  it.each(['Alice', 'ALICE', ' alice ', 'ａｌｉｃｅ'])(
    'author alice approving as %j is a self-approval: failed',
    async (reviewer) => {
      const r = await judge('alice', [reviewer]);
      expect(r.status).toBe('failed');
      expect(r.reason).toContain('approval by the author does not count');
    },
  );

  it('bob and Bob are one approval, short of minApprovals: 2', async () => {
    const r = await judge('alice', ['bob', 'Bob'], '{ minApprovals: 2 }');
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/^1 approval\(s\), 2 required/);
  });

  it("the policy's approvers match in the same form", async () => {
    const listed = '{ minApprovals: 1, approvers: ["Carol@Example.com"] }';
    expect((await judge('alice', [' carol@example.COM'], listed)).status).toBe('passed');
    expect((await judge('Carol@example.com', ['carol@example.com'], listed)).status).toBe('failed');
  });
});
