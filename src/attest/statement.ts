/**
 * in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md).
 * Every Tollgate attestation names the source commit as a subject (digest `gitCommit`), so
 * the gate can refuse an attestation that was made for another commit (a replay).
 */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const DSSE_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: Record<string, string>;
  annotations?: Record<string, unknown>;
  [extra: string]: unknown;
}

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface Statement<P = Record<string, unknown>> {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: string;
  predicate: P;
}

export function commitSubject(repository: string, commit: string): Subject {
  return { name: repository, digest: { gitCommit: commit } };
}

export function makeStatement<P>(
  subject: Subject[],
  predicateType: string,
  predicate: P,
): Statement<P> {
  return { _type: STATEMENT_TYPE, subject, predicateType, predicate };
}
