/**
 * ScenarioMatrix: the model's eight scenarios, filterable by scope and needs (the filter lives in the URL
 * query, see ../shared/scenarioFilterQuery.ts), each row linkable as #scenario-<id>, with its recommended
 * options, links to the guide sections and a "simulate this" link that opens the simulator with the
 * scenario's preset.
 */
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useId, type ReactNode} from 'react';
import {
  SCENARIOS,
  SCENARIO_NEEDS,
  SCENARIO_NEED_LABELS,
  SCENARIO_SCOPES,
  SCENARIO_SCOPE_LABELS,
  getOption,
  scenarioQuery,
  type Scenario,
  type ScenarioNeed,
} from '../../model';
import {formatNumber, useLocale, type SiteLocale} from '../format';
import {NO_SCENARIO_FILTER, useScenarioFilter, type ScenarioMatrixFilter} from '../shared/useScenarioFilter';
import {guideSectionTitle} from './sectionTitles';
import {scenarioAnchor} from '../../routes/guide';
import {useGuideHref} from '../../routes/useGuideHref';
import clsx from 'clsx';
import table from '../shared/dataTable.module.css';
import a11y from '../shared/a11y.module.css';
import styles from './styles.module.css';

export {scenarioAnchor};

export function simulatorPath(scenario: Scenario): string {
  const query = scenarioQuery(scenario);
  return query === '' ? '/simulator' : `/simulator?${query}`;
}

export function matches(scenario: Scenario, filter: ScenarioMatrixFilter): boolean {
  if (filter.scope !== null && scenario.scope !== filter.scope) return false;
  return filter.needs.every((need) => scenario.needs.includes(need));
}

function ScenarioRow({scenario, locale}: {readonly scenario: Scenario; readonly locale: SiteLocale}): ReactNode {
  const guideHref = useGuideHref();
  const anchor = scenarioAnchor(scenario.id);
  const title = scenario.title[locale];
  return (
    <tr id={anchor} className={table.row} data-scenario-id={scenario.id}>
      <th scope="row" className={styles.scenario}>
        <a
          href={`#${anchor}`}
          className={styles.rowLink}
          aria-label={translate({id: 'scenarioMatrix.rowLink', message: '이 행의 링크: {name}'}, {name: title})}
          title={translate({id: 'scenarioMatrix.rowLink', message: '이 행의 링크: {name}'}, {name: title})}>
          #
        </a>
        <span className={styles.title}>{title}</span>
        <span className={styles.tags}>
          <span className={styles.scopeTag}>{SCENARIO_SCOPE_LABELS[scenario.scope][locale]}</span>
          {scenario.needs.map((need) => (
            <span key={need} className={styles.needTag}>
              {SCENARIO_NEED_LABELS[need][locale]}
            </span>
          ))}
        </span>
        <span className={styles.description}>{scenario.description[locale]}</span>
      </th>
      <td className={styles.recommended}>
        <ol>
          {scenario.recommendedOptionIds.map((id) => (
            <li key={id} data-option={id}>
              {getOption(id).name[locale]}
            </li>
          ))}
        </ol>
      </td>
      <td className={styles.links}>
        <Link
          to={simulatorPath(scenario)}
          className={`button button--secondary ${styles.simulate}`}
          data-simulate={scenario.id}>
          <Translate id="scenarioMatrix.simulate">시뮬레이션</Translate>
          <span className={a11y.visuallyHidden}>: {title}</span>
        </Link>
        <ul>
          {scenario.guideSectionIds.map((id) => (
            <li key={id}>
              <Link to={guideHref(id)}>{guideSectionTitle(id)}</Link>
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

export default function ScenarioMatrix(): ReactNode {
  const locale = useLocale();
  const [filter, setFilter] = useScenarioFilter();
  const baseId = useId();
  const brokenLinks = useBrokenLinks();
  // Prose and other pages link rows (#scenario-<id>); the build's anchor check must know they exist.
  for (const s of SCENARIOS) brokenLinks.collectAnchor(scenarioAnchor(s.id));

  const shown = SCENARIOS.filter((s) => matches(s, filter));
  const filtered = filter.scope !== null || filter.needs.length > 0;
  const toggleNeed = (need: ScenarioNeed) => {
    const needs = filter.needs.includes(need) ? filter.needs.filter((n) => n !== need) : [...filter.needs, need];
    setFilter({...filter, needs: SCENARIO_NEEDS.filter((n) => needs.includes(n))});
  };
  const reset = (
    <button
      type="button"
      className={`button button--outline button--primary ${styles.smallButton}`}
      onClick={() => setFilter(NO_SCENARIO_FILTER)}>
      <Translate id="scenarioMatrix.reset">필터 초기화</Translate>
    </button>
  );

  return (
    <div className={styles.wrap} data-testid="scenario-matrix">
      <div className={styles.filters}>
        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="scenarioMatrix.filter.scope">범위</Translate>
          </legend>
          <label className={styles.choice}>
            <input
              type="radio"
              name={`${baseId}-scope`}
              value=""
              checked={filter.scope === null}
              onChange={() => setFilter({...filter, scope: null})}
            />
            <Translate id="scenarioMatrix.filter.allScopes">전체</Translate>
          </label>
          {SCENARIO_SCOPES.map((scope) => (
            <label key={scope} className={styles.choice}>
              <input
                type="radio"
                name={`${baseId}-scope`}
                value={scope}
                checked={filter.scope === scope}
                onChange={() => setFilter({...filter, scope})}
              />
              {SCENARIO_SCOPE_LABELS[scope][locale]}
            </label>
          ))}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="scenarioMatrix.filter.needs">요구 사항 (모두 만족)</Translate>
          </legend>
          {SCENARIO_NEEDS.map((need) => (
            <label key={need} className={styles.choice}>
              <input
                type="checkbox"
                value={need}
                checked={filter.needs.includes(need)}
                onChange={() => toggleNeed(need)}
              />
              {SCENARIO_NEED_LABELS[need][locale]}
            </label>
          ))}
        </fieldset>
      </div>
      <p className={styles.count} aria-live="polite" data-testid="scenario-count">
        <Translate
          id="scenarioMatrix.count"
          values={{shown: formatNumber(shown.length, locale), total: formatNumber(SCENARIOS.length, locale)}}>
          {'시나리오 {total}개 중 {shown}개'}
        </Translate>{' '}
        {filtered && shown.length > 0 && reset}
      </p>
      {shown.length === 0 ? (
        <div className={styles.empty} data-testid="scenario-empty" role="status">
          <p>
            <Translate id="scenarioMatrix.empty">
              이 조건에 맞는 시나리오가 없습니다. 요구 사항을 줄이거나 범위를 바꿔 보세요.
            </Translate>
          </p>
          {reset}
        </div>
      ) : (
        <div className={table.scroller} role="region" aria-labelledby={`${baseId}-caption`} tabIndex={0}>
          <table className={clsx(table.table, styles.table)}>
            <caption id={`${baseId}-caption`}>
              <Translate id="scenarioMatrix.caption">시나리오별 추천 옵션, 가이드 섹션, 시뮬레이터 프리셋</Translate>
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="scenarioMatrix.col.scenario">시나리오 (범위·요구 사항·구성)</Translate>
                </th>
                <th scope="col">
                  <Translate id="scenarioMatrix.col.recommended">추천 옵션 (우선순위 순)</Translate>
                </th>
                <th scope="col">
                  <Translate id="scenarioMatrix.col.links">시뮬레이터·가이드</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <ScenarioRow key={s.id} scenario={s} locale={locale} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
