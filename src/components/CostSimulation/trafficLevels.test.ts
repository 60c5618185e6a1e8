import {describe, expect, it} from 'vitest';
import {trafficLevels} from './trafficLevels';

describe('trafficLevels', () => {
  it('spans two decades either side of the current traffic', () => {
    // tb = 10 → decade 1 → 10^-1 … 10^3
    const {levels, ticks} = trafficLevels(10);
    expect(levels[0]).toBe(0.1);
    expect(levels[4]).toBe(1);
    expect(levels[16]).toBe(1000);
    expect(levels).toHaveLength(17);
    expect(ticks).toEqual([0.1, 1, 10, 100, 1000]);
    expect(levels[1]).toBe(0.178); // 10^-0.75 = 0.17783 → 3 significant digits
  });

  it('stays inside 0.001 … 100,000 TB', () => {
    expect(trafficLevels(0.002).levels[0]).toBe(0.001);
    expect(trafficLevels(0.002).ticks).toEqual([0.001, 0.01, 0.1, 1, 10]);
    const top = trafficLevels(90_000);
    expect(top.levels[16]).toBe(100_000);
    expect(top.ticks).toEqual([10, 100, 1000, 10_000, 100_000]);
  });
});
