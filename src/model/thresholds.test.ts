import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {computeOptionCost} from './cost';
import {withDefaults} from './inputs';
import {latticeBreakEvenTb, nlbTrafficDominatesTb, nlbUsdPerGb} from './thresholds';

describe('nlbUsdPerGb (us-east-1, 3 AZs)', () => {
  it('cross-zone off: NLCU $0.006 + 2/3 × $0.02 = $0.0193333 per GB', () => {
    expect(nlbUsdPerGb(withDefaults())).toBeCloseTo(0.0193333, 6);
  });

  it('cross-zone on: + 2/3 × $0.02 for NLB→target = $0.0326667 per GB', () => {
    expect(nlbUsdPerGb(withDefaults({xz: 1}))).toBeCloseTo(0.0326667, 6);
  });

  it('full DNS affinity removes the client→NLB crossing: $0.006 per GB', () => {
    expect(nlbUsdPerGb(withDefaults({aff: 100}))).toBeCloseTo(0.006, 9);
  });
});

describe('latticeBreakEvenTb: Lattice with svc services vs one internal NLB per service', () => {
  it('defaults: never — Lattice $0.025/GB > NLB $0.0193/GB and $0.025 > $0.0225 per service-hour', () => {
    expect(latticeBreakEvenTb(withDefaults())).toBeNull();
  });

  it('cross-zone on: (10 × 730 × $0.0025 + requests $43.80) / ($0.0326667 − $0.025) = 62.05 / 0.0076667 = 8,093.48 GB = 7.9038 TB', () => {
    expect(latticeBreakEvenTb(withDefaults({xz: 1}))).toBeCloseTo(7.9038, 3);
  });

  it('at the break-even the two bills are equal, as computeOptionCost adds them up', () => {
    const tb = latticeBreakEvenTb(withDefaults({xz: 1})) ?? Number.NaN;
    const at = withDefaults({xz: 1, tb});
    const lattice = computeOptionCost('vpc-lattice', at).totalUsd;
    const nlbs = computeOptionCost('internal-nlb-ip', {...at, lb: at.svc}).totalUsd;
    expect(lattice).toBeCloseTo(nlbs, 6);
  });

  it('property: above the break-even Lattice is cheaper, below it dearer', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 200}),
        fc.integer({min: 0, max: 20_000}),
        fc.integer({min: 2, max: 6}),
        (svc, rps, az) => {
          const input = withDefaults({xz: 1, svc, rps, az});
          const tb = latticeBreakEvenTb(input);
          if (tb === null || tb === 0) return;
          const gap = (t: number) => {
            const at = {...input, tb: t};
            return (
              computeOptionCost('vpc-lattice', at).totalUsd -
              computeOptionCost('internal-nlb-ip', {...at, lb: svc}).totalUsd
            );
          };
          expect(gap(tb * 1.5)).toBeLessThan(0);
          expect(gap(tb * 0.5)).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('nlbTrafficDominatesTb: where per-GB charges overtake the hourly charge', () => {
  it('defaults: 730 × $0.0225 = $16.425 / ($0.0193333 × 1,024) = 16.425 / 19.797333 = 0.8297 TB', () => {
    expect(nlbTrafficDominatesTb(withDefaults())).toBeCloseTo(0.82966, 4);
  });

  it('at that traffic the NLB line items split evenly between hours and traffic', () => {
    const at = withDefaults({tb: nlbTrafficDominatesTb(withDefaults())});
    const items = computeOptionCost('internal-nlb-ip', at).items;
    const hours = items.filter((i) => i.id === 'lb-hours').reduce((s, i) => s + i.usd, 0);
    const traffic = items.filter((i) => i.id !== 'lb-hours').reduce((s, i) => s + i.usd, 0);
    expect(traffic).toBeCloseTo(hours, 6);
  });
});
