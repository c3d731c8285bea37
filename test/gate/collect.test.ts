import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { collectBundles } from '../../src/gate/collect.js';
import { MAX_BUNDLE_BYTES } from '../../src/gate/gate.js';
import { TollgateError } from '../../src/core/errors.js';
import { makeKey, PolicyDir, sign, statusOf } from '../helpers/gate-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-collect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectBundles', () => {
  it('reads *.sigstore.json below the folder, sorted, named relative to the base; skips reports and other files', async () => {
    mkdirSync(join(dir, 'b/nested'), { recursive: true });
    writeFileSync(join(dir, 'b/z.sigstore.json'), '{}');
    writeFileSync(join(dir, 'b/nested/a.sigstore.json'), '{"a":1}');
    writeFileSync(join(dir, 'b/notes.txt'), 'x');
    writeFileSync(join(dir, 'b/report.json'), '{"a report":1}');
    const got = await collectBundles(join(dir, 'b'), dir);
    expect(got.map((b) => b.name)).toEqual(['b/nested/a.sigstore.json', 'b/z.sigstore.json']);
    expect(got[0]!.bytes.toString()).toBe('{"a":1}');
  });

  it('only sizes an oversized file instead of reading it', async () => {
    mkdirSync(join(dir, 'big'));
    writeFileSync(join(dir, 'big/huge.sigstore.json'), '');
    truncateSync(join(dir, 'big/huge.sigstore.json'), MAX_BUNDLE_BYTES * 4); // sparse: no disk used
    const [b] = await collectBundles(join(dir, 'big'), dir);
    expect(b!.size).toBe(MAX_BUNDLE_BYTES * 4);
    expect(b!.bytes.length).toBe(0);
  });

  it('a missing folder is an input error naming it', async () => {
    await expect(collectBundles(join(dir, 'nope'))).rejects.toThrow(TollgateError);
    await expect(collectBundles(join(dir, 'nope'))).rejects.toThrow(
      /cannot read the bundle folder/,
    );
  });
});

describe('collectBundles: folders named like bundles, and entries that are not regular files', () => {
  const key = makeKey();
  const policyDir = new PolicyDir();
  policyDir.file('ci.pub', key.publicKeyPem);
  afterAll(() => policyDir.remove());
  const policy = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [sast]
`;
  const sast = async () =>
    JSON.stringify(
      await sign({ step: 'sast', predicateType: PREDICATE.scanResult, signer: key.signer }),
    );

  it('walks into a folder named *.sigstore.json (as download-artifact makes) and judges its bundle', async () => {
    const root = join(dir, 'artifacts');
    mkdirSync(join(root, 'sast.sigstore.json'), { recursive: true });
    writeFileSync(join(root, 'sast.sigstore.json', 'sast.sigstore.json'), await sast());
    const bundles = await collectBundles(root, dir);
    expect(bundles.map((b) => [b.name, b.problem])).toEqual([
      ['artifacts/sast.sigstore.json/sast.sigstore.json', undefined],
    ]);
    const v = await policyDir.gate(policy, bundles);
    expect(statusOf(v, 'sast')).toBe('passed');
    expect(v.unattributed).toEqual([]);
  });

  it('never follows a symbolic link named like a bundle: unattributed malformed, the step missing', async () => {
    const root = join(dir, 'links');
    mkdirSync(root);
    writeFileSync(join(dir, 'elsewhere.json'), await sast());
    symlinkSync(join(dir, 'elsewhere.json'), join(root, 'sast.sigstore.json'));
    symlinkSync(join(dir, 'nowhere'), join(root, 'dangling.sigstore.json'));
    const bundles = await collectBundles(root, dir);
    expect(bundles.map((b) => [b.name, b.bytes.length])).toEqual([
      ['links/dangling.sigstore.json', 0],
      ['links/sast.sigstore.json', 0],
    ]);
    const v = await policyDir.gate(policy, bundles);
    expect(statusOf(v, 'sast')).toBe('missing');
    expect(v.unattributed).toEqual([
      {
        file: 'links/dangling.sigstore.json',
        status: 'malformed',
        reason: 'a symbolic link, not a regular file; not opened',
      },
      {
        file: 'links/sast.sigstore.json',
        status: 'malformed',
        reason: 'a symbolic link, not a regular file; not opened',
      },
    ]);
  });

  it('never opens a FIFO named like a bundle (opening it would wait for a writer): unattributed malformed', async () => {
    const root = join(dir, 'fifo');
    mkdirSync(root);
    execFileSync('mkfifo', [join(root, 'sast.sigstore.json')]);
    writeFileSync(join(root, 'z.sigstore.json'), await sast());
    const bundles = await collectBundles(root, dir);
    const v = await policyDir.gate(policy, bundles);
    expect(statusOf(v, 'sast')).toBe('passed');
    expect(v.unattributed).toEqual([
      {
        file: 'fifo/sast.sigstore.json',
        status: 'malformed',
        reason: 'a FIFO, not a regular file; not opened',
      },
    ]);
  });
});
