import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {checkTopologyHints, evenZones, type ZoneInput} from './topologyHints';

describe('three equal-CPU zones, N endpoints spread evenly', () => {
  // minimum per zone = ceil(N/3 / 1.2); hints need 3 × minimum ≤ N (and N ≥ 3).
  //  N=4: ceil(1.11)=2 → 6 > 4;  N=5: ceil(1.39)=2 → 6 > 5;  N=8: ceil(2.22)=3 → 9 > 8;  N=11: ceil(3.06)=4 → 12 > 11.
  it.each([4, 5, 8, 11])('N = %i → disabled, MinAllocationExceedsOverloadThreshold', (n) => {
    const r = checkTopologyHints(evenZones(n));
    expect(r.enabled).toBe(false);
    if (!r.enabled) expect(r.reason).toBe('MinAllocationExceedsOverloadThreshold');
  });

  it.each([1, 2])('N = %i → disabled, InsufficientNumberOfEndpoints (fewer endpoints than zones)', (n) => {
    const r = checkTopologyHints(evenZones(n));
    expect(r.enabled).toBe(false);
    if (!r.enabled) expect(r.reason).toBe('InsufficientNumberOfEndpoints');
  });

  //  N=3: ceil(0.83)=1 → 3;  N=6: ceil(1.67)=2 → 6;  N=7: ceil(1.94)=2 → 6;  N=9: ceil(2.5)=3 → 9;
  //  N=10: ceil(2.78)=3 → 9;  N=12: ceil(3.33)=4 → 12.
  it.each([3, 6, 7, 9, 10, 12])('N = %i → enabled', (n) => {
    expect(checkTopologyHints(evenZones(n)).enabled).toBe(true);
  });

  it('9 endpoints 3/3/3 → enabled, nothing moved, cross-zone share 0 (2/3 without hints)', () => {
    const r = checkTopologyHints(evenZones(9));
    if (!r.enabled) throw new Error('expected hints to be enabled');
    expect(r.endpointsMoved).toBe(0);
    expect(r.crossZoneShareWithHints).toBe(0);
    // each zone's clients (1/3) reach the other zones' 6 of 9 endpoints: 3 × 1/3 × 6/9 = 2/3
    expect(r.crossZoneShareWithoutHints).toBeCloseTo(2 / 3, 12);
    expect(r.hintsPerZone.map((h) => h.hints)).toEqual([3, 3, 3]);
  });

  it('7 endpoints 3/2/2 → enabled, nothing moved (surplus 0.67 and deficits 0.33 are both below one endpoint)', () => {
    // desired 7/3 = 2.33 each: a has 0.67 extra, b and c lack 0.33 each. The controller stops when
    // both amounts are < 1 (or either is < 0.5), so every endpoint keeps its own-zone hint.
    const r = checkTopologyHints(evenZones(7));
    if (!r.enabled) throw new Error('expected hints to be enabled');
    expect(r.endpointsMoved).toBe(0);
    // every zone's clients use their own zone's endpoints: share 0
    expect(r.crossZoneShareWithHints).toBe(0);
  });
});

describe('other disabling reasons', () => {
  // The controller's SetNodes clears the ratios below two zones, so its event is InsufficientNodeInfo.
  it('ready nodes in one zone only → InsufficientNodeInfo (the controller’s event), flagged as one zone', () => {
    const r = checkTopologyHints([{name: 'a', allocatableCpu: 16, readyEndpoints: 6}]);
    if (r.enabled || r.reason === 'InvalidInput') throw new Error('expected hints to be disabled');
    expect(r.reason).toBe('InsufficientNodeInfo');
    expect(r.readyNodesInOneZoneOnly).toBe(true);
  });

  it('a second zone whose nodes are not ready does not count → InsufficientNodeInfo, one zone', () => {
    const r = checkTopologyHints([
      {name: 'a', allocatableCpu: 16, readyEndpoints: 3},
      {name: 'b', allocatableCpu: 16, readyEndpoints: 3, nodesReady: 0},
    ]);
    if (r.enabled || r.reason === 'InvalidInput') throw new Error('expected hints to be disabled');
    expect(r.reason).toBe('InsufficientNodeInfo');
    expect(r.readyNodesInOneZoneOnly).toBe(true);
    // all clients in a (CPU of b not ready) reach b's 3 of 6 endpoints half the time
    expect(r.crossZoneShareWithoutHints).toBeCloseTo(0.5, 12);
  });

  it('a zone with ready nodes but 0 allocatable CPU → InsufficientNodeInfo', () => {
    const r = checkTopologyHints([
      {name: 'a', allocatableCpu: 16, readyEndpoints: 3},
      {name: 'b', allocatableCpu: 0, readyEndpoints: 3, nodesReady: 2},
    ]);
    if (r.enabled || r.reason === 'InvalidInput') throw new Error('expected hints to be disabled');
    expect(r.reason).toBe('InsufficientNodeInfo');
    // missing node data, not a single zone: the two causes share one event message
    expect(r.readyNodesInOneZoneOnly).toBe(false);
  });

  it('endpoints without a zone → NoZoneSpecified', () => {
    const r = checkTopologyHints([
      {name: 'a', allocatableCpu: 8, readyEndpoints: 3},
      {name: 'b', allocatableCpu: 8, readyEndpoints: 3},
      {name: '', allocatableCpu: 0, readyEndpoints: 1, nodesReady: 0},
    ]);
    if (r.enabled) throw new Error('expected hints to be disabled');
    expect(r.reason).toBe('NoZoneSpecified');
  });

  it('CPU skew: 3 endpoints, CPU 10/1/1 → zone a minimum ceil(2.5/1.2)=3, total 5 > 3 → disabled', () => {
    // desired a = 10/12 × 3 = 2.5 → min 3; b, c = 0.25 → min 1 each; 3+1+1 = 5 > 3.
    const r = checkTopologyHints([
      {name: 'a', allocatableCpu: 10, readyEndpoints: 1},
      {name: 'b', allocatableCpu: 1, readyEndpoints: 1},
      {name: 'c', allocatableCpu: 1, readyEndpoints: 1},
    ]);
    if (r.enabled) throw new Error('expected hints to be disabled');
    expect(r.reason).toBe('MinAllocationExceedsOverloadThreshold');
  });
});

describe('skewed endpoints are moved, not dropped', () => {
  it('equal CPU, endpoints 6/2/1 → a gives 1 to b and 2 to c; share 1/3 with hints vs 2/3 without', () => {
    // N = 9, desired 3 per zone (minimum ceil(2.5) = 3, 9 ≤ 9). a has 3 extra; b needs 1, c needs 2.
    // Pairing: a→c (c needs most), then b and c tie at 1 → b (first name), then a→c.
    const zones: ZoneInput[] = [
      {name: 'a', allocatableCpu: 4, readyEndpoints: 6},
      {name: 'b', allocatableCpu: 4, readyEndpoints: 2},
      {name: 'c', allocatableCpu: 4, readyEndpoints: 1},
    ];
    const r = checkTopologyHints(zones);
    if (!r.enabled) throw new Error('expected hints to be enabled');
    expect(r.endpointsMoved).toBe(3);
    expect(r.hintsPerZone).toEqual([
      {zone: 'a', hints: 3, givenAway: 3, received: 0},
      {zone: 'b', hints: 3, givenAway: 0, received: 1},
      {zone: 'c', hints: 3, givenAway: 0, received: 2},
    ]);
    // With hints: 1/3 × (0/3 + 1/3 + 2/3) = 1/3.  Without: 1/3 × (3/9 + 7/9 + 8/9) = 2/3.
    expect(r.crossZoneShareWithHints).toBeCloseTo(1 / 3, 12);
    expect(r.crossZoneShareWithoutHints).toBeCloseTo(2 / 3, 12);
    expect(r.crossZoneShareWithHints).toBeGreaterThan(0);
    expect(r.crossZoneShareWithHints).toBeLessThan(r.crossZoneShareWithoutHints ?? 0);
  });

  it('the result does not depend on the order of the zones', () => {
    const zones: ZoneInput[] = [
      {name: 'c', allocatableCpu: 4, readyEndpoints: 1},
      {name: 'a', allocatableCpu: 4, readyEndpoints: 6},
      {name: 'b', allocatableCpu: 4, readyEndpoints: 2},
    ];
    const r = checkTopologyHints(zones);
    if (!r.enabled) throw new Error('expected hints to be enabled');
    expect(r.hintsPerZone.map((h) => [h.zone, h.received])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });
});

describe('input validation returns a typed error, never throws', () => {
  it.each([
    [{name: 'a', allocatableCpu: -1, readyEndpoints: 3}, 'allocatableCpu', 'negative'],
    [{name: 'a', allocatableCpu: Number.NaN, readyEndpoints: 3}, 'allocatableCpu', 'not-a-finite-number'],
    [{name: 'a', allocatableCpu: 4, readyEndpoints: Number.POSITIVE_INFINITY}, 'readyEndpoints', 'not-a-finite-number'],
    [{name: 'a', allocatableCpu: 4, readyEndpoints: 2.5}, 'readyEndpoints', 'not-an-integer'],
    [{name: 'a', allocatableCpu: 4, readyEndpoints: -3}, 'readyEndpoints', 'negative'],
  ] as const)('%o → InvalidInput (%s %s)', (zone, field, problem) => {
    const r = checkTopologyHints([zone, {name: 'b', allocatableCpu: 4, readyEndpoints: 3}]);
    expect(r).toEqual({enabled: false, reason: 'InvalidInput', problems: [{index: 0, field, problem}]});
  });

  it('duplicate zone names → InvalidInput', () => {
    const r = checkTopologyHints([
      {name: 'a', allocatableCpu: 4, readyEndpoints: 3},
      {name: 'a', allocatableCpu: 4, readyEndpoints: 3},
    ]);
    expect(r).toEqual({
      enabled: false,
      reason: 'InvalidInput',
      problems: [{index: 1, field: 'name', problem: 'duplicate'}],
    });
  });

  it('property: any zone list → a result; enabled ⇒ hints sum to N and shares in [0, 1]', () => {
    const zone = fc.record({
      name: fc.constantFrom('a', 'b', 'c', 'd', 'e', ''),
      allocatableCpu: fc.oneof(fc.double({min: -10, max: 1000}), fc.constant(0), fc.integer({min: 0, max: 64})),
      readyEndpoints: fc.oneof(fc.integer({min: -2, max: 40}), fc.double()),
      nodesReady: fc.option(fc.integer({min: 0, max: 5}), {nil: undefined}),
    });
    fc.assert(
      fc.property(fc.array(zone, {maxLength: 7}), (zones) => {
        const r = checkTopologyHints(zones);
        if (r.enabled) {
          const n = zones.reduce((s, z) => s + z.readyEndpoints, 0);
          expect(r.hintsPerZone.reduce((s, h) => s + h.hints, 0)).toBe(n);
          expect(r.crossZoneShareWithHints).toBeGreaterThanOrEqual(-1e-12);
          expect(r.crossZoneShareWithHints).toBeLessThanOrEqual(1 + 1e-12);
        } else if (r.reason !== 'InvalidInput' && r.crossZoneShareWithoutHints !== null) {
          expect(r.crossZoneShareWithoutHints).toBeGreaterThanOrEqual(-1e-12);
          expect(r.crossZoneShareWithoutHints).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
