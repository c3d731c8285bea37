import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTestResult } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { sha256File } from '../../core/digest.js';
import type { StepContext, StepResult } from '../types.js';

/**
 * `npm test`, `npm run test:integration`, `yarn test:system`, `pnpm run x`: the package
 * script a test command runs, when the command is nothing but that.
 */
export function scriptOf(command: string): string | undefined {
  const c = command.trim();
  if (/^(?:npm\s+(?:test|t)|pnpm\s+test|yarn\s+test)$/.test(c)) return 'test';
  const run = /^(?:npm|pnpm|yarn)\s+run(?:-script)?\s+([\w:.@/-]+)$/.exec(c);
  // yarn also runs a script named right after it (`yarn test:integration`).
  return (run ?? /^yarn\s+([\w:.@/-]+)$/.exec(c))?.[1];
}

/**
 * Why the test command cannot apply to this repository: it runs a package script that the
 * repository's package.json does not define (or there is no package.json). Undefined when the
 * command is something else, or the script exists: then it runs, and its result counts.
 */
export async function missingScript(repoDir: string, command: string): Promise<string | undefined> {
  const script = scriptOf(command);
  if (!script) return undefined;
  const path = join(repoDir, 'package.json');
  if (!existsSync(path)) return `no package.json, so no "${script}" script for \`${command}\``;
  let scripts: unknown;
  try {
    scripts = (JSON.parse(await readFile(path, 'utf8')) as { scripts?: unknown }).scripts;
  } catch {
    return undefined; // an unreadable package.json is for the command to report
  }
  const has =
    typeof scripts === 'object' &&
    scripts !== null &&
    Object.prototype.hasOwnProperty.call(scripts, script);
  return has ? undefined : `package.json has no "${script}" script (the command is \`${command}\`)`;
}

/**
 * The attested result of a test step that does not apply: a test-result listing no test
 * (`WARNED`, not `PASSED`: nothing ran), whose configuration names the package.json that
 * lacks the script, so the claim is tied to the file it was judged on.
 */
export async function notApplicableTests(ctx: StepContext, reason: string): Promise<StepResult> {
  const pkg = join(ctx.repoDir, 'package.json');
  const configuration = existsSync(pkg)
    ? [{ name: 'package.json', digest: { sha256: await sha256File(pkg) } }]
    : [];
  ctx.log(`not applicable: ${reason}`);
  return {
    status: 'not-applicable',
    reason,
    attestations: [
      {
        predicateType: PREDICATE.testResult,
        predicate: {
          ...makeTestResult({ passed: [], failed: [], configuration }),
          result: 'WARNED',
        },
      },
    ],
    products: [],
    reports: [],
    summary: `**${ctx.step.id}** not applicable: ${reason}`,
    metrics: { passed: 0, failed: 0, skipped: 0 },
  };
}
