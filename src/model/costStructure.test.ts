import {describe, expect, it} from 'vitest';
import {FORMULA_CONSTANTS, costStructures} from './costStructure';
import {OPTIONS} from './options';

describe('costStructure texts come from the price book constants', () => {
  it('the catalog shows the texts built from the current constants', () => {
    const built = costStructures();
    for (const o of OPTIONS) expect(o.costStructure).toEqual(built[o.id]);
  });

  it('today: NLCU 800 / 100,000, LCU 25 / 3,000 with 10 free rules per 1,000, a 730-hour month', () => {
    const t = costStructures();
    expect(t['internal-nlb-ip'].en).toContain(
      'lb × 730 × NLB-hour + 730 × max(newConn/800, activeConn/100,000, GB/h) × NLCU-hour',
    );
    expect(t['internal-alb'].ko).toContain('max(새 연결/25, 활성 연결/3,000, GB/시간, rps × max(0, rules − 10)/1,000)');
    expect(t['vpc-lattice'].en).toContain('max(0, rps × 3,600/svc − 300,000)/1e6');
    expect(t['istio-sidecar'].en).toContain('× 2 × 0.20 × vCPU-hour + 730 × pods × 0.060 × GB-hour');
    expect(t['istio-ambient'].ko).toContain('노드당 12 MB');
  });

  it('a changed NLCU dimension changes the NLB formula in both languages', () => {
    const t = costStructures({
      ...FORMULA_CONSTANTS,
      nlb: {...FORMULA_CONSTANTS.nlb, newConnectionsPerSecond: 900, processedGbPerHour: 2},
    });
    expect(t['internal-nlb-ip'].en).toContain('max(newConn/900, activeConn/100,000, GB/h/2)');
    expect(t['internal-nlb-ip'].ko).toContain('max(새 연결/900, 활성 연결/100,000, GB/시간/2)');
  });

  it('a changed LCU free-rule count and Istio footprint change their formulas', () => {
    const t = costStructures({
      ...FORMULA_CONSTANTS,
      alb: {...FORMULA_CONSTANTS.alb, freeRules: 5},
      istio: {...FORMULA_CONSTANTS.istio, sidecar: {vcpu: 0.125, memGb: 0.08}, ztunnel: {vcpu: 0.06, memGb: 0.02}},
    });
    expect(t['internal-alb'].en).toContain('rps × max(0, rules − 5)/1,000');
    expect(t['istio-sidecar'].en).toContain('× 2 × 0.125 × vCPU-hour + 730 × pods × 0.080 × GB-hour');
    expect(t['istio-ambient'].en).toContain('ztunnel memory (20 MB per node)');
  });

  it('a different month length and free tier reach every formula that names them', () => {
    const t = costStructures({...FORMULA_CONSTANTS, hoursPerMonth: 744, latticeFreeRequestsPerServiceHour: 150_000});
    for (const id of [
      'internal-nlb-ip',
      'internal-alb',
      'vpc-lattice',
      'istio-sidecar',
      'istio-ambient',
      'istio-multicluster',
      'route53-externaldns',
      'vpc-lattice-cross-vpc',
    ] as const) {
      expect(t[id].en).toContain('744');
      expect(t[id].ko).toContain('744');
      expect(t[id].en).not.toContain('730');
    }
    expect(t['vpc-lattice'].en).toContain('− 150,000)/1e6');
  });
});
