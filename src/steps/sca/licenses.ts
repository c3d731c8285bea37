import type { Finding } from '../../attest/predicates/builders.js';
import { checkLicenses, parseLicenseList, type LicensePolicy } from '../../sbom/license-policy.js';
import type { SbomComponent } from '../../sbom/types.js';
import { fingerprintOf } from '../common/fingerprint.js';
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
  return checkLicenses(components, policy).map((v) => {
    const denied = v.why.startsWith('denied');
    const f: Finding = {
      ruleId: denied ? 'license/denied' : 'license/not-allowed',
      severity: 'high',
      message: `${v.component.name}@${v.component.version}: ${v.why} (declared: ${v.license})`,
      location: { path: v.component.location ?? v.component.purl },
    };
    return { ...f, fingerprint: fingerprintOf(f, v.component.purl) };
  });
}
