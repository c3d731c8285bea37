/**
 * Steps whose `not-applicable` the policy accepts unless it says otherwise (`allowNotApplicable`
 * of the step). The choice is per step, by what its absence leaves unchecked:
 *
 * - integration-tests, system-tests: many services have only unit tests. Those, coverage,
 *   the scans and the deployment checks still run; a missing `test:integration` script says
 *   nothing wrong about the code.
 * - lint-openapi, api-fuzz: a service without an OpenAPI spec has no contract to lint or to
 *   fuzz from; DAST still probes the running service.
 * - lint-iac: a repository without Dockerfiles, manifests or Terraform has nothing to lint.
 *
 * Every other step must pass: no unit tests, no secret scan, no image or no review is a
 * hole in what the gate proves, and a policy that accepts it says so in writing
 * (`allowNotApplicable: true` on the step).
 */
export const NOT_APPLICABLE_ALLOWED: ReadonlySet<string> = new Set([
  'integration-tests',
  'system-tests',
  'lint-openapi',
  'api-fuzz',
  'lint-iac',
]);
