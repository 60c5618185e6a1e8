import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {applyBill, crossShare, mapBill} from './bill';
import {computeOptionCost} from './cost';
import {withDefaults} from './inputs';
import {parseSimulationQuery, serializeSimulationQuery} from './query';
import {SINGLE_CLUSTER_OPTION_IDS, type SingleClusterOptionId} from './types';

// Every case: tb = bill / (2 directions × 1024 GB/TB × crossShare). bill = 20,480 GB-direction throughout.
const BILL = 20_480;
const cases: readonly {
  base: SingleClusterOptionId;
  extra?: Record<string, number>;
  share: number;
  tb: number;
  why: string;
}[] = [
  {base: 'clusterip', share: 2 / 3, tb: 15, why: 'az=3: 2/3 cross → 20480 / (2048 × 2/3) = 15'},
  {base: 'clusterip', extra: {az: 2}, share: 1 / 2, tb: 20, why: 'az=2: 1/2 cross → 20480 / 1024 = 20'},
  {base: 'headless', share: 2 / 3, tb: 15, why: 'random pod IP, az=3 → 15'},
  {base: 'topology-aware', share: 0.1, tb: 100, why: 'tar=10 → 20480 / (2048 × 0.1) = 100'},
  {base: 'istio-sidecar', share: 0.1, tb: 100, why: 'locality LB, tar=10 → 100'},
  {base: 'istio-ambient', extra: {tar: 20}, share: 0.2, tb: 50, why: 'tar=20 → 20480 / (2048 × 0.2) = 50'},
  {base: 'internal-alb', share: 2 / 3, tb: 15, why: 'client→ALB node leg 2/3 (ALB→target free) → 15'},
  {base: 'internal-nlb-ip', share: 2 / 3, tb: 15, why: 'client leg 2/3, cross-zone off → 15'},
  {
    base: 'internal-nlb-ip',
    extra: {xz: 1},
    share: 4 / 3,
    tb: 7.5,
    why: 'client 2/3 + NLB→target 2/3 = 4/3 → 20480 / (2048 × 4/3) = 7.5',
  },
  {base: 'internal-nlb-ip', extra: {aff: 50}, share: 1 / 3, tb: 30, why: 'affinity 50 %: client 2/3 × 0.5 = 1/3 → 30'},
  {base: 'internal-nlb-instance', share: 4 / 3, tb: 7.5, why: 'client 2/3 + NodePort→pod 2/3 = 4/3 → 7.5'},
];

describe('crossShare and the bill → tb derivation', () => {
  for (const c of cases) {
    it(`${c.base} ${JSON.stringify(c.extra ?? {})}: ${c.why}`, () => {
      const input = withDefaults({base: c.base, ...c.extra, bill: BILL});
      expect(crossShare(c.base, input)).toBeCloseTo(c.share, 12);
      const mapping = mapBill(input);
      expect(mapping.kind).toBe('derived');
      expect(applyBill(input).tb).toBeCloseTo(c.tb, 9);
    });
  }

  it('bill=20480, az=3, base=clusterip → tb=15 and the clusterip total is the bill: 20,480 × $0.01 = $204.80', () => {
    const input = applyBill(withDefaults({bill: BILL}));
    expect(input.tb).toBeCloseTo(15, 12);
    expect(computeOptionCost('clusterip', input).totalUsd).toBeCloseTo(204.8, 9);
  });

  it('options without inter-AZ bytes cannot map the bill: tb stays', () => {
    for (const base of ['itp-local', 'prefer-same-zone', 'vpc-lattice'] as const) {
      const input = withDefaults({base, tb: 7, bill: BILL});
      expect(crossShare(base, input)).toBe(0);
      expect(mapBill(input)).toEqual({kind: 'unmappable', bill: BILL, tb: 7});
      expect(applyBill(input).tb).toBe(7);
    }
    expect(mapBill(withDefaults({base: 'topology-aware', tar: 0, bill: BILL})).kind).toBe('unmappable');
  });

  it('a derived tb outside 0.001 – 100,000 TB is clamped and says so', () => {
    // 10^9 / (2048 × 0.01) = 48,828,125 TB > 100,000
    const big = mapBill(withDefaults({base: 'topology-aware', tar: 1, bill: 1e9}));
    expect(big).toMatchObject({kind: 'clamped', tb: 100_000});
    expect(big.kind === 'clamped' && big.unclampedTb).toBeCloseTo(48_828_125, 3);
    expect(mapBill(withDefaults({bill: 0}))).toMatchObject({kind: 'clamped', tb: 0.001, unclampedTb: 0});
  });

  it('no bill: nothing changes', () => {
    const input = withDefaults({tb: 3});
    expect(mapBill(input)).toEqual({kind: 'none'});
    expect(applyBill(input)).toBe(input);
  });

  it("property: with a mappable base, the base option's inter-AZ quantity equals the bill (unless clamped)", () => {
    const mappable = SINGLE_CLUSTER_OPTION_IDS.filter(
      (id) => !['itp-local', 'prefer-same-zone', 'vpc-lattice'].includes(id),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...mappable),
        fc.integer({min: 2, max: 6}),
        fc.integer({min: 1, max: 100}),
        fc.integer({min: 0, max: 100}),
        fc.integer({min: 0, max: 1}),
        fc.integer({min: 1, max: 1_000_000_000}),
        (base, az, tar, aff, xz, bill) => {
          const input = applyBill(withDefaults({base, az, tar, aff, xz, bill}));
          const mapping = mapBill(input);
          expect(Number.isFinite(input.tb)).toBe(true);
          if (mapping.kind !== 'derived') return;
          let quantity = 0;
          for (const i of computeOptionCost(base, input).items)
            if (i.priceId === 'interAzUsdPerGbPerDirection') quantity += i.quantity;
          expect(quantity / bill).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});

describe('bill in the URL', () => {
  it('bill=20480 gives tb=15 and serializes back to bill, not tb', () => {
    const {input, notices} = parseSimulationQuery('bill=20480');
    expect(notices).toEqual([]);
    expect(input.bill).toBe(20480);
    expect(input.tb).toBeCloseTo(15, 12);
    expect(serializeSimulationQuery(input)).toBe('bill=20480');
  });

  it('bill and tb both present: bill wins and a notice says tb was ignored', () => {
    const {input, notices} = parseSimulationQuery('tb=3&bill=20480&base=topology-aware');
    expect(input.tb).toBeCloseTo(100, 9);
    // 20480 / (2048 × 0.1) = 100
    expect(notices).toEqual([{param: 'tb', kind: 'superseded', value: '3', appliedValue: '100'}]);
  });

  it('under an option with no inter-AZ bytes (itp-local) the bill cannot map: tb=3 stays, no notice, and is written back', () => {
    const {input, notices} = parseSimulationQuery('tb=3&bill=20480&base=itp-local');
    expect(input.tb).toBe(3);
    expect(input.bill).toBe(20480);
    expect(notices).toEqual([]);
    expect(serializeSimulationQuery(input)).toBe('bill=20480&tb=3&base=itp-local');
  });

  it('hostile bill values: invalid ones are dropped, big ones clamped, fractions rounded', () => {
    for (const bad of ['abc', '', 'NaN', 'Infinity', '-5', '0x10', '%zz', '1e400']) {
      const {input, notices} = parseSimulationQuery(`bill=${bad}`);
      expect(Number.isFinite(input.tb), bad).toBe(true);
      if (bad === '-5') {
        expect(input.bill).toBe(0);
        expect(notices[0]?.kind).toBe('clamped');
      } else if (bad === '1e400') {
        expect(input.bill).toBe(1e9);
      } else {
        expect(input.bill, bad).toBeUndefined();
        expect(notices[0]?.kind, bad).toBe('invalid');
      }
    }
    expect(parseSimulationQuery('bill=10.6').input.bill).toBe(11);
    expect(parseSimulationQuery('bill=10.6').notices[0]).toMatchObject({
      param: 'bill',
      kind: 'rounded',
      appliedValue: '11',
    });
  });

  it('property: any bill round-trips through the codec', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 1_000_000_000}),
        fc.constantFrom(...SINGLE_CLUSTER_OPTION_IDS),
        fc.integer({min: 1, max: 100_000}),
        (bill, base, tb) => {
          // tb is replaced where the bill maps and kept where it cannot (itp-local): both must survive the link.
          const input = applyBill(withDefaults({bill, base, tb}));
          const back = parseSimulationQuery(serializeSimulationQuery(input)).input;
          expect(back).toEqual(input);
        },
      ),
    );
  });
});
