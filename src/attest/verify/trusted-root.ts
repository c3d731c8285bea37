import { TrustedRoot } from '@sigstore/protobuf-specs';
import { PUBLIC_GOOD_TRUSTED_ROOT } from './public-good-root.js';
import { TollgateError, describeError } from '../../core/errors.js';

/**
 * Sigstore trusted roots (https://github.com/sigstore/protobuf-specs, TrustedRoot): the CAs,
 * transparency logs, CT logs and timestamp authorities a bundle may chain to.
 *
 * The public-good production root is normally fetched through TUF. The machines Tollgate
 * runs on may have no network, so it is taken from the TUF seed that @sigstore/tuf ships:
 * that seed is what the TUF client itself would start from, so it carries the same trust
 * as a first TUF run, frozen at the version of the installed package.
 */
const MEDIA_TYPE =
  /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+)?\+json(;version=0\.\d+)?$/;

let publicGood: TrustedRoot | undefined;

/** The Sigstore public-good production trusted root, read offline and parsed once. */
export function loadPublicGoodTrustedRoot(): TrustedRoot {
  publicGood ??= parseTrustedRoot(readPublicGoodTrustedRootJson());
  return publicGood;
}

/**
 * The raw JSON of the public-good trusted root. It is committed as generated code (from the
 * @sigstore/tuf seed, see scripts/gen-public-good-root.mjs) so that bundled actions carry
 * it, and a change of the root shows up as a reviewable diff.
 */
export function readPublicGoodTrustedRootJson(): unknown {
  return PUBLIC_GOOD_TRUSTED_ROOT;
}

/**
 * Parses and checks a trusted root. The protobuf JSON reader is lenient (unknown or missing
 * fields silently become defaults), so the checks that matter for trust are done here on
 * the raw JSON: a validity window without its start would otherwise be read as "valid since
 * the beginning of time", widening trust instead of failing.
 */
export function parseTrustedRoot(json: unknown): TrustedRoot {
  const invalid = (why: string, cause?: unknown): TollgateError =>
    new TollgateError('INPUT_INVALID', `invalid Sigstore trusted root: ${why}`, {
      cause,
      hint: 'Use a trusted_root.json as published by the Sigstore instance (TUF target trusted_root.json).',
    });
  if (!isObject(json)) throw invalid('not a JSON object');
  if (typeof json.mediaType !== 'string' || !MEDIA_TYPE.test(json.mediaType)) {
    throw invalid(`unsupported mediaType ${JSON.stringify(json.mediaType)}`);
  }
  const sections: [string, (entry: Record<string, unknown>) => unknown][] = [
    ['tlogs', (e) => (isObject(e.publicKey) ? e.publicKey.validFor : undefined)],
    ['ctlogs', (e) => (isObject(e.publicKey) ? e.publicKey.validFor : undefined)],
    ['certificateAuthorities', (e) => e.validFor],
    ['timestampAuthorities', (e) => e.validFor],
  ];
  for (const [section, validForOf] of sections) {
    const entries = json[section] ?? [];
    if (!Array.isArray(entries)) throw invalid(`${section} is not a list`);
    entries.forEach((entry: unknown, i) => {
      if (!isObject(entry)) throw invalid(`${section}[${i}] is not an object`);
      const why = checkTimeRange(validForOf(entry));
      if (why) throw invalid(`${section}[${i}] validity: ${why}`);
    });
  }
  try {
    return TrustedRoot.fromJSON(json);
  } catch (e) {
    throw invalid(describeError(e), e);
  }
}

/** TimeRange: `start` is required, `end` optional, both RFC 3339, start <= end. */
function checkTimeRange(range: unknown): string | undefined {
  if (range === undefined) return undefined;
  if (!isObject(range)) return 'validFor is not an object';
  if (range.start === undefined || range.start === null) return 'validFor has no start';
  const start = Date.parse(String(range.start));
  if (Number.isNaN(start)) return `validFor start ${JSON.stringify(range.start)} is not a time`;
  if (range.end === undefined || range.end === null) return undefined;
  const end = Date.parse(String(range.end));
  if (Number.isNaN(end)) return `validFor end ${JSON.stringify(range.end)} is not a time`;
  if (end < start) return 'validFor ends before it starts';
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
