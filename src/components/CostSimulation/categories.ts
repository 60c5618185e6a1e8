/**
 * Colours of the model's cost categories in the stacked bar chart (CSS variables defined in
 * CostSimulation.module.css for light and dark). The categories and their names live in the model.
 */
import type {CostCategory} from '../../model/types';

export const CATEGORY_COLOR_VARS: Readonly<Record<CostCategory, string>> = {
  'data-transfer': '--sim-cat-data-transfer',
  'load-balancer-hours': '--sim-cat-lb-hours',
  'capacity-units': '--sim-cat-capacity',
  lattice: '--sim-cat-lattice',
  'proxy-compute': '--sim-cat-proxy',
};

/** Line colours of the cost-vs-traffic chart, in option order (--sim-series-1 … 11). */
export const SERIES_COLOR_VARS = Array.from({length: 11}, (_, i) => `--sim-series-${i + 1}`);
