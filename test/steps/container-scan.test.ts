import { evaluateScanResult } from '../../src/gate/evaluators/scan-result.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerScan } from '../../src/steps/container-scan/index.js';
import { writeHandoff, IMAGE_FILE } from '../../src/steps/common/handoff.js';
import type { StepResult } from '../../src/steps/types.js';
import { startOsvDouble, type OsvDouble } from '../helpers/osv-server.js';
import {
  DEBIAN_12_OS_RELEASE,
  dpkgStanza,
  writeFixtureImage,
  type FixtureImage,
} from '../helpers/oci-fixture.js';
import { allOutput, removeDir, stepContext, tempDir } from './step-context.js';

/**
 * container-scan on small images built here: a Debian 12 base (os-release, a dpkg database,
 * a distroless-style status.d entry) plus an application layer. The OSV records are the
 * matcher's fixtures (test/fixtures/osv): lodash's GHSA-jf85-cpcp-j695 is a real GitHub
 * advisory record.
 */

const OSV = join(import.meta.dirname, '..', 'fixtures', 'osv');
// An AWS key id of the shape gitleaks' aws-access-token rule looks for (AWS's documented example).
const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE'.replace('EXAMPLE', 'TESTKEY');

const base = (glibc: string) => ({
  'usr/lib/os-release': DEBIAN_12_OS_RELEASE,
  'etc/os-release': { link: '../usr/lib/os-release' },
  'var/lib/dpkg/status': [
    dpkgStanza({ name: 'libc6', version: glibc, source: 'glibc' }),
    dpkgStanza({ name: 'base-files', version: '12.4+deb12u5' }),
  ].join('\n'),
  'var/lib/dpkg/status.d/tzdata': dpkgStanza({
    name: 'tzdata',
    version: '2024a-0+deb12u1',
    arch: 'all',
  }),
});

const app = (lodash: string) => ({
  'app/package.json': '{"name":"service","version":"1.0.0"}',
  'app/server.js': 'console.log("hello")\n',
  'usr/lib/node_modules/lodash/package.json': `{"name":"lodash","version":"${lodash}","license":"MIT"}`,
});

const healthy = {
  User: '10001:10001',
  Healthcheck: { Test: ['CMD', '/nodejs/bin/node', '/app/health.js'] },
  Env: ['PATH=/usr/bin:/bin', 'NODE_ENV=production', 'DB_PASSWORD_FILE=/run/secrets/db'],
  Labels: { 'org.opencontainers.image.source': 'https://github.com/example/service' },
};

const IMAGES: Record<string, FixtureImage> = {
  clean: { layers: [base('2.36-9+deb12u4'), app('4.17.21')], config: healthy },
  vulnerable: { layers: [base('2.36-9+deb12u1'), app('4.17.11')], config: healthy },
  root: { layers: [base('2.36-9+deb12u4'), app('4.17.21')], config: { ...healthy, User: '' } },
  secrets: {
    layers: [
      base('2.36-9+deb12u4'),
      { ...app('4.17.21'), 'app/config/deploy.env': `AWS_ACCESS_KEY_ID=${AWS_KEY}\n` },
    ],
    // One variable whose name gives it away, one that only gitleaks can tell holds a key.
    config: {
      ...healthy,
      Env: [...healthy.Env, `AWS_ACCESS_KEY_ID=${AWS_KEY}`, `BUILD_NOTE=deployed with ${AWS_KEY}`],
    },
  },
};

let dir: string;
let osv: OsvDouble;
const results: Record<string, { result: StepResult; outDir: string; lines: string[] }> = {};

async function scan(name: string, inputs: Record<string, string>) {
  const root = join(dir, name);
  await writeFixtureImage(join(root, 'container', 'image'), {
    ...IMAGES[name]!,
    ref: `service:${name}`,
  });
  const digest = JSON.parse(await readFile(join(root, 'container', 'image', 'index.json'), 'utf8'))
    .manifests[0].digest as string;
  await writeHandoff(join(root, 'container'), IMAGE_FILE, {
    layout: 'image',
    digest,
    name: 'example/service',
    ref: `service:${name}`,
  });
  const outDir = join(root, 'container-scan');
  const ctx = stepContext('container-scan', root, outDir, inputs);
  results[name] = { result: await containerScan.run(ctx), outDir, lines: ctx.lines };
}

beforeAll(async () => {
  dir = await tempDir('container-scan');
  osv = await startOsvDouble(OSV);
  // The clean image goes through the OSV API double, the others through the record folder.
  // Independent scans, run together: most of their time is waiting for node and gitleaks.
  await Promise.all([
    scan('clean', { 'osv-url': osv.url }),
    scan('vulnerable', { 'osv-url': OSV }),
    scan('root', { 'osv-url': OSV }),
    scan('secrets', { 'osv-url': OSV }),
  ]);
});

afterAll(async () => {
  await osv?.close();
  await removeDir(dir);
});

describe('container-scan', () => {
  it('passes a clean image and attests vulns v0.2 over its SBOM', async () => {
    const { result, outDir } = results.clean!;
    expect(result.reason).toMatch(/none at or above high/);
    expect(result.status).toBe('passed');
    expect(result.attestations.map((a) => a.predicateType)).toEqual([
      'https://in-toto.io/attestation/vulns/v0.2',
      'https://tollgate.dev/attestation/scan-result/v1',
    ]);
    expect(result.attestations[1]!.predicate).toMatchObject({
      scanner: { name: 'tollgate-image-checks' },
      findings: [],
    });
    expect(osv.requests.some((r) => r.path === '/v1/querybatch' && r.status === 200)).toBe(true);
    const bom = JSON.parse(await readFile(join(outDir, 'image.cdx.json'), 'utf8')) as {
      components: { purl: string }[];
    };
    expect(bom.components.map((c) => c.purl)).toEqual(
      expect.arrayContaining([
        'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&upstream=glibc&distro=debian-12',
        'pkg:deb/debian/tzdata@2024a-0%2Bdeb12u1?arch=all&distro=debian-12',
        'pkg:npm/lodash@4.17.21',
      ]),
    );
    expect(await readFile(join(outDir, 'NOTICES.image.txt'), 'utf8')).toMatch(
      /lodash 4\.17\.21\nPackage: pkg:npm\/lodash@4\.17\.21\nLicence: MIT/,
    );
    // The healthy image has a healthcheck and a user: no image check finding at all.
    expect(result.metrics?.imageChecks).toBe(0);
  });

  it('fails an image with a known-vulnerable package, naming the advisory', async () => {
    const { result, outDir } = results.vulnerable!;
    expect(result.status).toBe('failed');
    expect(result.failure).toBe('findings');
    expect(result.reason).toContain('GHSA-jf85-cpcp-j695');
    expect(result.reason).toContain('lodash@4.17.11');
    const sarif = await readFile(join(outDir, 'container-scan.sarif'), 'utf8');
    expect(sarif).toContain('DSA-5514-1'); // glibc 2.36-9+deb12u1, matched under its source name
    const p = result.attestations[0]!.predicate as { scanner: { result: { id: string }[] } };
    expect(p.scanner.result.map((r) => r.id)).toEqual(
      expect.arrayContaining(['GHSA-jf85-cpcp-j695', 'DSA-5514-1']),
    );
  });

  it('fails an image that runs as root on the configuration check', () => {
    const { result } = results.root!;
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/image check.*runs as root/);
    expect(result.reason).not.toMatch(/vulnerabilit/);
    // The gate sees the check too: the scan-result attestation carries it.
    const judged = evaluateScanResult(result.attestations[1]!.predicate, {
      step: 'container-scan',
      thresholds: { failOn: 'high' },
      exceptions: [],
    } as never);
    expect(judged.ok).toBe(false);
  });

  it('finds secrets in ENV and in layer files, and writes none of them out', async () => {
    const { result, outDir, lines } = results.secrets!;
    expect(result.status).toBe('failed');
    const sarif = JSON.parse(await readFile(join(outDir, 'container-scan.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; message: { text: string } }[] }[];
    };
    const found = sarif.runs.flatMap((r) => r.results.map((x) => `${x.ruleId} ${x.message.text}`));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^container\/secret-in-env ENV AWS_ACCESS_KEY_ID/),
        expect.stringMatching(
          /^container\/secret-in-env ENV BUILD_NOTE holds a secret \(gitleaks rule aws-access-token\)/,
        ),
        expect.stringMatching(/^container\/secret-in-layer .*\/app\/config\/deploy\.env:1/),
      ]),
    );
    // found by the name check and by gitleaks: one fingerprint, one finding
    expect(
      found.filter((x) => x.startsWith('container/secret-in-env ENV AWS_ACCESS_KEY_ID')),
    ).toHaveLength(1);
    expect(await allOutput(outDir)).not.toContain(AWS_KEY);
    expect(lines.join('\n')).not.toContain(AWS_KEY);
    expect(result.summary).not.toContain(AWS_KEY);
  });
});
