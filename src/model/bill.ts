import {computeOptionCost} from './cost';
import {NUMERIC_PARAMS, normalizeParam, type SimulationInput} from './inputs';
import type {Bilingual, SingleClusterOptionId} from './types';
import {BILLED_DIRECTIONS_PER_AZ_CROSSING, GB_PER_TB} from './units';

/**
 * From a measured bill to East-West volume. The bill's `*DataTransfer-Regional-Bytes` usage quantity counts
 * each GB crossing a zone once per direction, exactly like the model's inter-AZ line items. So under the
 * option the reader runs today (`base`), bill = tb × 1024 × 2 × crossShare(base), and
 * tb = bill / (2 × 1024 × crossShare(base)).
 */

/** The `bill` URL param: measured GB-direction per month. Absent by default. */
export const BILL_PARAM = {
  key: 'bill',
  min: 0,
  max: 1_000_000_000,
  integer: true,
  step: 1,
  unit: {ko: 'GB/월', en: 'GB/month'},
  label: {ko: '청구서의 AZ 간 사용량', en: 'Inter-AZ usage on the bill'},
  help: {
    ko: '*DataTransfer-Regional-Bytes 사용 유형의 월간 사용량(GB, 방향별로 한 번씩 집계). 넣으면 East-West 트래픽을 여기서 거꾸로 계산합니다.',
    en: 'Monthly usage quantity of the *DataTransfer-Regional-Bytes usage type (GB, counted once per direction). When set, East-West traffic is derived from it.',
  },
} as const satisfies {
  key: string;
  min: number;
  max: number;
  integer: boolean;
  step: number;
  unit: Bilingual;
  label: Bilingual;
  help: Bilingual;
};

/** Clamp to 0 – 10^9 and round to whole GB; NaN gives null (no bill). */
export function normalizeBill(value: number): number | null {
  if (Number.isNaN(value)) return null;
  const clamped = Math.min(BILL_PARAM.max, Math.max(BILL_PARAM.min, Math.round(value)));
  return clamped === 0 ? 0 : clamped;
}

/**
 * Inter-AZ crossings per East-West byte under an option: the quantity of its inter-AZ line items
 * (GB-direction) divided by GB × 2. Read from the line items themselves, so it can never disagree with
 * the costs: (az−1)/az for ClusterIP and headless, tar/100 for Topology Aware Routing and both Istio modes,
 * client leg + cross-zone leg for the NLBs (+ the NodePort hop for instance targets: up to 2 crossings per
 * byte), the client leg for the ALB; 0 for itp-local, PreferSameZone and VPC Lattice (no inter-AZ charge).
 */
export function crossShare(optionId: SingleClusterOptionId, input: SimulationInput): number {
  const probe: SimulationInput = {...input, tb: 1, bill: undefined};
  let quantity = 0;
  for (const item of computeOptionCost(optionId, probe).items) {
    if (item.priceId === 'interAzUsdPerGbPerDirection') quantity += item.quantity;
  }
  return quantity / (GB_PER_TB * BILLED_DIRECTIONS_PER_AZ_CROSSING);
}

export type BillMapping =
  | {readonly kind: 'none'}
  /** tb derived from the bill, inside its range. */
  | {readonly kind: 'derived'; readonly bill: number; readonly share: number; readonly tb: number}
  /** The derived tb fell outside 0.001 – 100,000 TB and was clamped. */
  | {
      readonly kind: 'clamped';
      readonly bill: number;
      readonly share: number;
      readonly tb: number;
      readonly unclampedTb: number;
    }
  /** The current option sends no bytes across zones: the bill says nothing about its volume, tb stays. */
  | {readonly kind: 'unmappable'; readonly bill: number; readonly tb: number};

/** How the input's bill maps to East-West volume under its `base` option. */
export function mapBill(input: SimulationInput): BillMapping {
  const bill = input.bill;
  if (bill === undefined || !Number.isFinite(bill)) return {kind: 'none'};
  const share = crossShare(input.base, input);
  if (!(share > 0)) return {kind: 'unmappable', bill, tb: input.tb};
  const unclampedTb = bill / (BILLED_DIRECTIONS_PER_AZ_CROSSING * GB_PER_TB * share);
  const tb = normalizeParam('tb', unclampedTb);
  return tb === unclampedTb ? {kind: 'derived', bill, share, tb} : {kind: 'clamped', bill, share, tb, unclampedTb};
}

/** The input with `tb` replaced by the bill's derivation (unchanged without a bill or when it cannot map). */
export function applyBill(input: SimulationInput): SimulationInput {
  const mapping = mapBill(input);
  if (mapping.kind === 'derived' || mapping.kind === 'clamped') {
    return mapping.tb === input.tb ? input : {...input, tb: mapping.tb};
  }
  return input;
}

/** The tb range the derived value is clamped to (for messages). */
export const DERIVED_TB_RANGE = {min: NUMERIC_PARAMS.tb.min, max: NUMERIC_PARAMS.tb.max} as const;
