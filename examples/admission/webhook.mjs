#!/usr/bin/env node
// A Kubernetes ValidatingAdmissionWebhook that admits a Pod (or a workload's Pod template)
// only when every container image is pinned by digest and `tollgate verify-image` passes
// for it. Kubernetes calls it over HTTPS: set TLS_CERT and TLS_KEY (PEM files). Without
// them it speaks plain HTTP, for a sidecar proxy that terminates TLS, or for tests.
//
// Environment: POLICY (policy file, required), PORT (default 8443), HOST (default 0.0.0.0),
// TOLLGATE (the command, default `tollgate`), and the registry credentials tollgate reads
// (TOLLGATE_REGISTRY_USERNAME / TOLLGATE_REGISTRY_PASSWORD or a docker auth file).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';

const policy = process.env.POLICY;
if (!policy) {
  process.stderr.write('webhook: set POLICY to the tollgate policy file\n');
  process.exit(2);
}
const tollgate = process.env.TOLLGATE || 'tollgate';

/** Every container image of a Pod, or of the Pod template of a Deployment, Job, CronJob... */
export function imagesOf(object) {
  const spec =
    object?.spec?.jobTemplate?.spec?.template?.spec ?? object?.spec?.template?.spec ?? object?.spec;
  const lists = [spec?.containers, spec?.initContainers, spec?.ephemeralContainers];
  return lists.flatMap((l) => (Array.isArray(l) ? l.map((c) => String(c.image)) : []));
}

/** `tollgate verify-image IMAGE --policy POLICY --format json`: its verdict, or why not. */
function verify(image) {
  return new Promise((resolve) => {
    execFile(
      tollgate,
      ['verify-image', image, '--policy', policy, '--format', 'json'],
      { timeout: 25_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        let verdict;
        try {
          verdict = JSON.parse(stdout);
        } catch {
          // Exit code 2 (unreachable registry, bad policy) prints no JSON: deny with the error.
        }
        const code = err ? (typeof err.code === 'number' ? err.code : 2) : 0;
        if (code === 0 && verdict?.verdict === 'pass') return resolve({ ok: true });
        const failing = (verdict?.gate?.steps ?? [])
          .filter((s) => s.status !== 'passed')
          .map((s) => `${s.step} ${s.status}`);
        const why = failing.length
          ? failing.join(', ')
          : verdict?.error || stderr.trim().split('\n')[0] || `exit code ${code}`;
        resolve({ ok: false, why: `${image}: ${why}` });
      },
    );
  });
}

/** The admission decision for one AdmissionReview request. Fails closed. */
export async function decide(request) {
  const images = imagesOf(request?.object);
  const problems = [];
  for (const image of new Set(images)) {
    // A tag could be moved between this check and the kubelet's pull.
    if (!/@sha256:[0-9a-f]{64}$/.test(image)) {
      problems.push(`${image}: not pinned by digest`);
      continue;
    }
    const r = await verify(image);
    if (!r.ok) problems.push(r.why);
  }
  return problems.length
    ? { allowed: false, status: { code: 403, message: `tollgate: ${problems.join('; ')}` } }
    : { allowed: true };
}

async function handle(req, res) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  let review;
  try {
    review = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    res.writeHead(400).end('not an AdmissionReview\n');
    return;
  }
  const decision = await decide(review.request);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      apiVersion: 'admission.k8s.io/v1',
      kind: 'AdmissionReview',
      response: { uid: review.request?.uid, ...decision },
    }),
  );
}

const port = Number(process.env.PORT || 8443);
const host = process.env.HOST || '0.0.0.0';
const server =
  process.env.TLS_CERT && process.env.TLS_KEY
    ? https.createServer(
        { cert: readFileSync(process.env.TLS_CERT), key: readFileSync(process.env.TLS_KEY) },
        handle,
      )
    : http.createServer(handle);
server.listen(port, host, () => {
  const a = server.address();
  process.stdout.write(`webhook listening on ${a.address}:${a.port}\n`);
});
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
