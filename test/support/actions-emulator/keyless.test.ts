import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkflow } from './emulator.js';
import { keylessRepoFiles, startKeylessDoubles, type KeylessDoubles } from './keyless.js';
import { makeRepo, removeScratch, scratch } from './repo.js';

let doubles: KeylessDoubles;
beforeAll(async () => {
  doubles = await startKeylessDoubles();
});
afterAll(async () => {
  await doubles.stop();
  removeScratch();
});

const POLICY = `version: 1
signers:
  ci:
    github:
      repository: acme/shop
      workflow:
        - acme/shop/.github/workflows/ci.yml@refs/heads/main
stages:
  per-commit:
    require: [compile]
`;

describe('keyless signing in the emulator', () => {
  it("signs a Tollgate step keylessly against the local doubles with GitHub's identity, and the gate trusts it", async () => {
    const files = keylessRepoFiles(doubles.sigstore, { policy: POLICY });
    expect(files['.github/tollgate-inputs.yml']).toContain(
      `fulcio-url: ${doubles.sigstore.urls.fulcio}`,
    );
    const { fulcio, rekor, tsa } = doubles.sigstore.urls;
    const repo = makeRepo({
      ...files,
      'package.json': JSON.stringify({ name: 'small', version: '1.0.0', type: 'module' }),
      'build.mjs':
        "import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync('dist', { recursive: true });\nwriteFileSync('dist/openapi.json', JSON.stringify({ openapi: '3.0.3', info: { title: 'small', version: '1' }, paths: {} }));\n",
      // The URLs are also given as inputs: the step runtime committed at HEAD may predate
      // its reading of the inputs file, and this test is about the signing, not the file.
      '.github/workflows/ci.yml': `name: CI
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: tollgate-dev/tollgate/actions/compile@v1
        with:
          signer: sigstore
          fulcio-url: ${fulcio}
          rekor-url: ${rekor}
          tsa-url: ${tsa}
          build-command: node build.mjs
  gate:
    needs: build
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: actions/download-artifact@v4
        with:
          pattern: tollgate-*
          merge-multiple: true
          path: tollgate-attestations
      - id: gate
        uses: tollgate-dev/tollgate/actions/gate@v1
        with:
          stages: per-commit
          base-report: none
`,
    });
    const r = await runWorkflow({
      repo: repo.dir,
      workflow: '.github/workflows/ci.yml',
      event: { name: 'push', sha: repo.head },
      issueToken: doubles.issueToken,
    });
    scratch.push(r.workDir);
    expect(r.job('build').result, r.job('build').firstError).toBe('success');
    expect(r.oidcRequests).toEqual([
      {
        audience: 'sigstore',
        job_workflow_ref: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
      },
    ]);
    // Everything went to the doubles on 127.0.0.1: nothing was refused by the runner's proxy.
    expect(r.refused).toEqual([]);
    const artifact = r.artifacts.find((a) => a.name === 'tollgate-compile');
    const bundle = JSON.parse(
      readFileSync(join(artifact?.dir ?? '', 'compile.sigstore.json'), 'utf8'),
    ) as { verificationMaterial: { certificate: { rawBytes: string } } };
    const cert = new X509Certificate(
      Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'),
    );
    expect(cert.subjectAltName).toBe(
      'URI:https://github.com/acme/shop/.github/workflows/ci.yml@refs/heads/main',
    );
    const gate = r.job('gate');
    expect(gate.result, gate.firstError).toBe('success');
    expect(gate.steps.at(-1)?.outputs.verdict).toBe('pass');
  });
});
