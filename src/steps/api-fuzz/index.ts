import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import { sha256Hex } from '../../core/digest.js';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { assignFingerprints } from '../common/fingerprint.js';
import { finishScan, toolFailure } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { ResponseChecker } from './check.js';
import { fuzzOperation, SEVERITY, type FuzzFailure, type OperationResult } from './fuzz.js';
import { send } from './http.js';
import { loadSpec } from './spec.js';
import { baseUrlOf, intInput, specOf } from './target.js';

/**
 * api-fuzz: property-based requests from the OpenAPI spec against the deployed service.
 * Findings go to api-fuzz.sarif and one scan-result predicate; api-fuzz.json keeps the seed,
 * the counts per operation and each failure with its curl line. See docs/steps/api-fuzz.md.
 */
export const REPORT = 'api-fuzz.sarif';
export const DETAILS = 'api-fuzz.json';

const RULES = {
  'server-error': 'The service answered 5xx: it failed on this input instead of refusing it.',
  'undeclared-status': 'The service answered a status the operation does not declare.',
  'schema-violation': 'The body of the answer does not match the schema the spec declares.',
  'content-type': 'The answer has a content type the spec does not declare for its status.',
  timeout: 'The service did not answer within timeout-ms.',
  'no-response': 'The service closed or reset the connection without answering.',
} as const;

function seedOf(ctx: StepContext): number {
  const raw = ctx.inputs.seed?.trim();
  if (!raw) return Math.floor(Math.random() * 2 ** 31); // printed, so the run can be replayed
  const n = Number(raw);
  if (!Number.isInteger(n) || Math.abs(n) > 2 ** 31)
    throw new TollgateError('INPUT_INVALID', `seed is "${raw}"; expected a whole number`);
  return n;
}

/** `Name: value` per line: credentials the service needs (an API key from a secret). */
function headersOf(ctx: StepContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of (ctx.inputs.headers ?? '').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) {
      throw new TollgateError('INPUT_INVALID', 'headers has a line that is not "Name: value"', {
        hint: 'write one header per line, e.g. X-API-Key: ${{ secrets.API_KEY }}',
      });
    }
    out[m[1]!] = m[2]!;
  }
  return out;
}

/** The line of the path's key in the spec text, so that SARIF points at the operation. */
function lineOfPath(text: string[], path: string): number | undefined {
  const i = text.findIndex(
    (l) => l.includes(`"${path}"`) || l.trim().startsWith(`${path}:`) || l.includes(`'${path}'`),
  );
  return i >= 0 ? i + 1 : undefined;
}

function findingOf(f: FuzzFailure, spec: string, lines: string[], seed: number): Finding {
  const path = f.operation.slice(f.operation.indexOf(' ') + 1);
  const line = lineOfPath(lines, path);
  return {
    ruleId: `api-fuzz/${f.problem.kind}`,
    severity: SEVERITY[f.problem.kind],
    message: `${f.operation} ${f.problem.detail}. Reproduce: ${f.curl} (seed ${seed}, path ${f.path})`,
    location: { path: spec, ...(line ? { line } : {}) },
  };
}

async function fuzz(ctx: StepContext): Promise<StepResult> {
  const baseUrl = await baseUrlOf(ctx);
  const found = await specOf(ctx);
  const spec = await loadSpec(found.file, found.display);
  const seed = seedOf(ctx);
  const runs = intInput(ctx, 'runs', 50, 1, 100_000);
  const timeoutMs = intInput(ctx, 'timeout-ms', 5000, 10, 600_000);
  const headers = headersOf(ctx);
  ctx.log(
    `api-fuzz: ${spec.operations.length} operation(s) of ${found.display} against ${baseUrl}; seed ${seed}, ${runs} run(s) each`,
  );

  const probe = await send({ method: 'GET', url: `${baseUrl}/`, headers }, timeoutMs, ctx.signal);
  if (probe.kind === 'error')
    throw new TollgateError('INPUT_UNREADABLE', `nothing answers at ${baseUrl} (${probe.code})`, {
      hint: 'start the service (deploy-test) or set base-url to where it runs',
    });

  const checker = new ResponseChecker(spec.doc);
  const schemas = { doc: spec.doc, file: found.display };
  const started = performance.now();
  const results: OperationResult[] = [];
  for (const op of spec.operations) {
    const r = await fuzzOperation(schemas, checker, op, {
      baseUrl,
      seed,
      runs,
      timeoutMs,
      timeLimitMs: Math.max(30_000, timeoutMs * 6),
      signal: ctx.signal,
      headers,
    });
    ctx.log(`api-fuzz: ${op.name}: ${r.requests} request(s), ${r.failures.length} problem(s)`);
    for (const f of r.failures) ctx.log(`  ${f.problem.kind}: ${f.problem.detail}\n    ${f.curl}`);
    results.push(r);
  }
  const seconds = Math.max((performance.now() - started) / 1000, 0.001);
  const requests = results.reduce((n, r) => n + r.requests, 0) + 1;
  const rps = Math.round((requests / seconds) * 10) / 10;
  const failures = results.flatMap((r) => r.failures);
  ctx.log(
    `api-fuzz: ${requests} request(s) in ${seconds.toFixed(1)} s (${rps} requests/s); replay with seed ${seed}`,
  );

  const details = {
    baseUrl,
    spec: found.display,
    seed,
    runs,
    timeoutMs,
    requests,
    seconds: Math.round(seconds * 1000) / 1000,
    requestsPerSecond: rps,
    operations: results.map((r) => ({
      operation: r.operation,
      requests: r.requests,
      statuses: r.statuses,
    })),
    failures: failures.map((f) => ({
      operation: f.operation,
      kind: f.problem.kind,
      severity: SEVERITY[f.problem.kind],
      status: f.problem.status,
      detail: f.problem.detail,
      curl: f.curl,
      request: f.request,
      replay: { seed, path: f.path },
      shrinks: f.shrinks,
    })),
  };
  const detailBytes = Buffer.from(`${JSON.stringify(details, null, 2)}\n`);
  await writeFileAtomic(join(ctx.outDir, DETAILS), detailBytes);

  const lines = (await readFile(found.file, 'utf8')).split(/\r?\n/);
  const findings = failures.map((f) => findingOf(f, found.display, lines, seed));
  // Rule, operation and status: the same fault found again with other bytes is the same finding.
  const keys = new Map(findings.map((f, i) => [f, failures[i]!]));
  assignFingerprints(findings, {
    anchor: (f) => {
      const failure = keys.get(f)!;
      return { key: `${failure.operation}\u0000${failure.problem.status ?? ''}` };
    },
  });
  const result = await finishScan(
    ctx,
    [
      {
        tool: {
          name: 'tollgate-api-fuzz',
          version: `fast-check ${fc.__version}`,
          informationUri: 'https://fast-check.dev',
          rules: Object.entries(RULES).map(([id, help]) => ({
            id: `api-fuzz/${id}`,
            shortDescription: help,
            help,
          })),
        },
        findings,
      },
    ],
    REPORT,
    [
      '',
      `Seed **${seed}** (replay: input \`seed: ${seed}\`), ${runs} run(s) per operation, ${spec.operations.length} operation(s) of ${found.display}, ${requests} request(s) at **${rps} requests/s**.`,
      ...(failures.length
        ? ['', '| severity | operation | problem | reproduce |', '|---|---|---|---|']
        : []),
      ...failures.map(
        (f) =>
          `| ${SEVERITY[f.problem.kind]} | ${f.operation} | ${f.problem.kind}: ${f.problem.detail.replace(/\|/g, '\\|').slice(0, 160)} | \`${f.curl.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`,
      ),
    ],
  );
  return {
    ...result,
    reports: [...result.reports, DETAILS],
    products: [...result.products, { name: DETAILS, digest: { sha256: sha256Hex(detailBytes) } }],
    metrics: {
      ...result.metrics,
      requests,
      requestsPerSecond: rps,
      operations: spec.operations.length,
      seed,
    },
  };
}

export const apiFuzz: StepImplementation = {
  id: 'api-fuzz',
  async run(ctx) {
    try {
      return await fuzz(ctx);
    } catch (e) {
      return toolFailure(ctx, e, 'tollgate-api-fuzz');
    }
  },
};
