import type {SimulationInput} from '../inputs';
import {resolvePriceBook} from '../prices';
import type {Bilingual, LineItem, MultiClusterOptionId, PriceBook} from '../types';
import {sum} from './lineItem';
import {latticeItems, nlbFixedItems, nlbItems} from './managedHops';
import {crossAzItem, crossAzLabel, deriveTraffic} from './traffic';

// Multi-cluster paths: a dollar figure only once the user gives a cross-cluster share.

export interface MultiClusterCostResult {
  readonly optionId: MultiClusterOptionId;
  /** Share of the East-West bytes and requests that cross clusters, 0–1 (clamped). */
  readonly crossClusterShare: number;
  readonly items: readonly LineItem[];
  /** Always the sum of items[].usd. */
  readonly totalUsd: number;
  /** What the figure leaves out. */
  readonly excludes: Bilingual;
}

const EXCLUDES: Readonly<Record<MultiClusterOptionId, Bilingual>> = {
  'cilium-clustermesh': {
    ko: 'Transit Gateway 처리 요금(쓰는 경우)과 클러스터 내부 트래픽은 포함하지 않습니다.',
    en: 'Excludes Transit Gateway processing (if used) and the traffic that stays inside a cluster.',
  },
  'istio-multicluster': {
    ko: '사이드카·게이트웨이 파드의 컴퓨팅(istio-sidecar 참고)과 클러스터 내부 트래픽은 포함하지 않습니다.',
    en: 'Excludes sidecar and gateway Pod compute (see istio-sidecar) and the traffic that stays inside a cluster.',
  },
  'route53-externaldns': {
    ko: 'Route 53 호스팅 영역($0.50/월)과 쿼리 요금(프라이빗 영역 과금 여부 미확인)은 포함하지 않습니다.',
    en: 'Excludes the Route 53 hosted zone ($0.50/month) and queries (whether private-zone queries are billed is unverified).',
  },
  'vpc-lattice-cross-vpc': {
    ko: '클러스터 내부 트래픽은 포함하지 않습니다. svc개 서비스가 모두 Lattice에 등록된다고 가정합니다.',
    en: 'Excludes the traffic that stays inside a cluster; assumes all svc services are registered in Lattice.',
  },
};

/**
 * The monthly cost of the cross-cluster part of the traffic: `crossClusterShare` of the bytes and
 * requests of `input` travel between clusters spread over the same AZs (so a share x of them also
 * cross an AZ). ClusterMesh pays data transfer only; Istio east-west gateways and DNS-based access pay
 * NLBs (`lb` of them) plus data transfer; Lattice pays its usual charges on the cross-cluster traffic.
 */
export function computeMultiClusterCost(
  optionId: MultiClusterOptionId,
  input: SimulationInput,
  crossClusterShare: number,
  priceBook: PriceBook = resolvePriceBook(input.region, input.priceOverrides),
): MultiClusterCostResult {
  const share = Number.isFinite(crossClusterShare) ? Math.min(1, Math.max(0, crossClusterShare)) : 0;
  const crossing: SimulationInput = {...input, tb: input.tb * share, rps: input.rps * share};
  const t = deriveTraffic(crossing);
  const betweenClusters = {ko: '클러스터 간', en: 'Between clusters'};
  let items: LineItem[];
  switch (optionId) {
    case 'cilium-clustermesh':
    case 'istio-multicluster': {
      const transfer = crossAzItem(
        priceBook,
        'cross-cluster-cross-az',
        crossAzLabel(betweenClusters, t.randomCrossAzShare),
        t.gbPerMonth,
        t.randomCrossAzShare,
      );
      // Istio: the east-west gateways sit behind NLBs; the gateway hop itself is the cross-cluster transfer.
      items = optionId === 'cilium-clustermesh' ? [transfer] : [...nlbFixedItems(crossing, t, priceBook), transfer];
      break;
    }
    case 'route53-externaldns':
      items = nlbItems(crossing, t, priceBook);
      break;
    case 'vpc-lattice-cross-vpc':
      items = latticeItems(crossing, t, priceBook);
      break;
  }
  return {optionId, crossClusterShare: share, items, totalUsd: sum(items), excludes: EXCLUDES[optionId]};
}
