import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { redactor } from '../../core/redact.js';
import type { ActionCore } from './ports.js';

/**
 * The part of the Actions runner protocol the step runtime needs, written against the
 * runner's documented files and workflow commands instead of @actions/core, whose HTTP
 * client (loaded for OIDC and caching) is most of an action's start-up time:
 * inputs arrive as INPUT_<NAME> variables, outputs and the job summary are appended to the
 * files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and messages are `::command::` lines
 * on standard output with %, CR and LF escaped.
 *
 * Everything written passes the redactor, and each secret a step finds is also handed to
 * the runner with `::add-mask::`, so GitHub hides it in the job log as well.
 */
export function runnerCore(
  env: NodeJS.ProcessEnv,
  write: (text: string) => void,
): ActionCore & { failed: () => boolean } {
  let failed = false;
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const command = (name: string, message: string) =>
    write(`::${name}::${escape(redactor.text(message))}${EOL}`);
  redactor.onSecret((secret) => write(`::add-mask::${escape(secret)}${EOL}`));
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) return command('warning', `no GITHUB_OUTPUT file; output ${name} not set`);
      // A random delimiter, checked against the value, so a value can never end the block early.
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains its delimiter`);
      const safe = redactor.text(value);
      appendFileSync(file, `${name}<<${delimiter}${EOL}${safe}${EOL}${delimiter}${EOL}`);
    },
    setFailed(message) {
      failed = true;
      process.exitCode = 1;
      command('error', message);
    },
    info: (line) => write(`${redactor.text(line)}${EOL}`),
    warning: (line) => command('warning', line),
    async summary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) return command('warning', 'no GITHUB_STEP_SUMMARY file; job summary not written');
      try {
        const safe = redactor.text(markdown);
        appendFileSync(file, safe.endsWith(EOL) ? safe : `${safe}${EOL}`);
      } catch (e) {
        // A summary that cannot be written is reported, but never changes the step's result.
        command('warning', `could not write the job summary: ${(e as Error).message}`);
      }
    },
    failed: () => failed,
  };
}
