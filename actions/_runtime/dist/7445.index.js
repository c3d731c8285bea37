export const id = 7445;
export const ids = [7445];
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


/***/ })

};
