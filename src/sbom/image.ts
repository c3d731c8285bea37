import { newBom } from './cyclonedx.js';
import { appPackages } from './image-apps.js';
import { osPackages } from './os-packages.js';
import type { ImageFs } from './rootfs.js';
import type { Sbom } from './types.js';

/**
 * The image's SBOM: its OS packages (dpkg/apk databases) and the application packages in
 * its layers, as one CycloneDX document about the image (named by its digest).
 */
export async function imageSbom(fs: ImageFs, name: string): Promise<Sbom> {
  const os = await osPackages(fs);
  const apps = await appPackages(fs);
  const components = [...os.components, ...apps];
  const hex = fs.digest.replace(/^sha256:/, '');
  const repo = name.split('/').pop() ?? name;
  const bom = newBom(
    {
      type: 'container',
      name,
      version: fs.digest,
      purl: `pkg:oci/${repo}@sha256%3A${hex}`,
    },
    components,
    [],
  );
  const notes = [...os.notes];
  if (os.distro)
    notes.unshift(
      `distribution ${os.distro.id} ${os.distro.versionId} (OSV ecosystem ${os.distro.ecosystem})`,
    );
  return { bom, components, tools: [], notes };
}
