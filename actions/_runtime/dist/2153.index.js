export const id = 2153;
export const ids = [2153];
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

/***/ 94091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iA: () => (/* binding */ materialsOf),
/* harmony export */   uy: () => (/* binding */ checkChain),
/* harmony export */   y0: () => (/* binding */ productsOf)
/* harmony export */ });
/* unused harmony export normaliseArtefactName */
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57430);
/* harmony import */ var _attest_predicates_step_meta_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73283);


/**
 * One spelling per artefact, so that `./dist/app.js` cannot slip past a rule on `dist/**`:
 * POSIX separators, `.` segments and doubled slashes dropped. A name that is absolute, has a
 * `..` segment or a backslash means something only relative to a folder the gate cannot see,
 * so it gives undefined (cannot be matched). URIs (`pkg:`, `git+https:`) keep their form.
 */
function normaliseArtefactName(raw) {
    if (raw.includes('\\') || raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
        return undefined;
    const segments = raw.split('/');
    if (segments.includes('..'))
        return undefined;
    if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(raw))
        return raw;
    const kept = segments.filter((s) => s !== '.' && s !== '');
    return kept.length ? kept.join('/') : undefined;
}
/** What a step produced: its subjects, except the commit it is about. */
function productsOf(statements) {
    return statements.flatMap((s) => s.subject
        .filter((x) => x.digest.sha256 && !x.digest.gitCommit)
        .flatMap((x) => {
        const name = normaliseArtefactName(x.name);
        return name === undefined ? [] : [{ name, sha256: x.digest.sha256 }];
    }));
}
/**
 * What a step consumed: SLSA resolvedDependencies plus Tollgate's own `materials`, every one
 * of them, including those without a name or a SHA-256 digest: dropping those here would let
 * them pass a chain rule unchecked.
 */
function materialsOf(statements) {
    const out = [];
    for (const s of statements) {
        const def = s.predicate
            .buildDefinition;
        const deps = Array.isArray(def?.resolvedDependencies) ? def.resolvedDependencies : [];
        const own = (0,_attest_predicates_step_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .stepMetaOf */ .j)(s.predicateType, s.predicate)?.materials;
        for (const m of [...deps, ...(Array.isArray(own) ? own : [])]) {
            const { name: n, uri, digest, } = (m ?? {});
            const declared = typeof n === 'string' && n !== ''
                ? n
                : typeof uri === 'string' && uri !== ''
                    ? uri
                    : undefined;
            const sha = digest?.sha256;
            out.push({
                name: declared === undefined ? undefined : normaliseArtefactName(declared),
                declared,
                ...(typeof sha === 'string' && sha !== '' ? { sha256: sha } : {}),
            });
        }
    }
    return out;
}
/**
 * in-toto layout style MATCH rule: every material of `rule.step` whose name matches
 * `rule.match` must be a product of `rule.materialsFrom` with the same sha256, and at least
 * one must match, so that an empty chain cannot pass for a proven one. A material the rule
 * cannot place (no name, or a name that cannot be matched safely) breaks the chain: it might
 * be one the rule is about.
 */
function checkChain(rule, consumer, producer) {
    const all = materialsOf(consumer);
    for (const m of all) {
        if (m.declared === undefined)
            return `a material of ${rule.step} has neither name nor uri, so it cannot be checked against ${rule.materialsFrom}`;
        if (m.name === undefined)
            return `material ${JSON.stringify(m.declared)} of ${rule.step} is absolute, has a ".." segment or a backslash, so it cannot be matched against "${rule.match}" safely`;
    }
    const materials = all.filter((m) => (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatch */ .e)(rule.match, m.name));
    if (materials.length === 0) {
        return `no material of ${rule.step} matches "${rule.match}", so nothing proves it came from ${rule.materialsFrom}`;
    }
    const products = productsOf(producer);
    for (const m of materials) {
        if (m.sha256 === undefined)
            return `material ${m.name} of ${rule.step} has no sha256 digest, so nothing proves it is what ${rule.materialsFrom} produced`;
        const same = products.filter((p) => p.name === m.name);
        if (same.length === 0)
            return `material ${m.name} of ${rule.step} is not a product of ${rule.materialsFrom}`;
        const other = same.find((p) => p.sha256 !== m.sha256);
        if (other) {
            return `material ${m.name} of ${rule.step} has sha256 ${m.sha256.slice(0, 12)}, but ${rule.materialsFrom} produced ${other.sha256.slice(0, 12)}`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 15915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ bundleScope)
/* harmony export */ });
/* unused harmony export COMMIT_SCOPED_STEPS */
/* harmony import */ var _attest_predicates_step_meta_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73283);
/* harmony import */ var _gate_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94091);


/**
 * Image steps whose results concern the commit's sources rather than the image (sca reads the
 * lockfiles), so their statements need not name the image digest: the gate binds them to the
 * image's commit. Every other image step's bundle must name the digest, as subject or material.
 */
const COMMIT_SCOPED_STEPS = new Set(['sca']);
/** Reads a bundle's DSSE payload without verifying it; unreadable bundles have an empty scope. */
function bundleScope(bytes, digest) {
    const hex = digest.replace(/^sha256:/, '');
    let statement;
    try {
        const b = JSON.parse(bytes.toString('utf8'));
        statement = JSON.parse(Buffer.from(b.dsseEnvelope?.payload ?? '', 'base64').toString('utf8'));
        if (!Array.isArray(statement.subject))
            throw new Error('no subject');
    }
    catch {
        return { predicateType: '', namesImage: false, commits: [], usable: false };
    }
    const step = (0,_attest_predicates_step_meta_js__WEBPACK_IMPORTED_MODULE_0__/* .stepMetaOf */ .j)(String(statement.predicateType), statement.predicate)?.step;
    const namesImage = [...(0,_gate_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .productsOf */ .y0)([statement]), ...(0,_gate_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .materialsOf */ .iA)([statement])].some((a) => a.sha256 === hex);
    const commits = statement.subject.flatMap((s) => s.digest?.gitCommit ? [s.digest.gitCommit] : []);
    return {
        ...(step ? { step } : {}),
        predicateType: String(statement.predicateType),
        namesImage,
        commits,
        usable: namesImage || (step !== undefined && COMMIT_SCOPED_STEPS.has(step)),
    };
}


/***/ }),

/***/ 58683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ BUNDLE_ARTIFACT_TYPE),
/* harmony export */   b: () => (/* binding */ imageSteps)
/* harmony export */ });
/* harmony import */ var _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22007);

/** The step whose bundle is signed only after it pushed, so it cannot travel with the image. */
const PUBLISHER = 'publish-image';
/**
 * The steps whose attestations are about the image and are attached to it: `container` and
 * every step of its stage that builds on it (sca, container-scan, sign-image), except
 * publish-image itself, whose bundle is signed after the push. Taken from the pipeline graph,
 * so a new image step travels with the image without a second list to update.
 */
function imageSteps() {
    const container = _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .STEPS */ .UT.find((s) => s.id === 'container');
    if (!container)
        return [];
    const found = new Set([container.id]);
    let grew = true;
    while (grew) {
        grew = false;
        for (const s of _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .STEPS */ .UT) {
            if (s.stage !== container.stage || found.has(s.id) || s.id === PUBLISHER)
                continue;
            if (s.needs.some((n) => found.has(n))) {
                found.add(s.id);
                grew = true;
            }
        }
    }
    return _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .STEPS */ .UT.map((s) => s.id).filter((id) => found.has(id));
}
const BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';


/***/ }),

/***/ 83436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ destinationOf),
/* harmony export */   c: () => (/* binding */ tagOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);
/* harmony import */ var _oci_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35666);


/**
 * Where `publish-image` pushes: `registry` is `host[:port][/namespace]`, the image name's own
 * host (if any) is replaced by it, and the namespace is put in front unless the name already
 * starts with it. `127.0.0.1:5000` + `sample-service` → `127.0.0.1:5000/sample-service`;
 * `ghcr.io/acme` + `ghcr.io/acme/app` → `ghcr.io/acme/app`.
 */
function destinationOf(registry, imageName) {
    const trimmed = registry
        .trim()
        .replace(/^(https?|docker):\/\//, '')
        .replace(/\/+$/, '');
    const slash = trimmed.indexOf('/');
    const host = slash < 0 ? trimmed : trimmed.slice(0, slash);
    const prefix = slash < 0 ? '' : trimmed.slice(slash + 1);
    const parts = imageName.split('/');
    const first = parts[0] ?? '';
    const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const path = (hasHost ? parts.slice(1) : parts).join('/');
    const repository = prefix && !path.startsWith(`${prefix}/`) ? `${prefix}/${path}` : path;
    const ref = (0,_oci_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(`${host}/${repository}`);
    if (ref.kind !== 'registry' || ref.registry !== host) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `registry "${registry}" has no host name`, {
            hint: 'set the publish-image input registry to host[:port][/namespace], e.g. ghcr.io/acme',
        });
    }
    return ref;
}
/** The tag part of `name:tag` (a colon after the last slash), if any. */
function tagOf(ref) {
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
}


/***/ }),

/***/ 2153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCAL_REGISTRY_DIR: () => (/* binding */ LOCAL_REGISTRY_DIR),
  PUBLISH_FILE: () => (/* binding */ PUBLISH_FILE),
  REGISTRY_ENV: () => (/* binding */ REGISTRY_ENV),
  publishImage: () => (/* binding */ publishImage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/oci/refs.js
var refs = __webpack_require__(35666);
// EXTERNAL MODULE: ./dist/oci/registry/image-steps.js
var image_steps = __webpack_require__(58683);
// EXTERNAL MODULE: ./dist/oci/registry/copy.js
var copy = __webpack_require__(27867);
// EXTERNAL MODULE: ./dist/oci/registry/layout-target.js
var layout_target = __webpack_require__(38156);
// EXTERNAL MODULE: ./dist/oci/registry/open.js + 1 modules
var registry_open = __webpack_require__(34769);
// EXTERNAL MODULE: ./dist/oci/registry/referrers.js
var referrers = __webpack_require__(95644);
// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
// EXTERNAL MODULE: ./dist/steps/sign-image/image.js
var sign_image_image = __webpack_require__(7713);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/oci/registry/bundle-scope.js
var bundle_scope = __webpack_require__(15915);
// EXTERNAL MODULE: ./dist/steps/execute-sign.js
var execute_sign = __webpack_require__(88985);
;// CONCATENATED MODULE: ./dist/steps/publish-image/bundles.js





/** A Sigstore bundle is a few KiB; a larger file is not one of ours. */
const MAX_BUNDLE_BYTES = 16 << 20;
/** A step attests at most this many statements (sca has two); more files are not looked for. */
const MAX_PER_STEP = 8;
/**
 * Where a step's bundles are: on GitHub next to its folder (the downloaded artifact's root);
 * locally in the run's `attestations/` beside `reports/` (see src/runner/run-folder.ts), for
 * the earlier run as well when this run reused a step's output.
 */
function bundleDirs(ctx, step) {
    const reports = (0,external_node_path_.dirname)(ctx.reportsOf(step));
    return [reports, (0,external_node_path_.join)((0,external_node_path_.dirname)(reports), 'attestations')];
}
/**
 * Every bundle of the image steps that may vouch for the image: its statement names the
 * digest as subject or material, or it is a commit-scoped step's (sca; see bundle-scope.ts). They are
 * read without verifying: the registry copy is verified by whoever pulls it (verify-image), so
 * a bad bundle attached here is caught there, never trusted.
 */
async function imageBundles(ctx, digest) {
    const found = [];
    for (const step of (0,image_steps/* imageSteps */.b)()) {
        for (const dir of bundleDirs(ctx, step)) {
            const before = found.length;
            for (let i = 0; i < MAX_PER_STEP; i++) {
                const file = (0,external_node_path_.join)(dir, (0,execute_sign/* bundleFileName */.M)(step, i));
                const bytes = await (0,fs/* readInput */.R5)(file, 'bundle', MAX_BUNDLE_BYTES).catch(() => undefined);
                if (!bytes)
                    break;
                const scope = (0,bundle_scope/* bundleScope */.R)(bytes, digest);
                // A commit-scoped bundle from an earlier run's folder may be about another commit.
                if (!scope.usable || (!scope.namesImage && !scope.commits.includes(ctx.commit))) {
                    ctx.log(`${file}: names neither the image ${digest} nor this commit; not attached`);
                    continue;
                }
                found.push({ step, file, bytes, predicateType: scope.predicateType });
            }
            if (found.length > before)
                break;
        }
    }
    return found;
}

// EXTERNAL MODULE: ./dist/steps/publish-image/destination.js
var destination = __webpack_require__(83436);
;// CONCATENATED MODULE: ./dist/steps/publish-image/index.js













const PUBLISH_FILE = 'publish.json';
/** The registry when the `registry` input is empty (how a local run is pointed at one). */
const REGISTRY_ENV = 'TOLLGATE_REGISTRY';
/** The embedded default: the OCI layout inside the step's folder that stands in for a registry. */
const LOCAL_REGISTRY_DIR = 'registry';
/**
 * Publishes the signed image by digest, with its attestations attached as OCI referrers: to
 * the configured registry, or without one into a local OCI layout in the step's folder. The
 * attestations are the signed bundles of container, sca, container-scan and sign-image that
 * name the image digest; an image without a sign-image bundle is not published.
 */
const publishImage = {
    id: 'publish-image',
    async run(ctx) {
        const startedOn = new Date();
        const image = await (0,sign_image_image/* checkedBuiltImage */.V)(ctx);
        const bundles = await imageBundles(ctx, image.digest);
        if (!bundles.some((b) => b.step === 'sign-image')) {
            const reason = `no sign-image attestation names ${image.digest}: the image is not signed, so it is not published`;
            ctx.log(reason);
            return { status: 'failed', reason, attestations: [], products: [], reports: [] };
        }
        const name = ctx.inputs.image || image.name;
        // The environment can point a run at a registry without editing the inputs file.
        const registry = (ctx.inputs.registry || process.env[REGISTRY_ENV] || '').trim();
        const dest = registry
            ? (0,destination/* destinationOf */.M)(registry, name)
            : { kind: 'layout', dir: (0,external_node_path_.join)(ctx.outDir, LOCAL_REGISTRY_DIR) };
        const target = (0,registry_open/* openTarget */.A)(dest, {
            env: process.env,
            insecure: ctx.inputs.insecure === 'true',
            signal: ctx.signal,
        });
        const tag = ctx.inputs.tag || (0,destination/* tagOf */.c)(image.ref);
        const copied = await (0,copy/* copyImage */.L)(new layout_target/* LayoutTarget */.e(image.layoutDir), target, image.digest, {
            ...(tag ? { tag } : {}),
            log: ctx.log,
        });
        const subject = { mediaType: copied.mediaType, digest: image.digest, size: copied.size };
        const attached = [];
        for (const b of bundles) {
            const d = await (0,referrers/* attachArtifact */.Kb)(target, {
                subject,
                artifactType: image_steps/* BUNDLE_ARTIFACT_TYPE */.Z,
                content: b.bytes,
                annotations: {
                    'dev.sigstore.bundle.content': 'dsse-envelope',
                    'dev.sigstore.bundle.predicateType': b.predicateType,
                    'dev.tollgate.step': b.step,
                },
            });
            attached.push({ step: b.step, predicateType: b.predicateType, digest: d.digest });
            ctx.log(`attached ${b.file} as ${d.digest}`);
        }
        // The embedded layout is named relative to this step's folder, and travels in its
        // artifact: publish-staging reads it on another machine.
        const recorded = (0,handoff/* portableRef */.tX)(dest, ctx.outDir);
        const reference = (0,refs/* formatImageRef */.kL)(recorded, { digest: image.digest });
        const published = dest.kind === 'registry' ? `${dest.registry}/${dest.repository}` : name;
        await (0,handoff/* writeHandoff */.K7)(ctx.outDir, PUBLISH_FILE, {
            reference,
            ...(tag ? { tagged: (0,refs/* formatImageRef */.kL)(recorded, { tag }) } : {}),
            digest: image.digest,
            destination: dest.kind === 'registry' ? 'registry' : 'local-layout',
            referrers: attached,
        });
        const pushed = (0,sign_image_image/* imageSubject */.m)(published, image.digest);
        return {
            status: 'passed',
            attestations: [
                {
                    predicateType: types/* PREDICATE */.W3.slsaProvenance,
                    predicate: (0,builders/* makeProvenance */.wL)({
                        builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
                        externalParameters: { repository: ctx.repository, reference, ...(tag ? { tag } : {}) },
                        materials: [(0,sign_image_image/* imageSubject */.m)(image.name, image.digest)],
                        startedOn,
                        finishedOn: new Date(),
                    }),
                },
            ],
            products: [pushed],
            materials: [(0,sign_image_image/* imageSubject */.m)(image.name, image.digest)],
            reports: [PUBLISH_FILE, ...(dest.kind === 'layout' ? await (0,handoff/* filesUnder */.mz)(dest.dir) : [])],
            summary: `Published \`${reference}\` with ${attached.length} attestation(s) attached.`,
            metrics: { blobsUploaded: copied.blobsCopied, attestationsAttached: attached.length },
        };
    },
};


/***/ }),

/***/ 7713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ checkedBuiltImage),
/* harmony export */   m: () => (/* binding */ imageSubject)
/* harmony export */ });
/* harmony import */ var _oci_registry_layout_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38156);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30086);



/** The image subject every image attestation names: repository name + manifest sha256. */
function imageSubject(name, digest) {
    return { name, digest: { sha256: digest.replace(/^sha256:/, '') } };
}
/**
 * The image `container` built, read back from its layout with the manifest's digest checked,
 * so what is signed or published is exactly what the handoff file names.
 */
async function checkedBuiltImage(ctx) {
    const built = await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_2__/* .readBuiltImage */ .OG)(ctx);
    const manifest = await new _oci_registry_layout_target_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutTarget */ .e(built.layoutDir).getManifest(built.digest);
    if (!manifest) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${built.layoutDir}: the image ${built.digest} named by the container step is not in its layout`, { hint: 'run the container step again' });
    }
    return { ...built, manifest };
}


/***/ })

};
