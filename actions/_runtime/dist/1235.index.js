export const id = 1235;
export const ids = [1235];
export const modules = {

/***/ 21235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSpiffeSigner: () => (/* reexport */ createSpiffeSigner),
  resolveSvidSource: () => (/* binding */ resolveSvidSource)
});

// UNUSED EXPORTS: ENDPOINT_ENV, pemFilesSource, spiffeHelperFiles, workloadApiSource

// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/verify/spiffe-x509.js
var spiffe_x509 = __webpack_require__(35272);
// EXTERNAL MODULE: ./dist/attest/verify/spiffe-id.js
var spiffe_id = __webpack_require__(74029);
;// CONCATENATED MODULE: ./dist/attest/signers/spiffe/svid.js




function signerUnavailable(message, hint, cause) {
    return new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', message, { hint, cause });
}
// Key types whose signatures the verifier checks (ECDSA and RSA with SHA-256, Ed25519).
const SUPPORTED_KEY_TYPES = new Set(['ec', 'rsa', 'ed25519']);
/**
 * Checks what a source returned before anything is signed with it: the leaf carries exactly
 * one SPIFFE ID (equal to `expectedId` when the source names one), is not a CA, and the
 * private key belongs to it. A mismatch here would otherwise only show up at the gate.
 */
function checkSvid(svid, origin, expectedId) {
    const hint = `Check the SVID that ${origin} provides.`;
    const leaf = svid.certificates[0];
    if (!leaf)
        throw signerUnavailable(`${origin} returned no certificate`, hint);
    const uris = (0,spiffe_x509/* uriSans */.Sl)(leaf);
    if (uris.length !== 1 || !uris[0]) {
        throw signerUnavailable(`${origin} returned a certificate with ${uris.length} URI SANs, an X.509-SVID has one`, hint);
    }
    let spiffeId;
    try {
        spiffeId = (0,spiffe_id/* parseSpiffeId */.K)(uris[0]).id;
    }
    catch (e) {
        const reason = e instanceof spiffe_id/* SpiffeIdError */.Lj ? e.message : 'invalid';
        throw signerUnavailable(`${origin} returned an invalid SPIFFE ID: ${reason}`, hint, e);
    }
    if (expectedId !== undefined && expectedId !== spiffeId) {
        throw signerUnavailable(`${origin} names SPIFFE ID ${expectedId} but its certificate says ${spiffeId}`, hint);
    }
    if (leaf.ca)
        throw signerUnavailable(`${origin} returned a CA certificate as SVID`, hint);
    const keyType = svid.privateKey.asymmetricKeyType ?? 'unknown';
    if (!SUPPORTED_KEY_TYPES.has(keyType)) {
        throw signerUnavailable(`${origin} returned an unsupported ${keyType} key`, hint);
    }
    const spki = (k) => k.export({ format: 'der', type: 'spki' });
    if (!spki((0,external_node_crypto_.createPublicKey)(svid.privateKey)).equals(spki(leaf.publicKey))) {
        throw signerUnavailable(`${origin} returned a private key that does not match the SVID`, hint);
    }
    return { ...svid, spiffeId };
}

;// CONCATENATED MODULE: ./dist/attest/signers/spiffe/pem-files.js





// spiffe-helper's default file names.
const SPIFFE_HELPER_FILES = { cert: 'svid.pem', key: 'svid_key.pem', bundle: 'bundle.pem' };
/** The files spiffe-helper writes into `dir` with its default names. */
function spiffeHelperFiles(dir) {
    return {
        certFile: join(dir, SPIFFE_HELPER_FILES.cert),
        keyFile: join(dir, SPIFFE_HELPER_FILES.key),
        bundleFile: join(dir, SPIFFE_HELPER_FILES.bundle),
    };
}
function pemFilesSource(options) {
    const description = `SVID files ${options.certFile}`;
    return {
        description,
        async fetchSvid() {
            const certificates = certificatesOf(await readPem(options.certFile, 'SVID certificate'));
            const privateKey = keyOf(await readPem(options.keyFile, 'SVID private key'), options.keyFile);
            const trustBundle = options.bundleFile
                ? certificatesOf(await readPem(options.bundleFile, 'trust bundle'))
                : [];
            const svid = { spiffeId: '', certificates, privateKey, trustBundle };
            return checkSvid(svid, description);
            function certificatesOf(file) {
                try {
                    return (0,spiffe_x509/* parsePemCertificates */.Qc)(file.text);
                }
                catch (e) {
                    throw signerUnavailable(`${file.path} holds no valid PEM certificate`, FILE_HINT, e);
                }
            }
        },
    };
}
const FILE_HINT = 'Check that spiffe-helper (or the agent) has written the SVID files.';
async function readPem(path, what) {
    try {
        return { path, text: await (0,promises_.readFile)(path, 'utf8') };
    }
    catch (e) {
        const code = e.code;
        const reason = code === 'ENOENT' ? 'no such file' : String(code ?? 'unreadable');
        throw signerUnavailable(`cannot read ${what} ${path}: ${reason}`, FILE_HINT, e);
    }
}
function keyOf(file, path) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: file.text, format: 'pem' });
    }
    catch (e) {
        throw signerUnavailable(`${path} holds no readable unencrypted private key`, FILE_HINT, e);
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/@grpc/grpc-js/build/src/index.js
var src = __webpack_require__(83033);
// EXTERNAL MODULE: ./node_modules/@grpc/proto-loader/build/src/index.js
var build_src = __webpack_require__(76081);
// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __webpack_require__(23928);
;// CONCATENATED MODULE: ./dist/attest/signers/spiffe/workload-proto.js


/**
 * The part of the SPIFFE Workload API (X.509-SVID profile) that Tollgate uses, written from
 * the service definition in the SPIFFE Workload API standard. The service has no protobuf
 * package, so its gRPC path is `/SpiffeWorkloadAPI/FetchX509SVID`. The text is kept in the
 * module rather than in a .proto file so that a bundled action needs no file next to it.
 */
const WORKLOAD_API_PROTO = `
syntax = "proto3";

service SpiffeWorkloadAPI {
  rpc FetchX509SVID(X509SVIDRequest) returns (stream X509SVIDResponse);
}

message X509SVIDRequest {}

message X509SVIDResponse {
  repeated X509SVID svids = 1;
  repeated bytes crl = 2;
  map<string, bytes> federated_bundles = 3;
}

message X509SVID {
  string spiffe_id = 1;
  bytes x509_svid = 2;
  bytes x509_svid_key = 3;
  bytes bundle = 4;
  string hint = 5;
}
`;
/** The metadata every Workload API call must carry; endpoints refuse calls without it. */
const SECURITY_HEADER = 'workload.spiffe.io';
let definition;
/** Parses the proto text once per process, with snake_case field names and Buffer bytes. */
function workloadApiDefinition() {
    definition ??= (0,build_src/* fromJSON */.rS)(protobufjs.parse(WORKLOAD_API_PROTO, { keepCase: true }).root.toJSON(), {
        keepCase: true,
        defaults: true,
        arrays: true,
        objects: true,
    });
    return definition;
}

;// CONCATENATED MODULE: ./dist/attest/signers/spiffe/workload-api.js








/**
 * SVIDs from the SPIFFE Workload API (a SPIRE agent, or any other implementation) over gRPC.
 * The endpoint streams a new response whenever the SVID rotates; a signer needs only the
 * current one, so the client takes the first response and cancels the stream.
 */
const ENDPOINT_ENV = 'SPIFFE_ENDPOINT_SOCKET';
const DEFAULT_TIMEOUT_MS = 15_000;
const ENDPOINT_HINT = `Set ${ENDPOINT_ENV} to unix:///path/to/agent.sock or tcp://<ip>:<port>.`;
function workloadApiSource(options = {}) {
    const endpoint = options.endpoint ?? process.env[ENDPOINT_ENV];
    if (!endpoint) {
        throw signerUnavailable(`${ENDPOINT_ENV} is not set`, ENDPOINT_HINT);
    }
    const target = grpcTarget(endpoint);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const description = `SPIFFE Workload API at ${endpoint}`;
    return {
        description,
        async fetchSvid() {
            if (target.socketPath)
                await checkSocket(target.socketPath, description);
            const response = await fetchFirstResponse(target.address, timeoutMs, description);
            return toSvid(response, description);
        },
    };
}
/**
 * Translates a SPIFFE endpoint address (Workload Endpoint specification: `unix:` with an
 * absolute path, or `tcp:` with an IP address and port, no DNS names) to a gRPC target.
 */
function grpcTarget(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw signerUnavailable(`SPIFFE endpoint "${endpoint}" is not a URI`, ENDPOINT_HINT);
    }
    const extras = url.search || url.hash || url.username || url.password;
    if (url.protocol === 'unix:' && !url.host && url.pathname.startsWith('/') && !extras) {
        const path = decodeURIComponent(url.pathname);
        return { address: `unix:${path}`, socketPath: path };
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (url.protocol === 'tcp:' && (0,external_node_net_.isIP)(host) && url.port && (url.pathname || '/') === '/') {
        if (extras)
            throw signerUnavailable(`SPIFFE endpoint "${endpoint}" is invalid`, ENDPOINT_HINT);
        return {
            address: (0,external_node_net_.isIP)(host) === 6 ? `ipv6:[${host}]:${url.port}` : `ipv4:${host}:${url.port}`,
        };
    }
    throw signerUnavailable(`SPIFFE endpoint "${endpoint}" is not a valid address`, ENDPOINT_HINT);
}
async function checkSocket(path, description) {
    // gRPC would report a bare ENOENT after its connection attempt; saying so up front is clearer.
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info) {
        throw signerUnavailable(`${description}: socket ${path} does not exist`, 'Is the SPIRE agent (or another Workload API provider) running on this host?');
    }
}
function fetchFirstResponse(address, timeoutMs, description) {
    const Client = src/* loadPackageDefinition */.ex(workloadApiDefinition())
        .SpiffeWorkloadAPI;
    const client = new Client(address, src/* credentials */.z3.createInsecure());
    const metadata = new src/* Metadata */.OS();
    metadata.set(SECURITY_HEADER, 'true');
    return new Promise((resolve, reject) => {
        let settled = false;
        const finish = (fn) => {
            if (settled)
                return;
            settled = true;
            call.cancel();
            client.close();
            fn();
        };
        const fetch = client['FetchX509SVID'];
        const call = fetch.call(client, {}, metadata, { deadline: Date.now() + timeoutMs });
        call.on('data', (response) => finish(() => resolve(response)));
        call.on('error', (e) => finish(() => reject(callError(e, description, timeoutMs))));
        call.on('end', () => finish(() => reject(signerUnavailable(`${description} closed the stream without an SVID`, RETRY_HINT))));
    });
}
const RETRY_HINT = 'Check the agent logs; the workload may not be registered yet.';
function callError(e, description, timeoutMs) {
    switch (e.code) {
        case src/* status */.h5.DEADLINE_EXCEEDED:
            return signerUnavailable(`${description} sent no SVID within ${timeoutMs} ms`, 'Check that the agent is healthy and has attested this workload.', e);
        case src/* status */.h5.UNAVAILABLE:
            return signerUnavailable(`${description} is unreachable: ${e.details}`, 'Is the SPIRE agent running, and is the socket address right?', e);
        case src/* status */.h5.INVALID_ARGUMENT:
            return signerUnavailable(`${description} rejected the request: ${e.details}`, `The endpoint requires the "${SECURITY_HEADER}: true" header; make sure nothing between ` +
                'this process and the endpoint strips gRPC metadata.', e);
        case src/* status */.h5.PERMISSION_DENIED:
            return signerUnavailable(`${description} issued no identity for this workload: ${e.details}`, 'Create a registration entry whose selectors match this workload.', e);
        default:
            return signerUnavailable(`${description} failed: ${e.details || e.message}`, RETRY_HINT, e);
    }
}
function toSvid(response, description) {
    // The specification makes the first SVID the default identity.
    const first = response.svids[0];
    if (!first)
        throw signerUnavailable(`${description} returned no SVID`, RETRY_HINT);
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: first.x509_svid_key, format: 'der', type: 'pkcs8' });
    }
    catch (e) {
        throw signerUnavailable(`${description} returned an unreadable private key`, RETRY_HINT, e);
    }
    try {
        const certificates = (0,spiffe_x509/* splitDerCertificates */.gI)(first.x509_svid);
        const trustBundle = first.bundle.length > 0 ? (0,spiffe_x509/* splitDerCertificates */.gI)(first.bundle) : [];
        return checkSvid({ spiffeId: first.spiffe_id, certificates, privateKey, trustBundle }, description, first.spiffe_id);
    }
    catch (e) {
        if ((0,errors/* isTollgateError */.bK)(e))
            throw e;
        throw signerUnavailable(`${description} returned unreadable certificates`, RETRY_HINT, e);
    }
}

// EXTERNAL MODULE: ./dist/attest/bundle.js
var bundle = __webpack_require__(79010);
;// CONCATENATED MODULE: ./dist/attest/signers/spiffe/signer.js



// SVIDs are short-lived (SPIRE's default is one hour) and rotate; one that expires within
// this margin is fetched again rather than used for a signature a slow gate might reject.
const REFRESH_MARGIN_MS = 60_000;
/**
 * Fetches the SVID once up front, so a missing agent or bad file fails before the step runs
 * and `describe()` can name the SPIFFE ID; later signatures reuse it until it nears expiry.
 */
async function createSpiffeSigner(source) {
    let svid = await source.fetchSvid();
    const current = async () => {
        const notAfter = svid.certificates[0]?.validToDate.getTime() ?? 0;
        if (notAfter - Date.now() < REFRESH_MARGIN_MS)
            svid = await source.fetchSvid();
        return svid;
    };
    return {
        kind: 'spiffe',
        describe: () => svid.spiffeId,
        async signStatement(payload) {
            const active = await current();
            const intermediates = active.certificates.slice(1).map((c) => c.raw);
            try {
                return await (0,bundle/* buildDsseBundle */.y)(svidSigner(active), payload, { intermediates });
            }
            catch (e) {
                throw new errors/* TollgateError */.xB('SIGNING_FAILED', `signing as ${active.spiffeId} failed`, {
                    cause: e,
                });
            }
        },
    };
}
function svidSigner(svid) {
    const leafPem = svid.certificates[0]?.toString() ?? '';
    // Same digest choice as the verifier: SHA-256 for ECDSA and RSA (PKCS#1 v1.5), none for Ed25519.
    const digest = svid.privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return {
        sign: async (data) => ({
            signature: (0,external_node_crypto_.sign)(digest, data, svid.privateKey),
            key: { $case: 'x509Certificate', certificate: leafPem },
        }),
    };
}

;// CONCATENATED MODULE: ./dist/attest/signers/spiffe/index.js



/**
 * Signing with a SPIFFE X.509-SVID. Pick a source (the Workload API, or PEM files written by
 * spiffe-helper) and hand it to `createSpiffeSigner`; verification lives in
 * `../../verify/spiffe.ts` because the gate needs it without any signer.
 */



/**
 * The source a step should use: PEM files when they are configured, otherwise the Workload
 * API at `endpoint` or SPIFFE_ENDPOINT_SOCKET.
 */
function resolveSvidSource(config) {
    const { certFile, keyFile, bundleFile, endpoint, timeoutMs } = config;
    if (certFile || keyFile) {
        if (!certFile || !keyFile) {
            throw new errors/* TollgateError */.xB('USAGE', 'SPIFFE PEM files need both a certificate and a key file', {
                hint: 'Set both the SVID certificate file and its key file, or neither.',
            });
        }
        return pemFilesSource({ certFile, keyFile, ...(bundleFile ? { bundleFile } : {}) });
    }
    return workloadApiSource({
        ...(endpoint ? { endpoint } : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
    });
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


/***/ })

};
