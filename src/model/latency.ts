import {DEFAULT_INPUT, type SimulationInput} from './inputs';
import {getOption} from './options';
import type {Bilingual, OptionId} from './types';

/**
 * Added latency per option over a direct same-AZ pod-to-pod call.
 *
 * An option's figure is the sum of components: the expected inter-AZ crossings per call × the
 * measured cross-AZ penalty, plus each proxy or load-balancer hop. Istio figures are published
 * (istio.io, two proxies, 1000 rps, 1 kB, mTLS); ALB, NLB and Lattice have no AWS figure, so they are
 * estimates with a note saying how to measure them.
 */

export type LatencyBasis = 'published' | 'measured' | 'estimate';

export interface LatencyComponent {
  readonly id: string;
  readonly label: Bilingual;
  readonly low: number;
  readonly high: number;
  readonly p90?: number;
  readonly p99?: number;
  readonly basis: LatencyBasis;
  readonly sourceId: string;
}

export interface AddedLatency {
  /** Published percentiles of the proxy overhead alone, when a source gives them (Istio). */
  readonly p50?: number;
  readonly p90?: number;
  readonly p99?: number;
  /** Sum of the components' low and high ends, ms. */
  readonly low: number;
  readonly high: number;
  /** The weakest basis among the components that add anything (estimate < measured < published). */
  readonly basis: LatencyBasis;
  /** Source of the component with the largest high end. */
  readonly sourceId: string;
  readonly note: Bilingual;
}

export interface OptionLatency {
  readonly optionId: OptionId;
  readonly hops: number;
  readonly addedMs: AddedLatency;
  readonly components: readonly LatencyComponent[];
}

/**
 * One call crossing an AZ adds about 0.2–0.3 ms: a third-party Seoul EKS benchmark measured pod RTT
 * 0.339 ms same-AZ vs 0.544 ms cross-AZ (+0.205) and HTTP p50 0.461 vs 0.704 ms (+0.243). [S]
 */
export const CROSS_AZ_ADDED_MS = {low: 0.2, high: 0.3} as const;

const ESTIMATE = 'model-estimate';

const HOP = {
  nlb: {
    id: 'nlb-hop',
    basis: 'estimate',
    sourceId: ESTIMATE,
    low: 0.2,
    high: 0.5,
    label: {ko: 'NLB 홉 (추정)', en: 'NLB hop (estimate)'},
  },
  nodePort: {
    id: 'nodeport-hop',
    basis: 'estimate',
    sourceId: ESTIMATE,
    low: 0.1,
    high: 0.3,
    label: {ko: 'NodePort→파드 재전달 (추정)', en: 'NodePort→Pod forwarding (estimate)'},
  },
  alb: {
    id: 'alb-hop',
    basis: 'estimate',
    sourceId: ESTIMATE,
    low: 0.5,
    high: 3,
    label: {ko: 'ALB L7 프록시 홉 (추정)', en: 'ALB L7 proxy hop (estimate)'},
  },
  lattice: {
    id: 'lattice-hop',
    basis: 'estimate',
    sourceId: ESTIMATE,
    low: 0.5,
    high: 3,
    label: {ko: 'VPC Lattice 관리형 프록시 홉 (추정)', en: 'VPC Lattice managed proxy hop (estimate)'},
  },
  sidecars: {
    id: 'sidecar-pair',
    basis: 'published',
    sourceId: 'istio-perf-1-20',
    low: 0.228,
    high: 0.298,
    p90: 0.228,
    p99: 0.298,
    label: {ko: '사이드카 두 개 (Istio 1.20 공개치 p90/p99)', en: 'Two sidecars (Istio 1.20 published p90/p99)'},
  },
  ztunnels: {
    id: 'ztunnel-pair',
    basis: 'published',
    sourceId: 'istio-perf-1-22',
    low: 0.17,
    high: 0.2,
    p90: 0.17,
    p99: 0.2,
    label: {ko: 'ztunnel 두 개 (Istio 1.22 공개치 p90/p99)', en: 'Two ztunnels (Istio 1.22 published p90/p99)'},
  },
  waypoint: {
    id: 'waypoint-hop',
    basis: 'estimate',
    sourceId: ESTIMATE,
    low: 0.2,
    high: 0.5,
    label: {ko: 'waypoint 프록시 홉 (추정)', en: 'Waypoint proxy hop (estimate)'},
  },
  eastWestGateway: {
    id: 'east-west-gateway-hop',
    basis: 'estimate',
    sourceId: ESTIMATE,
    low: 0.2,
    high: 0.5,
    label: {ko: 'east-west 게이트웨이 홉 (추정)', en: 'East-west gateway hop (estimate)'},
  },
} as const satisfies Record<string, LatencyComponent>;

const MEASURE = {
  alb: {
    ko: 'AWS가 공개한 ALB 지연 수치는 없습니다. 액세스 로그의 request_processing_time + response_processing_time과 클라이언트에서 잰 p50/p99를 ClusterIP 직접 호출과 비교해 측정하세요.',
    en: 'AWS publishes no ALB latency figure. Measure it: access-log request_processing_time + response_processing_time, and client-side p50/p99 compared with a direct ClusterIP call.',
  },
  nlb: {
    ko: 'AWS가 공개한 NLB 지연 수치는 없습니다. 같은 부하(fortio 등)로 NLB 경유와 파드 직접 호출의 p50/p99를 비교해 측정하세요.',
    en: 'AWS publishes no NLB latency figure. Measure it: run the same load (e.g. fortio) through the NLB and directly to the Pods and compare p50/p99.',
  },
  lattice: {
    ko: 'AWS가 공개한 VPC Lattice 지연 수치는 없습니다. 같은 부하로 Lattice 경유와 ClusterIP 직접 호출의 p50/p99를 비교하고, Lattice 액세스 로그의 처리 시간을 보세요.',
    en: 'AWS publishes no VPC Lattice latency figure. Compare p50/p99 of the same load through Lattice and via a direct ClusterIP call, and read the processing time in Lattice access logs.',
  },
} as const satisfies Record<string, Bilingual>;

/** Expected inter-AZ crossings per call, with clients and endpoints spread evenly over `az` zones. */
export function expectedCrossAzPerCall(optionId: OptionId, input: SimulationInput): number {
  const x = (input.az - 1) / input.az;
  switch (optionId) {
    case 'itp-local':
    case 'prefer-same-zone':
    case 'vpc-lattice':
    case 'vpc-lattice-cross-vpc':
      // Lattice: where its proxies sit is not published; the hop estimate covers it.
      return 0;
    case 'topology-aware':
    case 'istio-sidecar':
    case 'istio-ambient':
      return input.tar / 100;
    case 'clusterip':
    case 'headless':
    case 'cilium-clustermesh':
    case 'istio-multicluster':
    case 'route53-externaldns':
      return x;
    case 'internal-nlb-ip':
      return x * (1 - input.aff / 100) + (input.xz === 1 ? x : 0);
    case 'internal-nlb-instance':
      return x * (1 - input.aff / 100) + (input.xz === 1 ? x : 0) + x;
    case 'internal-alb':
      // Client → a node in any zone, then ALB cross-zone (always on) → a target in any zone.
      return 2 * x;
  }
}

function proxyHops(optionId: OptionId, input: SimulationInput): LatencyComponent[] {
  switch (optionId) {
    case 'internal-nlb-ip':
    case 'route53-externaldns':
      return [HOP.nlb];
    case 'internal-nlb-instance':
      return [HOP.nlb, HOP.nodePort];
    case 'internal-alb':
      return [HOP.alb];
    case 'vpc-lattice':
    case 'vpc-lattice-cross-vpc':
      return [HOP.lattice];
    case 'istio-sidecar':
      return [HOP.sidecars];
    case 'istio-ambient':
      return input.wp === 1 ? [HOP.ztunnels, HOP.waypoint] : [HOP.ztunnels];
    case 'istio-multicluster':
      return [HOP.sidecars, HOP.eastWestGateway];
    default:
      return [];
  }
}

function note(optionId: OptionId): Bilingual {
  switch (optionId) {
    case 'internal-alb':
      return MEASURE.alb;
    case 'internal-nlb-ip':
    case 'internal-nlb-instance':
    case 'route53-externaldns':
      return MEASURE.nlb;
    case 'vpc-lattice':
    case 'vpc-lattice-cross-vpc':
      return MEASURE.lattice;
    case 'istio-sidecar':
      return {
        ko: 'Istio 1.20 공개치(사이드카 두 개, 1000 rps, 1 kB, mTLS). 1.24는 그래프로만 공개되었습니다. AZ 간 비율은 지역 로드 밸런싱(outlierDetection 설정)을 가정합니다.',
        en: 'Istio 1.20 published figures (two sidecars, 1000 rps, 1 kB, mTLS); 1.24 publishes charts only. The cross-AZ share assumes locality load balancing (outlierDetection set).',
      };
    case 'istio-ambient':
      return {
        ko: 'ztunnel은 Istio 1.22 공개치. waypoint 홉은 공개 수치가 없어 추정입니다. AZ 간 비율은 PreferSameZone 설정을 가정합니다(ambient 기본값은 AZ 선호 없음).',
        en: 'ztunnel figures are Istio 1.22 published values; the waypoint hop has no published figure and is an estimate. The cross-AZ share assumes PreferSameZone is set (ambient has no zone preference by default).',
      };
    case 'itp-local':
      return {
        ko: '같은 노드 호출은 같은 AZ보다 빠릅니다 (HTTP p50 0.259 대 0.461 ms, 제3자 측정).',
        en: 'A same-node call is faster than a same-AZ one (HTTP p50 0.259 vs 0.461 ms, third-party measurement).',
      };
    case 'cilium-clustermesh':
      return {
        ko: '클러스터의 데이터패스를 그대로 씁니다. 오버레이(VXLAN)면 패킷당 50바이트 MTU 오버헤드가 있지만 공개된 µs 수치는 없습니다.',
        en: 'Uses the clusters’ own datapath. An overlay (VXLAN) costs 50 bytes of MTU per packet; no µs figure is published.',
      };
    default:
      return {
        ko: 'AZ를 넘는 호출마다 약 0.2–0.3 ms (제3자 서울 EKS 측정).',
        en: 'About 0.2–0.3 ms per call that crosses an AZ (third-party Seoul EKS measurement).',
      };
  }
}

const BASIS_STRENGTH: Readonly<Record<LatencyBasis, number>> = {estimate: 0, measured: 1, published: 2};

/** Hops and added latency of an option at these inputs (the cross-AZ share depends on az, tar, aff, xz, wp). */
export function optionLatency(optionId: OptionId, input: SimulationInput = DEFAULT_INPUT): OptionLatency {
  const crossings = expectedCrossAzPerCall(optionId, input);
  const crossAz: LatencyComponent = {
    id: 'cross-az',
    label: {
      ko: `AZ 간 이동 (호출당 평균 ${round(crossings)}회)`,
      en: `Crossing AZs (${round(crossings)} per call on average)`,
    },
    low: crossings * CROSS_AZ_ADDED_MS.low,
    high: crossings * CROSS_AZ_ADDED_MS.high,
    basis: 'measured',
    sourceId: 'pod-network-benchmark-seoul',
  };
  const components = [crossAz, ...proxyHops(optionId, input)];
  let low = 0;
  let high = 0;
  let basis: LatencyBasis = 'published';
  let top = crossAz;
  let p90: number | undefined;
  let p99: number | undefined;
  for (const c of components) {
    low += c.low;
    high += c.high;
    if (c.high > 0 && BASIS_STRENGTH[c.basis] < BASIS_STRENGTH[basis]) basis = c.basis;
    if (c.high > top.high) top = c;
    if (c.p90 !== undefined) p90 = (p90 ?? 0) + c.p90;
    if (c.p99 !== undefined) p99 = (p99 ?? 0) + c.p99;
  }
  // Nothing added at all (node- or zone-local): the measurement that says so is the benchmark.
  if (high === 0) basis = 'measured';
  const addedMs: AddedLatency = {
    ...(p90 !== undefined ? {p90} : {}),
    ...(p99 !== undefined ? {p99} : {}),
    low,
    high,
    basis,
    sourceId: top.sourceId,
    note: note(optionId),
  };
  return {optionId, hops: getOption(optionId).hops, addedMs, components};
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
