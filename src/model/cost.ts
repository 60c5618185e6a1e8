/**
 * The cost model's public API, split by concern under cost/: traffic.ts (derived quantities, inter-AZ items),
 * capacityUnits.ts (ALB LCU, NLB NLCU), managedHops.ts (NLB, ALB, Lattice items), singleCluster.ts and
 * multiCluster.ts. Import from here (or from the model's index) so the split stays an internal matter.
 */
export {deriveTraffic, type DerivedTraffic} from './cost/traffic';
export {
  capacityUnitBreakdown,
  type CapacityDimension,
  type CapacityDimensionId,
  type CapacityUnitBreakdown,
} from './cost/capacityUnits';
export {
  computeCosts,
  computeOptionCost,
  costAtTrafficLevels,
  savingsVsBaseline,
  totalsByCategory,
  type Savings,
  type TrafficLevelPoint,
} from './cost/singleCluster';
export {computeMultiClusterCost, type MultiClusterCostResult} from './cost/multiCluster';
