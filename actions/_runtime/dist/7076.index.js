export const id = 7076;
export const ids = [7076];
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


/***/ }),

/***/ 17076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGNED_IMAGE_FILE: () => (/* binding */ SIGNED_IMAGE_FILE),
/* harmony export */   signImage: () => (/* binding */ signImage)
/* harmony export */ });
/* harmony import */ var _attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75895);
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71262);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30086);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7713);




/** What sign-image leaves for publish-image and for people: the identity that was signed. */
const SIGNED_IMAGE_FILE = 'signed-image.json';
/**
 * The image's signed identity: an in-toto statement whose subject is the image (name and
 * manifest digest) with a SLSA provenance predicate, signed by the executor like every step.
 * The signed bundle is the image's signature; publish-image attaches it to the image in the
 * registry as an OCI referrer, since it only exists after this step has returned.
 */
const signImage = {
    id: 'sign-image',
    async run(ctx) {
        const startedOn = new Date();
        const image = await (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedBuiltImage */ .V)(ctx);
        const name = ctx.inputs.image || image.name;
        const subject = (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .imageSubject */ .m)(name, image.digest);
        await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_2__/* .writeHandoff */ .K7)(ctx.outDir, SIGNED_IMAGE_FILE, {
            name,
            digest: image.digest,
            mediaType: image.manifest.mediaType,
            size: image.manifest.bytes.length,
        });
        ctx.log(`signing ${name}@${image.digest}`);
        return {
            status: 'passed',
            attestations: [
                {
                    predicateType: _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PREDICATE */ .W3.slsaProvenance,
                    predicate: (0,_attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_0__/* .makeProvenance */ .wL)({
                        builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
                        externalParameters: { repository: ctx.repository, image: name, digest: image.digest },
                        materials: [subject],
                        startedOn,
                        finishedOn: new Date(),
                    }),
                },
            ],
            products: [subject],
            materials: [subject],
            reports: [SIGNED_IMAGE_FILE],
            summary: `Signed image identity \`${name}@${image.digest}\`.`,
        };
    },
};


/***/ })

};
