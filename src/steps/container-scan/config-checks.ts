import type { Finding } from '../../attest/predicates/builders.js';
import type { ImageConfig } from '../../oci/types.js';
import { assignFingerprints } from '../common/fingerprint.js';

/**
 * Checks of the image configuration: who the process runs as, whether the runtime can tell
 * that it is healthy, and whether a credential was baked into ENV or a label (anyone who can
 * pull the image reads both with `inspect`). Values are never copied into a finding.
 */

export const CONFIG_PATH = 'image config';

const SECRET_NAME =
  /(^|[_.-])(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API[_.-]?KEY|ACCESS[_.-]?KEY|PRIVATE[_.-]?KEY|CLIENT[_.-]?SECRET|CREDENTIALS?|AUTH)([_.-]|$)/i;
/** Names that point at a secret instead of holding it (Docker secrets, key files). */
const REFERENCE_NAME = /[_.-](FILE|PATH|DIR|URL_FILE)$/i;

/** A finding and the key it is known by: what it is about (`root`, `env:NAME`), never a value. */
function finding(
  ruleId: string,
  severity: Finding['severity'],
  message: string,
  key: string,
): [Finding, string] {
  return [{ ruleId, severity, message, location: { path: CONFIG_PATH } }, key];
}

/**
 * The fingerprint of a configuration finding: rule and what it is about (`root`,
 * `env:NAME`), so that the same ENV entry found by gitleaks (layer-secrets.ts) has the same.
 */
export function configAnchor(key: string): { key: string } {
  return { key: `${CONFIG_PATH}\u0000${key}` };
}

/** root when User is empty, `root`, uid 0, or any of those with a group. */
export function runsAsRoot(user: string | undefined): boolean {
  const who = (user ?? '').trim().split(':')[0] ?? '';
  return who === '' || who === 'root' || who === '0';
}

/** Names of ENV variables or labels that look like they hold a credential. */
export function secretLooking(entries: [string, string][]): string[] {
  return entries
    .filter(([name]) => SECRET_NAME.test(name) && !REFERENCE_NAME.test(name))
    .filter(
      ([, value]) => value.trim() !== '' && !value.startsWith('/') && !/^\$\{?\w+\}?$/.test(value),
    )
    .map(([name]) => name);
}

export function envEntries(config: ImageConfig): [string, string][] {
  return (config.config?.Env ?? []).map((e) => {
    const eq = e.indexOf('=');
    return eq < 0 ? [e, ''] : [e.slice(0, eq), e.slice(eq + 1)];
  });
}

export function labelEntries(config: ImageConfig): [string, string][] {
  return Object.entries(config.config?.Labels ?? {});
}

export function checkConfig(config: ImageConfig): Finding[] {
  const out: [Finding, string][] = [];
  const user = config.config?.User;
  if (runsAsRoot(user)) {
    out.push(
      finding(
        'container/runs-as-root',
        'high',
        `the image runs as root (User is ${user ? `"${user}"` : 'not set'}): set USER to an unprivileged uid in the Dockerfile`,
        'root',
      ),
    );
  }
  const test = config.config?.Healthcheck?.Test;
  if (!test?.length || test[0] === 'NONE') {
    out.push(
      finding(
        'container/no-healthcheck',
        'low',
        'the image declares no HEALTHCHECK: the runtime cannot tell a hung process from a healthy one (Kubernetes probes can replace it)',
        'healthcheck',
      ),
    );
  }
  for (const name of secretLooking(envEntries(config))) {
    out.push(
      finding(
        'container/secret-in-env',
        'high',
        `ENV ${name} looks like it holds a credential: pass it at run time (a secret mount or the orchestrator's secrets) instead`,
        `env:${name}`,
      ),
    );
  }
  for (const name of secretLooking(labelEntries(config))) {
    out.push(
      finding(
        'container/secret-in-label',
        'high',
        `label ${name} looks like it holds a credential: labels are public to anyone who can pull the image`,
        `label:${name}`,
      ),
    );
  }
  const keys = new Map(out);
  return assignFingerprints([...keys.keys()], { anchor: (f) => configAnchor(keys.get(f)!) });
}
