import {
  DockerfileParser,
  type From,
  type Instruction,
  type PropertyInstruction,
} from 'dockerfile-ast';
import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import { finding, type IacRule } from './rule.js';

/** Dockerfile and Containerfile rules, checked on the dockerfile-ast syntax tree. */
const rule = (id: string, severity: IacRule['severity'], title: string, help: string): IacRule => ({
  id,
  family: 'Dockerfile',
  severity,
  title,
  help,
});

export const DOCKERFILE_RULES = {
  digest: rule(
    'TG-DOCKER-001',
    'low',
    'Base image not pinned by digest',
    'Pin `FROM image:tag@sha256:...` so that a rebuild uses the image that was reviewed, not whatever the tag points to today.',
  ),
  // High: a mutable base tag lets whoever pushes it decide what the next build ships, and the
  // image the pipeline tested is not the one a rebuild gets.
  latest: rule(
    'TG-DOCKER-002',
    'high',
    'Base image uses :latest or no tag',
    'Name an explicit version tag (and a digest); `latest` changes under you and makes builds unreproducible: whoever pushes the tag decides what your next build ships. High, so it fails under the default `fail-on`.',
  ),
  root: rule(
    'TG-DOCKER-003',
    'high',
    'Container runs as root',
    'Add `USER <non-root uid>` to the final stage; a process running as root turns any container escape into host root.',
  ),
  addUrl: rule(
    'TG-DOCKER-004',
    'medium',
    'ADD fetches a URL',
    'Download with `RUN curl` and verify a checksum, or use `ADD --checksum=sha256:...`; a plain remote ADD is unverified.',
  ),
  pipeShell: rule(
    'TG-DOCKER-005',
    'high',
    'Remote script piped into a shell',
    'Download the script, verify its checksum or signature, then run it; `curl ... | sh` runs whatever the server sends.',
  ),
  recommends: rule(
    'TG-DOCKER-006',
    'low',
    'apt-get install without --no-install-recommends',
    'Add `--no-install-recommends` so that only the packages you asked for (and their dependencies) enter the image.',
  ),
  aptCleanup: rule(
    'TG-DOCKER-007',
    'low',
    'apt-get lists not removed',
    'End the same RUN with `rm -rf /var/lib/apt/lists/*`; stale package lists bloat the layer and age badly.',
  ),
  secret: rule(
    'TG-DOCKER-008',
    'high',
    'Secret passed through ENV or ARG',
    'Use `RUN --mount=type=secret`; values of ENV and ARG are stored in the image history and visible to anyone who pulls it.',
  ),
  healthcheck: rule(
    'TG-DOCKER-009',
    'low',
    'No HEALTHCHECK',
    'Add a `HEALTHCHECK` (or rely on the orchestrator probes and waive this rule) so that a hung process is noticed.',
  ),
} satisfies Record<string, IacRule>;

const R = DOCKERFILE_RULES;
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential)/i;
const lineOf = (i: Instruction) => i.getRange().start.line + 1;

/** Splits `name[:tag][@digest]`; the tag's colon comes after the last slash (not a registry port). */
function splitReference(ref: string): { image: string; tag?: string; digest?: string } {
  const [nameTag = '', digest] = ref.split('@', 2);
  const colon = nameTag.lastIndexOf(':');
  const tagged = colon > nameTag.lastIndexOf('/');
  return {
    image: tagged ? nameTag.slice(0, colon) : nameTag,
    ...(tagged ? { tag: nameTag.slice(colon + 1) } : {}),
    ...(digest ? { digest } : {}),
  };
}

/**
 * The base image of a FROM, with `${ARG}` references replaced by the defaults of the ARGs
 * declared before the first FROM (the only ones a FROM can see), as `docker build` does.
 */
function baseImage(from: From, globalArgs: Map<string, string | undefined>) {
  const raw = from.getImage() ?? '';
  if (!raw.includes('$')) {
    return {
      image: from.getImageName() ?? '',
      tag: from.getImageTag(),
      digest: from.getImageDigest(),
    };
  }
  let unresolved: string | undefined;
  const resolved = raw.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, name: string) => {
    const value = globalArgs.get(name);
    if (value === undefined) unresolved ??= name;
    return value ?? '';
  });
  return unresolved ? { image: raw, unresolved } : splitReference(resolved);
}

function checkFrom(
  from: From,
  stages: Set<string>,
  globalArgs: Map<string, string | undefined>,
  path: string,
  out: Finding[],
): void {
  const base = baseImage(from, globalArgs);
  const image = base.image;
  if (!image || image === 'scratch' || stages.has(image.toLowerCase())) return;
  if ('unresolved' in base) {
    out.push(
      finding(
        R.digest,
        path,
        lineOf(from),
        `${image}: build argument ${base.unresolved} has no default, so the base image is not pinned`,
      ),
    );
    return;
  }
  const { tag, digest } = base;
  if (!digest && (!tag || tag === 'latest'))
    out.push(finding(R.latest, path, lineOf(from), `${image}${tag ? `:${tag}` : ''}`));
  if (!digest) out.push(finding(R.digest, path, lineOf(from), `${image} has no @sha256 digest`));
}

function checkRun(run: Instruction, path: string, out: Finding[]): void {
  const text = run.getArgumentsContent() ?? '';
  if (/\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|da|z)?sh\b/.test(text))
    out.push(finding(R.pipeShell, path, lineOf(run), 'download piped into a shell'));
  if (/\bapt-get\s+(-\S+\s+)*install\b/.test(text)) {
    if (!text.includes('--no-install-recommends'))
      out.push(finding(R.recommends, path, lineOf(run), 'apt-get install'));
    if (!/rm\s+-\w*r\w*\s+[^;&|]*\/var\/lib\/apt\/lists/.test(text))
      out.push(finding(R.aptCleanup, path, lineOf(run), 'apt-get install'));
  }
}

export function lintDockerfile(path: string, text: string): Finding[] {
  const df = DockerfileParser.parse(text);
  const froms = df.getFROMs();
  if (froms.length === 0)
    throw new TollgateError(
      'INPUT_INVALID',
      `dockerfile-ast found no FROM instruction in ${path}: not a Dockerfile`,
    );
  const out: Finding[] = [];
  const stages = new Set<string>();
  const globalArgs = new Map<string, string | undefined>();
  let seenFrom = false;
  let user: { name: string; line: number } | undefined;
  let healthcheck = false;
  for (const ins of df.getInstructions()) {
    const kw = ins.getKeyword().toUpperCase();
    if (kw === 'FROM') {
      seenFrom = true;
      checkFrom(ins as From, stages, globalArgs, path, out);
      const stage = (ins as From).getBuildStage();
      if (stage) stages.add(stage.toLowerCase());
      user = undefined; // USER does not carry over into a new stage
    } else if (kw === 'USER')
      user = { name: (ins.getArgumentsContent() ?? '').trim(), line: lineOf(ins) };
    else if (kw === 'HEALTHCHECK') healthcheck = !/^none\b/i.test(ins.getArgumentsContent() ?? '');
    else if (kw === 'RUN') checkRun(ins, path, out);
    else if (kw === 'ADD' && /(^|\s)https?:\/\//.test(ins.getArgumentsContent() ?? '')) {
      if (!/--checksum=/.test(ins.getArgumentsContent() ?? ''))
        out.push(finding(R.addUrl, path, lineOf(ins), 'remote source without --checksum'));
    } else if (kw === 'ENV' || kw === 'ARG') {
      const props = (ins as PropertyInstruction).getProperties();
      if (kw === 'ARG' && !seenFrom)
        for (const p of props) globalArgs.set(p.getName(), p.getValue() ?? undefined);
      const names = props.map((p) => p.getName());
      const secret = names.find((n) => SECRET_NAME.test(n));
      if (secret) out.push(finding(R.secret, path, lineOf(ins), `${kw} ${secret}`));
    }
  }
  const last = froms[froms.length - 1]!;
  if (!user) out.push(finding(R.root, path, lineOf(last), 'the final stage sets no USER'));
  else if (/^(root|0)(:|$)/.test(user.name))
    out.push(finding(R.root, path, user.line, `USER ${user.name}`));
  if (!healthcheck) out.push(finding(R.healthcheck, path, lineOf(last), 'the image declares none'));
  return out;
}
