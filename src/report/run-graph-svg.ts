import type { StepDef } from '../pipeline/graph.js';
import { escapeHtml, statusColor } from './run-colors.js';
import type { RunStepVerdict } from './run-types.js';

const BOX_W = 150;
const BOX_H = 34;
const GAP_X = 40;
const GAP_Y = 14;
const STAGE_GAP = 30;
const TOP = 30;

interface Placed {
  def: StepDef;
  x: number;
  y: number;
}

/** Depth of each step along its needs within the shown steps: 0 for steps that need nothing shown. */
function depths(steps: readonly StepDef[]): Map<string, number> {
  const shown = new Map(steps.map((s) => [s.id, s]));
  const memo = new Map<string, number>();
  const depth = (s: StepDef): number => {
    const known = memo.get(s.id);
    if (known !== undefined) return known;
    const needs = s.needs.map((n) => shown.get(n)).filter((n) => n !== undefined);
    const d = needs.length ? 1 + Math.max(...needs.map(depth)) : 0;
    memo.set(s.id, d);
    return d;
  };
  for (const s of steps) depth(s);
  return memo;
}

/**
 * The pipeline as an inline SVG: one band of columns per stage, a column per needs-depth
 * inside it, boxes coloured by status, arrows for `needs`. Laid out here rather than by a
 * graph library so the report stays one self-contained file.
 */
export function renderGraphSvg(steps: readonly StepDef[], verdicts: RunStepVerdict[]): string {
  const d = depths(steps);
  const placed = new Map<string, Placed>();
  const labels: string[] = [];
  let x0 = 10;
  let height = 0;
  for (const stage of [...new Set(steps.map((s) => s.stage))]) {
    const inStage = steps.filter((s) => s.stage === stage);
    const cols = Math.max(...inStage.map((s) => d.get(s.id)!)) + 1;
    const rows = new Array<number>(cols).fill(0);
    for (const s of inStage) {
      const col = d.get(s.id)!;
      const p = { def: s, x: x0 + col * (BOX_W + GAP_X), y: TOP + rows[col]! * (BOX_H + GAP_Y) };
      rows[col]!++;
      placed.set(s.id, p);
      height = Math.max(height, p.y + BOX_H);
    }
    labels.push(`<text x="${x0}" y="16" class="stage">${escapeHtml(stage)}</text>`);
    x0 += cols * (BOX_W + GAP_X) - GAP_X + STAGE_GAP;
  }
  const edges: string[] = [];
  for (const p of placed.values()) {
    for (const n of p.def.needs) {
      const from = placed.get(n);
      if (!from) continue;
      const [sx, sy, ex, ey] = [from.x + BOX_W, from.y + BOX_H / 2, p.x, p.y + BOX_H / 2];
      const mid = (sx + ex) / 2;
      edges.push(
        `<path class="e" d="M${sx},${sy} C${mid},${sy} ${mid},${ey} ${ex - 4},${ey}" marker-end="url(#arrow)"/>`,
      );
    }
  }
  const boxes = [...placed.values()].map((p) => {
    const v = verdicts.find((x) => x.step === p.def.id);
    const status = v?.status ?? 'missing';
    const title = escapeHtml(`${p.def.id}: ${status}${v ? ` — ${v.reason}` : ''}`);
    const dark = status === 'skipped' ? '#24292f' : '#ffffff';
    return (
      `<a href="#step-${p.def.id}"><g><title>${title}</title>` +
      `<rect x="${p.x}" y="${p.y}" width="${BOX_W}" height="${BOX_H}" rx="6" fill="${statusColor(status)}"/>` +
      `<text x="${p.x + BOX_W / 2}" y="${p.y + 15}" fill="${dark}" class="id">${escapeHtml(p.def.id)}</text>` +
      `<text x="${p.x + BOX_W / 2}" y="${p.y + 28}" fill="${dark}" class="st">${escapeHtml(status)}</text></g></a>`
    );
  });
  const width = x0 - STAGE_GAP + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 10}" viewBox="0 0 ${width} ${height + 10}" role="img" aria-label="pipeline graph">`,
    '<defs><marker id="arrow" viewBox="0 0 8 8" refX="4" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#57606a"/></marker></defs>',
    '<style>.stage{font:bold 13px sans-serif;fill:#24292f}.id{font:12px sans-serif;text-anchor:middle}.st{font:10px sans-serif;text-anchor:middle}.e{fill:none;stroke:#57606a}</style>',
    ...labels,
    `<g>${edges.join('')}</g>`,
    ...boxes,
    '</svg>',
  ].join('\n');
}
