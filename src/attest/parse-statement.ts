import { DSSE_PAYLOAD_TYPE, STATEMENT_TYPE, type Statement } from './statement.js';
import { VerifyFailure } from './verify/types.js';

/**
 * Parses a DSSE payload into an in-toto Statement v1, refusing anything else. Older
 * Statement v0.1 payloads are refused on purpose: Tollgate writes only v1, so a v0.1
 * statement in a run is a sign of mixing in foreign material.
 */
export function parseStatement(payloadType: string, payload: Buffer): Statement {
  if (payloadType !== DSSE_PAYLOAD_TYPE) {
    throw new VerifyFailure(
      'malformed',
      `payload type is ${payloadType}, not ${DSSE_PAYLOAD_TYPE}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new VerifyFailure('malformed', 'payload is not JSON');
  }
  const s = value as Partial<Statement> | null;
  if (!s || typeof s !== 'object') throw new VerifyFailure('malformed', 'payload is not an object');
  if (s._type !== STATEMENT_TYPE) {
    throw new VerifyFailure(
      'malformed',
      `statement _type is ${String(s._type)}, not ${STATEMENT_TYPE}`,
    );
  }
  if (!Array.isArray(s.subject) || s.subject.length === 0) {
    throw new VerifyFailure('malformed', 'statement has no subject');
  }
  for (const [i, subj] of s.subject.entries()) {
    const digest = (subj as { digest?: unknown })?.digest;
    if (
      !digest ||
      typeof digest !== 'object' ||
      Object.keys(digest).length === 0 ||
      Object.values(digest).some((d) => typeof d !== 'string')
    ) {
      throw new VerifyFailure('malformed', `statement subject ${i} has no valid digest`);
    }
  }
  if (typeof s.predicateType !== 'string' || s.predicateType === '') {
    throw new VerifyFailure('malformed', 'statement has no predicateType');
  }
  if (!s.predicate || typeof s.predicate !== 'object' || Array.isArray(s.predicate)) {
    throw new VerifyFailure('malformed', 'statement predicate is not an object');
  }
  return s as Statement;
}
