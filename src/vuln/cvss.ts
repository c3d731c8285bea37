/**
 * CVSS base scores computed from vectors, by the formulas of the specifications
 * (https://www.first.org/cvss/v3.1/specification-document §7, v2 guide §3.2.1). CVSS v4 uses
 * a table of macro-vectors rather than a formula and is not computed here: records with only
 * a v4 vector fall back to the database's own severity word (see severity.ts).
 */
export interface CvssScore {
  version: string;
  vector: string;
  score: number;
}

const V3: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};

function metrics(parts: string[]): Map<string, string> | undefined {
  const m = new Map<string, string>();
  for (const p of parts) {
    const [k, v, extra] = p.split(':');
    if (!k || !v || extra !== undefined || m.has(k)) return undefined;
    m.set(k, v);
  }
  return m;
}

/** CVSS v3.1 Roundup: the smallest one-decimal number ≥ x, immune to float noise. */
function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

/** Base score of a CVSS:3.0 or CVSS:3.1 vector; undefined when a base metric is missing or bad. */
export function cvss3(vector: string): CvssScore | undefined {
  const [head, ...parts] = vector.trim().split('/');
  const version = /^CVSS:(3\.[01])$/.exec(head ?? '')?.[1];
  const m = metrics(parts);
  if (!version || !m) return undefined;
  const scope = m.get('S');
  if (scope !== 'U' && scope !== 'C') return undefined;
  const pr = { N: 0.85, L: scope === 'C' ? 0.68 : 0.62, H: scope === 'C' ? 0.5 : 0.27 }[
    m.get('PR') ?? ''
  ];
  const w = (k: string) => V3[k]?.[m.get(k) ?? ''];
  const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w);
  if ([pr, av, ac, ui, c, i, a].some((x) => x === undefined)) return undefined;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact =
    scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
  const exploitability = 8.22 * av! * ac! * pr! * ui!;
  const score =
    impact <= 0 ? 0 : roundUp(Math.min((scope === 'U' ? 1 : 1.08) * (impact + exploitability), 10));
  return { version, vector: vector.trim(), score };
}

const V2: Record<string, Record<string, number>> = {
  AV: { L: 0.395, A: 0.646, N: 1 },
  AC: { H: 0.35, M: 0.61, L: 0.71 },
  Au: { M: 0.45, S: 0.56, N: 0.704 },
  C: { N: 0, P: 0.275, C: 0.66 },
  I: { N: 0, P: 0.275, C: 0.66 },
  A: { N: 0, P: 0.275, C: 0.66 },
};

/** Base score of a CVSS v2 vector (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally in parentheses). */
export function cvss2(vector: string): CvssScore | undefined {
  const m = metrics(
    vector
      .trim()
      .replace(/^\(|\)$/g, '')
      .split('/'),
  );
  if (!m) return undefined;
  const [av, ac, au, c, i, a] = ['AV', 'AC', 'Au', 'C', 'I', 'A'].map(
    (k) => V2[k]?.[m.get(k) ?? ''],
  );
  if ([av, ac, au, c, i, a].some((x) => x === undefined)) return undefined;
  const impact = 10.41 * (1 - (1 - c!) * (1 - i!) * (1 - a!));
  const exploitability = 20 * av! * ac! * au!;
  const f = impact === 0 ? 0 : 1.176;
  const score = Math.round((0.6 * impact + 0.4 * exploitability - 1.5) * f * 10) / 10;
  return { version: '2.0', vector: vector.trim(), score: Math.max(0, score) };
}
