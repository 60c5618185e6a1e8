import type {SimulationInput} from '../inputs';
import {ISTIO_PROXY_PER_1000_RPS, resolvePriceBook} from '../prices';
import type {Bilingual, CostCategory, LineItem, OptionCostResult, PriceBook, SingleClusterOptionId} from '../types';
import {SINGLE_CLUSTER_OPTION_IDS} from '../types';
import {HOURS_PER_MONTH} from '../units';
import {item, sum} from './lineItem';
import {albItems, latticeItems, nlbItems} from './managedHops';
import {crossAzItem, crossAzLabel, deriveTraffic} from './traffic';

// Single-cluster options: each one's monthly line items (quantity × unit price) and what is built from them.

const L = {
  podToPod: {ko: '파드→파드', en: 'Pod→Pod'},
  // The Istio options' tar share holds only with their zone preference switched on (ambient has none by default).
  podToPodSidecarLocality: {
    ko: '파드→파드 (지역 로드 밸런싱, outlierDetection 설정 가정)',
    en: 'Pod→Pod (locality load balancing, assumes outlierDetection is set)',
  },
  podToPodAmbientZone: {ko: '파드→파드 (PreferSameZone 설정 가정)', en: 'Pod→Pod (assumes PreferSameZone is set)'},
  nodePortToPod: {ko: 'NodePort→파드 (kube-proxy 재전달)', en: 'NodePort→Pod (kube-proxy forwarding)'},
} as const satisfies Record<string, Bilingual>;

/** Proxy CPU: Istio's per-1000-rps figure × the proxies each call passes. */
function proxyCpuItem(
  book: PriceBook,
  idPrefix: string,
  what: Bilingual,
  proxiesPerCall: number,
  vcpuPer1000Rps: number,
  rps: number,
): LineItem {
  return item(
    book,
    'vcpuUsdPerHour',
    `${idPrefix}-vcpu`,
    'proxy-compute',
    {
      ko: `${what.ko} CPU (1000 rps당 ${vcpuPer1000Rps} vCPU × ${proxiesPerCall})`,
      en: `${what.en} CPU (${vcpuPer1000Rps} vCPU per 1000 rps × ${proxiesPerCall})`,
    },
    (rps / 1000) * proxiesPerCall * HOURS_PER_MONTH * vcpuPer1000Rps,
  );
}

/**
 * Proxy memory: per running proxy, whatever the request rate, because it follows the configuration the proxy
 * holds (Istio performance page). ztunnel (12 MB per node) is left out: the simulator has no node count.
 */
function proxyMemoryItem(
  book: PriceBook,
  idPrefix: string,
  what: Bilingual,
  instances: number,
  memGb: number,
): LineItem {
  return item(
    book,
    'memUsdPerGbHour',
    `${idPrefix}-mem`,
    'proxy-compute',
    {
      ko: `${what.ko} 메모리 (${instances}개 × ${memGb} GB, 요청률과 무관)`,
      en: `${what.en} memory (${instances} × ${memGb} GB, independent of the request rate)`,
    },
    instances * memGb * HOURS_PER_MONTH,
  );
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
      const what =
        optionId === 'istio-sidecar'
          ? L.podToPodSidecarLocality
          : optionId === 'istio-ambient'
            ? L.podToPodAmbientZone
            : L.podToPod;
      const items = [crossAzItem(book, 'cross-az', crossAzLabel(what, tarShare), t.gbPerMonth, tarShare)];
      if (optionId === 'istio-sidecar') {
        // Two sidecars per call (client and server) for CPU; one sidecar per Pod for memory (Istio's own sizing).
        const sidecar = {ko: '사이드카', en: 'Sidecars'};
        items.push(
          proxyCpuItem(book, 'sidecar', sidecar, 2, ISTIO_PROXY_PER_1000_RPS.sidecar.vcpu, input.rps),
          proxyMemoryItem(book, 'sidecar', sidecar, input.pods, ISTIO_PROXY_PER_1000_RPS.sidecar.memGb),
        );
      } else if (optionId === 'istio-ambient') {
        items.push(
          proxyCpuItem(
            book,
            'ztunnel',
            {ko: 'ztunnel', en: 'ztunnels'},
            2,
            ISTIO_PROXY_PER_1000_RPS.ztunnel.vcpu,
            input.rps,
          ),
        );
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
      return [
        crossAzItem(
          book,
          'cross-az',
          crossAzLabel(L.podToPod, t.randomCrossAzShare),
          t.gbPerMonth,
          t.randomCrossAzShare,
        ),
      ];
    case 'internal-nlb-ip':
      return nlbItems(input, t, book);
    case 'internal-nlb-instance':
      // Instance targets: the receiving node's kube-proxy picks any pod, so a random zone again.
      return [
        ...nlbItems(input, t, book),
        crossAzItem(
          book,
          'nodeport-cross-az',
          crossAzLabel(L.nodePortToPod, t.randomCrossAzShare),
          t.gbPerMonth,
          t.randomCrossAzShare,
        ),
      ];
    case 'internal-alb':
      return albItems(input, t, book);
    case 'vpc-lattice':
      return latticeItems(input, t, book);
  }
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
