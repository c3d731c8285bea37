import { createPrivateKey, type KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { isIP } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { isTollgateError } from '../../../core/errors.js';
import { splitDerCertificates } from '../../verify/spiffe-x509.js';
import { checkSvid, signerUnavailable, type SvidSource, type X509Svid } from './svid.js';
import {
  SECURITY_HEADER,
  workloadApiDefinition,
  type X509SvidMessage,
  type X509SvidResponse,
} from './workload-proto.js';

/**
 * SVIDs from the SPIFFE Workload API (a SPIRE agent, or any other implementation) over gRPC.
 * The endpoint streams a new response whenever the SVID rotates; a signer needs only the
 * current one, so the client takes the first response and cancels the stream.
 */
export const ENDPOINT_ENV = 'SPIFFE_ENDPOINT_SOCKET';
const DEFAULT_TIMEOUT_MS = 15_000;
const ENDPOINT_HINT = `Set ${ENDPOINT_ENV} to unix:///path/to/agent.sock or tcp://<ip>:<port>.`;

export interface WorkloadApiOptions {
  /** Endpoint address; defaults to the SPIFFE_ENDPOINT_SOCKET environment variable. */
  endpoint?: string;
  /** Deadline for connecting and receiving the first SVID. */
  timeoutMs?: number;
}

export function workloadApiSource(options: WorkloadApiOptions = {}): SvidSource {
  const endpoint = options.endpoint ?? process.env[ENDPOINT_ENV];
  if (!endpoint) {
    throw signerUnavailable(`${ENDPOINT_ENV} is not set`, ENDPOINT_HINT);
  }
  const target = grpcTarget(endpoint);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const description = `SPIFFE Workload API at ${endpoint}`;
  return {
    description,
    async fetchSvid() {
      if (target.socketPath) await checkSocket(target.socketPath, description);
      const response = await fetchFirstResponse(target.address, timeoutMs, description);
      return toSvid(response, description);
    },
  };
}

/**
 * Translates a SPIFFE endpoint address (Workload Endpoint specification: `unix:` with an
 * absolute path, or `tcp:` with an IP address and port, no DNS names) to a gRPC target.
 */
export function grpcTarget(endpoint: string): { address: string; socketPath?: string } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw signerUnavailable(`SPIFFE endpoint "${endpoint}" is not a URI`, ENDPOINT_HINT);
  }
  const extras = url.search || url.hash || url.username || url.password;
  if (url.protocol === 'unix:' && !url.host && url.pathname.startsWith('/') && !extras) {
    const path = decodeURIComponent(url.pathname);
    return { address: `unix:${path}`, socketPath: path };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (url.protocol === 'tcp:' && isIP(host) && url.port && (url.pathname || '/') === '/') {
    if (extras) throw signerUnavailable(`SPIFFE endpoint "${endpoint}" is invalid`, ENDPOINT_HINT);
    return {
      address: isIP(host) === 6 ? `ipv6:[${host}]:${url.port}` : `ipv4:${host}:${url.port}`,
    };
  }
  throw signerUnavailable(`SPIFFE endpoint "${endpoint}" is not a valid address`, ENDPOINT_HINT);
}

async function checkSocket(path: string, description: string): Promise<void> {
  // gRPC would report a bare ENOENT after its connection attempt; saying so up front is clearer.
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    throw signerUnavailable(
      `${description}: socket ${path} does not exist`,
      'Is the SPIRE agent (or another Workload API provider) running on this host?',
    );
  }
}

function fetchFirstResponse(
  address: string,
  timeoutMs: number,
  description: string,
): Promise<X509SvidResponse> {
  const Client = grpc.loadPackageDefinition(workloadApiDefinition())
    .SpiffeWorkloadAPI as grpc.ServiceClientConstructor;
  const client = new Client(address, grpc.credentials.createInsecure());
  const metadata = new grpc.Metadata();
  metadata.set(SECURITY_HEADER, 'true');
  return new Promise<X509SvidResponse>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      call.cancel();
      client.close();
      fn();
    };
    const fetch = client['FetchX509SVID'] as (
      req: object,
      md: grpc.Metadata,
      opts: grpc.CallOptions,
    ) => grpc.ClientReadableStream<X509SvidResponse>;
    const call = fetch.call(client, {}, metadata, { deadline: Date.now() + timeoutMs });
    call.on('data', (response: X509SvidResponse) => finish(() => resolve(response)));
    call.on('error', (e: grpc.ServiceError) =>
      finish(() => reject(callError(e, description, timeoutMs))),
    );
    call.on('end', () =>
      finish(() =>
        reject(signerUnavailable(`${description} closed the stream without an SVID`, RETRY_HINT)),
      ),
    );
  });
}

const RETRY_HINT = 'Check the agent logs; the workload may not be registered yet.';

function callError(e: grpc.ServiceError, description: string, timeoutMs: number): Error {
  switch (e.code) {
    case grpc.status.DEADLINE_EXCEEDED:
      return signerUnavailable(
        `${description} sent no SVID within ${timeoutMs} ms`,
        'Check that the agent is healthy and has attested this workload.',
        e,
      );
    case grpc.status.UNAVAILABLE:
      return signerUnavailable(
        `${description} is unreachable: ${e.details}`,
        'Is the SPIRE agent running, and is the socket address right?',
        e,
      );
    case grpc.status.INVALID_ARGUMENT:
      return signerUnavailable(
        `${description} rejected the request: ${e.details}`,
        `The endpoint requires the "${SECURITY_HEADER}: true" header; make sure nothing between ` +
          'this process and the endpoint strips gRPC metadata.',
        e,
      );
    case grpc.status.PERMISSION_DENIED:
      return signerUnavailable(
        `${description} issued no identity for this workload: ${e.details}`,
        'Create a registration entry whose selectors match this workload.',
        e,
      );
    default:
      return signerUnavailable(`${description} failed: ${e.details || e.message}`, RETRY_HINT, e);
  }
}

function toSvid(response: X509SvidResponse, description: string): X509Svid {
  // The specification makes the first SVID the default identity.
  const first: X509SvidMessage | undefined = response.svids[0];
  if (!first) throw signerUnavailable(`${description} returned no SVID`, RETRY_HINT);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: first.x509_svid_key, format: 'der', type: 'pkcs8' });
  } catch (e) {
    throw signerUnavailable(`${description} returned an unreadable private key`, RETRY_HINT, e);
  }
  try {
    const certificates = splitDerCertificates(first.x509_svid);
    const trustBundle = first.bundle.length > 0 ? splitDerCertificates(first.bundle) : [];
    return checkSvid(
      { spiffeId: first.spiffe_id, certificates, privateKey, trustBundle },
      description,
      first.spiffe_id,
    );
  } catch (e) {
    if (isTollgateError(e)) throw e;
    throw signerUnavailable(`${description} returned unreadable certificates`, RETRY_HINT, e);
  }
}
