/**
 * Public API of the east-west cost model: pure TypeScript, no React, no DOM.
 * Widgets import from '@site/src/model' (or a module path) and only format what these return.
 */
export * from './types';
export * from './units';
export {SOURCES, getSource, type SourceId} from './sources';
export {
  PRICE_BOOKS,
  PRICE_LABELS,
  PRICE_UNITS,
  ALB_LCU,
  NLB_NLCU_TCP,
  ISTIO_PROXY_PER_1000_RPS,
  isPriceId,
  resolvePriceBook,
} from './prices';
export {
  DEFAULT_INPUT,
  NUMERIC_PARAMS,
  NUMERIC_PARAM_KEYS,
  REGION_LABELS,
  normalizeParam,
  withDefaults,
  type NumericParamKey,
  type NumericParamSpec,
  type SimulationInput,
} from './inputs';
export {OPTIONS, getOption, isOptionId} from './options';
export {
  capacityUnitBreakdown,
  computeCosts,
  computeOptionCost,
  costAtTrafficLevels,
  deriveTraffic,
  savingsVsBaseline,
  totalsByCategory,
  type CapacityDimension,
  type CapacityDimensionId,
  type CapacityUnitBreakdown,
  type DerivedTraffic,
  type Savings,
  type TrafficLevelPoint,
} from './cost';
export {
  MAX_QUERY_NOTICES,
  MAX_QUERY_PARAMS,
  NOTICE_VALUE_MAX_CHARS,
  PRICE_OVERRIDE_PARAM_PREFIX,
  parseSimulationQuery,
  serializeSimulationQuery,
  type ParsedSimulationQuery,
  type QueryNotice,
  type QueryNoticeKind,
} from './query';
