import { PREDICATE, type StepMeta } from './types.js';

type Json = Record<string, unknown>;
type Property = { name?: unknown; value?: unknown };

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Returns a copy of `predicate` carrying the step metadata in the place its type allows. */
export function withStepMeta(predicateType: string, predicate: Json, meta: StepMeta): Json {
  if (predicateType === PREDICATE.cyclonedx) {
    const metadata = isObject(predicate.metadata) ? { ...predicate.metadata } : {};
    const props = (Array.isArray(metadata.properties) ? metadata.properties : []).filter(
      (p: Property) => !(typeof p?.name === 'string' && p.name.startsWith('tollgate:')),
    );
    props.push({ name: 'tollgate:step', value: meta.step });
    if (meta.stage) props.push({ name: 'tollgate:stage', value: meta.stage });
    props.push({ name: 'tollgate:status', value: meta.status });
    if (meta.reason) props.push({ name: 'tollgate:reason', value: meta.reason });
    metadata.properties = props;
    return { ...predicate, metadata };
  }
  // Keep what the predicate file already says about the step (materials, environment), so
  // `tollgate attest` can carry them; the given meta wins where both name a field.
  const existing = isObject(predicate.tollgate) ? predicate.tollgate : {};
  return { ...predicate, tollgate: { ...existing, ...meta } };
}

/** Reads the step metadata back; undefined when the predicate names no step. */
export function stepMetaOf(predicateType: string, predicate: unknown): StepMeta | undefined {
  if (!isObject(predicate)) return undefined;
  if (predicateType === PREDICATE.cyclonedx) {
    const props = isObject(predicate.metadata) ? predicate.metadata.properties : undefined;
    if (!Array.isArray(props)) return undefined;
    const get = (name: string) => {
      const p = props.find((x: Property) => x?.name === name) as Property | undefined;
      return typeof p?.value === 'string' ? p.value : undefined;
    };
    const step = get('tollgate:step');
    if (!step) return undefined;
    // Before validation (attribution) the status may be anything; the gate validates it
    // against the schema before it reads it.
    return {
      step,
      stage: get('tollgate:stage'),
      status: get('tollgate:status') as StepMeta['status'],
      reason: get('tollgate:reason'),
    };
  }
  const meta = predicate.tollgate;
  if (!isObject(meta) || typeof meta.step !== 'string' || meta.step === '') return undefined;
  return meta as unknown as StepMeta;
}
