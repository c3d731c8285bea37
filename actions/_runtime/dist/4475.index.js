export const id = 4475;
export const ids = [4475,9530];
export const modules = {

/***/ 79010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ buildDsseBundle)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15179);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63037);



/**
 * Wraps a payload in DSSE and a Sigstore bundle. Given `intermediates` (DER, issuer order),
 * the bundle takes the v0.2 form with an `x509CertificateChain` (leaf first, no root): the
 * only bundle form that carries intermediates, needed for SPIFFE SVIDs whose issuer is not
 * a root. Otherwise the bundle is v0.3.
 */
async function buildDsseBundle(signer, payload, options = {}) {
    const intermediates = options.intermediates ?? [];
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DSSEBundleBuilder */ .VV({
        signer,
        witnesses: options.witnesses ?? [],
        certificateChain: intermediates.length > 0,
    });
    const bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(await builder.create({ data: payload, type: _statement_js__WEBPACK_IMPORTED_MODULE_2__/* .DSSE_PAYLOAD_TYPE */ .kM }));
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
/* unused harmony export pae */
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
    const payload = decodeBase64(env.payload, 'DSSE payload');
    const signature = decodeBase64(env.signatures[0]?.sig, 'DSSE signature');
    return { envelope: env, payload, signature };
}
/** Verifies the envelope signature (ECDSA, RSA or Ed25519 key) over the PAE. */
function verifyEnvelopeSignature(envelope, payload, signature, key) {
    const keyObject = typeof key === 'string' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    const data = pae(envelope.payloadType, payload);
    // Ed25519 takes no digest; ECDSA and RSA keys sign SHA-256 in every Tollgate signer.
    const algorithm = keyObject.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(algorithm, data, keyObject, signature);
    }
    catch {
        return false;
    }
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
/* harmony export */   QW: () => (/* binding */ parsePrivateKey),
/* harmony export */   TZ: () => (/* binding */ generateKeyPair),
/* harmony export */   e9: () => (/* binding */ createKeySigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79010);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12266);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43959);




/** A fresh ECDSA P-256 key pair in PEM (PKCS#8 private, SPKI public), as `tollgate keygen` writes. */
function generateKeyPair() {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        keyId: (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdOf */ .y)(publicKey),
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TollgateError */ .xB('INPUT_INVALID', `${source} is not a usable private key (PEM)`, {
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
    const keyId = (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdOf */ .y)(publicKey);
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
        signStatement: (payload) => (0,_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .buildDsseBundle */ .y)(signer, payload),
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

/***/ 74029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseSpiffeId),
/* harmony export */   Lj: () => (/* binding */ SpiffeIdError)
/* harmony export */ });
/* unused harmony export parseTrustDomain */
const SCHEME = 'spiffe://';
// The specification limits URIs to 2048 bytes and trust domains to 255 characters.
const MAX_ID_LENGTH = 2048;
const MAX_TRUST_DOMAIN_LENGTH = 255;
const TRUST_DOMAIN_CHARS = /^[a-z0-9._-]+$/;
const SEGMENT_CHARS = /^[A-Za-z0-9._-]+$/;
class SpiffeIdError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SpiffeIdError';
    }
}
/** Validates a trust domain name (no scheme) and returns it unchanged. */
function parseTrustDomain(name) {
    if (name.length === 0)
        throw new SpiffeIdError('trust domain is empty');
    if (name.length > MAX_TRUST_DOMAIN_LENGTH) {
        throw new SpiffeIdError(`trust domain is longer than ${MAX_TRUST_DOMAIN_LENGTH} characters`);
    }
    if (!TRUST_DOMAIN_CHARS.test(name)) {
        throw new SpiffeIdError(`trust domain "${name}" may only contain lower-case letters, digits, ".", "-" and "_"`);
    }
    return name;
}
/** Parses and validates a SPIFFE ID; throws SpiffeIdError naming the first problem. */
function parseSpiffeId(value) {
    if (typeof value !== 'string' || !value.startsWith(SCHEME)) {
        throw new SpiffeIdError('SPIFFE ID must start with "spiffe://" (lower case)');
    }
    if (Buffer.byteLength(value, 'utf8') > MAX_ID_LENGTH) {
        throw new SpiffeIdError(`SPIFFE ID is longer than ${MAX_ID_LENGTH} bytes`);
    }
    const rest = value.slice(SCHEME.length);
    const slash = rest.indexOf('/');
    const trustDomain = slash === -1 ? rest : rest.slice(0, slash);
    const path = slash === -1 ? '' : rest.slice(slash);
    // Ports, user info, queries and fragments are not allowed; the character checks below
    // reject ":", "@", "?", "#" and percent-encoding, which covers all of them.
    parseTrustDomain(trustDomain);
    if (path !== '') {
        const segments = path.slice(1).split('/');
        for (const segment of segments) {
            if (segment === '') {
                throw new SpiffeIdError('SPIFFE ID path has an empty segment or a trailing slash');
            }
            if (segment === '.' || segment === '..') {
                throw new SpiffeIdError('SPIFFE ID path may not contain "." or ".." segments');
            }
            if (!SEGMENT_CHARS.test(segment)) {
                throw new SpiffeIdError(`SPIFFE ID path segment "${segment}" may only contain letters, digits, ".", "-" and "_"`);
            }
        }
    }
    return { id: value, trustDomain, path };
}


/***/ }),

/***/ 35272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qc: () => (/* binding */ parsePemCertificates),
/* harmony export */   Sl: () => (/* binding */ uriSans),
/* harmony export */   YA: () => (/* binding */ certFacts),
/* harmony export */   bo: () => (/* binding */ certificateFromBase64),
/* harmony export */   gI: () => (/* binding */ splitDerCertificates)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * X.509 helpers shared by the SPIFFE signer and verifier. Everything here works on node's
 * `X509Certificate` (OpenSSL underneath), which is what keeps the gate's verification fast.
 */
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]*?)-----END CERTIFICATE-----/g;
/**
 * Parses every CERTIFICATE block of a PEM text, in order. Throws a plain Error (callers turn
 * it into their own typed error) when there is none or one does not parse.
 */
function parsePemCertificates(pem) {
    const certs = [];
    for (const match of pem.matchAll(PEM_CERTIFICATE)) {
        const der = Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64');
        certs.push(parseDerCertificate(der, certs.length));
    }
    if (certs.length === 0)
        throw new Error('no PEM CERTIFICATE block found');
    return certs;
}
function parseDerCertificate(der, index) {
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
    }
    catch (e) {
        throw new Error(`certificate ${index + 1} does not parse`, { cause: e });
    }
}
// A bundle's leaf is parsed twice (to route the bundle, then to verify it) and every bundle
// of a run carries the same intermediates, so each distinct certificate is parsed once. The
// key is the exact encoding: a cached object is what parsing those bytes again would give.
// Bounded in count and in size, as bundles come from outside.
const parsedCertificates = new Map();
const MAX_PARSED_CERTIFICATES = 4096;
const MAX_CACHED_BASE64_LENGTH = 16 * 1024;
/** Parses a base64-encoded DER certificate; throws when it is not one. */
function certificateFromBase64(base64) {
    let cert = parsedCertificates.get(base64);
    if (!cert) {
        cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(base64, 'base64'));
        if (base64.length <= MAX_CACHED_BASE64_LENGTH) {
            if (parsedCertificates.size >= MAX_PARSED_CERTIFICATES)
                parsedCertificates.clear();
            parsedCertificates.set(base64, cert);
        }
    }
    return cert;
}
/**
 * Splits concatenated DER certificates (the Workload API's `x509_svid` and `bundle` fields)
 * by reading each outer SEQUENCE header, since OpenSSL only parses the first one.
 */
function splitDerCertificates(buf) {
    const certs = [];
    let offset = 0;
    while (offset < buf.length) {
        const length = derElementLength(buf, offset);
        certs.push(parseDerCertificate(buf.subarray(offset, offset + length), certs.length));
        offset += length;
    }
    if (certs.length === 0)
        throw new Error('no DER certificate found');
    return certs;
}
/** Total length (header plus content) of the DER SEQUENCE starting at `offset`. */
function derElementLength(buf, offset) {
    const tag = buf[offset];
    const first = buf[offset + 1];
    if (tag !== 0x30 || first === undefined)
        throw new Error('DER data is not a certificate');
    let header = 2;
    let length = first;
    if (first & 0x80) {
        const count = first & 0x7f;
        // Certificates never need more than 4 length bytes; anything else is garbage.
        if (count === 0 || count > 4)
            throw new Error('DER length is invalid');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + (buf[offset + 2 + i] ?? 0);
        header += count;
    }
    if (offset + header + length > buf.length)
        throw new Error('DER certificate is truncated');
    return header + length;
}
/**
 * The URI entries of a certificate's subject alternative names. Node renders SANs as
 * `TYPE:value, TYPE:value` and JSON-quotes values that contain separators, so a URI holding
 * ", " cannot be mistaken for two names.
 */
function uriSans(cert) {
    const text = cert.subjectAltName;
    if (!text)
        return [];
    const uris = [];
    let i = 0;
    while (i < text.length) {
        const colon = text.indexOf(':', i);
        if (colon === -1)
            break;
        const type = text.slice(i, colon);
        let value;
        let end;
        if (text[colon + 1] === '"') {
            end = closingQuote(text, colon + 2);
            value = JSON.parse(text.slice(colon + 1, end + 1));
            end += 1;
        }
        else {
            end = text.indexOf(', ', colon + 1);
            if (end === -1)
                end = text.length;
            value = text.slice(colon + 1, end);
        }
        if (type === 'URI')
            uris.push(value);
        i = end + 2; // skip ", "
    }
    return uris;
}
function closingQuote(text, from) {
    for (let j = from; j < text.length; j++) {
        if (text[j] === '\\')
            j++;
        else if (text[j] === '"')
            return j;
    }
    throw new Error('subject alternative name has an unterminated quoted value');
}
// Trust-bundle certificates are checked on every verification; caching their facts per
// object avoids crossing into OpenSSL hundreds of times for the same root.
const facts = new WeakMap();
function certFacts(cert) {
    let f = facts.get(cert);
    if (!f) {
        f = {
            ca: cert.ca,
            notBefore: cert.validFromDate.getTime(),
            notAfter: cert.validToDate.getTime(),
            publicKey: cert.publicKey,
        };
        facts.set(cert, f);
    }
    return f;
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

/***/ 28048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Recorded in attestations and verification summaries; kept in step with package.json (tested). */
const VERSION = '0.1.0';


/***/ }),

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
        const pair = (0,_attest_signers_key_js__WEBPACK_IMPORTED_MODULE_4__/* .generateKeyPair */ .TZ)();
        await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path.replace(/\.key$/, '') + '.pub', pair.publicKeyPem);
        await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, pair.privateKeyPem, { mode: 0o600 });
        pem = pair.privateKeyPem;
        created = true;
    }
    const key = (0,_attest_signers_key_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePrivateKey */ .QW)(pem, path);
    const publicKeyPem = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'pem' }).toString();
    return { signer: (0,_attest_signers_key_js__WEBPACK_IMPORTED_MODULE_4__/* .createKeySigner */ .e9)(key), publicKeyPem, path, created };
}


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

/***/ 44475:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROMOTION_FILE: () => (/* binding */ PROMOTION_FILE),
  promoteProduction: () => (/* binding */ promoteProduction)
});

// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/oci/refs.js
var refs = __webpack_require__(35666);
// EXTERNAL MODULE: ./dist/oci/registry/copy.js
var copy = __webpack_require__(27867);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/oci/layout.js
var layout = __webpack_require__(80518);
// EXTERNAL MODULE: ./dist/oci/types.js
var oci_types = __webpack_require__(24667);
;// CONCATENATED MODULE: ./dist/promote/history.js



/**
 * The promotion history of a production repository, kept in the repository itself (so a
 * rollback needs nothing but the registry): an OCI artifact under the tag below whose one
 * layer is this JSON. Each promotion or rollback writes a new artifact and moves the tag.
 */
const HISTORY_TAG = 'tollgate-promotions';
const HISTORY_TYPE = 'application/vnd.tollgate.promotions.v1+json';
async function readHistory(target) {
    const m = await target.getManifest(HISTORY_TAG);
    if (!m)
        return { entries: [] };
    try {
        const manifest = JSON.parse(m.bytes.toString('utf8'));
        const layer = manifest.layers[0];
        if (manifest.artifactType !== HISTORY_TYPE || !layer)
            throw new Error('not a history');
        const h = JSON.parse((await target.getBlob(layer)).toString('utf8'));
        if (!Array.isArray(h.entries))
            throw new Error('no entries');
        return h;
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${target.name}:${HISTORY_TAG} is not a promotion history`, { cause: e, hint: `the tag ${HISTORY_TAG} is Tollgate's; do not reuse it` });
    }
}
async function appendHistory(target, entry) {
    const history = await readHistory(target);
    history.entries.push(entry);
    const content = Buffer.from(`${JSON.stringify(history, null, 2)}\n`);
    const layer = { mediaType: HISTORY_TYPE, digest: (0,layout/* sha256Digest */.sI)(content), size: content.length };
    if (!(await target.hasBlob(oci_types/* EMPTY_CONFIG */.$.digest))) {
        await target.putBlob(Buffer.from('{}'), { ...oci_types/* EMPTY_CONFIG */.$ });
    }
    await target.putBlob(content, layer);
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_types/* MEDIA */.R.manifest,
        artifactType: HISTORY_TYPE,
        config: { ...oci_types/* EMPTY_CONFIG */.$ },
        layers: [layer],
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    await target.putManifest({ bytes, mediaType: oci_types/* MEDIA */.R.manifest, digest: (0,layout/* sha256Digest */.sI)(bytes) }, HISTORY_TAG);
}
/**
 * The digest a rollback returns to: the one promoted before the digest now current (distinct
 * promoted digests, newest first). After a rollback the current digest is the older one, so
 * a second rollback walks one promotion further back.
 */
function previousDigest(h, current) {
    const promoted = h.entries.filter((e) => e.action === 'promote').map((e) => e.digest);
    const order = [...new Set(promoted.reverse())];
    const idx = order.indexOf(current);
    return idx < 0 ? undefined : order[idx + 1];
}

;// CONCATENATED MODULE: ./dist/promote/copy.js


/**
 * Copies the verified digest (with its referrers) from staging to production, points the
 * production tag at it and records the promotion in the repository's history. Never rebuilds:
 * the copy checks each manifest and blob against its digest.
 */
async function copyToProduction(o) {
    const copied = await (0,copy/* copyImage */.L)(o.staging.target, o.production.target, o.digest, {
        tag: o.tag,
        log: o.log,
    });
    const entry = {
        digest: o.digest,
        tag: o.tag,
        commit: o.commit,
        at: o.now.toISOString(),
        action: 'promote',
        from: o.from,
    };
    await appendHistory(o.production.target, entry);
    return { copied, entry };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/pipeline/graph.js
var graph = __webpack_require__(22007);
;// CONCATENATED MODULE: ./dist/pipeline/pins.js
/**
 * Every action reference the generated files make, in one place. Our own actions and
 * reusable workflows are referenced by their release tag (the gate's policy pins the signing
 * workflow by that ref); third-party actions by full commit SHA, since a tag can be moved
 * under us, with the version in a comment so that updates stay reviewable.
 */
/** The repository that publishes Tollgate's actions and reusable workflows. */
const pins_TOLLGATE_REPO = 'tollgate-dev/tollgate';
/** The release tag callers use; the default policy trusts workflows at this ref. */
const pins_TOLLGATE_REF = 'v1';
const CHECKOUT = {
    uses: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
    version: 'v4.2.2',
};
const DOWNLOAD_ARTIFACT = {
    uses: 'actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16',
    version: 'v4.1.8',
};
const SETUP_NODE = {
    uses: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
    version: 'v4.4.0',
};
const UPLOAD_ARTIFACT = {
    uses: 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02',
    version: 'v4.6.2',
};
/** `uses:` of one of our step actions, e.g. tollgate-dev/tollgate/actions/sast@v1. */
function ownAction(name) {
    return `${pins_TOLLGATE_REPO}/actions/${name}@${pins_TOLLGATE_REF}`;
}
/** `uses:` of one of our reusable workflows, as a caller writes it. */
function ownWorkflow(file) {
    return `${pins_TOLLGATE_REPO}/.github/workflows/${file}@${pins_TOLLGATE_REF}`;
}
/**
 * Artifact that carries a step's signed bundles and reports, rooted at the reports folder;
 * the jobs that consume the step and the gate download it by this exact name.
 */
const artifactName = (step) => `tollgate-${step}`;
/** Artifact holding the gate's verdict; the fork-safe report workflow reads it. */
const VERDICT_ARTIFACT = 'tollgate-verdict';

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./dist/pipeline/render/yaml-text.js

/**
 * YAML text for generated files, written so that prettier leaves it unchanged (the committed
 * copies are formatted like the rest of the repository): single quotes, no folding of long
 * lines, a header comment, and a blank line before chosen keys.
 */
/** A scalar with a trailing comment, e.g. a SHA-pinned `uses:` with its version. */
function commented(value, comment) {
    const s = new Scalar(value);
    s.comment = ` ${comment}`;
    return s;
}
function yaml_text_yamlText(value, opts) {
    const doc = new dist/* Document */.yo(value);
    doc.commentBefore = opts.header.map((l) => (l ? ` ${l}` : '')).join('\n');
    const root = doc.contents;
    for (const path of opts.spacedMaps ?? []) {
        const map = doc.getIn(path, true);
        if ((0,dist/* isMap */.jh)(map))
            markSpaced(map, 1);
    }
    if ((0,dist/* isMap */.jh)(root)) {
        for (const item of root.items) {
            if ((0,dist/* isScalar */.jn)(item.key) && opts.spacedKeys?.includes(String(item.key.value)))
                item.key.spaceBefore = true;
        }
    }
    return doc.toString({ lineWidth: 0, singleQuote: true, indentSeq: true });
}
function markSpaced(map, from) {
    map.items.forEach((item, i) => {
        if (i >= from && (0,dist/* isScalar */.jn)(item.key))
            item.key.spaceBefore = true;
    });
}

;// CONCATENATED MODULE: ./dist/pipeline/default-policy.js




/**
 * A GitHub signer for `repository` whose jobs run in Tollgate's reusable workflows: the
 * certificate names the reusable workflow at its release ref, not the caller.
 */
function githubSigner(repository) {
    const workflows = `${TOLLGATE_REPO}/.github/workflows/*.yml`;
    return {
        github: {
            repository,
            workflow: [
                `${workflows}@refs/tags/${TOLLGATE_REF}`,
                `${workflows}@refs/tags/${TOLLGATE_REF}.*`,
            ],
        },
    };
}
/** Thresholds by predicate type; a step gets those of the types it attests. */
function thresholdsFor(attests) {
    const t = {};
    if (attests.includes(types/* PREDICATE */.W3.scanResult) || attests.includes(types/* PREDICATE */.W3.vulns))
        t.failOn = 'high';
    if (attests.includes(types/* PREDICATE */.W3.testResult))
        t.maxFailedTests = 0;
    if (attests.includes(types/* PREDICATE */.W3.review))
        t.minApprovals = 1;
    return Object.keys(t).length ? t : undefined;
}
function defaultPolicy(opts) {
    const stages = Object.fromEntries(graph/* STAGES */.an.map((stage) => [
        stage,
        {
            require: (0,graph/* stepsOfStage */.Ld)(stage)
                .filter((s) => s.required)
                .map((s) => s.id),
        },
    ]));
    const steps = Object.fromEntries(graph/* STEPS */.UT.filter((s) => s.required).flatMap((s) => {
        const thresholds = thresholdsFor(s.attests);
        return thresholds ? [[s.id, { thresholds }]] : [];
    }));
    return {
        version: 1,
        signers: opts.signers,
        defaults: { signers: Object.keys(opts.signers) },
        stages,
        steps,
        // The build output in the image must be exactly what the tested build produced. Other
        // files the image takes from the repository (package.json, dependencies) are not build
        // products; a project whose build writes elsewhere than dist/ changes the glob.
        chains: [{ step: 'container', materialsFrom: 'compile', match: 'dist/**' }],
    };
}
function defaultPolicyYaml(opts) {
    return yamlText(defaultPolicy(opts), {
        header: [
            ...(opts.header ?? []),
            'Tollgate policy: which attestations each stage requires, who may sign them and which',
            `results pass. Format: https://github.com/${TOLLGATE_REPO}/blob/main/docs/policy.md`,
        ],
        spacedKeys: ['signers', 'defaults', 'stages', 'steps', 'chains'],
    });
}

;// CONCATENATED MODULE: ./dist/runner/local-policy.js


/**
 * The policy a local run is judged by: the default policy (thresholds, chain rules) with the
 * one local key as signer, narrowed to what was planned — the required steps of the chosen
 * stages, or exactly the picked steps with --only. A chain rule stays when its consumer is
 * planned, so `--only container` honestly reports that nothing proves where the image came from.
 */
function renderLocalPolicy(steps, publicKeyPath, onlyPicked) {
    const planned = new Set(steps.filter((s) => onlyPicked || s.required).map((s) => s.id));
    const policy = defaultPolicy({ signers: { local: { key: publicKeyPath } } });
    const stages = {};
    for (const s of steps) {
        if (!planned.has(s.id))
            continue;
        (stages[s.stage] ??= { require: [] }).require.push(s.id);
    }
    policy.stages = stages;
    const chains = policy.chains ?? [];
    policy.chains = chains.filter((c) => planned.has(c.step));
    return yaml_text_yamlText(policy, {
        header: ['Rendered by `tollgate run` for this run: the local key signs every step.'],
    });
}

;// CONCATENATED MODULE: ./dist/promote/policy-file.js





/** The policy a repository keeps (the promote-production input's default). */
const DEFAULT_POLICY = '.github/tollgate.yml';
const exists = (p) => (0,promises_.stat)(p).then(() => true, () => false);
/**
 * The policy file the promotion is judged by: the policy input (relative to the repository).
 * Under `tollgate run` in a repository without a policy of its own, the run's policy widened
 * to every stage: the default policy with the run's local key (`local.pub` of the run) as
 * the one signer, since that key signed every earlier local run too.
 */
async function promotionPolicyFile(ctx) {
    const input = (ctx.inputs.policy ?? '').trim() || DEFAULT_POLICY;
    const path = (0,external_node_path_.isAbsolute)(input) ? input : (0,external_node_path_.join)(ctx.repoDir, input);
    if ((await exists(path)) || input !== DEFAULT_POLICY)
        return path;
    const runKey = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(ctx.outDir)), 'local.pub');
    if (!(await exists(runKey)))
        return path; // loadPolicy reports the missing file
    await (0,promises_.copyFile)(runKey, (0,external_node_path_.join)(ctx.outDir, 'local.pub'));
    const out = (0,external_node_path_.join)(ctx.outDir, 'promotion-policy.yml');
    await (0,fs/* writeFileAtomic */.Zf)(out, renderLocalPolicy(graph/* STEPS */.UT, 'local.pub', false));
    ctx.log(`no ${DEFAULT_POLICY}: judging with the default policy and the run's key (${out})`);
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./dist/core/digest.js
var digest = __webpack_require__(63704);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./dist/attest/verify/types.js
var verify_types = __webpack_require__(76677);
;// CONCATENATED MODULE: ./dist/attest/verify/sigstore-bundle.js




/**
 * Reading a Sigstore bundle (https://github.com/sigstore/protobuf-specs, Bundle v0.1 to
 * v0.3) into the form @sigstore/verify takes. @sigstore/bundle checks the shape, but its
 * protobuf JSON reader quietly accepts some bytes and numbers that are not what they claim
 * to be (an invalid base64 string decodes to garbage, a negative log index is read as is).
 * Those are rejected here as `malformed`, so that a damaged bundle is reported as damaged
 * rather than as a signature or log failure further down.
 */
/** Bytes fields of a bundle, as paths with `*` for every element of a list. */
const BYTES_FIELDS = [
    'messageSignature.signature',
    'messageSignature.messageDigest.digest',
    'dsseEnvelope.payload',
    'dsseEnvelope.signatures.*.sig',
    'verificationMaterial.certificate.rawBytes',
    'verificationMaterial.x509CertificateChain.certificates.*.rawBytes',
    'verificationMaterial.tlogEntries.*.logId.keyId',
    'verificationMaterial.tlogEntries.*.canonicalizedBody',
    'verificationMaterial.tlogEntries.*.inclusionPromise.signedEntryTimestamp',
    'verificationMaterial.tlogEntries.*.inclusionProof.rootHash',
    'verificationMaterial.tlogEntries.*.inclusionProof.hashes.*',
    'verificationMaterial.timestampVerificationData.rfc3161Timestamps.*.signedTimestamp',
];
/** int64 fields that must not be negative (log positions and sizes, times). */
const UNSIGNED_FIELDS = [
    'verificationMaterial.tlogEntries.*.logIndex',
    'verificationMaterial.tlogEntries.*.integratedTime',
    'verificationMaterial.tlogEntries.*.inclusionProof.logIndex',
    'verificationMaterial.tlogEntries.*.inclusionProof.treeSize',
];
/** Parses bundle JSON (text, bytes or an already parsed value) and checks its shape. */
function sigstore_bundle_parseBundle(input) {
    let json = input;
    if (typeof input === 'string' || input instanceof Uint8Array) {
        try {
            json = JSON.parse(Buffer.from(input).toString('utf8'));
        }
        catch (e) {
            throw new verify_types/* VerifyFailure */.U('malformed', `bundle is not valid JSON (${(0,errors/* describeError */.Uc)(e)})`);
        }
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new verify_types/* VerifyFailure */.U('malformed', 'bundle is not a JSON object');
    }
    for (const path of BYTES_FIELDS) {
        for (const [where, value] of valuesAt(json, path)) {
            if (typeof value !== 'string' || !isBase64(value)) {
                throw new verify_types/* VerifyFailure */.U('malformed', `bundle field ${where} is not valid base64`);
            }
        }
    }
    for (const path of UNSIGNED_FIELDS) {
        for (const [where, value] of valuesAt(json, path)) {
            if (!/^\d+$/.test(String(value))) {
                throw new verify_types/* VerifyFailure */.U('malformed', `bundle field ${where} must be a non-negative integer`);
            }
        }
    }
    let bundle;
    try {
        bundle = (0,bundle_dist.bundleFromJSON)(json);
    }
    catch (e) {
        const fields = e instanceof bundle_dist.ValidationError && e.fields ? ` (${e.fields.join(', ')})` : '';
        throw new verify_types/* VerifyFailure */.U('malformed', `not a valid Sigstore bundle: ${(0,errors/* describeError */.Uc)(e)}${fields}`, { cause: e });
    }
    checkCertificateChain(bundle);
    for (const entry of bundle.verificationMaterial.tlogEntries) {
        // Required since bundle v0.2; without it a proof only names an unsigned root hash.
        if (entry.inclusionProof && !entry.inclusionProof.checkpoint?.envelope) {
            throw new verify_types/* VerifyFailure */.U('malformed', 'transparency log inclusion proof has no checkpoint');
        }
    }
    return bundle;
}
/**
 * Roots must come from the trusted root only. A bundle that ships its own root invites a
 * verifier to trust whatever the signer chose, so it is refused outright even though the
 * chain builder would ignore it.
 */
function checkCertificateChain(bundle) {
    const material = bundle.verificationMaterial.content;
    const raw = material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates.map((c) => c.rawBytes)
        : material.$case === 'certificate'
            ? [material.certificate.rawBytes]
            : [];
    raw.forEach((bytes, i) => {
        let cert;
        try {
            cert = core_dist.X509Certificate.parse(Buffer.from(bytes));
        }
        catch (e) {
            throw new verify_types/* VerifyFailure */.U('malformed', `bundle certificate ${i} is not a valid X.509 DER certificate`, {
                cause: e,
            });
        }
        if (cert.subject.equals(cert.issuer) && safeVerify(cert)) {
            throw new verify_types/* VerifyFailure */.U('untrusted-signer', `bundle certificate ${i} is a self-signed root; roots are only taken from the trusted root`);
        }
    });
}
function safeVerify(cert) {
    try {
        return cert.verify();
    }
    catch {
        return false;
    }
}
/**
 * Protobuf JSON accepts standard and URL-safe base64, with or without padding. Line breaks
 * are tolerated because common decoders skip them and real bundles contain them (a timestamp
 * pasted from `base64` output is wrapped at 76 columns).
 */
function isBase64(value) {
    const s = value.replace(/\r?\n/g, '');
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(s))
        return false;
    return s.includes('=') ? s.length % 4 === 0 : s.length % 4 !== 1;
}
/** Every value at a dotted path, with its concrete path; missing branches yield nothing. */
function valuesAt(root, path) {
    let level = [['', root]];
    for (const key of path.split('.')) {
        const next = [];
        for (const [where, value] of level) {
            if (key === '*') {
                if (Array.isArray(value))
                    value.forEach((v, i) => next.push([`${where}[${i}]`, v]));
            }
            else if (typeof value === 'object' && value !== null && key in value) {
                const child = value[key];
                if (child !== undefined && child !== null)
                    next.push([where ? `${where}.${key}` : key, child]);
            }
        }
        level = next;
    }
    return level;
}

;// CONCATENATED MODULE: ./dist/attest/verify/sigstore-identity.js
/**
 * Fulcio certificate extensions, named after Fulcio's OID registry
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md) in camelCase. Policies
 * refer to these names, so they are part of Tollgate's interface: never rename one.
 */
const FULCIO_OID = '1.3.6.1.4.1.57264.1.';
const FULCIO_EXTENSIONS = {
    // .1 to .6 hold raw strings; .1 is the deprecated issuer, superseded by .8.
    1: 'issuer',
    2: 'githubWorkflowTrigger',
    3: 'githubWorkflowSha',
    4: 'githubWorkflowName',
    5: 'githubWorkflowRepository',
    6: 'githubWorkflowRef',
    // .7 is the otherName SAN, read with the SAN below. From .8 on, values are DER UTF8Strings.
    8: 'issuer',
    9: 'buildSignerURI',
    10: 'buildSignerDigest',
    11: 'runnerEnvironment',
    12: 'sourceRepositoryURI',
    13: 'sourceRepositoryDigest',
    14: 'sourceRepositoryRef',
    15: 'sourceRepositoryIdentifier',
    16: 'sourceRepositoryOwnerURI',
    17: 'sourceRepositoryOwnerIdentifier',
    18: 'buildConfigURI',
    19: 'buildConfigDigest',
    20: 'buildTrigger',
    21: 'runInvocationURI',
    22: 'sourceRepositoryVisibilityAtSigning',
    23: 'deploymentEnvironment',
};
const LAST_RAW_STRING_OID = 6;
const OTHER_NAME_SAN_OID = '1.3.6.1.4.1.57264.1.7';
const UTF8_STRING_TAG = 0x0c;
/** The Fulcio extensions of a certificate by name; unknown Fulcio OIDs are skipped. */
function fulcioExtensions(cert) {
    const out = {};
    for (const [arc, name] of Object.entries(FULCIO_EXTENSIONS)) {
        const n = Number(arc);
        const ext = cert.extension(FULCIO_OID + arc);
        if (!ext)
            continue;
        let value;
        if (n <= LAST_RAW_STRING_OID) {
            value = ext.value.toString('utf8');
        }
        else {
            const inner = ext.valueObj.subs[0];
            // A value that is not the registered UTF8String is not what Fulcio writes: leaving it
            // out makes any policy that needs it fail, instead of matching on garbage bytes.
            if (!inner || !inner.tag.isUniversal() || inner.tag.number !== UTF8_STRING_TAG)
                continue;
            value = inner.value.toString('utf8');
        }
        // Integer keys iterate in ascending order, so the V2 issuer (.8) overwrites the
        // deprecated raw one (.1) when a certificate carries both.
        out[name] = value;
    }
    return out;
}
/** The certificate's identity: URI or email SAN, else Fulcio's otherName username. */
function subjectAlternativeName(cert) {
    return cert.subjectAltName ?? cert.extSubjectAltName?.otherName(OTHER_NAME_SAN_OID);
}
function sigstore_identity_sigstoreIdentity(cert) {
    const extensions = fulcioExtensions(cert);
    return {
        kind: 'sigstore',
        san: subjectAlternativeName(cert) ?? '',
        issuer: extensions.issuer ?? '',
        extensions,
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./dist/attest/verify/sigstore-artifact.js





/**
 * Binding a verified bundle to the artifact in hand. The signature checks of @sigstore/verify
 * prove that *something* was signed; this proves it was this artifact:
 * - a DSSE bundle signs an in-toto Statement, so the artifact must be one of its subjects;
 * - a message signature signs the artifact bytes, and its recorded digest must agree with
 *   them (the digest is only a hint, but a bundle whose hint disagrees is inconsistent and
 *   is the only thing a digest-only check can compare).
 */
const STATEMENT_TYPES = new Set([
    'https://in-toto.io/Statement/v1',
    'https://in-toto.io/Statement/v0.1',
]);
const NODE_HASH = {
    [protobuf_specs_dist.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_384]: 'sha384',
    [protobuf_specs_dist.HashAlgorithm.SHA2_512]: 'sha512',
};
/** Throws unless the bundle's signed content is about the artifact with this SHA-256. */
function sigstore_artifact_checkArtifactBinding(bundle, sha256, data) {
    const content = bundle.content;
    if (content.$case === 'dsseEnvelope') {
        checkSubject(content.dsseEnvelope.payloadType, content.dsseEnvelope.payload, sha256);
        return;
    }
    // Verifying a message signature means hashing the artifact again with the signature's own
    // algorithm; node:crypto cannot verify ECDSA over a precomputed digest, so the bytes are needed.
    if (data === undefined) {
        throw new TollgateError('USAGE', 'this bundle signs the artifact bytes directly; verifying it needs the artifact, not its digest', { hint: 'Pass the artifact file instead of sha256:<digest>.' });
    }
    const { algorithm, digest } = content.messageSignature.messageDigest;
    const nodeHash = NODE_HASH[algorithm];
    if (!nodeHash) {
        throw new VerifyFailure('malformed', `unsupported message digest algorithm ${HashAlgorithm[algorithm]}`);
    }
    const actual = createHash(nodeHash).update(data).digest();
    if (!actual.equals(Buffer.from(digest))) {
        throw new VerifyFailure('invalid-signature', `the bundle's message digest does not match the artifact (artifact sha256:${sha256})`);
    }
}
function checkSubject(payloadType, payload, sha256) {
    if (payloadType !== DSSE_PAYLOAD_TYPE) {
        throw new VerifyFailure('malformed', `DSSE payload type ${JSON.stringify(payloadType)} is not an in-toto Statement, so it names no artifact`);
    }
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new VerifyFailure('malformed', 'DSSE payload is not JSON');
    }
    const { _type, subject } = (statement ?? {});
    if (typeof _type !== 'string' || !STATEMENT_TYPES.has(_type) || !Array.isArray(subject)) {
        throw new VerifyFailure('malformed', 'DSSE payload is not an in-toto Statement with subjects');
    }
    const digests = subject.map((s) => {
        const d = s?.digest?.sha256;
        return typeof d === 'string' ? d.toLowerCase() : undefined;
    });
    if (!digests.includes(sha256)) {
        const named = digests.filter((d) => d !== undefined).map((d) => `sha256:${d}`);
        throw new VerifyFailure('invalid-signature', `artifact sha256:${sha256} is not a subject of the attestation` +
            (named.length ? ` (subjects: ${named.slice(0, 5).join(', ')})` : ' (no SHA-256 subjects)'));
    }
}

;// CONCATENATED MODULE: ./dist/attest/verify/sigstore-ca.js


/** Longer chains than this are not what Fulcio issues; stop rather than loop. */
const MAX_CHAIN = 10;
/**
 * Whether the signing certificate chains, by signature, to a certificate of one of the
 * trusted root's certificate authorities, through the intermediates the bundle carries.
 * Validity periods are not checked here: that is the verifier's job. This only answers
 * "who issued it", so that a bundle from a CA outside the trusted root is reported as an
 * untrusted signer, whatever else about it fails (its log entries and timestamps come from
 * the same foreign instance, and the verifier checks those first).
 */
function chainsToTrustedCa(leaf, intermediates, root) {
    const trusted = [];
    for (const ca of root.certificateAuthorities) {
        for (const c of ca.certChain?.certificates ?? []) {
            try {
                trusted.push(core_dist.X509Certificate.parse(Buffer.from(c.rawBytes)));
            }
            catch {
                // An unreadable CA certificate vouches for nothing.
            }
        }
    }
    let current = leaf;
    for (let depth = 0; depth < MAX_CHAIN; depth++) {
        if (trusted.some((t) => t.equals(current)))
            return true;
        const issuedBy = (c) => c.subject.equals(current.issuer) && verifies(current, c);
        if (trusted.some(issuedBy))
            return true;
        const next = intermediates.find((c) => c !== current && issuedBy(c));
        if (!next)
            return false;
        current = next;
    }
    return false;
}
function verifies(cert, issuer) {
    try {
        return cert.verify(issuer);
    }
    catch {
        return false;
    }
}
/**
 * An `untrusted-signer` failure when the bundle's signing certificate does not chain to the
 * trusted root; undefined when it does (or when the bundle is signed with a key).
 */
function foreignCaFailure(bundle, entity, root) {
    if (entity.key.$case !== 'certificate')
        return undefined;
    const material = bundle.verificationMaterial.content;
    const carried = material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates.slice(1)
        : [];
    const intermediates = carried.flatMap((c) => {
        try {
            return [core_dist.X509Certificate.parse(Buffer.from(c.rawBytes))];
        }
        catch {
            return [];
        }
    });
    if (chainsToTrustedCa(entity.key.certificate, intermediates, root))
        return undefined;
    return new verify_types/* VerifyFailure */.U('untrusted-signer', 'the signing certificate was not issued by a certificate authority of the trusted root (signed with another Sigstore instance?)');
}

;// CONCATENATED MODULE: ./dist/attest/verify/public-good-root.js
// Generated by scripts/gen-public-good-root.mjs from the @sigstore/tuf seed; do not edit.
// The Sigstore public-good production trusted root, as a TUF client would first see it.
const PUBLIC_GOOD_TRUSTED_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
        {
            baseUrl: 'https://rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-01-12T11:53:27Z',
                },
            },
            logId: {
                keyId: 'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=',
            },
        },
        {
            baseUrl: 'https://log2025-1.rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=',
                keyDetails: 'PKIX_ED25519',
                validFor: {
                    start: '2025-09-23T00:00:00Z',
                },
            },
            logId: {
                keyId: 'zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A=',
            },
        },
    ],
    certificateAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore',
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ==',
                    },
                ],
            },
            validFor: {
                start: '2021-03-07T03:20:29Z',
                end: '2022-12-31T23:59:59.999Z',
            },
        },
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore',
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow=',
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ',
                    },
                ],
            },
            validFor: {
                start: '2022-04-13T20:06:15Z',
            },
        },
    ],
    ctlogs: [
        {
            baseUrl: 'https://ctfe.sigstore.dev/test',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-03-14T00:00:00Z',
                    end: '2022-10-31T23:59:59.999Z',
                },
            },
            logId: {
                keyId: 'CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I=',
            },
        },
        {
            baseUrl: 'https://ctfe.sigstore.dev/2022',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2022-10-20T00:00:00Z',
                },
            },
            logId: {
                keyId: '3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4=',
            },
        },
    ],
    timestampAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore-tsa-selfsigned',
            },
            uri: 'https://timestamp.sigstore.dev/api/v1/timestamp',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw==',
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E',
                    },
                ],
            },
            validFor: {
                start: '2025-07-04T00:00:00Z',
            },
        },
    ],
};

;// CONCATENATED MODULE: ./dist/attest/verify/trusted-root.js



/**
 * Sigstore trusted roots (https://github.com/sigstore/protobuf-specs, TrustedRoot): the CAs,
 * transparency logs, CT logs and timestamp authorities a bundle may chain to.
 *
 * The public-good production root is normally fetched through TUF. The machines Tollgate
 * runs on may have no network, so it is taken from the TUF seed that @sigstore/tuf ships:
 * that seed is what the TUF client itself would start from, so it carries the same trust
 * as a first TUF run, frozen at the version of the installed package.
 */
const MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+)?\+json(;version=0\.\d+)?$/;
let publicGood;
/** The Sigstore public-good production trusted root, read offline and parsed once. */
function loadPublicGoodTrustedRoot() {
    publicGood ??= parseTrustedRoot(readPublicGoodTrustedRootJson());
    return publicGood;
}
/**
 * The raw JSON of the public-good trusted root. It is committed as generated code (from the
 * @sigstore/tuf seed, see scripts/gen-public-good-root.mjs) so that bundled actions carry
 * it, and a change of the root shows up as a reviewable diff.
 */
function readPublicGoodTrustedRootJson() {
    return PUBLIC_GOOD_TRUSTED_ROOT;
}
/**
 * Parses and checks a trusted root. The protobuf JSON reader is lenient (unknown or missing
 * fields silently become defaults), so the checks that matter for trust are done here on
 * the raw JSON: a validity window without its start would otherwise be read as "valid since
 * the beginning of time", widening trust instead of failing.
 */
function parseTrustedRoot(json) {
    const invalid = (why, cause) => new errors/* TollgateError */.xB('INPUT_INVALID', `invalid Sigstore trusted root: ${why}`, {
        cause,
        hint: 'Use a trusted_root.json as published by the Sigstore instance (TUF target trusted_root.json).',
    });
    if (!isObject(json))
        throw invalid('not a JSON object');
    if (typeof json.mediaType !== 'string' || !MEDIA_TYPE.test(json.mediaType)) {
        throw invalid(`unsupported mediaType ${JSON.stringify(json.mediaType)}`);
    }
    const sections = [
        ['tlogs', (e) => (isObject(e.publicKey) ? e.publicKey.validFor : undefined)],
        ['ctlogs', (e) => (isObject(e.publicKey) ? e.publicKey.validFor : undefined)],
        ['certificateAuthorities', (e) => e.validFor],
        ['timestampAuthorities', (e) => e.validFor],
    ];
    for (const [section, validForOf] of sections) {
        const entries = json[section] ?? [];
        if (!Array.isArray(entries))
            throw invalid(`${section} is not a list`);
        entries.forEach((entry, i) => {
            if (!isObject(entry))
                throw invalid(`${section}[${i}] is not an object`);
            const why = checkTimeRange(validForOf(entry));
            if (why)
                throw invalid(`${section}[${i}] validity: ${why}`);
        });
    }
    try {
        return protobuf_specs_dist.TrustedRoot.fromJSON(json);
    }
    catch (e) {
        throw invalid((0,errors/* describeError */.Uc)(e), e);
    }
}
/** TimeRange: `start` is required, `end` optional, both RFC 3339, start <= end. */
function checkTimeRange(range) {
    if (range === undefined)
        return undefined;
    if (!isObject(range))
        return 'validFor is not an object';
    if (range.start === undefined || range.start === null)
        return 'validFor has no start';
    const start = Date.parse(String(range.start));
    if (Number.isNaN(start))
        return `validFor start ${JSON.stringify(range.start)} is not a time`;
    if (range.end === undefined || range.end === null)
        return undefined;
    const end = Date.parse(String(range.end));
    if (Number.isNaN(end))
        return `validFor end ${JSON.stringify(range.end)} is not a time`;
    if (end < start)
        return 'validFor ends before it starts';
    return undefined;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./dist/attest/verify/sigstore-trust.js




const byRoot = new WeakMap();
let sigstore_trust_publicGood;
/** The trust context of a parsed trusted_root.json, or of the public-good root if undefined. */
function sigstore_trust_trustContext(trustedRoot) {
    if (trustedRoot === undefined) {
        // A failure here is a broken installation, not a verdict: let its TollgateError through.
        sigstore_trust_publicGood ??= build(loadPublicGoodTrustedRoot());
        return sigstore_trust_publicGood;
    }
    if (typeof trustedRoot !== 'object' || trustedRoot === null) {
        throw new verify_types/* VerifyFailure */.U('untrusted-signer', 'invalid Sigstore trusted root: not a JSON object');
    }
    let ctx = byRoot.get(trustedRoot);
    if (!ctx) {
        ctx = fromUserRoot(trustedRoot);
        byRoot.set(trustedRoot, ctx);
    }
    return ctx;
}
function fromUserRoot(json) {
    try {
        const root = parseTrustedRoot(json);
        return build(root);
    }
    catch (e) {
        // Without a usable root nothing can be trusted; the cause keeps the detail for the user.
        throw new verify_types/* VerifyFailure */.U('untrusted-signer', (0,errors/* describeError */.Uc)(e), { cause: e });
    }
}
function build(root) {
    const material = (0,verify_dist/* toTrustMaterial */.jO)(root);
    // A root without transparency logs (a private instance relying on a timestamp authority
    // only) cannot demand log entries, and one without CT logs cannot demand SCTs. Every
    // signature still needs one verified time: an RFC 3161 timestamp or a log integrated time.
    const defaults = {
        tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
        ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
        timestampThreshold: 1,
    };
    const verifiers = new Map();
    return {
        root,
        material,
        defaults,
        verifier(overrides = {}) {
            const options = { ...defaults, ...overrides };
            const key = JSON.stringify(options);
            let v = verifiers.get(key);
            if (!v) {
                v = new verify_dist/* Verifier */.BL(material, options);
                verifiers.set(key, v);
            }
            return v;
        },
    };
}
const CODE_HINTS = {
    CERTIFICATE_ERROR: [
        'untrusted-signer',
        'the signing certificate does not chain to a trusted CA, was not valid when the signature was made, or lacks a valid CT log proof',
    ],
    PUBLIC_KEY_ERROR: ['untrusted-signer', 'the signing key is not trusted at the signing time'],
    SIGNATURE_ERROR: ['invalid-signature', 'the signature does not match the signed content'],
    TLOG_ERROR: ['invalid-signature', 'the transparency log entries are insufficient'],
    TLOG_BODY_ERROR: [
        'invalid-signature',
        'the transparency log entry does not record this signature or content',
    ],
    TLOG_INCLUSION_PROOF_ERROR: [
        'invalid-signature',
        'the transparency log inclusion proof or its checkpoint does not verify against the trusted logs',
    ],
    TLOG_INCLUSION_PROMISE_ERROR: [
        'invalid-signature',
        'the signed entry timestamp (inclusion promise) does not verify against the trusted logs',
    ],
    TLOG_MISSING_INCLUSION_ERROR: [
        'invalid-signature',
        'the transparency log entry carries neither an inclusion proof nor a promise',
    ],
    TIMESTAMP_ERROR: [
        'invalid-signature',
        'no trusted timestamp covers this signature (missing, from an untrusted authority, or outside its validity)',
    ],
    NOT_IMPLEMENTED_ERROR: ['malformed', 'the bundle uses a feature this verifier does not support'],
};
/** Turns whatever @sigstore/verify threw into a VerifyFailure a user can act on. */
function sigstore_trust_toVerifyFailure(e) {
    if (e instanceof verify_types/* VerifyFailure */.U)
        return e;
    if (e instanceof verify_dist/* PolicyError */.pn) {
        return new verify_types/* VerifyFailure */.U('untrusted-signer', `signer not allowed: ${(0,errors/* describeError */.Uc)(e)}`, {
            cause: e,
        });
    }
    if (e instanceof verify_dist/* VerificationError */.mk) {
        const [kind, meaning] = CODE_HINTS[e.code] ?? ['invalid-signature', 'verification failed'];
        return new verify_types/* VerifyFailure */.U(kind, `${meaning} (${(0,errors/* describeError */.Uc)(e)})`, { cause: e });
    }
    // Anything else is the library tripping over content it did not expect: fail closed and
    // call it what it most likely is, a bundle that is not what it claims to be.
    return new verify_types/* VerifyFailure */.U('malformed', `bundle could not be processed (${(0,errors/* describeError */.Uc)(e)})`, {
        cause: e,
    });
}

;// CONCATENATED MODULE: ./dist/attest/verify/sigstore.js











/**
 * Verifies a bundle for an artifact the way the Sigstore client conformance suite expects:
 * the bundle's shape and its binding to the artifact first (cheap, and the clearest message),
 * then signature, certificate chain or key, transparency log and timestamps, and last the
 * expected identity. Throws VerifyFailure when the bundle must be rejected,
 * and TollgateError (USAGE) when the options themselves are incomplete.
 */
function verifyBundle(opts) {
    const bundle = parseBundle(opts.bundle);
    const ctx = trustContext(opts.trustedRoot);
    const digest = artifactDigest(opts.artifact);
    const data = 'data' in opts.artifact ? opts.artifact.data : undefined;
    checkArtifactBinding(bundle, digest, data);
    const keyMode = bundle.verificationMaterial.content.$case === 'publicKey';
    let verifier;
    let key;
    if (keyMode) {
        if (opts.publicKeyPem === undefined) {
            throw new VerifyFailure('untrusted-signer', 'the bundle is signed with a managed key, but no public key was given to verify it with');
        }
        key = readPublicKey(opts.publicKeyPem);
        const trusted = key;
        // The caller's key is the only key trusted, whatever hint the bundle names.
        const material = {
            ...ctx.material,
            publicKey: () => ({ publicKey: trusted, validFor: () => true }),
        };
        verifier = new Verifier(material, { ...ctx.defaults, ctlogThreshold: 0 });
    }
    else {
        if (opts.publicKeyPem !== undefined) {
            throw new VerifyFailure('untrusted-signer', 'the bundle is signed with a certificate, not with the given public key');
        }
        if (opts.identity === undefined || opts.issuer === undefined) {
            throw new TollgateError('USAGE', 'a certificate identity and OIDC issuer are required', {
                hint: 'Pass --certificate-identity and --certificate-oidc-issuer, or --key for key-signed bundles.',
            });
        }
        verifier = ctx.verifier();
    }
    const entity = signedEntity(bundle, data);
    try {
        verifier.verify(entity);
    }
    catch (e) {
        throw toVerifyFailure(e);
    }
    if (key)
        return { identity: { kind: 'key', keyId: keyFingerprint(key) } };
    const identity = sigstoreIdentity(certificateOf(entity));
    if (identity.san !== opts.identity || identity.issuer !== opts.issuer) {
        throw new VerifyFailure('untrusted-signer', `signed by ${identity.san || '(no SAN)'} (issuer ${identity.issuer || 'unknown'}), ` +
            `but ${opts.identity} (issuer ${opts.issuer}) was expected`);
    }
    return { identity };
}
/**
 * The gate's check of one keyless DSSE bundle: signature, Fulcio chain, SCT, log and
 * timestamps as the trusted root requires. It proves who signed, not whether that signer
 * is allowed: the caller's policy decides that from the returned identity.
 */
function verifyKeylessDsse(bundleJson, trustedRoot, options = {}) {
    const bundle = sigstore_bundle_parseBundle(bundleJson);
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new verify_types/* VerifyFailure */.U('malformed', 'the bundle holds a message signature, not a DSSE envelope');
    }
    if (bundle.verificationMaterial.content.$case === 'publicKey') {
        throw new verify_types/* VerifyFailure */.U('untrusted-signer', 'the bundle is signed with a managed key, not a Fulcio certificate');
    }
    const ctx = sigstore_trust_trustContext(trustedRoot);
    const entity = signedEntity(bundle, undefined);
    try {
        ctx.verifier(options.thresholds).verify(entity);
    }
    catch (e) {
        // A certificate from a CA outside the trusted root is an untrusted signer, even though
        // the verifier first trips over its timestamps or log entries (from the same instance).
        throw foreignCaFailure(bundle, entity, ctx.root) ?? sigstore_trust_toVerifyFailure(e);
    }
    const envelope = bundle.content.dsseEnvelope;
    return {
        payload: Buffer.from(envelope.payload),
        payloadType: envelope.payloadType,
        identity: sigstore_identity_sigstoreIdentity(certificateOf(entity)),
    };
}
function signedEntity(bundle, data) {
    try {
        return (0,verify_dist/* toSignedEntity */.DC)(bundle, data);
    }
    catch (e) {
        // Reached when an embedded certificate or RFC 3161 timestamp does not parse.
        throw new verify_types/* VerifyFailure */.U('malformed', `bundle content could not be read (${(0,errors/* describeError */.Uc)(e)})`, {
            cause: e,
        });
    }
}
function certificateOf(entity) {
    if (entity.key.$case !== 'certificate') {
        throw new verify_types/* VerifyFailure */.U('untrusted-signer', 'the bundle carries no signing certificate');
    }
    return entity.key.certificate;
}
function artifactDigest(artifact) {
    if ('data' in artifact)
        return sha256Hex(artifact.data);
    const hex = artifact.digest.toLowerCase().replace(/^sha256:/, '');
    if (!SHA256_HEX.test(hex)) {
        throw new TollgateError('USAGE', `artifact digest ${JSON.stringify(artifact.digest)} is not SHA-256`, {
            hint: 'Give the digest as sha256:<64 hex digits>, or give the file.',
        });
    }
    return hex;
}
function readPublicKey(pem) {
    try {
        return createPublicKey(pem);
    }
    catch (e) {
        throw new VerifyFailure('untrusted-signer', `the given public key cannot be read as a PEM public key (${describeError(e)})`, { cause: e });
    }
}
function keyFingerprint(key) {
    return sha256Hex(key.export({ type: 'spki', format: 'der' }));
}

// EXTERNAL MODULE: ./dist/attest/dsse.js
var dsse = __webpack_require__(14599);
// EXTERNAL MODULE: ./dist/attest/verify/spiffe-id.js
var spiffe_id = __webpack_require__(74029);
// EXTERNAL MODULE: ./dist/attest/verify/spiffe-x509.js
var spiffe_x509 = __webpack_require__(35272);
;// CONCATENATED MODULE: ./dist/attest/verify/spiffe.js





// A real SVID chain is leaf, at most a few intermediates; a long chain is an attack on time.
const MAX_CHAIN_LENGTH = 8;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Parses a PEM trust bundle (one or more CA certificates) for `verifySpiffeBundle`. */
function loadTrustBundle(pem) {
    try {
        return (0,spiffe_x509/* parsePemCertificates */.Qc)(pem);
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', 'SPIFFE trust bundle is not valid PEM', {
            cause: e,
            hint: 'Pass the PEM bundle of the trust domain, e.g. `spire-server bundle show`.',
        });
    }
}
function verifySpiffeBundle(bundleJson, trustBundles, options = {}) {
    const { envelope, payload, signature } = (0,dsse/* envelopeOf */.Ge)(bundleJson);
    const [leaf, ...intermediates] = bundleCertificates(bundleJson);
    if (!leaf)
        throw new verify_types/* VerifyFailure */.U('malformed', 'bundle carries no certificate');
    const { id: spiffeId, trustDomain } = leafSpiffeId(leaf);
    if (!(0,dsse/* verifyEnvelopeSignature */.uB)(envelope, payload, signature, leaf.publicKey)) {
        throw new verify_types/* VerifyFailure */.U('invalid-signature', `DSSE signature does not verify for ${spiffeId}`);
    }
    if (leaf.ca) {
        throw new verify_types/* VerifyFailure */.U('untrusted-signer', `X.509-SVID of ${spiffeId} is a CA certificate`);
    }
    const roots = trustBundles.get(trustDomain) ?? trustBundles.get(`spiffe://${trustDomain}`);
    if (!roots || roots.length === 0) {
        throw new verify_types/* VerifyFailure */.U('untrusted-signer', `trust domain ${trustDomain} is not trusted`);
    }
    const at = (options.at ?? new Date()).getTime();
    checkValidity(leaf, at, `X.509-SVID of ${spiffeId}`);
    verifyChain(leaf, intermediates, roots, at, trustDomain);
    return { payload, identity: { kind: 'spiffe', spiffeId, trustDomain } };
}
function bundleCertificates(bundle) {
    const material = bundle.verificationMaterial;
    let raws;
    if (material?.certificate) {
        raws = [material.certificate.rawBytes];
    }
    else if (material?.x509CertificateChain) {
        const list = material.x509CertificateChain.certificates;
        if (!Array.isArray(list)) {
            throw new verify_types/* VerifyFailure */.U('malformed', 'x509CertificateChain has no certificates');
        }
        raws = list.map((c) => c?.rawBytes);
    }
    else {
        throw new verify_types/* VerifyFailure */.U('malformed', 'bundle carries no X.509 certificate');
    }
    if (raws.length === 0 || raws.length > MAX_CHAIN_LENGTH) {
        throw new verify_types/* VerifyFailure */.U('malformed', `certificate chain has ${raws.length} certificates`);
    }
    return raws.map((raw, i) => {
        if (typeof raw !== 'string' || raw.length === 0 || raw.length % 4 !== 0 || !BASE64.test(raw)) {
            throw new verify_types/* VerifyFailure */.U('malformed', `certificate ${i + 1} is not valid base64`);
        }
        try {
            return (0,spiffe_x509/* certificateFromBase64 */.bo)(raw);
        }
        catch (e) {
            throw new verify_types/* VerifyFailure */.U('malformed', `certificate ${i + 1} is not valid DER`, { cause: e });
        }
    });
}
function leafSpiffeId(leaf) {
    let uris;
    try {
        uris = (0,spiffe_x509/* uriSans */.Sl)(leaf);
    }
    catch (e) {
        throw new verify_types/* VerifyFailure */.U('malformed', 'certificate subject alternative names do not parse', {
            cause: e,
        });
    }
    // The X.509-SVID specification requires exactly one URI SAN, and it is the SPIFFE ID.
    if (uris.length !== 1 || !uris[0]) {
        throw new verify_types/* VerifyFailure */.U('malformed', `X.509-SVID must have exactly one URI SAN, found ${uris.length}`);
    }
    try {
        return (0,spiffe_id/* parseSpiffeId */.K)(uris[0]);
    }
    catch (e) {
        const reason = e instanceof spiffe_id/* SpiffeIdError */.Lj ? e.message : 'invalid SPIFFE ID';
        throw new verify_types/* VerifyFailure */.U('malformed', `X.509-SVID URI SAN is not a SPIFFE ID: ${reason}`, {
            cause: e,
        });
    }
}
function checkValidity(cert, at, what) {
    const { notBefore, notAfter } = (0,spiffe_x509/* certFacts */.YA)(cert);
    if (at < notBefore) {
        throw new verify_types/* VerifyFailure */.U('untrusted-signer', `${what} is not valid before ${cert.validFrom}`);
    }
    if (at > notAfter) {
        throw new verify_types/* VerifyFailure */.U('untrusted-signer', `${what} expired ${cert.validTo}`);
    }
}
function issuedBy(child, issuer) {
    return child.checkIssued(issuer) && child.verify((0,spiffe_x509/* certFacts */.YA)(issuer).publicKey);
}
/**
 * Walks from the leaf towards a root of the trust domain. At each step a trust-bundle root
 * that issued the current certificate ends the walk; otherwise the next certificate of the
 * bundle must be a CA that issued it. Certificates after the root is reached are ignored.
 */
function verifyChain(leaf, intermediates, roots, at, trustDomain) {
    let current = leaf;
    for (let depth = 0;; depth++) {
        const root = roots.find((r) => issuedBy(current, r));
        if (root) {
            if (!(0,spiffe_x509/* certFacts */.YA)(root).ca) {
                throw new verify_types/* VerifyFailure */.U('untrusted-signer', `trust bundle certificate is not a CA`);
            }
            checkValidity(root, at, `trust bundle certificate ${root.subject}`);
            return;
        }
        const next = intermediates[depth];
        if (!next) {
            throw new verify_types/* VerifyFailure */.U('untrusted-signer', `certificate chain does not lead to the trust bundle of ${trustDomain}`);
        }
        if (!(0,spiffe_x509/* certFacts */.YA)(next).ca) {
            throw new verify_types/* VerifyFailure */.U('untrusted-signer', `chain certificate ${depth + 2} is not a CA`);
        }
        if (!issuedBy(current, next)) {
            throw new verify_types/* VerifyFailure */.U('untrusted-signer', `chain certificate ${depth + 2} did not issue certificate ${depth + 1}`);
        }
        checkValidity(next, at, `intermediate CA ${next.subject}`);
        current = next;
    }
}

// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
;// CONCATENATED MODULE: ./dist/cli/verifiers.js




/**
 * The certificate verifiers the command line and the actions use. The Sigstore trusted root is read only
 * when a keyless bundle is actually met, so key-only policies never touch it.
 */
function defaultVerifiers(trustedRootPath) {
    let root;
    const loadRoot = () => {
        if (root === undefined && trustedRootPath) {
            const bad = (e) => new errors/* TollgateError */.xB('POLICY_INVALID', `the policy's sigstore.trustedRoot ${trustedRootPath} is not a readable JSON trusted root${e ? `: ${(0,errors/* describeError */.Uc)(e)}` : ''}`, { cause: e, hint: 'point sigstore.trustedRoot at a Sigstore trusted_root.json' });
            try {
                root = (0,untrusted/* parseJsonUntrusted */.IN)((0,untrusted/* readUntrustedSync */.gs)(trustedRootPath, 'trusted root', { maxBytes: 16 << 20 }), 'trusted root', trustedRootPath);
            }
            catch (e) {
                throw bad(e);
            }
            if (!root || typeof root !== 'object' || Array.isArray(root))
                throw bad();
        }
        return root;
    };
    return {
        verifyKeyless: (bundle) => verifyKeylessDsse(bundle, loadRoot()),
        // The gate builds the trust bundles once as a Map; the verifier only reads them.
        verifySpiffe: (bundle, bundles) => verifySpiffeBundle(bundle, bundles),
    };
}

// EXTERNAL MODULE: ./dist/oci/registry/open.js + 1 modules
var registry_open = __webpack_require__(34769);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
;// CONCATENATED MODULE: ./dist/policy/schema.js
/**
 * JSON schema of the policy file (draft 2020-12 subset understood by ajv). The docs copy in
 * docs/schemas/policy.schema.json is generated from this object and checked for drift in the tests.
 */
const stepId = { type: 'string', pattern: '^[a-z][a-z0-9-]*$' };
const globList = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };
const stringOrList = { oneOf: [{ type: 'string', minLength: 1 }, globList] };
const severity = { enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] };
/**
 * Something other than white space. An exception selector of `""` or `" "` used to count as
 * no selector at all, which waives the whole step: a typo must not do that.
 */
const NOT_BLANK = '\\S';
const selector = { type: 'string', pattern: NOT_BLANK };
const POLICY_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://tollgate.dev/schemas/policy/v1.json',
    title: 'Tollgate policy',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'signers', 'stages'],
    properties: {
        version: { const: 1 },
        signers: {
            type: 'object',
            minProperties: 1,
            additionalProperties: {
                type: 'object',
                minProperties: 1,
                maxProperties: 1,
                additionalProperties: false,
                properties: {
                    github: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['repository'],
                        properties: {
                            issuer: { type: 'string', minLength: 1 },
                            repository: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' },
                            workflow: stringOrList,
                            ref: stringOrList,
                        },
                    },
                    spiffe: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['id', 'trustBundle'],
                        properties: {
                            id: stringOrList,
                            trustBundle: { type: 'string', minLength: 1 },
                        },
                    },
                    key: { type: 'string', minLength: 1 },
                },
            },
        },
        defaults: {
            type: 'object',
            additionalProperties: false,
            properties: { signers: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        },
        sigstore: {
            type: 'object',
            additionalProperties: false,
            properties: { trustedRoot: { type: 'string', minLength: 1 } },
        },
        promotion: {
            type: 'object',
            additionalProperties: false,
            properties: { mode: { enum: ['manual', 'automatic'] } },
        },
        stages: {
            type: 'object',
            minProperties: 1,
            propertyNames: { enum: ['pre-commit', 'per-commit', 'per-pr', 'per-merge'] },
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['require'],
                properties: { require: { type: 'array', items: stepId } },
            },
        },
        steps: {
            type: 'object',
            propertyNames: stepId,
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    signers: { type: 'array', items: { type: 'string' }, minItems: 1 },
                    predicateType: stringOrList,
                    thresholds: {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            failOn: severity,
                            // ajv counts Infinity (YAML `.inf`, `1e400`) as an integer: a bound keeps it out.
                            maxFailedTests: { type: 'integer', minimum: 0, maximum: 1_000_000 },
                            minLineCoverage: { type: 'number', minimum: 0, maximum: 100 },
                            minBranchCoverage: { type: 'number', minimum: 0, maximum: 100 },
                            deniedLicenses: { type: 'array', items: { type: 'string' } },
                            minApprovals: { type: 'integer', minimum: 0, maximum: 1000 },
                            approvers: { type: 'array', items: { type: 'string', pattern: NOT_BLANK } },
                            allowSelfApproval: { type: 'boolean' },
                        },
                    },
                },
            },
        },
        chains: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['step', 'materialsFrom'],
                properties: { step: stepId, materialsFrom: stepId, match: { type: 'string' } },
            },
        },
        exceptions: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['step', 'reason', 'expires'],
                properties: {
                    step: stepId,
                    ruleId: selector,
                    id: selector,
                    fingerprint: selector,
                    path: selector,
                    reason: { type: 'string', minLength: 3 },
                    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./dist/policy/schema-errors.js

/** Turns an ajv error into "what was wrong and what was expected", in the user's words. */
function explainSchemaError(e) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const where = path.length ? path.join('.') : 'the top level';
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(p.additionalProperty);
            const allowed = Object.keys(e.parentSchema?.properties ?? {});
            const hint = allowed.length ? `; expected one of: ${allowed.join(', ')}` : '';
            return { path, key, text: `unknown key "${key}" in ${where}${hint}` };
        }
        case 'required':
            return { path, text: `${where} is missing the required key "${String(p.missingProperty)}"` };
        case 'enum':
            return {
                path,
                text: `${where} must be one of: ${p.allowedValues.map(String).join(', ')}`,
            };
        case 'const':
            return { path, text: `${where} must be ${JSON.stringify(p.allowedValue)}` };
        case 'type':
            return { path, text: `${where} must be ${article(String(p.type))}` };
        case 'pattern':
            if (p.pattern === NOT_BLANK)
                return { path, text: `${where} must not be empty or only white space` };
            return {
                path,
                text: `${where} has an unexpected format (expected ${describePattern(String(p.pattern))})`,
            };
        case 'propertyNames':
            return {
                path,
                key: String(p.propertyName),
                text: `"${String(p.propertyName)}" is not allowed as a key in ${where}`,
            };
        case 'maxProperties':
            return { path, text: `${where} must name exactly one kind of signer: github, spiffe or key` };
        case 'minProperties':
            return { path, text: `${where} must not be empty` };
        case 'oneOf':
            return { path, text: `${where} must be a string or a list of strings` };
        default:
            return { path, text: `${where} ${e.message ?? 'is invalid'}` };
    }
}
function article(type) {
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function describePattern(pattern) {
    if (pattern.includes('a-z][a-z0-9-]'))
        return 'a step id such as "unit-tests"';
    if (pattern.includes('\\d{4}'))
        return 'a date YYYY-MM-DD';
    if (pattern.includes('[^/\\s]+/'))
        return '"owner/repo"';
    return `the pattern ${pattern}`;
}

;// CONCATENATED MODULE: ./dist/policy/yaml-locate.js

/**
 * Finds the line of a value (or of a key, when `key` is given) in a parsed YAML document,
 * so that schema errors can name the exact place in the user's file.
 */
function lineOf(doc, counter, path, key) {
    let node = doc.contents;
    let best = rangeStart(node);
    for (const segment of path) {
        const next = (0,dist/* isNode */.Ll)(node)
            ? node.get?.(segment, true)
            : undefined;
        if (next === undefined)
            break;
        node = next;
        best = rangeStart(node) ?? best;
    }
    if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
        const start = pair && rangeStart(pair.key);
        if (start !== undefined)
            best = start;
    }
    return best === undefined ? 1 : counter.linePos(best).line;
}
function rangeStart(node) {
    const range = node?.range;
    return Array.isArray(range) ? range[0] : undefined;
}

// EXTERNAL MODULE: ./dist/core/suggest.js
var suggest = __webpack_require__(22652);
;// CONCATENATED MODULE: ./dist/policy/build.js




const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const list = (v) => v === undefined ? [] : Array.isArray(v) ? v : [v];
async function readRelative(ctx, path) {
    try {
        return (await (0,fs/* readInput */.R5)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(ctx.baseDir, path), 'file', 1 << 20)).toString('utf8');
    }
    catch {
        return undefined;
    }
}
async function buildPolicy(raw, ctx) {
    const problems = [];
    const problem = (path, text, key) => problems.push(`${ctx.source}:${ctx.lineAt(path, key)}: ${text}`);
    const signers = new Map();
    const bundleOfDomain = new Map();
    for (const [name, spec] of Object.entries(raw.signers)) {
        if (spec.github) {
            const g = spec.github;
            signers.set(name, {
                name,
                kind: 'github',
                issuer: g.issuer ?? GITHUB_ISSUER,
                repository: g.repository,
                workflows: list(g.workflow),
                refs: list(g.ref),
            });
        }
        else if (spec.spiffe) {
            const pem = await readRelative(ctx, spec.spiffe.trustBundle);
            if (pem === undefined || !pem.includes('-----BEGIN CERTIFICATE-----')) {
                problem(['signers', name, 'spiffe', 'trustBundle'], `trust bundle ${spec.spiffe.trustBundle} is not a readable PEM certificate file (paths are relative to the policy file)`);
                continue;
            }
            const ids = list(spec.spiffe.id);
            for (const [i, id] of ids.entries()) {
                if (!/^spiffe:\/\/[a-z0-9._-]+(\/|$)/.test(id)) {
                    problem(['signers', name, 'spiffe', 'id', ...(Array.isArray(spec.spiffe.id) ? [i] : [])], `"${id}" is not a SPIFFE ID pattern such as spiffe://example.org/ci/*`);
                }
            }
            // The gate keeps one trust bundle per trust domain; two different ones for the same
            // domain would let either CA sign for both signers' ID patterns.
            for (const id of ids) {
                const domain = /^spiffe:\/\/([^/]+)/.exec(id)?.[1];
                const seen = domain ? bundleOfDomain.get(domain) : undefined;
                if (domain && seen && seen.pem !== pem) {
                    problem(['signers', name, 'spiffe', 'trustBundle'], `trust domain ${domain} already has the trust bundle ${seen.path} (signer ${seen.signer}); use one trust bundle per trust domain`);
                }
                else if (domain)
                    bundleOfDomain.set(domain, { pem, path: spec.spiffe.trustBundle, signer: name });
            }
            signers.set(name, {
                name,
                kind: 'spiffe',
                ids,
                trustBundlePath: spec.spiffe.trustBundle,
                trustBundlePem: pem,
            });
        }
        else if (spec.key) {
            const inline = spec.key.includes('-----BEGIN');
            const pem = inline ? spec.key : await readRelative(ctx, spec.key);
            if (pem === undefined || !pem.includes('-----BEGIN PUBLIC KEY-----')) {
                problem(['signers', name, 'key'], `key ${inline ? '(inline)' : spec.key} is not a readable PEM public key (paths are relative to the policy file; create one with \`tollgate keygen\`)`);
                continue;
            }
            signers.set(name, {
                name,
                kind: 'key',
                publicKeyPath: inline ? undefined : spec.key,
                publicKeyPem: pem,
            });
        }
    }
    const knownSigner = (names, path) => {
        for (const [i, n] of names.entries()) {
            if (!(n in raw.signers)) {
                const guess = (0,suggest/* closest */.k)(n, Object.keys(raw.signers));
                problem([...path, i], `unknown signer "${n}"${guess ? ` (did you mean "${guess}"?)` : ''}; signers are defined under "signers:"`);
            }
        }
    };
    const defaultSigners = raw.defaults?.signers ?? Object.keys(raw.signers);
    if (raw.defaults?.signers)
        knownSigner(raw.defaults.signers, ['defaults', 'signers']);
    const custom = new Set(Object.entries(raw.steps ?? {})
        .filter(([, s]) => s.predicateType)
        .map(([id]) => id));
    const knownIds = new Set([...graph/* STEPS */.UT.map((s) => s.id), ...custom]);
    const knownStep = (id, path, key) => {
        if (knownIds.has(id))
            return true;
        const guess = (0,suggest/* closest */.k)(id, knownIds);
        problem(path, `unknown step "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; a step of your own needs a predicateType under steps.${id}`, key);
        return false;
    };
    const stages = new Map();
    // A step has one verdict, under one stage: required twice, the verdict would list it twice
    // and the stages would disagree about where it belongs.
    const requiredAt = new Map();
    for (const [stage, { require }] of Object.entries(raw.stages)) {
        require.forEach((id, i) => {
            const path = ['stages', stage, 'require', i];
            knownStep(id, path);
            const first = requiredAt.get(id);
            if (!first) {
                requiredAt.set(id, { stage, line: ctx.lineAt(path) });
                return;
            }
            const where = first.stage === stage ? `twice in stage ${stage}` : `by stages ${first.stage} and ${stage}`;
            problem(path, `step "${id}" is required ${where} (also at ${ctx.source}:${first.line}); require each step once, in one stage`);
        });
        stages.set(stage, require);
    }
    const steps = new Map();
    for (const id of knownIds) {
        const s = raw.steps?.[id];
        if (s?.signers)
            knownSigner(s.signers, ['steps', id, 'signers']);
        steps.set(id, {
            signers: s?.signers ?? defaultSigners,
            predicateTypes: s?.predicateType ? list(s.predicateType) : ((0,graph/* findStep */.MR)(id)?.attests ?? []),
            thresholds: s?.thresholds ?? {},
        });
    }
    for (const id of Object.keys(raw.steps ?? {}))
        knownStep(id, ['steps'], id);
    const chains = [];
    for (const [i, c] of (raw.chains ?? []).entries()) {
        const ok = knownStep(c.step, ['chains', i, 'step']) &&
            knownStep(c.materialsFrom, ['chains', i, 'materialsFrom']);
        if (ok)
            chains.push({ step: c.step, materialsFrom: c.materialsFrom, match: c.match ?? '**' });
    }
    const exceptions = [];
    for (const [i, e] of (raw.exceptions ?? []).entries()) {
        knownStep(e.step, ['exceptions', i, 'step']);
        // Round-trip through Date: Date.parse alone rolls 2027-02-30 over into March.
        const day = new Date(`${e.expires}T00:00:00Z`);
        if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== e.expires) {
            problem(['exceptions', i, 'expires'], `"${e.expires}" is not a calendar date`);
        }
        exceptions.push({ ...e, line: ctx.lineAt(['exceptions', i]) });
    }
    if (problems.length)
        return { problems };
    return {
        policy: {
            source: ctx.source,
            signers,
            stages,
            steps,
            chains,
            exceptions,
            sigstoreTrustedRootPath: raw.sigstore?.trustedRoot
                ? (0,external_node_path_.resolve)(ctx.baseDir, raw.sigstore.trustedRoot)
                : undefined,
            ...(raw.promotion?.mode ? { promotionMode: raw.promotion.mode } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./dist/policy/load.js










const MAX_POLICY_BYTES = 1 << 20;
let validator;
function validate(value) {
    validator ??= new _2020.Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(POLICY_SCHEMA);
    return validator(value) ? [] : [...(validator.errors ?? [])];
}
/** Keeps one message per place: a failed `oneOf` hides the branch errors it is made of. */
function prune(errors) {
    const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
    const seen = new Set();
    return errors.filter((e) => {
        if (oneOfPaths.has(e.instancePath) && e.keyword !== 'oneOf')
            return false;
        const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
/** Parses and checks a policy from text; `source` names the file in every message. */
async function parsePolicy(text, source, baseDir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(source))) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const problems = [];
    for (const err of doc.errors) {
        // Without prettyErrors the parser sets no linePos: the line comes from the error's offset.
        const line = counter.linePos(err.pos[0]).line;
        problems.push(`${source}:${line}: ${err.message.split('\n')[0]}`);
    }
    if (problems.length === 0) {
        const value = (0,untrusted/* yamlToJsUntrusted */.q$)(doc, 'policy file', source);
        for (const e of prune(validate(value))) {
            const { path, key, text: msg } = explainSchemaError(e);
            problems.push(`${source}:${lineOf(doc, counter, path, key)}: ${msg}`);
        }
        if (problems.length === 0) {
            const at = (path, key) => lineOf(doc, counter, path, key);
            const result = await buildPolicy(value, {
                source,
                baseDir,
                lineAt: at,
            });
            if ('problems' in result)
                problems.push(...result.problems);
            else
                return result.policy;
        }
    }
    throw new errors/* TollgateError */.xB('POLICY_INVALID', `invalid policy:\n  ${problems.join('\n  ')}`, {
        hint: 'see docs/policy.md for the policy format, with a complete example',
    });
}
/** `displayPath` is how messages name the file (relative to the user's folder, usually). */
async function loadPolicy(path, displayPath = path) {
    const text = (await (0,fs/* readInput */.R5)(path, 'policy file', MAX_POLICY_BYTES)).toString('utf8');
    return parsePolicy(text, displayPath, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)));
}

// EXTERNAL MODULE: ./dist/steps/deploy-staging/staged-image.js
var staged_image = __webpack_require__(26978);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./dist/attest/predicates/step-meta.js
var step_meta = __webpack_require__(73283);
// EXTERNAL MODULE: ./dist/attest/parse-statement.js
var parse_statement = __webpack_require__(63219);
// EXTERNAL MODULE: ./dist/attest/verify/key.js
var key = __webpack_require__(67139);
;// CONCATENATED MODULE: ./dist/attest/verify/index.js




const BUNDLE_MEDIA_TYPES = new Set([
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json',
]);
function leafCertificate(material) {
    const raw = material.certificate?.rawBytes ??
        material.x509CertificateChain
            ?.certificates?.[0]?.rawBytes;
    if (raw === undefined)
        return undefined;
    try {
        return (0,spiffe_x509/* certificateFromBase64 */.bo)(String(raw));
    }
    catch (e) {
        throw new verify_types/* VerifyFailure */.U('malformed', 'bundle certificate is not valid DER', { cause: e });
    }
}
/**
 * Verifies one bundle (already parsed from JSON) and returns its statement and signer.
 * The kind of verification follows the bundle's material: a public key hint (local key),
 * a certificate with a spiffe:// URI (SPIFFE SVID), or any other certificate (Sigstore).
 */
function verifyAttestation(bundle, trust) {
    if (!bundle || typeof bundle !== 'object' || Array.isArray(bundle)) {
        throw new verify_types/* VerifyFailure */.U('malformed', 'bundle is not a JSON object');
    }
    const b = bundle;
    if (typeof b.mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.has(b.mediaType)) {
        throw new verify_types/* VerifyFailure */.U('malformed', `unknown bundle media type ${JSON.stringify(b.mediaType)}`);
    }
    const material = b.verificationMaterial;
    if (!material || typeof material !== 'object') {
        throw new verify_types/* VerifyFailure */.U('malformed', 'bundle has no verificationMaterial');
    }
    let result;
    if (material.publicKey !== undefined) {
        result = (0,key/* verifyKeyBundle */.Z)(bundle, trust.keys);
    }
    else {
        const leaf = leafCertificate(material);
        if (!leaf)
            throw new verify_types/* VerifyFailure */.U('malformed', 'bundle has neither a public key nor a certificate');
        if (leaf.subjectAltName?.includes('URI:spiffe://')) {
            if (!trust.verifySpiffe || trust.spiffeBundles.size === 0) {
                throw new verify_types/* VerifyFailure */.U('untrusted-signer', 'signed with a SPIFFE SVID, but the policy trusts no SPIFFE trust domain');
            }
            result = trust.verifySpiffe(bundle, trust.spiffeBundles);
        }
        else {
            if (!trust.verifyKeyless) {
                throw new verify_types/* VerifyFailure */.U('untrusted-signer', 'signed with a certificate, but no Sigstore trusted root is configured');
            }
            result = trust.verifyKeyless(bundle);
        }
    }
    const payloadType = result.payloadType ??
        String(bundle.dsseEnvelope?.payloadType);
    return { statement: (0,parse_statement/* parseStatement */.B)(payloadType, result.payload), identity: result.identity };
}

;// CONCATENATED MODULE: ./dist/gate/attribute.js


/**
 * Which step a bundle that failed verification claims to be about. The claim is not
 * trusted (the signature failed); it only decides under which step the failure is shown.
 * Falls back to the file name (`<step>.sigstore.json`, as Tollgate names bundles).
 */
function claimedStep(bundle, file) {
    try {
        const env = bundle.dsseEnvelope;
        if (typeof env?.payload === 'string') {
            const s = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'));
            const step = (0,step_meta/* stepMetaOf */.j)(String(s.predicateType), s.predicate)?.step;
            if (step)
                return step;
        }
    }
    catch {
        // fall through to the file name
    }
    const m = /^([a-z][a-z0-9-]*?)(?:\.|$)/.exec((0,external_node_path_.basename)(file));
    return m?.[1];
}

// EXTERNAL MODULE: ./dist/gate/chain.js
var chain = __webpack_require__(94091);
// EXTERNAL MODULE: ./dist/core/glob.js
var glob = __webpack_require__(57430);
;// CONCATENATED MODULE: ./dist/gate/evaluators/findings.js


function exceptionCovers(e, f) {
    // Presence, not truthiness: an empty selector must never widen the waiver.
    if (e.ruleId === undefined &&
        e.id === undefined &&
        e.fingerprint === undefined &&
        e.path === undefined)
        return false; // a step-wide waiver is handled by the caller
    if (e.ruleId !== undefined && e.ruleId !== f.ruleId)
        return false;
    if (e.id !== undefined && !(f.ids ?? []).includes(e.id) && f.ruleId !== e.id)
        return false;
    if (e.fingerprint !== undefined && e.fingerprint !== f.fingerprint)
        return false;
    if (e.path !== undefined && !(f.path !== undefined && (0,glob/* globMatch */.e)(e.path, f.path)))
        return false;
    return true;
}
function describe(f) {
    const where = f.path ? ` in ${f.path}${f.line ? `:${f.line}` : ''}` : '';
    return `${f.ruleId} (${f.severity})${where}`;
}
/**
 * Applies "no finding at or above `failOn`" to a list of findings, minus the ones an
 * exception waives. `extraCounts` are findings the predicate only counted (its list was
 * truncated); they cannot be waived individually, so they count against the threshold.
 */
function judgeFindings(findings, ctx, noun, extraCounts = {}) {
    const failOn = ctx.thresholds.failOn ?? 'high';
    const counts = {};
    for (const f of findings)
        counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    for (const s of types/* SEVERITIES */.oC)
        if (extraCounts[s])
            counts[s] = (counts[s] ?? 0) + extraCounts[s];
    const waived = [];
    const blocking = [];
    for (const f of findings) {
        if (failOn === 'none' || (0,types/* severityRank */.qs)(f.severity) < (0,types/* severityRank */.qs)(failOn))
            continue;
        const ex = ctx.exceptions.find((e) => exceptionCovers(e, f));
        if (ex)
            waived.push(`${describe(f)}: ${ex.reason} (until ${ex.expires})`);
        else
            blocking.push(f);
    }
    const unlisted = failOn === 'none'
        ? 0
        : types/* SEVERITIES */.oC.filter((s) => (0,types/* severityRank */.qs)(s) >= (0,types/* severityRank */.qs)(failOn)).reduce((n, s) => n + (extraCounts[s] ?? 0), 0);
    const total = findings.length + Object.values(extraCounts).reduce((a, b) => a + (b ?? 0), 0);
    if (blocking.length === 0 && unlisted === 0) {
        const note = total
            ? `${total} ${total === 1 ? noun.one : noun.many}, none at or above ${failOn}`
            : `no ${noun.many}`;
        return { ok: true, summary: note, findings, counts, waived };
    }
    const shown = blocking.slice(0, 3).map(describe).join('; ');
    const more = blocking.length + unlisted - Math.min(3, blocking.length);
    return {
        ok: false,
        summary: `${blocking.length + unlisted} ${blocking.length + unlisted === 1 ? noun.one : noun.many} at or above ${failOn}: ${shown}${more > 0 ? ` and ${more} more` : ''}`,
        findings,
        counts,
        waived,
    };
}

;// CONCATENATED MODULE: ./dist/gate/evaluators/scan-result.js


/** Tollgate's scan-result predicate, validated (src/attest/predicates/schemas/scan-result.ts). */
const evaluateScanResult = (predicate, ctx) => {
    const p = predicate;
    const findings = p.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        path: f.location?.path,
        line: f.location?.line,
        fingerprint: f.fingerprint,
    }));
    // When the step listed only part of its findings, the rest are known by count only.
    const extra = {};
    if (p.findingsTruncated === true) {
        for (const s of types/* SEVERITIES */.oC) {
            const n = p.counts[s] ?? 0;
            const listed = findings.filter((f) => f.severity === s).length;
            if (n > listed)
                extra[s] = n - listed;
        }
    }
    return judgeFindings(findings, ctx, { one: 'finding', many: 'findings' }, extra);
};

// EXTERNAL MODULE: ./dist/core/identity.js
var identity = __webpack_require__(2886);
;// CONCATENATED MODULE: ./dist/gate/evaluators/simple.js

/** in-toto test-result v0.1, validated: the result and the failed test names. */
const evaluateTestResult = (predicate, ctx) => {
    const p = predicate;
    const failed = p.failedTests ?? [];
    const passed = p.passedTests ?? [];
    const max = ctx.thresholds.maxFailedTests ?? 0;
    const total = failed.length + passed.length + (p.warnedTests ?? []).length;
    if (failed.length > max || (p.result === 'FAILED' && failed.length === 0)) {
        const shown = failed.slice(0, 3).join(', ');
        return {
            ok: false,
            summary: failed.length
                ? `${failed.length} of ${total} tests failed: ${shown}${failed.length > 3 ? ', ...' : ''}`
                : 'test run reported FAILED',
        };
    }
    return { ok: true, summary: `${passed.length} of ${total} tests passed` };
};
/** Tollgate coverage v1, validated: line and branch percentages against the policy minimums. */
const evaluateCoverage = (predicate, ctx) => {
    const p = predicate;
    const lines = p.lines.pct;
    const branches = p.branches?.pct;
    const { minLineCoverage: minL, minBranchCoverage: minB } = ctx.thresholds;
    if (minL !== undefined && lines < minL) {
        return {
            ok: false,
            summary: `line coverage ${lines.toFixed(1)} % is below the required ${minL} %`,
        };
    }
    if (minB !== undefined && (branches === undefined || branches < minB)) {
        return {
            ok: false,
            summary: `branch coverage ${branches === undefined ? '?' : branches.toFixed(1)} % is below the required ${minB} %`,
        };
    }
    return {
        ok: true,
        summary: `line coverage ${lines.toFixed(1)} %${branches === undefined ? '' : `, branch ${branches.toFixed(1)} %`}`,
    };
};
/** Tollgate review v1, validated: approvals by someone other than the author, no open change request. */
const evaluateReview = (predicate, ctx) => {
    const p = predicate;
    const { author, approvals, changesRequested: requested } = p;
    const listed = ctx.thresholds.approvers;
    const self = ctx.thresholds.allowSelfApproval === true;
    // One person approving twice is one approval; only listed approvers count when a list is set.
    // People are compared in one normalised form (src/core/identity.ts): `Bob` is `bob`.
    const reviewers = (0,identity/* uniqueIdentities */.g3)(approvals.map((a) => a.reviewer)).filter((r) => (self || !(0,identity/* sameIdentity */.BU)(r, author)) && (!listed || (0,identity/* includesIdentity */.gc)(listed, r)));
    const min = ctx.thresholds.minApprovals ?? 1;
    if (requested.length)
        return { ok: false, summary: `changes requested by ${requested.join(', ')}` };
    if (reviewers.length < min) {
        const notes = [
            !self && approvals.some((a) => (0,identity/* sameIdentity */.BU)(a.reviewer, author))
                ? ' (approval by the author does not count)'
                : '',
            listed && approvals.some((a) => !(0,identity/* includesIdentity */.gc)(listed, a.reviewer))
                ? ` (only ${ctx.thresholds.approvers.join(', ')} may approve)`
                : '',
        ].join('');
        return { ok: false, summary: `${reviewers.length} approval(s), ${min} required${notes}` };
    }
    return { ok: true, summary: `approved by ${reviewers.join(', ')}` };
};
/** SLSA verification summary v1. */
const evaluateVsa = (predicate) => predicate.verificationResult === 'PASSED'
    ? { ok: true, summary: 'verification summary PASSED' }
    : { ok: false, summary: 'verification summary FAILED' };
/** Provenance proves what was built (its schema requires buildType); pass/fail is the step's own status. */
const evaluateProvenance = () => ({ ok: true, summary: 'provenance recorded' });
/** A licence expression's terms: `MIT OR (AGPL-3.0-only WITH x)` has MIT, AGPL-3.0-only and x. */
const terms = (expression) => expression.split(/\s+(?:OR|AND|WITH)\s+|[()]/);
/** CycloneDX SBOM, validated: denied licences, in nested components too. */
const evaluateSbom = (predicate, ctx) => {
    const denied = new Set(ctx.thresholds.deniedLicenses ?? []);
    const hits = [];
    let count = 0;
    const walk = (components) => {
        for (const c of components) {
            count++;
            for (const l of c.licenses ?? []) {
                const id = l.license?.id ?? l.expression;
                if (id !== undefined && [...denied].some((d) => id === d || terms(id).includes(d)))
                    hits.push(`${c.name}${c.version === undefined ? '' : `@${c.version}`} (${id})`);
            }
            walk(c.components ?? []);
        }
    };
    walk(predicate.components ?? []);
    if (hits.length)
        return {
            ok: false,
            summary: `denied licence in ${hits.length} component(s): ${hits.slice(0, 3).join(', ')}`,
        };
    return { ok: true, summary: `${count} components, no denied licence` };
};

// EXTERNAL MODULE: ./dist/vuln/cvss.js
var cvss = __webpack_require__(41208);
;// CONCATENATED MODULE: ./dist/gate/evaluators/vulns.js



/**
 * The severity one validated score says: a base score or a CVSS v3.x vector by the CVSS
 * bands, a severity word as itself; a CVSS v4.0 vector is not scored (undefined).
 */
function scoreSeverity(score) {
    if (types/* SEVERITIES */.oC.includes(score))
        return score;
    if (score.startsWith('CVSS:3.')) {
        const s = (0,cvss/* cvss3 */.p)(score);
        return s ? (0,types/* severityFromScore */.qI)(s.score) : undefined;
    }
    if (score.startsWith('CVSS:'))
        return undefined;
    return (0,types/* severityFromScore */.qI)(Number(score));
}
/** The worst of the entry's scores; `medium` when none can be scored. */
function severityOf(v) {
    let worst;
    for (const s of v.severity ?? []) {
        const sev = scoreSeverity(s.score);
        if (sev && (!worst || (0,types/* severityRank */.qs)(sev) > (0,types/* severityRank */.qs)(worst)))
            worst = sev;
    }
    return worst ?? 'medium';
}
/** in-toto vulns v0.2, validated: `scanner.result[]` entries with ids and scores. */
const evaluateVulns = (predicate, ctx) => {
    const p = predicate;
    const findings = p.scanner.result.map((v) => ({
        ruleId: v.id,
        severity: severityOf(v),
        ids: [v.id, ...(v.aliases ?? [])],
        path: v.annotations?.find((a) => a.package !== undefined)?.package,
    }));
    return judgeFindings(findings, ctx, { one: 'vulnerability', many: 'vulnerabilities' });
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/common.js
const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const STEP_META_ID = 'https://tollgate.dev/schemas/attestation/step-meta/v1.json';
const SEVERITY_WORDS = ['critical', 'high', 'medium', 'low', 'info'];
const common_SHA256_HEX = '^[0-9a-f]{64}$';
/** What a pattern means, for the gate's messages and the docs (a regex says it badly). */
const PATTERN_NAMES = new Map([
    [common_SHA256_HEX, '64 lowercase hex digits'],
    ['^[a-z][a-z0-9-]*$', 'a step id: lowercase letters, digits and -, starting with a letter'],
    ['^([0-9a-f]{40}|[0-9a-f]{64})$', 'a full commit id: 40 or 64 lowercase hex digits'],
]);
function named(pattern, name) {
    PATTERN_NAMES.set(pattern, name);
    return pattern;
}
/** `{ "sha256": "…", … }`: an in-toto DigestSet, whose sha256 (when given) the gate compares. */
const digestSet = {
    description: 'Digests by algorithm; `sha256`, when present, is 64 lowercase hex digits (chain rules compare it).',
    type: 'object',
    minProperties: 1,
    properties: {
        sha256: { type: 'string', pattern: common_SHA256_HEX },
    },
    additionalProperties: { type: 'string', minLength: 1 },
};
/** An in-toto ResourceDescriptor as chain rules read it (name or uri, digest); other fields open. */
const resourceDescriptor = {
    type: 'object',
    // The in-toto spec needs one of these; each branch names its field for ajv's strict mode.
    anyOf: ['uri', 'digest', 'content'].map((f) => ({ required: [f], properties: { [f]: true } })),
    properties: {
        name: {
            description: 'Name of the artefact; chain rules match it (or `uri` when it has none).',
            type: 'string',
            minLength: 1,
        },
        uri: { description: 'Where the artefact is.', type: 'string', minLength: 1 },
        digest: digestSet,
        content: { description: 'The artefact itself, base64. Not read by the gate.', type: 'string' },
    },
};
const stepMetaRef = {
    description: 'Step metadata (see the step metadata table).',
    $ref: STEP_META_ID,
};
const dateTime = { type: 'string', format: 'date-time' };

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/coverage.js

const counter = (what) => ({
    description: `${what}: covered, total and percentage.`,
    type: 'object',
    required: ['covered', 'total', 'pct'],
    additionalProperties: false,
    properties: {
        covered: { description: 'Number covered.', type: 'integer', minimum: 0 },
        total: { description: 'Number in all.', type: 'integer', minimum: 0 },
        pct: {
            description: 'Percentage covered, a JSON number from 0 to 100 (not a fraction, not a string). The gate reads only this field.',
            type: 'number',
            minimum: 0,
            maximum: 100,
        },
    },
});
const COVERAGE_SCHEMA = {
    $schema: DIALECT,
    $id: 'https://tollgate.dev/schemas/attestation/coverage/v1.json',
    title: 'Tollgate coverage',
    description: "Predicate of type https://tollgate.dev/attestation/coverage/v1: aggregated code coverage. The gate compares `lines.pct` and `branches.pct` with the step's minLineCoverage and minBranchCoverage.",
    type: 'object',
    required: ['lines', 'tollgate'],
    additionalProperties: false,
    properties: {
        lines: counter('Line coverage'),
        branches: counter('Branch coverage; required in practice when the policy sets minBranchCoverage (without it the step fails)'),
        files: {
            description: 'Per-file coverage, for people reading the attestation. Not read by the gate.',
            type: 'array',
            items: {
                type: 'object',
                required: ['path', 'lines'],
                additionalProperties: false,
                properties: {
                    path: { description: 'File path.', type: 'string', minLength: 1 },
                    lines: counter('Line coverage of the file'),
                    branches: counter('Branch coverage of the file'),
                },
            },
        },
        tollgate: stepMetaRef,
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/cyclonedx.js

/** The `tollgate:*` properties of `metadata.properties`: each at most once, the step and status exactly once. */
const TOLLGATE_PROPERTIES = {
    'tollgate:step': { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    'tollgate:stage': { enum: ['pre-commit', 'per-commit', 'per-pr', 'per-merge'] },
    'tollgate:status': { enum: ['passed', 'failed'] },
    'tollgate:reason': { type: 'string' },
};
const REQUIRED_PROPERTIES = ['tollgate:step', 'tollgate:status'];
const property = {
    type: 'object',
    required: ['name'],
    properties: {
        name: {
            description: 'Property name; names starting with `tollgate:` are step metadata: `tollgate:step`, `tollgate:stage`, `tollgate:status`, `tollgate:reason`, and no other.',
            type: 'string',
            pattern: named(`^(?!tollgate:)|^(${Object.keys(TOLLGATE_PROPERTIES).join('|')})$`, `a name not starting with tollgate:, or one of ${Object.keys(TOLLGATE_PROPERTIES).join(', ')}`),
        },
        value: { description: 'Property value.', type: 'string' },
    },
    allOf: Object.entries(TOLLGATE_PROPERTIES).map(([name, value]) => ({
        if: { properties: { name: { const: name } } },
        then: { required: ['value'], properties: { value } },
    })),
};
const license = {
    type: 'object',
    properties: {
        license: {
            description: 'A licence by SPDX `id` (checked against deniedLicenses) or by `name` (not checked).',
            type: 'object',
            properties: {
                id: { description: 'SPDX licence id.', type: 'string', minLength: 1 },
                name: { description: 'Licence name; not checked by the gate.', type: 'string' },
            },
        },
        expression: {
            description: 'SPDX licence expression; each term is checked against deniedLicenses.',
            type: 'string',
            minLength: 1,
        },
    },
};
const component = {
    type: 'object',
    required: ['name'],
    properties: {
        type: { description: 'Component type. Not read by the gate.', type: 'string' },
        name: { description: 'Component name, as the verdict names it.', type: 'string', minLength: 1 },
        version: { description: 'Component version, as the verdict names it.', type: 'string' },
        licenses: { description: 'Licences of the component.', type: 'array', items: license },
        components: {
            description: 'Nested components, checked like the others.',
            type: 'array',
            items: { $ref: '#/$defs/component' },
        },
    },
};
/**
 * CycloneDX BOM (https://cyclonedx.org/specification/overview/): only the parts the gate reads
 * (components and their licences, the `tollgate:*` properties); the rest stays open, as the
 * CycloneDX schema defines it.
 */
const CYCLONEDX_SCHEMA = {
    $schema: DIALECT,
    $id: 'https://tollgate.dev/schemas/cyclonedx/bom.json',
    title: 'CycloneDX BOM, as the gate reads it',
    description: "Predicate of type https://cyclonedx.org/bom. The gate fails the step when a component's licence is one of the step's deniedLicenses; the step metadata travels as `tollgate:*` entries of `metadata.properties`.",
    type: 'object',
    required: ['bomFormat', 'specVersion', 'metadata'],
    $defs: { component },
    properties: {
        bomFormat: { description: 'Always `CycloneDX`.', const: 'CycloneDX' },
        specVersion: { description: 'CycloneDX version, e.g. `1.5`.', type: 'string', minLength: 1 },
        metadata: {
            description: 'BOM metadata, holding the step metadata.',
            type: 'object',
            required: ['properties'],
            properties: {
                properties: {
                    description: 'Name/value pairs; `tollgate:step` and `tollgate:status` exactly once, `tollgate:stage` and `tollgate:reason` at most once.',
                    type: 'array',
                    items: property,
                    allOf: Object.keys(TOLLGATE_PROPERTIES).map((name) => ({
                        contains: { type: 'object', properties: { name: { const: name } }, required: ['name'] },
                        minContains: REQUIRED_PROPERTIES.includes(name) ? 1 : 0,
                        maxContains: 1,
                    })),
                },
            },
        },
        components: {
            description: 'The components; each licence is checked against deniedLicenses.',
            type: 'array',
            items: { $ref: '#/$defs/component' },
        },
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/provenance.js

/**
 * SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance). A standard predicate: what the
 * spec requires is required, what the gate reads is typed, the rest stays open.
 */
const PROVENANCE_SCHEMA = {
    $schema: DIALECT,
    $id: 'https://tollgate.dev/schemas/slsa/provenance/v1.json',
    title: 'SLSA provenance v1, as the gate reads it',
    description: "Predicate of type https://slsa.dev/provenance/v1. It proves what was built and from what (`resolvedDependencies` feed chain rules); whether the build succeeded is the step's own status.",
    type: 'object',
    required: ['buildDefinition', 'runDetails', 'tollgate'],
    properties: {
        buildDefinition: {
            description: 'What was built, and from what.',
            type: 'object',
            required: ['buildType', 'externalParameters'],
            properties: {
                buildType: {
                    description: 'URI of the kind of build, e.g. https://tollgate.dev/buildtypes/step/v1.',
                    type: 'string',
                    minLength: 1,
                },
                externalParameters: {
                    description: 'Parameters under the control of whoever started the build. Not read by the gate.',
                    type: 'object',
                },
                internalParameters: { description: 'Not read by the gate.', type: 'object' },
                resolvedDependencies: {
                    description: 'What the build consumed (ResourceDescriptors); chain rules read their `name` (or `uri`) and `digest.sha256`.',
                    type: 'array',
                    items: resourceDescriptor,
                },
            },
        },
        runDetails: {
            description: 'Who built it and when.',
            type: 'object',
            required: ['builder'],
            properties: {
                builder: {
                    description: 'The builder. Not read by the gate (the signer is what the gate trusts).',
                    type: 'object',
                    required: ['id'],
                    properties: {
                        id: { description: 'URI of the builder.', type: 'string', minLength: 1 },
                    },
                },
                metadata: { description: 'Invocation id and times. Not read by the gate.', type: 'object' },
            },
        },
        tollgate: stepMetaRef,
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/review.js

const REVIEW_SCHEMA = {
    $schema: DIALECT,
    $id: 'https://tollgate.dev/schemas/attestation/review/v1.json',
    title: 'Tollgate review',
    description: 'Predicate of type https://tollgate.dev/attestation/review/v1: the review state of a pull request (peer review) or a stakeholder approval. The gate requires minApprovals approvals (default 1) by someone other than the author, and no open change request.',
    type: 'object',
    required: ['author', 'headSha', 'approvals', 'changesRequested', 'tollgate'],
    additionalProperties: false,
    properties: {
        author: {
            description: "Login of the change's author; approvals by the author do not count.",
            type: 'string',
            minLength: 1,
        },
        headSha: {
            description: "Commit the review was given on. Not compared with anything by the gate: the statement's commit subject is what binds the attestation to the commit.",
            type: 'string',
            pattern: '^([0-9a-f]{40}|[0-9a-f]{64})$',
        },
        approvals: {
            description: 'Approvals that count, one entry per reviewer.',
            type: 'array',
            items: {
                type: 'object',
                required: ['reviewer'],
                additionalProperties: false,
                properties: {
                    reviewer: {
                        description: 'Login of the reviewer who approved.',
                        type: 'string',
                        minLength: 1,
                    },
                    at: { description: 'When they approved (RFC 3339).', ...dateTime },
                },
            },
        },
        changesRequested: {
            description: 'Logins of reviewers whose request for changes is still open; any entry fails the step.',
            type: 'array',
            items: { type: 'string', minLength: 1 },
        },
        comment: {
            description: 'What the reviewer wrote with a signed approval or rejection. Not read by the gate.',
            type: 'string',
        },
        tollgate: stepMetaRef,
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/scan-result.js

const count = {
    description: 'Number of findings of this severity.',
    type: 'integer',
    minimum: 0,
};
/** Tollgate's own predicate: closed, every field typed. */
const SCAN_RESULT_SCHEMA = {
    $schema: DIALECT,
    $id: 'https://tollgate.dev/schemas/attestation/scan-result/v1.json',
    title: 'Tollgate scan result',
    description: "Predicate of type https://tollgate.dev/attestation/scan-result/v1: the findings of a linter, scanner or test tool that reports rule violations. The gate fails the step when a finding is at or above the step's `failOn` severity (default high) and no exception waives it.",
    type: 'object',
    required: ['scanner', 'counts', 'findings', 'tollgate'],
    additionalProperties: false,
    properties: {
        scanner: {
            description: 'The tool that produced the findings. Not read by the gate.',
            type: 'object',
            required: ['name', 'version'],
            additionalProperties: false,
            properties: {
                name: { description: 'Tool name.', type: 'string', minLength: 1 },
                version: { description: 'Tool version.', type: 'string', minLength: 1 },
                uri: { description: 'Where the tool comes from.', type: 'string', minLength: 1 },
            },
        },
        counts: {
            description: 'Number of findings by severity, including any left out of `findings`. The gate reads it only when `findingsTruncated` is true.',
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(SEVERITY_WORDS.map((s) => [s, count])),
        },
        findings: {
            description: 'The findings, worst first.',
            type: 'array',
            items: {
                type: 'object',
                required: ['ruleId', 'severity'],
                additionalProperties: false,
                properties: {
                    ruleId: {
                        description: 'Rule or check id; exceptions match it with `ruleId` (and `id`).',
                        type: 'string',
                        minLength: 1,
                    },
                    severity: {
                        description: 'Severity, exactly one of these words (lower case).',
                        enum: [...SEVERITY_WORDS],
                    },
                    message: { description: 'What the tool said.', type: 'string' },
                    location: {
                        description: 'Where the finding is.',
                        type: 'object',
                        required: ['path'],
                        additionalProperties: false,
                        properties: {
                            path: {
                                description: 'File path; exceptions match it with the `path` glob.',
                                type: 'string',
                                minLength: 1,
                            },
                            line: { description: 'Line, from 1.', type: 'integer', minimum: 1 },
                        },
                    },
                    fingerprint: {
                        description: 'Stable id of the finding across runs; exceptions match it with `fingerprint`.',
                        type: 'string',
                        minLength: 1,
                    },
                },
            },
        },
        findingsTruncated: {
            description: 'True when `findings` lists only part of the findings; the rest count against the threshold through `counts` and cannot be waived one by one.',
            type: 'boolean',
        },
        report: {
            description: "The tool's full report (SARIF, JSON, ...), stored next to the attestation. Not read by the gate.",
            type: 'object',
            required: ['name', 'digest', 'format'],
            additionalProperties: false,
            properties: {
                name: { description: 'File name of the report.', type: 'string', minLength: 1 },
                digest: {
                    description: 'Digest of the report file.',
                    type: 'object',
                    required: ['sha256'],
                    additionalProperties: false,
                    properties: {
                        sha256: { description: 'sha256 of the file.', type: 'string', pattern: common_SHA256_HEX },
                    },
                },
                format: { description: 'Report format, e.g. `sarif-2.1.0`.', type: 'string', minLength: 1 },
            },
        },
        tollgate: stepMetaRef,
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/test-result.js

const testList = (which) => ({
    description: `Names of the tests that ${which}: an array of strings.`,
    type: 'array',
    items: { type: 'string' },
});
/**
 * in-toto test-result v0.1 (https://github.com/in-toto/attestation/blob/main/spec/predicates/test-result.md).
 * A standard predicate: fields the spec allows and the gate does not read stay open.
 */
const TEST_RESULT_SCHEMA = {
    $schema: DIALECT,
    $id: 'https://tollgate.dev/schemas/in-toto/test-result/v0.1.json',
    title: 'in-toto test result v0.1, as the gate reads it',
    description: 'Predicate of type https://in-toto.io/attestation/test-result/v0.1. The gate fails the step when more tests are listed in `failedTests` than maxFailedTests allows (default 0), or when `result` is FAILED and no failed test is listed.',
    type: 'object',
    required: ['result', 'tollgate'],
    properties: {
        result: {
            description: 'Outcome of the test run, exactly one of these words (upper case).',
            enum: ['PASSED', 'WARNED', 'FAILED'],
        },
        configuration: {
            description: 'What configured the run (ResourceDescriptors). Not read by the gate.',
            type: 'array',
            items: resourceDescriptor,
        },
        url: { description: 'Where the run can be seen. Not read by the gate.', type: 'string' },
        passedTests: testList('passed'),
        warnedTests: testList('passed with warnings'),
        failedTests: testList('failed; each one counts against maxFailedTests'),
        tollgate: stepMetaRef,
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/vsa.js

/** SLSA verification summary v1 (https://slsa.dev/spec/v1.0/verification_summary). */
const VSA_SCHEMA = {
    $schema: DIALECT,
    $id: 'https://tollgate.dev/schemas/slsa/verification_summary/v1.json',
    title: 'SLSA verification summary v1, as the gate reads it',
    description: 'Predicate of type https://slsa.dev/verification_summary/v1. The gate passes it when `verificationResult` is PASSED.',
    type: 'object',
    required: [
        'verifier',
        'resourceUri',
        'policy',
        'verificationResult',
        'verifiedLevels',
        'tollgate',
    ],
    properties: {
        verifier: {
            description: 'Who verified. Not read by the gate (the signer is what the gate trusts).',
            type: 'object',
            required: ['id'],
            properties: { id: { description: 'URI of the verifier.', type: 'string', minLength: 1 } },
        },
        timeVerified: { description: 'When (RFC 3339). Not read by the gate.', type: 'string' },
        resourceUri: {
            description: 'What was verified. Not read by the gate.',
            type: 'string',
            minLength: 1,
        },
        policy: {
            description: 'The policy verified against. Not read by the gate.',
            type: 'object',
            properties: {
                uri: { description: 'Where the policy is.', type: 'string' },
                digest: digestSet,
            },
        },
        inputAttestations: {
            description: 'The attestations that were verified. Not read by the gate.',
            type: 'array',
        },
        verificationResult: {
            description: 'Outcome, exactly one of these words (upper case).',
            enum: ['PASSED', 'FAILED'],
        },
        verifiedLevels: {
            description: 'Levels the resource was verified at. Not read by the gate.',
            type: 'array',
            items: { type: 'string', minLength: 1 },
        },
        slsaVersion: { description: 'SLSA version. Not read by the gate.', type: 'string' },
        tollgate: stepMetaRef,
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/vulns.js

const CVSS3_VECTOR = 'CVSS:3\\.[01]/AV:[NALP]/AC:[LH]/PR:[NLH]/UI:[NR]/S:[UC]/C:[HLN]/I:[HLN]/A:[HLN]' +
    '(/E:[XUPFH])?(/RL:[XOTWU])?(/RC:[XURC])?(/CR:[XLMH])?(/IR:[XLMH])?(/AR:[XLMH])?' +
    '(/MAV:[XNALP])?(/MAC:[XLH])?(/MPR:[XNLH])?(/MUI:[XNR])?(/MS:[XUC])?(/MC:[XNLH])?(/MI:[XNLH])?(/MA:[XNLH])?';
const CVSS4_VECTOR = 'CVSS:4\\.0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/[A-Z]+:[A-Z])*';
const BASE_SCORE = '10(\\.0)?|[0-9](\\.[0-9])?';
/**
 * A `severity[].score`: a CVSS base score (a decimal string 0–10 with at most one decimal),
 * a CVSS v3.x vector in the specification's order, a CVSS v4.0 vector (accepted, not scored),
 * or one of Tollgate's severity words. Nothing is trimmed or case-folded.
 */
const SCORE_PATTERN = named(`^(${BASE_SCORE}|${CVSS3_VECTOR}|${CVSS4_VECTOR}|${SEVERITY_WORDS.join('|')})$`, `a CVSS base score written as a decimal 0–10 ("9.8"), a CVSS v3.x or v4.0 vector, or one of ${SEVERITY_WORDS.join(', ')}`);
/**
 * in-toto vulns v0.2 (https://github.com/in-toto/attestation/blob/main/spec/predicates/vulns_02.md).
 * `scanner.result` is required here although the spec leaves it optional: the gate reads it,
 * and an absent list must not pass for "no vulnerability".
 */
const VULNS_SCHEMA = {
    $schema: DIALECT,
    $id: 'https://tollgate.dev/schemas/in-toto/vulns/v0.2.json',
    title: 'in-toto vulns v0.2, as the gate reads it',
    description: "Predicate of type https://in-toto.io/attestation/vulns/v0.2. Each entry of `scanner.result` is a vulnerability, ranked by the worst of its scores and judged with the step's `failOn`.",
    type: 'object',
    required: ['scanner', 'tollgate'],
    properties: {
        scanner: {
            description: 'The scanner and what it found.',
            type: 'object',
            required: ['uri', 'result'],
            properties: {
                uri: { description: 'The scanner. Not read by the gate.', type: 'string', minLength: 1 },
                version: { description: 'Scanner version. Not read by the gate.', type: 'string' },
                db: { description: 'The vulnerability database. Not read by the gate.', type: 'object' },
                result: {
                    description: 'The vulnerabilities found (an empty list when there is none).',
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['id'],
                        properties: {
                            id: {
                                description: 'Advisory id (OSV, GHSA, CVE); exceptions match it with `id` or `ruleId`.',
                                type: 'string',
                                minLength: 1,
                            },
                            aliases: {
                                description: 'Other ids of the same advisory; exceptions match them with `id`.',
                                type: 'array',
                                items: { type: 'string', minLength: 1 },
                            },
                            severity: {
                                description: 'Scores of the vulnerability; it ranks as the worst of them, `medium` when there is none that can be scored.',
                                type: 'array',
                                items: {
                                    type: 'object',
                                    required: ['method', 'score'],
                                    properties: {
                                        method: {
                                            description: 'How the score was made, e.g. `CVSSv3.1` or `tollgate`.',
                                            type: 'string',
                                            minLength: 1,
                                        },
                                        score: {
                                            description: 'A string: a CVSS base score as a decimal 0–10 (≥ 9 critical, ≥ 7 high, ≥ 4 medium, > 0 low, 0 info), a CVSS v3.x vector (scored the same way), a CVSS v4.0 vector (not scored), or one of the words critical, high, medium, low, info.',
                                            type: 'string',
                                            pattern: SCORE_PATTERN,
                                        },
                                    },
                                },
                            },
                            annotations: {
                                description: 'Free annotations; the first with a `package` names the package, which exceptions match with `path`.',
                                type: 'array',
                                items: {
                                    type: 'object',
                                    properties: {
                                        package: {
                                            description: 'Package URL or name of the vulnerable package.',
                                            type: 'string',
                                            minLength: 1,
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
        metadata: { description: 'Scan times. Not read by the gate.', type: 'object' },
        tollgate: stepMetaRef,
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/step-meta.js

/** The `tollgate` object of every predicate except CycloneDX (decision: strict, status required). */
const STEP_META_SCHEMA = {
    $schema: DIALECT,
    $id: STEP_META_ID,
    title: 'Tollgate step metadata',
    description: 'The `tollgate` object that Tollgate adds to every predicate it signs (except CycloneDX SBOMs, which carry it as metadata.properties). The gate attributes the attestation to `step`; `status: failed` fails the step unless `failure` is `findings` and the predicate carries findings.',
    type: 'object',
    required: ['step', 'status'],
    additionalProperties: false,
    properties: {
        step: {
            description: 'Step id from the pipeline graph (src/pipeline/graph.ts) or a step of the policy’s own.',
            type: 'string',
            pattern: '^[a-z][a-z0-9-]*$',
        },
        stage: {
            description: 'Stage of the step; informational, the gate takes the stage from the policy.',
            enum: ['pre-commit', 'per-commit', 'per-pr', 'per-merge'],
        },
        status: {
            description: 'What the step itself concluded. `failed` fails the step whatever the predicate says, unless `failure` is `findings`.',
            enum: ['passed', 'failed'],
        },
        failure: {
            description: 'Why a failed step failed: `findings` means only its findings failed it, and the gate then judges them by the policy (scan-result and vulns only; with no finding it is a contradiction and fails); `tool` (the default) means the tool could not do its job, which nothing waives.',
            enum: ['findings', 'tool'],
        },
        reason: {
            description: 'Why the step failed; becomes the verdict’s reason when status is failed.',
            type: 'string',
        },
        materials: {
            description: 'What the step consumed, for chain rules. Only entries with a sha256 digest take part.',
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'digest'],
                additionalProperties: false,
                properties: {
                    name: {
                        description: 'Name of the material, as chain rules match it.',
                        type: 'string',
                        minLength: 1,
                    },
                    digest: digestSet,
                },
            },
        },
        environment: {
            description: 'Where the step ran (container image digest, runner OS, tool versions). Not read by the gate.',
            type: 'object',
        },
        startedOn: {
            description: 'When the step started (RFC 3339). Not read by the gate.',
            ...dateTime,
        },
        finishedOn: {
            description: 'When the step finished (RFC 3339). Not read by the gate.',
            ...dateTime,
        },
    },
};

;// CONCATENATED MODULE: ./dist/attest/predicates/schemas/index.js










/** One schema per predicate type the gate evaluates, in the order docs/predicates.md lists them. */
const PREDICATE_SCHEMAS = [
    {
        predicateType: types/* PREDICATE */.W3.scanResult,
        file: 'scan-result.schema.json',
        schema: SCAN_RESULT_SCHEMA,
    },
    { predicateType: types/* PREDICATE */.W3.vulns, file: 'vulns.schema.json', schema: VULNS_SCHEMA },
    {
        predicateType: types/* PREDICATE */.W3.testResult,
        file: 'test-result.schema.json',
        schema: TEST_RESULT_SCHEMA,
    },
    { predicateType: types/* PREDICATE */.W3.coverage, file: 'coverage.schema.json', schema: COVERAGE_SCHEMA },
    { predicateType: types/* PREDICATE */.W3.review, file: 'review.schema.json', schema: REVIEW_SCHEMA },
    {
        predicateType: types/* PREDICATE */.W3.slsaProvenance,
        file: 'slsa-provenance.schema.json',
        schema: PROVENANCE_SCHEMA,
    },
    {
        predicateType: types/* PREDICATE */.W3.cyclonedx,
        file: 'cyclonedx-bom.schema.json',
        schema: CYCLONEDX_SCHEMA,
    },
    { predicateType: types/* PREDICATE */.W3.vsa, file: 'slsa-vsa.schema.json', schema: VSA_SCHEMA },
];
const STEP_META_FILE = 'step-meta.schema.json';
function schemaFor(predicateType) {
    return PREDICATE_SCHEMAS.find((s) => s.predicateType === predicateType)?.schema;
}

;// CONCATENATED MODULE: ./dist/attest/predicates/validate.js



/**
 * Strict validation of predicates before the gate reads them. Validators are compiled on
 * first use, once per process and predicate type; a type without a schema (a policy's own
 * step) has only its step metadata checked.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** For predicate types the gate has no schema for: the step metadata alone. */
const META_ONLY = {
    type: 'object',
    required: ['tollgate'],
    properties: { tollgate: { $ref: STEP_META_ID } },
};
let ajv;
const validators = new Map();
let metaOnly;
function compiler() {
    if (!ajv) {
        // verbose: the messages name what a `contains` expected, from the schema. validateSchema
        // off: checking our own schemas against the 2020-12 meta-schema costs a CLI run some
        // 100 ms each time; the tests check them instead (test/docs/schemas.test.ts).
        ajv = new _2020.Ajv2020({ allErrors: false, strict: true, verbose: true, validateSchema: false });
        ajv.addFormat('date-time', DATE_TIME);
        ajv.addSchema(STEP_META_SCHEMA);
    }
    return ajv;
}
function validatorFor(predicateType) {
    let v = validators.get(predicateType);
    if (!v) {
        const schema = schemaFor(predicateType);
        v = schema ? compiler().compile(schema) : (metaOnly ??= compiler().compile(META_ONLY));
        validators.set(predicateType, v);
    }
    return v;
}
/**
 * Why `predicate` is not a valid predicate of `predicateType`, as
 * `predicate /failedTests: must be array`; undefined when it is valid.
 */
function predicateProblem(predicateType, predicate) {
    const validate = validatorFor(predicateType);
    if (validate(predicate))
        return undefined;
    const errors = validate.errors ?? [];
    // A failed anyOf reports its branches first; the anyOf itself says what was expected.
    const e = errors.find((x) => x.keyword === 'anyOf') ?? errors[0];
    return e ? `predicate ${explain(e)}` : 'predicate is invalid';
}
const quote = (v) => {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};
const got = (v) => v === null || typeof v !== 'object' ? ` (got ${quote(v)})` : '';
function explain(e) {
    const at = e.instancePath || '/';
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `${e.instancePath}/${String(p.missingProperty)}: is required`;
        case 'additionalProperties':
            return `${e.instancePath}/${String(p.additionalProperty)}: is not a field of this predicate`;
        case 'enum':
            return `${at}: must be one of ${p.allowedValues.map(quote).join(', ')}${got(e.data)}`;
        case 'const':
            return `${at}: must be ${quote(p.allowedValue)}${got(e.data)}`;
        case 'pattern': {
            const pattern = String(p.pattern);
            return `${at}: must be ${PATTERN_NAMES.get(pattern) ?? `a string matching ${pattern}`}${got(e.data)}`;
        }
        case 'type':
            return `${at}: must be ${String(p.type)}${got(e.data)}`;
        case 'contains': {
            const name = e.parentSchema
                .contains?.properties?.name?.const;
            const min = Number(p.minContains ?? 1);
            const max = p.maxContains === undefined ? undefined : Number(p.maxContains);
            const times = min === 1 && max === 1 ? 'exactly once' : max === 1 ? 'at most once' : 'at least once';
            return name ? `${at}: must list "${name}" ${times}` : `${at}: ${e.message ?? 'is invalid'}`;
        }
        case 'anyOf': {
            const branches = e.schema.map((b) => b.required ?? []);
            return branches.every((b) => b.length === 1)
                ? `${at}: must have one of the fields ${branches.map((b) => b[0]).join(', ')}`
                : `${at}: ${e.message ?? 'is invalid'}`;
        }
        default:
            return `${at}: ${e.message ?? 'is invalid'}${got(e.data)}`;
    }
}

;// CONCATENATED MODULE: ./dist/gate/evaluators/index.js






/** Evaluators of validated predicates (src/attest/predicates/schemas/), by predicate type. */
const EVALUATORS = {
    [types/* PREDICATE */.W3.scanResult]: evaluateScanResult,
    [types/* PREDICATE */.W3.vulns]: evaluateVulns,
    [types/* PREDICATE */.W3.testResult]: evaluateTestResult,
    [types/* PREDICATE */.W3.coverage]: evaluateCoverage,
    [types/* PREDICATE */.W3.review]: evaluateReview,
    [types/* PREDICATE */.W3.vsa]: evaluateVsa,
    [types/* PREDICATE */.W3.slsaProvenance]: evaluateProvenance,
    [types/* PREDICATE */.W3.cyclonedx]: evaluateSbom,
};
/** Types whose failures the policy may judge: their findings are what failed the step. */
const WITH_FINDINGS = new Set([types/* PREDICATE */.W3.scanResult, types/* PREDICATE */.W3.vulns]);
/**
 * A predicate type the gate has no schema for (a policy's own step) carries no result the
 * gate understands: the step's own status, which the schema of the step metadata makes
 * `passed` or `failed`, is the whole judgement.
 */
const statusOnly = (p) => {
    const status = p.tollgate?.status;
    return status === 'passed'
        ? {
            ok: true,
            summary: 'the step reported passed (the gate has no schema for its predicate type)',
        }
        : { ok: false, summary: 'the step did not report passed' };
};
function evaluatorFor(predicateType) {
    return EVALUATORS[predicateType] ?? statusOnly;
}
/**
 * Judges one predicate that `predicateProblem` accepted: the evaluator of its type, then the
 * step's own status. A step failed by its findings (`failure: findings`) is judged by the
 * policy, but only on a type that carries findings and only when it carries some; any
 * other self-reported failure stands.
 */
function judgePredicate(predicateType, predicate, ctx) {
    const meta = (0,step_meta/* stepMetaOf */.j)(predicateType, predicate);
    const ev = evaluatorFor(predicateType)(predicate, ctx);
    if (!meta)
        return { ok: false, summary: 'the predicate has no step metadata' };
    if (meta.status !== 'failed')
        return ev;
    if (meta.failure === 'findings' && WITH_FINDINGS.has(predicateType)) {
        const carried = Object.values(ev.counts ?? {}).reduce((n, c) => n + (c ?? 0), 0);
        if (carried > 0)
            return ev;
        return {
            ...ev,
            ok: false,
            summary: `the step reported failure because of its findings, but its predicate lists none${meta.reason ? ` (${meta.reason})` : ''}`,
        };
    }
    return {
        ...ev,
        ok: false,
        summary: meta.reason ? meta.reason : `the step reported failure (${ev.summary})`,
    };
}

;// CONCATENATED MODULE: ./dist/gate/exceptions.js
/** An exception applies through the whole of its expiry day (UTC), and stops the day after. */
function splitExceptions(all, now) {
    const today = now.toISOString().slice(0, 10);
    return {
        active: all.filter((e) => e.expires >= today),
        expired: all.filter((e) => e.expires < today),
    };
}

;// CONCATENATED MODULE: ./dist/gate/signer-match.js


/**
 * Whether a proven identity is the functionary a policy entry describes. For GitHub, the
 * repository is the one whose run signed (the certificate's source repository), so a
 * workflow in another repository cannot sign for this one even with the same file name.
 */
function matchesSigner(spec, id, keyIds) {
    switch (spec.kind) {
        case 'key':
            return id.kind === 'key' && keyIds.get(spec.name) === id.keyId;
        case 'spiffe':
            return id.kind === 'spiffe' && spec.ids.some((g) => (0,glob/* globMatch */.e)(g, id.spiffeId));
        case 'github': {
            if (id.kind !== 'sigstore' || id.issuer !== spec.issuer)
                return false;
            const ext = id.extensions;
            const repoUri = ext.sourceRepositoryURI ??
                (ext.githubWorkflowRepository
                    ? `https://github.com/${ext.githubWorkflowRepository}`
                    : undefined);
            if (repoUri?.toLowerCase() !== `https://github.com/${spec.repository}`.toLowerCase())
                return false;
            const workflow = id.san.replace(/^https:\/\/github\.com\//, '');
            if (spec.workflows.length && !spec.workflows.some((g) => (0,glob/* globMatch */.e)(g, workflow)))
                return false;
            const ref = ext.sourceRepositoryRef ?? ext.githubWorkflowRef;
            if (spec.refs.length && !(ref !== undefined && spec.refs.some((g) => (0,glob/* globMatch */.e)(g, ref))))
                return false;
            return true;
        }
    }
}
function allowedSigner(specs, id, keyIds) {
    const hit = specs.find((s) => matchesSigner(s, id, keyIds));
    if (hit)
        return { ok: true, name: hit.name };
    return {
        ok: false,
        reason: `signed by ${(0,verify_types/* describeIdentity */.C)(id)}, which is not among the signers allowed for this step (${specs.map((s) => s.name).join(', ') || 'none'})`,
    };
}

;// CONCATENATED MODULE: ./dist/gate/gate.js










const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
/** Worst first: when a step has several problems, the verdict names the most serious. */
const SEVERITY_ORDER = [
    'invalid-signature',
    'untrusted-signer',
    'malformed',
    'conflicting',
    'wrong-subject',
];
function runGate(input) {
    const { policy, commit } = input;
    const required = [];
    for (const [stage, steps] of policy.stages) {
        if (input.stages && !input.stages.includes(stage))
            continue;
        for (const step of steps)
            required.push({ stage, step });
    }
    if (required.length === 0) {
        const which = input.stages ? `stage ${input.stages.join(', ')}` : 'any stage';
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${policy.source} requires no step in ${which}: there is nothing to verify`, {
            hint: 'list the required steps under stages.<stage>.require, or choose a stage the policy has',
        });
    }
    const requiredIds = new Set(required.map((r) => r.step));
    const accepted = new Map();
    const problems = new Map();
    const unattributed = [];
    const notes = [];
    const addProblem = (step, p) => {
        if (step && requiredIds.has(step))
            problems.set(step, [...(problems.get(step) ?? []), p]);
        else
            unattributed.push(p);
    };
    for (const src of input.bundles) {
        // Not a regular file: never opened, so nothing says which step it claims to be.
        if (src.problem !== undefined) {
            unattributed.push({ file: src.name, status: 'malformed', reason: src.problem });
            continue;
        }
        if ((src.size ?? src.bytes.length) > MAX_BUNDLE_BYTES) {
            addProblem(claimedStep(undefined, src.name), {
                file: src.name,
                status: 'malformed',
                reason: `bundle is ${src.size ?? src.bytes.length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`,
            });
            continue;
        }
        let json;
        try {
            json = JSON.parse(src.bytes.toString('utf8'));
        }
        catch {
            addProblem(claimedStep(undefined, src.name), {
                file: src.name,
                status: 'malformed',
                reason: 'bundle is not valid JSON (truncated or corrupted?)',
            });
            continue;
        }
        let statement;
        let identity;
        try {
            ({ statement, identity } = verifyAttestation(json, input.trust));
        }
        catch (e) {
            if (!(e instanceof verify_types/* VerifyFailure */.U))
                throw e;
            addProblem(claimedStep(json, src.name), {
                file: src.name,
                status: e.kind,
                reason: e.message,
            });
            continue;
        }
        const meta = (0,step_meta/* stepMetaOf */.j)(statement.predicateType, statement.predicate);
        if (!meta) {
            addProblem(claimedStep(json, src.name), {
                file: src.name,
                status: 'malformed',
                reason: 'the statement names no Tollgate step',
            });
            continue;
        }
        const stepPolicy = policy.steps.get(meta.step);
        if (!stepPolicy) {
            notes.push(`${src.name}: attestation for step "${meta.step}", which the policy does not know; ignored`);
            continue;
        }
        const specs = stepPolicy.signers
            .map((n) => policy.signers.get(n))
            .filter((s) => s !== undefined);
        const allowed = allowedSigner(specs, identity, input.keyIds);
        if (!allowed.ok) {
            addProblem(meta.step, { file: src.name, status: 'untrusted-signer', reason: allowed.reason });
            continue;
        }
        const aboutCommit = statement.subject.some((s) => s.digest.gitCommit === commit);
        if (!aboutCommit) {
            const other = statement.subject.find((s) => s.digest.gitCommit)?.digest.gitCommit;
            addProblem(meta.step, {
                file: src.name,
                status: 'wrong-subject',
                reason: other
                    ? `attestation is about commit ${other.slice(0, 12)}, not ${commit.slice(0, 12)}`
                    : `attestation names no commit; expected ${commit.slice(0, 12)}`,
            });
            continue;
        }
        accepted.set(meta.step, [
            ...(accepted.get(meta.step) ?? []),
            { file: src.name, statement, signer: `${allowed.name} (${(0,verify_types/* describeIdentity */.C)(identity)})` },
        ]);
    }
    const { active, expired } = splitExceptions(policy.exceptions, input.now);
    for (const e of expired)
        notes.push(`${policy.source}:${e.line}: exception for ${e.step} expired on ${e.expires} and no longer applies (${e.reason})`);
    const steps = required.map(({ stage, step }) => judgeStep(stage, step, accepted.get(step) ?? [], problems.get(step) ?? [], input, active));
    // A producer outside the evaluated steps must still pass its own thresholds to anchor a chain.
    const judgeProducer = (step) => steps.find((s) => s.step === step) ??
        judgeStep(stageOf(step) ?? '', step, accepted.get(step) ?? [], [], input, active);
    applyChains(steps, accepted, input.policy.chains, judgeProducer);
    return {
        verdict: steps.every((s) => s.status === 'passed') ? 'pass' : 'fail',
        commit,
        policy: policy.source,
        evaluatedAt: input.now.toISOString(),
        steps,
        unattributed,
        notes,
    };
}
function judgeStep(stage, step, records, stepProblems, input, exceptions) {
    const base = {
        stage,
        step,
        signers: [...new Set(records.map((r) => r.signer))],
        bundles: [...records, ...stepProblems].map((r) => r.file),
    };
    // A stale attestation about another commit is normal next to a good one; anything else that
    // failed verification for this step fails it, even when a good attestation is also present.
    const blocking = stepProblems.filter((p) => p.status !== 'wrong-subject' || records.length === 0);
    for (const status of SEVERITY_ORDER) {
        const p = blocking.find((x) => x.status === status);
        if (p)
            return { ...base, status, reason: `${p.file}: ${p.reason}` };
    }
    if (records.length === 0)
        return { ...base, status: 'missing', reason: 'no attestation for this step' };
    // Every predicate is checked against the schema of its type before anything reads it.
    for (const r of records) {
        const problem = predicateProblem(r.statement.predicateType, r.statement.predicate);
        if (problem)
            return { ...base, status: 'malformed', reason: `${r.file}: ${problem}` };
    }
    const stepPolicy = input.policy.steps.get(step);
    const expectedTypes = stepPolicy.predicateTypes.length
        ? stepPolicy.predicateTypes
        : [...new Set(records.map((r) => r.statement.predicateType))];
    const summaries = [];
    let counts;
    const waived = [];
    for (const type of expectedTypes) {
        const ofType = records.filter((r) => r.statement.predicateType === type);
        if (ofType.length === 0) {
            const got = [...new Set(records.map((r) => r.statement.predicateType))].join(', ');
            return { ...base, status: 'malformed', reason: `expected a ${type} attestation, got ${got}` };
        }
        const ctx = {
            step,
            thresholds: stepPolicy.thresholds,
            exceptions: exceptions.filter((e) => e.step === step),
        };
        const results = ofType.map((r) => ({
            ...judgePredicate(type, r.statement.predicate, ctx),
            products: productKey(r.statement),
        }));
        const first = results[0];
        if (results.some((r) => r.ok !== first.ok || r.products !== first.products)) {
            return {
                ...base,
                status: 'conflicting',
                reason: `${ofType.length} attestations of ${type} for this commit disagree (${ofType.map((r) => r.file).join(', ')})`,
            };
        }
        waived.push(...(first.waived ?? []));
        counts = first.counts ?? counts;
        if (!first.ok) {
            const wholeStep = ctx.exceptions.find(isStepWide);
            if (!wholeStep)
                return { ...base, status: 'failed', reason: first.summary, counts, waived };
            waived.push(`${first.summary}: ${wholeStep.reason} (until ${wholeStep.expires})`);
            summaries.push(`waived: ${first.summary}`);
            continue;
        }
        summaries.push(first.summary);
    }
    return { ...base, status: 'passed', reason: summaries.join('; '), counts, waived };
}
/**
 * An exception with no selector at all. Selectors are tested for presence, not truthiness:
 * an empty one is a policy error, and must never widen a waiver to the whole step.
 */
function isStepWide(e) {
    return (e.ruleId === undefined &&
        e.id === undefined &&
        e.fingerprint === undefined &&
        e.path === undefined);
}
function productKey(s) {
    return s.subject
        .filter((x) => !x.digest.gitCommit)
        .map((x) => `${x.name}@${x.digest.sha256 ?? JSON.stringify(x.digest)}`)
        .sort()
        .join('|');
}
function applyChains(steps, accepted, chains, judgeProducer) {
    for (const rule of chains) {
        const consumer = steps.find((s) => s.step === rule.step);
        if (!consumer || consumer.status !== 'passed')
            continue;
        const producerRecords = accepted.get(rule.materialsFrom) ?? [];
        if (producerRecords.length === 0 || judgeProducer(rule.materialsFrom).status !== 'passed') {
            consumer.status = 'broken-chain';
            consumer.reason = `its materials must come from ${rule.materialsFrom}, which has no passing attestation`;
            continue;
        }
        const broken = (0,chain/* checkChain */.uy)(rule, (accepted.get(rule.step) ?? []).map((r) => r.statement), producerRecords.map((r) => r.statement));
        if (broken) {
            consumer.status = 'broken-chain';
            consumer.reason = broken;
        }
    }
}
function stageOf(step) {
    return (0,graph/* findStep */.MR)(step)?.stage;
}

;// CONCATENATED MODULE: ./dist/gate/collect.js




/** The file suffix of Sigstore bundles, as Tollgate, cosign and GitHub's attest actions write them. */
const BUNDLE_SUFFIX = '.sigstore.json';
/**
 * Opening for reading never follows a symbolic link and never waits: a FIFO opened without
 * O_NONBLOCK blocks until a writer comes, which would hang the gate.
 */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Reads every `*.sigstore.json` bundle below `dir`, naming each relative to `base`. Oversized files are not read whole: the gate
 * only needs to know they are too large, and reading them could exhaust memory.
 *
 * Folders are walked into whatever their name: actions/download-artifact puts each artifact
 * in a folder named after it, so `unit-tests.sigstore.json/` is a folder holding the bundle.
 * Only regular files are read. A symbolic link, FIFO, socket or device named like a bundle is
 * never opened (a link could point anywhere, a FIFO would block): it comes back with a
 * `problem`, which the gate reports as an unattributed `malformed` entry.
 *
 * The reads are synchronous on purpose: a gate run reads hundreds of small files and has
 * nothing else to do meanwhile, while a stat plus a promise-based read cost five thread-pool
 * round trips per file (stat, open, stat, read, close) and made reading the bundles slower
 * than verifying them.
 */
async function collectBundles(dir, base = process.cwd()) {
    let top;
    try {
        top = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `cannot read the bundle folder ${dir}`, {
            cause: e,
            hint: 'pass the folder that holds the *.sigstore.json bundles with --bundles',
        });
    }
    const found = [];
    const walk = (folder, entries) => {
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory()) {
                let inner;
                try {
                    inner = (0,external_node_fs_.readdirSync)(path, { withFileTypes: true });
                }
                catch (e) {
                    found.push({ path, problem: `folder cannot be read (${errorCode(e)})` });
                    continue;
                }
                walk(path, inner);
            }
            else if (entry.name.endsWith(BUNDLE_SUFFIX)) {
                // Only Sigstore bundles: step artifacts also carry JSON reports, which are not attestations.
                found.push({ path, entry });
            }
        }
    };
    walk(dir, top);
    // Path order, as the names are shown; the gate handles each bundle independently.
    found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return found.map(({ path, entry, problem }) => {
        const name = (0,external_node_path_.relative)(base, path) || path;
        const kind = entry ? notRegular(entry) : undefined;
        if (problem ?? kind)
            return unread(name, problem ?? `${kind}, not a regular file; not opened`);
        const read = readBounded(path);
        return 'problem' in read ? unread(name, read.problem) : { name, ...read };
    });
}
/** The error code only: the message would repeat the machine's absolute path. */
function errorCode(e) {
    return e.code ?? 'error';
}
function unread(name, problem) {
    return { name, bytes: Buffer.alloc(0), size: 0, problem };
}
function notRegular(entry) {
    if (entry.isFile())
        return undefined;
    if (entry.isSymbolicLink())
        return 'a symbolic link';
    if (entry.isFIFO())
        return 'a FIFO';
    if (entry.isSocket())
        return 'a socket';
    if (entry.isBlockDevice() || entry.isCharacterDevice())
        return 'a device';
    return 'not a file';
}
/**
 * The file's bytes, or only its size when it is over the limit. The size
 * comes from the open descriptor, so a file swapped after the check cannot slip past it, and
 * reading stops at the size seen even if the file grows meanwhile. The descriptor is checked
 * to be a regular file too: the folder listing may be out of date by the time it is opened.
 */
function readBounded(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, OPEN_FLAGS);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ELOOP')
            return { problem: 'a symbolic link, not a regular file; not opened' };
        return { problem: `cannot be read (${errorCode(e)})` };
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return { problem: 'not a regular file; not read' };
        const { size } = st;
        if (size > MAX_BUNDLE_BYTES)
            return { bytes: Buffer.alloc(0), size };
        const bytes = Buffer.allocUnsafe(size);
        let read = 0;
        while (read < size) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return { bytes: bytes.subarray(0, read), size: read };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./dist/oci/registry/bundle-scope.js
var bundle_scope = __webpack_require__(15915);
// EXTERNAL MODULE: ./dist/steps/execute-sign.js
var execute_sign = __webpack_require__(88985);
;// CONCATENATED MODULE: ./dist/core/run-id.js
/**
 * The shape of a local run folder's name, `20261126-120102-ab12` (UTC time first, so names
 * sort by time): the runner makes them, and steps that look back at earlier runs (promotion
 * across the stages' runs) recognise them.
 */
const RUN_ID = /^\d{8}-\d{6}-[0-9a-f]+$/;

;// CONCATENATED MODULE: ./dist/promote/step-dirs.js



/**
 * The run folders beside the one `reportsDir` lies in (`<runs>/<id>/reports/<step>`), newest
 * first; none when it is not in a run folder (a GitHub job's downloaded artifacts).
 */
async function runFolders(reportsDir) {
    const runDir = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(reportsDir));
    if ((0,external_node_path_.basename)((0,external_node_path_.dirname)(reportsDir)) !== 'reports' || !RUN_ID.test((0,external_node_path_.basename)(runDir)))
        return [];
    const runs = (0,external_node_path_.dirname)(runDir);
    const ids = (await (0,promises_.readdir)(runs).catch(() => [])).filter((n) => RUN_ID.test(n));
    return ids
        .sort()
        .reverse()
        .map((id) => (0,external_node_path_.join)(runs, id));
}
/**
 * Where a step's signed bundles are: beside its folder (a downloaded GitHub artifact) or in
 * the `attestations/` folder of the run the folder belongs to (see src/runner/run-folder.ts).
 */
function bundleDirsOf(reportsDir) {
    const parent = (0,external_node_path_.dirname)(reportsDir);
    return [parent, (0,external_node_path_.join)((0,external_node_path_.dirname)(parent), 'attestations')];
}

;// CONCATENATED MODULE: ./dist/promote/bundles.js






/** A Sigstore bundle is a few KiB; a larger file is not one of ours. */
const bundles_MAX_BUNDLE_BYTES = 16 << 20;
/** A step attests at most this many statements (sca has two); more files are not looked for. */
const MAX_PER_STEP = 8;
/** Whether a bundle's statement is about the commit (unverified: the gate checks it again). */
const aboutCommit = (bytes, commit) => (0,bundle_scope/* bundleScope */.R)(bytes, 'sha256:').commits.includes(commit);
/**
 * The bundles the promotion gate judges: with `bundlesDir` (on GitHub, the downloaded
 * attestations of the commit) every bundle in it; locally, for each required step, its
 * bundles from the first folder that has any bundle of the step about this commit: the run
 * folder holding the step's output (ctx.reportsOf), then the other run folders, newest first. Bundles about other commits are left out here
 * rather than handed to the gate, since an earlier run's folder may hold another commit's.
 */
async function promotionBundles(ctx, steps, bundlesDir) {
    if (bundlesDir)
        return collectBundles(bundlesDir, ctx.repoDir);
    const out = [];
    for (const step of steps) {
        // Where the step's output is first; then every run folder, newest first, since a step
        // can leave bundles without a report folder of its own.
        const own = bundleDirsOf(ctx.reportsOf(step));
        const runs = (await runFolders(ctx.reportsOf(step))).map((r) => (0,external_node_path_.join)(r, 'attestations'));
        for (const dir of [...new Set([...own, ...runs])]) {
            const found = [];
            for (let i = 0; i < MAX_PER_STEP; i++) {
                const file = (0,external_node_path_.join)(dir, (0,execute_sign/* bundleFileName */.M)(step, i));
                const bytes = await (0,fs/* readInput */.R5)(file, 'bundle', bundles_MAX_BUNDLE_BYTES).catch(() => undefined);
                if (!bytes)
                    break;
                if (aboutCommit(bytes, ctx.commit))
                    found.push({ name: file, bytes });
            }
            if (found.length > 0) {
                out.push(...found);
                break;
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ./dist/attest/keys.js
var attest_keys = __webpack_require__(12266);
;// CONCATENATED MODULE: ./dist/gate/trust.js



/** Parses a trust bundle named by the policy; bad PEM is a policy error naming the file. */
function trustBundleFrom(pem, source) {
    try {
        return loadTrustBundle(pem);
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('POLICY_INVALID', `trust bundle ${source} holds a certificate that cannot be parsed`, { cause: e });
    }
}
/**
 * Builds the trust material once per gate run: keys by id, SPIFFE trust bundles by trust
 * domain. Certificate verifiers are supplied by the caller so that this module stays free
 * of the Sigstore and SPIFFE verification code paths it does not need.
 */
function trustFromPolicy(policy, verifiers = {}) {
    const keys = new Map();
    const keyIds = new Map();
    const spiffeBundles = new Map();
    for (const spec of policy.signers.values()) {
        if (spec.kind === 'key') {
            const key = (0,attest_keys/* parsePublicKey */.e)(spec.publicKeyPem, spec.publicKeyPath ?? `signer ${spec.name}`);
            const id = (0,attest_keys/* keyIdOf */.y)(key);
            keys.set(id, key);
            keyIds.set(spec.name, id);
        }
        else if (spec.kind === 'spiffe') {
            const certs = trustBundleFrom(spec.trustBundlePem, spec.trustBundlePath);
            for (const id of spec.ids) {
                const domain = /^spiffe:\/\/([^/]+)/.exec(id)?.[1];
                if (domain)
                    spiffeBundles.set(domain, [...(spiffeBundles.get(domain) ?? []), ...certs]);
            }
        }
    }
    return { trust: { keys, spiffeBundles, ...verifiers }, keyIds };
}

// EXTERNAL MODULE: ./dist/oci/registry/image-steps.js
var image_steps = __webpack_require__(58683);
// EXTERNAL MODULE: ./dist/oci/registry/referrers.js
var referrers = __webpack_require__(95644);
;// CONCATENATED MODULE: ./dist/oci/registry/image-bundles.js




/**
 * The Sigstore bundles attached to an image (referrers API or `sha256-<hex>` tag), each
 * manifest and blob checked against its digest. A referrer whose content was altered is
 * `altered` (and fails the image); one about another image, or whose statement does not name
 * this digest (see bundle-scope.ts), is `ignored`: it cannot vouch for this image.
 */
async function fetchImageBundles(target, digest) {
    const out = { bundles: [], attached: [], commits: [] };
    const commits = new Set();
    for (const r of await (0,referrers/* listReferrers */.xt)(target, digest)) {
        if (r.artifactType !== image_steps/* BUNDLE_ARTIFACT_TYPE */.Z)
            continue;
        const step = r.annotations?.['dev.tollgate.step'];
        const record = {
            referrer: r.digest,
            ...(step ? { step } : {}),
            status: 'used',
        };
        out.attached.push(record);
        let bytes;
        try {
            const m = await target.getManifest(r.digest);
            if (!m)
                throw new Error(`referrer manifest ${r.digest} is listed but missing`);
            const manifest = JSON.parse(m.bytes.toString('utf8'));
            if (manifest.subject?.digest !== digest) {
                Object.assign(record, { status: 'ignored', reason: 'its subject is another manifest' });
                continue;
            }
            const layer = manifest.layers?.[0];
            if (!layer)
                throw new Error(`referrer ${r.digest} has no layer`);
            bytes = await target.getBlob(layer);
        }
        catch (e) {
            const why = (0,errors/* isTollgateError */.bK)(e) || e instanceof Error ? e.message : String(e);
            Object.assign(record, { status: 'altered', reason: why });
            continue;
        }
        const scope = (0,bundle_scope/* bundleScope */.R)(bytes, digest);
        // Unreadable bundles go to the gate, which reports them as malformed under their step.
        if (scope.commits.length > 0 && !scope.usable) {
            Object.assign(record, { status: 'ignored', reason: `its statement does not name ${digest}` });
            continue;
        }
        for (const c of scope.commits)
            commits.add(c);
        out.bundles.push({ name: `${step ?? 'unknown'}.sigstore.json@${r.digest}`, bytes });
    }
    out.commits = [...commits];
    return out;
}

// EXTERNAL MODULE: ./dist/oci/registry/layout-target.js
var layout_target = __webpack_require__(38156);
;// CONCATENATED MODULE: ./dist/oci/registry/verify-image.js









/**
 * The policy narrowed to what an image can prove by itself: the required steps (per-commit
 * stage, else every stage) that attest the image, and the chain rules among them. The other
 * steps of the commit (linters, tests) were the gate's business before the image was made.
 */
function imagePolicy(policy) {
    const steps = new Set((0,image_steps/* imageSteps */.b)());
    const perCommit = policy.stages.get('per-commit');
    const required = (perCommit ?? [...policy.stages.values()].flat()).filter((s) => steps.has(s));
    if (required.length === 0) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${policy.source} requires none of the image steps (${[...steps].join(', ')})`, { hint: 'list the image steps under stages.per-commit.require in the policy' });
    }
    return {
        ...policy,
        stages: new Map([['per-commit', [...new Set(required)]]]),
        chains: policy.chains.filter((c) => steps.has(c.step) && steps.has(c.materialsFrom)),
    };
}
/**
 * Checks an image from its store alone: the manifest (by tag or digest, digest checked), the
 * signed bundles attached to it, and the gate over them with the policy. What an admission
 * check and `tollgate verify-image` share.
 */
async function verifyImage(o) {
    // A layout named without tag or digest means its one image (an error lists them if several).
    const want = o.ref.digest ??
        o.ref.tag ??
        (o.target instanceof layout_target/* LayoutTarget */.e
            ? (await (0,layout/* resolveImage */.AT)(o.target.dir)).descriptor.digest
            : 'latest');
    const manifest = await o.target.getManifest(want);
    if (!manifest) {
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `${(0,refs/* formatImageRef */.kL)(o.ref)}: no such image`, {
            hint: 'check the name, tag or digest (and that the credentials may pull it)',
        });
    }
    const policy = imagePolicy(await loadPolicy(o.policyPath, o.policyDisplay));
    const found = await fetchImageBundles(o.target, manifest.digest);
    let commit = o.commit;
    if (!commit) {
        if (found.commits.length > 1) {
            throw new errors/* TollgateError */.xB('USAGE', `${(0,refs/* formatImageRef */.kL)(o.ref)}: its attestations name several commits (${found.commits.map((c) => c.slice(0, 12)).join(', ')})`, { hint: 'say which one the image must come from with --commit SHA' });
        }
        commit = found.commits[0] ?? 'unknown';
    }
    const { trust, keyIds } = trustFromPolicy(policy, o.verifiers?.(policy.sigstoreTrustedRootPath) ?? {});
    const gate = runGate({ policy, trust, keyIds, bundles: found.bundles, commit, now: o.now });
    const altered = found.attached.some((a) => a.status === 'altered');
    return {
        verdict: gate.verdict === 'pass' && !altered ? 'pass' : 'fail',
        image: {
            reference: (0,refs/* formatImageRef */.kL)(o.ref, { digest: manifest.digest }),
            digest: manifest.digest,
            mediaType: manifest.mediaType,
        },
        commit,
        attestations: found.attached,
        gate,
    };
}

;// CONCATENATED MODULE: ./dist/promote/checks.js


/**
 * Re-reads the staged image from the staging repository (by its tag, so a moved tag is seen)
 * and compares its digest with the one that was verified. Returns the refusal, if any.
 */
async function checkStaged(staging, tag, verified) {
    const m = await staging.target.getManifest(tag);
    const where = (0,refs/* formatImageRef */.kL)(staging.ref, { tag });
    if (!m)
        return { refusal: `${where} is not in the staging repository` };
    if (m.digest !== verified) {
        return {
            refusal: `${where} is ${m.digest}, not the verified ${verified}: the staged image was replaced, so it is not promoted`,
        };
    }
    return { staged: { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length } };
}
/**
 * The staged image judged from the staging repository alone (what verify-image does): its
 * attached attestations must name this digest and pass the policy's image steps.
 */
async function verifyStaged(staging, digest, o) {
    return verifyImage({
        ref: { ...staging.ref, digest },
        target: staging.target,
        policyPath: o.policyPath,
        commit: o.commit,
        now: o.now,
        ...(o.verifiers ? { verifiers: o.verifiers } : {}),
    });
}

// EXTERNAL MODULE: ./dist/promote/published.js
var published = __webpack_require__(37057);
;// CONCATENATED MODULE: ./dist/promote/verify.js



/** The step that promotes; its own attestation cannot exist before it has promoted. */
const PROMOTE_STEP = 'promote-production';
/** The step that records the people's approval; what `manual` waits for. */
const APPROVAL_STEP = 'approval';
function parseMode(value) {
    const v = (value ?? '').trim() || 'manual';
    if (v !== 'manual' && v !== 'automatic') {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `promote-production: mode is "${v}"`, {
            hint: 'set the mode input to manual (a person approves each release) or automatic',
        });
    }
    return v;
}
/**
 * The policy as the promotion judges it: every stage it lists, without promote-production
 * itself; in `automatic` mode also without the approval step, since nobody is waited for.
 * `manual` with a policy that requires no approval is refused: nobody would be asked.
 */
function promotionPolicy(policy, mode) {
    const stages = new Map();
    for (const [stage, steps] of policy.stages) {
        const kept = steps.filter((s) => s !== PROMOTE_STEP && (mode === 'manual' || s !== APPROVAL_STEP));
        if (kept.length)
            stages.set(stage, kept);
    }
    if (mode === 'manual' && !requiredSteps({ ...policy, stages }).includes(APPROVAL_STEP)) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${policy.source}: promotion mode manual, but the policy requires no ${APPROVAL_STEP} step`, {
            hint: 'add approval to stages.per-merge.require, or set the promotion mode to automatic',
        });
    }
    return { ...policy, stages };
}
const requiredSteps = (policy) => [...new Set([...policy.stages.values()].flat())];
/**
 * Runs the gate over every attestation about the commit with the promotion's policy. The
 * caller refuses the promotion on anything but `pass`, with the failing steps' reasons.
 */
function gatePromotion(o) {
    const { trust, keyIds } = trustFromPolicy(o.policy, o.verifiers ?? {});
    return runGate({
        policy: o.policy,
        trust,
        keyIds,
        bundles: o.bundles,
        commit: o.commit,
        now: o.now,
    });
}
/** The gate's reasons in one line: `step status: reason; ...`. */
function refusalReasons(v) {
    return v.steps
        .filter((s) => s.status !== 'passed')
        .map((s) => `${s.step} ${s.status}: ${s.reason}`)
        .join('; ');
}

;// CONCATENATED MODULE: ./dist/promote/preflight.js









/**
 * Everything that must hold before a single byte moves to production, in order, stopping at
 * the first refusal: staging holds the digest publish-image published (re-read by its tag
 * from the staging repository), the staged image's attached attestations pass verify-image,
 * and the gate passes over every attestation about the commit for every stage the policy
 * lists (see promotionPolicy for what the mode changes).
 */
async function preflight(ctx, o) {
    const policyDisplay = (0,external_node_path_.relative)(ctx.repoDir, o.policyPath) || o.policyPath;
    const loaded = await loadPolicy(o.policyPath, policyDisplay);
    // The step input wins over the policy's promotion.mode; neither means manual.
    const mode = parseMode(ctx.inputs.mode || loaded.promotionMode);
    const policy = promotionPolicy(loaded, mode);
    const source = await (0,published/* publishedImage */.K)(ctx);
    const stagingRecord = await (0,staged_image/* readStaging */.Mk)(ctx);
    const ref = (0,staged_image/* stagedRepository */.Z3)(ctx, stagingRecord);
    const staging = {
        ref,
        target: (0,registry_open/* openTarget */.A)(ref, {
            env: process.env,
            insecure: ctx.inputs.insecure === 'true',
            signal: ctx.signal,
        }),
    };
    const base = {
        source,
        stagingRecord,
        staging,
        bundles: [],
        policyDisplay,
        mode,
    };
    const { staged, refusal } = await checkStaged(staging, stagingRecord.tag, source.digest);
    if (refusal || !staged)
        return { ...base, refusal };
    const image = await verifyStaged(staging, staged.digest, {
        policyPath: o.policyPath,
        commit: ctx.commit,
        now: o.now,
        verifiers: defaultVerifiers,
    });
    if (image.verdict !== 'pass') {
        const why = refusalReasons(image.gate) || 'an attached attestation was altered';
        return { ...base, staged, refusal: `the staged image does not verify: ${why}` };
    }
    const bundles = await promotionBundles(ctx, requiredSteps(policy), ctx.inputs.bundles);
    const verdict = gatePromotion({
        policy,
        bundles,
        commit: ctx.commit,
        now: o.now,
        verifiers: defaultVerifiers(policy.sigstoreTrustedRootPath),
    });
    if (verdict.verdict !== 'pass') {
        return {
            ...base,
            staged,
            bundles,
            verdict,
            refusal: `the gate refuses ${ctx.commit.slice(0, 12)}: ${refusalReasons(verdict)}`,
        };
    }
    return { ...base, staged, bundles, verdict };
}

// EXTERNAL MODULE: ./dist/promote/stores.js
var stores = __webpack_require__(42533);
;// CONCATENATED MODULE: ./dist/attest/predicates/vsa.js

/** SLSA verification summary v1 (https://slsa.dev/spec/v1.0/verification_summary). */
function makeVsa(input) {
    return {
        verifier: { id: 'https://tollgate.dev/gate', version: { tollgate: input.verifierVersion } },
        timeVerified: input.timeVerified.toISOString(),
        resourceUri: input.resourceUri,
        policy: { uri: input.policy.uri, digest: { sha256: input.policy.sha256 } },
        inputAttestations: input.inputs.map((i) => ({ uri: i.uri, digest: { sha256: i.sha256 } })),
        verificationResult: input.passed ? 'PASSED' : 'FAILED',
        verifiedLevels: input.passedStages.map((s) => `TOLLGATE_${s.toUpperCase().replace(/-/g, '_')}`),
        slsaVersion: '1.0',
    };
}
const VSA_TYPE = types/* PREDICATE */.W3.vsa;

// EXTERNAL MODULE: ./dist/core/version.js
var version = __webpack_require__(28048);
;// CONCATENATED MODULE: ./dist/promote/vsa.js





/**
 * The SLSA verification summary of a promotion: the resource is the image by digest, the
 * inputs every attestation the gate judged, the levels the stages that passed.
 */
async function promotionVsa(o) {
    const stages = [...new Set(o.verdict.steps.map((s) => s.stage))];
    return makeVsa({
        verifierVersion: version/* VERSION */.x,
        resourceUri: o.resourceUri,
        policy: { uri: o.policyDisplay, sha256: (0,digest/* sha256Hex */.fg)(await (0,promises_.readFile)(o.policyPath)) },
        inputs: o.bundles.map((b) => ({ uri: b.name, sha256: (0,digest/* sha256Hex */.fg)(b.bytes) })),
        passed: o.verdict.verdict === 'pass',
        passedStages: stages.filter((st) => o.verdict.steps.filter((s) => s.stage === st).every((s) => s.status === 'passed')),
        timeVerified: new Date(o.verdict.evaluatedAt),
    });
}
/** Attaches a signed VSA bundle to the image it is about, as verify-image finds bundles. */
async function attachVsa(target, subject, bundle, step) {
    return (0,referrers/* attachArtifact */.Kb)(target, {
        subject,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        content: bundle,
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': 'https://slsa.dev/verification_summary/v1',
            'dev.tollgate.step': step,
        },
    });
}

// EXTERNAL MODULE: ./dist/attest/create.js
var create = __webpack_require__(20826);
// EXTERNAL MODULE: ./dist/runner/local-key.js
var local_key = __webpack_require__(65510);
;// CONCATENATED MODULE: ./dist/promote/vsa-signer.js



/**
 * The signer for the VSA attached to the production image. The step's own attestation is
 * signed by the executor only after the step returns, too late to attach; so the step signs
 * the attached copy itself, the way its executor would: on GitHub with the step's signer
 * inputs (keyless by default), under `tollgate run` with the local key.
 */
async function vsaSigner(ctx) {
    if (process.env.GITHUB_ACTIONS === 'true') {
        const { createSigner } = await Promise.all(/* import() */[__webpack_require__.e(3033), __webpack_require__.e(8900)]).then(__webpack_require__.bind(__webpack_require__, 26519));
        return createSigner({
            kind: ctx.inputs.signer || 'sigstore',
            key: ctx.inputs.key || undefined,
            fulcioUrl: ctx.inputs['fulcio-url'] || undefined,
            rekorUrl: ctx.inputs['rekor-url'] || undefined,
            tsaUrl: ctx.inputs['tsa-url'] || undefined,
        }, process.env, ctx.repoDir);
    }
    return (await (0,local_key/* loadLocalKey */.d)(process.env)).signer;
}
/** The promotion's VSA as a signed bundle about the production image and the commit. */
async function signedVsa(ctx, predicate, subject) {
    const meta = { step: ctx.step.id, stage: ctx.step.stage, status: 'passed' };
    const bundle = await (0,create/* createAttestation */.l)({
        meta,
        predicateType: types/* PREDICATE */.W3.vsa,
        predicate,
        subjects: [subject],
        repository: ctx.repository,
        commit: ctx.commit,
    }, await vsaSigner(ctx));
    return Buffer.from(JSON.stringify(bundle));
}

// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
// EXTERNAL MODULE: ./dist/steps/sign-image/image.js
var sign_image_image = __webpack_require__(7713);
;// CONCATENATED MODULE: ./dist/steps/promote-production/index.js











/** What promote-production leaves behind: what was promoted where, or why not. */
const PROMOTION_FILE = 'promotion.json';
/**
 * promote-production: moves the staged image to production by digest, only after the gate
 * passed for that exact digest and commit across every stage of the policy (see
 * src/promote/preflight.ts), never rebuilding it. The step's attestation is a SLSA
 * verification summary about the promoted digest; a refusal is attested too, as FAILED.
 */
const promoteProduction = {
    id: 'promote-production',
    async run(ctx) {
        const now = new Date();
        const policyPath = await promotionPolicyFile(ctx);
        const pf = await preflight(ctx, { policyPath, now });
        const mode = pf.mode;
        const digest = pf.source.digest;
        const production = (0,stores/* openStore */.Ch)(ctx.inputs.registry || process.env[stores/* PRODUCTION_ENV */.s2] || '', pf.source.name, (0,stores/* productionLayout */.Si)(ctx.repoDir), { insecure: ctx.inputs.insecure === 'true', signal: ctx.signal, cwd: ctx.repoDir });
        // The embedded production layout is named relative to the repository, never by a path of
        // this machine: the name goes into promotion.json and the attestation.
        const named = (0,handoff/* portableRef */.tX)(production.ref, ctx.repoDir);
        const reference = (0,refs/* formatImageRef */.kL)(named, { digest });
        const vsa = async () => pf.verdict
            ? await promotionVsa({
                resourceUri: reference,
                policyPath,
                policyDisplay: pf.policyDisplay,
                bundles: pf.bundles,
                verdict: pf.verdict,
            })
            : undefined;
        if (pf.refusal) {
            ctx.log(`refused: ${pf.refusal}`);
            await (0,handoff/* writeHandoff */.K7)(ctx.outDir, PROMOTION_FILE, { promoted: false, mode, reason: pf.refusal });
            const predicate = await vsa();
            return {
                status: 'failed',
                failure: 'findings',
                reason: pf.refusal,
                attestations: predicate ? [{ predicateType: types/* PREDICATE */.W3.vsa, predicate }] : [],
                products: [],
                reports: [PROMOTION_FILE],
                summary: `**Promote to production** refused: ${pf.refusal}`,
            };
        }
        const tag = ctx.inputs.tag || 'production';
        const { copied, entry } = await copyToProduction({
            staging: pf.staging,
            production,
            digest,
            tag,
            commit: ctx.commit,
            from: pf.stagingRecord.reference,
            now,
            log: ctx.log,
        });
        const repository = (0,refs/* formatImageRef */.kL)(named, {});
        const subject = (0,sign_image_image/* imageSubject */.m)(repository, digest);
        const predicate = (await vsa());
        // Attached so that production carries the proof of its own promotion; a failure here
        // comes after the copy, so it is reported, not hidden.
        let attachedVsa;
        try {
            const bundle = await signedVsa(ctx, predicate, subject);
            const d = await attachVsa(production.target, { mediaType: copied.mediaType, digest, size: copied.size }, bundle, ctx.step.id);
            attachedVsa = d.digest;
            ctx.log(`attached the verification summary to ${reference} as ${d.digest}`);
        }
        catch (e) {
            ctx.log(`could not attach the verification summary: ${(0,errors/* describeError */.Uc)(e)}`);
        }
        await (0,handoff/* writeHandoff */.K7)(ctx.outDir, PROMOTION_FILE, {
            promoted: true,
            ...(attachedVsa ? { vsa: attachedVsa } : {}),
            mode,
            reference,
            tagged: (0,refs/* formatImageRef */.kL)(named, { tag }),
            repository,
            ...entry,
        });
        return {
            status: 'passed',
            reason: `promoted ${digest.slice(0, 19)}… to ${repository}:${tag} (${mode})${attachedVsa ? '' : '; the verification summary could not be attached (see the log)'}`,
            attestations: [{ predicateType: types/* PREDICATE */.W3.vsa, predicate }],
            products: [subject],
            materials: [(0,sign_image_image/* imageSubject */.m)(pf.stagingRecord.repository, digest)],
            reports: [PROMOTION_FILE],
            summary: `**Promote to production** (${mode}): \`${reference}\` tagged \`${tag}\`, ${copied.referrersCopied} referrer(s) copied.`,
            metrics: {
                blobsCopied: copied.blobsCopied,
                referrersCopied: copied.referrersCopied,
                vsaAttached: attachedVsa ? 1 : 0,
            },
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


/***/ }),

/***/ 41208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ cvss2),
/* harmony export */   p: () => (/* binding */ cvss3)
/* harmony export */ });
const V3 = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 },
};
function metrics(parts) {
    const m = new Map();
    for (const p of parts) {
        const [k, v, extra] = p.split(':');
        if (!k || !v || extra !== undefined || m.has(k))
            return undefined;
        m.set(k, v);
    }
    return m;
}
/** CVSS v3.1 Roundup: the smallest one-decimal number ≥ x, immune to float noise. */
function roundUp(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
/** Base score of a CVSS:3.0 or CVSS:3.1 vector; undefined when a base metric is missing or bad. */
function cvss3(vector) {
    const [head, ...parts] = vector.trim().split('/');
    const version = /^CVSS:(3\.[01])$/.exec(head ?? '')?.[1];
    const m = metrics(parts);
    if (!version || !m)
        return undefined;
    const scope = m.get('S');
    if (scope !== 'U' && scope !== 'C')
        return undefined;
    const pr = { N: 0.85, L: scope === 'C' ? 0.68 : 0.62, H: scope === 'C' ? 0.5 : 0.27 }[m.get('PR') ?? ''];
    const w = (k) => V3[k]?.[m.get(k) ?? ''];
    const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w);
    if ([pr, av, ac, ui, c, i, a].some((x) => x === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
    const exploitability = 8.22 * av * ac * pr * ui;
    const score = impact <= 0 ? 0 : roundUp(Math.min((scope === 'U' ? 1 : 1.08) * (impact + exploitability), 10));
    return { version, vector: vector.trim(), score };
}
const V2 = {
    AV: { L: 0.395, A: 0.646, N: 1 },
    AC: { H: 0.35, M: 0.61, L: 0.71 },
    Au: { M: 0.45, S: 0.56, N: 0.704 },
    C: { N: 0, P: 0.275, C: 0.66 },
    I: { N: 0, P: 0.275, C: 0.66 },
    A: { N: 0, P: 0.275, C: 0.66 },
};
/** Base score of a CVSS v2 vector (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally in parentheses). */
function cvss2(vector) {
    const m = metrics(vector
        .trim()
        .replace(/^\(|\)$/g, '')
        .split('/'));
    if (!m)
        return undefined;
    const [av, ac, au, c, i, a] = ['AV', 'AC', 'Au', 'C', 'I', 'A'].map((k) => V2[k]?.[m.get(k) ?? '']);
    if ([av, ac, au, c, i, a].some((x) => x === undefined))
        return undefined;
    const impact = 10.41 * (1 - (1 - c) * (1 - i) * (1 - a));
    const exploitability = 20 * av * ac * au;
    const f = impact === 0 ? 0 : 1.176;
    const score = Math.round((0.6 * impact + 0.4 * exploitability - 1.5) * f * 10) / 10;
    return { version: '2.0', vector: vector.trim(), score: Math.max(0, score) };
}


/***/ })

};
