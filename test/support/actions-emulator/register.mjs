// For plain `node` (scripts/test-workflows.mjs): lets Node's type stripping run the emulator's
// TypeScript, whose imports name `.js` files as the compiler wants, and serves the JSON that
// GitHub's workflow parser imports without import attributes.
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL ?? '';
    if (specifier.startsWith('.') && specifier.endsWith('.js') && parent.endsWith('.ts')) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), parent);
      if (!existsSync(fileURLToPath(new URL(specifier, parent))) && existsSync(fileURLToPath(ts)))
        return { url: ts.href, format: 'module-typescript', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
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
