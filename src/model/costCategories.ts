/** The cost categories that line items are grouped by (stacked bar chart, exports), with their names. */
import type {Bilingual, CostCategory} from './types';

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
