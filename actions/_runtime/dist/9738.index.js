export const id = 9738;
export const ids = [9738,9530];
export const modules = {

/***/ 37057:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ publishedImage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90275);
/* harmony import */ var _oci_refs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35666);
/* harmony import */ var _oci_registry_open_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34769);
/* harmony import */ var _steps_common_handoff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30086);
/* harmony import */ var _steps_publish_image_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2153);







async function readJson(path, what, hint) {
    let text;
    try {
        text = (await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInput */ .R5)(path, what)).toString('utf8');
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${path}: no ${what}`, { cause: e, hint });
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: not JSON`, { cause: e, hint });
    }
}
/** The tag of `name:tag` (a colon after the last slash). */
const tagOf = (ref) => {
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
};
/**
 * The image the per-merge stage starts from: what publish-image of the latest per-commit run
 * published (publish.json: its reference by digest), opened where it was published (a
 * registry, or the embedded layout). The name comes from the container step's image.json.
 */
async function publishedImage(ctx) {
    const hint = 'run the per-commit stage first (tollgate run --stage per-commit)';
    const dir = ctx.reportsOf('publish-image');
    const pub = await readJson((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, _steps_publish_image_index_js__WEBPACK_IMPORTED_MODULE_6__.PUBLISH_FILE), "publish-image's publish.json", hint);
    // A layout publish-image embedded is named relative to its folder (its artifact on GitHub).
    const ref = (0,_steps_common_handoff_js__WEBPACK_IMPORTED_MODULE_5__/* .localRef */ .Zs)(ctx, 'publish-image', (0,_oci_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageRef */ .Q)(pub.reference));
    const built = await readJson((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ctx.reportsOf('container'), _steps_common_handoff_js__WEBPACK_IMPORTED_MODULE_5__/* .IMAGE_FILE */ .xA), "container's image.json", hint).catch(() => undefined);
    const name = ctx.inputs.image ||
        (ref.kind === 'registry' ? ref.repository.split('/').pop() : (built?.name ?? 'image'));
    const tag = (pub.tagged ? tagOf(pub.tagged) : undefined) ?? (built ? tagOf(built.ref) : undefined);
    const target = (0,_oci_registry_open_js__WEBPACK_IMPORTED_MODULE_4__/* .openTarget */ .A)(ref, {
        env: process.env,
        insecure: ctx.inputs.insecure === 'true',
        signal: ctx.signal,
    });
    return {
        ref,
        target,
        digest: pub.digest,
        name,
        ...(tag ? { tag } : {}),
        recorded: pub.reference,
    };
}


/***/ }),

/***/ 42533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   Si: () => (/* binding */ productionLayout),
/* harmony export */   _X: () => (/* binding */ STAGING_ENV),
/* harmony export */   gV: () => (/* binding */ stagingLayout),
/* harmony export */   s2: () => (/* binding */ PRODUCTION_ENV)
/* harmony export */ });
/* unused harmony exports STAGING_DIR, PRODUCTION_DIR */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _oci_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35666);
/* harmony import */ var _oci_registry_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34769);
/* harmony import */ var _steps_publish_image_destination_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83436);





/** The staging registry when the publish-staging input is empty (how a local run names one). */
const STAGING_ENV = 'TOLLGATE_STAGING_REGISTRY';
/** The production registry when the promote-production input is empty. */
const PRODUCTION_ENV = 'TOLLGATE_PRODUCTION_REGISTRY';
/** Embedded default of staging: a layout in publish-staging's folder, one per run. */
const STAGING_DIR = 'staging';
/**
 * Embedded default of production: one layout for the repository, outside the run folders,
 * because rollback needs the promotions of earlier runs.
 */
const PRODUCTION_DIR = '.tollgate/production';
/**
 * Opens where an image goes: `registry` is `host[:port][/namespace]` (the image name is put
 * under it, as publish-image does) or `oci:DIR` for a local layout; empty means `fallbackDir`.
 */
function openStore(registry, imageName, fallbackDir, o = {}) {
    const r = registry.trim();
    let ref;
    if (r === '')
        ref = { kind: 'layout', dir: fallbackDir };
    else if (r.startsWith('oci:')) {
        const parsed = (0,_oci_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(r);
        if (parsed.kind !== 'layout' || parsed.tag || parsed.digest) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `"${r}" names an image, not a layout folder`, {
                hint: 'write oci:DIR for a local layout',
            });
        }
        ref = { kind: 'layout', dir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(o.cwd ?? '.', parsed.dir) };
    }
    else
        ref = (0,_steps_publish_image_destination_js__WEBPACK_IMPORTED_MODULE_4__/* .destinationOf */ .M)(r, imageName);
    const target = (0,_oci_registry_open_js__WEBPACK_IMPORTED_MODULE_3__/* .openTarget */ .A)(ref, {
        env: o.env ?? process.env,
        ...(o.insecure ? { insecure: true } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
    });
    return { ref, target };
}
const stagingLayout = (outDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, STAGING_DIR);
const productionLayout = (repoDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(repoDir, PRODUCTION_DIR);


/***/ }),

/***/ 89738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployStaging: () => (/* binding */ deployStaging)
/* harmony export */ });
/* harmony import */ var _deploy_test_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47445);
/* harmony import */ var _sign_image_image_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7713);
/* harmony import */ var _staged_image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26978);



/**
 * deploy-staging: the deploy targets of the per-PR stage (podman, kubernetes, command; see
 * deploy-test) against the staging environment, with the same health check. The image is
 * the staged one, pulled by digest from the staging repository, never the build's layout:
 * the targets read it through a `container` folder of this step's own.
 */
const deployStaging = {
    id: 'deploy-staging',
    async run(ctx) {
        const staging = await (0,_staged_image_js__WEBPACK_IMPORTED_MODULE_2__/* .readStaging */ .Mk)(ctx);
        const { dir } = await (0,_staged_image_js__WEBPACK_IMPORTED_MODULE_2__/* .pullStaged */ .a6)(ctx, staging);
        const result = await _deploy_test_index_js__WEBPACK_IMPORTED_MODULE_0__.deployTest.run({
            ...ctx,
            reportsOf: (step) => (step === 'container' ? dir : ctx.reportsOf(step)),
        });
        const staged = (0,_sign_image_image_js__WEBPACK_IMPORTED_MODULE_1__/* .imageSubject */ .m)(staging.repository, staging.digest);
        return {
            ...result,
            materials: [...(result.materials ?? []), staged],
            summary: `**Deploy to staging** of \`${staging.reference}\`: ${result.status === 'passed' ? (result.reason ?? 'healthy') : result.reason}`,
        };
    },
};


/***/ }),

/***/ 26978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ readStaging),
/* harmony export */   Z3: () => (/* binding */ stagedRepository),
/* harmony export */   a6: () => (/* binding */ pullStaged)
/* harmony export */ });
/* unused harmony export STAGED_DIR */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90275);
/* harmony import */ var _oci_refs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35666);
/* harmony import */ var _oci_registry_copy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27867);
/* harmony import */ var _oci_registry_layout_target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38156);
/* harmony import */ var _oci_registry_open_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34769);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30086);
/* harmony import */ var _publish_staging_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99530);









/** Folder in deploy-staging's own folder that looks like the container step's output. */
const STAGED_DIR = 'staged';
async function readStaging(ctx) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ctx.reportsOf('publish-staging'), _publish_staging_index_js__WEBPACK_IMPORTED_MODULE_8__.STAGING_FILE);
    const hint = 'run publish-staging first (tollgate run --stage per-merge)';
    let text;
    try {
        text = (await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInput */ .R5)(path, "publish-staging's staging.json")).toString('utf8');
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${path}: no output of publish-staging`, {
            cause: e,
            hint,
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: not JSON`, { cause: e, hint });
    }
}
/** Where the staging repository is from here: an embedded layout is in publish-staging's folder. */
function stagedRepository(ctx, staging) {
    return (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_7__/* .localRef */ .Zs)(ctx, 'publish-staging', (0,_oci_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageRef */ .Q)(staging.repository));
}
/**
 * Pulls the staged image by digest from the staging repository into a layout in the step's
 * folder and describes it as the container step does (image.json), so deploy-test's targets
 * deploy exactly the staged bytes: the pull checks every blob against its digest.
 */
async function pullStaged(ctx, staging) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ctx.outDir, STAGED_DIR);
    const ref = `${staging.name}:${staging.tag}`;
    const source = (0,_oci_registry_open_js__WEBPACK_IMPORTED_MODULE_6__/* .openTarget */ .A)(stagedRepository(ctx, staging), {
        env: process.env,
        insecure: ctx.inputs.insecure === 'true',
        signal: ctx.signal,
    });
    await (0,_oci_registry_copy_js__WEBPACK_IMPORTED_MODULE_4__/* .copyImage */ .L)(source, new _oci_registry_layout_target_js__WEBPACK_IMPORTED_MODULE_5__/* .LayoutTarget */ .e((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'image')), staging.digest, {
        tag: ref,
        referrers: false,
        log: ctx.log,
    });
    const image = { layout: 'image', digest: staging.digest, name: staging.name, ref };
    await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_7__/* .writeHandoff */ .K7)(dir, _common_handoff_js__WEBPACK_IMPORTED_MODULE_7__/* .IMAGE_FILE */ .xA, image);
    return { dir, image };
}


/***/ }),

/***/ 47445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployTest: () => (/* binding */ deployTest),
/* harmony export */   tearDownDeployments: () => (/* reexport safe */ _teardown_js__WEBPACK_IMPORTED_MODULE_6__.VJ)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75895);
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71262);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30086);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10359);
/* harmony import */ var _service_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(154);
/* harmony import */ var _teardown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31593);







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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(ctx.outDir, { recursive: true });
        const startedOn = new Date();
        const o = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .deployOptions */ .aq)(ctx);
        const started = await (0,_service_js__WEBPACK_IMPORTED_MODULE_5__/* .startService */ .i)(ctx, o);
        if (!started.ok)
            return failed(started.reason);
        const deployed = started.deployed;
        const d = deployed.deployment;
        await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_3__/* .writeHandoff */ .K7)(ctx.outDir, _common_handoff_js__WEBPACK_IMPORTED_MODULE_3__/* .DEPLOYMENT_FILE */ .zf, d);
        const products = d.image && deployed.imageName
            ? [{ name: deployed.imageName, digest: { sha256: d.image.replace(/^sha256:/, '') } }]
            : [];
        const predicate = (0,_attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_1__/* .makeProvenance */ .wL)({
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
            attestations: [{ predicateType: _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PREDICATE */ .W3.slsaProvenance, predicate }],
            products,
            reports: [_common_handoff_js__WEBPACK_IMPORTED_MODULE_3__/* .DEPLOYMENT_FILE */ .zf, ...(d.renderedManifests ? [d.renderedManifests] : [])],
            summary: `**Deploy to a test environment**: ${d.target} at ${d.baseUrl}${d.image ? ` (image ${d.image})` : ''}`,
            metrics: { ports: d.ports.length },
        };
    },
};


/***/ }),

/***/ 99530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STAGING_FILE: () => (/* binding */ STAGING_FILE),
  publishStaging: () => (/* binding */ publishStaging)
});

// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/oci/refs.js
var refs = __webpack_require__(35666);
// EXTERNAL MODULE: ./dist/oci/registry/copy.js
var copy = __webpack_require__(27867);
// EXTERNAL MODULE: ./dist/oci/registry/referrers.js
var registry_referrers = __webpack_require__(95644);
// EXTERNAL MODULE: ./dist/promote/published.js
var published = __webpack_require__(37057);
// EXTERNAL MODULE: ./dist/promote/stores.js
var stores = __webpack_require__(42533);
// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
// EXTERNAL MODULE: ./dist/steps/sign-image/image.js
var sign_image_image = __webpack_require__(7713);
// EXTERNAL MODULE: ./dist/core/confine.js
var confine = __webpack_require__(98402);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
;// CONCATENATED MODULE: ./dist/steps/publish-staging/artefacts.js





/** The artifactType of release files attached to the staged image. */
const RELEASE_ARTEFACT_TYPE = 'application/vnd.tollgate.release-artefact.v1';
/** The artefacts input: paths in the repository, one a line or comma separated. */
function artefactPaths(text, repoDir) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((p) => (0,confine/* resolveInside */.L)(repoDir, p, 'the publish-staging input "artefacts"'));
}
/**
 * Attaches release files (notices, SBOM exports, charts) to the staged image as referrers,
 * so they travel with the image by digest: the promotion copies an image's referrers along.
 */
async function attachArtefacts(target, subject, paths) {
    const out = [];
    for (const file of paths) {
        const content = await (0,promises_.readFile)(file).catch((e) => {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `publish-staging: cannot read ${file}`, {
                cause: e,
                hint: 'the artefacts input lists files in the repository',
            });
        });
        const d = await (0,registry_referrers/* attachArtifact */.Kb)(target, {
            subject,
            artifactType: RELEASE_ARTEFACT_TYPE,
            content,
            annotations: { 'org.opencontainers.image.title': (0,external_node_path_.basename)(file) },
        });
        out.push({ file: (0,external_node_path_.basename)(file), digest: d.digest });
    }
    return out;
}

;// CONCATENATED MODULE: ./dist/steps/publish-staging/index.js










/** What publish-staging leaves for deploy-staging and promote-production. */
const STAGING_FILE = 'staging.json';
/**
 * publish-staging: copies the published image by digest, with every referrer (signatures,
 * SBOM, attestations), from where publish-image put it to the staging repository, and
 * attaches the other release files named by the artefacts input. Nothing is rebuilt: the
 * copy checks every manifest and blob against its digest.
 */
const publishStaging = {
    id: 'publish-staging',
    async run(ctx) {
        const startedOn = new Date();
        const source = await (0,published/* publishedImage */.K)(ctx);
        const staging = (0,stores/* openStore */.Ch)(ctx.inputs.registry || process.env[stores/* STAGING_ENV */._X] || '', source.name, (0,stores/* stagingLayout */.gV)(ctx.outDir), { insecure: ctx.inputs.insecure === 'true', signal: ctx.signal, cwd: ctx.repoDir });
        const tag = ctx.inputs.tag || source.tag || 'staging';
        const copied = await (0,copy/* copyImage */.L)(source.target, staging.target, source.digest, {
            tag,
            log: ctx.log,
        });
        const subject = { mediaType: copied.mediaType, digest: source.digest, size: copied.size };
        const extra = await attachArtefacts(staging.target, subject, artefactPaths(ctx.inputs.artefacts ?? '', ctx.repoDir));
        const referrers = (await (0,registry_referrers/* listReferrers */.xt)(staging.target, source.digest)).length;
        // The embedded staging layout is named relative to this step's folder and travels in its
        // artifact: deploy-staging and promote-production read it on other machines.
        const recorded = (0,handoff/* portableRef */.tX)(staging.ref, ctx.outDir);
        const record = {
            reference: (0,refs/* formatImageRef */.kL)(recorded, { digest: source.digest }),
            repository: (0,refs/* formatImageRef */.kL)(recorded, {}),
            tag,
            digest: source.digest,
            name: source.name,
            source: source.recorded,
            referrers,
        };
        await (0,handoff/* writeHandoff */.K7)(ctx.outDir, STAGING_FILE, record);
        const staged = (0,sign_image_image/* imageSubject */.m)(record.repository, source.digest);
        return {
            status: 'passed',
            attestations: [
                {
                    predicateType: types/* PREDICATE */.W3.slsaProvenance,
                    predicate: (0,builders/* makeProvenance */.wL)({
                        builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
                        externalParameters: { repository: ctx.repository, reference: record.reference, tag },
                        materials: [(0,sign_image_image/* imageSubject */.m)(source.name, source.digest)],
                        startedOn,
                        finishedOn: new Date(),
                    }),
                },
            ],
            products: [staged],
            materials: [(0,sign_image_image/* imageSubject */.m)(source.name, source.digest)],
            reports: [
                STAGING_FILE,
                ...(recorded !== staging.ref && staging.ref.kind === 'layout'
                    ? await (0,handoff/* filesUnder */.mz)(staging.ref.dir)
                    : []),
            ],
            summary: `Published \`${record.reference}\` to staging with ${referrers} referrer(s)${extra.length ? ` (${extra.length} release file(s) attached)` : ''}.`,
            metrics: { blobsCopied: copied.blobsCopied, referrers, artefacts: extra.length },
        };
    },
};


/***/ })

};
