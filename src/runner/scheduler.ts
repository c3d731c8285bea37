export interface GraphNode {
  id: string;
  /** Ids of nodes (in the same graph) that must finish first. */
  needs: string[];
}

export interface GraphOptions<T> {
  /** Most nodes running at once. */
  jobs: number;
  signal: AbortSignal;
  run: (node: GraphNode, done: ReadonlyMap<string, T>) => Promise<T>;
  /** A result that replaces running the node (its needs did not give it what it needs), or undefined. */
  skip: (node: GraphNode, done: ReadonlyMap<string, T>) => T | undefined;
  /** The result of a node that never started because the run was aborted. */
  aborted: (node: GraphNode) => T;
}

/**
 * Runs a dependency graph with bounded parallelism: a node starts as soon as everything it
 * needs has finished and a slot is free, in the order given (graph order, so output is
 * stable). After an abort nothing new starts, and the call resolves only when every
 * running node has returned, so the caller can write a consistent record of the run.
 */
export function runGraph<T>(nodes: GraphNode[], o: GraphOptions<T>): Promise<Map<string, T>> {
  const jobs = Math.max(1, Math.floor(o.jobs));
  const done = new Map<string, T>();
  let pending = [...nodes];
  let running = 0;
  return new Promise((resolve, reject) => {
    const pump = (): void => {
      let changed = true;
      while (changed) {
        changed = false;
        for (const node of pending) {
          if (o.signal.aborted) {
            done.set(node.id, o.aborted(node));
          } else if (node.needs.every((n) => done.has(n))) {
            const skipped = o.skip(node, done);
            if (skipped !== undefined) {
              done.set(node.id, skipped);
              changed = true;
            } else if (running < jobs) {
              start(node);
            } else continue;
          } else continue;
          pending = pending.filter((p) => p !== node);
        }
      }
      if (pending.length === 0 && running === 0) resolve(done);
    };
    const start = (node: GraphNode): void => {
      running++;
      o.run(node, done).then(
        (result) => {
          running--;
          done.set(node.id, result);
          pump();
        },
        (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))),
      );
    };
    o.signal.addEventListener('abort', pump, { once: true });
    pump();
  });
}
