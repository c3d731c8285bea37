import type { Finding } from '../../attest/predicates/builders.js';
import { ruleFinding, type CheckRule } from '../common/rule-table.js';
import type { YamlDoc, YamlPath } from '../lint-iac/yaml-source.js';
import { CLOUD_K8S_RULES as R } from './rules.js';

/**
 * Effective-configuration rules over a set of Kubernetes objects (every file of the
 * deployment at once, since whether a Service is covered depends on the NetworkPolicies
 * next to it).
 */
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const list = (v: unknown): Obj[] =>
  Array.isArray(v) ? v.map(obj).filter((x): x is Obj => !!x) : [];
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export interface K8sObject {
  value: Obj;
  file: string;
  line: (p: YamlPath) => number | undefined;
}

/** The objects of parsed YAML documents, with `kind: List` unpacked. */
export function objectsOf(file: string, docs: YamlDoc[]): K8sObject[] {
  const out: K8sObject[] = [];
  for (const doc of docs) {
    const o = obj(doc.value);
    if (!o || typeof o.kind !== 'string' || typeof o.apiVersion !== 'string') continue;
    if (o.kind === 'List')
      list(o.items).forEach((item, i) =>
        out.push({ value: item, file, line: (p) => doc.lineAt(['items', i, ...p]) }),
      );
    else out.push({ value: o, file, line: (p) => doc.lineAt(p) });
  }
  return out;
}

const nsOf = (o: Obj) => String(obj(o.metadata)?.namespace ?? 'default');
const nameOf = (o: Obj) => `${String(o.kind)} ${String(obj(o.metadata)?.name ?? '?')}`;

/** Whether a NetworkPolicy with ingress rules selects the pods a Service selects. */
function covered(service: Obj, policies: Obj[]): boolean {
  const selector = obj(obj(service.spec)?.selector) ?? {};
  return policies.some((p) => {
    if (nsOf(p) !== nsOf(service)) return false;
    const spec = obj(p.spec) ?? {};
    const types = strings(spec.policyTypes);
    if (types.length && !types.includes('Ingress')) return false;
    const match = obj(obj(spec.podSelector)?.matchLabels) ?? {};
    return Object.entries(match).every(([k, v]) => selector[k] === v);
  });
}

const POD_SPEC: Record<string, YamlPath> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
const ANONYMOUS = new Set(['system:anonymous', 'system:unauthenticated', 'system:authenticated']);

export function checkKubernetesExposure(objects: K8sObject[]): Finding[] {
  const out: Finding[] = [];
  const policies = objects.map((o) => o.value).filter((o) => o.kind === 'NetworkPolicy');
  for (const { value: o, file, line } of objects) {
    const add = (r: CheckRule, p: YamlPath, detail: string) =>
      out.push(ruleFinding(r, file, `${nameOf(o)}: ${detail}`, line(p)));
    const spec = obj(o.spec) ?? {};
    if (o.kind === 'Service' && (spec.type === 'LoadBalancer' || spec.type === 'NodePort')) {
      const ranges = strings(spec.loadBalancerSourceRanges);
      if (
        spec.type === 'LoadBalancer' &&
        (!ranges.length || ranges.some((r) => r === '0.0.0.0/0' || r === '::/0'))
      )
        add(
          R.publicLoadBalancer,
          ['spec', 'type'],
          ranges.length
            ? `loadBalancerSourceRanges ${ranges.join(', ')}`
            : 'no loadBalancerSourceRanges',
        );
      if (!covered(o, policies))
        add(
          R.exposedWithoutPolicy,
          ['spec', 'type'],
          `type ${String(spec.type)} and no NetworkPolicy selects its pods`,
        );
    }
    if (o.kind === 'Ingress') {
      const tlsHosts = new Set(list(spec.tls).flatMap((t) => strings(t.hosts)));
      const rules = list(spec.rules);
      const open = rules.map((r) => String(r.host ?? '*')).filter((h) => !tlsHosts.has(h));
      if (!list(spec.tls).length) add(R.ingressWithoutTls, ['spec'], 'no spec.tls');
      else if (open.length)
        add(R.ingressWithoutTls, ['spec', 'tls'], `hosts without TLS: ${open.join(', ')}`);
    }
    const podAt = POD_SPEC[String(o.kind)];
    const pod = podAt ? obj(podAt.reduce<unknown>((v, k) => obj(v)?.[k as string], o)) : undefined;
    for (const group of ['initContainers', 'containers'] as const)
      list(pod?.[group]).forEach((c, i) =>
        list(c.ports).forEach((p, j) => {
          if (p.hostPort !== undefined)
            add(
              R.hostPort,
              [...podAt!, group, i, 'ports', j, 'hostPort'],
              `container ${String(c.name)} hostPort ${String(p.hostPort)}`,
            );
        }),
      );
    if (o.kind === 'Role' || o.kind === 'ClusterRole')
      list(o.rules).forEach((r, i) => {
        const wild = ['apiGroups', 'resources', 'verbs'].filter((k) => strings(r[k]).includes('*'));
        if (wild.length) add(R.rbacWildcard, ['rules', i], `* in ${wild.join(', ')}`);
      });
    if (o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding') {
      const role = String(obj(o.roleRef)?.name ?? '');
      const anon = list(o.subjects)
        .map((s) => String(s.name))
        .filter((n) => ANONYMOUS.has(n));
      if (role === 'cluster-admin') add(R.clusterAdmin, ['roleRef', 'name'], 'binds cluster-admin');
      if (anon.length) add(R.clusterAdmin, ['subjects'], `binds ${role} to ${anon.join(', ')}`);
    }
  }
  return out;
}
