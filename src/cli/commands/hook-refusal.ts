import { join } from 'node:path';
import { readSarifFile } from '../../steps/common/sarif-file.js';
import { REPORT_NAME } from '../../steps/secret-scan/index.js';

/**
 * Why the hook refuses a commit, from the secret scan's report in `dir`: each finding by file,
 * line and rule (never the secret), and how to fix it. Empty when the report lists none, so
 * the caller says instead why the stage did not pass.
 */
export async function secretRefusal(dir: string): Promise<string[]> {
  const findings = await readSarifFile(join(dir, REPORT_NAME), 'secret-scan').then(
    (r) => r.findings,
    () => [],
  );
  if (!findings.length) return [];
  return [
    `tollgate: commit refused: ${findings.length} secret(s) in the staged changes`,
    ...findings.map((f) => {
      const where = `${f.location?.path ?? '?'}${f.location?.line ? `:${f.location.line}` : ''}`;
      return `  ${where}  ${f.ruleId}`;
    }),
    '  hint: remove the secret from the file and `git add` it again (the staged content is what is scanned);',
    '        a false positive goes into .gitleaksignore or the secret-scan baseline',
  ];
}
