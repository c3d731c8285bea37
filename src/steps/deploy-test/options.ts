import { isAbsolute, join } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import type { BuiltImage } from '../common/handoff.js';
import type { StepContext } from '../types.js';

export const TARGETS = ['podman', 'kubernetes', 'command'] as const;
export type TargetName = (typeof TARGETS)[number];

export interface DeployOptions {
  target: TargetName;
  healthPath: string;
  healthTimeoutMs: number;
  /** Container port (podman, kubernetes) or the PORT given to the command; undefined = default. */
  port?: number;
  /** Absolute path of the Kubernetes manifest, when one is given. */
  manifest?: string;
  kubeconfig?: string;
  command?: string;
  env: Record<string, string>;
  /** Where the service answers when the step cannot know (kubernetes without port-forward). */
  baseUrl?: string;
  /**
   * The image to deploy, when it is not the container step's (an image pulled from a
   * registry by digest for an ephemeral copy); never set from an input.
   */
  image?: DeployImage;
}

/** An image as the targets deploy it: an OCI layout on this machine, and its name. */
export type DeployImage = BuiltImage & { layoutDir: string };

const bad = (message: string, hint?: string) =>
  new TollgateError('INPUT_INVALID', `deploy-test: ${message}`, hint ? { hint } : {});

function port(value: string, name: string): number | undefined {
  if (value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw bad(`${name} is "${value}"; expected a port 1-65535`);
  return n;
}

/**
 * The env input: one `NAME=value` per line (or separated by commas on one line, as a
 * workflow input often is). Names must be shell variable names, so that a typo is an error
 * instead of a variable that silently never reaches the service.
 */
export function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.includes('\n') ? text.split(/\r?\n/) : text.split(',');
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m) throw bad(`env entry "${line}" is not NAME=value`, 'one NAME=value per line');
    out[m[1]!] = m[2]!;
  }
  return out;
}

export function deployOptions(ctx: StepContext): DeployOptions {
  const get = (name: string) => (ctx.inputs[name] ?? '').trim();
  const target = (get('target') || 'podman') as TargetName;
  if (!TARGETS.includes(target)) {
    throw bad(`target is "${target}"; expected one of ${TARGETS.join(', ')}`);
  }
  const healthPath = get('health-path') || '/healthz';
  if (!healthPath.startsWith('/')) throw bad(`health-path "${healthPath}" must start with /`);
  const seconds = Number(get('health-timeout') || '60');
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw bad(`health-timeout is "${get('health-timeout')}"; expected seconds > 0`);
  }
  const inRepo = (p: string) => (p === '' ? undefined : isAbsolute(p) ? p : join(ctx.repoDir, p));
  const command = get('command') || undefined;
  if (target === 'command' && !command) {
    throw bad(
      'target command needs the command input',
      'e.g. command: node dist/main.js (PORT and BASE_URL are set)',
    );
  }
  const baseUrl = get('base-url') || undefined;
  const options: DeployOptions = {
    target,
    healthPath,
    healthTimeoutMs: seconds * 1000,
    env: parseEnv(ctx.inputs.env ?? ''),
  };
  const p = port(get('port'), 'port');
  if (p !== undefined) options.port = p;
  const manifest = inRepo(get('manifest'));
  if (manifest) options.manifest = manifest;
  const kubeconfig = inRepo(get('kubeconfig'));
  if (kubeconfig) options.kubeconfig = kubeconfig;
  if (command) options.command = command;
  if (baseUrl) options.baseUrl = baseUrl.replace(/\/+$/, '');
  return options;
}
