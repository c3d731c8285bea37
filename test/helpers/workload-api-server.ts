/**
 * A local SPIFFE Workload API endpoint for tests: a real gRPC server that serves
 * FetchX509SVID from a test SVID over a unix socket (in a fresh temp dir) or 127.0.0.1. Like
 * a SPIRE agent it refuses calls without the `workload.spiffe.io: true` header, answers
 * PermissionDenied when it has no SVID for the caller, and keeps the stream open after the
 * first response (SVID rotations would follow on it).
 *
 *   const server = await startWorkloadApiServer({ svid, bundleDer: td.bundleDer });
 *   try { ... workloadApiSource({ endpoint: server.endpoint }) ... }
 *   finally { await server.close(); }
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import {
  SECURITY_HEADER,
  workloadApiDefinition,
  type X509SvidResponse,
} from '../../src/attest/signers/spiffe/workload-proto.js';
import type { TestSvid } from './spiffe-ca.js';

export interface WorkloadApiServerOptions {
  /** The SVID to serve; without one every call gets PermissionDenied. */
  svid?: TestSvid;
  /** DER trust bundle sent with the SVID. */
  bundleDer?: Buffer;
  /** Listen on a unix socket (default) or on 127.0.0.1 with a free port. */
  transport?: 'unix' | 'tcp';
  /** Accept calls but never answer, to exercise client timeouts. */
  hang?: boolean;
  /** Refuse every call as if the header were missing (e.g. stripped by a proxy). */
  rejectAll?: boolean;
}

export interface WorkloadApiServer {
  /** SPIFFE_ENDPOINT_SOCKET value: `unix:///…/agent.sock` or `tcp://127.0.0.1:<port>`. */
  endpoint: string;
  /** Number of FetchX509SVID calls received, including refused ones. */
  readonly calls: number;
  /** Stops the server, cancelling open streams, and removes its socket directory. */
  close(): Promise<void>;
}

export const MISSING_HEADER_MESSAGE = 'security header missing from request';

export async function startWorkloadApiServer(
  options: WorkloadApiServerOptions = {},
): Promise<WorkloadApiServer> {
  const service = (
    grpc.loadPackageDefinition(workloadApiDefinition())
      .SpiffeWorkloadAPI as grpc.ServiceClientConstructor
  ).service;
  const server = new grpc.Server();
  let calls = 0;
  server.addService(service, {
    FetchX509SVID(call: grpc.ServerWritableStream<object, X509SvidResponse>) {
      calls++;
      const header = call.metadata.get(SECURITY_HEADER)[0];
      if (options.rejectAll || header !== 'true') {
        call.emit('error', { code: grpc.status.INVALID_ARGUMENT, details: MISSING_HEADER_MESSAGE });
        return;
      }
      if (options.hang) return;
      if (!options.svid) {
        call.emit('error', { code: grpc.status.PERMISSION_DENIED, details: 'no identity issued' });
        return;
      }
      const { svid } = options;
      call.write({
        svids: [
          {
            spiffe_id: svid.spiffeId,
            x509_svid: svid.chainDer,
            x509_svid_key: svid.keyDer,
            bundle: options.bundleDer ?? Buffer.alloc(0),
            hint: '',
          },
        ],
        crl: [],
        federated_bundles: {},
      });
      // The stream stays open until the client cancels or the server shuts down.
    },
  });

  let dir: string | undefined;
  let endpoint: string;
  const credentials = grpc.ServerCredentials.createInsecure();
  if ((options.transport ?? 'unix') === 'unix') {
    dir = await mkdtemp(join(tmpdir(), 'tollgate-spiffe-'));
    const socket = join(dir, 'agent.sock');
    await bind(server, `unix:${socket}`, credentials);
    endpoint = `unix://${socket}`;
  } else {
    const port = await bind(server, '127.0.0.1:0', credentials);
    endpoint = `tcp://127.0.0.1:${port}`;
  }

  return {
    endpoint,
    get calls() {
      return calls;
    },
    async close() {
      server.forceShutdown();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

function bind(
  server: grpc.Server,
  address: string,
  creds: grpc.ServerCredentials,
): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, creds, (error, port) => (error ? reject(error) : resolve(port)));
  });
}
