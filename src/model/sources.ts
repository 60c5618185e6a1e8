import type {Source} from './types';

/**
 * Every source a price, latency figure or rule in the model points at, with the date it was read.
 * Prices change: re-check the live AWS pages before publishing a new figure.
 */
export const SOURCES = [
  {
    id: 'aws-blog-nlb-data-transfer',
    title: {
      ko: 'AWS 블로그: Network Load Balancer 사용 시 데이터 전송 비용 최적화',
      en: 'AWS blog: Optimizing data transfer costs when using AWS Network Load Balancer',
    },
    url: 'https://aws.amazon.com/blogs/networking-and-content-delivery/optimizing-data-transfer-costs-when-using-aws-network-load-balancer/',
    asOf: '2026-04-02',
    tier: 'O',
  },
  {
    id: 'aws-ec2-data-transfer',
    title: {ko: 'Amazon EC2 온디맨드 요금: 데이터 전송', en: 'Amazon EC2 On-Demand pricing: Data Transfer'},
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer',
    asOf: '2019-09',
    tier: 'O-q',
  },
  {
    id: 'aws-elb-pricing',
    title: {
      ko: 'Elastic Load Balancing 요금 (ALB LCU, NLB NLCU)',
      en: 'Elastic Load Balancing pricing (ALB LCU, NLB NLCU)',
    },
    url: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
    asOf: '2026-09-20',
    tier: 'O-q',
  },
  {
    id: 'aws-elb-faq',
    title: {
      ko: 'Elastic Load Balancing FAQ: ALB 교차 영역 전송 무료',
      en: 'Elastic Load Balancing FAQ: ALB cross-zone transfer not charged',
    },
    url: 'https://aws.amazon.com/elasticloadbalancing/faqs/',
    asOf: '2022-04-28',
    tier: 'O-q',
  },
  {
    id: 'aws-blog-alb-data-transfer',
    title: {
      ko: 'AWS 블로그: Classic/Application Load Balancer 데이터 전송 비용',
      en: 'AWS blog: Exploring Data Transfer Costs for Classic and Application Load Balancers',
    },
    url: 'https://aws.amazon.com/blogs/networking-and-content-delivery/exploring-data-transfer-costs-for-classic-and-application-load-balancers/',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'aws-nlb-cross-zone',
    title: {ko: 'NLB 대상 그룹의 교차 영역 로드 밸런싱', en: 'NLB target groups: cross-zone load balancing'},
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-cross-zone.html',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'aws-elb-how-it-works',
    title: {
      ko: 'Elastic Load Balancing 동작 방식 (클라이언트가 노드 IP 선택)',
      en: 'How Elastic Load Balancing works (the client picks a node IP)',
    },
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'clustercost-nlb-us-east-1',
    title: {
      ko: 'clustercost.com: NLB 요금 (us-east-1, 2025)',
      en: 'clustercost.com: AWS Network Load Balancer pricing (us-east-1, 2025)',
    },
    url: 'https://clustercost.com/',
    // Page titled "… (US-East-1 2025)"; read from the archive in 2026-11.
    asOf: '2026-11',
    tier: 'S',
  },
  {
    id: 'aws-lattice-pricing',
    title: {
      ko: 'Amazon VPC Lattice 요금 (무료 300,000 요청/시간, AZ 간 추가 요금 없음)',
      en: 'Amazon VPC Lattice pricing (300,000 free requests/hour, no separate inter-AZ charge)',
    },
    url: 'https://aws.amazon.com/vpc/lattice/pricing/',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'seoul-price-list-tables',
    title: {
      ko: '서울 리전 Price List 기반 제3자 상수표 및 Cost Explorer 발췌 (APN2-*)',
      en: 'Third-party Seoul Price List constants and Cost Explorer extracts (APN2-*)',
    },
    url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json',
    asOf: '2026-10',
    tier: 'S',
  },
  {
    id: 'seoul-nlb-price-list',
    title: {
      ko: 'AWS Price List AWSELB ap-northeast-2: NLB-시간 $0.0225, NLCU-시간 $0.006 (제3자 인용)',
      en: 'AWS Price List AWSELB ap-northeast-2: $0.0225 per NLB-hour, $0.006 per NLCU-hour (quoted by third parties)',
    },
    url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSELB/current/ap-northeast-2/index.json',
    asOf: '2026-10-01',
    tier: 'S',
  },
  {
    id: 'ec2-m6i-large-tables',
    title: {ko: 'm6i.large 온디맨드 요금 (제3자 표)', en: 'm6i.large On-Demand price (third-party tables)'},
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    asOf: '2026-10',
    tier: 'S',
  },
  {
    id: 'derived-m6i-vcpu-mem-split',
    title: {
      ko: 'm6i.large 가격을 Fargate vCPU:GB 가격 비율로 나눈 vCPU-시간·GiB-시간 단가 (자체 계산)',
      en: 'Per-vCPU-hour and per-GiB-hour prices: m6i.large split at the Fargate vCPU:GB price ratio (our arithmetic)',
    },
    url: 'https://aws.amazon.com/fargate/pricing/',
    asOf: '2026-11',
    tier: 'DERIVED',
  },
  {
    id: 'istio-perf-1-24',
    title: {
      ko: 'Istio 성능 및 확장성 (1.24): 프록시 CPU·메모리',
      en: 'Istio Performance and Scalability (1.24): proxy CPU and memory',
    },
    url: 'https://istio.io/latest/docs/ops/deployment/performance-and-scalability/',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'istio-perf-1-20',
    title: {
      ko: 'Istio 성능 및 확장성 (1.20): 사이드카 쌍 지연',
      en: 'Istio Performance and Scalability (1.20): sidecar pair latency',
    },
    url: 'https://istio.io/v1.20/docs/ops/deployment/performance-and-scalability/',
    asOf: '2023-11',
    tier: 'O',
  },
  {
    id: 'istio-perf-1-22',
    title: {
      ko: 'Istio 성능 및 확장성 (1.22): ambient L4 지연',
      en: 'Istio Performance and Scalability (1.22): ambient L4 latency',
    },
    url: 'https://istio.io/v1.22/docs/ops/deployment/performance-and-scalability/',
    asOf: '2024-05',
    tier: 'O',
  },
  {
    id: 'pod-network-benchmark-seoul',
    title: {
      ko: '제3자 벤치마크: 같은 노드·같은 AZ·AZ 간 파드 네트워크 (서울 EKS)',
      en: 'Third-party benchmark: same-node, same-AZ and cross-AZ Pod network (Seoul EKS)',
    },
    url: null,
    asOf: '2026-09-02',
    tier: 'S',
  },
  {
    id: 'aws-alb-latency-knowledge-center',
    title: {
      ko: 'AWS re:Post: ALB 지연 원인 찾기 (액세스 로그 필드)',
      en: 'AWS re:Post: fix high latency on an ALB (access-log fields)',
    },
    url: 'https://repost.aws/knowledge-center/elb-fix-high-latency-on-alb',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'k8s-topology-aware-routing',
    title: {ko: 'Kubernetes 문서: Topology Aware Routing', en: 'Kubernetes docs: Topology Aware Routing'},
    url: 'https://kubernetes.io/docs/concepts/services-networking/topology-aware-routing/',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'k8s-topologycache-source',
    title: {
      ko: 'Kubernetes 소스: endpointslice/topologycache (힌트 할당)',
      en: 'Kubernetes source: endpointslice/topologycache (hint allocation)',
    },
    url: 'https://github.com/kubernetes/kubernetes/tree/master/staging/src/k8s.io/endpointslice/topologycache',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'k8s-virtual-ips',
    title: {
      ko: 'Kubernetes 문서: 가상 IP와 트래픽 분배 (trafficDistribution, internalTrafficPolicy)',
      en: 'Kubernetes docs: virtual IPs and traffic distribution (trafficDistribution, internalTrafficPolicy)',
    },
    url: 'https://kubernetes.io/docs/reference/networking/virtual-ips/',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'cilium-clustermesh-docs',
    title: {ko: 'Cilium 문서: ClusterMesh', en: 'Cilium docs: ClusterMesh'},
    url: 'https://docs.cilium.io/en/stable/network/clustermesh/',
    asOf: '2026-11',
    tier: 'O',
  },
  {
    id: 'aws-route53-pricing',
    title: {ko: 'Amazon Route 53 요금', en: 'Amazon Route 53 pricing'},
    url: 'https://aws.amazon.com/route53/pricing/',
    asOf: '2023-07-04',
    tier: 'O-q',
  },
  {
    id: 'k8s-nodelocaldns-manifest',
    title: {
      ko: 'Kubernetes 매니페스트: nodelocaldns.yaml (node-cache 요청 25m CPU, 5Mi 메모리)',
      en: 'Kubernetes manifest: nodelocaldns.yaml (node-cache requests 25m CPU, 5Mi memory)',
    },
    url: 'https://github.com/kubernetes/kubernetes/blob/master/cluster/addons/dns/nodelocaldns/nodelocaldns.yaml',
    asOf: '2026-12-02',
    tier: 'O',
  },
  {
    id: 'model-estimate',
    title: {
      ko: '출처 없는 추정치: 직접 측정해 바꾸세요',
      en: 'Estimate without a published source: measure and replace it',
    },
    url: null,
    asOf: '2026-11',
    tier: 'DERIVED',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof SOURCES)[number]['id'];

const SOURCE_BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id, or undefined for an unknown id. */
export function getSource(id: string): Source | undefined {
  return SOURCE_BY_ID.get(id);
}
