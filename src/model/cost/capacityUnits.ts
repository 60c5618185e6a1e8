import type {SimulationInput} from '../inputs';
import {ALB_LCU, NLB_NLCU_TCP} from '../prices';
import type {Bilingual, SingleClusterOptionId} from '../types';
import {deriveTraffic, type DerivedTraffic} from './traffic';

// Capacity units (ALB LCU, NLB NLCU): one unit covers this much of each dimension, and the count billed each
// hour is the largest of the dimension ratios.
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

export function albBreakdown(input: SimulationInput, t: DerivedTraffic): CapacityUnitBreakdown {
  const ruleEvaluationsPerSecond = input.rps * Math.max(0, input.rules - ALB_LCU.freeRules);
  return breakdown('LCU', [
    dimension('new-connections', t.newConnectionsPerSecond, ALB_LCU.newConnectionsPerSecond),
    dimension('active-connections', t.activeConnections, ALB_LCU.activeConnections),
    dimension('processed-bytes', t.gbPerHour, ALB_LCU.processedGbPerHour),
    dimension('rule-evaluations', ruleEvaluationsPerSecond, ALB_LCU.ruleEvaluationsPerSecond),
  ]);
}

export function nlbBreakdown(t: DerivedTraffic): CapacityUnitBreakdown {
  return breakdown('NLCU', [
    dimension('new-connections', t.newConnectionsPerSecond, NLB_NLCU_TCP.newConnectionsPerSecond),
    dimension('active-connections', t.activeConnections, NLB_NLCU_TCP.activeConnections),
    dimension('processed-bytes', t.gbPerHour, NLB_NLCU_TCP.processedGbPerHour),
  ]);
}

/** Each LCU/NLCU dimension and the one that sets the bill; null for options without a load balancer. */
export function capacityUnitBreakdown(
  optionId: SingleClusterOptionId,
  input: SimulationInput,
): CapacityUnitBreakdown | null {
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
