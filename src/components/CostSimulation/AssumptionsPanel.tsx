import Translate, {translate} from '@docusaurus/Translate';
import {useId, type ReactNode} from 'react';
import {BILL_PARAM} from '../../model/bill';
import {NUMERIC_PARAMS, type NumericParamKey} from '../../model/inputs';
import {PRICE_LABELS} from '../../model/prices';
import {PRICE_IDS, type PriceBook, type PriceEntry, type PriceId} from '../../model/types';
import {formatNumber, formatUsd, type SiteLocale} from '../format';
import type {PanelProps} from './InputsPanel';
import NumericControl, {ParamControl} from './NumericControl';
import SourceCitation from './SourceCitation';
import styles from './AssumptionsPanel.module.css';
import controls from './controls.module.css';

const SECONDARY_NUMBERS: readonly NumericParamKey[] = [
  'rpc',
  'cd',
  'rules',
  'lb',
  'tar',
  'aff',
  'pods',
  'xr',
  'rcpu',
  'rmem',
  'nodes',
];
/** 0/1 params shown as checkboxes. */
const SWITCHES: readonly ('xz' | 'wp')[] = ['xz', 'wp'];

/** Typed unit prices: any finite amount ≥ 0 (the model ignores anything else); the cap keeps totals finite. */
const PRICE_FIELD_SPEC = {min: 0, max: 1_000_000_000, integer: false, step: 0.001} as const;

function StatusText({entry}: {readonly entry: PriceEntry}): ReactNode {
  if (entry.fallbackFrom !== undefined) {
    return (
      <span className={styles.statusUnverified}>
        <Translate id="sim.price.status.fallback">미확인: us-east-1 가격을 대신 씀</Translate>
      </span>
    );
  }
  switch (entry.status) {
    case 'CONFIRMED':
      return (
        <span className={styles.statusConfirmed}>
          <Translate
            id="sim.price.status.confirmed"
            description="Price status: checked against the provider's published price list">
            확인됨
          </Translate>
        </span>
      );
    case 'SECONDARY':
      return (
        <span className={styles.statusSecondary}>
          <Translate id="sim.price.status.secondary">2차 출처</Translate>
        </span>
      );
    case 'UNVERIFIED':
      return (
        <span className={styles.statusUnverified}>
          <Translate
            id="sim.price.status.unverified"
            description="Price status: not yet checked against a published price list">
            미확인
          </Translate>
        </span>
      );
  }
}

function PriceRow(props: {
  readonly id: PriceId;
  readonly entry: PriceEntry;
  readonly locale: SiteLocale;
  readonly onChange: (id: PriceId, value: number | undefined) => void;
  readonly commit: () => void;
}): ReactNode {
  const {id, entry, locale, onChange, commit} = props;
  const overridden = entry.overriddenBookUsdPerUnit !== undefined;
  // The Lattice free tier is a request count, not a dollar amount.
  const isCount = id === 'latticeFreeRequestsPerServiceHour';
  const unit = isCount ? entry.unit[locale] : `USD / ${entry.unit[locale]}`;
  const bookValue = entry.overriddenBookUsdPerUnit ?? entry.usdPerUnit;
  const bookText = isCount ? formatNumber(bookValue, locale) : formatUsd(bookValue, locale, {style: 'unitPrice'});
  return (
    <li className={styles.priceRow} data-price-id={id} data-overridden={overridden ? 'true' : undefined}>
      <NumericControl
        spec={PRICE_FIELD_SPEC}
        name={`p.${id}`}
        label={PRICE_LABELS[id][locale]}
        unit={unit}
        value={entry.usdPerUnit}
        locale={locale}
        onChange={(value) => onChange(id, value)}
        onCommit={commit}
      />
      <p className={styles.priceMeta}>
        <StatusText entry={entry} />
        {' · '}
        <SourceCitation sourceId={entry.sourceId} locale={locale} />
        {overridden && (
          <>
            {' · '}
            <span className={controls.overrideNote}>
              <Translate id="sim.price.overridden" values={{book: bookText}}>
                {'직접 입력함 (가격표 {book})'}
              </Translate>
            </span>{' '}
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => {
                onChange(id, undefined);
                commit();
              }}
              aria-label={translate(
                {id: 'sim.price.resetOne.aria', message: '{price}을(를) 가격표 값으로 되돌리기'},
                {price: PRICE_LABELS[id][locale]},
              )}>
              <Translate
                id="sim.price.resetOne"
                description="Button: put this one unit price back to the published price">
                되돌리기
              </Translate>
            </button>
          </>
        )}
      </p>
    </li>
  );
}

export interface AssumptionsPanelProps extends PanelProps {
  readonly book: PriceBook;
  /** Open on the simulator page; folded in the guide so the results follow the inputs closely. */
  readonly defaultOpen: boolean;
}

export default function AssumptionsPanel({
  input,
  locale,
  update,
  commit,
  book,
  defaultOpen,
}: AssumptionsPanelProps): ReactNode {
  const id = useId();

  const setPrice = (priceId: PriceId, value: number | undefined) => {
    const next = {...input.priceOverrides};
    const bookValue = book.prices[priceId].overriddenBookUsdPerUnit ?? book.prices[priceId].usdPerUnit;
    if (value === undefined || value === bookValue) delete next[priceId];
    else next[priceId] = value;
    update({priceOverrides: next});
  };
  const anyOverride = PRICE_IDS.some((p) => book.prices[p].overriddenBookUsdPerUnit !== undefined);

  return (
    // data-print-open: print shows every assumption (src/clientModules/printOpensDetails).
    <details className={styles.assumptions} open={defaultOpen} data-print-open="">
      <summary className={styles.summary}>
        <Translate id="sim.assumptions.summary">가정과 단가</Translate>
      </summary>
      <fieldset className={controls.fieldset}>
        <legend className={controls.legend}>
          <Translate id="sim.assumptions.traffic">연결과 라우팅</Translate>
        </legend>
        {input.bill !== undefined && (
          <p className={controls.help} data-testid="assumption-bill">
            <Translate
              id="sim.assumptions.bill"
              values={{
                bill: `${formatNumber(input.bill, locale, 0)} ${BILL_PARAM.unit[locale]}`,
                tb: `${formatNumber(input.tb, locale, 3)} ${NUMERIC_PARAMS.tb.unit[locale]}`,
              }}>
              {'트래픽 {tb}은(는) 청구서의 AZ 간 사용량 {bill}(bill)에서 계산했습니다.'}
            </Translate>
          </p>
        )}
        {SECONDARY_NUMBERS.map((key) => (
          <ParamControl key={key} paramKey={key} input={input} locale={locale} update={update} commit={commit} />
        ))}
        {SWITCHES.map((key) => {
          const spec = NUMERIC_PARAMS[key];
          return (
            <div key={key} className={controls.control}>
              <label className={controls.switchLabel} htmlFor={`${id}-${key}`}>
                <input
                  id={`${id}-${key}`}
                  type="checkbox"
                  name={key}
                  value="1"
                  checked={input[key] === 1}
                  aria-describedby={`${id}-${key}-help`}
                  onChange={(e) => {
                    update({[key]: e.target.checked ? 1 : 0});
                    commit();
                  }}
                />{' '}
                {spec.label[locale]}
              </label>
              <p id={`${id}-${key}-help`} className={controls.help}>
                {spec.help[locale]}
              </p>
            </div>
          );
        })}
      </fieldset>
      <fieldset className={controls.fieldset}>
        <legend className={controls.legend}>
          <Translate id="sim.prices.legend">단가 (직접 바꿀 수 있음)</Translate>
        </legend>
        <p className={controls.help}>
          <Translate id="sim.prices.intro">
            선택한 리전의 가격표 값이 채워져 있습니다. 바꾼 단가는 링크에도 담깁니다.
          </Translate>
        </p>
        <ul className={styles.priceList}>
          {PRICE_IDS.map((priceId) => (
            <PriceRow
              key={priceId}
              id={priceId}
              entry={book.prices[priceId]}
              locale={locale}
              onChange={setPrice}
              commit={commit}
            />
          ))}
        </ul>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={!anyOverride}
          onClick={() => {
            update({priceOverrides: {}});
            commit();
          }}>
          <Translate id="sim.prices.resetAll">모든 단가를 가격표 값으로</Translate>
        </button>
      </fieldset>
    </details>
  );
}
