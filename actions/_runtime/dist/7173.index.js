export const id = 7173;
export const ids = [7173];
export const modules = {

/***/ 67173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CLOUD_VERSION: () => (/* binding */ CLOUD_VERSION),
  REPORT: () => (/* binding */ REPORT),
  cloudScan: () => (/* binding */ cloudScan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/rule-table.js
var rule_table = __webpack_require__(65041);
// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: ./dist/steps/common/native-tools.js
var native_tools = __webpack_require__(923);
// EXTERNAL MODULE: ./dist/steps/lint-iac/catalogue.js
var catalogue = __webpack_require__(22275);
// EXTERNAL MODULE: ./dist/steps/lint-iac/native-iac.js
var native_iac = __webpack_require__(74001);
// EXTERNAL MODULE: ./dist/steps/lint-iac/kubernetes.js + 1 modules
var kubernetes = __webpack_require__(76831);
// EXTERNAL MODULE: ./dist/steps/lint-iac/terraform-check.js
var terraform_check = __webpack_require__(23279);
// EXTERNAL MODULE: ./dist/steps/lint-iac/terraform.js + 1 modules
var terraform = __webpack_require__(15600);
// EXTERNAL MODULE: ./dist/steps/lint-iac/yaml-source.js
var yaml_source = __webpack_require__(73497);
;// CONCATENATED MODULE: ./dist/steps/cloud-scan/rules.js
/** Where the cloud-scan rules are documented (docs/rules-cloud.md, one anchor per rule id). */
const CLOUD_DOC_URL = 'https://tollgate.dev/docs/rules-cloud.md';
const rule = (id, severity, title, help) => ({
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
const CLOUD_K8S_RULES = {
    publicLoadBalancer: rule('TG-CLOUD-001', 'high', 'LoadBalancer Service open to any address', "Set `loadBalancerSourceRanges` to the networks that need the service, or make the load balancer internal (the provider's internal annotation) and publish through an Ingress with TLS."),
    exposedWithoutPolicy: rule('TG-CLOUD-002', 'medium', 'Service exposed outside the cluster without a NetworkPolicy', 'A NodePort or LoadBalancer Service reaches its pods from outside the cluster; add a NetworkPolicy with `policyTypes: [Ingress]` that selects those pods and allows only the expected sources and ports.'),
    ingressWithoutTls: rule('TG-CLOUD-003', 'high', 'Ingress without TLS', 'Add a `spec.tls` entry for every host (e.g. with cert-manager); without it, traffic and credentials cross the network in clear text.'),
    hostPort: rule('TG-CLOUD-004', 'medium', 'Container binds a host port', "Remove `hostPort` and expose the container through a Service; a host port opens the node's own address, outside any Service or NetworkPolicy."),
    rbacWildcard: rule('TG-CLOUD-005', 'high', 'RBAC rule with wildcards', 'Name the API groups, resources and verbs a Role or ClusterRole needs; `*` grants every present and future one, including secrets and escalation verbs.'),
    clusterAdmin: rule('TG-CLOUD-006', 'critical', 'Binding to cluster-admin or to anonymous users', 'Do not bind `cluster-admin` to workloads, and never bind any role to `system:anonymous`, `system:unauthenticated` or `system:authenticated`; give each service account a Role with only what it needs.'),
};
const CLOUD_TF_RULES = {
    publicDatabase: rule('TG-CLOUD-010', 'high', 'Database publicly accessible', 'Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion or a VPN).'),
    publicBucketPolicy: rule('TG-CLOUD-011', 'high', 'Bucket policy grants access to everyone', 'Remove `Principal: "*"` (or `{"AWS": "*"}`) from Allow statements without a restricting Condition; grant named roles or serve public content through a CDN with origin access control.'),
    publicStorage: rule('TG-CLOUD-012', 'high', 'Public storage bucket or container (GCP, Azure)', 'Do not grant `allUsers` or `allAuthenticatedUsers` on Google Cloud Storage, and set `allow_nested_items_to_be_public = false` on Azure storage accounts.'),
    publicInstanceIp: rule('TG-CLOUD-013', 'medium', 'Instance with a public IP address', 'Set `associate_public_ip_address = false`, run instances in private subnets and reach them through a load balancer or a bastion.'),
    plainHttpListener: rule('TG-CLOUD-014', 'medium', 'Load balancer listener in plain HTTP', 'Listen with `protocol = "HTTPS"` (or TLS) and a certificate; keep port 80 only as a redirect to HTTPS.'),
    unencryptedStore: rule('TG-CLOUD-015', 'high', 'Data store not encrypted at rest', 'Set `encrypted = true` (EFS), `at_rest_encryption_enabled = true` (ElastiCache), `kms_master_key_id` or `sqs_managed_sse_enabled = true` (SQS), `encryption_at_rest { enabled = true }` (OpenSearch).'),
};
const CLOUD_RULES = [
    ...Object.values(CLOUD_K8S_RULES),
    ...Object.values(CLOUD_TF_RULES),
];

;// CONCATENATED MODULE: ./dist/steps/cloud-scan/kubernetes.js


const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const list = (v) => Array.isArray(v) ? v.map(obj).filter((x) => !!x) : [];
const strings = (v) => (Array.isArray(v) ? v.map(String) : []);
/** The objects of parsed YAML documents, with `kind: List` unpacked. */
function objectsOf(file, docs) {
    const out = [];
    for (const doc of docs) {
        const o = obj(doc.value);
        if (!o || typeof o.kind !== 'string' || typeof o.apiVersion !== 'string')
            continue;
        if (o.kind === 'List')
            list(o.items).forEach((item, i) => out.push({ value: item, file, line: (p) => doc.lineAt(['items', i, ...p]) }));
        else
            out.push({ value: o, file, line: (p) => doc.lineAt(p) });
    }
    return out;
}
const nsOf = (o) => String(obj(o.metadata)?.namespace ?? 'default');
const nameOf = (o) => `${String(o.kind)} ${String(obj(o.metadata)?.name ?? '?')}`;
/** Whether a NetworkPolicy with ingress rules selects the pods a Service selects. */
function covered(service, policies) {
    const selector = obj(obj(service.spec)?.selector) ?? {};
    return policies.some((p) => {
        if (nsOf(p) !== nsOf(service))
            return false;
        const spec = obj(p.spec) ?? {};
        const types = strings(spec.policyTypes);
        if (types.length && !types.includes('Ingress'))
            return false;
        const match = obj(obj(spec.podSelector)?.matchLabels) ?? {};
        return Object.entries(match).every(([k, v]) => selector[k] === v);
    });
}
const POD_SPEC = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
const ANONYMOUS = new Set(['system:anonymous', 'system:unauthenticated', 'system:authenticated']);
function checkKubernetesExposure(objects) {
    const out = [];
    const policies = objects.map((o) => o.value).filter((o) => o.kind === 'NetworkPolicy');
    for (const { value: o, file, line } of objects) {
        const add = (r, p, detail) => out.push((0,rule_table/* ruleFinding */.Ex)(r, file, `${nameOf(o)}: ${detail}`, line(p)));
        const spec = obj(o.spec) ?? {};
        if (o.kind === 'Service' && (spec.type === 'LoadBalancer' || spec.type === 'NodePort')) {
            const ranges = strings(spec.loadBalancerSourceRanges);
            if (spec.type === 'LoadBalancer' &&
                (!ranges.length || ranges.some((r) => r === '0.0.0.0/0' || r === '::/0')))
                add(CLOUD_K8S_RULES.publicLoadBalancer, ['spec', 'type'], ranges.length
                    ? `loadBalancerSourceRanges ${ranges.join(', ')}`
                    : 'no loadBalancerSourceRanges');
            if (!covered(o, policies))
                add(CLOUD_K8S_RULES.exposedWithoutPolicy, ['spec', 'type'], `type ${String(spec.type)} and no NetworkPolicy selects its pods`);
        }
        if (o.kind === 'Ingress') {
            const tlsHosts = new Set(list(spec.tls).flatMap((t) => strings(t.hosts)));
            const rules = list(spec.rules);
            const open = rules.map((r) => String(r.host ?? '*')).filter((h) => !tlsHosts.has(h));
            if (!list(spec.tls).length)
                add(CLOUD_K8S_RULES.ingressWithoutTls, ['spec'], 'no spec.tls');
            else if (open.length)
                add(CLOUD_K8S_RULES.ingressWithoutTls, ['spec', 'tls'], `hosts without TLS: ${open.join(', ')}`);
        }
        const podAt = POD_SPEC[String(o.kind)];
        const pod = podAt ? obj(podAt.reduce((v, k) => obj(v)?.[k], o)) : undefined;
        for (const group of ['initContainers', 'containers'])
            list(pod?.[group]).forEach((c, i) => list(c.ports).forEach((p, j) => {
                if (p.hostPort !== undefined)
                    add(CLOUD_K8S_RULES.hostPort, [...podAt, group, i, 'ports', j, 'hostPort'], `container ${String(c.name)} hostPort ${String(p.hostPort)}`);
            }));
        if (o.kind === 'Role' || o.kind === 'ClusterRole')
            list(o.rules).forEach((r, i) => {
                const wild = ['apiGroups', 'resources', 'verbs'].filter((k) => strings(r[k]).includes('*'));
                if (wild.length)
                    add(CLOUD_K8S_RULES.rbacWildcard, ['rules', i], `* in ${wild.join(', ')}`);
            });
        if (o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding') {
            const role = String(obj(o.roleRef)?.name ?? '');
            const anon = list(o.subjects)
                .map((s) => String(s.name))
                .filter((n) => ANONYMOUS.has(n));
            if (role === 'cluster-admin')
                add(CLOUD_K8S_RULES.clusterAdmin, ['roleRef', 'name'], 'binds cluster-admin');
            if (anon.length)
                add(CLOUD_K8S_RULES.clusterAdmin, ['subjects'], `binds ${role} to ${anon.join(', ')}`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
;// CONCATENATED MODULE: ./dist/steps/cloud-scan/plan.js

const plan_obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const plan_list = (v) => Array.isArray(v) ? v.map(plan_obj).filter((x) => !!x) : [];
function resourcesOf(module) {
    if (!module)
        return [];
    return [
        ...plan_list(module.resources).map((r) => ({
            address: String(r.address),
            mode: String(r.mode ?? 'managed'),
            type: String(r.type),
            values: plan_obj(r.values) ?? {},
        })),
        ...plan_list(module.child_modules).flatMap(resourcesOf),
    ];
}
/**
 * A plan lists nested blocks that are absent as `[]` and unset attributes as null, where
 * HCL has no key at all; dropped here, so that one rule reads both the same way.
 */
function normalise(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)));
}
/** Resource addresses turned into block names the rules can refer to (`aws_s3_bucket.NAME`). */
const keyOf = (address) => address.replace(/[^\w-]/g, '_');
/** The S3 buckets an encryption configuration names, by planned bucket name or by reference. */
function bucketRefs(plan, resources) {
    const byBucketName = new Map();
    for (const r of resources)
        if (r.type === 'aws_s3_bucket' && typeof r.values.bucket === 'string')
            byBucketName.set(r.values.bucket, keyOf(r.address));
    const refs = new Map();
    const config = plan_list(plan_obj(plan_obj(plan.configuration)?.root_module)?.resources);
    for (const r of resources) {
        if (r.type !== 'aws_s3_bucket_server_side_encryption_configuration')
            continue;
        const byName = typeof r.values.bucket === 'string' ? byBucketName.get(r.values.bucket) : undefined;
        const expr = config.find((c) => c.address === r.address.replace(/\[[^\]]*\]$/, ''));
        const ref = plan_obj(plan_obj(expr?.expressions)?.bucket)?.references
            ?.map(String)
            .find((x) => /^aws_s3_bucket\.[\w-]+$/.test(x));
        const target = byName ?? (ref ? keyOf(ref) : undefined);
        if (target)
            refs.set(r.address, `aws_s3_bucket.${target}`);
    }
    return refs;
}
function planBlocks(plan, file) {
    const root = plan_obj(plan);
    const planned = plan_obj(plan_obj(root?.planned_values)?.root_module);
    if (!root || !planned)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file} is not a Terraform plan in JSON: no planned_values.root_module`, {
            hint: 'write it with `terraform show -json PLAN > plan.json`',
        });
    const resources = resourcesOf(planned);
    const refs = bucketRefs(root, resources);
    const blocks = { resource: {}, data: {} };
    const addresses = new Map();
    for (const r of resources) {
        const kind = r.mode === 'data' ? 'data' : 'resource';
        const key = keyOf(r.address);
        const values = normalise(r.values);
        if (refs.has(r.address))
            values.bucket = refs.get(r.address);
        ((blocks[kind][r.type] ??= {})[key] ??= []).push(values);
        addresses.set(`${kind}\u0000${r.type}\u0000${key}`, r.address);
    }
    return {
        blocks,
        count: resources.length,
        source: {
            lineOf: () => undefined, // a plan has no source lines; the address names the resource
            label: (kind, type, name) => addresses.get(`${kind}\u0000${type}\u0000${name}`) ?? `${type}.${name}`,
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/core/glob.js
var glob = __webpack_require__(57430);
// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
// EXTERNAL MODULE: ./dist/steps/common/repo-files.js
var repo_files = __webpack_require__(45964);
;// CONCATENATED MODULE: ./dist/steps/cloud-scan/sources.js






const kindOf = (name) => /\.(ya?ml|json)$/i.test(name) ? 'yaml' : /\.tf$/i.test(name) ? 'terraform' : undefined;
/** Files of the rendered manifests of deploy-test: one file, or the YAML/JSON files of a folder. */
async function renderedFiles(ctx, rendered) {
    const dir = ctx.reportsOf('deploy-test');
    const abs = (0,external_node_path_.isAbsolute)(rendered) ? rendered : (0,external_node_path_.join)(dir, rendered);
    const info = await (0,promises_.stat)(abs).catch((e) => {
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `deploy-test names rendered manifests ${abs}, which do not exist`, { cause: e });
    });
    const names = info.isDirectory() ? (await (0,repo_files/* listRepoFiles */.c)(abs)).map((f) => (0,external_node_path_.join)(abs, f)) : [abs];
    return names
        .filter((f) => kindOf(f) === 'yaml')
        .map((f) => ({
        abs: f,
        display: `deploy-test/${(0,external_node_path_.relative)(dir, f).split(external_node_path_.sep).join('/')}`,
        kind: 'yaml',
    }));
}
/**
 * What cloud-scan reads: the files matching `paths` in the repository, else the manifests
 * deploy-test rendered (the objects as deployed); and the `terraform-plan` JSON when given.
 */
async function cloudFiles(ctx) {
    const files = [];
    const globs = (ctx.inputs.paths ?? '')
        .split(/[\n,]+/)
        .map((g) => g.trim())
        .filter(Boolean);
    const plan = ctx.inputs['terraform-plan']?.trim();
    if (globs.length) {
        for (const f of await (0,repo_files/* listRepoFiles */.c)(ctx.repoDir)) {
            const kind = kindOf(f);
            if (kind && globs.some((g) => (0,glob/* globMatch */.e)(g, f)))
                files.push({ abs: (0,external_node_path_.join)(ctx.repoDir, f), display: f, kind });
        }
    }
    else {
        try {
            const deployment = await (0,handoff/* readDeployment */.iJ)(ctx);
            if (deployment.renderedManifests)
                files.push(...(await renderedFiles(ctx, deployment.renderedManifests)));
        }
        catch (e) {
            if (!plan)
                throw e; // nothing to scan at all: say that deploy-test's output is missing
        }
    }
    if (plan)
        files.push({
            abs: (0,external_node_path_.isAbsolute)(plan) ? plan : (0,external_node_path_.join)(ctx.repoDir, plan),
            display: plan,
            kind: 'plan',
        });
    if (!files.length)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `cloud-scan found nothing to check${globs.length ? ` (paths: ${globs.join(', ')})` : ''}`, {
            hint: 'set paths to the Kubernetes and Terraform files, terraform-plan to a plan JSON, or let deploy-test write renderedManifests',
        });
    return files;
}

;// CONCATENATED MODULE: ./dist/steps/cloud-scan/terraform.js


const arr = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const objs = (v) => arr(v).filter((x) => !!x && typeof x === 'object');
const isTrue = (v) => v === true || v === 'true';
/** Allow statements of a policy JSON that name everyone as principal, without a Condition. */
function publicStatements(policy) {
    let doc;
    try {
        doc = typeof policy === 'string' ? JSON.parse(policy) : policy;
    }
    catch {
        // jsonencode(...) left as an interpolation in HCL: look for the telltale text. A policy
        // whose every statement denies (e.g. "deny everyone without TLS") grants nothing.
        const text = String(policy);
        const effects = [...text.matchAll(/Effect\s*[:=]\s*"(\w+)"/g)].map((m) => m[1]);
        if (effects.length > 0 && effects.every((e) => e === 'Deny'))
            return 0;
        return /Principal\s*[:=]\s*(\{\s*"?AWS"?\s*[:=]\s*)?"\*"/.test(text) ? 1 : 0;
    }
    return objs(doc?.Statement).filter((s) => {
        if (String(s.Effect ?? 'Allow') !== 'Allow' || s.Condition)
            return false;
        const p = s.Principal;
        return (p === '*' ||
            arr(p?.AWS)
                .map(String)
                .includes('*'));
    }).length;
}
const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);
function check(type, b, add) {
    if (['aws_db_instance', 'aws_rds_cluster_instance'].includes(type) &&
        isTrue(b.publicly_accessible))
        add(CLOUD_TF_RULES.publicDatabase, 'publicly_accessible', 'publicly_accessible = true');
    if (type === 'aws_s3_bucket_policy' && publicStatements(b.policy) > 0)
        add(CLOUD_TF_RULES.publicBucketPolicy, 'policy', 'an Allow statement with Principal "*" and no Condition');
    if (/^google_storage_bucket_iam_(binding|member)$/.test(type)) {
        const members = [...arr(b.members), ...arr(b.member)]
            .map(String)
            .filter((m) => PUBLIC_MEMBERS.has(m));
        if (members.length)
            add(CLOUD_TF_RULES.publicStorage, b.members ? 'members' : 'member', `grants ${String(b.role)} to ${members.join(', ')}`);
    }
    if (type === 'azurerm_storage_account' &&
        (isTrue(b.allow_nested_items_to_be_public) || isTrue(b.allow_blob_public_access)))
        add(CLOUD_TF_RULES.publicStorage, b.allow_blob_public_access !== undefined
            ? 'allow_blob_public_access'
            : 'allow_nested_items_to_be_public', 'blobs may be public');
    if (type === 'azurerm_storage_container' &&
        ['blob', 'container'].includes(String(b.container_access_type)))
        add(CLOUD_TF_RULES.publicStorage, 'container_access_type', `container_access_type = ${String(b.container_access_type)}`);
    if (type === 'aws_instance' && isTrue(b.associate_public_ip_address))
        add(CLOUD_TF_RULES.publicInstanceIp, 'associate_public_ip_address', 'associate_public_ip_address = true');
    if (['aws_lb_listener', 'aws_alb_listener'].includes(type) &&
        String(b.protocol ?? '').toUpperCase() === 'HTTP') {
        const redirects = objs(b.default_action).some((a) => a.type === 'redirect');
        if (!redirects)
            add(CLOUD_TF_RULES.plainHttpListener, 'protocol', `port ${String(b.port)} forwards plain HTTP`);
    }
    if (type === 'aws_efs_file_system' && !isTrue(b.encrypted))
        add(CLOUD_TF_RULES.unencryptedStore, 'encrypted', 'encrypted is not true');
    if (type === 'aws_elasticache_replication_group' && !isTrue(b.at_rest_encryption_enabled))
        add(CLOUD_TF_RULES.unencryptedStore, 'at_rest_encryption_enabled', 'at_rest_encryption_enabled is not true');
    if (type === 'aws_sqs_queue' && !b.kms_master_key_id && b.sqs_managed_sse_enabled === false)
        add(CLOUD_TF_RULES.unencryptedStore, 'sqs_managed_sse_enabled', 'sqs_managed_sse_enabled = false and no KMS key');
    if (['aws_opensearch_domain', 'aws_elasticsearch_domain'].includes(type) &&
        !objs(b.encrypt_at_rest).some((e) => isTrue(e.enabled)))
        add(CLOUD_TF_RULES.unencryptedStore, 'encrypt_at_rest', 'encrypt_at_rest is not enabled');
}
function checkTerraformCloud(json, path, source) {
    const out = [];
    for (const [type, byName] of Object.entries(json.resource ?? {}))
        for (const [name, bodies] of Object.entries(byName))
            for (const b of objs(bodies))
                check(type, b, (r, attr, detail) => out.push((0,rule_table/* ruleFinding */.Ex)(r, path, `${source.label('resource', type, name)}: ${detail}`, source.lineOf('resource', type, name, attr))));
    return out;
}

;// CONCATENATED MODULE: ./dist/steps/cloud-scan/index.js


















/**
 * cloud-scan: rules over the deployment's effective configuration — the Kubernetes objects
 * as rendered or deployed, Terraform HCL and plan JSON. lint-iac's Kubernetes and Terraform
 * rules run on them (imported, not copied), plus the exposure, RBAC and public-resource
 * rules of rules.ts. One SARIF run, tool tollgate-cloud; see docs/rules-cloud.md.
 */
const REPORT = 'cloud-scan.sarif';
const CLOUD_VERSION = '1';
async function scan(ctx) {
    const files = await cloudFiles(ctx);
    const findings = [];
    const objects = [];
    const seen = { kubernetes: 0, terraform: 0, plan: 0 };
    // What checkov reads too: absolute path → the name findings use.
    const forCheckov = new Map();
    for (const file of files) {
        const text = (await (0,fs/* readInput */.R5)(file.abs, 'the file')).toString('utf8');
        if (file.kind === 'yaml') {
            const docs = (0,yaml_source/* parseYamlFile */.B)(file.display, text);
            if (!(0,kubernetes/* isKubernetes */.Bc)(docs))
                continue;
            seen.kubernetes++;
            forCheckov.set(file.abs, file.display);
            findings.push(...(await (0,kubernetes/* lintKubernetes */.U3)(file.display, docs)));
            objects.push(...objectsOf(file.display, docs));
        }
        else {
            const { blocks, source } = file.kind === 'plan'
                ? planBlocks((0,run_tool/* parseToolJson */.I)(text, 'terraform show -json', file.display), file.display)
                : { blocks: await (0,terraform/* parseHcl */.z4)(file.display, text), source: (0,terraform/* hclSource */.$$)(text) };
            seen[file.kind]++;
            forCheckov.set(file.abs, file.display);
            findings.push(...(0,terraform_check/* checkTerraform */.$)(blocks, file.display, source));
            findings.push(...checkTerraformCloud(blocks, file.display, source));
        }
    }
    findings.push(...checkKubernetesExposure(objects));
    // A plan has no lines: the message (which names the resource address) tells two findings
    // of one rule apart, where the context would for YAML and HCL (finishScan adds those).
    (0,fingerprint/* assignFingerprints */.Dz)(findings.filter((f) => !f.location?.line), { anchor: (f) => ({ key: `${f.location?.path ?? ''}\u0000${f.message ?? ''}` }) });
    const severities = Object.fromEntries([...catalogue/* IAC_RULES */.or, ...CLOUD_RULES].map((r) => [r.id, r.severity]));
    const checkov = await (0,native_iac/* runCheckov */.X)(ctx, [...forCheckov.keys()], ['kubernetes', 'terraform', 'terraform_plan'], severities, (p) => forCheckov.get((0,external_node_path_.resolve)(ctx.repoDir, p)) ?? p);
    const dedup = (0,native_iac/* dropDuplicates */.Gf)(checkov.findings, checkov.spans, findings);
    checkov.findings = dedup.kept;
    if (checkov.tool)
        ctx.log(`checkov: ${dedup.kept.length} finding(s), ${dedup.dropped} already reported by our own rules`);
    // A plan has no lines for checkov either: the same keys as ours.
    (0,fingerprint/* assignFingerprints */.Dz)(checkov.findings.filter((f) => !f.location?.line), { anchor: (f) => ({ key: `${f.location?.path ?? ''}\u0000${f.message ?? ''}` }) });
    ctx.log(`cloud-scan: ${objects.length} Kubernetes object(s) in ${seen.kubernetes} file(s), ${seen.terraform} Terraform file(s), ${seen.plan} plan(s)`);
    const rules = [
        ...(0,rule_table/* sarifRulesOf */.C2)(CLOUD_RULES, CLOUD_DOC_URL),
        ...(0,catalogue/* sarifRules */.VS)().filter((r) => /^TG-(K8S|TF)-/.test(r.id)),
    ];
    return (0,scan_step/* finishScan */.vi)(ctx, [
        {
            tool: {
                name: 'tollgate-cloud',
                version: CLOUD_VERSION,
                informationUri: CLOUD_DOC_URL,
                rules,
            },
            findings,
        },
        ...(0,native_tools/* nativeRun */.r4)(checkov, native_iac/* CHECKOV_URI */.Ly),
    ], REPORT, [
        `- checked ${objects.length} Kubernetes object(s), ${seen.terraform} Terraform file(s), ${seen.plan} plan(s)`,
    ]);
}
const cloudScan = {
    id: 'cloud-scan',
    async run(ctx) {
        try {
            return await scan(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'tollgate-cloud');
        }
    },
};


/***/ }),

/***/ 65041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ sarifRulesOf),
/* harmony export */   Ex: () => (/* binding */ ruleFinding)
/* harmony export */ });
/* unused harmony export renderRuleTable */
/** The SARIF rule table of a list of rules, each with a link to its section of the docs. */
function sarifRulesOf(rules, docUrl) {
    return rules.map((r) => ({
        id: r.id,
        name: r.title,
        shortDescription: r.title,
        help: r.help,
        helpUri: `${docUrl}#${r.id.toLowerCase()}`,
    }));
}
/** A finding of a rule at a place (a URL, host:port or file), with what was seen there. */
function ruleFinding(rule, path, detail, line) {
    return {
        ruleId: rule.id,
        severity: rule.severity,
        message: `${rule.title}: ${detail}`,
        location: { path, ...(line && line > 0 ? { line } : {}) },
    };
}
/** A Markdown table of rules for a docs page: id, severity, title, then the help of each. */
function renderRuleTable(rules) {
    const lines = ['| id | severity | rule |', '|---|---|---|'];
    for (const r of rules)
        lines.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title} |`);
    lines.push('');
    for (const r of rules)
        lines.push(`### ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.help, '');
    return lines;
}


/***/ })

};
