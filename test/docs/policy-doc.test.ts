import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import type { StatementSigner } from '../../src/attest/signers/signer.js';
import { trustFromPolicy } from '../../src/gate/trust.js';
import { parsePolicy } from '../../src/policy/load.js';
import { runCli } from '../helpers/cli.js';
import { COMMIT, sign } from '../helpers/gate-fixture.js';
import { createTrustDomain } from '../helpers/spiffe-ca.js';
import { fencedBlocks, readDoc } from './markdown.js';

// Every YAML example in docs/policy.md must be what it claims: valid examples load (with the
// files they name), invalid ones fail with exactly the messages the doc shows under them.
const doc = readDoc('policy.md');
const blocks = fencedBlocks(doc);
const yamlBlocks = blocks.filter((b) => b.lang === 'yaml');
const POLICY = 'tollgate.policy.yml';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A temp folder with the key files and trust bundles the example names; signers by path. */
async function folderFor(yaml: string, withFiles: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-doc-'));
  dirs.push(dir);
  const keys = new Map<string, StatementSigner>();
  const put = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const raw = parse(yaml) as {
    signers?: Record<string, { key?: string; spiffe?: { id: string; trustBundle?: string } }>;
  };
  if (withFiles) {
    for (const spec of Object.values(raw.signers ?? {})) {
      if (typeof spec.key === 'string' && !spec.key.includes('-----BEGIN')) {
        const pair = generateKeyPair();
        put(spec.key, pair.publicKeyPem);
        keys.set(spec.key, createKeySigner(parsePrivateKey(pair.privateKeyPem, spec.key)));
      }
      if (spec.spiffe?.trustBundle) {
        const domain = /^spiffe:\/\/([^/]+)/.exec([spec.spiffe.id].flat()[0] ?? '')?.[1];
        put(spec.spiffe.trustBundle, (await createTrustDomain(domain ?? 'example.org')).bundlePem);
      }
    }
  }
  put(POLICY, yaml);
  return { dir, keys };
}

describe('docs/policy.md', () => {
  it('has YAML examples, valid and invalid', () => {
    expect(yamlBlocks.filter((b) => !b.info.includes('invalid')).length).toBeGreaterThan(2);
    expect(yamlBlocks.filter((b) => b.info.includes('invalid')).length).toBeGreaterThan(2);
  });

  for (const block of yamlBlocks.filter((b) => !b.info.includes('invalid'))) {
    it(`accepts the example at line ${block.line}`, async () => {
      const { dir } = await folderFor(block.body, true);
      const policy = await parsePolicy(block.body, POLICY, dir);
      // Keys and trust bundles must parse too, as the gate parses them before verifying.
      expect(() => trustFromPolicy(policy)).not.toThrow();
    });
  }

  for (const block of yamlBlocks.filter((b) => b.info.includes('invalid'))) {
    it(`rejects the invalid example at line ${block.line} with the messages shown`, async () => {
      const next = blocks[blocks.indexOf(block) + 1];
      expect(next?.lang, 'an invalid example is followed by a text block').toBe('text');
      const { dir } = await folderFor(block.body, !block.info.includes('missing-files'));
      const r = await runCli(
        ['verify', '--policy', POLICY, '--bundles', 'bundles', '--commit', COMMIT],
        dir,
      );
      expect(r.stderr).toBe(next!.body);
      expect(r.code).toBe(2);
    });
  }

  it('the complete example uses every kind of signer, a chain and exceptions', async () => {
    const first = yamlBlocks[0]!;
    const { dir } = await folderFor(first.body, true);
    const policy = await parsePolicy(first.body, POLICY, dir);
    expect(new Set([...policy.signers.values()].map((s) => s.kind))).toEqual(
      new Set(['github', 'spiffe', 'key']),
    );
    expect(policy.chains).toContainEqual({
      step: 'container',
      materialsFrom: 'compile',
      match: 'dist/**',
    });
    expect(policy.exceptions.length).toBeGreaterThan(0);
    expect([...policy.stages.keys()]).toEqual(['pre-commit', 'per-commit', 'per-pr', 'per-merge']);
  });

  it('shows the output `tollgate verify` gives for the verify example', async () => {
    const example = yamlBlocks.find((b) => b.info.includes('verify-example'))!;
    const output = blocks.find(
      (b) => b.lang === 'text' && b.body.startsWith('tollgate verify: FAIL'),
    )!;
    const { dir, keys } = await folderFor(example.body, true);
    const ci = keys.get('keys/ci.pub')!;
    const sha = (c: string) => c.repeat(64);
    const bundles: [string, unknown][] = [
      [
        'compile',
        await sign({
          step: 'compile',
          predicateType: PREDICATE.slsaProvenance,
          signer: ci,
          subjects: [{ name: 'dist/app.js', digest: { sha256: sha('1') } }],
        }),
      ],
      ['unit-tests', await sign({ step: 'unit-tests', signer: ci })],
      [
        'coverage',
        await sign({
          step: 'coverage',
          predicateType: PREDICATE.coverage,
          signer: ci,
          predicate: { lines: { covered: 724, total: 1000, pct: 72.4 } },
        }),
      ],
      [
        'sast',
        await sign({
          step: 'sast',
          predicateType: PREDICATE.scanResult,
          signer: ci,
          predicate: {
            scanner: { name: 'semgrep', version: '1.90.0' },
            counts: { high: 1, low: 1 },
            findings: [
              {
                ruleId: 'js.no-eval',
                severity: 'high',
                location: { path: 'scripts/build.js', line: 12 },
              },
              { ruleId: 'js.todo', severity: 'low', location: { path: 'src/a.ts', line: 3 } },
            ],
          },
        }),
      ],
      [
        'container',
        await sign({
          step: 'container',
          predicateType: PREDICATE.slsaProvenance,
          signer: ci,
          predicate: {
            buildDefinition: {
              buildType: 'https://tollgate.dev/buildtypes/step/v1',
              externalParameters: {},
              resolvedDependencies: [{ name: 'dist/app.js', digest: { sha256: sha('2') } }],
            },
            runDetails: { builder: { id: 'local' } },
          },
        }),
      ],
    ];
    mkdirSync(join(dir, 'attestations'));
    for (const [step, b] of bundles)
      writeFileSync(join(dir, 'attestations', `${step}.sigstore.json`), JSON.stringify(b));
    const r = await runCli(
      ['verify', '--policy', POLICY, '--bundles', 'attestations', '--commit', COMMIT],
      dir,
      new Date('2026-11-26T12:00:00Z'),
    );
    expect(r.stdout).toBe(output.body);
    expect(r.code).toBe(1);
  });
});
