// The README's main command (until `tollgate run` exists): signs attestations of real work
// done on this repository (compile, unit tests, SAST) with a local key, verifies them with
// the gate against a policy that chains the image to the build, then shows the gate
// rejecting a tampered attestation. Everything lands in .tollgate/demo/.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, '.tollgate/demo');
const bin = join(root, 'node_modules/.bin');
const rel = (p) => relative(root, p);
const step = (title) => process.stdout.write(`\n== ${title}\n`);

function tollgate(args, { allowFail = false, quiet = false } = {}) {
  process.stdout.write(
    `$ tollgate ${args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}\n`,
  );
  const r = spawnSync(process.execPath, [join(root, 'bin/tollgate.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(quiet ? r.stderr : r.stdout + r.stderr);
  if (r.status !== 0 && !allowFail) process.exit(r.status ?? 2);
  return r.status;
}
const writeJson = (file, value) => {
  writeFileSync(file, JSON.stringify(value, null, 2));
  return rel(file);
};
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'bundles'), { recursive: true });
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const c = ['--commit', commit, '--key', rel(join(out, 'demo.key'))];

step('a local signing key');
tollgate(['keygen', '--out', rel(join(out, 'demo')), '--force']);

step('compile: the TypeScript build, every emitted file a subject of SLSA provenance');
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
  { cwd: root },
);
const emitted = readdirSync(join(root, 'dist/cli'), { recursive: true })
  .filter((f) => String(f).endsWith('.js'))
  .map((f) => `dist/cli/${f}`);
const provenance = (deps) => ({
  buildDefinition: {
    buildType: 'https://tollgate.dev/buildtypes/step/v1',
    externalParameters: { command: 'tsc -p tsconfig.json' },
    resolvedDependencies: deps,
  },
  runDetails: { builder: { id: 'https://tollgate.dev/local' } },
});
tollgate([
  'attest',
  '--step',
  'compile',
  '--predicate',
  writeJson(join(out, 'compile.json'), provenance([])),
  ...emitted.flatMap((f) => ['--subject', f]),
  '--out',
  rel(join(out, 'bundles/compile.sigstore.json')),
  ...c,
]);

step('unit-tests: the policy loader tests, run now with vitest');
const results = join(out, 'vitest.json');
spawnSync(
  join(bin, 'vitest'),
  ['run', 'test/policy', '--reporter=json', `--outputFile=${results}`],
  { cwd: root, encoding: 'utf8' },
);
const tests = JSON.parse(readFileSync(results, 'utf8')).testResults.flatMap(
  (f) => f.assertionResults,
);
const names = (status) => tests.filter((t) => t.status === status).map((t) => t.fullName);
const testResult = {
  result: names('failed').length ? 'FAILED' : 'PASSED',
  passedTests: names('passed'),
  failedTests: names('failed'),
  warnedTests: [],
  configuration: [{ name: 'vitest', uri: 'test/policy' }],
};
tollgate([
  'attest',
  '--step',
  'unit-tests',
  '--predicate',
  writeJson(join(out, 'unit-tests.json'), testResult),
  '--out',
  rel(join(out, 'bundles/unit-tests.sigstore.json')),
  ...c,
]);

step('sast: eslint over src/, its findings in the scan-result predicate');
const eslint = spawnSync(join(bin, 'eslint'), ['src', '--format', 'json'], {
  cwd: root,
  encoding: 'utf8',
});
const findings = JSON.parse(eslint.stdout).flatMap((f) =>
  f.messages.map((m) => ({
    ruleId: m.ruleId ?? 'parse',
    severity: m.severity === 2 ? 'high' : 'medium',
    message: m.message,
    location: { path: rel(f.filePath), line: m.line },
  })),
);
tollgate([
  'attest',
  '--step',
  'sast',
  '--predicate',
  writeJson(join(out, 'sast.json'), {
    scanner: { name: 'eslint', version: '9' },
    counts: {},
    findings,
  }),
  '--out',
  rel(join(out, 'bundles/sast.sigstore.json')),
  ...c,
]);

step('container: provenance whose materials are the compile products (the chain rule checks them)');
const materials = emitted.map((f) => ({ name: f, digest: { sha256: sha256(join(root, f)) } }));
tollgate([
  'attest',
  '--step',
  'container',
  '--predicate',
  writeJson(join(out, 'container.json'), provenance(materials)),
  '--subject',
  `demo-image@sha256:${createHash('sha256')
    .update(materials.map((m) => m.digest.sha256).join())
    .digest('hex')}`,
  '--out',
  rel(join(out, 'bundles/container.sigstore.json')),
  ...c,
]);

writeFileSync(
  join(out, 'policy.yml'),
  `version: 1
signers:
  demo: { key: demo.pub }
stages:
  per-commit:
    require: [compile, unit-tests, container, sast]
chains:
  - step: container
    materialsFrom: compile
    match: "dist/**"
`,
);

step('the gate: every attestation verified against the policy');
const verdictFile = rel(join(out, 'verdict.json'));
const passed = tollgate(
  [
    'verify',
    '--policy',
    rel(join(out, 'policy.yml')),
    '--bundles',
    rel(join(out, 'bundles')),
    '--commit',
    commit,
    '--vsa',
    rel(join(out, 'vsa.sigstore.json')),
    '--key',
    rel(join(out, 'demo.key')),
  ],
  { allowFail: true },
);
tollgate(
  [
    'verify',
    '--policy',
    rel(join(out, 'policy.yml')),
    '--bundles',
    rel(join(out, 'bundles')),
    '--commit',
    commit,
    '--format',
    'json',
    '--output',
    verdictFile,
  ],
  { allowFail: true, quiet: true },
);

step('and the same gate after a compiled file was swapped and its attestation edited to match');
const tampered = join(out, 'tampered');
mkdirSync(tampered, { recursive: true });
for (const f of readdirSync(join(out, 'bundles')))
  writeFileSync(join(tampered, f), readFileSync(join(out, 'bundles', f)));
const bundle = JSON.parse(readFileSync(join(tampered, 'compile.sigstore.json'), 'utf8'));
const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
statement.subject[1].digest.sha256 = createHash('sha256').update('a swapped build').digest('hex');
bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
writeFileSync(join(tampered, 'compile.sigstore.json'), JSON.stringify(bundle));
const rejected = tollgate(
  [
    'verify',
    '--policy',
    rel(join(out, 'policy.yml')),
    '--bundles',
    rel(tampered),
    '--commit',
    commit,
  ],
  { allowFail: true },
);

step('result');
process.stdout.write(
  `genuine attestations: ${passed === 0 ? 'PASS' : 'FAIL'} (verdict ${verdictFile}, signed summary ${rel(join(out, 'vsa.sigstore.json'))})\n`,
);
process.stdout.write(
  `tampered attestation: ${rejected === 1 ? 'rejected, as it must be' : 'NOT rejected'}\n`,
);
process.exit(passed === 0 && rejected === 1 ? 0 : 1);
