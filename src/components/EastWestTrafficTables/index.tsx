/**
 * The widgets the guide's MDX imports (as the seed did): `import {CostSimulation, …} from
 * '@site/src/components/EastWestTrafficTables';`. One line per widget; each lives in its own folder.
 */
export {default as CostSimulation} from '../CostSimulation';
export {default as TopologyHintsChecker} from '../TopologyHintsChecker';
export {Price, Usd, UsdDiff} from '../ModelFigure';
export {default as ServiceTypeComparison} from '../ServiceTypeComparison';
export {default as LatencyCostComparison} from '../LatencyCostComparison';
export {default as ScenarioMatrix} from '../ScenarioMatrix';
