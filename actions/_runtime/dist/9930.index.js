export const id = 9930;
export const ids = [9930];
export const modules = {

/***/ 19930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployTest: () => (/* binding */ deployTest),
  tearDownDeployments: () => (/* reexport */ tearDownDeployments)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./dist/steps/deploy-test/free-port.js

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now. The kernel picks it; between
 * closing the probe and the service binding, another process could take it, which then shows
 * as a failed deployment with the bind error rather than traffic to the wrong service.
 */
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = (0,external_node_net_.createServer)();
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const addr = srv.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}

// EXTERNAL MODULE: ./dist/steps/deploy-test/process-group.js
var process_group = __webpack_require__(15942);
;// CONCATENATED MODULE: ./dist/steps/deploy-test/command.js




const COMMAND_LOG = 'service.log';
/**
 * command: the user's own start command (a script, `node dist/main.js`, `docker compose
 * up`...), run detached in its own process group in the repository with PORT and BASE_URL
 * set; its output goes to service.log in the step's folder. Nothing is built here, so the
 * attestation's subject is the commit alone.
 */
const commandTarget = {
    async deploy(ctx, o, started) {
        const port = o.port ?? (await freePort());
        const baseUrl = o.baseUrl ?? `http://127.0.0.1:${port}`;
        const log = (0,external_node_path_.join)(ctx.outDir, COMMAND_LOG);
        const { record, child } = (0,process_group/* startGroup */.O)({
            command: o.command,
            cwd: ctx.repoDir,
            env: { ...o.env, PORT: String(port), BASE_URL: baseUrl },
            log,
        });
        // Listened to before anything else is awaited: a command that fails at once may exit
        // while the teardown record is written, and a missed exit would wait out the timeout.
        let exited;
        child.once('exit', (code, sig) => {
            exited = `the command exited with ${sig ?? `code ${code}`}`;
        });
        await started({ target: 'command', processes: [record] });
        ctx.log(`started \`${o.command}\` as process group ${record.pid}, PORT=${port}`);
        const url = new URL(baseUrl);
        return {
            deployment: {
                baseUrl,
                host: url.hostname,
                ports: [Number(url.port) || port],
                declaredPorts: [port],
                target: 'command',
            },
            gone: () => exited,
            logTail: async () => (await (0,promises_.readFile)(log, 'utf8').catch(() => '')).trim().split('\n').slice(-5).join(' | '),
        };
    },
};

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./dist/steps/deploy-test/health.js

/** How often the health URL is polled, and how long one attempt may take. */
const INTERVAL_MS = 250;
const ATTEMPT_MS = 2000;
/**
 * Polls `url` until it answers 2xx or `timeoutMs` passes. The last response (status and the
 * start of its body) or error is kept: it is what the failure reason shows. `gone` lets the
 * target end the wait early when the service has already exited.
 */
async function waitHealthy(url, o) {
    const start = Date.now();
    let last = 'no answer yet';
    while (!o.signal.aborted) {
        try {
            const res = await fetch(url, {
                signal: AbortSignal.any([o.signal, AbortSignal.timeout(ATTEMPT_MS)]),
                redirect: 'manual',
            });
            const body = (await res.text()).replace(/\s+/g, ' ').trim().slice(0, 200);
            if (res.status >= 200 && res.status < 300) {
                return { ok: true, status: res.status, afterMs: Date.now() - start };
            }
            last = `HTTP ${res.status}${body ? `: ${body}` : ''}`;
        }
        catch (e) {
            const err = e;
            last = err.cause?.code ?? err.cause?.message ?? err.message;
        }
        const gone = await o.gone?.();
        if (gone)
            return {
                ok: false,
                last: `${gone} (last health check: ${last})`,
                afterMs: Date.now() - start,
            };
        if (Date.now() - start + INTERVAL_MS > o.timeoutMs)
            break;
        await (0,external_node_timers_promises_.setTimeout)(INTERVAL_MS);
    }
    return {
        ok: false,
        last: o.signal.aborted ? 'interrupted' : last,
        afterMs: Date.now() - start,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./dist/steps/deploy-test/manifest.js


/**
 * Renders the project's Kubernetes manifest for one deployment: the image of the service's
 * containers becomes the built image pinned by digest (`name@sha256:...`), so what runs is
 * exactly what was built and attested. A container is the service's when its image names
 * the built image's repository, or carries the all-zero digest placeholder.
 */
/** The placeholder the sample's manifest ships with; any all-zero digest counts. */
const ZERO_DIGEST = /@sha256:0{64}$/;
/** The repository part of an image reference (no tag, no digest; a registry port is kept). */
function repositoryOf(image) {
    const noDigest = image.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
const strip = (r) => r.replace(/^(docker\.io\/|localhost\/)/, '');
function podSpecOf(doc) {
    const spec = doc.spec;
    if (!spec)
        return undefined;
    if (doc.kind === 'Pod')
        return spec;
    if (doc.kind === 'CronJob') {
        return podSpecOf({ kind: 'Job', spec: spec.jobTemplate?.spec });
    }
    return spec.template?.spec;
}
function renderManifest(text, file, o) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text);
    const out = [];
    const declared = new Set();
    const deployments = [];
    let replaced = 0;
    for (const d of docs) {
        if (d.errors.length) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file}: not valid YAML: ${d.errors[0].message}`);
        }
        const doc = d.toJS();
        if (!doc || typeof doc !== 'object')
            continue;
        const name = String(doc.metadata?.name ?? '');
        // Only DNS-1123 names: the name goes into a kubectl command line.
        if (doc.kind === 'Deployment' && /^[a-z0-9][a-z0-9.-]*$/.test(name))
            deployments.push(name);
        const pod = podSpecOf(doc);
        const containers = [
            ...(pod?.containers ?? []),
            ...(pod?.initContainers ?? []),
        ];
        for (const c of containers) {
            for (const p of c.ports ?? [])
                if (p.containerPort)
                    declared.add(p.containerPort);
            const img = c.image ?? '';
            if (strip(repositoryOf(img)) !== strip(o.imageName) && !ZERO_DIGEST.test(img))
                continue;
            c.image = o.image;
            replaced++;
            if (o.publish) {
                c.ports ??= [];
                let p = c.ports.find((x) => x.containerPort === o.publish.containerPort);
                if (!p)
                    c.ports.push((p = { containerPort: o.publish.containerPort }));
                p.hostPort = o.publish.hostPort;
                p.hostIP = '127.0.0.1';
            }
        }
        out.push((0,dist/* stringify */.As)(doc));
    }
    if (replaced === 0) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file}: no container whose image is ${o.imageName} (or an @sha256:000... placeholder)`, { hint: `set the service container's image to ${o.imageName}@sha256:${'0'.repeat(64)}` });
    }
    return {
        text: out.join('---\n'),
        declaredPorts: [...declared].sort((a, b) => a - b),
        deployments,
        replaced,
    };
}

// EXTERNAL MODULE: ./dist/oci/layout.js
var layout = __webpack_require__(80518);
// EXTERNAL MODULE: ./dist/steps/deploy-test/podman-cli.js
var podman_cli = __webpack_require__(93419);
;// CONCATENATED MODULE: ./dist/steps/deploy-test/podman.js









const RENDERED_FILE = 'rendered/manifest.yaml';
/** Ports the image declares (config.ExposedPorts `8080/tcp`), ascending. */
function exposedPorts(config) {
    const exposed = (config.config?.ExposedPorts ??
        {});
    return Object.keys(exposed)
        .filter((k) => !k.endsWith('/udp'))
        .map((k) => Number(k.split('/')[0]))
        .filter((n) => Number.isInteger(n) && n > 0)
        .sort((a, b) => a - b);
}
/** A name podman resolves locally without asking a registry (short names get `localhost/`). */
function localName(name) {
    const first = name.split('/')[0];
    return name.includes('/') && /[.:]|^localhost$/.test(first) ? name : `localhost/${name}`;
}
/**
 * podman: the image from the container step's OCI layout is loaded into a private storage,
 * then either run as one container publishing the port on 127.0.0.1 only, or, with a
 * manifest, `podman kube play` of the manifest rendered with the image digest and a hostPort
 * on 127.0.0.1. Bridge networking (CNI) works here; `podman rm` / `kube down` remove the
 * container's port-forwarding chains again (the shared cni-podman0 bridge stays).
 */
const podmanTarget = {
    async deploy(ctx, o, started) {
        const image = await (0,handoff/* readBuiltImage */.OG)(ctx);
        const { config } = await (0,layout/* resolveImage */.AT)(image.layoutDir, image.ref);
        const declared = exposedPorts(config);
        const port = o.port ?? declared[0];
        if (port === undefined) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `deploy-test: the image ${image.ref} exposes no port`, {
                hint: 'set the port input to the port the service listens on in the container',
            });
        }
        const pe = await (0,podman_cli/* makePodmanEnv */.BQ)();
        const record = { base: pe.base, flags: pe.flags, env: pe.env, containers: [] };
        // Registered before the first podman call: even a failed pull leaves storage to remove.
        await started({ target: 'podman', podman: record });
        // The layout is reached through a link in the base folder: podman names an `oci:` image
        // after its path, and a path with capitals (a runner's temp folder) is no valid name.
        await (0,promises_.symlink)(image.layoutDir, (0,podman_cli/* imageLink */.S3)(pe.base));
        const id = await (0,podman_cli/* podman */.cj)(ctx.exec, pe, ['pull', '-q', `oci:${(0,podman_cli/* imageLink */.S3)(pe.base)}:${image.ref}`], ctx.signal);
        const local = localName(image.name);
        await (0,podman_cli/* podman */.cj)(ctx.exec, pe, ['tag', id, `${local}:tollgate-deploy`], ctx.signal);
        const hostPort = await freePort();
        // Scanners see the host side: the declared container port is reachable as hostPort.
        const reachable = (ports) => ports.map((p) => (p === port ? hostPort : p));
        const deployment = {
            baseUrl: `http://127.0.0.1:${hostPort}`,
            host: '127.0.0.1',
            ports: [hostPort],
            declaredPorts: reachable(declared),
            target: 'podman',
            image: image.digest,
        };
        if (o.manifest) {
            const rendered = renderManifest(await (0,promises_.readFile)(o.manifest, 'utf8'), o.manifest, {
                imageName: image.name,
                image: `${local}@${image.digest}`,
                publish: { containerPort: port, hostPort },
            });
            const kubeFile = (0,external_node_path_.join)(ctx.outDir, RENDERED_FILE);
            await (0,promises_.mkdir)((0,external_node_path_.join)(ctx.outDir, 'rendered'), { recursive: true });
            await (0,fs/* writeFileAtomic */.Zf)(kubeFile, rendered.text);
            await started({ target: 'podman', podman: { ...record, kubeFile } });
            await (0,podman_cli/* podman */.cj)(ctx.exec, pe, ['kube', 'play', kubeFile], ctx.signal);
            const names = (await (0,podman_cli/* podman */.cj)(ctx.exec, pe, ['ps', '-a', '--format', '{{.Names}} {{.IsInfra}}']))
                .split('\n')
                .filter((l) => l.endsWith(' false'))
                .map((l) => l.split(' ')[0]);
            record.containers = names;
            await started({ target: 'podman', podman: { ...record, kubeFile } });
            return {
                deployment: {
                    ...deployment,
                    declaredPorts: reachable(rendered.declaredPorts),
                    renderedManifests: RENDERED_FILE,
                },
                imageName: image.name,
                logTail: () => logs(ctx, pe, names),
            };
        }
        const name = `tollgate-${ctx.step.id}-${hostPort}`;
        record.containers = [name];
        await started({ target: 'podman', podman: record });
        const env = Object.entries(o.env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
        await (0,podman_cli/* podman */.cj)(ctx.exec, pe, [
            'run',
            '-d',
            '--name',
            name,
            '--ulimit',
            'nofile=1024:1024',
            '--ulimit',
            'nproc=1000:1000',
            '-p',
            `127.0.0.1:${hostPort}:${port}`,
            ...env,
            id,
        ], ctx.signal);
        return {
            deployment,
            imageName: image.name,
            gone: exitedContainer(ctx, pe, name),
            logTail: () => logs(ctx, pe, [name]),
        };
    },
};
/** How often a health wait asks podman whether the container still runs (each call costs). */
const STATE_EVERY_MS = 2000;
/** A container that exited will not become healthy: the wait ends with its exit code. */
function exitedContainer(ctx, pe, name) {
    let last = 0;
    return async () => {
        if (Date.now() - last < STATE_EVERY_MS)
            return undefined;
        last = Date.now();
        const state = await (0,podman_cli/* podman */.cj)(ctx.exec, pe, [
            'inspect',
            '--format',
            '{{.State.Status}} {{.State.ExitCode}}',
            name,
        ]).catch(() => '');
        const [status, code] = state.split(' ');
        return status === 'exited' ? `the container exited with code ${code}` : undefined;
    };
}
async function logs(ctx, pe, names) {
    const parts = [];
    for (const n of names) {
        // The service's stdout and stderr come back on podman's own two streams: keep both.
        const res = await ctx.exec
            .run('podman', [...pe.flags, 'logs', '--tail', '10', n], {
            cwd: pe.base,
            env: { ...process.env, ...pe.env },
        })
            .catch((e) => ({ stdout: '', stderr: e.message }));
        const out = `${res.stdout}\n${res.stderr}`.trim();
        const state = await (0,podman_cli/* podman */.cj)(ctx.exec, pe, [
            'inspect',
            '--format',
            '{{.State.Status}} exit {{.State.ExitCode}}',
            n,
        ]).catch(() => '');
        parts.push(`${n} (${state}): ${out.split('\n').slice(-5).join(' | ')}`);
    }
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./dist/steps/deploy-test/kubernetes.js










async function kubectl(ctx, kubeconfig, args) {
    const res = await ctx.exec.run('kubectl', ['--kubeconfig', kubeconfig, ...args], {
        cwd: ctx.repoDir,
        signal: ctx.signal,
    });
    if (res.code !== 0) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `kubectl ${args[0]} failed (exit ${res.code}): ${res.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    }
    return res.stdout;
}
/**
 * kubernetes: `kubectl apply` of the manifest rendered with the image digest, to the cluster
 * of the kubeconfig input (kind on a GitHub runner, a test namespace...), a wait for the
 * rollout, and `kubectl port-forward` of the first Deployment to 127.0.0.1 so later steps
 * reach it like any other deployment (or the base-url input, e.g. an ingress).
 */
const kubernetesTarget = {
    async deploy(ctx, o, started) {
        if (!o.manifest) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', 'deploy-test: target kubernetes needs the manifest input', {
                hint: 'e.g. manifest: deploy/k8s.yaml',
            });
        }
        const image = await (0,handoff/* readBuiltImage */.OG)(ctx);
        const rendered = renderManifest(await (0,promises_.readFile)(o.manifest, 'utf8'), o.manifest, {
            imageName: image.name,
            image: `${image.name}@${image.digest}`,
        });
        const file = (0,external_node_path_.join)(ctx.outDir, RENDERED_FILE);
        await (0,promises_.mkdir)((0,external_node_path_.join)(ctx.outDir, 'rendered'), { recursive: true });
        await (0,fs/* writeFileAtomic */.Zf)(file, rendered.text);
        ctx.log(`rendered ${o.manifest} with ${image.name}@${image.digest} to ${RENDERED_FILE}`);
        if (!o.kubeconfig || !(0,external_node_fs_.existsSync)(o.kubeconfig)) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `deploy-test: target kubernetes needs a kubeconfig (${o.kubeconfig ?? 'kubeconfig input not set'})`, { hint: `the rendered manifest is in ${file}; set kubeconfig to the cluster's file` });
        }
        const kc = o.kubeconfig;
        await started({ target: 'kubernetes', kubernetes: { kubeconfig: kc, manifest: file } });
        await kubectl(ctx, kc, ['apply', '-f', file]);
        const dep = rendered.deployments[0];
        const containerPort = o.port ?? rendered.declaredPorts[0];
        const base = {
            declaredPorts: rendered.declaredPorts,
            target: 'kubernetes',
            image: image.digest,
            renderedManifests: RENDERED_FILE,
        };
        if (dep) {
            await kubectl(ctx, kc, [
                'rollout',
                'status',
                `deployment/${dep}`,
                `--timeout=${Math.ceil(o.healthTimeoutMs / 1000)}s`,
            ]);
        }
        if (o.baseUrl || !dep || containerPort === undefined) {
            if (!o.baseUrl) {
                throw new errors/* TollgateError */.xB('INPUT_INVALID', 'deploy-test: no Deployment with a port to forward', {
                    hint: 'set base-url to where the cluster serves the application',
                });
            }
            const url = new URL(o.baseUrl);
            return {
                deployment: {
                    ...base,
                    baseUrl: o.baseUrl,
                    host: url.hostname,
                    ports: [Number(url.port) || 80],
                },
                imageName: image.name,
            };
        }
        const hostPort = await freePort();
        const { record } = (0,process_group/* startGroup */.O)({
            command: `exec kubectl --kubeconfig "$KUBECONFIG_FILE" port-forward --address 127.0.0.1 deployment/${dep} ${hostPort}:${containerPort}`,
            cwd: ctx.repoDir,
            env: { KUBECONFIG_FILE: kc },
            log: (0,external_node_path_.join)(ctx.outDir, 'port-forward.log'),
        });
        await started({
            target: 'kubernetes',
            kubernetes: { kubeconfig: kc, manifest: file },
            processes: [record],
        });
        return {
            deployment: {
                ...base,
                baseUrl: `http://127.0.0.1:${hostPort}`,
                host: '127.0.0.1',
                ports: [hostPort],
            },
            imageName: image.name,
        };
    },
};

;// CONCATENATED MODULE: ./dist/steps/deploy-test/options.js


const TARGETS = ['podman', 'kubernetes', 'command'];
const bad = (message, hint) => new errors/* TollgateError */.xB('INPUT_INVALID', `deploy-test: ${message}`, hint ? { hint } : {});
function port(value, name) {
    if (value === '')
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 65535)
        throw bad(`${name} is "${value}"; expected a port 1-65535`);
    return n;
}
/**
 * The env input: one `NAME=value` per line (or separated by commas on one line, as a
 * workflow input often is). Names must be shell variable names, so that a typo is an error
 * instead of a variable that silently never reaches the service.
 */
function parseEnv(text) {
    const out = {};
    const lines = text.includes('\n') ? text.split(/\r?\n/) : text.split(',');
    for (const raw of lines) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!m)
            throw bad(`env entry "${line}" is not NAME=value`, 'one NAME=value per line');
        out[m[1]] = m[2];
    }
    return out;
}
function deployOptions(ctx) {
    const get = (name) => (ctx.inputs[name] ?? '').trim();
    const target = (get('target') || 'podman');
    if (!TARGETS.includes(target)) {
        throw bad(`target is "${target}"; expected one of ${TARGETS.join(', ')}`);
    }
    const healthPath = get('health-path') || '/healthz';
    if (!healthPath.startsWith('/'))
        throw bad(`health-path "${healthPath}" must start with /`);
    const seconds = Number(get('health-timeout') || '60');
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw bad(`health-timeout is "${get('health-timeout')}"; expected seconds > 0`);
    }
    const inRepo = (p) => (p === '' ? undefined : (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(ctx.repoDir, p));
    const command = get('command') || undefined;
    if (target === 'command' && !command) {
        throw bad('target command needs the command input', 'e.g. command: node dist/main.js (PORT and BASE_URL are set)');
    }
    const baseUrl = get('base-url') || undefined;
    const options = {
        target,
        healthPath,
        healthTimeoutMs: seconds * 1000,
        env: parseEnv(ctx.inputs.env ?? ''),
    };
    const p = port(get('port'), 'port');
    if (p !== undefined)
        options.port = p;
    const manifest = inRepo(get('manifest'));
    if (manifest)
        options.manifest = manifest;
    const kubeconfig = inRepo(get('kubeconfig'));
    if (kubeconfig)
        options.kubeconfig = kubeconfig;
    if (command)
        options.command = command;
    if (baseUrl)
        options.baseUrl = baseUrl.replace(/\/+$/, '');
    return options;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./dist/core/process.js
var core_process = __webpack_require__(79503);
// EXTERNAL MODULE: ./dist/steps/deploy-test/teardown-record.js
var teardown_record = __webpack_require__(80527);
;// CONCATENATED MODULE: ./dist/steps/deploy-test/teardown.js







/**
 * Stops everything a deployment started and removes what it left: processes (by process
 * group), podman containers or pods and the private podman storage, Kubernetes objects.
 * Every part is tried even when an earlier one fails; the problems are returned, not
 * thrown, because teardown runs while a run is ending (after a failure, on Ctrl-C).
 */
async function tearDown(record, exec = core_process/* nodeProcessRunner */.a) {
    const problems = [];
    const attempt = async (what, f) => {
        try {
            await f();
        }
        catch (e) {
            problems.push(`${what}: ${e.message}`);
        }
    };
    for (const p of record.processes ?? [])
        await attempt(`process group ${p.pid}`, () => (0,process_group/* killGroup */.i)(p.pid));
    const pm = record.podman;
    if (pm) {
        if (pm.kubeFile)
            await attempt('podman kube down', () => (0,podman_cli/* podman */.cj)(exec, pm, ['kube', 'down', pm.kubeFile]));
        if (pm.containers.length) {
            await attempt('podman rm', () => (0,podman_cli/* podman */.cj)(exec, pm, ['rm', '-f', '-t', '0', '--ignore', ...pm.containers]));
        }
        // Only a folder the deploy step made in the temp folder: a corrupted record must not
        // turn teardown into the removal of an arbitrary path.
        if (pm.base.startsWith((0,external_node_path_.join)((0,podman_cli/* podmanTmpRoot */.Jm)(), podman_cli/* PODMAN_BASE_PREFIX */.PZ))) {
            await attempt('podman storage', () => (0,promises_.rm)(pm.base, { recursive: true, force: true }));
        }
    }
    const k = record.kubernetes;
    if (k) {
        await attempt('kubectl delete', async () => {
            const res = await exec.run('kubectl', [
                '--kubeconfig',
                k.kubeconfig,
                'delete',
                '--ignore-not-found',
                '--wait=false',
                '-f',
                k.manifest,
            ], { cwd: (0,external_node_os_.tmpdir)() });
            if (res.code !== 0)
                throw new Error(res.stderr.trim());
        });
    }
    return problems;
}
/** Tears down the deployment recorded in one step folder, then forgets it (idempotent). */
async function tearDownDeploymentIn(dir, log = () => { }) {
    const record = await (0,teardown_record/* readTeardown */.P$)(dir);
    if (!record)
        return;
    const problems = await tearDown(record);
    for (const p of problems)
        log(`teardown ${dir}: ${p}`);
    await (0,promises_.rm)((0,external_node_path_.join)(dir, teardown_record/* TEARDOWN_FILE */.sZ), { force: true });
}
/**
 * What the local runner calls when a run ends, however it ends: every step folder given that
 * holds a teardown.json is torn down (folders without one are skipped).
 */
async function tearDownDeployments(dirs, log = () => { }) {
    for (const dir of dirs)
        await tearDownDeploymentIn(dir, log);
}

;// CONCATENATED MODULE: ./dist/steps/deploy-test/index.js













const TARGET = {
    podman: podmanTarget,
    kubernetes: kubernetesTarget,
    command: commandTarget,
};
const failed = (reason) => ({
    status: 'failed',
    failure: 'tool',
    reason,
    attestations: [],
    products: [],
    reports: [],
    summary: `**Deploy to a test environment** failed: ${reason}`,
});
/**
 * deploy-test: starts the service on the chosen target, waits until its health URL answers,
 * and leaves deployment.json (where it answers) and teardown.json (how to remove it) for the
 * steps after it. The service keeps running after the step: the runner tears it down when
 * the run ends. Any failure here (including a failed health check) tears down at once.
 */
const deployTest = {
    id: 'deploy-test',
    async run(ctx) {
        await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
        const startedOn = new Date();
        const o = deployOptions(ctx);
        let deployed;
        try {
            deployed = await TARGET[o.target].deploy(ctx, o, (r) => (0,teardown_record/* writeTeardown */.ML)(ctx.outDir, r));
            const url = `${deployed.deployment.baseUrl}${o.healthPath}`;
            ctx.log(`health check ${url} (up to ${o.healthTimeoutMs / 1000} s)`);
            const health = await waitHealthy(url, {
                timeoutMs: o.healthTimeoutMs,
                signal: ctx.signal,
                ...(deployed.gone ? { gone: deployed.gone } : {}),
            });
            if (!health.ok) {
                const out = (await deployed.logTail?.().catch(() => '')) ?? '';
                await tearDownDeploymentIn(ctx.outDir, ctx.log);
                return failed(`health check ${url} failed after ${(health.afterMs / 1000).toFixed(1)} s: ${health.last}${out ? `; service output: ${out}` : ''}`);
            }
            ctx.log(`healthy after ${health.afterMs} ms (HTTP ${health.status})`);
        }
        catch (e) {
            await tearDownDeploymentIn(ctx.outDir, ctx.log);
            if (!(0,errors/* isTollgateError */.bK)(e) && !(e instanceof Error && 'code' in e))
                throw e;
            return failed(`${(0,errors/* describeError */.Uc)(e)}${(0,errors/* isTollgateError */.bK)(e) && e.hint ? ` (${e.hint})` : ''}`);
        }
        const d = deployed.deployment;
        await (0,handoff/* writeHandoff */.K7)(ctx.outDir, handoff/* DEPLOYMENT_FILE */.zf, d);
        const products = d.image && deployed.imageName
            ? [{ name: deployed.imageName, digest: { sha256: d.image.replace(/^sha256:/, '') } }]
            : [];
        const predicate = (0,builders/* makeProvenance */.wL)({
            builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
            externalParameters: {
                repository: ctx.repository,
                target: d.target,
                baseUrl: d.baseUrl,
                healthPath: o.healthPath,
                ...(d.image ? { image: `${deployed.imageName}@${d.image}` } : {}),
                ...(o.manifest ? { manifest: o.manifest } : {}),
                ...(o.command ? { command: o.command } : {}),
            },
            materials: products,
            startedOn,
            finishedOn: new Date(),
        });
        // Where it runs is a byproduct of the deployment (SLSA runDetails.byproducts).
        predicate.runDetails.byproducts = [
            {
                name: 'deployment',
                uri: d.baseUrl,
                annotations: { target: d.target, host: d.host, ports: d.ports.join(',') },
            },
            ...(d.renderedManifests ? [{ name: d.renderedManifests }] : []),
        ];
        return {
            status: 'passed',
            reason: `${d.image ? `${deployed.imageName}@${d.image.slice(0, 19)}…` : 'the service'} runs on ${d.target} at ${d.baseUrl}`,
            attestations: [{ predicateType: types/* PREDICATE */.W3.slsaProvenance, predicate }],
            products,
            reports: [handoff/* DEPLOYMENT_FILE */.zf, ...(d.renderedManifests ? [d.renderedManifests] : [])],
            summary: `**Deploy to a test environment**: ${d.target} at ${d.baseUrl}${d.image ? ` (image ${d.image})` : ''}`,
            metrics: { ports: d.ports.length },
        };
    },
};


/***/ }),

/***/ 93419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ makePodmanEnv),
/* harmony export */   Jm: () => (/* binding */ podmanTmpRoot),
/* harmony export */   PZ: () => (/* binding */ PODMAN_BASE_PREFIX),
/* harmony export */   S3: () => (/* binding */ imageLink),
/* harmony export */   cj: () => (/* binding */ podman)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43959);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90275);






const CONTAINERS_CONF = `[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1000:1000"]
`;
/** Where the image layout is linked into the base folder, for a lowercase `oci:` path. */
const imageLink = (base) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'image');
/** The prefix of every podman base folder; teardown removes only folders that carry it. */
const PODMAN_BASE_PREFIX = 'tollgate-podman-';
/**
 * Where the podman base folders go. conmon's attach socket lives under the runroot, and a
 * Unix socket path is limited to 108 bytes: a long temp folder (a CI's TMPDIR, a test's
 * mkdtemp) breaks it. `podman pull oci:<path>` also names the image after the path, and
 * image names must be lowercase. So a temp folder that is long or has capitals is replaced
 * by /tmp, which is short, lowercase, and writable on every Linux that runs podman.
 */
function podmanTmpRoot() {
    const t = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    return t.length <= 14 && t === t.toLowerCase() ? t : '/tmp';
}
async function makePodmanEnv() {
    // Lowercase hex, not mkdtemp's mixed case: `podman pull oci:<path>` names the image after the
    // path, and image names must be lowercase (see imagePath).
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(podmanTmpRoot(), `${PODMAN_BASE_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'root'), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'runroot'));
    await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'containers.conf'), CONTAINERS_CONF);
    return {
        base,
        flags: [
            '--root',
            (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'root'),
            '--runroot',
            (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'runroot'),
            '--storage-driver',
            'vfs',
            '--runtime',
            'runc',
            '--cgroup-manager',
            'cgroupfs',
            '--events-backend',
            'file',
        ],
        // podman and conmon put their own sockets and scratch files under TMPDIR too.
        env: { CONTAINERS_CONF: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'containers.conf'), TMPDIR: podmanTmpRoot() },
    };
}
/** Runs one podman command; a non-zero exit is an error carrying podman's own message. */
async function podman(exec, pe, args, signal) {
    let res;
    try {
        res = await exec.run('podman', [...pe.flags, ...args], {
            cwd: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(),
            env: { ...process.env, ...pe.env },
            ...(signal ? { signal } : {}),
        });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', 'podman could not be started', {
            cause: e,
            hint: 'install podman (apt-get install podman runc catatonit containernetworking-plugins)',
        });
    }
    if (res.code !== 0) {
        const msg = (res.stderr.trim() || res.stdout.trim()).split('\n').slice(-3).join(' | ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `podman ${args[0]} failed (exit ${res.code}): ${msg}`);
    }
    return res.stdout.trim();
}


/***/ }),

/***/ 15942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ startGroup),
/* harmony export */   i: () => (/* binding */ killGroup)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);



/**
 * Long-running processes of a deployment (the command target's service, kubectl
 * port-forward). Each runs detached in its own process group, so that teardown ends the
 * command and everything it started (npm → node) with one signal to the group, and outlives
 * the step: later steps test it, and the runner ends it when the run ends.
 */
function startGroup(p) {
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(p.log, 'a');
    try {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['-c', p.command], {
            cwd: p.cwd,
            env: { ...process.env, ...p.env },
            detached: true,
            stdio: ['ignore', out, out],
        });
        child.unref();
        if (child.pid === undefined)
            throw new Error(`could not start bash -c ${p.command}`);
        return { record: { ...p, pid: child.pid }, child };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(out);
    }
}
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
/** SIGTERM to the group, SIGKILL after `graceMs` if anything is left; resolves when it is gone. */
async function killGroup(pid, graceMs = 5000) {
    const send = (sig) => {
        try {
            process.kill(-pid, sig);
        }
        catch {
            // already gone
        }
    };
    send('SIGTERM');
    const until = Date.now() + graceMs;
    while (groupAlive(pid) && Date.now() < until)
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(50);
    if (groupAlive(pid)) {
        send('SIGKILL');
        for (let i = 0; i < 40 && groupAlive(pid); i++)
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(50);
    }
}


/***/ }),

/***/ 80527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ writeTeardown),
/* harmony export */   P$: () => (/* binding */ readTeardown),
/* harmony export */   sZ: () => (/* binding */ TEARDOWN_FILE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90275);



/**
 * `teardown.json` in deploy-test's folder: everything needed to stop what the step started,
 * without the step's memory (the local runner tears down at the end of the run, and chaos
 * restarts the service through it). Written as soon as something runs, updated on restart.
 */
const TEARDOWN_FILE = 'teardown.json';
async function writeTeardown(dir, record) {
    await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, TEARDOWN_FILE), `${JSON.stringify(record, null, 2)}\n`);
}
/** The record in a folder, or undefined when there is none (nothing deployed, or torn down). */
async function readTeardown(dir) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, TEARDOWN_FILE), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
