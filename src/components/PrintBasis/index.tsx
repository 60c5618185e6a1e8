import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import type {SimulationInput} from '../../model/inputs';
import {priceBookAsOf} from '../../model/priceDates';
import {resolvePriceBook} from '../../model/prices';
import {PRICE_IDS} from '../../model/types';
import type {SiteLocale} from '../format';
import {describeInput} from '../shared/describeInput';
import styles from './styles.module.css';

export interface PrintBasisProps {
  readonly input: SimulationInput;
  readonly locale: SiteLocale;
  /** 'block' (default) or 'inline' (inside a table caption, say). */
  readonly as?: 'block' | 'inline';
  /** Also on screen (where the inputs are not beside it, e.g. in ReviewSummary). */
  readonly visible?: boolean;
}

/**
 * What a printed result was computed from: the inputs and the as-of dates of the prices. Paper loses the
 * sliders beside the table, so this line goes with the table onto the page. Print only: on screen the inputs
 * are right there.
 */
export default function PrintBasis({input, locale, as = 'block', visible = false}: PrintBasisProps): ReactNode {
  const book = resolvePriceBook(input.region, input.priceOverrides);
  const asOf = priceBookAsOf(book);
  const typed = PRICE_IDS.filter((id) => book.prices[id].overriddenBookUsdPerUnit !== undefined).length;
  const Tag = as === 'inline' ? 'span' : 'p';
  return (
    <Tag className={visible ? styles.visible : styles.basis} data-print-basis="">
      <Translate id="print.basis.inputs" values={{inputs: describeInput(input, locale)}}>
        {'계산 기준: {inputs}.'}
      </Translate>{' '}
      {asOf === null ? (
        <Translate id="print.basis.allTyped">가격: 모든 단가를 직접 입력함.</Translate>
      ) : (
        <Translate id="print.basis.asOf" values={{region: input.region, earliest: asOf.earliest, latest: asOf.latest}}>
          {'가격: {region} 가격표, 출처 기준일 {earliest}–{latest}.'}
        </Translate>
      )}
      {typed > 0 && asOf !== null && (
        <>
          {' '}
          <Translate id="print.basis.typed" values={{count: typed}}>
            {'직접 입력한 단가 {count}개 포함.'}
          </Translate>
        </>
      )}
    </Tag>
  );
}
