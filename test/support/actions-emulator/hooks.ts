import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * GitHub's workflow parser imports its JSON schema without import attributes, which Node's
 * own loader refuses. This hook serves those JSON files as ES modules, for the vitest worker
 * (which leaves node_modules to Node) and for plain `node` alike. Registered once per process.
 */
let registered = false;

export function registerJsonHook(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    load(url, context, nextLoad) {
      if (
        url.startsWith('file:') &&
        url.endsWith('.json') &&
        url.includes('/@actions/workflow-parser/')
      ) {
        const text = readFileSync(fileURLToPath(url), 'utf8');
        return { format: 'module', source: `export default ${text};`, shortCircuit: true };
      }
      return nextLoad(url, context);
    },
  });
}
