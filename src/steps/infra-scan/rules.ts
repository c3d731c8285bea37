import type { Finding } from '../../attest/predicates/builders.js';
import { ruleFinding, type CheckRule } from '../common/rule-table.js';
import { tlsOf, type ScannedPort } from './nmap.js';

export const INFRA_DOC_URL = 'https://tollgate.dev/docs/steps/infra-scan.md';

const rule = (id: string, severity: CheckRule['severity'], title: string, help: string) => ({
  id,
  severity,
  title,
  help,
});

export const INFRA_RULES = {
  undeclared: rule(
    'TG-INFRA-001',
    'high',
    'Open port the deployment does not declare',
    'Close the listener, or declare the port in the manifest (containerPort, Service port, published port) if it is meant to be reachable; an undeclared port is a debug endpoint, an admin interface or a sidecar nobody reviewed.',
  ),
  declaredClosed: rule(
    'TG-INFRA-002',
    'low',
    'Declared port not open',
    'The manifest declares a port on which nothing answers: remove the declaration or fix the service, so that the declared surface is the real one.',
  ),
  oldTls: rule(
    'TG-INFRA-003',
    'high',
    'Deprecated TLS or SSL protocol offered',
    'Offer TLS 1.2 and 1.3 only; SSLv3, TLS 1.0 and 1.1 have known attacks and are deprecated (RFC 8996).',
  ),
  weakCiphers: rule(
    'TG-INFRA-004',
    'high',
    'Weak TLS cipher suites (nmap grade C or worse)',
    "Remove the suites nmap's ssl-enum-ciphers grades C to F (RC4, 3DES, export, NULL, anonymous, small DH groups); keep ECDHE with AES-GCM or ChaCha20-Poly1305.",
  ),
  riskyService: rule(
    'TG-INFRA-005',
    'high',
    'Risky service exposed',
    'Do not expose cleartext or unauthenticated-by-default services (telnet, FTP, rsh, VNC, X11, SNMP, Redis, Memcached, MongoDB, the Docker API, etcd); bind them to localhost or a private network, or put them behind authentication and TLS.',
  ),
  versionBanner: rule(
    'TG-INFRA-006',
    'low',
    'Service announces its version',
    'Hide product versions in banners and headers (e.g. `server_tokens off`); they tell attackers which known vulnerabilities to try.',
  ),
} satisfies Record<string, CheckRule>;
const R = INFRA_RULES;

/** Service names of nmap -sV (and default ports) that should never face a network. */
const RISKY = new Set([
  'telnet',
  'ftp',
  'tftp',
  'rsh',
  'rlogin',
  'rexec',
  'exec',
  'login',
  'shell',
  'vnc',
  'x11',
  'snmp',
  'redis',
  'memcache',
  'memcached',
  'mongodb',
  'mongod',
  'docker',
  'etcd',
  'etcd-client',
]);
const DEPRECATED = ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1'];
const WEAK_GRADES = new Set(['C', 'D', 'E', 'F']);

/** Findings for the scanned ports, compared with the declared ones. */
export function judgePorts(host: string, scanned: ScannedPort[], declared: number[]): Finding[] {
  const out: Finding[] = [];
  const where = (p: { port: number; protocol?: string }) =>
    `${p.protocol ?? 'tcp'}://${host}:${p.port}`;
  const open = scanned.filter((p) => p.state === 'open');
  for (const p of open) {
    const svc = [p.service?.tunnel, p.service?.name].filter(Boolean).join('/') || 'unknown service';
    const add = (r: CheckRule, detail: string) =>
      out.push(ruleFinding(r, where(p), `${detail} (port ${p.port}/${p.protocol}, ${svc})`));
    if (!declared.includes(p.port))
      add(
        R.undeclared,
        `port ${p.port} is open but not declared (declared: ${declared.join(', ') || 'none'})`,
      );
    if (p.service?.name && RISKY.has(p.service.name)) add(R.riskyService, `${p.service.name}`);
    const tls = tlsOf(p);
    const old = tls?.protocols.filter((x) => DEPRECATED.includes(x)) ?? [];
    if (old.length) add(R.oldTls, `${old.join(', ')} offered`);
    if (tls?.leastStrength && WEAK_GRADES.has(tls.leastStrength))
      add(R.weakCiphers, `least strength ${tls.leastStrength}`);
    const banner = p.scripts['http-server-header']?.output.trim();
    if (p.service?.product && p.service.version)
      add(R.versionBanner, `${p.service.product} ${p.service.version}`);
    else if (banner && /\d+\.\d+/.test(banner)) add(R.versionBanner, `Server: ${banner}`);
  }
  for (const port of declared)
    if (!open.some((p) => p.port === port) && scanned.some((p) => p.port === port))
      out.push(
        ruleFinding(
          R.declaredClosed,
          where({ port }),
          `port ${port} is declared but ${scanned.find((p) => p.port === port)?.state ?? 'not open'}`,
        ),
      );
  return out;
}
