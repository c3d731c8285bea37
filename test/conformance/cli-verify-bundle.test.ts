import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { conformanceCorpus } from '../helpers/conformance.js';
import { describe, expect, it } from 'vitest';
import { runBin, runCli } from '../helpers/cli.js';

/**
 * The conformance corpus driven through `tollgate verify-bundle` exactly as the Sigstore
 * conformance suite drives a client: only the exit status decides.
 */
const corpus = conformanceCorpus();
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';

function argsFor(name: string): string[] {
  const dir = path.join(corpus, name);
  const file = (f: string) => path.join(dir, f);
  const args = ['verify-bundle', '--bundle', file('bundle.sigstore.json')];
  if (existsSync(file('key.pub'))) args.push('--key', file('key.pub'));
  else {
    const read = (f: string, d: string) =>
      existsSync(file(f)) ? readFileSync(file(f), 'utf8').trim() : d;
    args.push(
      '--certificate-identity',
      read('identity', DEFAULT_IDENTITY),
      '--certificate-oidc-issuer',
      read('issuer', DEFAULT_ISSUER),
    );
  }
  if (existsSync(file('trusted_root.json'))) args.push('--trusted-root', file('trusted_root.json'));
  args.push(existsSync(file('artifact')) ? file('artifact') : path.join(corpus, 'a.txt'));
  return args;
}

const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('tollgate verify-bundle on the Sigstore conformance corpus', () => {
  it('finds the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  it.each(cases)('%s', async (name) => {
    const r = await runCli(argsFor(name));
    if (name.endsWith('_fail')) {
      expect(r.code, r.stdout).not.toBe(0);
      expect(r.stderr).toMatch(/rejected|tollgate verify-bundle:/);
    } else {
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('the built binary follows the protocol too (one passing and one failing case)', () => {
    expect(runBin(argsFor('happy-path-v0.3')).code).toBe(0);
    const bad = runBin(argsFor('dsse-invalid-sig_fail'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('accepts the artifact as sha256:<hex> for DSSE bundles', async () => {
    const args = argsFor('happy-path-intoto-in-dsse-v3');
    const artifact = args.pop()!;
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(readFileSync(artifact)).digest('hex');
    expect((await runCli([...args, `sha256:${digest}`])).code).toBe(0);
    expect((await runCli([...args, `sha256:${'0'.repeat(64)}`])).code).toBe(1);
  });

  it('bad usage exits 2 with a hint', async () => {
    const r = await runCli(['verify-bundle', '--bundle', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('FILE_OR_DIGEST');
  });
});
