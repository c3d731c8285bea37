import fc from 'fast-check';
import type { Severity } from '../../attest/predicates/types.js';
import { describeError, TollgateError } from '../../core/errors.js';
import type { ProblemKind, Problem, ResponseChecker } from './check.js';
import { send } from './http.js';
import { buildRequest, curlOf, operationArb, type HttpRequest } from './request.js';
import type { SchemaContext } from './schema-arb.js';
import type { Operation } from './spec.js';

/**
 * Property-based fuzzing of one operation: "every answer is one the spec allows". fast-check
 * generates inputs from the seed, and on the first failure shrinks it to the smallest input
 * that still fails. Each kind of problem is reported once per operation: after a failure
 * the property is run again from the same seed, now ignoring the kinds already found, until
 * it holds or every kind is found.
 */
export const SEVERITY: Record<ProblemKind, Severity> = {
  'server-error': 'high',
  timeout: 'high',
  'no-response': 'high',
  'undeclared-status': 'medium',
  'schema-violation': 'medium',
  'content-type': 'low',
};

export interface FuzzFailure {
  operation: string;
  problem: Problem;
  request: HttpRequest;
  curl: string;
  /** fast-check's replay path: with the seed, reproduces exactly this counterexample. */
  path: string;
  shrinks: number;
}

export interface FuzzOptions {
  baseUrl: string;
  seed: number;
  runs: number;
  timeoutMs: number;
  /** Bound on one property check, shrinking included, so that a hanging service ends. */
  timeLimitMs: number;
  signal: AbortSignal;
  /** Sent with every request (the `headers` input); never printed. */
  headers: Record<string, string>;
}

export interface OperationResult {
  operation: string;
  requests: number;
  failures: FuzzFailure[];
  statuses: Record<string, number>;
}

export async function fuzzOperation(
  schemas: SchemaContext,
  checker: ResponseChecker,
  op: Operation,
  o: FuzzOptions,
): Promise<OperationResult> {
  checker.prepare(op);
  const arb = operationArb(schemas, op);
  const found = new Map<ProblemKind, FuzzFailure>();
  const statuses: Record<string, number> = {};
  let requests = 0;
  for (let round = 0; round < Object.keys(SEVERITY).length; round++) {
    let lastFailure: { problem: Problem; request: HttpRequest } | undefined;
    const details = await fc.check(
      fc.asyncProperty(arb, async (input) => {
        if (o.signal.aborted) return true;
        const request = buildRequest(o.baseUrl, op, input, o.headers);
        const outcome = await send(request, o.timeoutMs, o.signal);
        requests++;
        const key = outcome.kind === 'response' ? String(outcome.status) : outcome.kind;
        statuses[key] = (statuses[key] ?? 0) + 1;
        const problem = checker.check(op, outcome, o.timeoutMs);
        if (!problem || found.has(problem.kind)) return true;
        lastFailure = { problem, request };
        return false;
      }),
      {
        seed: o.seed,
        numRuns: o.runs,
        plugins: [fc.interruptAfterTimeLimit(o.timeLimitMs)],
      },
    );
    // The last failing evaluation is the shrunk counterexample fast-check reports.
    if (details.failed && !lastFailure)
      // The property threw instead of judging an answer: never count that as a pass.
      throw new TollgateError(
        'INTERNAL',
        `fuzzing ${op.name} stopped: ${describeError(details.errorInstance ?? 'unknown error')}`,
      );
    if (!details.failed || !lastFailure) break;
    const { problem, request } = lastFailure;
    const secret = new Set(Object.keys(o.headers).map((h) => h.toLowerCase()));
    const shown = Object.entries(request.headers).map(([k, v]) => [
      k,
      secret.has(k.toLowerCase()) ? '***' : v,
    ]);
    found.set(problem.kind, {
      operation: op.name,
      problem,
      request: { ...request, headers: Object.fromEntries(shown) as Record<string, string> },
      curl: curlOf(request, secret),
      path: details.counterexamplePath ?? '',
      shrinks: details.numShrinks,
    });
    // A service that hangs on this operation would cost a timeout per further request.
    if (problem.kind === 'timeout' || problem.kind === 'no-response' || o.signal.aborted) break;
  }
  return { operation: op.name, requests, failures: [...found.values()], statuses };
}
