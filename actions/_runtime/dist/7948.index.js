export const id = 7948;
export const ids = [7948];
export const modules = {

/***/ 79010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ buildDsseBundle)
/* harmony export */ });
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63037);

/**
 * Wraps a payload in DSSE and a Sigstore bundle. Given `intermediates` (DER, issuer order),
 * the bundle takes the v0.2 form with an `x509CertificateChain` (leaf first, no root): the
 * only bundle form that carries intermediates, needed for SPIFFE SVIDs whose issuer is not
 * a root. Otherwise the bundle is v0.3.
 *
 * @sigstore/sign is imported on first use: it brings an HTTP client, a cache and the
 * transparency-log clients, which a command that only verifies never needs.
 */
async function buildDsseBundle(signer, payload, options = {}) {
    const intermediates = options.intermediates ?? [];
    const [{ DSSEBundleBuilder }, { bundleToJSON }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(1040), __webpack_require__.e(2830), __webpack_require__.e(4463), __webpack_require__.e(8275), __webpack_require__.e(5179)]).then(__webpack_require__.t.bind(__webpack_require__, 15179, 19)),
        __webpack_require__.e(/* import() */ 1040).then(__webpack_require__.t.bind(__webpack_require__, 61040, 19)),
    ]);
    const builder = new DSSEBundleBuilder({
        signer,
        witnesses: options.witnesses ?? [],
        certificateChain: intermediates.length > 0,
    });
    const bundle = bundleToJSON(await builder.create({ data: payload, type: _statement_js__WEBPACK_IMPORTED_MODULE_0__/* .DSSE_PAYLOAD_TYPE */ .kM }));
    // The builder writes only the leaf into the chain; the intermediates follow it.
    bundle.verificationMaterial.x509CertificateChain?.certificates.push(...intermediates.map((der) => ({ rawBytes: der.toString('base64') })));
    return bundle;
}


/***/ }),

/***/ 14599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ envelopeOf),
/* harmony export */   uB: () => (/* binding */ verifyEnvelopeSignature)
/* harmony export */ });
/* unused harmony exports pae, checkEnvelopeSignatureAhead */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _verify_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76677);


/** Pre-authentication encoding: what the signature actually covers. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    const header = `DSSEv1 ${type.length} ${payloadType} ${payload.length} `;
    return Buffer.concat([Buffer.from(header, 'utf8'), payload]);
}
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeBase64(value, what) {
    if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64.test(value)) {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyFailure */ .U('malformed', `${what} is not valid base64`);
    }
    return Buffer.from(value, 'base64');
}
/** Extracts the DSSE envelope of a bundle (JSON form) with exactly one signature. */
function envelopeOf(bundle) {
    const env = bundle?.dsseEnvelope;
    if (!env || typeof env !== 'object') {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyFailure */ .U('malformed', 'bundle has no dsseEnvelope');
    }
    if (typeof env.payloadType !== 'string') {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyFailure */ .U('malformed', 'DSSE envelope has no payloadType');
    }
    if (!Array.isArray(env.signatures) || env.signatures.length !== 1) {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyFailure */ .U('malformed', 'DSSE envelope must carry exactly one signature');
    }
    // Decoded already by a check ahead of time, from these very strings: not decoded again.
    const ahead = checkedAhead.get(env);
    if (ahead && ahead.payloadText === env.payload && ahead.sigText === env.signatures[0]?.sig) {
        return { envelope: env, payload: ahead.payload, signature: ahead.signature };
    }
    const payload = decodeBase64(env.payload, 'DSSE payload');
    const signature = decodeBase64(env.signatures[0]?.sig, 'DSSE signature');
    return { envelope: env, payload, signature };
}
/** Ed25519 takes no digest; ECDSA and RSA keys sign SHA-256 in every Tollgate signer. */
const algorithmOf = (key) => (key.asymmetricKeyType === 'ed25519' ? null : 'sha256');
/**
 * Signatures checked ahead on the thread pool (`checkEnvelopeSignatureAhead`), by envelope
 * object. A result is used only for the very same envelope, key object, payload type, payload
 * and signature bytes; anything else is verified again. Weak: it goes with the bundles.
 */
const checkedAhead = new WeakMap();
/** Verifies the envelope signature (ECDSA, RSA or Ed25519 key) over the PAE. */
function verifyEnvelopeSignature(envelope, payload, signature, key) {
    const keyObject = typeof key === 'string' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    const ahead = checkedAhead.get(envelope);
    if (ahead &&
        ahead.key === keyObject &&
        ahead.payloadType === envelope.payloadType &&
        ahead.payload.equals(payload) &&
        ahead.signature.equals(signature)) {
        return ahead.ok;
    }
    const data = pae(envelope.payloadType, payload);
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(algorithmOf(keyObject), data, keyObject, signature);
    }
    catch {
        return false;
    }
}
/**
 * Verifies the signature of `bundle`'s envelope with `key` on libuv's thread pool, and keeps
 * the result for `verifyEnvelopeSignature` on the same envelope. Independent signatures then
 * verify side by side on every core while the caller goes on, instead of one after the other
 * on the main thread; what the gate concludes from each stays the same, in the same order.
 * A bundle whose envelope cannot be read is left alone: the gate reports it as it always did.
 */
function checkEnvelopeSignatureAhead(bundle, key) {
    let parts;
    try {
        parts = envelopeOf(bundle);
    }
    catch {
        return Promise.resolve();
    }
    const { envelope, payload, signature } = parts;
    const data = pae(envelope.payloadType, payload);
    return new Promise((resolve) => {
        const keep = (ok) => {
            checkedAhead.set(envelope, {
                key,
                payloadType: envelope.payloadType,
                payload,
                signature,
                payloadText: envelope.payload,
                sigText: envelope.signatures[0].sig,
                ok,
            });
            resolve();
        };
        try {
            cryptoVerify(algorithmOf(key), data, key, signature, (err, ok) => keep(!err && ok));
        }
        catch {
            keep(false);
        }
    });
}


/***/ }),

/***/ 12266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parsePublicKey),
/* harmony export */   y: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);


/** The key id Tollgate uses as the bundle's public key hint: sha256 of the SPKI DER, in hex. */
function keyIdOf(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
}
function parsePublicKey(pem, source) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${source} is not a PEM public key`, {
            cause: e,
            hint: 'use the .pub file that `tollgate keygen` wrote',
        });
    }
}


/***/ }),

/***/ 63219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseStatement)
/* harmony export */ });
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63037);
/* harmony import */ var _verify_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76677);


/**
 * Parses a DSSE payload into an in-toto Statement v1, refusing anything else. Older
 * Statement v0.1 payloads are refused on purpose: Tollgate writes only v1, so a v0.1
 * statement in a run is a sign of mixing in foreign material.
 */
function parseStatement(payloadType, payload) {
    if (payloadType !== _statement_js__WEBPACK_IMPORTED_MODULE_1__/* .DSSE_PAYLOAD_TYPE */ .kM) {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyFailure */ .U('malformed', `payload type is ${payloadType}, not ${_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .DSSE_PAYLOAD_TYPE */ .kM}`);
    }
    let value;
    try {
        value = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyFailure */ .U('malformed', 'payload is not JSON');
    }
    const s = value;
    if (!s || typeof s !== 'object')
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyFailure */ .U('malformed', 'payload is not an object');
    if (s._type !== _statement_js__WEBPACK_IMPORTED_MODULE_1__/* .STATEMENT_TYPE */ .zG) {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyFailure */ .U('malformed', `statement _type is ${String(s._type)}, not ${_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .STATEMENT_TYPE */ .zG}`);
    }
    if (!Array.isArray(s.subject) || s.subject.length === 0) {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyFailure */ .U('malformed', 'statement has no subject');
    }
    for (const [i, subj] of s.subject.entries()) {
        const digest = subj?.digest;
        if (!digest ||
            typeof digest !== 'object' ||
            Object.keys(digest).length === 0 ||
            Object.values(digest).some((d) => typeof d !== 'string')) {
            throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyFailure */ .U('malformed', `statement subject ${i} has no valid digest`);
        }
    }
    if (typeof s.predicateType !== 'string' || s.predicateType === '') {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyFailure */ .U('malformed', 'statement has no predicateType');
    }
    if (!s.predicate || typeof s.predicate !== 'object' || Array.isArray(s.predicate)) {
        throw new _verify_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyFailure */ .U('malformed', 'statement predicate is not an object');
    }
    return s;
}


/***/ }),

/***/ 45751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ generateKeyPair),
/* harmony export */   createKeySigner: () => (/* binding */ createKeySigner),
/* harmony export */   parsePrivateKey: () => (/* binding */ parsePrivateKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79010);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12266);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);




/** A fresh ECDSA P-256 key pair in PEM (PKCS#8 private, SPKI public), as `tollgate keygen` writes. */
function generateKeyPair() {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        keyId: (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyIdOf */ .y)(publicKey),
    };
}
function parsePrivateKey(pem, source) {
    try {
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
        const type = key.asymmetricKeyType;
        if (type !== 'ec' && type !== 'ed25519' && type !== 'rsa') {
            throw new Error(`unsupported key type ${type}`);
        }
        return key;
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `${source} is not a usable private key (PEM)`, {
            cause: e,
            hint: 'create one with `tollgate keygen --out <prefix>`',
        });
    }
}
/**
 * Signs with a local key. The bundle names the key only by its hint (the key id), never by
 * the key itself: the verifier must already trust the public key, otherwise anyone could
 * sign with a key of their own and ship it in the bundle.
 */
function createKeySigner(privateKey) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    const keyId = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyIdOf */ .y)(publicKey);
    const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const algorithm = privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    const signer = {
        sign: async (data) => ({
            signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(algorithm, data, privateKey),
            key: { $case: 'publicKey', publicKey: publicKeyPem, hint: keyId },
        }),
    };
    return {
        kind: 'key',
        describe: () => `key ${keyId.slice(0, 16)}`,
        signStatement: (payload) => (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .buildDsseBundle */ .y)(signer, payload),
    };
}


/***/ }),

/***/ 67139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ verifyKeyBundle)
/* harmony export */ });
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14599);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76677);


/**
 * Verifies a bundle signed with a local key. The key is found by the bundle's hint among the
 * keys the policy trusts; a hint that names no trusted key is an untrusted signer, while a
 * trusted key whose signature fails means the envelope was changed after signing.
 */
function verifyKeyBundle(bundle, trustedKeys) {
    const { envelope, payload, signature } = (0,_dsse_js__WEBPACK_IMPORTED_MODULE_0__/* .envelopeOf */ .Ge)(bundle);
    const material = bundle
        .verificationMaterial;
    const hint = material?.publicKey?.hint;
    if (typeof hint !== 'string' || hint === '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyFailure */ .U('malformed', 'bundle names no public key hint');
    }
    const key = trustedKeys.get(hint);
    if (!key) {
        // Bundles made by other tools may use another hint scheme: accept them when one of the
        // (few) trusted keys verifies the signature, and report that key's id.
        for (const [keyId, candidate] of trustedKeys) {
            if ((0,_dsse_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyEnvelopeSignature */ .uB)(envelope, payload, signature, candidate)) {
                return { payload, payloadType: envelope.payloadType, identity: { kind: 'key', keyId } };
            }
        }
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyFailure */ .U('untrusted-signer', `signed by key ${hint.slice(0, 16)}, which the policy does not trust`);
    }
    if (!(0,_dsse_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyEnvelopeSignature */ .uB)(envelope, payload, signature, key)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyFailure */ .U('invalid-signature', `signature does not verify with trusted key ${hint.slice(0, 16)}: the envelope was altered after signing`);
    }
    return { payload, payloadType: envelope.payloadType, identity: { kind: 'key', keyId: hint } };
}


/***/ }),

/***/ 76677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ describeIdentity),
/* harmony export */   U: () => (/* binding */ VerifyFailure)
/* harmony export */ });
class VerifyFailure extends Error {
    kind;
    constructor(kind, message, options) {
        super(message, options);
        this.name = 'VerifyFailure';
        this.kind = kind;
    }
}
function describeIdentity(id) {
    switch (id.kind) {
        case 'key':
            return `key ${id.keyId.slice(0, 16)}`;
        case 'sigstore':
            return `${id.san} (issuer ${id.issuer})`;
        case 'spiffe':
            return id.spiffeId;
    }
}


/***/ }),

/***/ 43554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lh: () => (/* binding */ commitAuthor)
/* harmony export */ });
/* unused harmony exports headCommit, repositoryName, gitUserEmail, isGitRepository */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);



function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        return undefined;
    }
}
/** The commit under evaluation when none is given: HEAD of the repository at `cwd`. */
function headCommit(cwd) {
    const sha = git(cwd, ['rev-parse', 'HEAD']);
    if (!sha) {
        throw new TollgateError('USAGE', `cannot tell the commit: ${cwd} is not a git repository with commits`, {
            hint: 'pass --commit <sha>',
        });
    }
    return sha;
}
/** A stable name for the repository: `owner/repo` from the origin URL, else the folder name. */
function repositoryName(cwd) {
    const url = git(cwd, ['config', '--get', 'remote.origin.url']);
    const m = url && /[/:]([^/:]+\/[^/]+?)(?:\.git)?$/.exec(url);
    return m?.[1] ?? basename(git(cwd, ['rev-parse', '--show-toplevel']) ?? cwd);
}
/** The author's e-mail address of a commit: who a self-approval check compares with. */
function commitAuthor(cwd, commit) {
    return git(cwd, ['log', '-1', '--format=%ae', commit]) || undefined;
}
/** Who the user is to git here (`user.email`), the default identity of a local approval. */
function gitUserEmail(cwd) {
    return git(cwd, ['config', '--get', 'user.email']) || undefined;
}
/** Whether `cwd` is a folder inside a git repository that has at least one commit. */
function isGitRepository(cwd) {
    return git(cwd, ['rev-parse', '--verify', '-q', 'HEAD']) !== undefined;
}


/***/ }),

/***/ 2886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ sameIdentity),
/* harmony export */   Bp: () => (/* binding */ normaliseIdentity),
/* harmony export */   g3: () => (/* binding */ uniqueIdentities),
/* harmony export */   gc: () => (/* binding */ includesIdentity)
/* harmony export */ });
/**
 * People (authors, reviewers, approvers, the policy's `approvers`) compared in one form
 * everywhere. Logins and e-mail addresses are case-insensitive where they are issued, and
 * Unicode has several spellings of one visible name (full-width letters, ligatures), so
 * comparing raw strings lets `Alice` approve `alice`'s change, or `bob` and `Bob` count as
 * two approvals. NFKC folds the compatibility spellings, trimming drops stray white space,
 * and lower-casing folds case. Display keeps the name as given; only comparisons use this.
 */
function normaliseIdentity(name) {
    return name.normalize('NFKC').trim().toLowerCase();
}
/** Whether two names are one person. An empty name is no one, and never matches. */
function sameIdentity(a, b) {
    if (a === undefined || b === undefined)
        return false;
    const na = normaliseIdentity(a);
    return na !== '' && na === normaliseIdentity(b);
}
/** Whether `name` is one of `list` (an allow-list of approvers, say). */
function includesIdentity(list, name) {
    return list.some((x) => sameIdentity(x, name));
}
/** The names with one entry per person, keeping the first spelling met. Empty names are dropped. */
function uniqueIdentities(names) {
    const seen = new Map();
    for (const n of names) {
        const key = normaliseIdentity(n);
        if (key !== '' && !seen.has(key))
            seen.set(key, n);
    }
    return [...seen.values()];
}


/***/ }),

/***/ 16719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15561);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93779);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49210);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);





const TollgateOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud, _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_4__/* .restEndpointMethods */ ._);
/**
 * A scheduler that runs each job at once. The throttling plugin only calls
 * `group.key(id).schedule(options, fn, ...args)`, so this stands in for its write and
 * notification groups when pacing is off, without taking a dependency on its limiter.
 */
const immediate = {
    key: () => ({
        schedule: (_opts, fn, ...args) => Promise.resolve(fn(...args)),
    }),
};
function createGitHubClient(o) {
    const retries = o.retries ?? 3;
    const unit = o.backoffUnitMs ?? 1000;
    const warn = o.warn ?? (() => undefined);
    // Both limits are retried a bounded number of times: a gate must finish, and a report
    // that could not be posted is reported as such rather than waited on forever.
    const onLimit = (kind) => (after, options, _o, count) => {
        warn(`GitHub ${kind} on ${options.method} ${options.url}; retry in ${after} s`);
        return count < retries;
    };
    return new TollgateOctokit({
        auth: o.token,
        baseUrl: (o.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'tollgate',
        retry: { retries, retryAfterBaseValue: unit },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            ...(o.paceWrites === false ? { write: immediate, notifications: immediate } : {}),
        },
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (m) => warn(m),
            error: (m) => warn(m),
        },
    });
}


/***/ }),

/***/ 27569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ parseRepo)
/* harmony export */ });
/* unused harmony exports workflowFileOf, runUrlOf, readGitHubContext */
/* harmony import */ var _core_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49788);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19563);


/** `tollgate.yml` of GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/tollgate.yml@ref). */
function workflowFileOf(ref) {
    const m = /\/\.github\/workflows\/([^@/]+)@/.exec(ref ?? '');
    return m?.[1];
}
function parseRepo(s) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(s);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y('GITHUB_CONTEXT', `"${s}" is not an owner/name repository`);
    return { owner: m[1], repo: m[2] };
}
function runUrlOf(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    return server && repo && id
        ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}`
        : undefined;
}
/** GitHub caps webhook payloads at 25 MB; anything larger is not an event file. */
const MAX_EVENT_BYTES = (/* unused pure expression or super */ null && (32 << 20));
/** Reads GITHUB_* variables and the event payload (for the pull request number and base). */
function readGitHubContext(env) {
    if (!env.GITHUB_REPOSITORY)
        throw new GitHubError('GITHUB_CONTEXT', 'GITHUB_REPOSITORY is not set (not running on GitHub?)');
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            const path = env.GITHUB_EVENT_PATH;
            const bytes = readUntrustedSync(path, 'event payload', { maxBytes: MAX_EVENT_BYTES });
            event = (parseJsonUntrusted(bytes, 'event payload', path) ?? {});
        }
        catch {
            // no readable event: reported as "no pull request", which only disables the comment
        }
    }
    const pr = event.pull_request?.number;
    const runUrl = runUrlOf(env);
    const ref = pr ? `refs/pull/${pr}/head` : env.GITHUB_REF;
    const baseRef = event.pull_request?.base?.ref ?? env.GITHUB_BASE_REF;
    // In a reusable workflow GITHUB_WORKFLOW_REF still names the caller, which is what runs on push.
    const workflow = workflowFileOf(env.GITHUB_WORKFLOW_REF);
    return {
        repo: parseRepo(env.GITHUB_REPOSITORY),
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        ...(runUrl ? { runUrl } : {}),
        ...(typeof pr === 'number' ? { pullNumber: pr } : {}),
        ...(baseRef ? { baseRef } : {}),
        ...(ref ? { ref } : {}),
        ...(workflow ? { workflow } : {}),
    };
}


/***/ }),

/***/ 19563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ toGitHubError),
/* harmony export */   y: () => (/* binding */ GitHubError)
/* harmony export */ });
class GitHubError extends Error {
    code;
    status;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'GitHubError';
        this.code = code;
        this.status = options.status;
    }
}
/** Octokit's RequestError (and anything shaped like it) as a GitHubError naming what was attempted. */
function toGitHubError(e, what) {
    if (e instanceof GitHubError)
        return e;
    const status = e?.status;
    const s = typeof status === 'number' ? status : undefined;
    const detail = e instanceof Error ? e.message : String(e);
    const code = s === 403 || s === 401
        ? 'GITHUB_FORBIDDEN'
        : s === 404
            ? 'GITHUB_NOT_FOUND'
            : s === 400 || s === 422
                ? 'GITHUB_INVALID'
                : 'GITHUB_UNAVAILABLE';
    return new GitHubError(code, `${what} failed${s ? ` (HTTP ${s})` : ''}: ${detail}`, {
        ...(s !== undefined ? { status: s } : {}),
        cause: e,
    });
}


/***/ }),

/***/ 66426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ octokitReadPort)
/* harmony export */ });
/* unused harmony export MAX_ARTIFACT_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19563);

/** GitHub's archives of Actions artifacts are zip files; a verdict artifact is a few kB. */
const MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;
async function attempt(what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubError */ .L)(e, what);
    }
}
const pull = (p) => ({
    number: p.number,
    state: p.state,
    author: p.user?.login ?? '',
    headSha: p.head.sha,
    headLabel: p.head.label,
    baseRef: p.base.ref,
});
/** GitHubReadPort over Octokit's REST methods: one endpoint per method, paginated where lists grow. */
function octokitReadPort(client) {
    const rest = client.rest;
    return {
        listOpenPullsByHead: (r, head) => attempt(`listing open pull requests of ${head}`, async () => (await client.paginate(rest.pulls.list, { ...r, state: 'open', head, per_page: 100 })).map(pull)),
        listPullsForCommit: (r, sha) => attempt(`listing the pull requests of commit ${sha.slice(0, 12)}`, async () => (await client.paginate(rest.repos.listPullRequestsAssociatedWithCommit, {
            ...r,
            commit_sha: sha,
            per_page: 100,
        })).map(pull)),
        getPull: (r, n) => attempt(`reading pull request #${n}`, async () => pull((await rest.pulls.get({ ...r, pull_number: n })).data)),
        listWorkflowRuns: (r, q) => attempt(`listing ${q.status} runs on ${q.branch}`, async () => {
            const query = {
                ...r,
                branch: q.branch,
                status: q.status,
                per_page: Math.min(q.limit, 100),
                ...(q.event ? { event: q.event } : {}),
            };
            // One page is enough: only the newest few runs are ever looked at.
            const { data } = q.workflow === undefined
                ? await rest.actions.listWorkflowRunsForRepo(query)
                : await rest.actions.listWorkflowRuns({ ...query, workflow_id: q.workflow });
            return data.workflow_runs.slice(0, q.limit).map((w) => ({
                id: w.id,
                headSha: w.head_sha,
                headBranch: w.head_branch ?? '',
                event: w.event,
                conclusion: w.conclusion,
                createdAt: w.created_at,
            }));
        }),
        listRunArtifacts: (r, runId, name) => attempt(`listing the artifacts of run ${runId}`, async () => (await client.paginate(rest.actions.listWorkflowRunArtifacts, {
            ...r,
            run_id: runId,
            per_page: 100,
            ...(name ? { name } : {}),
        })).map((a) => ({
            id: a.id,
            name: a.name,
            sizeInBytes: a.size_in_bytes,
            expired: a.expired,
        }))),
        downloadArtifact: (r, id) => attempt(`downloading artifact ${id}`, async () => {
            // fetch follows GitHub's 302 to the storage URL and drops our token on the way there.
            const { data } = await rest.actions.downloadArtifact({
                ...r,
                artifact_id: id,
                archive_format: 'zip',
            });
            const bytes = Buffer.from(data);
            if (bytes.length > MAX_ARTIFACT_BYTES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y('GITHUB_INVALID', `artifact ${id} is ${bytes.length} bytes, more than the ${MAX_ARTIFACT_BYTES} a verdict artifact may have`);
            return bytes;
        }),
        listRunApprovals: (r, runId) => attempt(`listing the approvals of run ${runId}`, async () => (await rest.actions.getReviewsForRun({ ...r, run_id: runId })).data.map((a) => ({
            user: a.user.login,
            state: a.state,
            comment: a.comment,
            environments: a.environments.map((e) => e.name ?? ''),
        }))),
        listReviews: (r, n) => attempt(`listing the reviews of #${n}`, async () => (await client.paginate(rest.pulls.listReviews, { ...r, pull_number: n, per_page: 100 })).map((v) => ({
            id: Number(v.id),
            user: v.user?.login ?? '',
            state: v.state,
            commitId: v.commit_id ?? '',
            ...(v.submitted_at ? { submittedAt: v.submitted_at } : {}),
        }))),
        listPullFileNames: (r, n) => attempt(`listing the files of #${n}`, async () => (await client.paginate(rest.pulls.listFiles, { ...r, pull_number: n, per_page: 100 })).map((f) => f.filename)),
        getFileText: async (r, path, ref) => {
            try {
                const { data } = await rest.repos.getContent({ ...r, path, ref });
                if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                    return undefined;
                return Buffer.from(data.content, 'base64').toString('utf8');
            }
            catch (e) {
                const err = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubError */ .L)(e, `reading ${path} at ${ref.slice(0, 12)}`);
                if (err.code === 'GITHUB_NOT_FOUND')
                    return undefined;
                throw err;
            }
        },
        teamMembership: async (org, team, user) => {
            try {
                const { data } = await rest.teams.getMembershipForUserInOrg({
                    org,
                    team_slug: team,
                    username: user,
                });
                return data.state === 'active' ? 'member' : 'not-member';
            }
            catch (e) {
                const err = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubError */ .L)(e, `reading the membership of ${user} in @${org}/${team}`);
                // GitHub answers 404 both for "not a member" and for a team the token may not see;
                // 403 means the token may not read teams at all (GITHUB_TOKEN cannot read org teams).
                if (err.code === 'GITHUB_NOT_FOUND')
                    return 'not-member';
                if (err.code === 'GITHUB_FORBIDDEN')
                    return { unknown: err.message };
                throw err;
            }
        },
    };
}


/***/ }),

/***/ 65510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ localKeyPath),
/* harmony export */   d: () => (/* binding */ loadLocalKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _attest_signers_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45751);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43959);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90275);







/**
 * Where the local signing key lives: $TOLLGATE_KEY, else
 * $XDG_CONFIG_HOME/tollgate/local.key (~/.config when unset). Outside the repository on
 * purpose: a key inside the checkout would be one `git add .` away from being published.
 */
function localKeyPath(env) {
    if (env.TOLLGATE_KEY)
        return { path: env.TOLLGATE_KEY, explicit: true };
    const config = env.XDG_CONFIG_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.config');
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(config, 'tollgate', 'local.key'), explicit: false };
}
/**
 * Loads the local key, creating the default one on first use. A key named by TOLLGATE_KEY
 * must exist: creating one there would hide a typo behind a fresh, untrusted key.
 */
async function loadLocalKey(env) {
    const { path, explicit } = localKeyPath(env);
    let pem;
    try {
        pem = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code !== 'ENOENT' || explicit) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', `cannot read the local key ${path}`, {
                cause: e,
                hint: explicit ? 'TOLLGATE_KEY must name an existing private key (PEM)' : undefined,
            });
        }
    }
    let created = false;
    if (pem === undefined) {
        const pair = (0,_attest_signers_key_js__WEBPACK_IMPORTED_MODULE_4__/* .generateKeyPair */ .T)();
        await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path.replace(/\.key$/, '') + '.pub', pair.publicKeyPem);
        await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, pair.privateKeyPem, { mode: 0o600 });
        pem = pair.privateKeyPem;
        created = true;
    }
    const key = (0,_attest_signers_key_js__WEBPACK_IMPORTED_MODULE_4__.parsePrivateKey)(pem, path);
    const publicKeyPem = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'pem' }).toString();
    return { signer: (0,_attest_signers_key_js__WEBPACK_IMPORTED_MODULE_4__.createKeySigner)(key), publicKeyPem, path, created };
}


/***/ }),

/***/ 95706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ localRecords),
  C: () => (/* binding */ reviewResult)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/create.js
var create = __webpack_require__(20826);
// EXTERNAL MODULE: ./dist/attest/parse-statement.js
var parse_statement = __webpack_require__(63219);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/attest/verify/key.js
var key = __webpack_require__(67139);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
;// CONCATENATED MODULE: ./dist/approval/record.js









/**
 * Local approvals: what a GitHub Environment's required reviewers are on a laptop. `tollgate
 * approve` signs one record per approver and commit; the `approval` step reads them back,
 * verifies each signature, and attests who approved. A record is an ordinary signed
 * attestation (review predicate, the commit as subject), so it cannot be edited unnoticed.
 */
const APPROVALS_DIR = '.tollgate/approvals';
const fileName = (reviewer) => `${reviewer.replace(/[^A-Za-z0-9@._-]/g, '_').slice(0, 100)}.sigstore.json`;
/** Records of one step (`approval`, or `peer-review` for a local review) about one commit. */
function approvalsDirOf(repoDir, commit, step = 'approval') {
    return (0,external_node_path_.join)(repoDir, APPROVALS_DIR, step, commit);
}
async function writeApproval(r, signer) {
    const at = r.now.toISOString();
    const bundle = await createAttestation({
        meta: {
            step: 'approval',
            stage: 'per-merge',
            status: 'passed',
            startedOn: at,
            finishedOn: at,
        },
        predicateType: PREDICATE.review,
        predicate: {
            author: r.author,
            headSha: r.commit,
            approvals: r.decision === 'approved' ? [{ reviewer: r.reviewer, at }] : [],
            changesRequested: r.decision === 'rejected' ? [r.reviewer] : [],
            ...(r.comment ? { comment: r.comment } : {}),
        },
        subjects: [],
        repository: r.repository,
        commit: r.commit,
    }, signer);
    const path = join(approvalsDirOf(r.repoDir, r.commit, r.step), fileName(r.reviewer));
    await writeFileAtomic(path, `${JSON.stringify(bundle)}\n`);
    return path;
}
/** Whether any record of the step about the commit exists (before keys are needed). */
async function hasApprovals(repoDir, commit, step = 'approval') {
    const names = await (0,promises_.readdir)(approvalsDirOf(repoDir, commit, step)).catch(() => []);
    return names.some((n) => n.endsWith('.sigstore.json'));
}
/**
 * The verified approvals of a commit. A record that does not verify, or is about another
 * commit, is an error naming the file: an approval someone tampered with must stop the
 * promotion, not be skipped quietly.
 */
async function readApprovals(repoDir, commit, trustedKeys, step = 'approval') {
    const dir = approvalsDirOf(repoDir, commit, step);
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const out = [];
    for (const name of names.filter((n) => n.endsWith('.sigstore.json')).sort()) {
        const file = (0,external_node_path_.join)(dir, name);
        try {
            const bundle = await (0,untrusted/* readJsonUntrusted */.Lm)(file, 'approval record', { maxBytes: 16 << 20 });
            const { payload, payloadType } = (0,key/* verifyKeyBundle */.Z)(bundle, trustedKeys);
            const st = (0,parse_statement/* parseStatement */.B)(payloadType, payload);
            const bound = st.subject.some((s) => s.digest.gitCommit === commit);
            if (!bound || st.predicateType !== types/* PREDICATE */.W3.review) {
                throw new Error(`not an approval of ${commit}`);
            }
            const p = st.predicate;
            const approval = p.approvals?.[0];
            const rejectedBy = p.changesRequested?.[0];
            const reviewer = approval?.reviewer ?? rejectedBy;
            if (!reviewer)
                throw new Error('names no reviewer');
            out.push({
                reviewer,
                decision: approval ? 'approved' : 'rejected',
                at: approval?.at ??
                    String(st.predicate.tollgate?.finishedOn ?? ''),
                ...(p.comment ? { comment: p.comment } : {}),
                file,
            });
        }
        catch (e) {
            throw new errors/* TollgateError */.xB('VERIFICATION_FAILED', `${file}: approval record does not verify: ${(0,errors/* describeError */.Uc)(e)}`, {
                hint: 'remove the record and approve again with tollgate approve',
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./dist/core/identity.js
var identity = __webpack_require__(2886);
;// CONCATENATED MODULE: ./dist/steps/approval/decide.js

/**
 * Applies the rules to the approvals of one change. The latest record of each reviewer
 * counts (a later rejection withdraws an approval); any standing rejection blocks.
 */
function decide(records, author, rules) {
    const latest = new Map();
    for (const r of [...records].sort((a, b) => a.at.localeCompare(b.at))) {
        latest.set((0,identity/* normaliseIdentity */.Bp)(r.reviewer), r);
    }
    const standing = [...latest.values()];
    const rejectedBy = standing.filter((r) => r.decision === 'rejected').map((r) => r.reviewer);
    const approved = standing.filter((r) => r.decision === 'approved');
    const self = approved.filter((r) => (0,identity/* sameIdentity */.BU)(r.reviewer, author));
    const listed = (r) => rules.approvers.length === 0 || (0,identity/* includesIdentity */.gc)(rules.approvers, r.reviewer);
    const counted = approved.filter((r) => listed(r) && (rules.allowSelfApproval || !(0,identity/* sameIdentity */.BU)(r.reviewer, author)));
    const fail = (reason) => ({ ok: false, reason, counted, rejectedBy });
    if (rejectedBy.length)
        return fail(`rejected by ${rejectedBy.join(', ')}`);
    if (counted.length >= rules.minApprovals) {
        return {
            ok: true,
            reason: `approved by ${counted.map((r) => r.reviewer).join(', ')}`,
            counted,
            rejectedBy,
        };
    }
    const notes = [];
    if (self.length && !rules.allowSelfApproval) {
        notes.push(`self-approved by the change's author ${author}, which the policy forbids`);
    }
    const unlisted = approved.filter((r) => !listed(r)).map((r) => r.reviewer);
    if (unlisted.length) {
        notes.push(`${unlisted.join(', ')} ${unlisted.length > 1 ? 'are' : 'is'} not among the approvers (${rules.approvers.join(', ')})`);
    }
    return fail(`${counted.length} of ${rules.minApprovals} required approval(s)${notes.length ? `: ${notes.join('; ')}` : ''}`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./dist/attest/keys.js
var attest_keys = __webpack_require__(12266);
// EXTERNAL MODULE: ./dist/runner/local-key.js
var local_key = __webpack_require__(65510);
;// CONCATENATED MODULE: ./dist/steps/approval/keys.js






/**
 * The keys whose approval records count: the files the `approver-keys` input names, else this
 * machine's local key (the identity `tollgate approve` signs with by default).
 */
async function approverKeys(input, repoDir, env) {
    const files = (input ?? '')
        .split(/[,\n]/)
        .map((f) => f.trim())
        .filter(Boolean);
    const keys = new Map();
    if (files.length) {
        for (const f of files) {
            const path = (0,external_node_path_.resolve)(repoDir, f);
            const pem = await (0,promises_.readFile)(path, 'utf8').catch((e) => {
                throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `cannot read approver key ${path}`, {
                    cause: e,
                    hint: 'approver-keys lists PEM public keys, comma separated',
                });
            });
            const key = (0,attest_keys/* parsePublicKey */.e)(pem, path);
            keys.set((0,attest_keys/* keyIdOf */.y)(key), key);
        }
        return keys;
    }
    const { path } = (0,local_key/* localKeyPath */.C)(env);
    const pub = await (0,promises_.readFile)(path.replace(/\.key$/, '') + '.pub', 'utf8').catch(() => undefined);
    const key = pub
        ? (0,attest_keys/* parsePublicKey */.e)(pub, path)
        : await (0,promises_.readFile)(path, 'utf8').then((pem) => (0,external_node_crypto_.createPublicKey)(pem), () => undefined);
    if (!key) {
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', 'no approver keys: the local key does not exist', {
            hint: 'run tollgate approve (it creates the local key), or set the approver-keys input',
        });
    }
    keys.set((0,attest_keys/* keyIdOf */.y)(key), key);
    return keys;
}

;// CONCATENATED MODULE: ./dist/steps/approval/result.js




/**
 * The signed local records of one step (`approval` or `peer-review`) about the commit, each
 * verified with the keys the input names; no key is needed when there is no record.
 */
async function localRecords(ctx, step, keysInput) {
    if (!(await hasApprovals(ctx.repoDir, ctx.commit, step)))
        return [];
    const keys = await approverKeys(keysInput, ctx.repoDir, process.env);
    return readApprovals(ctx.repoDir, ctx.commit, keys, step);
}
/**
 * The result both review steps attest: the review predicate (author, commit, approvals,
 * standing rejections) and the rules' decision; `none` says why when there is no record.
 */
function reviewResult(o) {
    const d = decide(o.records, o.author, o.rules);
    const reason = o.records.length === 0 ? o.none : d.reason;
    const predicate = {
        author: o.author,
        headSha: o.commit,
        approvals: o.records
            .filter((r) => r.decision === 'approved')
            .map((r) => ({ reviewer: r.reviewer, at: r.at })),
        changesRequested: d.rejectedBy,
    };
    return {
        status: d.ok ? 'passed' : 'failed',
        ...(d.ok ? {} : { reason, failure: 'findings' }),
        attestations: [{ predicateType: types/* PREDICATE */.W3.review, predicate }],
        products: [],
        reports: [],
        summary: `**${o.title}** of \`${o.commit.slice(0, 12)}\` (author ${o.author}): ${reason}`,
        metrics: { approvals: d.counted.length },
    };
}


/***/ })

};
