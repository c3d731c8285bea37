export const id = 8900;
export const ids = [8900];
export const modules = {

/***/ 26519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGNER_HELP: () => (/* binding */ SIGNER_HELP),
  SIGNER_OPTIONS: () => (/* binding */ SIGNER_OPTIONS),
  createSigner: () => (/* binding */ createSigner),
  signerFromOptions: () => (/* binding */ signerFromOptions)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/signers/key.js
var key = __webpack_require__(45751);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
;// CONCATENATED MODULE: ./dist/attest/signers/oidc.js

const SIGSTORE_AUDIENCE = 'sigstore';
const TOKEN_ENV_VAR = 'SIGSTORE_ID_TOKEN';
const NO_TOKEN_HINT = 'In GitHub Actions grant the job `permissions: id-token: write`; elsewhere set ' +
    `${TOKEN_ENV_VAR} to an OIDC identity token whose audience is "${SIGSTORE_AUDIENCE}".`;
/** A token given directly (a flag or an action input). */
function staticTokenSource(token) {
    return {
        description: 'the given token',
        getToken: async () => requireJwt(token, 'the given token'),
    };
}
/** A token read from an environment variable when it is needed (default SIGSTORE_ID_TOKEN). */
function envTokenSource(env = process.env, name = TOKEN_ENV_VAR) {
    const description = `environment variable ${name}`;
    return {
        description,
        // Read on every call (not when created) so a token refreshed by the job is picked up.
        getToken: async () => {
            const value = env[name]?.trim();
            if (!value) {
                throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `${name} is not set`, {
                    hint: NO_TOKEN_HINT,
                });
            }
            return requireJwt(value, description);
        },
    };
}
/**
 * The GitHub Actions OIDC provider: GET ACTIONS_ID_TOKEN_REQUEST_URL with the audience as a
 * query parameter and ACTIONS_ID_TOKEN_REQUEST_TOKEN as bearer token; the answer is
 * `{"value": "<jwt>"}`. A fresh token is requested on every call because they expire
 * within minutes and a step may sign long after it started.
 */
function githubActionsTokenSource(options = {}) {
    const env = options.env ?? process.env;
    const doFetch = options.fetch ?? ((url, init) => fetch(url, init));
    const audience = options.audience ?? SIGSTORE_AUDIENCE;
    const description = 'the GitHub Actions OIDC provider';
    return {
        description,
        async getToken() {
            const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
            const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
            if (!requestUrl || !requestToken) {
                throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', 'the GitHub Actions OIDC provider is not available to this job', { hint: NO_TOKEN_HINT });
            }
            const url = new URL(requestUrl);
            url.searchParams.set('audience', audience);
            // Only the origin goes into messages: the request URL carries run-specific parameters.
            const where = `${url.origin}${url.pathname}`;
            let response;
            try {
                response = await doFetch(url.toString(), {
                    method: 'GET',
                    headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
                    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
                });
            }
            catch (e) {
                throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `cannot reach the OIDC provider ${where}`, {
                    cause: e,
                    hint: 'Check the runner can reach GitHub, then re-run the job.',
                });
            }
            if (!response.ok) {
                throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `the OIDC provider ${where} answered HTTP ${response.status}`, { hint: NO_TOKEN_HINT });
            }
            const body = (await response.json().catch(() => undefined));
            if (typeof body?.value !== 'string') {
                throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `the OIDC provider ${where} sent no token`);
            }
            return requireJwt(body.value, description);
        },
    };
}
/**
 * Picks the source the way a user expects: an explicit token wins, then SIGSTORE_ID_TOKEN
 * (an explicit choice made in the environment), then the GitHub Actions provider. With none
 * available the returned source fails with SIGNER_UNAVAILABLE when asked for a token, so that
 * constructing a signer never fails just because signing is not needed yet.
 */
function resolveTokenSource(options = {}) {
    const env = options.env ?? process.env;
    if (options.token)
        return staticTokenSource(options.token);
    if (env[TOKEN_ENV_VAR]?.trim())
        return envTokenSource(env);
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return githubActionsTokenSource(options);
    }
    return {
        description: 'no token source',
        getToken: () => Promise.reject(new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `no OIDC identity token: neither ${TOKEN_ENV_VAR} nor the GitHub Actions OIDC provider is available`, { hint: NO_TOKEN_HINT })),
    };
}
/** The claims of a JWT, read without verifying it (Fulcio verifies; this is for messages). */
function jwtClaims(token) {
    const part = token.split('.')[1];
    try {
        const claims = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
        if (claims && typeof claims === 'object' && !Array.isArray(claims)) {
            return claims;
        }
    }
    catch {
        // Fall through: the caller gets the same error for every malformed token.
    }
    throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', 'the OIDC identity token is not a JWT', {
        hint: NO_TOKEN_HINT,
    });
}
function requireJwt(token, from) {
    const trimmed = token.trim();
    try {
        jwtClaims(trimmed);
    }
    catch (e) {
        // Name the source, never the token: it is a credential.
        throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `the token from ${from} is not a JWT`, {
            cause: e,
            hint: NO_TOKEN_HINT,
        });
    }
    return trimmed;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./dist/attest/bundle.js
var attest_bundle = __webpack_require__(79010);
;// CONCATENATED MODULE: ./dist/attest/signers/sigstore-errors.js


/**
 * Turns what @sigstore/sign throws into SIGNING_FAILED naming the service, its URL and the
 * HTTP status (or the network error code), so that a failing step says which service to
 * look at instead of printing a stack trace. The library's error codes tell the services
 * apart: CA_* is Fulcio, TLOG_* is Rekor, TSA_* is the timestamp authority.
 */
function toSigningError(e, services) {
    if ((0,errors/* isTollgateError */.bK)(e))
        return e;
    if (e instanceof sign_dist/* InternalError */.Gd) {
        // The token is fetched before the library runs; a token error here is ours, passed through.
        if ((0,errors/* isTollgateError */.bK)(e.cause))
            return e.cause;
        const service = serviceOf(e.code, services);
        if (service) {
            return new errors/* TollgateError */.xB('SIGNING_FAILED', `${service.name} at ${service.url} ${failureOf(e.cause)}`, { cause: e, hint: hintFor(e.cause) });
        }
    }
    return new errors/* TollgateError */.xB('SIGNING_FAILED', `keyless signing failed: ${messageOf(e)}`, {
        cause: e,
    });
}
function serviceOf(code, services) {
    if (code.startsWith('CA_'))
        return { name: 'Fulcio', url: services.fulcioURL };
    if (code.startsWith('TLOG_'))
        return { name: 'Rekor', url: services.rekorURL ?? 'unknown' };
    if (code.startsWith('TSA_'))
        return { name: 'the timestamp authority', url: services.tsaURL ?? 'unknown' };
    return undefined;
}
/** "answered HTTP 500: ..." for an HTTP answer, "is unreachable (ECONNREFUSED)" otherwise. */
function failureOf(cause) {
    const c = cause;
    if (typeof c?.statusCode === 'number') {
        // The library formats HTTP errors as "(status) message"; keep only the message part.
        const detail = typeof c.message === 'string' ? c.message.replace(/^\(\d+\)\s*/, '') : '';
        return `answered HTTP ${c.statusCode}${detail ? `: ${detail}` : ''}`;
    }
    if (typeof c?.code === 'string')
        return `is unreachable (${c.code})`;
    return `failed: ${messageOf(cause)}`;
}
function hintFor(cause) {
    const status = cause?.statusCode;
    if (status === 401 || status === 403) {
        return 'The service refused the identity token: check its issuer and audience ("sigstore").';
    }
    if (typeof status === 'number' && status >= 500) {
        return 'The service failed on its side; retry later or check its status page.';
    }
    return 'Check the service URL and that this machine can reach it.';
}
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./dist/attest/signers/sigstore.js







/**
 * Sigstore keyless signer: an ephemeral key, a short-lived Fulcio certificate for the OIDC
 * identity, and at least one witness that proves the signature was made while the
 * certificate was valid (a Rekor entry, an RFC 3161 timestamp, or both). Without a witness
 * the bundle could not be verified after the certificate expires ten minutes later, so a
 * signer without one is refused when it is created rather than producing useless bundles.
 */
function createSigstoreSigner(options = {}) {
    const tokenSource = options.tokenSource ?? resolveTokenSource();
    const fulcioURL = checkURL(options.fulcioURL ?? sign_dist/* DEFAULT_FULCIO_URL */.jl, 'Fulcio');
    const entryType = options.transparencyLog ?? 'dsse';
    const rekorURL = entryType ? checkURL(options.rekorURL ?? sign_dist/* DEFAULT_REKOR_URL */.AD, 'Rekor') : undefined;
    const tsaURL = options.tsaURL ? checkURL(options.tsaURL, 'timestamp authority') : undefined;
    if (!rekorURL && !tsaURL) {
        throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', 'keyless signing needs a transparency log, a timestamp authority, or both', { hint: 'Enable the Rekor transparency log or configure a timestamp authority URL.' });
    }
    const fetchOptions = { timeout: options.timeoutMs ?? 15_000, retry: options.retries ?? 2 };
    const witnesses = [];
    if (rekorURL && entryType) {
        witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL: rekorURL, entryType, ...fetchOptions }));
    }
    if (tsaURL)
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: tsaURL, ...fetchOptions }));
    const services = { fulcioURL, rekorURL, tsaURL };
    let identity;
    return {
        kind: 'sigstore',
        describe: () => identity ?? `keyless via ${fulcioURL}, token from ${tokenSource.description}`,
        async signStatement(payload) {
            // Fetched here, not inside the library, so token problems stay SIGNER_UNAVAILABLE and
            // a malformed token never ends up in the library's error message.
            const token = await tokenSource.getToken();
            const issuer = jwtClaims(token).iss;
            const signer = new sign_dist/* FulcioSigner */.$o({
                identityProvider: { getToken: () => Promise.resolve(token) },
                fulcioBaseURL: fulcioURL,
                ...fetchOptions,
            });
            let bundle;
            try {
                bundle = await (0,attest_bundle/* buildDsseBundle */.y)(signer, payload, { witnesses });
            }
            catch (e) {
                throw toSigningError(e, services);
            }
            const san = certificateSAN(bundle);
            if (san)
                identity = typeof issuer === 'string' ? `${san} (issuer ${issuer})` : san;
            return bundle;
        },
    };
}
function checkURL(value, service) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `the ${service} URL "${value}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `the ${service} URL "${value}" is not http(s)`);
    }
    // The clients append API paths to the base URL; a trailing slash would double it.
    return value.replace(/\/+$/, '');
}
/** The certificate identity (URI or email SAN) of a v0.3 keyless bundle. */
function certificateSAN(bundle) {
    const raw = bundle.verificationMaterial.certificate?.rawBytes;
    if (!raw)
        return undefined;
    try {
        return dist.X509Certificate.parse(Buffer.from(raw, 'base64')).subjectAltName;
    }
    catch {
        // Only used for describe(); the verifier parses the certificate for real.
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
                return await (0,attest_bundle/* buildDsseBundle */.y)(svidSigner(active), payload, { intermediates });
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

// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./dist/core/redact.js
var redact = __webpack_require__(81345);
;// CONCATENATED MODULE: ./dist/core/escape.js
/**
 * Text from an untrusted source (a tool's finding message, a predicate's reason, a file
 * name from a fork's artifact) made inert for the medium it is shown in. One module, so
 * that every renderer escapes the same way.
 */
// ESC [ … final (CSI), ESC ] … BEL or ST (OSC), ESC P/X/^/_ … ST (DCS, SOS, PM, APC), ESC + one.
const ESCAPES = 
// eslint-disable-next-line no-control-regex
/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[\s\S]?|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g;
// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that
// can make a line read differently from what it is.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** For a terminal: escape sequences and control characters removed, new lines kept. */
function escape_forTerminal(s) {
    return s.replace(ESCAPES, '').replace(CONTROLS, '');
}
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** For HTML text and attribute values. */
function forHtml(s) {
    return escape_forTerminal(s).replace(/[&<>"']/g, (c) => HTML[c]);
}
const ZWSP = '\u200b';
/**
 * For GitHub-flavoured Markdown, on one line (a table cell, a list item): no HTML, no
 * links or images, no autolinks, no @mentions or #references that notify, no table breaks,
 * no emphasis or code fences opened by the text. Bounded to `max` characters.
 */
function forMarkdown(s, max = Infinity) {
    const one = escape_forTerminal(s)
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
        // Mentions and team mentions: a zero-width space after @ keeps the text, drops the ping.
        .replace(/@(?=[\w-])/g, `@${ZWSP}`)
        // Autolinked URLs and www. names.
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/**
 * An identifier in a Markdown code span (inline code does not mention, link or render HTML):
 * backticks cannot be escaped inside one, so they become quotes; pipes are escaped for tables.
 */
function forMarkdownCode(s, max = 120) {
    const one = escape_forTerminal(s).replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, max);
    return `\`${one.replace(/\|/g, '\\|')}\``;
}

;// CONCATENATED MODULE: ./dist/cli/command.js




function parseCommandArgs(cmd, argv) {
    try {
        const { values, positionals } = parseArgs({
            args: argv,
            options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: cmd.positionals ?? false,
            strict: true,
        });
        return { values: values, positionals };
    }
    catch (e) {
        throw new TollgateError('USAGE', `tollgate ${cmd.name}: ${e.message}`, {
            hint: `see \`tollgate ${cmd.name} --help\``,
        });
    }
}
/** A required string option, or a usage error naming it. */
function required(values, name, cmd) {
    const v = values[name];
    if (typeof v !== 'string' || v === '') {
        throw new TollgateError('USAGE', `tollgate ${cmd}: --${name} is required`, {
            hint: `see \`tollgate ${cmd} --help\``,
        });
    }
    return v;
}
function optional(values, name) {
    const v = values[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function list(values, name) {
    const v = values[name];
    return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
}
/**
 * Runs one command with its arguments; never throws, always returns the exit code. All it
 * prints passes the redactor: reasons and errors carry tools' words, which may hold a secret.
 */
async function executeCommand(cmd, argv, raw) {
    const io = {
        ...raw,
        out: (t) => raw.out(redactor.text(t)),
        err: (t) => raw.err(redactor.text(t)),
    };
    try {
        const { values, positionals } = parseCommandArgs(cmd, argv);
        if (values.help) {
            io.out(cmd.help.endsWith('\n') ? cmd.help : `${cmd.help}\n`);
            return 0;
        }
        return await cmd.run(values, positionals, io);
    }
    catch (e) {
        if (isTollgateError(e)) {
            // Messages may quote input (a bundle's reason, a file name): no escape sequences.
            io.err(`tollgate ${cmd.name}: ${forTerminal(e.message.replace(/^tollgate \S+: /, ''))}\n`);
            if (e.hint)
                io.err(`  hint: ${forTerminal(e.hint)}\n`);
            return e.exitCode;
        }
        // An unexpected failure is still reported in one line; TOLLGATE_DEBUG=1 shows the stack.
        io.err(`tollgate ${cmd.name}: internal error: ${forTerminal(describeError(e))}\n`);
        if (io.env.TOLLGATE_DEBUG)
            io.err(`${e.stack ?? ''}\n`);
        return 2;
    }
}

;// CONCATENATED MODULE: ./dist/cli/commands/keygen.js






const DEFAULT_KEY_PREFIX = '.tollgate/keys/tollgate';
const keygenCommand = {
    name: 'keygen',
    summary: 'create a local signing key pair (ECDSA P-256)',
    help: `Usage: tollgate keygen [--out PREFIX] [--force]

Creates PREFIX.key (private, mode 0600) and PREFIX.pub (public). Name the .pub file
under "signers:" in the policy so that the gate trusts what this key signs.

Options:
  --out PREFIX   where to write the pair (default: ${DEFAULT_KEY_PREFIX})
  --force        replace an existing key pair

Example:
  tollgate keygen --out keys/laptop
`,
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
    async run(values, _pos, io) {
        const prefix = (0,external_node_path_.resolve)(io.cwd, optional(values, 'out') ?? DEFAULT_KEY_PREFIX);
        const [priv, pub] = [`${prefix}.key`, `${prefix}.pub`];
        if (!values.force) {
            for (const f of [priv, pub]) {
                const exists = await (0,promises_.access)(f).then(() => true, () => false);
                if (exists) {
                    throw new errors/* TollgateError */.xB('USAGE', `${f} already exists; not overwriting it`, {
                        hint: 'pass --force to replace it, or --out for another name',
                    });
                }
            }
        }
        const pair = (0,key/* generateKeyPair */.TZ)();
        await (0,fs/* writeFileAtomic */.Zf)(priv, pair.privateKeyPem, { mode: 0o600 });
        await (0,fs/* writeFileAtomic */.Zf)(pub, pair.publicKeyPem);
        io.out(`wrote ${priv} (private) and ${pub} (public)\nkey id ${pair.keyId}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./dist/cli/signer-options.js









/** Options shared by every command that signs. */
const SIGNER_OPTIONS = {
    signer: { type: 'string' },
    key: { type: 'string' },
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'tsa-url': { type: 'string' },
    'tlog-entry': { type: 'string' },
    'spiffe-socket': { type: 'string' },
    svid: { type: 'string' },
    'svid-key': { type: 'string' },
    'svid-bundle': { type: 'string' },
};
const SIGNER_HELP = `Signing:
  --signer KIND      key (default), sigstore or spiffe
  --key FILE         private key for --signer key (default: ${DEFAULT_KEY_PREFIX}.key)
  --fulcio-url URL   Fulcio for --signer sigstore (default: the public-good instance)
  --rekor-url URL    Rekor for --signer sigstore (default: the public-good instance)
  --tsa-url URL      also take an RFC 3161 timestamp from this authority
  --tlog-entry KIND  dsse (default), intoto, or none (then --tsa-url is required)
                     The OIDC token comes from SIGSTORE_ID_TOKEN or, on GitHub Actions,
                     from the job's token endpoint (permission id-token: write).
  --spiffe-socket A  SPIFFE Workload API for --signer spiffe (default: $SPIFFE_ENDPOINT_SOCKET)
  --svid FILE        or an X.509-SVID in PEM files: certificate (leaf first, then
  --svid-key FILE    intermediates), its private key, and optionally the trust bundle
  --svid-bundle FILE (as spiffe-helper writes them)`;
async function signerFromOptions(values, io) {
    const opt = (name) => optional(values, name);
    return createSigner({
        kind: opt('signer') ?? 'key',
        key: opt('key'),
        fulcioUrl: opt('fulcio-url'),
        rekorUrl: opt('rekor-url'),
        tsaUrl: opt('tsa-url'),
        tlogEntry: opt('tlog-entry'),
        spiffeSocket: opt('spiffe-socket'),
        svid: opt('svid'),
        svidKey: opt('svid-key'),
        svidBundle: opt('svid-bundle'),
    }, io.env, io.cwd);
}
/** Builds the signer the settings describe; relative files are resolved against `cwd`. */
async function createSigner(s, env, cwd) {
    switch (s.kind) {
        case 'key': {
            const path = (0,external_node_path_.resolve)(cwd, s.key || `${DEFAULT_KEY_PREFIX}.key`);
            const pem = (await (0,fs/* readInput */.R5)(path, 'private key', 1 << 16).catch((e) => {
                throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `no signing key at ${path}`, {
                    cause: e,
                    hint: 'create one with `tollgate keygen`, or pass --key FILE',
                });
            })).toString('utf8');
            return (0,key/* createKeySigner */.e9)((0,key/* parsePrivateKey */.QW)(pem, path));
        }
        case 'sigstore': {
            const entry = s.tlogEntry || 'dsse';
            if (!['dsse', 'intoto', 'none'].includes(entry)) {
                throw new errors/* TollgateError */.xB('USAGE', `--tlog-entry must be dsse, intoto or none, not "${entry}"`);
            }
            return createSigstoreSigner({
                tokenSource: resolveTokenSource({ env }),
                transparencyLog: entry === 'none' ? false : entry,
                ...(s.fulcioUrl ? { fulcioURL: s.fulcioUrl } : {}),
                ...(s.rekorUrl ? { rekorURL: s.rekorUrl } : {}),
                ...(s.tsaUrl ? { tsaURL: s.tsaUrl } : {}),
            });
        }
        case 'spiffe': {
            const file = (v) => (v ? (0,external_node_path_.resolve)(cwd, v) : undefined);
            const source = resolveSvidSource({
                ...(file(s.svid) ? { certFile: file(s.svid) } : {}),
                ...(file(s.svidKey) ? { keyFile: file(s.svidKey) } : {}),
                ...(file(s.svidBundle) ? { bundleFile: file(s.svidBundle) } : {}),
                ...(s.spiffeSocket ? { endpoint: s.spiffeSocket } : {}),
            });
            return createSpiffeSigner(source);
        }
        default:
            throw new errors/* TollgateError */.xB('USAGE', `unknown signer "${s.kind}"`, {
                hint: 'use --signer key, sigstore or spiffe',
            });
    }
}


/***/ })

};
