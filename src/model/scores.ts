import {computeCosts} from './cost';
import type {SimulationInput} from './inputs';
import {optionLatency, type OptionLatency} from './latency';
import {OPTIONS} from './options';
import type {Bilingual, OptionId} from './types';

/**
 * Scores (1–5) shown in tables are derived from numbers, never typed by hand.
 *
 * Latency: from the HIGH end of the added latency (conservative), in ms:
 *   ≤ 0.05 → 5, ≤ 0.25 → 4, ≤ 0.6 → 3, ≤ 1.5 → 2, above → 1.
 * Cost: from the ratio of the monthly total to plain ClusterIP at the same inputs (the "do nothing"
 * cost of East-West traffic):
 *   ≤ 0.05 → 5, ≤ 0.5 → 4, ≤ 1 → 3, ≤ 2 → 2, above → 1. (Reference $0: total $0 → 5, else 1.)
 */
export type Score = 1 | 2 | 3 | 4 | 5;

export const LATENCY_SCORE_THRESHOLDS_MS = [0.05, 0.25, 0.6, 1.5] as const;
export const COST_SCORE_RATIO_THRESHOLDS = [0.05, 0.5, 1, 2] as const;
/** The option whose cost is the reference of the cost score. */
export const COST_SCORE_REFERENCE_OPTION = 'clusterip' as const;

function fromThresholds(value: number, thresholds: readonly [number, number, number, number]): Score {
  if (!(value <= thresholds[3])) return 1; // also NaN
  if (value <= thresholds[0]) return 5;
  if (value <= thresholds[1]) return 4;
  if (value <= thresholds[2]) return 3;
  return 2;
}

export function scoreLatency(addedHighMs: number): Score {
  return fromThresholds(addedHighMs, LATENCY_SCORE_THRESHOLDS_MS);
}

export function scoreCost(totalUsd: number, referenceUsd: number): Score {
  if (referenceUsd <= 0) return totalUsd <= 0 ? 5 : 1;
  return fromThresholds(totalUsd / referenceUsd, COST_SCORE_RATIO_THRESHOLDS);
}

/** Text for each score, so meaning never rests on colour alone. */
export const LATENCY_SCORE_LABELS: Readonly<Record<Score, Bilingual>> = {
  5: {ko: '추가 지연 거의 없음 (≤ 0.05 ms)', en: 'Practically none added (≤ 0.05 ms)'},
  4: {ko: '낮음 (≤ 0.25 ms)', en: 'Low (≤ 0.25 ms)'},
  3: {ko: '보통 (≤ 0.6 ms)', en: 'Moderate (≤ 0.6 ms)'},
  2: {ko: '높음 (≤ 1.5 ms)', en: 'High (≤ 1.5 ms)'},
  1: {ko: '매우 높음 (> 1.5 ms)', en: 'Very high (> 1.5 ms)'},
};

export const COST_SCORE_LABELS: Readonly<Record<Score, Bilingual>> = {
  5: {ko: '거의 무료 (ClusterIP의 5% 이하)', en: 'Nearly free (≤ 5% of ClusterIP)'},
  4: {ko: '저렴 (ClusterIP의 절반 이하)', en: 'Cheap (≤ half of ClusterIP)'},
  3: {ko: '보통 (ClusterIP 이하)', en: 'Moderate (≤ ClusterIP)'},
  2: {ko: '높음 (ClusterIP의 2배 이하)', en: 'Expensive (≤ 2 × ClusterIP)'},
  1: {ko: '매우 높음 (ClusterIP의 2배 초과)', en: 'Very expensive (> 2 × ClusterIP)'},
};

export interface OptionComparisonRow {
  readonly optionId: OptionId;
  readonly latency: OptionLatency;
  readonly latencyScore: Score;
  /** null for multi-cluster options: their cost depends on the cross-cluster bytes (see costStructure). */
  readonly totalUsd: number | null;
  readonly costScore: Score | null;
}

/** One row per option in catalog order (multi-cluster included), for LatencyCostComparison. */
export function compareOptions(input: SimulationInput): OptionComparisonRow[] {
  const costs = new Map(computeCosts(input).map((r) => [r.optionId as OptionId, r.totalUsd]));
  const reference = costs.get(COST_SCORE_REFERENCE_OPTION) ?? 0;
  return OPTIONS.map((o) => {
    const latency = optionLatency(o.id, input);
    const totalUsd = costs.get(o.id) ?? null;
    return {
      optionId: o.id,
      latency,
      latencyScore: scoreLatency(latency.addedMs.high),
      totalUsd,
      costScore: totalUsd === null ? null : scoreCost(totalUsd, reference),
    };
  });
}
