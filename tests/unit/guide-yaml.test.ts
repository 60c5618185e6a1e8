// Every ```yaml block of the guide, in both locales, must be a manifest a reader can apply (or be marked as a
// fragment): it parses, a Service has ports, a workload's selector matches its template labels, Pod fields sit
// under spec.template.spec, a ServiceMonitor selects a Service of the guide by its labels and port name, and
// the custom resources carry the fields their controllers need.
//
// Fragment convention: a block that is deliberately not a whole object carries the bare word `fragment` in its
// fence meta and says so in its title, e.g. ```yaml title="affinity (fragment)" fragment — the code block ignores
// unknown meta words, so the flag costs nothing on screen.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const LOCALE_DIRS = {
  ko: path.join(root, 'docs'),
  en: path.join(root, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current'),
} as const;

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return mdxFiles(full);
    return name.endsWith('.mdx') ? [full] : [];
  });
}

export interface YamlBlock {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly meta: string;
  readonly code: string;
}

/** The ```yaml fences of an MDX source (``` or ~~~, any length, closed by a fence of the same kind). */
export function yamlBlocks(source: string, file: string): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  let open: {fence: string; lang: string; meta: string; line: number; body: string[]} | null = null;
  source.split('\n').forEach((text, index) => {
    const m = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(text);
    if (open !== null) {
      const fence = m?.[1];
      if (fence !== undefined && fence[0] === open.fence[0] && fence.length >= open.fence.length && m?.[2] === '') {
        if (open.lang === 'yaml' || open.lang === 'yml')
          blocks.push({file, line: open.line, meta: open.meta, code: open.body.join('\n')});
        open = null;
      } else open.body.push(text);
      return;
    }
    if (m?.[1] !== undefined) open = {fence: m[1], lang: m[2] ?? '', meta: m[3] ?? '', line: index + 1, body: []};
  });
  return blocks;
}

const isFragment = (block: YamlBlock): boolean => /(^|\s)fragment(\s|$)/.test(block.meta);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface Doc {
  readonly where: string;
  readonly value: Obj;
}

/** Parse every block (multi-document `---` included); a parse error or a non-object document is a problem. */
export function parseBlocks(blocks: readonly YamlBlock[]): {docs: Doc[]; problems: string[]} {
  const docs: Doc[] = [];
  const problems: string[] = [];
  for (const block of blocks) {
    const where = `${path.relative(root, block.file)}:${block.line}`;
    let parsed: unknown[];
    try {
      parsed = yaml.loadAll(block.code);
    } catch (error) {
      problems.push(`${where}: does not parse: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    parsed.forEach((value, i) => {
      const at = parsed.length > 1 ? `${where} (document ${i + 1})` : where;
      if (value === null || value === undefined) return;
      if (!isObj(value)) {
        problems.push(`${at}: a document must be a mapping`);
        return;
      }
      if (isFragment(block)) return;
      if (
        str(value.apiVersion) === undefined ||
        str(value.kind) === undefined ||
        str(obj(value.metadata).name) === undefined
      ) {
        problems.push(
          `${at}: not a whole object (apiVersion, kind, metadata.name); show it under its parent or mark the block as a fragment`,
        );
        return;
      }
      docs.push({where: at, value});
    });
  }
  return {docs, problems};
}

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
/** Fields of a PodSpec: in a workload they belong under spec.template.spec, never under spec. */
const POD_SPEC_FIELDS = [
  'affinity',
  'containers',
  'topologySpreadConstraints',
  'nodeSelector',
  'tolerations',
  'initContainers',
];
const CLIENT_ROUTING_POLICIES = new Set([
  'availability_zone_affinity',
  'partial_availability_zone_affinity',
  'any_availability_zone',
]);

function labelsMatch(selector: Obj, labels: Obj): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

interface ServiceInfo {
  readonly name: string;
  readonly labels: Obj;
  readonly portNames: ReadonlySet<string>;
  readonly portNumbers: ReadonlySet<number>;
}

/** The problems of a set of whole objects, checked against each other (one locale of the guide at a time). */
export function checkDocs(docs: readonly Doc[]): string[] {
  const problems: string[] = [];
  const services: ServiceInfo[] = [];
  for (const {value} of docs) {
    if (value.kind !== 'Service') continue;
    const ports = arr(obj(value.spec).ports).map(obj);
    services.push({
      name: str(obj(value.metadata).name) ?? '',
      labels: obj(obj(value.metadata).labels),
      portNames: new Set(ports.map((p) => str(p.name)).filter((n): n is string => n !== undefined)),
      portNumbers: new Set(ports.map((p) => p.port).filter((n): n is number => typeof n === 'number')),
    });
  }
  const serviceWithPort = (name: unknown, port: unknown): boolean =>
    services.some(
      (s) =>
        s.name === name &&
        (typeof port === 'number' ? s.portNumbers.has(port) : typeof port === 'string' && s.portNames.has(port)),
    );

  for (const {where, value} of docs) {
    const kind = str(value.kind);
    const spec = obj(value.spec);
    const name = str(obj(value.metadata).name);
    const at = `${where} ${kind}/${name}`;
    switch (kind) {
      case 'Service': {
        const ports = arr(spec.ports).map(obj);
        if (spec.type !== 'ExternalName' && ports.length === 0) problems.push(`${at}: a Service needs spec.ports`);
        for (const p of ports) if (typeof p.port !== 'number') problems.push(`${at}: every port needs a numeric port`);
        if (ports.length > 1 && ports.some((p) => str(p.name) === undefined))
          problems.push(`${at}: several ports must each be named`);
        const attributes = str(
          obj(obj(value.metadata).annotations)['service.beta.kubernetes.io/aws-load-balancer-attributes'],
        );
        for (const pair of attributes?.split(',') ?? []) {
          const [key, val] = pair.split('=');
          if (key === 'dns_record.client_routing_policy' && !CLIENT_ROUTING_POLICIES.has(val ?? '')) {
            problems.push(`${at}: dns_record.client_routing_policy=${String(val)} is not a policy the NLB accepts`);
          }
        }
        break;
      }
      case 'ServiceMonitor': {
        const selector = obj(obj(spec.selector).matchLabels);
        const selected = services.filter((s) => labelsMatch(selector, s.labels));
        if (selected.length === 0)
          problems.push(`${at}: selects no Service of the guide by its labels (${JSON.stringify(selector)})`);
        for (const e of arr(spec.endpoints).map(obj)) {
          const port = str(e.port);
          if (port === undefined) problems.push(`${at}: endpoints[].port must name a Service port`);
          else if (selected.length > 0 && !selected.some((s) => s.portNames.has(port))) {
            problems.push(`${at}: no selected Service has a port named "${port}"`);
          }
        }
        break;
      }
      case 'Gateway': {
        if (str(spec.gatewayClassName) === undefined) problems.push(`${at}: spec.gatewayClassName is required`);
        const listeners = arr(spec.listeners).map(obj);
        if (listeners.length === 0) problems.push(`${at}: spec.listeners is required`);
        for (const l of listeners) {
          if (str(l.name) === undefined || str(l.protocol) === undefined || typeof l.port !== 'number') {
            problems.push(`${at}: each listener needs name, protocol and a numeric port`);
          }
        }
        break;
      }
      case 'TargetGroupBinding': {
        const ref = obj(spec.serviceRef);
        if (!serviceWithPort(ref.name, ref.port))
          problems.push(`${at}: serviceRef ${String(ref.name)}:${String(ref.port)} is no Service port of the guide`);
        if (!/^arn:aws[\w-]*:elasticloadbalancing:/.test(str(spec.targetGroupARN) ?? ''))
          problems.push(`${at}: targetGroupARN must be a target group ARN`);
        break;
      }
      case 'TargetGroupConfiguration': {
        if (str(obj(spec.targetReference).name) === undefined)
          problems.push(`${at}: spec.targetReference.name is required`);
        break;
      }
      case 'Ingress': {
        for (const rule of arr(spec.rules).map(obj)) {
          for (const p of arr(obj(rule.http).paths).map(obj)) {
            const svc = obj(obj(p.backend).service);
            const port = obj(svc.port);
            if (!serviceWithPort(svc.name, port.number ?? port.name))
              problems.push(`${at}: backend ${String(svc.name)} is no Service port of the guide`);
          }
        }
        break;
      }
      case 'DestinationRule': {
        if (str(spec.host) === undefined) problems.push(`${at}: spec.host is required`);
        const http = obj(obj(obj(spec.trafficPolicy).connectionPool).http);
        // A low cap closes keep-alive connections that often, so each reopen pays a new mTLS handshake.
        if (
          typeof http.maxRequestsPerConnection === 'number' &&
          http.maxRequestsPerConnection > 0 &&
          http.maxRequestsPerConnection < 1000
        ) {
          problems.push(
            `${at}: maxRequestsPerConnection ${http.maxRequestsPerConnection} forces frequent new connections`,
          );
        }
        break;
      }
      default:
        if (kind !== undefined && WORKLOADS.has(kind)) {
          const template = obj(spec.template);
          const selector = obj(obj(spec.selector).matchLabels);
          if (!labelsMatch(selector, obj(obj(template.metadata).labels))) {
            problems.push(`${at}: spec.selector.matchLabels must match spec.template.metadata.labels`);
          }
          if (arr(obj(template.spec).containers).length === 0)
            problems.push(`${at}: spec.template.spec.containers is required`);
          const misplaced = POD_SPEC_FIELDS.filter((f) => f in spec);
          if (misplaced.length > 0) problems.push(`${at}: ${misplaced.join(', ')} belong under spec.template.spec`);
        }
    }
  }
  return problems;
}

function check(source: string): string[] {
  const {docs, problems} = parseBlocks(yamlBlocks(source, path.join(root, 'fixture.mdx')));
  return [...problems, ...checkDocs(docs)];
}

// ---------------------------------------------------------------------------

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: web
spec:
  selector:
    app: web
  ports:
    - name: metrics
      port: 9090`;

describe('the checker finds each kind of broken manifest (so the guide checks can fail)', () => {
  it('accepts a whole, consistent sample', () => {
    expect(check('```yaml title="ok.yaml"\n' + SERVICE + '\n```\n')).toEqual([]);
  });

  it.each([
    ['a parse error', 'a: [1, 2\n', 'does not parse'],
    [
      'a Service without ports',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: x\n',
      'needs spec.ports',
    ],
    [
      'a selector that does not match the template labels',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector:\n    matchLabels:\n      app: a\n  template:\n    metadata:\n      labels:\n        app: b\n    spec:\n      containers:\n        - name: c\n          image: c\n',
      'must match spec.template.metadata.labels',
    ],
    [
      'Pod fields directly under a workload spec',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  affinity: {}\n  selector:\n    matchLabels:\n      app: a\n  template:\n    metadata:\n      labels:\n        app: a\n    spec:\n      containers:\n        - name: c\n          image: c\n',
      'belong under spec.template.spec',
    ],
    ['an unmarked fragment', 'spec:\n  affinity:\n    podAffinity: {}\n', 'not a whole object'],
    [
      'a ServiceMonitor selecting labels no Service has',
      SERVICE +
        '\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: m\nspec:\n  selector:\n    matchLabels:\n      app: other\n  endpoints:\n    - port: metrics\n',
      'selects no Service',
    ],
    [
      'a ServiceMonitor naming a port the Service lacks',
      SERVICE +
        '\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: m\nspec:\n  selector:\n    matchLabels:\n      app: web\n  endpoints:\n    - port: http\n',
      'no selected Service has a port named "http"',
    ],
    [
      'a Gateway without listeners',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: g\nspec:\n  gatewayClassName: amazon-vpc-lattice\n',
      'spec.listeners is required',
    ],
    [
      'a TargetGroupBinding pointing at no Service',
      'apiVersion: elbv2.k8s.aws/v1beta1\nkind: TargetGroupBinding\nmetadata:\n  name: t\nspec:\n  serviceRef:\n    name: nope\n    port: 80\n  targetGroupARN: arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/x/y\n',
      'is no Service port of the guide',
    ],
    [
      'a TargetGroupConfiguration without a target',
      'apiVersion: gateway.k8s.aws/v1beta1\nkind: TargetGroupConfiguration\nmetadata:\n  name: t\nspec: {}\n',
      'targetReference.name is required',
    ],
    [
      'an unknown NLB client routing policy',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: n\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-attributes: dns_record.client_routing_policy=same_zone\nspec:\n  ports:\n    - port: 80\n',
      'is not a policy the NLB accepts',
    ],
    [
      'a DestinationRule capping requests per connection at 10',
      'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: r\nspec:\n  host: r\n  trafficPolicy:\n    connectionPool:\n      http:\n        maxRequestsPerConnection: 10\n',
      'forces frequent new connections',
    ],
  ])('%s', (_what, body, message) => {
    const problems = check('```yaml title="broken.yaml"\n' + body + '```\n');
    expect(problems.join('\n')).toContain(message);
  });

  it('accepts a fragment only when its fence says so', () => {
    expect(check('```yaml title="affinity (fragment)" fragment\nspec:\n  affinity: {}\n```\n')).toEqual([]);
  });

  it('reads ~~~ fences and skips other languages', () => {
    const blocks = yamlBlocks('```bash\nkind: x\n```\n~~~yaml\na: 1\n~~~\n', 'f.mdx');
    expect(blocks.map((b) => b.code)).toEqual(['a: 1']);
  });
});

describe.each(Object.entries(LOCALE_DIRS))('guide YAML (%s)', (_locale, dir) => {
  const files = mdxFiles(dir);
  const blocks = files.flatMap((file) => yamlBlocks(readFileSync(file, 'utf8'), file));
  const {docs, problems} = parseBlocks(blocks);

  it('has YAML blocks to check', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(blocks.length).toBeGreaterThan(10);
  });

  it('parses every block into whole objects (or marked fragments)', () => {
    expect(problems).toEqual([]);
  });

  it('every manifest is consistent on its own and with the others', () => {
    expect(checkDocs(docs)).toEqual([]);
  });

  it('sets the NLB DNS affinity attribute the prose talks about', () => {
    const prose = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    if (!prose.includes('dns_record.client_routing_policy')) return;
    const set = docs.some(({value}) =>
      (
        str(obj(obj(value.metadata).annotations)['service.beta.kubernetes.io/aws-load-balancer-attributes']) ?? ''
      ).includes('dns_record.client_routing_policy='),
    );
    expect(set).toBe(true);
  });
});
