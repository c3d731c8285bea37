import type { Finding } from '../../attest/predicates/builders.js';
import { finding, type IacRule } from './rule.js';

/**
 * Terraform (AWS provider) rules over Terraform's blocks as JSON: the form @cdktf/hcl2json
 * gives for HCL (lint-iac, cloud-scan) and the one cloud-scan builds from a plan's
 * planned_values. Each source says how a block is found in it (line) and named (label).
 */
const rule = (id: string, severity: IacRule['severity'], title: string, help: string): IacRule => ({
  id,
  family: 'Terraform',
  severity,
  title,
  help,
});

export const TERRAFORM_RULES = {
  publicBucket: rule(
    'TG-TF-001',
    'high',
    'Public S3 bucket',
    'Use a private ACL and keep all four settings of `aws_s3_bucket_public_access_block` true; serve public content through a CDN with origin access control.',
  ),
  openAdminPort: rule(
    'TG-TF-002',
    'high',
    'Admin port open to the internet',
    'Restrict ingress to SSH, RDP and database ports to known address ranges or a bastion/VPN; never 0.0.0.0/0 or ::/0.',
  ),
  unencrypted: rule(
    'TG-TF-003',
    'high',
    'Storage not encrypted',
    'Set `encrypted = true` (EBS), `storage_encrypted = true` (RDS) or a server-side encryption configuration (S3), ideally with a customer-managed KMS key.',
  ),
  wildcardIam: rule(
    'TG-TF-004',
    'high',
    'Wildcard IAM permission',
    'Name the actions and resources a principal needs; `*` grants everything, including actions added to AWS later.',
  ),
} satisfies Record<string, IacRule>;

const R = TERRAFORM_RULES;

const ADMIN_PORTS = [22, 23, 3389, 3306, 5432, 1433, 1521, 5900, 6379, 9200, 27017, 2375, 2379];
const WORLD = new Set(['0.0.0.0/0', '::/0']);

type Obj = Record<string, unknown>;
export type Blocks = Record<string, Record<string, Obj[]>>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const objs = (v: unknown): Obj[] => arr(v).filter((x): x is Obj => !!x && typeof x === 'object');

function coversAdminPort(from: unknown, to: unknown, protocol: unknown): number | undefined {
  if (String(protocol) === '-1' || String(protocol).toLowerCase() === 'all') return ADMIN_PORTS[0];
  const lo = Number(from);
  const hi = Number(to ?? from);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return undefined;
  return lo === 0 && hi === 0 && String(protocol) !== 'tcp'
    ? ADMIN_PORTS[0]
    : ADMIN_PORTS.find((p) => p >= lo && p <= hi);
}

/** Actions or resources that are `*` or `service:*`, in a policy document block or JSON text. */
function wildcards(statement: Obj): string[] {
  if (String(statement.effect ?? statement.Effect ?? 'Allow') !== 'Allow') return [];
  const actions = arr(statement.actions ?? statement.Action).map(String);
  const resources = arr(statement.resources ?? statement.Resource).map(String);
  return [
    ...actions.filter((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a)).map((a) => `action ${a}`),
    ...resources.filter((r) => r === '*').map(() => 'resource *'),
  ];
}

function policyText(text: string): Obj[] {
  try {
    return objs((JSON.parse(text) as Obj).Statement);
  } catch {
    // jsonencode({...}) arrives as an interpolation string: look for the wildcards in it.
    const found: Obj[] = [];
    if (/Action\s*[:=]\s*\[?\s*"(\*|[a-z0-9-]+:\*)"/i.test(text)) found.push({ Action: '*' });
    if (/Resource\s*[:=]\s*\[?\s*"\*"/i.test(text)) found.push({ Resource: '*' });
    return found;
  }
}

/** Terraform's top-level blocks by kind, type and name, each name with its bodies. */
export interface TerraformBlocks {
  resource?: Blocks;
  data?: Blocks;
}

/** Where findings point: a line in HCL source, or none in a plan; and how a block is named. */
export interface TerraformSource {
  lineOf(
    kind: 'resource' | 'data',
    type: string,
    name: string,
    attribute?: string,
  ): number | undefined;
  label(kind: 'resource' | 'data', type: string, name: string): string;
}

export function checkTerraform(
  json: TerraformBlocks,
  path: string,
  source: TerraformSource,
): Finding[] {
  const out: Finding[] = [];
  const each = (
    blocks: Blocks | undefined,
    kind: 'resource' | 'data',
    fn: (
      type: string,
      b: Obj,
      at: (attr?: string) => number | undefined,
      name: string,
      label: string,
    ) => void,
  ) => {
    for (const [type, byName] of Object.entries(blocks ?? {}))
      for (const [name, bodies] of Object.entries(byName))
        for (const b of objs(bodies))
          fn(
            type,
            b,
            (attr) => source.lineOf(kind, type, name, attr),
            name,
            source.label(kind, type, name),
          );
  };
  const encryptedBuckets = new Set(
    Object.values(json.resource?.aws_s3_bucket_server_side_encryption_configuration ?? {})
      .flatMap((bodies) => objs(bodies).map((b) => String(b.bucket ?? '')))
      .map((ref) => /aws_s3_bucket\.([\w-]+)/.exec(ref)?.[1]),
  );
  each(json.resource, 'resource', (type, b, at, name, label) => {
    const add = (r: IacRule, attr: string | undefined, detail: string) =>
      out.push(finding(r, path, at(attr), `${label}: ${detail}`));
    if (
      (type === 'aws_s3_bucket' || type === 'aws_s3_bucket_acl') &&
      /^public-read/.test(String(b.acl ?? ''))
    )
      add(R.publicBucket, 'acl', `acl = ${String(b.acl)}`);
    if (type === 'aws_s3_bucket_public_access_block')
      for (const k of [
        'block_public_acls',
        'block_public_policy',
        'ignore_public_acls',
        'restrict_public_buckets',
      ])
        if (b[k] === false) add(R.publicBucket, k, `${k} = false`);
    if (
      type === 'aws_s3_bucket' &&
      !b.server_side_encryption_configuration &&
      !encryptedBuckets.has(name)
    )
      add(R.unencrypted, undefined, 'no server-side encryption configuration');
    if (type === 'aws_ebs_volume' && b.encrypted !== true)
      add(R.unencrypted, 'encrypted', 'encrypted is not true');
    if ((type === 'aws_db_instance' || type === 'aws_rds_cluster') && b.storage_encrypted !== true)
      add(R.unencrypted, 'storage_encrypted', 'storage_encrypted is not true');
    const ingress =
      type === 'aws_security_group'
        ? objs(b.ingress)
        : type === 'aws_security_group_rule' && b.type === 'ingress'
          ? [b]
          : type === 'aws_vpc_security_group_ingress_rule'
            ? [
                {
                  ...b,
                  cidr_blocks: b.cidr_ipv4,
                  ipv6_cidr_blocks: b.cidr_ipv6,
                  protocol: b.ip_protocol,
                },
              ]
            : [];
    for (const rule of ingress) {
      const cidrs = [...arr(rule.cidr_blocks), ...arr(rule.ipv6_cidr_blocks)].map(String);
      const port = coversAdminPort(rule.from_port, rule.to_port, rule.protocol);
      if (cidrs.some((c) => WORLD.has(c)) && port !== undefined)
        add(
          R.openAdminPort,
          type === 'aws_security_group' ? 'cidr_blocks' : undefined,
          `port ${port} open to ${cidrs.filter((c) => WORLD.has(c)).join(', ')}`,
        );
    }
    if (/^aws_iam_.*policy$/.test(type) && typeof b.policy === 'string')
      for (const st of policyText(b.policy))
        for (const w of wildcards(st)) add(R.wildcardIam, 'policy', w);
  });
  each(json.data, 'data', (type, b, at, _name, label) => {
    if (type !== 'aws_iam_policy_document') return;
    for (const st of objs(b.statement))
      for (const w of wildcards(st))
        out.push(
          finding(
            R.wildcardIam,
            path,
            at(w.startsWith('action') ? 'actions' : 'resources'),
            `${label}: ${w}`,
          ),
        );
  });
  return out;
}
