import type { KeyObject } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { readJsonUntrusted } from '../core/untrusted.js';
import { join } from 'node:path';
import { createAttestation } from '../attest/create.js';
import { parseStatement } from '../attest/parse-statement.js';
import { PREDICATE } from '../attest/predicates/types.js';
import type { StatementSigner } from '../attest/signers/signer.js';
import { verifyKeyBundle } from '../attest/verify/key.js';
import { describeError, TollgateError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs.js';

/**
 * Local approvals: what a GitHub Environment's required reviewers are on a laptop. `tollgate
 * approve` signs one record per approver and commit; the `approval` step reads them back,
 * verifies each signature, and attests who approved. A record is an ordinary signed
 * attestation (review predicate, the commit as subject), so it cannot be edited unnoticed.
 */
export const APPROVALS_DIR = '.tollgate/approvals';

export type Decision = 'approved' | 'rejected';

export interface ApprovalRecord {
  reviewer: string;
  decision: Decision;
  at: string;
  comment?: string;
  file: string;
}

const fileName = (reviewer: string) =>
  `${reviewer.replace(/[^A-Za-z0-9@._-]/g, '_').slice(0, 100)}.sigstore.json`;

/** Records of one step (`approval`, or `peer-review` for a local review) about one commit. */
export function approvalsDirOf(repoDir: string, commit: string, step = 'approval'): string {
  return join(repoDir, APPROVALS_DIR, step, commit);
}

export async function writeApproval(
  r: {
    repoDir: string;
    repository: string;
    commit: string;
    author: string;
    reviewer: string;
    decision: Decision;
    comment?: string;
    now: Date;
    /** The step the record is for: `approval` (default) or `peer-review`. */
    step?: string;
  },
  signer: StatementSigner,
): Promise<string> {
  const at = r.now.toISOString();
  const bundle = await createAttestation(
    {
      meta: {
        step: 'approval',
        stage: 'per-merge',
        status: 'passed',
        startedOn: at,
        finishedOn: at,
      },
      predicateType: PREDICATE.review,
      predicate: {
        author: r.author,
        headSha: r.commit,
        approvals: r.decision === 'approved' ? [{ reviewer: r.reviewer, at }] : [],
        changesRequested: r.decision === 'rejected' ? [r.reviewer] : [],
        ...(r.comment ? { comment: r.comment } : {}),
      },
      subjects: [],
      repository: r.repository,
      commit: r.commit,
    },
    signer,
  );
  const path = join(approvalsDirOf(r.repoDir, r.commit, r.step), fileName(r.reviewer));
  await writeFileAtomic(path, `${JSON.stringify(bundle)}\n`);
  return path;
}

/** Whether any record of the step about the commit exists (before keys are needed). */
export async function hasApprovals(repoDir: string, commit: string, step = 'approval') {
  const names = await readdir(approvalsDirOf(repoDir, commit, step)).catch(() => [] as string[]);
  return names.some((n) => n.endsWith('.sigstore.json'));
}

/**
 * The verified approvals of a commit. A record that does not verify, or is about another
 * commit, is an error naming the file: an approval someone tampered with must stop the
 * promotion, not be skipped quietly.
 */
export async function readApprovals(
  repoDir: string,
  commit: string,
  trustedKeys: ReadonlyMap<string, KeyObject>,
  step = 'approval',
): Promise<ApprovalRecord[]> {
  const dir = approvalsDirOf(repoDir, commit, step);
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: ApprovalRecord[] = [];
  for (const name of names.filter((n) => n.endsWith('.sigstore.json')).sort()) {
    const file = join(dir, name);
    try {
      const bundle = await readJsonUntrusted(file, 'approval record', { maxBytes: 16 << 20 });
      const { payload, payloadType } = verifyKeyBundle(bundle, trustedKeys);
      const st = parseStatement(payloadType, payload);
      const bound = st.subject.some((s) => s.digest.gitCommit === commit);
      if (!bound || st.predicateType !== PREDICATE.review) {
        throw new Error(`not an approval of ${commit}`);
      }
      const p = st.predicate as {
        approvals?: { reviewer: string; at?: string }[];
        changesRequested?: string[];
        comment?: string;
      };
      const approval = p.approvals?.[0];
      const rejectedBy = p.changesRequested?.[0];
      const reviewer = approval?.reviewer ?? rejectedBy;
      if (!reviewer) throw new Error('names no reviewer');
      out.push({
        reviewer,
        decision: approval ? 'approved' : 'rejected',
        at:
          approval?.at ??
          String(
            (st.predicate as { tollgate?: { finishedOn?: string } }).tollgate?.finishedOn ?? '',
          ),
        ...(p.comment ? { comment: p.comment } : {}),
        file,
      });
    } catch (e) {
      throw new TollgateError(
        'VERIFICATION_FAILED',
        `${file}: approval record does not verify: ${describeError(e)}`,
        {
          hint: 'remove the record and approve again with tollgate approve',
        },
      );
    }
  }
  return out;
}
