import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import { ruleFinding, sarifRulesOf, type CheckRule } from '../common/rule-table.js';
import { runTool } from '../common/run-tool.js';
import type { ToolRun } from '../common/scan-step.js';
import type { StepContext } from '../types.js';
import { DAST_DOC_URL } from './rules.js';

/** TLS of an https deployment, judged from sslscan's XML report. */
export const SSLSCAN_REPORT = 'sslscan.xml';

const rule = (id: string, severity: CheckRule['severity'], title: string, help: string) => ({
  id,
  severity,
  title,
  help,
});
export const TLS_RULES = {
  protocol: rule(
    'TG-TLS-001',
    'high',
    'Deprecated TLS or SSL protocol enabled',
    'Accept TLS 1.2 and 1.3 only (e.g. `minVersion: "TLSv1.2"` in Node, `ssl_protocols TLSv1.2 TLSv1.3` in nginx); SSLv2, SSLv3, TLS 1.0 and 1.1 have known attacks.',
  ),
  cipher: rule(
    'TG-TLS-002',
    'high',
    'Weak cipher suite accepted',
    'Remove NULL, anonymous, export, RC4, DES and 3DES suites and suites under 128 bits; keep AEAD suites (AES-GCM, ChaCha20-Poly1305) with ECDHE.',
  ),
  expired: rule(
    'TG-TLS-003',
    'high',
    'Certificate expired or not yet valid',
    'Renew the certificate and automate renewal (e.g. cert-manager or ACME).',
  ),
  heartbleed: rule(
    'TG-TLS-004',
    'critical',
    'Heartbleed',
    'Upgrade OpenSSL; the server leaks memory (keys, session data) to anyone who asks.',
  ),
} satisfies Record<string, CheckRule>;
const R = TLS_RULES;
const DEPRECATED = new Set(['ssl 2', 'ssl 3', 'tls 1.0', 'tls 1.1']);
const WEAK_STRENGTH = new Set(['null', 'anonymous', 'weak', 'medium']);

type Obj = Record<string, string | undefined>;
const list = <T>(v: T | T[] | undefined): T[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export function parseSslscan(xml: string, where: string): { version: string; findings: Finding[] } {
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
  }).parse(xml) as { document?: Obj & { error?: string; ssltest?: Record<string, unknown> } };
  const root = doc.document;
  if (!root)
    throw new TollgateError(
      'INPUT_INVALID',
      `sslscan wrote ${SSLSCAN_REPORT} without a <document>`,
    );
  if (root.error || !root.ssltest)
    throw new TollgateError(
      'INPUT_UNREADABLE',
      `sslscan could not scan ${where}: ${root.error ?? 'no result'}`,
    );
  const test = root.ssltest;
  const findings: Finding[] = [];
  // One finding per rule and endpoint, listing what was accepted: the same weakness seen
  // through ten suites is one thing to fix, and its identity must not change with the list.
  const protocols = list(test.protocol as Obj | Obj[])
    .filter((p) => p.enabled === '1' && DEPRECATED.has(`${p.type} ${p.version}`))
    .map((p) => `${p.type?.toUpperCase()} ${p.version}`);
  if (protocols.length)
    findings.push(ruleFinding(R.protocol, where, `${protocols.join(', ')} enabled`));
  const ciphers = list(test.cipher as Obj | Obj[])
    .filter((c) => WEAK_STRENGTH.has(c.strength ?? '') || Number(c.bits) < 128)
    .map((c) => `${c.cipher} (${c.sslversion}, ${c.bits} bits, ${c.strength})`);
  if (ciphers.length) findings.push(ruleFinding(R.cipher, where, ciphers.join('; ')));
  for (const h of list(test.heartbleed as Obj | Obj[]))
    if (h.vulnerable === '1')
      findings.push(ruleFinding(R.heartbleed, where, `over ${h.sslversion}`));
  const certs = list((test.certificates as { certificate?: unknown } | undefined)?.certificate);
  for (const cert of certs as Record<string, unknown>[])
    if (String(cert.expired) === 'true' || String(cert['not-yet-valid']) === 'true')
      findings.push(
        ruleFinding(R.expired, where, `valid until ${String(cert['not-valid-after'])}`),
      );
  return { version: root.version ?? 'unknown', findings };
}

/** sslscan against host:port of an https URL; it exits 0 even when it cannot connect. */
export async function runSslscan(ctx: StepContext, url: string): Promise<ToolRun> {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || '443'}`;
  const out = join(ctx.outDir, SSLSCAN_REPORT);
  await runTool(ctx, 'sslscan', 'sslscan', ['--no-colour', `--xml=${out}`, where], [0], ctx.outDir);
  const xml = await readFile(out, 'utf8').catch((e: unknown) => {
    throw new TollgateError('INPUT_INVALID', `sslscan wrote no report ${out}`, { cause: e });
  });
  const { version, findings } = parseSslscan(xml, `${u.origin}/`);
  return {
    tool: {
      name: 'sslscan',
      version,
      informationUri: 'https://github.com/rbsec/sslscan',
      rules: sarifRulesOf(Object.values(TLS_RULES), DAST_DOC_URL),
    },
    findings,
  };
}
