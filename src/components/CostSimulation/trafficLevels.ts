import {NUMERIC_PARAMS} from '../../model/inputs';

/**
 * The x values of the cost-vs-traffic chart: four decades around the current traffic, inside the tb
 * param's range, 4 points per decade; ticks at whole decades.
 */
export function trafficLevels(tb: number): {readonly levels: number[]; readonly ticks: number[]} {
  const lowest = Math.log10(NUMERIC_PARAMS.tb.min);
  const highest = Math.log10(NUMERIC_PARAMS.tb.max);
  let lo = Math.floor(Math.log10(tb)) - 2;
  if (lo < lowest) lo = lowest;
  if (lo + 4 > highest) lo = highest - 4;
  const levels: number[] = [];
  for (let i = 0; i <= 16; i += 1) levels.push(Number((10 ** (lo + i / 4)).toPrecision(3)));
  const ticks: number[] = [];
  for (let e = Math.ceil(lo - 1e-9); e <= Math.floor(lo + 4 + 1e-9); e += 1)
    ticks.push(Number((10 ** e).toPrecision(1)));
  return {levels, ticks};
}
