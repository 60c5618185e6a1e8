import type {Bilingual, GuideSectionId, NetworkLayer, SingleClusterOptionId} from './types';

/** Rows of ServiceTypeComparison, one per way to expose a Service. Each row is linkable as `#svc-<id>`. */
export const SERVICE_TYPE_IDS = [
  'clusterip',
  'headless',
  'internal-nlb-instance',
  'internal-nlb-ip',
  'internal-alb-instance',
  'internal-alb-ip',
] as const;
export type ServiceTypeId = (typeof SERVICE_TYPE_IDS)[number];

export interface ServiceTypeInfo {
  readonly id: ServiceTypeId;
  readonly name: Bilingual;
  readonly layer: NetworkLayer;
  readonly behaviour: Bilingual;
  readonly pros: readonly Bilingual[];
  readonly cons: readonly Bilingual[];
  /** Network hops from the calling pod to the target pod. */
  readonly hops: number;
  readonly recommendedDefault: boolean;
  readonly guideSectionId: GuideSectionId;
  /** The simulator option whose cost this row corresponds to (ALB instance mode has none of its own). */
  readonly costOptionId: SingleClusterOptionId | null;
}

export const SERVICE_TYPES = [
  {
    id: 'clusterip',
    name: {ko: 'ClusterIP', en: 'ClusterIP'},
    layer: 'L4',
    behaviour: {
      ko: 'kube-proxy(iptables/nftables)가 가상 IP를 파드 IP로 바꿔 바로 보냅니다. trafficDistribution(PreferSameZone)이나 Topology Aware Routing으로 같은 AZ를 우선할 수 있습니다.',
      en: 'kube-proxy (iptables/nftables) rewrites the virtual IP to a Pod IP and sends directly. trafficDistribution (PreferSameZone) or Topology Aware Routing keeps calls in the zone.',
    },
    pros: [
      {ko: '추가 요금 없음, 1홉으로 가장 낮은 지연', en: 'No extra charge; one hop, the lowest latency'},
      {
        ko: 'trafficDistribution이나 Topology Aware Routing과 결합해 AZ 간 요금 절감',
        en: 'Combines with trafficDistribution or Topology Aware Routing to cut inter-AZ charges',
      },
    ],
    cons: [
      {ko: 'L4 전용: 경로 기반 라우팅·WAF 없음', en: 'L4 only: no path routing, no WAF'},
      {ko: 'AZ 인식 없이 쓰면 (az−1)/az가 AZ를 넘음', en: 'Without zone awareness, (az−1)/az of calls cross zones'},
    ],
    hops: 1,
    recommendedDefault: true,
    guideSectionId: 'topology-aware-routing',
    costOptionId: 'clusterip',
  },
  {
    id: 'headless',
    name: {ko: 'Headless (clusterIP: None)', en: 'Headless (clusterIP: None)'},
    layer: 'DNS',
    behaviour: {
      ko: 'DNS가 파드 IP 목록을 돌려주고 클라이언트가 직접 연결합니다. StatefulSet 파드마다 고정 DNS 이름이 생깁니다.',
      en: 'DNS returns the Pod IPs and the client connects directly; each StatefulSet Pod gets a stable DNS name.',
    },
    pros: [
      {
        ko: '프록시 없이 1홉, 개별 파드 주소 지정 (데이터베이스, 카프카)',
        en: 'One hop with no proxy; addresses individual Pods (databases, Kafka)',
      },
    ],
    cons: [
      {ko: '부하 분산이 클라이언트 DNS 캐시에 좌우됨', en: 'Balancing depends on client DNS caching'},
      {
        ko: 'trafficDistribution·Topology Aware Routing 적용 안 됨',
        en: 'trafficDistribution and Topology Aware Routing do not apply',
      },
    ],
    hops: 1,
    recommendedDefault: false,
    guideSectionId: 'who-picks-the-endpoint',
    costOptionId: 'headless',
  },
  {
    id: 'internal-nlb-instance',
    name: {ko: '내부 NLB (instance 모드)', en: 'Internal NLB (instance mode)'},
    layer: 'L4',
    behaviour: {
      ko: 'NLB → 노드 NodePort → kube-proxy → 파드. 받은 노드가 다른 AZ의 파드로 다시 보낼 수 있습니다.',
      en: 'NLB → node NodePort → kube-proxy → Pod. The receiving node may forward again to a Pod in another zone.',
    },
    pros: [{ko: 'AWS Load Balancer Controller 없이도 동작', en: 'Works without the AWS Load Balancer Controller'}],
    cons: [
      {ko: '홉이 하나 더 늘고 AZ 간 요금이 늘어남', en: 'One more hop and more inter-AZ charges'},
      {ko: 'NLB 시간·NLCU 고정비', en: 'NLB hourly and NLCU charges'},
    ],
    hops: 3,
    recommendedDefault: false,
    guideSectionId: 'internal-lb-ip-mode',
    costOptionId: 'internal-nlb-instance',
  },
  {
    id: 'internal-nlb-ip',
    name: {ko: '내부 NLB (IP 모드)', en: 'Internal NLB (IP mode)'},
    layer: 'L4',
    behaviour: {
      ko: 'NLB가 파드 IP로 직접 보냅니다 (AWS Load Balancer Controller 필요). 교차 영역은 기본값이 꺼짐입니다.',
      en: 'The NLB sends straight to Pod IPs (needs the AWS Load Balancer Controller). Cross-zone is off by default.',
    },
    pros: [
      {
        ko: '고정 IP와 L4 안정성, 클러스터 밖 클라이언트도 접근',
        en: 'Static IPs and L4 stability; reachable from outside the cluster',
      },
      {
        ko: 'AZ DNS 선호도로 클라이언트→NLB AZ 간 전송 감소',
        en: 'AZ DNS affinity reduces client→NLB inter-AZ transfer',
      },
    ],
    cons: [{ko: 'NLB 시간·NLCU 고정비, 추가 홉', en: 'NLB hourly and NLCU charges; an extra hop'}],
    hops: 2,
    recommendedDefault: false,
    guideSectionId: 'internal-lb-ip-mode',
    costOptionId: 'internal-nlb-ip',
  },
  {
    id: 'internal-alb-instance',
    name: {ko: '내부 ALB (instance 모드)', en: 'Internal ALB (instance mode)'},
    layer: 'L7',
    behaviour: {
      ko: 'ALB → 노드 NodePort → kube-proxy → 파드 (target-type: instance). 가능하지만 권장되지 않습니다.',
      en: 'ALB → node NodePort → kube-proxy → Pod (target-type: instance). Supported but not recommended.',
    },
    pros: [{ko: 'L7 라우팅, WAF', en: 'L7 routing, WAF'}],
    cons: [
      {ko: 'NodePort 재전달로 홉과 AZ 간 요금 증가', en: 'NodePort forwarding adds a hop and inter-AZ charges'},
      {ko: 'ALB 시간·LCU 고정비', en: 'ALB hourly and LCU charges'},
    ],
    hops: 3,
    recommendedDefault: false,
    guideSectionId: 'internal-lb-ip-mode',
    costOptionId: null,
  },
  {
    id: 'internal-alb-ip',
    name: {ko: '내부 ALB (IP 모드)', en: 'Internal ALB (IP mode)'},
    layer: 'L7',
    behaviour: {
      ko: 'ALB가 파드 IP로 직접 보냅니다 (target-type: ip, EKS 모범 사례). ALB→대상의 AZ 간 전송은 무료입니다.',
      en: 'The ALB sends straight to Pod IPs (target-type: ip, the EKS best practice). ALB→target transfer across zones is free.',
    },
    pros: [
      {
        ko: '경로·헤더·gRPC 메서드 라우팅, WAF, 가중치 대상 그룹',
        en: 'Path, header and gRPC-method routing, WAF, weighted target groups',
      },
      {ko: 'EC2→EKS 마이그레이션의 과도기에 적합', en: 'Suits the transition period of an EC2→EKS migration'},
    ],
    cons: [
      {ko: '클라이언트→ALB 노드가 AZ를 넘으면 과금', en: 'Client→ALB node across zones is charged'},
      {ko: 'ALB 시간·LCU 고정비, L7 프록시 지연', en: 'ALB hourly and LCU charges; L7 proxy latency'},
    ],
    hops: 2,
    recommendedDefault: false,
    guideSectionId: 'internal-lb-ip-mode',
    costOptionId: 'internal-alb',
  },
] as const satisfies readonly ServiceTypeInfo[];
