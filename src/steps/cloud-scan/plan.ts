import { TollgateError } from '../../core/errors.js';
import type { Blocks, TerraformBlocks, TerraformSource } from '../lint-iac/terraform-check.js';

/**
 * A Terraform plan (`terraform show -json PLAN`) as the blocks the Terraform rules read: the
 * planned values of every managed and data resource of the root and child modules. The
 * values are what Terraform will create, after variables, locals and modules are resolved,
 * which is the effective configuration the HCL alone cannot show.
 */
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const list = (v: unknown): Obj[] =>
  Array.isArray(v) ? v.map(obj).filter((x): x is Obj => !!x) : [];

interface PlanResource {
  address: string;
  mode: string;
  type: string;
  values: Obj;
}

function resourcesOf(module: Obj | undefined): PlanResource[] {
  if (!module) return [];
  return [
    ...list(module.resources).map((r) => ({
      address: String(r.address),
      mode: String(r.mode ?? 'managed'),
      type: String(r.type),
      values: obj(r.values) ?? {},
    })),
    ...list(module.child_modules).flatMap(resourcesOf),
  ];
}

/**
 * A plan lists nested blocks that are absent as `[]` and unset attributes as null, where
 * HCL has no key at all; dropped here, so that one rule reads both the same way.
 */
function normalise(values: Obj): Obj {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

/** Resource addresses turned into block names the rules can refer to (`aws_s3_bucket.NAME`). */
const keyOf = (address: string) => address.replace(/[^\w-]/g, '_');

/** The S3 buckets an encryption configuration names, by planned bucket name or by reference. */
function bucketRefs(plan: Obj, resources: PlanResource[]): Map<string, string> {
  const byBucketName = new Map<string, string>();
  for (const r of resources)
    if (r.type === 'aws_s3_bucket' && typeof r.values.bucket === 'string')
      byBucketName.set(r.values.bucket, keyOf(r.address));
  const refs = new Map<string, string>();
  const config = list(obj(obj(plan.configuration)?.root_module)?.resources);
  for (const r of resources) {
    if (r.type !== 'aws_s3_bucket_server_side_encryption_configuration') continue;
    const byName =
      typeof r.values.bucket === 'string' ? byBucketName.get(r.values.bucket) : undefined;
    const expr = config.find((c) => c.address === r.address.replace(/\[[^\]]*\]$/, ''));
    const ref = (obj(obj(expr?.expressions)?.bucket)?.references as unknown[] | undefined)
      ?.map(String)
      .find((x) => /^aws_s3_bucket\.[\w-]+$/.test(x));
    const target = byName ?? (ref ? keyOf(ref) : undefined);
    if (target) refs.set(r.address, `aws_s3_bucket.${target}`);
  }
  return refs;
}

export function planBlocks(
  plan: unknown,
  file: string,
): { blocks: TerraformBlocks; source: TerraformSource; count: number } {
  const root = obj(plan);
  const planned = obj(obj(root?.planned_values)?.root_module);
  if (!root || !planned)
    throw new TollgateError(
      'INPUT_INVALID',
      `${file} is not a Terraform plan in JSON: no planned_values.root_module`,
      {
        hint: 'write it with `terraform show -json PLAN > plan.json`',
      },
    );
  const resources = resourcesOf(planned);
  const refs = bucketRefs(root, resources);
  const blocks: { resource: Blocks; data: Blocks } = { resource: {}, data: {} };
  const addresses = new Map<string, string>();
  for (const r of resources) {
    const kind = r.mode === 'data' ? 'data' : 'resource';
    const key = keyOf(r.address);
    const values = normalise(r.values);
    if (refs.has(r.address)) values.bucket = refs.get(r.address);
    ((blocks[kind][r.type] ??= {})[key] ??= []).push(values);
    addresses.set(`${kind}\u0000${r.type}\u0000${key}`, r.address);
  }
  return {
    blocks,
    count: resources.length,
    source: {
      lineOf: () => undefined, // a plan has no source lines; the address names the resource
      label: (kind, type, name) =>
        addresses.get(`${kind}\u0000${type}\u0000${name}`) ?? `${type}.${name}`,
    },
  };
}
