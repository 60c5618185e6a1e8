import {describe, expect, it} from 'vitest';
import {
  capacityUnitBreakdown,
  computeCosts,
  computeMultiClusterCost,
  computeOptionCost,
  costAtTrafficLevels,
  savingsVsBaseline,
  totalsByCategory,
} from './cost';
import {DEFAULT_INPUT, withDefaults, type SimulationInput} from './inputs';
import {getOption} from './options';
import {MAX_PRICE_OVERRIDE_USD, PRICE_BOOKS, resolvePriceBook} from './prices';
import {SINGLE_CLUSTER_OPTION_IDS, type SingleClusterOptionId} from './types';

// Worked examples: every expected value below is a literal computed by hand from the formula in the
// comment (x = (az−1)/az; GB = tb × 1024; inter-AZ = GB × share × $0.01 × 2).

function total(id: SingleClusterOptionId, input: Partial<SimulationInput> = {}): number {
  return computeOptionCost(id, withDefaults(input)).totalUsd;
}

function itemUsd(id: SingleClusterOptionId, itemId: string, input: Partial<SimulationInput> = {}): number | undefined {
  return computeOptionCost(id, withDefaults(input)).items.find((i) => i.id === itemId)?.usd;
}

describe('defaults (10 TB/month = 10,240 GB, 3 AZs, 1,000 rps, rpc 100, cd 60 s, us-east-1)', () => {
  it('itp-local = $0 with no line items', () => {
    expect(computeOptionCost('itp-local', DEFAULT_INPUT)).toEqual({optionId: 'itp-local', items: [], totalUsd: 0});
  });

  it('prefer-same-zone = crossAz(0) = $0', () => {
    expect(total('prefer-same-zone')).toBe(0);
  });

  it('topology-aware at tar=10: 10,240 × 0.10 × 0.02 = $20.48', () => {
    expect(total('topology-aware')).toBeCloseTo(20.48, 9);
  });

  it('clusterip: 10,240 × 2/3 × 0.02 = $136.5333', () => {
    expect(total('clusterip')).toBeCloseTo(136.533333, 5);
  });

  it('headless: same as clusterip, $136.5333', () => {
    expect(total('headless')).toBeCloseTo(136.533333, 5);
  });

  it('clusterip inter-AZ item: quantity 13,653.33 GB-direction (10,240 × 2/3 × 2) at $0.01', () => {
    const [line] = computeOptionCost('clusterip', DEFAULT_INPUT).items;
    expect(line?.quantity).toBeCloseTo(13653.3333, 3);
    expect(line?.usdPerUnit).toBe(0.01);
    expect(line?.unit.en).toBe('GB-direction');
    expect(line?.label.en).toContain('× 2');
    expect(line?.category).toBe('data-transfer');
  });

  it('internal-alb: 0.0225×730 + (10,240/730 LCU)×730×0.008 + 136.5333 = 16.425 + 81.92 + 136.5333 = $234.8783', () => {
    // LCU dimensions: new conn 1000/100 = 10/s → 0.4; active 10 × 60 = 600 → 0.2; 14.03 GB/h → 14.03; rules 10 − 10 = 0.
    expect(total('internal-alb')).toBeCloseTo(234.878333, 5);
    expect(itemUsd('internal-alb', 'lb-hours')).toBeCloseTo(16.425, 9);
    expect(itemUsd('internal-alb', 'capacity-units')).toBeCloseTo(81.92, 9);
    expect(itemUsd('internal-alb', 'client-to-lb-cross-az')).toBeCloseTo(136.533333, 5);
  });

  it('internal-nlb-ip: 0.0225×730 + 10,240×0.006 + client→NLB 136.5333 + NLB→target 0 = $214.3983', () => {
    expect(total('internal-nlb-ip')).toBeCloseTo(214.398333, 5);
    expect(itemUsd('internal-nlb-ip', 'capacity-units')).toBeCloseTo(61.44, 9);
    expect(itemUsd('internal-nlb-ip', 'lb-to-target-cross-az')).toBe(0);
  });

  it('internal-nlb-instance: 214.3983 + NodePort→pod 136.5333 = $350.9317', () => {
    expect(total('internal-nlb-instance')).toBeCloseTo(350.931667, 5);
  });

  it('vpc-lattice, svc=10: 10×730×0.025 + 10,240×0.025 + 10×730×60,000/1e6×0.10 = 182.5 + 256 + 43.80 = $482.30', () => {
    // 1,000 rps × 3,600 = 3.6M req/h ÷ 10 services = 360,000 per service-hour; 60,000 above the free 300,000.
    expect(total('vpc-lattice')).toBeCloseTo(482.3, 9);
    expect(itemUsd('vpc-lattice', 'lattice-requests')).toBeCloseTo(43.8, 9);
    const requests = computeOptionCost('vpc-lattice', DEFAULT_INPUT).items.find((i) => i.id === 'lattice-requests');
    expect(requests?.quantity).toBeCloseTo(438, 9); // million requests: 10 × 730 × 60,000 / 1e6
  });

  it('istio-sidecar: 20.48 + 730×1×2×0.20 vCPU × 0.03335 + 30 pods × 0.060 GB × 730 × 0.003662 = 20.48 + 9.7382 + 4.811868 = $35.030068', () => {
    expect(total('istio-sidecar')).toBeCloseTo(35.030068, 6);
    expect(itemUsd('istio-sidecar', 'sidecar-mem')).toBeCloseTo(4.811868, 9); // 1,314 GB-h × 0.003662
    expect(itemUsd('istio-sidecar', 'sidecar-vcpu')).toBeCloseTo(9.7382, 9); // 292 vCPU-h × 0.03335
  });

  it('istio-ambient (wp=0): 20.48 + 87.6 vCPU-h × 0.03335 = 20.48 + 2.92146 = $23.40146 (no ztunnel memory: no node count)', () => {
    expect(total('istio-ambient')).toBeCloseTo(23.40146, 7);
  });

  it('sidecar memory follows the Pod count, not the request rate: 60 pods × 0.060 × 730 × 0.003662 = $9.623736 at any rps', () => {
    expect(itemUsd('istio-sidecar', 'sidecar-mem', {pods: 60})).toBeCloseTo(9.623736, 9);
    expect(itemUsd('istio-sidecar', 'sidecar-mem', {pods: 60, rps: 50_000})).toBeCloseTo(9.623736, 9);
  });

  it('istio-ambient with a waypoint: + 182.5 vCPU-h × 0.03335 + one waypoint 43.8 GB-h × 0.003662 = 23.40146 + 6.086375 + 0.1603956 = $29.6482306', () => {
    expect(total('istio-ambient', {wp: 1})).toBeCloseTo(29.6482306, 7);
  });

  it('every total is the sum of its line items', () => {
    for (const r of computeCosts(DEFAULT_INPUT)) {
      expect(r.totalUsd).toBe(r.items.reduce((s, i) => s + i.usd, 0));
      for (const i of r.items) expect(i.usd).toBe(i.quantity * i.usdPerUnit);
    }
  });
});

describe('ALB capacity units: the largest dimension sets the bill', () => {
  it('rule-heavy (rules=30): 1,000 rps × (30 − 10) = 20,000 evaluations/s = 20 LCU > 14.03 GB/h', () => {
    // 730 × 20 × 0.008 = $116.80; total 16.425 + 116.80 + 136.5333 = $269.7583
    const b = capacityUnitBreakdown('internal-alb', withDefaults({rules: 30}));
    expect(b?.dominant).toBe('rule-evaluations');
    expect(b?.unitsPerHour).toBe(20);
    expect(itemUsd('internal-alb', 'capacity-units', {rules: 30})).toBeCloseTo(116.8, 9);
    expect(total('internal-alb', {rules: 30})).toBeCloseTo(269.758333, 5);
  });

  it('connection-heavy (rpc=1): 1,000 new connections/s ÷ 25 = 40 LCU (active 60,000 ÷ 3,000 = 20)', () => {
    // 730 × 40 × 0.008 = $233.60; total 16.425 + 233.60 + 136.5333 = $386.5583
    const b = capacityUnitBreakdown('internal-alb', withDefaults({rpc: 1}));
    expect(b?.dominant).toBe('new-connections');
    expect(b?.unitsPerHour).toBe(40);
    expect(b?.dimensions.find((d) => d.id === 'active-connections')?.units).toBe(20);
    expect(total('internal-alb', {rpc: 1})).toBeCloseTo(386.558333, 5);
  });

  it('long-lived connections (rps 100, rpc 1, cd 3,600, tb 1): active 360,000 ÷ 3,000 = 120 LCU', () => {
    // 730 × 120 × 0.008 = $700.80
    const b = capacityUnitBreakdown('internal-alb', withDefaults({rps: 100, rpc: 1, cd: 3600, tb: 1}));
    expect(b?.dominant).toBe('active-connections');
    expect(itemUsd('internal-alb', 'capacity-units', {rps: 100, rpc: 1, cd: 3600, tb: 1})).toBeCloseTo(700.8, 9);
  });

  it('defaults: processed bytes dominate with 10,240 / 730 = 14.0274 LCU', () => {
    const b = capacityUnitBreakdown('internal-alb', DEFAULT_INPUT);
    expect(b?.kind).toBe('LCU');
    expect(b?.dominant).toBe('processed-bytes');
    expect(b?.unitsPerHour).toBeCloseTo(14.0274, 4);
    expect(b?.dimensions.map((d) => d.id)).toEqual([
      'new-connections',
      'active-connections',
      'processed-bytes',
      'rule-evaluations',
    ]);
  });

  it('options without a load balancer have no breakdown', () => {
    expect(capacityUnitBreakdown('clusterip', DEFAULT_INPUT)).toBeNull();
  });
});

describe('NLB', () => {
  it('NLCU new-connection dominated (rps 20,000, rpc 1, tb 1): 20,000 ÷ 800 = 25 NLCU (active 1.2M ÷ 100k = 12)', () => {
    const b = capacityUnitBreakdown('internal-nlb-ip', withDefaults({rps: 20000, rpc: 1, tb: 1}));
    expect(b?.kind).toBe('NLCU');
    expect(b?.dominant).toBe('new-connections');
    expect(b?.unitsPerHour).toBe(25);
    // 730 × 25 × 0.006 = $109.50
    expect(itemUsd('internal-nlb-ip', 'capacity-units', {rps: 20000, rpc: 1, tb: 1})).toBeCloseTo(109.5, 9);
  });

  it('cross-zone on (xz=1): NLB→target adds 10,240 × 2/3 × 0.02 = 136.5333 → $350.9317', () => {
    expect(itemUsd('internal-nlb-ip', 'lb-to-target-cross-az', {xz: 1})).toBeCloseTo(136.533333, 5);
    expect(total('internal-nlb-ip', {xz: 1})).toBeCloseTo(350.931667, 5);
  });

  it('100 % AZ DNS affinity: client→NLB $0 → 16.425 + 61.44 = $77.865', () => {
    expect(itemUsd('internal-nlb-ip', 'client-to-lb-cross-az', {aff: 100})).toBe(0);
    expect(total('internal-nlb-ip', {aff: 100})).toBeCloseTo(77.865, 9);
  });

  it('50 % affinity: client→NLB 10,240 × 2/3 × 0.5 × 0.02 = $68.2667', () => {
    expect(itemUsd('internal-nlb-ip', 'client-to-lb-cross-az', {aff: 50})).toBeCloseTo(68.266667, 5);
  });

  it('affinity 100 % and cross-zone on: 77.865 + 136.5333 = $214.3983', () => {
    expect(total('internal-nlb-ip', {aff: 100, xz: 1})).toBeCloseTo(214.398333, 5);
  });

  it('two load balancers double the hourly charge: 2 × 730 × 0.0225 = $32.85', () => {
    expect(itemUsd('internal-nlb-ip', 'lb-hours', {lb: 2})).toBeCloseTo(32.85, 9);
  });
});

describe('VPC Lattice free tier (300,000 requests per service-hour)', () => {
  it('below: rps 500, svc 10 → 180,000 req per service-hour, requests $0; total 182.5 + 256 = $438.50', () => {
    expect(itemUsd('vpc-lattice', 'lattice-requests', {rps: 500})).toBe(0);
    expect(total('vpc-lattice', {rps: 500})).toBeCloseTo(438.5, 9);
  });

  it('above: svc 1, rps 1,000 → (3.6M − 0.3M) × 730 / 1e6 × 0.10 = $240.90; total 18.25 + 256 + 240.90 = $515.15', () => {
    expect(itemUsd('vpc-lattice', 'lattice-requests', {svc: 1})).toBeCloseTo(240.9, 9);
    expect(total('vpc-lattice', {svc: 1})).toBeCloseTo(515.15, 9);
  });

  it('no inter-AZ line item at all', () => {
    const items = computeOptionCost('vpc-lattice', DEFAULT_INPUT).items;
    expect(items.every((i) => i.category === 'lattice')).toBe(true);
  });
});

describe('regions', () => {
  const seoul = withDefaults({region: 'ap-northeast-2'});

  it('Seoul sidecars: 20.48 + 292 × 0.041 + 1,314 × 0.0045 = 20.48 + 11.972 + 5.913 = $38.365', () => {
    expect(computeOptionCost('istio-sidecar', seoul).totalUsd).toBeCloseTo(38.365, 9);
  });

  it('Seoul ambient: 20.48 + 87.6 × 0.041 = 20.48 + 3.5916 = $24.0716', () => {
    expect(computeOptionCost('istio-ambient', seoul).totalUsd).toBeCloseTo(24.0716, 9);
  });

  it('Seoul Lattice falls back to the us-east-1 figures and is marked UNVERIFIED; Seoul NLB has its own (secondary) source', () => {
    const book = resolvePriceBook('ap-northeast-2');
    for (const id of ['latticeUsdPerServiceHour', 'latticeUsdPerGb', 'latticeUsdPerMillionRequests'] as const) {
      expect(book.prices[id].status).toBe('UNVERIFIED');
      expect(book.prices[id].fallbackFrom).toBe('us-east-1');
    }
    for (const id of ['nlbUsdPerHour', 'nlbUsdPerNlcuHour'] as const) {
      expect([book.prices[id].status, book.prices[id].sourceId, book.prices[id].fallbackFrom]).toEqual([
        'SECONDARY',
        'seoul-nlb-price-list',
        undefined,
      ]);
    }
    expect([book.prices.nlbUsdPerHour.usdPerUnit, book.prices.nlbUsdPerNlcuHour.usdPerUnit]).toEqual([0.0225, 0.006]);
    expect(PRICE_BOOKS['us-east-1'].prices.nlbUsdPerHour).toMatchObject({
      sourceId: 'aws-elb-pricing',
      status: 'CONFIRMED',
    });
    expect(book.prices.albUsdPerHour.fallbackFrom).toBeUndefined();
    expect(computeOptionCost('internal-nlb-ip', seoul).totalUsd).toBeCloseTo(214.398333, 5);
    expect(computeOptionCost('vpc-lattice', seoul).totalUsd).toBeCloseTo(482.3, 9);
  });

  it('Seoul ALB: same as us-east-1 ($0.0225/h, $0.008/LCU-h) → $234.8783', () => {
    expect(computeOptionCost('internal-alb', seoul).totalUsd).toBeCloseTo(234.878333, 5);
  });
});

describe('other inputs and overrides', () => {
  it('2 AZs: clusterip 10,240 × 1/2 × 0.02 = $102.40', () => {
    expect(total('clusterip', {az: 2})).toBeCloseTo(102.4, 9);
  });

  it('price override: inter-AZ $0.02 per direction doubles clusterip to $273.0667', () => {
    expect(total('clusterip', {priceOverrides: {interAzUsdPerGbPerDirection: 0.02}})).toBeCloseTo(273.066667, 5);
  });

  it('override of the Lattice free tier to 0: all 3.6M req/h billed → 2,628 M requests × 0.10 = $262.80', () => {
    // 10 services × 730 h × 360,000 / 1e6 = 2,628 M requests × $0.10 = $262.80
    expect(
      itemUsd('vpc-lattice', 'lattice-requests', {priceOverrides: {latticeFreeRequestsPerServiceHour: 0}}),
    ).toBeCloseTo(262.8, 9);
  });

  it('negative or NaN overrides are ignored by resolvePriceBook', () => {
    const book = resolvePriceBook('us-east-1', {albUsdPerHour: -1, albUsdPerLcuHour: Number.NaN});
    expect(book.prices.albUsdPerHour.usdPerUnit).toBe(0.0225);
    expect(book.prices.albUsdPerLcuHour.usdPerUnit).toBe(0.008);
  });

  it('overrides above MAX_PRICE_OVERRIDE_USD (1e21) are ignored by resolvePriceBook, so totals stay finite', () => {
    const book = resolvePriceBook('us-east-1', {
      interAzUsdPerGbPerDirection: 1e308,
      albUsdPerHour: MAX_PRICE_OVERRIDE_USD,
    });
    expect(book.prices.interAzUsdPerGbPerDirection.usdPerUnit).toBe(0.01);
    expect(book.prices.albUsdPerHour.usdPerUnit).toBe(1e21);
  });

  it('an applied override remembers the book value', () => {
    const book = resolvePriceBook('us-east-1', {albUsdPerHour: 0.03});
    expect(book.prices.albUsdPerHour.usdPerUnit).toBe(0.03);
    expect(book.prices.albUsdPerHour.overriddenBookUsdPerUnit).toBe(0.0225);
  });
});

describe('savings, traffic levels, categories', () => {
  it('savings vs clusterip: topology-aware saves 136.5333 − 20.48 = $116.0533 (85 %)', () => {
    const s = savingsVsBaseline(computeCosts(DEFAULT_INPUT), 'clusterip').find((r) => r.optionId === 'topology-aware');
    expect(s?.savingsUsd).toBeCloseTo(116.053333, 5);
    expect(s?.savingsShare).toBeCloseTo(0.85, 9);
  });

  it('vs internal ALB, TAR at 30 % saves 234.8783 − 61.44 = $173.4383', () => {
    const results = computeCosts(withDefaults({tar: 30}));
    const s = savingsVsBaseline(results, 'internal-alb').find((r) => r.optionId === 'topology-aware');
    expect(s?.savingsUsd).toBeCloseTo(173.438333, 5);
  });

  it('a $0 baseline has no savings share; an absent baseline gives no rows', () => {
    const results = computeCosts(DEFAULT_INPUT);
    expect(savingsVsBaseline(results, 'itp-local').find((r) => r.optionId === 'clusterip')?.savingsShare).toBeNull();
    expect(savingsVsBaseline(results.slice(0, 2), 'clusterip')).toEqual([]);
  });

  it('costAtTrafficLevels: clusterip at 1, 10, 100 TB = $13.6533, $136.5333, $1,365.3333', () => {
    const points = costAtTrafficLevels(DEFAULT_INPUT, [1, 10, 100], ['clusterip']);
    expect(points.map((p) => p.tb)).toEqual([1, 10, 100]);
    expect(points[0]?.totalUsdByOption.clusterip).toBeCloseTo(13.653333, 5);
    expect(points[1]?.totalUsdByOption.clusterip).toBeCloseTo(136.533333, 5);
    expect(points[2]?.totalUsdByOption.clusterip).toBeCloseTo(1365.333333, 5);
    expect(points[0]?.totalUsdByOption['internal-alb']).toBeUndefined();
  });

  it('totalsByCategory for internal-alb: transfer 136.5333, LB hours 16.425, capacity 81.92', () => {
    const t = totalsByCategory(computeOptionCost('internal-alb', DEFAULT_INPUT));
    expect(t['data-transfer']).toBeCloseTo(136.533333, 5);
    expect(t['load-balancer-hours']).toBeCloseTo(16.425, 9);
    expect(t['capacity-units']).toBeCloseTo(81.92, 9);
    expect(t.lattice).toBe(0);
    expect(t['proxy-compute']).toBe(0);
  });

  it('computeCosts returns every single-cluster option once, in catalog order', () => {
    // The ids themselves are pinned by catalog.test.ts; here only that costs follow the catalog.
    expect(computeCosts(DEFAULT_INPUT).map((r) => r.optionId)).toEqual([...SINGLE_CLUSTER_OPTION_IDS]);
  });
});

describe('multi-cluster paths with a cross-cluster share (defaults, 20 % → 2 TB = 2,048 GB and 200 rps cross)', () => {
  it('cilium-clustermesh: data transfer only, 2,048 × 2/3 × 0.02 = $27.3067', () => {
    const r = computeMultiClusterCost('cilium-clustermesh', DEFAULT_INPUT, 0.2);
    expect(r.items.map((i) => i.id)).toEqual(['cross-cluster-cross-az']);
    expect(r.totalUsd).toBeCloseTo(27.306667, 5);
  });

  it('istio-multicluster: gateway NLB 16.425 + NLCU 2,048 × 0.006 = 12.288 + transfer 27.3067 = $56.0197', () => {
    const r = computeMultiClusterCost('istio-multicluster', DEFAULT_INPUT, 0.2);
    expect(r.items.map((i) => i.id)).toEqual(['lb-hours', 'capacity-units', 'cross-cluster-cross-az']);
    expect(r.totalUsd).toBeCloseTo(56.019667, 5);
  });

  it('route53-externaldns: NLB 16.425 + 12.288 + client→NLB 27.3067 = $56.0197; with 100 % affinity $28.713', () => {
    expect(computeMultiClusterCost('route53-externaldns', DEFAULT_INPUT, 0.2).totalUsd).toBeCloseTo(56.019667, 5);
    expect(computeMultiClusterCost('route53-externaldns', withDefaults({aff: 100}), 0.2).totalUsd).toBeCloseTo(
      28.713,
      9,
    );
  });

  it('vpc-lattice-cross-vpc: 10 × 730 × 0.025 + 2,048 × 0.025 + requests 0 (72,000 < 300,000 per service-hour) = $233.70', () => {
    const r = computeMultiClusterCost('vpc-lattice-cross-vpc', DEFAULT_INPUT, 0.2);
    expect(r.totalUsd).toBeCloseTo(233.7, 9);
    expect(r.excludes.en).not.toBe('');
  });

  it('the share is clamped to 0–1 and NaN counts as 0', () => {
    expect(computeMultiClusterCost('cilium-clustermesh', DEFAULT_INPUT, 1.5).totalUsd).toBeCloseTo(136.533333, 5);
    expect(computeMultiClusterCost('cilium-clustermesh', DEFAULT_INPUT, Number.NaN)).toMatchObject({
      crossClusterShare: 0,
      totalUsd: 0,
    });
  });
});

// Istio's zone preference is not a default (ambient has none; sidecars need outlierDetection), so the
// option row, the assumption text and the inter-AZ line item must each say what the tar share rests on.
describe('Istio: the tar share states its zone-preference assumption', () => {
  const crossAzLabel = (id: SingleClusterOptionId, locale: 'ko' | 'en') =>
    computeOptionCost(id, DEFAULT_INPUT).items.find((i) => i.id === 'cross-az')?.label[locale] ?? '';

  it('ambient: line item, option row and assumption text name PreferSameZone', () => {
    expect(crossAzLabel('istio-ambient', 'en')).toContain('assumes PreferSameZone is set');
    expect(crossAzLabel('istio-ambient', 'ko')).toContain('PreferSameZone 설정 가정');
    const o = getOption('istio-ambient');
    expect(o.name.en).toContain('PreferSameZone');
    expect(o.description.en).toContain('networking.istio.io/traffic-distribution: PreferSameZone');
    expect(o.description.ko).toContain('networking.istio.io/traffic-distribution: PreferSameZone');
  });

  it('sidecars: line item and option row name outlierDetection', () => {
    expect(crossAzLabel('istio-sidecar', 'en')).toContain('assumes outlierDetection is set');
    expect(getOption('istio-sidecar').name.en).toContain('outlierDetection');
    expect(getOption('istio-sidecar').name.ko).toContain('outlierDetection');
  });

  it('Topology Aware Routing keeps the plain Pod→Pod label (no Istio assumption)', () => {
    expect(crossAzLabel('topology-aware', 'en').startsWith('Pod→Pod: inter-AZ transfer')).toBe(true);
  });
});
