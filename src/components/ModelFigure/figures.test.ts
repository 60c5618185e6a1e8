import {describe, expect, it} from 'vitest';
import {describeArithmetic, resolveUsd} from './figures';

describe('resolveUsd', () => {
  it('reads an option total at the defaults', () => {
    // 10 TB = 10,240 GB; 3 AZs → 2/3 cross; × $0.01 × 2 directions = 136.5333…
    expect(resolveUsd({option: 'clusterip'}).usd).toBeCloseTo(136.5333, 4);
    // ALB: 730 × 0.0225 = 16.425; LCU by bytes 10,240 × 0.008 = 81.92; client→ALB 136.5333 → 234.8783
    expect(resolveUsd({option: 'internal-alb'}).usd).toBeCloseTo(234.8783, 4);
  });

  it('sums only the named line items', () => {
    // 730 h × $0.0225 = 16.425
    expect(resolveUsd({option: 'internal-alb', item: 'lb-hours'}).usd).toBeCloseTo(16.425, 6);
    // 16.425 + 81.92 = 98.345
    expect(resolveUsd({option: 'internal-alb', item: ['lb-hours', 'capacity-units']}).usd).toBeCloseTo(98.345, 6);
  });

  it('applies input overrides over the defaults', () => {
    // 10,240 × 0.30 × 0.02 = 61.44
    expect(resolveUsd({option: 'topology-aware', input: {tar: 30}}).usd).toBeCloseTo(61.44, 6);
    // one Lattice service: 730 × $0.025 = 18.25
    expect(resolveUsd({option: 'vpc-lattice', item: 'lattice-service-hours', input: {svc: 1}}).usd).toBeCloseTo(
      18.25,
      6,
    );
  });

  it('throws on a misspelt option or line item so a typo fails the build', () => {
    expect(() => resolveUsd({option: 'cluster-ip' as never})).toThrow(/not a single-cluster option/);
    expect(() => resolveUsd({option: 'internal-alb', item: 'lcu'})).toThrow(/no line item "lcu"/);
  });
});

describe('describing a figure', () => {
  it('spells out quantity × unit price', () => {
    const text = describeArithmetic(resolveUsd({option: 'clusterip'}), 'en');
    // quantity = 10,240 × 2/3 × 2 = 13,653.33 GB-direction
    expect(text).toContain('13,653.33 GB-direction × $0.01 = $136.53');
  });

  it('adds the items of a multi-item figure', () => {
    const text = describeArithmetic(resolveUsd({option: 'internal-alb'}), 'en');
    expect(text).toContain('$16.43 + $81.92 + $136.53 = $234.88');
  });
});
