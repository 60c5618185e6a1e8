/**
 * ReviewSummary: one printed page for a design review, ahead of the guide. The reader's inputs (the simulator's
 * state in the URL), every single-cluster option ranked by monthly cost from the model, the option the scenario
 * matrix recommends for the scenario filter in the URL (if any), and the link that reproduces all of it.
 *
 * Print only by default: it renders at the moment the page is printed (nothing at load), and is hidden on
 * screen. `screen` shows it on screen as well (a print view), rendered once the page has mounted.
 */
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {computeCosts, savingsVsBaseline} from '../../model/cost';
import {REGION_LABELS} from '../../model/inputs';
import {getOption} from '../../model/options';
import {SCENARIOS, SCENARIO_NEED_LABELS, SCENARIO_SCOPE_LABELS} from '../../model/scenarios';
import {formatPercent, formatUsd, useLocale} from '../format';
import PrintBasis from '../PrintBasis';
import {matches} from '../ScenarioMatrix';
import {usePrinting} from '../shared/printReady';
import {useScenarioFilter} from '../shared/useScenarioFilter';
import {useSimulationState} from '../simulationState';
import styles from './styles.module.css';

export interface ReviewSummaryProps {
  /** Also show it on screen (a print view), not only on paper. */
  readonly screen?: boolean;
}

function Summary(): ReactNode {
  const locale = useLocale();
  const {input, shareUrl} = useSimulationState();
  const ranked = useMemo(() => [...computeCosts(input)].sort((a, b) => a.totalUsd - b.totalUsd), [input]);
  const savings = useMemo(() => savingsVsBaseline(ranked, input.base), [ranked, input.base]);
  const [filter] = useScenarioFilter();
  const filtered = filter.scope !== null || filter.needs.length > 0;
  const scenarios = filtered ? SCENARIOS.filter((s) => matches(s, filter)) : [];
  // The link reproduces the state, not the reader's scroll position.
  const link = shareUrl().replace(/#.*$/, '');

  return (
    <>
      <h2 className={styles.title}>
        <Translate id="reviewSummary.title">검토용 요약</Translate>
      </h2>
      <h3 className={styles.heading}>
        <Translate id="reviewSummary.inputs">입력값</Translate>
      </h3>
      <p className={styles.inputs}>
        {REGION_LABELS[input.region][locale]} ·{' '}
        <Translate id="reviewSummary.base" values={{option: getOption(input.base).name[locale]}}>
          {'지금 쓰는 방식: {option}'}
        </Translate>
      </p>
      <PrintBasis input={input} locale={locale} as="block" visible />

      <h3 className={styles.heading}>
        <Translate id="reviewSummary.recommended">시나리오에 맞는 추천</Translate>
      </h3>
      {!filtered ? (
        <p data-review-recommended="">
          <Translate id="reviewSummary.noFilter">
            링크에 시나리오 필터가 없습니다. 가이드의 시나리오별 추천 표에서 범위와 요구 사항을 고르면 그 시나리오의
            추천 방식이 여기에 나옵니다.
          </Translate>
        </p>
      ) : (
        <>
          <p className={styles.filter}>
            <Translate
              id="reviewSummary.filter"
              values={{
                filter: [
                  filter.scope === null ? null : SCENARIO_SCOPE_LABELS[filter.scope][locale],
                  ...filter.needs.map((need) => SCENARIO_NEED_LABELS[need][locale]),
                ]
                  .filter((part): part is string => part !== null)
                  .join(', '),
              }}>
              {'시나리오 필터: {filter}'}
            </Translate>
          </p>
          {scenarios.length === 0 ? (
            <p data-review-recommended="">
              <Translate id="reviewSummary.noMatch">이 필터에 맞는 시나리오가 없습니다.</Translate>
            </p>
          ) : (
            <ul className={styles.scenarios}>
              {scenarios.map((scenario) => {
                const [first, ...rest] = scenario.recommendedOptionIds;
                return (
                  <li key={scenario.id} data-review-recommended={first}>
                    {scenario.title[locale]}:{' '}
                    <strong>{first === undefined ? '—' : getOption(first).name[locale]}</strong>
                    {rest.length > 0 && (
                      <>
                        {' '}
                        <Translate
                          id="reviewSummary.alternatives"
                          values={{options: rest.map((id) => getOption(id).name[locale]).join(', ')}}>
                          {'(다음 후보: {options})'}
                        </Translate>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}

      <table className={styles.table}>
        <caption>
          <Translate id="reviewSummary.ranking">단일 클러스터 방식, 월 비용 낮은 순 (USD, 730시간 기준)</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">
              <Translate id="reviewSummary.col.option">방식</Translate>
            </th>
            <th scope="col" className={styles.num}>
              <Translate id="reviewSummary.col.total">월 합계</Translate>
            </th>
            <th scope="col" className={styles.num}>
              <Translate id="reviewSummary.col.savings">지금 방식 대비 절감</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((result, index) => {
            const saving = savings.find((s) => s.optionId === result.optionId);
            const isBase = result.optionId === input.base;
            return (
              <tr key={result.optionId} data-review-option={result.optionId} className={clsx(isBase && styles.base)}>
                <td>{index + 1}</td>
                <th scope="row">
                  {getOption(result.optionId).name[locale]}
                  {isBase && (
                    <>
                      {' '}
                      <Translate id="reviewSummary.baseTag">(지금 쓰는 방식)</Translate>
                    </>
                  )}
                </th>
                <td className={styles.num}>{formatUsd(result.totalUsd, locale)}</td>
                <td className={styles.num}>
                  {isBase || saving === undefined
                    ? '—'
                    : `${formatUsd(saving.savingsUsd, locale, {signed: true})}${
                        saving.savingsShare === null
                          ? ''
                          : ` (${formatPercent(saving.savingsShare, locale, {signed: true})})`
                      }`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={styles.note}>
        <Translate id="reviewSummary.multiCluster">
          멀티 클러스터 방식은 클러스터 간 바이트에 따라 비용이 달라 이 순위에 넣지 않았습니다. 가이드의 지연·비용 비교
          표를 보세요.
        </Translate>
      </p>

      <h3 className={styles.heading}>
        <Translate id="reviewSummary.link">이 상태를 다시 여는 링크</Translate>
      </h3>
      <p className={styles.link} data-review-link="">
        {link}
      </p>
    </>
  );
}

export default function ReviewSummary({screen = false}: ReviewSummaryProps): ReactNode {
  const printing = usePrinting();
  // On screen once hydrated: the summary reads the URL, which the server render cannot know.
  const isBrowser = useIsBrowser();
  const shown = screen ? isBrowser : printing;
  return (
    <section
      className={clsx(styles.summary, !screen && styles.printOnly)}
      data-review-summary=""
      aria-hidden={!screen || undefined}>
      {shown && <Summary />}
    </section>
  );
}
