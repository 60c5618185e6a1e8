import {startTransition, useEffect, useState} from 'react';

/**
 * Quiet time after the last input change before a chart redraws. A recharts chart takes tens of milliseconds to
 * re-render; redrawing it on every slider tick would hold up the next tick, while the tables beside it already show
 * the new numbers at once.
 */
export const CHART_SETTLE_MS = 200;

/** `value`, but only once it has stopped changing for `delayMs` (then applied as a non-urgent update). */
export function useSettled<T>(value: T, delayMs: number = CHART_SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return undefined;
    const timer = setTimeout(() => startTransition(() => setSettled(() => value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
