import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A one-purpose HTTP server on 127.0.0.1 for failure and token-endpoint tests. */
export interface HttpStub {
  url: string;
  requests: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startHttpStub(
  answer: (req: IncomingMessage) => { status: number; body: unknown },
): Promise<HttpStub> {
  const requests: HttpStub['requests'] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      const { status, body } = answer(req);
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A 127.0.0.1 URL nothing listens on: a port that was free a moment ago. */
export async function unusedURL(): Promise<string> {
  const stub = await startHttpStub(() => ({ status: 200, body: {} }));
  await stub.close();
  return stub.url;
}
