export const id = 2949;
export const ids = [2949];
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

/***/ 19732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ verifying),
/* harmony export */   OR: () => (/* binding */ MAX_JSON_BLOB),
/* harmony export */   av: () => (/* binding */ readVerifiedBlob),
/* harmony export */   ke: () => (/* binding */ openVerifiedBlob)
/* harmony export */ });
/* unused harmony export checkDeclaredSize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43959);





/**
 * Blobs of a layout read as untrusted bytes: each is hashed while it streams, and its length
 * is held to the size its descriptor declares. A blob longer than declared fails at the first
 * extra byte, a shorter one or one with another digest fails when it ends, before the reader
 * gets the end of the stream, so nothing read from it is ever taken as complete.
 */
const DAMAGED = 'the OCI layout is damaged or was tampered with; rebuild or re-copy the image';
/** A declared size that a blob can have (a whole number of bytes, not negative). */
function checkDeclaredSize(path, d) {
    if (!Number.isSafeInteger(d.size) || d.size < 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: the descriptor of ${d.digest} declares size ${JSON.stringify(d.size)}, not a whole number of bytes`, { hint: DAMAGED });
    }
    return d.size;
}
/**
 * A pass-through that hashes what flows through it and counts it against `size`. `what`
 * names the bytes in errors (`blob sha256:…`, `the uncompressed tar of layer …`).
 */
function verifying(path, what, expected) {
    // Layout digests are sha256 (blobPath refuses any other), so that is the hash to compute.
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let seen = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _enc, done) {
            seen += chunk.length;
            if (expected.size !== undefined && seen > expected.size) {
                done(sizeMismatch(path, what, seen, expected.size));
                return;
            }
            hash.update(chunk);
            done(null, chunk);
        },
        flush(done) {
            if (expected.size !== undefined && seen !== expected.size) {
                done(sizeMismatch(path, what, seen, expected.size));
                return;
            }
            if (`sha256:${hash.digest('hex')}` !== expected.digest) {
                done(new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: content does not match digest ${expected.digest} (${what})`, { hint: DAMAGED }));
                return;
            }
            done();
        },
    });
}
/**
 * Opens a blob file and checks its size against the descriptor before a byte is read; the
 * two streams that come back (the file, then its check) go first in the reader's pipeline, so
 * every byte is hashed and counted as it is read (see `verifying`). The file is read through
 * the one handle opened here: what is hashed is what is used. Without a declared size (a bare
 * digest), the file's own length is held to `maxSize` and then to itself.
 */
async function openVerifiedBlob(path, d, what = `blob ${d.digest}`, maxSize = Number.MAX_SAFE_INTEGER) {
    if (d.size !== undefined) {
        checkDeclaredSize(path, d);
        if (d.size > maxSize)
            throw tooLarge(path, what, maxSize);
    }
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${path}: ${what} is missing`, {
            cause: e,
            hint: 'the OCI layout is incomplete; rebuild or re-copy the image',
        });
    }
    const actual = (await handle.stat()).size;
    if (d.size !== undefined && actual !== d.size) {
        await handle.close();
        throw sizeMismatch(path, what, actual, d.size);
    }
    if (actual > maxSize) {
        await handle.close();
        throw tooLarge(path, what, maxSize);
    }
    return [handle.createReadStream(), verifying(path, what, { digest: d.digest, size: actual })];
}
function sizeMismatch(path, what, actual, declared) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: content does not match digest (${what} has ${actual} bytes, its descriptor declares ${declared})`, { hint: DAMAGED });
}
function tooLarge(path, what, max) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: ${what} is more than ${max / MiB} MiB, more than a manifest or config may have`, { hint: DAMAGED });
}
const MiB = 1024 * 1024;
/** Manifests, indexes and configs are read whole, so they may not be larger than this. */
const MAX_JSON_BLOB = 8 * MiB;
/**
 * A small blob (manifest, index, config) read whole, verified as it is read; its descriptor's
 * size, or without a descriptor its length on disk, may not pass `maxSize`.
 */
async function readVerifiedBlob(path, d, what, maxSize = MAX_JSON_BLOB) {
    const stages = await openVerifiedBlob(path, d, what, maxSize);
    const chunks = [];
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(...stages, async (source) => {
        for await (const c of source)
            chunks.push(c);
    });
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 80518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   D1: () => (/* binding */ initLayout),
/* harmony export */   IB: () => (/* binding */ readJsonBlob),
/* harmony export */   Zh: () => (/* binding */ writeBlob),
/* harmony export */   _M: () => (/* binding */ writeIndex),
/* harmony export */   e6: () => (/* binding */ adoptBlobFile),
/* harmony export */   gm: () => (/* binding */ readBlob),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   te: () => (/* binding */ writeImage),
/* harmony export */   vY: () => (/* binding */ readIndex),
/* harmony export */   w5: () => (/* binding */ REF_NAME),
/* harmony export */   wI: () => (/* binding */ tempBlobFile),
/* harmony export */   zO: () => (/* binding */ addToIndex)
/* harmony export */ });
/* unused harmony exports writeJsonBlob, digestFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43959);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90275);
/* harmony import */ var _blob_stream_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19732);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24667);








/**
 * An OCI image layout folder (image-spec `image-layout.md`): `oci-layout`, `index.json` and
 * content-addressed `blobs/sha256/<hex>`. The container step writes one, the scanners read it,
 * and without a registry `publish-image` publishes into one. Every blob is written under a
 * temporary name and renamed, and read back only after its digest is checked, so a layout that
 * was tampered with or half-written is an error, never silently used.
 */
const REF_NAME = 'org.opencontainers.image.ref.name';
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
function hexOf(digest) {
    const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
    if (!m) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `"${digest}" is not a sha256 digest`, {
            hint: 'digests look like sha256:<64 lowercase hex digits>',
        });
    }
    return m[1];
}
function blobPath(dir, digest) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'blobs', 'sha256', hexOf(digest));
}
/** Creates the layout's skeleton if it is not there; an existing layout is left as it is. */
async function initLayout(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'blobs', 'sha256'), { recursive: true });
    const marker = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'oci-layout');
    if (!(await exists(marker))) {
        await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(marker, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    }
    if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json')))) {
        await writeIndex(dir, { schemaVersion: 2, mediaType: _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .R.index, manifests: [] });
    }
}
async function writeBlob(dir, data, mediaType) {
    const digest = sha256Digest(data);
    const path = blobPath(dir, digest);
    if (!(await exists(path)))
        await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(path, data);
    return { mediaType, digest, size: data.length };
}
/** Moves a finished file (a layer written elsewhere) into the layout under its digest. */
async function adoptBlobFile(dir, file, mediaType) {
    const { digest, size } = await digestFile(file);
    const path = blobPath(dir, digest);
    if (await exists(path))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true });
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(file, path);
    return { mediaType, digest, size };
}
async function writeJsonBlob(dir, value, mediaType) {
    return writeBlob(dir, Buffer.from(JSON.stringify(value)), mediaType);
}
async function digestFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { digest: `sha256:${hash.digest('hex')}`, size };
}
/**
 * A blob's bytes, hashed as they are read and checked against its digest (and size, when a
 * descriptor gives one); `maxSize` bounds what is read into memory.
 */
async function readBlob(dir, d, maxSize) {
    const digest = typeof d === 'string' ? d : d.digest;
    const path = blobPath(dir, digest);
    return (0,_blob_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .readVerifiedBlob */ .av)(path, typeof d === 'string' ? { digest } : d, `blob ${digest}`, maxSize ?? Number.MAX_SAFE_INTEGER);
}
/** A JSON blob (manifest, index, config): verified, and no larger than MAX_JSON_BLOB. */
async function readJsonBlob(dir, d) {
    const data = await readBlob(dir, d, _blob_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_JSON_BLOB */ .OR);
    try {
        return JSON.parse(data.toString('utf8'));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${blobPath(dir, typeof d === 'string' ? d : d.digest)}: not JSON`, { cause: e });
    }
}
async function readIndex(dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json');
    let text;
    try {
        // index.json is not content-addressed: only its size bounds what is read.
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).size > _blob_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_JSON_BLOB */ .OR) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: more than ${_blob_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_JSON_BLOB */ .OR / 1024 / 1024} MiB, more than an image index may have`);
        }
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB)
            throw e;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${path}: not an OCI image layout`, {
            cause: e,
            hint: 'point at a folder with oci-layout, index.json and blobs/ (e.g. the container step output)',
        });
    }
    try {
        const index = JSON.parse(text);
        if (!Array.isArray(index.manifests))
            throw new Error('manifests is not a list');
        return index;
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: not a valid OCI image index`, { cause: e });
    }
}
async function writeIndex(dir, index) {
    await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
}
/**
 * Adds a manifest to `index.json`. With a reference name, an earlier entry of the same name is
 * replaced (a tag moves); without one, the descriptor is added once.
 */
async function addToIndex(dir, desc, refName) {
    const index = await readIndex(dir);
    const entry = refName
        ? { ...desc, annotations: { ...desc.annotations, [REF_NAME]: refName } }
        : desc;
    const kept = index.manifests.filter((m) => refName ? m.annotations?.[REF_NAME] !== refName : m.digest !== desc.digest);
    await writeIndex(dir, { ...index, manifests: [...kept, entry] });
}
/**
 * The image of a layout: by reference name or digest when given, else the only image
 * manifest in it. Ambiguity is an error that lists the names, never a guess.
 */
async function resolveImage(dir, ref) {
    const index = await readIndex(dir);
    const images = index.manifests.filter((m) => m.mediaType === _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .R.manifest);
    const matches = ref
        ? images.filter((m) => m.digest === ref || m.annotations?.[REF_NAME] === ref)
        : images;
    if (matches.length !== 1) {
        const names = images.map((m) => m.annotations?.[REF_NAME] ?? m.digest).join(', ') || 'none';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json')}: ${matches.length === 0 ? 'no' : 'more than one'} image${ref ? ` named "${ref}"` : ''}`, { hint: `images in the layout: ${names}` });
    }
    const descriptor = matches[0];
    const manifest = await readJsonBlob(dir, descriptor);
    const configDesc = manifest?.config;
    if (typeof configDesc?.digest !== 'string' || typeof configDesc.size !== 'number') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${blobPath(dir, descriptor.digest)}: not an image manifest (no config descriptor)`, { hint: 'the OCI layout is damaged; rebuild or re-copy the image' });
    }
    const config = await readJsonBlob(dir, configDesc);
    return { descriptor, manifest, config };
}
/** A temporary file name inside the layout, on the same file system as its blobs. */
async function tempBlobFile(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'blobs', 'sha256'), { recursive: true });
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'blobs', `.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).then(() => true, () => false);
}
/**
 * Writes an image's config and manifest into the layout (its layers are already there) and
 * names it in `index.json`; returns the manifest descriptor, whose digest is the image's.
 */
async function writeImage(dir, config, layers, refName) {
    const configDesc = await writeJsonBlob(dir, config, _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .R.config);
    const manifest = {
        schemaVersion: 2,
        mediaType: _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .R.manifest,
        config: configDesc,
        layers,
    };
    const desc = await writeJsonBlob(dir, manifest, _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .R.manifest);
    await addToIndex(dir, desc, refName);
    return { mediaType: desc.mediaType, digest: desc.digest, size: desc.size };
}


/***/ }),

/***/ 24667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   R: () => (/* binding */ MEDIA)
/* harmony export */ });
/** The OCI image-spec v1.1 shapes Tollgate reads and writes (only the fields it uses). */
const MEDIA = {
    index: 'application/vnd.oci.image.index.v1+json',
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    config: 'application/vnd.oci.image.config.v1+json',
    layerTar: 'application/vnd.oci.image.layer.v1.tar',
    layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    /** The empty config of artifacts that are not images (signatures, SBOMs, attestations). */
    empty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
};
/** `{}`: the content of every `application/vnd.oci.empty.v1+json` blob. */
const EMPTY_CONFIG = {
    mediaType: MEDIA.empty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
};


/***/ }),

/***/ 30086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ writeHandoff),
/* harmony export */   OG: () => (/* binding */ readBuiltImage),
/* harmony export */   iJ: () => (/* binding */ readDeployment),
/* harmony export */   xA: () => (/* binding */ IMAGE_FILE),
/* harmony export */   zf: () => (/* binding */ DEPLOYMENT_FILE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90275);



const IMAGE_FILE = 'image.json';
const DEPLOYMENT_FILE = 'deployment.json';
async function writeHandoff(dir, file, value) {
    await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file), `${JSON.stringify(value, null, 2)}\n`);
}
async function readHandoff(ctx, step, file, hint) {
    const dir = ctx.reportsOf(step);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file);
    let text;
    try {
        text = (await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInput */ .R5)(path, `the ${step} step's ${file}`)).toString('utf8');
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${path}: no output of the ${step} step`, {
            cause: e,
            hint,
        });
    }
    try {
        return { dir, value: JSON.parse(text) };
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: not JSON`, { cause: e, hint });
    }
}
/** The image `container` built, with the absolute path of its layout. */
async function readBuiltImage(ctx) {
    const { dir, value } = await readHandoff(ctx, 'container', IMAGE_FILE, 'run the container step first (tollgate run --stage per-commit), or download its artifact');
    return { ...value, layoutDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, value.layout) };
}
/** Where `deploy-test` deployed the service (inputs such as `base-url` override it). */
async function readDeployment(ctx, step = 'deploy-test') {
    const { value } = await readHandoff(ctx, step, DEPLOYMENT_FILE, `run ${step} first, or set the step's base-url input`);
    return value;
}


/***/ })

};
