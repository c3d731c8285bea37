import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateVulns } from '../../src/gate/evaluators/vulns.js';
import { readSarif } from '../../src/steps/common/sarif.js';
import {
  openVulnSource,
  purlOf,
  readVex,
  scanComponents,
  vulnFindingsToFindings,
  vulnSarif,
  vulnsPredicate,
  type Component,
  type VexStatement,
  type VulnException,
  type VulnFinding,
} from '../../src/vuln/index.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/osv');
const now = new Date('2026-11-26T12:00:00Z');
const comp = (ecosystem: string, name: string, version: string, bomRef?: string): Component => ({
  purl: purlOf(ecosystem, name, version),
  name,
  version,
  ecosystem,
  ...(bomRef ? { bomRef } : {}),
  location: 'package-lock.json',
});
const lodash = comp('npm', 'lodash', '4.17.11', 'lodash@4.17.11');
const minimist = comp('npm', 'minimist', '1.2.5', 'minimist@1.2.5');
const source = openVulnSource(FIXTURES);
const scan = (opts: { vex?: VexStatement[]; exceptions?: VulnException[] } = {}) =>
  scanComponents([lodash, minimist], source, { now, ...opts });

const tmp = mkdtempSync(join(tmpdir(), 'tollgate-vex-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function vexFile(name: string, doc: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return p;
}
const openVex = (statements: unknown[]) => ({
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://example.com/vex/1',
  author: 'Tollgate tests',
  timestamp: '2026-11-01T00:00:00Z',
  version: 1,
  statements,
});
const suppressedIds = (fs: VulnFinding[]) =>
  fs.filter((f) => f.suppressed).map((f) => `${f.id}:${f.suppressed!.by}`);
const gate = (fs: VulnFinding[]) =>
  evaluateVulns(vulnsPredicate(fs, { name: 'tollgate-osv', version: '1.0.0', db: FIXTURES }, now), {
    step: 'sca',
    thresholds: { failOn: 'high' },
    exceptions: [],
  });

let plain: VulnFinding[];
beforeAll(async () => {
  plain = await scan();
});

describe('VEX', () => {
  it('without VEX both critical findings fail the gate', () => {
    expect(plain.map((f) => f.id)).toEqual(['GHSA-jf85-cpcp-j695', 'GHSA-xvch-5gv4-984h']);
    const verdict = gate(plain);
    expect(verdict.ok).toBe(false);
    expect(verdict.summary).toMatch(/2 vulnerabilities at or above high/);
  });

  it('OpenVEX not_affected (named by its CVE alias) suppresses that package only', async () => {
    const vex = await readVex(
      vexFile(
        'lodash.openvex.json',
        openVex([
          {
            vulnerability: { name: 'CVE-2019-10744' },
            products: [{ '@id': 'pkg:npm/lodash@4.17.11' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
            impact_statement: 'defaultsDeep is never called',
          },
        ]),
      ),
    );
    const found = await scan({ vex });
    expect(suppressedIds(found)).toEqual(['GHSA-jf85-cpcp-j695:vex']);
    expect(found[0]!.suppressed!.reason).toMatch(
      /lodash\.openvex\.json: not_affected \(vulnerable_code_not_in_execute_path: defaultsDeep is never called\)/,
    );
    const verdict = gate(found);
    expect(verdict.summary).toMatch(/^1 vulnerability at or above high: GHSA-xvch-5gv4-984h/);
    expect(vulnFindingsToFindings(found).map((f) => f.ruleId)).toEqual(['GHSA-xvch-5gv4-984h']);
  });

  it('a statement about the image itself covers its packages; one about another package does not', async () => {
    const image = await readVex(
      vexFile(
        'image.openvex.json',
        openVex([
          {
            vulnerability: 'GHSA-xvch-5gv4-984h',
            products: ['pkg:oci/app@sha256%3Aabc'],
            status: 'not_affected',
            justification: 'component_not_present',
          },
          {
            vulnerability: 'GHSA-jf85-cpcp-j695',
            products: ['pkg:npm/express'],
            status: 'not_affected',
            justification: 'component_not_present',
          },
        ]),
      ),
    );
    expect(suppressedIds(await scan({ vex: image }))).toEqual(['GHSA-xvch-5gv4-984h:vex']);
  });

  it('the newest statement wins: affected after not_affected suppresses nothing', async () => {
    const vex = await readVex(
      vexFile(
        'newer.openvex.json',
        openVex([
          {
            vulnerability: { name: 'GHSA-jf85-cpcp-j695' },
            products: [{ '@id': 'pkg:npm/lodash' }],
            status: 'not_affected',
            justification: 'inline_mitigations_already_exist',
            timestamp: '2026-10-01T00:00:00Z',
          },
          {
            vulnerability: { name: 'GHSA-jf85-cpcp-j695' },
            products: [{ '@id': 'pkg:npm/lodash' }],
            status: 'affected',
            action_statement: 'upgrade',
            timestamp: '2026-11-20T00:00:00Z',
          },
        ]),
      ),
    );
    expect(suppressedIds(await scan({ vex }))).toEqual([]);
  });

  it('CycloneDX VEX: analysis.state not_affected on a bom-ref', async () => {
    const vex = await readVex(
      vexFile('bom.cdx.json', {
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        version: 1,
        vulnerabilities: [
          {
            id: 'CVE-2021-44906',
            analysis: {
              state: 'not_affected',
              justification: 'code_not_reachable',
              detail: 'CLI parsing only',
            },
            affects: [{ ref: 'urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#minimist@1.2.5' }],
          },
          {
            id: 'GHSA-jf85-cpcp-j695',
            analysis: { state: 'exploitable' },
            affects: [{ ref: 'lodash@4.17.11' }],
          },
        ],
      }),
    );
    expect(vex.map((s) => [s.vulnerability, s.status, s.products])).toEqual([
      ['CVE-2021-44906', 'not_affected', ['minimist@1.2.5']],
      ['GHSA-jf85-cpcp-j695', 'affected', ['lodash@4.17.11']],
    ]);
    expect(suppressedIds(await scan({ vex }))).toEqual(['GHSA-xvch-5gv4-984h:vex']);
  });

  it('a file that is no VEX, or a statement with an unknown status, is an input error naming it', async () => {
    await expect(readVex(vexFile('x.json', '{"hello":1}'))).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringContaining('x.json'),
    });
    await expect(
      readVex(vexFile('bad.openvex.json', openVex([{ vulnerability: 'CVE-1', status: 'fine' }]))),
    ).rejects.toThrow(/bad\.openvex\.json: statements\[0\]\.status is "fine"/);
    await expect(readVex(join(tmp, 'missing.json'))).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
    });
  });
});

describe('exceptions', () => {
  it('a live exception suppresses until its expiry day (inclusive); an expired one does not', async () => {
    const ex = (expires: string, pkg?: string): VulnException => ({
      id: 'CVE-2019-10744',
      ...(pkg ? { package: pkg } : {}),
      reason: 'upgrade blocked by a plugin',
      expires,
    });
    const live = await scan({ exceptions: [ex('2026-11-26', 'lodash')] });
    expect(live.find((f) => f.id === 'GHSA-jf85-cpcp-j695')!.suppressed).toEqual({
      by: 'exception',
      reason: 'upgrade blocked by a plugin',
      until: '2026-11-26',
    });
    const expired = await scan({ exceptions: [ex('2026-11-25')] });
    expect(suppressedIds(expired)).toEqual([]);
    expect(expired[0]!.notes).toContain(
      'an exception for GHSA-jf85-cpcp-j695 expired on 2026-11-25; not applied',
    );
    expect(gate(expired).ok).toBe(false);
    const otherPackage = await scan({ exceptions: [ex('2027-01-01', 'pkg:npm/lodash-es')] });
    expect(suppressedIds(otherPackage)).toEqual([]);
  });
});

describe('reports', () => {
  it('the vulns predicate lists ids, aliases, scores and packages the gate reads', () => {
    const p = vulnsPredicate(
      plain,
      { name: 'tollgate-osv', version: '1.0.0', db: 'OSV API https://api.osv.dev' },
      now,
    );
    const scanner = p.scanner as { result: Record<string, unknown>[]; db: unknown };
    expect(scanner.db).toEqual({ uri: 'OSV API https://api.osv.dev' });
    expect(scanner.result[0]).toMatchObject({
      id: 'GHSA-jf85-cpcp-j695',
      aliases: ['CVE-2019-10744'],
      severity: [
        { method: 'tollgate', score: 'critical' },
        { method: 'CVSSv3.1', score: '9.1' },
      ],
    });
    expect(scanner.result[0]!.annotations).toContainEqual({ package: 'pkg:npm/lodash@4.17.11' });
    expect(scanner.result[0]!.annotations).toContainEqual({ fixed: ['4.17.12'] });
    expect(p.metadata).toEqual({
      scanStartedOn: now.toISOString(),
      scanFinishedOn: now.toISOString(),
    });
  });

  it('SARIF 2.1.0 through the project writer; suppressed results carry suppressions', async () => {
    const vex = await readVex(
      vexFile(
        's.openvex.json',
        openVex([
          {
            vulnerability: 'CVE-2021-44906',
            status: 'not_affected',
            justification: 'component_not_present',
          },
        ]),
      ),
    );
    const found = await scan({ vex });
    const log = vulnSarif(found, { name: 'tollgate-osv', version: '1.0.0' });
    const run = (
      log.runs as {
        results: Record<string, unknown>[];
        tool: { driver: { rules: Record<string, unknown>[] } };
      }[]
    )[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level, r.suppressions !== undefined])).toEqual([
      ['GHSA-jf85-cpcp-j695', 'error', false],
      ['GHSA-xvch-5gv4-984h', 'error', true],
    ]);
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'GHSA-jf85-cpcp-j695',
      helpUri: 'https://osv.dev/vulnerability/GHSA-jf85-cpcp-j695',
      properties: { 'security-severity': '9.5' },
    });
    const back = readSarif(log, { tool: 'tollgate-osv', file: 'vulns.sarif' });
    expect(back.findings[0]).toMatchObject({
      ruleId: 'GHSA-jf85-cpcp-j695',
      severity: 'critical',
      location: { path: 'package-lock.json' },
    });
    expect(back.findings[0]!.message).toMatch(
      /lodash@4\.17\.11 \(npm\): GHSA-jf85-cpcp-j695 .*fixed in 4\.17\.12/,
    );
  });
});
