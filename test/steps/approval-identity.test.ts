import { describe, expect, it } from 'vitest';
import type { ApprovalRecord } from '../../src/approval/record.js';
import { decide } from '../../src/steps/approval/decide.js';
import { checkCodeOwners } from '../../src/steps/peer-review/code-owner-check.js';
import { parseCodeowners } from '../../src/steps/peer-review/codeowners.js';
import { reviewStanding } from '../../src/steps/peer-review/reviews.js';
import type { GitHubReadPort } from '../../src/github/read-port.js';

// The approval and peer-review steps compare people in the one normalised form of
// src/core/identity.ts (NFKC, trimmed, lower-case), as the gate does.
const record = (reviewer: string, at = '2026-11-20T10:00:00Z'): ApprovalRecord => ({
  reviewer,
  decision: 'approved',
  at,
  file: `${reviewer}.sigstore.json`,
});
const rules = { approvers: [], allowSelfApproval: false, minApprovals: 1 };

describe('approval step: who is who', () => {
  it.each([' alice', 'ＡＬＩＣＥ'])("a record as %j is the author alice's own approval", (as) => {
    const d = decide([record(as)], 'alice', rules);
    expect(d.ok).toBe(false);
    expect(d.counted).toEqual([]);
    expect(d.reason).toContain('self-approved');
  });

  it('bob and " Bob" are one reviewer, so two approvals are not met', () => {
    const d = decide(
      [record('bob', '2026-11-20T10:00:00Z'), record(' Bob', '2026-11-20T10:01:00Z')],
      'alice',
      { ...rules, minApprovals: 2 },
    );
    expect(d.ok).toBe(false);
    expect(d.counted).toHaveLength(1);
  });

  it('listed approvers match in the same form', () => {
    expect(decide([record('ｃａｒｏｌ')], 'alice', { ...rules, approvers: ['Carol'] }).ok).toBe(
      true,
    );
  });
});

describe('peer-review step: who is who', () => {
  const HEAD = 'e'.repeat(40);
  const review = (user: string, at: number) => ({
    id: at,
    user,
    state: 'APPROVED',
    commitId: HEAD,
    submittedAt: `2026-11-20T10:0${at}:00Z`,
  });

  it("an approval by the author's login in full-width letters is the author's own", () => {
    const s = reviewStanding([review('ａｌｉｃｅ', 1)], 'alice', HEAD);
    expect(s.selfApproved).toBe(true);
    expect(s.approvedBy).toEqual([]);
  });

  it('a code owner matches the approver in the same form', async () => {
    const rules = parseCodeowners('src/ @Ｂｏｂ\n');
    const r = await checkCodeOwners({} as GitHubReadPort, rules, ['src/app.ts'], ['bob']);
    expect(r.files[0]).toMatchObject({ path: 'src/app.ts', approvedBy: 'bob' });
  });
});
