import {describe, expect, it} from 'vitest';
import {computeCosts, computeOptionCost} from './cost';
import {DEFAULT_INPUT} from './inputs';

function total(id: Parameters<typeof computeOptionCost>[0], input = DEFAULT_INPUT): number {
  return computeOptionCost(id, input).totalUsd;
}

describe('defaults (10 TB/month, 3 AZs, 1,000 rps, us-east-1)', () => {
  it('clusterip = 10,240 GB × 2/3 × $0.02 = $136.53', () => {
    expect(total('clusterip')).toBeCloseTo(136.5333, 3);
  });

  it('internal-alb = 0.0225×730 + 10240/730 LCU ×730×0.008 + 136.53 = 16.425 + 81.92 + 136.533 = $234.88', () => {
    expect(total('internal-alb')).toBeCloseTo(234.8783, 3);
  });

  it('topology-aware at tar=10 = 10,240 × 0.10 × $0.02 = $20.48', () => {
    expect(total('topology-aware')).toBeCloseTo(20.48, 6);
  });

  it('vpc-lattice, svc=10: 10×730×0.025 + 10240×0.025 + 10×730×60,000/1e6×0.10 = 182.5 + 256 + 43.80 = $482.30', () => {
    // 1000 rps × 3600 = 3.6M req/h over 10 services = 360,000 per service-hour; 60,000 above the free 300,000.
    expect(total('vpc-lattice')).toBeCloseTo(482.3, 6);
  });

  it('computeCosts returns every single-cluster option once', () => {
    expect(computeCosts(DEFAULT_INPUT).map((r) => r.optionId)).toEqual([
      'itp-local', 'prefer-same-zone', 'topology-aware', 'clusterip', 'headless', 'internal-nlb-ip',
      'internal-nlb-instance', 'internal-alb', 'vpc-lattice', 'istio-sidecar', 'istio-ambient',
    ]);
  });
});
