import { InternalError } from '@sigstore/sign';
import { TollgateError, isTollgateError } from '../../core/errors.js';

/** The services a keyless signature talks to, with the URLs this signer was given. */
export interface SigstoreServices {
  fulcioURL: string;
  rekorURL?: string | undefined;
  tsaURL?: string | undefined;
}

/**
 * Turns what @sigstore/sign throws into SIGNING_FAILED naming the service, its URL and the
 * HTTP status (or the network error code), so that a failing step says which service to
 * look at instead of printing a stack trace. The library's error codes tell the services
 * apart: CA_* is Fulcio, TLOG_* is Rekor, TSA_* is the timestamp authority.
 */
export function toSigningError(e: unknown, services: SigstoreServices): TollgateError {
  if (isTollgateError(e)) return e;
  if (e instanceof InternalError) {
    // The token is fetched before the library runs; a token error here is ours, passed through.
    if (isTollgateError(e.cause)) return e.cause;
    const service = serviceOf(e.code, services);
    if (service) {
      return new TollgateError(
        'SIGNING_FAILED',
        `${service.name} at ${service.url} ${failureOf(e.cause)}`,
        { cause: e, hint: hintFor(e.cause) },
      );
    }
  }
  return new TollgateError('SIGNING_FAILED', `keyless signing failed: ${messageOf(e)}`, {
    cause: e,
  });
}

function serviceOf(
  code: string,
  services: SigstoreServices,
): { name: string; url: string } | undefined {
  if (code.startsWith('CA_')) return { name: 'Fulcio', url: services.fulcioURL };
  if (code.startsWith('TLOG_')) return { name: 'Rekor', url: services.rekorURL ?? 'unknown' };
  if (code.startsWith('TSA_'))
    return { name: 'the timestamp authority', url: services.tsaURL ?? 'unknown' };
  return undefined;
}

/** "answered HTTP 500: ..." for an HTTP answer, "is unreachable (ECONNREFUSED)" otherwise. */
function failureOf(cause: unknown): string {
  const c = cause as { statusCode?: unknown; code?: unknown; message?: unknown } | undefined;
  if (typeof c?.statusCode === 'number') {
    // The library formats HTTP errors as "(status) message"; keep only the message part.
    const detail = typeof c.message === 'string' ? c.message.replace(/^\(\d+\)\s*/, '') : '';
    return `answered HTTP ${c.statusCode}${detail ? `: ${detail}` : ''}`;
  }
  if (typeof c?.code === 'string') return `is unreachable (${c.code})`;
  return `failed: ${messageOf(cause)}`;
}

function hintFor(cause: unknown): string {
  const status = (cause as { statusCode?: unknown } | undefined)?.statusCode;
  if (status === 401 || status === 403) {
    return 'The service refused the identity token: check its issuer and audience ("sigstore").';
  }
  if (typeof status === 'number' && status >= 500) {
    return 'The service failed on its side; retry later or check its status page.';
  }
  return 'Check the service URL and that this machine can reach it.';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
