import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import type { StepResult } from '../../src/steps/types.js';
import { startWebFixture, type Fixture } from '../fixtures/per-pr/web-server.js';
import { runStep, scratch } from './build-helpers.js';

const ZAP = join(import.meta.dirname, '..', 'fixtures', 'per-pr', 'zap', 'zap-report.json');
const findingsOf = (r: StepResult) => (r.attestations[0]?.predicate.findings ?? []) as Finding[];

/** The passive checks beyond headers (CORS, cookies, leaks) and the ZAP ingest, without wapiti. */
describe('dast passive checks and ZAP reports', () => {
  let leaky: Fixture;
  let clean: Fixture;
  const dirs: ReturnType<typeof scratch>[] = [];
  const run = (inputs: Record<string, string>) => {
    const d = scratch();
    dirs.push(d);
    return runStep('dast', d.repo, d.reports, { active: 'false', ...inputs });
  };
  beforeAll(async () => {
    leaky = await startWebFixture('leaky');
    clean = await startWebFixture('clean');
  });
  afterAll(async () => {
    await Promise.all([leaky?.close(), clean?.close()]);
    dirs.forEach((d) => d.cleanup());
  });

  it('flags CORS echoing any origin with credentials, weak cookies, version banners and stack traces', async () => {
    const r = await run({ 'base-url': leaky.url });
    expect(r.status).toBe('failed'); // TG-DAST-009 is high
    const f = findingsOf(r);
    const msg = (id: string) => f.filter((x) => x.ruleId === id).map((x) => x.message);
    expect(msg('TG-DAST-009')).toEqual([
      expect.stringContaining(
        'Access-Control-Allow-Origin: https://tollgate-dast.invalid with credentials',
      ),
    ]);
    expect(msg('TG-DAST-007')).toEqual([expect.stringContaining('cookie session')]);
    expect(msg('TG-DAST-008')).toHaveLength(1);
    expect(msg('TG-DAST-006')).toEqual([]); // Secure is only asked over https
    expect(msg('TG-DAST-011')[0]).toContain('server: nginx/1.25.3');
    const trace = f.find((x) => x.ruleId === 'TG-DAST-012');
    expect(trace?.location?.path).toBe(`${leaky.url}tollgate-dast-missing-page`);
  });

  it('takes in a ZAP JSON report next to its own checks, with ZAP risk as severity', async () => {
    const r = await run({ 'base-url': clean.url, 'zap-report': ZAP });
    expect(r.status).toBe('failed');
    const zap = findingsOf(r).filter((x) => x.ruleId.startsWith('ZAP-'));
    expect(zap.map((x) => [x.ruleId, x.severity])).toEqual([
      ['ZAP-40012', 'high'],
      ['ZAP-10021', 'low'],
    ]);
    expect(zap[0]!.message).toBe('Cross Site Scripting (Reflected) (parameter q)');
    expect(r.summary).toContain('zap 2.15.0: 2 finding(s)');
  });

  it('fails naming the file when the ZAP report is neither ZAP JSON nor SARIF', async () => {
    const r = await run({
      'base-url': clean.url,
      'zap-report': join(import.meta.dirname, '..', 'fixtures', 'per-pr', 'openapi.json'),
    });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/openapi\.json is neither ZAP JSON \(site\[\]\) nor SARIF/);
  });
});
