import type {Bilingual, PriceBook, PriceEntry, PriceId, PriceOverrides, Region} from './types';
import {PRICE_IDS} from './types';

const UNIT = {
  gbDirection: {ko: 'GB·방향', en: 'GB-direction'},
  hour: {ko: '시간', en: 'hour'},
  lbHour: {ko: 'LB-시간', en: 'LB-hour'},
  lcuHour: {ko: 'LCU-시간', en: 'LCU-hour'},
  nlcuHour: {ko: 'NLCU-시간', en: 'NLCU-hour'},
  serviceHour: {ko: '서비스-시간', en: 'service-hour'},
  gb: {ko: 'GB', en: 'GB'},
  millionRequests: {ko: '백만 요청', en: 'million requests'},
  requestsPerServiceHour: {ko: '요청/서비스-시간', en: 'requests per service-hour'},
  vcpuHour: {ko: 'vCPU-시간', en: 'vCPU-hour'},
  gbHour: {ko: 'GB-시간', en: 'GB-hour'},
} as const satisfies Record<string, Bilingual>;

/** Units of the line items, shared with cost.ts so a line item and its price read the same. */
export const PRICE_UNITS = UNIT;

// One price per line, so the book reads as a table (and a price change is a one-line diff).
// prettier-ignore
const US_EAST_1: Record<PriceId, PriceEntry> = {
  // $0.01/GB at each end of an inter-AZ transfer: the sender pays out, the receiver pays in.
  interAzUsdPerGbPerDirection: {usdPerUnit: 0.01, unit: UNIT.gbDirection, sourceId: 'aws-blog-nlb-data-transfer', status: 'CONFIRMED'},
  albUsdPerHour: {usdPerUnit: 0.0225, unit: UNIT.lbHour, sourceId: 'aws-elb-pricing', status: 'CONFIRMED'},
  albUsdPerLcuHour: {usdPerUnit: 0.008, unit: UNIT.lcuHour, sourceId: 'aws-elb-pricing', status: 'CONFIRMED'},
  // The pricing page's NLB example quotes the us-east-1 hourly price, so it is official (not only clustercost.com).
  nlbUsdPerHour: {usdPerUnit: 0.0225, unit: UNIT.lbHour, sourceId: 'aws-elb-pricing', status: 'CONFIRMED'},
  nlbUsdPerNlcuHour: {usdPerUnit: 0.006, unit: UNIT.nlcuHour, sourceId: 'aws-elb-pricing', status: 'CONFIRMED'},
  latticeUsdPerServiceHour: {usdPerUnit: 0.025, unit: UNIT.serviceHour, sourceId: 'aws-lattice-pricing', status: 'CONFIRMED'},
  latticeUsdPerGb: {usdPerUnit: 0.025, unit: UNIT.gb, sourceId: 'aws-lattice-pricing', status: 'CONFIRMED'},
  latticeUsdPerMillionRequests: {usdPerUnit: 0.1, unit: UNIT.millionRequests, sourceId: 'aws-lattice-pricing', status: 'CONFIRMED'},
  // Not a price but a quantity: the per-hour free tier, deducted before requests are billed.
  latticeFreeRequestsPerServiceHour: {usdPerUnit: 300_000, unit: UNIT.requestsPerServiceHour, sourceId: 'aws-lattice-pricing', status: 'CONFIRMED'},
  // m6i.large ($0.096/h, 2 vCPU + 8 GiB) split at the Fargate vCPU:GB price ratio; AWS publishes no such split.
  vcpuUsdPerHour: {usdPerUnit: 0.03335, unit: UNIT.vcpuHour, sourceId: 'derived-m6i-vcpu-mem-split', status: 'SECONDARY'},
  memUsdPerGbHour: {usdPerUnit: 0.003662, unit: UNIT.gbHour, sourceId: 'derived-m6i-vcpu-mem-split', status: 'SECONDARY'},
};

/** A Seoul price nobody has verified: the us-east-1 figure stands in, marked so the UI can say it. */
function fallbackToUsEast1(id: PriceId): PriceEntry {
  return {...US_EAST_1[id], status: 'UNVERIFIED', fallbackFrom: 'us-east-1'};
}

// prettier-ignore
const AP_NORTHEAST_2: Record<PriceId, PriceEntry> = {
  // The EC2 data-transfer text states $0.01/GB each direction for any one Region.
  interAzUsdPerGbPerDirection: {usdPerUnit: 0.01, unit: UNIT.gbDirection, sourceId: 'aws-ec2-data-transfer', status: 'CONFIRMED'},
  albUsdPerHour: {usdPerUnit: 0.0225, unit: UNIT.lbHour, sourceId: 'seoul-price-list-tables', status: 'SECONDARY'},
  albUsdPerLcuHour: {usdPerUnit: 0.008, unit: UNIT.lcuHour, sourceId: 'seoul-price-list-tables', status: 'SECONDARY'},
  // AWS Price List (AWSELB, ap-northeast-2) as quoted by third parties; not yet read from the live page.
  nlbUsdPerHour: {usdPerUnit: 0.0225, unit: UNIT.lbHour, sourceId: 'seoul-nlb-price-list', status: 'SECONDARY'},
  nlbUsdPerNlcuHour: {usdPerUnit: 0.006, unit: UNIT.nlcuHour, sourceId: 'seoul-nlb-price-list', status: 'SECONDARY'},
  // Seoul Lattice prices: nobody has verified them, so the UI keeps saying the us-east-1 figure stands in.
  latticeUsdPerServiceHour: fallbackToUsEast1('latticeUsdPerServiceHour'),
  latticeUsdPerGb: fallbackToUsEast1('latticeUsdPerGb'),
  latticeUsdPerMillionRequests: fallbackToUsEast1('latticeUsdPerMillionRequests'),
  // The free tier is stated without a region on the pricing page.
  latticeFreeRequestsPerServiceHour: US_EAST_1.latticeFreeRequestsPerServiceHour,
  // m6i.large $0.118/h in Seoul, split at the Seoul Fargate vCPU:GB price ratio.
  vcpuUsdPerHour: {usdPerUnit: 0.041, unit: UNIT.vcpuHour, sourceId: 'derived-m6i-vcpu-mem-split', status: 'SECONDARY'},
  memUsdPerGbHour: {usdPerUnit: 0.0045, unit: UNIT.gbHour, sourceId: 'derived-m6i-vcpu-mem-split', status: 'SECONDARY'},
};

export const PRICE_BOOKS: Readonly<Record<Region, PriceBook>> = {
  'us-east-1': {region: 'us-east-1', prices: US_EAST_1},
  'ap-northeast-2': {region: 'ap-northeast-2', prices: AP_NORTHEAST_2},
};

/** Bilingual names of the prices, for the override panel and the line-item tooltips. */
export const PRICE_LABELS: Readonly<Record<PriceId, Bilingual>> = {
  interAzUsdPerGbPerDirection: {
    ko: 'AZ 간 데이터 전송 (방향당, GB당)',
    en: 'Inter-AZ data transfer (per GB, per direction)',
  },
  albUsdPerHour: {ko: 'ALB 시간당 요금', en: 'ALB hourly charge'},
  albUsdPerLcuHour: {ko: 'ALB LCU-시간당 요금', en: 'ALB per LCU-hour'},
  nlbUsdPerHour: {ko: 'NLB 시간당 요금', en: 'NLB hourly charge'},
  nlbUsdPerNlcuHour: {ko: 'NLB NLCU-시간당 요금', en: 'NLB per NLCU-hour'},
  latticeUsdPerServiceHour: {ko: 'VPC Lattice 서비스-시간당 요금', en: 'VPC Lattice per service-hour'},
  latticeUsdPerGb: {ko: 'VPC Lattice 데이터 처리 (GB당)', en: 'VPC Lattice data processed (per GB)'},
  latticeUsdPerMillionRequests: {ko: 'VPC Lattice 백만 요청당 요금', en: 'VPC Lattice per million requests'},
  latticeFreeRequestsPerServiceHour: {
    ko: 'VPC Lattice 무료 요청 (서비스·시간당)',
    en: 'VPC Lattice free requests (per service-hour)',
  },
  vcpuUsdPerHour: {ko: 'vCPU-시간 단가 (m6i.large 기준 파생)', en: 'vCPU-hour price (derived from m6i.large)'},
  memUsdPerGbHour: {
    ko: '메모리 GB-시간 단가 (m6i.large 기준 파생)',
    en: 'Memory GB-hour price (derived from m6i.large)',
  },
};

// ---------------------------------------------------------------------------
// Capacity-unit dimensions from the ELB pricing page. One unit covers this much of each dimension; the hourly
// count billed is the largest of the dimension ratios.

/** ALB LCU: 25 new connections/s, 3,000 active connections, 1 GB/h processed, 1,000 rule evaluations/s. */
export const ALB_LCU = {
  newConnectionsPerSecond: 25,
  activeConnections: 3_000,
  processedGbPerHour: 1,
  ruleEvaluationsPerSecond: 1_000,
  /** The first 10 rules processed per request are free. */
  freeRules: 10,
} as const;

/** NLB NLCU for TCP: 800 new connections/s, 100,000 active connections, 1 GB/h processed. */
export const NLB_NLCU_TCP = {
  newConnectionsPerSecond: 800,
  activeConnections: 100_000,
  processedGbPerHour: 1,
} as const;

/**
 * Proxy footprint published by Istio 1.24 at 1000 rps, 1 KB payloads, 2 worker threads; memory in GB (60 MB = 0.060 GB). CPU scales
 * with the request rate; memory does not: Istio's performance page says it follows the configuration the proxy
 * holds, so the model charges memory per proxy instance (per sidecar Pod, per waypoint), never per request.
 */
export const ISTIO_PROXY_PER_1000_RPS = {
  sidecar: {vcpu: 0.2, memGb: 0.06},
  ztunnel: {vcpu: 0.06, memGb: 0.012},
  waypoint: {vcpu: 0.25, memGb: 0.06},
} as const;

export function isPriceId(value: string): value is PriceId {
  return (PRICE_IDS as readonly string[]).includes(value);
}

/**
 * Largest unit price an override may set. Far above any real price, and far below overflow: the largest
 * quantity in the model (Lattice requests at 10 M rps, ≈ 2.6e7 million per month) times 1e21 is ≈ 1e28, so
 * every total stays finite. Without a cap, `p.interAzUsdPerGbPerDirection=1e308` made totals Infinity.
 */
export const MAX_PRICE_OVERRIDE_USD = 1e21;

/**
 * The price book of a region with the user's overrides applied. Overrides that are not finite, < 0 or
 * above MAX_PRICE_OVERRIDE_USD are ignored (the URL codec names them); an applied override keeps the
 * source but records the book value it replaced.
 */
export function resolvePriceBook(region: Region, overrides: PriceOverrides = {}): PriceBook {
  const base = PRICE_BOOKS[region];
  const prices: Record<PriceId, PriceEntry> = {...base.prices};
  for (const id of PRICE_IDS) {
    const value = overrides[id];
    if (value === undefined || !Number.isFinite(value) || value < 0 || value > MAX_PRICE_OVERRIDE_USD) continue;
    const entry = base.prices[id];
    if (value === entry.usdPerUnit) continue;
    prices[id] = {...entry, usdPerUnit: value, overriddenBookUsdPerUnit: entry.usdPerUnit};
  }
  return {region, prices};
}
