import Translate from '@docusaurus/Translate';
import {memo, startTransition, useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import {getOption} from '../../model/options';
import {NUMERIC_PARAMS, type SimulationInput} from '../../model/inputs';
import {SINGLE_CLUSTER_OPTION_IDS, type OptionCostResult, type SingleClusterOptionId} from '../../model/types';
import type {SiteLocale} from '../format';
import {useNearViewport} from '../lazy/nearViewport';
import {SERIES_COLOR_VARS} from './categories';
import styles from './ChartsPanel.module.css';

type ChartsModule = typeof import('./charts');

/** Runs `callback` when the main thread is idle (or after `timeoutMs`); returns a cancel function. */
function whenIdle(callback: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, {timeout: timeoutMs});
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 1);
  return () => clearTimeout(handle);
}

/**
 * Width of an element in whole pixels, kept up to date by a ResizeObserver (0 until measured). The charts get
 * a fixed width from here instead of measuring themselves, which cost recharts an extra render pass.
 */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver !== 'function') {
      measure();
      return undefined;
    }
    // The observer's first call comes once the page is laid out anyway; measuring here, right after hydration,
    // would force that layout early, inside the hydration's blocking time.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * How many of the two charts to draw. recharts lives in its own chunk, fetched only when the charts come into
 * the viewport; then each chart is drawn in its own idle period as a transition, so loading recharts, drawing
 * the bar chart and drawing the line chart are three separate short tasks instead of one long one that would
 * hold up a click or a slider at page load.
 */
function useStagedCharts(near: boolean): [ChartsModule | null, number] {
  const [charts, setCharts] = useState<ChartsModule | null>(null);
  const [drawn, setDrawn] = useState(0);
  useEffect(() => {
    if (!near) return undefined;
    let cancelIdle = () => {};
    let cancelled = false;
    void import('./charts').then((module) => {
      if (cancelled) return;
      cancelIdle = whenIdle(() =>
        startTransition(() => {
          setCharts(module);
          setDrawn(1);
        }),
      );
    });
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [near]);
  useEffect(() => (drawn === 1 ? whenIdle(() => startTransition(() => setDrawn(2))) : undefined), [drawn]);
  return [charts, drawn];
}

export const BAR_CHART_HEIGHT = 400;
export const LINE_CHART_HEIGHT = 320;

/** Options drawn in the cost-vs-traffic chart until the reader picks others (the baseline is always drawn). */
const DEFAULT_LINES: readonly SingleClusterOptionId[] = [
  'topology-aware',
  'internal-nlb-ip',
  'internal-alb',
  'vpc-lattice',
  'istio-sidecar',
];

/**
 * A chart's fixed-height box, server-rendered so nothing shifts when the drawing arrives. The table is the
 * chart's text alternative (aria-describedby); the drawing gets the box's measured width.
 */
function ChartBox(props: {
  readonly labelledBy: string;
  readonly describedBy: string;
  readonly height: number;
  readonly children: (width: number) => ReactNode;
}): ReactNode {
  const [box, width] = useWidth<HTMLDivElement>();
  return (
    <div
      role="img"
      ref={box}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      className={styles.chartBox}
      style={{height: props.height}}>
      {width > 0 && props.children(width)}
    </div>
  );
}

export interface ChartsPanelProps {
  readonly input: SimulationInput;
  readonly results: readonly OptionCostResult[];
  readonly locale: SiteLocale;
  /** id of the results table caption: the table is the charts' text alternative. */
  readonly tableCaptionId: string;
}

/**
 * Frames for the two charts: captions, the series picker and boxes of fixed height are server-rendered, so
 * nothing shifts when recharts arrives; the drawings themselves load lazily.
 */
function ChartsPanel({input, results, locale, tableCaptionId}: ChartsPanelProps): ReactNode {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  // The charts sit below the results table, which already shows every number: a reader who stays with the table
  // never pays for recharts (~90 KB gzip and a few hundred ms of main thread).
  const near = useNearViewport(ref, {screens: 0, print: false}); // print hides the charts
  const [charts, drawn] = useStagedCharts(near);
  const [chosen, setChosen] = useState<ReadonlySet<SingleClusterOptionId>>(() => new Set(DEFAULT_LINES));
  const shown = useMemo(
    () => SINGLE_CLUSTER_OPTION_IDS.filter((optionId) => chosen.has(optionId) || optionId === input.base),
    [chosen, input.base],
  );
  const toggle = (optionId: SingleClusterOptionId) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(optionId)) next.delete(optionId);
      else next.add(optionId);
      return next;
    });

  return (
    <div ref={ref} className={styles.charts} data-testid="sim-charts">
      <figure className={styles.figure}>
        <figcaption id={`${id}-bar`} className={styles.figcaption}>
          <Translate id="sim.chart.bar.title">방식별 월 비용 구성 (비용 항목별 누적)</Translate>
        </figcaption>
        <ChartBox labelledBy={`${id}-bar`} describedBy={tableCaptionId} height={BAR_CHART_HEIGHT}>
          {(width) =>
            charts &&
            drawn >= 1 && (
              <charts.CostBarChart
                results={results}
                locale={locale}
                width={width}
                height={BAR_CHART_HEIGHT}
                colorSource={ref}
              />
            )
          }
        </ChartBox>
      </figure>
      <figure className={styles.figure}>
        <figcaption id={`${id}-line`} className={styles.figcaption}>
          <Translate id="sim.chart.line.title" values={{unit: NUMERIC_PARAMS.tb.unit[locale]}}>
            {'트래픽에 따른 월 비용 (가로축 {unit})'}
          </Translate>
        </figcaption>
        <ChartBox labelledBy={`${id}-line`} describedBy={tableCaptionId} height={LINE_CHART_HEIGHT}>
          {(width) =>
            charts &&
            drawn >= 2 && (
              <charts.CostLineChart
                input={input}
                optionIds={shown}
                locale={locale}
                width={width}
                height={LINE_CHART_HEIGHT}
                colorSource={ref}
              />
            )
          }
        </ChartBox>
        <p className={styles.chartNote}>
          <Translate id="sim.chart.line.note">
            두 축 모두 로그 눈금입니다. 월 비용이 $0인 방식은 선이 없습니다. 점선 세로줄이 지금 입력한 트래픽입니다.
          </Translate>
        </p>
        <fieldset className={styles.seriesPicker}>
          <legend className={styles.seriesLegend}>
            <Translate id="sim.chart.line.pick">그래프에 그릴 방식 (굵은 선이 기준)</Translate>
          </legend>
          {SINGLE_CLUSTER_OPTION_IDS.map((optionId, index) => {
            const isBase = optionId === input.base;
            return (
              <label key={optionId} className={styles.seriesOption} title={getOption(optionId).name[locale]}>
                <input
                  type="checkbox"
                  checked={isBase || chosen.has(optionId)}
                  disabled={isBase}
                  onChange={() => toggle(optionId)}
                />
                <span
                  aria-hidden="true"
                  className={styles.swatch}
                  data-dash={index % 3}
                  style={{borderTopColor: `var(${SERIES_COLOR_VARS[index] ?? '--sim-axis'})`}}
                />
                <code>{optionId}</code>
              </label>
            );
          })}
        </fieldset>
      </figure>
    </div>
  );
}

// memo: the parent passes settled copies of input and results (useSettled), and only a memoized child can skip
// the parent's render on every change. Without it recharts re-renders inside every slider event (measured: ~40 ms
// of a ~45 ms update).
export default memo(ChartsPanel);
