// Sockets and process lifecycle: listening, malformed requests, and graceful shutdown on
// SIGTERM (what Kubernetes and podman send before killing a container).
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createApp, type App } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { SECURITY_HEADERS } from './http.ts';
import { createLogger, type Logger } from './logger.ts';

export interface Running {
  server: Server;
  app: App;
  /** Base URL for local clients, e.g. http://127.0.0.1:8080 */
  url: string;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  shutdown(reason: string): Promise<void>;
}

// Errors the HTTP parser raises before a request exists; answered without a body.
const CLIENT_ERROR_STATUS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

function onClientError(err: NodeJS.ErrnoException, socket: Socket, log: Logger): void {
  log.warn('malformed request', { code: err.code });
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = CLIENT_ERROR_STATUS[err.code ?? ''] ?? '400 Bad Request';
  const headers = Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status}\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`);
}

export async function start(config: Config, log: Logger): Promise<Running> {
  const app = createApp(config, log);
  const server = createServer(
    {
      requestTimeout: 15_000,
      headersTimeout: 10_000,
      keepAliveTimeout: 5_000,
      maxHeaderSize: 8192,
    },
    (req, res) => void app.handle(req, res),
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) =>
    onClientError(err, socket, log),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log.info('listening', {
    host: config.host,
    port,
    authentication: config.apiKey ? 'api-key' : 'disabled: mutating requests are refused',
    rateLimitPerMinute: config.rateLimitPerMinute,
  });

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      log.info('shutting down', { reason, graceMs: config.shutdownGraceMs });
      app.startDraining();
      const force = setTimeout(() => {
        log.warn('grace period over; closing open connections');
        server.closeAllConnections();
      }, config.shutdownGraceMs);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        log.info('stopped');
        resolve();
      });
      server.closeIdleConnections();
    });
    return stopping;
  };

  return { server, app, url, shutdown };
}

type SignalSource = Pick<NodeJS.Process, 'once'>;

/**
 * Entry logic for `node dist/main.js`: reads the environment, starts listening and wires the
 * signals. Returns undefined (after logging why) when the service could not start.
 */
export async function run(
  env: NodeJS.ProcessEnv,
  signals: SignalSource,
  log?: Logger,
): Promise<Running | undefined> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    (log ?? createLogger()).error('invalid configuration', {
      detail: err instanceof ConfigError ? err.message : String(err),
    });
    return undefined;
  }
  const logger =
    log ?? createLogger({ level: config.logLevel, base: { service: 'sample-service' } });
  if (!config.apiKey) logger.warn('API_KEY is not set: POST and DELETE will answer 401');
  let running: Running;
  try {
    running = await start(config, logger);
  } catch (err) {
    logger.error('cannot listen', { err });
    return undefined;
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    signals.once(signal, () => void running.shutdown(signal));
  }
  return running;
}
