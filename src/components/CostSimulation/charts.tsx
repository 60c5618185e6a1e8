/**
 * The simulator's charts (recharts). This module is only reached through React.lazy in ChartsPanel, so
 * recharts stays out of the page's initial JavaScript. Colours come from CSS variables (light and dark).
 */
import {translate} from '@docusaurus/Translate';
import {useEffect, useMemo, useState, type ReactNode, type RefObject} from 'react';
import {Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis} from 'recharts';
import {costAtTrafficLevels, totalsByCategory} from '../../model/cost';
import {NUMERIC_PARAMS, type SimulationInput} from '../../model/inputs';
import {getOption} from '../../model/options';
import {SINGLE_CLUSTER_OPTION_IDS, type OptionCostResult, type SingleClusterOptionId} from '../../model/types';
import {formatNumber, formatUsd, type SiteLocale} from '../format';
import {CATEGORY_LABELS, COST_CATEGORIES} from '../../model/costCategories';
import {CATEGORY_COLOR_VARS, SERIES_COLOR_VARS} from './categories';
import {trafficLevels} from './trafficLevels';

const COLOR_NAMES: readonly string[] = [
  ...Object.values(CATEGORY_COLOR_VARS),
  ...SERIES_COLOR_VARS,
  '--sim-axis',
  '--sim-grid',
  '--sim-marker',
];

/** The chart colours, read from CSS variables on `source`, again whenever the colour mode flips. */
function useCssColors(source: RefObject<HTMLElement | null>): Readonly<Record<string, string>> {
  // Read during the first render when the host element is already in the DOM (ChartsPanel's frame is), so
  // recharts draws once in the right colours instead of drawing a second time after an effect.
  const [colors, setColors] = useState<Record<string, string>>(() => readColors(source.current));
  useEffect(() => {
    const read = () => {
      const next = readColors(source.current);
      setColors((current) => (COLOR_NAMES.every((name) => current[name] === next[name]) ? current : next));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['data-theme']});
    return () => observer.disconnect();
  }, [source]);
  return colors;
}

function readColors(element: HTMLElement | null): Record<string, string> {
  const colors: Record<string, string> = {};
  if (element === null) return colors;
  const style = getComputedStyle(element);
  for (const name of COLOR_NAMES) colors[name] = style.getPropertyValue(name).trim();
  return colors;
}

const TOOLTIP_STYLE = {
  backgroundColor: 'var(--ifm-background-surface-color)',
  border: '1px solid var(--ifm-color-emphasis-300)',
  color: 'var(--ifm-font-color-base)',
  fontSize: 13,
} as const;

const TICK_FONT_SIZE = 12;

export function CostBarChart(props: {
  readonly results: readonly OptionCostResult[];
  readonly locale: SiteLocale;
  readonly width: number;
  readonly height: number;
  /** Element whose CSS variables hold the chart colours (the charts' frame). */
  readonly colorSource: RefObject<HTMLElement | null>;
}): ReactNode {
  const {results, locale, width, height, colorSource} = props;
  const colors = useCssColors(colorSource);
  const data = useMemo(() => results.map((r) => ({id: r.optionId, ...totalsByCategory(r)})), [results]);
  const axis = colors['--sim-axis'] || 'currentColor';
  const grid = colors['--sim-grid'] || 'currentColor';
  return (
    <div style={{height}}>
      <BarChart
        layout="vertical"
        data={data}
        width={width}
        height={height}
        margin={{top: 4, right: 16, bottom: 4, left: 4}}
        accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={grid} />
        <XAxis
          type="number"
          tickFormatter={(value: number) => formatUsd(value, locale, {style: 'compact'})}
          stroke={axis}
          tick={{fill: axis, fontSize: TICK_FONT_SIZE}}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={148}
          interval={0}
          stroke={axis}
          tick={{fill: axis, fontSize: TICK_FONT_SIZE}}
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? formatUsd(value, locale) : String(value))}
          labelFormatter={(label) => getOption(label as SingleClusterOptionId).name[locale]}
          contentStyle={TOOLTIP_STYLE}
          cursor={{fill: grid, fillOpacity: 0.35}}
        />
        <Legend wrapperStyle={{fontSize: TICK_FONT_SIZE}} itemSorter={null} />
        {COST_CATEGORIES.map((category) => (
          <Bar
            key={category}
            dataKey={category}
            name={CATEGORY_LABELS[category][locale]}
            stackId="total"
            fill={colors[CATEGORY_COLOR_VARS[category]] || 'currentColor'}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}

/** Dash pattern of an option's line, so lines stay distinguishable without colour (also used by the legend). */
export function dashOf(index: number): string | undefined {
  return index % 3 === 1 ? '6 3' : index % 3 === 2 ? '2 2' : undefined;
}

export function CostLineChart(props: {
  readonly input: SimulationInput;
  readonly optionIds: readonly SingleClusterOptionId[];
  readonly locale: SiteLocale;
  readonly width: number;
  readonly height: number;
  readonly colorSource: RefObject<HTMLElement | null>;
}): ReactNode {
  const {input, optionIds, locale, width, height, colorSource} = props;
  const colors = useCssColors(colorSource);
  const {levels, ticks} = useMemo(() => trafficLevels(input.tb), [input.tb]);
  // Both axes are logarithmic (cost is proportional to traffic, so lines are near-straight and comparable);
  // a $0 total has no place on a log axis and becomes a gap.
  const {data, yDomain, yTicks} = useMemo(() => {
    const points = costAtTrafficLevels(input, levels, optionIds);
    let lowest = Number.POSITIVE_INFINITY;
    let highest = 0;
    const rows = points.map((p) => {
      const row: Record<string, number | null> = {tb: p.tb};
      for (const optionId of optionIds) {
        const usd = p.totalUsdByOption[optionId] ?? 0;
        row[optionId] = usd > 0 ? usd : null;
        if (usd > 0) {
          lowest = Math.min(lowest, usd);
          highest = Math.max(highest, usd);
        }
      }
      return row;
    });
    const lo = highest > 0 ? Math.floor(Math.log10(lowest)) : 0;
    const hi = highest > 0 ? Math.max(lo + 1, Math.ceil(Math.log10(highest))) : 1;
    const ticks: number[] = [];
    for (let e = lo; e <= hi; e += 1) ticks.push(10 ** e);
    return {data: rows, yDomain: [10 ** lo, 10 ** hi] as [number, number], yTicks: ticks};
  }, [input, levels, optionIds]);
  const axis = colors['--sim-axis'] || 'currentColor';
  const grid = colors['--sim-grid'] || 'currentColor';
  const tbUnit = NUMERIC_PARAMS.tb.unit[locale];
  return (
    <div style={{height}}>
      <LineChart
        data={data}
        width={width}
        height={height}
        margin={{top: 12, right: 20, bottom: 4, left: 4}}
        accessibilityLayer={false}>
        <CartesianGrid stroke={grid} />
        <XAxis
          type="number"
          dataKey="tb"
          scale="log"
          domain={[levels[0] ?? NUMERIC_PARAMS.tb.min, levels[levels.length - 1] ?? NUMERIC_PARAMS.tb.max]}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={(value: number) => formatNumber(value, locale)}
          stroke={axis}
          tick={{fill: axis, fontSize: TICK_FONT_SIZE}}
        />
        <YAxis
          width={64}
          scale="log"
          domain={yDomain}
          ticks={yTicks}
          allowDataOverflow
          tickFormatter={(value: number) => formatUsd(value, locale, {style: 'compact'})}
          stroke={axis}
          tick={{fill: axis, fontSize: TICK_FONT_SIZE}}
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? formatUsd(value, locale) : String(value))}
          labelFormatter={(label) => `${formatNumber(Number(label), locale)} ${tbUnit}`}
          contentStyle={TOOLTIP_STYLE}
        />
        <ReferenceLine
          x={input.tb}
          stroke={colors['--sim-marker'] || 'currentColor'}
          strokeDasharray="4 3"
          label={{
            value: translate({
              id: 'sim.chart.line.now',
              description: "Label on a chart line marking the current traffic level (the user's input), not a time",
              message: '현재',
            }),
            position: 'insideTopLeft',
            fill: axis,
            fontSize: TICK_FONT_SIZE,
          }}
        />
        {optionIds.map((optionId) => {
          const index = SINGLE_CLUSTER_OPTION_IDS.indexOf(optionId);
          return (
            <Line
              key={optionId}
              dataKey={optionId}
              name={optionId}
              type="linear"
              stroke={colors[SERIES_COLOR_VARS[index] ?? ''] || 'currentColor'}
              strokeWidth={optionId === input.base ? 3 : 2}
              strokeDasharray={dashOf(index)}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </div>
  );
}
