import { VerifyFailure, type VerifyFailureKind } from '../../src/attest/verify/types.js';

/** What a verifier threw: its kind and message, or an error when it did not refuse. */
export function failureOf(verify: () => unknown): { kind: VerifyFailureKind; message: string } {
  try {
    verify();
  } catch (e) {
    if (e instanceof VerifyFailure) return { kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error('verification passed, but it should have been refused');
}
