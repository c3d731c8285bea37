import { BUCKET_MS, type Analysis } from './analysis.js';

/**
 * The run as an SVG people can open in a browser or see in the HTML report: requests per
 * 250 ms as stacked bars (successes green, errors red), the p95 latency of successes as a
 * line, and each fault as a shaded band with its name, from its start until recovery.
 */
const W = 900;
const H = 340;
/** The fault lane sits between the title and the plot, so bars never hide it. */
const LANE = { top: 30, height: 16 };
const M = { left: 50, right: 60, top: 56, bottom: 40 };

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function timelineSvg(a: Analysis, title: string): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const endMs = Math.max(BUCKET_MS, a.buckets.length * BUCKET_MS);
  const x = (t: number) => M.left + (t / endMs) * plotW;
  // Headroom above the tallest bar, so that the latency line stays readable.
  const maxCount = Math.max(1, ...a.buckets.map((b) => b.ok + b.errors)) * 1.2;
  const maxLat = Math.max(1, ...a.buckets.map((b) => b.p95Ms));
  const yCount = (n: number) => M.top + plotH - (n / maxCount) * plotH;
  const yLat = (ms: number) => M.top + plotH - (ms / maxLat) * plotH;
  const bw = Math.max(1, (BUCKET_MS / endMs) * plotW - 1);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${M.left}" y="20" font-size="14" font-weight="bold">${esc(title)}</text>`,
  );
  const markers: string[] = [];
  for (const r of a.recoveries) {
    const until = r.recoveryMs === null ? endMs : r.end + r.recoveryMs;
    const x0 = x(r.start);
    const x1 = Math.max(x0 + 2, x(r.end));
    const x2 = Math.max(x1, x(until));
    // Lane: the fault itself (dark), then the time until recovery (light; red if none).
    parts.push(
      `<rect class="fault" data-kind="${r.kind}" x="${x0.toFixed(1)}" y="${LANE.top}" width="${(x1 - x0).toFixed(1)}" height="${LANE.height}" fill="#8a5a00"/>`,
      `<rect class="recovery" x="${x1.toFixed(1)}" y="${LANE.top}" width="${(x2 - x1).toFixed(1)}" height="${LANE.height}" fill="${r.recoveryMs === null ? '#d64545' : '#f2c14e'}" opacity="0.7"/>`,
      `<text x="${(x0 + 2).toFixed(1)}" y="${LANE.top + 12}" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(r.kind)}${r.recoveryMs === null ? ' (no recovery)' : ''}</text>`,
    );
    // Start and end of the fault across the plot, drawn over the bars.
    for (const t of [r.start, r.end]) {
      markers.push(
        `<line class="marker" x1="${x(t).toFixed(1)}" y1="${M.top}" x2="${x(t).toFixed(1)}" y2="${M.top + plotH}" stroke="#000" stroke-dasharray="3,3" opacity="0.6"/>`,
      );
    }
  }
  for (const b of a.buckets) {
    const x0 = x(b.t).toFixed(1);
    if (b.ok) {
      parts.push(
        `<rect class="ok" x="${x0}" y="${yCount(b.ok).toFixed(1)}" width="${bw.toFixed(1)}" height="${(M.top + plotH - yCount(b.ok)).toFixed(1)}" fill="#3a9d5d"/>`,
      );
    }
    if (b.errors) {
      const top = yCount(b.ok + b.errors);
      parts.push(
        `<rect class="error" x="${x0}" y="${top.toFixed(1)}" width="${bw.toFixed(1)}" height="${(yCount(b.ok) - top).toFixed(1)}" fill="#d64545"/>`,
      );
    }
  }
  const line = a.buckets
    .filter((b) => b.ok)
    .map((b) => `${(x(b.t) + bw / 2).toFixed(1)},${yLat(b.p95Ms).toFixed(1)}`)
    .join(' ');
  parts.push(...markers);
  if (line)
    parts.push(
      `<polyline class="p95" points="${line}" fill="none" stroke="#2f5fb3" stroke-width="1.5"/>`,
    );
  // Axes: time (s) below, requests per bucket left, p95 latency right.
  const axisY = M.top + plotH;
  parts.push(
    `<line x1="${M.left}" y1="${axisY}" x2="${M.left + plotW}" y2="${axisY}" stroke="#333"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${axisY}" stroke="#333"/>`,
  );
  const step = Math.max(1, Math.ceil(endMs / 1000 / 15));
  for (let s = 0; s * 1000 <= endMs; s += step) {
    parts.push(
      `<text x="${x(s * 1000).toFixed(1)}" y="${axisY + 14}" text-anchor="middle">${s}s</text>`,
    );
  }
  parts.push(
    `<text x="${M.left - 6}" y="${M.top + 4}" text-anchor="end">${Math.round(maxCount)}</text>`,
    `<text x="${M.left - 6}" y="${axisY}" text-anchor="end">0</text>`,
    `<text x="${M.left + plotW + 6}" y="${M.top + 4}" fill="#2f5fb3">${maxLat} ms</text>`,
    `<text x="${M.left}" y="${H - 8}">requests per ${BUCKET_MS} ms: <tspan fill="#3a9d5d">ok</tspan> / <tspan fill="#d64545">error</tspan>; <tspan fill="#2f5fb3">p95 latency</tspan>; availability ${(a.availability * 100).toFixed(2)}%</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
