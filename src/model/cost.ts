import type {SimulationInput} from './inputs';
import {ALB_LCU, ISTIO_PROXY_PER_1000_RPS, NLB_NLCU_TCP, resolvePriceBook} from './prices';
import type {
  Bilingual,
  CostCategory,
  LineItem,
  MultiClusterOptionId,
  OptionCostResult,
  PriceBook,
  PriceId,
  SingleClusterOptionId,
} from './types';
import {SINGLE_CLUSTER_OPTION_IDS} from './types';
import {BILLED_DIRECTIONS_PER_AZ_CROSSING, GB_PER_TB, HOURS_PER_MONTH, REQUESTS_PER_MILLION, SECONDS_PER_HOUR} from './units';

/** Quantities every cost formula is written in. */
export interface DerivedTraffic {
  readonly gbPerMonth: number;
  readonly gbPerHour: number;
  readonly requestsPerHour: number;
  /** Share of random calls that cross a zone: (az − 1) / az. */
  readonly randomCrossAzShare: number;
  readonly newConnectionsPerSecond: number;
  readonly activeConnections: number;
}

export function deriveTraffic(input: SimulationInput): DerivedTraffic {
  const gbPerMonth = input.tb * GB_PER_TB;
  const newConnectionsPerSecond = input.rps / input.rpc;
  return {
    gbPerMonth,
    gbPerHour: gbPerMonth / HOURS_PER_MONTH,
    requestsPerHour: input.rps * SECONDS_PER_HOUR,
    randomCrossAzShare: (input.az - 1) / input.az,
    newConnectionsPerSecond,
    activeConnections: newConnectionsPerSecond * input.cd,
  };
}

function item(
  book: PriceBook,
  priceId: PriceId,
  id: string,
  category: CostCategory,
  label: Bilingual,
  quantity: number,
): LineItem {
  const price = book.prices[priceId];
  return {
    id,
    label,
    category,
    quantity,
    unit: price.unit,
    usdPerUnit: price.usdPerUnit,
    usd: quantity * price.usdPerUnit,
    priceId,
    sourceId: price.sourceId,
  };
}

/**
 * Inter-AZ transfer for the bytes that cross a zone with probability `share`. The quantity is
 * GB-direction (each GB crossing is billed once out and once in), so the unit price stays the
 * published $0.01 and quantity × price = gbPerMonth × share × 0.01 × 2.
 */
function crossAzItem(book: PriceBook, id: string, label: Bilingual, gbPerMonth: number, share: number): LineItem {
  const quantity = gbPerMonth * share * BILLED_DIRECTIONS_PER_AZ_CROSSING;
  return item(book, 'interAzUsdPerGbPerDirection', id, 'data-transfer', label, quantity);
}

function pct(share: number): string {
  // Two decimals at most, so "66.67 %" and "10 %" both read well in a label.
  return `${Math.round(share * 10_000) / 100} %`;
}

const CROSS_AZ_NOTE = {ko: '넘는 GB × 2 (보내는 쪽·받는 쪽 모두 과금)', en: 'GB crossing × 2 (sender and receiver both billed)'};

function crossAzLabel(what: Bilingual, share: number): Bilingual {
  return {
    ko: `${what.ko}: AZ 간 전송 ${pct(share)} — ${CROSS_AZ_NOTE.ko}`,
    en: `${what.en}: inter-AZ transfer, ${pct(share)} of bytes — ${CROSS_AZ_NOTE.en}`,
  };
}

// ---------------------------------------------------------------------------
// Capacity units (ALB LCU, NLB NLCU)

export type CapacityDimensionId = 'new-connections' | 'active-connections' | 'processed-bytes' | 'rule-evaluations';

export interface CapacityDimension {
  readonly id: CapacityDimensionId;
  readonly label: Bilingual;
  /** The traffic figure in the dimension's own unit (per second, connections, GB/h, evaluations/s). */
  readonly value: number;
  readonly valueUnit: Bilingual;
  /** How much of the dimension one capacity unit covers. */
  readonly perUnit: number;
  /** value / perUnit: capacity units this dimension alone would need per hour. */
  readonly units: number;
}

export interface CapacityUnitBreakdown {
  readonly kind: 'LCU' | 'NLCU';
  readonly dimensions: readonly CapacityDimension[];
  /** The dimension with the most units (first in the list on a tie). */
  readonly dominant: CapacityDimensionId;
  /** Capacity units billed each hour: the largest of the dimensions. */
  readonly unitsPerHour: number;
}

const DIMENSION_TEXT: Readonly<Record<CapacityDimensionId, {label: Bilingual; unit: Bilingual}>> = {
  'new-connections': {label: {ko: '새 연결', en: 'New connections'}, unit: {ko: '연결/초', en: 'connections/s'}},
  'active-connections': {label: {ko: '활성 연결', en: 'Active connections'}, unit: {ko: '연결', en: 'connections'}},
  'processed-bytes': {label: {ko: '처리 바이트', en: 'Processed bytes'}, unit: {ko: 'GB/시간', en: 'GB/hour'}},
  'rule-evaluations': {label: {ko: '규칙 평가', en: 'Rule evaluations'}, unit: {ko: '평가/초', en: 'evaluations/s'}},
};

function dimension(id: CapacityDimensionId, value: number, perUnit: number): CapacityDimension {
  const text = DIMENSION_TEXT[id];
  return {id, label: text.label, value, valueUnit: text.unit, perUnit, units: value / perUnit};
}

function breakdown(kind: 'LCU' | 'NLCU', dimensions: readonly CapacityDimension[]): CapacityUnitBreakdown {
  let top = dimensions[0];
  for (const d of dimensions) if (top === undefined || d.units > top.units) top = d;
  if (top === undefined) throw new Error('capacity breakdown needs at least one dimension');
  return {kind, dimensions, dominant: top.id, unitsPerHour: top.units};
}

function albBreakdown(input: SimulationInput, t: DerivedTraffic): CapacityUnitBreakdown {
  const ruleEvaluationsPerSecond = input.rps * Math.max(0, input.rules - ALB_LCU.freeRules);
  return breakdown('LCU', [
    dimension('new-connections', t.newConnectionsPerSecond, ALB_LCU.newConnectionsPerSecond),
    dimension('active-connections', t.activeConnections, ALB_LCU.activeConnections),
    dimension('processed-bytes', t.gbPerHour, ALB_LCU.processedGbPerHour),
    dimension('rule-evaluations', ruleEvaluationsPerSecond, ALB_LCU.ruleEvaluationsPerSecond),
  ]);
}

function nlbBreakdown(t: DerivedTraffic): CapacityUnitBreakdown {
  return breakdown('NLCU', [
    dimension('new-connections', t.newConnectionsPerSecond, NLB_NLCU_TCP.newConnectionsPerSecond),
    dimension('active-connections', t.activeConnections, NLB_NLCU_TCP.activeConnections),
    dimension('processed-bytes', t.gbPerHour, NLB_NLCU_TCP.processedGbPerHour),
  ]);
}

/** Each LCU/NLCU dimension and the one that sets the bill; null for options without a load balancer. */
export function capacityUnitBreakdown(optionId: SingleClusterOptionId, input: SimulationInput): CapacityUnitBreakdown | null {
  const t = deriveTraffic(input);
  switch (optionId) {
    case 'internal-alb':
      return albBreakdown(input, t);
    case 'internal-nlb-ip':
    case 'internal-nlb-instance':
      return nlbBreakdown(t);
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------
// Option costs: line items of quantity × unit price

const L = {
  podToPod: {ko: 'Pod→Pod', en: 'Pod→Pod'},
  // The Istio options' tar share holds only with their zone preference switched on (ambient has none by default).
  podToPodSidecarLocality: {ko: 'Pod→Pod (지역 로드 밸런싱, outlierDetection 설정 가정)', en: 'Pod→Pod (locality load balancing, assumes outlierDetection is set)'},
  podToPodAmbientZone: {ko: 'Pod→Pod (PreferSameZone 설정 가정)', en: 'Pod→Pod (assumes PreferSameZone is set)'},
  clientToNlb: {ko: '클라이언트→NLB', en: 'Client→NLB'},
  nlbToTarget: {ko: 'NLB→대상', en: 'NLB→target'},
  nodePortToPod: {ko: 'NodePort→Pod (kube-proxy 재전달)', en: 'NodePort→pod (kube-proxy forwarding)'},
  clientToAlb: {ko: '클라이언트→ALB 노드 (ALB→대상은 무료)', en: 'Client→ALB node (ALB→target is free)'},
} as const satisfies Record<string, Bilingual>;

/** NLB hours and NLCUs: what every NLB path pays before any data transfer. */
function nlbFixedItems(input: SimulationInput, t: DerivedTraffic, book: PriceBook): LineItem[] {
  const nlcu = nlbBreakdown(t);
  return [
    item(book, 'nlbUsdPerHour', 'lb-hours', 'load-balancer-hours',
      {ko: `NLB 시간 요금 (${input.lb}개 × ${HOURS_PER_MONTH}시간)`, en: `NLB hours (${input.lb} × ${HOURS_PER_MONTH} h)`},
      input.lb * HOURS_PER_MONTH),
    item(book, 'nlbUsdPerNlcuHour', 'capacity-units', 'capacity-units',
      {ko: 'NLCU (시간마다 가장 큰 차원)', en: 'NLCUs (largest dimension each hour)'},
      HOURS_PER_MONTH * nlcu.unitsPerHour),
  ];
}

function nlbItems(input: SimulationInput, t: DerivedTraffic, book: PriceBook): LineItem[] {
  const clientShare = t.randomCrossAzShare * (1 - input.aff / 100);
  const targetShare = input.xz === 1 ? t.randomCrossAzShare : 0;
  return [
    ...nlbFixedItems(input, t, book),
    crossAzItem(book, 'client-to-lb-cross-az', crossAzLabel(L.clientToNlb, clientShare), t.gbPerMonth, clientShare),
    crossAzItem(book, 'lb-to-target-cross-az', crossAzLabel(L.nlbToTarget, targetShare), t.gbPerMonth, targetShare),
  ];
}

/** Proxy CPU: Istio's per-1000-rps figure × the proxies each call passes. */
function proxyCpuItem(
  book: PriceBook,
  idPrefix: string,
  what: Bilingual,
  proxiesPerCall: number,
  vcpuPer1000Rps: number,
  rps: number,
): LineItem {
  return item(book, 'vcpuUsdPerHour', `${idPrefix}-vcpu`, 'proxy-compute',
    {ko: `${what.ko} CPU (1000 rps당 ${vcpuPer1000Rps} vCPU × ${proxiesPerCall})`, en: `${what.en} CPU (${vcpuPer1000Rps} vCPU per 1000 rps × ${proxiesPerCall})`},
    (rps / 1000) * proxiesPerCall * HOURS_PER_MONTH * vcpuPer1000Rps);
}

/**
 * Proxy memory: per running proxy, whatever the request rate, because it follows the configuration the proxy
 * holds (Istio performance page). ztunnel (12 MB per node) is left out: the simulator has no node count.
 */
function proxyMemoryItem(book: PriceBook, idPrefix: string, what: Bilingual, instances: number, memGb: number): LineItem {
  return item(book, 'memUsdPerGbHour', `${idPrefix}-mem`, 'proxy-compute',
    {ko: `${what.ko} 메모리 (${instances}개 × ${memGb} GB, 요청률과 무관)`, en: `${what.en} memory (${instances} × ${memGb} GB, independent of the request rate)`},
    instances * memGb * HOURS_PER_MONTH);
}

function latticeItems(input: SimulationInput, t: DerivedTraffic, book: PriceBook): LineItem[] {
  const free = book.prices.latticeFreeRequestsPerServiceHour.usdPerUnit;
  // Requests spread evenly over the services; the free tier is deducted per service and per hour.
  const billedPerServiceHour = Math.max(0, t.requestsPerHour / input.svc - free);
  const millionRequests = (input.svc * HOURS_PER_MONTH * billedPerServiceHour) / REQUESTS_PER_MILLION;
  return [
    item(book, 'latticeUsdPerServiceHour', 'lattice-service-hours', 'lattice',
      {ko: `서비스 시간 요금 (${input.svc}개 × ${HOURS_PER_MONTH}시간)`, en: `Service hours (${input.svc} × ${HOURS_PER_MONTH} h)`},
      input.svc * HOURS_PER_MONTH),
    item(book, 'latticeUsdPerGb', 'lattice-data', 'lattice',
      {ko: '데이터 처리 (AZ 간 전송 포함, 별도 요금 없음)', en: 'Data processed (inter-AZ included, no separate charge)'},
      t.gbPerMonth),
    item(book, 'latticeUsdPerMillionRequests', 'lattice-requests', 'lattice',
      {
        ko: `요청 (서비스·시간당 ${integerFormat('ko').format(free)}건 무료 후)`,
        en: `Requests (after ${integerFormat('en').format(free)} free per service-hour)`,
      },
      millionRequests),
  ];
}

function lineItems(optionId: SingleClusterOptionId, input: SimulationInput, book: PriceBook): LineItem[] {
  const t = deriveTraffic(input);
  const tarShare = input.tar / 100;
  switch (optionId) {
    case 'itp-local':
      // Node-local only: no bytes leave the node. The risk (dropped traffic) is in the catalog.
      return [];
    case 'prefer-same-zone':
      return [crossAzItem(book, 'cross-az', crossAzLabel(L.podToPod, 0), t.gbPerMonth, 0)];
    case 'topology-aware':
    case 'istio-sidecar':
    case 'istio-ambient': {
      const what = optionId === 'istio-sidecar' ? L.podToPodSidecarLocality : optionId === 'istio-ambient' ? L.podToPodAmbientZone : L.podToPod;
      const items = [crossAzItem(book, 'cross-az', crossAzLabel(what, tarShare), t.gbPerMonth, tarShare)];
      if (optionId === 'istio-sidecar') {
        // Two sidecars per call (client and server) for CPU; one sidecar per Pod for memory (Istio's own sizing).
        const sidecar = {ko: '사이드카', en: 'Sidecars'};
        items.push(
          proxyCpuItem(book, 'sidecar', sidecar, 2, ISTIO_PROXY_PER_1000_RPS.sidecar.vcpu, input.rps),
          proxyMemoryItem(book, 'sidecar', sidecar, input.pods, ISTIO_PROXY_PER_1000_RPS.sidecar.memGb),
        );
      } else if (optionId === 'istio-ambient') {
        items.push(proxyCpuItem(book, 'ztunnel', {ko: 'ztunnel', en: 'ztunnels'}, 2, ISTIO_PROXY_PER_1000_RPS.ztunnel.vcpu, input.rps));
        if (input.wp === 1) {
          const waypoint = {ko: 'waypoint', en: 'Waypoint'};
          items.push(
            proxyCpuItem(book, 'waypoint', waypoint, 1, ISTIO_PROXY_PER_1000_RPS.waypoint.vcpu, input.rps),
            proxyMemoryItem(book, 'waypoint', waypoint, 1, ISTIO_PROXY_PER_1000_RPS.waypoint.memGb),
          );
        }
      }
      return items;
    }
    case 'clusterip':
    case 'headless':
      return [crossAzItem(book, 'cross-az', crossAzLabel(L.podToPod, t.randomCrossAzShare), t.gbPerMonth, t.randomCrossAzShare)];
    case 'internal-nlb-ip':
      return nlbItems(input, t, book);
    case 'internal-nlb-instance':
      // Instance targets: the receiving node's kube-proxy picks any pod, so a random zone again.
      return [
        ...nlbItems(input, t, book),
        crossAzItem(book, 'nodeport-cross-az', crossAzLabel(L.nodePortToPod, t.randomCrossAzShare), t.gbPerMonth, t.randomCrossAzShare),
      ];
    case 'internal-alb': {
      const lcu = albBreakdown(input, t);
      return [
        item(book, 'albUsdPerHour', 'lb-hours', 'load-balancer-hours',
          {ko: `ALB 시간 요금 (${input.lb}개 × ${HOURS_PER_MONTH}시간)`, en: `ALB hours (${input.lb} × ${HOURS_PER_MONTH} h)`},
          input.lb * HOURS_PER_MONTH),
        item(book, 'albUsdPerLcuHour', 'capacity-units', 'capacity-units',
          {ko: 'LCU (시간마다 가장 큰 차원)', en: 'LCUs (largest dimension each hour)'},
          HOURS_PER_MONTH * lcu.unitsPerHour),
        // DNS hands out every zone's node IPs and the client picks one, so x of client→ALB bytes cross a zone.
        crossAzItem(book, 'client-to-lb-cross-az', crossAzLabel(L.clientToAlb, t.randomCrossAzShare), t.gbPerMonth, t.randomCrossAzShare),
      ];
    }
    case 'vpc-lattice':
      return latticeItems(input, t, book);
  }
}

// Built once, on first use: constructing a NumberFormat per call costs more than the whole cost model, and the
// first one a page constructs loads locale data (~25 ms on a slow machine), which importing the model must not do.
let integerFormats: {readonly ko: Intl.NumberFormat; readonly en: Intl.NumberFormat} | undefined;
function integerFormat(locale: 'ko' | 'en'): Intl.NumberFormat {
  integerFormats ??= {
    ko: new Intl.NumberFormat('ko-KR', {maximumFractionDigits: 0}),
    en: new Intl.NumberFormat('en-US', {maximumFractionDigits: 0}),
  };
  return integerFormats[locale];
}

function sum(items: readonly LineItem[]): number {
  let total = 0;
  for (const i of items) total += i.usd;
  return total;
}

/** The monthly line items and total of one single-cluster option. */
export function computeOptionCost(
  optionId: SingleClusterOptionId,
  input: SimulationInput,
  priceBook: PriceBook = resolvePriceBook(input.region, input.priceOverrides),
): OptionCostResult {
  const items = lineItems(optionId, input, priceBook);
  return {optionId, items, totalUsd: sum(items)};
}

/** Every single-cluster option at these inputs, in catalog order. */
export function computeCosts(input: SimulationInput): OptionCostResult[] {
  const book = resolvePriceBook(input.region, input.priceOverrides);
  return SINGLE_CLUSTER_OPTION_IDS.map((id) => computeOptionCost(id, input, book));
}

export interface Savings {
  readonly optionId: SingleClusterOptionId;
  readonly totalUsd: number;
  /** Baseline total − this total: positive means this option is cheaper. */
  readonly savingsUsd: number;
  /** savingsUsd / baseline total; null when the baseline costs nothing. */
  readonly savingsShare: number | null;
}

/** Savings of every result against the baseline option; empty when the baseline is not among the results. */
export function savingsVsBaseline(results: readonly OptionCostResult[], baseId: SingleClusterOptionId): Savings[] {
  const base = results.find((r) => r.optionId === baseId);
  if (base === undefined) return [];
  return results.map((r) => {
    const savingsUsd = base.totalUsd - r.totalUsd;
    return {
      optionId: r.optionId,
      totalUsd: r.totalUsd,
      savingsUsd,
      savingsShare: base.totalUsd > 0 ? savingsUsd / base.totalUsd : null,
    };
  });
}

export interface TrafficLevelPoint {
  readonly tb: number;
  readonly totalUsdByOption: Partial<Record<SingleClusterOptionId, number>>;
}

/** Totals at several traffic levels (other inputs unchanged), for the cost-vs-traffic chart. */
export function costAtTrafficLevels(
  input: SimulationInput,
  tbList: readonly number[],
  optionIds: readonly SingleClusterOptionId[] = SINGLE_CLUSTER_OPTION_IDS,
): TrafficLevelPoint[] {
  const book = resolvePriceBook(input.region, input.priceOverrides);
  return tbList.map((tb) => {
    const at = {...input, tb};
    const totalUsdByOption: Partial<Record<SingleClusterOptionId, number>> = {};
    for (const id of optionIds) totalUsdByOption[id] = computeOptionCost(id, at, book).totalUsd;
    return {tb, totalUsdByOption};
  });
}

/** Total of each cost category for one result (the stacked bar chart). */
export function totalsByCategory(result: OptionCostResult): Record<CostCategory, number> {
  const totals: Record<CostCategory, number> = {
    'data-transfer': 0,
    'load-balancer-hours': 0,
    'capacity-units': 0,
    lattice: 0,
    'proxy-compute': 0,
  };
  for (const i of result.items) totals[i.category] += i.usd;
  return totals;
}

// ---------------------------------------------------------------------------
// Multi-cluster paths: a dollar figure only once the user gives a cross-cluster share.

export interface MultiClusterCostResult {
  readonly optionId: MultiClusterOptionId;
  /** Share of the East-West bytes and requests that cross clusters, 0–1 (clamped). */
  readonly crossClusterShare: number;
  readonly items: readonly LineItem[];
  /** Always the sum of items[].usd. */
  readonly totalUsd: number;
  /** What the figure leaves out. */
  readonly excludes: Bilingual;
}

const EXCLUDES: Readonly<Record<MultiClusterOptionId, Bilingual>> = {
  'cilium-clustermesh': {
    ko: 'Transit Gateway 처리 요금(쓰는 경우)과 클러스터 내부 트래픽은 포함하지 않습니다.',
    en: 'Excludes Transit Gateway processing (if used) and the traffic that stays inside a cluster.',
  },
  'istio-multicluster': {
    ko: '사이드카·게이트웨이 Pod의 컴퓨팅(istio-sidecar 참고)과 클러스터 내부 트래픽은 포함하지 않습니다.',
    en: 'Excludes sidecar and gateway pod compute (see istio-sidecar) and the traffic that stays inside a cluster.',
  },
  'route53-externaldns': {
    ko: 'Route 53 호스팅 영역($0.50/월)과 쿼리 요금(프라이빗 영역 과금 여부 미확인)은 포함하지 않습니다.',
    en: 'Excludes the Route 53 hosted zone ($0.50/month) and queries (whether private-zone queries are billed is unverified).',
  },
  'vpc-lattice-cross-vpc': {
    ko: '클러스터 내부 트래픽은 포함하지 않습니다. svc개 서비스가 모두 Lattice에 등록된다고 가정합니다.',
    en: 'Excludes the traffic that stays inside a cluster; assumes all svc services are registered in Lattice.',
  },
};

/**
 * The monthly cost of the cross-cluster part of the traffic: `crossClusterShare` of the bytes and
 * requests of `input` travel between clusters spread over the same AZs (so a share x of them also
 * cross an AZ). ClusterMesh pays data transfer only; Istio east-west gateways and DNS-based access pay
 * NLBs (`lb` of them) plus data transfer; Lattice pays its usual charges on the cross-cluster traffic.
 */
export function computeMultiClusterCost(
  optionId: MultiClusterOptionId,
  input: SimulationInput,
  crossClusterShare: number,
  priceBook: PriceBook = resolvePriceBook(input.region, input.priceOverrides),
): MultiClusterCostResult {
  const share = Number.isFinite(crossClusterShare) ? Math.min(1, Math.max(0, crossClusterShare)) : 0;
  const crossing: SimulationInput = {...input, tb: input.tb * share, rps: input.rps * share};
  const t = deriveTraffic(crossing);
  const betweenClusters = {ko: '클러스터 간', en: 'Between clusters'};
  let items: LineItem[];
  switch (optionId) {
    case 'cilium-clustermesh':
    case 'istio-multicluster': {
      const transfer = crossAzItem(priceBook, 'cross-cluster-cross-az', crossAzLabel(betweenClusters, t.randomCrossAzShare), t.gbPerMonth, t.randomCrossAzShare);
      // Istio: the east-west gateways sit behind NLBs; the gateway hop itself is the cross-cluster transfer.
      items = optionId === 'cilium-clustermesh' ? [transfer] : [...nlbFixedItems(crossing, t, priceBook), transfer];
      break;
    }
    case 'route53-externaldns':
      items = nlbItems(crossing, t, priceBook);
      break;
    case 'vpc-lattice-cross-vpc':
      items = latticeItems(crossing, t, priceBook);
      break;
  }
  return {optionId, crossClusterShare: share, items, totalUsd: sum(items), excludes: EXCLUDES[optionId]};
}
