import {describe, expect, it} from 'vitest';
import {linearScale, logScale} from './sliderScale';

describe('logScale', () => {
  // tb: 0.001 … 100,000 = 8 decades → 800 positions
  const tb = logScale({min: 0.001, max: 100_000, integer: false});

  it('spans 100 positions per decade', () => {
    expect(tb.positions).toBe(800);
  });

  it('maps decades to round positions and back', () => {
    expect(tb.toPosition(10)).toBe(400); // log10(10) − log10(0.001) = 4 decades
    expect(tb.toValue(400)).toBe(10);
    expect(tb.toValue(0)).toBe(0.001);
    expect(tb.toValue(800)).toBe(100_000);
    expect(tb.toValue(430)).toBe(20); // 10^(1.3) = 19.95… → 3 significant digits = 20.0
  });

  it('clamps outside positions and values', () => {
    expect(tb.toPosition(0)).toBe(0);
    expect(tb.toPosition(1e9)).toBe(800);
    expect(tb.toValue(-5)).toBe(0.001);
  });

  it('reaches 0 at the left end of a range starting at 0', () => {
    // rps: 0 … 10,000,000; the log part runs from 1 to 1e7 = 7 decades
    const rps = logScale({min: 0, max: 10_000_000, integer: false});
    expect(rps.positions).toBe(700);
    expect(rps.toValue(0)).toBe(0);
    expect(rps.toPosition(0)).toBe(0);
    expect(rps.toPosition(1000)).toBe(300);
    expect(rps.toValue(300)).toBe(1000);
  });

  it('rounds integer params', () => {
    const svc = logScale({min: 1, max: 5000, integer: true});
    expect(svc.toValue(1)).toBe(1); // 10^0.01 = 1.023 → 1
    expect(svc.toValue(100)).toBe(10);
    expect(svc.toValue(svc.positions)).toBe(5000);
  });
});

describe('linearScale', () => {
  it('steps through integer ranges', () => {
    const az = linearScale({min: 2, max: 6, step: 1});
    expect(az.positions).toBe(4);
    expect(az.toPosition(3)).toBe(1);
    expect(az.toValue(4)).toBe(6);
  });

  it('avoids float noise', () => {
    const s = linearScale({min: 0, max: 1, step: 0.1});
    expect(s.toValue(3)).toBe(0.3);
  });
});
