import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PREDICATE } from '../../attest/predicates/types.js';
import type { Subject } from '../../attest/statement.js';
import { sha256File } from '../../core/digest.js';
import { describeError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { pct, type FileCoverage } from '../common/coverage-data.js';
import { writeLcov } from '../common/lcov.js';
import { filesMatching, splitList } from '../compile/artifacts.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { baseOf, changedCoverage, changedLines } from './changed-lines.js';
import { mergeCoverage, totalsOf } from './merge.js';
import { readCoverageReport } from './read.js';

/** The test steps whose coverage is merged (the `needs` of coverage in the graph). */
const TEST_STEPS = ['unit-tests', 'integration-tests'];
/** The per-file list is for people; past this it only bloats the attestation. */
const MAX_FILES = 1000;
export const MERGED_LCOV = 'lcov.info';

class CoverageInputError extends Error {}

interface Report {
  abs: string;
  subject: Subject;
}

/**
 * Coverage reports the test steps attested. They are looked up next to this step's reports
 * folder (the runner and the actions keep every step's folder side by side), then in the
 * repository, and must still have the digest that was attested.
 */
async function upstreamReports(ctx: StepContext): Promise<Report[]> {
  const out: Report[] = [];
  for (const step of TEST_STEPS) {
    for (const s of ctx.upstream[step] ?? []) {
      if (!s.name.startsWith(`${step}/coverage/`)) continue;
      const abs = [join(ctx.outDir, '..', s.name), join(ctx.repoDir, s.name)].find((p) =>
        existsSync(p),
      );
      if (!abs)
        throw new CoverageInputError(
          `coverage report ${s.name} of ${step} is not here; download that step's reports first`,
        );
      const sha = await sha256File(abs);
      if (sha !== s.digest.sha256) {
        throw new CoverageInputError(`coverage report ${s.name} changed since ${step} attested it`);
      }
      out.push({ abs, subject: s });
    }
  }
  return out;
}

/** Files the `coverage-paths` globs match; with globs, files in no coverage format are skipped. */
async function inputReports(ctx: StepContext): Promise<(Report & { explicit: boolean })[]> {
  const globs = splitList(ctx.inputs['coverage-paths']);
  const files = globs.length ? await filesMatching(ctx.repoDir, globs) : [];
  const out: (Report & { explicit: boolean })[] = [];
  for (const f of files) {
    const abs = join(ctx.repoDir, f);
    out.push({
      abs,
      subject: { name: f, digest: { sha256: await sha256File(abs) } },
      explicit: globs.includes(f),
    });
  }
  return out;
}

const fail = (reason: string): StepResult => ({
  status: 'failed',
  reason,
  attestations: [],
  products: [],
  reports: [],
});

/**
 * `coverage`: merges the test runs' coverage, attests the totals (Tollgate coverage v1) and
 * checks the minimum line coverage; on a pull request also the coverage of the changed lines.
 */
export const coverageStep: StepImplementation = {
  id: 'coverage',
  async run(ctx): Promise<StepResult> {
    let reports: (Report & { explicit?: boolean })[];
    try {
      reports = [...(await upstreamReports(ctx)), ...(await inputReports(ctx))];
    } catch (e) {
      if (e instanceof CoverageInputError) return fail(e.message);
      throw e;
    }
    const runs: FileCoverage[][] = [];
    const used: Subject[] = [];
    for (const r of reports) {
      try {
        runs.push((await readCoverageReport(r.abs, r.subject.name, ctx.repoDir)).files);
        used.push(r.subject);
      } catch (e) {
        // A glob sweeps up HTML and other files of a coverage folder; only a named file must parse.
        if (
          r.explicit === false &&
          /is not lcov, Cobertura XML or Istanbul JSON/.test(describeError(e))
        ) {
          ctx.log(`skipped ${r.subject.name}: not a coverage report`);
          continue;
        }
        return fail(describeError(e));
      }
    }
    if (used.length === 0) {
      return fail(
        'no coverage report found: the test steps wrote none and coverage-paths matched none',
      );
    }
    const merged = mergeCoverage(runs);
    const totals = totalsOf(merged);
    if (totals.lines.total === 0) {
      // 100 % of nothing is not coverage: the tests ran without loading the code, or the
      // reports cover files outside the repository.
      return fail(
        `the coverage report(s) (${used.map((u) => u.name).join(', ')}) measure no line of the repository's code: nothing shows what the tests ran; check that the tests load the built code (the instrument step's NODE_V8_COVERAGE) or that coverage-paths names the right files`,
      );
    }
    const lcovText = writeLcov(
      merged.filter((f) => f.lines.size),
      'merged',
    );
    await writeFileAtomic(join(ctx.outDir, MERGED_LCOV), lcovText);
    const product: Subject = {
      name: `${ctx.step.id}/${MERGED_LCOV}`,
      digest: { sha256: await sha256File(join(ctx.outDir, MERGED_LCOV)) },
    };

    const min = Number(ctx.inputs['min-line-coverage'] || 0);
    if (!Number.isFinite(min) || min < 0 || min > 100)
      return fail(`min-line-coverage "${ctx.inputs['min-line-coverage']}" is not a percentage`);
    const parts = [
      `line coverage ${totals.lines.pct} % (${totals.lines.covered}/${totals.lines.total})`,
    ];
    if (totals.branches.total)
      parts.push(
        `branch ${totals.branches.pct} % (${totals.branches.covered}/${totals.branches.total})`,
      );
    const metrics: Record<string, number> = {
      linePct: totals.lines.pct,
      branchPct: totals.branches.pct,
      reports: used.length,
    };
    const reportFiles = [MERGED_LCOV];

    const base = baseOf(ctx);
    if (base) {
      try {
        const changed = changedCoverage(merged, await changedLines(ctx, base));
        const changedPct = pct(changed);
        parts.push(
          `changed lines ${changedPct} % (${changed.covered}/${changed.total} in ${changed.files} file(s) since ${base})`,
        );
        metrics.changedLinePct = changedPct;
        await writeFileAtomic(
          join(ctx.outDir, 'changed-lines.json'),
          JSON.stringify({ base, ...changed, pct: changedPct }, null, 2) + '\n',
        );
        reportFiles.push('changed-lines.json');
      } catch (e) {
        return fail(describeError(e));
      }
    }
    const below = totals.lines.pct < min;
    const reason = below
      ? `line coverage ${totals.lines.pct} % is below the required ${min} %`
      : parts.join(', ');
    return {
      status: below ? 'failed' : 'passed',
      reason,
      attestations: [
        {
          predicateType: PREDICATE.coverage,
          predicate: {
            lines: totals.lines,
            ...(totals.branches.total ? { branches: totals.branches } : {}),
            files: totals.files.slice(0, MAX_FILES),
          },
        },
      ],
      products: [product],
      materials: used,
      reports: reportFiles,
      summary: `**coverage** of ${used.length} report(s): ${parts.join(', ')}${below ? ` — below the required ${min} %` : ''}`,
      metrics,
    };
  },
};
