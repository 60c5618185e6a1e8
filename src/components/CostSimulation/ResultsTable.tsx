import Translate, {translate} from '@docusaurus/Translate';
import {Fragment, useId, useState, type ReactNode} from 'react';
import type {Savings} from '../../model/cost';
import type {SimulationInput} from '../../model/inputs';
import {getOption} from '../../model/options';
import type {LineItem, OptionCostResult, PriceBook, SingleClusterOptionId} from '../../model/types';
import {formatNumber, formatPercent, formatUsd, type SiteLocale} from '../format';
import PrintBasis from '../PrintBasis';
import SourceCitation from './SourceCitation';
import styles from './ResultsTable.module.css';
import controls from './controls.module.css';

export interface ResultsTableProps {
  readonly results: readonly OptionCostResult[];
  readonly savings: readonly Savings[];
  readonly baseId: SingleClusterOptionId;
  readonly book: PriceBook;
  readonly locale: SiteLocale;
  /** id of the caption, referenced by the charts as their text alternative. */
  readonly captionId: string;
  /** The inputs, printed in the caption (paper has no sliders beside the table). */
  readonly input?: SimulationInput;
}

function SavingsCell({
  saving,
  isBase,
  locale,
}: {
  readonly saving: Savings | undefined;
  readonly isBase: boolean;
  readonly locale: SiteLocale;
}): ReactNode {
  if (isBase) {
    return (
      <span className={styles.muted}>
        <Translate id="sim.results.baseline" description="Column/tag: the option every difference is measured against">
          기준
        </Translate>
      </span>
    );
  }
  if (saving === undefined) return '—';
  const cheaper = saving.savingsUsd > 0.005;
  const dearer = saving.savingsUsd < -0.005;
  return (
    <span className={cheaper ? styles.saves : dearer ? styles.costsMore : undefined}>
      {formatUsd(saving.savingsUsd, locale, {signed: true})}
      {saving.savingsShare !== null && (
        <span className={styles.share}>{formatPercent(saving.savingsShare, locale, {signed: true})}</span>
      )}
    </span>
  );
}

function LineItems({
  items,
  book,
  locale,
}: {
  readonly items: readonly LineItem[];
  readonly book: PriceBook;
  readonly locale: SiteLocale;
}): ReactNode {
  if (items.length === 0) {
    return (
      <p className={styles.noItems}>
        <Translate id="sim.items.none">청구 항목이 없습니다: 바이트가 노드를 떠나지 않습니다.</Translate>
      </p>
    );
  }
  return (
    <ul
      className={styles.items}
      aria-label={translate({id: 'sim.items.listLabel', message: '청구 항목: 수량 × 단가 = 월 비용'})}>
      {items.map((item) => {
        const overridden = book.prices[item.priceId].overriddenBookUsdPerUnit !== undefined;
        return (
          <li key={item.id} className={styles.item} data-item-id={item.id}>
            <span className={styles.itemLabel}>{item.label[locale]}</span>
            <span className={styles.itemQuantity}>
              {formatNumber(item.quantity, locale, 2)} {item.unit[locale]}
            </span>
            <span className={styles.itemPrice}>
              × {formatUsd(item.usdPerUnit, locale, {style: 'unitPrice'})}
              {overridden && (
                <span className={controls.overrideNote}>
                  {' '}
                  <Translate id="sim.items.overridden">(직접 입력)</Translate>
                </span>
              )}
            </span>
            <span className={styles.itemUsd}>= {formatUsd(item.usd, locale)}</span>
            <span className={styles.itemSource}>
              <SourceCitation sourceId={item.sourceId} locale={locale} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One row per single-cluster option: monthly total, savings against the baseline, and a disclosure with the
 * line items (quantity × unit price = USD). This table is also the charts' text alternative.
 */
export default function ResultsTable({
  results,
  savings,
  baseId,
  book,
  locale,
  captionId,
  input,
}: ResultsTableProps): ReactNode {
  const id = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<SingleClusterOptionId>>(() => new Set());
  const maxTotal = results.reduce((max, r) => Math.max(max, r.totalUsd), 0);
  const minTotal = results.reduce((min, r) => Math.min(min, r.totalUsd), Number.POSITIVE_INFINITY);
  const toggle = (optionId: SingleClusterOptionId) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(optionId)) next.delete(optionId);
      else next.add(optionId);
      return next;
    });

  return (
    <div className={styles.tableScroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.results}>
        <caption id={captionId} className={styles.caption}>
          <Translate id="sim.results.caption">방식별 월 비용 (USD, 730시간 기준)</Translate>
          {input !== undefined && <PrintBasis input={input} locale={locale} as="inline" />}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="sim.results.option">방식</Translate>
            </th>
            <th scope="col" className={styles.num}>
              <Translate id="sim.results.total">월 합계</Translate>
            </th>
            <th scope="col" className={styles.num}>
              <Translate id="sim.results.savings">기준 대비 절감액 (양수면 기준보다 저렴)</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => {
            const option = getOption(r.optionId);
            const isBase = r.optionId === baseId;
            const isOpen = expanded.has(r.optionId);
            const itemsId = `${id}-${r.optionId}-items`;
            const share = maxTotal > 0 ? r.totalUsd / maxTotal : 0;
            return (
              <Fragment key={r.optionId}>
                <tr
                  data-option-id={r.optionId}
                  data-monthly-usd={String(r.totalUsd)}
                  className={isBase ? styles.baseRow : undefined}>
                  <th scope="row" className={styles.optionCell}>
                    <span className={styles.optionName}>{option.name[locale]}</span>{' '}
                    <code className={styles.optionId}>{r.optionId}</code>
                    {isBase && (
                      <span className={styles.tag}>
                        <Translate
                          id="sim.results.baseTag"
                          description="Tag on the option the user runs now (their current setup), not a date">
                          지금 쓰는 방식
                        </Translate>
                      </span>
                    )}
                    {r.totalUsd === minTotal && (
                      <span className={styles.tagCheapest}>
                        <Translate
                          id="sim.results.cheapestTag"
                          description="Tag on the option with the lowest monthly cost">
                          최저 비용
                        </Translate>
                      </span>
                    )}
                    <button
                      type="button"
                      className={styles.disclosure}
                      aria-expanded={isOpen}
                      aria-controls={itemsId}
                      aria-label={translate(
                        {id: 'sim.results.itemsToggle.aria', message: '{option}: 청구 항목 ({count})'},
                        {option: option.name[locale], count: r.items.length},
                      )}
                      onClick={() => toggle(r.optionId)}>
                      <span aria-hidden="true" className={styles.chevron}>
                        {isOpen ? '▾' : '▸'}
                      </span>
                      <Translate id="sim.results.itemsToggle" values={{count: r.items.length}}>
                        {'청구 항목 ({count})'}
                      </Translate>
                    </button>
                  </th>
                  <td className={styles.num}>
                    <span className={styles.total}>{formatUsd(r.totalUsd, locale)}</span>
                    <span className={styles.bar} aria-hidden="true">
                      <span className={styles.barFill} style={{width: `${(share * 100).toFixed(1)}%`}} />
                    </span>
                  </td>
                  <td className={styles.num}>
                    <SavingsCell
                      saving={savings.find((s) => s.optionId === r.optionId)}
                      isBase={isBase}
                      locale={locale}
                    />
                  </td>
                </tr>
                <tr id={itemsId} className={styles.itemsRow} hidden={!isOpen}>
                  <td colSpan={3}>{isOpen && <LineItems items={r.items} book={book} locale={locale} />}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
