/**
 * Shared types of the east-west model. Data tables live in their own modules
 * (prices.ts, options.ts, …); this file only names the shapes and the stable ids.
 */

/** Domain text kept in data: the compiler refuses a missing translation. */
export interface Bilingual {
  readonly ko: string;
  readonly en: string;
}

export type Locale = keyof Bilingual;

// ---------------------------------------------------------------------------
// Regions and prices

export const REGIONS = ['us-east-1', 'ap-northeast-2'] as const;
export type Region = (typeof REGIONS)[number];
export const DEFAULT_REGION: Region = 'us-east-1';

export const PRICE_IDS = [
  'interAzUsdPerGbPerDirection',
  'albUsdPerHour',
  'albUsdPerLcuHour',
  'nlbUsdPerHour',
  'nlbUsdPerNlcuHour',
  'latticeUsdPerServiceHour',
  'latticeUsdPerGb',
  'latticeUsdPerMillionRequests',
  'latticeFreeRequestsPerServiceHour',
  'vcpuUsdPerHour',
  'memUsdPerGbHour',
] as const;
export type PriceId = (typeof PRICE_IDS)[number];

/** CONFIRMED: a source says so. SECONDARY: only a third-party source. UNVERIFIED: no source (a fallback). */
export type PriceStatus = 'CONFIRMED' | 'SECONDARY' | 'UNVERIFIED';

/** O: official text read directly; O-q: official text quoted by a third party; S: secondary; DERIVED: our arithmetic. */
export type SourceTier = 'O' | 'O-q' | 'S' | 'DERIVED';

export interface Source {
  readonly id: string;
  readonly title: Bilingual;
  /** null when there is no public page to link (an unpublished benchmark, our own estimate). */
  readonly url: string | null;
  /** 'YYYY-MM-DD' or 'YYYY-MM': when the figure was read or published. */
  readonly asOf: string;
  readonly tier: SourceTier;
}

export interface PriceEntry {
  readonly usdPerUnit: number;
  readonly unit: Bilingual;
  readonly sourceId: string;
  readonly status: PriceStatus;
  /** Set when this region has no verified figure and the us-east-1 one is used instead. */
  readonly fallbackFrom?: 'us-east-1';
  /** Set by resolvePriceBook when the user typed an override: the book value it replaced. */
  readonly overriddenBookUsdPerUnit?: number;
}

export interface PriceBook {
  readonly region: Region;
  readonly prices: Readonly<Record<PriceId, PriceEntry>>;
}

export type PriceOverrides = Partial<Record<PriceId, number>>;

// ---------------------------------------------------------------------------
// Options

export const SINGLE_CLUSTER_OPTION_IDS = [
  'itp-local',
  'prefer-same-zone',
  'topology-aware',
  'clusterip',
  'headless',
  'internal-nlb-ip',
  'internal-nlb-instance',
  'internal-alb',
  'vpc-lattice',
  'istio-sidecar',
  'istio-ambient',
] as const;
export type SingleClusterOptionId = (typeof SINGLE_CLUSTER_OPTION_IDS)[number];

export const MULTI_CLUSTER_OPTION_IDS = [
  'cilium-clustermesh',
  'istio-multicluster',
  'route53-externaldns',
  'vpc-lattice-cross-vpc',
] as const;
export type MultiClusterOptionId = (typeof MULTI_CLUSTER_OPTION_IDS)[number];

export type OptionId = SingleClusterOptionId | MultiClusterOptionId;
export type OptionScope = 'single' | 'multi';
export type NetworkLayer = 'L3' | 'L4' | 'L7' | 'L4/L7' | 'DNS';

/** Section ids of the guide (`/docs/east-west-traffic#<id>`); they never change once shipped. */
export const GUIDE_SECTION_IDS = [
  'overview',
  'who-picks-the-endpoint',
  'topology-aware-routing',
  'internal-traffic-policy',
  'pod-topology-spread',
  'nodelocal-dnscache',
  'internal-lb-ip-mode',
  'istio',
  'multi-cluster',
  'cilium-clustermesh',
  'vpc-lattice',
  'istio-multicluster',
  'route53-externaldns',
  'cost-simulation',
  'migration',
  'troubleshooting',
  'decision-guide',
  'routing-controls-compared',
  'az-impairment',
  'break-even',
  'rollout-checklist',
] as const;
export type GuideSectionId = (typeof GUIDE_SECTION_IDS)[number];

export interface OptionInfo {
  readonly id: OptionId;
  readonly scope: OptionScope;
  readonly name: Bilingual;
  readonly description: Bilingual;
  /** The monthly cost as a formula a reader can check (names match the simulator params). */
  readonly costStructure: Bilingual;
  readonly risk: Bilingual;
  readonly layer: NetworkLayer;
  /** Network hops between the calling pod and the target pod (1 = direct). */
  readonly hops: number;
  readonly guideSectionId: GuideSectionId;
}

// ---------------------------------------------------------------------------
// Costs

export type CostCategory = 'data-transfer' | 'load-balancer-hours' | 'capacity-units' | 'lattice' | 'proxy-compute';

export interface LineItem {
  /** Stable within an option (e.g. 'client-to-lb-cross-az'). */
  readonly id: string;
  readonly label: Bilingual;
  readonly category: CostCategory;
  readonly quantity: number;
  readonly unit: Bilingual;
  readonly usdPerUnit: number;
  /** Always quantity × usdPerUnit. */
  readonly usd: number;
  readonly priceId: PriceId;
  readonly sourceId: string;
}

export interface OptionCostResult {
  readonly optionId: SingleClusterOptionId;
  readonly items: readonly LineItem[];
  /** Always the sum of items[].usd. */
  readonly totalUsd: number;
}
