import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** What the proxy does to new connections right now; changed by the fault schedule. */
export interface ProxyMode {
  /** Delay before a connection is forwarded (each load request opens its own connection). */
  latencyMs: number;
  /** Share of new connections answered with a TCP reset. */
  resetRate: number;
  /** Share of new connections accepted and then never answered (a black hole). */
  dropRate: number;
}

export const CALM: ProxyMode = { latencyMs: 0, resetRate: 0, dropRate: 0 };

/**
 * A TCP fault proxy of our own on 127.0.0.1, in front of the deployment: the load goes
 * through it, and the schedule switches its mode to inject latency, connection resets and
 * dropped connections without touching the service or the host's network (no netem here).
 */
export class FaultProxy {
  mode: ProxyMode = { ...CALM };
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  private readonly target: { host: string; port: number };
  private readonly random: () => number;

  constructor(target: { host: string; port: number }, random: () => number = Math.random) {
    this.target = target;
    this.random = random;
  }

  async start(): Promise<number> {
    const server = createServer((client) => this.handle(client));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const addr = server.address();
    return typeof addr === 'object' && addr ? addr.port : 0;
  }

  private track(s: Socket) {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
    s.on('error', () => s.destroy());
  }

  private handle(client: Socket) {
    this.track(client);
    const { latencyMs, resetRate, dropRate } = this.mode;
    const roll = this.random();
    if (roll < resetRate) {
      client.resetAndDestroy();
      return;
    }
    if (roll < resetRate + dropRate) {
      client.resume(); // read and discard, never answer: the client times out
      return;
    }
    client.pause();
    const forward = () => {
      if (client.destroyed) return;
      const upstream = createConnection(this.target);
      this.track(upstream);
      upstream.on('connect', () => {
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    if (latencyMs > 0) setTimeout(forward, latencyMs);
    else forward();
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}
