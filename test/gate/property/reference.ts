/**
 * A small reference gate for one step, written from the "fail closed" semantics alone
 * (strict predicate schemas, strict step metadata, closed enums, finite in-range numbers,
 * normalised identities, exception selectors, chain rules). It shares no logic with
 * src/gate or src/policy: only predicate type URIs come from the source.
 *
 * Its answer is `pass`, `fail` or `unspecified`. `unspecified` is for inputs on which the
 * semantics do not decide (a CVSS vector the reference does not score, for instance); the
 * properties then require nothing. Where the reference is unsure whether a schema accepts
 * something, it leans towards `pass`, which the safety property does not constrain: only a
 * `fail` is a promise that the gate must not pass the step.
 */
import { PREDICATE } from '../../../src/attest/predicates/types.js';

export type RefAnswer = 'pass' | 'fail' | 'unspecified';
export interface RefVerdict {
  answer: RefAnswer;
  why: string;
}

export const SEVERITY_WORDS = ['critical', 'high', 'medium', 'low', 'info'] as const;
type Sev = (typeof SEVERITY_WORDS)[number];
const RANK: Record<Sev, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export interface RefThresholds {
  failOn?: Sev | 'none';
  maxFailedTests?: number;
  minLineCoverage?: number;
  minBranchCoverage?: number;
  deniedLicenses?: string[];
  minApprovals?: number;
  approvers?: string[];
  allowSelfApproval?: boolean;
}

export interface RefException {
  step: string;
  ruleId?: string;
  id?: string;
  fingerprint?: string;
  path?: string;
  reason: string;
  expires: string;
}

export interface RefPolicy {
  thresholds: RefThresholds;
  exceptions: RefException[];
  now: Date;
}

// ---------------------------------------------------------------------------------------------
// A tiny strict validator: each check returns the first problem, or undefined.

type Check = (v: unknown, at: string) => string | undefined;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, at) => (typeof v === 'string' ? undefined : `${at}: not a string`);
const nonEmpty: Check = (v, at) =>
  typeof v === 'string' && v.length > 0 ? undefined : `${at}: not a non-empty string`;
const pattern =
  (re: RegExp): Check =>
  (v, at) =>
    typeof v === 'string' && re.test(v) ? undefined : `${at}: does not match ${String(re)}`;
const bool: Check = (v, at) => (typeof v === 'boolean' ? undefined : `${at}: not a boolean`);
const int =
  (min: number): Check =>
  (v, at) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min
      ? undefined
      : `${at}: not an integer >= ${min}`;
const num =
  (min: number, max: number): Check =>
  (v, at) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
      ? undefined
      : `${at}: not a number in ${min}..${max}`;
const oneOf =
  (...values: string[]): Check =>
  (v, at) =>
    typeof v === 'string' && values.includes(v)
      ? undefined
      : `${at}: ${JSON.stringify(v)} is not one of ${values.join('|')}`;
const anyObj: Check = (v, at) => (isObj(v) ? undefined : `${at}: not an object`);
const arr =
  (item: Check): Check =>
  (v, at) => {
    if (!Array.isArray(v)) return `${at}: not an array`;
    for (const [i, x] of v.entries()) {
      const p = item(x, `${at}[${i}]`);
      if (p) return p;
    }
    return undefined;
  };
/** An object with these fields (`?` suffix: optional); `closed` forbids any other field. */
const obj =
  (fields: Record<string, Check>, closed: boolean, rest?: Check): Check =>
  (v, at) => {
    if (!isObj(v)) return `${at}: not an object`;
    for (const [key, check] of Object.entries(fields)) {
      const optional = key.endsWith('?');
      const name = optional ? key.slice(0, -1) : key;
      if (!(name in v)) {
        if (optional) continue;
        return `${at}.${name}: missing`;
      }
      const p = check(v[name], `${at}.${name}`);
      if (p) return p;
    }
    const known = new Set(Object.keys(fields).map((k) => k.replace(/\?$/, '')));
    for (const [k, x] of Object.entries(v)) {
      if (known.has(k)) continue;
      if (closed) return `${at}.${k}: unexpected field`;
      if (rest) {
        const p = rest(x, `${at}.${k}`);
        if (p) return p;
      }
    }
    return undefined;
  };

const SHA256 = /^[0-9a-f]{64}$/;
const STEP_ID = /^[a-z][a-z0-9-]*$/;

const material = obj(
  { name: nonEmpty, digest: obj({ sha256: pattern(SHA256) }, false, str) },
  true,
);
/** The `tollgate` object: strict, as docs/schemas/step-meta.schema.json, with `status` required. */
const stepMetaSchema = obj(
  {
    step: pattern(STEP_ID),
    'stage?': oneOf('pre-commit', 'per-commit', 'per-pr', 'per-merge'),
    status: oneOf('passed', 'failed'),
    'failure?': oneOf('findings', 'tool'),
    'reason?': str,
    'materials?': arr(material),
    'environment?': anyObj,
    'startedOn?': str,
    'finishedOn?': str,
  },
  true,
);

const scanResultSchema = obj(
  {
    scanner: obj({ name: nonEmpty, version: nonEmpty, 'uri?': nonEmpty }, true),
    counts: obj(
      Object.fromEntries(SEVERITY_WORDS.map((s) => [`${s}?`, int(0)])) as Record<string, Check>,
      true,
    ),
    findings: arr(
      obj(
        {
          ruleId: nonEmpty,
          severity: oneOf(...SEVERITY_WORDS),
          'message?': str,
          'location?': obj({ path: nonEmpty, 'line?': int(1) }, true),
          'fingerprint?': nonEmpty,
        },
        true,
      ),
    ),
    'findingsTruncated?': bool,
    'report?': anyObj,
    tollgate: anyObj,
  },
  true,
);

/** A vulns v0.2 score: a decimal in 0..10, a CVSS v3.x/v4.0 vector, or our words. */
const DECIMAL_SCORE = /^(10(\.0)?|[0-9](\.[0-9])?)$/;
const CVSS_VECTOR = /^CVSS:(3\.[01]|4\.0)\/[A-Z]+:[A-Z]+(\/[A-Z]+:[A-Z]+)*$/;
const score: Check = (v, at) =>
  typeof v === 'string' &&
  (DECIMAL_SCORE.test(v) ||
    CVSS_VECTOR.test(v) ||
    (SEVERITY_WORDS as readonly string[]).includes(v))
    ? undefined
    : `${at}: ${JSON.stringify(v)} is not a CVSS score, vector or severity word`;
const vulnsSchema = obj(
  {
    scanner: obj(
      {
        'uri?': str,
        'version?': str,
        'db?': anyObj,
        'result?': arr(
          obj(
            {
              id: nonEmpty,
              'aliases?': arr(str),
              'severity?': arr(obj({ 'method?': str, score }, false)),
              'annotations?': arr(anyObj),
            },
            false,
          ),
        ),
      },
      false,
    ),
  },
  false,
);

const testResultSchema = obj(
  {
    result: oneOf('PASSED', 'WARNED', 'FAILED'),
    'passedTests?': arr(str),
    'warnedTests?': arr(str),
    'failedTests?': arr(str),
  },
  false,
);

const counter = obj({ covered: int(0), total: int(0), pct: num(0, 100) }, true);
const coverageSchema = obj(
  {
    lines: counter,
    'branches?': counter,
    'files?': arr(obj({ path: nonEmpty, lines: counter, 'branches?': counter }, true)),
    tollgate: anyObj,
  },
  true,
);

const reviewSchema = obj(
  {
    author: nonEmpty,
    headSha: pattern(/^([0-9a-f]{40}|[0-9a-f]{64})$/),
    approvals: arr(obj({ reviewer: nonEmpty, 'at?': str }, true)),
    changesRequested: arr(nonEmpty),
    tollgate: anyObj,
  },
  true,
);

const provenanceSchema = obj(
  {
    buildDefinition: obj(
      {
        buildType: nonEmpty,
        externalParameters: anyObj,
        'resolvedDependencies?': arr(anyObj),
      },
      false,
    ),
    runDetails: obj({ builder: obj({ id: nonEmpty }, false) }, false),
  },
  false,
);

const licence: Check = (v, at) => {
  if (!isObj(v)) return `${at}: not an object`;
  if ('expression' in v) return str(v.expression, `${at}.expression`);
  return obj({ license: obj({ 'id?': str, 'name?': str }, false) }, false)(v, at);
};
const cyclonedxSchema = obj(
  {
    bomFormat: oneOf('CycloneDX'),
    specVersion: str,
    'components?': arr(obj({ name: str, 'version?': str, 'licenses?': arr(licence) }, false)),
    metadata: obj({ properties: arr(obj({ name: str, 'value?': str }, false)) }, false),
  },
  false,
);

const vsaSchema = obj(
  {
    verifier: obj({ id: nonEmpty }, false),
    // SLSA VSA v1 makes timeVerified optional; the gate does not read it.
    'timeVerified?': str,
    resourceUri: str,
    policy: anyObj,
    verificationResult: oneOf('PASSED', 'FAILED'),
    verifiedLevels: arr(str),
  },
  false,
);

const SCHEMAS: Record<string, Check> = {
  [PREDICATE.scanResult]: scanResultSchema,
  [PREDICATE.vulns]: vulnsSchema,
  [PREDICATE.testResult]: testResultSchema,
  [PREDICATE.coverage]: coverageSchema,
  [PREDICATE.review]: reviewSchema,
  [PREDICATE.slsaProvenance]: provenanceSchema,
  [PREDICATE.cyclonedx]: cyclonedxSchema,
  [PREDICATE.vsa]: vsaSchema,
};

// ---------------------------------------------------------------------------------------------
// Step metadata

export interface RefMeta {
  step: string;
  status: 'passed' | 'failed';
  failure?: 'findings' | 'tool';
  reason?: string;
  materials?: { name: string; digest: Record<string, string> }[];
}

/** The step metadata, or why it is not acceptable. */
export function refStepMeta(
  type: string,
  predicate: unknown,
): { meta: RefMeta } | { problem: string } | { ambiguous: string } {
  if (!isObj(predicate)) return { problem: 'predicate is not an object' };
  if (type === PREDICATE.cyclonedx) {
    const props = isObj(predicate.metadata) ? predicate.metadata.properties : undefined;
    if (!Array.isArray(props)) return { problem: 'no metadata.properties' };
    const ours = props.filter(
      (p) => isObj(p) && typeof p.name === 'string' && p.name.startsWith('tollgate:'),
    ) as Record<string, unknown>[];
    const names = ours.map((p) => p.name as string);
    if (new Set(names).size !== names.length)
      return { ambiguous: 'a tollgate:* property is given twice' };
    const get = (n: string) => ours.find((p) => p.name === n);
    for (const p of ours)
      if (typeof p.value !== 'string') return { problem: `${String(p.name)} is not a string` };
    const step = get('tollgate:step')?.value as string | undefined;
    const status = get('tollgate:status')?.value as string | undefined;
    if (step === undefined || !STEP_ID.test(step))
      return { problem: 'tollgate:step is no step id' };
    if (status !== 'passed' && status !== 'failed')
      return { problem: `tollgate:status ${JSON.stringify(status)} is not passed or failed` };
    const stage = get('tollgate:stage')?.value as string | undefined;
    if (stage !== undefined && !['pre-commit', 'per-commit', 'per-pr', 'per-merge'].includes(stage))
      return { problem: `tollgate:stage ${JSON.stringify(stage)}` };
    const reason = get('tollgate:reason')?.value as string | undefined;
    return { meta: { step, status, ...(reason !== undefined ? { reason } : {}) } };
  }
  const problem = stepMetaSchema(predicate.tollgate, 'tollgate');
  if (problem) return { problem };
  return { meta: predicate.tollgate as unknown as RefMeta };
}

// ---------------------------------------------------------------------------------------------
// Identities (NFKC, trimmed, lower-cased) and globs (docs/policy.md#globs), written out again here.

export const identity = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

export function refGlob(pattern: string, value: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's').test(value);
}

// ---------------------------------------------------------------------------------------------
// Findings and exceptions

interface RefFinding {
  ruleId: string;
  /** undefined: the reference cannot rank it (a CVSS vector it does not score). */
  severity: Sev | undefined;
  path?: string;
  fingerprint?: string;
  ids?: string[];
}

const activeExceptions = (policy: RefPolicy, step: string) => {
  const today = policy.now.toISOString().slice(0, 10);
  return policy.exceptions.filter((e) => e.step === step && e.expires >= today);
};
const hasSelector = (e: RefException) =>
  e.ruleId !== undefined ||
  e.id !== undefined ||
  e.fingerprint !== undefined ||
  e.path !== undefined;

function covers(e: RefException, f: RefFinding): boolean {
  if (!hasSelector(e)) return false;
  if (e.ruleId !== undefined && e.ruleId !== f.ruleId) return false;
  if (e.id !== undefined && !(f.ids ?? [f.ruleId]).includes(e.id) && f.ruleId !== e.id)
    return false;
  if (e.fingerprint !== undefined && e.fingerprint !== f.fingerprint) return false;
  if (e.path !== undefined && !(f.path !== undefined && refGlob(e.path, f.path))) return false;
  return true;
}

/** "No finding at or above failOn", minus waived ones; unlisted counted findings are never waived. */
function judgeFindings(
  findings: RefFinding[],
  unlisted: Partial<Record<Sev, number>>,
  policy: RefPolicy,
  step: string,
): RefVerdict {
  const failOn = policy.thresholds.failOn ?? 'high';
  if (failOn === 'none') return { answer: 'pass', why: 'failOn none' };
  const exceptions = activeExceptions(policy, step).filter(hasSelector);
  let unknown = 0;
  for (const f of findings) {
    if (exceptions.some((e) => covers(e, f))) continue;
    if (f.severity === undefined) {
      if (failOn !== 'info') unknown++;
      else return { answer: 'fail', why: `${f.ruleId} blocks at failOn info` };
      continue;
    }
    if (RANK[f.severity] >= RANK[failOn])
      return { answer: 'fail', why: `${f.ruleId} (${f.severity}) at or above ${failOn}` };
  }
  for (const s of SEVERITY_WORDS)
    if ((unlisted[s] ?? 0) > 0 && RANK[s] >= RANK[failOn])
      return { answer: 'fail', why: `${unlisted[s]} unlisted ${s} finding(s)` };
  if (unknown) return { answer: 'unspecified', why: 'a vulnerability scored only by a vector' };
  return { answer: 'pass', why: `nothing at or above ${failOn}` };
}

function vulnSeverity(entry: Record<string, unknown>): Sev | undefined {
  const scores = Array.isArray(entry.severity)
    ? (entry.severity as { score: string }[]).map((s) => s.score)
    : [];
  let worst: Sev | undefined;
  let unscored = scores.length === 0;
  for (const s of scores) {
    let sev: Sev | undefined;
    if ((SEVERITY_WORDS as readonly string[]).includes(s)) sev = s as Sev;
    else if (DECIMAL_SCORE.test(s)) {
      const n = Number(s);
      sev = n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : n > 0 ? 'low' : 'info';
    } else unscored = true;
    if (sev && (worst === undefined || RANK[sev] > RANK[worst])) worst = sev;
  }
  // A vector may outrank the scores the reference can read: then the worst is unknown.
  if (unscored && worst !== 'critical') return undefined;
  return worst;
}

// ---------------------------------------------------------------------------------------------
// The judgement of one step with one accepted attestation

/**
 * The verdict for `step`, required by the policy, given one attestation signed by an allowed
 * signer about the commit under evaluation. A type without a schema here is a policy's own.
 */
export function referenceStep(
  step: string,
  type: string,
  rawPredicate: unknown,
  policy: RefPolicy,
): RefVerdict {
  // The gate sees the predicate after JSON: judge exactly that.
  const predicate: unknown = JSON.parse(JSON.stringify(rawPredicate ?? null));
  const m = refStepMeta(type, predicate);
  if ('ambiguous' in m) return { answer: 'unspecified', why: m.ambiguous };
  if ('problem' in m) return { answer: 'fail', why: `malformed step metadata: ${m.problem}` };
  const meta = m.meta;
  if (meta.step !== step) return { answer: 'fail', why: `attested for ${meta.step}, not ${step}` };

  const schema = SCHEMAS[type];
  if (!schema) {
    // No schema, no evaluator: only the step's own status can pass it.
    return meta.status === 'passed'
      ? { answer: 'pass', why: 'own type, status passed' }
      : waivable(policy, step, { answer: 'fail', why: 'own type, status failed' });
  }
  const problem = schema(predicate, 'predicate');
  if (problem) return { answer: 'fail', why: `malformed: ${problem}` };
  const p = predicate as Record<string, unknown>;

  const carriesFindings = type === PREDICATE.scanResult || type === PREDICATE.vulns;
  if (meta.status === 'failed' && !(meta.failure === 'findings' && carriesFindings))
    return waivable(policy, step, { answer: 'fail', why: 'the step reported failure (tool)' });

  let outcome: RefVerdict;
  switch (type) {
    case PREDICATE.scanResult: {
      const list = p.findings as Record<string, unknown>[];
      const findings: RefFinding[] = list.map((f) => {
        const loc = f.location as { path?: string } | undefined;
        return {
          ruleId: f.ruleId as string,
          severity: f.severity as Sev,
          ...(loc?.path !== undefined ? { path: loc.path } : {}),
          ...(f.fingerprint !== undefined ? { fingerprint: f.fingerprint as string } : {}),
        };
      });
      const counts = p.counts as Partial<Record<Sev, number>>;
      const counted = SEVERITY_WORDS.reduce((n, s) => n + (counts[s] ?? 0), 0);
      const unlisted: Partial<Record<Sev, number>> = {};
      if (p.findingsTruncated === true)
        for (const s of SEVERITY_WORDS)
          unlisted[s] = Math.max(
            0,
            (counts[s] ?? 0) - findings.filter((f) => f.severity === s).length,
          );
      if (meta.status === 'failed') {
        // A failure "by findings" with no finding listed or counted is a contradiction.
        if (findings.length === 0 && counted === 0) return waivableContradiction(policy, step);
        if (findings.length === 0 && p.findingsTruncated !== true)
          return {
            answer: 'unspecified',
            why: 'failed by findings known only by untrusted counts',
          };
      }
      outcome = judgeFindings(findings, unlisted, policy, step);
      break;
    }
    case PREDICATE.vulns: {
      const result = ((p.scanner as Record<string, unknown>).result ?? []) as Record<
        string,
        unknown
      >[];
      if (meta.status === 'failed' && result.length === 0)
        return waivableContradiction(policy, step);
      const findings: RefFinding[] = result.map((v) => {
        const pkg = Array.isArray(v.annotations)
          ? (v.annotations as Record<string, unknown>[]).find((a) => typeof a.package === 'string')
              ?.package
          : undefined;
        return {
          ruleId: v.id as string,
          severity: vulnSeverity(v),
          ids: [v.id as string, ...((v.aliases as string[] | undefined) ?? [])],
          ...(typeof pkg === 'string' ? { path: pkg } : {}),
        };
      });
      outcome = judgeFindings(findings, {}, policy, step);
      break;
    }
    case PREDICATE.testResult: {
      const failed = (p.failedTests as string[] | undefined) ?? [];
      const max = policy.thresholds.maxFailedTests ?? 0;
      if (failed.length > max)
        outcome = { answer: 'fail', why: `${failed.length} failed > ${max}` };
      else if (p.result === 'FAILED' && failed.length === 0)
        outcome = { answer: 'fail', why: 'FAILED with no failed test listed' };
      else outcome = { answer: 'pass', why: `${failed.length} failed, ${max} tolerated` };
      break;
    }
    case PREDICATE.coverage: {
      const lines = (p.lines as { pct: number }).pct;
      const branches = (p.branches as { pct: number } | undefined)?.pct;
      const { minLineCoverage: minL, minBranchCoverage: minB } = policy.thresholds;
      if (minL !== undefined && lines < minL)
        outcome = { answer: 'fail', why: `lines ${lines} < ${minL}` };
      else if (minB !== undefined && (branches === undefined || branches < minB))
        outcome = { answer: 'fail', why: `branches ${branches} < ${minB}` };
      else outcome = { answer: 'pass', why: 'coverage meets the minimums' };
      break;
    }
    case PREDICATE.review: {
      const author = identity(p.author as string);
      const requested = p.changesRequested as string[];
      const approvers = policy.thresholds.approvers?.map(identity);
      const self = policy.thresholds.allowSelfApproval === true;
      const people = new Set(
        (p.approvals as { reviewer: string }[])
          .map((a) => identity(a.reviewer))
          .filter((r) => (self || r !== author) && (!approvers || approvers.includes(r))),
      );
      const min = policy.thresholds.minApprovals ?? 1;
      if ([...people, author, ...(approvers ?? [])].some((x) => x === ''))
        outcome = { answer: 'unspecified', why: 'an identity that normalises to nothing' };
      else if (requested.length) outcome = { answer: 'fail', why: 'changes requested' };
      else if (people.size < min)
        outcome = { answer: 'fail', why: `${people.size} of ${min} approvals` };
      else
        outcome = { answer: 'pass', why: `${people.size} approvals by ${[...people].join(', ')}` };
      break;
    }
    case PREDICATE.slsaProvenance:
      outcome = { answer: 'pass', why: 'provenance recorded' };
      break;
    case PREDICATE.cyclonedx: {
      const denied = policy.thresholds.deniedLicenses ?? [];
      outcome = { answer: 'pass', why: 'no denied licence' };
      for (const c of (p.components ?? []) as { licenses?: Record<string, unknown>[] }[]) {
        for (const l of c.licenses ?? []) {
          const id =
            typeof l.expression === 'string'
              ? l.expression
              : ((l.license as { id?: string } | undefined)?.id ?? undefined);
          if (id === undefined) continue;
          const terms = id.split(/\s+(?:OR|AND|WITH)\s+|[()\s]+/).filter(Boolean);
          if (denied.some((d) => id === d || terms.includes(d))) {
            outcome = { answer: 'fail', why: `denied licence ${id}` };
          } else if (
            outcome.answer === 'pass' &&
            denied.some((d) => terms.some((t) => t.toLowerCase() === d.toLowerCase()))
          ) {
            outcome = {
              answer: 'unspecified',
              why: `licence ${id} differs from a denied one by case`,
            };
          }
        }
      }
      break;
    }
    case PREDICATE.vsa:
      outcome =
        p.verificationResult === 'PASSED'
          ? { answer: 'pass', why: 'VSA PASSED' }
          : { answer: 'fail', why: 'VSA FAILED' };
      break;
    default:
      throw new Error(`reference has no judgement for ${type}`);
  }
  return waivable(policy, step, outcome);
}

/** A failed result (never a malformed one) is waived by an active exception without selector. */
function waivable(policy: RefPolicy, step: string, v: RefVerdict): RefVerdict {
  if (v.answer !== 'fail') return v;
  const whole = activeExceptions(policy, step).find((e) => !hasSelector(e));
  return whole ? { answer: 'pass', why: `waived step-wide: ${v.why}` } : v;
}

function waivableContradiction(policy: RefPolicy, step: string): RefVerdict {
  // Whether a step-wide exception waives the contradiction is not decided; without one it fails.
  return activeExceptions(policy, step).some((e) => !hasSelector(e))
    ? { answer: 'unspecified', why: 'contradiction under a step-wide exception' }
    : { answer: 'fail', why: 'status failed by findings, but no finding listed or counted' };
}

// ---------------------------------------------------------------------------------------------
// Chain rules: names normalised, unsafe names and missing sha256 break the chain

/** Why the chain from producer products to consumer materials is broken, or undefined. */
export function referenceChain(
  match: string,
  consumerMaterials: unknown[],
  producerProducts: { name: string; digest: Record<string, string> }[],
): string | undefined {
  const norm = (n: string) => (n.startsWith('./') ? n.slice(2) : n);
  const unsafe = (n: string) =>
    n.startsWith('/') || n.includes('\\') || n.split('/').includes('..');
  const products = producerProducts
    .filter((p) => typeof p.digest.sha256 === 'string')
    .map((p) => ({ name: norm(p.name), sha256: p.digest.sha256! }));
  let matched = 0;
  for (const raw of consumerMaterials) {
    const m = (isObj(raw) ? raw : {}) as { name?: unknown; uri?: unknown; digest?: unknown };
    const name =
      typeof m.name === 'string' ? m.name : typeof m.uri === 'string' ? m.uri : undefined;
    if (name === undefined) return 'a material with neither name nor uri';
    if (unsafe(name)) return `material ${name} cannot be matched safely`;
    if (!refGlob(match, norm(name))) continue;
    matched++;
    const sha = isObj(m.digest) ? m.digest.sha256 : undefined;
    if (typeof sha !== 'string') return `material ${name} has no sha256`;
    const p = products.find((x) => x.name === norm(name));
    if (!p) return `material ${name} is no product`;
    if (p.sha256 !== sha) return `material ${name} has another sha256`;
  }
  return matched ? undefined : 'no material matches';
}
