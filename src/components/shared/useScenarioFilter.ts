import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import {useCallback, useMemo} from 'react';
import {SCENARIO_NEEDS, SCENARIO_SCOPES, type ScenarioNeed, type ScenarioScope} from '../../model/scenarios';
import {parseScenarioFilter, writeScenarioFilter, type ScenarioFilter} from './scenarioFilterQuery';

export type ScenarioMatrixFilter = ScenarioFilter<ScenarioScope, ScenarioNeed>;

export const NO_SCENARIO_FILTER: ScenarioMatrixFilter = {scope: null, needs: []};

/**
 * The scenario filter in the URL, read and written through the router's history the way Docusaurus' own
 * showcase filters are. The server render and hydration read no query (useHistorySelector's server value), so
 * they match the static HTML, where every row and so every #scenario-<id> anchor exists; the URL's filter
 * applies right after.
 */
export function useScenarioFilter(): readonly [ScenarioMatrixFilter, (next: ScenarioMatrixFilter) => void] {
  const history = useHistory();
  const search = useHistorySelector((h) => h.location.search);
  const filter = useMemo(() => parseScenarioFilter(search, SCENARIO_SCOPES, SCENARIO_NEEDS), [search]);
  const setFilter = useCallback(
    (next: ScenarioMatrixFilter) => {
      const {pathname, search: current, hash} = history.location;
      // Replace, not push: ticking boxes should not fill the back button's history.
      history.replace({pathname, search: writeScenarioFilter(current, next), hash});
    },
    [history],
  );
  return [filter, setFilter] as const;
}
