export const id = 3420;
export const ids = [3420];
export const modules = {

/***/ 75895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   az: () => (/* binding */ makeTestResult),
/* harmony export */   jE: () => (/* binding */ makeScanResult),
/* harmony export */   wL: () => (/* binding */ makeProvenance)
/* harmony export */ });
/* unused harmony exports MAX_LISTED_FINDINGS, TOLLGATE_BUILD_TYPE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71262);


/** More than this many findings are summarised by counts; the gate still counts them all. */
const MAX_LISTED_FINDINGS = 500;
/**
 * A finding as the scan-result schema takes it: tools report line 0 or an empty path for a
 * finding about no place in particular, and the schema has no room for either (a line is
 * 1 or more, a path is not empty), so such a place is left out rather than signed loosely.
 */
function wellFormed(f) {
    const { location, fingerprint, message } = f;
    const line = location?.line;
    return {
        ruleId: f.ruleId === '' ? 'unknown' : f.ruleId,
        severity: f.severity,
        ...(message !== undefined ? { message } : {}),
        ...(location && location.path !== ''
            ? {
                location: {
                    path: location.path,
                    ...(line !== undefined && Number.isInteger(line) && line >= 1 ? { line } : {}),
                },
            }
            : {}),
        ...(fingerprint ? { fingerprint } : {}),
    };
}
function makeScanResult(input) {
    const counts = {};
    for (const f of input.findings)
        counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    // Worst first, so that a truncated list keeps the findings that decide the verdict.
    const ordered = input.findings
        .map(wellFormed)
        .sort((a, b) => _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(a.severity) - _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(b.severity));
    const predicate = {
        scanner: input.scanner,
        counts,
        findings: ordered.slice(0, MAX_LISTED_FINDINGS),
    };
    if (ordered.length > MAX_LISTED_FINDINGS)
        predicate.findingsTruncated = true;
    if (input.report) {
        predicate.report = {
            name: input.report.name,
            digest: { sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(input.report.bytes).digest('hex') },
            format: input.report.format,
        };
    }
    return predicate;
}
/** in-toto test-result v0.1; the result word follows from the failed tests. */
function makeTestResult(input) {
    const warned = input.warned ?? [];
    return {
        result: input.failed.length ? 'FAILED' : warned.length ? 'WARNED' : 'PASSED',
        configuration: input.configuration ?? [],
        ...(input.url ? { url: input.url } : {}),
        passedTests: input.passed,
        warnedTests: warned,
        failedTests: input.failed,
    };
}
const TOLLGATE_BUILD_TYPE = 'https://tollgate.dev/buildtypes/step/v1';
/** SLSA provenance v1 for a Tollgate step; materials become resolvedDependencies. */
function makeProvenance(input) {
    const metadata = {};
    if (input.invocationId)
        metadata.invocationId = input.invocationId;
    if (input.startedOn)
        metadata.startedOn = input.startedOn.toISOString();
    if (input.finishedOn)
        metadata.finishedOn = input.finishedOn.toISOString();
    return {
        buildDefinition: {
            buildType: TOLLGATE_BUILD_TYPE,
            externalParameters: input.externalParameters,
            resolvedDependencies: input.materials,
        },
        runDetails: { builder: { id: input.builderId }, metadata },
    };
}


/***/ }),

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

/***/ 83664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ LOCKFILES),
/* harmony export */   hq: () => (/* binding */ LOCKFILE_PATTERN),
/* harmony export */   jY: () => (/* binding */ defaultBuildCommand),
/* harmony export */   od: () => (/* binding */ detectLanguage)
/* harmony export */ });
/* unused harmony export readPackageJson */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);



/** Files whose presence says which toolchain builds the project; the first match wins. */
const MARKERS = [
    ['node', ['package.json']],
    ['go', ['go.mod']],
    ['python', ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt']],
];
function detectLanguage(repoDir) {
    for (const [lang, files] of MARKERS) {
        if (files.some((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, f))))
            return lang;
    }
    return undefined;
}
/**
 * Lockfiles pin what the build resolved; they are materials of the build, so a gate can see
 * which dependency set an artefact came from. Listed by name at the project root.
 */
const LOCKFILES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'go.sum',
    'poetry.lock',
    'Pipfile.lock',
    'uv.lock',
    'Cargo.lock',
];
/** Python projects pin with any number of requirements files (requirements-dev.txt, ...). */
const LOCKFILE_PATTERN = /^requirements[\w.-]*\.txt$/;
async function readPackageJson(repoDir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The build command used when the input says `auto`. Node: install only when nothing is
 * installed and a lockfile pins the set (npm ci refuses otherwise), then the build script if
 * there is one. Undefined when the language is unknown: guessing a build would attest a
 * build that never happened.
 */
async function defaultBuildCommand(repoDir, lang, options = {}) {
    switch (lang) {
        case 'node': {
            const parts = [];
            const locked = ['package-lock.json', 'npm-shrinkwrap.json'].some((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, f)));
            if (locked && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'node_modules')))
                parts.push('npm ci');
            const pkg = await readPackageJson(repoDir);
            if (pkg?.scripts?.build)
                parts.push('npm run build');
            // A package without a build script has nothing to compile; `true` keeps the step honest
            // (the provenance then records the sources' state) rather than failing.
            return parts.length ? parts.join(' && ') : 'true';
        }
        case 'go':
            return options.goCover ? 'go build -cover ./...' : 'go build ./...';
        case 'python':
            return 'python -m compileall -q .';
        default:
            return undefined;
    }
}


/***/ }),

/***/ 96098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ stepEnv)
/* harmony export */ });
/* harmony import */ var _core_child_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95022);

/**
 * The environment a step's processes start from: the context's (set by executeStep), or,
 * for a step called on its own, the process's, filtered the same way.
 */
function stepEnv(ctx) {
    return (0,_core_child_env_js__WEBPACK_IMPORTED_MODULE_0__/* .forRepositoryCode */ .ff)(ctx.env ?? process.env);
}


/***/ }),

/***/ 63545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ lockfileMaterials),
/* harmony export */   JZ: () => (/* binding */ buildOutputs),
/* harmony export */   NP: () => (/* binding */ filesMatching),
/* harmony export */   Z6: () => (/* binding */ subjectsOf),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export OUTPUT_DIRS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63704);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43959);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57430);
/* harmony import */ var _common_detect_language_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83664);







/** Build output folders, by convention of the common toolchains; the first that exists counts. */
const OUTPUT_DIRS = ['dist', 'build', 'out'];
/** Never walked for artefacts: dependencies and version control are not what the build made. */
const SKIP = new Set(['node_modules', '.git', '.tollgate']);
/** An upper bound so that a wrong glob (`**` over a monorepo) fails clearly instead of hashing for minutes. */
const MAX_ARTEFACTS = 10_000;
const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
async function walk(root, dir, out) {
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
        if (SKIP.has(e.name))
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
        // Symlinks are skipped: following them could leave the repository or loop.
        if (e.isDirectory())
            await walk(root, full, out);
        else if (e.isFile())
            out.push(toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, full)));
        if (out.length > MAX_ARTEFACTS) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `more than ${MAX_ARTEFACTS} build artefacts under ${root}`, { hint: 'narrow the artifacts input' });
        }
    }
}
/** Repository-relative paths of the files a glob list (comma or newline separated) matches. */
async function filesMatching(repoDir, globs) {
    const all = [];
    await walk(repoDir, repoDir, all);
    return all.filter((f) => globs.some((g) => (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globMatch */ .e)(g, f))).sort();
}
function splitList(value) {
    return (value ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
async function subjectsOf(repoDir, paths) {
    const out = [];
    for (const p of paths)
        out.push({ name: p, digest: { sha256: await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, p)) } });
    return out;
}
/**
 * What the build produced: the files the `artifacts` input names, else everything under the
 * first conventional output folder. Returns the folder or globs used, for the summary.
 */
async function buildOutputs(repoDir, artifactsInput) {
    const globs = splitList(artifactsInput);
    if (globs.length) {
        return {
            from: globs.join(', '),
            products: await subjectsOf(repoDir, await filesMatching(repoDir, globs)),
        };
    }
    for (const d of OUTPUT_DIRS) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, d);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dir)).isDirectory()) {
            const files = [];
            await walk(repoDir, dir, files);
            return { from: `${d}/`, products: await subjectsOf(repoDir, files.sort()) };
        }
    }
    return { from: 'no output folder', products: [] };
}
/** Lockfiles at the project root, with their digests: the dependency set the build resolved. */
async function lockfileMaterials(repoDir) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(repoDir)).filter((n) => _common_detect_language_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILES */ .JA.includes(n) || _common_detect_language_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_PATTERN */ .hq.test(n));
    return subjectsOf(repoDir, names.sort());
}


/***/ }),

/***/ 13420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  containerStep: () => (/* binding */ containerStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/oci/layout.js
var layout = __webpack_require__(80518);
// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var common_handoff = __webpack_require__(30086);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./dist/core/digest.js
var digest = __webpack_require__(63704);
// EXTERNAL MODULE: ./dist/steps/compile/artifacts.js
var artifacts = __webpack_require__(63545);
;// CONCATENATED MODULE: ./dist/steps/container/from-lines.js
/**
 * The base images a Containerfile names, with `ARG` defaults and build arguments substituted:
 * for the provenance's parameters, and to refuse a placeholder digest before buildah tries
 * (and fails) to pull it from a registry.
 */
const ZERO_DIGEST = /@sha256:0{64}$/;
/** Lines with their `\` continuations joined; comments dropped. */
function instructions(text) {
    const out = [];
    let cur = '';
    for (const raw of text.split('\n')) {
        if (/^\s*#/.test(raw))
            continue;
        if (/\\\s*$/.test(raw)) {
            cur += raw.replace(/\\\s*$/, ' ');
            continue;
        }
        out.push((cur + raw).trim());
        cur = '';
    }
    if (cur.trim())
        out.push(cur.trim());
    return out.filter(Boolean);
}
function substitute(value, args) {
    return value.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_m, braced, def, bare) => args[(braced ?? bare)] ?? def ?? '');
}
/** Resolved `FROM` images, without `scratch` and without earlier stages named `AS x`. */
function baseImages(text, buildArgs) {
    const args = {};
    const stages = new Set();
    const images = [];
    for (const line of instructions(text)) {
        const arg = /^ARG\s+(\w+)(?:=(.*))?$/i.exec(line);
        if (arg) {
            const name = arg[1];
            args[name] = buildArgs[name] ?? substitute((arg[2] ?? '').replace(/^"(.*)"$/, '$1'), args);
            continue;
        }
        const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
        if (!from)
            continue;
        const image = substitute(from[1], args);
        if (image !== 'scratch' && !stages.has(image.toLowerCase()))
            images.push(image);
        if (from[2])
            stages.add(from[2].toLowerCase());
    }
    return images;
}
/** Base images pinned to the all-zero digest: placeholders that no registry can serve. */
function placeholderBases(images) {
    return [...new Set(images.filter((i) => ZERO_DIGEST.test(i)))];
}

// EXTERNAL MODULE: ./dist/core/confine.js
var confine = __webpack_require__(98402);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./dist/steps/container/settings.js




/** Where the OCI layout goes, relative to the step's folder (the handoff contract). */
const LAYOUT_DIR = 'image';
/** docker/distribution's grammar: lowercase path components, an optional registry host. */
const NAME = /^(?:[a-z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function bad(message, hint) {
    throw new errors/* TollgateError */.xB('INPUT_INVALID', `container: ${message}`, { hint });
}
/** KEY=VALUE lines (or comma separated); empty lines and `#` comments are skipped. */
function parseBuildArgs(text) {
    const out = {};
    for (const raw of (text ?? '').split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            bad(`build-args line "${line}" is not KEY=VALUE`, 'write one KEY=VALUE per line');
        out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
}
function imageSettings(ctx) {
    const fallback = (ctx.repository.split('/').pop() ?? '').toLowerCase();
    const name = (ctx.inputs.image ?? '').trim() || fallback;
    if (!NAME.test(name)) {
        bad(`"${name}" is not a valid image name`, 'set the image input to a lowercase name such as owner/app');
    }
    const tag = (ctx.inputs.tag ?? '').trim() || ctx.commit.slice(0, 12);
    if (!TAG.test(tag))
        bad(`"${tag}" is not a valid tag`, 'tags are letters, digits, _ . - (at most 128)');
    const context = (0,external_node_path_.resolve)(ctx.repoDir, (ctx.inputs.context ?? '').trim() || '.');
    if (!(0,external_node_fs_.existsSync)(context))
        bad(`context ${context} does not exist`, 'fix the context input');
    return {
        name,
        tag,
        ref: `${name}:${tag}`,
        context,
        buildArgs: parseBuildArgs(ctx.inputs['build-args']),
    };
}
/**
 * The Containerfile to build: the `containerfile` input when it names an existing file; when
 * it is left at its default, `Containerfile` or `Dockerfile` in the context or the project.
 */
function findContainerfile(ctx, context) {
    const input = (ctx.inputs.containerfile ?? '').trim();
    if (input && input !== 'Containerfile') {
        const path = (0,confine/* resolveInside */.L)(ctx.repoDir, input, 'the container input "containerfile"');
        return (0,external_node_fs_.existsSync)(path) ? path : undefined;
    }
    for (const dir of [context, ctx.repoDir]) {
        for (const f of ['Containerfile', 'Dockerfile']) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)))
                return (0,external_node_path_.join)(dir, f);
        }
    }
    return undefined;
}
/** The image's creation time: SOURCE_DATE_EPOCH, else the commit's time, else the epoch. */
async function createdTime(ctx) {
    const sde = process.env.SOURCE_DATE_EPOCH;
    if (sde && /^\d+$/.test(sde))
        return new Date(Number(sde) * 1000).toISOString();
    const res = await ctx.exec
        .run('git', ['log', '-1', '--format=%ct', ctx.commit], { cwd: ctx.repoDir, signal: ctx.signal })
        .catch(() => undefined);
    const secs = res?.code === 0 ? res.stdout.trim() : '';
    return new Date(/^\d+$/.test(secs) ? Number(secs) * 1000 : 0).toISOString();
}
/** The OCI annotations that tie the image to its source. */
function sourceLabels(ctx, created) {
    const server = (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    return {
        'org.opencontainers.image.source': `${server}/${ctx.repository}`,
        'org.opencontainers.image.revision': ctx.commit,
        'org.opencontainers.image.created': created,
    };
}

;// CONCATENATED MODULE: ./dist/steps/container/buildah.js








/**
 * The first error line of a buildah or buildx failure (`Error: …`, `ERROR: …`), without the
 * prefix, else the last line.
 */
function buildahError(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const err = lines.find((l) => /^error:/i.test(l)) ?? lines.at(-1) ?? 'no output';
    // imagebuilder appends a Go struct dump to syntax errors; it only repeats the line.
    return err.replace(/\s*&imagebuilder\.Step\{.*$/, '').replace(/^error:\s*/i, '');
}
/** The base image buildah could not pull, from its error, when that is what failed. */
function unpullableBase(error) {
    const m = /initializing source docker:\/\/(\S+?): /.exec(error) ??
        /short-name "([^"]+)" did not resolve/.exec(error) ??
        /(?:pulling image|Trying to pull)\s+"?([^\s"]+?)"?(?:\.\.\.|\s|$)/.exec(error);
    if (m)
        return m[1];
    return undefined;
}
const toPosix = (p) => p.split(external_node_path_.sep).join('/');
/**
 * buildah in a throw-away storage (vfs under the temp folder, removed afterwards): `bud` with
 * timestamps at the epoch and no layer cache, then `push` into the OCI layout. Base images it
 * pulled are the only other images in that storage, so listing them gives their digests.
 */
async function buildWithBuildah(ctx, settings, containerfile, layoutDir) {
    const store = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-buildah-'));
    const base = [
        '--root',
        (0,external_node_path_.join)(store, 'root'),
        '--runroot',
        (0,external_node_path_.join)(store, 'run'),
        '--storage-driver',
        'vfs',
    ];
    const run = (args) => ctx.exec.run('buildah', [...base, ...args], {
        cwd: ctx.repoDir,
        signal: ctx.signal,
        onOutput: (c) => {
            for (const l of c.split('\n'))
                if (l.trim())
                    ctx.log(l);
        },
    });
    try {
        const file = toPosix((0,external_node_path_.relative)(ctx.repoDir, containerfile));
        const from = baseImages(await (0,promises_.readFile)(containerfile, 'utf8'), settings.buildArgs);
        const placeholders = placeholderBases(from);
        if (placeholders.length) {
            return {
                failed: `${file} names the base image ${placeholders.join(', ')}, whose all-zero digest is a placeholder that no registry serves (pass the real digest with build-args, or use builder: node for a Node.js project)`,
            };
        }
        const labels = sourceLabels(ctx, new Date(0).toISOString());
        delete labels['org.opencontainers.image.created'];
        const bud = await run([
            'bud',
            '--isolation',
            'chroot',
            '--timestamp',
            '0',
            '--layers=false',
            '-f',
            containerfile,
            '-t',
            settings.ref,
            ...Object.entries(settings.buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
            ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
            settings.context,
        ]);
        if (bud.code !== 0) {
            const error = buildahError(bud.stderr);
            const baseImage = unpullableBase(error);
            return {
                failed: baseImage
                    ? `buildah cannot pull the base image ${baseImage} of ${file}: ${error} (use builder: node for a Node.js project, or a base image from a registry this machine can reach)`
                    : `buildah bud ${file} failed: ${error}`,
            };
        }
        const push = await run(['push', settings.ref, `oci:${layoutDir}:${settings.ref}`]);
        if (push.code !== 0)
            return { failed: `buildah push failed: ${buildahError(push.stderr)}` };
        const { descriptor } = await (0,layout/* resolveImage */.AT)(layoutDir, settings.ref);
        const listed = await run(['images', '--json']);
        const stored = JSON.parse(listed.stdout || '[]');
        const bases = stored
            .filter((i) => !(i.names ?? []).some((n) => n.endsWith(`/${settings.ref}`) || n === settings.ref))
            .filter((i) => i.digest?.startsWith('sha256:'))
            .map((i) => ({
            name: i.names?.[0] ?? i.id ?? 'base',
            digest: { sha256: i.digest.slice(7) },
        }));
        const outputs = await (0,artifacts/* buildOutputs */.JZ)(ctx.repoDir, undefined);
        const containerfileSubject = {
            name: file,
            digest: { sha256: await (0,digest/* sha256File */.Q3)(containerfile) },
        };
        return {
            builder: 'buildah',
            digest: descriptor.digest,
            materials: [containerfileSubject, ...outputs.products, ...bases],
            parameters: {
                containerfile: file,
                context: toPosix((0,external_node_path_.relative)(ctx.repoDir, settings.context)) || '.',
                buildArgs: settings.buildArgs,
                from,
            },
            notes: [
                `buildah ${file}; base images: ${bases.map((b) => `${b.name}@sha256:${b.digest.sha256.slice(0, 12)}`).join(', ') || 'none (FROM scratch)'}`,
                `build output in the context: ${outputs.products.length} file(s) from ${outputs.from}`,
            ],
            metrics: { baseImages: bases.length },
        };
    }
    finally {
        await (0,promises_.rm)(store, { recursive: true, force: true }).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./dist/steps/container/choose.js




/** Whether a command is on PATH (without running it: buildah and docker are slow to start). */
function onPath(command, path = process.env.PATH ?? '') {
    return path
        .split(external_node_path_.delimiter)
        .filter(Boolean)
        .some((dir) => {
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir, command), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}
/**
 * `auto`: a Containerfile/Dockerfile → buildah, or docker buildx where only docker is there;
 * none but a package.json → the node builder; else an error that says what to add.
 */
function chooseBuilder(ctx, context, tools = onPath) {
    const input = ((ctx.inputs.builder ?? '').trim() || 'auto');
    if (!['auto', 'buildah', 'docker', 'node'].includes(input)) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `container: builder "${input}" is not auto, buildah, docker or node`);
    }
    if (input === 'node')
        return { builder: 'node' };
    const containerfile = findContainerfile(ctx, context);
    if (!containerfile) {
        const named = (ctx.inputs.containerfile ?? '').trim();
        if (input === 'auto' &&
            (0,external_node_fs_.existsSync)((0,external_node_path_.join)(context, 'package.json')) &&
            (!named || named === 'Containerfile')) {
            return { builder: 'node' };
        }
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `container: no ${named && named !== 'Containerfile' ? named : 'Containerfile or Dockerfile'} in ${context}`, {
            hint: 'add a Containerfile, set the containerfile input, or use builder: node for a Node.js project',
        });
    }
    if (input === 'buildah' || input === 'docker') {
        if (!tools(input)) {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `container: ${input} is not installed on this machine`, {
                hint: input === 'buildah'
                    ? 'apt-get install buildah, or use builder: auto'
                    : 'install Docker with buildx, or use builder: auto',
            });
        }
        return { builder: input, containerfile };
    }
    if (tools('buildah'))
        return { builder: 'buildah', containerfile };
    if (tools('docker'))
        return { builder: 'docker', containerfile };
    throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', 'container: neither buildah nor docker is installed to build the Containerfile', {
        hint: 'install buildah (apt-get install buildah), or use builder: node for a Node.js project',
    });
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./dist/oci/types.js
var oci_types = __webpack_require__(24667);
;// CONCATENATED MODULE: ./dist/oci/archive.js








/**
 * OCI layouts that arrive as a tar (`docker buildx build --output type=oci`): unpacked into a
 * folder, then reduced to the one image the build made, named with the step's reference.
 */
/** Unpacks regular files and folders only; a path that would leave `dir` is an error. */
async function extractLayoutTar(file, dir) {
    const extract = tar_stream.extract();
    const done = (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), extract);
    // An entry refused below ends the loop early; the read side then closes prematurely.
    done.catch(() => undefined);
    for await (const entry of extract) {
        const name = external_node_path_.posix.normalize(entry.header.name);
        if (name.startsWith('../') || name.startsWith('/') || name === '..') {
            entry.resume();
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file}: entry ${entry.header.name} leaves the layout`);
        }
        const target = (0,external_node_path_.join)(dir, name);
        if (entry.header.type === 'directory') {
            await (0,promises_.mkdir)(target, { recursive: true });
            entry.resume();
        }
        else if (entry.header.type === 'file') {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,external_node_stream_promises_.pipeline)(entry, (0,external_node_fs_.createWriteStream)(target));
        }
        else {
            entry.resume();
        }
    }
    await done;
}
const HOST_ARCH = { x64: 'amd64', arm64: 'arm64' };
/** The image manifests an index names, nested indexes included (buildx may wrap one). */
async function imageManifests(dir, index) {
    const out = [];
    for (const d of index.manifests) {
        if (d.mediaType === oci_types/* MEDIA */.R.manifest || d.mediaType === oci_types/* MEDIA */.R.dockerManifest)
            out.push(d);
        else if (d.mediaType === oci_types/* MEDIA */.R.index || d.mediaType === oci_types/* MEDIA */.R.dockerManifestList) {
            out.push(...(await imageManifests(dir, await (0,layout/* readJsonBlob */.IB)(dir, d))));
        }
    }
    return out;
}
/**
 * Makes `index.json` name exactly one image manifest under `refName`: the only one, or the
 * one for this machine's platform. Attestation manifests (platform unknown/unknown) are dropped.
 */
async function keepSingleImage(dir, refName) {
    const all = (await imageManifests(dir, await (0,layout/* readIndex */.vY)(dir))).filter((d) => d.platform?.os !== 'unknown');
    const arch = HOST_ARCH[process.arch] ?? process.arch;
    const chosen = all.length === 1
        ? all
        : all.filter((d) => d.platform?.architecture === arch && d.platform.os === 'linux');
    if (chosen.length !== 1) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${dir}: ${all.length} images in the build output, expected one`, {
            hint: 'build for one platform',
        });
    }
    const desc = { ...chosen[0], annotations: { [layout/* REF_NAME */.w5]: refName } };
    await (0,layout/* writeIndex */._M)(dir, { schemaVersion: 2, mediaType: oci_types/* MEDIA */.R.index, manifests: [desc] });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    return desc;
}

// EXTERNAL MODULE: ./dist/steps/common/step-env.js
var step_env = __webpack_require__(96098);
;// CONCATENATED MODULE: ./dist/steps/container/docker.js









const docker_toPosix = (p) => p.split(external_node_path_.sep).join('/');
/**
 * Docker buildx, for runners that have Docker and not buildah. The OCI exporter writes a
 * layout tar; SOURCE_DATE_EPOCH=0 with rewrite-timestamp makes the layers reproducible
 * (BuildKit ≥ 0.13). Provenance and SBOM attestations of BuildKit are off: Tollgate attests
 * the image itself, and they would add manifests to the layout.
 */
async function buildWithDocker(ctx, settings, containerfile, layoutDir) {
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-buildx-'));
    const opts = {
        cwd: ctx.repoDir,
        signal: ctx.signal,
        env: { ...(0,step_env/* stepEnv */.W)(ctx), SOURCE_DATE_EPOCH: '0' },
        onOutput: (c) => {
            for (const l of c.split('\n'))
                if (l.trim())
                    ctx.log(l);
        },
    };
    try {
        const version = await ctx.exec.run('docker', ['buildx', 'version'], opts);
        if (version.code !== 0) {
            return {
                failed: `docker buildx is not available: ${buildahError(version.stderr)} (install the buildx plugin, or use builder: buildah)`,
            };
        }
        const tar = (0,external_node_path_.join)(tmp, 'image.tar');
        const labels = sourceLabels(ctx, new Date(0).toISOString());
        delete labels['org.opencontainers.image.created'];
        const res = await ctx.exec.run('docker', [
            'buildx',
            'build',
            '-f',
            containerfile,
            '--provenance=false',
            '--sbom=false',
            '--output',
            `type=oci,dest=${tar},name=${settings.ref},rewrite-timestamp=true`,
            '--build-arg',
            'SOURCE_DATE_EPOCH=0',
            ...Object.entries(settings.buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
            ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
            settings.context,
        ], opts);
        const file = docker_toPosix((0,external_node_path_.relative)(ctx.repoDir, containerfile));
        if (res.code !== 0) {
            return {
                failed: `docker buildx build ${file} failed: ${buildahError(res.stderr)} (the OCI exporter needs a docker-container builder: docker buildx create --use)`,
            };
        }
        await extractLayoutTar(tar, layoutDir);
        const desc = await keepSingleImage(layoutDir, settings.ref);
        const outputs = await (0,artifacts/* buildOutputs */.JZ)(ctx.repoDir, undefined);
        return {
            builder: 'docker',
            digest: desc.digest,
            materials: [
                { name: file, digest: { sha256: await (0,digest/* sha256File */.Q3)(containerfile) } },
                ...outputs.products,
            ],
            parameters: {
                containerfile: file,
                buildArgs: settings.buildArgs,
                buildx: version.stdout.trim(),
            },
            notes: [
                `docker buildx ${file}; build output in the context: ${outputs.products.length} file(s)`,
            ],
            metrics: {},
        };
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./dist/oci/layer.js









const EPOCH = new Date(0);
/** Adds the parent folders an entry list lacks (a tar without them extracts, but not everywhere alike). */
function withParents(entries) {
    const byPath = new Map();
    for (const e of entries)
        byPath.set(normalise(e.path), { ...e, path: normalise(e.path) });
    for (const p of [...byPath.keys()]) {
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            if (!byPath.has(dir))
                byPath.set(dir, { path: dir, type: 'dir' });
        }
    }
    // Plain code-point order, independent of the locale.
    return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function normalise(p) {
    return p.replace(/^\/+/, '').replace(/\/+$/, '');
}
function hashing(hash) {
    return new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
        },
    });
}
async function addEntry(pack, e) {
    const base = { name: e.path, mtime: EPOCH, uid: 0, gid: 0, uname: '', gname: '' };
    switch (e.type) {
        case 'dir':
            await new Promise((res, rej) => pack.entry({ ...base, name: `${e.path}/`, type: 'directory', mode: e.mode ?? 0o755 }, (err) => (err ? rej(err) : res())));
            return;
        case 'symlink':
            await new Promise((res, rej) => pack.entry({ ...base, type: 'symlink', linkname: e.target, mode: 0o777 }, (err) => err ? rej(err) : res()));
            return;
        case 'data':
            await new Promise((res, rej) => pack.entry({ ...base, type: 'file', mode: e.mode, size: e.data.length }, e.data, (err) => err ? rej(err) : res()));
            return;
        case 'file': {
            const sink = pack.entry({ ...base, type: 'file', mode: e.mode, size: e.size });
            await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(e.source), sink);
            return;
        }
    }
}
/**
 * Writes a gzip layer into the layout `dir` and returns its descriptor and diff id. The tar is
 * streamed (a node binary is about 120 MB) and hashed before and after compression.
 */
async function writeLayer(dir, entries, options = {}) {
    const sorted = withParents(entries);
    const tmp = await (0,layout/* tempBlobFile */.wI)(dir);
    const pack = tar_stream.pack();
    const diff = (0,external_node_crypto_.createHash)('sha256');
    const done = (0,external_node_stream_promises_.pipeline)(pack, hashing(diff), (0,external_node_zlib_.createGzip)({ level: options.level ?? 6 }), (0,external_node_fs_.createWriteStream)(tmp));
    try {
        for (const e of sorted)
            await addEntry(pack, e);
        pack.finalize();
        await done;
    }
    catch (e) {
        pack.destroy(e);
        await done.catch(() => undefined);
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
    const descriptor = await (0,layout/* adoptBlobFile */.e6)(dir, tmp, oci_types/* MEDIA */.R.layerGzip);
    return { descriptor, diffId: `sha256:${diff.digest('hex')}`, entries: sorted.length };
}

;// CONCATENATED MODULE: ./dist/steps/container/node/host-files.js



/**
 * Copies of host files into an image layer, at the same absolute paths, with every symlink on
 * the way kept as a symlink. On a merged-/usr system `/lib64/ld-linux-x86-64.so.2` goes through
 * `/lib64 -> usr/lib64` and a library such as `libstdc++.so.6` is a link to its versioned file;
 * the dynamic loader and the libraries are looked up by exactly those paths at run time, so the
 * image needs the same chain, not just the final file.
 */
/** Executable on the host → 0755, else 0644: fixed modes, independent of umask and owner. */
const modeOf = (hostMode) => (hostMode & 0o111 ? 0o755 : 0o644);
function emptyHostFiles() {
    return { entries: new Map(), hostPaths: new Set() };
}
/** Adds `path` (absolute), following and recording symlinks in any of its components. */
async function addHostPath(files, path, depth = 0) {
    if (depth > 40) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${path}: too many levels of symbolic links`);
    }
    const parts = external_node_path_.posix.normalize(path).split('/').filter(Boolean);
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
        cur = `${cur}/${parts[i]}`;
        let st;
        try {
            st = await (0,promises_.lstat)(cur);
        }
        catch (e) {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `${cur}: cannot read this file for the image`, {
                cause: e,
            });
        }
        if (st.isSymbolicLink()) {
            const target = await (0,promises_.readlink)(cur);
            files.entries.set(cur, { path: cur, type: 'symlink', target });
            // A folder link (/lib -> usr/lib) is not looked up: dpkg -S /lib names every package
            // with a file in /lib.
            if (i === parts.length - 1)
                files.hostPaths.add(cur);
            const resolved = target.startsWith('/') ? target : external_node_path_.posix.join((0,external_node_path_.dirname)(cur), target);
            const rest = parts.slice(i + 1).join('/');
            await addHostPath(files, rest ? `${resolved}/${rest}` : resolved, depth + 1);
            return;
        }
        if (i === parts.length - 1) {
            if (st.isDirectory()) {
                files.entries.set(cur, { path: cur, type: 'dir' });
            }
            else if (st.isFile()) {
                files.entries.set(cur, {
                    path: cur,
                    type: 'file',
                    mode: modeOf(st.mode),
                    source: cur,
                    size: st.size,
                });
                files.hostPaths.add(cur);
            }
            else {
                throw new errors/* TollgateError */.xB('INPUT_INVALID', `${cur}: not a regular file, folder or link`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./dist/steps/container/node/app.js







const APP_DIR = '/app';
const app_toPosix = (p) => p.split(external_node_path_.sep).join('/');
/** The folders of the production dependencies (`npm ls --omit=dev`), relative to the project. */
async function productionModules(ctx, dir) {
    const res = await ctx.exec.run('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
        cwd: dir,
        signal: ctx.signal,
    });
    // npm ls exits 1 on extraneous or missing packages but still lists what is installed.
    const lines = res.stdout.split('\n').filter((l) => l.trim());
    if (lines.length === 0) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `npm ls in ${dir} failed: ${res.stderr.trim()}`, {
            hint: 'run npm ci first, or list what to pack in the app-paths input',
        });
    }
    return lines
        .map((l) => app_toPosix((0,external_node_path_.relative)(dir, l.trim())))
        .filter((p) => p.startsWith('node_modules/'));
}
async function walk(root, rel, out, files) {
    const full = (0,external_node_path_.join)(root, rel);
    const st = await (0,promises_.lstat)(full);
    const inImage = `${APP_DIR}/${app_toPosix(rel)}`;
    if (st.isSymbolicLink())
        return; // a link could point out of the project; never followed
    if (st.isDirectory()) {
        out.push({ path: inImage, type: 'dir' });
        const names = (await (0,promises_.readdir)(full)).sort();
        // Nested node_modules of a package are its own dependencies: packed with it.
        for (const n of names)
            await walk(root, (0,external_node_path_.join)(rel, n), out, files);
    }
    else if (st.isFile()) {
        out.push({ path: inImage, type: 'file', mode: modeOf(st.mode), source: full, size: st.size });
        files.push(app_toPosix(rel));
    }
}
/**
 * The app layer: the `app-paths` (default `dist`, `package.json` and the production
 * `node_modules`) under /app. A missing path is an error that names it: an image without
 * the build output would start and fail at run time.
 */
async function appLayer(ctx, projectDir) {
    const explicit = (0,artifacts/* splitList */.ry)(ctx.inputs['app-paths']);
    const paths = explicit.length ? explicit : ['dist', 'package.json'];
    for (const p of paths) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(projectDir, p))) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${(0,external_node_path_.join)(projectDir, p)}: no such file or folder to pack`, {
                hint: p === 'dist'
                    ? 'run the build first (the compile step), or set app-paths to where the build output is'
                    : 'fix the app-paths input',
            });
        }
    }
    let modules = [];
    if (!explicit.length && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(projectDir, 'node_modules'))) {
        modules = await productionModules(ctx, projectDir);
        ctx.log(`container: ${modules.length} production package folder(s) of node_modules`);
    }
    const entries = [];
    const rels = [];
    for (const p of [...paths, ...modules])
        await walk(projectDir, p.replace(/\/+$/, ''), entries, rels);
    const unique = [...new Set(rels)].sort();
    const files = [];
    // Named relative to the project folder, as compile names its products (the context may be a
    // subfolder of it).
    for (const f of unique) {
        const full = (0,external_node_path_.join)(projectDir, f);
        files.push({
            name: app_toPosix((0,external_node_path_.relative)(ctx.repoDir, full)),
            digest: { sha256: await (0,digest/* sha256File */.Q3)(full) },
        });
    }
    return {
        entries,
        files,
        paths: [...paths, ...(modules.length ? ['node_modules (production)'] : [])],
    };
}

;// CONCATENATED MODULE: ./dist/steps/container/node/dpkg.js

/**
 * A distroless-style package database: `/var/lib/dpkg/status.d/<package>` holds the host's own
 * dpkg status stanza of every Debian package that owns a file copied into the image, so an
 * SBOM tool (syft, trivy, Tollgate's sca) lists the OS packages the image really contains,
 * with their real versions. Nothing is made up: a file dpkg does not know stays unlisted.
 */
const DPKG_STATUS = '/var/lib/dpkg/status';
/** `dpkg -S` lines: `libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6` (several owners comma separated). */
function parseDpkgSearch(output) {
    const owners = new Map();
    for (const line of output.split('\n')) {
        if (line.startsWith('diversion '))
            continue;
        const m = /^(.+?): (\/.*)$/.exec(line.trim());
        if (!m)
            continue;
        owners.set(m[2], m[1].split(',').map((s) => s.trim()));
    }
    return owners;
}
/** The stanza of `pkg` (`name` or `name:arch`) in a dpkg status file, as written there. */
function stanzaOf(status, pkg) {
    const [name, arch] = pkg.split(':');
    for (const stanza of status.split(/\n\s*\n/)) {
        const field = (f) => new RegExp(`^${f}: (.*)$`, 'm').exec(stanza)?.[1]?.trim();
        if (field('Package') !== name)
            continue;
        if (arch && field('Architecture') !== arch && field('Architecture') !== 'all')
            continue;
        if (!/^Status: .*installed$/m.test(stanza))
            continue;
        return `${stanza.trim()}\n`;
    }
    return undefined;
}
/**
 * The names a file may have in the dpkg database. On a merged-/usr system `/lib` is a link to
 * `usr/lib`, but packages still list `/lib/x86_64-linux-gnu/libc.so.6`; a path found through
 * the links is asked for under both names.
 */
function dpkgNames(path) {
    const m = /^\/usr\/(lib|lib32|lib64|libx32|bin|sbin)\//.exec(path);
    return m ? [path, path.slice(4)] : [path];
}
async function dpkgRecords(ctx, paths) {
    if (paths.length === 0)
        return { stanzas: new Map() };
    let status;
    let out;
    try {
        status = await (0,promises_.readFile)(DPKG_STATUS, 'utf8');
        // Exit code 1 only says some paths are not from a package (e.g. a node from a tarball).
        const names = [...new Set(paths.flatMap(dpkgNames))].sort();
        out = await ctx.exec.run('dpkg', ['-S', ...names], { cwd: ctx.repoDir, signal: ctx.signal });
    }
    catch {
        return { stanzas: new Map(), note: 'no dpkg database on this machine; no OS packages listed' };
    }
    const stanzas = new Map();
    for (const owners of parseDpkgSearch(out.stdout).values()) {
        for (const owner of owners) {
            const name = owner.split(':')[0];
            if (stanzas.has(name))
                continue;
            const stanza = stanzaOf(status, owner);
            if (stanza)
                stanzas.set(name, stanza);
        }
    }
    return { stanzas };
}

;// CONCATENATED MODULE: ./dist/steps/container/node/ldd.js

/**
 * The shared libraries a binary loads, from `ldd`. Lines look like
 *   libstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x…)
 *   /lib64/ld-linux-x86-64.so.2 (0x…)
 *   linux-vdso.so.1 (0x…)                 (in the kernel, no file)
 * and `statically linked` / `not a dynamic executable` for binaries without any.
 */
function parseLdd(output) {
    const libraries = [];
    const missing = [];
    for (const raw of output.split('\n')) {
        const line = raw.trim();
        const arrow = /^(\S+)\s+=>\s+(.*?)(?:\s+\(0x[0-9a-f]+\))?$/.exec(line);
        if (arrow) {
            if (arrow[2] === 'not found')
                missing.push(arrow[1]);
            else if (arrow[2].startsWith('/'))
                libraries.push(arrow[2]);
            continue;
        }
        const direct = /^(\/\S+)\s+\(0x[0-9a-f]+\)$/.exec(line);
        if (direct)
            libraries.push(direct[1]);
    }
    return { libraries: [...new Set(libraries)], missing };
}
async function sharedLibraries(ctx, binary) {
    let res;
    try {
        res = await ctx.exec.run('ldd', [binary], { cwd: ctx.repoDir, signal: ctx.signal });
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `ldd is not available to list ${binary}'s libraries`, {
            cause: e,
            hint: 'install libc-bin (Debian/Ubuntu) or build with a Containerfile',
        });
    }
    const text = `${res.stdout}\n${res.stderr}`;
    if (res.code !== 0) {
        if (/not a dynamic executable|statically linked/.test(text))
            return [];
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `ldd ${binary} failed: ${text.trim().split('\n')[0]}`);
    }
    const { libraries, missing } = parseLdd(res.stdout);
    if (missing.length) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${binary} needs libraries that are not installed: ${missing.join(', ')}`, { hint: 'install them, or point the node-binary input at another Node.js binary' });
    }
    return libraries;
}

;// CONCATENATED MODULE: ./dist/steps/container/node/runtime.js






/** The user the service runs as: numeric and non-root, so Kubernetes can check runAsNonRoot. */
const APP_UID = 10001;
const NODE_PATH = '/usr/local/bin/node';
/** Optional: the CA bundle, for code that uses the system store instead of Node's own. */
const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
const PASSWD = `root:x:0:0:root:/root:/sbin/nologin\napp:x:${APP_UID}:${APP_UID}:app:/app:/sbin/nologin\n`;
const GROUP = `root:x:0:\napp:x:${APP_UID}:\n`;
/**
 * The runtime layer: node at /usr/local/bin/node, the libraries `ldd` names with their links
 * and the dynamic loader, a passwd/group with the app user, /tmp, the CA bundle when the host
 * has one, and the dpkg records of the Debian packages those files come from.
 */
async function runtimeLayer(ctx) {
    const nodeBinary = (ctx.inputs['node-binary'] ?? '').trim() || process.execPath;
    const st = await (0,promises_.stat)(nodeBinary).catch(() => undefined);
    if (!st?.isFile()) {
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `node-binary ${nodeBinary}: no such file`, {
            hint: 'set the node-binary input to a Node.js executable, or leave it empty to use the running one',
        });
    }
    const libraries = await sharedLibraries(ctx, nodeBinary);
    const files = emptyHostFiles();
    for (const lib of libraries)
        await addHostPath(files, lib);
    if ((0,external_node_fs_.existsSync)(CA_BUNDLE))
        await addHostPath(files, CA_BUNDLE);
    const dpkg = await dpkgRecords(ctx, [nodeBinary, ...libraries, ...files.hostPaths]);
    if (dpkg.note)
        ctx.log(dpkg.note);
    const entries = [
        ...files.entries.values(),
        { path: NODE_PATH, type: 'file', mode: 0o755, source: nodeBinary, size: st.size },
        { path: '/etc/passwd', type: 'data', mode: 0o644, data: Buffer.from(PASSWD) },
        { path: '/etc/group', type: 'data', mode: 0o644, data: Buffer.from(GROUP) },
        { path: '/tmp', type: 'dir', mode: 0o1777 },
        { path: '/app', type: 'dir', mode: 0o755 },
    ];
    for (const [name, stanza] of dpkg.stanzas) {
        entries.push({
            path: `/var/lib/dpkg/status.d/${name}`,
            type: 'data',
            mode: 0o644,
            data: Buffer.from(stanza),
        });
    }
    return { entries, nodeBinary, libraries, packages: [...dpkg.stanzas.keys()].sort() };
}

;// CONCATENATED MODULE: ./dist/steps/container/node/config.js





/** Docker counts healthcheck durations in nanoseconds. */
const SECOND = 1_000_000_000;
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** A command input: a JSON array as is, else split on white space (no shell quoting). */
function commandOf(value) {
    const v = value.trim();
    if (v.startsWith('[')) {
        const parsed = JSON.parse(v);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') && parsed.length) {
            return parsed;
        }
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `"${v}" is not a JSON array of strings`);
    }
    return v.split(/\s+/);
}
/**
 * What the image runs: the `command` input, else `scripts.start` of package.json when it is
 * `node <file>` (how the project says it starts), else its `main`.
 */
async function defaultCommand(projectDir) {
    const path = (0,external_node_path_.join)(projectDir, 'package.json');
    let pkg;
    try {
        pkg = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${path}: cannot read the entry point`, {
            cause: e,
            hint: 'set the command input, e.g. node /app/dist/main.js',
        });
    }
    const start = typeof pkg.scripts?.start === 'string' ? pkg.scripts.start : '';
    const m = /^node\s+(\S+\.[cm]?js)$/.exec(start.trim());
    const main = m?.[1] ?? (typeof pkg.main === 'string' ? pkg.main : undefined);
    if (!main) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${path}: no "main" and no "start": "node <file>"`, {
            hint: 'set the command input, e.g. node /app/dist/main.js',
        });
    }
    return ['node', `${APP_DIR}/${main.replace(/^\.\//, '')}`];
}
const ARCH = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ppc64: 'ppc64le',
    s390x: 's390x',
};
function imageConfig(input) {
    return {
        created: input.created,
        architecture: ARCH[process.arch] ?? process.arch,
        os: 'linux',
        config: {
            User: `${APP_UID}:${APP_UID}`,
            Env: [PATH_ENV, 'NODE_ENV=production', `PORT=${input.port}`],
            Cmd: input.cmd,
            WorkingDir: APP_DIR,
            ExposedPorts: { [`${input.port}/tcp`]: {} },
            Labels: input.labels,
            StopSignal: 'SIGTERM',
            ...(input.healthcheck
                ? {
                    Healthcheck: {
                        Test: ['CMD', ...input.healthcheck],
                        Interval: 30 * SECOND,
                        Timeout: 3 * SECOND,
                        StartPeriod: 5 * SECOND,
                        Retries: 3,
                    },
                }
                : {}),
        },
        rootfs: { type: 'layers', diff_ids: input.diffIds },
        history: input.history.map((h) => ({ created: input.created, created_by: h })),
    };
}

;// CONCATENATED MODULE: ./dist/steps/container/node/index.js







/**
 * The buildpack-like path for a Node project without a usable Containerfile: the OCI layout is
 * written directly, two layers (runtime, app) and a config, with no base image to pull. The
 * same node binary, libraries and build output give the same digest.
 */
async function buildNodeImage(ctx, settings, layoutDir) {
    const projectDir = settings.context;
    // Checked first: a missing build output is the likely mistake, and cheap to find.
    const app = await appLayer(ctx, projectDir);
    const cmd = (ctx.inputs.command ?? '').trim()
        ? commandOf(ctx.inputs.command)
        : await defaultCommand(projectDir);
    const portText = (ctx.inputs.port ?? '').trim() || '8080';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `container: port "${portText}" is not a port number`);
    }
    const healthcheck = (ctx.inputs.healthcheck ?? '').trim();
    const runtime = await runtimeLayer(ctx);
    const created = await createdTime(ctx);
    await (0,layout/* initLayout */.D1)(layoutDir);
    const started = Date.now();
    const levelText = (ctx.inputs['compression-level'] ?? '').trim() || '6';
    const level = Number(levelText);
    if (!Number.isInteger(level) || level < 1 || level > 9) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `container: compression-level "${levelText}" is not 1 to 9`);
    }
    const runtimeBlob = await writeLayer(layoutDir, runtime.entries, { level });
    const appBlob = await writeLayer(layoutDir, app.entries, { level });
    const layerMs = Date.now() - started;
    ctx.log(`container: layers written in ${layerMs} ms (gzip level ${level})`);
    const nodeVersion = await ctx.exec
        .run(runtime.nodeBinary, ['--version'], { cwd: projectDir, signal: ctx.signal })
        .then((r) => r.stdout.trim())
        .catch(() => 'unknown');
    const config = imageConfig({
        created,
        diffIds: [runtimeBlob.diffId, appBlob.diffId],
        history: [
            `tollgate container (node): runtime: node ${nodeVersion}, ${runtime.libraries.length} shared libraries, ${runtime.packages.length} dpkg records`,
            `tollgate container (node): app: ${app.paths.join(', ')} in /app`,
        ],
        cmd,
        port,
        ...(healthcheck ? { healthcheck: commandOf(healthcheck) } : {}),
        labels: sourceLabels(ctx, created),
    });
    const desc = await (0,layout/* writeImage */.te)(layoutDir, config, [runtimeBlob.descriptor, appBlob.descriptor], settings.ref);
    return {
        builder: 'node',
        digest: desc.digest,
        materials: app.files,
        parameters: {
            nodeVersion,
            appPaths: app.paths,
            cmd,
            port,
            ...(healthcheck ? { healthcheck } : {}),
            osPackages: runtime.packages,
        },
        notes: [
            `node ${nodeVersion} with ${runtime.libraries.length} shared libraries; OS packages: ${runtime.packages.join(', ') || 'none recorded'}`,
            `app: ${app.files.length} file(s) from ${app.paths.join(', ')}; command: ${cmd.join(' ')}`,
            `layers: runtime ${(runtimeBlob.descriptor.size / 1e6).toFixed(1)} MB, app ${(appBlob.descriptor.size / 1e6).toFixed(2)} MB (gzip level ${level}, ${layerMs} ms)`,
        ],
        metrics: {
            appFiles: app.files.length,
            layerBytes: runtimeBlob.descriptor.size + appBlob.descriptor.size,
            layerMs,
        },
    };
}

;// CONCATENATED MODULE: ./dist/steps/container/types.js
const isFailure = (b) => 'failed' in b;

;// CONCATENATED MODULE: ./dist/steps/container/index.js













function failed(reason) {
    return { status: 'failed', failure: 'tool', reason, attestations: [], products: [], reports: [] };
}
async function build(ctx) {
    const settings = imageSettings(ctx);
    const choice = chooseBuilder(ctx, settings.context);
    const layoutDir = (0,external_node_path_.join)(ctx.outDir, LAYOUT_DIR);
    // A layout left by an earlier run would add a second image (the contract is exactly one),
    // and its image.json would hand on an image this run did not build.
    await (0,promises_.rm)(layoutDir, { recursive: true, force: true });
    await (0,promises_.rm)((0,external_node_path_.join)(ctx.outDir, common_handoff/* IMAGE_FILE */.xA), { force: true });
    await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
    ctx.log(`container: builder ${choice.builder}${choice.containerfile ? ` (${choice.containerfile})` : ''}; image ${settings.ref}`);
    const result = choice.builder === 'node'
        ? await buildNodeImage(ctx, settings, layoutDir)
        : choice.builder === 'buildah'
            ? await buildWithBuildah(ctx, settings, choice.containerfile, layoutDir)
            : await buildWithDocker(ctx, settings, choice.containerfile, layoutDir);
    return { build: result, name: settings.name, ref: settings.ref };
}
/**
 * `container`: builds the image (buildah or docker buildx from a Containerfile, or the node
 * builder from the compiled output), leaves it as an OCI layout in `image/` with `image.json`
 * for the later steps, and attests SLSA provenance whose subject is the image manifest digest
 * and whose materials are the packed build output, so that a chain rule can prove the image
 * holds exactly what `compile` built.
 */
const containerStep = {
    id: 'container',
    async run(ctx) {
        const startedOn = new Date();
        let out;
        try {
            out = await build(ctx);
        }
        catch (e) {
            // Bad input (a missing dist/, a wrong name) is a failed step with a reason, not a crash.
            if ((0,errors/* isTollgateError */.bK)(e))
                return failed(`${e.message}${e.hint ? ` (${e.hint})` : ''}`);
            throw e;
        }
        if (isFailure(out.build))
            return failed(out.build.failed);
        const img = out.build;
        const layoutDir = (0,external_node_path_.join)(ctx.outDir, LAYOUT_DIR);
        // Read back through the checked reader: the digest handed on is one that verifies.
        const resolved = await (0,layout/* resolveImage */.AT)(layoutDir, out.ref);
        if (resolved.descriptor.digest !== img.digest) {
            return failed(`the layout names ${resolved.descriptor.digest} for ${out.ref}, the build reported ${img.digest}`);
        }
        const handoff = {
            layout: LAYOUT_DIR,
            digest: img.digest,
            name: out.name,
            ref: out.ref,
        };
        await (0,common_handoff/* writeHandoff */.K7)(ctx.outDir, common_handoff/* IMAGE_FILE */.xA, handoff);
        const subject = { name: out.name, digest: { sha256: img.digest.replace(/^sha256:/, '') } };
        const reason = `built ${out.ref} (${img.digest}) with ${img.builder}`;
        return {
            status: 'passed',
            reason,
            attestations: [
                {
                    predicateType: types/* PREDICATE */.W3.slsaProvenance,
                    predicate: (0,builders/* makeProvenance */.wL)({
                        builderId: `https://tollgate.dev/steps/container/${img.builder}`,
                        externalParameters: {
                            repository: ctx.repository,
                            image: out.ref,
                            builder: img.builder,
                            ...img.parameters,
                        },
                        materials: img.materials,
                        startedOn,
                        finishedOn: new Date(),
                    }),
                },
            ],
            products: [subject],
            materials: img.materials,
            // The whole layout, blobs included: the jobs after this one read the image from the
            // step's artifact on other machines.
            reports: [(0,external_node_path_.join)(ctx.outDir, common_handoff/* IMAGE_FILE */.xA), ...(await (0,common_handoff/* filesUnder */.mz)(layoutDir))],
            summary: [`**container** ${reason}`, ...img.notes.map((n) => `- ${n}`)].join('\n'),
            metrics: { ...img.metrics, materials: img.materials.length },
        };
    },
};


/***/ })

};
