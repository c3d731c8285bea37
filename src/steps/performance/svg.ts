import type { Bin, LatencyStats } from './stats.js';

/**
 * The latency histogram of one scenario as a self-contained SVG (no fonts or scripts to
 * fetch): bars per latency bin, vertical markers at p50, p95 and p99, the budget when one is
 * set. Written by hand so that the step needs no chart library.
 */
const W = 720;
const H = 300;
const PAD = { left: 56, right: 16, top: 58, bottom: 44 };

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function histogramSvg(
  title: string,
  bins: Bin[],
  stats: LatencyStats,
  budgetMs?: number,
): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const top = bins[bins.length - 1]?.to ?? 1;
  const most = Math.max(1, ...bins.map((b) => b.count));
  const x = (ms: number) => PAD.left + (Math.min(ms, top) / top) * plotW;
  const y = (count: number) => PAD.top + plotH - (count / most) * plotH;
  const barW = plotW / Math.max(1, bins.length);
  const bars = bins
    .map(
      (b, i) =>
        `<rect x="${(PAD.left + i * barW + 0.5).toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${Math.max(barW - 1, 0.5).toFixed(1)}" height="${(PAD.top + plotH - y(b.count)).toFixed(1)}" fill="#6b8fc7"><title>${fmt(b.from)}–${fmt(b.to)} ms: ${b.count}</title></rect>`,
    )
    .join('\n  ');
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => {
      const ms = top * f;
      return `<line x1="${x(ms).toFixed(1)}" y1="${PAD.top + plotH}" x2="${x(ms).toFixed(1)}" y2="${PAD.top + plotH + 4}" stroke="#333"/><text x="${x(ms).toFixed(1)}" y="${PAD.top + plotH + 16}" text-anchor="middle">${fmt(ms)}</text>`;
    })
    .join('\n  ');
  const markers: [string, number, string][] = [
    ['p50', stats.p50, '#2e7d32'],
    ['p95', stats.p95, '#ef6c00'],
    ['p99', stats.p99, '#c62828'],
  ];
  if (budgetMs !== undefined) markers.push(['p95 budget', budgetMs, '#000']);
  const lines = markers
    .map(([name, ms, color], i) => {
      const at = x(ms).toFixed(1);
      const dash = name.includes('budget') ? ' stroke-dasharray="6 4"' : '';
      return `<line x1="${at}" y1="${PAD.top}" x2="${at}" y2="${PAD.top + plotH}" stroke="${color}" stroke-width="2"${dash}/><text x="${at}" y="${PAD.top - 6 - (i % 2) * 12}" text-anchor="middle" fill="${color}">${esc(name)} ${fmt(ms)} ms</text>`;
    })
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">
  <title>${esc(title)}: latency of ${stats.count} responses</title>
  <rect width="${W}" height="${H}" fill="#fff"/>
  <text x="${PAD.left}" y="14" font-size="13" font-weight="bold">${esc(title)}</text>
  ${bars}
  <line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${PAD.left + plotW}" y2="${PAD.top + plotH}" stroke="#333"/>
  <line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" stroke="#333"/>
  <text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${most}</text>
  <text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end">0</text>
  ${ticks}
  ${lines}
  <text x="${PAD.left + plotW / 2}" y="${H - 8}" text-anchor="middle">latency (ms), ${stats.count} responses; the last bar holds everything slower (max ${fmt(stats.max)} ms)</text>
</svg>
`;
}
