import type { Finding } from '../../attest/predicates/builders.js';
import { checkLicenses, parseLicenseList, type LicensePolicy } from '../../sbom/license-policy.js';
import type { SbomComponent } from '../../sbom/types.js';
import { assignFingerprints } from '../common/fingerprint.js';
import type { StepContext } from '../types.js';

/**
 * The licence policy of `sca` as findings: one `license/denied` (or `license/not-allowed`)
 * finding per package, naming the package, its version and the licence. They fail the step
 * whatever its fail-on: a licence is not a matter of degree.
 */

export function licensePolicyOf(ctx: StepContext): LicensePolicy {
  return {
    denied: parseLicenseList(ctx.inputs['denied-licenses']),
    allowed: parseLicenseList(ctx.inputs['allowed-licenses']),
  };
}

export function licenseFindings(components: SbomComponent[], policy: LicensePolicy): Finding[] {
  const purls = new Map<Finding, string>();
  const findings = checkLicenses(components, policy).map((v) => {
    const denied = v.why.startsWith('denied');
    const f: Finding = {
      ruleId: denied ? 'license/denied' : 'license/not-allowed',
      severity: 'high',
      message: `${v.component.name}@${v.component.version}: ${v.why} (declared: ${v.license})`,
      location: { path: v.component.location ?? v.component.purl },
    };
    purls.set(f, v.component.purl);
    return f;
  });
  // The package (its purl) and where it was found, as before; the occurrence for the rest.
  return assignFingerprints(findings, {
    anchor: (f) => ({ key: `${f.location?.path ?? ''}\u0000${purls.get(f) ?? ''}` }),
  });
}
