/**
 * The scenario filter in the URL query, so a filtered matrix can be linked: `?scope=multi-cluster&needs=mtls,l7`.
 * The names (`scope`, `needs`) stay clear of the simulator's params (src/model/inputs.ts). Reading is total: unknown
 * values, repeats, malformed encoding and absurd lengths are dropped, never thrown or rendered.
 */

export const SCOPE_PARAM = 'scope';
export const NEEDS_PARAM = 'needs';
/** The filter's params, which the simulator's URL state carries over and does not report as unknown. */
export const SCENARIO_FILTER_PARAMS: readonly string[] = [SCOPE_PARAM, NEEDS_PARAM];

/** Longer values cannot be one of our ids; they are ignored before any splitting. */
const MAX_VALUE_CHARS = 200;

export interface ScenarioFilter<Scope extends string, Need extends string> {
  /** null: every scope. */
  readonly scope: Scope | null;
  /** A scenario must have all of these needs; in the order of `knownNeeds`. */
  readonly needs: readonly Need[];
}

function params(search: string): URLSearchParams {
  // URLSearchParams decodes malformed %-sequences leniently instead of throwing.
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

export function parseScenarioFilter<Scope extends string, Need extends string>(
  search: string,
  knownScopes: readonly Scope[],
  knownNeeds: readonly Need[],
): ScenarioFilter<Scope, Need> {
  const query = params(typeof search === 'string' ? search : '');
  const rawScope = query.get(SCOPE_PARAM);
  const scope =
    rawScope !== null && rawScope.length <= MAX_VALUE_CHARS
      ? (knownScopes.find((s) => s === rawScope.trim()) ?? null)
      : null;
  const wanted = new Set<string>();
  for (const value of query.getAll(NEEDS_PARAM)) {
    if (value.length > MAX_VALUE_CHARS) continue;
    for (const part of value.split(',')) wanted.add(part.trim());
  }
  return {scope, needs: knownNeeds.filter((n) => wanted.has(n))};
}

/** The query with the filter written in (empty filter → params removed); every other param is kept as it was. */
export function writeScenarioFilter<Scope extends string, Need extends string>(
  search: string,
  filter: ScenarioFilter<Scope, Need>,
): string {
  const query = params(search);
  query.delete(SCOPE_PARAM);
  query.delete(NEEDS_PARAM);
  if (filter.scope !== null) query.set(SCOPE_PARAM, filter.scope);
  if (filter.needs.length > 0) query.set(NEEDS_PARAM, filter.needs.join(','));
  // Commas are safe in a query and keep `needs=mtls,l7` readable.
  const text = query.toString().replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}
