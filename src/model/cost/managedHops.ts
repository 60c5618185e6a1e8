import {decimalText} from '../decimalText';
import type {SimulationInput} from '../inputs';
import type {Bilingual, LineItem, PriceBook} from '../types';
import {HOURS_PER_MONTH, REQUESTS_PER_MILLION} from '../units';
import {albBreakdown, nlbBreakdown} from './capacityUnits';
import {item} from './lineItem';
import {crossAzItem, crossAzLabel, type DerivedTraffic} from './traffic';

// The AWS-managed hops (NLB, ALB, VPC Lattice): single-cluster options and multi-cluster paths both pay them.

const L = {
  clientToNlb: {ko: '클라이언트→NLB', en: 'Client→NLB'},
  nlbToTarget: {ko: 'NLB→대상', en: 'NLB→target'},
  clientToAlb: {ko: '클라이언트→ALB 노드 (ALB→대상은 무료)', en: 'Client→ALB node (ALB→target is free)'},
} as const satisfies Record<string, Bilingual>;

/** NLB hours and NLCUs: what every NLB path pays before any data transfer. */
export function nlbFixedItems(input: SimulationInput, t: DerivedTraffic, book: PriceBook): LineItem[] {
  const nlcu = nlbBreakdown(t);
  return [
    item(
      book,
      'nlbUsdPerHour',
      'lb-hours',
      'load-balancer-hours',
      {
        ko: `NLB 시간 요금 (${input.lb}개 × ${HOURS_PER_MONTH}시간)`,
        en: `NLB hours (${input.lb} × ${HOURS_PER_MONTH} h)`,
      },
      input.lb * HOURS_PER_MONTH,
    ),
    item(
      book,
      'nlbUsdPerNlcuHour',
      'capacity-units',
      'capacity-units',
      {ko: 'NLCU (시간마다 가장 큰 차원)', en: 'NLCUs (largest dimension each hour)'},
      HOURS_PER_MONTH * nlcu.unitsPerHour,
    ),
  ];
}

export function nlbItems(input: SimulationInput, t: DerivedTraffic, book: PriceBook): LineItem[] {
  const clientShare = t.randomCrossAzShare * (1 - input.aff / 100);
  const targetShare = input.xz === 1 ? t.randomCrossAzShare : 0;
  return [
    ...nlbFixedItems(input, t, book),
    crossAzItem(book, 'client-to-lb-cross-az', crossAzLabel(L.clientToNlb, clientShare), t.gbPerMonth, clientShare),
    crossAzItem(book, 'lb-to-target-cross-az', crossAzLabel(L.nlbToTarget, targetShare), t.gbPerMonth, targetShare),
  ];
}

/** ALB hours, LCUs and the client's hop to an ALB node (ALB→target across zones is free). */
export function albItems(input: SimulationInput, t: DerivedTraffic, book: PriceBook): LineItem[] {
  const lcu = albBreakdown(input, t);
  return [
    item(
      book,
      'albUsdPerHour',
      'lb-hours',
      'load-balancer-hours',
      {
        ko: `ALB 시간 요금 (${input.lb}개 × ${HOURS_PER_MONTH}시간)`,
        en: `ALB hours (${input.lb} × ${HOURS_PER_MONTH} h)`,
      },
      input.lb * HOURS_PER_MONTH,
    ),
    item(
      book,
      'albUsdPerLcuHour',
      'capacity-units',
      'capacity-units',
      {ko: 'LCU (시간마다 가장 큰 차원)', en: 'LCUs (largest dimension each hour)'},
      HOURS_PER_MONTH * lcu.unitsPerHour,
    ),
    // DNS hands out every zone's node IPs and the client picks one, so x of client→ALB bytes cross a zone.
    crossAzItem(
      book,
      'client-to-lb-cross-az',
      crossAzLabel(L.clientToAlb, t.randomCrossAzShare),
      t.gbPerMonth,
      t.randomCrossAzShare,
    ),
  ];
}

export function latticeItems(input: SimulationInput, t: DerivedTraffic, book: PriceBook): LineItem[] {
  const free = book.prices.latticeFreeRequestsPerServiceHour.usdPerUnit;
  // "300,000" in both languages.
  const freeText = decimalText(free, {maximumFractionDigits: 0}) ?? String(free);
  // Requests spread evenly over the services; the free tier is deducted per service and per hour.
  const billedPerServiceHour = Math.max(0, t.requestsPerHour / input.svc - free);
  const millionRequests = (input.svc * HOURS_PER_MONTH * billedPerServiceHour) / REQUESTS_PER_MILLION;
  return [
    item(
      book,
      'latticeUsdPerServiceHour',
      'lattice-service-hours',
      'lattice',
      {
        ko: `서비스 시간 요금 (${input.svc}개 × ${HOURS_PER_MONTH}시간)`,
        en: `Service hours (${input.svc} × ${HOURS_PER_MONTH} h)`,
      },
      input.svc * HOURS_PER_MONTH,
    ),
    item(
      book,
      'latticeUsdPerGb',
      'lattice-data',
      'lattice',
      {
        ko: '데이터 처리 (AZ 간 전송 포함, 별도 요금 없음)',
        en: 'Data processed (inter-AZ included, no separate charge)',
      },
      t.gbPerMonth,
    ),
    item(
      book,
      'latticeUsdPerMillionRequests',
      'lattice-requests',
      'lattice',
      {
        ko: `요청 (서비스·시간당 ${freeText}건 무료 후)`,
        en: `Requests (after ${freeText} free per service-hour)`,
      },
      millionRequests,
    ),
  ];
}
