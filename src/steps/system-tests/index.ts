import { existsSync } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { readInput } from '../../core/fs.js';
import { isAbsolute, join } from 'node:path';
import { makeTestResult } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { sha256File } from '../../core/digest.js';
import { isTollgateError } from '../../core/errors.js';
import { readDeployment } from '../common/handoff.js';
import { MAX_JUNIT_BYTES, parseJUnit, type JUnitResult } from '../common/junit.js';
import { missingScript, notApplicableTests } from '../common/npm-script.js';
import { runShell, tailReason } from '../common/shell.js';
import { requireHttpAnswer } from '../common/target-answers.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';

export const JUNIT_COPY = 'junit-system.xml';

const shown = (names: string[]) => names.slice(0, 5).join(', ') + (names.length > 5 ? ', ...' : '');

const failed = (reason: string): StepResult => ({
  status: 'failed',
  reason,
  attestations: [],
  products: [],
  reports: [],
  summary: `**System tests** failed: ${reason}`,
});

/** The deployment's URL: the base-url input, else what deploy-test wrote. */
async function baseUrlOf(ctx: StepContext): Promise<string> {
  const input = (ctx.inputs['base-url'] ?? '').trim();
  if (input) return input.replace(/\/+$/, '');
  return (await readDeployment(ctx)).baseUrl;
}

/**
 * system-tests: the project's system test command against the deployed service (BASE_URL
 * set), its JUnit report read into an in-toto test-result whose configuration names the
 * report and the URL tested. No report, an unreadable one or an empty one fails: none of
 * them shows that the deployment works.
 */
export const systemTests: StepImplementation = {
  id: 'system-tests',
  async run(ctx: StepContext): Promise<StepResult> {
    await mkdir(ctx.outDir, { recursive: true });
    const command = (ctx.inputs['test-command'] ?? '').trim() || 'npm run test:system';
    const junitInput = (ctx.inputs['junit-path'] ?? '').trim() || 'junit-system.xml';
    const junit = isAbsolute(junitInput) ? junitInput : join(ctx.repoDir, junitInput);
    const missing = await missingScript(ctx.repoDir, command);
    if (missing) return notApplicableTests(ctx, missing);
    let baseUrl: string;
    try {
      baseUrl = await baseUrlOf(ctx);
      // Tests of a service that has gone would fail for the wrong reason, or pass vacuously.
      await requireHttpAnswer(baseUrl, ctx.signal);
    } catch (e) {
      if (!isTollgateError(e)) throw e;
      return failed(`${e.message}${e.hint ? ` (${e.hint})` : ''}`);
    }
    // Whole seconds: coarse mtimes must not make this run's report look stale.
    const since = Math.floor(Date.now() / 1000) * 1000;
    const res = await runShell(ctx, command, { BASE_URL: baseUrl, TOLLGATE_JUNIT_PATH: junit });
    if (!existsSync(junit) || (await stat(junit)).mtimeMs < since) {
      return failed(
        tailReason(
          `the system test command exited with code ${res.code} and wrote no JUnit report at ${junitInput}`,
          res,
        ),
      );
    }
    let result: JUnitResult;
    try {
      result = parseJUnit(
        (await readInput(junit, 'JUnit report', MAX_JUNIT_BYTES)).toString('utf8'),
        {
          tool: `"${command.slice(0, 60)}"`,
          file: junitInput,
        },
      );
    } catch (e) {
      if (!isTollgateError(e)) throw e;
      return failed(e.message);
    }
    const copy = join(ctx.outDir, JUNIT_COPY);
    await copyFile(junit, copy);
    const subject = {
      name: `${ctx.step.id}/${JUNIT_COPY}`,
      digest: { sha256: await sha256File(copy) },
    };
    const total = result.passed.length + result.failed.length;
    let status: StepResult['status'] = result.failed.length || total === 0 ? 'failed' : 'passed';
    let reason = result.failed.length
      ? `${result.failed.length} of ${total} system tests failed against ${baseUrl}: ${shown(result.failed)}`
      : `${result.passed.length} system tests passed against ${baseUrl}${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}`;
    if (total === 0) reason = `the JUnit report ${junitInput} lists no tests`;
    if (res.code !== 0 && status === 'passed') {
      // A crash after the report was written (teardown of the tests, a hook) is still a failure.
      status = 'failed';
      reason = tailReason(`${reason}, but the command exited with code ${res.code}`, res);
    }
    for (const name of result.failed) ctx.log(`FAILED ${name}: ${result.messages.get(name) ?? ''}`);
    return {
      status,
      reason,
      attestations: [
        {
          predicateType: PREDICATE.testResult,
          predicate: makeTestResult({
            passed: result.passed,
            failed: result.failed,
            configuration: [
              { name: subject.name, digest: subject.digest },
              { name: 'deployment', uri: baseUrl },
            ],
          }),
        },
      ],
      products: [subject],
      materials: ctx.upstream['deploy-test'] ?? [],
      reports: [JUNIT_COPY],
      summary: `**System tests** \`${command}\`: ${reason}`,
      metrics: {
        passed: result.passed.length,
        failed: result.failed.length,
        skipped: result.skipped.length,
      },
    };
  },
};
