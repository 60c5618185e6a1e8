/**
 * Micro-benchmark of the cost model (not a test): how long one computeCosts() call takes, i.e. the
 * model's share of the "slider input → updated totals" budget (median ≤ 16 ms end to end).
 *
 *   npm run bench:model            # 20,000 timed calls after 2,000 warm-up calls
 *   npm run bench:model -- 50000   # another number of timed calls (at least 10,000)
 */
import {
  computeCosts,
  DEFAULT_INPUT,
  parseSimulationQuery,
  serializeSimulationQuery,
  type SimulationInput,
} from '../src/model/index';

const WARM_UP_CALLS = 2_000;
const MIN_CALLS = 10_000;

function percentile(sortedMs: readonly number[], p: number): number {
  // Nearest-rank percentile.
  const rank = Math.max(1, Math.ceil((p / 100) * sortedMs.length));
  return sortedMs[rank - 1] ?? Number.NaN;
}

function time(label: string, calls: number, fn: () => number): void {
  let sink = 0;
  for (let i = 0; i < WARM_UP_CALLS; i++) sink += fn();
  const samples = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const start = process.hrtime.bigint();
    sink += fn();
    samples[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const sorted = Array.from(samples).sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / calls;
  const fmt = (ms: number): string => `${(ms * 1000).toFixed(2)} µs`;
  console.log(
    `${label.padEnd(34)} calls=${calls}  median=${fmt(percentile(sorted, 50))}  p95=${fmt(percentile(sorted, 95))}  ` +
      `p99=${fmt(percentile(sorted, 99))}  mean=${fmt(mean)}  max=${fmt(sorted[sorted.length - 1] ?? Number.NaN)}`,
  );
  // Keep the results alive so the engine cannot drop the calls.
  if (Number.isNaN(sink)) console.log('unexpected NaN sink');
}

const requested = Number(process.argv[2] ?? '20000');
const calls = Number.isFinite(requested) ? Math.max(MIN_CALLS, Math.floor(requested)) : 20_000;

const input: SimulationInput = DEFAULT_INPUT;
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; input = defaults (10 TB, 3 AZs, 1,000 rps, us-east-1)`,
);
time('computeCosts(input)', calls, () => computeCosts(input).length);
const query = serializeSimulationQuery({
  ...input,
  tb: 20,
  region: 'ap-northeast-2',
  priceOverrides: {albUsdPerLcuHour: 0.009},
});
time('parse + computeCosts (slider path)', calls, () => computeCosts(parseSimulationQuery(query).input).length);
