import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {computeBreakEven} from './breakEven';
import {NUMERIC_PARAMS, withDefaults} from './inputs';

// Worked examples at the defaults: us-east-1, 10 TB = 10,240 GB/month, 3 AZs, tar 10 %, 3 added replicas of
// 0.5 vCPU / 1 GB, 6 nodes; vCPU-hour $0.03335, GB-hour $0.003662, inter-AZ $0.01 per GB per direction.

describe('computeBreakEven at the defaults', () => {
  const be = computeBreakEven(withDefaults());
  const byId = Object.fromEntries(be.addedItems.map((i) => [i.id, i]));

  it('saves 10,240 × (2/3 − 0.10) × $0.02 = $116.05 of transfer', () => {
    // ClusterIP 10,240 × 2/3 × 0.02 = 136.5333; Topology Aware Routing 10,240 × 0.10 × 0.02 = 20.48
    expect(be.transferSavedUsd).toBeCloseTo(116.0533, 3);
    // per TB: 1,024 × 0.566667 × 0.02 = 11.6053
    expect(be.savedUsdPerTb).toBeCloseTo(11.6053, 3);
  });

  it('prices the added replicas: 3 × 0.5 × 730 = 1,095 vCPU-h × $0.03335 = $36.52; 3 × 1 × 730 = 2,190 GB-h × $0.003662 = $8.02', () => {
    expect(byId['extra-replica-vcpu']?.quantity).toBeCloseTo(1095, 6);
    expect(byId['extra-replica-vcpu']?.usd).toBeCloseTo(36.51825, 5);
    expect(byId['extra-replica-mem']?.quantity).toBeCloseTo(2190, 6);
    expect(byId['extra-replica-mem']?.usd).toBeCloseTo(8.01978, 5);
  });

  it('prices NodeLocal DNSCache: 6 × 0.025 × 730 = 109.5 vCPU-h = $3.65; 6 × 5/1024 × 730 = 21.387 GB-h = $0.0783', () => {
    expect(byId['nodelocal-dns-vcpu']?.usd).toBeCloseTo(3.651825, 5);
    expect(byId['nodelocal-dns-mem']?.quantity).toBeCloseTo(21.38672, 4);
    expect(byId['nodelocal-dns-mem']?.usd).toBeCloseTo(0.078318, 5);
    expect(byId['nodelocal-dns-vcpu']?.quantitySourceId).toBe('k8s-nodelocaldns-manifest');
  });

  it('adds $48.27, nets $67.79 and breaks even at 48.2682 / 11.6053 = 4.159 TB/month', () => {
    // 36.51825 + 8.01978 + 3.651825 + 0.078318 = 48.268173
    expect(be.addedUsd).toBeCloseTo(48.26817, 4);
    expect(be.netUsd).toBeCloseTo(116.05333 - 48.26817, 4);
    expect(be.breakEvenTb).toBeCloseTo(4.15915, 4);
  });
});

describe('computeBreakEven edge cases', () => {
  it('never breaks even when the residual is as large as random routing (2 AZs, tar 50 %)', () => {
    // (2 − 1)/2 = 50 % = tar: nothing is saved per TB
    const be = computeBreakEven(withDefaults({az: 2, tar: 50}));
    expect(be.savedUsdPerTb).toBeCloseTo(0, 9);
    expect(be.breakEvenTb).toBeNull();
    expect(be.netUsd).toBeCloseTo(-be.addedUsd, 9);
  });

  it('breaks even at 0 TB when nothing is added', () => {
    expect(computeBreakEven(withDefaults({xr: 0, nodes: 0})).breakEvenTb).toBe(0);
  });

  it('follows a price override: vCPU at $0.05/h makes the replicas 1,095 × 0.05 = $54.75', () => {
    const be = computeBreakEven(withDefaults({priceOverrides: {vcpuUsdPerHour: 0.05}}));
    expect(be.addedItems.find((i) => i.id === 'extra-replica-vcpu')?.usd).toBeCloseTo(54.75, 6);
  });
});

describe('computeBreakEven properties', () => {
  const tbArb = fc.double({min: NUMERIC_PARAMS.tb.min, max: NUMERIC_PARAMS.tb.max, noNaN: true});
  const tarArb = fc.double({min: 0, max: 100, noNaN: true});
  const azArb = fc.integer({min: 2, max: 6});

  it('saving is non-decreasing in tb and the added cost does not depend on it', () => {
    fc.assert(
      fc.property(tbArb, tbArb, tarArb, azArb, (a, b, tar, az) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = computeBreakEven(withDefaults({tb: lo, tar, az}));
        const y = computeBreakEven(withDefaults({tb: hi, tar, az}));
        if (x.savedUsdPerTb >= 0)
          expect(y.transferSavedUsd).toBeGreaterThanOrEqual(x.transferSavedUsd - 1e-9 * Math.abs(x.transferSavedUsd));
        expect(y.addedUsd).toBe(x.addedUsd);
      }),
    );
  });

  it('at the break-even traffic the saving equals the added cost', () => {
    fc.assert(
      fc.property(tarArb, azArb, fc.integer({min: 0, max: 100}), (tar, az, xr) => {
        const be = computeBreakEven(withDefaults({tar, az, xr}));
        if (be.breakEvenTb === null) return;
        const at = computeBreakEven(withDefaults({tar, az, xr, tb: be.breakEvenTb}));
        // tb is clamped to its range; only check where it was not
        if (be.breakEvenTb < NUMERIC_PARAMS.tb.min || be.breakEvenTb > NUMERIC_PARAMS.tb.max) return;
        expect(at.transferSavedUsd).toBeCloseTo(at.addedUsd, 6);
      }),
    );
  });

  it('every figure is finite for any valid input', () => {
    fc.assert(
      fc.property(
        tbArb,
        tarArb,
        azArb,
        fc.integer({min: 0, max: 10_000}),
        fc.integer({min: 0, max: 5_000}),
        (tb, tar, az, xr, nodes) => {
          const be = computeBreakEven(withDefaults({tb, tar, az, xr, nodes, rcpu: 64, rmem: 512}));
          for (const v of [be.transferSavedUsd, be.addedUsd, be.netUsd, be.savedUsdPerTb])
            expect(Number.isFinite(v)).toBe(true);
          if (be.breakEvenTb !== null) expect(Number.isFinite(be.breakEvenTb)).toBe(true);
        },
      ),
    );
  });
});
