/**
 * The widgets the guide's MDX imports (as the seed did): `import {CostSimulation, …} from
 * '@site/src/components/EastWestTrafficTables';`. Each lives in its own folder; here each is wrapped in
 * Deferred, so the guide shows their server-rendered markup at once and makes them live as the reader
 * nears them (the /simulator page uses CostSimulation directly, live from the start).
 */
import type {ReactNode} from 'react';
import CostSimulationWidget, {type CostSimulationProps} from '../CostSimulation';
import Deferred from '../Deferred';
import LatencyCostComparisonWidget, {type LatencyCostComparisonProps} from '../LatencyCostComparison';
import ScenarioMatrixWidget from '../ScenarioMatrix';
import ServiceTypeComparisonWidget from '../ServiceTypeComparison';
import TopologyHintsCheckerWidget from '../TopologyHintsChecker';

export {Price, Usd, UsdDiff} from '../ModelFigure';

export function CostSimulation(props: CostSimulationProps): ReactNode {
  return (
    <Deferred estimatedHeight={3000} readsQuery>
      <CostSimulationWidget {...props} />
    </Deferred>
  );
}

export function LatencyCostComparison(props: LatencyCostComparisonProps): ReactNode {
  return (
    <Deferred estimatedHeight={3200} readsQuery>
      <LatencyCostComparisonWidget {...props} />
    </Deferred>
  );
}

export function ScenarioMatrix(): ReactNode {
  return (
    <Deferred estimatedHeight={2200} readsQuery>
      <ScenarioMatrixWidget />
    </Deferred>
  );
}

export function ServiceTypeComparison(): ReactNode {
  return (
    <Deferred estimatedHeight={1300}>
      <ServiceTypeComparisonWidget />
    </Deferred>
  );
}

export function TopologyHintsChecker(): ReactNode {
  return (
    <Deferred estimatedHeight={1200}>
      <TopologyHintsCheckerWidget />
    </Deferred>
  );
}
