// Imported first by every action entry. The actions are bundled as ES modules, but some of
// the bundled CommonJS packages (ESLint's configuration loader among them) read
// `__filename`, `__dirname` or `require` at load time; ES modules have none of these, so they
// are defined here, pointing at the bundle itself, before any of those packages is loaded.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __filename?: string; __dirname?: string; require?: NodeJS.Require };
g.__filename ??= fileURLToPath(import.meta.url);
g.__dirname ??= dirname(g.__filename);
g.require ??= createRequire(import.meta.url);
