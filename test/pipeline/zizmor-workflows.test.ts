import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/attest/predicates/types.js';
import { nativeTools } from '../../src/steps/common/native-tools.js';
import { runZizmor } from '../../src/steps/lint-iac/zizmor.js';
import { stepContext } from '../steps/step-context.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The rows of the zizmor table in docs/github.md: audit, and the files its row names. */
async function explained(): Promise<{ audit: string; files: string[] }[]> {
  const doc = await readFile(join(ROOT, 'docs', 'github.md'), 'utf8');
  const section = doc.split('## Workflow security (zizmor)')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((l) => /^\|\s*`[a-z-]+`\s*\|/.test(l))
    .map((l) => {
      const [audit, files] = l.split('|').slice(1, 3);
      return {
        audit: audit!.trim().replace(/`/g, ''),
        files: [...files!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
      };
    });
}

describe("zizmor on Tollgate's own workflows and templates", () => {
  it('finds nothing above low that docs/github.md does not explain', async () => {
    const tools = nativeTools(process.env);
    if (!(await tools.find('zizmor')))
      throw new Error('no zizmor: run scripts/setup.sh (it installs zizmor into .tools/)');
    const files: string[] = [];
    for (const dir of ['workflows', 'action-templates'])
      for (const f of await readdir(join(ROOT, dir)))
        if (/\.ya?ml$/.test(f)) files.push(`${dir}/${f}`);
    expect(files.length).toBeGreaterThan(4);
    const ctx = { ...stepContext('lint-iac', ROOT, join(ROOT, '.tollgate', 'zizmor')), tools };
    const run = await runZizmor(ctx, files);
    expect(run.tool?.name).toBe('zizmor');
    const rows = await explained();
    const aboveLow = run.findings.filter(
      (f) => SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf('low'),
    );
    const unexplained = aboveLow
      .filter((f) => {
        const audit = f.ruleId.replace(/^zizmor\//, '');
        return !rows.some((r) => r.audit === audit && r.files.includes(f.location?.path ?? ''));
      })
      .map((f) => `${f.ruleId} (${f.severity}) ${f.location?.path}:${f.location?.line}`);
    expect(unexplained).toEqual([]);
  });
});
