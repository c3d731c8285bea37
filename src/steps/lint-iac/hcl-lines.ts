/**
 * hcl2json gives no source positions, so lines are found in the source text: the line of
 * `resource "type" "name" {`, and within that block the first line assigning or opening the
 * attribute. The block ends at the next line that starts a top-level block.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function hclLine(
  text: string,
  block: { kind: string; type: string; name: string },
  attribute?: string,
): number | undefined {
  const lines = text.split(/\r?\n/);
  const header = new RegExp(
    `^\\s*${block.kind}\\s+"?${escape(block.type)}"?\\s+"?${escape(block.name)}"?\\s*\\{`,
  );
  const start = lines.findIndex((l) => header.test(l));
  if (start < 0) return undefined;
  if (!attribute) return start + 1;
  const attr = new RegExp(`^\\s*"?${escape(attribute)}"?\\s*(=|\\{)`);
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^[a-z_]+\s+"/.test(l)) break; // the next top-level block
    if (attr.test(l)) return i + 1;
  }
  return start + 1;
}
