/**
 * LatencyCostComparison: every option (multi-cluster included) with its added latency and basis, hops, cost
 * structure, monthly cost at the simulator's current inputs (useSimulationState, i.e. the URL query) and the
 * derived scores — all from compareOptions() in the model. Sortable by latency or cost; a latency-vs-cost
 * scatter chart loads only when it scrolls near the viewport, so recharts is never in the initial JavaScript.
 */
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useEffect, useId, useMemo, useRef, useState, type ComponentType, type ReactNode, type RefObject} from 'react';
import {
  COST_SCORE_LABELS,
  LATENCY_SCORE_LABELS,
  compareOptions,
  getOption,
  getSource,
  type OptionComparisonRow,
  type Score,
} from '../../model';
import type {LatencyBasis} from '../../model/latency';
import {formatNumber, formatUsd, useLocale, type SiteLocale} from '../format';
import {describeInput} from '../shared/describeInput';
import PrintBasis from '../PrintBasis';
import {useSimulationState} from '../simulationState';
import type {ScatterPoint, ScatterProps} from './ScatterChart';
import {CATALOG_ORDER, nextSort, sortRows, type SortKey, type SortState} from './sorting';
import clsx from 'clsx';
import table from '../shared/dataTable.module.css';
import {useNearViewport} from '../lazy/nearViewport';
import {useSettled} from '../shared/useSettled';
import a11y from '../shared/a11y.module.css';
import badge from '../shared/badge.module.css';
import styles from './styles.module.css';
import {useGuideHref} from '../../routes/useGuideHref';

export const CHART_HEIGHT = 360;

function basisText(basis: LatencyBasis): string {
  switch (basis) {
    case 'published':
      return translate({
        id: 'latencyCost.basis.published',
        description: "Tag on a latency figure: taken from a vendor's published documentation",
        message: '공개 수치',
      });
    case 'measured':
      return translate({
        id: 'latencyCost.basis.measured',
        description: 'Tag on a latency figure: measured in a benchmark',
        message: '측정값',
      });
    case 'estimate':
      return translate({
        id: 'latencyCost.basis.estimate',
        description: 'Tag on a latency figure: our estimate, not measured',
        message: '추정',
      });
  }
}

function ms(value: number, locale: SiteLocale): string {
  return `${formatNumber(value, locale, 3)} ms`;
}

function LatencyCell({row, locale}: {readonly row: OptionComparisonRow; readonly locale: SiteLocale}): ReactNode {
  const added = row.latency.addedMs;
  const source = getSource(added.sourceId);
  const range =
    added.high === 0
      ? '+0 ms'
      : added.low === added.high
        ? `+${ms(added.high, locale)}`
        : `+${formatNumber(added.low, locale, 3)}–${ms(added.high, locale)}`;
  const percentiles = [
    added.p50 === undefined ? null : `p50 +${ms(added.p50, locale)}`,
    added.p90 === undefined ? null : `p90 +${ms(added.p90, locale)}`,
    added.p99 === undefined ? null : `p99 +${ms(added.p99, locale)}`,
  ].filter((p): p is string => p !== null);
  return (
    <td className={styles.latency} data-added-ms-high={added.high}>
      <span className={styles.value}>{range}</span>
      {percentiles.length > 0 && (
        <span className={styles.percentiles}>
          <Translate id="latencyCost.latency.proxiesLabel">프록시 공개치:</Translate>
          {percentiles.map((p) => (
            <span key={p} className={styles.percentile}>
              {p}
            </span>
          ))}
        </span>
      )}
      <span className={`${badge.badge} ${styles.basis}`} data-basis={added.basis}>
        {basisText(added.basis)}
      </span>{' '}
      {source?.url != null && (
        <a className={styles.source} href={source.url} target="_blank" rel="noopener noreferrer">
          <Translate id="latencyCost.source">출처</Translate>
          <span className={a11y.visuallyHidden}>: {source.title[locale]}</span>
        </a>
      )}
      <details className={styles.note}>
        <summary>
          <Translate id="latencyCost.note">근거와 측정 방법</Translate>
        </summary>
        <ul>
          {row.latency.components
            .filter((c) => c.high > 0)
            .map((c) => (
              <li key={c.id}>
                {c.label[locale]}: +{formatNumber(c.low, locale, 3)}–{ms(c.high, locale)}
              </li>
            ))}
        </ul>
        <p>{added.note[locale]}</p>
        {source !== undefined && (
          <p>
            <Translate id="latencyCost.sourceLine" values={{title: source.title[locale], asOf: source.asOf}}>
              {'출처: {title} ({asOf})'}
            </Translate>
          </p>
        )}
      </details>
    </td>
  );
}

function ScoreLine({
  score,
  labels,
  locale,
  kind,
}: {
  readonly score: Score | null;
  readonly labels: Readonly<Record<Score, {ko: string; en: string}>>;
  readonly locale: SiteLocale;
  readonly kind: 'latency' | 'cost';
}): ReactNode {
  const name =
    kind === 'latency'
      ? translate({
          id: 'latencyCost.score.latency',
          description: 'Axis/score name: network latency added by the option',
          message: '지연',
        })
      : translate({
          id: 'latencyCost.score.cost',
          description: 'Axis/score name: monthly cost of the option',
          message: '비용',
        });
  return (
    <span className={styles.scoreLine} data-score={score ?? ''} data-score-kind={kind}>
      <span className={styles.scoreName}>
        {name}{' '}
        {score !== null && (
          <span className={styles.meter} aria-hidden="true">
            {[1, 2, 3, 4, 5].map((n) => (
              <span key={n} className={n <= score ? styles.meterOn : styles.meterOff} />
            ))}
          </span>
        )}
      </span>
      {score === null ? (
        <span>—</span>
      ) : (
        <span>
          {score}/5 — {labels[score][locale]}
        </span>
      )}
    </span>
  );
}

function SortButton({
  label,
  sortKey,
  sort,
  onSort,
}: {
  readonly label: string;
  readonly sortKey: SortKey;
  readonly sort: SortState;
  readonly onSort: (key: SortKey) => void;
}): ReactNode {
  const active = sort.key === sortKey;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  const hint = !active
    ? translate({
        id: 'latencyCost.sort.hint',
        description: 'Screen-reader hint on a column header: activate to sort by this column',
        message: '정렬',
      })
    : sort.direction === 'ascending'
      ? translate({id: 'latencyCost.sort.ascending', message: '오름차순'})
      : translate({id: 'latencyCost.sort.descending', message: '내림차순'});
  return (
    <button type="button" className={styles.sortButton} onClick={() => onSort(sortKey)} data-sort-key={sortKey}>
      {label}{' '}
      <span aria-hidden="true" className={styles.arrow}>
        {arrow}
      </span>
      <span className={a11y.visuallyHidden}>({hint})</span>
    </button>
  );
}

/** Loads the chart module once the chart's box comes near the viewport, or the page is about to print. */
function useLazyChart(ref: RefObject<HTMLElement | null>): ComponentType<ScatterProps> | null {
  const [Chart, setChart] = useState<ComponentType<ScatterProps> | null>(null);
  const near = useNearViewport(ref, {screens: 0.5});
  useEffect(() => {
    if (!near) return undefined;
    let live = true;
    void import('./ScatterChart').then((m) => {
      if (live) setChart(() => m.default);
    });
    return () => {
      live = false;
    };
  }, [near]);
  return Chart;
}

export interface LatencyCostComparisonProps {
  /** Where "change them in the simulator" points: the guide's simulator section (default) or the /simulator page. */
  readonly simulatorLink?: 'section' | 'page';
}

export default function LatencyCostComparison({simulatorLink = 'section'}: LatencyCostComparisonProps): ReactNode {
  const guideHref = useGuideHref();
  const locale = useLocale();
  const {input} = useSimulationState();
  const [sort, setSort] = useState<SortState>(CATALOG_ORDER);
  const captionId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const Chart = useLazyChart(chartRef);

  const rows = useMemo(() => compareOptions(input), [input]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const points: ScatterPoint[] = useMemo(
    () =>
      rows
        .filter((r): r is OptionComparisonRow & {totalUsd: number} => r.totalUsd !== null)
        .map((r, index) => ({
          id: r.optionId,
          n: index + 1,
          name: getOption(r.optionId).name[locale],
          lowMs: r.latency.addedMs.low,
          highMs: r.latency.addedMs.high,
          usd: r.totalUsd,
        })),
    [rows, locale],
  );
  // The chart follows once the simulator's inputs rest (the table updates at once).
  const chartPoints = useSettled(points);

  const simulatorHref = simulatorLink === 'section' ? '#cost-simulation' : '/simulator';
  const latencyLabel = translate({id: 'latencyCost.col.latency', message: '추가 지연'});
  const costLabel = translate({id: 'latencyCost.col.cost', message: '월 비용 · 비용 구조'});

  return (
    <div className={styles.wrap} data-testid="latency-cost-comparison">
      <p className={styles.inputs} data-testid="latency-cost-inputs">
        <Translate
          id="latencyCost.inputs"
          values={{
            inputs: <strong>{describeInput(input, locale)}</strong>,
            link: (
              <Link to={simulatorHref}>
                <Translate id="latencyCost.inputs.link">시뮬레이터에서 바꾸세요</Translate>
              </Link>
            ),
          }}>
          {'월 비용은 {inputs} 기준입니다. 입력값은 {link}.'}
        </Translate>
      </p>
      <div className={table.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={clsx(table.table, styles.table)}>
          <caption id={captionId}>
            <Translate id="latencyCost.caption">옵션별 추가 지연, 홉, 비용 구조, 월 비용과 점수</Translate>
            <PrintBasis input={input} locale={locale} as="inline" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="latencyCost.col.option">옵션</Translate>
              </th>
              <th scope="col" aria-sort={sort.key === 'latency' ? sort.direction : undefined}>
                <SortButton
                  label={latencyLabel}
                  sortKey="latency"
                  sort={sort}
                  onSort={(k) => setSort((s) => nextSort(s, k))}
                />
              </th>
              <th scope="col">
                <Translate
                  id="latencyCost.col.hops"
                  description="Column header: number of network hops (proxies, load balancers) a request passes">
                  홉
                </Translate>
              </th>
              <th scope="col" aria-sort={sort.key === 'cost' ? sort.direction : undefined}>
                <SortButton
                  label={costLabel}
                  sortKey="cost"
                  sort={sort}
                  onSort={(k) => setSort((s) => nextSort(s, k))}
                />
              </th>
              <th scope="col">
                <Translate id="latencyCost.col.scores">점수 (5 = 가장 좋음)</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => {
              const option = getOption(row.optionId);
              return (
                <tr key={row.optionId} data-comparison-option={row.optionId} data-cost-usd={row.totalUsd ?? undefined}>
                  <th scope="row" className={styles.option}>
                    <Link to={guideHref(option.guideSectionId)}>{option.name[locale]}</Link>{' '}
                    <span className={badge.badge}>{option.layer}</span>
                    {option.scope === 'multi' && (
                      <span className={`${badge.badge} ${styles.scope}`}>
                        <Translate id="latencyCost.multiCluster">멀티 클러스터</Translate>
                      </span>
                    )}
                  </th>
                  <LatencyCell row={row} locale={locale} />
                  <td className={styles.number}>{formatNumber(row.latency.hops, locale)}</td>
                  <td className={styles.cost}>
                    {row.totalUsd === null ? (
                      <span className={styles.depends}>
                        <Translate id="latencyCost.cost.dependsOnBytes">클러스터 간 바이트에 따라 다름</Translate>
                      </span>
                    ) : (
                      <span className={styles.value}>{formatUsd(row.totalUsd, locale)}</span>
                    )}
                    <span className={styles.formula}>
                      <span className={a11y.visuallyHidden}>
                        <Translate id="latencyCost.costStructure">비용 구조:</Translate>{' '}
                      </span>
                      {option.costStructure[locale]}
                    </span>
                  </td>
                  <td className={styles.scores}>
                    <ScoreLine score={row.latencyScore} labels={LATENCY_SCORE_LABELS} locale={locale} kind="latency" />
                    <ScoreLine score={row.costScore} labels={COST_SCORE_LABELS} locale={locale} kind="cost" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <figure className={styles.chartFigure}>
        <div ref={chartRef} className={styles.chartBox} style={{height: CHART_HEIGHT}} data-testid="latency-cost-chart">
          {Chart === null ? (
            <p className={styles.chartPlaceholder}>
              <Translate id="latencyCost.chart.loading">차트를 불러오는 중…</Translate>
            </p>
          ) : (
            <Chart points={chartPoints} locale={locale} height={CHART_HEIGHT} />
          )}
        </div>
        <ol className={styles.legend}>
          {points.map((p) => (
            <li key={p.id} value={p.n}>
              {p.name}
            </li>
          ))}
        </ol>
        <figcaption>
          <Translate id="latencyCost.chart.caption">
            단일 클러스터 옵션의 추가 지연(가로: 점은 범위의 가운데, 선은 범위)과 월 비용(세로). 번호는 위 목록의
            옵션이고, 같은 값이 표에 있습니다.
          </Translate>
        </figcaption>
      </figure>
    </div>
  );
}
