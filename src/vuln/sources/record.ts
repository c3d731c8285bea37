import type { OsvRecord } from '../types.js';

/** Enough of the OSV schema to trust the fields the matcher reads. */
export function isOsvRecord(v: unknown): v is OsvRecord {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    r.id !== '' &&
    typeof r.modified === 'string' &&
    (r.affected === undefined || Array.isArray(r.affected)) &&
    (r.aliases === undefined || Array.isArray(r.aliases)) &&
    (r.severity === undefined || Array.isArray(r.severity))
  );
}
