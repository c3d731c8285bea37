import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { TollgateError } from '../../core/errors.js';
import { runTool } from '../common/run-tool.js';
import type { StepContext } from '../types.js';

/** nmap's view of one port: state, the service -sV recognised, and its NSE script results. */
export interface ScannedPort {
  port: number;
  protocol: string;
  state: string;
  service?: { name?: string; product?: string; version?: string; tunnel?: string };
  /** Script id → its output text and its structured tables (ssl-enum-ciphers). */
  scripts: Record<string, { output: string; data: unknown }>;
}

export const NMAP_REPORT = 'nmap.xml';
/**
 * NSE scripts that only talk to the scanned host and port: TLS protocols and suites with
 * nmap's grade, the certificate, and the HTTP Server header. No brute force, no broadcast.
 */
export const NSE_SCRIPTS = 'ssl-enum-ciphers,ssl-cert,http-server-header';

type Obj = Record<string, unknown>;
const list = (v: unknown): Obj[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is Obj => !!x && typeof x === 'object',
  );

export function parseNmap(xml: string): { version: string; ports: ScannedPort[] } {
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => ['host', 'port', 'script', 'table', 'elem'].includes(name),
  }).parse(xml) as { nmaprun?: Obj };
  const run = doc.nmaprun;
  if (!run) throw new TollgateError('INPUT_INVALID', `nmap wrote ${NMAP_REPORT} without <nmaprun>`);
  const ports: ScannedPort[] = [];
  for (const host of list(run.host))
    for (const p of list((host.ports as Obj | undefined)?.port)) {
      const svc = (p.service ?? {}) as Obj;
      const scripts: ScannedPort['scripts'] = {};
      for (const s of list(p.script))
        scripts[String(s['@id'])] = { output: String(s['@output'] ?? ''), data: s };
      ports.push({
        port: Number(p['@portid']),
        protocol: String(p['@protocol']),
        state: String((p.state as Obj | undefined)?.['@state'] ?? 'unknown'),
        service: {
          ...(svc['@name'] ? { name: String(svc['@name']) } : {}),
          ...(svc['@product'] ? { product: String(svc['@product']) } : {}),
          ...(svc['@version'] ? { version: String(svc['@version']) } : {}),
          ...(svc['@tunnel'] ? { tunnel: String(svc['@tunnel']) } : {}),
        },
        scripts,
      });
    }
  return { version: String(run['@version'] ?? 'unknown'), ports };
}

/** ssl-enum-ciphers' structured result: the protocols offered and nmap's worst grade. */
export function tlsOf(p: ScannedPort): { protocols: string[]; leastStrength?: string } | undefined {
  const script = p.scripts['ssl-enum-ciphers']?.data as Obj | undefined;
  if (!script) return undefined;
  const protocols = list(script.table).map((t) => String(t['@key']));
  const least = list(script.elem).find((e) => e['@key'] === 'least strength');
  return { protocols, ...(least ? { leastStrength: String(least['#text'] ?? '') } : {}) };
}

/**
 * A connect scan (-sT: no raw sockets, so no root needed) with version detection of the given
 * intensity (2, nmap's --version-light, by default: an unknown service costs about 11 s);
 * -Pn because a test host may not answer ping, -n because names are not looked up.
 */
export async function runNmap(
  ctx: StepContext,
  host: string,
  ports: string,
  intensity: number,
): Promise<{ version: string; ports: ScannedPort[] }> {
  const out = join(ctx.outDir, NMAP_REPORT);
  const args = [
    '-sT',
    '-sV',
    '--version-intensity',
    String(intensity),
    '-Pn',
    '-n',
    '-p',
    ports,
    '--script',
    NSE_SCRIPTS,
    '--host-timeout',
    '15m',
    '-oX',
    out,
    host,
  ];
  await runTool(ctx, 'nmap', 'nmap', args, [0], ctx.outDir);
  const xml = await readFile(out, 'utf8').catch((e: unknown) => {
    throw new TollgateError('INPUT_INVALID', `nmap wrote no report ${out}`, { cause: e });
  });
  return parseNmap(xml);
}
