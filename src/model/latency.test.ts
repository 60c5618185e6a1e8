import {describe, expect, it} from 'vitest';
import {DEFAULT_INPUT, withDefaults} from './inputs';
import {optionLatency} from './latency';
import {compareOptions, scoreCost, scoreLatency} from './scores';
import {getSource} from './sources';
import {OPTIONS} from './options';

describe('optionLatency', () => {
  it('Istio sidecar pair: published +0.228 ms p90 / +0.298 ms p99 (1.20)', () => {
    const l = optionLatency('istio-sidecar', withDefaults({tar: 0}));
    expect(l.addedMs.p90).toBe(0.228);
    expect(l.addedMs.p99).toBe(0.298);
    // tar = 0: nothing crosses, so the range is the published proxy figure alone
    expect([l.addedMs.low, l.addedMs.high, l.addedMs.basis, l.addedMs.sourceId]).toEqual([
      0.228,
      0.298,
      'published',
      'istio-perf-1-20',
    ]);
  });

  it('Istio ambient L4: published +0.17 / +0.20 ms (1.22); a waypoint adds an estimate', () => {
    const l4 = optionLatency('istio-ambient', withDefaults({tar: 0}));
    expect([l4.addedMs.p90, l4.addedMs.p99, l4.addedMs.basis]).toEqual([0.17, 0.2, 'published']);
    const wp = optionLatency('istio-ambient', withDefaults({tar: 0, wp: 1}));
    expect(wp.addedMs.basis).toBe('estimate');
    expect(wp.addedMs.high).toBeCloseTo(0.2 + 0.5, 12);
  });

  it('clusterip at 3 AZs: 2/3 of calls cross, +0.2–0.3 ms each → 0.1333–0.2 ms, measured', () => {
    const l = optionLatency('clusterip', DEFAULT_INPUT);
    expect(l.addedMs.low).toBeCloseTo(0.133333, 5);
    expect(l.addedMs.high).toBeCloseTo(0.2, 12);
    expect(l.addedMs.basis).toBe('measured');
    expect(l.hops).toBe(1);
  });

  it('ALB: estimate, with how to measure it (access-log processing times)', () => {
    const l = optionLatency('internal-alb', DEFAULT_INPUT);
    expect(l.addedMs.basis).toBe('estimate');
    expect(l.addedMs.note.en).toContain('request_processing_time');
    // 2 × 2/3 crossings × 0.3 + 3 ms hop estimate = 3.4 ms high end
    expect(l.addedMs.high).toBeCloseTo(3.4, 12);
  });

  it('NLB and Lattice are estimates too; itp-local adds nothing', () => {
    expect(optionLatency('internal-nlb-ip').addedMs.basis).toBe('estimate');
    expect(optionLatency('vpc-lattice').addedMs.basis).toBe('estimate');
    expect(optionLatency('itp-local').addedMs.high).toBe(0);
  });

  it('every option has a latency whose sources exist and whose range is ordered', () => {
    for (const o of OPTIONS) {
      const l = optionLatency(o.id);
      expect(l.addedMs.low).toBeLessThanOrEqual(l.addedMs.high);
      expect(getSource(l.addedMs.sourceId)).toBeDefined();
      for (const c of l.components) expect(getSource(c.sourceId)).toBeDefined();
    }
  });
});

describe('scores', () => {
  it.each([
    [0, 5],
    [0.05, 5],
    [0.06, 4],
    [0.25, 4],
    [0.26, 3],
    [0.6, 3],
    [0.61, 2],
    [1.5, 2],
    [1.51, 1],
    [Number.NaN, 1],
  ])('scoreLatency(%f ms) = %i', (ms, score) => {
    expect(scoreLatency(ms)).toBe(score);
  });

  it.each([
    [0, 100, 5],
    [5, 100, 5],
    [6, 100, 4],
    [50, 100, 4],
    [100, 100, 3],
    [200, 100, 2],
    [201, 100, 1],
    [0, 0, 5],
    [1, 0, 1],
  ])('scoreCost(%f, reference %f) = %i', (total, ref, score) => {
    expect(scoreCost(total, ref)).toBe(score);
  });

  it('compareOptions at the defaults: scores derived from the numbers', () => {
    const rows = Object.fromEntries(compareOptions(DEFAULT_INPUT).map((r) => [r.optionId, r]));
    // topology-aware: $20.48 / $136.53 = 0.15 → cost 4; high 0.1 × 0.3 = 0.03 ms → latency 5
    expect([rows['topology-aware']?.costScore, rows['topology-aware']?.latencyScore]).toEqual([4, 5]);
    // clusterip: ratio 1 → 3; 0.2 ms → 4
    expect([rows.clusterip?.costScore, rows.clusterip?.latencyScore]).toEqual([3, 4]);
    // internal-alb: 234.88 / 136.53 = 1.72 → 2; 3.4 ms → 1
    expect([rows['internal-alb']?.costScore, rows['internal-alb']?.latencyScore]).toEqual([2, 1]);
    // vpc-lattice: 482.30 / 136.53 = 3.53 → 1
    expect(rows['vpc-lattice']?.costScore).toBe(1);
    // multi-cluster options have no single dollar figure
    expect([rows['cilium-clustermesh']?.totalUsd, rows['cilium-clustermesh']?.costScore]).toEqual([null, null]);
  });
});
