/**
 * Row order of the comparison table. Sorting only reorders what the model computed: latency by the high end
 * of the added latency (the figure the latency score uses), cost by the monthly total. Options without a
 * total (multi-cluster) always go last; ties keep catalog order.
 */
import type {OptionComparisonRow} from '../../model';

export type SortKey = 'latency' | 'cost';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  readonly key: SortKey | null;
  readonly direction: SortDirection;
}

export const CATALOG_ORDER: SortState = {key: null, direction: 'ascending'};

function sortValue(row: OptionComparisonRow, key: SortKey): number | null {
  return key === 'latency' ? row.latency.addedMs.high : row.totalUsd;
}

export function sortRows(rows: readonly OptionComparisonRow[], sort: SortState): OptionComparisonRow[] {
  const indexed = rows.map((row, index) => ({row, index}));
  const {key} = sort;
  if (key === null) return indexed.map((r) => r.row);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  indexed.sort((a, b) => {
    const va = sortValue(a.row, key);
    const vb = sortValue(b.row, key);
    if (va === null || vb === null) {
      if (va === vb) return a.index - b.index;
      return va === null ? 1 : -1;
    }
    return va === vb ? a.index - b.index : (va - vb) * sign;
  });
  return indexed.map((r) => r.row);
}

/** Clicking a column: first ascending, then flip. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return {key, direction: 'ascending'};
  return {key, direction: current.direction === 'ascending' ? 'descending' : 'ascending'};
}
