import * as grpc from '@grpc/grpc-js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import { grpcTarget, workloadApiSource } from '../../src/attest/signers/spiffe/workload-api.js';
import { workloadApiDefinition } from '../../src/attest/signers/spiffe/workload-proto.js';
import { createTrustDomain, type TestSvid, type TestTrustDomain } from '../helpers/spiffe-ca.js';
import {
  MISSING_HEADER_MESSAGE,
  startWorkloadApiServer,
  type WorkloadApiServer,
} from '../helpers/workload-api-server.js';

let td: TestTrustDomain;
let svid: TestSvid;
const servers: WorkloadApiServer[] = [];

async function serve(options: Parameters<typeof startWorkloadApiServer>[0]) {
  const server = await startWorkloadApiServer(options);
  servers.push(server);
  return server;
}

async function failure(promise: Promise<unknown>): Promise<TollgateError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TollgateError);
  return error as TollgateError;
}

beforeAll(async () => {
  td = await createTrustDomain('example.org', { intermediate: true });
  svid = await td.issueSvid('/ci/build');
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('Workload API source', () => {
  it.each(['unix', 'tcp'] as const)('fetches the SVID over %s', async (transport) => {
    const server = await serve({ svid, bundleDer: td.bundleDer, transport });
    const fetched = await workloadApiSource({ endpoint: server.endpoint }).fetchSvid();
    expect(fetched.spiffeId).toBe('spiffe://example.org/ci/build');
    expect(fetched.certificates.map((c) => c.fingerprint256)).toEqual(
      svid.certificates.map((c) => c.fingerprint256),
    );
    expect(fetched.trustBundle[0]?.fingerprint256).toBe(td.roots[0]?.fingerprint256);
    expect(server.calls).toBe(1);
  });

  it('reads the endpoint from SPIFFE_ENDPOINT_SOCKET', async () => {
    const server = await serve({ svid });
    const saved = process.env['SPIFFE_ENDPOINT_SOCKET'];
    process.env['SPIFFE_ENDPOINT_SOCKET'] = server.endpoint;
    try {
      expect((await workloadApiSource().fetchSvid()).spiffeId).toBe(svid.spiffeId);
    } finally {
      if (saved === undefined) delete process.env['SPIFFE_ENDPOINT_SOCKET'];
      else process.env['SPIFFE_ENDPOINT_SOCKET'] = saved;
    }
  });

  it('says so when no endpoint is configured', () => {
    const saved = process.env['SPIFFE_ENDPOINT_SOCKET'];
    delete process.env['SPIFFE_ENDPOINT_SOCKET'];
    try {
      expect(() => workloadApiSource()).toThrow(/SPIFFE_ENDPOINT_SOCKET is not set/);
    } finally {
      if (saved !== undefined) process.env['SPIFFE_ENDPOINT_SOCKET'] = saved;
    }
  });

  it('errors clearly when the socket does not exist', async () => {
    const source = workloadApiSource({ endpoint: 'unix:///nonexistent/tollgate/agent.sock' });
    const error = await failure(source.fetchSvid());
    expect(error.code).toBe('SIGNER_UNAVAILABLE');
    expect(error.message).toMatch(/socket \/nonexistent\/tollgate\/agent.sock does not exist/);
    expect(error.hint).toMatch(/agent/);
  });

  it('errors clearly when nothing listens on the TCP port', async () => {
    const server = await serve({ svid, transport: 'tcp' });
    await server.close();
    const error = await failure(workloadApiSource({ endpoint: server.endpoint }).fetchSvid());
    expect(error.message).toMatch(/is unreachable/);
  });

  it('errors clearly when the endpoint rejects the security header', async () => {
    const server = await serve({ svid, rejectAll: true });
    const error = await failure(workloadApiSource({ endpoint: server.endpoint }).fetchSvid());
    expect(error.code).toBe('SIGNER_UNAVAILABLE');
    expect(error.message).toContain(`rejected the request: ${MISSING_HEADER_MESSAGE}`);
    expect(error.hint).toContain('workload.spiffe.io');
  });

  it('errors clearly when the workload has no identity', async () => {
    const server = await serve({});
    const error = await failure(workloadApiSource({ endpoint: server.endpoint }).fetchSvid());
    expect(error.message).toMatch(/issued no identity/);
    expect(error.hint).toMatch(/registration entry/);
  });

  it('times out with a clear error when no SVID arrives', async () => {
    const server = await serve({ svid, hang: true });
    const source = workloadApiSource({ endpoint: server.endpoint, timeoutMs: 300 });
    const error = await failure(source.fetchSvid());
    expect(error.message).toMatch(/sent no SVID within 300 ms/);
  });

  it('rejects an SVID whose private key does not match the certificate', async () => {
    const other = await td.issueSvid('/other');
    const server = await serve({ svid: { ...svid, keyDer: other.keyDer } });
    const error = await failure(workloadApiSource({ endpoint: server.endpoint }).fetchSvid());
    expect(error.message).toMatch(/private key that does not match/);
  });

  it.each([
    'unix://host/agent.sock',
    'unix:relative.sock',
    'tcp://localhost:8081',
    'tcp://127.0.0.1',
    'tcp://127.0.0.1:8081/path',
    'http://127.0.0.1:8081',
    'not a uri',
  ])('rejects the endpoint address %s', (endpoint) => {
    expect(() => grpcTarget(endpoint)).toThrow(TollgateError);
  });

  it('maps valid endpoint addresses to gRPC targets', () => {
    expect(grpcTarget('unix:///run/spire/agent.sock').address).toBe('unix:/run/spire/agent.sock');
    expect(grpcTarget('unix:/run/spire/agent.sock').address).toBe('unix:/run/spire/agent.sock');
    expect(grpcTarget('tcp://127.0.0.1:8081').address).toBe('ipv4:127.0.0.1:8081');
    expect(grpcTarget('tcp://[::1]:8081').address).toBe('ipv6:[::1]:8081');
  });
});

describe('test Workload API server', () => {
  it('refuses calls without the security header, as SPIRE does', async () => {
    const server = await serve({ svid });
    const Client = grpc.loadPackageDefinition(workloadApiDefinition())
      .SpiffeWorkloadAPI as grpc.ServiceClientConstructor;
    const client = new Client(
      grpcTarget(server.endpoint).address,
      grpc.credentials.createInsecure(),
    );
    try {
      const fetch = client['FetchX509SVID'] as (req: object) => grpc.ClientReadableStream<unknown>;
      const status = await new Promise<grpc.ServiceError>((resolve, reject) => {
        const call = fetch.call(client, {});
        call.on('data', () => reject(new Error('answered without the header')));
        call.on('error', resolve);
      });
      expect(status.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(status.details).toBe(MISSING_HEADER_MESSAGE);
    } finally {
      client.close();
    }
  });
});
