import { readInput } from '../../core/fs.js';
import { TollgateError } from '../../core/errors.js';
import { parseCobertura } from '../common/cobertura.js';
import { sniffFormat, type CoverageFormat, type FileCoverage } from '../common/coverage-data.js';
import { parseIstanbulFinal, parseIstanbulSummary } from '../common/istanbul.js';
import { parseLcov } from '../common/lcov.js';

/** Coverage reports are text; anything larger than this is not a report of a sane project. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

const TOOL: Record<CoverageFormat, string> = {
  lcov: 'lcov',
  cobertura: 'Cobertura',
  'istanbul-final': 'Istanbul coverage-final.json',
  'istanbul-summary': 'Istanbul coverage-summary.json',
};

/** Reads one coverage report of any supported format, told apart by its content. */
export async function readCoverageReport(
  absPath: string,
  displayName: string,
  repoDir: string,
): Promise<{ format: CoverageFormat; files: FileCoverage[] }> {
  const text = (await readInput(absPath, 'coverage report', MAX_REPORT_BYTES)).toString('utf8');
  const format = sniffFormat(text);
  if (!format) {
    throw new TollgateError(
      'INPUT_INVALID',
      `coverage report ${displayName} is not lcov, Cobertura XML or Istanbul JSON`,
    );
  }
  const src = { tool: TOOL[format], file: displayName, repoDir };
  const files =
    format === 'lcov'
      ? parseLcov(text, src)
      : format === 'cobertura'
        ? parseCobertura(text, src)
        : format === 'istanbul-final'
          ? parseIstanbulFinal(text, src)
          : parseIstanbulSummary(text, src);
  return { format, files };
}
