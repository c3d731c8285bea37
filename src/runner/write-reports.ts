import { join } from 'node:path';
import { writeFileAtomic } from '../core/fs.js';
import type { Redactor } from '../core/redact.js';
import { readFile, stat } from 'node:fs/promises';
import { renderRunHtml, type Figure } from '../report/run-html.js';
import { renderRunMarkdown } from '../report/run-markdown.js';
import type { RunVerdict } from '../report/run-types.js';
import type { Plan } from './plan.js';
import type { RunFolder } from './run-folder.js';

const MAX_FIGURE_BYTES = 2 << 20;

/** The SVG images among the steps' reports, read to be inlined; a broken one is left out. */
async function figuresOf(dir: string, v: RunVerdict): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const s of v.steps) {
    for (const r of s.reports.filter((p) => p.endsWith('.svg'))) {
      const path = join(dir, r);
      const size = await stat(path).then(
        (st) => st.size,
        () => Infinity,
      );
      if (size > MAX_FIGURE_BYTES) continue;
      const svg = await readFile(path, 'utf8').catch(() => undefined);
      if (svg) out.push({ step: s.step, name: r.split('/').pop() ?? r, svg });
    }
  }
  return out;
}

/**
 * The run's summaries; verdict.json last, so its presence means the folder is complete.
 * The verdict and the figures are masked before anything is rendered from them (reasons
 * carry tools' words), so the three files agree and the masks need no escaping.
 */
export async function writeRunReports(
  folder: RunFolder,
  verdict: RunVerdict,
  plan: Plan,
  redactor: Redactor,
): Promise<void> {
  const v = redactor.value(verdict);
  const figures = (await figuresOf(folder.dir, v)).map((f) => ({
    ...f,
    svg: redactor.text(f.svg),
  }));
  await writeFileAtomic(join(folder.dir, 'summary.md'), renderRunMarkdown(v));
  await writeFileAtomic(join(folder.dir, 'report.html'), renderRunHtml(v, plan.steps, figures));
  await writeFileAtomic(join(folder.dir, 'verdict.json'), JSON.stringify(v, null, 2) + '\n');
}
