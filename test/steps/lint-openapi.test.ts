import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { sha256File } from '../../src/core/digest.js';
import { lintOpenapi } from '../../src/steps/lint-openapi/index.js';
import { LINT_FIXTURES, lintContext } from './lint-context.js';

const findingsOf = (r: { attestations: { predicate: Record<string, unknown> }[] }) =>
  r.attestations[0]!.predicate.findings as Finding[];

describe('lint-openapi', () => {
  it('passes a spec that satisfies the OpenAPI and OWASP rulesets', async () => {
    const r = await lintOpenapi.run(await lintContext('lint-openapi', 'openapi/clean'));
    expect(findingsOf(r)).toEqual([]);
    expect(r.status).toBe('passed');
    expect(r.reports).toEqual(['lint-openapi.sarif']);
  });

  it('fails on a write operation without security (OWASP API2), and reports the unsecured read', async () => {
    const r = await lintOpenapi.run(await lintContext('lint-openapi', 'openapi/no-security'));
    expect(r.status).toBe('failed');
    expect(findingsOf(r)).toContainEqual(
      expect.objectContaining({
        ruleId: 'owasp:api2:2023-write-restricted',
        severity: 'high',
        location: expect.objectContaining({ path: 'openapi.yaml' }),
      }),
    );
    expect(findingsOf(r)).toContainEqual(
      expect.objectContaining({
        ruleId: 'owasp:api2:2023-read-restricted',
        severity: 'medium',
        location: { path: 'openapi.yaml', line: 17 },
      }),
    );
  });

  it('lints the spec compile produced and records it as a material', async () => {
    const sha256 = await sha256File(`${LINT_FIXTURES}/openapi/no-security/openapi.yaml`);
    const product = { name: 'openapi.yaml', digest: { sha256 } };
    const ctx = await lintContext(
      'lint-openapi',
      'openapi/no-security',
      {},
      { compile: [product] },
    );
    const r = await lintOpenapi.run(ctx);
    expect(r.materials).toEqual([product]);
    expect(r.summary).toMatch(/produced by compile/);
  });

  it('refuses a spec that does not match the digest compile attested', async () => {
    const product = { name: 'openapi.yaml', digest: { sha256: '0'.repeat(64) } };
    const ctx = await lintContext('lint-openapi', 'openapi/clean', {}, { compile: [product] });
    const r = await lintOpenapi.run(ctx);
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/does not match the sha256 digest compile attested/);
  });

  it('fails with a clear reason when there is no spec', async () => {
    const r = await lintOpenapi.run(
      await lintContext('lint-openapi', 'openapi/none', { 'openapi-path': 'api.json' }),
    );
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/no OpenAPI spec found \(looked at: .*openapi-path api\.json/);
  });

  it('fails, naming Spectral and the file, on an unparsable spec', async () => {
    const r = await lintOpenapi.run(
      await lintContext('lint-openapi', 'openapi/broken', { 'openapi-path': 'openapi.yaml' }),
    );
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/spectral could not parse openapi\.yaml:\d+ as OpenAPI/);
  });
});
