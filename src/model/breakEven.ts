import {computeOptionCost} from './cost';
import type {SimulationInput} from './inputs';
import {resolvePriceBook} from './prices';
import type {Bilingual, PriceBook, PriceId} from './types';
import {HOURS_PER_MONTH} from './units';

/**
 * When zone-local routing pays: the inter-AZ transfer it saves against what it adds.
 *
 * Saved: ClusterIP without zone awareness (a random zone, (az − 1)/az of bytes cross) minus Topology Aware
 * Routing (tar % still cross). The conservative zone-local option is the reference: PreferSameZone keeps
 * even the residual in-zone while every zone has an endpoint, so it saves at least as much.
 * Added: the replicas you run so every zone can serve its own callers (xr × rcpu vCPU, xr × rmem GB), and one
 * NodeLocal DNSCache pod per node at the requests of the upstream manifest. Requests reserve node capacity,
 * so they are priced at the price book's vCPU-hour and GB-hour rates for a 730-hour month.
 */

/** node-cache container requests in kubernetes/kubernetes cluster/addons/dns/nodelocaldns/nodelocaldns.yaml. */
export const NODELOCAL_DNS_REQUESTS_PER_NODE = {
  /** 25m */
  vcpu: 0.025,
  /** 5Mi = 5/1024 GiB; the price book's memory rate is per GB-hour and the model treats GB and GiB alike. */
  memGb: 5 / 1024,
} as const;

export interface BreakEvenItem {
  readonly id: 'extra-replica-vcpu' | 'extra-replica-mem' | 'nodelocal-dns-vcpu' | 'nodelocal-dns-mem';
  readonly label: Bilingual;
  readonly quantity: number;
  readonly unit: Bilingual;
  readonly usdPerUnit: number;
  readonly usd: number;
  readonly priceId: PriceId;
  readonly sourceId: string;
  /** Where the quantity comes from (the footprint), when it is not a simulator input. */
  readonly quantitySourceId?: string;
}

/** What each break-even figure means, for the tooltip of a prose figure. */
export const BREAK_EVEN_TEXT = {
  breakEvenTb: {
    ko: '같은 AZ 라우팅(Topology Aware Routing)으로 줄어드는 전송 요금이 늘린 복제본과 NodeLocal DNSCache 비용을 넘어서는 월 트래픽(TB). 없음 = 줄어드는 요금이 없음',
    en: 'Monthly traffic (TB) from which the transfer saved by zone-local routing (Topology Aware Routing) covers the added replicas and NodeLocal DNSCache; none = nothing is saved',
  },
  transferSavedUsd: {
    ko: '월 AZ 간 전송 절감액: ClusterIP − Topology Aware Routing',
    en: 'Monthly inter-AZ transfer saved: ClusterIP − Topology Aware Routing',
  },
  addedUsd: {
    ko: `늘린 복제본과 NodeLocal DNSCache의 월 비용 (요청량 × vCPU·GB-시간 단가 × ${HOURS_PER_MONTH}시간)`,
    en: `Monthly cost of the added replicas and NodeLocal DNSCache (requests × vCPU and GB-hour prices × ${HOURS_PER_MONTH} h)`,
  },
} as const satisfies Record<string, Bilingual>;

export interface BreakEven {
  /** Monthly inter-AZ transfer saved: ClusterIP − Topology Aware Routing, at these inputs. */
  readonly transferSavedUsd: number;
  /** Transfer saved per TB/month of East-West traffic (the saving is linear in tb). */
  readonly savedUsdPerTb: number;
  readonly addedItems: readonly BreakEvenItem[];
  /** Sum of addedItems. */
  readonly addedUsd: number;
  /** transferSavedUsd − addedUsd: positive when zone-local routing pays at these inputs. */
  readonly netUsd: number;
  /** TB/month from which the saving covers the added cost; null when nothing is saved per TB (tar ≥ (az − 1)/az). */
  readonly breakEvenTb: number | null;
}

function item(
  book: PriceBook,
  priceId: PriceId,
  id: BreakEvenItem['id'],
  label: Bilingual,
  quantity: number,
  quantitySourceId?: string,
): BreakEvenItem {
  const price = book.prices[priceId];
  return {
    id,
    label,
    quantity,
    unit: price.unit,
    usdPerUnit: price.usdPerUnit,
    usd: quantity * price.usdPerUnit,
    priceId,
    sourceId: price.sourceId,
    ...(quantitySourceId === undefined ? {} : {quantitySourceId}),
  };
}

/** Transfer saved by zone-local routing at these inputs (the cross-AZ line items of the two options). */
function transferSaved(input: SimulationInput, book: PriceBook): number {
  return (
    computeOptionCost('clusterip', input, book).totalUsd - computeOptionCost('topology-aware', input, book).totalUsd
  );
}

export function computeBreakEven(input: SimulationInput): BreakEven {
  const book = resolvePriceBook(input.region, input.priceOverrides);
  const transferSavedUsd = transferSaved(input, book);
  // Both options are linear in tb, so the saving at 1 TB is the saving per TB.
  const savedUsdPerTb = transferSaved({...input, tb: 1}, book);

  const dns = NODELOCAL_DNS_REQUESTS_PER_NODE;
  const addedItems: BreakEvenItem[] = [
    item(
      book,
      'vcpuUsdPerHour',
      'extra-replica-vcpu',
      {
        ko: `늘린 복제본 CPU (${input.xr}개 × ${input.rcpu} vCPU × ${HOURS_PER_MONTH}시간)`,
        en: `Added replicas, CPU (${input.xr} × ${input.rcpu} vCPU × ${HOURS_PER_MONTH} h)`,
      },
      input.xr * input.rcpu * HOURS_PER_MONTH,
    ),
    item(
      book,
      'memUsdPerGbHour',
      'extra-replica-mem',
      {
        ko: `늘린 복제본 메모리 (${input.xr}개 × ${input.rmem} GB × ${HOURS_PER_MONTH}시간)`,
        en: `Added replicas, memory (${input.xr} × ${input.rmem} GB × ${HOURS_PER_MONTH} h)`,
      },
      input.xr * input.rmem * HOURS_PER_MONTH,
    ),
    item(
      book,
      'vcpuUsdPerHour',
      'nodelocal-dns-vcpu',
      {
        ko: `NodeLocal DNSCache CPU (노드 ${input.nodes}개 × 25m × ${HOURS_PER_MONTH}시간)`,
        en: `NodeLocal DNSCache, CPU (${input.nodes} nodes × 25m × ${HOURS_PER_MONTH} h)`,
      },
      input.nodes * dns.vcpu * HOURS_PER_MONTH,
      'k8s-nodelocaldns-manifest',
    ),
    item(
      book,
      'memUsdPerGbHour',
      'nodelocal-dns-mem',
      {
        ko: `NodeLocal DNSCache 메모리 (노드 ${input.nodes}개 × 5Mi × ${HOURS_PER_MONTH}시간)`,
        en: `NodeLocal DNSCache, memory (${input.nodes} nodes × 5Mi × ${HOURS_PER_MONTH} h)`,
      },
      input.nodes * dns.memGb * HOURS_PER_MONTH,
      'k8s-nodelocaldns-manifest',
    ),
  ];
  let addedUsd = 0;
  for (const i of addedItems) addedUsd += i.usd;

  return {
    transferSavedUsd,
    savedUsdPerTb,
    addedItems,
    addedUsd,
    netUsd: transferSavedUsd - addedUsd,
    breakEvenTb: savedUsdPerTb > 0 ? addedUsd / savedUsdPerTb : null,
  };
}
