import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The emulated runner's only way out: every process gets HTTP_PROXY/HTTPS_PROXY of this local
 * proxy (NO_PROXY for 127.0.0.1 and localhost, where the doubles listen), and it refuses every
 * request, plain or CONNECT, recording the host. Nothing reaches outside this machine, and a
 * step that tries fails with a message naming the host instead of hanging or, worse, passing
 * on what the internet answered.
 *
 * Each step gets its own proxy URL with a tag as user name (`http://<tag>:x@127.0.0.1:port`);
 * clients send it back as Proxy-Authorization, so a refusal is charged to the step that tried.
 */
export interface Refusal {
  /** The tag of the proxy URL the client used ('' when it sent none). */
  tag: string;
  /** host:port the client asked for. */
  host: string;
}

export interface RefusingProxy {
  /** The proxy URL for one step's processes. */
  urlFor(tag: string): string;
  refused: Refusal[];
  close(): Promise<void>;
}

/** The message a client sees, and the emulator repeats in the step's log. */
export const refusalMessage = (host: string) =>
  `outbound connection to ${host} refused: the emulated runner reaches nothing outside this machine`;

function tagOf(req: IncomingMessage): string {
  const auth = req.headers['proxy-authorization'] ?? '';
  const m = /^Basic\s+(\S+)$/i.exec(auth);
  if (!m?.[1]) return '';
  return decodeURIComponent(Buffer.from(m[1], 'base64').toString('utf8').split(':')[0] ?? '');
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const refused: Refusal[] = [];
  const server = createServer((req, res) => {
    // A plain http request through a proxy names the absolute URL.
    let host = req.headers.host ?? '';
    try {
      host = new URL(req.url ?? '').host || host;
    } catch {
      // origin-form: keep the Host header
    }
    refused.push({ tag: tagOf(req), host });
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
    res.end(`${refusalMessage(host)}\n`);
  });
  server.on('connect', (req: IncomingMessage, socket) => {
    const host = req.url ?? '';
    refused.push({ tag: tagOf(req), host });
    const body = `${refusalMessage(host)}\n`;
    socket.on('error', () => {});
    socket.end(
      `HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (tag) => `http://${encodeURIComponent(tag)}:x@127.0.0.1:${port}`,
    refused,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** What the runner gives every process so that the proxy above is its only way out. */
export function proxyEnv(url: string): Record<string, string> {
  const noProxy = '127.0.0.1,localhost';
  return {
    HTTP_PROXY: url,
    HTTPS_PROXY: url,
    http_proxy: url,
    https_proxy: url,
    NO_PROXY: noProxy,
    no_proxy: noProxy,
    NODE_USE_ENV_PROXY: '1',
  };
}
