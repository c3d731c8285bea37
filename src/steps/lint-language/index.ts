import { TollgateError } from '../../core/errors.js';
import { finishScan, toolFailure, type ToolRun } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { runCommand } from './command.js';
import { BUILT_IN, detectLanguages } from './detect.js';
import { runEslint } from './eslint.js';
import { runShellcheck } from './shellcheck.js';

/**
 * lint-language: JavaScript and TypeScript through ESLint, shell through ShellCheck, anything
 * else through the `command` input. One SARIF run per tool in lint-language.sarif, one
 * scan-result over all findings. See docs/steps/lint-language.md.
 */
export const REPORT = 'lint-language.sarif';

function requested(input: string | undefined): Set<string> | 'auto' {
  const words = (input ?? 'auto')
    .split(/[\s,]+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0 || words.includes('auto')) return 'auto';
  return new Set(
    words.map((w) =>
      w === 'js'
        ? 'javascript'
        : w === 'ts'
          ? 'typescript'
          : w === 'sh' || w === 'bash'
            ? 'shell'
            : w,
    ),
  );
}

async function lint(ctx: StepContext): Promise<StepResult> {
  const detected = await detectLanguages(ctx.repoDir);
  const wanted = requested(ctx.inputs.language);
  const languages = wanted === 'auto' ? new Set(detected.keys()) : wanted;
  const command = ctx.inputs.command?.trim();
  ctx.log(
    `languages: ${[...languages].join(', ') || 'none'} (${wanted === 'auto' ? 'detected' : 'requested'})`,
  );

  const runs: ToolRun[] = [];
  if (languages.has('javascript') || languages.has('typescript')) runs.push(await runEslint(ctx));
  const shellFiles = detected.get('shell') ?? [];
  if (languages.has('shell') && shellFiles.length) runs.push(await runShellcheck(ctx, shellFiles));
  if (command) runs.push(await runCommand(ctx, command));

  const others = [...languages].filter((l) => !(BUILT_IN as readonly string[]).includes(l));
  if (others.length && !command && wanted !== 'auto')
    throw new TollgateError(
      'USAGE',
      `no linter for ${others.join(', ')}: Tollgate lints javascript, typescript and shell itself`,
      { hint: 'set the `command` input to a linter that prints SARIF, checkstyle XML or JSON' },
    );
  if (runs.length === 0)
    throw new TollgateError(
      'INPUT_INVALID',
      `nothing to lint in ${ctx.repoDir}: no JavaScript, TypeScript or shell files and no \`command\``,
    );
  const notes =
    others.length && !command
      ? [
          ``,
          `Not linted (no \`command\` set): ${others.map((l) => `${l} (${detected.get(l)?.length ?? 0} files)`).join(', ')}`,
        ]
      : [];
  return finishScan(ctx, runs, REPORT, notes);
}

export const lintLanguage: StepImplementation = {
  id: 'lint-language',
  async run(ctx) {
    try {
      return await lint(ctx);
    } catch (e) {
      return toolFailure(ctx, e, 'lint-language');
    }
  },
};
