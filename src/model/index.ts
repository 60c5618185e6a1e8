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
  computeMultiClusterCost,
  computeOptionCost,
  costAtTrafficLevels,
  deriveTraffic,
  savingsVsBaseline,
  totalsByCategory,
  type CapacityDimension,
  type CapacityDimensionId,
  type CapacityUnitBreakdown,
  type DerivedTraffic,
  type MultiClusterCostResult,
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
export {
  CROSS_AZ_ADDED_MS,
  expectedCrossAzPerCall,
  optionLatency,
  type AddedLatency,
  type LatencyBasis,
  type LatencyComponent,
  type OptionLatency,
} from './latency';
export {
  COST_SCORE_LABELS,
  COST_SCORE_RATIO_THRESHOLDS,
  COST_SCORE_REFERENCE_OPTION,
  LATENCY_SCORE_LABELS,
  LATENCY_SCORE_THRESHOLDS_MS,
  compareOptions,
  scoreCost,
  scoreLatency,
  type OptionComparisonRow,
  type Score,
} from './scores';
export {
  TOPOLOGY_MAX_ENDPOINTS_PER_ZONE,
  TOPOLOGY_MAX_ZONES,
  TOPOLOGY_OVERLOAD_THRESHOLD,
  checkTopologyHints,
  evenZones,
  type HintsDisabled,
  type HintsDisabledReason,
  type HintsEnabled,
  type HintsInvalidInput,
  type TopologyHintsResult,
  type ZoneAllocation,
  type ZoneHints,
  type ZoneInput,
  type ZoneInputProblem,
} from './topologyHints';
export {DISABLED_EVENT_MESSAGE, DISABLED_REASON_TEXT, ENABLED_TEXT, ONE_ZONE_TEXT} from './topologyHintReasons';
export {CATEGORY_LABELS, COST_CATEGORIES} from './costCategories';
export {SERVICE_TYPES, SERVICE_TYPE_IDS, type ServiceTypeId, type ServiceTypeInfo} from './serviceTypes';
export {
  SCENARIOS,
  SCENARIO_NEEDS,
  SCENARIO_NEED_LABELS,
  SCENARIO_SCOPES,
  SCENARIO_SCOPE_LABELS,
  scenarioInput,
  scenarioQuery,
  type Scenario,
  type ScenarioId,
  type ScenarioNeed,
  type ScenarioScope,
} from './scenarios';
export {THRESHOLD_TEXT, latticeBreakEvenTb, nlbTrafficDominatesTb, nlbUsdPerGb} from './thresholds';
export {
  BREAK_EVEN_TEXT,
  NODELOCAL_DNS_REQUESTS_PER_NODE,
  computeBreakEven,
  type BreakEven,
  type BreakEvenItem,
} from './breakEven';
export {GLOSSARY, type GlossaryTerm, type GlossaryTermId} from './glossary';
