import type { Finding } from '../../attest/predicates/builders.js';
import { ruleFinding, type CheckRule } from '../common/rule-table.js';
import type { TerraformBlocks, TerraformSource } from '../lint-iac/terraform-check.js';
import { CLOUD_TF_RULES as R } from './rules.js';

/**
 * Cloud rules over Terraform blocks (from HCL or from a plan), next to lint-iac's TG-TF-*
 * rules: public databases, public bucket policies, public GCS/Azure storage, public instance
 * addresses, plain HTTP listeners and data stores without encryption at rest.
 */
type Obj = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const objs = (v: unknown): Obj[] => arr(v).filter((x): x is Obj => !!x && typeof x === 'object');
const isTrue = (v: unknown) => v === true || v === 'true';

/** Allow statements of a policy JSON that name everyone as principal, without a Condition. */
function publicStatements(policy: unknown): number {
  let doc: Obj;
  try {
    doc = typeof policy === 'string' ? (JSON.parse(policy) as Obj) : (policy as Obj);
  } catch {
    // jsonencode(...) left as an interpolation in HCL: look for the telltale text. A policy
    // whose every statement denies (e.g. "deny everyone without TLS") grants nothing.
    const text = String(policy);
    const effects = [...text.matchAll(/Effect\s*[:=]\s*"(\w+)"/g)].map((m) => m[1]);
    if (effects.length > 0 && effects.every((e) => e === 'Deny')) return 0;
    return /Principal\s*[:=]\s*(\{\s*"?AWS"?\s*[:=]\s*)?"\*"/.test(text) ? 1 : 0;
  }
  return objs(doc?.Statement).filter((s) => {
    if (String(s.Effect ?? 'Allow') !== 'Allow' || s.Condition) return false;
    const p = s.Principal;
    return (
      p === '*' ||
      arr((p as Obj | undefined)?.AWS)
        .map(String)
        .includes('*')
    );
  }).length;
}

const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);

function check(
  type: string,
  b: Obj,
  add: (r: CheckRule, attr: string | undefined, d: string) => void,
) {
  if (
    ['aws_db_instance', 'aws_rds_cluster_instance'].includes(type) &&
    isTrue(b.publicly_accessible)
  )
    add(R.publicDatabase, 'publicly_accessible', 'publicly_accessible = true');
  if (type === 'aws_s3_bucket_policy' && publicStatements(b.policy) > 0)
    add(R.publicBucketPolicy, 'policy', 'an Allow statement with Principal "*" and no Condition');
  if (/^google_storage_bucket_iam_(binding|member)$/.test(type)) {
    const members = [...arr(b.members), ...arr(b.member)]
      .map(String)
      .filter((m) => PUBLIC_MEMBERS.has(m));
    if (members.length)
      add(
        R.publicStorage,
        b.members ? 'members' : 'member',
        `grants ${String(b.role)} to ${members.join(', ')}`,
      );
  }
  if (
    type === 'azurerm_storage_account' &&
    (isTrue(b.allow_nested_items_to_be_public) || isTrue(b.allow_blob_public_access))
  )
    add(
      R.publicStorage,
      b.allow_blob_public_access !== undefined
        ? 'allow_blob_public_access'
        : 'allow_nested_items_to_be_public',
      'blobs may be public',
    );
  if (
    type === 'azurerm_storage_container' &&
    ['blob', 'container'].includes(String(b.container_access_type))
  )
    add(
      R.publicStorage,
      'container_access_type',
      `container_access_type = ${String(b.container_access_type)}`,
    );
  if (type === 'aws_instance' && isTrue(b.associate_public_ip_address))
    add(R.publicInstanceIp, 'associate_public_ip_address', 'associate_public_ip_address = true');
  if (
    ['aws_lb_listener', 'aws_alb_listener'].includes(type) &&
    String(b.protocol ?? '').toUpperCase() === 'HTTP'
  ) {
    const redirects = objs(b.default_action).some((a) => a.type === 'redirect');
    if (!redirects)
      add(R.plainHttpListener, 'protocol', `port ${String(b.port)} forwards plain HTTP`);
  }
  if (type === 'aws_efs_file_system' && !isTrue(b.encrypted))
    add(R.unencryptedStore, 'encrypted', 'encrypted is not true');
  if (type === 'aws_elasticache_replication_group' && !isTrue(b.at_rest_encryption_enabled))
    add(R.unencryptedStore, 'at_rest_encryption_enabled', 'at_rest_encryption_enabled is not true');
  if (type === 'aws_sqs_queue' && !b.kms_master_key_id && b.sqs_managed_sse_enabled === false)
    add(
      R.unencryptedStore,
      'sqs_managed_sse_enabled',
      'sqs_managed_sse_enabled = false and no KMS key',
    );
  if (
    ['aws_opensearch_domain', 'aws_elasticsearch_domain'].includes(type) &&
    !objs(b.encrypt_at_rest).some((e) => isTrue(e.enabled))
  )
    add(R.unencryptedStore, 'encrypt_at_rest', 'encrypt_at_rest is not enabled');
}

export function checkTerraformCloud(
  json: TerraformBlocks,
  path: string,
  source: TerraformSource,
): Finding[] {
  const out: Finding[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {}))
    for (const [name, bodies] of Object.entries(byName))
      for (const b of objs(bodies))
        check(type, b, (r, attr, detail) =>
          out.push(
            ruleFinding(
              r,
              path,
              `${source.label('resource', type, name)}: ${detail}`,
              source.lineOf('resource', type, name, attr),
            ),
          ),
        );
  return out;
}
