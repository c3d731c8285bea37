import { describeError, TollgateError } from '../../core/errors.js';
import { readDeployment, type Deployment } from '../common/handoff.js';
import type { StepContext } from '../types.js';

export interface InfraTarget {
  host: string;
  /** nmap port list, e.g. `8080,9000-9100`. */
  ports: string;
  declared: number[];
  /** nmap --version-intensity, 0 (fast, only the probes of the port) to 9 (all). */
  intensity: number;
  /**
   * Ports of which one must accept a connection before the scan is judged: the deployment's
   * own, else those declared or named one by one. None open means the target has gone.
   */
  probe: number[];
}

/** nmap -p syntax limited to numbers, ranges and commas: nothing an option could hide in. */
const PORT_SPEC = /^\d{1,5}(-\d{1,5})?(,\d{1,5}(-\d{1,5})?)*$/;
/** A host name or an IP address; no leading dash, so it can never read as an nmap option. */
const HOST = /^[A-Za-z0-9_.:[\]][A-Za-z0-9_.:%[\]-]*$/;

function numbers(raw: string, name: string): number[] {
  const parts = raw.split(/[\s,]+/).filter(Boolean);
  const out = parts.map(Number);
  const bad = parts.find((p, i) => !Number.isInteger(out[i]) || out[i]! < 1 || out[i]! > 65535);
  if (bad !== undefined)
    throw new TollgateError('INPUT_INVALID', `${name}: "${bad}" is not a port number (1-65535)`);
  return out;
}

/**
 * Host, ports and declared ports from the inputs, each falling back to deploy-test's
 * deployment.json. Without either, the error says which input to set.
 */
export async function infraTarget(ctx: StepContext): Promise<InfraTarget> {
  const input = (k: string) => ctx.inputs[k]?.trim() ?? '';
  // The deployment is needed unless both host and declared ports are given: without the
  // declared ports there is nothing to compare the open ones with.
  const deployment: Deployment | undefined =
    input('host') && input('declared-ports')
      ? undefined
      : await readDeployment(ctx).catch((e: unknown) => {
          throw new TollgateError('INPUT_UNREADABLE', describeError(e), {
            cause: e,
            hint: 'run deploy-test first, or set the host, ports and declared-ports inputs',
          });
        });
  const host = input('host') || deployment!.host;
  if (!HOST.test(host))
    throw new TollgateError('INPUT_INVALID', `host "${host}" is not a host name or address`);
  const declared = input('declared-ports')
    ? numbers(input('declared-ports'), 'declared-ports')
    : (deployment?.declaredPorts ?? []);
  let ports = input('ports').replace(/\s+/g, '');
  if (!ports) {
    const all = [...new Set([...(deployment?.ports ?? []), ...declared])].sort((a, b) => a - b);
    if (!all.length)
      throw new TollgateError('INPUT_INVALID', 'infra-scan has no ports to scan', {
        hint: 'set the ports input (e.g. 8080 or 1-1024), or run deploy-test first',
      });
    ports = all.join(',');
  }
  if (!PORT_SPEC.test(ports))
    throw new TollgateError(
      'INPUT_INVALID',
      `ports "${ports}" is not a port list such as 8080,9000-9100`,
    );
  const raw = input('version-intensity') || '2';
  const intensity = Number(raw);
  if (!Number.isInteger(intensity) || intensity < 0 || intensity > 9)
    throw new TollgateError('INPUT_INVALID', `version-intensity is "${raw}"; expected 0 to 9`);
  const named = ports
    .split(',')
    .filter((p) => !p.includes('-'))
    .map(Number);
  const probe = deployment?.ports.length
    ? deployment.ports
    : [...new Set([...declared, ...named])].sort((a, b) => a - b);
  return { host, ports, declared, intensity, probe };
}
