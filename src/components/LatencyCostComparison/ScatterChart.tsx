/**
 * The latency-vs-cost scatter (recharts). Only reached through a dynamic import in index.tsx, so recharts
 * stays out of the page's initial JavaScript. Colours come from Infima variables through CSS (styles.module.css
 * targets recharts' class names), so light and dark mode both read well without JavaScript colour lookups.
 */
import {translate} from '@docusaurus/Translate';
import {memo, type ReactNode} from 'react';
import {CartesianGrid, ErrorBar, LabelList, Scatter, ScatterChart, Tooltip, XAxis, YAxis} from 'recharts';
import {formatNumber, formatUsd, type SiteLocale} from '../format';
import styles from './styles.module.css';

export interface ScatterPoint {
  readonly id: string;
  /** The point's number in the legend under the chart. */
  readonly n: number;
  readonly name: string;
  readonly lowMs: number;
  readonly highMs: number;
  readonly usd: number;
}

export interface ScatterProps {
  readonly points: readonly ScatterPoint[];
  readonly locale: SiteLocale;
  readonly height: number;
}

interface Datum extends ScatterPoint {
  /** Middle of the latency range: where the dot sits; the error bar spans low–high. */
  readonly midMs: number;
  readonly halfRangeMs: number;
  /**
   * Legend numbers drawn by the dot; points at the same spot share one label ("1,2", no space: recharts wraps
   * label text at spaces). Above the dot when an error bar runs through it sideways, to its right otherwise.
   */
  readonly labelTop: string;
  readonly labelRight: string;
}

/** Ranges narrower than this (ms) draw no visible error bar, so the label can sit to the right. */
const NARROW_RANGE_MS = 0.05;

function withLabels(points: readonly ScatterPoint[]): Datum[] {
  const byPlace = new Map<string, number[]>();
  const placeOf = (p: ScatterPoint) => `${((p.lowMs + p.highMs) / 2).toFixed(3)}|${p.usd.toFixed(2)}`;
  for (const p of points) byPlace.set(placeOf(p), [...(byPlace.get(placeOf(p)) ?? []), p.n]);
  return points.map((p) => {
    const shared = byPlace.get(placeOf(p)) ?? [p.n];
    const label = shared[0] === p.n ? shared.join(',') : '';
    const narrow = p.highMs - p.lowMs < NARROW_RANGE_MS;
    return {
      ...p,
      midMs: (p.lowMs + p.highMs) / 2,
      halfRangeMs: (p.highMs - p.lowMs) / 2,
      labelTop: narrow ? '' : label,
      labelRight: narrow ? label : '',
    };
  });
}

function TooltipBody({
  active,
  payload,
  locale,
}: {
  readonly active?: boolean;
  readonly payload?: ReadonlyArray<{payload?: Datum}>;
  readonly locale: SiteLocale;
}): ReactNode {
  const datum = payload?.[0]?.payload;
  if (active !== true || datum === undefined) return null;
  return (
    <div className={styles.tooltip}>
      <strong>
        {datum.n}. {datum.name}
      </strong>
      <br />+{formatNumber(datum.lowMs, locale, 3)}–{formatNumber(datum.highMs, locale, 3)} ms ·{' '}
      {formatUsd(datum.usd, locale)}
    </div>
  );
}

// recharts writes fills as inline styles, so colours go in as CSS variables (resolved by the browser) rather
// than through the stylesheet, and follow the light/dark theme without JavaScript.
const TEXT = 'var(--ifm-font-color-base)';
const AXIS = 'var(--ifm-color-emphasis-600)';
const TICK = {fill: TEXT, fontSize: 12} as const;

function LatencyCostScatter({points, locale, height}: ScatterProps): ReactNode {
  const data = withLabels(points);
  const summary = translate(
    {id: 'latencyCost.chart.label', message: '추가 지연과 월 비용 산점도: {points}'},
    {
      points: points
        .map((p) => `${p.name} ${formatNumber(p.highMs, locale, 3)} ms, ${formatUsd(p.usd, locale)}`)
        .join('; '),
    },
  );
  return (
    <div className={styles.chart} role="img" aria-label={summary}>
      <ScatterChart
        responsive
        style={{width: '100%', height}}
        margin={{top: 16, right: 24, bottom: 32, left: 8}}
        accessibilityLayer={false}>
        <CartesianGrid className={styles.grid} stroke="var(--ifm-color-emphasis-200)" />
        <XAxis
          type="number"
          dataKey="midMs"
          domain={[0, (dataMax: number) => Math.max(1, Math.ceil(dataMax))]}
          allowDecimals
          name={translate({id: 'latencyCost.chart.x', message: '추가 지연 (ms)'})}
          tickFormatter={(v: number) => formatNumber(v, locale, 2)}
          tick={TICK}
          stroke={AXIS}
          label={{
            value: translate({id: 'latencyCost.chart.x', message: '추가 지연 (ms)'}),
            position: 'insideBottom',
            offset: -16,
            fill: TEXT,
          }}
        />
        <YAxis
          type="number"
          dataKey="usd"
          width={64}
          name={translate({id: 'latencyCost.chart.y', message: '월 비용 (USD)'})}
          tickFormatter={(v: number) => formatUsd(v, locale, {style: 'compact'})}
          tick={TICK}
          stroke={AXIS}
        />
        <Tooltip content={<TooltipBody locale={locale} />} cursor={false} isAnimationActive={false} />
        <Scatter data={data} className={styles.points} fill="var(--ifm-color-primary)" isAnimationActive={false}>
          <ErrorBar
            dataKey="halfRangeMs"
            direction="x"
            width={4}
            stroke="var(--ifm-color-emphasis-700)"
            className={styles.errorBar}
          />
          <LabelList
            dataKey="labelTop"
            position="top"
            offset={8}
            fill={TEXT}
            fontSize={12}
            fontWeight={600}
            className={styles.pointLabel}
          />
          <LabelList
            dataKey="labelRight"
            position="right"
            offset={6}
            fill={TEXT}
            fontSize={12}
            fontWeight={600}
            className={styles.pointLabel}
          />
        </Scatter>
      </ScatterChart>
    </div>
  );
}

// memo: the parent re-renders on every simulator change and passes settled points (useSettled); only a memoized
// chart can skip those renders.
export default memo(LatencyCostScatter);
