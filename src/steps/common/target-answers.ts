import { connect } from 'node:net';
import { TollgateError } from '../../core/errors.js';

/**
 * Before a step judges a deployment, it checks that something answers there. A target that
 * has gone (its job ended, it crashed, the URL is stale) would otherwise make a scan find
 * nothing and pass ("open ports: none"); here it is a failure that says so.
 */

const PROBE_MS = 5000;

const gone = (where: string, why: string) =>
  new TollgateError(
    'INPUT_UNREADABLE',
    `nothing answers at ${where} (${why}): the deployment has gone or never came up, so there is nothing to test`,
    { hint: 'deploy the service first (deploy-test), or set the step inputs to where it runs' },
  );

/** Why a TCP connection to host:port fails, or undefined when it is accepted. */
export function tcpRefusal(
  host: string,
  port: number,
  timeoutMs = PROBE_MS,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (why: string | undefined) => {
      socket.destroy();
      resolve(why);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer in ${timeoutMs / 1000} s`));
    socket.once('connect', () => done(undefined));
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
  });
}

/** Throws unless one of the ports of `host` accepts a connection (none given: nothing to check). */
export async function requireOpenPort(host: string, ports: number[]): Promise<void> {
  const why: string[] = [];
  for (const port of ports) {
    const refused = await tcpRefusal(host, port);
    if (refused === undefined) return;
    why.push(`${port}: ${refused}`);
  }
  if (why.length) throw gone(`${host} port ${ports.join(', ')}`, why.join('; '));
}

/** Throws unless `url` gives an HTTP answer, whatever its status (an error page still answers). */
export async function requireHttpAnswer(url: string, signal?: AbortSignal): Promise<void> {
  try {
    const res = await fetch(url, {
      redirect: 'manual',
      signal: signal
        ? AbortSignal.any([signal, AbortSignal.timeout(PROBE_MS)])
        : AbortSignal.timeout(PROBE_MS),
    });
    await res.body?.cancel();
  } catch (e) {
    if (signal?.aborted) throw e;
    const err = e as Error & { cause?: Error & { code?: string } };
    throw gone(url, err.cause?.code ?? err.cause?.message ?? err.message);
  }
}
