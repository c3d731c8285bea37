/**
 * Inputs of the step actions and of the reusable workflows: one catalogue, from which the
 * action.yml files, the workflows' `workflow_call` inputs and the docs are generated, and
 * by which the action runtime reads its inputs. Names are kebab-case and public.
 */
export interface InputDef {
  name: string;
  description: string;
  /** Default as the action or workflow declares it ('' = empty). */
  default: string;
  /** Workflow input type. */
  type: 'string' | 'boolean' | 'number';
}

const input = (
  name: string,
  description: string,
  def = '',
  type: InputDef['type'] = 'string',
): InputDef => ({
  name,
  description,
  default: def,
  type,
});

/** Every step action takes these. */
export const COMMON_INPUTS: InputDef[] = [
  input('working-directory', 'Folder of the project inside the repository.', '.'),
  input(
    'signer',
    'How the attestation is signed: sigstore (keyless, needs id-token: write), spiffe or key.',
    'sigstore',
  ),
  input('fulcio-url', 'Fulcio for keyless signing (default: the public-good instance).'),
  input('rekor-url', 'Rekor for keyless signing (default: the public-good instance).'),
  input('tsa-url', 'RFC 3161 timestamp authority to add a signed timestamp.'),
  input('key', 'Private key file for signer key.'),
  input('reports-dir', 'Where the step writes its reports and attestation.', 'tollgate-reports'),
];

/** Inputs particular to a step. */
export const STEP_INPUTS: Record<string, InputDef[]> = {
  'secret-scan': [
    input('mode', 'What to scan: staged, range or tree.', 'range'),
    input('baseline', 'Baseline file of accepted findings.'),
    input(
      'base',
      'Range mode: the commit before the new ones (empty = origin/$GITHUB_BASE_REF, else the last commit).',
    ),
  ],
  'lint-language': [
    input('language', 'Languages to lint (auto = detect).', 'auto'),
    input('command', 'Extra lint command whose SARIF, checkstyle or JSON output is parsed.'),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  'lint-iac': [
    input('paths', 'Globs of IaC files (Dockerfiles, Kubernetes, Terraform, workflows).', '**'),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  'lint-openapi': [
    input('openapi-path', 'OpenAPI spec (default: the one compile produced).'),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  compile: [
    input('build-command', 'Build command (auto = by detected language).', 'auto'),
    input('openapi-path', 'Where the build writes the OpenAPI spec.', 'openapi.json'),
    input(
      'artifacts',
      'Globs of the build outputs, comma or newline separated (empty = dist/, build/ or out/).',
    ),
  ],
  instrument: [
    input('build-command', 'Instrumented build command (auto = by detected language).', 'auto'),
    input(
      'artifacts',
      'Globs of the build outputs, comma or newline separated (empty = dist/, build/ or out/).',
    ),
  ],
  'unit-tests': [
    input('test-command', 'Unit test command.', 'npm test'),
    input('junit-path', 'JUnit XML the command writes.', 'junit.xml'),
  ],
  'integration-tests': [
    input('test-command', 'Integration test command.', 'npm run test:integration'),
    input('junit-path', 'JUnit XML the command writes.', 'junit-integration.xml'),
  ],
  coverage: [
    input(
      'coverage-paths',
      'Coverage reports to merge (lcov, Cobertura, Istanbul JSON).',
      'coverage/**',
    ),
    input('min-line-coverage', 'Minimum line coverage in percent.', '0', 'number'),
    input(
      'base',
      'Base commit for coverage of the changed lines (empty = origin/$GITHUB_BASE_REF).',
    ),
  ],
  container: [
    input('image', 'Image name (without tag; default: the repository name, lower-cased).'),
    input(
      'containerfile',
      'Containerfile or Dockerfile (default: Containerfile or Dockerfile in the context).',
      'Containerfile',
    ),
    input(
      'builder',
      'auto (a Containerfile → buildah, or docker buildx without buildah; else node for a package.json), buildah, docker or node.',
      'auto',
    ),
    input('context', 'Build context folder (the project folder for the node builder).', '.'),
    input('build-args', 'Build arguments, KEY=VALUE lines.'),
    input('tag', 'Image tag (default: the first 12 characters of the commit).'),
    input(
      'app-paths',
      'Node builder: what to pack under /app (default: dist, package.json, production node_modules).',
    ),
    input(
      'node-binary',
      'Node builder: the node executable to pack (default: the one running Tollgate).',
    ),
    input(
      'command',
      'Node builder: the command to run (default: node + scripts.start or main of package.json).',
    ),
    input(
      'port',
      'Node builder: the port the service listens on (PORT and EXPOSE).',
      '8080',
      'number',
    ),
    input('healthcheck', 'Node builder: health check command, e.g. node /app/dist/healthcheck.js.'),
    input(
      'compression-level',
      'Node builder: gzip level of the layers, 1 (fastest) to 9 (smallest).',
      '6',
      'number',
    ),
  ],
  sca: [
    input('denied-licenses', 'SPDX ids that may not appear, comma separated.'),
    input(
      'allowed-licenses',
      'SPDX ids that may appear, comma separated (empty = any not denied); a package without a licence then fails.',
    ),
    input(
      'osv-url',
      'OSV API (default: the public one), or a folder of OSV records; several, comma or newline separated, are queried together.',
    ),
    input(
      'vex',
      'VEX documents (OpenVEX or CycloneDX), comma separated; not_affected is honoured.',
    ),
    input(
      'fail-on',
      'The step fails on vulnerabilities at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
    input('exceptions', 'YAML or JSON file of accepted vulnerabilities: {id, until, reason}.'),
  ],
  'container-scan': [
    input(
      'osv-url',
      'OSV API (default: the public one), or a folder of OSV records; several, comma or newline separated, are queried together.',
    ),
    input(
      'vex',
      'VEX documents (OpenVEX or CycloneDX), comma separated; not_affected is honoured.',
    ),
    input(
      'fail-on',
      'The step fails on vulnerabilities and image checks at or above this severity (critical, high, medium, low, info).',
      'high',
    ),
    input('exceptions', 'YAML or JSON file of accepted vulnerabilities: {id, until, reason}.'),
    input(
      'max-unpacked-mb',
      'The image is refused (the step fails) when its layers unpack to more than this many MiB.',
      '8192',
      'number',
    ),
    input(
      'max-entries',
      'The image is refused when its layers hold more than this many entries (files, folders, links, whiteouts).',
      '1000000',
      'number',
    ),
    input(
      'max-path-length',
      'The image is refused when an entry path or link target is longer than this many bytes.',
      '4096',
      'number',
    ),
  ],
  'sign-image': [input('image', 'Image name (without tag; default: the one container built).')],
  'publish-image': [
    input(
      'registry',
      'Registry to push to, host[:port][/namespace] (empty = a local OCI layout in the step folder). Credentials: TOLLGATE_REGISTRY_USERNAME/TOLLGATE_REGISTRY_PASSWORD or a docker/podman auth file.',
    ),
    input('image', 'Image name (without tag; default: the one container built).'),
    input('tag', 'Tag to set besides the digest (default: the tag container built).'),
    input(
      'insecure',
      'Allow plain http to a registry that is not on this machine.',
      'false',
      'boolean',
    ),
  ],
  sast: [
    input('sarif', 'SARIF files of your own SAST tools to ingest (globs).'),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  'deploy-test': [
    input('target', 'podman, kubernetes or command.', 'podman'),
    input('health-path', 'Health check path.', '/healthz'),
    input('health-timeout', 'Seconds to wait for the health check to pass.', '60', 'number'),
    input(
      'port',
      "Port the service listens on in the container (default: the image's first ExposedPorts) or PORT for the command target (default: a free port).",
    ),
    input(
      'manifest',
      'Kubernetes manifest: podman kube play (podman) or kubectl apply (kubernetes).',
    ),
    input('kubeconfig', 'kubeconfig of the cluster (target kubernetes).'),
    input('command', 'Start command (target command); PORT and BASE_URL are set.'),
    input('env', 'Environment of the service, one NAME=value per line.'),
    input(
      'base-url',
      'Where the service answers, when the target cannot tell (kubernetes with an ingress).',
    ),
  ],
  'system-tests': [
    input('test-command', 'System test command; BASE_URL is set.', 'npm run test:system'),
    input('junit-path', 'JUnit XML report the command writes.', 'junit-system.xml'),
    input('base-url', 'URL of the deployment (default: from deploy-test).'),
  ],
  chaos: [
    input('duration', 'Seconds of load and faults.', '30', 'number'),
    input('rps', 'Requests per second of the steady load.', '20', 'number'),
    input(
      'faults',
      'Faults in order: restart, latency, reset, drop, cpu.',
      'restart,latency,reset,drop,cpu',
    ),
    input('path', 'Path the load requests.', '/healthz'),
    input('min-availability', 'Least share of successful requests over the run.', '0.95', 'number'),
    input(
      'max-error-rate',
      'Most share of failed requests outside fault windows.',
      '0.01',
      'number',
    ),
    input(
      'max-recovery-seconds',
      'Most seconds from the end of a fault to steady success.',
      '10',
      'number',
    ),
    input('base-url', 'URL of the deployment (default: from deploy-test).'),
  ],
  dast: [
    input('base-url', 'URL of the deployment (default: the one deploy-test wrote).'),
    input(
      'openapi-path',
      'OpenAPI spec whose GET operations are checked and attacked (default: the one compile produced, or a common name).',
    ),
    input('health-path', 'Health check path, checked like the other pages.', '/healthz'),
    input(
      'active',
      'Run wapiti attack modules (XSS, injections) against the deployment.',
      'true',
      'boolean',
    ),
    input('max-scan-time', 'Seconds wapiti may scan at most.', '120', 'number'),
    input('zap-report', 'A ZAP report (JSON or SARIF) to take in as well.'),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  'api-fuzz': [
    input('base-url', 'URL of the service (default: the one deploy-test recorded).'),
    input(
      'openapi-path',
      'OpenAPI spec (default: the one compile produced, else openapi.json and the usual names).',
    ),
    input('seed', 'Seed of the generated requests; the report prints it (empty = random).'),
    input('runs', 'Generated requests per operation, before shrinking.', '50', 'number'),
    input('timeout-ms', 'An answer slower than this is a timeout finding.', '5000', 'number'),
    input(
      'headers',
      'Headers sent with every request, one "Name: value" per line (e.g. an API key from a secret); never printed.',
    ),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  'infra-scan': [
    input('host', 'Host of the deployment (default: the one deploy-test wrote).'),
    input(
      'ports',
      "Ports to scan, nmap syntax (e.g. 8080,9000-9100; default: the deployment's ports and declared ports).",
    ),
    input(
      'declared-ports',
      "Ports the deployment is meant to open, comma separated (default: those of the deployment's manifest).",
    ),
    input(
      'version-intensity',
      'nmap --version-intensity: 0 (only the probes of the port, fastest) to 9 (every probe).',
      '2',
      'number',
    ),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  'cloud-scan': [
    input(
      'paths',
      'Globs of Kubernetes and Terraform files, comma or newline separated (default: the manifests deploy-test rendered).',
    ),
    input('terraform-plan', 'Terraform plan as JSON (terraform show -json PLAN).'),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  performance: [
    input('base-url', 'URL of the service (default: the one deploy-test recorded).'),
    input(
      'scenarios',
      'YAML/JSON file of scenarios, or inline "GET /items,POST /items body.json" (empty = GET /).',
    ),
    input('duration', 'Seconds per scenario.', '10', 'number'),
    input('connections', 'Concurrent connections.', '10', 'number'),
    input('p95-ms', '95th percentile latency budget in ms (empty = none).'),
    input('p99-ms', '99th percentile latency budget in ms (empty = none).'),
    input('max-error-rate', 'Largest share of failed requests, 0 to 1 or a percentage.', '1%'),
    input('min-rps', 'Fewest requests per second a scenario must sustain (empty = none).'),
    input(
      'baseline',
      "A previous performance.json to compare with (on GitHub: the base branch's); missing = no comparison.",
    ),
    input('max-regression', 'Percent a figure may worsen against the baseline.', '20', 'number'),
    input(
      'fail-on',
      'The step fails on findings at or above this severity (critical, high, medium, low, info); the policy judges them again.',
      'high',
    ),
  ],
  'peer-review': [
    input('min-approvals', 'Approvals required on the head commit.', '1', 'number'),
    input(
      'github-token',
      'Token that may read the pull request and its reviews.',
      '${{ github.token }}',
    ),
    input('pull-request', 'Pull request number.', '${{ github.event.pull_request.number }}'),
    input(
      'head-sha',
      'The head commit the run is about; the step fails if the pull request has moved on.',
      '${{ github.event.pull_request.head.sha }}',
    ),
    input('api-url', 'GitHub REST API root.', '${{ github.api_url }}'),
    input(
      'code-owners',
      'Require an approval by a code owner of every changed file when the base branch has a CODEOWNERS file.',
      'true',
      'boolean',
    ),
    input('reviewer-keys', 'Locally: public keys of reviewers (PEM files; empty = the local key).'),
  ],
  approval: [
    input('environment', 'GitHub Environment with required reviewers.', 'production-approval'),
    input(
      'approvers',
      'Who may approve (logins or e-mails, comma separated; empty = anyone but the author).',
    ),
    input('allow-self-approval', "Whether the change's author may approve it.", 'false', 'boolean'),
    input('min-approvals', 'Approvals required.', '1', 'number'),
    input('approver-keys', 'Locally: public keys of approvers (PEM files; empty = the local key).'),
    input(
      'github-token',
      "Token that may read the run's deployment reviews.",
      '${{ github.token }}',
    ),
    input('run-id', 'The workflow run whose approvals count.', '${{ github.run_id }}'),
    input('api-url', 'GitHub REST API URL.', '${{ github.api_url }}'),
    input(
      'author',
      "Login of the change's author (self-approval check).",
      '${{ github.event.head_commit.author.username }}',
    ),
  ],
  'publish-staging': [
    input(
      'registry',
      'Staging registry, host[:port][/namespace] or oci:DIR (empty = TOLLGATE_STAGING_REGISTRY, else a local OCI layout in the step folder). Credentials as for publish-image.',
    ),
    input('tag', 'Tag in staging (default: the tag publish-image set, else staging).'),
    input(
      'artefacts',
      'Other release files to attach to the staged image (paths in the repository, one a line).',
    ),
    input('image', 'Image name (default: the one publish-image published).'),
    input(
      'insecure',
      'Allow plain http to a registry that is not on this machine.',
      'false',
      'boolean',
    ),
  ],
  'deploy-staging': [
    input('target', 'podman, kubernetes or command.', 'podman'),
    input('health-path', 'Health check path.', '/healthz'),
    input('health-timeout', 'Seconds to wait for the health check to pass.', '60', 'number'),
    input(
      'port',
      "Port the service listens on in the container (default: the image's first ExposedPorts) or PORT for the command target.",
    ),
    input('manifest', 'Kubernetes manifest of the staging environment.'),
    input('kubeconfig', 'kubeconfig of the staging cluster (target kubernetes).'),
    input('command', 'Start command (target command); PORT and BASE_URL are set.'),
    input('env', 'Environment of the service, one NAME=value per line.'),
    input('base-url', 'Where the service answers, when the target cannot tell.'),
    input(
      'insecure',
      'Allow plain http to a registry that is not on this machine.',
      'false',
      'boolean',
    ),
  ],
  'promote-production': [
    input(
      'registry',
      'Production registry, host[:port][/namespace] or oci:DIR (empty = TOLLGATE_PRODUCTION_REGISTRY, else .tollgate/production in the repository).',
    ),
    input(
      'mode',
      "manual (the approval step must pass for the commit) or automatic (no person is waited for); empty = the policy's promotion.mode, else manual.",
    ),
    input(
      'policy',
      'Policy the promotion is judged by (locally without this file: the default policy with the run key).',
      '.github/tollgate.yml',
    ),
    input('tag', 'Tag pointed at the promoted digest in production.', 'production'),
    input(
      'bundles',
      'Folder of every attestation of the commit (on GitHub: the downloaded artifacts; empty = the local run folders).',
    ),
    input(
      'insecure',
      'Allow plain http to a registry that is not on this machine.',
      'false',
      'boolean',
    ),
  ],
};

/**
 * Inputs of the reusable workflows (typed `workflow_call` inputs). Those that only feed step
 * inputs default to '' ("not set"): the step then takes the repository's inputs file
 * (.github/tollgate-inputs.yml), else its catalogue default above, exactly as `tollgate run`
 * does. `policy` keeps its default: the gate job reads it too, and it reads no inputs file.
 */
export const WORKFLOW_INPUTS: InputDef[] = [
  input('language', 'Main language of the project (empty = the inputs file, else auto).'),
  input('build-command', 'Build command (empty = the inputs file, else auto = by language).'),
  input('test-command', 'Unit test command (empty = the inputs file, else npm test).'),
  input(
    'integration-test-command',
    'Integration test command (empty = the inputs file, else npm run test:integration).',
  ),
  input('image', 'Image name, e.g. ghcr.io/owner/app.'),
  input('registry', 'Registry to publish to.'),
  input(
    'openapi-path',
    'OpenAPI spec produced by the build (empty = the inputs file, else openapi.json).',
  ),
  input('policy', 'Tollgate policy file.', '.github/tollgate.yml'),
  input('signer', 'sigstore (keyless), spiffe or key (empty = the inputs file, else sigstore).'),
  input(
    'toolbox-image',
    'Container image (pinned by digest) the jobs run in; empty = the runner itself.',
  ),
  input(
    'node-version',
    "Node.js for the repository's own commands (build, tests), set up by actions/setup-node.",
    '24',
  ),
];
