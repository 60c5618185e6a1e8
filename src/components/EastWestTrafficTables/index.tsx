/**
 * The widgets the guide's MDX imports (as the seed did): `import {CostSimulation, …} from
 * '@site/src/components/EastWestTrafficTables';`. Each lives in its own folder and hydrates with its page; what
 * inside them loads late (charts) waits until it is near the viewport (src/components/lazy).
 */
export {default as CostSimulation} from '../CostSimulation';
export {default as LatencyCostComparison} from '../LatencyCostComparison';
export {default as ScenarioMatrix} from '../ScenarioMatrix';
export {default as ServiceTypeComparison} from '../ServiceTypeComparison';
export {default as TopologyHintsChecker} from '../TopologyHintsChecker';
export {Price, Usd, UsdDiff} from '../ModelFigure';
