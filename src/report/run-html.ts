import type { StepDef } from '../pipeline/graph.js';
import { escapeHtml, statusColor } from './run-colors.js';
import { renderGraphSvg } from './run-graph-svg.js';
import type { RunStepVerdict, RunVerdict } from './run-types.js';

const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function counts(s: RunStepVerdict): string {
  const c = Object.entries(s.counts ?? {}).filter(([, n]) => n);
  return c.length ? c.map(([sev, n]) => `${n} ${sev}`).join(', ') : '—';
}

function row(s: RunStepVerdict): string {
  const files = [
    link(s.log, 'log'),
    ...s.reports.map((r) => link(r, r.split('/').pop() ?? r)),
    ...s.bundles.map((b) => link(b, b.split('/').pop() ?? b)),
  ];
  return (
    `<tr id="step-${escapeHtml(s.step)}"><td>${escapeHtml(s.stage)}</td><td><code>${escapeHtml(s.step)}</code></td>` +
    `<td><span class="badge" style="background:${statusColor(s.status)}">${escapeHtml(s.status)}</span></td>` +
    `<td>${escapeHtml(s.reason)}</td><td>${counts(s)}</td><td>${files.join(' · ')}</td></tr>`
  );
}

/** An image a step wrote (a chaos timeline, a latency histogram), inlined into the report. */
export interface Figure {
  step: string;
  name: string;
  svg: string;
}

// As an <img> data URI an SVG cannot run scripts or load anything, whatever it contains.
const figure = (f: Figure) =>
  `<figure><img alt="${escapeHtml(`${f.step}: ${f.name}`)}" src="data:image/svg+xml;base64,${Buffer.from(f.svg).toString('base64')}"><figcaption><code>${escapeHtml(f.step)}</code> ${escapeHtml(f.name)}</figcaption></figure>`;

/**
 * report.html of a run folder: one file with its styles inline and no scripts or external
 * assets, so it opens from disk, from an archived artifact, or offline. Links are relative
 * to the run folder.
 */
export function renderRunHtml(
  v: RunVerdict,
  steps: readonly StepDef[],
  figures: Figure[] = [],
): string {
  const title = `Tollgate run ${v.runId}: ${v.verdict}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#24292f}
.verdict{display:inline-block;padding:2px 10px;border-radius:12px;color:#fff}
.graph{overflow-x:auto;border:1px solid #d0d7de;border-radius:6px;padding:8px;margin:16px 0}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d0d7de;padding:6px;text-align:left;vertical-align:top}
.badge{color:#fff;border-radius:10px;padding:1px 8px;white-space:nowrap}
figure{margin:16px 0}figure img{max-width:100%;border:1px solid #d0d7de;border-radius:6px}
</style></head><body>
<h1>${escapeHtml(`Tollgate run ${v.runId}`)} <span class="verdict" style="background:${v.verdict === 'pass' ? '#2da44e' : v.verdict === 'fail' ? '#cf222e' : '#8250df'}">${escapeHtml(v.verdict)}</span></h1>
<p>Commit <code>${escapeHtml(v.commit)}</code> of ${escapeHtml(v.repository)}, from ${escapeHtml(v.startedOn)} to ${escapeHtml(v.finishedOn)}. Policy: ${link(v.policy, v.policy)}.</p>
<div class="graph">${renderGraphSvg(steps, v.steps)}</div>
<table><thead><tr><th>Stage</th><th>Step</th><th>Status</th><th>Reason</th><th>Findings</th><th>Files</th></tr></thead>
<tbody>
${v.steps.map(row).join('\n')}
</tbody></table>
${figures.length ? `<h2>Figures</h2>${figures.map(figure).join('\n')}` : ''}
${v.notes.length ? `<h2>Notes</h2><ul>${v.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
