import { X509Certificate, type KeyObject } from 'node:crypto';

/**
 * X.509 helpers shared by the SPIFFE signer and verifier. Everything here works on node's
 * `X509Certificate` (OpenSSL underneath), which is what keeps the gate's verification fast.
 */

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]*?)-----END CERTIFICATE-----/g;

/**
 * Parses every CERTIFICATE block of a PEM text, in order. Throws a plain Error (callers turn
 * it into their own typed error) when there is none or one does not parse.
 */
export function parsePemCertificates(pem: string): X509Certificate[] {
  const certs: X509Certificate[] = [];
  for (const match of pem.matchAll(PEM_CERTIFICATE)) {
    const der = Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64');
    certs.push(parseDerCertificate(der, certs.length));
  }
  if (certs.length === 0) throw new Error('no PEM CERTIFICATE block found');
  return certs;
}

function parseDerCertificate(der: Buffer, index: number): X509Certificate {
  try {
    return new X509Certificate(der);
  } catch (e) {
    throw new Error(`certificate ${index + 1} does not parse`, { cause: e });
  }
}

// A bundle's leaf is parsed twice (to route the bundle, then to verify it) and every bundle
// of a run carries the same intermediates, so each distinct certificate is parsed once. The
// key is the exact encoding: a cached object is what parsing those bytes again would give.
// Bounded in count and in size, as bundles come from outside.
const parsedCertificates = new Map<string, X509Certificate>();
const MAX_PARSED_CERTIFICATES = 4096;
const MAX_CACHED_BASE64_LENGTH = 16 * 1024;

/** Parses a base64-encoded DER certificate; throws when it is not one. */
export function certificateFromBase64(base64: string): X509Certificate {
  let cert = parsedCertificates.get(base64);
  if (!cert) {
    cert = new X509Certificate(Buffer.from(base64, 'base64'));
    if (base64.length <= MAX_CACHED_BASE64_LENGTH) {
      if (parsedCertificates.size >= MAX_PARSED_CERTIFICATES) parsedCertificates.clear();
      parsedCertificates.set(base64, cert);
    }
  }
  return cert;
}

/**
 * Splits concatenated DER certificates (the Workload API's `x509_svid` and `bundle` fields)
 * by reading each outer SEQUENCE header, since OpenSSL only parses the first one.
 */
export function splitDerCertificates(buf: Buffer): X509Certificate[] {
  const certs: X509Certificate[] = [];
  let offset = 0;
  while (offset < buf.length) {
    const length = derElementLength(buf, offset);
    certs.push(parseDerCertificate(buf.subarray(offset, offset + length), certs.length));
    offset += length;
  }
  if (certs.length === 0) throw new Error('no DER certificate found');
  return certs;
}

/** Total length (header plus content) of the DER SEQUENCE starting at `offset`. */
function derElementLength(buf: Buffer, offset: number): number {
  const tag = buf[offset];
  const first = buf[offset + 1];
  if (tag !== 0x30 || first === undefined) throw new Error('DER data is not a certificate');
  let header = 2;
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    // Certificates never need more than 4 length bytes; anything else is garbage.
    if (count === 0 || count > 4) throw new Error('DER length is invalid');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buf[offset + 2 + i] ?? 0);
    header += count;
  }
  if (offset + header + length > buf.length) throw new Error('DER certificate is truncated');
  return header + length;
}

/**
 * The URI entries of a certificate's subject alternative names. Node renders SANs as
 * `TYPE:value, TYPE:value` and JSON-quotes values that contain separators, so a URI holding
 * ", " cannot be mistaken for two names.
 */
export function uriSans(cert: X509Certificate): string[] {
  const text = cert.subjectAltName;
  if (!text) return [];
  const uris: string[] = [];
  let i = 0;
  while (i < text.length) {
    const colon = text.indexOf(':', i);
    if (colon === -1) break;
    const type = text.slice(i, colon);
    let value: string;
    let end: number;
    if (text[colon + 1] === '"') {
      end = closingQuote(text, colon + 2);
      value = JSON.parse(text.slice(colon + 1, end + 1)) as string;
      end += 1;
    } else {
      end = text.indexOf(', ', colon + 1);
      if (end === -1) end = text.length;
      value = text.slice(colon + 1, end);
    }
    if (type === 'URI') uris.push(value);
    i = end + 2; // skip ", "
  }
  return uris;
}

function closingQuote(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  throw new Error('subject alternative name has an unterminated quoted value');
}

/** What verification needs from a certificate, read once from OpenSSL. */
export interface CertFacts {
  ca: boolean;
  notBefore: number;
  notAfter: number;
  publicKey: KeyObject;
}

// Trust-bundle certificates are checked on every verification; caching their facts per
// object avoids crossing into OpenSSL hundreds of times for the same root.
const facts = new WeakMap<X509Certificate, CertFacts>();

export function certFacts(cert: X509Certificate): CertFacts {
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
