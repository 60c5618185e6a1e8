import {DEFAULT_INPUT, withDefaults, type SimulationInput} from './inputs';
import {serializeSimulationQuery} from './query';
import {nlbTrafficDominatesTb} from './thresholds';
import type {Bilingual, GuideSectionId, OptionId, SingleClusterOptionId} from './types';

/**
 * The seed guide's eight scenarios (its conclusion, the scenario matrix, the hybrid strategy and the
 * migration and DR notes), each with a simulator preset. Row anchors are `#scenario-<id>`.
 */
export const SCENARIO_SCOPES = ['single-cluster', 'multi-cluster', 'multi-account', 'dr'] as const;
export type ScenarioScope = (typeof SCENARIO_SCOPES)[number];

export const SCENARIO_NEEDS = [
  'l7-routing',
  'mtls',
  'lowest-latency',
  'static-ip',
  'stateful',
  'few-operators',
] as const;
export type ScenarioNeed = (typeof SCENARIO_NEEDS)[number];

export const SCENARIO_SCOPE_LABELS: Readonly<Record<ScenarioScope, Bilingual>> = {
  'single-cluster': {ko: '단일 클러스터', en: 'Single cluster'},
  'multi-cluster': {ko: '멀티 클러스터', en: 'Multi-cluster'},
  'multi-account': {ko: '멀티 계정', en: 'Multi-account'},
  dr: {ko: '재해 복구(DR)', en: 'Disaster recovery (DR)'},
};

export const SCENARIO_NEED_LABELS: Readonly<Record<ScenarioNeed, Bilingual>> = {
  'l7-routing': {ko: 'L7 라우팅', en: 'L7 routing'},
  mtls: {ko: 'mTLS·제로 트러스트', en: 'mTLS / zero trust'},
  'lowest-latency': {ko: '최저 지연', en: 'Lowest latency'},
  'static-ip': {ko: '고정 IP', en: 'Static IP'},
  stateful: {ko: '상태 저장(StatefulSet)', en: 'Stateful (StatefulSet)'},
  'few-operators': {ko: '적은 운영 인력', en: 'Few operators'},
};

export interface Scenario {
  readonly id: string;
  readonly scope: ScenarioScope;
  readonly needs: readonly ScenarioNeed[];
  readonly title: Bilingual;
  readonly description: Bilingual;
  /** Recommended options, best first. */
  readonly recommendedOptionIds: readonly OptionId[];
  readonly guideSectionIds: readonly GuideSectionId[];
  /** Simulator inputs for "simulate this"; `base` is the option the scenario compares against. */
  readonly preset: Partial<SimulationInput> & {readonly base: SingleClusterOptionId};
}

/** Monthly TB past which an internal NLB's per-GB charges outweigh its hourly fee, at the default inputs. */
const NLB_TRAFFIC_DOMINATES_TB = nlbTrafficDominatesTb(DEFAULT_INPUT).toFixed(1);
export const SCENARIOS = [
  {
    id: 'low-cost-low-latency',
    scope: 'single-cluster',
    needs: ['lowest-latency', 'few-operators'],
    title: {ko: '저비용 + 초저지연 (단일 클러스터)', en: 'Low cost and lowest latency (single cluster)'},
    description: {
      ko: 'ClusterIP에 trafficDistribution: PreferSameZone(AZ별 용량이 고르지 않으면 과부하 보호가 있는 Topology Aware Routing)과 NodeLocal DNSCache를 더하고, 노드마다 대상이 있는 서비스에만 internalTrafficPolicy: Local을 씁니다. Pod Topology Spread로 AZ마다 엔드포인트를 고르게 둡니다.',
      en: 'ClusterIP with trafficDistribution: PreferSameZone (or Topology Aware Routing, whose overload protection helps when zones differ in capacity) and NodeLocal DNSCache; internalTrafficPolicy: Local only for services with a target on every node. Pod Topology Spread keeps endpoints even across zones.',
    },
    recommendedOptionIds: ['prefer-same-zone', 'topology-aware', 'itp-local'],
    guideSectionIds: ['topology-aware-routing', 'internal-traffic-policy', 'pod-topology-spread', 'nodelocal-dnscache'],
    preset: {base: 'clusterip'},
  },
  {
    id: 'l4-static-ip',
    scope: 'single-cluster',
    needs: ['static-ip'],
    title: {ko: 'L4 안정성과 고정 IP', en: 'L4 stability and static IPs'},
    description: {
      ko: `내부 NLB를 IP 모드로 씁니다. 교차 영역 로드 밸런싱은 끄고 AZ DNS 선호도를 켜면 AZ 간 요금이 줄어듭니다. 기본 입력에서 월 ${NLB_TRAFFIC_DOMINATES_TB} TB를 넘으면 GB당 요금(NLCU와 AZ 간 전송)이 시간당 요금보다 커집니다.`,
      en: `An internal NLB in IP mode. Keep cross-zone load balancing off and turn on AZ DNS affinity to cut inter-AZ charges. At the default inputs, past ${NLB_TRAFFIC_DOMINATES_TB} TB/month its per-GB charges (NLCUs and inter-AZ transfer) outweigh its hourly fee.`,
    },
    recommendedOptionIds: ['internal-nlb-ip'],
    guideSectionIds: ['internal-lb-ip-mode', 'cost-simulation'],
    preset: {base: 'internal-nlb-ip', tb: 5},
  },
  {
    id: 'l7-routing-waf',
    scope: 'single-cluster',
    needs: ['l7-routing'],
    title: {ko: 'L7 라우팅·WAF·gRPC 메서드별 제어', en: 'L7 routing, WAF and per-gRPC-method control'},
    description: {
      ko: '내부 ALB(IP 모드)와 Kubernetes Gateway API를 그 기능이 필요한 경로에만 두고, 나머지 서비스 간 호출은 ClusterIP + Topology Aware Routing으로 유지합니다 (하이브리드 전략).',
      en: 'An internal ALB (IP mode) with the Kubernetes Gateway API only on the paths that need it; all other service-to-service calls stay on ClusterIP + Topology Aware Routing (the hybrid strategy).',
    },
    recommendedOptionIds: ['internal-alb', 'topology-aware'],
    guideSectionIds: ['internal-lb-ip-mode', 'cost-simulation'],
    preset: {base: 'internal-alb', rules: 20},
  },
  {
    id: 'zero-trust-multi-cluster',
    scope: 'multi-cluster',
    needs: ['mtls', 'l7-routing'],
    title: {ko: '전사 제로 트러스트, 멀티 클러스터', en: 'Company-wide zero trust across clusters'},
    description: {
      ko: 'Istio ambient로 모든 워크로드에 mTLS를 적용하고, L7 정책이 필요한 워크로드에만 waypoint나 사이드카를 씁니다. 클러스터 사이는 Istio 멀티 클러스터로 잇습니다.',
      en: 'Istio ambient for mTLS everywhere, with waypoints or sidecars only for workloads that need L7 policy; Istio multi-cluster between clusters.',
    },
    recommendedOptionIds: ['istio-ambient', 'istio-sidecar', 'istio-multicluster'],
    guideSectionIds: ['istio', 'istio-multicluster', 'multi-cluster'],
    preset: {base: 'istio-sidecar', wp: 1},
  },
  {
    id: 'multi-account-many-services',
    scope: 'multi-account',
    needs: ['few-operators'],
    title: {ko: '다계정·수십 개 이상의 서비스', en: 'Many accounts and dozens of services'},
    description: {
      ko: '관리형 VPC Lattice와 IAM 인증 정책으로 계정·VPC를 넘는 서비스 연결을 단순하게 유지합니다. 서비스 수와 바이트에 비례한 요금을 감수합니다.',
      en: 'Managed VPC Lattice with IAM auth policies keeps connectivity across accounts and VPCs simple, at a price that scales with services and bytes.',
    },
    recommendedOptionIds: ['vpc-lattice-cross-vpc', 'vpc-lattice'],
    guideSectionIds: ['vpc-lattice', 'multi-cluster'],
    preset: {base: 'vpc-lattice', svc: 50},
  },
  {
    id: 'stateful-statefulset',
    scope: 'single-cluster',
    needs: ['stateful', 'lowest-latency'],
    title: {ko: '상태 저장 서비스 (StatefulSet)', en: 'Stateful services (StatefulSet)'},
    description: {
      ko: '데이터베이스·메시지 큐처럼 개별 파드를 가리키는 서비스는 Headless Service로 클라이언트가 직접 연결합니다. 읽기 복제본은 AZ마다 두어 같은 AZ로 읽습니다.',
      en: 'Services that address individual Pods (databases, message queues) use a headless Service and connect directly; put read replicas in every zone to read locally.',
    },
    recommendedOptionIds: ['headless'],
    guideSectionIds: ['overview', 'pod-topology-spread'],
    preset: {base: 'headless'},
  },
  {
    id: 'ec2-to-eks-migration',
    scope: 'single-cluster',
    needs: ['l7-routing'],
    title: {ko: 'EC2→EKS 마이그레이션', en: 'EC2→EKS migration'},
    description: {
      ko: '과도기에는 내부 ALB의 가중치 대상 그룹(EC2 인스턴스 + EKS 파드 IP)으로 점진 전환하고, 100% 전환 뒤 ALB를 없애 ClusterIP로 돌아갑니다.',
      en: 'During the transition, shift gradually with weighted target groups on an internal ALB (EC2 instances + EKS Pod IPs); at 100% remove the ALB and go back to ClusterIP.',
    },
    recommendedOptionIds: ['internal-alb', 'topology-aware'],
    guideSectionIds: ['migration', 'internal-lb-ip-mode'],
    preset: {base: 'internal-alb'},
  },
  {
    id: 'dr-few-clusters',
    scope: 'dr',
    needs: ['few-operators'],
    title: {ko: '재해 복구와 소수 클러스터', en: 'Disaster recovery with a few clusters'},
    description: {
      ko: '클러스터 2–3개에 호출이 잦지 않으면 Route 53 + ExternalDNS(NLB 뒤)가 가장 단순합니다. 지연이 중요하고 모두 Cilium이면 ClusterMesh를 씁니다.',
      en: 'With two or three clusters and infrequent calls, Route 53 + ExternalDNS (behind NLBs) is the simplest; when latency matters and every cluster runs Cilium, use ClusterMesh.',
    },
    recommendedOptionIds: ['route53-externaldns', 'cilium-clustermesh'],
    guideSectionIds: ['route53-externaldns', 'cilium-clustermesh', 'multi-cluster'],
    preset: {base: 'internal-nlb-ip', tb: 1},
  },
] as const satisfies readonly Scenario[];

export type ScenarioId = (typeof SCENARIOS)[number]['id'];

/** The complete simulator input of a scenario's preset. */
export function scenarioInput(scenario: Scenario): SimulationInput {
  return withDefaults(scenario.preset);
}

/** The simulator query (without `?`) that opens this scenario's preset. */
export function scenarioQuery(scenario: Scenario): string {
  return serializeSimulationQuery(scenarioInput(scenario));
}
