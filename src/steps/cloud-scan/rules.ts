import type { CheckRule } from '../common/rule-table.js';

/** Where the cloud-scan rules are documented (docs/rules-cloud.md, one anchor per rule id). */
export const CLOUD_DOC_URL = 'https://tollgate.dev/docs/rules-cloud.md';

const rule = (id: string, severity: CheckRule['severity'], title: string, help: string) => ({
  id,
  severity,
  title,
  help,
});

/**
 * Rules over the deployment's effective configuration that lint-iac's rules do not cover:
 * how the workload is exposed, who may do what, and what cloud resources are public. The
 * lint-iac rules (TG-K8S-*, TG-TF-*) run on the same objects as well.
 */
export const CLOUD_K8S_RULES = {
  publicLoadBalancer: rule(
    'TG-CLOUD-001',
    'high',
    'LoadBalancer Service open to any address',
    "Set `loadBalancerSourceRanges` to the networks that need the service, or make the load balancer internal (the provider's internal annotation) and publish through an Ingress with TLS.",
  ),
  exposedWithoutPolicy: rule(
    'TG-CLOUD-002',
    'medium',
    'Service exposed outside the cluster without a NetworkPolicy',
    'A NodePort or LoadBalancer Service reaches its pods from outside the cluster; add a NetworkPolicy with `policyTypes: [Ingress]` that selects those pods and allows only the expected sources and ports.',
  ),
  ingressWithoutTls: rule(
    'TG-CLOUD-003',
    'high',
    'Ingress without TLS',
    'Add a `spec.tls` entry for every host (e.g. with cert-manager); without it, traffic and credentials cross the network in clear text.',
  ),
  hostPort: rule(
    'TG-CLOUD-004',
    'medium',
    'Container binds a host port',
    "Remove `hostPort` and expose the container through a Service; a host port opens the node's own address, outside any Service or NetworkPolicy.",
  ),
  rbacWildcard: rule(
    'TG-CLOUD-005',
    'high',
    'RBAC rule with wildcards',
    'Name the API groups, resources and verbs a Role or ClusterRole needs; `*` grants every present and future one, including secrets and escalation verbs.',
  ),
  clusterAdmin: rule(
    'TG-CLOUD-006',
    'critical',
    'Binding to cluster-admin or to anonymous users',
    'Do not bind `cluster-admin` to workloads, and never bind any role to `system:anonymous`, `system:unauthenticated` or `system:authenticated`; give each service account a Role with only what it needs.',
  ),
} satisfies Record<string, CheckRule>;

export const CLOUD_TF_RULES = {
  publicDatabase: rule(
    'TG-CLOUD-010',
    'high',
    'Database publicly accessible',
    'Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion or a VPN).',
  ),
  publicBucketPolicy: rule(
    'TG-CLOUD-011',
    'high',
    'Bucket policy grants access to everyone',
    'Remove `Principal: "*"` (or `{"AWS": "*"}`) from Allow statements without a restricting Condition; grant named roles or serve public content through a CDN with origin access control.',
  ),
  publicStorage: rule(
    'TG-CLOUD-012',
    'high',
    'Public storage bucket or container (GCP, Azure)',
    'Do not grant `allUsers` or `allAuthenticatedUsers` on Google Cloud Storage, and set `allow_nested_items_to_be_public = false` on Azure storage accounts.',
  ),
  publicInstanceIp: rule(
    'TG-CLOUD-013',
    'medium',
    'Instance with a public IP address',
    'Set `associate_public_ip_address = false`, run instances in private subnets and reach them through a load balancer or a bastion.',
  ),
  plainHttpListener: rule(
    'TG-CLOUD-014',
    'medium',
    'Load balancer listener in plain HTTP',
    'Listen with `protocol = "HTTPS"` (or TLS) and a certificate; keep port 80 only as a redirect to HTTPS.',
  ),
  unencryptedStore: rule(
    'TG-CLOUD-015',
    'high',
    'Data store not encrypted at rest',
    'Set `encrypted = true` (EFS), `at_rest_encryption_enabled = true` (ElastiCache), `kms_master_key_id` or `sqs_managed_sse_enabled = true` (SQS), `encryption_at_rest { enabled = true }` (OpenSearch).',
  ),
} satisfies Record<string, CheckRule>;

export const CLOUD_RULES: CheckRule[] = [
  ...Object.values(CLOUD_K8S_RULES),
  ...Object.values(CLOUD_TF_RULES),
];
