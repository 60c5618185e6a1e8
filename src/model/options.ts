import {costStructures} from './costStructure';
import type {OptionId, OptionInfo} from './types';

const COST_STRUCTURE = costStructures();

/**
 * The option catalog: every option the simulator prices, with its stable id. The `costStructure` formulas are
 * written in costStructure.ts from the price book's constants; the cost arithmetic lives in cost.ts.
 */
export const OPTIONS = [
  {
    id: 'itp-local',
    scope: 'single',
    name: {ko: 'ClusterIP + internalTrafficPolicy: Local', en: 'ClusterIP + internalTrafficPolicy: Local'},
    description: {
      ko: '같은 노드의 엔드포인트로만 보냅니다. 데이터가 노드를 떠나지 않아 AZ 간 요금과 추가 홉이 없습니다.',
      en: 'Sends only to endpoints on the same node. Bytes never leave the node: no inter-AZ charge, no extra hop.',
    },
    costStructure: COST_STRUCTURE['itp-local'],
    risk: {
      ko: '호출하는 노드에 대상 파드가 없으면 kube-proxy가 트래픽을 버립니다. DaemonSet이나 파드 어피니티로 모든 노드에 대상을 두어야 합니다. 같은 Service에서 Topology Aware Routing과 함께 쓸 수 없습니다.',
      en: 'kube-proxy drops traffic on nodes without a local endpoint. Every calling node needs a target Pod (DaemonSet or Pod affinity). Cannot be combined with Topology Aware Routing on the same Service.',
    },
    layer: 'L4',
    hops: 1,
    guideSectionId: 'internal-traffic-policy',
  },
  {
    id: 'prefer-same-zone',
    scope: 'single',
    name: {
      ko: 'ClusterIP + trafficDistribution: PreferSameZone',
      en: 'ClusterIP + trafficDistribution: PreferSameZone',
    },
    description: {
      ko: '같은 AZ에 엔드포인트가 있으면 모두 그쪽으로 보내고, 없을 때만 클러스터 전체로 보냅니다 (Kubernetes 1.34 베타, 1.35 GA).',
      en: 'Sends everything to same-zone endpoints when any exist, cluster-wide otherwise (Kubernetes 1.34 beta, 1.35 GA).',
    },
    costStructure: COST_STRUCTURE['prefer-same-zone'],
    risk: {
      ko: 'CPU 비례 분배나 과부하 보호가 없습니다. AZ마다 클라이언트 부하에 맞게 엔드포인트를 직접 배치해야 합니다.',
      en: 'No CPU-proportional allocation and no overload protection: you must size endpoints per zone to the client load yourself.',
    },
    layer: 'L4',
    hops: 1,
    guideSectionId: 'topology-aware-routing',
  },
  {
    id: 'topology-aware',
    scope: 'single',
    name: {
      ko: 'ClusterIP + Topology Aware Routing (topology-mode: Auto)',
      en: 'ClusterIP + Topology Aware Routing (topology-mode: Auto)',
    },
    description: {
      ko: 'EndpointSlice 컨트롤러가 AZ별 할당 가능 CPU에 비례해 힌트를 나누고, kube-proxy가 같은 AZ 힌트의 엔드포인트로 보냅니다.',
      en: 'The EndpointSlice controller hints endpoints to zones in proportion to allocatable CPU; kube-proxy sends to endpoints hinted for its zone.',
    },
    costStructure: COST_STRUCTURE['topology-aware'],
    risk: {
      ko: '엔드포인트가 AZ 수보다 적거나, 최소 할당이 20% 과부하 기준을 넘거나, 노드가 한 AZ에만 있으면 힌트가 사라지고 무작위 라우팅으로 돌아갑니다. AZ당 엔드포인트 3개 이상을 권장합니다.',
      en: 'Hints are removed (random routing again) with fewer endpoints than zones, when minimum allocations exceed the 20% overload threshold, or with ready nodes in one zone only. At least 3 endpoints per zone are recommended.',
    },
    layer: 'L4',
    hops: 1,
    guideSectionId: 'topology-aware-routing',
  },
  {
    id: 'clusterip',
    scope: 'single',
    name: {ko: 'ClusterIP (AZ 인식 없음)', en: 'ClusterIP (no zone awareness)'},
    description: {
      ko: 'kube-proxy가 클러스터 전체의 엔드포인트 중 하나를 고릅니다. 고르게 퍼져 있으면 (az−1)/az가 AZ를 넘습니다.',
      en: 'kube-proxy picks any endpoint in the cluster; with an even spread, (az−1)/az of calls cross a zone.',
    },
    costStructure: COST_STRUCTURE['clusterip'],
    risk: {
      ko: 'AZ 간 요금과 AZ 간 지연이 트래픽에 비례해 늘어납니다.',
      en: 'Inter-AZ charges and cross-zone latency grow with traffic.',
    },
    layer: 'L4',
    hops: 1,
    guideSectionId: 'overview',
  },
  {
    id: 'headless',
    scope: 'single',
    name: {ko: 'Headless Service (클라이언트 DNS 라운드 로빈)', en: 'Headless Service (client-side DNS round robin)'},
    description: {
      ko: 'DNS가 파드 IP를 직접 돌려주고 클라이언트가 하나를 고릅니다. StatefulSet의 개별 파드 주소에 적합합니다.',
      en: 'DNS returns Pod IPs and the client picks one. Suits StatefulSets that address individual Pods.',
    },
    costStructure: COST_STRUCTURE['headless'],
    risk: {
      ko: '부하 분산이 클라이언트의 DNS 캐시와 연결 재사용에 달려 있어 치우칠 수 있습니다. AZ 인식이 없습니다.',
      en: 'Balancing depends on client DNS caching and connection reuse and can skew; no zone awareness.',
    },
    layer: 'DNS',
    hops: 1,
    guideSectionId: 'who-picks-the-endpoint',
  },
  {
    id: 'internal-nlb-ip',
    scope: 'single',
    name: {ko: '내부 NLB (IP 대상)', en: 'Internal NLB (IP targets)'},
    description: {
      ko: 'L4 로드 밸런서가 파드 IP로 직접 보냅니다. 고정 IP가 필요할 때 씁니다. 교차 영역 로드 밸런싱은 기본값이 꺼짐입니다.',
      en: 'An L4 load balancer forwards straight to Pod IPs; for when a static IP is needed. Cross-zone load balancing is off by default.',
    },
    costStructure: COST_STRUCTURE['internal-nlb-ip'],
    risk: {
      ko: 'DNS가 모든 AZ의 NLB IP를 주므로 클라이언트→NLB가 AZ를 넘습니다 (AZ DNS 선호도로 줄일 수 있음). 고정비가 듭니다.',
      en: 'DNS returns NLB IPs in every zone, so client→NLB crosses zones (reduce it with AZ DNS affinity). Adds a fixed hourly cost.',
    },
    layer: 'L4',
    hops: 2,
    guideSectionId: 'internal-lb-ip-mode',
  },
  {
    id: 'internal-nlb-instance',
    scope: 'single',
    name: {ko: '내부 NLB (인스턴스 대상, NodePort)', en: 'Internal NLB (instance targets, NodePort)'},
    description: {
      ko: 'NLB가 노드의 NodePort로 보내고, 그 노드의 kube-proxy가 다시 아무 AZ의 파드로 보냅니다.',
      en: 'The NLB sends to a node’s NodePort and that node’s kube-proxy forwards again to a Pod in any zone.',
    },
    costStructure: COST_STRUCTURE['internal-nlb-instance'],
    risk: {
      ko: '홉이 하나 더 생기고 NodePort 재전달이 AZ 간 요금을 늘립니다. AWS는 IP 모드를 권장합니다.',
      en: 'One more hop, and NodePort forwarding adds inter-AZ charges. AWS recommends IP mode.',
    },
    layer: 'L4',
    hops: 3,
    guideSectionId: 'internal-lb-ip-mode',
  },
  {
    id: 'internal-alb',
    scope: 'single',
    name: {ko: '내부 ALB (IP 대상)', en: 'Internal ALB (IP targets)'},
    description: {
      ko: 'L7 로드 밸런서: 경로·헤더 라우팅, WAF, gRPC, 가중치 대상 그룹(마이그레이션). ALB→대상의 AZ 간 전송은 무료입니다.',
      en: 'An L7 load balancer: path and header routing, WAF, gRPC, weighted target groups (migrations). ALB→target transfer across zones is free.',
    },
    costStructure: COST_STRUCTURE['internal-alb'],
    risk: {
      ko: '클라이언트가 다른 AZ의 ALB 노드를 고르면 AZ 간 요금이 붙습니다. L7 프록시 홉이 지연을 더하고 LCU가 피크에 따라 늘어납니다.',
      en: 'Clients that pick an ALB node in another zone pay inter-AZ transfer. The L7 proxy hop adds latency and LCUs rise with peaks.',
    },
    layer: 'L7',
    hops: 2,
    guideSectionId: 'internal-lb-ip-mode',
  },
  {
    id: 'vpc-lattice',
    scope: 'single',
    name: {ko: 'Amazon VPC Lattice', en: 'Amazon VPC Lattice'},
    description: {
      ko: '관리형 애플리케이션 네트워킹: IAM 인증 정책, VPC·계정을 넘는 서비스 연결. AZ 간 데이터는 처리 요금에 포함됩니다.',
      en: 'Managed application networking: IAM auth policies, service connectivity across VPCs and accounts. Inter-AZ bytes are included in the data-processing charge.',
    },
    costStructure: COST_STRUCTURE['vpc-lattice'],
    risk: {
      ko: '서비스 수와 바이트에 비례한 요금이 모든 호출에 붙습니다. 관리형 프록시 홉의 지연은 공개 수치가 없으니 측정하세요.',
      en: 'Charges scale with services and bytes on every call. The managed proxy hop has no published latency: measure it.',
    },
    layer: 'L7',
    hops: 2,
    guideSectionId: 'vpc-lattice',
  },
  {
    id: 'istio-sidecar',
    scope: 'single',
    name: {
      ko: 'Istio 사이드카 + 지역 로드 밸런싱 (outlierDetection 설정)',
      en: 'Istio sidecars + locality load balancing (outlierDetection set)',
    },
    description: {
      ko: '호출마다 클라이언트·서버 사이드카 두 개를 지납니다. mTLS, 재시도, 세밀한 L7 라우팅을 제공합니다. tar 비율은 지역 로드 밸런싱이 적용된다고 가정합니다: DestinationRule에 outlierDetection이 있어야 합니다.',
      en: 'Each call passes two sidecars (client and server): mTLS, retries, fine-grained L7 routing. The tar share assumes locality load balancing is in effect, which needs a DestinationRule with outlierDetection.',
    },
    costStructure: COST_STRUCTURE['istio-sidecar'],
    risk: {
      ko: '모든 파드에 프록시가 붙어 CPU·메모리와 운영 부담이 늘어납니다. 메모리는 요청률이 아니라 파드 수와 설정 크기에 따릅니다(사이드카당 약 60 MB).',
      en: 'A proxy in every Pod adds CPU, memory and operational load; memory follows the Pod count and configuration size, not the request rate (about 60 MB per sidecar).',
    },
    layer: 'L7',
    hops: 3,
    guideSectionId: 'istio',
  },
  {
    id: 'istio-ambient',
    scope: 'single',
    name: {
      ko: 'Istio ambient + PreferSameZone (ztunnel, 선택적 waypoint)',
      en: 'Istio ambient + PreferSameZone (ztunnel, optional waypoint)',
    },
    description: {
      ko: '노드별 ztunnel이 L4 mTLS를 맡고, L7 기능이 필요할 때만 waypoint 프록시를 둡니다. ambient는 기본적으로 AZ 선호가 없으므로, tar 비율은 Service에 networking.istio.io/traffic-distribution: PreferSameZone 주석(Istio 1.24+)이나 spec.trafficDistribution이 설정되어 있다고 가정합니다.',
      en: 'A per-node ztunnel handles L4 mTLS; a waypoint proxy is added only where L7 features are needed. Ambient has no zone preference by default, so the tar share assumes the Service sets the networking.istio.io/traffic-distribution: PreferSameZone annotation (Istio 1.24+) or spec.trafficDistribution.',
    },
    costStructure: COST_STRUCTURE['istio-ambient'],
    risk: {
      ko: 'waypoint 하나(0.25 vCPU)는 사이드카 하나(0.20 vCPU)보다 비쌉니다. 절감은 프록시 수가 줄어서 생깁니다.',
      en: 'One waypoint (0.25 vCPU) costs more than one sidecar (0.20 vCPU); ambient saves by running fewer proxies.',
    },
    layer: 'L4/L7',
    hops: 3,
    guideSectionId: 'istio',
  },
  {
    id: 'cilium-clustermesh',
    scope: 'multi',
    name: {ko: 'Cilium ClusterMesh', en: 'Cilium ClusterMesh'},
    description: {
      ko: '클러스터의 Cilium 데이터패스를 그대로 써서 클러스터 간 파드→파드로 직접 보냅니다 (EKS에서는 흔히 네이티브 라우팅, VXLAN 없음).',
      en: 'Pod→Pod across clusters over the clusters’ own Cilium datapath (on EKS often native routing, no VXLAN).',
    },
    costStructure: COST_STRUCTURE['cilium-clustermesh'],
    risk: {
      ko: '모든 클러스터가 Cilium(±1 마이너 버전), 같은 데이터패스 모드, 겹치지 않는 PodCIDR, 고유한 클러스터 이름·ID를 가져야 합니다. 기본 최대 255개 클러스터.',
      en: 'All clusters must run Cilium (within ±1 minor), the same datapath mode, non-overlapping PodCIDRs and unique cluster names and ids; 255 clusters by default.',
    },
    layer: 'L3',
    hops: 1,
    guideSectionId: 'cilium-clustermesh',
  },
  {
    id: 'istio-multicluster',
    scope: 'multi',
    name: {ko: 'Istio 멀티 클러스터 (east-west 게이트웨이)', en: 'Istio multi-cluster (east-west gateways)'},
    description: {
      ko: '메시를 클러스터 너머로 넓혀 전역 mTLS와 클러스터 간 페일오버를 제공합니다. 네트워크가 분리되어 있으면 east-west 게이트웨이를 지납니다.',
      en: 'Extends the mesh across clusters: global mTLS and cross-cluster failover. Separate networks go through east-west gateways.',
    },
    costStructure: COST_STRUCTURE['istio-multicluster'],
    risk: {
      ko: '운영 복잡도가 가장 높습니다: 신뢰 루트·인증서, 컨트롤 플레인 간 동기화, 게이트웨이 용량.',
      en: 'The highest operational complexity: shared trust and certificates, control-plane sync, gateway capacity.',
    },
    layer: 'L7',
    hops: 4,
    guideSectionId: 'istio-multicluster',
  },
  {
    id: 'route53-externaldns',
    scope: 'multi',
    name: {ko: 'Route 53 + ExternalDNS (NLB 뒤)', en: 'Route 53 + ExternalDNS (behind NLBs)'},
    description: {
      ko: '각 클러스터의 서비스를 내부 NLB로 노출하고 ExternalDNS가 Route 53 프라이빗 호스팅 영역에 등록합니다. 가장 단순한 방법입니다.',
      en: 'Each cluster exposes services through internal NLBs and ExternalDNS registers them in a Route 53 private hosted zone. The simplest way.',
    },
    costStructure: COST_STRUCTURE['route53-externaldns'],
    risk: {
      ko: 'DNS TTL 동안 페일오버가 늦고, 서비스마다 LB 고정비가 붙습니다. L7 기능이나 mTLS가 없습니다.',
      en: 'Failover waits for DNS TTLs and every service carries a load-balancer fixed cost; no L7 features or mTLS.',
    },
    layer: 'DNS',
    hops: 2,
    guideSectionId: 'route53-externaldns',
  },
  {
    id: 'vpc-lattice-cross-vpc',
    scope: 'multi',
    name: {ko: 'VPC Lattice (VPC·계정 간)', en: 'VPC Lattice (across VPCs and accounts)'},
    description: {
      ko: '서비스 네트워크를 AWS RAM으로 공유해 여러 VPC·계정의 클러스터를 연결하고 IAM 인증 정책으로 통제합니다.',
      en: 'Shares a service network through AWS RAM to connect clusters in several VPCs and accounts, governed by IAM auth policies.',
    },
    costStructure: COST_STRUCTURE['vpc-lattice-cross-vpc'],
    risk: {
      ko: '요금이 모든 호출의 바이트와 서비스 수에 비례합니다. 지연은 공개 수치가 없으니 측정하세요.',
      en: 'Charges scale with every call’s bytes and with the number of services. No published latency: measure it.',
    },
    layer: 'L7',
    hops: 2,
    guideSectionId: 'vpc-lattice',
  },
] as const satisfies readonly OptionInfo[];

const OPTION_BY_ID: ReadonlyMap<OptionId, OptionInfo> = new Map(OPTIONS.map((o) => [o.id, o]));

export function getOption(id: OptionId): OptionInfo {
  const option = OPTION_BY_ID.get(id);
  // Every OptionId has a catalog entry (checked in options.test.ts), so this cannot happen.
  if (option === undefined) throw new Error(`unknown option id ${id}`);
  return option;
}

export function isOptionId(value: string): value is OptionId {
  return OPTION_BY_ID.has(value as OptionId);
}
