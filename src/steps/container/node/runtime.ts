import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { TollgateError } from '../../../core/errors.js';
import type { LayerEntry } from '../../../oci/layer.js';
import type { StepContext } from '../../types.js';
import { dpkgRecords } from './dpkg.js';
import { addHostPath, emptyHostFiles } from './host-files.js';
import { sharedLibraries } from './ldd.js';

/** The user the service runs as: numeric and non-root, so Kubernetes can check runAsNonRoot. */
export const APP_UID = 10001;
export const NODE_PATH = '/usr/local/bin/node';
/** Optional: the CA bundle, for code that uses the system store instead of Node's own. */
const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

const PASSWD = `root:x:0:0:root:/root:/sbin/nologin\napp:x:${APP_UID}:${APP_UID}:app:/app:/sbin/nologin\n`;
const GROUP = `root:x:0:\napp:x:${APP_UID}:\n`;

export interface RuntimeLayer {
  entries: LayerEntry[];
  nodeBinary: string;
  libraries: string[];
  packages: string[];
}

/**
 * The runtime layer: node at /usr/local/bin/node, the libraries `ldd` names with their links
 * and the dynamic loader, a passwd/group with the app user, /tmp, the CA bundle when the host
 * has one, and the dpkg records of the Debian packages those files come from.
 */
export async function runtimeLayer(ctx: StepContext): Promise<RuntimeLayer> {
  const nodeBinary = (ctx.inputs['node-binary'] ?? '').trim() || process.execPath;
  const st = await stat(nodeBinary).catch(() => undefined);
  if (!st?.isFile()) {
    throw new TollgateError('INPUT_UNREADABLE', `node-binary ${nodeBinary}: no such file`, {
      hint: 'set the node-binary input to a Node.js executable, or leave it empty to use the running one',
    });
  }
  const libraries = await sharedLibraries(ctx, nodeBinary);
  const files = emptyHostFiles();
  for (const lib of libraries) await addHostPath(files, lib);
  if (existsSync(CA_BUNDLE)) await addHostPath(files, CA_BUNDLE);
  const dpkg = await dpkgRecords(ctx, [nodeBinary, ...libraries, ...files.hostPaths]);
  if (dpkg.note) ctx.log(dpkg.note);

  const entries: LayerEntry[] = [
    ...files.entries.values(),
    { path: NODE_PATH, type: 'file', mode: 0o755, source: nodeBinary, size: st.size },
    { path: '/etc/passwd', type: 'data', mode: 0o644, data: Buffer.from(PASSWD) },
    { path: '/etc/group', type: 'data', mode: 0o644, data: Buffer.from(GROUP) },
    { path: '/tmp', type: 'dir', mode: 0o1777 },
    { path: '/app', type: 'dir', mode: 0o755 },
  ];
  for (const [name, stanza] of dpkg.stanzas) {
    entries.push({
      path: `/var/lib/dpkg/status.d/${name}`,
      type: 'data',
      mode: 0o644,
      data: Buffer.from(stanza),
    });
  }
  return { entries, nodeBinary, libraries, packages: [...dpkg.stanzas.keys()].sort() };
}
