/**
 * Generators for the gate's property tests: well-formed predicates of every type the gate
 * evaluates, step metadata, policies with thresholds and exceptions, and hostile mutations of
 * any of them (wrong types, case and space variants, numbers as strings, NaN-ish strings,
 * huge or negative numbers, extra and missing fields, identities that differ by case or width).
 */
import fc from 'fast-check';
import { PREDICATE } from '../../../src/attest/predicates/types.js';
import { SEVERITY_WORDS, type RefException, type RefThresholds } from './reference.js';

type Json = Record<string, unknown>;

export const OWN_TYPE = 'https://acme.example/attestation/licence-audit/v1';

/** Fullwidth forms of ASCII (NFKC folds them back): `ａｌｉｃｅ` is `alice`. */
export const fullwidth = (s: string): string =>
  [...s]
    .map((c) => {
      const code = c.charCodeAt(0);
      return code > 0x20 && code < 0x7f ? String.fromCharCode(code - 0x21 + 0xff01) : c;
    })
    .join('');

// Pools: small, so that exceptions, approvers and findings meet often.
export const RULE_IDS = ['js.no-eval', 'js.xss', 'CKV_K8S_1', 'GHSA-aaaa-bbbb-cccc'];
export const VULN_IDS = ['CVE-2026-0001', 'GHSA-xxxx-yyyy-zzzz', 'OSV-2026-7'];
export const PATHS = ['src/app.ts', 'scripts/build.js', 'lib/x/y.js', 'pkg:npm/lodash@4.17.20'];
export const PATH_GLOBS = ['src/**', 'scripts/*', '**', '*.ts', 'lib/*', 'pkg:npm/*', 'lib/?/y.js'];
export const FINGERPRINTS = ['fp-1', 'fp-2'];
export const LICENCES = ['MIT', 'Apache-2.0', 'AGPL-3.0-only', 'SSPL-1.0', 'GPL-3.0-only'];
export const DENIABLE = ['AGPL-3.0-only', 'SSPL-1.0', 'GPL-3.0-only'];
/** People, written as producers and policies might write them: case, spaces, width. */
export const PEOPLE = [
  'alice',
  'Alice',
  'ALICE',
  ' alice',
  fullwidth('alice'),
  'bob',
  'Bob',
  fullwidth('Bob'),
  'carol',
  'release-manager@example.com',
  'Release-Manager@Example.com',
];

export const SEVERITY = fc.constantFrom(...SEVERITY_WORDS);
const sev = SEVERITY;

// ---------------------------------------------------------------------------------------------
// Well-formed predicates (without step metadata)

const scanFinding = fc.record(
  {
    ruleId: fc.constantFrom(...RULE_IDS),
    severity: sev,
    message: fc.constantFrom('eval of input', 'reflected value'),
    location: fc.record(
      { path: fc.constantFrom(...PATHS), line: fc.integer({ min: 1, max: 400 }) },
      { requiredKeys: ['path'] },
    ),
    fingerprint: fc.constantFrom(...FINGERPRINTS),
  },
  { requiredKeys: ['ruleId', 'severity'] },
);

const scanResult = fc
  .record({
    findings: fc.array(scanFinding, { maxLength: 4 }),
    truncated: fc.boolean(),
    extra: fc.dictionary(sev, fc.integer({ min: 0, max: 3 }), { maxKeys: 3 }),
  })
  .map(({ findings, truncated, extra }) => {
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    if (truncated) for (const [s, n] of Object.entries(extra)) counts[s] = (counts[s] ?? 0) + n;
    return {
      scanner: { name: 'semgrep', version: '1.90.0' },
      counts,
      findings,
      ...(truncated ? { findingsTruncated: true } : {}),
    } as Json;
  });

const decimalScore = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 9 }))
  .map(([i, d]) => (i === 10 ? '10.0' : `${i}.${d}`));
const vulnScore = fc.oneof(
  { weight: 4, arbitrary: sev.map((s) => ({ method: 'tollgate', score: s })) },
  { weight: 4, arbitrary: decimalScore.map((s) => ({ method: 'CVSSv3.1', score: s })) },
  {
    weight: 1,
    arbitrary: fc.constant({
      method: 'CVSS_V3',
      score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    }),
  },
);
const vulnEntry = fc.record({
  id: fc.constantFrom(...VULN_IDS),
  aliases: fc.subarray(['CVE-2019-10744', 'GHSA-jf85-cpcp-j695']),
  severity: fc.array(vulnScore, { minLength: 1, maxLength: 2 }),
  annotations: fc
    .constantFrom(...PATHS)
    .map((p) => [{ package: p }, { name: 'lodash', version: '4.17.20', ecosystem: 'npm' }]),
});
const vulns = fc.array(vulnEntry, { maxLength: 3 }).map((result): Json => ({
  scanner: { uri: 'osv-scanner', version: '1.9.0', db: { uri: 'osv offline' }, result },
  metadata: { scanStartedOn: '2026-11-26T11:00:00Z', scanFinishedOn: '2026-11-26T11:00:01Z' },
}));

const testNames = fc.array(fc.constantFrom('adds', 'subtracts', 'parses', 'serves'), {
  maxLength: 3,
});
const testResult = fc
  .record({
    result: fc.constantFrom('PASSED', 'WARNED', 'FAILED'),
    passedTests: testNames,
    failedTests: testNames,
    warnedTests: testNames,
  })
  .map((r): Json => ({ ...r, configuration: [] }));

const pct = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }),
);
const counterArb = fc
  .record({ total: fc.integer({ min: 0, max: 500 }), pct })
  .map(({ total, pct: p }) => ({ covered: Math.round((total * p) / 100), total, pct: p }));
const coverage = fc
  .record({ lines: counterArb, branches: counterArb }, { requiredKeys: ['lines'] })
  .map((c): Json => c);

const review = fc
  .record({
    author: fc.constantFrom(...PEOPLE),
    approvals: fc.array(
      fc.record(
        { reviewer: fc.constantFrom(...PEOPLE), at: fc.constant('2026-11-26T10:00:00Z') },
        { requiredKeys: ['reviewer'] },
      ),
      { maxLength: 4 },
    ),
    changesRequested: fc.oneof(
      { weight: 4, arbitrary: fc.constant([] as string[]) },
      {
        weight: 1,
        arbitrary: fc.array(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 2 }),
      },
    ),
  })
  .map((r): Json => ({ ...r, headSha: 'a'.repeat(40) }));

const provenance = fc.constant<Json>({
  buildDefinition: {
    buildType: 'https://tollgate.dev/buildtypes/step/v1',
    externalParameters: { step: 'compile' },
    resolvedDependencies: [],
  },
  runDetails: { builder: { id: 'https://tollgate.dev/runner/local' } },
});

const licenceEntry = fc.oneof(
  fc.constantFrom(...LICENCES).map((id) => ({ license: { id } })),
  fc
    .tuple(fc.constantFrom(...LICENCES), fc.constantFrom(...LICENCES), fc.constantFrom('OR', 'AND'))
    .map(([a, b, op]) => ({ expression: `${a} ${op} ${b}` })),
  fc.constant({ license: { name: 'Some Licence' } }),
);
const cyclonedx = fc
  .array(
    fc.record({
      name: fc.constantFrom('lodash', 'express', 'left-pad'),
      version: fc.constantFrom('1.0.0', '4.17.20'),
      licenses: fc.array(licenceEntry, { maxLength: 2 }),
    }),
    { maxLength: 3 },
  )
  .map((components): Json => ({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    metadata: { properties: [{ name: 'build', value: 'ci' }] },
    components,
  }));

const vsa = fc.constantFrom('PASSED', 'FAILED').map((verificationResult): Json => ({
  verifier: { id: 'https://tollgate.dev/gate', version: { tollgate: '0.1.0' } },
  timeVerified: '2026-11-26T12:00:00.000Z',
  resourceUri: `git+acme/shop@${'a'.repeat(40)}`,
  policy: { uri: 'tollgate.policy.yml' },
  inputAttestations: [],
  verificationResult,
  verifiedLevels: ['SLSA_BUILD_LEVEL_2'],
}));

const own = fc.constant<Json>({ audited: ['lodash'], verdict: 'fine' });

// ---------------------------------------------------------------------------------------------
// Kinds: one predicate type, the step that attests it, and the thresholds that apply

export interface Kind {
  name: string;
  type: string;
  step: string;
  /** Overrides the step's predicate types in the policy (so the step needs this type alone). */
  override?: boolean;
  predicate: fc.Arbitrary<Json>;
  thresholds: fc.Arbitrary<RefThresholds>;
}

const failOn = fc.constantFrom('critical', 'high', 'medium', 'low', 'info', 'none') as fc.Arbitrary<
  RefThresholds['failOn']
>;
const threshold = <T>(keys: fc.Arbitrary<T>) => keys;

export const KINDS: Kind[] = [
  {
    name: 'scan-result',
    type: PREDICATE.scanResult,
    step: 'sast',
    predicate: scanResult,
    thresholds: threshold(fc.record({ failOn }, { requiredKeys: [] })),
  },
  {
    name: 'vulns v0.2',
    type: PREDICATE.vulns,
    step: 'container-scan',
    override: true,
    predicate: vulns,
    thresholds: fc.record({ failOn }, { requiredKeys: [] }),
  },
  {
    name: 'test-result v0.1',
    type: PREDICATE.testResult,
    step: 'unit-tests',
    predicate: testResult,
    thresholds: fc.record({ maxFailedTests: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }),
  },
  {
    name: 'coverage',
    type: PREDICATE.coverage,
    step: 'coverage',
    predicate: coverage,
    thresholds: fc.record(
      {
        minLineCoverage: fc.integer({ min: 0, max: 100 }),
        minBranchCoverage: fc.integer({ min: 0, max: 200 }).map((n) => n / 2),
      },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'review',
    type: PREDICATE.review,
    step: 'peer-review',
    predicate: review,
    thresholds: fc.record(
      {
        minApprovals: fc.integer({ min: 0, max: 3 }),
        approvers: fc.uniqueArray(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 3 }),
        allowSelfApproval: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'SLSA provenance',
    type: PREDICATE.slsaProvenance,
    step: 'compile',
    predicate: provenance,
    thresholds: fc.constant({}),
  },
  {
    name: 'CycloneDX',
    type: PREDICATE.cyclonedx,
    step: 'sca',
    override: true,
    predicate: cyclonedx,
    thresholds: fc.record(
      { deniedLicenses: fc.subarray(DENIABLE, { minLength: 1 }) },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'VSA',
    type: PREDICATE.vsa,
    step: 'promote-production',
    predicate: vsa,
    thresholds: fc.constant({}),
  },
  {
    name: 'a policy’s own type',
    type: OWN_TYPE,
    step: 'licence-audit',
    override: true,
    predicate: own,
    thresholds: fc.constant({}),
  },
];

// ---------------------------------------------------------------------------------------------
// Step metadata

export interface Meta {
  step: string;
  stage?: string;
  status: 'passed' | 'failed';
  failure?: 'findings' | 'tool';
  reason?: string;
}

export const metaFor = (step: string): fc.Arbitrary<Meta> =>
  fc.record(
    {
      step: fc.constant(step),
      stage: fc.constant('per-commit'),
      status: fc.constantFrom('passed', 'failed'),
      failure: fc.constantFrom('findings', 'tool'),
      reason: fc.constant('the tool said so'),
    },
    { requiredKeys: ['step', 'status'] },
  ) as fc.Arbitrary<Meta>;

/** The predicate with the metadata where its type carries it (CycloneDX: properties). */
export function withMeta(type: string, predicate: Json, meta: Meta): Json {
  if (type !== PREDICATE.cyclonedx) return { ...predicate, tollgate: { ...meta } };
  const metadata = (predicate.metadata ?? {}) as { properties?: unknown };
  // A hostile non-list `properties` has no place for the step: leave it so, and the gate must
  // find no step metadata.
  if (metadata.properties !== undefined && !Array.isArray(metadata.properties)) return predicate;
  const props = [
    ...(metadata.properties ?? []),
    { name: 'tollgate:step', value: meta.step },
    ...(meta.stage ? [{ name: 'tollgate:stage', value: meta.stage }] : []),
    { name: 'tollgate:status', value: meta.status },
    ...(meta.reason ? [{ name: 'tollgate:reason', value: meta.reason }] : []),
  ];
  return { ...predicate, metadata: { ...metadata, properties: props } };
}

// ---------------------------------------------------------------------------------------------
// Hostile mutations

type Path = (string | number)[];

function pathsOf(v: unknown, at: Path = []): Path[] {
  const out: Path[] = at.length ? [at] : [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, k]));
  return out;
}

const NANISH = [
  '1e3',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '',
  ' ',
  '1_000',
  '9.8 ',
  '-1',
  '1e-7',
];

/** Hostile replacements for a value, derived from it. */
export function hostileFor(v: unknown): unknown[] {
  const generic: unknown[] = [null, true, 0, -1, 1e308, [], {}, 'x'];
  if (typeof v === 'string') {
    const capital = v.charAt(0).toUpperCase() + v.slice(1);
    return [
      v.toUpperCase(),
      capital,
      `${v} `,
      ` ${v}`,
      `${v.toUpperCase()} `,
      fullwidth(v),
      '',
      ...(Number.isFinite(Number(v)) && v.trim() !== '' ? [Number(v)] : []),
      ...NANISH,
      ...generic,
      [v],
    ];
  }
  if (typeof v === 'number') {
    return [
      String(v),
      `${v}.0`,
      v.toExponential(),
      -v - 1,
      v + 0.5,
      v * 1e6,
      101,
      -0.01,
      2 ** 53 + 2,
      1e308,
      -1e308,
      null,
      true,
      [v],
      'NaN',
      'Infinity',
    ];
  }
  if (typeof v === 'boolean') return [String(v), v ? 1 : 0, null, [v], 'TRUE'];
  if (Array.isArray(v)) return [{}, 'x', null, 0, [...v, 7], [...v, null], [...v, { name: 1 }]];
  if (v && typeof v === 'object') return [[], null, 'x', 0, { ...v, extra: true }, { ...v, '': 1 }];
  return generic;
}

function setAt(root: unknown, path: Path, value: unknown | typeof DELETE): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (rest.length === 0 && value === DELETE) copy.splice(head as number, 1);
    else copy[head as number] = setAt(copy[head as number], rest, value);
    return copy;
  }
  const copy = { ...(root as Json) };
  if (rest.length === 0 && value === DELETE) delete copy[head as string];
  else copy[head as string] = setAt(copy[head as string], rest, value);
  return copy;
}
const DELETE = Symbol('delete');

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], root);
}

const startsWith = (path: Path, prefix: Path) => prefix.every((k, i) => path[i] === k);

/**
 * One mutation of `value`: a field replaced by a hostile value, removed, or added; only at or
 * below one of `within` when given (the step metadata, say).
 */
export function mutateOnce(value: Json, within?: Path[]): fc.Arbitrary<Json> {
  const paths = pathsOf(value).filter((p) => !within || within.some((w) => startsWith(p, w)));
  if (paths.length === 0) return fc.constant({ ...value, extra: 1 });
  return fc.constantFrom(...paths).chain((path) => {
    const orig = getAt(value, path);
    const parent = getAt(value, path.slice(0, -1));
    const replaced = fc.constantFrom(...hostileFor(orig)).map((h) => setAt(value, path, h) as Json);
    const removed = fc.constant(setAt(value, path, DELETE) as Json);
    const added =
      parent && typeof parent === 'object' && !Array.isArray(parent)
        ? fc
            .constantFrom('extra', 'Status', 'tollgate ', '__proto__x')
            .map((k) => setAt(value, [...path.slice(0, -1), k], 1) as Json)
        : removed;
    return fc.oneof({ weight: 6, arbitrary: replaced }, { weight: 2, arbitrary: removed }, added);
  });
}

/** One or two successive mutations. */
export function mutated(value: Json, within?: Path[]): fc.Arbitrary<Json> {
  return mutateOnce(value, within).chain((once) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(once) },
      { weight: 1, arbitrary: mutateOnce(once, within) },
    ),
  );
}

/** Where a predicate of `type` carries its step metadata. */
export const metaPaths = (type: string): Path[] =>
  type === PREDICATE.cyclonedx ? [['metadata', 'properties']] : [['tollgate']];

// ---------------------------------------------------------------------------------------------
// Exceptions

export const EXPIRIES = ['2026-11-25', '2026-11-26', '2027-06-30'];

export const exceptionFor = (step: string, otherStep = 'lint-iac'): fc.Arbitrary<RefException> =>
  fc.record(
    {
      step: fc.oneof({ weight: 5, arbitrary: fc.constant(step) }, fc.constant(otherStep)),
      ruleId: fc.constantFrom(...RULE_IDS, ...VULN_IDS),
      id: fc.constantFrom(...VULN_IDS, 'CVE-2019-10744', ...RULE_IDS),
      fingerprint: fc.constantFrom(...FINGERPRINTS),
      path: fc.constantFrom(...PATH_GLOBS),
      reason: fc.constant('accepted risk, see ticket'),
      expires: fc.constantFrom(...EXPIRIES),
    },
    { requiredKeys: ['step', 'reason', 'expires'] },
  );

export const exceptionsFor = (step: string) => fc.array(exceptionFor(step), { maxLength: 3 });

// ---------------------------------------------------------------------------------------------
// Scenarios: one step, its thresholds and exceptions, and the predicate it attests

export interface Scenario {
  thresholds: RefThresholds;
  exceptions: RefException[];
  predicate: Record<string, unknown>;
}

/**
 * Where the hostility goes: `body` mutates the predicate and keeps good metadata, `meta`
 * mutates the step metadata of a good predicate, `none` is well-formed throughout.
 */
export type Hostility = 'none' | 'body' | 'meta';

export const scenario = (
  kind: Kind,
  hostility: Hostility,
  meta: fc.Arbitrary<Meta> = metaFor(kind.step),
  exceptions: fc.Arbitrary<RefException[]> = exceptionsFor(kind.step),
): fc.Arbitrary<Scenario> =>
  fc
    .record({ thresholds: kind.thresholds, exceptions, meta, predicate: kind.predicate })
    .chain(({ thresholds, exceptions: ex, meta: m, predicate }) => {
      const body = hostility === 'body' ? mutated(predicate) : fc.constant(predicate);
      return body
        .map((b) => withMeta(kind.type, b, m))
        .chain((p) => (hostility === 'meta' ? mutated(p, metaPaths(kind.type)) : fc.constant(p)))
        .map((p) => ({ thresholds, exceptions: ex, predicate: p }));
    });

export const passedMeta = (step: string) =>
  metaFor(step).map((m): Meta => ({ step: m.step, stage: 'per-commit', status: 'passed' }));
/** Any metadata whose status is `passed`: hostility then comes only from the mutation. */
export const passingMeta = (step: string) =>
  metaFor(step).map((m): Meta => ({ ...m, status: 'passed' }));
export const failedMeta = (step: string) =>
  metaFor(step).map((m): Meta => ({ ...m, status: 'failed' }));
