/**
 * Slider position ↔ value. Traffic spans 0.001–100,000 TB and requests 0–10 million per second, so those
 * sliders move on a log scale (100 positions per decade); the paired number field stays exact.
 */
import type {NumericParamSpec} from '../../model/inputs';

export interface SliderScale {
  /** Slider positions run from 0 to `positions` (integer steps). */
  readonly positions: number;
  toPosition(value: number): number;
  toValue(position: number): number;
}

const POSITIONS_PER_DECADE = 100;

/** Rounds to 3 significant digits so slider values read as 12.3, 1,230, 0.0123 rather than 12.302687. */
function roundSignificant(value: number): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (2 - magnitude);
  return Math.round(value * factor) / factor;
}

export function logScale(spec: Pick<NumericParamSpec, 'min' | 'max' | 'integer'>): SliderScale {
  // A range starting at 0 (rps) cannot be logarithmic down to 0: position 0 stands for the minimum and the
  // log part starts at 1.
  const logMin = spec.min > 0 ? spec.min : 1;
  const lo = Math.log10(logMin);
  const hi = Math.log10(spec.max);
  const positions = Math.round((hi - lo) * POSITIONS_PER_DECADE);
  return {
    positions,
    toPosition(value) {
      if (!(value > logMin)) return 0;
      if (value >= spec.max) return positions;
      return Math.round((Math.log10(value) - lo) * POSITIONS_PER_DECADE);
    },
    toValue(position) {
      if (position <= 0) return spec.min;
      if (position >= positions) return spec.max;
      const raw = roundSignificant(10 ** (lo + position / POSITIONS_PER_DECADE));
      const value = spec.integer ? Math.round(raw) : raw;
      return Math.min(spec.max, Math.max(spec.min, value));
    },
  };
}

export function linearScale(spec: Pick<NumericParamSpec, 'min' | 'max' | 'step'>): SliderScale {
  const positions = Math.round((spec.max - spec.min) / spec.step);
  return {
    positions,
    toPosition(value) {
      return Math.min(positions, Math.max(0, Math.round((value - spec.min) / spec.step)));
    },
    toValue(position) {
      const clamped = Math.min(positions, Math.max(0, position));
      // Multiply then round away float noise (0.1 × 3 = 0.30000000000000004).
      return Number((spec.min + clamped * spec.step).toPrecision(12));
    },
  };
}
