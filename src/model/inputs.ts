import type {Bilingual, PriceOverrides, Region, SingleClusterOptionId} from './types';

/**
 * What the simulator computes from. These names are also the URL query contract (shared links carry them),
 * so they never change once shipped.
 */
export interface SimulationInput {
  /** East-West traffic, TB per month (1 TB = 1024 GB). */
  readonly tb: number;
  /** Availability Zones used (integer). */
  readonly az: number;
  /** Average requests per second. */
  readonly rps: number;
  /** Requests per connection (keep-alive reuse). */
  readonly rpc: number;
  /** Average connection lifetime, seconds. */
  readonly cd: number;
  /** ALB listener rules evaluated per request (integer). */
  readonly rules: number;
  /** Number of services (Lattice services; scenario size; integer). */
  readonly svc: number;
  /** Load balancers carrying the traffic (integer). */
  readonly lb: number;
  /** Residual cross-AZ share with locality-aware routing, %. */
  readonly tar: number;
  /** NLB Availability-Zone DNS affinity: % of clients kept in their zone. */
  readonly aff: number;
  /** NLB cross-zone load balancing: 1 on, 0 off. */
  readonly xz: number;
  /** Istio ambient with a waypoint proxy: 1 yes, 0 L4 only. */
  readonly wp: number;
  /** Pods running an Istio sidecar (integer): sidecar memory is per Pod, not per request. */
  readonly pods: number;
  /** Replicas added so every zone can serve its own callers (zone-local routing break-even; integer). */
  readonly xr: number;
  /** vCPU requested by each added replica. */
  readonly rcpu: number;
  /** Memory requested by each added replica, GB. */
  readonly rmem: number;
  /** Nodes running a NodeLocal DNSCache pod (integer; 0 = not deployed). */
  readonly nodes: number;
  readonly region: Region;
  /** The option the user runs today; savings are shown against it. */
  readonly base: SingleClusterOptionId;
  /** Unit prices typed by the user; they replace the book values of the region. */
  readonly priceOverrides: PriceOverrides;
  /**
   * Measured inter-AZ usage, GB per month as the bill counts it (`*DataTransfer-Regional-Bytes`, per
   * direction). Absent unless the reader brought a bill; when set, `tb` is derived from it (bill.ts).
   */
  readonly bill?: number;
}

export const NUMERIC_PARAM_KEYS = [
  'tb',
  'az',
  'rps',
  'rpc',
  'cd',
  'rules',
  'svc',
  'lb',
  'tar',
  'aff',
  'xz',
  'wp',
  'pods',
  'xr',
  'rcpu',
  'rmem',
  'nodes',
] as const;
export type NumericParamKey = (typeof NUMERIC_PARAM_KEYS)[number];

export interface NumericParamSpec {
  readonly key: NumericParamKey;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** Integers only: the URL codec rounds other values and says so. */
  readonly integer: boolean;
  /** A sensible slider step. */
  readonly step: number;
  readonly unit: Bilingual;
  readonly label: Bilingual;
  readonly help: Bilingual;
  /** Shown as a primary slider (true) or in the assumptions panel (false). */
  readonly primary: boolean;
}

export const NUMERIC_PARAMS: Readonly<Record<NumericParamKey, NumericParamSpec>> = {
  tb: {
    key: 'tb',
    min: 0.001,
    max: 100_000,
    default: 10,
    integer: false,
    step: 0.1,
    primary: true,
    unit: {ko: 'TB/월', en: 'TB/month'},
    label: {ko: 'East-West 트래픽', en: 'East-West traffic'},
    help: {
      ko: '서비스 간에 오가는 월간 데이터 양 (1 TB = 1,024 GB).',
      en: 'Monthly bytes exchanged between services (1 TB = 1,024 GB).',
    },
  },
  az: {
    key: 'az',
    min: 2,
    max: 6,
    default: 3,
    integer: true,
    step: 1,
    primary: true,
    unit: {ko: '개', en: 'AZs'},
    label: {ko: '사용 가용 영역 수', en: 'Availability Zones used'},
    help: {
      ko: '클라이언트와 엔드포인트가 고르게 퍼져 있으면 무작위 호출의 (AZ−1)/AZ가 AZ를 넘습니다.',
      en: 'With clients and endpoints spread evenly, (AZs−1)/AZs of random calls cross a zone boundary.',
    },
  },
  rps: {
    key: 'rps',
    min: 0,
    max: 10_000_000,
    default: 1_000,
    integer: false,
    step: 1,
    primary: true,
    unit: {ko: '요청/초', en: 'requests/s'},
    label: {ko: '평균 요청률', en: 'Average request rate'},
    help: {
      ko: '서비스 간 호출의 월평균 초당 요청 수. LCU/NLCU, Lattice 요청 요금, 프록시 CPU를 좌우합니다.',
      en: 'Average service-to-service requests per second. Drives LCU/NLCU, Lattice request charges and proxy CPU.',
    },
  },
  rpc: {
    key: 'rpc',
    min: 1,
    max: 1_000_000,
    default: 100,
    integer: false,
    step: 1,
    primary: false,
    unit: {ko: '요청/연결', en: 'requests/connection'},
    label: {ko: '연결당 요청 수', en: 'Requests per connection'},
    help: {
      ko: 'keep-alive 재사용 정도. 새 연결/초 = 요청률 ÷ 연결당 요청 수.',
      en: 'Keep-alive reuse. New connections per second = request rate ÷ requests per connection.',
    },
  },
  cd: {
    key: 'cd',
    min: 1,
    max: 86_400,
    default: 60,
    integer: false,
    step: 1,
    primary: false,
    unit: {ko: '초', en: 's'},
    label: {ko: '평균 연결 유지 시간', en: 'Average connection lifetime'},
    help: {
      ko: '활성 연결 수 = 새 연결/초 × 연결 유지 시간.',
      en: 'Active connections = new connections per second × connection lifetime.',
    },
  },
  rules: {
    key: 'rules',
    min: 0,
    max: 100,
    default: 10,
    integer: true,
    step: 1,
    primary: false,
    unit: {ko: '개', en: 'rules'},
    label: {ko: '요청당 평가되는 ALB 리스너 규칙 수', en: 'ALB listener rules evaluated per request'},
    help: {
      ko: '처음 10개 규칙은 무료. 규칙 평가/초 = 요청률 × (규칙 수 − 10).',
      en: 'The first 10 rules are free. Rule evaluations per second = request rate × (rules − 10).',
    },
  },
  svc: {
    key: 'svc',
    min: 1,
    max: 5_000,
    default: 10,
    integer: true,
    step: 1,
    primary: true,
    unit: {ko: '개', en: 'services'},
    label: {ko: '서비스 수', en: 'Services'},
    help: {
      ko: '과금되는 VPC Lattice 서비스 수(서비스-시간 요금과 서비스별 무료 요청에 쓰임). Kubernetes Service 수가 아니라, AWS Gateway API Controller에서는 Route(HTTPRoute·GRPCRoute) 하나가 Lattice 서비스 하나입니다. 요청은 서비스에 고르게 나뉜다고 가정합니다.',
      en: 'Billable VPC Lattice services (service-hour charge and the per-service free requests). Not Kubernetes Services: with the AWS Gateway API Controller each route (HTTPRoute, GRPCRoute) is one Lattice service. Requests are assumed to spread evenly over them.',
    },
  },
  lb: {
    key: 'lb',
    min: 1,
    max: 100,
    default: 1,
    integer: true,
    step: 1,
    primary: false,
    unit: {ko: '개', en: 'load balancers'},
    label: {ko: '트래픽을 나르는 로드 밸런서 수', en: 'Load balancers carrying the traffic'},
    help: {
      ko: '시간당 고정 요금은 LB마다 붙습니다. 용량 단위는 트래픽이 고르게 나뉘면 합계가 같습니다.',
      en: 'The hourly charge applies per load balancer. Capacity units sum to the same total when traffic splits evenly.',
    },
  },
  tar: {
    key: 'tar',
    min: 0,
    max: 100,
    default: 10,
    integer: false,
    step: 1,
    primary: false,
    unit: {ko: '%', en: '%'},
    label: {ko: '지역 인식 라우팅 시 남는 AZ 간 비율', en: 'Residual cross-AZ share with locality-aware routing'},
    help: {
      ko: 'Topology Aware Routing, PreferSameZone을 설정한 Istio ambient, 지역 로드 밸런싱이 적용된 Istio 사이드카(outlierDetection 설정)에서도 AZ를 넘는 트래픽 비율 (힌트 재분배, 폴백). 이 설정이 없는 Istio에는 해당하지 않습니다.',
      en: 'Share of traffic that still crosses zones with Topology Aware Routing, Istio ambient with PreferSameZone set, or Istio sidecars with locality load balancing in effect (outlierDetection set) (hint redistribution, fallbacks). Istio without these settings does not get it.',
    },
  },
  aff: {
    key: 'aff',
    min: 0,
    max: 100,
    default: 0,
    integer: false,
    step: 1,
    primary: false,
    unit: {ko: '%', en: '%'},
    label: {ko: 'NLB 가용 영역 DNS 선호도', en: 'NLB Availability Zone DNS affinity'},
    help: {
      ko: '같은 AZ의 NLB 노드로 해석되는 클라이언트 비율. 기본값 0%.',
      en: 'Share of clients resolved to the NLB node in their own zone. The default is 0%.',
    },
  },
  xz: {
    key: 'xz',
    min: 0,
    max: 1,
    default: 0,
    integer: true,
    step: 1,
    primary: false,
    unit: {ko: '켜짐=1', en: 'on=1'},
    label: {ko: 'NLB 교차 영역 로드 밸런싱', en: 'NLB cross-zone load balancing'},
    help: {
      ko: 'NLB는 기본값이 꺼짐. 켜면 NLB→대상의 AZ 간 전송이 과금됩니다.',
      en: 'Off by default on NLB. When on, NLB→target transfer across zones is charged.',
    },
  },
  wp: {
    key: 'wp',
    min: 0,
    max: 1,
    default: 0,
    integer: true,
    step: 1,
    primary: false,
    unit: {ko: '사용=1', en: 'yes=1'},
    label: {ko: 'Ambient waypoint 프록시', en: 'Ambient waypoint proxy'},
    help: {
      ko: 'L7 기능이 필요하면 waypoint를 둡니다 (1000 rps당 0.25 vCPU).',
      en: 'Add a waypoint when L7 features are needed (0.25 vCPU per 1000 rps).',
    },
  },
  pods: {
    key: 'pods',
    min: 1,
    max: 100_000,
    default: 30,
    integer: true,
    step: 1,
    primary: false,
    unit: {ko: '개', en: 'Pods'},
    label: {ko: '사이드카가 붙은 파드 수', en: 'Pods with an Istio sidecar'},
    help: {
      ko: '사이드카 메모리는 요청률이 아니라 파드 수와 설정 크기에 따릅니다 (사이드카당 약 60 MB, Istio 1.24 측정). 기본값 30 = 서비스 10개 × 복제본 3개.',
      en: 'Sidecar memory follows the number of Pods and the configuration size, not the request rate (about 60 MB per sidecar, Istio 1.24). Default 30 = 10 services × 3 replicas.',
    },
  },
  // The four inputs below only feed the zone-local routing break-even (breakEven.ts), not the option totals.
  xr: {
    key: 'xr',
    min: 0,
    max: 10_000,
    default: 3,
    integer: true,
    step: 1,
    primary: false,
    unit: {ko: '개', en: 'replicas'},
    label: {ko: 'AZ별 용량을 위해 늘린 복제본 수', en: 'Replicas added for per-zone capacity'},
    help: {
      ko: '같은 AZ로만 보내면 AZ마다 자기 트래픽을 감당할 엔드포인트가 있어야 합니다. 그 때문에 더 띄운 복제본 수(모든 서비스 합계). 기본값 3 = AZ마다 1개.',
      en: "Zone-local routing needs enough endpoints in every zone for that zone's callers. Replicas you add for it, summed over all services. Default 3 = one per zone.",
    },
  },
  rcpu: {
    key: 'rcpu',
    min: 0,
    max: 64,
    default: 0.5,
    integer: false,
    step: 0.05,
    primary: false,
    unit: {ko: 'vCPU', en: 'vCPU'},
    label: {ko: '늘린 복제본 1개의 CPU 요청', en: 'CPU request per added replica'},
    help: {
      ko: '복제본의 resources.requests.cpu. 요청량만큼 노드 용량을 차지하므로 vCPU-시간 단가로 계산합니다.',
      en: "The replica's resources.requests.cpu. Requests reserve node capacity, so they are priced at the vCPU-hour rate.",
    },
  },
  rmem: {
    key: 'rmem',
    min: 0,
    max: 512,
    default: 1,
    integer: false,
    step: 0.25,
    primary: false,
    unit: {ko: 'GB', en: 'GB'},
    label: {ko: '늘린 복제본 1개의 메모리 요청', en: 'Memory request per added replica'},
    help: {
      ko: '복제본의 resources.requests.memory를 GB로. 메모리 GB-시간 단가로 계산합니다.',
      en: "The replica's resources.requests.memory in GB, priced at the memory GB-hour rate.",
    },
  },
  nodes: {
    key: 'nodes',
    min: 0,
    max: 5_000,
    default: 6,
    integer: true,
    step: 1,
    primary: false,
    unit: {ko: '개', en: 'nodes'},
    label: {ko: 'NodeLocal DNSCache를 돌리는 노드 수', en: 'Nodes running NodeLocal DNSCache'},
    help: {
      ko: 'DaemonSet이므로 노드마다 파드 1개(요청 25m CPU, 5Mi 메모리, 업스트림 매니페스트 기준). 0이면 배포하지 않음.',
      en: 'A DaemonSet: one Pod per node (requests 25m CPU and 5Mi memory in the upstream manifest). 0 = not deployed.',
    },
  },
};

export const DEFAULT_INPUT: SimulationInput = {
  tb: NUMERIC_PARAMS.tb.default,
  az: NUMERIC_PARAMS.az.default,
  rps: NUMERIC_PARAMS.rps.default,
  rpc: NUMERIC_PARAMS.rpc.default,
  cd: NUMERIC_PARAMS.cd.default,
  rules: NUMERIC_PARAMS.rules.default,
  svc: NUMERIC_PARAMS.svc.default,
  lb: NUMERIC_PARAMS.lb.default,
  tar: NUMERIC_PARAMS.tar.default,
  aff: NUMERIC_PARAMS.aff.default,
  xz: NUMERIC_PARAMS.xz.default,
  wp: NUMERIC_PARAMS.wp.default,
  pods: NUMERIC_PARAMS.pods.default,
  xr: NUMERIC_PARAMS.xr.default,
  rcpu: NUMERIC_PARAMS.rcpu.default,
  rmem: NUMERIC_PARAMS.rmem.default,
  nodes: NUMERIC_PARAMS.nodes.default,
  region: 'us-east-1',
  base: 'clusterip',
  priceOverrides: {},
};

export const REGION_LABELS: Readonly<Record<Region, Bilingual>> = {
  'us-east-1': {ko: '미국 동부 (버지니아 북부) us-east-1', en: 'US East (N. Virginia) us-east-1'},
  'ap-northeast-2': {ko: '아시아 태평양 (서울) ap-northeast-2', en: 'Asia Pacific (Seoul) ap-northeast-2'},
};

/** Clamp to the param's range and round integer params; NaN becomes the default. */
export function normalizeParam(key: NumericParamKey, value: number): number {
  const spec = NUMERIC_PARAMS[key];
  if (Number.isNaN(value)) return spec.default;
  const rounded = spec.integer ? Math.round(value) : value;
  const clamped = Math.min(spec.max, Math.max(spec.min, rounded));
  // -0 becomes 0 so equal inputs compare equal and serialize the same.
  return clamped === 0 ? 0 : clamped;
}

/** A complete, in-range input from a partial one (e.g. a scenario preset or a widget's state). */
export function withDefaults(partial: Partial<SimulationInput> = {}): SimulationInput {
  const merged: SimulationInput = {...DEFAULT_INPUT, ...partial, priceOverrides: {...(partial.priceOverrides ?? {})}};
  const numeric = {} as Record<NumericParamKey, number>;
  for (const key of NUMERIC_PARAM_KEYS) numeric[key] = normalizeParam(key, merged[key]);
  return {...merged, ...numeric};
}
