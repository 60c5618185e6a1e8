/**
 * Presentation of the model's cost categories: their names in both locales and the CSS variable that
 * colours them in the stacked bar chart (defined in styles.module.css for light and dark).
 * The model owns the category ids; only their display lives here.
 */
import type {Bilingual, CostCategory} from '../../model/types';

export const COST_CATEGORIES = [
  'data-transfer',
  'load-balancer-hours',
  'capacity-units',
  'lattice',
  'proxy-compute',
] as const satisfies readonly CostCategory[];

export const CATEGORY_LABELS: Readonly<Record<CostCategory, Bilingual>> = {
  'data-transfer': {ko: 'AZ 간 데이터 전송', en: 'Inter-AZ data transfer'},
  'load-balancer-hours': {ko: '로드 밸런서 시간', en: 'Load balancer hours'},
  'capacity-units': {ko: '용량 단위 (LCU/NLCU)', en: 'Capacity units (LCU/NLCU)'},
  lattice: {ko: 'VPC Lattice 요금', en: 'VPC Lattice charges'},
  'proxy-compute': {ko: '프록시 CPU·메모리', en: 'Proxy CPU and memory'},
};

export const CATEGORY_COLOR_VARS: Readonly<Record<CostCategory, string>> = {
  'data-transfer': '--sim-cat-data-transfer',
  'load-balancer-hours': '--sim-cat-lb-hours',
  'capacity-units': '--sim-cat-capacity',
  lattice: '--sim-cat-lattice',
  'proxy-compute': '--sim-cat-proxy',
};

/** Line colours of the cost-vs-traffic chart, in option order (--sim-series-1 … 11). */
export const SERIES_COLOR_VARS = Array.from({length: 11}, (_, i) => `--sim-series-${i + 1}`);
