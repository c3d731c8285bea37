import { join } from 'node:path';
import { writeFileAtomic } from '../core/fs.js';
import { renderRunHtml } from '../report/run-html.js';
import { renderRunMarkdown } from '../report/run-markdown.js';
import type { RunVerdict } from '../report/run-types.js';
import type { Plan } from './plan.js';
import type { RunFolder } from './run-folder.js';

/** The run's summaries; verdict.json last, so its presence means the folder is complete. */
export async function writeRunReports(folder: RunFolder, v: RunVerdict, plan: Plan): Promise<void> {
  await writeFileAtomic(join(folder.dir, 'summary.md'), renderRunMarkdown(v));
  await writeFileAtomic(join(folder.dir, 'report.html'), renderRunHtml(v, plan.steps));
  await writeFileAtomic(join(folder.dir, 'verdict.json'), JSON.stringify(v, null, 2) + '\n');
}
