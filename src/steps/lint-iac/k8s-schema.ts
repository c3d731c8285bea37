import type { YamlPath } from './yaml-source.js';

/**
 * Schema validation of one Kubernetes object with the model of its apiVersion and kind from
 * `kubernetes-models` (which ships the upstream OpenAPI schemas). Kinds it has no model for
 * (custom resources) are not validated: `undefined` says so.
 */
interface Model {
  validate(): void;
}
type ModelClass = new (data: unknown) => Model;

const GROUP_VERSION = /^([a-z0-9.-]+\/)?v[0-9]+((alpha|beta)[0-9]+)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;

export interface SchemaError {
  path: YamlPath;
  message: string;
}

export async function validateObject(
  obj: Record<string, unknown>,
): Promise<SchemaError[] | undefined> {
  const apiVersion = String(obj.apiVersion ?? '');
  const kind = String(obj.kind ?? '');
  // Both come from the file under test: only well-formed names may become a module specifier.
  if (!GROUP_VERSION.test(apiVersion) || !KIND.test(kind)) return undefined;
  let Cls: ModelClass | undefined;
  try {
    const mod = (await import(
      /* @vite-ignore */ `kubernetes-models/${apiVersion}/${kind}`
    )) as Record<string, unknown>;
    Cls = mod[kind] as ModelClass | undefined;
  } catch {
    return undefined;
  }
  if (typeof Cls !== 'function') return undefined;
  try {
    new Cls(obj).validate();
    return [];
  } catch (e) {
    const errors = (
      e as { errors?: { instancePath?: string; message?: string; params?: unknown }[] }
    ).errors;
    if (!Array.isArray(errors)) return [{ path: [], message: (e as Error).message }];
    return errors.map((x) => ({
      path: (x.instancePath ?? '')
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
      message: `${x.instancePath || '/'} ${x.message ?? 'is invalid'}${
        x.params && 'additionalProperty' in (x.params as object)
          ? ` (${String((x.params as { additionalProperty: unknown }).additionalProperty)})`
          : ''
      }`,
    }));
  }
}
