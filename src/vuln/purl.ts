import { TollgateError } from '../core/errors.js';

/**
 * Package URLs (https://github.com/package-url/purl-spec) for OSV ecosystems, and back. The
 * purl is the key that joins an SBOM component, a source's answer and a VEX statement.
 */
export interface Purl {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers: Record<string, string>;
  subpath?: string;
}

/** Percent-encodes like the purl spec: `:` may stay literal (Debian epochs read better). */
const enc = (s: string) => encodeURIComponent(s).replace(/%3A/gi, ':');

function build(p: Purl): string {
  const ns = p.namespace ? `${p.namespace.split('/').map(enc).join('/')}/` : '';
  const ver = p.version !== undefined && p.version !== '' ? `@${enc(p.version)}` : '';
  const q = Object.keys(p.qualifiers)
    .filter((k) => p.qualifiers[k])
    .sort()
    .map((k) => `${k}=${enc(p.qualifiers[k] ?? '')}`)
    .join('&');
  return `pkg:${p.type}/${ns}${enc(p.name)}${ver}${q ? `?${q}` : ''}${p.subpath ? `#${p.subpath}` : ''}`;
}

/** The purl of a package as OSV names it (ecosystem, name) at a version. */
export function purlOf(ecosystem: string, name: string, version: string): string {
  const [eco = '', release = ''] = splitEcosystem(ecosystem);
  const slash = (n: string): [string | undefined, string] => {
    const i = n.lastIndexOf('/');
    return i < 0 ? [undefined, n] : [n.slice(0, i), n.slice(i + 1)];
  };
  const p = (type: string, full: string, qualifiers: Record<string, string> = {}): Purl => {
    const [namespace, last] = slash(full);
    return { type, ...(namespace ? { namespace } : {}), name: last, version, qualifiers };
  };
  switch (eco) {
    case 'npm':
      return build(p('npm', name));
    case 'PyPI':
      return build(p('pypi', name.toLowerCase().replace(/[-_.]+/g, '-')));
    case 'Go':
      return build(p('golang', name));
    case 'Maven':
      return build(p('maven', name.replace(':', '/')));
    case 'crates.io':
      return build(p('cargo', name));
    case 'RubyGems':
      return build(p('gem', name));
    case 'NuGet':
      return build(p('nuget', name));
    case 'Packagist':
      return build(p('composer', name));
    case 'Debian':
    case 'Ubuntu': {
      const distro = eco.toLowerCase();
      return build(
        p('deb', `${distro}/${name}`, release ? { distro: `${distro}-${release}` } : {}),
      );
    }
    case 'Alpine':
      return build(
        p(
          'apk',
          `alpine/${name}`,
          release ? { distro: `alpine-${release.replace(/^v/, '')}` } : {},
        ),
      );
    default:
      return build({ type: 'generic', name, version, qualifiers: { ecosystem } });
  }
}

/** 'Debian:12' → ['Debian', '12']; 'npm' → ['npm', '']. */
export function splitEcosystem(ecosystem: string): [string, string] {
  const i = ecosystem.indexOf(':');
  return i < 0 ? [ecosystem, ''] : [ecosystem.slice(0, i), ecosystem.slice(i + 1)];
}

export function parsePurl(purl: string): Purl {
  const bad = (why: string) =>
    new TollgateError('INPUT_INVALID', `"${purl}" is not a package URL: ${why}`, {
      hint: 'a purl looks like pkg:npm/lodash@4.17.21 (https://github.com/package-url/purl-spec)',
    });
  if (!purl.startsWith('pkg:')) throw bad('it does not start with "pkg:"');
  let rest = purl.slice(4).replace(/^\/+/, '');
  let subpath: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) [rest, subpath] = [rest.slice(0, hash), rest.slice(hash + 1)];
  const qualifiers: Record<string, string> = {};
  const qm = rest.indexOf('?');
  if (qm >= 0) {
    for (const pair of rest.slice(qm + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq > 0) qualifiers[pair.slice(0, eq).toLowerCase()] = decode(pair.slice(eq + 1));
    }
    rest = rest.slice(0, qm);
  }
  const slash = rest.indexOf('/');
  if (slash <= 0) throw bad('no type');
  const type = rest.slice(0, slash).toLowerCase();
  let path = rest.slice(slash + 1);
  let version: string | undefined;
  const at = path.lastIndexOf('@');
  // An npm scope is written %40scope; a literal leading '@' is a scope, not a version.
  if (at > 0) [path, version] = [path.slice(0, at), decode(path.slice(at + 1))];
  const segs = path.split('/').filter(Boolean).map(decode);
  const name = segs.pop();
  if (!name) throw bad('no name');
  return {
    type,
    ...(segs.length ? { namespace: segs.join('/') } : {}),
    name,
    ...(version !== undefined ? { version } : {}),
    qualifiers,
    ...(subpath ? { subpath } : {}),
  };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The purl without version, qualifiers and subpath: "the package", for VEX and exceptions. */
export function purlBase(purl: string): string {
  try {
    const p = parsePurl(purl);
    return build({
      type: p.type,
      ...(p.namespace ? { namespace: p.namespace } : {}),
      name: p.name,
      qualifiers: {},
    });
  } catch {
    return purl;
  }
}
