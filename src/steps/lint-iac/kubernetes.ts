import type { Finding } from '../../attest/predicates/builders.js';
import { validateObject } from './k8s-schema.js';
import { finding, type IacRule } from './rule.js';
import type { YamlDoc, YamlPath } from './yaml-source.js';

/** Kubernetes manifest rules: schema validation plus the security settings of pod specs. */
const rule = (id: string, severity: IacRule['severity'], title: string, help: string): IacRule => ({
  id,
  family: 'Kubernetes',
  severity,
  title,
  help,
});

export const KUBERNETES_RULES = {
  schema: rule(
    'TG-K8S-001',
    'high',
    'Manifest does not match the Kubernetes schema',
    'Fix the field named in the message; the API server would reject the object or silently drop the field.',
  ),
  privileged: rule(
    'TG-K8S-002',
    'critical',
    'Privileged container',
    'Remove `securityContext.privileged: true`; a privileged container has every capability and all host devices.',
  ),
  hostNamespace: rule(
    'TG-K8S-003',
    'high',
    'Pod shares a host namespace',
    "Remove `hostNetwork`, `hostPID` and `hostIPC`; they expose the node's network, processes or shared memory to the pod.",
  ),
  root: rule(
    'TG-K8S-004',
    'medium',
    'Container may run as root',
    'Set `runAsNonRoot: true` (pod or container securityContext) and never `runAsUser: 0`.',
  ),
  escalation: rule(
    'TG-K8S-005',
    'medium',
    'Privilege escalation allowed',
    'Set `allowPrivilegeEscalation: false` in every container securityContext.',
  ),
  limits: rule(
    'TG-K8S-006',
    'medium',
    'No resource limits',
    'Set `resources.limits.cpu` and `resources.limits.memory` so that one pod cannot starve the node.',
  ),
  latest: rule(
    'TG-K8S-007',
    'medium',
    'Image uses :latest or no tag',
    'Name an explicit tag, better a digest (`image@sha256:...`), so that what runs is what was tested.',
  ),
  readOnlyRoot: rule(
    'TG-K8S-008',
    'low',
    'Root filesystem is writable',
    'Set `readOnlyRootFilesystem: true` and mount writable `emptyDir` volumes where the program needs them.',
  ),
  capabilities: rule(
    'TG-K8S-009',
    'medium',
    'Capabilities not dropped',
    'Set `capabilities.drop: ["ALL"]` and add back only what is needed; never add SYS_ADMIN, NET_ADMIN or similar without review.',
  ),
  hostPath: rule(
    'TG-K8S-010',
    'high',
    'hostPath volume',
    "Use a PersistentVolumeClaim, configMap, secret or emptyDir; a hostPath mount gives the pod access to the node's files.",
  ),
} satisfies Record<string, IacRule>;

const R = KUBERNETES_RULES;
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const list = (v: unknown): Obj[] =>
  Array.isArray(v) ? v.map(obj).filter((x): x is Obj => !!x) : [];

/** Where the pod spec sits in each workload kind. */
function podSpecPath(kind: string): YamlPath | undefined {
  if (kind === 'Pod') return ['spec'];
  if (
    [
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'ReplicaSet',
      'Job',
      'ReplicationController',
    ].includes(kind)
  )
    return ['spec', 'template', 'spec'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return undefined;
}

function getPath(root: unknown, path: YamlPath): unknown {
  return path.reduce<unknown>(
    (v, k) => (v as Record<string | number, unknown> | undefined)?.[k],
    root,
  );
}

function checkPod(doc: YamlDoc, at: YamlPath, path: string, out: Finding[]): void {
  const spec = obj(getPath(doc.value, at));
  if (!spec) return;
  const add = (r: IacRule, p: YamlPath, detail: string) =>
    out.push(finding(r, path, doc.lineAt([...at, ...p]), detail));
  for (const key of ['hostNetwork', 'hostPID', 'hostIPC'])
    if (spec[key] === true) add(R.hostNamespace, [key], `${key}: true`);
  list(spec.volumes).forEach((v, i) => {
    if (v.hostPath) add(R.hostPath, ['volumes', i, 'hostPath'], `volume ${String(v.name)}`);
  });
  const podSc = obj(spec.securityContext) ?? {};
  for (const group of ['initContainers', 'containers'] as const) {
    list(spec[group]).forEach((c, i) => {
      const cp: YamlPath = [group, i];
      const name = `container ${String(c.name)}`;
      const sc = obj(c.securityContext) ?? {};
      const scPath = (k: string): YamlPath => [...cp, 'securityContext', k];
      if (sc.privileged === true) add(R.privileged, scPath('privileged'), name);
      const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
      const uid = sc.runAsUser ?? podSc.runAsUser;
      if (uid === 0)
        add(
          R.root,
          sc.runAsUser === 0 ? scPath('runAsUser') : ['securityContext', 'runAsUser'],
          `${name} runs as uid 0`,
        );
      else if (nonRoot !== true) add(R.root, cp, `${name}: runAsNonRoot is not true`);
      if (sc.allowPrivilegeEscalation !== false)
        add(
          R.escalation,
          sc.allowPrivilegeEscalation === undefined ? cp : scPath('allowPrivilegeEscalation'),
          name,
        );
      if (sc.readOnlyRootFilesystem !== true) add(R.readOnlyRoot, cp, name);
      const caps = obj(sc.capabilities) ?? {};
      const added = Array.isArray(caps.add) ? caps.add.map(String) : [];
      const dropsAll = Array.isArray(caps.drop) && caps.drop.map(String).includes('ALL');
      if (added.length)
        add(R.capabilities, [...scPath('capabilities'), 'add'], `${name} adds ${added.join(', ')}`);
      else if (!dropsAll) add(R.capabilities, cp, `${name} does not drop ALL`);
      const limits = obj(obj(c.resources)?.limits);
      if (!limits?.cpu || !limits.memory)
        add(
          R.limits,
          limits ? [...cp, 'resources', 'limits'] : cp,
          `${name} lacks ${!limits?.cpu ? 'cpu' : ''}${!limits?.cpu && !limits?.memory ? ' and ' : ''}${!limits?.memory ? 'memory' : ''} limits`,
        );
      const image = typeof c.image === 'string' ? c.image : '';
      const lastPart = image.split('/').pop() ?? '';
      if (
        image &&
        !image.includes('@') &&
        (!lastPart.includes(':') || lastPart.endsWith(':latest'))
      )
        add(R.latest, [...cp, 'image'], `${name} uses ${image}`);
    });
  }
}

/** Every Kubernetes object in a YAML file (documents without apiVersion and kind are skipped). */
export async function lintKubernetes(path: string, docs: YamlDoc[]): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const doc of docs) {
    const o = obj(doc.value);
    if (!o || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string') continue;
    const items =
      o.kind === 'List' ? list(o.items).map((_, i): YamlPath => ['items', i]) : [[] as YamlPath];
    for (const base of items) {
      const item = obj(getPath(doc.value, base))!;
      for (const e of (await validateObject(item)) ?? [])
        out.push(
          finding(
            R.schema,
            path,
            doc.lineAt([...base, ...e.path]),
            `${String(item.kind)}: ${e.message}`,
          ),
        );
      const podAt = podSpecPath(String(item.kind));
      if (podAt) checkPod(doc, [...base, ...podAt], path, out);
    }
  }
  return out;
}

/** Whether a YAML file holds Kubernetes objects at all (so that other YAML is left alone). */
export function isKubernetes(docs: YamlDoc[]): boolean {
  return docs.some(
    (d) => typeof obj(d.value)?.apiVersion === 'string' && typeof obj(d.value)?.kind === 'string',
  );
}
