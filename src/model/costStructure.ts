import {ALB_LCU, ISTIO_PROXY_PER_1000_RPS, NLB_NLCU_TCP, PRICE_BOOKS} from './prices';
import type {Bilingual, OptionId} from './types';
import {BILLED_DIRECTIONS_PER_AZ_CROSSING, HOURS_PER_MONTH, SECONDS_PER_HOUR} from './units';

/**
 * The `costStructure` formula of every option, written from the same constants cost.ts computes with, so a
 * changed capacity-unit dimension, proxy footprint, free tier or month length changes the text a reader sees.
 * Names match the simulator params; x = (az − 1)/az, crossAz(s) = GB/month × s × inter-AZ price × 2.
 */
type Numbers<T> = {readonly [K in keyof T]: number};

export interface FormulaConstants {
  readonly hoursPerMonth: number;
  readonly alb: Numbers<typeof ALB_LCU>;
  readonly nlb: Numbers<typeof NLB_NLCU_TCP>;
  readonly istio: {
    readonly [K in keyof typeof ISTIO_PROXY_PER_1000_RPS]: Numbers<(typeof ISTIO_PROXY_PER_1000_RPS)[K]>;
  };
  /** Lattice requests free per service-hour (a quantity the price book holds, the same in every region). */
  readonly latticeFreeRequestsPerServiceHour: number;
  readonly interAzUsdPerGbPerDirection: number;
}

export const FORMULA_CONSTANTS: FormulaConstants = {
  hoursPerMonth: HOURS_PER_MONTH,
  alb: ALB_LCU,
  nlb: NLB_NLCU_TCP,
  istio: ISTIO_PROXY_PER_1000_RPS,
  latticeFreeRequestsPerServiceHour: PRICE_BOOKS['us-east-1'].prices.latticeFreeRequestsPerServiceHour.usdPerUnit,
  interAzUsdPerGbPerDirection: PRICE_BOOKS['us-east-1'].prices.interAzUsdPerGbPerDirection.usdPerUnit,
};

/** 100000 → "100,000" (the same grouping in ko and en), without building an Intl formatter at import time. */
function grouped(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** At least `digits` decimals (0.2 → "0.20"), more when the value needs them (0.125 → "0.125"). */
function decimals(n: number, digits: number): string {
  const own = String(n).split('.')[1]?.length ?? 0;
  return n.toFixed(Math.max(digits, own));
}

/** GB → whole MB as the proxy footprints are published (0.06 → 60). */
function mb(gb: number): string {
  return grouped(Math.round(gb * 1_000_000) / 1000);
}

/** `name/perUnit`, or just `name` when one unit covers exactly 1 of it (GB/h for processed bytes). */
function per(name: string, perUnit: number): string {
  return perUnit === 1 ? name : `${name}/${grouped(perUnit)}`;
}

export function costStructures(c: FormulaConstants = FORMULA_CONSTANTS): Readonly<Record<OptionId, Bilingual>> {
  const h = grouped(c.hoursPerMonth);
  const {alb, nlb} = c;
  const {sidecar, ztunnel, waypoint} = c.istio;
  const free = grouped(c.latticeFreeRequestsPerServiceHour);
  const nlcuMax = {
    ko: `max(${per('새 연결', nlb.newConnectionsPerSecond)}, ${per('활성 연결', nlb.activeConnections)}, ${per('GB/시간', nlb.processedGbPerHour)})`,
    en: `max(${per('newConn', nlb.newConnectionsPerSecond)}, ${per('activeConn', nlb.activeConnections)}, ${per('GB/h', nlb.processedGbPerHour)})`,
  };
  const rules = `rps × max(0, rules − ${grouped(alb.freeRules)})/${grouped(alb.ruleEvaluationsPerSecond)}`;
  const lcuMax = {
    ko: `max(${per('새 연결', alb.newConnectionsPerSecond)}, ${per('활성 연결', alb.activeConnections)}, ${per('GB/시간', alb.processedGbPerHour)}, ${rules})`,
    en: `max(${per('newConn', alb.newConnectionsPerSecond)}, ${per('activeConn', alb.activeConnections)}, ${per('GB/h', alb.processedGbPerHour)}, ${rules})`,
  };
  const latticeRequests = `max(0, rps × ${grouped(SECONDS_PER_HOUR)}/svc − ${free})/1e6`;
  const interAz = `$${c.interAzUsdPerGbPerDirection} × ${BILLED_DIRECTIONS_PER_AZ_CROSSING}`;
  return {
    'itp-local': {ko: '$0 (노드 밖으로 나가는 바이트 없음)', en: '$0 (no bytes leave the node)'},
    'prefer-same-zone': {
      ko: 'crossAz(0) = $0 (같은 AZ 엔드포인트가 있는 동안)',
      en: 'crossAz(0) = $0 (while same-zone endpoints exist)',
    },
    'topology-aware': {ko: 'crossAz(tar/100)', en: 'crossAz(tar/100)'},
    clusterip: {ko: 'crossAz(x), x = (az−1)/az', en: 'crossAz(x), x = (az−1)/az'},
    headless: {ko: 'crossAz(x)', en: 'crossAz(x)'},
    'internal-nlb-ip': {
      ko: `lb × ${h} × NLB-시간 + ${h} × ${nlcuMax.ko} × NLCU-시간 + 클라이언트→NLB crossAz(x × (1 − aff/100)) + NLB→대상 crossAz(xz ? x : 0)`,
      en: `lb × ${h} × NLB-hour + ${h} × ${nlcuMax.en} × NLCU-hour + client→NLB crossAz(x × (1 − aff/100)) + NLB→target crossAz(xz ? x : 0)`,
    },
    'internal-nlb-instance': {
      ko: 'internal-nlb-ip와 같음 + NodePort→파드 crossAz(x)',
      en: 'as internal-nlb-ip, plus NodePort→Pod crossAz(x)',
    },
    'internal-alb': {
      ko: `lb × ${h} × ALB-시간 + ${h} × ${lcuMax.ko} × LCU-시간 + 클라이언트→ALB crossAz(x)`,
      en: `lb × ${h} × ALB-hour + ${h} × ${lcuMax.en} × LCU-hour + client→ALB crossAz(x)`,
    },
    'vpc-lattice': {
      ko: `svc × ${h} × 서비스-시간 + GB/월 × GB당 요금 + svc × ${h} × ${latticeRequests} × 백만 요청당 요금`,
      en: `svc × ${h} × service-hour + GB/month × per-GB + svc × ${h} × ${latticeRequests} × per-million requests`,
    },
    'istio-sidecar': {
      ko: `crossAz(tar/100) + ${h} × (rps/1000) × 2 × ${decimals(sidecar.vcpu, 2)} × vCPU-시간 + ${h} × pods × ${decimals(sidecar.memGb, 3)} × GB-시간. outlierDetection이 없으면 crossAz(x)`,
      en: `crossAz(tar/100) + ${h} × (rps/1000) × 2 × ${decimals(sidecar.vcpu, 2)} × vCPU-hour + ${h} × pods × ${decimals(sidecar.memGb, 3)} × GB-hour; without outlierDetection, crossAz(x)`,
    },
    'istio-ambient': {
      ko: `crossAz(tar/100) + ${h} × (rps/1000) × 2 × ${decimals(ztunnel.vcpu, 2)} × vCPU-시간 + wp일 때 ${h} × ((rps/1000) × ${decimals(waypoint.vcpu, 2)} × vCPU-시간 + ${decimals(waypoint.memGb, 3)} × GB-시간). ztunnel 메모리(노드당 ${mb(ztunnel.memGb)} MB)는 노드 수가 없어 제외. PreferSameZone이 없으면 crossAz(x)`,
      en: `crossAz(tar/100) + ${h} × (rps/1000) × 2 × ${decimals(ztunnel.vcpu, 2)} × vCPU-hour + if wp: ${h} × ((rps/1000) × ${decimals(waypoint.vcpu, 2)} × vCPU-hour + ${decimals(waypoint.memGb, 3)} × GB-hour). ztunnel memory (${mb(ztunnel.memGb)} MB per node) left out: no node count. Without PreferSameZone, crossAz(x)`,
    },
    'cilium-clustermesh': {
      ko: `데이터 전송만: 클러스터 간 GB × (AZ 간 또는 VPC 피어링 ${interAz} / Transit Gateway 요금). Cilium 자체 요금 없음.`,
      en: `Data transfer only: cross-cluster GB × (inter-AZ or VPC peering ${interAz}, or Transit Gateway rates). No Cilium fee.`,
    },
    'istio-multicluster': {
      ko: `게이트웨이 NLB (${h} × NLB-시간 + NLCU) + 클러스터 간 GB × 데이터 전송 요금 + 사이드카 프록시 컴퓨팅`,
      en: `Gateway NLB (${h} × NLB-hour + NLCUs) + cross-cluster GB × data-transfer rate + sidecar proxy compute`,
    },
    'route53-externaldns': {
      // Route 53 prices are not in the price book: the model leaves them out of the figure (see computeMultiClusterCost).
      ko: `NLB (${h} × NLB-시간 + NLCU) + 클러스터 간 GB × 데이터 전송 요금 + Route 53 (호스팅 영역 $0.50/월, 쿼리 백만 건당 $0.40)`,
      en: `NLB (${h} × NLB-hour + NLCUs) + cross-cluster GB × data-transfer rate + Route 53 (hosted zone $0.50/month, $0.40 per million queries)`,
    },
    'vpc-lattice-cross-vpc': {
      ko: `단일 클러스터 vpc-lattice와 같은 식: svc × ${h} × 서비스-시간 + 처리 GB × GB당 요금 + 무료분을 넘는 요청. 별도 AZ 간 요금 없음.`,
      en: `Same formula as single-cluster vpc-lattice: svc × ${h} × service-hour + processed GB × per-GB + requests above the free tier. No separate inter-AZ charge.`,
    },
  };
}
