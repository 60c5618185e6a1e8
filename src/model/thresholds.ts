import {computeOptionCost} from './cost';
import type {SimulationInput} from './inputs';
import {NLB_NLCU_TCP, resolvePriceBook} from './prices';
import type {Bilingual, PriceBook} from './types';
import {BILLED_DIRECTIONS_PER_AZ_CROSSING, GB_PER_TB, HOURS_PER_MONTH} from './units';

/**
 * What an internal NLB (IP mode) charges per GB of East-West traffic once bytes set the NLCU count: the NLCU
 * (1 GB per NLCU-hour), the client→NLB inter-AZ share left after DNS affinity, and NLB→target when cross-zone
 * is on. The same terms computeOptionCost('internal-nlb-ip') adds up.
 */
export function nlbUsdPerGb(
  input: SimulationInput,
  book: PriceBook = resolvePriceBook(input.region, input.priceOverrides),
): number {
  const p = book.prices;
  const share = (input.az - 1) / input.az;
  const perCrossingGb = p.interAzUsdPerGbPerDirection.usdPerUnit * BILLED_DIRECTIONS_PER_AZ_CROSSING;
  const clientShare = share * (1 - input.aff / 100);
  const targetShare = input.xz === 1 ? share : 0;
  return p.nlbUsdPerNlcuHour.usdPerUnit / NLB_NLCU_TCP.processedGbPerHour + perCrossingGb * (clientShare + targetShare);
}

/**
 * When VPC Lattice pays off: the monthly traffic (TB) above which Lattice with `svc` billable services costs less
 * than what it replaces for services reached across VPCs or clusters — each of the `svc` services behind its own
 * internal NLB in IP mode (the Route 53 + ExternalDNS pattern), with the same `aff` and `xz` settings.
 *
 *   Lattice(tb) = svc × 730 × service-hour + requests + GB × Lattice per-GB
 *   NLBs(tb)    = svc × 730 × NLB-hour                 + GB × nlbUsdPerGb
 *
 * Both grow linearly with GB once bytes set the NLCU count (connection-driven NLCUs would only make the NLBs
 * dearer, so the figure errs in the NLBs' favour). Returns 0 when Lattice is cheaper at any traffic, and null when
 * it never is: its per-GB charge is not below the NLBs' while its fixed charges are higher.
 */
export function latticeBreakEvenTb(input: SimulationInput): number | null {
  const book = resolvePriceBook(input.region, input.priceOverrides);
  const p = book.prices;
  const requests =
    computeOptionCost('vpc-lattice', input, book).items.find((i) => i.id === 'lattice-requests')?.usd ?? 0;
  const fixedGap =
    input.svc * HOURS_PER_MONTH * (p.latticeUsdPerServiceHour.usdPerUnit - p.nlbUsdPerHour.usdPerUnit) + requests;
  const perGbSaving = nlbUsdPerGb(input, book) - p.latticeUsdPerGb.usdPerUnit;
  if (fixedGap <= 0) return perGbSaving >= 0 ? 0 : null;
  if (perGbSaving <= 0) return null;
  return fixedGap / perGbSaving / GB_PER_TB;
}

/**
 * When an internal NLB's bill is set by traffic rather than by the clock: the monthly traffic (TB) at which its
 * per-GB charges (nlbUsdPerGb) equal its hourly charge for `lb` load balancers. Below it the NLB costs about its
 * hourly fee; above it, NLCUs and inter-AZ transfer dominate, and zone locality (DNS affinity) matters most.
 */
export function nlbTrafficDominatesTb(input: SimulationInput): number {
  const book = resolvePriceBook(input.region, input.priceOverrides);
  const hourly = input.lb * HOURS_PER_MONTH * book.prices.nlbUsdPerHour.usdPerUnit;
  return hourly / nlbUsdPerGb(input, book) / GB_PER_TB;
}

/** What each threshold means, for the tooltip of a prose figure. */
export const THRESHOLD_TEXT = {
  latticeBreakEvenTb: {
    ko: 'VPC Lattice(서비스 svc개)가 서비스마다 internal NLB(IP 모드)를 두는 구성보다 싸지는 월 트래픽(TB). 없으면 어떤 트래픽에서도 Lattice가 더 비쌉니다',
    en: 'Monthly traffic (TB) above which VPC Lattice (svc services) costs less than one internal NLB (IP mode) per service; none means Lattice costs more at any traffic',
  },
  nlbTrafficDominatesTb: {
    ko: 'internal NLB의 GB당 요금(NLCU + AZ 간 전송)이 시간당 요금과 같아지는 월 트래픽(TB)',
    en: 'Monthly traffic (TB) at which an internal NLB’s per-GB charges (NLCUs + inter-AZ transfer) equal its hourly charge',
  },
  nlbUsdPerGb: {
    ko: 'internal NLB(IP 모드)가 East-West 트래픽 GB당 받는 요금: NLCU + 클라이언트→NLB AZ 간 전송 (+ cross-zone이 켜지면 NLB→대상)',
    en: 'What an internal NLB (IP mode) charges per GB of East-West traffic: NLCU + client→NLB inter-AZ transfer (+ NLB→target with cross-zone on)',
  },
} as const satisfies Record<string, Bilingual>;
