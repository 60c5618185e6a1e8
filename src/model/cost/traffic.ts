import type {SimulationInput} from '../inputs';
import type {Bilingual, LineItem, PriceBook} from '../types';
import {BILLED_DIRECTIONS_PER_AZ_CROSSING, GB_PER_TB, HOURS_PER_MONTH, SECONDS_PER_HOUR} from '../units';
import {item} from './lineItem';

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

/**
 * Inter-AZ transfer for the bytes that cross a zone with probability `share`. The quantity is
 * GB-direction (each GB crossing is billed once out and once in), so the unit price stays the
 * published $0.01 and quantity × price = gbPerMonth × share × 0.01 × 2.
 */
export function crossAzItem(
  book: PriceBook,
  id: string,
  label: Bilingual,
  gbPerMonth: number,
  share: number,
): LineItem {
  const quantity = gbPerMonth * share * BILLED_DIRECTIONS_PER_AZ_CROSSING;
  return item(book, 'interAzUsdPerGbPerDirection', id, 'data-transfer', label, quantity);
}

function pct(share: number): string {
  // Two decimals at most, so "66.67%" and "10%" both read well in a label.
  return `${Math.round(share * 10_000) / 100}%`;
}

const CROSS_AZ_NOTE = {
  ko: '넘는 GB × 2 (보내는 쪽·받는 쪽 모두 과금)',
  en: 'GB crossing × 2 (sender and receiver both billed)',
};

export function crossAzLabel(what: Bilingual, share: number): Bilingual {
  return {
    ko: `${what.ko}: AZ 간 전송 ${pct(share)} — ${CROSS_AZ_NOTE.ko}`,
    en: `${what.en}: inter-AZ transfer, ${pct(share)} of bytes — ${CROSS_AZ_NOTE.en}`,
  };
}
