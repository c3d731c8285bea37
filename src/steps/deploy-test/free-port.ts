import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now. The kernel picks it; between
 * closing the probe and the service binding, another process could take it, which then shows
 * as a failed deployment with the bind error rather than traffic to the wrong service.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
