import { ESLint, type Linter } from 'eslint';
import security from 'eslint-plugin-security';
import tseslint from 'typescript-eslint';
import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';

const JS_FILES = ['**/*.{js,mjs,cjs,jsx}'];
const TS_FILES = ['**/*.{ts,mts,cts,tsx}'];

/** Rules that let input become code or a command are high; the heuristics lower. */
export const ESLINT_SEVERITY: Record<string, Severity> = {
  'no-eval': 'high',
  'no-implied-eval': 'high',
  'no-new-func': 'high',
  'security/detect-eval-with-expression': 'high',
  'security/detect-child-process': 'high',
  'security/detect-disable-mustache-escape': 'high',
  'security/detect-bidi-characters': 'high',
  'security/detect-non-literal-require': 'medium',
  'security/detect-non-literal-fs-filename': 'medium',
  'security/detect-unsafe-regex': 'medium',
  'security/detect-buffer-noassert': 'medium',
  'security/detect-new-buffer': 'medium',
  'security/detect-no-csrf-before-method-override': 'medium',
  'security/detect-pseudoRandomBytes': 'medium',
  'security/detect-non-literal-regexp': 'low',
  'security/detect-possible-timing-attacks': 'low',
  'security/detect-object-injection': 'low', // very noisy: any obj[variable]
};

/**
 * The built-in configuration: the user's own ESLint config is ignored on purpose, so that
 * a project cannot switch security rules off for the attested scan. TypeScript is parsed
 * without type information (no tsconfig needed, and no project-specific parse failures).
 */
function config(): Linter.Config[] {
  const core: Linter.RulesRecord = {
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error',
  };
  return [
    { ignores: ['**/node_modules/', '**/dist/', '**/build/', '**/coverage/', '**/*.min.js'] },
    {
      files: [...JS_FILES, ...TS_FILES],
      ...security.configs.recommended,
      rules: { ...security.configs.recommended.rules, ...core },
    },
    { files: TS_FILES, languageOptions: { parser: tseslint.parser as Linter.Parser } },
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
  ];
}

/** The findings (fingerprinted by the step, over all its tools) and the column of each. */
export async function runEslint(
  repoDir: string,
  log: (l: string) => void,
): Promise<{
  findings: Finding[];
  columns: Map<Finding, number>;
  version: string;
  files: number;
}> {
  const eslint = new ESLint({
    cwd: repoDir,
    overrideConfigFile: true,
    overrideConfig: config(),
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  });
  const results = await eslint.lintFiles([...JS_FILES, ...TS_FILES]);
  const findings: Finding[] = [];
  const columns = new Map<Finding, number>();
  for (const r of results) {
    const rel = r.filePath
      .slice(repoDir.length + 1)
      .split('\\')
      .join('/');
    for (const m of r.messages) {
      if (!m.ruleId) {
        // A parse error: the file was not analysed. Said in the log, not hidden as a pass.
        log(`sast: eslint could not parse ${rel}:${m.line}: ${m.message}`);
        continue;
      }
      const f: Finding = {
        ruleId: m.ruleId.startsWith('security/') ? m.ruleId : `eslint/${m.ruleId}`,
        severity: ESLINT_SEVERITY[m.ruleId] ?? 'medium',
        message: m.message,
        location: { path: rel, line: m.line },
      };
      findings.push(f);
      columns.set(f, m.column);
    }
  }
  return { findings, columns, version: ESLint.version, files: results.length };
}
